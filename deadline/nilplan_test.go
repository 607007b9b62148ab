package deadline

import (
	"errors"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

// A nil plan is an empty plan, as it is to ogp's Plan methods: nothing is
// late in it, it has the zero options, and Apply says of it what it says of
// an empty plan.
func TestNoPlanIsAnEmptyPlan(t *testing.T) {
	var plan *ogp.Plan
	if rep := Overdue(plan, ogp.MustParseDate("2021-06-30")); len(rep.Late) != 0 || len(rep.Unknown) != 0 {
		t.Errorf("Overdue(nil) = %+v; want nothing late", rep)
	}
	if opts := OptionsFor(plan); opts != (Options{}) {
		t.Errorf("OptionsFor(nil) = %+v; want the zero Options", opts)
	}
	policy, err := PresetPolicy("ogp-2020-covid")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Apply(plan, policy)
	_, _, errEmpty := Apply(&ogp.Plan{}, policy)
	if !errors.Is(err, ErrInvalidPolicy) || err.Error() != errEmpty.Error() {
		t.Errorf("Apply(nil): %v; want as for an empty plan, which has no end to move: %v", err, errEmpty)
	}
}
