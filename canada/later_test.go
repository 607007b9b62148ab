package canada

import (
	"bytes"
	"encoding/json"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
	"github.com/ogpx/interchange/validate"
)

// trackerDir holds small tables in the style of each of Canada's plans,
// with their published rows.
var trackerDir = filepath.Join("testdata", "tracker")

// laterPlans are the tables of trackerDir with the plan card each needs.
var laterPlans = []struct {
	name string
	card PlanCard
}{
	{"nap-2022-2024", PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}},
	{"nap-2025-2029", PlanCard{ID: "CA-2025-2029", Start: ogp.MonthDate(2025, 1), End: ogp.MonthDate(2029, 6)}},
}

// importTracker imports the table name of trackerDir, and its rows; it
// returns the document and the findings.
func importTracker(t *testing.T, name string, card PlanCard) (*ogp.Package, []finding.Finding) {
	t.Helper()
	pkg, fs, err := ImportTable(readFile(t, filepath.Join(trackerDir, name+".yaml")), card)
	if err != nil {
		t.Fatal(err)
	}
	more, err := ImportRows(bytes.NewReader(readFile(t, filepath.Join(trackerDir, name+".csv"))), name+".csv", &pkg.Plans[0])
	if err != nil {
		t.Fatal(err)
	}
	return pkg, append(fs, more...)
}

// checkValid validates pkg with Canada's profile, the rule set chosen by
// the plan, and wants no finding as serious as worst.
func checkValid(t *testing.T, pkg *ogp.Package, worst finding.Severity) {
	t.Helper()
	data, err := ogp.Encode(pkg)
	if err != nil {
		t.Fatal(err)
	}
	v, err := validate.New(validate.Profile("canada"))
	if err != nil {
		t.Fatal(err)
	}
	r := v.Validate(data)
	for _, f := range r.Findings {
		if f.Severity >= worst {
			t.Errorf("%s: %s", pkg.Plans[0].ID, f)
		}
	}
}

// itemOf returns the item id of plan.
func itemOf(t *testing.T, plan *ogp.Plan, id string) ogp.Item {
	t.Helper()
	for it := range plan.Items() {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("%s not found", id)
	return ogp.Item{}
}

func TestImport2022StyleTable(t *testing.T) {
	pkg, fs := importTracker(t, laterPlans[0].name, laterPlans[0].card)
	if len(fs) != 1 || fs[0].Code != CodeKeptField || fs[0].Args["field"] != "s4d" || fs[0].Args["count"] != "3" ||
		fs[0].Path != "/resources/0/fields/3/choices/C01.1.1/s4d" {
		t.Errorf("findings %v, want s4d kept, reported once", fs)
	}
	checkValid(t, pkg, finding.Warning)
	plan := &pkg.Plans[0]
	if plan.Title["fr"] != "Outil de suivi du 5e Plan d’action national pour un gouvernement ouvert" {
		t.Errorf("title %q: the table's, by default", plan.Title)
	}
	padded := itemOf(t, plan, "C05.2.01")
	if padded.Parent != "C05.2" || string(padded.Indicator.Extra["x-s4d"]) != "true" || !strings.HasPrefix(padded.Title["en"], "**Expand** the [federated search]") {
		t.Errorf("C05.2.01: parent %s, extra %s, title %q", padded.Parent, padded.Indicator.Extra, padded.Title["en"])
	}
	in := itemOf(t, plan, "C01.1.1").Indicator
	if in.Deadline.Date.String() != "2022-11" || in.Deadline.Text["fr"] != "D'ici l'automne 2022" ||
		!slices.Equal(in.Leads, []string{"nrcan-rncan"}) || !slices.Equal(in.Supporters, []string{"statcan", "ec"}) {
		t.Errorf("C01.1.1: deadline %+v, leads %q, supporters %q", in.Deadline, in.Leads, in.Supporters)
	}
	if in := itemOf(t, plan, "C05.2.02").Indicator; !slices.Equal(in.Supporters, []string{"pwgsc-tpsgc", "dfatd-maecd"}) || !strings.Contains(in.Title["en"], "\n- criteria\n") {
		t.Errorf("C05.2.02: supporters %q, title %q", in.Supporters, in.Title["en"])
	}
	if m := itemOf(t, plan, "C05.2").Milestone; !slices.Equal(m.Leads, []string{"tbs-sct", "ic"}) {
		t.Errorf("C05.2 leads %q: its indicators' leads", m.Leads)
	}
	var ids []string
	for _, i := range plan.Institutions {
		ids = append(ids, i.ID)
	}
	if want := []string{"nrcan-rncan", "statcan", "ec", "tbs-sct", "ic", "pwgsc-tpsgc", "dfatd-maecd"}; !slices.Equal(ids, want) {
		t.Errorf("institutions %q, want %q", ids, want)
	}
	if len(plan.Reports) != 4 || plan.Reports[0].Target != "C01.1.1" || plan.Reports[2].Progress["fr"] != "NUL" {
		t.Errorf("reports %+v", plan.Reports)
	}
}

func TestImport2025StyleTable(t *testing.T) {
	pkg, fs := importTracker(t, laterPlans[1].name, laterPlans[1].card)
	for _, f := range fs {
		t.Errorf("finding: %s", f)
	}
	checkValid(t, pkg, finding.Warning)
	plan := &pkg.Plans[0]
	// A label without a due_date keeps no date: the deadline package reads
	// the text when asked.
	for id, want := range map[string]string{"C01.01.01": "Biannually until 2029", "C01.01.02": "Fall 2027", "C02.01.01": "By winter 2025", "C02.01.02": "2026-27"} {
		d := itemOf(t, plan, id).Indicator.Deadline
		if d == nil || !d.Date.IsZero() || d.Text["en"] != want {
			t.Errorf("%s deadline %+v, want the text %q and no date", id, d, want)
		}
	}
	if in := itemOf(t, plan, "C01.01.01").Indicator; !slices.Equal(in.Supporters, []string{"jus", "pch"}) {
		t.Errorf("C01.01.01 supporters %q", in.Supporters)
	}
	if rs := plan.Reports; len(rs) != 4 || rs[0].Period.String() != "2025-12" || rs[3].Period.String() != "2026-12" {
		t.Errorf("reports %+v", rs)
	}
}

func TestImportTableOfAPlanNeverSeen(t *testing.T) {
	table := readFile(t, filepath.Join(trackerDir, "nap-2027-2031.yaml"))
	card := PlanCard{ID: "CA-2027-2031", Start: ogp.MonthDate(2027, 1), End: ogp.MonthDate(2031, 6)}
	pkg, fs, err := ImportTable(table, card)
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, f := range fs {
		if f.Code != CodeKeptField {
			t.Errorf("finding: %s", f)
		}
		kept = append(kept, f.Args["field"]+" "+f.Args["count"]+" "+f.Path)
	}
	if want := []string{"theme 1 /resources/0/fields/0/choices/C01/theme", "priority 2 /resources/0/fields/2/choices/C01.01.01/priority"}; !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
	// The table's title is English only: a warning, not an error.
	checkValid(t, pkg, finding.Error)
	plan := &pkg.Plans[0]
	if !maps.Equal(plan.Title, ogp.Text{"en": "7th National Action Plan on Open Government Tracker"}) {
		t.Errorf("title %q", plan.Title)
	}
	if theme := string(plan.Commitments[0].Extra["x-theme"]); theme != `{"code":7,"en":"Procurement","fr":"Approvisionnement"}` {
		t.Errorf("x-theme %s", theme)
	}
	if p := string(itemOf(t, plan, "C01.01.02").Indicator.Extra["x-priority"]); p != `"low"` {
		t.Errorf("x-priority %s", p)
	}

	// A value it cannot read is named by its place in the table.
	for _, tt := range []struct{ from, to, code, path, field string }{
		{"due_date: 2028-05", "due_date: spring 2028", CodeTableValue, "/resources/0/fields/2/choices/C01.01.01/due_date", "due_date"},
		{"lead_dept: pwgsc-tpsgc\n        priority: low", "lead_dept: xyz\n        priority: low", CodeUnknownDepartment, "/resources/0/fields/2/choices/C01.01.02/lead_dept", "lead_dept"},
		{"deadline: {en: Ongoing, fr: En cours}", "deadline: [Ongoing]", CodeTableValue, "/resources/0/fields/2/choices/C01.01.02/deadline", "deadline"},
		{"      C01.01.02:", "      C01.02.02:", CodeTableValue, "/resources/0/fields/2/choices/C01.02.02", "C01.02.02"},
		{"      C01.01.02:", "      C01.1.01:", CodeTableValue, "/resources/0/fields/2/choices/C01.1.01", "C01.1.01"},
	} {
		_, fs, err := ImportTable([]byte(strings.Replace(string(table), tt.from, tt.to, 1)), card)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(fs, func(f finding.Finding) bool { return f.Code == tt.code })
		if i < 0 || fs[i].Path != tt.path || fs[i].Args["field"] != tt.field {
			t.Errorf("%s: findings %v, want %s at %s", tt.to, fs, tt.code, tt.path)
		}
	}
}

func TestImportTableRefusesWhatIsNoTable(t *testing.T) {
	card := PlanCard{ID: "CA-1", Start: ogp.YearDate(2022), End: ogp.YearDate(2024)}
	for name, table := range map[string]string{
		"not YAML":          "resources: [",
		"no resources":      "title: x\n",
		"no commitments":    "resources:\n- fields:\n  - datastore_id: milestones\n    choices: {C01.1: {en: x}}\n",
		"choices not a map": "resources:\n- fields:\n  - datastore_id: commitments\n    choices: [C01]\n",
		"no commitment":     "resources:\n- fields:\n  - datastore_id: commitments\n    choices: {}\n",
		"field twice":       "resources:\n- fields:\n  - datastore_id: commitments\n    choices: {C01: {en: x}}\n  - datastore_id: commitments\n    choices: {C02: {en: y}}\n",
	} {
		if _, _, err := ImportTable([]byte(table), card); err == nil || !strings.HasPrefix(err.Error(), "canada: table") {
			t.Errorf("%s: error %v", name, err)
		}
	}
	table := readFile(t, filepath.Join(trackerDir, "nap-2025-2029.yaml"))
	if _, _, err := ImportTable(table, card, MaxItems(7)); err == nil || !strings.Contains(err.Error(), "more than 7 items") {
		t.Errorf("MaxItems(7): error %v", err)
	}
	if _, _, err := ImportTable(table, card, MaxBytes(100)); err == nil {
		t.Error("MaxBytes(100): no error")
	}
	if _, _, err := ImportTable(table, card, MaxItems(8)); err != nil {
		t.Errorf("MaxItems(8): error %v", err)
	}
}

// TestRowsRoundTrip exports the reports of every example and test plan as
// published rows and imports them back into the plan without its reports:
// the document is the same, and the rows pass Canada's rules for the plan.
func TestRowsRoundTrip(t *testing.T) {
	docs := map[string]*ogp.Package{"canada-2018-2020": importExample(t)}
	for _, p := range laterPlans {
		docs[p.name], _ = importTracker(t, p.name, p.card)
	}
	for name, pkg := range docs {
		want, err := ogp.Encode(pkg)
		if err != nil {
			t.Fatal(err)
		}
		var rows bytes.Buffer
		if err := ExportRows(&rows, &pkg.Plans[0]); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.HasPrefix(rows.Bytes(), []byte(bom+"reporting_period,")) || bytes.Count(rows.Bytes(), []byte("\r\n")) <= len(pkg.Plans[0].Reports) {
			t.Errorf("%s: not Excel's CSV: %.80q", name, rows.Bytes())
		}
		back := pkg.Plans[0]
		back.Reports = nil
		fs, err := ImportRows(&rows, name+".csv", &back)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			t.Errorf("%s: %s", name, f)
		}
		if diff := cmp.Diff(pkg.Plans[0].Reports, back.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
			t.Errorf("%s: reports (-exported +imported):\n%s", name, diff)
		}
		got, err := ogp.Encode(&ogp.Package{FormatVersion: pkg.FormatVersion, Publisher: pkg.Publisher, Languages: pkg.Languages, Plans: []ogp.Plan{back}, Extra: pkg.Extra})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the document changed in the round trip", name)
		}
		rules := profileRules(t, &back)
		if rules == nil {
			t.Fatalf("%s: no rule set of Canada's for %s", name, back.ID)
		}
		for _, f := range rules.Check(&back) {
			t.Errorf("%s: rule set %s: %s", name, rules.Name, f)
		}
	}
}

// TestImportTableNeverMutatesTheCard checks that the document shares
// nothing with the card it was made from.
func TestImportTableNeverMutatesTheCard(t *testing.T) {
	card := readExampleCard(t)
	before, _ := json.Marshal(card)
	pkg, _, err := ImportTable(readFile(t, filepath.Join(exampleSource, "canada-nap-2018-2020.yaml")), card)
	if err != nil {
		t.Fatal(err)
	}
	pkg.Plans[0].Commitments[9].PolicyAreas[0] = "changed"
	pkg.Plans[0].Extensions[0].ID = "changed"
	if after, _ := json.Marshal(card); !bytes.Equal(before, after) {
		t.Error("changing the document changed the card")
	}
}

// profileRules returns the rule set of Canada's profile for plan.
func profileRules(t *testing.T, plan *ogp.Plan) *profile.Rules {
	t.Helper()
	p, _, err := profile.Lookup("canada")
	if err != nil {
		t.Fatal(err)
	}
	return p.RulesFor(plan)
}
