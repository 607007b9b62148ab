package canada_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	_ "github.com/ogpx/interchange/canada"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

// rules returns the rule set "canada/"+name.
func rules(t *testing.T, name string) *profile.Rules {
	t.Helper()
	_, r, err := profile.Lookup("canada/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// canadian returns a plan of Canada's with one report.
func canadian(r ogp.Report) *ogp.Plan {
	return &ogp.Plan{
		Member: ogp.Member{Kind: ogp.National, Country: "CA"},
		Commitments: []ogp.Commitment{{ID: "C01", Milestones: []ogp.Milestone{{ID: "C01.1",
			Indicators: []ogp.Indicator{{ID: "C01.1.1"}}}}}},
		Reports: []ogp.Report{r},
	}
}

// brief returns each finding as "code path".
func brief(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code+" "+f.Path)
	}
	return out
}

var (
	both  = ogp.NewText("Done.", "Fait.")
	en    = ogp.Text{"en": "Done."}
	fr    = ogp.Text{"fr": "Fait."}
	month = ogp.MustParseDate
)

// report returns a report that every rule set accepts, changed by edit.
func report(edit func(r *ogp.Report)) ogp.Report {
	r := ogp.Report{Target: "C01.1.1", Period: month("2026-06"), Status: ogp.Substantial, Progress: both}
	if edit != nil {
		edit(&r)
	}
	return r
}

func TestRulesPerPlan(t *testing.T) {
	tests := []struct {
		name   string
		report ogp.Report
		// want are the findings under 2018-2020, 2022-2024 and 2025-2029.
		want [3][]string
	}{
		{"a report every plan accepts", report(nil), [3][]string{}},
		{"a month that ends no quarter", report(func(r *ogp.Report) { r.Period = month("2026-05") }), [3][]string{
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
		}},
		{"a quarter that ends no half-year", report(func(r *ogp.Report) { r.Period = month("2026-09") }), [3][]string{
			2: {"canada.period /reports/0/period"},
		}},
		{"the half-year ending December", report(func(r *ogp.Report) { r.Period = month("2026-12") }), [3][]string{}},
		{"a day, not a month", report(func(r *ogp.Report) { r.Period = month("2026-06-30") }), [3][]string{
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
		}},
		{"an EDTF half-year", report(func(r *ogp.Report) { r.Period = month("2026-40") }), [3][]string{
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
			{"canada.period /reports/0/period"},
		}},
		{"withdrawn work", report(func(r *ogp.Report) { r.Status = ogp.Withdrawn }), [3][]string{
			1: {"canada.no-status-code /reports/0/status"},
			2: {"canada.no-status-code /reports/0/status"},
		}},
		{"progress in English only", report(func(r *ogp.Report) { r.Progress = en }), [3][]string{
			1: {"canada.progress-required /reports/0/progress/fr"},
			2: {"canada.progress-required /reports/0/progress/fr"},
		}},
		{"no progress at all", report(func(r *ogp.Report) { r.Progress = ogp.Text{"en": " "} }), [3][]string{
			1: {"canada.progress-required /reports/0/progress/en", "canada.progress-required /reports/0/progress/fr"},
			2: {"canada.progress-required /reports/0/progress/en", "canada.progress-required /reports/0/progress/fr"},
		}},
		{"progress under regional tags in capitals", report(func(r *ogp.Report) {
			r.Progress = ogp.Text{"EN-CA": "Done.", "fr-CA": "Fait."}
		}), [3][]string{}},
		{"NIL and NUL", report(func(r *ogp.Report) { r.Progress = ogp.NewText("NIL", "NUL") }), [3][]string{}},
		{"NUL in English, nil in French", report(func(r *ogp.Report) { r.Progress = ogp.NewText("NUL", "nil") }), [3][]string{
			1: {"canada.nil-language /reports/0/progress/en", "canada.nil-language /reports/0/progress/fr"},
			2: {"canada.nil-language /reports/0/progress/en", "canada.nil-language /reports/0/progress/fr"},
		}},
		{"texts with spaces around", report(func(r *ogp.Report) {
			r.Progress = ogp.NewText(" Done.", "Fait.\n")
			r.Evidence = ogp.NewText("https://open.canada.ca ", "https://ouvert.canada.ca")
		}), [3][]string{
			2: {"canada.untrimmed /reports/0/progress/en", "canada.untrimmed /reports/0/progress/fr", "canada.untrimmed /reports/0/evidence/en"},
		}},
		{"evidence in English only", report(func(r *ogp.Report) { r.Evidence = en }), [3][]string{
			2: {"canada.language-pair /reports/0/evidence/fr"},
		}},
		{"evidence in both languages", report(func(r *ogp.Report) { r.Evidence = both }), [3][]string{}},
		{"limited progress without challenges", report(func(r *ogp.Report) { r.Status = ogp.Limited }), [3][]string{
			2: {"canada.challenges-required /reports/0/challenges/en", "canada.challenges-required /reports/0/challenges/fr"},
		}},
		{"not started with challenges in French only", report(func(r *ogp.Report) {
			r.Status, r.Challenges = ogp.NotStarted, fr
		}), [3][]string{
			2: {"canada.challenges-required /reports/0/challenges/en"},
		}},
		{"not started with challenges in both languages", report(func(r *ogp.Report) {
			r.Status, r.Challenges = ogp.NotStarted, both
		}), [3][]string{}},
		{"substantial progress with challenges in French only", report(func(r *ogp.Report) { r.Challenges = fr }), [3][]string{
			2: {"canada.language-pair /reports/0/challenges/en"},
		}},
		{"complete without challenges", report(func(r *ogp.Report) { r.Status = ogp.Complete }), [3][]string{}},
	}
	for _, tt := range tests {
		for i, name := range []string{"2018-2020", "2022-2024", "2025-2029"} {
			r := tt.report
			if name == "2018-2020" && r.Period.Precision() == ogp.PrecisionMonth {
				r.Period = ogp.MonthDate(2019, r.Period.Month()) // within its periods
			}
			got := brief(rules(t, name).Check(canadian(r)))
			if diff := cmp.Diff(tt.want[i], got, cmpEmpty); diff != "" {
				t.Errorf("%s under canada/%s (-want +got):\n%s", tt.name, name, diff)
			}
		}
	}
}

var cmpEmpty = cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })

// Every code says what is wrong in English and in French, with its
// arguments in words.
func TestMessages(t *testing.T) {
	tests := []struct {
		rules  string
		report ogp.Report
		en, fr string
	}{
		{"2025-2029", report(func(r *ogp.Report) { r.Period = month("2026-09") }),
			`"2026-09" is not a reporting period of Canada's 2025-2029 plan, whose reporting periods are half-yearly: the months that end a half-year, YYYY-06 and YYYY-12`,
			"«\u00a02026-09\u00a0» n’est pas une période de déclaration du plan 2025-2029 du Canada, dont les périodes de déclaration sont semestrielles\u00a0: le dernier mois de chaque semestre, AAAA-06 et AAAA-12"},
		{"2018-2020", report(func(r *ogp.Report) { r.Period = month("2019-05") }),
			`"2019-05" is not a reporting period of Canada's 2018-2020 plan, whose reporting periods are quarterly: the months that end a quarter, YYYY-03, YYYY-06, YYYY-09 and YYYY-12`,
			"«\u00a02019-05\u00a0» n’est pas une période de déclaration du plan 2018-2020 du Canada, dont les périodes de déclaration sont trimestrielles\u00a0: le dernier mois de chaque trimestre, AAAA-03, AAAA-06, AAAA-09 et AAAA-12"},
		{"2022-2024", report(func(r *ogp.Report) { r.Status = ogp.Withdrawn }),
			`the status "withdrawn" has no code in Canada's tracker, which knows only NS, LP, SP and C`,
			"l’état «\u00a0withdrawn\u00a0» n’a pas de code dans l’outil de suivi du Canada, qui ne connaît que NS, LP, SP et C"},
		{"2022-2024", report(func(r *ogp.Report) { r.Progress = en }),
			`Canada's tracker requires the progress in English and in French, and the French text is missing; when there was no progress, write NIL in English and NUL in French`,
			"l’outil de suivi du Canada exige les progrès en français et en anglais, et il manque le texte en français\u202f; s’il n’y a eu aucun progrès, inscrivez NUL en français et NIL en anglais"},
		{"2022-2024", report(func(r *ogp.Report) { r.Progress = ogp.NewText("NIL", "NIL") }),
			`"no progress" is written NUL in French, not NIL`,
			"«\u00a0aucun progrès\u00a0» s’écrit NUL en français, et non NIL"},
		{"2025-2029", report(func(r *ogp.Report) { r.Evidence = ogp.NewText("Report.", " Rapport.") }),
			`the French text of "Evidence of progress" begins or ends with spaces, which Canada's tracker does not accept`,
			"le texte en français du champ «\u00a0Preuve de progrès\u00a0» commence ou se termine par des espaces, ce que l’outil de suivi du Canada n’accepte pas"},
		{"2025-2029", report(func(r *ogp.Report) { r.Status, r.Challenges = ogp.Limited, en }),
			`Canada's tracker requires the challenges in English and in French when the status is NS or LP; the status is LP (Limited progress) and the French text is missing`,
			"l’outil de suivi du Canada exige les défis en français et en anglais lorsque l’état est NS ou LP\u202f; l’état est LP (Progrès limité) et il manque le texte en français"},
		{"2025-2029", report(func(r *ogp.Report) { r.Evidence = fr }),
			`"Evidence of progress" is given in one language only, with no English text; Canada's tracker accepts it only in both English and French, or not at all`,
			"le champ «\u00a0Preuve de progrès\u00a0» n’est rempli que dans une langue, sans texte en anglais\u202f; l’outil de suivi du Canada ne l’accepte qu’en français et en anglais à la fois, ou pas du tout"},
		{"2018-2020", report(func(r *ogp.Report) { r.Period = month("2022-03") }),
			`"2022-03" is outside the reporting periods of Canada's 2018-2020 plan, 2019-03 to 2021-12`,
			"«\u00a02022-03\u00a0» est hors des périodes de déclaration du plan 2018-2020 du Canada, de 2019-03 à 2021-12"},
		{"2022-2024", report(func(r *ogp.Report) { r.Target = "C01.1" }),
			`"C01.1" is a milestone; Canada's tracker takes reports on indicators only`,
			"«\u00a0C01.1\u00a0» est un jalon\u202f; l’outil de suivi du Canada ne prend que des rapports sur des indicateurs"},
	}
	codes := map[string]bool{}
	for _, tt := range tests {
		fs := rules(t, tt.rules).Check(canadian(tt.report))
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings, want 1: %v", tt.en, len(fs), fs)
		}
		codes[fs[0].Code] = true
		if got := fs[0].Message("en"); got != tt.en {
			t.Errorf("%s: English:\n got %q\nwant %q", fs[0].Code, got, tt.en)
		}
		if got := fs[0].Message("fr-CA"); got != tt.fr {
			t.Errorf("%s: French:\n got %q\nwant %q", fs[0].Code, got, tt.fr)
		}
	}
	for _, c := range finding.Codes() {
		if strings.HasPrefix(c.ID, "canada.") && !codes[c.ID] && !slices.Contains(importCodes, c.ID) {
			t.Errorf("no message test of %s", c.ID)
		}
	}
}

func TestEveryTextInEveryLanguage(t *testing.T) {
	for _, m := range finding.Missing() {
		if strings.Contains(m, "canada") {
			t.Error("missing:", m)
		}
	}
}

func TestRulesForPlan(t *testing.T) {
	p, _, err := profile.Lookup("canada")
	if err != nil {
		t.Fatal(err)
	}
	ca := ogp.Member{Kind: ogp.National, Country: "CA"}
	since := func(year string) ogp.Period { return ogp.Period{Start: month(year), End: month("2030")} }
	tests := []struct {
		name string
		plan ogp.Plan
		want string
	}{
		{"its id", ogp.Plan{ID: "CA-2022-2024", Member: ca}, "2022-2024"},
		{"its id in lower case with underscores", ogp.Plan{ID: "ca_2018_2020", Member: ca}, "2018-2020"},
		{"its id with a short end year", ogp.Plan{ID: "CA 2025-29", Member: ca}, "2025-2029"},
		{"its id before its period", ogp.Plan{ID: "CA-2022-2024", Member: ca, Period: since("2018-09")}, "2022-2024"},
		{"its period's start", ogp.Plan{ID: "nap4", Member: ca, Period: since("2018-09")}, "2018-2020"},
		{"its period's start, 2022", ogp.Plan{ID: "nap5", Member: ca, Period: since("2022-12")}, "2022-2024"},
		{"its period's start, 2025", ogp.Plan{ID: "nap6", Member: ca, Period: since("2025")}, "2025-2029"},
		{"another of Canada's plans", ogp.Plan{ID: "CA-2016-2018", Member: ca, Period: since("2016-07")}, ""},
		{"country code in lower case", ogp.Plan{ID: "CA-2022-2024", Member: ogp.Member{Kind: ogp.National, Country: "ca"}}, "2022-2024"},
		{"another country", ogp.Plan{ID: "CA-2022-2024", Member: ogp.Member{Kind: ogp.National, Country: "FR"}}, ""},
		{"a province", ogp.Plan{ID: "CA-2022-2024", Member: ogp.Member{Kind: ogp.Local, Country: "CA", Subdivision: "CA-QC"}}, ""},
	}
	for _, tt := range tests {
		got := ""
		if r := p.RulesFor(&tt.plan); r != nil {
			got = r.Name
		}
		if got != tt.want {
			t.Errorf("%s: RulesFor(%q) = %q, want %q", tt.name, tt.plan.ID, got, tt.want)
		}
	}
}

// Each plan's document passes its own plan's rules and fails under the
// next plan's, which are stricter; the 2025-2029 document, under the
// strictest rules, passes 2022-24's, and fails 2018-20's only for its
// period, which that table does not list.
func TestCorpus(t *testing.T) {
	tests := []struct {
		file, stricter string
		want           []string
	}{
		{"ca-2018-2020.json", "2022-2024", []string{"canada.progress-required /reports/0/progress/fr"}},
		{"ca-2022-2024.json", "2025-2029", []string{
			"canada.language-pair /reports/0/evidence/fr",
			"canada.challenges-required /reports/0/challenges/en",
			"canada.challenges-required /reports/0/challenges/fr",
		}},
		{"ca-2025-2029.json", "2018-2020", []string{"canada.period-range /reports/0/period"}},
		{"ca-2025-2029.json", "2022-2024", nil},
	}
	p, _, _ := profile.Lookup("canada")
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ogp.Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		plan := &doc.Plans[0]
		own := p.RulesFor(plan)
		if want := strings.TrimSuffix(strings.TrimPrefix(tt.file, "ca-"), ".json"); own == nil || own.Name != want {
			t.Fatalf("%s: RulesFor = %v, want %s", tt.file, own, want)
		}
		if fs := own.Check(plan); len(fs) > 0 {
			t.Errorf("%s under its own rules: %v", tt.file, fs)
		}
		if diff := cmp.Diff(tt.want, brief(rules(t, tt.stricter).Check(plan)), cmpEmpty); diff != "" {
			t.Errorf("%s under canada/%s (-want +got):\n%s", tt.file, tt.stricter, diff)
		}
	}
}

func TestStatusesAndExtension(t *testing.T) {
	p, _, _ := profile.Lookup("canada")
	for code, want := range map[string]ogp.Status{"NS": ogp.NotStarted, "LP": ogp.Limited, "SP": ogp.Substantial, "C": ogp.Complete} {
		if s, ok := p.Status(code); !ok || s != want {
			t.Errorf("Status(%s) = %q, %v; want %q", code, s, ok, want)
		}
		if got := p.Code(want); got != code {
			t.Errorf("Code(%s) = %q, want %s", want, got, code)
		}
	}
	if got := p.Code(ogp.Withdrawn); got != "" {
		t.Errorf("Code(withdrawn) = %q, want none", got)
	}
	x, ok := p.Policy("ca-2020-covid-19")
	if !ok || x.End != month("2021-06") || x.Cutoff != month("2020-06") || x.Months != 12 {
		t.Errorf("Policy(ca-2020-covid-19) = %+v, %v", x, ok)
	}
}

// TestANilPlanHasNoFindings: the profile's rules find nothing in a nil
// plan, rather than panic.
func TestANilPlanHasNoFindings(t *testing.T) {
	for _, name := range []string{"2018-2020", "2022-2024", "2025-2029"} {
		if fs := rules(t, name).Check(nil); fs != nil {
			t.Errorf("%s: %v", name, fs)
		}
	}
}
