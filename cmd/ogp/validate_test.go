package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/xuri/excelize/v2"

	"github.com/ogpx/interchange/finding"
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
		case strings.HasPrefix(name, "profile."):
			flags = []string{"--profile", "canada"}
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
// against the published report schema, as it is ("file" included), and
// that it reads back into a validate.Report.
func checkReportJSON(t *testing.T, name string, file map[string]json.RawMessage) {
	t.Helper()
	if _, ok := file["file"]; !ok {
		t.Errorf("%s: the report has no member \"file\"", name)
	}
	b, err := json.Marshal(file)
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
` + typo + `:91:11: error schema.additional-member: member "titel" is not part of the format (did you mean "title"?); a member of your own must have a name that starts with "x-" (/plans/0/commitments/0/titel)
` + typo + `: not valid, 2 findings
` + valid + `: valid, no findings
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

// sarifSchema compiles the SARIF 2.1.0 JSON Schema vendored in
// testdata/sarif, asserting its formats (uri, uri-reference, date-time,
// uuid), which draft 2020-12 only annotates by default.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	const file = "testdata/sarif/sarif-2.1.0.schema.json"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	if err := c.AddResource(file, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(file)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestValidateSARIFSchema validates the SARIF output of "ogp validate"
// against the SARIF 2.1.0 JSON Schema, in English and French: on the whole
// corpus at once, and again with each of the limits that the corpus's
// maxbytes. and maxfindings. cases need; on standard input; on workbooks;
// and under Canada's strictest plan. It checks too what the schema cannot:
// each result names its rule by id and index, each code found is one rule
// with a title and a readable help text, and levels follow severities.
func TestValidateSARIFSchema(t *testing.T) {
	s := sarifSchema(t)
	cases, _ := filepath.Glob(filepath.Join("..", "..", "validate", "testdata", "cases", "*.json"))
	canada, _ := filepath.Glob(filepath.Join("..", "..", "canada", "testdata", "ca-*.json"))
	if len(cases) == 0 || len(canada) == 0 {
		t.Fatal("no corpus")
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "plan with space.xlsx")
	if code, _, stderr := runOGP(t, "", "sheet", "export", "-o", book, "../../examples/local-riverton/riverton-2024-2025.json"); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	notBook := filepath.Join(dir, "not.xlsx")
	if err := os.WriteFile(notBook, []byte(`{}`), 0o666); err != nil {
		t.Fatal(err)
	}

	runs := []struct {
		name, stdin string
		args        []string
	}{
		{"corpus", "", cases},
		{"corpus --max-bytes", "", append([]string{"--max-bytes", "1024"}, cases...)},
		{"corpus --max-findings", "", append([]string{"--max-findings", "3"}, cases...)},
		{"stdin", `{"formatVersion": "1.0.0",`, []string{"-"}},
		{"workbooks", "", []string{book, notBook}},
		{"canada/2025-2029", "", append([]string{"--profile", "canada/2025-2029"}, canada...)},
	}
	codes := map[string]bool{}
	for _, run := range runs {
		for _, lang := range []string{"en", "fr"} {
			name := run.name + " " + lang
			args := append([]string{"validate", "--format", "sarif", "--lang", lang}, run.args...)
			code, out, stderr := runOGP(t, run.stdin, args...)
			if code == exitUsage {
				t.Fatalf("%s: exit %d: %s", name, code, stderr)
			}
			var v any
			d := json.NewDecoder(strings.NewReader(out))
			d.UseNumber()
			if err := d.Decode(&v); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := s.Validate(v); err != nil {
				t.Errorf("%s: the output does not satisfy the SARIF 2.1.0 schema: %#v", name, err)
			}
			var log sarifLog
			if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
				t.Fatalf("%s: not one run: %v", name, err)
			}
			checkSARIFRun(t, name, lang, log.Runs[0])
			for _, r := range log.Runs[0].Results {
				codes[r.RuleID] = true
			}
		}
	}
	for _, want := range []string{validate.CodeTooLarge, validate.CodeTruncated, validate.CodeSyntax, validate.CodeWorkbook, "canada.challenges-required"} {
		if !codes[want] {
			t.Errorf("no run reported %s", want)
		}
	}
}

// checkSARIFRun checks what the SARIF schema cannot say about a run of
// "ogp validate --lang lang".
func checkSARIFRun(t *testing.T, name, lang string, run sarifRun) {
	t.Helper()
	rules := run.Tool.Driver.Rules
	if run.Language != lang || run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Version == "" {
		t.Errorf("%s: language %q, columnKind %q, version %q", name, run.Language, run.ColumnKind, run.Tool.Driver.Version)
	}
	used := map[string]bool{}
	for _, r := range run.Results {
		used[r.RuleID] = true
		if r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: result of %s has ruleIndex %d, not its rule", name, r.RuleID, r.RuleIndex)
		}
		c, _ := finding.Lookup(r.RuleID)
		if want := sarifLevel(c.Severity); r.Level != want {
			t.Errorf("%s: result of %s has level %s, want %s", name, r.RuleID, r.Level, want)
		}
		// A JSON Pointer first, a cell after it; none for the whole
		// document.
		for i, l := range r.Locations[0].LogicalLocations {
			if l.FullyQualifiedName == "" || l.Kind != "value" && l.Kind != "cell" || i > 0 && l.Kind == "value" {
				t.Errorf("%s: logical location %d of %s: %+v", name, i, r.RuleID, l)
			}
		}
	}
	for i, rule := range rules {
		if !used[rule.ID] || i > 0 && rules[i-1].ID >= rule.ID {
			t.Errorf("%s: rule %d, %s, is not a code found, or out of order", name, i, rule.ID)
		}
		if rule.Name != rule.ID || rule.ShortDescription.Text != finding.Title(lang, rule.ID) || rule.ShortDescription.Text == "" {
			t.Errorf("%s: rule %s has name %q and short description %q; want the code and its title", name, rule.ID, rule.Name, rule.ShortDescription.Text)
		}
		if help := rule.Help.Text; help == "" || strings.ContainsAny(help, "{}") || help != rule.FullDescription.Text {
			t.Errorf("%s: rule %s has help %q", name, rule.ID, help)
		}
	}
	if len(rules) != len(used) {
		t.Errorf("%s: %d rules for %d codes found", name, len(rules), len(used))
	}
}

func TestSARIFURI(t *testing.T) {
	for in, want := range map[string]string{
		"-":                  "stdin",
		"<stdin>":            "stdin",
		"plans/ca.json":      "plans/ca.json",
		"../ca 2024.json":    "../ca%202024.json",
		"a:b.json":           "./a:b.json",
		"/tmp/plan #1.json":  "file:///tmp/plan%20%231.json",
		"100%.json":          "100%25.json",
		"résumé/plan.json":   "r%C3%A9sum%C3%A9/plan.json",
		"plans/x?y.json":     "plans/x%3Fy.json",
		"plans/ca-2025.xlsx": "plans/ca-2025.xlsx",
		"./plans/../ca.json": "./plans/../ca.json",
		"plans\\ca.json":     "plans%5Cca.json",
	} {
		if got := sarifURI(in); got != want {
			t.Errorf("sarifURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestValidateCanadaPlans runs "ogp validate --profile canada" on a report
// of each of Canada's three plans, whose rules differ: each passes the
// rules of its own plan, chosen from the document, and fails those of the
// next, stricter plan when named.
func TestValidateCanadaPlans(t *testing.T) {
	dir := filepath.Join("..", "..", "canada", "testdata")
	for _, file := range []string{"ca-2018-2020.json", "ca-2022-2024.json", "ca-2025-2029.json"} {
		path := filepath.Join(dir, file)
		if code, out, stderr := runOGP(t, "", "validate", "--profile", "canada", path); code != exitOK || strings.Contains(out, "canada.") {
			t.Errorf("--profile canada %s: exit %d, want 0 and no canada.* finding:\n%s%s", file, code, out, stderr)
		}
	}
	for _, c := range []struct{ profile, file, code string }{
		{"canada/2022-2024", "ca-2018-2020.json", "canada.progress-required"},
		{"canada/2025-2029", "ca-2022-2024.json", "canada.challenges-required"},
	} {
		code, out, stderr := runOGP(t, "", "validate", "--profile", c.profile, filepath.Join(dir, c.file))
		if code != exitInvalid || !strings.Contains(out, "error "+c.code+": ") {
			t.Errorf("--profile %s %s: exit %d, want 1 and %s:\n%s%s", c.profile, c.file, code, c.code, out, stderr)
		}
	}

	// What the README says of Canada's real 2018-2020 plan: valid under its
	// own plan's rules, and 25 reports without French progress under
	// 2022-2024's.
	example := filepath.Join("..", "..", "examples", "canada-2018-2020", "canada-2018-2020.json")
	if code, out, _ := runOGP(t, "", "validate", "--profile", "canada", example); code != exitOK || strings.Contains(out, "canada.") {
		t.Errorf("--profile canada on Canada's plan: exit %d, want 0 and no canada.* finding", code)
	}
	code, out, _ := runOGP(t, "", "validate", "--profile", "canada/2022-2024", example)
	if n := strings.Count(out, "error canada."); code != exitInvalid || n != 25 || n != strings.Count(out, "error canada.progress-required: ") {
		t.Errorf("--profile canada/2022-2024 on Canada's plan: exit %d, %d canada.* errors; want exit 1 and 25 canada.progress-required", code, n)
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

// A finding about the whole document has no logical location in SARIF,
// and a pointer that holds a bidirectional control is escaped, as the
// message is; the JSON output keeps the pointer as data.
func TestSARIFLogicalLocations(t *testing.T) {
	doc := "{\"formatVersion\": \"1.0.0\", \"x\u202e\": 1}"
	_, out, _ := runOGP(t, doc, "validate", "--format", "sarif", "-")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	root, escaped := false, false
	for _, r := range log.Runs[0].Results {
		ls := r.Locations[0].LogicalLocations
		if len(ls) == 0 {
			root = true
			continue
		}
		if strings.ContainsRune(ls[0].FullyQualifiedName, '\u202e') {
			t.Errorf("%s: raw U+202E in %q", r.RuleID, ls[0].FullyQualifiedName)
		}
		escaped = escaped || ls[0].FullyQualifiedName == `/x\u202e`
	}
	if !root || !escaped {
		t.Errorf("a finding of the whole document without logical location: %v; an escaped pointer: %v\n%s", root, escaped, out)
	}
	_, out, _ = runOGP(t, doc, "validate", "--format", "json", "-")
	if !strings.Contains(out, "\"path\": \"/x\u202e\"") {
		t.Errorf("the JSON output does not keep the pointer as data:\n%s", out)
	}
}
