package ogp

import "testing"

// A plan's end on a day counts only the extensions decided by then, and
// those with no decision date.
func TestPlanEndAsOfCountsOnlyExtensionsDecidedByThatDay(t *testing.T) {
	plan := &Plan{
		Period: Period{End: MustParseDate("2020-08-31")},
		Extensions: []PlanExtension{
			{ID: "covid", Decided: MustParseDate("2020-05-20"), End: MustParseDate("2021-08-31")},
			{ID: "again", Decided: MustParseDate("2021-03"), End: MustParseDate("2022-08-31")},
		},
	}
	undecided := &Plan{
		Period:     Period{End: MustParseDate("2020-08-31")},
		Extensions: []PlanExtension{{ID: "x", End: MustParseDate("2021-08-31")}},
	}
	tests := []struct {
		name string
		plan *Plan
		day  string
		want string
	}{
		{"before any decision", plan, "2020-05-19", "2020-08-31"},
		{"on the day of the first decision", plan, "2020-05-20", "2021-08-31"},
		{"a month that holds the first decision", plan, "2020-05", "2021-08-31"},
		{"before the month of the second", plan, "2021-02-28", "2021-08-31"},
		{"in the month of the second", plan, "2021-03-01", "2022-08-31"},
		{"an extension with no decision date counts always", undecided, "2019-01-01", "2021-08-31"},
		{"the zero Date counts every extension", plan, "", "2022-08-31"},
		{"no end", &Plan{}, "2020", ""},
		{"nil plan", nil, "2020", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var day Date
			if tt.day != "" {
				day = MustParseDate(tt.day)
			}
			if got := tt.plan.EndAsOf(day); got.String() != tt.want && !(tt.want == "" && got.IsZero()) {
				t.Errorf("EndAsOf(%s) = %s, want %s", tt.day, got, tt.want)
			}
		})
	}
	if got, want := plan.EndAsOf(MustParseDate("2030")), plan.End(); got != want {
		t.Errorf("EndAsOf after every decision = %s, want End() %s", got, want)
	}
}
