package canada_test

import (
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/canada"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

// A portal receives Canada's 2022-24 progress and checks each plan with
// the rules of Canada's tracker for that plan, which Canada's profile
// chooses from the plan's id or period. A report the 2022-24 tracker
// accepted passes; the 2025-29 rules, chosen by name, would refuse it.
func Example() {
	data, err := os.ReadFile("testdata/ca-2022-2024.json")
	if err != nil {
		log.Fatal(err)
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	ca, _, err := profile.Lookup("canada")
	if err != nil {
		log.Fatal(err)
	}
	_, strict, err := profile.Lookup("canada/2025-2029")
	if err != nil {
		log.Fatal(err)
	}
	for i := range doc.Plans {
		plan := &doc.Plans[i]
		rules := ca.RulesFor(plan)
		if rules == nil {
			continue // not one of Canada's plans
		}
		fmt.Printf("%s: canada/%s, %d finding(s)\n", plan.ID, rules.Name, len(rules.Check(plan)))
		for _, f := range strict.Check(plan) {
			f = f.Under("/plans/" + strconv.Itoa(i))
			fmt.Println(f.Format("en"))
		}
	}
	// Output:
	// CA-2022-2024: canada/2022-2024, 0 finding(s)
	// error canada.language-pair: "Evidence of progress" is given in one language only, with no French text; Canada's tracker accepts it only in both English and French, or not at all (/plans/0/reports/0/evidence/fr)
	// error canada.challenges-required: Canada's tracker requires the challenges in English and in French when the status is NS or LP; the status is LP (Limited progress) and the English text is missing (/plans/0/reports/0/challenges/en)
	// error canada.challenges-required: Canada's tracker requires the challenges in English and in French when the status is NS or LP; the status is LP (Limited progress) and the French text is missing (/plans/0/reports/0/challenges/fr)
}

// ImportTable reads a plan's tracker table; the card gives what the table
// does not say. Members the format has no place for are kept, and said
// once.
func ExampleImportTable() {
	table, err := os.ReadFile("testdata/tracker/nap-2022-2024.yaml")
	if err != nil {
		log.Fatal(err)
	}
	card := canada.PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	pkg, findings, err := canada.ImportTable(table, card)
	if err != nil {
		log.Fatal(err)
	}
	for it := range pkg.Plans[0].Items() {
		if it.Indicator != nil {
			d := it.Indicator.Deadline
			fmt.Println(it.ID, it.Indicator.Leads, d.Date, d.Text["en"], string(it.Indicator.Extra["x-s4d"]))
		}
	}
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// C01.1.1 [nrcan-rncan] 2022-11 By fall 2022 false
	// C05.2.01 [tbs-sct] 2024-12 Ongoing true
	// C05.2.02 [ic] 2024-03 By fiscal year 2023-24 false
	// 60:14: notice canada.kept-field: the table's field "s4d" has no member in the format; it is kept as "x-s4d" on the 3 item(s) that have it, the first being C01.1.1 (/resources/0/fields/3/choices/C01.1.1/s4d)
}

// ImportRows adds the reports of the rows open.canada.ca publishes to the
// plan imported from its table; a row it cannot read is a finding, and
// the others are imported.
func ExampleImportRows() {
	table, err := os.ReadFile("testdata/tracker/nap-2022-2024.yaml")
	if err != nil {
		log.Fatal(err)
	}
	card := canada.PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	pkg, _, err := canada.ImportTable(table, card)
	if err != nil {
		log.Fatal(err)
	}
	rows := "reporting_period,indicators,status,progress_en,progress_fr\n" +
		"2022-09,C01.1.1,SP,Ten topics drafted,Dix sujets rédigés\n" +
		"2022-10,C01.1.1,C,Platform updated,Plateforme mise à jour\n"
	plan := &pkg.Plans[0]
	findings, err := canada.ImportRows(strings.NewReader(rows), "rows.csv", plan)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range plan.Reports {
		fmt.Println(r.Target, r.Period, r.Status, r.Progress["en"])
	}
	for _, f := range findings {
		fmt.Println(f)
	}
	// Output:
	// C01.1.1 2022-09 substantial Ten topics drafted
	// rows.csv!R3C1: error canada.row-value: row 3 of rows.csv, column "reporting_period": not the last month of a quarter (YYYY-03, -06, -09 or -12), as the plan reports quarterly ("2022-10"); the row is not imported
}

// ExportRows writes a plan's reports as the portal's rows, which
// ImportRows reads back. A text a spreadsheet would run as a formula is
// written after an apostrophe. The file begins with a byte order mark and
// ends its lines with CRLF, as Excel writes CSV; the example leaves them
// out.
func ExampleExportRows() {
	plan := &ogp.Plan{
		ID:     "CA-2022-2024",
		Member: ogp.Member{Kind: ogp.National, Country: "CA", Name: ogp.NewText("Canada", "Canada")},
		Title:  ogp.NewText("Plan", "Plan"),
		Period: ogp.Period{Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)},
		Commitments: []ogp.Commitment{{ID: "C01", Title: ogp.NewText("C", "C"), Milestones: []ogp.Milestone{{
			ID: "C01.1", Title: ogp.NewText("M", "M"), Indicators: []ogp.Indicator{{ID: "C01.1.1", Title: ogp.NewText("I", "I")}},
		}}}},
		Reports: []ogp.Report{{Target: "C01.1.1", Period: ogp.MonthDate(2022, 9), Status: ogp.Substantial,
			Progress: ogp.NewText("=2+2 topics drafted", "Quatre sujets rédigés")}},
	}
	var out strings.Builder
	if err := canada.ExportRows(&out, plan, canada.WithRowsStyle(canada.Rows2018To2020)); err != nil {
		log.Fatal(err)
	}
	fmt.Print(strings.ReplaceAll(strings.TrimPrefix(out.String(), "\ufeff"), "\r\n", "\n"))
	// Output:
	// reporting_period,commitments,milestones,indicators,status,progress_en,progress_fr,evidence_en,evidence_fr,challenges_en,challenges_fr,owner_org,owner_org_title
	// 2022-09,C01,C01.1,C01.1.1,SP,'=2+2 topics drafted,Quatre sujets rédigés,,,,,,
}
