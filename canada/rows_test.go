package canada

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// smallPlan is a plan of one commitment, one milestone and two indicators,
// the second padded.
func smallPlan() *ogp.Plan {
	return &ogp.Plan{
		ID:     "CA-2022-2024",
		Member: ogp.Member{Kind: ogp.National, Country: "CA", Name: ogp.NewText("Canada", "Canada")},
		Period: ogp.Period{Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)},
		Commitments: []ogp.Commitment{{ID: "C05", Title: ogp.NewText("Open data", "Données ouvertes"), Milestones: []ogp.Milestone{{
			ID: "C05.2", Title: ogp.NewText("Ecosystem", "Écosystème"),
			Indicators: []ogp.Indicator{
				{ID: "C05.2.1", Title: ogp.NewText("Strategy", "Stratégie"), Leads: []string{"tbs-sct"}},
				{ID: "C05.2.01", Title: ogp.NewText("Search", "Recherche"), Leads: []string{"nrcan-rncan"},
					Deadline: &ogp.Deadline{Date: ogp.MonthDate(2022, 11), Text: ogp.NewText("By fall 2022", "D'ici l'automne 2022")}},
			},
		}}}},
	}
}

const header = "reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr,owner_org,owner_org_title"

func TestImportRowsReadsExcelsCSV(t *testing.T) {
	plan := smallPlan()
	rows := "\ufeff" + header + ",comments\r\n" +
		"2022-06,C05,C05.2,C05.2.01,LP,\"Two\r\nlines\",\"Deux\r\nlignes\",,,Staff,Personnel,nrcan-rncan,Natural Resources Canada | Ressources naturelles Canada,see me\r\n" +
		"2022-03,C05,C05.2,C05.2.1,NS,NIL,NUL,,,,,tbs-sct,,\r\n" +
		",,,,,,,,,,,,,\r\n"
	fs, err := ImportRows(strings.NewReader(rows), "rows.csv", plan)
	if err != nil {
		t.Fatal(err)
	}
	want := []ogp.Report{
		{Target: "C05.2.1", Period: ogp.MonthDate(2022, 3), Status: ogp.NotStarted, Progress: ogp.NewText("NIL", "NUL"), Leads: []string{"tbs-sct"}},
		{Target: "C05.2.01", Period: ogp.MonthDate(2022, 6), Status: ogp.Limited, Progress: ogp.NewText("Two\nlines", "Deux\nlignes"), // a line end in a cell reads as LF
			Challenges: ogp.NewText("Staff", "Personnel"), Leads: []string{"nrcan-rncan"}, Extra: ogp.Extra{"x-comments": []byte(`"see me"`)}},
	}
	if diff := cmp.Diff(want, plan.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
		t.Errorf("reports (-want +got):\n%s", diff)
	}
	if len(fs) != 1 || fs[0].Code != CodeKeptColumn || fs[0].Args["column"] != "comments" {
		t.Errorf("findings %v, want the kept column once", fs)
	}
	if ids := []string{plan.Institutions[0].ID, plan.Institutions[1].ID}; ids[0] != "nrcan-rncan" || ids[1] != "tbs-sct" {
		t.Errorf("institutions %q: the reporting departments join the plan", ids)
	}
}

func TestImportRowsNamesTheBadCellAndKeepsTheOtherRows(t *testing.T) {
	tests := []struct {
		row, cell, column, reason string
	}{
		{"2022-13,C05,C05.2,C05.2.1,SP,p,p,,,,,,", "rows.csv!R2C1", "reporting_period", "not-date"},
		{"2022-06,C05,C05.2,C05.9.9,SP,p,p,,,,,,", "rows.csv!R2C4", "indicators", "unknown-item"},
		{"2022-06,C05,C05.3,C05.2.1,SP,p,p,,,,,,", "rows.csv!R2C3", "milestones", "wrong-parent"},
		{"2022-06,C04,C05.2,C05.2.1,SP,p,p,,,,,,", "rows.csv!R2C2", "commitments", "wrong-parent"},
		{"2022-06,C05,C05.2,C05.2.1,W,p,p,,,,,,", "rows.csv!R2C5", "status", "unknown-status"},
		{"2022-06,C05,C05.2,C05.2.1,,p,p,,,,,,", "rows.csv!R2C5", "status", "required"},
		{"2022-06,C05,C05.2,,SP,p,p,,,,,,", "rows.csv!R2C4", "indicators", "required"},
		{"2022-06,C05,C05.2,C05.2.1,SP", "rows.csv!R2C6", "progress_en", "field-count"},
		{`2022-06,C05,C05.2,C05.2.1,SP,"p"x,p,,,,,,`, "rows.csv!R2", "", "syntax"},
	}
	for _, tt := range tests {
		plan := smallPlan()
		rows := header + "\n" + tt.row + "\n2022-09,C05,C05.2,C05.2.01,C,Done,Fait,,,,,,\n"
		fs, err := ImportRows(strings.NewReader(rows), "rows.csv", plan)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Cell != tt.cell || fs[0].Args["column"] != tt.column || fs[0].Args["reason"] != tt.reason || fs[0].Args["file"] != "rows.csv" {
			t.Errorf("%s: findings %v, want %s %s at %s", tt.row, fs, tt.column, tt.reason, tt.cell)
		}
		if len(plan.Reports) != 1 || plan.Reports[0].Target != "C05.2.01" {
			t.Errorf("%s: reports %+v, want the good row's only", tt.row, plan.Reports)
		}
	}
}

func TestImportRowsUnknownDepartmentIsKept(t *testing.T) {
	plan := smallPlan()
	fs, err := ImportRows(strings.NewReader(header+"\n2022-06,C05,C05.2,C05.2.1,SP,p,p,,,,,xyz,\n"), "r.csv", plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Code != CodeUnknownDepartment || fs[0].Severity != finding.Notice || fs[0].Cell != "r.csv!R2C12" ||
		len(plan.Reports) != 1 || !slices.Equal(plan.Reports[0].Leads, []string{"xyz"}) ||
		!slices.ContainsFunc(plan.Institutions, func(i ogp.Institution) bool { return i.ID == "xyz" && i.Name["en"] == "xyz" }) {
		t.Errorf("findings %v, reports %+v, institutions %+v", fs, plan.Reports, plan.Institutions)
	}
	plan = smallPlan()
	fs, _ = ImportRows(strings.NewReader(header+"\n2022-09,C05,C05.2,C05.2.1,SP,p,p,,,,,xyz,\n"), "r.csv", plan,
		WithDepartments(Department{Slug: "xyz", Name: ogp.NewText("X", "X")}))
	if len(fs) != 0 || plan.Reports[0].Leads[0] != "xyz" || plan.Institutions[0].ID != "xyz" || plan.Institutions[0].Name["en"] != "X" {
		t.Errorf("WithDepartments: findings %v, reports %+v", fs, plan.Reports)
	}
}

func TestImportRowsRefusesAFileItCannotRead(t *testing.T) {
	for name, rows := range map[string]string{
		"empty":          "",
		"no status":      "reporting_period,indicators\n2022-06,C05.2.1\n",
		"no indicators":  "\ufeffreporting_period,status\n",
		"column twice":   "reporting_period,indicators,status,status\n",
		"unnamed column": "reporting_period,indicators,status,\n",
	} {
		plan := smallPlan()
		_, err := ImportRows(strings.NewReader(rows), "r.csv", plan)
		var re *RowsError
		if !errors.As(err, &re) || re.File != "r.csv" || plan.Reports != nil {
			t.Errorf("%s: error %v", name, err)
		}
	}
	_, err := ImportRows(strings.NewReader("reporting_period,indicators\n"), "r.csv", smallPlan())
	if !errors.Is(err, ErrNoColumn) || !strings.Contains(err.Error(), `"status"`) {
		t.Errorf("no status column: error %v", err)
	}
}

func TestExportRowsWritesWhatThePortalPublishes(t *testing.T) {
	plan := smallPlan()
	plan.Institutions = []ogp.Institution{{ID: "nrcan-rncan", Name: ogp.NewText("Natural Resources Canada", "Ressources naturelles Canada")}}
	plan.Reports = []ogp.Report{{Target: "C05.2.01", Period: ogp.MonthDate(2022, 6), Status: ogp.Substantial,
		Progress: ogp.NewText("Done, \"mostly\"", "Fait"), Leads: []string{"nrcan-rncan"}, Extra: ogp.Extra{"x-comments": []byte(`"see me"`)}}}
	var buf bytes.Buffer
	if err := ExportRows(&buf, plan); err != nil {
		t.Fatal(err)
	}
	want := "\ufeffreporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr," +
		"indicator_en,indicator_fr,indicator_deadline_en,indicator_deadline_fr,indicator_lead_dept,owner_org,owner_org_title,x-comments\r\n" +
		"2022-06,C05,C05.2,C05.2.01,SP,\"Done, \"\"mostly\"\"\",Fait,,,,,Search,Recherche,By fall 2022,D'ici l'automne 2022,nrcan-rncan,nrcan-rncan,Natural Resources Canada | Ressources naturelles Canada,see me\r\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	back := smallPlan()
	back.Institutions = plan.Institutions
	if _, err := ImportRows(&buf, "rows.csv", back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(plan.Reports, back.Reports, cmp.AllowUnexported(ogp.Date{})); diff != "" {
		t.Errorf("round trip (-exported +imported):\n%s", diff)
	}
}

func TestExportRowsRefusesWhatARowCannotHold(t *testing.T) {
	plan := smallPlan()
	plan.Reports = []ogp.Report{
		{Target: "C05.2", Period: ogp.MonthDate(2022, 6), Status: ogp.Complete},
		{Target: "C05.2.1", Period: ogp.MonthDate(2022, 6), Status: ogp.Withdrawn},
		{Target: "C05.2.1", Period: ogp.MonthDate(2022, 9), Status: ogp.Complete, Leads: []string{"tbs-sct", "ec"}},
		{Target: "C05.2.1", Period: ogp.MonthDate(2022, 12), Status: ogp.Complete,
			Progress: ogp.Text{"en": "one\rtwo", "fr-CA": "un"}, Extra: ogp.Extra{"x-n": []byte("12"), "x-s": []byte(`"a\rb"`)}},
	}
	var buf bytes.Buffer
	err := ExportRows(&buf, plan)
	var ee *ExportError
	if !errors.As(err, &ee) {
		t.Fatalf("error %v, want an *ExportError", err)
	}
	want := []ExportProblem{
		{0, "C05.2", "2022-06", ProblemNotIndicator, ""},
		{1, "C05.2.1", "2022-06", ProblemNoStatusCode, "withdrawn"},
		{2, "C05.2.1", "2022-09", ProblemLeads, "2"},
		{3, "C05.2.1", "2022-12", ProblemCarriageReturn, "progress/en"},
		{3, "C05.2.1", "2022-12", ProblemLanguage, "progress/fr-CA"},
		{3, "C05.2.1", "2022-12", ProblemNotString, "x-n"},
		{3, "C05.2.1", "2022-12", ProblemCarriageReturn, "x-s"},
	}
	if diff := cmp.Diff(want, ee.Problems); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	for _, want := range []string{"report 0: the report on C05.2 for 2022-06 cannot be written as a row: it is not on an indicator", `report 1: the report on C05.2.1 for 2022-06 cannot be written as a row: the status "withdrawn"`, "report 2: the report on C05.2.1 for 2022-09 cannot be written as a row: 2 leads"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want %q", err, want)
		}
	}
	if got, want := ee.Problems[1].Finding().Message("fr"), "le rapport sur C05.2.1 pour 2022-06 ne peut pas être écrit en ligne\u00a0: l’état «\u00a0withdrawn\u00a0» n’a pas de code dans l’outil de suivi du Canada"; got != want {
		t.Errorf("French: %q, want %q", got, want)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes", buf.Len())
	}
}

func TestImportRowsRefusesADuplicateKey(t *testing.T) {
	plan := smallPlan()
	rows := header + "\n2022-06,C05,C05.2,C05.2.1,SP,a,a,,,,,,\n2022-09,C05,C05.2,C05.2.1,SP,b,b,,,,,,\n2022-06,C05,C05.2,C05.2.1,C,c,c,,,,,,\n"
	fs, err := ImportRows(strings.NewReader(rows), "a.csv", plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Code != CodeDuplicateRow || fs[0].Cell != "a.csv!R4C4" || fs[0].Args["first"] != "2" || len(plan.Reports) != 2 {
		t.Errorf("findings %v, reports %+v", fs, plan.Reports)
	}
	// Another file, against the reports the plan now holds.
	fs, _ = ImportRows(strings.NewReader(header+"\n2022-09,C05,C05.2,C05.2.1,C,d,d,,,,,,\n"), "b.csv", plan)
	if len(fs) != 1 || fs[0].Code != CodeDuplicateRow || fs[0].Args["before"] != "1" || len(plan.Reports) != 2 || plan.Reports[1].Progress["en"] != "b" {
		t.Errorf("second file: findings %v, reports %+v", fs, plan.Reports)
	}
}

func TestImportRowsCells(t *testing.T) {
	for _, tt := range []struct {
		name, row, cell, reason string
	}{
		{"a month no quarter ends", "2022-05,C05,C05.2,C05.2.1,SP,p,p,,,,,,", "r.csv!R2C1", "not-quarter"},
		{"an id two indicators share", "2022-06,C05,C05.2,C5.2.1,SP,p,p,,,,,,", "r.csv!R2C4", "ambiguous-item"},
		{"Windows-1252", "2022-06,C05,C05.2,C05.2.1,SP,Progr\xe8s,p,,,,,,", "r.csv!R2C6", "not-utf8"},
	} {
		plan := smallPlan()
		fs, err := ImportRows(strings.NewReader(header+"\n"+tt.row+"\n"), "r.csv", plan)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Cell != tt.cell || fs[0].Args["reason"] != tt.reason || len(plan.Reports) != 0 {
			t.Errorf("%s: findings %v, reports %+v", tt.name, fs, plan.Reports)
		}
	}
	// A half-yearly plan (2025-29) wants June or December.
	plan := smallPlan()
	plan.ID, plan.Period = "CA-2025-2029", ogp.Period{Start: ogp.MonthDate(2025, 1), End: ogp.MonthDate(2029, 12)}
	fs, _ := ImportRows(strings.NewReader(header+"\n2026-03,C05,C05.2,C05.2.1,SP,p,p,,,,,,\n2026-06,C05,C05.2,C05.2.1,SP,p,p,,,,,,\n"), "r.csv", plan)
	if len(fs) != 1 || fs[0].Args["reason"] != "not-half-year" || len(plan.Reports) != 1 {
		t.Errorf("half-yearly: findings %v, reports %+v", fs, plan.Reports)
	}
}

// ReportingMonths says what the profile's rules check.
func TestReportingMonthsIsTheProfilesScheme(t *testing.T) {
	for _, pl := range plans {
		x := smallPlan()
		x.ID = "CA-" + pl.name
		months := ReportingMonths(x)
		for m := 1; m <= 12; m++ {
			r := ogp.Report{Target: "C05.2.1", Period: ogp.MonthDate(pl.start+1, time.Month(m)), Status: ogp.Substantial, Progress: ogp.NewText("p", "p")}
			x.Reports = []ogp.Report{r}
			fs := pl.check(x)
			flagged := slices.ContainsFunc(fs, func(f finding.Finding) bool { return f.Code == CodePeriod })
			if flagged == endsPeriod(r.Period, months) {
				t.Errorf("%s: month %d: profile flags it %v, ReportingMonths %d", pl.name, m, flagged, months)
			}
		}
	}
}

func TestImportRowsSaysWhatAnUnclosedQuoteLoses(t *testing.T) {
	plan := smallPlan()
	rows := header + "\n2022-06,C05,C05.2,C05.2.1,SP,a,a,,,,,,\n2022-09,C05,C05.2,C05.2.1,SP,\"b,b,,,,,,\n2022-12,C05,C05.2,C05.2.1,SP,c,c,,,,,,\n"
	fs, err := ImportRows(strings.NewReader(rows), "r.csv", plan)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Args["reason"] != "unclosed-quote" || fs[0].Args["line"] != "3" || fs[0].Cell != "r.csv!R3" || len(plan.Reports) != 1 {
		t.Errorf("findings %v, reports %+v", fs, plan.Reports)
	}
	if m := fs[0].Message("en"); !strings.Contains(m, "from line 3 to the end of the file") {
		t.Errorf("message %q", m)
	}
}

// A file of rows larger than MaxBytes is refused, and the plan is left as
// it was.
func TestImportRowsIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr\n")
	for b.Len() < 4096 {
		b.WriteString("2022-06,C01,C01.1,C01.1.1,SP,Done,Fait\n")
	}
	plan := &ogp.Plan{}
	_, err := ImportRows(strings.NewReader(b.String()), "big.csv", plan, MaxBytes(1024))
	var re *RowsError
	if !errors.As(err, &re) || !errors.Is(err, ErrTooLarge) || len(plan.Reports) != 0 {
		t.Errorf("err = %v, %d reports; want ErrTooLarge and none", err, len(plan.Reports))
	}
}

// TestImportGivesTheSameFindingsEveryTime: a row whose commitments and
// milestones cells are both wrong gives its two findings in the columns'
// order, and a card with two bad extra members names the same one, every
// time.
func TestImportGivesTheSameFindingsEveryTime(t *testing.T) {
	rows := "reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr\n2022-06,C09,C09.9,C05.2.1,SP,p,p\n"
	var first []finding.Finding
	var firstErr string
	card := PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12),
		Extra: ogp.Extra{"a": []byte(`1`), "b": []byte(`2`), "c": []byte(`3`), "d": []byte(`4`), "e": []byte(`5`)}}
	for i := range 20 {
		fs, err := ImportRows(strings.NewReader(rows), "r.csv", stylePlan("2022-2024"))
		if err != nil {
			t.Fatal(err)
		}
		_, _, cerr := ImportTable([]byte("resources: []"), card)
		if cerr == nil {
			t.Fatal("no card error")
		}
		if i == 0 {
			first, firstErr = fs, cerr.Error()
			if len(fs) != 2 || fs[0].Args["column"] != "commitments" || fs[1].Args["column"] != "milestones" {
				t.Fatalf("findings %v", fs)
			}
			if !strings.Contains(firstErr, `"extra/a"`) {
				t.Errorf("card error %v", cerr)
			}
			continue
		}
		if diff := cmp.Diff(first, fs); diff != "" {
			t.Fatalf("import %d (-first +this):\n%s", i, diff)
		}
		if cerr.Error() != firstErr {
			t.Fatalf("import %d: card error %v, first %s", i, cerr, firstErr)
		}
	}
}

// TestAHugeCellGivesAShortMessage: a 1 MiB cell, or table value, is cut
// to 60 characters in its finding.
func TestAHugeCellGivesAShortMessage(t *testing.T) {
	huge := strings.Repeat("é", 1<<20)
	rows := "reporting_period,indicators,status,progress_en,progress_fr\n2022-06,C05.2.1," + huge + ",p,p\n"
	fs, err := ImportRows(strings.NewReader(rows), "r.csv", stylePlan("2022-2024"), MaxBytes(4<<20))
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Args["value"] != strings.Repeat("é", 57)+"…" || len(fs[0].Message("en")) > 500 {
		t.Errorf("findings %d, value %d bytes", len(fs), len(fs[0].Args["value"]))
	}
	table := "title: T\nresources:\n- fields:\n  - datastore_id: commitments\n    choices:\n      C01: {en: x, due_date: " + huge + "}\n"
	_, fs, err = ImportTable([]byte(table), PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if m := f.Message("en"); len(m) > 500 {
			t.Errorf("%s: message of %d bytes", f.Code, len(m))
		}
	}
	if len(fs) == 0 {
		t.Error("no finding")
	}
}

// TestANilPlanIsAnErrorNotAPanic: ImportRows and ExportRows say a nil
// plan is one.
func TestANilPlanIsAnErrorNotAPanic(t *testing.T) {
	if _, err := ImportRows(strings.NewReader("reporting_period,indicators,status\n"), "r.csv", nil); !errors.Is(err, ErrNilPlan) {
		t.Errorf("ImportRows: %v", err)
	}
	var out bytes.Buffer
	if err := ExportRows(&out, nil); !errors.Is(err, ErrNilPlan) || out.Len() > 0 {
		t.Errorf("ExportRows: %v, %q", err, out.String())
	}
}
