package canada

import "github.com/ogpx/interchange/finding"

// The codes of the findings of [ImportTable] and [ImportRows]. A finding
// about the table is placed by the JSON Pointer of the value in the table
// (YAML read as JSON: "/resources/0/fields/3/choices/C05.2.01/deadline")
// and its line and column; one about published rows by its cell, as
// "rows.csv!R12C5" (row 12 of the file counting the header as row 1, as a
// spreadsheet shows it; column 5), with the file, row and column also in
// its arguments. Reasons are words of the catalog ("canada-reason.*"), so
// that messages read in English and French.
const (
	// CodeKeptField: a member of the table's items, such as the s4d flag
	// of Canada's 2022-24 indicators, has no member in the format; it is
	// kept on each item as an "x-" member. Reported once per member name,
	// at its first occurrence. Arguments: field, id (the first item that
	// has it), count (how many items have it).
	CodeKeptField = "canada.kept-field"
	// CodeKeptColumn: a column of the published rows has no member in the
	// format; it is kept on each report as an "x-" member. Reported once
	// per column. Arguments: file, column, count.
	CodeKeptColumn = "canada.kept-column"
	// CodeTableValue: a value of the table cannot be read; the item is
	// imported without it, or, when it has no place in the plan, not at
	// all. Arguments: id (the item's id, or the field's), field, reason
	// (a word of canada-reason), value (the value, when it is one line).
	CodeTableValue = "canada.table-value"
	// CodeUnknownDepartment: a department named in the table or the rows
	// is not in Canada's department registry (departments.csv) nor among
	// those given with [WithDepartments]; it is left out. Arguments: id,
	// field, name.
	CodeUnknownDepartment = "canada.unknown-department"
	// CodeRowValue: a cell of the published rows cannot be read; its row
	// is not imported, the others are. Arguments: file, row, column,
	// reason, value.
	CodeRowValue = "canada.row-value"
)

func init() {
	finding.Register(
		finding.Code{
			ID: CodeKeptField, Severity: finding.Notice,
			Title: map[string]string{"en": "Table field kept as an extension", "fr": "Champ du tableau conservé comme extension"},
			Message: map[string]string{
				"en": `the table's field "{field}" has no member in the format; it is kept as "x-{field}" on the {count} item(s) that have it, the first being {id}`,
				"fr": `le champ "{field}" du tableau n’a pas d’équivalent dans le format; il est conservé comme "x-{field}" sur les {count} élément(s) qui l’ont, le premier étant {id}`,
			},
		},
		finding.Code{
			ID: CodeKeptColumn, Severity: finding.Notice,
			Title: map[string]string{"en": "Column kept as an extension", "fr": "Colonne conservée comme extension"},
			Message: map[string]string{
				"en": `the column "{column}" of {file} has no member in the format; it is kept as "x-{column}" on the {count} report(s) that fill it`,
				"fr": `la colonne "{column}" de {file} n’a pas d’équivalent dans le format; elle est conservée comme "x-{column}" sur les {count} rapport(s) qui la remplissent`,
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
			ID: CodeUnknownDepartment, Severity: finding.Error,
			Title: map[string]string{"en": "Unknown department", "fr": "Ministère inconnu"},
			Message: map[string]string{
				"en": `"{name}", in the field "{field}" of {id}, is not a department of Canada's registry; it is left out`,
				"fr": `"{name}", dans le champ "{field}" de {id}, n’est pas un ministère du registre du Canada; il est omis`,
			},
		},
		finding.Code{
			ID: CodeRowValue, Severity: finding.Error,
			Title: map[string]string{"en": "Unreadable row", "fr": "Ligne illisible"},
			Message: map[string]string{
				"en": `row {row} of {file}{column?, column "{column}"}: {reason:canada-reason}{value? ("{value}")}; the row is not imported`,
				"fr": `ligne {row} de {file}{column?, colonne "{column}"} : {reason:canada-reason}{value? ("{value}")}; la ligne n’est pas importée`,
			},
		},
	)
	finding.RegisterWords(map[string]map[string]string{
		"canada-reason.not-text":       {"en": "not a text by language (en, fr)", "fr": "pas un texte par langue (en, fr)"},
		"canada-reason.not-date":       {"en": "not a date (YYYY-MM)", "fr": "pas une date (AAAA-MM)"},
		"canada-reason.not-item":       {"en": "not a mapping of fields to values", "fr": "pas une correspondance de champs et de valeurs"},
		"canada-reason.not-slug":       {"en": "not a department slug, nor a list of them", "fr": "ni un identifiant de ministère, ni une liste d’identifiants"},
		"canada-reason.too-large":      {"en": "too large or too deep to keep", "fr": "trop grand ou trop imbriqué pour être conservé"},
		"canada-reason.no-parent":      {"en": "no item of the table holds this id", "fr": "aucun élément du tableau ne contient cet identifiant"},
		"canada-reason.duplicate":      {"en": "this id is given twice", "fr": "cet identifiant est donné deux fois"},
		"canada-reason.required":       {"en": "required, and empty", "fr": "obligatoire, et vide"},
		"canada-reason.unknown-status": {"en": "not one of Canada's status codes NS, LP, SP and C", "fr": "pas l’un des codes d’état du Canada NS, LP, SP et C"},
		"canada-reason.unknown-item":   {"en": "not an indicator of the plan", "fr": "pas un indicateur du plan"},
		"canada-reason.wrong-parent":   {"en": "does not hold the row's indicator", "fr": "ne contient pas l’indicateur de la ligne"},
		"canada-reason.field-count":    {"en": "the row has not as many cells as the header", "fr": "la ligne n’a pas autant de cellules que l’en-tête"},
		"canada-reason.syntax":         {"en": "not valid CSV", "fr": "pas du CSV valide"},
		"canada-reason.one-owner":      {"en": "a row has one owner organisation", "fr": "une ligne n’a qu’une organisation responsable"},
	})
}
