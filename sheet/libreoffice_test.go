package sheet

import (
	"bytes"
	"os"
	"testing"
)

// TestWorkbookSavedByLibreOffice reads Canada's workbook as LibreOffice Calc
// 7 saves it after opening the export (testdata/README.md says how it was
// made): another program's styles, shared strings and sheet XML read back
// as the same document, byte for byte.
func TestWorkbookSavedByLibreOffice(t *testing.T) {
	data, err := os.ReadFile("testdata/canada-saved-by-libreoffice.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../examples/canada-2018-2020/canada-2018-2020.json")
	if err != nil {
		t.Fatal(err)
	}
	im, err := Read(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(im.JSON, want) {
		t.Error("the workbook LibreOffice saved reads as another document")
	}
}
