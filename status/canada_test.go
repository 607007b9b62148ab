package status_test

import (
	"maps"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

// canadaPlan decodes the reference document: Canada's 2018-2020 plan with
// the tracker's reports on commitment C10.
func canadaPlan(t testing.TB) *ogp.Plan {
	t.Helper()
	data, err := os.ReadFile("../examples/canada-2018-2020/canada-2018-2020.json")
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return &pkg.Plans[0]
}

func TestCanadaC10History(t *testing.T) {
	plan := canadaPlan(t)
	res := status.Check(plan)

	histories := map[string]status.History{}
	for _, h := range res.Histories {
		histories[h.Target] = h
	}
	for _, tc := range []struct {
		target string
		want   []string // period and code of each step
	}{
		{"C10.4.3", []string{"2019-03 status.start", "2019-06 status.advance"}},
		{"C10.4.2", []string{"2019-03 status.start", "2019-06 status.regress"}},
		{"C10.2.1", []string{"2019-03 status.start", "2019-06 status.stay", "2019-12 status.advance", "2021-06 status.stay"}},
		{"C10.7.2", []string{"2020-03 status.start", "2020-09 status.stay", "2021-06 status.stay"}},
	} {
		var got []string
		for _, s := range histories[tc.target].Steps {
			got = append(got, s.Period.String()+" "+s.Code)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.target, diff)
		}
	}
	if s := histories["C10.4.3"].Steps[1]; s.From != ogp.Substantial || s.To != ogp.Complete || s.Kind != status.KindAdvance || s.Severity != finding.OK {
		t.Errorf("C10.4.3 2019-06: %+v, want substantial -> complete, an ok advance", s.Rule)
	}

	// The tracker's one oddity: C10.4.2 was complete in 2019-03 and
	// substantial in 2019-06.
	if len(res.Findings) != 1 {
		t.Fatalf("findings: %v", res.Findings)
	}
	f := res.Findings[0]
	if f.Code != status.CodeRegress || f.Args["target"] != "C10.4.2" || f.Args["period"] != "2019-06" || plan.Reports[reportIndex(t, f)].Target != "C10.4.2" {
		t.Errorf("finding: %v", f)
	}
}

func TestCanadaAsOfMarch2020(t *testing.T) {
	root := status.AsOf(canadaPlan(t), ogp.MustParseDate("2020-03"))
	got := map[string]ogp.Status{root.ID: root.Status}
	var walk func(*status.Node)
	walk = func(n *status.Node) {
		for _, c := range n.Children {
			got[c.ID] = c.Status
			walk(c)
		}
	}
	walk(root)
	// Computed by hand from the reports up to 2020-03.
	want := map[string]ogp.Status{
		"C10.2.1": c, "C10.2.2": c, // 2019-12
		"C10.3.1": c, "C10.3.2": sp, "C10.3.3": c,
		"C10.4.1": c, "C10.4.2": sp, "C10.4.3": c,
		"C10.7.1": c, "C10.7.2": sp, // 2020-03
		"C10.1": "", "C10.2": c, "C10.3": sp, "C10.4": sp, "C10.5": "", "C10.6": "", "C10.7": sp,
		// 1 complete and 3 substantial milestones of 7: at least half.
		"C10": sp,
		// C01..C09 have no reports: 1 substantial commitment of 10.
		"C01": "", "C09": "", "CA-2018-2020": lp,
	}
	for id, s := range want {
		if got[id] != s {
			t.Errorf("%s = %q, want %q", id, got[id], s)
		}
	}
	c10 := root.Children[9]
	if want := (status.Counts{ogp.Substantial: 3, ogp.Complete: 1, status.Unreported: 3}); c10.ID != "C10" || !maps.Equal(c10.Counts, want) {
		t.Errorf("%s counts = %v, want %v", c10.ID, c10.Counts, want)
	}
	// C10's 16 indicators: 10 reported by 2020-03, 7 of them complete.
	if want := (status.Counts{ogp.Substantial: 3, ogp.Complete: 7, status.Unreported: 6}); !maps.Equal(c10.Targets, want) {
		t.Errorf("%s targets = %v, want %v", c10.ID, c10.Targets, want)
	}
	if want := 135 - 10; root.Targets[status.Unreported] != want || root.Targets.Total() != 135 {
		t.Errorf("plan targets = %v, want %d unreported of 135", root.Targets, want)
	}
}

func BenchmarkCheckCanada(b *testing.B) {
	plan := canadaPlan(b)
	for b.Loop() {
		status.Check(plan)
	}
}

func BenchmarkAsOfCanada(b *testing.B) {
	plan := canadaPlan(b)
	date := ogp.MustParseDate("2020-03")
	for b.Loop() {
		status.AsOf(plan, date)
	}
}
