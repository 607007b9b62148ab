package deadline

import (
	"errors"
	"slices"

	"github.com/ogpx/interchange/finding"

	"github.com/ogpx/interchange/ogp"
)

// Report is what [Overdue] finds in a plan as of a day.
type Report struct {
	// Late are the items whose deadline has passed unmet.
	Late []Late `json:"late"`
	// Unknown are the items, not complete or withdrawn, whose due date
	// cannot be told: "cannot tell".
	Unknown []Unknown `json:"unknown"`
}

// Late is a milestone or indicator whose deadline has passed unmet.
type Late struct {
	// Item is the id of the milestone or indicator.
	Item string `json:"item"`
	// Deadline is the date missed: its deadline's date, or the date its
	// text names; of a deadline with several dates, the last that has
	// passed; of a recurring deadline, the month of the last occurrence that
	// has passed. It is zero for a text that names none, such as "Ongoing".
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

// Unknown is a milestone or indicator whose due date cannot be told.
type Unknown struct {
	// Item is the id of the milestone or indicator.
	Item string `json:"item"`
	// Text is its deadline's text, as the plan writes it.
	Text ogp.Text `json:"text,omitempty"`
	// Reason says why its due date cannot be told, as a finding about the
	// deadline (path relative to the plan) whose message is in any
	// language; Err is the error behind it: a [*ParseError] for a text
	// that cannot be read, or one of the errors below.
	Reason finding.Finding `json:"reason"`
	Err    error           `json:"-"`
}

// Errors that say why a due date cannot be told, besides a [*ParseError].
var (
	// ErrNoPlanEnd: the deadline is due with the plan's end, and the plan
	// has none.
	ErrNoPlanEnd = errors.New("it is due with the plan's end, and the plan has none")
	// ErrPastMaxYear: the deadline falls due after 31 December 9999, a day
	// EDTF's four-digit years cannot write ("9999-24", winter 9999, ends in
	// February 10000).
	ErrPastMaxYear = errors.New("it falls due after 9999-12-31, which a date cannot write")
)

// Overdue tells which milestones and indicators of plan are late as of the
// last day of asOf: their due date has passed, and their latest report in a
// period that has ended by then ([ogp.Plan.LatestReports]) says neither
// complete nor withdrawn (or there is none). Those of them whose due date
// cannot be told are in the report's Unknown list, never left out. Both
// lists come in the order of the plan; an item with no deadline is in
// neither.
//
// An item is due by the last day of its deadline's date. A deadline with no
// date is read from its text with [Parse], in the first of its languages (in
// tag order) that reads: "Ongoing" is due with the plan's end, and a
// recurring deadline at each of its [Rule.Occurrences] within the plan and
// at the dates its text names ("Early 2019; then annually"). The plan's end
// is the one it had on the day asked about: its period's end, moved only
// by the extensions decided by then ([ogp.Plan.EndAsOf]). A
// deadline whose text names several dates, one of which is its date, is due
// at each of them. The item is late from the first date that passes; the
// report gives the last that has passed.
//
// A deadline an extension moved is due at its moved date from the first day
// of the extension's decision date ([ogp.PlanExtension.Decided]; always,
// when it has none), and at its original date before.
//
// A nil plan is an empty one: nothing in it is late.
func Overdue(plan *ogp.Plan, asOf ogp.Date) Report {
	var rep Report
	day := asOf.Last()
	if day.IsZero() || plan == nil {
		return rep
	}
	opts := OptionsFor(plan)
	opts.PlanEnd = plan.EndAsOf(day)
	latest := plan.LatestReports(asOf)
	for item := range plan.Items() {
		d := item.Deadline
		if d == nil {
			continue
		}
		var l Late
		if i, ok := latest[item.ID]; ok {
			r := plan.Reports[i]
			if r.Status == ogp.Complete || r.Status == ogp.Withdrawn {
				continue
			}
			l.Status, l.Period = r.Status, r.Period
		}
		parts, err := schedule(plan, d, opts, day)
		if err != nil {
			rep.Unknown = append(rep.Unknown, Unknown{Item: item.ID, Text: d.Text,
				Reason: reasonFinding(err, item.Pointer+"/deadline"), Err: err})
			continue
		}
		var missed Part
		for _, p := range parts {
			if p.Due.Compare(day) < 0 && (missed.Due.IsZero() || p.Due.Compare(missed.Due) > 0) {
				missed = p
			}
		}
		if missed.Due.IsZero() {
			continue
		}
		l.Item, l.Deadline, l.Due, l.DaysLate = item.ID, missed.Date, missed.Due, daysBetween(missed.Due, day)
		rep.Late = append(rep.Late, l)
	}
	return rep
}

// schedule returns the dates d is due by as of day: its [dueParts], with
// the original date before its extension was decided, or the occurrences
// of recurring work within the plan.
func schedule(plan *ogp.Plan, d *ogp.Deadline, opts Options, day ogp.Date) ([]Part, error) {
	original := false
	if d.ExtendedBy != "" && !d.Original.IsZero() {
		for _, x := range plan.Extensions {
			if x.ID == d.ExtendedBy && !x.Decided.IsZero() && day.Compare(x.Decided.First()) < 0 {
				original = true
			}
		}
	}
	parts, r, err := dueParts(d, opts, original)
	if err != nil {
		return nil, err
	}
	if d.Date.IsZero() && r.Rule != nil {
		if occ := r.Rule.Occurrences(plan.Period.Start, opts.PlanEnd); len(occ) > 0 {
			// The text's own dates ("Early 2019; then annually") are due
			// too; the plan's end it stands for without one is an
			// occurrence.
			var merged []Part
			for _, p := range parts {
				if !p.Date.IsZero() {
					merged = append(merged, p)
				}
			}
			for _, m := range occ {
				if !slices.ContainsFunc(merged, func(p Part) bool { return p.Date == m }) {
					merged = append(merged, Part{Date: m, Due: m.Last(), Role: RoleDue})
				}
			}
			parts = merged
		}
	}
	for _, p := range parts {
		if p.Due.Year() > ogp.MaxYear {
			return nil, ErrPastMaxYear
		}
	}
	return parts, nil
}

// dueParts returns the dates d is due by, each with its last day: when its
// text reads and names several dates, one of which is d's date (before any
// extension moved it), the text's dates that are due (no reference, start
// or superseded date), with d's
// date in its place; otherwise d's date alone. With original, the date is
// the one before an extension moved it. A deadline with no date is read
// from its text alone; one that names no date (Ongoing) has one Part, with
// no Date, due with the plan's end. It returns the reading of the text
// too, and an error when it has no due date.
func dueParts(d *ogp.Deadline, opts Options, original bool) ([]Part, Reading, error) {
	r, err := readText(d, opts)
	var parts []Part
	if err == nil {
		for _, p := range r.Dates {
			if p.Role.Due() {
				parts = append(parts, p)
			}
		}
	}
	if d.Date.IsZero() {
		switch {
		case err != nil:
			return nil, r, err
		case len(parts) > 0:
			return parts, r, nil
		case r.Due.IsZero():
			return nil, r, ErrNoPlanEnd
		}
		return []Part{{Due: r.Due, Role: RoleDue}}, r, nil
	}
	before, date := d.Original, d.Date
	if before.IsZero() {
		before = d.Date
	}
	if original {
		date = before
	}
	for i, p := range parts {
		if p.Date == before {
			parts[i].Date, parts[i].Due = date, date.Last()
			return parts, r, nil
		}
	}
	return []Part{{Date: date, Due: date.Last(), Role: RoleDue}}, r, nil
}

// readText reads d's text in the first of its languages (in tag order) that
// reads; the error is that of its first language, or one that says it has
// no text.
func readText(d *ogp.Deadline, opts Options) (Reading, error) {
	var first error
	for _, lang := range d.Text.Languages() {
		r, err := Parse(d.Text[lang], opts)
		if err == nil {
			return r, nil
		}
		if first == nil {
			first = err
		}
	}
	if first == nil {
		first = unreadable("deadline.no-text")
	}
	return Reading{}, first
}

// reasonFinding returns err, why a due date cannot be told, as a finding
// about the deadline at path.
func reasonFinding(err error, path string) finding.Finding {
	var pe *ParseError
	switch {
	case errors.As(err, &pe):
		return pe.Finding(path)
	case errors.Is(err, ErrNoPlanEnd):
		return finding.New("deadline.no-plan-end", path)
	case errors.Is(err, ErrPastMaxYear):
		return finding.New("deadline.past-max-year", path)
	}
	return finding.New("deadline.no-date", path)
}

// daysBetween returns the number of days from day a to day b. It counts
// with Unix seconds, not time.Duration, which holds only 292 years.
func daysBetween(a, b ogp.Date) int {
	return int((b.Time().Unix() - a.Time().Unix()) / (24 * 60 * 60))
}
