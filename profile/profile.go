// Package profile is the registry of jurisdiction profiles: what one
// jurisdiction adds to the format's own rules. A profile brings rule sets
// (one per kind of plan, since a jurisdiction's rules change from plan to
// plan), the jurisdiction's own status codes, and the deadline extensions
// it decided. Its finding codes are registered with package finding.
//
// Each jurisdiction is one package that registers its profile when it is
// imported, as image formats and database drivers do; a program imports
// the jurisdictions it serves for that side effect:
//
//	import _ "github.com/ogpx/interchange/canada"
package profile

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Profile is what one jurisdiction adds to the format.
type Profile struct {
	// Name is the profile's name: lower-case letters, digits and hyphens,
	// such as "canada".
	Name string
	// Title says whose rules these are, by language.
	Title map[string]string
	// Rules are the jurisdiction's rule sets, one per kind of plan.
	Rules []Rules
	// Statuses maps the jurisdiction's own status codes to the format's:
	// Canada's "LP" is [ogp.Limited].
	Statuses map[string]ogp.Status
	// Policies are the deadline extensions the jurisdiction decided, for
	// [deadline.Apply].
	Policies []deadline.Policy
}

// Rules is one rule set of a profile.
type Rules struct {
	// Name tells the rule set from the profile's others: "2022-2024".
	// "canada/2022-2024" names it in [Lookup].
	Name string
	// Title says which plans the rules are for, by language.
	Title map[string]string
	// Applies reports whether these are the rules for plan, when a profile
	// is chosen by its name alone: the first rule set that applies to a
	// plan checks it.
	Applies func(plan *ogp.Plan) bool
	// Check returns the findings about plan, with paths relative to the
	// plan ("/reports/3/progress").
	Check func(plan *ogp.Plan) []finding.Finding
}

// ErrUnknown is wrapped by the error of [Lookup] for a name no profile
// answers to.
var ErrUnknown = errors.New("unknown profile")

var (
	mu       sync.RWMutex
	profiles = map[string]*Profile{}
)

// Register makes a profile known by its name. A jurisdiction's package
// calls it in an init function. Register panics when the name is taken or
// not lower-case letters, digits and hyphens, or when two of its rule sets
// share a name: these are mistakes in a program, not in its input.
func Register(p *Profile) {
	if !validName(p.Name) {
		panic(fmt.Sprintf("profile: Register of invalid name %q", p.Name))
	}
	seen := map[string]bool{}
	for _, r := range p.Rules {
		if !validName(r.Name) || seen[r.Name] || r.Check == nil {
			panic(fmt.Sprintf("profile: Register of %s: rule set %q is unnamed, named twice or has no Check", p.Name, r.Name))
		}
		seen[r.Name] = true
	}
	mu.Lock()
	defer mu.Unlock()
	if _, dup := profiles[p.Name]; dup {
		panic("profile: Register of " + p.Name + " twice")
	}
	profiles[p.Name] = p.clone()
}

// clone returns a deep copy of p: the registry keeps its own, and gives
// out copies, so that no caller can change what another one looks up.
func (p *Profile) clone() *Profile {
	c := *p
	c.Title = maps.Clone(p.Title)
	c.Statuses = maps.Clone(p.Statuses)
	c.Rules = make([]Rules, len(p.Rules))
	for i, r := range p.Rules {
		r.Title = maps.Clone(r.Title)
		c.Rules[i] = r
	}
	c.Policies = make([]deadline.Policy, len(p.Policies))
	for i, x := range p.Policies {
		c.Policies[i] = x.Clone()
	}
	return &c
}

func validName(name string) bool {
	return name != "" && strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789-") == ""
}

// Lookup returns the profile that name names, and its rule set when the
// name gives one after a slash: "canada" is Canada's profile with its rule
// set chosen per plan ([Profile.RulesFor]); "canada/2022-2024" is the
// rule set for Canada's 2022-24 plan, whatever the plan. Both are the
// caller's own copies: changing them changes no registered profile. The
// error wraps [ErrUnknown] and lists the names there are.
func Lookup(name string) (*Profile, *Rules, error) {
	base, set, hasSet := strings.Cut(name, "/")
	mu.RLock()
	p := profiles[base]
	mu.RUnlock()
	if p != nil {
		p = p.clone()
		if !hasSet {
			return p, nil, nil
		}
		for i := range p.Rules {
			if p.Rules[i].Name == set {
				return p, &p.Rules[i], nil
			}
		}
	}
	return nil, nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknown, name, strings.Join(Names(), ", "))
}

// Names returns the names [Lookup] accepts, sorted: each profile's, and
// each of its rule sets' ("canada", "canada/2018-2020", ...).
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	var names []string
	for _, name := range slices.Sorted(maps.Keys(profiles)) {
		names = append(names, name)
		for _, r := range profiles[name].Rules {
			names = append(names, name+"/"+r.Name)
		}
	}
	return names
}

// RulesFor returns the rule set that checks plan: the first whose Applies
// says so, or nil when none does.
func (p *Profile) RulesFor(plan *ogp.Plan) *Rules {
	for i, r := range p.Rules {
		if r.Applies != nil && r.Applies(plan) {
			return &p.Rules[i]
		}
	}
	return nil
}

// Status returns the format's status for a code of the jurisdiction's own
// ("LP" for Canada), and whether there is one.
func (p *Profile) Status(code string) (ogp.Status, bool) {
	s, ok := p.Statuses[code]
	return s, ok
}

// Code returns the jurisdiction's own code for a status of the format, or
// "" when it has none (Canada has no code for withdrawn work).
func (p *Profile) Code(s ogp.Status) string {
	for _, code := range slices.Sorted(maps.Keys(p.Statuses)) {
		if p.Statuses[code] == s {
			return code
		}
	}
	return ""
}

// Policy returns the extension policy of the profile with the given id.
// The policy is the caller's own: changing it changes no profile.
func (p *Profile) Policy(id string) (deadline.Policy, bool) {
	for _, x := range p.Policies {
		if x.ID == id {
			return x.Clone(), true
		}
	}
	return deadline.Policy{}, false
}
