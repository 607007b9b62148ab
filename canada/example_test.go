package canada_test

import (
	"fmt"
	"log"
	"os"
	"strconv"

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
