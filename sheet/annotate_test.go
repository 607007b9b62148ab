package sheet

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/validate"
)

// TestAnnotateMarksExactlyTheFindingsCells annotates Canada's edited
// workbook and checks that the cells with a comment are exactly those of
// the findings, coloured by severity; that a first sheet, in the chosen
// language, lists every finding with a link to its cell; and that the
// annotated copy still reads as the same document.
func TestAnnotateMarksExactlyTheFindingsCells(t *testing.T) {
	workbook, want := editedCanada(t)
	im, r := validated(t, workbook)
	var out bytes.Buffer
	if err := Annotate(&out, bytes.NewReader(workbook), int64(len(workbook)), r, "fr"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()

	worst := map[string]finding.Severity{} // cell -> most serious finding on it
	for _, fd := range r.Findings {
		worst[fd.Cell] = max(worst[fd.Cell], fd.Severity)
	}
	for _, cell := range want {
		if worst[cell] != finding.Error && cell != want["text.missing-language"] {
			t.Errorf("%s: no error finding on the edited cell", cell)
		}
	}
	var commented []string
	for _, sheet := range sheetNames() {
		comments, err := f.GetComments(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range comments {
			place := sheet + "!" + c.Cell
			commented = append(commented, place)
			if _, ok := worst[place]; !ok {
				t.Errorf("%s has a comment but no finding: %q", place, c.Text)
				continue
			}
			style, _ := f.GetCellStyle(sheet, c.Cell)
			s, err := f.GetStyle(style)
			if err != nil {
				t.Fatal(err)
			}
			wantColor := map[finding.Severity]string{finding.Error: "F4CCCC", finding.Warning: "FFE599"}[worst[place]]
			if len(s.Fill.Color) == 0 || s.Fill.Color[0] != wantColor && s.Fill.Color[0] != "#"+wantColor || s.NumFmt != 49 {
				t.Errorf("%s: fill %v, number format %d; want %s and text", place, s.Fill.Color, s.NumFmt, wantColor)
			}
		}
	}
	for place := range worst {
		if !slices.Contains(commented, place) {
			t.Errorf("%s has a finding but no comment", place)
		}
	}

	if first := f.GetSheetList()[0]; first != "Constats" {
		t.Fatalf("first sheet %q, want Constats", first)
	}
	rows, err := f.GetRows("Constats")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(r.Findings)+1 || rows[0][0] != "Gravité" {
		t.Fatalf("%d rows with header %v, want %d with French headers", len(rows), rows[0], len(r.Findings)+1)
	}
	for i, fd := range r.Findings {
		ok, link, err := f.GetCellHyperLink("Constats", "C"+strconv.Itoa(i+2))
		if err != nil || !ok || link == "" || rows[i+1][2] != fd.Cell {
			t.Errorf("row %d: cell %q, link %q (%v); want %s with a link", i+2, rows[i+1][2], link, err, fd.Cell)
		}
	}

	again, err := Read(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.JSON, im.JSON) {
		t.Error("the annotated workbook reads as another document")
	}
}

// TestAnnotateLeavesNoticesUnfilled checks that a cell with only a notice
// gets its comment but no fill: a fill says something needs fixing.
func TestAnnotateLeavesNoticesUnfilled(t *testing.T) {
	workbook, _ := editedCanada(t)
	_, r := validated(t, workbook)
	notice := finding.New(validate.CodeTagCase, "/languages/0", "value", "EN", "want", "en")
	notice.Cell = "Document!A3"
	r.Findings = append(r.Findings, notice)
	var out bytes.Buffer
	if err := Annotate(&out, bytes.NewReader(workbook), int64(len(workbook)), r, "en"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	comments, err := f.GetComments("Document")
	if err != nil || !slices.ContainsFunc(comments, func(c excelize.Comment) bool { return c.Cell == "A3" }) {
		t.Errorf("Document!A3 has no comment (%v)", err)
	}
	style, _ := f.GetCellStyle("Document", "A3")
	if s, err := f.GetStyle(style); err != nil || len(s.Fill.Color) > 0 {
		t.Errorf("Document!A3 filled %v (%v), want no fill for a notice", s.Fill.Color, err)
	}
}

// TestUnreadableWorkbookInFrench checks that the finding of a workbook
// that cannot be read says why in French, with no English word: not a
// workbook, a sheet missing, a header missing, a cell too long, a limit.
func TestUnreadableWorkbookInFrench(t *testing.T) {
	_, notWorkbook := Read(bytes.NewReader([]byte("hello")), 5)
	tests := []struct {
		err      error
		cell, fr string
	}{
		{notWorkbook, "", "pas un classeur Excel (.xlsx)"},
		{&Error{Cell: Cell{Sheet: "Plans"}, Err: ErrMissingSheet}, "Plans",
			"une feuille obligatoire manque («\u00a0Plans\u00a0»)"},
		{&Error{Cell: Cell{Sheet: "Milestones", Row: 2}, Err: ErrColumn, Reason: "missing-column", Args: []string{"name", "plan"}}, "Milestones!2:2",
			"il manque à la ligne 2 une colonne que la disposition exige («\u00a0plan\u00a0»)"},
		{&Error{Cell: Cell{Sheet: "Plans", Row: 3, Col: 2}, Err: ErrCellTooLong}, "Plans!B3",
			"une cellule est trop longue (plus de 32767 caractères)"},
		{&Error{Err: ErrTooLarge, Args: []string{"limit", "1000", "unit", "rows"}}, "",
			"le classeur est trop volumineux (plus de 1000 lignes)"},
	}
	for _, tt := range tests {
		var e *Error
		if !errors.As(tt.err, &e) {
			t.Fatalf("%v is no *Error", tt.err)
		}
		f := e.Finding()
		want := "le classeur ne peut pas être lu selon la disposition du format\u00a0: " + tt.fr
		if got := f.Message("fr"); got != want || f.Cell != tt.cell {
			t.Errorf("%v: %s %q, want %s %q", e, f.Cell, got, tt.cell, want)
		}
	}
}
