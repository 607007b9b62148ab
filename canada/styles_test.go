package canada

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/ogp"
)

// stylePlan is smallPlan as a plan of the rule set named set, with the
// padded indicator flagged s4d.
func stylePlan(set string) *ogp.Plan {
	plan := smallPlan()
	plan.ID = "CA-" + set
	var start, end int
	switch set {
	case "2018-2020":
		start, end = 2018, 2020
	case "2022-2024":
		start, end = 2022, 2024
	default:
		start, end = 2025, 2029
	}
	plan.Period = ogp.Period{Start: ogp.MonthDate(start, 1), End: ogp.MonthDate(end, 12)}
	plan.Commitments[0].Milestones[0].Indicators[1].Extra = ogp.Extra{"x-s4d": []byte("true")}
	return plan
}

// The rows of each plan's layout, written for this test, import; the plan's
// layout exports them again, and they import into the same reports.
func TestRowsStylesRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		set   string
		style RowsStyle
		rows  string
		want  []ogp.Report
	}{
		{"2018-2020", Rows2018To2020,
			"reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr\r\n" +
				"2019-06,C05,C05.2,C05.2.1,LP,Started,Commencé,,,Staff,Personnel\r\n",
			[]ogp.Report{{Target: "C05.2.1", Period: ogp.MonthDate(2019, 6), Status: ogp.Limited, Progress: ogp.NewText("Started", "Commencé"), Challenges: ogp.NewText("Staff", "Personnel")}}},
		{"2022-2024", Rows2022To2024,
			header[:strings.Index(header, ",owner_org")] + ",indicator_en,indicator_fr,indicator_deadline_en,indicator_deadline_fr,indicator_lead_dept,owner_org,owner_org_title\r\n" +
				"2022-06,C05,C05.2,C05.2.01,SP,Half,Moitié,,,,,Search,Recherche,By fall 2022,D'ici l'automne 2022,nrcan-rncan,nrcan-rncan,\r\n",
			[]ogp.Report{{Target: "C05.2.01", Period: ogp.MonthDate(2022, 6), Status: ogp.Substantial, Progress: ogp.NewText("Half", "Moitié"), Leads: []string{"nrcan-rncan"}}}},
		{"2025-2029", Rows2025To2029,
			"reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges,challenges_other_en,challenges_other_fr," +
				"indicator_en,indicator_fr,indicator_deadline_en,indicator_deadline_fr,indicator_lead_dept,indicator_due_date,indicator_s4d,owner_org,owner_org_title\r\n" +
				// The plan says the padded indicator's due date and s4d: not kept.
				"2025-12,C05,C05.2,C05.2.01,NS,NIL,NUL,,,\"CF,LR\",No staff yet,Pas encore de personnel,Search,Recherche,By fall 2022,D'ici l'automne 2022,nrcan-rncan,2022-11,true,nrcan-rncan,\r\n" +
				// The plan has no due date for the other, nor its s4d: kept.
				"2026-06,C05,C05.2,C05.2.1,SP,Most,Presque,,,,,,Strategy,Stratégie,,,tbs-sct,2027-03,false,tbs-sct,\r\n",
			[]ogp.Report{
				{Target: "C05.2.1", Period: ogp.MonthDate(2026, 6), Status: ogp.Substantial, Progress: ogp.NewText("Most", "Presque"), Leads: []string{"tbs-sct"},
					Extra: ogp.Extra{"x-indicator_due_date": []byte(`"2027-03"`), "x-indicator_s4d": []byte(`"false"`)}},
				{Target: "C05.2.01", Period: ogp.MonthDate(2025, 12), Status: ogp.NotStarted, Progress: ogp.NewText("NIL", "NUL"),
					Challenges: ogp.NewText("No staff yet", "Pas encore de personnel"), Leads: []string{"nrcan-rncan"}, Extra: ogp.Extra{"x-challenges": []byte(`"CF,LR"`)}},
			}},
	} {
		plan := stylePlan(tt.set)
		if got := styleOf(plan, nil); got != tt.style {
			t.Errorf("%s: style %d, want %d", tt.set, got, tt.style)
		}
		fs, err := ImportRows(strings.NewReader(tt.rows), "rows.csv", plan)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Code != CodeKeptColumn {
				t.Errorf("%s: %s", tt.set, f)
			}
		}
		if diff := cmp.Diff(tt.want, plan.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
			t.Errorf("%s: reports (-want +got):\n%s", tt.set, diff)
		}
		var out bytes.Buffer
		if err := ExportRows(&out, plan); err != nil {
			t.Fatalf("%s: %v", tt.set, err)
		}
		head, _, _ := strings.Cut(strings.TrimPrefix(out.String(), bom), "\r\n")
		if want := strings.Join(tt.style.columns(), ","); head != want {
			t.Errorf("%s: header\n%s\nwant\n%s", tt.set, head, want)
		}
		back := stylePlan(tt.set)
		back.Institutions = plan.Institutions
		if _, err := ImportRows(&out, "again.csv", back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(plan.Reports, back.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
			t.Errorf("%s: round trip (-exported +imported):\n%s", tt.set, diff)
		}
	}
}

// Any plan's reports export in any layout, given as an option, and import
// back; an unknown challenge code is a bad cell.
func TestExportRowsWithRowsStyle(t *testing.T) {
	plan := stylePlan("2022-2024")
	plan.Reports = []ogp.Report{{Target: "C05.2.1", Period: ogp.MonthDate(2022, 6), Status: ogp.Limited, Progress: ogp.NewText("p", "p"),
		Challenges: ogp.NewText("c", "c"), Extra: ogp.Extra{"x-challenges": []byte(`"OT"`)}}}
	for _, style := range []RowsStyle{Rows2018To2020, Rows2022To2024, Rows2025To2029} {
		var out bytes.Buffer
		if err := ExportRows(&out, plan, WithRowsStyle(style)); err != nil {
			t.Fatal(err)
		}
		if style == Rows2025To2029 && !strings.Contains(out.String(), ",OT,c,c,") {
			t.Errorf("style %d: %q", style, out.String())
		}
		back := stylePlan("2022-2024")
		if _, err := ImportRows(&out, "r.csv", back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(plan.Reports, back.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
			t.Errorf("style %d: round trip (-exported +imported):\n%s", style, diff)
		}
	}
	rows := "reporting_period,indicators,status,progress_en,progress_fr,challenges\n2026-06,C05.2.1,LP,p,p,\"CF, XX\"\n"
	fs, _ := ImportRows(strings.NewReader(rows), "r.csv", stylePlan("2025-2029"))
	if len(fs) != 1 || fs[0].Args["reason"] != "unknown-challenge" || fs[0].Args["value"] != "XX" || fs[0].Cell != "r.csv!R2C6" {
		t.Errorf("findings %v", fs)
	}
}

// TestFormulasAreNotRunWhenTheRowsAreOpenedInASpreadsheet: by default,
// ExportRows writes a cell a spreadsheet would run with an apostrophe
// before it, and ImportRows reads it without; KeepFormulas writes it as it
// is.
func TestFormulasAreNotRunWhenTheRowsAreOpenedInASpreadsheet(t *testing.T) {
	plan := stylePlan("2022-2024")
	plan.Reports = []ogp.Report{{Target: "C05.2.1", Period: ogp.MonthDate(2022, 6), Status: ogp.Substantial,
		Progress: ogp.NewText("=HYPERLINK(\"http://evil\",\"x\")", "+1"), Evidence: ogp.NewText("-  a list", "@user"),
		Challenges: ogp.NewText("'=already", "plain"), Extra: ogp.Extra{"x-n": []byte(`"-5"`)}}}
	var out bytes.Buffer
	if err := ExportRows(&out, plan); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"'=HYPERLINK(""http://evil"",""x"")",'+1,'-  a list,'@user,''=already,plain,`, ",'-5\r\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("rows %q, want %q", out.String(), want)
		}
	}
	back := stylePlan("2022-2024")
	if _, err := ImportRows(&out, "r.csv", back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(plan.Reports, back.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
		t.Errorf("round trip (-exported +imported):\n%s", diff)
	}
	// With KeepFormulas, the cells are written as they are, but for a text
	// the reader would change.
	out.Reset()
	var ee *ExportError
	if err := ExportRows(&out, plan, KeepFormulas()); !errors.As(err, &ee) || len(ee.Problems) != 1 || ee.Problems[0].Reason != ProblemApostrophe || ee.Problems[0].Detail != "challenges/en" {
		t.Errorf("kept: error %v", err)
	}
	plan.Reports[0].Challenges = nil
	if err := ExportRows(&out, plan, KeepFormulas()); err != nil || !strings.Contains(out.String(), `"=HYPERLINK(""http://evil"",""x"")",+1,-  a list,@user,`) {
		t.Errorf("kept: error %v, rows %q", err, out.String())
	}
}

// TestImportMessagesSayWhatTheyMean: the messages name what they mean: a member already named x- as it is,
// a cell beyond the header as none of its columns, a row in French as a
// ligne, a member given twice as a member.
func TestImportMessagesSayWhatTheyMean(t *testing.T) {
	rows := "reporting_period,indicators,status,progress_en,progress_fr,x-n\n" +
		"2022-06,C05.2.1,SP,p,p,7\n" +
		"2022-09,C05.2.1,SP,p,p,7,extra\n"
	fs, err := ImportRows(strings.NewReader(rows), "r.csv", stylePlan("2022-2024"))
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("findings %v", fs)
	}
	if m := fs[0].Message("en"); !strings.Contains(m, `kept as "x-n"`) {
		t.Errorf("kept: %q", m)
	}
	if m := fs[1].Message("en"); fs[1].Args["reason"] != "too-many-cells" || fs[1].Cell != "r.csv!R3C7" || strings.Contains(m, `"7"`) || !strings.Contains(m, "more cells than the header has columns") {
		t.Errorf("extra cell: %s %q", fs[1].Cell, m)
	}
	if m := fs[1].Message("fr"); !strings.HasPrefix(m, "ligne 3 de r.csv") || strings.Contains(m, "row") {
		t.Errorf("French: %q", m)
	}
	table := `resources:
- fields:
  - datastore_id: commitments
    choices:
      C01: {en: One, fr: Un, x-s4d: true, en: Again}
  - datastore_id: milestones
    choices:
      C01.1: {en: M, fr: M}
  - datastore_id: indicators
    choices:
      C01.1.1: {en: I, fr: I, lead_dept: tbs-sct}
`
	_, tfs, err := ImportTable([]byte(table), PlanCard{ID: "CA-2022-2024", Title: ogp.NewText("Plan", "Plan"), Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)})
	if err != nil {
		t.Fatal(err)
	}
	var kept, dup bool
	for _, f := range tfs {
		switch {
		case f.Code == CodeKeptField:
			kept = strings.Contains(f.Message("en"), `kept as "x-s4d"`)
		case f.Args["reason"] == "duplicate-member":
			dup = strings.Contains(f.Message("en"), "member is given twice")
		}
	}
	if !kept || !dup {
		t.Errorf("findings %v", tfs)
	}
}

// An item with no title, or null, is a finding naming it, and is kept with its
// children.
func TestImportTableItemWithoutTitle(t *testing.T) {
	table := `resources:
- fields:
  - datastore_id: commitments
    choices:
      C01: {en: "", fr: ""}
  - datastore_id: milestones
    choices:
      C01.1:
  - datastore_id: indicators
    choices:
      C01.1.1: {en: I, fr: I, lead_dept: tbs-sct}
`
	pkg, fs, err := ImportTable([]byte(table), PlanCard{ID: "CA-2022-2024", Title: ogp.NewText("Plan", "Plan"), Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range fs {
		if r := f.Args["reason"]; r == "no-title" || r == "not-item" { // a null item is not-item
			ids = append(ids, f.Args["id"])
		}
	}
	if !slices.Equal(ids, []string{"C01", "C01.1"}) || len(pkg.Plans[0].Commitments) != 1 || len(pkg.Plans[0].Commitments[0].Milestones[0].Indicators) != 1 {
		t.Errorf("findings %v", fs)
	}
}

// TestChallengeCategoriesCannotBeChangedFromOutside: the categories a
// caller gets are a copy; changing them changes nothing of what ImportRows
// accepts.
func TestChallengeCategoriesCannotBeChangedFromOutside(t *testing.T) {
	cs := ChallengeCategories()
	if len(cs) != 6 || cs[0].Code != "CF" || cs[0].Title["fr"] != "Capacité ou financement" {
		t.Fatalf("categories %v", cs)
	}
	cs[0].Code, cs[0].Title["en"] = "XX", "changed"
	if again := ChallengeCategories(); again[0].Code != "CF" || again[0].Title["en"] != "Capacity or funding" {
		t.Errorf("changed: %v", again[0])
	}
	if _, ok := unknownChallenge("CF"); !ok {
		t.Error("CF unknown")
	}
	if _, ok := unknownChallenge("XX"); ok {
		t.Error("XX known")
	}
}
