package sheet

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestTemplate checks what the empty workbook offers a submitter: every
// sheet, French headers with the column names hidden below them, text
// format, frozen headers and drop-down lists for the closed code lists.
func TestTemplate(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, Language("fr")); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.GetSheetList(); !slices.Equal(got, sheetNames()) {
		t.Errorf("sheets %v, want %v", got, sheetNames())
	}
	rows, _ := f.GetRows("Reports")
	if len(rows) != 2 || rows[0][1] != "Jalon ou indicateur" || rows[1][1] != "target" || rows[1][4] != "progress_fr" {
		t.Errorf("Reports headers: %q", rows)
	}
	if visible, _ := f.GetRowVisible("Reports", 2); visible {
		t.Error("row 2 is visible")
	}
	dvs, _ := f.GetDataValidations("Reports")
	if len(dvs) != 1 || dvs[0].Sqref != "D3:D1048576" || dvs[0].Formula1 != `"not-started,limited,substantial,complete,withdrawn"` {
		t.Errorf("Reports validations: %+v", dvs)
	}
	if dvs, _ := f.GetDataValidations("Plans"); len(dvs) != 2 {
		t.Errorf("Plans has %d drop-down lists, want 2 (member kind, hemisphere)", len(dvs))
	}
	style, _ := f.GetCellStyle("Commitments", "B3")
	if s, _ := f.GetStyle(style); s == nil || s.NumFmt != 49 {
		t.Errorf("Commitments!B3 is not a text cell: %+v", s)
	}
	if panes, _ := f.GetPanes("Indicators"); !panes.Freeze || panes.YSplit != 2 {
		t.Errorf("Indicators panes: %+v", panes)
	}
	// The empty workbook imports as an empty document.
	im, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if string(im.JSON) != "{\n  \"plans\": []\n}\n" {
		t.Errorf("the template imports as %s", im.JSON)
	}
}

// TestCellsAreText checks that ids, codes and dates that look like numbers
// are written as text cells, so that no spreadsheet program turns them
// into numbers or dates.
func TestCellsAreText(t *testing.T) {
	f := canadaWorkbook(t)
	for _, cell := range []string{"B3", "C3", "D3"} { // target, period, status
		typ, _ := f.GetCellType("Reports", cell)
		style, _ := f.GetCellStyle("Reports", cell)
		s, _ := f.GetStyle(style)
		if typ != excelize.CellTypeInlineString || s.NumFmt != 49 {
			t.Errorf("Reports!%s: type %v, number format %d; want an inline string formatted @", cell, typ, s.NumFmt)
		}
	}
}
