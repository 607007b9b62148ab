package status

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Rule is one cell of a transition [Table]: what moving a target from one
// status to another means.
//
// The struct tags are the JSON form of a rule in the exported table; the
// first report of a target has no "from" member.
type Rule struct {
	// From is the status of the target's previous report, or "" for its
	// first report.
	From ogp.Status `json:"from,omitempty"`
	// To is the status of the report.
	To ogp.Status `json:"to"`
	// Kind names what the move does.
	Kind Kind `json:"kind"`
	// Severity says whether the move is fine ([finding.OK]), suspicious
	// ([finding.Warning]) or wrong ([finding.Error]).
	Severity finding.Severity `json:"severity"`
	// Code is the stable code of the move: [CodeStart], [CodeStay],
	// [CodeAdvance], [CodeWithdraw], [CodeRegress], [CodeReinstate] or
	// [CodeWithdrawComplete].
	Code string `json:"code"`
	// Explanation says what the move means, in English and French.
	Explanation ogp.Text `json:"explanation"`
}

// ErrInvalidTable is wrapped by the error [NewTable] and [Table.With] return
// for rules that do not make a table.
var ErrInvalidTable = errors.New("invalid transition table")

// Table is a set of transition rules: one [Rule] for every pair of statuses
// of [ogp.Statuses], and one for the first report of a target with each
// status. A Table is immutable once built and safe for concurrent use. The
// nil *Table is the [Default] table.
type Table struct {
	rules map[cell]Rule
}

type cell struct{ from, to ogp.Status }

// cells returns every (from, to) pair a table must define, in its order:
// the first reports, then each from-status in the order of progress.
func cells() []cell {
	froms := append([]ogp.Status{""}, statuses()...)
	var out []cell
	for _, from := range froms {
		for _, to := range statuses() {
			out = append(out, cell{from, to})
		}
	}
	return out
}

// statuses returns the codes of [ogp.Statuses] in the order of progress.
func statuses() []ogp.Status {
	codes := ogp.Statuses()
	out := make([]ogp.Status, len(codes))
	for i, c := range codes {
		out[i] = ogp.Status(c.Code)
	}
	return out
}

// NewTable builds a table from rules, which must give exactly one rule for
// every cell: every pair of statuses, and the first report ("" as From) with
// each status. Every rule must have a kind of [Kinds], a severity of
// [finding.OK], [finding.Warning] or [finding.Error], a transition code (see
// [Rule]) and an explanation in English and French. The error wraps [ErrInvalidTable] and names every faulty rule.
func NewTable(rules []Rule) (*Table, error) {
	t := &Table{rules: make(map[cell]Rule, len(rules))}
	var errs []error
	for _, r := range rules {
		c := cell{r.From, r.To}
		if err := checkRule(r); err != nil {
			errs = append(errs, err)
			continue
		}
		if _, dup := t.rules[c]; dup {
			errs = append(errs, fmt.Errorf("%w: two rules for %s", ErrInvalidTable, c))
			continue
		}
		r.Explanation = maps.Clone(r.Explanation)
		t.rules[c] = r
	}
	for _, c := range cells() {
		if _, ok := t.rules[c]; !ok {
			errs = append(errs, fmt.Errorf("%w: no rule for %s", ErrInvalidTable, c))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return t, nil
}

func (c cell) String() string {
	from := string(c.from)
	if from == "" {
		from = "(first report)"
	}
	return fmt.Sprintf("%s -> %s", from, c.to)
}

func checkRule(r Rule) error {
	c := cell{r.From, r.To}
	var problem string
	switch {
	case r.From != "" && !r.From.Valid():
		problem = fmt.Sprintf("from-status %q is not in the status code list", r.From)
	case !r.To.Valid():
		problem = fmt.Sprintf("to-status %q is not in the status code list", r.To)
	case !slices.Contains(Kinds(), r.Kind):
		problem = fmt.Sprintf("unknown kind %q", r.Kind)
	case !slices.Contains(ruleSeverities, r.Severity):
		problem = fmt.Sprintf("severity %s is not ok, warning or error", r.Severity)
	case !slices.Contains(transitionCodes, r.Code):
		problem = fmt.Sprintf("code %q is not a transition code", r.Code)
	case len(r.Explanation.Missing([]string{"en", "fr"})) > 0:
		problem = "explanation needs English and French"
	default:
		return nil
	}
	return fmt.Errorf("%w: rule %s: %s", ErrInvalidTable, c, problem)
}

// With returns a new table made of t's rules with the given rules in place
// of those for the same cells; t itself does not change. Use it to build a
// stricter or looser table from the default one.
func (t *Table) With(rules ...Rule) (*Table, error) {
	all := t.orDefault().Rules()
	for _, r := range rules {
		i := slices.IndexFunc(all, func(a Rule) bool { return a.From == r.From && a.To == r.To })
		if i < 0 {
			all = append(all, r) // not a cell of a table: NewTable says so
		} else {
			all[i] = r
		}
	}
	return NewTable(all)
}

// Rules returns a copy of t's rules, first reports first, then by from-status
// and to-status in the order of progress.
func (t *Table) Rules() []Rule {
	t = t.orDefault()
	out := make([]Rule, 0, len(t.rules))
	for _, c := range cells() {
		r := t.rules[c]
		r.Explanation = maps.Clone(r.Explanation)
		out = append(out, r)
	}
	return out
}

// Classify returns the rule for a target whose previous report had status
// from ("" for its first report) and whose next report has status to. It
// never panics: a status that is not in the code list gives a rule of kind
// [KindInvalid], severity [finding.Error] and code [CodeUnknownStatus].
func (t *Table) Classify(from, to ogp.Status) Rule {
	t = t.orDefault()
	if r, ok := t.rules[cell{from, to}]; ok {
		r.Explanation = maps.Clone(r.Explanation)
		return r
	}
	return Rule{From: from, To: to, Kind: KindInvalid, Severity: finding.Error, Code: CodeUnknownStatus,
		Explanation: explain(CodeUnknownStatus, from, to)}
}

func (t *Table) orDefault() *Table {
	if t == nil {
		return defaultTable()
	}
	return t
}

// defaultTable returns the table [Default] returns, built once, on first
// use: its explanations need the codes this package registers in init.
var defaultTable = sync.OnceValue(mustDefault)

// Default returns the suggested policy, which follows how real trackers
// report:
//
//   - a first report may have any status (kind start, ok);
//   - staying at a status is fine (stay, ok);
//   - moving forward is fine (advance, ok);
//   - any status except complete may move to withdrawn (withdraw, ok);
//   - moving back, such as complete to substantial, is suspicious (regress,
//     warning): trackers do it when they find more work to do;
//   - any status after withdrawn is suspicious (reinstate, warning);
//   - complete to withdrawn is wrong (invalid, error): work that is done
//     cannot be dropped.
//
// The same *Table is returned every time; it cannot be changed.
func Default() *Table { return defaultTable() }

func mustDefault() *Table {
	var rules []Rule
	for _, c := range cells() {
		rules = append(rules, defaultRule(c.from, c.to))
	}
	t, err := NewTable(rules)
	if err != nil {
		panic(err) // the default rules are a constant of this package
	}
	return t
}

func defaultRule(from, to ogp.Status) Rule {
	var kind Kind
	var code string
	switch {
	case from == "":
		kind, code = KindStart, CodeStart
	case from == to:
		kind, code = KindStay, CodeStay
	case from == ogp.Withdrawn:
		kind, code = KindReinstate, CodeReinstate
	case from == ogp.Complete && to == ogp.Withdrawn:
		kind, code = KindInvalid, CodeWithdrawComplete
	case to == ogp.Withdrawn:
		kind, code = KindWithdraw, CodeWithdraw
	case to.Rank() > from.Rank():
		kind, code = KindAdvance, CodeAdvance
	default:
		kind, code = KindRegress, CodeRegress
	}
	info, _ := finding.Lookup(code)
	return Rule{From: from, To: to, Kind: kind, Severity: info.Severity, Code: code,
		Explanation: explain(code, from, to)}
}
