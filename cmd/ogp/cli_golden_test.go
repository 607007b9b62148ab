package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// A goldenRun is one command line of a golden file.
type goldenRun struct {
	args     []string
	stdin    string // a file of testdata whose content is standard input
	noStdout bool   // the output is a document: too long to keep
}

// canadaSource holds the files the Canadian example is imported from.
var canadaSource = filepath.Join("..", "..", "examples", "canada-2018-2020", "source")

// frenchRuns are the command lines of each command's French golden file,
// testdata/<command>.fr.golden: the Canadian example and bad input.
func frenchRuns(t *testing.T) map[string][]goldenRun {
	data, err := os.ReadFile(canadaExample)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for item := range doc.Plans[0].Items() {
		if d := item.Deadline; d != nil && d.Text["fr"] != "" {
			texts = append(texts, d.Text["fr"])
		}
	}
	slices.Sort(texts)
	texts = slices.Compact(texts)
	deadlineArgs := append([]string{"deadline", "--lang", "fr", "--fiscal-year-end", "3", "--plan-end", "2021-06"}, texts...)
	deadlineArgs = append(deadlineArgs, "Exercice 2023-24", "2021-02-30", "Mi-2021", "Aucune idée")
	return map[string][]goldenRun{
		"deadline": {
			{args: deadlineArgs},
			{args: []string{"deadline", "--lang", "fr", "2021-02-30", "Début 2022"}},
			{args: []string{"deadline", "--lang", "fr-CA", "--fiscal-year-end", "13", "Juin 2020"}},
			{args: []string{"deadline", "--lang", "fr", "--hemisphere", "sud", "Juin 2020"}},
		},
		"overdue": {
			{args: []string{"overdue", "--lang", "fr", "--as-of", "2019-07-01", canadaExample}},
			{args: []string{"overdue", "--lang", "fr", "--as-of", "2019-07-01", "-"}, stdin: "cli-misspelt.json"},
			{args: []string{"overdue", "--lang", "fr", "--as-of", "2019-07-01", "--format", "csv", canadaExample}},
		},
		"extend": {
			{args: []string{"extend", "--lang", "fr", "--policy", "ca-2020-covid-19", canadaExample}, noStdout: true},
			{args: []string{"extend", "--lang", "fr", "--policy", "ogp-2020-covid", "-"}, stdin: "cli-misspelt.json"},
			{args: []string{"extend", "--lang", "fr", "--policy", "ogp-2020-covid", "--to", "2021-09", canadaExample}},
			{args: []string{"extend", "--lang", "fr", "--policy", "ogp-2021", canadaExample}},
		},
		"fmt": {
			{args: []string{"fmt", "--lang", "fr", "-"}, stdin: "cli-misspelt.json"},
			{args: []string{"fmt", "--lang", "fr", "testdata/cli-none.json"}},
		},
		"sheet": {
			{args: []string{"sheet", "export", "--lang", "fr", "-o", "plan.xlsx", "-"}, stdin: "cli-misspelt.json"},
			{args: []string{"sheet", "import", "--lang", "fr", "testdata/cli-none.xlsx"}},
		},
		"validate": {
			{args: []string{"validate", "--lang", "fr", canadaExample}},
			{args: []string{"validate", "--lang", "fr", "--profile", "canada/2025-2029", "--max-findings", "12", canadaExample}},
			{args: []string{"validate", "--lang", "fr", "-"}, stdin: "cli-misspelt.json"},
			{args: []string{"validate", "--lang", "fr", "testdata/cli-none.json"}},
		},
		"status": {
			{args: []string{"status", "--lang", "fr", "--as-of", "2020-03", canadaExample}},
			{args: []string{"status", "--lang", "fr", "-"}, stdin: "cli-misspelt.json"},
		},
		"transitions": {
			{args: []string{"transitions", "--lang", "fr", "--format", "mermaid"}},
			{args: []string{"transitions", "--lang", "fr", "--format", "dot"}},
		},
		"import": {
			{args: []string{"import", "canada", "--lang", "fr", "--plan", filepath.Join(canadaSource, "plan.json"),
				filepath.Join(canadaSource, "canada-nap-2018-2020.yaml"), filepath.Join(canadaSource, "tracker-c10.csv")}, noStdout: true},
			{args: []string{"export", "canada", "--lang", "fr", "--rows", "-", "--id", "CA-1999", canadaExample}},
		},
	}
}

// TestFrenchGoldens runs each command in French and compares what it
// writes with its golden file; -update rewrites them.
func TestFrenchGoldens(t *testing.T) {
	for name, runs := range frenchRuns(t) {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, r := range runs {
				b.WriteString(runGolden(t, r))
			}
			file := filepath.Join("testdata", name+".fr.golden")
			if *update {
				if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if got := b.String(); got != string(want) {
				t.Errorf("%s differs (run go test -update and read the diff):\n%s", file, got)
			}
		})
	}
}

// runGolden runs r and returns it as a golden file shows it: the command
// line, the exit status and the outputs. A usage error's usage is the
// flags' help, in English: it is left out.
func runGolden(t *testing.T, r goldenRun) string {
	t.Helper()
	line := "$ ogp"
	for _, a := range r.args {
		if strings.ContainsAny(a, " '\"") {
			a = fmt.Sprintf("%q", a)
		}
		line += " " + a
	}
	var stdin []byte
	if r.stdin != "" {
		var err error
		if stdin, err = os.ReadFile(filepath.Join("testdata", r.stdin)); err != nil {
			t.Fatal(err)
		}
		line += " < testdata/" + r.stdin
	}
	code, stdout, stderr := runCmd(t, string(stdin), r.args...)
	if r.noStdout {
		stdout = fmt.Sprintf("(%d lines)\n", strings.Count(stdout, "\n"))
	}
	// The usage is its heading, in the language asked, then "(usage)".
	for _, heading := range []string{"usage: ", "utilisation\u00a0: "} {
		if i := strings.Index(stderr, heading); i >= 0 {
			stderr = stderr[:i] + heading + "(usage)\n"
		}
	}
	return fmt.Sprintf("%s\n--- exit %d\n--- stdout\n%s--- stderr\n%s\n", line, code, stdout, stderr)
}

var (
	// quoted is a string in straight double quotes: data (a JSON string,
	// a text as given), not prose.
	quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	// severityWord is an English severity outside a code ("report.error")
	// or a path.
	// place is the "file:line:column: " that starts a finding, written
	// so in every language for the editors and CI systems that read it.
	place        = regexp.MustCompile(`^[^\s:]+(:\d+:\d+)?: `)
	severityWord = regexp.MustCompile(`(?i)(?:^|[^\w.\-/])(errors?|warnings?|notices?)(?:[^\w.\-/]|$)`)
)

// TestFrenchGoldensHaveNoEnglish reads every French golden file of
// testdata, whatever command wrote it, and fails on an English severity
// and on a colon, semicolon, question or exclamation mark without French
// spacing. Command lines ("$ ogp ...") and quoted data are not prose.
func TestFrenchGoldensHaveNoEnglish(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.fr.golden"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no French golden files: %v", err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "$ ") {
				continue
			}
			for _, problem := range frenchProblems(line) {
				t.Errorf("%s:%d: %s: %s", file, i+1, problem, line)
			}
		}
	}
}

// frenchProblems returns what is not French in a line of output.
func frenchProblems(line string) []string {
	if i := strings.Index(line, "--> "); i >= 0 {
		// A Mermaid edge, "a --> b : label": only the label is prose.
		if _, label, ok := strings.Cut(line[i:], " : "); ok {
			line = label
		}
	}
	prose := quoted.ReplaceAllString(place.ReplaceAllString(line, ""), `""`)
	var problems []string
	if m := severityWord.FindStringSubmatch(prose); m != nil {
		problems = append(problems, "English severity "+m[1])
	}
	runes := []rune(prose)
	for i, r := range runes {
		if !strings.ContainsRune(":;?!", r) {
			continue
		}
		before := ' '
		if i > 0 {
			before = runes[i-1]
		}
		endsPhrase := i+1 == len(runes) || runes[i+1] == ' '
		switch {
		case i > 0 && before == ' ':
			problems = append(problems, fmt.Sprintf("ASCII space before %q", r))
		case r == ':' && endsPhrase && before != '\u00a0' && before != '"':
			problems = append(problems, "no no-break space before \":\"")
		}
	}
	return problems
}

func TestFrenchProblems(t *testing.T) {
	for line, want := range map[string]int{
		"ogp fmt\u00a0: ouverture de x\u00a0: fichier introuvable": 0,
		"<stdin>:1:1: erreur schema.required\u00a0: le membre":     0,
		"<stdin>:1:1 : erreur":                                          1,
		`{"severity": "error", "code": "report.error"}`:                 0,
		`"By fall 2022"  ponctuel  2022-23`:                             0,
		"ogp fmt: erreur":                                               1,
		"date non valide : x":                                           1,
		"warning text.missing-language\u00a0: x":                        1,
		"<stdin>:1:1\u00a0: error schema.required\u00a0: le membre ; x": 2,
	} {
		if got := frenchProblems(line); len(got) != want {
			t.Errorf("frenchProblems(%q) = %q, want %d problems", line, got, want)
		}
	}
}

// TestEveryTextHasFrench fails when a code or word registered by the
// command line or a package it uses has no French.
func TestEveryTextHasFrench(t *testing.T) {
	if missing := finding.Missing(); len(missing) > 0 {
		t.Errorf("texts missing:\n%s", strings.Join(missing, "\n"))
	}
}
