package deadline

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Policy is a decision to extend a plan: how far its deadlines move, which
// of them move, and what to record about it.
type Policy struct {
	// ID identifies the extension in the plan; every deadline it moves names
	// it. When the plan already records an extension with this ID (as one
	// that moved the plan's end but none of its deadlines), that record is
	// kept and the deadlines are moved under it.
	ID string
	// Authority is who decided the extension; Reason is why; Decided is
	// when; URL is the address of the decision. They make the plan's
	// extension record.
	Authority ogp.Text
	Reason    ogp.Text
	Decided   ogp.Date
	URL       ogp.Text

	// Months moves each deadline that many months later, in its own
	// precision (see [ogp.Date.AddMonths]). When it is 0, each deadline that
	// moves moves to End.
	Months int
	// End is the plan's new end. When it is zero, the plan's end moves by
	// Months.
	End ogp.Date
	// Cap is the latest a deadline may move to: one that would move past it
	// moves to Cap instead. When it is zero, the cap is the plan's new end.
	Cap ogp.Date

	// Cutoff is the day the items' statuses are taken at: an item whose
	// latest report in a period that has ended by Cutoff's last day
	// says complete or withdrawn does not move. When it is zero, every
	// report counts.
	Cutoff ogp.Date
	// DueFrom and DueTo, when set, limit the deadlines that move to those due
	// within them, both included. A policy that moves only the deadlines
	// still open when it was decided sets DueFrom to Decided, as the OGP
	// 2020 preset does; a deadline due before it has passed, and stays.
	//
	// "Still open" means not yet due on the decision's first day: that is
	// what DueFrom filters, from the deadline's date alone, since a
	// decision to extend is about work still to be done by its deadline,
	// and a deadline missed before it is overdue, not extended. Whether the
	// work is complete is a separate test, by Cutoff: a deadline not yet due
	// at the decision but complete (or withdrawn) by the cut-off does not
	// move either. Nothing sets DueFrom from Decided: the policy's author
	// does, and for a decision known only to its year or month (Canada's,
	// 2020) sets it to that year or month, whose first day is when the
	// deadlines still open start, as the presets do with May 2020.
	//
	// A deadline with a date is checked, and moved, by that date alone,
	// even when its text names others. Of a deadline with only a text that
	// names several dates ("May 2019 ...; May 2020 ..."), the first due on
	// or after DueFrom's first day moves.
	DueFrom, DueTo ogp.Date

	// Overrides decide for single milestones and indicators, by id. Each id
	// must be that of a milestone or indicator of the plan.
	Overrides map[string]Override
}

// Override is a decision about one item that sets its policy aside.
type Override struct {
	// Keep leaves the item's deadline where it is.
	Keep bool
	// To moves the deadline to this date instead of where the policy would,
	// unless that is not later than the deadline. The cap does not apply.
	// To only replaces the policy's date for a deadline the policy moves: a
	// deadline this extension already moved, one with no date, one whose
	// item is complete or withdrawn by the cut-off, and one due outside
	// DueFrom..DueTo stay where they are, as they would without the
	// override.
	To ogp.Date
}

// The policies this package knows by name: see [PresetPolicy].
var presets = []Policy{
	{
		ID: "ogp-2020-covid",
		Authority: ogp.NewText("Open Government Partnership, Criteria and Standards Subcommittee",
			"Partenariat pour un gouvernement ouvert, Sous-comité des critères et des normes"),
		Reason: ogp.NewText(
			"COVID-19: members whose 2018-2020 action plans were due to end on 31 August 2020 could extend their implementation by 12 months, until 31 August 2021.",
			"COVID-19 : les membres dont les plans d’action 2018-2020 devaient prendre fin le 31 août 2020 pouvaient en prolonger la mise en œuvre de 12 mois, jusqu’au 31 août 2021."),
		// The resolution's page gives no date; May 2020 is when this
		// package takes it as decided, and only deadlines still open then
		// move.
		Decided: ogp.MonthDate(2020, 5),
		URL:     ogp.NewText("https://www.opengovpartnership.org/documents/criteria-and-standards-subcommittee-resolution-covid19-pandemic/", ""),
		Months:  12,
		End:     ogp.DayDate(2021, 8, 31),
		Cutoff:  ogp.DayDate(2020, 8, 31),
		DueFrom: ogp.MonthDate(2020, 5),
	},
}

// PresetNames returns the names of the preset policies: "ogp-2020-covid",
// OGP's 2020 resolution on COVID-19 (decided May 2020; 12 months, plan end
// 31 August 2021, statuses as of 31 August 2020, only deadlines due from
// May 2020, still open when it was decided). A jurisdiction's own
// decisions come with its profile (package profile): Canada's use of the
// resolution is package canada's "ca-2020-covid-19".
func PresetNames() []string {
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = p.ID
	}
	return names
}

// ErrUnknownPolicy is returned by [PresetPolicy] for a name it does not know.
var ErrUnknownPolicy = errors.New("unknown policy")

// Clone returns a copy of p that shares no map with it.
func (p Policy) Clone() Policy {
	p.Authority, p.Reason, p.URL = maps.Clone(p.Authority), maps.Clone(p.Reason), maps.Clone(p.URL)
	p.Overrides = maps.Clone(p.Overrides)
	return p
}

// PresetPolicy returns the preset policy with the given name; see
// [PresetNames]. The policy is the caller's own: changing it changes no
// preset.
func PresetPolicy(name string) (Policy, error) {
	for _, p := range presets {
		if p.ID == name {
			return p.Clone(), nil
		}
	}
	return Policy{}, fmt.Errorf("%w %q (want one of %v)", ErrUnknownPolicy, name, PresetNames())
}

// PolicyError reports a policy that does not fit a plan. It wraps
// [ErrInvalidPolicy].
type PolicyError struct {
	Policy, Plan string // their ids
	// Reason is why, a key of the word "deadline-policy.<reason>":
	// "cutoff-before-start", "end-before", "no-authority"...; Args are the
	// values the word refers to, as name, value pairs.
	Reason string
	Args   []string
}

// Error says why in English: `invalid extension policy "x" for plan P: ...`.
func (e *PolicyError) Error() string {
	return fmt.Sprintf("%v %q for plan %s: %s", ErrInvalidPolicy, e.Policy, e.Plan, e.Finding().Message("en"))
}

// Unwrap returns [ErrInvalidPolicy].
func (e *PolicyError) Unwrap() error { return ErrInvalidPolicy }

// Finding returns e as a finding, whose message says why in any language.
func (e *PolicyError) Finding() finding.Finding {
	return finding.New("deadline.policy", "", append([]string{"policy", e.Policy, "plan", e.Plan, "reason", e.Reason}, e.Args...)...)
}

func init() {
	finding.Register(finding.Code{ID: "deadline.policy", Severity: finding.Error,
		Title: map[string]string{"en": "Policy that does not fit the plan", "fr": "Politique inadaptée au plan"},
		Message: map[string]string{
			"en": `the extension policy "{policy}" does not fit plan {plan}: {reason:deadline-policy}`,
			"fr": `la politique de prolongation "{policy}" ne convient pas au plan {plan} : {reason:deadline-policy}`,
		}})
	change := func(reason, en, fr string) finding.Code {
		return finding.Code{ID: "deadline.change." + reason, Severity: finding.OK,
			Message: map[string]string{"en": en, "fr": fr}}
	}
	finding.Register(
		change(string(ReasonMoved), "{months} months later", "{months} mois plus tard"),
		change("moved-to-end", "to the plan's new end", "à la nouvelle fin du plan"),
		change(string(ReasonCapped), "capped at {date}", "plafonnée à {date}"),
		change(string(ReasonOverridden), "where an override says", "où le dit une dérogation"),
		change(string(ReasonKept), "kept by an override", "maintenue par une dérogation"),
		change(string(ReasonAlreadyExtended), "moved from {date} by {id}", "déplacée de {date} par {id}"),
		change(string(ReasonNoDate), "no date: due with the plan's end, {date}", "sans date : échéance à la fin du plan, {date}"),
		change(string(ReasonDone), "{status:deadline-status} in {period}", "{status:deadline-status} en {period}"),
		change(string(ReasonOutsideWindow), "{date}, outside {from}..{to}", "{date}, hors de {from}..{to}"),
		change(string(ReasonNotLater), "{date} would not be later", "{date} ne serait pas plus tardive"),
	)
	statuses := map[string]map[string]string{}
	for _, c := range ogp.Statuses() {
		statuses["deadline-status."+c.Code] = c.Title
	}
	finding.RegisterWords(statuses)
	finding.RegisterWords(map[string]map[string]string{
		"deadline-policy.no-id":               {"en": "it has no id", "fr": "elle n’a pas d’identifiant"},
		"deadline-policy.earlier":             {"en": "it moves deadlines {months} months earlier", "fr": "elle avance les échéances de {months} mois"},
		"deadline-policy.no-move":             {"en": "it gives neither months nor a new end", "fr": "elle ne donne ni nombre de mois ni nouvelle fin"},
		"deadline-policy.cutoff-before-start": {"en": "its cut-off {cutoff} is before the plan starts ({start})", "fr": "sa date de référence {cutoff} précède le début du plan ({start})"},
		"deadline-policy.unknown-items":       {"en": "it overrides ids that are no milestone or indicator of the plan: {ids}", "fr": "elle déroge pour des identifiants qui ne sont ni des jalons ni des indicateurs du plan : {ids}"},
		"deadline-policy.other-end":           {"en": "the plan records it with end {recorded}, not {end}", "fr": "le plan l’enregistre avec la fin {recorded}, et non {end}"},
		"deadline-policy.no-authority":        {"en": "it names no authority", "fr": "elle ne nomme aucune autorité"},
		"deadline-policy.end-before":          {"en": "its new end {end} is not at or after the plan's end {previous}", "fr": "sa nouvelle fin {end} n’est pas égale ou postérieure à la fin du plan {previous}"},
	})
}

// ErrInvalidPolicy is wrapped by the errors [Apply] returns for a policy it
// cannot apply to a plan.
var ErrInvalidPolicy = errors.New("invalid extension policy")

// Reason says why a deadline moved or did not.
type Reason string

// The reasons, as stable codes.
const (
	ReasonMoved           Reason = "moved"            // moved by the policy
	ReasonCapped          Reason = "capped"           // moved, but only to the cap
	ReasonOverridden      Reason = "override"         // moved where its override says
	ReasonKept            Reason = "kept"             // its override keeps it
	ReasonAlreadyExtended Reason = "already-extended" // this extension already moved it
	ReasonNoDate          Reason = "no-date"          // it has no date to move, as "Ongoing"
	ReasonDone            Reason = "done"             // complete or withdrawn by the cut-off
	ReasonOutsideWindow   Reason = "outside-window"   // not due within the policy's window
	ReasonNotLater        Reason = "not-later"        // its new date would not be later
)

// Change is what applying a policy did to one deadline.
type Change struct {
	// Item is the id of the milestone or indicator.
	Item string `json:"item"`
	// Old and New are its deadline's date before and after; equal when it
	// did not move.
	Old ogp.Date `json:"old,omitzero"`
	New ogp.Date `json:"new,omitzero"`
	// Moved says whether it moved.
	Moved bool `json:"moved"`
	// Reason says why it moved or did not; Note says it with the values
	// involved, in any language (code "deadline.change.<reason>", or
	// "deadline.change.moved-to-end"); Detail is Note in English.
	Reason Reason          `json:"reason"`
	Note   finding.Finding `json:"note"`
	Detail string          `json:"detail,omitempty"`
}

// Apply applies policy to plan and returns the extended plan, with the list
// of changes, one per milestone or indicator that has a deadline, in the
// order of the plan. The plan passed in is left untouched.
//
// The extended plan records the extension (unless it already has one with
// the policy's ID) and each moved deadline keeps its first date in
// Original and names the extension in ExtendedBy. A deadline moves later or
// not at all. Applying the same policy to the extended plan changes
// nothing: the deadlines it moved name it and stay where they are.
//
// A nil plan is an empty one, which has no end for a policy to move.
func Apply(plan *ogp.Plan, policy Policy) (*ogp.Plan, []Change, error) {
	out := plan.Clone()
	if out == nil {
		out = &ogp.Plan{}
	}
	ext, recorded, err := extensionFor(out, policy)
	if err != nil {
		return nil, nil, err
	}
	if !recorded {
		out.Extensions = append(out.Extensions, ext)
	}
	capDate := policy.Cap
	if capDate.IsZero() {
		capDate = ext.End
	}
	a := applier{policy: policy, capDate: capDate, end: ext.End, opts: OptionsFor(out), latest: out.LatestReports(policy.Cutoff), reports: out.Reports}
	var changes []Change
	for item := range out.Items() {
		if item.Deadline != nil {
			changes = append(changes, a.move(item.ID, item.Deadline))
		}
	}
	return out, changes, nil
}

// extensionFor checks policy against plan and returns the extension it
// makes, and whether the plan already records it.
func extensionFor(plan *ogp.Plan, policy Policy) (x ogp.PlanExtension, recorded bool, err error) {
	invalid := func(reason string, args ...string) (ogp.PlanExtension, bool, error) {
		return x, false, &PolicyError{Policy: policy.ID, Plan: plan.ID, Reason: reason, Args: args}
	}
	switch {
	case policy.ID == "":
		return invalid("no-id")
	case policy.Months < 0:
		return invalid("earlier", "months", strconv.Itoa(-policy.Months))
	case policy.Months == 0 && policy.End.IsZero():
		return invalid("no-move")
	case !policy.Cutoff.IsZero() && !plan.Period.Start.IsZero() && policy.Cutoff.Last().Compare(plan.Period.Start.First()) < 0:
		// No report could count, so complete and withdrawn work would move.
		return invalid("cutoff-before-start", "cutoff", policy.Cutoff.String(), "start", plan.Period.Start.String())
	}
	if unknown := unknownItems(plan, policy.Overrides); len(unknown) > 0 {
		return invalid("unknown-items", "ids", strings.Join(unknown, ", "))
	}
	for _, have := range plan.Extensions {
		if have.ID == policy.ID {
			if !policy.End.IsZero() && have.End.Compare(policy.End) != 0 {
				return invalid("other-end", "recorded", have.End.String(), "end", policy.End.String())
			}
			return have, true, nil
		}
	}
	if len(policy.Authority) == 0 {
		return invalid("no-authority")
	}
	previous := plan.End()
	end := policy.End
	if end.IsZero() {
		end = previous.AddMonths(policy.Months)
	}
	if previous.IsZero() || end.IsZero() || end.Last().Compare(previous.Last()) < 0 {
		return invalid("end-before", "end", end.String(), "previous", previous.String())
	}
	return ogp.PlanExtension{
		ID: policy.ID, Authority: maps.Clone(policy.Authority), Reason: maps.Clone(policy.Reason),
		Decided: policy.Decided, PreviousEnd: previous, End: end, URL: maps.Clone(policy.URL),
	}, false, nil
}

// unknownItems returns, sorted, the ids of overrides that name no milestone
// or indicator of plan.
func unknownItems(plan *ogp.Plan, overrides map[string]Override) []string {
	var unknown []string
	for id := range overrides {
		if !isItem(plan, id) {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	return unknown
}

// isItem reports whether id is the id of a milestone or indicator of plan.
func isItem(plan *ogp.Plan, id string) bool {
	for item := range plan.Items() {
		if item.Level != ogp.LevelCommitment && item.ID == id {
			return true
		}
	}
	return false
}

type applier struct {
	policy  Policy
	capDate ogp.Date
	end     ogp.Date       // the plan's end by the extension
	opts    Options        // to read deadlines that have only a text
	latest  map[string]int // report index by id, as of the cut-off
	reports []ogp.Report
}

// move applies the policy to one deadline.
func (a *applier) move(id string, d *ogp.Deadline) Change {
	p := a.policy
	date := a.movable(d)
	c := Change{Item: id, Old: date, New: date}
	note := func(code string, args ...string) {
		c.Note = finding.New("deadline.change."+code, "", args...)
		c.Detail = c.Note.Message("en")
	}
	stay := func(r Reason, args ...string) Change {
		c.Reason = r
		note(string(r), args...)
		return c
	}
	o, overridden := p.Overrides[id]
	switch {
	case d.ExtendedBy == p.ID:
		return stay(ReasonAlreadyExtended, "date", d.Original.String(), "id", p.ID)
	case o.Keep:
		return stay(ReasonKept)
	case date.IsZero():
		return stay(ReasonNoDate, "date", a.end.String())
	}
	if i, ok := a.latest[id]; ok && (a.reports[i].Status == ogp.Complete || a.reports[i].Status == ogp.Withdrawn) {
		r := a.reports[i]
		return stay(ReasonDone, "status", string(r.Status), "period", r.Period.String())
	}
	due := date.Last()
	if !p.DueFrom.IsZero() && due.Compare(p.DueFrom.First()) < 0 || !p.DueTo.IsZero() && due.Compare(p.DueTo.Last()) > 0 {
		return stay(ReasonOutsideWindow, "date", date.String(), "from", p.DueFrom.String(), "to", p.DueTo.String())
	}
	to, why := date.AddMonths(p.Months), ReasonMoved
	switch {
	case overridden && !o.To.IsZero():
		to, why = o.To, ReasonOverridden
	case p.Months == 0:
		to = a.end
	}
	if why != ReasonOverridden && (to.IsZero() || to.Last().Compare(a.capDate.Last()) > 0) {
		to, why = a.capDate, ReasonCapped
	}
	if to.Last().Compare(due) <= 0 {
		return stay(ReasonNotLater, "date", to.String())
	}
	if d.Original.IsZero() {
		d.Original = date
	}
	d.Date, d.ExtendedBy = to, p.ID
	c.New, c.Moved, c.Reason = to, true, why
	switch {
	case why == ReasonCapped:
		note(string(why), "date", a.capDate.String())
	case why == ReasonOverridden:
		note(string(why))
	case p.Months == 0:
		note("moved-to-end")
	default:
		note(string(why), "months", strconv.Itoa(p.Months))
	}
	return c
}

// movable returns the date of d the policy would move: d's own date when
// it has one, whatever its text says (the text's other dates are not the
// deadline's, and moving one of them would lose d's date); for a deadline
// with only a text, of the dates the text is due by ([dueParts]), the first
// still open on the first day of DueFrom (the first of all when DueFrom is
// zero, the last when none is open). It is the zero Date for a deadline
// with no date at all.
func (a *applier) movable(d *ogp.Deadline) ogp.Date {
	if !d.Date.IsZero() {
		return d.Date
	}
	parts, _, err := dueParts(d, a.opts, false)
	if err != nil {
		return ogp.Date{}
	}
	p, _ := Reading{Dates: parts}.DueAsOf(a.policy.DueFrom)
	return p.Date
}
