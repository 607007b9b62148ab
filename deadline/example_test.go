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
	// cannot read deadline "Within a year of royal assent": the text names no date, and no ongoing or recurring work
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
	// C1.2 2019-21 -> 2019-21 done Complete in 2019-06
	// C1.1 due 2021-05, originally 2020-05, extended by ogp-2020-covid
}

func ExampleReading_DueAsOf() {
	r, err := deadline.Parse("Completion by March 2025; report initial progress by 2024", deadline.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range r.Dates {
		fmt.Printf("%q %s %s\n", r.Text[p.Start:p.End], p.Date, p.Role)
	}
	for _, day := range []ogp.Date{ogp.YearDate(2023), ogp.MonthDate(2025, 1)} {
		p, _ := r.DueAsOf(day)
		fmt.Printf("as of %s: due %s (%s)\n", day, p.Due, p.Role)
	}
	// Output:
	// "March 2025" 2025-03 due
	// "2024" 2024 interim
	// as of 2023: due 2024-12-31 (interim)
	// as of 2025-01: due 2025-03-31 (due)
}

func ExampleOverdue() {
	doc, err := ogp.Decode([]byte(`{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Example"}},
  "languages": ["en", "fr"],
  "plans": [{
    "id": "X-2024-2026",
    "member": {"kind": "national", "country": "CA", "name": {"en": "Example"}},
    "title": {"en": "Example plan"},
    "period": {"start": "2024-09", "end": "2026-08-31"},
    "commitments": [{"id": "C1", "title": {"en": "One"}, "milestones": [
      {"id": "C1.1", "title": {"en": "Onboard"}, "deadline": {"text": {"en": "By February 2025 and February 2026"}}},
      {"id": "C1.2", "title": {"fr": "Publier"}, "deadline": {"text": {"fr": "D'ici le début de 2025"}}},
      {"id": "C1.3", "title": {"en": "Report"}, "deadline": {"text": {"en": "Annually"}}},
      {"id": "C1.4", "title": {"en": "Review"}, "deadline": {"text": {"en": "Within a year of royal assent"}}}
    ]}]
  }]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := deadline.Overdue(&doc.Plans[0], ogp.DayDate(2025, 9, 1))
	for _, l := range rep.Late {
		days := "days"
		if l.DaysLate == 1 {
			days = "day"
		}
		fmt.Printf("%s late since %s (%s), %d %s\n", l.Item, l.Due, l.Deadline, l.DaysLate, days)
	}
	for _, u := range rep.Unknown {
		fmt.Printf("%s: cannot tell: %s\n", u.Item, u.Reason.Message("en"))
	}
	// Output:
	// C1.1 late since 2025-02-28 (2025-02), 185 days
	// C1.2 late since 2025-04-30 (2025-37), 124 days
	// C1.3 late since 2025-08-31 (2025-08), 1 day
	// C1.4: cannot tell: the text names no date, and no ongoing or recurring work
}
