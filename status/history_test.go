package status_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

// smallPlan is a plan shaped like Canada's 2018-2020 plan: commitment C10
// with two milestones measured by indicators, and a milestone measured by
// its own deadline, implemented until 2020-06 and extended to 2021-06.
func smallPlan(reports ...ogp.Report) *ogp.Plan {
	return &ogp.Plan{
		ID:     "CA-2018-2020",
		Title:  ogp.NewText("National Action Plan on Open Government 2018-2020", "Plan d’action national pour un gouvernement ouvert 2018-2020"),
		Period: ogp.Period{Start: ogp.MustParseDate("2018-09"), End: ogp.MustParseDate("2020-06")},
		Extensions: []ogp.PlanExtension{{ID: "covid-19", PreviousEnd: ogp.MustParseDate("2020-06"),
			End: ogp.MustParseDate("2021-06")}},
		Commitments: []ogp.Commitment{
			{ID: "C09", Title: ogp.NewText("Open data for results", "Données ouvertes pour des résultats"),
				Milestones: []ogp.Milestone{{ID: "C09.1", Title: ogp.NewText("Milestone 9.1", "Jalon 9.1")}}},
			{ID: "C10", Title: ogp.NewText("Open government community", "Collectivité du gouvernement ouvert"),
				Milestones: []ogp.Milestone{
					{ID: "C10.4", Title: ogp.NewText("Milestone 10.4", "Jalon 10.4"), Indicators: []ogp.Indicator{
						{ID: "C10.4.1"}, {ID: "C10.4.2"}, {ID: "C10.4.3"},
					}},
					{ID: "C10.7", Title: ogp.NewText("Milestone 10.7", "Jalon 10.7"), Indicators: []ogp.Indicator{
						{ID: "C10.7.1"}, {ID: "C10.7.2"},
					}},
					{ID: "C10.8", Title: ogp.NewText("Milestone 10.8", "Jalon 10.8")},
				}},
		},
		Reports: reports,
	}
}

func report(target, period string, s ogp.Status) ogp.Report {
	return ogp.Report{Target: target, Period: ogp.MustParseDate(period), Status: s}
}

// step is a history step as the tests write it.
type step struct {
	index  int
	period string
	from   ogp.Status
	to     ogp.Status
	code   string
}

func steps(h status.History) []step {
	var out []step
	for _, s := range h.Steps {
		out = append(out, step{s.Index, s.Period.String(), s.From, s.To, s.Code})
	}
	return out
}

// found is a finding as the tests write it.
type found struct {
	path     string
	target   string
	period   string
	from, to ogp.Status
	code     string
	severity finding.Severity
}

func findings(res *status.Result) []found {
	var out []found
	for _, f := range res.Findings {
		a := f.Args
		out = append(out, found{f.Path, a["target"], a["period"], ogp.Status(a["from"]), ogp.Status(a["to"]), f.Code, f.Severity})
	}
	return out
}

// reportIndex returns the index of the report a finding points at.
func reportIndex(t testing.TB, f finding.Finding) int {
	t.Helper()
	s, ok := strings.CutPrefix(f.Path, "/reports/")
	i, err := strconv.Atoi(s)
	if !ok || err != nil || i < 0 {
		t.Fatalf("finding %v: path %q is not a report's", f, f.Path)
	}
	return i
}

func TestCheckClassifiesEveryStep(t *testing.T) {
	plan := smallPlan(
		report("C10.4.3", "2019-03", sp),
		report("C10.4.3", "2019-06", c),
		report("C10.4.3", "2019-09", c),
	)
	res := status.Check(plan)
	if len(res.Findings) != 0 {
		t.Errorf("findings: %v", res.Findings)
	}
	if len(res.Histories) != 1 || res.Histories[0].Target != "C10.4.3" || res.Histories[0].Level != ogp.LevelIndicator {
		t.Fatalf("histories: %+v", res.Histories)
	}
	want := []step{
		{0, "2019-03", "", sp, "status.start"},
		{1, "2019-06", sp, c, "status.advance"},
		{2, "2019-09", c, c, "status.stay"},
	}
	if diff := cmp.Diff(want, steps(res.Histories[0]), cmp.AllowUnexported(step{})); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
}

func TestCheckFindings(t *testing.T) {
	for _, tc := range []struct {
		name    string
		reports []ogp.Report
		steps   map[string][]step
		want    []found
	}{
		{
			name: "reports out of order are sorted by period",
			reports: []ogp.Report{
				report("C10.7.1", "2019-09", c),
				report("C10.7.1", "2019-03", lp),
				report("C10.7.1", "2019-06", sp),
			},
			steps: map[string][]step{"C10.7.1": {
				{1, "2019-03", "", lp, "status.start"},
				{2, "2019-06", lp, sp, "status.advance"},
				{0, "2019-09", sp, c, "status.advance"},
			}},
		},
		{
			name: "a regression is a warning",
			reports: []ogp.Report{
				report("C10.7.2", "2019-12", c),
				report("C10.7.2", "2020-03", sp),
			},
			steps: map[string][]step{"C10.7.2": {
				{0, "2019-12", "", c, "status.start"},
				{1, "2020-03", c, sp, "status.regress"},
			}},
			want: []found{{"/reports/1", "C10.7.2", "2020-03", c, sp, "status.regress", finding.Warning}},
		},
		{
			name: "a report after withdrawal is a reinstatement",
			reports: []ogp.Report{
				report("C10.8", "2019-03", lp),
				report("C10.8", "2019-06", w),
				report("C10.8", "2019-09", w),
				report("C10.8", "2019-12", sp),
			},
			steps: map[string][]step{"C10.8": {
				{0, "2019-03", "", lp, "status.start"},
				{1, "2019-06", lp, w, "status.withdraw"},
				{2, "2019-09", w, w, "status.stay"},
				{3, "2019-12", w, sp, "status.reinstate"},
			}},
			want: []found{{"/reports/3", "C10.8", "2019-12", w, sp, "status.reinstate", finding.Warning}},
		},
		{
			name: "complete work cannot be withdrawn",
			reports: []ogp.Report{
				report("C10.8", "2019-03", c),
				report("C10.8", "2019-06", w),
			},
			want: []found{{"/reports/1", "C10.8", "2019-06", c, w, "status.withdraw-complete", finding.Error}},
		},
		{
			name: "a second report for a period is a duplicate, left out",
			reports: []ogp.Report{
				report("C10.4.1", "2019-03", lp),
				report("C10.4.1", "2019-06", sp),
				report("C10.4.1", "2019-03", ns),
			},
			steps: map[string][]step{"C10.4.1": {
				{0, "2019-03", "", lp, "status.start"},
				{1, "2019-06", lp, sp, "status.advance"},
			}},
			want: []found{{"/reports/2", "C10.4.1", "2019-03", lp, ns, "status.duplicate-report", finding.Error}},
		},
		{
			name: "a report on an id that is no target",
			reports: []ogp.Report{
				report("C10.9.1", "2019-03", lp),
				report("C10", "2019-03", lp),
				report("C10.4.1", "2019-03", lp),
			},
			want: []found{
				{"/reports/0", "C10.9.1", "2019-03", "", lp, "status.unknown-target", finding.Error},
				{"/reports/1", "C10", "2019-03", "", lp, "status.unknown-target", finding.Error},
			},
		},
		{
			name: "reports outside the plan, extensions included",
			reports: []ogp.Report{
				report("C10.4.2", "2018-06", ns),
				report("C10.4.2", "2021-06", lp),
				report("C10.4.2", "2021-09", sp),
				report("C10.4.2", "2022-27", c),
			},
			want: []found{
				{"/reports/0", "C10.4.2", "2018-06", "", ns, "status.before-plan-start", finding.Warning},
				{"/reports/2", "C10.4.2", "2021-09", "", sp, "status.after-plan-end", finding.Warning},
				{"/reports/3", "C10.4.2", "2022-27", "", c, "status.after-plan-end", finding.Warning},
			},
		},
		{
			name: "an unknown status is an error and the next step skips it",
			reports: []ogp.Report{
				report("C10.4.3", "2019-03", sp),
				report("C10.4.3", "2019-06", "SP"),
				report("C10.4.3", "2019-09", c),
			},
			steps: map[string][]step{"C10.4.3": {
				{0, "2019-03", "", sp, "status.start"},
				{1, "2019-06", sp, "SP", "status.unknown-status"},
				{2, "2019-09", sp, c, "status.advance"},
			}},
			want: []found{{"/reports/1", "C10.4.3", "2019-06", sp, "SP", "status.unknown-status", finding.Error}},
		},
		{
			name: "findings are ordered by report index, then code",
			reports: []ogp.Report{
				report("C10.4.3", "2021-09", sp),
				report("C10.4.3", "2020-03", c),
				report("nowhere", "2020-03", c),
			},
			want: []found{
				{"/reports/0", "C10.4.3", "2021-09", c, sp, "status.regress", finding.Warning},
				{"/reports/0", "C10.4.3", "2021-09", "", sp, "status.after-plan-end", finding.Warning},
				{"/reports/2", "nowhere", "2020-03", "", c, "status.unknown-target", finding.Error},
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := status.Check(smallPlan(tc.reports...))
			if diff := cmp.Diff(tc.want, findings(res), cmp.AllowUnexported(found{})); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			for _, h := range res.Histories {
				want, ok := tc.steps[h.Target]
				if !ok {
					continue
				}
				if diff := cmp.Diff(want, steps(h), cmp.AllowUnexported(step{})); diff != "" {
					t.Errorf("%s steps (-want +got):\n%s", h.Target, diff)
				}
			}
			for _, f := range res.Findings {
				for _, lang := range []string{"en", "fr"} {
					if msg := f.Message(lang); msg == "" || strings.ContainsAny(msg, "{}") {
						t.Errorf("finding %s: %s message %q", f.Code, lang, msg)
					}
				}
			}
		})
	}
}

func TestFindingMessages(t *testing.T) {
	res := status.Check(smallPlan(
		report("C10.4.1", "2019-03", lp),
		report("C10.4.1", "2019-03", ns),
		report("C10.4.1", "2021-09", lp),
		report("C10.4.3", "2019-03", c),
		report("C10.4.3", "2019-06", sp),
	))
	for _, tc := range []struct{ lang, want string }{
		{"en", `error status.duplicate-report: "C10.4.1" already has a report for 2019-03; only the first one counts (/reports/1)
warning status.after-plan-end: the report for 2021-09 comes after the plan ends (2021-06, extensions included) (/reports/2)
warning status.regress: the status went back from "Complete" to "Substantial progress"; say why in the progress text (/reports/4)`},
		// French typography: a no-break space before ":", a narrow one
		// before ";".
		{"fr", "erreur status.duplicate-report\u00a0: «\u00a0C10.4.1\u00a0» a déjà un rapport pour 2019-03\u202f; seul le premier compte (/reports/1)\n" +
			"avertissement status.after-plan-end\u00a0: le rapport pour 2021-09 est postérieur à la fin du plan (2021-06, prolongations comprises) (/reports/2)\n" +
			"avertissement status.regress\u00a0: l’état a reculé de «\u00a0Réalisé\u00a0» à «\u00a0Progrès important\u00a0»\u202f; expliquez pourquoi dans le texte sur les progrès (/reports/4)"},
	} {
		var got []string
		for _, f := range res.Findings {
			got = append(got, f.Format(tc.lang))
		}
		if diff := cmp.Diff(tc.want, strings.Join(got, "\n")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.lang, diff)
		}
	}
}

// A finding keeps its arguments, status codes and dates, not words: it can
// be shown in any language.
func TestFindingArguments(t *testing.T) {
	res := status.Check(smallPlan(
		report("C10.4.1", "2021-09", lp),
		report("C10.4.1", "2021-12", ns),
	))
	want := []map[string]string{
		{"target": "C10.4.1", "period": "2021-09", "to": "limited", "start": "2018-09", "end": "2021-06"},
		{"target": "C10.4.1", "period": "2021-12", "from": "limited", "to": "not-started"},
		{"target": "C10.4.1", "period": "2021-12", "to": "not-started", "start": "2018-09", "end": "2021-06"},
	}
	var got []map[string]string
	for _, f := range res.Findings {
		got = append(got, f.Args)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnknownStatusMessages(t *testing.T) {
	for _, tc := range []struct {
		from, to ogp.Status
		en, fr   string
	}{
		{sp, "SP", "the move from \"Substantial progress\" to \"SP\" names a status that is not in the status code list",
			"le passage de «\u00a0Progrès important\u00a0» à «\u00a0SP\u00a0» nomme un état qui n’est pas dans la liste des états"},
		{"", "done", "the move to \"done\" names a status that is not in the status code list",
			"le passage à «\u00a0done\u00a0» nomme un état qui n’est pas dans la liste des états"},
	} {
		r := status.Default().Classify(tc.from, tc.to)
		if r.Explanation["en"] != tc.en || r.Explanation["fr"] != tc.fr {
			t.Errorf("Classify(%q, %q): explanation %q", tc.from, tc.to, r.Explanation)
		}
	}
}

func TestCheckNilAndEmptyPlan(t *testing.T) {
	for _, p := range []*ogp.Plan{nil, {}, smallPlan()} {
		res := status.Check(p)
		if len(res.Findings) != 0 || len(res.Histories) != 0 {
			t.Errorf("Check(%v) = %+v, want nothing", p, res)
		}
	}
}

func TestCheckHalfYearlyPeriods(t *testing.T) {
	// Canada reports half-yearly from 2025: EDTF halves 40 and 41.
	plan := smallPlan(
		report("C10.8", "2025-41", c),
		report("C10.8", "2025-40", sp),
		report("C10.8", "2026-40", c),
		report("C10.8", "2025-40", lp),
	)
	plan.Period = ogp.Period{Start: ogp.MustParseDate("2025-01"), End: ogp.MustParseDate("2025-12")}
	plan.Extensions = nil
	res := status.Check(plan)
	want := []step{
		{1, "2025-40", "", sp, "status.start"},
		{0, "2025-41", sp, c, "status.advance"},
		{2, "2026-40", c, c, "status.stay"},
	}
	if diff := cmp.Diff(want, steps(res.Histories[0]), cmp.AllowUnexported(step{})); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
	wantFindings := []found{
		{"/reports/2", "C10.8", "2026-40", "", c, "status.after-plan-end", finding.Warning},
		{"/reports/3", "C10.8", "2025-40", sp, lp, "status.duplicate-report", finding.Error},
	}
	if diff := cmp.Diff(wantFindings, findings(res), cmp.AllowUnexported(found{})); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
