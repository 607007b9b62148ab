package canada_test

import (
	"errors"
	"testing"

	"github.com/ogpx/interchange/canada"
	"github.com/ogpx/interchange/finding"
)

// importCodes are the codes of the importer, whose messages are tested
// here; TestMessages tests those of the rules.
var importCodes = []string{canada.CodeKeptField, canada.CodeKeptColumn, canada.CodeTableValue, canada.CodeUnknownDepartment, canada.CodeRowValue, canada.CodeDuplicateRow,
	canada.CodeCard, canada.CodeTable, canada.CodeRows, canada.CodeExport}

func TestImportMessages(t *testing.T) {
	tests := []struct {
		f      finding.Finding
		en, fr string
	}{
		{(&canada.CardError{Member: "id", Err: canada.ErrMissing}).Finding(),
			`the plan card (member "id"): missing, and the table does not say it: give it on the card or as a flag`,
			"la fiche du plan (membre «\u00a0id\u00a0»)\u00a0: manquant, et la table ne le dit pas\u00a0: donnez-le dans la fiche ou en option"},
		{(&canada.TableError{Line: 3, Err: errors.New("yaml: bad indentation")}).Finding(),
			`the table (line 3): cannot be read: yaml: bad indentation`,
			"la table (ligne 3)\u00a0: illisible\u00a0: yaml: bad indentation"},
		{(&canada.RowsError{File: "rows.csv", Column: "status", Err: canada.ErrNoColumn}).Finding(),
			`the rows of "rows.csv" (column "status"): missing, and every row needs it`,
			"les lignes de «\u00a0rows.csv\u00a0» (colonne «\u00a0status\u00a0»)\u00a0: manquante, alors que chaque ligne en a besoin"},
		{finding.New(canada.CodeKeptField, "/resources/0/fields/3/choices/C01.1.1/s4d", "field", "s4d", "member", "x-s4d", "id", "C01.1.1", "count", "12"),
			`the table's field "s4d" has no member in the format; it is kept as "x-s4d" on the 12 item(s) that have it, the first being C01.1.1`,
			"le champ «\u00a0s4d\u00a0» du tableau n’a pas d’équivalent dans le format\u202f; il est conservé comme «\u00a0x-s4d\u00a0» sur les 12 élément(s) qui l’ont, le premier étant C01.1.1"},
		{finding.New(canada.CodeKeptColumn, "", "file", "rows.csv", "column", "comments", "member", "x-comments", "count", "3"),
			`the column "comments" of rows.csv has no member in the format; it is kept as "x-comments" on the 3 report(s) that fill it`,
			"la colonne «\u00a0comments\u00a0» de rows.csv n’a pas d’équivalent dans le format\u202f; elle est conservée comme «\u00a0x-comments\u00a0» sur les 3 rapport(s) qui la remplissent"},
		{finding.New(canada.CodeTableValue, "/resources/0/fields/3/choices/C05.2.01/due_date", "id", "C05.2.01", "field", "due_date", "reason", "not-date", "value", "fall 2022"),
			`the field "due_date" of C05.2.01 cannot be read: not a date (YYYY-MM) ("fall 2022")`,
			"le champ «\u00a0due_date\u00a0» de C05.2.01 est illisible\u00a0: pas une date (AAAA-MM) («\u00a0fall 2022\u00a0»)"},
		{finding.New(canada.CodeUnknownDepartment, "", "id", "C01.1.1", "field", "lead_dept", "name", "xyz"),
			`"xyz", in the field "lead_dept" of C01.1.1, is not a department of Canada's registry; it is kept as an institution with this id, named by it`,
			"«\u00a0xyz\u00a0», dans le champ «\u00a0lead_dept\u00a0» de C01.1.1, n’est pas un ministère du registre du Canada\u202f; il est conservé comme institution de cet identifiant, qui lui sert de nom"},
		{finding.New(canada.CodeUnknownDepartment, "", "file", "rows.csv", "row", "4", "field", "owner_org", "name", "xyz"),
			`"xyz", in the column "owner_org" of row 4 of rows.csv, is not a department of Canada's registry; it is kept as an institution with this id, named by it`,
			"«\u00a0xyz\u00a0», dans la colonne «\u00a0owner_org\u00a0» de la ligne 4 de rows.csv, n’est pas un ministère du registre du Canada\u202f; il est conservé comme institution de cet identifiant, qui lui sert de nom"},
		{finding.New(canada.CodeDuplicateRow, "", "file", "rows.csv", "row", "5", "period", "2022-06", "indicator", "C05.2.01", "first", "3"),
			`row 5 of rows.csv reports on C05.2.01 for 2022-06, as row 3 does; the row is not imported`,
			"la ligne 5 de rows.csv porte sur C05.2.01 pour 2022-06, comme la ligne 3\u202f; la ligne n’est pas importée"},
		{finding.New(canada.CodeDuplicateRow, "", "file", "rows.csv", "row", "5", "period", "2022-06", "indicator", "C05.2.01", "before", "1"),
			`row 5 of rows.csv reports on C05.2.01 for 2022-06, as a report read before does; the row is not imported`,
			"la ligne 5 de rows.csv porte sur C05.2.01 pour 2022-06, comme un rapport déjà lu\u202f; la ligne n’est pas importée"},
		{finding.New(canada.CodeRowValue, "", "file", "rows.csv", "row", "12", "column", "status", "reason", "unknown-status", "value", "Done"),
			`row 12 of rows.csv, column "status": not one of Canada's status codes NS, LP, SP and C ("Done"); the row is not imported`,
			"ligne 12 de rows.csv, colonne «\u00a0status\u00a0»\u00a0: pas l’un des codes d’état du Canada NS, LP, SP et C («\u00a0Done\u00a0»)\u202f; la ligne n’est pas importée"},
	}
	for _, tt := range tests {
		if got := tt.f.Message("en"); got != tt.en {
			t.Errorf("%s: English:\n got %q\nwant %q", tt.f.Code, got, tt.en)
		}
		if got := tt.f.Message("fr"); got != tt.fr {
			t.Errorf("%s: French:\n got %q\nwant %q", tt.f.Code, got, tt.fr)
		}
	}
}
