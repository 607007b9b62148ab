package status

import (
	"fmt"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// Severity is how serious a transition or a finding is.
type Severity uint8

// The severities, from harmless to wrong.
const (
	OK      Severity = iota // nothing to report
	Warning                 // suspicious: a person should look
	Error                   // wrong: the history cannot be right
)

var severityNames = [...]string{"ok", "warning", "error"}

// Severities lists the severities in increasing order.
var Severities = []Severity{OK, Warning, Error}

// String returns the severity's code: "ok", "warning" or "error".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// Valid reports whether s is one of [Severities].
func (s Severity) Valid() bool { return int(s) < len(severityNames) }

// MarshalText returns the severity's code.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("status: invalid severity %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts "ok", "warning" or "error".
func (s *Severity) UnmarshalText(b []byte) error {
	for i, name := range severityNames {
		if name == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("status: unknown severity %q (want ok, warning or error)", b)
}

// Kind names what a transition does to a target's status.
type Kind string

// The kinds of transition.
const (
	KindStart     Kind = "start"     // the first report of a target
	KindStay      Kind = "stay"      // the status did not change
	KindAdvance   Kind = "advance"   // the work moved forward
	KindWithdraw  Kind = "withdraw"  // the work was dropped
	KindRegress   Kind = "regress"   // the status went back
	KindReinstate Kind = "reinstate" // withdrawn work was taken up again
	KindInvalid   Kind = "invalid"   // the transition cannot happen
)

// Kinds lists the kinds of transition.
var Kinds = []Kind{KindStart, KindStay, KindAdvance, KindWithdraw, KindRegress, KindReinstate, KindInvalid}

// The finding codes. Every code this package reports is one of these
// stable strings; [Codes] gives their severity and messages.
const (
	CodeStart            = "status.start"
	CodeStay             = "status.stay"
	CodeAdvance          = "status.advance"
	CodeWithdraw         = "status.withdraw"
	CodeRegress          = "status.regress"
	CodeReinstate        = "status.reinstate"
	CodeWithdrawComplete = "status.withdraw-complete"
	CodeUnknownStatus    = "status.unknown-status"
	CodeDuplicateReport  = "status.duplicate-report"
	CodeUnknownTarget    = "status.unknown-target"
	CodeBeforePlanStart  = "status.before-plan-start"
	CodeAfterPlanEnd     = "status.after-plan-end"
)

// CodeInfo describes one finding code: its default severity, a short title
// and the message template, in English and French.
//
// A template names the values of a finding in braces: {target}, {period},
// {from}, {to} (status titles in the message's language), {start} and {end}
// (the plan's period).
type CodeInfo struct {
	Code     string
	Severity Severity
	Title    ogp.Text
	Message  ogp.Text
}

// Codes is the list of every code this package reports, the one place that
// defines their texts. The first seven are the codes of transition rules;
// status.unknown-status classifies a move to or from a status outside the
// code list; the others are about reports that do not fit in a history.
var Codes = []CodeInfo{
	{CodeStart, OK, ogp.NewText("First report", "Premier rapport"),
		ogp.NewText("First report of the target, with status {to}.",
			"Premier rapport sur la cible, avec l’état {to}.")},
	{CodeStay, OK, ogp.NewText("Status unchanged", "État inchangé"),
		ogp.NewText("The status stays {to}.", "L’état reste {to}.")},
	{CodeAdvance, OK, ogp.NewText("Progress", "Progrès"),
		ogp.NewText("The work moved forward from {from} to {to}.",
			"Le travail a progressé de {from} à {to}.")},
	{CodeWithdraw, OK, ogp.NewText("Withdrawn", "Retiré"),
		ogp.NewText("The work was withdrawn while at {from}.",
			"Le travail a été retiré alors qu’il était à {from}.")},
	{CodeRegress, Warning, ogp.NewText("Status went back", "Recul de l’état"),
		ogp.NewText("The status went back from {from} to {to}; say why in the progress text.",
			"L’état a reculé de {from} à {to}; expliquez pourquoi dans le texte sur les progrès.")},
	{CodeReinstate, Warning, ogp.NewText("Reinstated", "Rétabli"),
		ogp.NewText("Withdrawn work was reported again, with status {to}; say why it was taken up again.",
			"Un travail retiré fait de nouveau l’objet d’un rapport, avec l’état {to}; expliquez pourquoi il a été repris.")},
	{CodeWithdrawComplete, Error, ogp.NewText("Complete work withdrawn", "Travail réalisé retiré"),
		ogp.NewText("Complete work cannot be withdrawn; report it as {from} or correct the earlier report.",
			"Un travail réalisé ne peut pas être retiré; déclarez-le {from} ou corrigez le rapport précédent.")},
	{CodeUnknownStatus, Error, ogp.NewText("Unknown status", "État inconnu"),
		ogp.NewText("The move from {from} to {to} names a status that is not in the status code list.",
			"Le passage de {from} à {to} nomme un état qui n’est pas dans la liste des états.")},
	{CodeDuplicateReport, Error, ogp.NewText("Duplicate report", "Rapport en double"),
		ogp.NewText("{target} already has a report for {period}; only the first one counts.",
			"{target} a déjà un rapport pour {period}; seul le premier compte.")},
	{CodeUnknownTarget, Error, ogp.NewText("Unknown target", "Cible inconnue"),
		ogp.NewText("{target} is not a milestone or an indicator of the plan.",
			"{target} n’est ni un jalon ni un indicateur du plan.")},
	{CodeBeforePlanStart, Warning, ogp.NewText("Report before the plan", "Rapport antérieur au plan"),
		ogp.NewText("The report for {period} comes before the plan starts ({start}).",
			"Le rapport pour {period} est antérieur au début du plan ({start}).")},
	{CodeAfterPlanEnd, Warning, ogp.NewText("Report after the plan", "Rapport postérieur au plan"),
		ogp.NewText("The report for {period} comes after the plan ends ({end}, extensions included).",
			"Le rapport pour {period} est postérieur à la fin du plan ({end}, prolongations comprises).")},
}

// transitionCodes are the codes a rule of a [Table] may have.
var transitionCodes = []string{CodeStart, CodeStay, CodeAdvance, CodeWithdraw, CodeRegress, CodeReinstate, CodeWithdrawComplete}

// LookupCode returns the description of a code of [Codes].
func LookupCode(code string) (CodeInfo, bool) {
	for _, c := range Codes {
		if c.Code == code {
			return c, true
		}
	}
	return CodeInfo{}, false
}

// args are the values a message template refers to.
type args struct {
	target     string
	period     ogp.Date
	from, to   ogp.Status
	start, end ogp.Date
}

// render fills the code's message template with a, in English and French.
// Statuses are written by their titles; the first report's missing "from"
// status is written as "none".
func render(code string, a args) ogp.Text {
	info, ok := LookupCode(code)
	if !ok {
		return ogp.NewText(code, code)
	}
	out := ogp.Text{}
	for _, lang := range []string{"en", "fr"} {
		r := strings.NewReplacer(
			"{target}", a.target,
			"{period}", a.period.String(),
			"{from}", statusTitle(a.from, lang),
			"{to}", statusTitle(a.to, lang),
			"{start}", a.start.String(),
			"{end}", a.end.String(),
		)
		out[lang] = r.Replace(info.Message.In(lang))
	}
	return out
}

// statusTitle returns s's title in lang; a status not in the code list is
// quoted, and no status at all is "none".
func statusTitle(s ogp.Status, lang string) string {
	switch {
	case s == "" && lang == "fr":
		return "aucun"
	case s == "":
		return "none"
	case !s.Valid():
		return fmt.Sprintf("%q", string(s))
	}
	return s.Title(lang)
}
