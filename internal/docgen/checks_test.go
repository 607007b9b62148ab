package docgen

import (
	"testing"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/schema"
	"github.com/ogpx/interchange/status"
)

// TestPassesSchemaAndStatusRules checks generated documents with the
// project's own checkers: the JSON Schema, the status transition rules and
// the reading of deadlines, which must read each deadline's text, in every
// language, as its date.
func TestPassesSchemaAndStatusRules(t *testing.T) {
	for _, opts := range []Options{
		{},
		{Seed: 9, Plans: 2, CommitmentsPerPlan: 4, MilestonesPerCommitment: 12, ReportingPeriods: 14, Languages: []string{"fr-CA", "en", "iu"}},
	} {
		p := Generate(opts)
		if err := schema.ValidateJSON(encode(t, p)); err != nil {
			t.Errorf("Generate(%+v) fails the schema: %v", opts, err)
		}
		for i := range p.Plans {
			for _, f := range status.Check(&p.Plans[i]).Findings {
				t.Errorf("Generate(%+v): %s", opts, f)
			}
			dopts := deadline.OptionsFor(&p.Plans[i])
			for _, c := range p.Plans[i].Commitments {
				for _, m := range c.Milestones {
					for _, ind := range m.Indicators {
						for lang, text := range ind.Deadline.Text {
							r, err := deadline.Parse(text, dopts)
							if err != nil || r.Date.Compare(ind.Deadline.Date) != 0 {
								t.Errorf("%s: deadline %q (%s) reads as %s, %v; want %s", ind.ID, text, lang, r.Date, err, ind.Deadline.Date)
							}
						}
					}
				}
			}
		}
	}
}
