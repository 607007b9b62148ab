package status

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ogpx/interchange/ogp"
)

// Step is one report in a target's history, with the rule that classifies
// the move from the previous report's status.
type Step struct {
	// Index is the report's index in the plan's Reports, so that a caller
	// can point at it: /plans/N/reports/Index.
	Index int `json:"index"`
	// Period is the report's reporting period.
	Period ogp.Date `json:"period"`
	// Rule classifies the move; Rule.From is "" for the first report.
	Rule
}

// History is the reports on one target, in the order of their periods.
type History struct {
	// Target is the id of the milestone or indicator.
	Target string `json:"target"`
	// Level is [ogp.LevelMilestone] or [ogp.LevelIndicator].
	Level ogp.Level `json:"level"`
	// Steps are the target's reports, oldest first; a duplicate report is
	// left out (a [CodeDuplicateReport] finding names it).
	Steps []Step `json:"steps"`
}

// Finding is a problem in a plan's report history.
type Finding struct {
	// Code is one of [Codes]: "status.regress".
	Code string `json:"code"`
	// Severity is how serious the problem is: [Warning] or [Error].
	Severity Severity `json:"severity"`
	// Index is the index in the plan's Reports of the report at fault.
	Index int `json:"index"`
	// Target is the id the report names.
	Target string `json:"target"`
	// Period is the report's reporting period.
	Period ogp.Date `json:"period,omitzero"`
	// From is the status of the target's previous report, when the finding
	// is about a move; for a duplicate, the status of the report that counts.
	From ogp.Status `json:"from,omitempty"`
	// To is the status of the report.
	To ogp.Status `json:"to,omitempty"`
	// Message says what is wrong, in English and French.
	Message ogp.Text `json:"message"`
}

// String returns the finding in English on one line:
// "reports[3] C10.4.3 2019-06: warning status.regress: ...".
func (f Finding) String() string {
	return fmt.Sprintf("reports[%d] %s %s: %s %s: %s", f.Index, f.Target, f.Period, f.Severity, f.Code, f.Message.In("en"))
}

// Result is what [Table.Check] finds in a plan's reports.
type Result struct {
	// Histories are the histories of the targets that have reports, in the
	// order of the plan: each milestone, then its indicators.
	Histories []History `json:"histories"`
	// Findings are the problems, ordered by report index, then by the order
	// of [Codes]. Moves of severity [OK] are not findings.
	Findings []Finding `json:"findings"`
}

// Check checks plan's reports with the [Default] table.
func Check(plan *ogp.Plan) *Result { return Default().Check(plan) }

// Check checks the whole report history of plan. For every target it sorts
// the reports by period (keeping the order of the document for reports of
// the same period), classifies each step with t, and reports:
//
//   - every step whose rule has severity warning or error, with the rule's
//     code and explanation;
//   - a second report for the same target and period ([CodeDuplicateReport]),
//     left out of the history;
//   - a report whose target is not a milestone or indicator of the plan
//     ([CodeUnknownTarget]);
//   - a report dated before the plan's start ([CodeBeforePlanStart]) or
//     after its end, the latest of the plan's end and its extensions' ends
//     ([CodeAfterPlanEnd]).
//
// A report whose status is not in the code list is an error
// ([CodeUnknownStatus]); the next report is classified from the status
// before it. Check never modifies plan. A nil plan has no findings.
func (t *Table) Check(plan *ogp.Plan) *Result {
	t = t.orDefault()
	res := &Result{Histories: []History{}, Findings: []Finding{}}
	if plan == nil {
		return res
	}
	add := func(code string, sev Severity, i int, from ogp.Status, msg ogp.Text) {
		r := plan.Reports[i]
		res.Findings = append(res.Findings, Finding{Code: code, Severity: sev, Index: i,
			Target: r.Target, Period: r.Period, From: from, To: r.Status, Message: msg})
	}
	finding := func(code string, i int, a args) {
		info, _ := LookupCode(code)
		r := plan.Reports[i]
		a.target, a.period, a.to = r.Target, r.Period, r.Status
		add(code, info.Severity, i, a.from, render(code, a))
	}

	targets := targetsOf(plan)
	start, end := plan.Period.Start, plan.End()
	byTarget := map[string][]int{}
	for i, r := range plan.Reports {
		if _, ok := targets.level[r.Target]; !ok {
			finding(CodeUnknownTarget, i, args{})
			continue
		}
		byTarget[r.Target] = append(byTarget[r.Target], i)
		if !start.IsZero() && !r.Period.IsZero() && r.Period.Last().Compare(start.First()) < 0 {
			finding(CodeBeforePlanStart, i, args{start: start, end: end})
		}
		if !end.IsZero() && !r.Period.IsZero() && r.Period.First().Compare(end.Last()) > 0 {
			finding(CodeAfterPlanEnd, i, args{start: start, end: end})
		}
	}

	for _, id := range targets.order {
		idx := byTarget[id]
		if len(idx) == 0 {
			continue
		}
		slices.SortStableFunc(idx, func(a, b int) int {
			return plan.Reports[a].Period.Compare(plan.Reports[b].Period)
		})
		h := History{Target: id, Level: targets.level[id], Steps: []Step{}}
		var prev ogp.Status
		kept := -1 // the last report kept in the history
		for _, i := range idx {
			r := plan.Reports[i]
			if kept >= 0 && r.Period.Compare(plan.Reports[kept].Period) == 0 {
				finding(CodeDuplicateReport, i, args{from: plan.Reports[kept].Status})
				continue
			}
			kept = i
			rule := t.Classify(prev, r.Status)
			h.Steps = append(h.Steps, Step{Index: i, Period: r.Period, Rule: rule})
			if rule.Severity != OK {
				add(rule.Code, rule.Severity, i, prev, rule.Explanation)
			}
			if r.Status.Valid() {
				prev = r.Status
			}
		}
		res.Histories = append(res.Histories, h)
	}

	codeOrder := func(code string) int {
		return slices.IndexFunc(Codes, func(c CodeInfo) bool { return c.Code == code })
	}
	slices.SortStableFunc(res.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Index, b.Index), cmp.Compare(codeOrder(a.Code), codeOrder(b.Code)))
	})
	return res
}

// targets are the milestones and indicators of a plan, in its order.
type targets struct {
	order []string
	level map[string]ogp.Level
}

func targetsOf(plan *ogp.Plan) targets {
	t := targets{level: map[string]ogp.Level{}}
	for item := range plan.Items() {
		if item.Level == ogp.LevelCommitment {
			continue
		}
		if _, dup := t.level[item.ID]; !dup {
			t.order = append(t.order, item.ID)
			t.level[item.ID] = item.Level
		}
	}
	return t
}
