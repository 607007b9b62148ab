package canada

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

var exampleSource = filepath.Join("..", "examples", "canada-2018-2020", "source")

func readExampleCard(t *testing.T) PlanCard {
	t.Helper()
	f, err := os.Open(filepath.Join(exampleSource, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	card, err := ReadPlanCard(f)
	if err != nil {
		t.Fatal(err)
	}
	return card
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestImportTable2018ReadsTheWholePlan(t *testing.T) {
	table := readFile(t, filepath.Join(exampleSource, "canada-nap-2018-2020.yaml"))
	pkg, fs, err := ImportTable(table, readExampleCard(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		t.Errorf("finding: %s", f)
	}
	var n [3]int
	for it := range pkg.Plans[0].Items() {
		n[map[ogp.Level]int{ogp.LevelCommitment: 0, ogp.LevelMilestone: 1, ogp.LevelIndicator: 2}[it.Level]]++
	}
	if n != [3]int{10, 56, 135} {
		t.Errorf("%v commitments, milestones and indicators; want 10, 56, 135", n)
	}
}

func TestImportTableSaysWhatTheCardLacks(t *testing.T) {
	table := readFile(t, filepath.Join(exampleSource, "canada-nap-2018-2020.yaml"))
	full := PlanCard{ID: "CA-2018-2020", Start: ogp.MonthDate(2018, 9), End: ogp.MonthDate(2020, 6)}
	for member, mutate := range map[string]func(*PlanCard){
		"id":              func(c *PlanCard) { c.ID = " " },
		"start":           func(c *PlanCard) { c.Start = ogp.Date{} },
		"end":             func(c *PlanCard) { c.End = ogp.Date{} },
		"commitments/C11": func(c *PlanCard) { c.Commitments = map[string]CommitmentCard{"C11": {OGPID: "CA0099"}} },
		"extra/source":    func(c *PlanCard) { c.Extra = ogp.Extra{"source": []byte(`"x"`)} },
	} {
		c := full
		mutate(&c)
		_, _, err := ImportTable(table, c)
		var ce *CardError
		if !errors.As(err, &ce) || ce.Member != member || !strings.Contains(err.Error(), member) {
			t.Errorf("%s: error %v, want a CardError naming it", member, err)
		}
	}
	if _, _, err := ImportTable(table, PlanCard{ID: "x", Start: ogp.YearDate(2018)}); !errors.Is(err, ErrMissing) {
		t.Errorf("no end: error %v, want ErrMissing", err)
	}
}

func TestReadPlanCardRefusesUnknownMembers(t *testing.T) {
	for _, s := range []string{`{"id": "CA-1", "periode": {}}`, `{"id": 1}`, `{} {}`, `{"start": "2018-13"}`} {
		var ce *CardError
		if _, err := ReadPlanCard(strings.NewReader(s)); !errors.As(err, &ce) {
			t.Errorf("%s: error %v, want a CardError", s, err)
		}
	}
}

// TestImportTableReportsValuesTheFormatRefuses: an item id that is empty or
// has a space or a control character, a lead that is no slug and an
// address that is no web address are findings at their place in the
// table, not a document that fails to decode without a word.
func TestImportTableReportsValuesTheFormatRefuses(t *testing.T) {
	table := "title: {en: Plan, fr: Plan}\nresources:\n- fields:\n  - datastore_id: commitments\n    choices:\n" +
		"      '': {en: Empty, fr: Vide}\n" +
		"      C 01: {en: Space, fr: Espace}\n" +
		"      \"C\\e01\": {en: Escape, fr: Échappement}\n" +
		"      C02: {en: Lead, fr: Lead, lead_dept: Bad Slug!, NAP_url: 'javascript:alert(1)'}\n"
	card := PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	pkg, fs, err := ImportTable([]byte(table), card)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range fs {
		if f.Code == CodeTableValue && f.Args["reason"] == "format" {
			got[f.Args["id"]+" "+f.Args["field"]+" "+f.Path] = true
			if f.Line == 0 {
				t.Errorf("%v: no line", f)
			}
		}
	}
	for _, want := range []string{
		" id /resources/0/fields/0/choices/",
		"C 01 C 01 /resources/0/fields/0/choices/C 01",
		"C\x1b01 C\x1b01 /resources/0/fields/0/choices/C\x1b01",
		"C02 lead_dept /resources/0/fields/0/choices/C02/lead_dept",
		"C02 NAP_url /resources/0/fields/0/choices/C02/NAP_url",
	} {
		if !got[want] {
			t.Errorf("no finding %q in %v", want, fs)
		}
	}
	if data, err := ogp.Encode(pkg); err != nil {
		t.Fatal(err)
	} else if _, err := ogp.Decode(data); err == nil {
		t.Error("the document decodes")
	}
}

// TestImportTableWithoutTitleNeedsOneOnTheCard: a table with no title and
// a card with none is a *CardError for the title.
func TestImportTableWithoutTitleNeedsOneOnTheCard(t *testing.T) {
	table := "resources:\n- fields:\n  - datastore_id: commitments\n    choices: {C01: {en: x, fr: x}}\n"
	_, _, err := ImportTable([]byte(table), PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)})
	var ce *CardError
	if !errors.As(err, &ce) || ce.Member != "title" || !errors.Is(err, ErrMissing) {
		t.Errorf("error %v", err)
	}
}
