package deadline

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogpx/interchange/ogp"
)

// A plan read with ogp.DecodeAll keeps what it could read of a document with
// mistakes; Apply extends it as it is instead of refusing it.
func TestApplyExtendsAPlanWithABadStatus(t *testing.T) {
	data := strings.Replace(smallPlan, `"status": "limited"`, `"status": "limitted"`, 1)
	r := ogp.DecodeAll([]byte(data), ogp.Limits{})
	if len(r.Errors) != 1 || r.Package == nil {
		t.Fatalf("DecodeAll: %v; want the one bad status", r.Errors)
	}
	plan := &r.Package.Plans[0]
	before := plan.Clone()
	policy, err := PresetPolicy("ogp-2020-covid")
	if err != nil {
		t.Fatal(err)
	}
	out, changes, err := Apply(plan, policy)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	if len(changes) == 0 || len(out.Extensions) != 1 {
		t.Errorf("Apply gave %d changes and %d extensions; want the plan extended", len(changes), len(out.Extensions))
	}
	if diff := cmp.Diff(before, plan, dateComparer); diff != "" {
		t.Errorf("Apply changed the plan passed in (-before +after):\n%s", diff)
	}
}
