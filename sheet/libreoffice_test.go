package sheet

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// TestTemplateOpensInLibreOffice has LibreOffice Calc, when it is installed
// (Debian's libreoffice-calc), convert the French template to CSV, sheet by
// sheet, and checks the headers it finds on Plans.
func TestTemplateOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, Language("fr")); err != nil {
		t.Fatal(err)
	}
	book := filepath.Join(dir, "vierge.xlsx")
	if err := os.WriteFile(book, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	// Filter options: comma, double quote, UTF-8, ..., every sheet (-1).
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1`,
		"--outdir", dir, book)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	plans, err := os.ReadFile(filepath.Join(dir, "vierge-Plans.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(plans), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "id,") || !strings.Contains(lines[0], "Titre (fr)") {
		t.Errorf("LibreOffice reads Plans as:\n%s", plans)
	}
}
