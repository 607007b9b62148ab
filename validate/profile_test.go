package validate

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

// Testland is a jurisdiction of the tests, with two rule sets chosen by
// plan id: "old" for plan TL-1, which wants every report's progress in
// French, "new" for plan TL-2 (and, by name, any plan), which wants
// challenges whatever the status.
func init() {
	finding.Register(
		finding.Code{ID: "testland.progress-fr", Severity: finding.Error, Restates: []string{CodeMissingLang},
			Title: map[string]string{"en": "Progress required in French", "fr": "Progrès obligatoires en français"}, Message: map[string]string{
				"en": `Testland wants the progress in French`, "fr": `Testland veut les progrès en français`}},
		finding.Code{ID: "testland.challenges", Severity: finding.Warning,
			Title: map[string]string{"en": "Challenges required", "fr": "Défis obligatoires"}, Message: map[string]string{
				"en": `Testland wants challenges`, "fr": `Testland veut des défis`}},
	)
	perReport := func(code, member string, broken func(ogp.Report) bool) func(*ogp.Plan) []finding.Finding {
		return func(plan *ogp.Plan) []finding.Finding {
			var out []finding.Finding
			for i, r := range plan.Reports {
				if broken(r) {
					out = append(out, finding.New(code, "/reports/"+strconv.Itoa(i)+"/"+member))
				}
			}
			return out
		}
	}
	profile.Register(&profile.Profile{
		Name: "testland",
		Rules: []profile.Rules{
			{Name: "old", Applies: func(p *ogp.Plan) bool { return p.ID == "TL-1" },
				Check: perReport("testland.progress-fr", "progress/fr", func(r ogp.Report) bool { return strings.TrimSpace(r.Progress["fr"]) == "" })},
			{Name: "new", Applies: func(p *ogp.Plan) bool { return p.ID == "TL-2" },
				Check: perReport("testland.challenges", "challenges", func(r ogp.Report) bool { return len(r.Challenges) == 0 })},
		},
	})
}

// testlandDocument is the corpus's valid document with two plans, TL-1
// and TL-2, whose one report has progress in English only and no
// challenges.
func testlandDocument(t *testing.T) []byte {
	t.Helper()
	doc := readCase(t, "valid.json")
	plan := doc.Plans[0]
	plan.Reports = plan.Reports[:1]
	plan.Reports[0].Progress = ogp.Text{"en": "Started."}
	plan.Reports[0].Challenges = nil
	doc.Plans = []ogp.Plan{plan, plan}
	doc.Plans[0].ID, doc.Plans[1].ID = "TL-1", "TL-2"
	b, err := ogp.Encode(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readCase(t *testing.T, name string) *ogp.Package {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "cases", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestProfileRules checks which rule set checks which plan, and where its
// findings land.
func TestProfileRules(t *testing.T) {
	data := testlandDocument(t)
	tests := []struct {
		profile string
		want    []string // code path, for the profile's findings
	}{
		{"testland", []string{ // chosen from the document: old for TL-1, new for TL-2
			"testland.progress-fr /plans/0/reports/0/progress/fr",
			"testland.challenges /plans/1/reports/0/challenges",
		}},
		{"testland/new", []string{ // chosen by name: new for every plan
			"testland.challenges /plans/0/reports/0/challenges",
			"testland.challenges /plans/1/reports/0/challenges",
		}},
	}
	for _, tt := range tests {
		r, err := Validate(data, Profile(tt.profile))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range r.Findings {
			if strings.HasPrefix(f.Code, "testland.") {
				got = append(got, f.Code+" "+f.Path)
				if f.Line == 0 {
					t.Errorf("%s: %v has no place", tt.profile, f)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: findings\n%s\nwant\n%s", tt.profile, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestProfileRestatesFormat checks that a profile's finding on a value
// replaces the format's warning about it: Testland's progress in French
// is the format's missing French, said the jurisdiction's way.
func TestProfileRestatesFormat(t *testing.T) {
	data := testlandDocument(t)
	at := func(r *Report, code, path string) bool {
		return slices.ContainsFunc(r.Findings, func(f finding.Finding) bool { return f.Code == code && f.Path == path })
	}
	const progress = "/plans/0/reports/0/progress"
	plain, _ := Validate(data)
	if !at(plain, CodeMissingLang, progress) {
		t.Fatalf("no %s at %s without a profile: %v", CodeMissingLang, progress, plain.Findings)
	}
	r, _ := Validate(data, Profile("testland"))
	if at(r, CodeMissingLang, progress) || !at(r, "testland.progress-fr", progress+"/fr") {
		t.Errorf("with the profile, findings at %s: %v; want testland.progress-fr alone", progress, r.Findings)
	}
	if !at(r, CodeMissingLang, "/plans/1/reports/0/progress") {
		t.Errorf("the format's warning on a plan the profile finds nothing in went too: %v", r.Findings)
	}
	if r.Valid {
		t.Error("valid despite the profile's error")
	}
}

func TestProfileStrict(t *testing.T) {
	r, _ := Validate(testlandDocument(t), Profile("testland/new"), Strict())
	for _, f := range r.Findings {
		if f.Code == "testland.challenges" && f.Severity != finding.Error {
			t.Errorf("strict: %v is not an error", f)
		}
	}
}

// TestCanadaRestatesMissingLanguage checks the rule with Canada's real
// profile on Canada's plan: under the 2022-24 rules, each report's
// progress without French is one error, canada.progress-required at
// .../progress/fr, and no longer also the format's missing-language
// warning at .../progress; evidence in English only, which 2022-24 allows,
// keeps the format's warning.
func TestCanadaRestatesMissingLanguage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := Validate(data, Profile("canada/2022-2024"))
	paths := map[string][]string{}
	for _, f := range r.Findings {
		paths[f.Code] = append(paths[f.Code], f.Path)
	}
	if got := len(paths["canada.progress-required"]); got != 25 {
		t.Errorf("%d canada.progress-required, want 25", got)
	}
	for _, p := range paths[CodeMissingLang] {
		if strings.HasSuffix(p, "/progress") {
			t.Errorf("%s at %s restates canada.progress-required", CodeMissingLang, p)
		}
	}
	if !slices.ContainsFunc(paths[CodeMissingLang], func(p string) bool { return strings.HasSuffix(p, "/evidence") }) {
		t.Errorf("the evidence's missing-language warnings went too")
	}
}
