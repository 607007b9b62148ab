package canada

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// The tables of testdata/tracker written in the shapes of Canada's later
// trackers, with the card each plan needs.
var (
	nap5Card = PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	nap6Card = PlanCard{ID: "CA-2025-2029", Start: ogp.MonthDate(2025, 1), End: ogp.MonthDate(2029, 12)}
)

// importShape imports a table of testdata/tracker.
func importShape(t *testing.T, file string, card PlanCard) (*ogp.Package, []finding.Finding) {
	t.Helper()
	pkg, fs, err := ImportTable(readFile(t, filepath.Join("testdata", "tracker", file)), card)
	if err != nil {
		t.Fatal(err)
	}
	return pkg, fs
}

// errorsOf returns the findings of fs that are errors, as text.
func errorsOf(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == finding.Error {
			out = append(out, f.String())
		}
	}
	return out
}

// A 2025-29 table defines lead_dept on every indicator but fills none:
// it is a table of the later style all the same, and the parentheses that
// end its milestone titles ("(RMS)") are not read as leads.
func TestImport2025TableWithEmptyLeadsIsOfTheLaterStyle(t *testing.T) {
	pkg, fs := importShape(t, "nap-2025-2029-unfilled.yaml", nap6Card)
	if errs := errorsOf(fs); len(errs) > 0 {
		t.Errorf("errors: %q", errs)
	}
	plan := &pkg.Plans[0]
	for it := range plan.Items() {
		if it.Milestone != nil && (it.Milestone.Leads != nil || it.Milestone.Supporters != nil) {
			t.Errorf("%s: leads %q, supporters %q; want none", it.ID, it.Milestone.Leads, it.Milestone.Supporters)
		}
		if it.ID == "C03.2.1" && it.Indicator.Deadline != nil {
			t.Errorf("%s: deadline %+v from an empty label", it.ID, it.Indicator.Deadline)
		}
		if it.ID == "C03.1.1" && (it.Indicator.Deadline == nil || it.Indicator.Deadline.Text["fr"] != "Automne 2026" || !it.Indicator.Deadline.Date.IsZero()) {
			t.Errorf("%s: deadline %+v, want the label alone", it.ID, it.Indicator.Deadline)
		}
	}
	if got := itemOf(t, plan, "C03.1").Milestone.Title["en"]; got != "Publish occurrence data from the Records Management System (RMS)" {
		t.Errorf("C03.1's title changed: %q", got)
	}
}

// A 2018-style table reads a title's last parentheses as its leads only
// when every name in them is a department.
func TestParenthesisLeadsOnlyWhenEveryNameIsADepartment(t *testing.T) {
	table := []byte(`resources:
- fields:
  - datastore_id: commitments
    choices:
      C01: {en: One, fr: Un}
  - datastore_id: milestones
    choices:
      C01.1: {en: "Publish the data (TBS/StatCan)", fr: "Publier (SCT)"}
      C01.2: {en: "Disclose crime data (PROS)", fr: "Communiquer"}
      C01.3: {en: "Publish findings (for example, infographics)", fr: "Publier"}
      C01.4: {en: "Share it (TBS, PROS)", fr: "Partager"}
`)
	pkg, fs, err := ImportTable(table, PlanCard{ID: "CA-2018-2020", Title: ogp.NewText("Plan", "Plan"), Start: ogp.MonthDate(2018, 9), End: ogp.MonthDate(2020, 6)})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) > 0 {
		t.Errorf("findings: %v", fs)
	}
	want := map[string][]string{"C01.1": {"tbs-sct", "statcan"}}
	for it := range pkg.Plans[0].Items() {
		if it.Milestone != nil && !slices.Equal(it.Milestone.Leads, want[it.ID]) {
			t.Errorf("%s: leads %q, want %q", it.ID, it.Milestone.Leads, want[it.ID])
		}
	}
}

// laterSlugs are the portal slugs Canada's 2022-24 tracker names as leads
// and supporters, and two departments of its 2025-29 plan.
var laterSlugs = []string{
	"nrcan-rncan", "statcan", "ec", "idrc-crdi", "pch", "dfatd-maecd", "ps-sp", "pco-bcp", "wage",
	"ic", "tbs-sct", "jus", "rcmp-grc", "isc-sac", "hc-sc", "esdc-edsc",
	"vac-acc", "bac-lac",
}

func TestEveryLaterSlugResolves(t *testing.T) {
	for _, s := range laterSlugs {
		if _, ok := DepartmentBySlug(s); !ok {
			t.Errorf("%s is not in departments.csv", s)
		}
	}
	for _, tt := range []struct{ slug, en, fr, abbrEn, abbrFr string }{
		{"ps-sp", "Public Safety Canada", "Sécurité publique Canada", "PS", "SP"},
		{"vac-acc", "Veterans Affairs Canada", "Anciens Combattants Canada", "VAC", "ACC"},
	} {
		d, _ := DepartmentBySlug(tt.slug)
		if d.Name["en"] != tt.en || d.Name["fr"] != tt.fr || d.Abbreviation["en"] != tt.abbrEn || d.Abbreviation["fr"] != tt.abbrFr {
			t.Errorf("%s: %+v", tt.slug, d)
		}
	}
	pkg, fs := importShape(t, "nap-2022-2024-leads.yaml", nap5Card)
	for _, f := range fs {
		if f.Code == CodeUnknownDepartment {
			t.Errorf("2022-24: %s", f)
		}
	}
	if in := itemOf(t, &pkg.Plans[0], "C02.1.10").Indicator; !slices.Equal(in.Leads, []string{"ps-sp"}) {
		t.Errorf("C02.1.10 leads %q", in.Leads)
	}
	if in := itemOf(t, &pkg.Plans[0], "C05.3.01").Indicator; !slices.Equal(in.Supporters, []string{"statcan"}) {
		t.Errorf("C05.3.01 supporters %q", in.Supporters)
	}
}

// A slug the registry lacks is kept, as the lead and as an institution of
// that id, with a notice.
func TestUnknownSlugIsKept(t *testing.T) {
	table := strings.Replace(string(readFile(t, filepath.Join("testdata", "tracker", "nap-2022-2024-leads.yaml"))), `lead_dept: "ps-sp"`, `lead_dept: "xyz-abc"`, 1)
	pkg, fs, err := ImportTable([]byte(table), nap5Card)
	if err != nil {
		t.Fatal(err)
	}
	plan := &pkg.Plans[0]
	if in := itemOf(t, plan, "C02.1.10").Indicator; !slices.Equal(in.Leads, []string{"xyz-abc"}) {
		t.Errorf("leads %q", in.Leads)
	}
	if !slices.ContainsFunc(plan.Institutions, func(i ogp.Institution) bool { return i.ID == "xyz-abc" }) {
		t.Errorf("institutions %+v", plan.Institutions)
	}
	i := slices.IndexFunc(fs, func(f finding.Finding) bool { return f.Code == CodeUnknownDepartment })
	if i < 0 || fs[i].Severity != finding.Notice || fs[i].Args["name"] != "xyz-abc" {
		t.Errorf("findings %v", fs)
	}
}
