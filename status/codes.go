package status

import (
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

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

// Kinds returns the kinds of transition.
func Kinds() []Kind {
	return []Kind{KindStart, KindStay, KindAdvance, KindWithdraw, KindRegress, KindReinstate, KindInvalid}
}

// Title returns the kind's name in lang, for people: "recul" for
// [KindRegress] in French. The kind itself is the name for programs.
func (k Kind) Title(lang string) string { return finding.Word(lang, "transition."+string(k)) }

// The finding codes. Every code this package reports is one of these
// stable strings, registered with package finding: [finding.Lookup] gives
// its severity, title and message templates.
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

// codes are the codes of this package, the one place that defines their
// texts, in the order of the exported table and of the findings about one
// report. The first seven are the codes of transition rules;
// status.unknown-status classifies a move to or from a status outside the
// code list; the others are about reports that do not fit in a history.
//
// A template's arguments are target (the id a report names), period (its
// reporting period), from and to (the status codes of the previous report
// and of the report; a first report has no from), and start and end (the
// plan's period, extensions included).
var codes = []finding.Code{
	{ID: CodeStart, Severity: finding.OK,
		Title: map[string]string{"en": "First report", "fr": "Premier rapport"},
		Message: map[string]string{
			"en": "first report of the target, with status \"{to:status}\"",
			"fr": "premier rapport sur la cible, avec l’état \"{to:status}\"",
		}},
	{ID: CodeStay, Severity: finding.OK,
		Title: map[string]string{"en": "Status unchanged", "fr": "État inchangé"},
		Message: map[string]string{
			"en": "the status stays \"{to:status}\"",
			"fr": "l’état reste \"{to:status}\"",
		}},
	{ID: CodeAdvance, Severity: finding.OK,
		Title: map[string]string{"en": "Status moved forward", "fr": "Avancement"},
		Message: map[string]string{
			"en": "the work moved forward from \"{from:status}\" to \"{to:status}\"",
			"fr": "le travail a progressé de \"{from:status}\" à \"{to:status}\"",
		}},
	{ID: CodeWithdraw, Severity: finding.OK,
		Title: map[string]string{"en": "Withdrawn", "fr": "Retiré"},
		Message: map[string]string{
			"en": "the work was withdrawn while at \"{from:status}\"",
			"fr": "le travail a été retiré alors qu’il était à \"{from:status}\"",
		}},
	{ID: CodeRegress, Severity: finding.Warning,
		Title: map[string]string{"en": "Status went back", "fr": "Recul de l’état"},
		Message: map[string]string{
			"en": "the status went back from \"{from:status}\" to \"{to:status}\"; say why in the progress text",
			"fr": "l’état a reculé de \"{from:status}\" à \"{to:status}\"; expliquez pourquoi dans le texte sur les progrès",
		}},
	{ID: CodeReinstate, Severity: finding.Warning,
		Title: map[string]string{"en": "Reinstated", "fr": "Rétabli"},
		Message: map[string]string{
			"en": "withdrawn work was reported again, with status \"{to:status}\"; say why it was taken up again",
			"fr": "un travail retiré fait de nouveau l’objet d’un rapport, avec l’état \"{to:status}\"; expliquez pourquoi il a été repris",
		}},
	{ID: CodeWithdrawComplete, Severity: finding.Error,
		Title: map[string]string{"en": "Complete work withdrawn", "fr": "Travail réalisé retiré"},
		Message: map[string]string{
			"en": "complete work cannot be withdrawn; report it as \"{from:status}\" or correct the earlier report",
			"fr": "un travail réalisé ne peut pas être retiré; déclarez-le \"{from:status}\" ou corrigez le rapport précédent",
		}},
	{ID: CodeUnknownStatus, Severity: finding.Error,
		Title: map[string]string{"en": "Unknown status", "fr": "État inconnu"},
		Message: map[string]string{
			"en": "the move{from? from \"{from:status}\"}{to? to \"{to:status}\"} names a status that is not in the status code list",
			"fr": "le passage{from? de \"{from:status}\"}{to? à \"{to:status}\"} nomme un état qui n’est pas dans la liste des états",
		}},
	{ID: CodeDuplicateReport, Severity: finding.Error,
		Title: map[string]string{"en": "Duplicate report", "fr": "Rapport en double"},
		Message: map[string]string{
			"en": "\"{target}\" already has a report for {period}; only the first one counts",
			"fr": "\"{target}\" a déjà un rapport pour {period}; seul le premier compte",
		}},
	{ID: CodeUnknownTarget, Severity: finding.Error,
		Title: map[string]string{"en": "Unknown target", "fr": "Cible inconnue"},
		Message: map[string]string{
			"en": "\"{target}\" is not a milestone or an indicator of the plan",
			"fr": "\"{target}\" n’est ni un jalon ni un indicateur du plan",
		}},
	{ID: CodeBeforePlanStart, Severity: finding.Warning,
		Title: map[string]string{"en": "Report before the plan", "fr": "Rapport antérieur au plan"},
		Message: map[string]string{
			"en": "the report for {period} comes before the plan starts ({start})",
			"fr": "le rapport pour {period} est antérieur au début du plan ({start})",
		}},
	{ID: CodeAfterPlanEnd, Severity: finding.Warning,
		Title: map[string]string{"en": "Report after the plan", "fr": "Rapport postérieur au plan"},
		Message: map[string]string{
			"en": "the report for {period} comes after the plan ends ({end}, extensions included)",
			"fr": "le rapport pour {period} est postérieur à la fin du plan ({end}, prolongations comprises)",
		}},
}

// transitionCodes are the codes a rule of a [Table] may have.
var transitionCodes = []string{CodeStart, CodeStay, CodeAdvance, CodeWithdraw, CodeRegress, CodeReinstate, CodeWithdrawComplete}

// ruleSeverities are the severities a rule of a [Table] may have.
var ruleSeverities = []finding.Severity{finding.OK, finding.Warning, finding.Error}

func init() {
	finding.Register(codes...)
	words := map[string]map[string]string{
		"transition." + string(KindStart):     {"en": "start", "fr": "début"},
		"transition." + string(KindStay):      {"en": "stay", "fr": "maintien"},
		"transition." + string(KindAdvance):   {"en": "advance", "fr": "progrès"},
		"transition." + string(KindWithdraw):  {"en": "withdraw", "fr": "retrait"},
		"transition." + string(KindRegress):   {"en": "regress", "fr": "recul"},
		"transition." + string(KindReinstate): {"en": "reinstate", "fr": "reprise"},
		"transition." + string(KindInvalid):   {"en": "invalid", "fr": "impossible"},
	}
	// Templates write a status by its title: {to:status}.
	for _, c := range ogp.Statuses() {
		words["status."+c.Code] = c.Title
	}
	finding.RegisterWords(words)
}

// codeIndex returns the place of id in codes, for the order of findings.
func codeIndex(id string) int {
	for i, c := range codes {
		if c.ID == id {
			return i
		}
	}
	return len(codes)
}

// explain returns the message of code for a move from one status to
// another, in English and French: a rule's explanation.
func explain(code string, from, to ogp.Status) ogp.Text {
	f := finding.Finding{Code: code, Args: args("from", string(from), "to", string(to))}
	return ogp.NewText(f.Message("en"), f.Message("fr"))
}

// args returns the name, value pairs as a finding's arguments, leaving out
// the empty values: a first report has no "from".
func args(pairs ...string) map[string]string {
	out := make(map[string]string, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			out[pairs[i]] = pairs[i+1]
		}
	}
	return out
}
