package deadline

import (
	"github.com/ogpx/interchange/ogp"
)

// Late is a milestone or indicator whose deadline has passed unmet.
type Late struct {
	// Item is the id of the milestone or indicator.
	Item string `json:"item"`
	// Deadline is its deadline's date, or the date its text names; zero
	// for a text that names none, such as "Ongoing".
	Deadline ogp.Date `json:"deadline,omitzero"`
	// Due is the day it was due.
	Due ogp.Date `json:"due"`
	// Status is its latest status as of the date asked about, and Period
	// the period of that report; both are empty when it has no report.
	Status ogp.Status `json:"status,omitempty"`
	Period ogp.Date   `json:"period,omitzero"`
	// DaysLate is the number of days from Due to the date asked about.
	DaysLate int `json:"daysLate"`
}

// Overdue returns the milestones and indicators of plan that are late as of
// the last day of asOf: their due date has passed, and their latest report
// in a period that has ended by then ([ogp.Plan.LatestReports]) says neither
// complete nor withdrawn (or there is none). They come in the order of the plan.
//
// An item is due by the last day of its deadline's date. A deadline with no
// date is read from its text with [Parse], in the first of its languages (in
// tag order) that reads: "Ongoing" is due with the plan's end. An item whose due date cannot
// be told is not listed.
func Overdue(plan *ogp.Plan, asOf ogp.Date) []Late {
	day := asOf.Last()
	if day.IsZero() {
		return nil
	}
	opts := OptionsFor(plan)
	latest := plan.LatestReports(asOf)
	var late []Late
	check := func(id string, d *ogp.Deadline) {
		if d == nil {
			return
		}
		dl, _ := readDeadline(d, opts)
		if dl.Due.IsZero() || dl.Due.Compare(day) >= 0 {
			return
		}
		l := Late{Item: id, Deadline: dl.Date, Due: dl.Due, DaysLate: daysBetween(dl.Due, day)}
		if i, ok := latest[id]; ok {
			r := plan.Reports[i]
			if r.Status == ogp.Complete || r.Status == ogp.Withdrawn {
				return
			}
			l.Status, l.Period = r.Status, r.Period
		}
		late = append(late, l)
	}
	for item := range plan.Items() {
		check(item.ID, item.Deadline)
	}
	return late
}

// readDeadline returns how d reads: its date when it has one, or else its
// text, in the first of its languages (in tag order) that reads.
func readDeadline(d *ogp.Deadline, opts Options) (Reading, bool) {
	if !d.Date.IsZero() {
		return Reading{Kind: Once, Date: d.Date, Due: d.Date.Last()}, true
	}
	for _, lang := range d.Text.Languages() {
		if r, err := Parse(d.Text[lang], opts); err == nil {
			return r, true
		}
	}
	return Reading{}, false
}

// daysBetween returns the number of days from day a to day b.
func daysBetween(a, b ogp.Date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}
