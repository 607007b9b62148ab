package status_test

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

const (
	ns = ogp.NotStarted
	lp = ogp.Limited
	sp = ogp.Substantial
	c  = ogp.Complete
	w  = ogp.Withdrawn
)

// Every cell of the default table, written out by hand.
var defaultCells = []struct {
	from, to ogp.Status
	kind     status.Kind
	severity finding.Severity
	code     string
}{
	{"", ns, status.KindStart, finding.OK, "status.start"},
	{"", lp, status.KindStart, finding.OK, "status.start"},
	{"", sp, status.KindStart, finding.OK, "status.start"},
	{"", c, status.KindStart, finding.OK, "status.start"},
	{"", w, status.KindStart, finding.OK, "status.start"},

	{ns, ns, status.KindStay, finding.OK, "status.stay"},
	{ns, lp, status.KindAdvance, finding.OK, "status.advance"},
	{ns, sp, status.KindAdvance, finding.OK, "status.advance"},
	{ns, c, status.KindAdvance, finding.OK, "status.advance"},
	{ns, w, status.KindWithdraw, finding.OK, "status.withdraw"},

	{lp, ns, status.KindRegress, finding.Warning, "status.regress"},
	{lp, lp, status.KindStay, finding.OK, "status.stay"},
	{lp, sp, status.KindAdvance, finding.OK, "status.advance"},
	{lp, c, status.KindAdvance, finding.OK, "status.advance"},
	{lp, w, status.KindWithdraw, finding.OK, "status.withdraw"},

	{sp, ns, status.KindRegress, finding.Warning, "status.regress"},
	{sp, lp, status.KindRegress, finding.Warning, "status.regress"},
	{sp, sp, status.KindStay, finding.OK, "status.stay"},
	{sp, c, status.KindAdvance, finding.OK, "status.advance"},
	{sp, w, status.KindWithdraw, finding.OK, "status.withdraw"},

	{c, ns, status.KindRegress, finding.Warning, "status.regress"},
	{c, lp, status.KindRegress, finding.Warning, "status.regress"},
	{c, sp, status.KindRegress, finding.Warning, "status.regress"},
	{c, c, status.KindStay, finding.OK, "status.stay"},
	{c, w, status.KindInvalid, finding.Error, "status.withdraw-complete"},

	{w, ns, status.KindReinstate, finding.Warning, "status.reinstate"},
	{w, lp, status.KindReinstate, finding.Warning, "status.reinstate"},
	{w, sp, status.KindReinstate, finding.Warning, "status.reinstate"},
	{w, c, status.KindReinstate, finding.Warning, "status.reinstate"},
	{w, w, status.KindStay, finding.OK, "status.stay"},
}

func TestDefaultTableEveryCell(t *testing.T) {
	if got := len(status.Default().Rules()); got != len(defaultCells) {
		t.Fatalf("the default table has %d rules, want %d", got, len(defaultCells))
	}
	for i, want := range defaultCells {
		got := status.Default().Classify(want.from, want.to)
		name := string(want.from) + " -> " + string(want.to)
		if got.From != want.from || got.To != want.to || got.Kind != want.kind || got.Severity != want.severity || got.Code != want.code {
			t.Errorf("%s: got %s %s %s, want %s %s %s", name, got.Kind, got.Severity, got.Code, want.kind, want.severity, want.code)
		}
		if len(got.Explanation.Missing([]string{"en", "fr"})) > 0 {
			t.Errorf("%s: explanation %v lacks a language", name, got.Explanation)
		}
		if r := status.Default().Rules()[i]; r.From != want.from || r.To != want.to {
			t.Errorf("Rules()[%d] is %s -> %s, want %s", i, r.From, r.To, name)
		}
	}
}

func TestExplanationsNameTheStatuses(t *testing.T) {
	r := status.Default().Classify(c, sp)
	if want := `the status went back from "Complete" to "Substantial progress"; say why in the progress text`; r.Explanation["en"] != want {
		t.Errorf("en = %q, want %q", r.Explanation["en"], want)
	}
	if want := "l’état a reculé de «\u00a0Réalisé\u00a0» à «\u00a0Progrès important\u00a0»\u202f; expliquez pourquoi dans le texte sur les progrès"; r.Explanation["fr"] != want {
		t.Errorf("fr = %q, want %q", r.Explanation["fr"], want)
	}
}

func TestClassifyUnknownStatusIsAnErrorNotAPanic(t *testing.T) {
	for _, tc := range []struct{ from, to ogp.Status }{
		{"", "done"}, {"done", c}, {c, ""}, {"SP", "C"}, {"", ""},
	} {
		r := status.Default().Classify(tc.from, tc.to)
		if r.Kind != status.KindInvalid || r.Severity != finding.Error || r.Code != status.CodeUnknownStatus {
			t.Errorf("Classify(%q, %q) = %s %s %s, want invalid error %s", tc.from, tc.to, r.Kind, r.Severity, r.Code, status.CodeUnknownStatus)
		}
		if r.Explanation["en"] == "" || r.Explanation["fr"] == "" {
			t.Errorf("Classify(%q, %q) has no explanation", tc.from, tc.to)
		}
	}
	var nilTable *status.Table
	if r := nilTable.Classify(sp, c); r.Kind != status.KindAdvance {
		t.Errorf("nil table: %s, want the default table's advance", r.Kind)
	}
}

func TestStricterTableFromDefault(t *testing.T) {
	r := status.Default().Classify(c, sp)
	r.Severity = finding.Error
	strict, err := status.Default().With(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := strict.Classify(c, sp).Severity; got != finding.Error {
		t.Errorf("strict table: complete -> substantial is %s, want error", got)
	}
	if got := status.Default().Classify(c, sp).Severity; got != finding.Warning {
		t.Errorf("the default table changed: complete -> substantial is %s", got)
	}
	// Changing what a caller got does not change the table.
	r2 := strict.Classify(c, sp)
	r2.Explanation["en"] = "changed"
	if strict.Classify(c, sp).Explanation["en"] == "changed" {
		t.Error("a caller changed the table through a rule's explanation")
	}
}

func TestInvalidTables(t *testing.T) {
	good := status.Default().Rules()
	advance := status.Default().Classify(ns, lp)
	for _, tc := range []struct {
		name  string
		rules []status.Rule
		want  string
	}{
		{"missing cell", good[1:], "no rule for (first report) -> not-started"},
		{"two rules for a cell", append(good, good[0]), "two rules for (first report) -> not-started"},
		{"unknown status", append(good, status.Rule{From: "done", To: c, Kind: status.KindAdvance, Code: status.CodeAdvance, Explanation: advance.Explanation}), `from-status "done"`},
		{"unknown kind", replace(good, func(r *status.Rule) { r.Kind = "jump" }), `unknown kind "jump"`},
		{"bad severity", replace(good, func(r *status.Rule) { r.Severity = 7 }), "severity Severity(7) is not ok, warning or error"},
		{"notice", replace(good, func(r *status.Rule) { r.Severity = finding.Notice }), "severity notice is not ok, warning or error"},
		{"finding code", replace(good, func(r *status.Rule) { r.Code = status.CodeDuplicateReport }), "not a transition code"},
		{"no French", replace(good, func(r *status.Rule) { r.Explanation = ogp.NewText("Fine.", "") }), "English and French"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := status.NewTable(tc.rules)
			if !errors.Is(err, status.ErrInvalidTable) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want ErrInvalidTable saying %q", err, tc.want)
			}
		})
	}
	if _, err := status.Default().With(status.Rule{From: "done", To: c}); !errors.Is(err, status.ErrInvalidTable) {
		t.Errorf("With a rule for no cell: err = %v, want ErrInvalidTable", err)
	}
}

// replace returns a copy of rules with f applied to the first one.
func replace(rules []status.Rule, f func(*status.Rule)) []status.Rule {
	out := append([]status.Rule(nil), rules...)
	f(&out[0])
	return out
}

func TestTableIsSafeForConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, cell := range defaultCells {
				status.Default().Classify(cell.from, cell.to)
			}
			status.Default().Rules()
			status.Default().Mermaid("en")
		})
	}
	wg.Wait()
}

func TestEveryCodeIsRegistered(t *testing.T) {
	for _, id := range []string{
		status.CodeStart, status.CodeStay, status.CodeAdvance, status.CodeWithdraw, status.CodeRegress,
		status.CodeReinstate, status.CodeWithdrawComplete, status.CodeUnknownStatus, status.CodeDuplicateReport,
		status.CodeUnknownTarget, status.CodeBeforePlanStart, status.CodeAfterPlanEnd,
	} {
		c, ok := finding.Lookup(id)
		if !ok {
			t.Errorf("%s is not registered", id)
			continue
		}
		for _, lang := range []string{"en", "fr"} {
			if c.Title[lang] == "" || c.Message[lang] == "" {
				t.Errorf("%s lacks a title or message in %s", id, lang)
			}
		}
	}
	// Every text of every code and word this package registers (and the
	// packages it imports) is in every language.
	if missing := finding.Missing(); len(missing) > 0 {
		t.Errorf("missing texts: %v", missing)
	}
}
