package ogp

import (
	"maps"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlanEnd(t *testing.T) {
	ext := func(end string) PlanExtension { return PlanExtension{End: MustParseDate(end)} }
	tests := []struct {
		name string
		plan *Plan
		want string
	}{
		{"period end without extensions", &Plan{Period: Period{End: MustParseDate("2020-06")}}, "2020-06"},
		{"latest extension wins", &Plan{Period: Period{End: MustParseDate("2020-06")},
			Extensions: []PlanExtension{ext("2021-06"), ext("2020-12")}}, "2021-06"},
		{"extension ending before the period does not shorten it", &Plan{Period: Period{End: MustParseDate("2020-06")},
			Extensions: []PlanExtension{ext("2020-03")}}, "2020-06"},
		{"extension of a plan without end", &Plan{Extensions: []PlanExtension{ext("2021")}}, "2021"},
		{"no end", &Plan{}, ""},
		{"nil plan", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.plan.End()
			if tt.want == "" {
				if !got.IsZero() {
					t.Errorf("End() = %s, want the zero Date", got)
				}
				return
			}
			if got.String() != tt.want {
				t.Errorf("End() = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPlanLatestReports(t *testing.T) {
	r := func(target, period string, s Status) Report {
		return Report{Target: target, Period: MustParseDate(period), Status: s}
	}
	plan := &Plan{Reports: []Report{
		r("A", "2019-12", NotStarted), // 0
		r("A", "2020-03", Limited),    // 1
		r("A", "2020-06", "done"),     // 2: not in the code list
		r("B", "2020-03", Complete),   // 3
		r("B", "2020-03", Limited),    // 4: duplicate, the first counts
		r("C", "2020-06", Limited),    // 5
		r("A", "2020-09", Complete),   // 6
	}}
	tests := []struct {
		name string
		asOf Date
		want map[string]int
	}{
		{"zero date counts every period", Date{}, map[string]int{"A": 6, "B": 3, "C": 5}},
		{"periods ended by the last day of asOf", MustParseDate("2020-06"), map[string]int{"A": 1, "B": 3, "C": 5}},
		{"a period ending after asOf does not count", MustParseDate("2020-05-31"), map[string]int{"A": 1, "B": 3}},
		{"before any report", MustParseDate("2019-06"), map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plan.LatestReports(tt.asOf); !maps.Equal(got, tt.want) {
				t.Errorf("LatestReports(%s) = %v, want %v", tt.asOf, got, tt.want)
			}
		})
	}
	if got := (*Plan)(nil).LatestReports(Date{}); len(got) != 0 {
		t.Errorf("nil plan: %v", got)
	}
}

func TestPlanItems(t *testing.T) {
	d := &Deadline{Date: MustParseDate("2020-05")}
	plan := &Plan{Commitments: []Commitment{
		{ID: "C1", Milestones: []Milestone{
			{ID: "C1.1", Deadline: d},
			{ID: "C1.2", Indicators: []Indicator{{ID: "C1.2.1", Deadline: d}, {ID: "C1.2.2"}}},
		}},
		{ID: "C2"},
	}}
	type row struct {
		Level                 Level
		ID, Pointer, Parent   string
		HasDeadline, Pointing bool
	}
	var got []row
	for item := range plan.Items() {
		var pointing bool
		switch item.Level {
		case LevelCommitment:
			pointing = item.Commitment != nil && item.Milestone == nil && item.Indicator == nil && item.Commitment.ID == item.ID
		case LevelMilestone:
			pointing = item.Commitment == nil && item.Milestone != nil && item.Indicator == nil && item.Milestone.ID == item.ID
		case LevelIndicator:
			pointing = item.Commitment == nil && item.Milestone == nil && item.Indicator != nil && item.Indicator.ID == item.ID
		}
		got = append(got, row{item.Level, item.ID, item.Pointer, item.Parent, item.Deadline != nil, pointing})
	}
	want := []row{
		{LevelCommitment, "C1", "/commitments/0", "", false, true},
		{LevelMilestone, "C1.1", "/commitments/0/milestones/0", "C1", true, true},
		{LevelMilestone, "C1.2", "/commitments/0/milestones/1", "C1", false, true},
		{LevelIndicator, "C1.2.1", "/commitments/0/milestones/1/indicators/0", "C1.2", true, true},
		{LevelIndicator, "C1.2.2", "/commitments/0/milestones/1/indicators/1", "C1.2", false, true},
		{LevelCommitment, "C2", "/commitments/1", "", false, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}

	for item := range plan.Items() {
		if item.Indicator != nil {
			item.Indicator.Title = NewText("changed", "")
			break
		}
	}
	if plan.Commitments[0].Milestones[1].Indicators[0].Title.In("en") != "changed" {
		t.Error("an item's pointer does not point into the plan")
	}

	n := 0
	for range plan.Items() {
		if n++; n == 2 {
			break
		}
	}
	for range (*Plan)(nil).Items() {
		t.Error("a nil plan has items")
	}
}

func TestLevelString(t *testing.T) {
	for l, want := range map[Level]string{LevelCommitment: "commitment", LevelMilestone: "milestone", LevelIndicator: "indicator"} {
		if l.String() != want {
			t.Errorf("%q.String() = %q", l, l.String())
		}
	}
}
