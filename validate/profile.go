package validate

import (
	"strconv"

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
// those at indexes from to profile, about a value a profile's finding (from
// index profile on) is about: the profile's rule says the same thing, the
// way the jurisdiction says it (canada's language-pair error is the
// format's missing-language warning, made an error by Canada's rules).
func (c *checker) dropRestated(from, profile int) {
	if profile == len(c.findings) {
		return
	}
	byProfile := map[string]bool{}
	for _, f := range c.findings[profile:] {
		byProfile[f.Path] = true
	}
	kept := c.findings[:from]
	for i, f := range c.findings[from:] {
		if from+i < profile && f.Severity < finding.Error && byProfile[f.Path] {
			continue
		}
		kept = append(kept, f)
	}
	c.findings = kept
}
