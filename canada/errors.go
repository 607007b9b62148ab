package canada

import (
	"errors"
	"strconv"

	"github.com/ogpx/interchange/finding"
)

// The codes of the errors that stop an import, so that a program can say
// them in its user's language: see [CardError.Finding],
// [TableError.Finding] and [RowsError.Finding].
const (
	CodeCard  = "canada.card"
	CodeTable = "canada.table"
	CodeRows  = "canada.rows"
	// CodeExport is the code of an [ExportProblem]'s finding.
	CodeExport = "canada.export"
)

func init() {
	finding.Register(
		finding.Code{ID: CodeCard, Severity: finding.Error,
			Title: map[string]string{"en": "Plan card unusable", "fr": "Fiche du plan inutilisable"},
			Message: map[string]string{
				"en": `the plan card{member? (member "{member}")}: {reason:canada-error}{detail?: {detail}}`,
				"fr": `la fiche du plan{member? (membre "{member}")} : {reason:canada-error}{detail? : {detail}}`,
			}},
		finding.Code{ID: CodeTable, Severity: finding.Error,
			Title: map[string]string{"en": "Table unreadable", "fr": "Table illisible"},
			Message: map[string]string{
				"en": `the table{line? (line {line})}: {reason:canada-error}{detail?: {detail}}`,
				"fr": `la table{line? (ligne {line})} : {reason:canada-error}{detail? : {detail}}`,
			}},
		finding.Code{ID: CodeRows, Severity: finding.Error,
			Title: map[string]string{"en": "Rows unreadable", "fr": "Lignes illisibles"},
			Message: map[string]string{
				"en": `the rows of "{file}"{column? (column "{column}")}: {reason:canada-error}{detail?: {detail}}`,
				"fr": `les lignes de "{file}"{column? (colonne "{column}")} : {reason:canada-error}{detail? : {detail}}`,
			}},
	)
	finding.Register(finding.Code{ID: CodeExport, Severity: finding.Error,
		Title: map[string]string{"en": "Report that no row can hold", "fr": "Rapport qu’aucune ligne ne peut contenir"},
		Message: map[string]string{
			"en": `the report on {target} for {period} cannot be written as a row: {reason:canada-export}`,
			"fr": `le rapport sur {target} pour {period} ne peut pas être écrit en ligne : {reason:canada-export}`,
		}})
	finding.RegisterWords(map[string]map[string]string{
		"canada-export.not-indicator":   {"en": "it is not on an indicator of the plan", "fr": "il ne porte pas sur un indicateur du plan"},
		"canada-export.no-status-code":  {"en": `the status "{detail}" has no code in Canada's tracker`, "fr": `l’état "{detail}" n’a pas de code dans l’outil de suivi du Canada`},
		"canada-export.leads":           {"en": "{detail} leads, where a row has one owner_org", "fr": "{detail} responsables, alors qu’une ligne n’a qu’un owner_org"},
		"canada-export.language":        {"en": "{detail}: a language other than en and fr, which no column holds", "fr": "{detail} : une langue autre que en et fr, qu’aucune colonne ne contient"},
		"canada-export.carriage-return": {"en": "{detail}: a carriage return, which CSV with CRLF line ends loses", "fr": "{detail} : un retour chariot, que le CSV aux fins de ligne CRLF perd"},
		"canada-export.apostrophe":      {"en": "{detail}: begins with an apostrophe before =, +, - or @, which the rows' reader takes for the one written before a formula", "fr": "{detail} : commence par une apostrophe devant =, +, - ou @, que le lecteur des lignes prend pour celle écrite devant une formule"},
		"canada-export.not-string":      {"en": "{detail}: not a string, as a cell must be", "fr": "{detail} : pas une chaîne, comme doit l’être une cellule"},
	})
	finding.RegisterWords(map[string]map[string]string{
		"canada-error.missing":   {"en": "missing, and the table does not say it: give it on the card or as a flag", "fr": "manquant, et la table ne le dit pas : donnez-le dans la fiche ou en option"},
		"canada-error.no-column": {"en": "missing, and every row needs it", "fr": "manquante, alors que chaque ligne en a besoin"},
		"canada-error.too-large": {"en": "too large", "fr": "trop volumineux"},
		"canada-error.nil-plan":  {"en": "there is no plan", "fr": "il n’y a aucun plan"},
		"canada-error.other":     {"en": "cannot be read", "fr": "illisible"},
	})
}

// errorArgs returns the finding arguments of err, the error inside an
// import error: a known reason, or "other" with err's English text.
func errorArgs(err error) []string {
	for _, r := range []struct {
		err    error
		reason string
	}{{ErrMissing, "missing"}, {ErrNoColumn, "no-column"}, {ErrTooLarge, "too-large"}, {ErrNilPlan, "nil-plan"}} {
		if errors.Is(err, r.err) {
			return []string{"reason", r.reason}
		}
	}
	return []string{"reason", "other", "detail", finding.Clip(err.Error())}
}

// Finding returns e as a finding, whose message says it in any language.
func (e *CardError) Finding() finding.Finding {
	return finding.New(CodeCard, "", append([]string{"member", e.Member}, errorArgs(e.Err)...)...)
}

// Finding returns e as a finding at the table's value it names, whose
// message says it in any language.
func (e *TableError) Finding() finding.Finding {
	f := finding.New(CodeTable, e.Path, errorArgs(e.Err)...)
	if e.Line > 0 {
		f.Args["line"] = strconv.Itoa(e.Line)
	}
	return f
}

// Finding returns e as a finding, whose message says it in any language.
func (e *RowsError) Finding() finding.Finding {
	return finding.New(CodeRows, "", append([]string{"file", e.File, "column", e.Column}, errorArgs(e.Err)...)...)
}
