package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runCmd runs ogp with args and returns its exit status and outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(testEnv(stdin, &stdout, &stderr), args)
	return code, stdout.String(), stderr.String()
}

func TestDeadlineCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "deadline", "--fiscal-year-end", "3", "By fall 2022", "D'ici l'automne 2022", "By fiscal year 2023-24", "Ongoing")
	want := `TEXT                      KIND     DATE     DUE
"By fall 2022"            once     2022-23  2022-11-30
"D'ici l'automne 2022"    once     2022-23  2022-11-30
"By fiscal year 2023-24"  once     2024-03  2024-03-31
"Ongoing"                 ongoing  -        the plan's end
`
	if code != exitOK || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

func TestDeadlineCommandFrenchSouth(t *testing.T) {
	code, out, _ := runCmd(t, "", "deadline", "--lang", "fr", "--hemisphere", "south", "--plan-end", "2025-12", "Printemps 2024", "En cours")
	want := "TEXTE               TYPE      DATE     ÉCHÉANCE\n" +
		"«\u00a0Printemps 2024\u00a0»  ponctuel  2024-29  2024-11-30\n" +
		"«\u00a0En cours\u00a0»        en cours  -        2025-12-31\n"
	if code != exitOK || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

func TestDeadlineCommandUnreadable(t *testing.T) {
	code, out, _ := runCmd(t, "", "deadline", "--format", "json", "May 2020", "Within a year of royal assent")
	if code != exitInvalid {
		t.Errorf("exit %d, want %d", code, exitInvalid)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(got) != 2 || got[0]["date"] != "2020-05" || got[0]["kind"] != "once" ||
		got[1]["kind"] != "unreadable" || got[1]["reason"] == nil || got[1]["message"] == nil || got[1]["date"] != nil {
		t.Errorf("output:\n%s", out)
	}
}

func TestDeadlineCommandNoFiscalCalendarByDefault(t *testing.T) {
	code, out, _ := runCmd(t, "", "deadline", "By fiscal year 2023-24")
	want := `TEXT                      KIND        DATE  DUE
"By fiscal year 2023-24"  unreadable  -     fiscal year 2023-24 spans two years, but the member's fiscal year end is not given or is December
`
	if code != exitInvalid || out != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s", code, out, want)
	}
}

func TestDeadlineCommandInvalidFlagValues(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--hemisphere", "sud"}, `ogp deadline: invalid --hemisphere "sud": want north or south`},
		{[]string{"--lang", "de"}, `ogp deadline: invalid --lang "de": want en or fr`},
		{[]string{"--format", "xml"}, `ogp deadline: invalid --format "xml": want text or json`},
		{[]string{"--fiscal-year-end", "13"}, `ogp deadline: invalid --fiscal-year-end 13: want a month from 1 to 12, or 0 for none`},
		{[]string{"--fiscal-year-end", "-1"}, `ogp deadline: invalid --fiscal-year-end -1: want a month from 1 to 12, or 0 for none`},
	} {
		args := append(append([]string{"deadline"}, tc.args...), "May 2020")
		code, _, stderr := runCmd(t, "", args...)
		if code != exitUsage || !strings.HasPrefix(stderr, tc.want+"\nusage: ogp deadline [flags] TEXT|-...\n") {
			t.Errorf("%q: exit %d, stderr:\n%s\nwant exit %d and %s, then the usage", args, code, stderr, exitUsage, tc.want)
		}
	}
}

func TestDeadlineCommandUsage(t *testing.T) {
	for _, args := range [][]string{
		{"deadline"},
		{"deadline", "--hemisphere", "east", "May 2020"},
		{"deadline", "--lang", "de", "May 2020"},
		{"deadline", "--format", "xml", "May 2020"},
		{"deadline", "--fiscal-year-end", "13", "May 2020"},
		{"deadline", "--plan-end", "June", "May 2020"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// TestDeadlineCommandSaysEveryMonth: a period of one month is "every
// month", "tous les mois", not "every 1 months"; the roles a range and a
// revision give have words in both languages.
func TestDeadlineCommandSaysEveryMonth(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Monthly until 2026", []string{"every month until 2026"}},
		{"en", "Every 6 months", []string{"every 6 months"}},
		{"fr", "Chaque mois", []string{"tous les mois"}},
		{"fr", "Tous les 6 mois jusqu'en 2026", []string{"tous les 6 mois jusqu’en 2026"}},
		{"en", "From 2023 to 2025", []string{"2023 (start), 2025 (due)"}},
		{"fr", "Révisé : juin 2025 (initialement mars 2025)", []string{"2025-06 (échéance), 2025-03 (remplacée)"}},
	}
	for _, tt := range tests {
		code, out, _ := runCmd(t, "", "deadline", "--lang", tt.lang, tt.text)
		for _, w := range tt.want {
			if code != exitOK || !strings.Contains(out, w) {
				t.Errorf("%s %q: exit %d, output:\n%s\nwant %q", tt.lang, tt.text, code, out, w)
			}
		}
		if strings.Contains(out, " 1 month") || strings.Contains(out, "cli.") {
			t.Errorf("%s %q: %s", tt.lang, tt.text, out)
		}
	}
}
