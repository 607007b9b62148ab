package deadline_test

import (
	"fmt"
	"time"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/ogp"
)

func ExampleParse() {
	opts := deadline.Options{FiscalYearEnd: time.March, PlanEnd: ogp.MonthDate(2020, 6)}
	for _, text := range []string{"By fall 2022", "D'ici l'automne 2022", "By fiscal year 2023-24", "Ongoing", "Within a year of royal assent"} {
		r, err := deadline.Parse(text, opts)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-24q %-9s date %-7s due %s\n", text, r.Kind, r.Date, r.Due)
	}
	// Output:
	// "By fall 2022"           once      date 2022-23 due 2022-11-30
	// "D'ici l'automne 2022"   once      date 2022-23 due 2022-11-30
	// "By fiscal year 2023-24" once      date 2024-03 due 2024-03-31
	// "Ongoing"                ongoing   date         due 2020-06-30
	// cannot read deadline "Within a year of royal assent": it names no date, and no ongoing or recurring work
}

func ExampleApply() {
	doc, err := ogp.Decode([]byte(`{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Example"}},
  "languages": ["en"],
  "plans": [{
    "id": "X-2018-2020",
    "member": {"kind": "national", "country": "CA", "name": {"en": "Example"}},
    "title": {"en": "Example plan"},
    "period": {"start": "2018-09", "end": "2020-08-31"},
    "commitments": [{"id": "C1", "title": {"en": "One"}, "milestones": [
      {"id": "C1.1", "title": {"en": "Open the data"}, "deadline": {"date": "2020-05"}},
      {"id": "C1.2", "title": {"en": "Publish the strategy"}, "deadline": {"date": "2019-21"}}
    ]}],
    "reports": [{"target": "C1.2", "period": "2019-06", "status": "complete"}]
  }]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	policy, _ := deadline.PresetPolicy("ogp-2020-covid")
	plan, changes, err := deadline.Apply(&doc.Plans[0], policy)
	if err != nil {
		fmt.Println(err)
		return
	}
	x := plan.Extensions[0]
	fmt.Printf("plan end %s -> %s (%s)\n", x.PreviousEnd, x.End, x.ID)
	for _, c := range changes {
		fmt.Printf("%s %s -> %s %s %s\n", c.Item, c.Old, c.New, c.Reason, c.Detail)
	}
	d := plan.Commitments[0].Milestones[0].Deadline
	fmt.Printf("C1.1 due %s, originally %s, extended by %s\n", d.Date, d.Original, d.ExtendedBy)
	// Output:
	// plan end 2020-08-31 -> 2021-08-31 (ogp-2020-covid)
	// C1.1 2020-05 -> 2021-05 moved 12 months later
	// C1.2 2019-21 -> 2019-21 done complete in 2019-06
	// C1.1 due 2021-05, originally 2020-05, extended by ogp-2020-covid
}
