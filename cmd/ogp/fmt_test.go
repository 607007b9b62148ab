package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runOGP runs the command line with args and the given standard input.
func runOGP(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(&env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut}, args)
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
			"<stdin>:2:1: error schema.additional-member: member \"plan\" is not part of the format (did you mean \"plans\")"},
		{"every error", `{"formatVersion": "1.0.0", "languages": ["en", 1]}`, []string{"fmt", "-"}, exitInvalid,
			"<stdin>:1:1: error schema.required: member \"plans\" is required here (/)\n<stdin>:1:1: error schema.required: member \"publisher\" is required here (/)\n" +
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
			"ogp fmt\u00a0: ouverture de no/such/file.json\u00a0: fichier ou dossier introuvable\n"},
		{"unknown language", "", []string{"fmt", "--lang", "de", "-"}, exitUsage, "ogp fmt: invalid --lang \"de\": want en or fr\nusage: ogp fmt"},
		{"missing file", "", []string{"fmt", "no/such/file.json"}, exitUsage, "ogp fmt: open no/such/file.json: no such file or directory\n"},
		{"no argument", "", []string{"fmt"}, exitUsage, "usage: ogp fmt [--lang en|fr] FILE"},
		{"two arguments", "", []string{"fmt", "a", "b"}, exitUsage, "usage: ogp fmt [--lang en|fr] FILE"},
		{"unknown flag", "", []string{"fmt", "-z", "a"}, exitUsage, "flag provided but not defined: -z"},
		{"unknown command", "", []string{"frobnicate"}, exitUsage, "ogp: unknown command \"frobnicate\""},
		{"no command", "", nil, exitUsage, "usage: ogp <command>"},
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
