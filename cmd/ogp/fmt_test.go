package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testToday is the day the tests' clock says it is: --as-of's default.
var testToday = time.Date(2026, time.May, 1, 12, 0, 0, 0, time.UTC)

// testEnv returns an env with the given standard input and outputs, and
// the tests' clock.
func testEnv(stdin string, stdout, stderr io.Writer) *env {
	return &env{stdin: strings.NewReader(stdin), stdout: stdout, stderr: stderr, now: func() time.Time { return testToday }}
}

// runOGP runs the command line with args and the given standard input.
func runOGP(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(testEnv(stdin, &out, &errOut), args)
	return code, out.String(), errOut.String()
}

func TestFmtPrintsExamplesUnchanged(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*", "*.json"))
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, file := range files {
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		code, out, errOut := runOGP(t, "", "fmt", file)
		if code != exitOK || out != string(want) || errOut != "" {
			t.Errorf("ogp fmt %s: exit %d, output unchanged %v, stderr %q", file, code, out == string(want), errOut)
		}
	}
}

// smallest is the smallest valid document, with one extension member.
const smallest = `{"formatVersion":"1.0.0","publisher":{"name":{"en":"P"}},"languages":["en"],"x-a":1,` +
	`"plans":[{"id":"P","member":{"kind":"national","country":"CA","name":{"en":"C"}},"title":{"en":"T"},` +
	`"period":{"start":"2020","end":"2021"},"commitments":[]}]}`

func TestFmtReportsBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		stderr      string
	}{
		{"canonicalises stdin", smallest, []string{"fmt", "-"}, exitOK, ""},
		{"unknown member", strings.Replace(smallest, `"x-a":1`, "\n\"plan\": []", 1), []string{"fmt", "-"}, exitInvalid,
			"<stdin>:2:1: error schema.additional-member: member \"plan\" is not part of the format (did you mean \"plans\"?)"},
		{"every error", `{"formatVersion": "1.0.0", "languages": ["en", 1]}`, []string{"fmt", "-"}, exitInvalid,
			"<stdin>:1:1: error schema.required: member \"plans\" is required here\n<stdin>:1:1: error schema.required: member \"publisher\" is required here\n" +
				"<stdin>:1:48: error schema.type: want a string, found an integer (/languages/1)\n"},
		{"truncated", `{"formatVersion": "1.0.0", "plans": [{`, []string{"fmt", "-"}, exitInvalid,
			"<stdin>:1:39: error json.syntax: the file is not valid JSON: the file ends in the middle of a value (/plans/0)\n"},
		{"newer major", `{"formatVersion": "2.0.0", "plans": []}`, []string{"fmt", "-"}, exitInvalid,
			"<stdin>:1:2: error version.unsupported: format version \"2.0.0\" cannot be read: this validator reads versions 1.x (1.0.0) (/formatVersion)\n"},
		{"invalid date", strings.Replace(smallest, `"x-a":1`, `"published": "2020-13"`, 1), []string{"fmt", "-"}, exitInvalid,
			"<stdin>:1:77: error schema.pattern: \"2020-13\" is not a date written YYYY, YYYY-MM or YYYY-MM-DD"},
		{"in French", `{"formatVersion": "1.0.0", "languages": ["en", 1]}`, []string{"fmt", "--lang", "fr-CA", "-"}, exitInvalid,
			"<stdin>:1:1: erreur schema.required\u00a0: le membre "},
		{"a byte order mark", "\ufeff" + smallest, []string{"fmt", "-"}, exitInvalid, "<stdin>:1:1: error json.syntax: "},
		{"missing file in French", "", []string{"fmt", "--lang", "fr", "no/such/file.json"}, exitUsage,
			"no/such/file.json: erreur file.unreadable\u00a0: le fichier ne peut pas être lu\u00a0: fichier ou dossier introuvable\n"},
		{"unknown language", "", []string{"fmt", "--lang", "de", "-"}, exitUsage, "ogp fmt: invalid --lang \"de\": want en or fr\nusage: ogp fmt"},
		{"missing file", "", []string{"fmt", "no/such/file.json"}, exitUsage, "no/such/file.json: error file.unreadable: the file cannot be read: no such file or directory\n"},
		{"no argument", "", []string{"fmt"}, exitUsage, "ogp fmt: missing file\nusage: ogp fmt [-w] [--check] [flags] FILE|FOLDER|-..."},
		{"the other files still read", smallest, []string{"fmt", "a", "-"}, exitUsage, "a: error file.unreadable: the file cannot be read: no such file or directory\n"},
		{"too large", smallest, []string{"fmt", "--max-bytes", "20", "-"}, exitInvalid, "<stdin>:1:1: error json.too-large: the file is larger than 20 bytes\n"},
		{"limit not positive", smallest, []string{"fmt", "--max-bytes", "0", "-"}, exitUsage, "ogp fmt: --max-bytes must be positive\nusage: ogp fmt"},
		{"unknown flag", "", []string{"fmt", "-z", "a"}, exitUsage, "ogp fmt: unknown flag -z\nusage: ogp fmt"},
		{"unknown command", "", []string{"frobnicate"}, exitUsage, "ogp: unknown command \"frobnicate\"\nusage: ogp"},
		{"no command", "", nil, exitUsage, "ogp: missing command\nusage: ogp <command>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runOGP(t, tt.stdin, tt.args...)
			if code != tt.code || !strings.HasPrefix(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d, stderr starting %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
}

// TestFmtWriteAndCheck rewrites a folder's documents in place with -w and
// checks them with --check: a file not canonical is listed, exits 1, and
// is rewritten whole, keeping its mode; a canonical one is not touched; a
// file that does not decode is reported and left as it is.
func TestFmtWriteAndCheck(t *testing.T) {
	dir := t.TempDir()
	canonical, err := os.ReadFile(canadaExample)
	if err != nil {
		t.Fatal(err)
	}
	messy := strings.Replace(smallest, `{"formatVersion"`, "{\n    \"formatVersion\"", 1)
	for name, data := range map[string]string{"a.json": messy, "b.json": string(canonical), "c.json": "{"} {
		os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600)
	}
	a, c := filepath.Join(dir, "a.json"), filepath.Join(dir, "c.json")
	code, out, stderr := runOGP(t, "", "fmt", dir, "--check")
	if code != exitInvalid || out != a+"\n" || !strings.HasPrefix(stderr, c+":1:2: error json.syntax: ") {
		t.Errorf("--check: exit %d, stdout %q, stderr %q; want exit 1, %s listed, c.json reported", code, out, stderr, a)
	}
	if got, _ := os.ReadFile(a); string(got) != messy {
		t.Error("--check changed a file")
	}
	code, out, _ = runOGP(t, "", "fmt", "-w", dir)
	got, _ := os.ReadFile(a)
	info, _ := os.Stat(a)
	if code != exitInvalid || out != "" || strings.Count(string(got), "\n") < 5 || info.Mode().Perm() != 0o600 {
		t.Errorf("-w: exit %d (want 1, for c.json), stdout %q, a.json now:\n%s (mode %v)", code, out, got, info.Mode().Perm())
	}
	if got, _ := os.ReadFile(c); string(got) != "{" {
		t.Error("-w changed a file that does not decode")
	}
	os.Remove(c)
	if code, out, stderr := runOGP(t, "", "fmt", "--check", dir); code != exitOK || out != "" || stderr != "" {
		t.Errorf("--check after -w: exit %d, %q, %q", code, out, stderr)
	}
	if code, _, stderr := runOGP(t, smallest, "fmt", "-w", "-"); code != exitUsage || !strings.HasPrefix(stderr, "ogp fmt: -w cannot rewrite standard input\nusage: ") {
		t.Errorf("-w -: exit %d, %q", code, stderr)
	}
}
