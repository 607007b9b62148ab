package deadline

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/ogp"
)

func TestOverdue(t *testing.T) {
	plan := &decode(t, []byte(smallPlan)).Plans[0]
	tests := []struct {
		asOf string
		want []Late
	}{
		{"2019-05-31", nil},
		{"2019-06-01", []Late{
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 1},
		}},
		{"2020-02", []Late{
			// I1 was complete in 2019-12: not late as of February 2020.
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 274},
		}},
		{"2020-09-01", []Late{
			{Item: "M1", Deadline: ogp.MustParseDate("2020-05"), Due: ogp.MustParseDate("2020-05-31"), DaysLate: 93},
			{Item: "I1", Deadline: ogp.MustParseDate("2020-01-31"), Due: ogp.MustParseDate("2020-01-31"), DaysLate: 214,
				Status: ogp.Limited, Period: ogp.MustParseDate("2020-03")},
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 459},
			{Item: "I3", Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1}, // Ongoing: due with the plan
			// I4 is complete. I5's withdrawal is reported for September 2020,
			// a period that has not ended on 1 September: it still counts as
			// limited.
			{Item: "I5", Deadline: ogp.MustParseDate("2020-06"), Due: ogp.MustParseDate("2020-06-30"), DaysLate: 63,
				Status: ogp.Limited, Period: ogp.MustParseDate("2020-06")},
			{Item: "I7", Deadline: ogp.MustParseDate("2020-08"), Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1},
			{Item: "I8", Deadline: ogp.MustParseDate("2020-08-31"), Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			got := Overdue(plan, ogp.MustParseDate(tt.asOf))
			if diff := cmp.Diff(tt.want, got, dateComparer); diff != "" {
				t.Errorf("Overdue as of %s (-want +got):\n%s", tt.asOf, diff)
			}
		})
	}
	if got := Overdue(plan, ogp.Date{}); got != nil {
		t.Errorf("Overdue as of no date = %v, want nothing", got)
	}
}

func TestOverdueCanadaExample(t *testing.T) {
	plan := &canadaDocument(t).Plans[0]
	late := map[string]Late{}
	for _, l := range Overdue(plan, ogp.MustParseDate("2021-07-01")) {
		late[l.Item] = l
	}
	// The plan ends in June 2021, after Canada's extension: by 1 July 2021
	// every item without a report of completion is late.
	if n := len(late); n != 128 {
		t.Errorf("%d items late, want 128", n)
	}
	for id, want := range map[string]Late{
		"C04.7.6": {Item: "C04.7.6", Due: ogp.MustParseDate("2021-06-30"), DaysLate: 1},
		"C10.7.2": {Item: "C10.7.2", Deadline: ogp.MustParseDate("2020-05"), Due: ogp.MustParseDate("2020-05-31"),
			DaysLate: 396, Status: ogp.Substantial, Period: ogp.MustParseDate("2021-06")},
	} {
		if diff := cmp.Diff(want, late[id], dateComparer); diff != "" {
			t.Errorf("%s (-want +got):\n%s", id, diff)
		}
	}
	if _, ok := late["C10.3.1"]; ok {
		t.Errorf("C10.3.1 is complete but listed late")
	}
}
