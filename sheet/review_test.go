package sheet

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestAnnotateWorkbooksOfOtherPrograms annotates a workbook whose sheets
// have no view (the element is optional, and some programs leave it out),
// and then annotates the annotated copy again, as when a partner sends the
// copy back fixed: each time one first sheet, and comments on exactly the
// findings' cells.
func TestAnnotateWorkbooksOfOtherPrograms(t *testing.T) {
	workbook, _ := editedCanada(t)
	views := regexp.MustCompile(`<sheetViews>.*?</sheetViews>`)
	workbook = rezip(t, workbook, func(name string, part []byte) []byte {
		if strings.HasPrefix(name, "xl/worksheets/") {
			return views.ReplaceAll(part, nil)
		}
		return part
	})
	for round := 1; round <= 2; round++ {
		_, r := validated(t, workbook)
		var out bytes.Buffer
		if err := Annotate(&out, bytes.NewReader(workbook), int64(len(workbook)), r, "en"); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		cells := map[string]bool{}
		for _, fd := range r.Findings {
			cells[fd.Cell] = true
		}
		comments := 0
		for _, sheet := range sheetNames() {
			cs, _ := f.GetComments(sheet)
			comments += len(cs)
		}
		if list := f.GetSheetList(); list[0] != "Findings" || strings.Count(strings.Join(list, ","), "Findings") != 1 || comments != len(cells) {
			t.Errorf("round %d: sheets %v, %d comments; want one Findings sheet first and %d comments", round, list, comments, len(cells))
		}
		f.Close()
		workbook = out.Bytes()
	}
}

// TestReadRefusesSheetNamesEqualButForCase checks that two sheets whose
// names differ only in case, which Excel forbids and which would let the
// checks before reading and the reading itself see different sheets, are
// refused; and that a layout sheet renamed in another case is still read.
func TestReadRefusesSheetNamesEqualButForCase(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, canada(t)); err != nil {
		t.Fatal(err)
	}
	rename := func(from, to string) []byte {
		return rezip(t, buf.Bytes(), func(name string, part []byte) []byte {
			if name == "xl/workbook.xml" {
				return bytes.Replace(part, []byte(`name="`+from+`"`), []byte(`name="`+to+`"`), 1)
			}
			return part
		})
	}
	twice := rename("Institutions", "PLANS")
	if _, err := Read(bytes.NewReader(twice), int64(len(twice))); !errors.Is(err, ErrNotWorkbook) {
		t.Errorf("Plans and PLANS: %v; want ErrNotWorkbook", err)
	}
	lower := rename("Indicators", "indicators")
	im, err := Read(bytes.NewReader(lower), int64(len(lower)))
	if err != nil || !bytes.Contains(im.JSON, []byte(`"C10.7.2"`)) {
		t.Errorf("indicators in lower case: %v; want its indicators read", err)
	}
}

// TestReadTakesListSourcesForNoFormula checks that an extension's formula,
// such as the source of a drop-down list Excel writes, is not taken for a
// cell's formula.
func TestReadTakesListSourcesForNoFormula(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, canada(t)); err != nil {
		t.Fatal(err)
	}
	ext := `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Plans!$B$3:$B$9</xm:f></x14:formula1><xm:sqref>D3:D99</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`
	workbook := rezip(t, buf.Bytes(), func(name string, part []byte) []byte {
		if strings.HasPrefix(name, "xl/worksheets/") {
			return bytes.Replace(part, []byte("</worksheet>"), []byte(ext), 1)
		}
		return part
	})
	if _, err := Read(bytes.NewReader(workbook), int64(len(workbook))); err != nil {
		t.Errorf("a list's source: %v", err)
	}
}

// TestReadBoundsTheDocument checks that the JSON an import writes is
// bounded too, short cells making long JSON: a workbook whose cells hold
// fewer bytes than the limit, but whose document holds more, is refused at
// the row where the document passes the limit.
func TestReadBoundsTheDocument(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, canada(t)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	chars := 0
	for _, sheet := range sheetNames() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			for _, cell := range row {
				chars += len(cell)
			}
		}
	}
	_, err = Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()), WithLimits(Limits{MaxChars: chars + 1}))
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrTooLarge) || e.Cell.Row == 0 || !strings.Contains(err.Error(), "stands for") {
		t.Errorf("%v; want ErrTooLarge at a row, for the document", err)
	}
}

// TestLocateDocumentFindings checks that a finding about the document as a
// whole, such as a missing format version, goes to the Document sheet's
// row, and that no finding keeps the line and column of the JSON the
// workbook stands for.
func TestLocateDocumentFindings(t *testing.T) {
	f := canadaWorkbook(t)
	if err := f.SetCellStr("Document", columnOf(t, f, "Document", "formatVersion")+"3", ""); err != nil {
		t.Fatal(err)
	}
	_, r := validated(t, save(t, f))
	found := false
	for _, fd := range r.Findings {
		if fd.Line != 0 || fd.Column != 0 {
			t.Errorf("%s keeps a line and column", fd)
		}
		if fd.Code == "schema.required" && fd.Path == "" {
			found = strings.HasPrefix(fd.Cell, "Document!")
		}
	}
	if !found {
		t.Errorf("the missing formatVersion is not on the Document sheet: %v", r.Findings)
	}
}
