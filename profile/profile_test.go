package profile

import (
	"errors"
	"slices"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

func init() {
	Register(&Profile{
		Name:     "testland",
		Statuses: map[string]ogp.Status{"A": ogp.NotStarted, "B": ogp.Complete},
		Rules: []Rules{
			{Name: "old", Applies: func(p *ogp.Plan) bool { return p.ID == "TL-1" }, Check: func(*ogp.Plan) []finding.Finding { return nil }},
			{Name: "new", Applies: func(p *ogp.Plan) bool { return p.ID == "TL-2" }, Check: func(*ogp.Plan) []finding.Finding { return nil }},
		},
	})
}

func TestLookup(t *testing.T) {
	p, rules, err := Lookup("testland")
	if err != nil || p.Name != "testland" || rules != nil {
		t.Fatalf("Lookup(testland) = %v, %v, %v", p, rules, err)
	}
	if _, rules, err := Lookup("testland/new"); err != nil || rules.Name != "new" {
		t.Errorf("Lookup(testland/new) = %v, %v", rules, err)
	}
	for _, name := range []string{"nowhere", "testland/none", ""} {
		if _, _, err := Lookup(name); !errors.Is(err, ErrUnknown) {
			t.Errorf("Lookup(%q): err = %v, want ErrUnknown", name, err)
		}
	}
	if got := Names(); !slices.Contains(got, "testland/old") {
		t.Errorf("Names() = %v", got)
	}
}

func TestRulesForPlan(t *testing.T) {
	p, _, _ := Lookup("testland")
	if r := p.RulesFor(&ogp.Plan{ID: "TL-2"}); r == nil || r.Name != "new" {
		t.Errorf("RulesFor(TL-2) = %v", r)
	}
	if r := p.RulesFor(&ogp.Plan{ID: "XX"}); r != nil {
		t.Errorf("RulesFor(XX) = %v, want none", r)
	}
}

func TestStatusMapping(t *testing.T) {
	p, _, _ := Lookup("testland")
	if s, ok := p.Status("B"); !ok || s != ogp.Complete {
		t.Errorf("Status(B) = %v, %v", s, ok)
	}
	if got := p.Code(ogp.Withdrawn); got != "" {
		t.Errorf("Code(withdrawn) = %q, want none", got)
	}
}

func TestRegisterRefusesMistakes(t *testing.T) {
	for name, p := range map[string]*Profile{
		"taken":       {Name: "testland"},
		"upper case":  {Name: "Canada"},
		"slash":       {Name: "a/b"},
		"rules twice": {Name: "twice", Rules: []Rules{{Name: "x", Check: func(*ogp.Plan) []finding.Finding { return nil }}, {Name: "x", Check: func(*ogp.Plan) []finding.Finding { return nil }}}},
		"no check":    {Name: "nocheck", Rules: []Rules{{Name: "x"}}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: Register did not panic", name)
				}
			}()
			Register(p)
		}()
	}
}

func TestLookupGivesCopies(t *testing.T) {
	p, rules, _ := Lookup("testland/old")
	rules.Check = nil
	p.Statuses["A"] = ogp.Withdrawn
	p.Rules[0].Name = "changed"
	again, rules, _ := Lookup("testland/old")
	if rules.Check == nil || again.Statuses["A"] != ogp.NotStarted || again.Rules[0].Name != "old" {
		t.Error("a caller changed the registered profile")
	}
}
