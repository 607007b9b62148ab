package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOverdueCommand(t *testing.T) {
	code, out, stderr := runCmd(t, "", "overdue", "--as-of", "2021-07-01", canadaExample)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, row := range []string{
		"PLAN ITEM DEADLINE DUE DAYS LATE STATUS REPORTED",
		"CA-2018-2020 C04.7.6 - 2021-06-30 1 - -",
		"CA-2018-2020 C10.7.2 2020-05 2020-05-31 396 Substantial progress 2021-06",
	} {
		if !hasRow(out, row) {
			t.Errorf("no row %q in:\n%s", row, out)
		}
	}
	if strings.Contains(out, "C10.3.1") {
		t.Errorf("C10.3.1 is complete but listed")
	}
}

func TestOverdueCommandJSON(t *testing.T) {
	code, out, _ := runCmd(t, "", "overdue", "--as-of", "2018-09", "--format", "json", canadaExample)
	var rep struct {
		Late    []map[string]any `json:"late"`
		Unknown []map[string]any `json:"unknown"`
	}
	if err := json.Unmarshal([]byte(out), &rep); code != exitOK || err != nil {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	got := rep.Late
	// C08.1.1's due_date is 2018-04 in Canada's table, though its text
	// says April 2020.
	if len(got) != 2 || got[0]["item"] != "C08.1.1" || got[1]["item"] != "C08.8.1" ||
		got[1]["plan"] != "CA-2018-2020" || got[1]["daysLate"] != 30.0 {
		t.Errorf("as of September 2018, want C08.1.1 and C08.8.1 (30 days late):\n%s", out)
	}
}

func TestOverdueCommandUsage(t *testing.T) {
	for _, args := range [][]string{
		{"overdue", "--as-of", "soon", canadaExample},
		{"overdue", "--as-of", "2020-09", "--format", "csv", canadaExample},
		{"overdue", "--as-of", "2020-09"},
	} {
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestOverdueCommandInvalidFormat(t *testing.T) {
	code, _, stderr := runCmd(t, "", "overdue", "--as-of", "2020-09", "--format", "csv", canadaExample)
	want := "ogp overdue: invalid --format \"csv\": want text or json\nusage: ogp overdue"
	if code != exitUsage || !strings.HasPrefix(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, want)
	}
}
