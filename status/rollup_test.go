package status_test

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

func TestRollupRule(t *testing.T) {
	for _, tc := range []struct {
		name     string
		children []ogp.Status
		want     ogp.Status
	}{
		{"no children", nil, ""},
		{"nothing reported", []ogp.Status{"", ""}, ""},
		{"all complete", []ogp.Status{c, c, c}, c},
		{"none started", []ogp.Status{ns, ns}, ns},
		{"unreported counts as not started", []ogp.Status{ns, ""}, ns},
		{"withdrawn left out of complete", []ogp.Status{c, w, c}, c},
		{"withdrawn left out of not started", []ogp.Status{w, ns}, ns},
		{"all withdrawn", []ogp.Status{w, w}, w},
		{"half substantial or complete", []ogp.Status{c, ns}, sp},
		{"half with an unreported", []ogp.Status{sp, ""}, sp},
		{"more than half", []ogp.Status{sp, c, lp}, sp},
		{"fewer than half", []ogp.Status{c, lp, ns}, lp},
		{"all limited", []ogp.Status{lp, lp}, lp},
		{"one limited among not started", []ogp.Status{lp, ns, ns}, lp},
		{"withdrawn does not count toward half", []ogp.Status{sp, w, w, lp, ns}, lp},
		{"unknown status counts as unreported", []ogp.Status{"SP", c}, sp},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := status.Rollup(tc.children); got != tc.want {
				t.Errorf("Rollup(%v) = %q, want %q", tc.children, got, tc.want)
			}
		})
	}
}

func TestAsOf(t *testing.T) {
	plan := smallPlan(
		report("C10.4.1", "2019-03", lp),
		report("C10.4.1", "2019-06", c),
		report("C10.4.2", "2019-03", ns),
		report("C10.4.2", "2020-03", sp),
		report("C10.4.3", "2019-03", sp),
		report("C10.4.3", "2019-06", c),
		report("C10.7.1", "2019-06", w),
		report("C10.7.2", "2019-06", ns),
		report("C10.8", "2019-09", c),
		report("C10.8", "2019-09", ns), // duplicate: ignored
		report("C10.4", "2019-03", ns), // a milestone with indicators: ignored
	)
	type row struct {
		id     string
		status ogp.Status
		period string
	}
	flatten := func(n *status.Node) []row {
		var out []row
		var walk func(*status.Node)
		walk = func(n *status.Node) {
			out = append(out, row{n.ID, n.Status, n.Period.String()})
			for _, c := range n.Children {
				walk(c)
			}
		}
		walk(n)
		return out
	}
	for _, tc := range []struct {
		asOf string
		want []row
	}{
		{"2019-03", []row{
			{"CA-2018-2020", lp, ""}, // C09: none, C10: limited
			{"C09", "", ""},
			{"C09.1", "", ""},
			{"C10", lp, ""},   // C10.4 limited, C10.7 not reported, C10.8 not reported
			{"C10.4", lp, ""}, // 1 of 3 substantial or complete
			{"C10.4.1", lp, "2019-03"},
			{"C10.4.2", ns, "2019-03"},
			{"C10.4.3", sp, "2019-03"},
			{"C10.7", "", ""},
			{"C10.7.1", "", ""},
			{"C10.7.2", "", ""},
			{"C10.8", "", ""},
		}},
		{"2019-09", []row{
			{"CA-2018-2020", sp, ""},
			{"C09", "", ""},
			{"C09.1", "", ""},
			{"C10", sp, ""},   // C10.4 substantial, C10.7 not started, C10.8 complete: 2 of 3
			{"C10.4", sp, ""}, // 2 of 3 complete
			{"C10.4.1", c, "2019-06"},
			{"C10.4.2", ns, "2019-03"},
			{"C10.4.3", c, "2019-06"},
			{"C10.7", ns, ""}, // withdrawn left out
			{"C10.7.1", w, "2019-06"},
			{"C10.7.2", ns, "2019-06"},
			{"C10.8", c, "2019-09"},
		}},
	} {
		t.Run(tc.asOf, func(t *testing.T) {
			got := flatten(status.AsOf(plan, ogp.MustParseDate(tc.asOf)))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d rows, want %d: %v", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("row %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}

	all := status.AsOf(plan, ogp.Date{})
	c10 := all.Children[1]
	if c10.Children[0].Children[1].Status != sp {
		t.Errorf("as of every report, C10.4.2 = %s, want substantial", c10.Children[0].Children[1].Status)
	}
	if want := (status.Counts{ogp.Substantial: 1, ogp.NotStarted: 1, ogp.Complete: 1}); !maps.Equal(c10.Counts, want) {
		t.Errorf("C10 counts = %v, want %v", c10.Counts, want)
	}
	if status.AsOf(nil, ogp.Date{}) != nil {
		t.Error("AsOf(nil) is not nil")
	}
}

func TestCountsJSON(t *testing.T) {
	tests := []struct {
		name string
		c    status.Counts
		want string
	}{
		{"every status of the code list, then unreported", status.Counts{ogp.Complete: 2, status.Unreported: 1},
			`{"not-started":0,"limited":0,"substantial":0,"complete":2,"withdrawn":0,"unreported":1}`},
		{"a status outside the code list is unreported", status.Counts{"done": 3},
			`{"not-started":0,"limited":0,"substantial":0,"complete":0,"withdrawn":0,"unreported":3}`},
		{"empty", status.Counts{},
			`{"not-started":0,"limited":0,"substantial":0,"complete":0,"withdrawn":0,"unreported":0}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.c)
			if err != nil || string(b) != tt.want {
				t.Fatalf("Marshal = %s, %v; want %s", b, err, tt.want)
			}
			var back status.Counts
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if back.Total() != tt.c.Total() || back[ogp.Complete] != tt.c[ogp.Complete] {
				t.Errorf("round trip = %v, from %v", back, tt.c)
			}
		})
	}
}

func TestCountsAdd(t *testing.T) {
	var c status.Counts // Add makes the map
	for _, s := range []ogp.Status{ogp.Complete, ogp.Complete, ogp.Withdrawn, "", "done"} {
		c.Add(s)
	}
	want := status.Counts{ogp.Complete: 2, ogp.Withdrawn: 1, status.Unreported: 2}
	if !maps.Equal(c, want) || c.Total() != 5 {
		t.Errorf("counts = %v, want %v", c, want)
	}
}

// TestCountsJSONRefusesAnUnknownStatus checks that a misspelt status in
// counts read from JSON is an error naming it, not items counted as
// unreported.
func TestCountsJSONRefusesAnUnknownStatus(t *testing.T) {
	var c status.Counts
	err := json.Unmarshal([]byte(`{"complet": 2, "unreported": 1}`), &c)
	if err == nil || !strings.Contains(err.Error(), `"complet"`) {
		t.Errorf("error %v, want one naming \"complet\"", err)
	}
}
