package status

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/ogpx/interchange/finding"
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

// Result is what [Table.Check] finds in a plan's reports.
type Result struct {
	// Histories are the histories of the targets that have reports, in the
	// order of the plan: each milestone, then its indicators.
	Histories []History `json:"histories"`
	// Findings are the problems, ordered by report index, then by code in
	// the order of the constants. Moves of severity [finding.OK] are not
	// findings. See [Table.Check] for their paths and arguments.
	Findings []finding.Finding `json:"findings"`
}

// Check checks plan's reports with the [Default] table.
func Check(plan *ogp.Plan) *Result { return Default().Check(plan) }

// Check checks the whole report history of plan. For every target it sorts
// the reports by period (keeping the order of the document for reports of
// the same period), classifies each step with t, and reports:
//
//   - every step whose rule has severity warning or error, with the rule's
//     code and severity;
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
//
// A finding's path is the JSON Pointer of the report at fault relative to
// the plan, "/reports/3"; [finding.Finding.Under] puts it under the plan's
// own pointer. Its arguments are the report's target, period and status
// ("to", when it has one); the status of the target's previous report
// ("from"; for a duplicate, the status of the report that counts) when
// there is one; and the plan's start and end, extensions included, for a
// report outside the plan: codes and dates as the document writes them,
// put into words only by [finding.Finding.Message]. The message is the
// code's, whatever the explanation of t's rule.
func (t *Table) Check(plan *ogp.Plan) *Result {
	t = t.orDefault()
	res := &Result{Histories: []History{}, Findings: []finding.Finding{}}
	if plan == nil {
		return res
	}
	type found struct {
		index int
		f     finding.Finding
	}
	var all []found
	add := func(code string, i int, more ...string) {
		r := plan.Reports[i]
		info, _ := finding.Lookup(code)
		f := finding.Finding{Code: code, Severity: info.Severity, Path: "/reports/" + strconv.Itoa(i),
			Args: args(append([]string{"to", string(r.Status)}, more...)...)}
		// Even empty, the target and period name the report in a message.
		f.Args["target"], f.Args["period"] = r.Target, r.Period.String()
		all = append(all, found{i, f})
	}

	targets := targetsOf(plan)
	start, end := plan.Period.Start, plan.End()
	span := []string{"start", start.String(), "end", end.String()}
	byTarget := map[string][]int{}
	for i, r := range plan.Reports {
		if _, ok := targets.level[r.Target]; !ok {
			add(CodeUnknownTarget, i)
			continue
		}
		byTarget[r.Target] = append(byTarget[r.Target], i)
		if !start.IsZero() && !r.Period.IsZero() && r.Period.Last().Compare(start.First()) < 0 {
			add(CodeBeforePlanStart, i, span...)
		}
		if !end.IsZero() && !r.Period.IsZero() && r.Period.First().Compare(end.Last()) > 0 {
			add(CodeAfterPlanEnd, i, span...)
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
				add(CodeDuplicateReport, i, "from", string(plan.Reports[kept].Status))
				continue
			}
			kept = i
			rule := t.Classify(prev, r.Status)
			h.Steps = append(h.Steps, Step{Index: i, Period: r.Period, Rule: rule})
			if rule.Severity != finding.OK {
				add(rule.Code, i, "from", string(prev))
				all[len(all)-1].f.Severity = rule.Severity // t's, not the code's
			}
			if r.Status.Valid() {
				prev = r.Status
			}
		}
		res.Histories = append(res.Histories, h)
	}

	slices.SortStableFunc(all, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.index, b.index), cmp.Compare(codeIndex(a.f.Code), codeIndex(b.f.Code)))
	})
	for _, a := range all {
		res.Findings = append(res.Findings, a.f)
	}
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
