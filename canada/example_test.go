package canada_test

import (
	"fmt"
	"log"
	"os"
	"strconv"

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
