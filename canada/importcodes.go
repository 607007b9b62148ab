package canada

import "github.com/ogpx/interchange/finding"

// The codes of the findings of [ImportTable] and [ImportRows]. A finding
// about the table is placed by the JSON Pointer of the value in the table
// (YAML read as JSON: "/resources/0/fields/3/choices/C05.2.01/deadline")
// and its line and column; one about published rows by its cell, as
// "rows.csv!R12C5" (row 12 of the file counting the header as row 1, as a
// spreadsheet shows it; column 5), with the file, row and column also in
// its arguments. An argument taken from the input (a value, an id, a
// name) longer than 60 characters is cut to its first 57 and "…", as
// package validate cuts them; the file's name is not. Reasons are words of
// the catalog ("canada-reason.*"), so that messages read in English and
// French.
const (
	// CodeKeptField: a member of the table's items, such as the s4d flag
	// of Canada's 2022-24 indicators, has no member in the format; it is
	// kept on each item as an "x-" member. Reported once per member name,
	// at its first occurrence. Arguments: field, member (the "x-" member:
	// the field's name after "x-", or as it is when it begins with "x-"),
	// id (the first item that has it), count (how many items have it).
	CodeKeptField = "canada.kept-field"
	// CodeKeptColumn: a column of the published rows has no member in the
	// format; it is kept on each report as an "x-" member. Reported once
	// per column. Arguments: file, column, member (as for CodeKeptField),
	// count.
	CodeKeptColumn = "canada.kept-column"
	// CodeTableValue: a value of the table cannot be read; the item is
	// imported without it, or, when it has no place in the plan, not at
	// all; with the reason "format", a value that breaks a rule of the
	// format (an id, a slug, an address), it is kept as read, and the
	// document does not decode until it is mended. Arguments: id (the
	// item's id, or the field's), field, reason (a word of canada-reason),
	// value (the value, when it is one line, cut to 60 characters).
	CodeTableValue = "canada.table-value"
	// CodeUnknownDepartment: a department slug of the table (lead_dept,
	// supt_sept) or of the rows (owner_org) is not in Canada's department
	// registry (departments.csv) nor among those given with
	// [WithDepartments]. It is kept, not lost: the item or report names it,
	// and the plan's institutions hold one with that id and the slug as its
	// name until [WithDepartments] gives the real one. Arguments: name,
	// field, and id (the item's) for the table, file and row for the rows.
	CodeUnknownDepartment = "canada.unknown-department"
	// CodeRowValue: a cell of the published rows cannot be read; its row
	// is not imported, the others are. Arguments: file, row, column,
	// reason, value.
	CodeRowValue = "canada.row-value"
	// CodeDuplicateRow: a row has the key (reporting_period, indicators)
	// of a row before it, in the same file (first names that row) or
	// another, or of a report the plan already holds; it is not imported.
	// Placed at its indicators cell. Arguments: file, row, period,
	// indicator, and first (the first row's number, in the same file) or
	// before ("1": a report of another file, or of the plan).
	CodeDuplicateRow = "canada.duplicate-row"
)

func init() {
	finding.Register(
		finding.Code{
			ID: CodeKeptField, Severity: finding.Notice,
			Title: map[string]string{"en": "Table field kept as an extension", "fr": "Champ du tableau conservé comme extension"},
			Message: map[string]string{
				"en": `the table's field "{field}" has no member in the format; it is kept as "{member}" on the {count} item(s) that have it, the first being {id}`,
				"fr": `le champ "{field}" du tableau n’a pas d’équivalent dans le format; il est conservé comme "{member}" sur les {count} élément(s) qui l’ont, le premier étant {id}`,
			},
		},
		finding.Code{
			ID: CodeKeptColumn, Severity: finding.Notice,
			Title: map[string]string{"en": "Column kept as an extension", "fr": "Colonne conservée comme extension"},
			Message: map[string]string{
				"en": `the column "{column}" of {file} has no member in the format; it is kept as "{member}" on the {count} report(s) that fill it`,
				"fr": `la colonne "{column}" de {file} n’a pas d’équivalent dans le format; elle est conservée comme "{member}" sur les {count} rapport(s) qui la remplissent`,
			},
		},
		finding.Code{
			ID: CodeTableValue, Severity: finding.Error,
			Title: map[string]string{"en": "Unreadable table value", "fr": "Valeur du tableau illisible"},
			Message: map[string]string{
				"en": `the field "{field}" of {id} cannot be read: {reason:canada-reason}{value? ("{value}")}`,
				"fr": `le champ "{field}" de {id} est illisible : {reason:canada-reason}{value? ("{value}")}`,
			},
		},
		finding.Code{
			ID: CodeUnknownDepartment, Severity: finding.Notice,
			Title: map[string]string{"en": "Unknown department", "fr": "Ministère inconnu"},
			Message: map[string]string{
				"en": `"{name}", in {id?the field "{field}" of {id}}{row?the column "{field}" of row {row} of {file}}, is not a department of Canada's registry; it is kept as an institution with this id, named by it`,
				"fr": `"{name}", dans {id?le champ "{field}" de {id}}{row?la colonne "{field}" de la ligne {row} de {file}}, n’est pas un ministère du registre du Canada; il est conservé comme institution de cet identifiant, qui lui sert de nom`,
			},
		},
		finding.Code{
			ID: CodeDuplicateRow, Severity: finding.Error,
			Title: map[string]string{"en": "Report given twice", "fr": "Rapport donné deux fois"},
			Message: map[string]string{
				"en": `row {row} of {file} reports on {indicator} for {period}, as {first?row {first} does}{before?a report read before does}; the row is not imported`,
				"fr": `la ligne {row} de {file} porte sur {indicator} pour {period}, comme {first?la ligne {first}}{before?un rapport déjà lu}; la ligne n’est pas importée`,
			},
		},
		finding.Code{
			ID: CodeRowValue, Severity: finding.Error,
			Title: map[string]string{"en": "Unreadable row", "fr": "Ligne illisible"},
			Message: map[string]string{
				"en": `row {row} of {file}{column?, column "{column}"}: {reason:canada-reason}{value? ("{value}")}{line? (from line {line} to the end of the file)}; the row is not imported`,
				"fr": `ligne {row} de {file}{column?, colonne "{column}"} : {reason:canada-reason}{value? ("{value}")}{line? (de la ligne {line} à la fin du fichier)}; la ligne n’est pas importée`,
			},
		},
	)
	finding.RegisterWords(map[string]map[string]string{
		"canada-reason.not-text":          {"en": "not a text by language (en, fr)", "fr": "pas un texte par langue (en, fr)"},
		"canada-reason.not-date":          {"en": "not a date (YYYY-MM)", "fr": "pas une date (AAAA-MM)"},
		"canada-reason.not-item":          {"en": "not a mapping of fields to values", "fr": "pas une correspondance de champs et de valeurs"},
		"canada-reason.not-slug":          {"en": "not a department slug, nor a list of them", "fr": "ni un identifiant de ministère, ni une liste d’identifiants"},
		"canada-reason.too-large":         {"en": "too large or too deep to keep", "fr": "trop grand ou trop imbriqué pour être conservé"},
		"canada-reason.no-parent":         {"en": "no item of the table holds this id", "fr": "aucun élément du tableau ne contient cet identifiant"},
		"canada-reason.duplicate":         {"en": "this id is given twice", "fr": "cet identifiant est donné deux fois"},
		"canada-reason.duplicate-member":  {"en": "this member is given twice in the item; the first is read", "fr": "ce membre est donné deux fois dans l’élément; le premier est lu"},
		"canada-reason.too-many-cells":    {"en": "the row has more cells than the header has columns", "fr": "la ligne a plus de cellules que l’en-tête n’a de colonnes"},
		"canada-reason.no-title":          {"en": "no title in English nor in French; the item is kept without one", "fr": "aucun titre en anglais ni en français; l’élément est conservé sans titre"},
		"canada-reason.required":          {"en": "required, and empty", "fr": "obligatoire, et vide"},
		"canada-reason.unknown-status":    {"en": "not one of Canada's status codes NS, LP, SP and C", "fr": "pas l’un des codes d’état du Canada NS, LP, SP et C"},
		"canada-reason.unknown-item":      {"en": "not an indicator of the plan", "fr": "pas un indicateur du plan"},
		"canada-reason.wrong-parent":      {"en": "does not hold the row's indicator", "fr": "ne contient pas l’indicateur de la ligne"},
		"canada-reason.field-count":       {"en": "the row has not as many cells as the header", "fr": "la ligne n’a pas autant de cellules que l’en-tête"},
		"canada-reason.syntax":            {"en": "not valid CSV", "fr": "pas du CSV valide"},
		"canada-reason.not-utf8":          {"en": "not UTF-8 text (a file saved in another encoding, such as Windows-1252)", "fr": "pas du texte UTF-8 (un fichier enregistré dans un autre codage, comme Windows-1252)"},
		"canada-reason.unclosed-quote":    {"en": "a quote opened and never closed: this row and every one after it are lost", "fr": "un guillemet ouvert et jamais fermé : cette ligne et toutes les suivantes sont perdues"},
		"canada-reason.ambiguous-item":    {"en": "stands for more than one indicator of the plan once its leading zeros are dropped", "fr": "désigne plus d’un indicateur du plan une fois ses zéros de tête retirés"},
		"canada-reason.not-quarter":       {"en": "not the last month of a quarter (YYYY-03, -06, -09 or -12), as the plan reports quarterly", "fr": "pas le dernier mois d’un trimestre (AAAA-03, -06, -09 ou -12), le plan étant suivi par trimestre"},
		"canada-reason.unknown-challenge": {"en": "not one of the challenge codes CF, LR, SP, DA, OA and OT", "fr": "pas l’un des codes de défi CF, LR, SP, DA, OA et OT"},
		"canada-reason.format":            {"en": "breaks the format's rule for this value (an id, a department slug or an address of the wrong form); the value is kept as read", "fr": "enfreint la règle du format pour cette valeur (identifiant, identifiant de ministère ou adresse de forme incorrecte); la valeur est conservée telle quelle"},
		"canada-reason.not-half-year":     {"en": "not the last month of a half-year (YYYY-06 or -12), as the plan reports half-yearly", "fr": "pas le dernier mois d’un semestre (AAAA-06 ou -12), le plan étant suivi par semestre"},
	})
}
