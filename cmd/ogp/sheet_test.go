package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const canadaFile = "../../examples/canada-2018-2020/canada-2018-2020.json"

// TestSheetRoundTrip exports Canada's plan to a workbook and to CSV files
// and imports them back: the JSON is the example, byte for byte.
func TestSheetRoundTrip(t *testing.T) {
	want, err := os.ReadFile(canadaFile)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	xlsx, csvDir, out := filepath.Join(dir, "plan.xlsx"), filepath.Join(dir, "csv"), filepath.Join(dir, "plan.json")
	for _, args := range [][]string{
		{"sheet", "export", "--lang", "fr", "-o", xlsx, canadaFile},
		{"sheet", "export", "--csv", csvDir, canadaFile},
		{"sheet", "import", "-o", out, xlsx},
	} {
		if code, _, stderr := runOGP(t, "", args...); code != exitOK {
			t.Fatalf("ogp %s: exit %d, %s", strings.Join(args, " "), code, stderr)
		}
	}
	if got, _ := os.ReadFile(out); string(got) != string(want) {
		t.Errorf("the workbook imports to another document")
	}
	if code, stdout, stderr := runOGP(t, "", "sheet", "import", csvDir); code != exitOK || stdout != string(want) {
		t.Errorf("import of CSV: exit %d, same document %v, stderr %q", code, stdout == string(want), stderr)
	}
}

func TestSheetReportsProblems(t *testing.T) {
	dir := t.TempDir()
	notXLSX := filepath.Join(dir, "plan.xlsx")
	os.WriteFile(notXLSX, []byte("id,title\n"), 0o666)
	template := filepath.Join(dir, "blank.xlsx")
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"sheet", "template", "--lang", "fr", "-o", template}, exitOK, ""},
		{[]string{"sheet", "import", template}, exitOK, ""},
		{[]string{"sheet", "import", notXLSX}, exitInvalid, notXLSX + ": error sheet.unreadable: the workbook cannot be read as the format's layout: not an Excel workbook (.xlsx)"},
		{[]string{"sheet", "import", "--lang", "fr", notXLSX}, exitInvalid, notXLSX + ": erreur sheet.unreadable\u00a0: le classeur ne peut pas être lu"},
		{[]string{"sheet", "import", "--lang", "fr", filepath.Join(dir, "none.xlsx")}, exitUsage, "ogp sheet import\u00a0: accès à "},
		{[]string{"sheet", "import", filepath.Join(dir, "none.xlsx")}, exitUsage, "ogp sheet import: stat"},
		{[]string{"sheet", "export", canadaFile}, exitUsage, "ogp sheet export: give one of -o and --csv\nusage: ogp sheet export"},
		{[]string{"sheet", "export", "--lang", "de", "-o", notXLSX, canadaFile}, exitUsage, `ogp sheet export: invalid --lang "de": want en or fr`},
		{[]string{"sheet", "frobnicate"}, exitUsage, "ogp sheet: unknown command \"frobnicate\"\nusage: ogp sheet"},
		{[]string{"sheet"}, exitUsage, "ogp sheet: missing command\nusage: ogp sheet"},
	}
	for _, tt := range tests {
		code, _, stderr := runOGP(t, "", tt.args...)
		if code != tt.code || !strings.HasPrefix(stderr, tt.stderr) {
			t.Errorf("ogp %s: exit %d, stderr %q; want exit %d, stderr starting %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.stderr)
		}
	}
}
