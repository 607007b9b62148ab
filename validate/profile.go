package validate

import (
	"strconv"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// checkProfile applies the profile chosen with [Profile] to each plan: the
// rule set named, or else the one the profile chooses for the plan (none,
// for a plan no rule set applies to). The rule set's findings, whose paths
// are relative to the plan, are placed under it.
func (c *checker) checkProfile(doc *ogp.Package) {
	if c.opts.profile == nil {
		return
	}
	for i := range doc.Plans {
		plan := &doc.Plans[i]
		rules := c.opts.rules
		if rules == nil {
			rules = c.opts.profile.RulesFor(plan)
		}
		if rules == nil {
			names := make([]string, len(c.opts.profile.Rules))
			for j, r := range c.opts.profile.Rules {
				names[j] = c.opts.profile.Name + "/" + r.Name
			}
			c.add(CodeNoRuleSet, "/plans/"+strconv.Itoa(i), "profile", c.opts.profile.Name,
				"id", finding.Clip(plan.ID), "want", strings.Join(names, ", "))
			continue
		}
		prefix := "/plans/" + strconv.Itoa(i)
		for _, f := range rules.Check(plan) {
			f = f.Under(prefix)
			if !f.Severity.Valid() || f.Severity == finding.OK {
				code, _ := finding.Lookup(f.Code)
				f.Severity = code.Severity
			}
			c.addFinding(f)
		}
	}
}

// dropRestated removes the warnings and notices of the format's own rules,
// those at indexes from to profile, that a profile's finding (from index
// profile on) says again, the way the jurisdiction says it: a finding of a
// code the profile's code restates ([finding.Code.Restates]), about the
// same value or one that holds it. Canada's progress-required error at
// /reports/3/progress/fr restates the format's missing-language warning at
// /reports/3/progress; a profile's finding about a report's period says
// nothing of the format's warning that the period is after the plan.
func (c *checker) dropRestated(from, profile int) {
	type restated struct{ code, path string }
	drop := map[restated]bool{}
	for _, f := range c.findings[profile:] {
		code, _ := finding.Lookup(f.Code)
		for _, r := range code.Restates {
			for p := f.Path; ; p = p[:strings.LastIndexByte(p, '/')] {
				drop[restated{r, p}] = true
				if p == "" {
					break
				}
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := c.findings[:from]
	for i, f := range c.findings[from:] {
		if from+i < profile && f.Severity < finding.Error && drop[restated{f.Code, f.Path}] {
			continue
		}
		kept = append(kept, f)
	}
	c.findings = kept
}
