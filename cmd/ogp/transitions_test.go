package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// runTransitionsCmd runs ogp with args and returns its output and exit
// status.
func runTransitionsCmd(args ...string) (stdout, stderr string, code int) {
	var out, errOut bytes.Buffer
	code = run(testEnv("", &out, &errOut), args)
	return out.String(), errOut.String(), code
}

func TestTransitionsPrintsTheGeneratedFiles(t *testing.T) {
	for _, tc := range []struct {
		args []string
		file string
	}{
		{[]string{"transitions"}, "../../schema/v1/status-transitions.json"},
		{[]string{"transitions", "--format", "json"}, "../../schema/v1/status-transitions.json"},
		{[]string{"transitions", "--format", "mermaid"}, "../../status/testdata/transitions.en.mmd"},
		{[]string{"transitions", "--format", "mermaid", "--lang", "fr"}, "../../status/testdata/transitions.fr.mmd"},
		{[]string{"transitions", "--format=dot"}, "../../status/testdata/transitions.en.dot"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			want, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			out, errOut, code := runTransitionsCmd(tc.args...)
			if code != exitOK || out != string(want) {
				t.Errorf("exit %d, stderr %q; output differs from %s:\n%s", code, errOut, tc.file, out)
			}
		})
	}
}

// TestTransitionsFrench checks that the French diagrams show no English
// word: status titles and kinds are French (state ids stay codes).
func TestTransitionsFrench(t *testing.T) {
	// What a diagram shows: Mermaid's state names and arrow labels, DOT's
	// labels.
	shown := regexp.MustCompile(`state "([^"]*)"|: (.*)|label="([^"]*)"`)
	for _, format := range []string{"mermaid", "dot"} {
		out, errOut, code := runTransitionsCmd("transitions", "--format", format, "--lang", "fr")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", format, code, errOut)
		}
		var words []string
		for _, m := range shown.FindAllStringSubmatch(out, -1) {
			words = append(words, m[1]+m[2]+m[3])
		}
		out = strings.Join(words, "\n")
		for _, english := range []string{"start", "advance", "withdraw", "regress", "reinstate", "invalid", "Complete", "progress", "Not started"} {
			if strings.Contains(out, english) {
				t.Errorf("%s: the French diagram has %q", format, english)
			}
		}
		for _, french := range []string{"Réalisé", "recul", "impossible"} {
			if !strings.Contains(out, french) {
				t.Errorf("%s: the French diagram lacks %q", format, french)
			}
		}
	}
}

func TestTransitionsUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"transitions", "--format", "svg"},
		{"transitions", "--lang", "de"},
		{"transitions", "extra"},
		{"transitions", "--nope"},
	} {
		if _, errOut, code := runTransitionsCmd(args...); code != exitUsage || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with a message", args, code, errOut)
		}
	}
}

func TestTransitionsInvalidFlagValues(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"transitions", "--format", "svg"}, "ogp transitions: invalid --format \"svg\": want json, mermaid or dot\nusage: ogp transitions"},
		{[]string{"transitions", "--lang", "de"}, "ogp transitions: invalid --lang \"de\": want en or fr\nusage: ogp transitions"},
	} {
		if _, errOut, code := runTransitionsCmd(tc.args...); code != exitUsage || !strings.HasPrefix(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}
