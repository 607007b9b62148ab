package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ogpx/interchange/schema"
	"github.com/ogpx/interchange/validate"
)

// TestValidateCorpus runs "ogp validate --format json" on every case of the
// validate package's corpus, in English and French, and compares each report
// with the case's golden file.
func TestValidateCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "validate", "testdata", "cases", "*.json"))
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, file := range files {
		name := filepath.Base(file)
		var flags []string
		switch {
		case strings.HasPrefix(name, "maxbytes."):
			flags = []string{"--max-bytes", "1024"}
		case strings.HasPrefix(name, "maxfindings."):
			flags = []string{"--max-findings", "3"}
		}
		golden, err := os.ReadFile(strings.TrimSuffix(file, ".json") + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(golden, &want); err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"en", "fr"} {
			args := append([]string{"validate", "--format", "json", "--lang", lang}, flags...)
			code, stdout, stderr := runOGP(t, "", append(args, file)...)
			var out struct {
				Files []map[string]json.RawMessage `json:"files"`
			}
			if err := json.Unmarshal([]byte(stdout), &out); err != nil || len(out.Files) != 1 {
				t.Fatalf("%s %s: output is not one file's report: %v\n%s%s", name, lang, err, stdout, stderr)
			}
			got := out.Files[0]
			checkReportJSON(t, name+" "+lang, got)
			var wantReport map[string]json.RawMessage
			json.Unmarshal(want[lang], &wantReport)
			if compactJSON(got["findings"]) != compactJSON(wantReport["findings"]) || string(got["valid"]) != string(wantReport["valid"]) {
				t.Errorf("%s %s: ogp validate and the Go API disagree:\n%s", name, lang, stdout)
			}
			wantCode := exitOK
			if string(got["valid"]) == "false" {
				wantCode = exitInvalid
			}
			if code != wantCode {
				t.Errorf("%s %s: exit %d, want %d", name, lang, code, wantCode)
			}
		}
	}
}

// checkReportJSON checks one file's report of "ogp validate --format json"
// against the published report schema, once its "file" member is taken
// out, and that it reads back into a validate.Report.
func checkReportJSON(t *testing.T, name string, file map[string]json.RawMessage) {
	t.Helper()
	report := maps.Clone(file)
	delete(report, "file")
	b, err := json.Marshal(report)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if err := schema.ReportSchema().Validate(v); err != nil {
		t.Errorf("%s: the report does not satisfy %s: %v", name, schema.ReportFile, err)
	}
	var r validate.Report
	if err := json.Unmarshal(b, &r); err != nil || r.Language == "" {
		t.Errorf("%s: the report does not read back: %v", name, err)
	}
}

func compactJSON(b []byte) string {
	var v any
	json.Unmarshal(b, &v)
	out, _ := json.Marshal(v)
	return string(out)
}

func TestValidateText(t *testing.T) {
	cases := filepath.Join("..", "..", "validate", "testdata", "cases")
	typo := filepath.Join(cases, "schema.additional-member-misspelled.json")
	valid := filepath.Join(cases, "valid.json")
	code, stdout, _ := runOGP(t, "", "validate", typo, valid)
	want := typo + `:47:9: error schema.required: member "title" is required here (/plans/0/commitments/0)
` + typo + `:91:11: error schema.additional-member: member "titel" is not part of the format (did you mean "title"); a member of your own must have a name that starts with "x-" (/plans/0/commitments/0/titel)
` + typo + `: not valid, 2 finding(s)
` + valid + `: valid, 0 finding(s)
`
	if code != exitInvalid || stdout != want {
		t.Errorf("exit %d, output\n%s\nwant exit 1, output\n%s", code, stdout, want)
	}

	code, stdout, _ = runOGP(t, `{"formatVersion": "1.0.0",`, "validate", "-")
	if code != exitInvalid || !strings.HasPrefix(stdout, "<stdin>:1:27: error json.syntax:") {
		t.Errorf("stdin: exit %d, %q", code, stdout)
	}
	// Warnings make a file invalid only in strict mode.
	warn := filepath.Join(cases, "text.missing-language.json")
	if code, _, _ := runOGP(t, "", "validate", warn); code != exitOK {
		t.Errorf("warnings only: exit %d, want 0", code)
	}
	if code, _, _ := runOGP(t, "", "validate", "--strict", warn); code != exitInvalid {
		t.Errorf("warnings only, --strict: exit %d, want 1", code)
	}
}

func TestValidateUsage(t *testing.T) {
	for _, args := range [][]string{
		{"validate"},
		{"validate", "--format", "xml", "a.json"},
		{"validate", "--lang", "de", "a.json"},
		{"validate", "--profile", "nowhere", "a.json"},
		{"validate", "no/such/file.json"},
	} {
		if code, _, stderr := runOGP(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and a message", args, code, stderr)
		}
	}
}

// TestValidateSARIF checks the SARIF output that code-scanning tools read:
// one result per finding, with its code, level, message, line, column and
// JSON Pointer, and each code found listed once as a rule.
func TestValidateSARIF(t *testing.T) {
	file := "../../validate/testdata/cases/text.missing-language.json"
	code, out, _ := runOGP(t, "", "validate", "--format", "sarif", file)
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil || code != exitOK {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	_, text, _ := runOGP(t, "", "validate", file)
	lines := strings.Split(strings.TrimSpace(text), "\n")
	results := log.Runs[0].Results
	if log.Version != "2.1.0" || len(results) != len(lines)-1 || len(log.Runs[0].Tool.Driver.Rules) != 1 {
		t.Fatalf("version %s, %d results, %d rules; want 2.1.0, %d results, 1 rule", log.Version, len(results), len(log.Runs[0].Tool.Driver.Rules), len(lines)-1)
	}
	for i, r := range results {
		loc := r.Locations[0]
		got := fmt.Sprintf("%s:%d:%d: %s %s: %s (%s)", loc.PhysicalLocation.ArtifactLocation.URI,
			loc.PhysicalLocation.Region.StartLine, loc.PhysicalLocation.Region.StartColumn,
			r.Level, r.RuleID, r.Message.Text, loc.LogicalLocations[0].FullyQualifiedName)
		if got != lines[i] {
			t.Errorf("result %d:\n%s\nwant the text output's\n%s", i, got, lines[i])
		}
	}
}

// TestValidateWorkbook validates an exported workbook with one cell
// edited: the finding names that cell, --annotate writes the marked copy,
// and a file that is no workbook gets one finding, sheet.unreadable.
func TestValidateWorkbook(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "plan.xlsx")
	if code, _, stderr := runOGP(t, "", "sheet", "export", "-o", book, "../../examples/local-riverton/riverton-2024-2025.json"); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Plans")
	if err != nil {
		t.Fatal(err)
	}
	cell := ""
	for i, name := range rows[1] { // row 2 names the columns
		if name == "member.country" {
			cell, _ = excelize.CoordinatesToCellName(i+1, 3)
		}
	}
	if err := f.SetCellStr("Plans", cell, "Canada"); err != nil { // not a country code
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	annotated := filepath.Join(dir, "marked.xlsx")
	code, out, stderr := runOGP(t, "", "validate", "--annotate", annotated, book)
	if code != exitInvalid || !strings.Contains(out, book+":Plans!"+cell+": error schema.pattern: ") {
		t.Errorf("exit %d, output:\n%s%s\nwant exit 1 and the pattern finding on Plans!%s", code, out, stderr, cell)
	}
	g, err := excelize.OpenFile(annotated)
	if err != nil {
		t.Fatalf("annotated copy: %v", err)
	}
	if sheets := g.GetSheetList(); sheets[0] != "Findings" {
		t.Errorf("annotated copy has sheets %v; want Findings first", sheets)
	}
	g.Close()

	notBook := filepath.Join(dir, "not.xlsx")
	os.WriteFile(notBook, []byte(`{"formatVersion": "1.0.0"}`), 0o666)
	code, out, _ = runOGP(t, "", "validate", notBook)
	if code != exitInvalid || !strings.Contains(out, "error sheet.unreadable: the workbook cannot be read") {
		t.Errorf("exit %d, output:\n%s\nwant exit 1 and sheet.unreadable", code, out)
	}
	if code, _, stderr := runOGP(t, "", "validate", "--annotate", annotated, "../../examples/local-riverton/riverton-2024-2025.json"); code != exitUsage {
		t.Errorf("--annotate on JSON: exit %d, %s; want a usage error", code, stderr)
	}
}
