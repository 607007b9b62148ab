package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
)

// statusDoc is a small document: commitment C10 with a milestone measured
// by indicators and one measured by its own reports.
const statusDoc = `{"formatVersion":"1.0.0","publisher":{"name":{"en":"TBS","fr":"SCT"}},"languages":["en","fr"],
"plans":[{"id":"CA-2018-2020","member":{"kind":"national","country":"CA","name":{"en":"Canada"}},
"title":{"en":"Action plan","fr":"Plan d’action"},
"period":{"start":"2018-09","end":"2020-06"},
"extensions":[{"id":"covid-19","authority":{"en":"OGP"},"previousEnd":"2020-06","end":"2021-06"}],
"commitments":[{"id":"C10","title":{"en":"Open government community"},"milestones":[
 {"id":"C10.4","title":{"en":"M"},"indicators":[{"id":"C10.4.1","title":{"en":"I"}},{"id":"C10.4.3","title":{"en":"I"}}]},
 {"id":"C10.8","title":{"en":"M8"}}]}],
"reports":[
 {"target":"C10.4.3","period":"2019-03","status":"substantial"},
 {"target":"C10.4.3","period":"2019-06","status":"complete"},
 {"target":"C10.4.1","period":"2019-03","status":"limited"},
 {"target":"C10.8","period":"2019-03","status":"complete"},
 {"target":"C10.8","period":"2020-06","status":"substantial"}]}]}`

func runStatusCmd(stdin string, args ...string) (stdout, stderr string, code int) {
	var out, errOut bytes.Buffer
	code = run(testEnv(stdin, &out, &errOut), args)
	return out.String(), errOut.String(), code
}

func TestStatusText(t *testing.T) {
	out, errOut, code := runStatusCmd(statusDoc, "status", "--as-of", "2020-03", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := `Plan CA-2018-2020: Action plan
As of 2020-03; plan ends 2021-06 (extensions included)
Status: Substantial progress
Targets: 1 Limited progress, 2 Complete

ID       Status                Latest report  Not started  Limited progress  Substantial progress  Complete  Withdrawn  Unreported
C10      Substantial progress                 0            0                 1                     1         0          0
  C10.4  Substantial progress                 0            1                 0                     1         0          0
  C10.8  Complete              2019-03

Findings (1):
Report              Target  Period   Severity  Code            Message
/plans/0/reports/4  C10.8   2020-06  warning   status.regress  the status went back from "Complete" to "Substantial progress"; say why in the progress text
`
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}

	// As of today, by default. The findings are about the whole history,
	// whatever the date: C10.8 went back, a warning, which does not fail.
	out, _, code = runStatusCmd(statusDoc, "status", "--lang", "fr", "-")
	if code != exitOK {
		t.Errorf("exit %d with only a warning, want 0", code)
	}
	// French typography: "~" is a no-break space, "^" a narrow one.
	want = strings.NewReplacer("~", "\u00a0", "^", "\u202f").Replace(`Plan CA-2018-2020~: Plan d’action
Au 2026-05-01^; fin du plan 2021-06 (prolongations comprises)
État~: Progrès important
Cibles~: 1 Progrès limité, 1 Progrès important, 1 Réalisé

Id       État               Dernier rapport  Non commencé  Progrès limité  Progrès important  Réalisé  Retiré  Sans rapport
C10      Progrès important                   0             0               2                  0        0       0
  C10.4  Progrès important                   0             1               0                  1        0       0
  C10.8  Progrès important  2020-06

Constats (1)~:
Rapport             Cible  Période  Gravité        Code            Message
/plans/0/reports/4  C10.8  2020-06  avertissement  status.regress  l’état a reculé de «~Réalisé~» à «~Progrès important~»^; expliquez pourquoi dans le texte sur les progrès
`)
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	// No English word of the text output is left in French, and no colon
	// or semicolon without its no-break space.
	for _, english := range []string{"Status", "Target", "Latest", "Unreported", "Not reported", "All reports", "plan ends",
		"extensions", "Findings", "Report", "Period", "Severity", "warning", "error", "The status"} {
		if strings.Contains(out, english) {
			t.Errorf("the French output has %q", english)
		}
	}
	if bad := regexp.MustCompile("[^\u00a0]:|[^\u202f];").FindAllString(out, -1); len(bad) > 0 {
		t.Errorf("the French output has %q", bad)
	}
}

// TestStatusWordsInEveryLanguage checks that every word of the text output
// has every language.
func TestStatusWordsInEveryLanguage(t *testing.T) {
	for _, m := range finding.Missing() {
		if strings.Contains(m, " cli.status.") || strings.Contains(m, " status.") {
			t.Error(m)
		}
	}
}

func TestStatusJSON(t *testing.T) {
	doc := strings.Replace(statusDoc, `"target":"C10.4.1"`, `"target":"C10.4.9"`, 1)
	out, errOut, code := runStatusCmd(doc, "status", "--format", "json", "--as-of", "2019-06", "-")
	if code != exitInvalid {
		t.Errorf("exit %d (%s), want 1 for an unknown target", code, errOut)
	}
	var got struct {
		AsOf  string
		Plans []struct {
			ID, End string
			Rollup  struct {
				Status   string
				Children []struct {
					ID, Status string
					Children   []struct{ ID, Status, Period string }
				}
			}
			Findings []struct {
				Code, Severity, Path, Message string
				Args                          map[string]string
			}
		}
	}
	oneFile(t, out, &got)
	p := got.Plans[0]
	if got.AsOf != "2019-06" || p.ID != "CA-2018-2020" || p.End != "2021-06" || p.Rollup.Status != "substantial" {
		t.Errorf("got asOf %s, plan %s ending %s with status %s", got.AsOf, p.ID, p.End, p.Rollup.Status)
	}
	// C10.4.1's report names another target: C10.4 has one indicator of two
	// complete, the other unreported, so it is substantial.
	m := p.Rollup.Children[0].Children
	if m[0].ID != "C10.4" || m[0].Status != "substantial" || m[1].ID != "C10.8" || m[1].Status != "complete" || m[1].Period != "2019-03" {
		t.Errorf("milestones: %+v", m)
	}
	if len(p.Findings) != 2 {
		t.Fatalf("findings: %+v", p.Findings)
	}
	f := p.Findings[0]
	if f.Code != "status.unknown-target" || f.Severity != "error" || f.Path != "/plans/0/reports/2" ||
		f.Args["target"] != "C10.4.9" || f.Args["period"] != "2019-03" || f.Args["to"] != "limited" ||
		f.Message != `"C10.4.9" is not a milestone or an indicator of the plan` {
		t.Errorf("finding: %+v", f)
	}

	// The message is in the language asked; the rest is data.
	out, _, _ = runStatusCmd(doc, "status", "--format", "json", "--lang", "fr", "-")
	oneFile(t, out, &got)
	fr := got.Plans[0].Findings[0]
	if fr.Message != "«\u00a0C10.4.9\u00a0» n’est ni un jalon ni un indicateur du plan" || fr.Severity != "error" || fr.Args["target"] != "C10.4.9" {
		t.Errorf("French finding: %+v", fr)
	}
	f = got.Plans[0].Findings[1]
	if f.Code != "status.regress" || f.Args["from"] != "complete" || f.Args["to"] != "substantial" ||
		f.Message != "l’état a reculé de «\u00a0Réalisé\u00a0» à «\u00a0Progrès important\u00a0»\u202f; expliquez pourquoi dans le texte sur les progrès" {
		t.Errorf("French finding: %+v", f)
	}
}

func TestStatusErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		say   string
	}{
		{"no file", "", []string{"status"}, exitUsage, "usage: ogp status"},
		{"bad date", statusDoc, []string{"status", "--as-of", "March 2020", "-"}, exitUsage, `ogp status: invalid --as-of "March 2020" (invalid date "March 2020": the year must be four digits)`},
		{"bad format", statusDoc, []string{"status", "--format", "csv", "-"}, exitUsage, "ogp status: invalid --format \"csv\": want text, json or jsonl\nusage: ogp status"},
		{"bad language", statusDoc, []string{"status", "--lang", "de", "-"}, exitUsage, "ogp status: invalid --lang \"de\": want en or fr\nusage: ogp status"},
		{"missing file", "", []string{"status", "no/such/file.json"}, exitUsage, "no such file"},
		{"not a document", "{", []string{"status", "-"}, exitInvalid, "<stdin>:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errOut, code := runStatusCmd(tc.stdin, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.say) {
				t.Errorf("exit %d, stderr %q; want exit %d saying %q", code, errOut, tc.code, tc.say)
			}
		})
	}
}

// TestStatusCanadaAsOfMarch2020 checks the roll-ups of Canada's 2018-2020
// plan against values computed by hand from the tracker's reports up to
// 2020-03: only commitment C10 has reports.
func TestStatusCanadaAsOfMarch2020(t *testing.T) {
	const file = "../../examples/canada-2018-2020/canada-2018-2020.json"
	out, errOut, code := runStatusCmd("", "status", "--as-of", "2020-03", "--format", "json", file)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	type node struct {
		ID, Status, Period string
		Counts             map[string]int
		Children           []node
	}
	var got struct {
		Plans []struct {
			Rollup   node
			Findings []struct {
				Code, Path string
				Args       map[string]string
			}
		}
	}
	oneFile(t, out, &got)
	plan := got.Plans[0]
	// 9 commitments unreported, C10 substantial: 1 of 10 at least
	// substantial, so the plan is limited.
	if plan.Rollup.Status != "limited" || plan.Rollup.Counts["substantial"] != 1 || plan.Rollup.Counts["unreported"] != 9 {
		t.Errorf("plan: %s %v", plan.Rollup.Status, plan.Rollup.Counts)
	}
	commitments := map[string]string{}
	milestones := map[string]string{}
	for _, c := range plan.Rollup.Children {
		commitments[c.ID] = c.Status
		for _, m := range c.Children {
			milestones[m.ID] = m.Status
		}
	}
	wantCommitments := map[string]string{"C01": "", "C02": "", "C03": "", "C04": "", "C05": "", "C06": "", "C07": "", "C08": "", "C09": "", "C10": "substantial"}
	if diff := cmp.Diff(wantCommitments, commitments); diff != "" {
		t.Errorf("commitments (-want +got):\n%s", diff)
	}
	// C10.2: both indicators complete in 2019-12. C10.3: complete,
	// substantial, complete. C10.4: complete (2019-12), substantial
	// (2019-06), complete (2019-06). C10.7: complete and substantial in
	// 2020-03. C10.1, C10.5 and C10.6 have no reports.
	for id, want := range map[string]string{"C10.1": "", "C10.2": "complete", "C10.3": "substantial", "C10.4": "substantial", "C10.5": "", "C10.6": "", "C10.7": "substantial"} {
		if milestones[id] != want {
			t.Errorf("%s = %q, want %q", id, milestones[id], want)
		}
	}
	if len(plan.Findings) != 1 || plan.Findings[0].Code != "status.regress" || plan.Findings[0].Args["target"] != "C10.4.2" {
		t.Errorf("findings: %+v", plan.Findings)
	}

	text, _, _ := runStatusCmd("", "status", "--as-of", "2020-03", file)
	for _, line := range []string{
		"Status: Limited progress\nTargets: 3 Substantial progress, 7 Complete, 125 Unreported\n",
		"C10      Substantial progress                 0            0                 3                     1         0          3\n",
		"  C10.2  Complete                             0            0                 0                     2         0          0\n",
	} {
		if !strings.Contains(text, line) {
			t.Errorf("text output lacks %q:\n%s", line, text)
		}
	}
}

// oneFile decodes into v the one file of out, status's JSON output.
func oneFile(t *testing.T, out string, v any) {
	t.Helper()
	var files struct{ Files []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &files); err != nil || len(files.Files) != 1 {
		t.Fatalf("%v, %d files:\n%s", err, len(files.Files), out)
	}
	if err := json.Unmarshal(files.Files[0], v); err != nil {
		t.Fatal(err)
	}
}

// Several documents make one JSON document, each with its file, as
// validate's; JSON Lines is one object per line.
func TestStatusJSONSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	for _, f := range []string{a, b} {
		if err := os.WriteFile(f, []byte(statusDoc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, _ := runStatusCmd("", "status", "--format", "json", "--as-of", "2019-06", a, b)
	var got struct{ Files []struct{ File string } }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v (%s):\n%s", err, errOut, out)
	}
	if len(got.Files) != 2 || got.Files[0].File != a || got.Files[1].File != b {
		t.Errorf("files: %+v", got.Files)
	}
	out, _, _ = runStatusCmd("", "status", "--format", "jsonl", "--as-of", "2019-06", a, b)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var f struct{ File string }
		if err := json.Unmarshal([]byte(l), &f); err != nil || f.File != []string{a, b}[i] {
			t.Errorf("line %d: %v %q", i, err, f.File)
		}
	}
}
