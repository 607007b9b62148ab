package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

const canadaExample = "../../examples/canada-2018-2020/canada-2018-2020.json"

func TestExtendCommand(t *testing.T) {
	tests := []struct {
		args    []string
		lines   []string // rows the change table must hold
		extends int      // extensions in the result
	}{
		{[]string{"--policy", "ca-2020-covid-19"}, []string{
			"CA-2018-2020 C01.1.1 2020-06 2021-06 moved 12 months later",
			"CA-2018-2020 C03.3.1 2020-08 2021-06 capped capped at 2021-06",
			"CA-2018-2020 C10.3.1 2018-09 2018-09 done Complete in 2019-06",
		}, 1},
		{[]string{"--policy", "ogp-2020-covid"}, []string{
			"CA-2018-2020 C03.3.1 2020-08 2021-08 moved 12 months later",
		}, 2},
		{[]string{"--policy", "ogp-2020-covid", "--to", "2021-06", "--cutoff", "2019-03-31",
			"--id", "ca-2019-early", "--authority", "Treasury Board of Canada Secretariat"}, []string{
			"CA-2018-2020 C03.3.1 2020-08 2021-06 capped capped at 2021-06",
			"CA-2018-2020 C10.7.1 2019-09 2019-09 outside-window 2019-09, outside 2020-05..",
		}, 2},
		// A decision of one's own with its date: the preset's window, from
		// its own decision, is gone, unless --due-from gives one.
		{[]string{"--policy", "ogp-2020-covid", "--to", "2021-06", "--cutoff", "2019-03-31", "--decided", "2020-03",
			"--id", "ca-own", "--authority", "Treasury Board of Canada Secretariat"}, []string{
			"CA-2018-2020 C10.7.1 2019-09 2020-09 moved 12 months later",
		}, 2},
		{[]string{"--policy", "ogp-2020-covid", "--to", "2021-06", "--cutoff", "2019-03-31", "--decided", "2020-03",
			"--due-from", "2020-03", "--id", "ca-own", "--authority", "Treasury Board of Canada Secretariat"}, []string{
			"CA-2018-2020 C10.7.1 2019-09 2019-09 outside-window 2019-09, outside 2020-03..",
		}, 2},
		// Every deadline still open at the cut-off, past or not.
		{[]string{"--policy", "ogp-2020-covid", "--due-from", "", "--cutoff", "2019-03-31"}, []string{
			"CA-2018-2020 C10.7.1 2019-09 2020-09 moved 12 months later",
		}, 2},
		{[]string{"--policy", "ogp-2020-covid", "--due-from", "2019-01"}, []string{
			"CA-2018-2020 C09.1.2 2019-04 2020-04 moved 12 months later",
			"CA-2018-2020 C08.8.2 2018-10 2018-10 outside-window 2018-10, outside 2019-01..",
		}, 2},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, table := runCmd(t, "", append(append([]string{"extend"}, tt.args...), canadaExample)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, table)
			}
			for _, row := range tt.lines {
				if !hasRow(table, row) {
					t.Errorf("the change table has no row %q:\n%s", row, table)
				}
			}
			doc, err := ogp.Decode([]byte(out))
			if err != nil {
				t.Fatalf("the extended document does not decode: %v", err)
			}
			if n := len(doc.Plans[0].Extensions); n != tt.extends {
				t.Errorf("%d extensions, want %d", n, tt.extends)
			}
			// Applying the policy again changes nothing.
			code, again, _ := runCmd(t, out, append(append([]string{"extend"}, tt.args...), "-")...)
			if code != exitOK || again != out {
				t.Errorf("second application: exit %d, document changed: %v", code, again != out)
			}
		})
	}
}

func TestExtendCommandErrors(t *testing.T) {
	data, err := os.ReadFile(canadaExample)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"extend", canadaExample}, exitUsage},
		{[]string{"extend", "--policy", "ogp-2021", canadaExample}, exitUsage},
		{[]string{"extend", "--policy", "ogp-2020-covid", "--to", "2021-13", canadaExample}, exitUsage},
		{[]string{"extend", "--policy", "ogp-2020-covid", "no-such-file.json"}, exitUsage},
		{[]string{"extend", "--policy", "ogp-2020-covid", "-"}, exitInvalid}, // stdin is not a document
		// The plan records Canada's extension as ending in June 2021.
		{[]string{"extend", "--policy", "ca-2020-covid-19", "--to", "2021-09", "--id", "ca-2020-covid-19", "--authority", "TBS", "-"}, exitInvalid},
		// A new end is another decision: it must be named and attributed.
		{[]string{"extend", "--policy", "ca-2020-covid-19", "--to", "2021-09", canadaExample}, exitUsage},
		{[]string{"extend", "--policy", "ca-2020-covid-19", "--to", "2021-09", "--id", "x", canadaExample}, exitUsage},
	}
	for _, tt := range tests {
		stdin := string(data)
		if tt.want == exitInvalid && !strings.Contains(strings.Join(tt.args, " "), "--to") {
			stdin = "{"
		}
		if code, _, stderr := runCmd(t, stdin, tt.args...); code != tt.want {
			t.Errorf("%q: exit %d, want %d: %s", tt.args, code, tt.want, stderr)
		}
	}
}

// hasRow reports whether table has a line whose cells are those of row,
// however aligned.
func hasRow(table, row string) bool {
	want := strings.Join(strings.Fields(row), " ")
	for _, line := range strings.Split(table, "\n") {
		if strings.Join(strings.Fields(line), " ") == want {
			return true
		}
	}
	return false
}

func TestExtendUnknownPolicy(t *testing.T) {
	code, _, stderr := runCmd(t, "", "extend", "--policy", "ogp-2021", canadaExample)
	want := "ogp extend: invalid --policy \"ogp-2021\": want ogp-2020-covid or ca-2020-covid-19\nusage: ogp extend"
	if code != exitUsage || !strings.HasPrefix(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, want)
	}
}

// TestExtendWithADecisionOfItsOwn extends the Riverton example with the
// Canadian preset's arithmetic but a decision of Riverton's: the record
// names Riverton's authority, not Canada's, in the document's language.
func TestExtendWithADecisionOfItsOwn(t *testing.T) {
	riverton := filepath.Join("..", "..", "examples", "local-riverton", "riverton-2024-2025.json")
	code, _, stderr := runCmd(t, "", "extend", "--policy", "ca-2020-covid-19", "--to", "2026-08",
		"--id", "riv-2025", "--authority", "Riverton City Council", riverton)
	if code != exitInvalid || !strings.Contains(stderr, "cut-off 2020-06 is before the plan starts (2024-01)") {
		t.Errorf("the preset's cut-off on a later plan: exit %d, %s", code, stderr)
	}
	code, stdout, stderr := runCmd(t, "", "extend", "--policy", "ca-2020-covid-19", "--to", "2026-08", "--cutoff", "2025-06",
		"--id", "riv-2025", "--authority", "Riverton City Council", "--reason", "Grant delays", riverton)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	doc, err := ogp.Decode([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	x := doc.Plans[0].Extensions[0]
	want := ogp.PlanExtension{ID: "riv-2025", Authority: ogp.Text{"en": "Riverton City Council"},
		Reason: ogp.Text{"en": "Grant delays"}, PreviousEnd: ogp.MonthDate(2025, 8), End: ogp.MonthDate(2026, 8)}
	if !reflect.DeepEqual(x, want) {
		t.Errorf("extension %+v, want %+v", x, want)
	}
	if !hasRow(stderr, "RIV-2024-2025 1.1.1 2024-31 2024-31 done Complete in 2024-41") {
		t.Errorf("complete work moved:\n%s", stderr)
	}
	// With its date, the decision is recorded as taken then.
	code, stdout, stderr = runCmd(t, "", "extend", "--policy", "ca-2020-covid-19", "--to", "2026-08", "--cutoff", "2025-06",
		"--id", "riv-2025", "--authority", "Riverton City Council", "--decided", "2025-07", riverton)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if doc, err = ogp.Decode([]byte(stdout)); err != nil {
		t.Fatal(err)
	}
	if got := doc.Plans[0].Extensions[0].Decided; got != ogp.MonthDate(2025, 7) {
		t.Errorf("decided %s, want 2025-07", got)
	}
}
