package validate

import (
	"bytes"
	"encoding/json"
	"flag"
	_ "github.com/ogpx/interchange/canada"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/finding"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/cases")

// CaseOptions returns the options a corpus case is validated with, read from
// its file name: "maxbytes." cases use a
// 1 KiB limit, "maxfindings." cases a limit of three findings.
func caseOptions(name string) []Option {
	switch {
	case strings.HasPrefix(name, "maxbytes."):
		return []Option{MaxBytes(1024)}
	case strings.HasPrefix(name, "maxfindings."):
		return []Option{MaxFindings(3)}
	case strings.HasPrefix(name, "profile."):
		return []Option{Profile("canada")}
	}
	return nil
}

// caseCode returns the code a case is named after: "schema.required" for
// "schema.required-title.json", "" for a valid case.
func caseCode(name string) string {
	name = strings.TrimSuffix(name, ".json")
	for _, prefix := range []string{"maxbytes.", "maxfindings."} {
		name = strings.TrimPrefix(name, prefix)
	}
	if strings.HasSuffix(name, "valid") {
		return ""
	}
	for _, c := range reported() {
		if name == c.ID || strings.HasPrefix(name, c.ID+"-") {
			return c.ID
		}
	}
	return name
}

func corpus(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	return files
}

// TestCorpus validates every case in English and French and compares the
// reports with the golden files: codes, pointers, lines, columns and
// messages.
func TestCorpus(t *testing.T) {
	seen := map[string]bool{}
	for _, file := range corpus(t) {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]*Report{}
			for _, lang := range []string{"en", "fr"} {
				r, err := Validate(data, append(caseOptions(name), Language(lang))...)
				if err != nil {
					t.Fatal(err)
				}
				got[lang] = r
			}
			for _, f := range got["en"].Findings {
				seen[f.Code] = true
			}
			want := caseCode(name)
			codes := findingCodes(got["en"])
			if want == "" && (len(codes) > 0 || !got["en"].Valid) {
				t.Errorf("a valid case has findings: %v", got["en"].Findings)
			}
			if want != "" && !slices.Contains(codes, want) {
				t.Errorf("findings %v lack %s, the code the case is named after", codes, want)
			}
			for i, f := range got["en"].Findings {
				fr := got["fr"].Findings[i]
				if fr.Code != f.Code || fr.Path != f.Path || fr.Line != f.Line || fr.Column != f.Column {
					t.Errorf("the French report differs in more than its messages: %v / %v", f, fr)
				}
				if en, fr := f.Message("en"), fr.Message("fr"); strings.ContainsAny(en+fr, "{}") {
					t.Errorf("a message has an unfilled value: %q / %q", en, fr)
				}
			}
			compareGolden(t, strings.TrimSuffix(file, ".json")+".golden", got)
		})
	}
	for _, c := range reported() {
		if !seen[c.ID] && !strings.HasPrefix(c.ID, "sheet.") { // sheet's own tests give those
			t.Errorf("no case of the corpus gives %s", c.ID)
		}
	}
}

func findingCodes(r *Report) []string {
	var codes []string
	for _, f := range r.Findings {
		codes = append(codes, f.Code)
	}
	return codes
}

func compareGolden(t *testing.T, golden string, got any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./validate -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("report differs from %s (run go test ./validate -update and review the diff):\n%s", golden, buf.String())
	}
}

// TestCodesAreDocumented checks that the package documentation lists every
// code, and no other.
func TestCodesAreDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, line := range strings.Split(string(doc), "\n") {
		if f := strings.Fields(strings.TrimPrefix(line, "//")); len(f) > 1 && strings.Contains(f[0], ".") && (f[1] == "error" || f[1] == "warning" || f[1] == "notice") {
			listed = append(listed, f[0])
			info, ok := finding.Lookup(f[0])
			if !ok {
				t.Errorf("doc.go lists %s, which is not a code", f[0])
			} else if info.Severity.String() != f[1] {
				t.Errorf("doc.go gives %s the severity %s; it is %s", f[0], f[1], info.Severity)
			}
		}
	}
	for _, c := range reported() {
		if !slices.Contains(listed, c.ID) {
			t.Errorf("doc.go does not list %s", c.ID)
		}
		if c.Message["en"] == "" || c.Message["fr"] == "" {
			t.Errorf("%s lacks a message in English or French", c.ID)
		}
	}
}
