package ogp

import (
	"iter"
	"strconv"
)

// End returns the end of p's implementation: the latest of its period's end
// and the ends of its extensions. It is the zero Date when the plan has no
// end, and for a nil plan.
func (p *Plan) End() Date {
	if p == nil {
		return Date{}
	}
	end := p.Period.End
	for _, x := range p.Extensions {
		if end.IsZero() || x.End.Last().Compare(end.Last()) > 0 {
			end = x.End
		}
	}
	return end
}

// LatestReports returns, for each id that has reports, the index in
// p.Reports of the report that tells its status as of asOf: the one of the
// latest reporting period that has ended by the last day of asOf (every
// period, when asOf is the zero Date). A report whose status is not in the
// code list does not count, and of two reports on one target for one period
// the first counts. A nil plan has none.
func (p *Plan) LatestReports(asOf Date) map[string]int {
	latest := map[string]int{}
	if p == nil {
		return latest
	}
	for i, r := range p.Reports {
		if !r.Status.Valid() || (!asOf.IsZero() && r.Period.Last().Compare(asOf.Last()) > 0) {
			continue
		}
		if j, ok := latest[r.Target]; !ok || r.Period.Compare(p.Reports[j].Period) > 0 {
			latest[r.Target] = i
		}
	}
	return latest
}

// Level is where an item sits in a plan.
type Level string

// The levels of a plan, from the top. [Plan.Items] yields the last three.
const (
	LevelPlan       Level = "plan"
	LevelCommitment Level = "commitment"
	LevelMilestone  Level = "milestone"
	LevelIndicator  Level = "indicator"
)

// String returns l's name: "commitment".
func (l Level) String() string { return string(l) }

// Item is one commitment, milestone or indicator of a plan, as
// [Plan.Items] yields it. Exactly one of Commitment, Milestone and
// Indicator is non-nil, the one Level names.
type Item struct {
	// Level says what the item is.
	Level Level
	// ID is the item's id.
	ID string
	// Title is the item's title.
	Title Text
	// Pointer is the JSON Pointer to the item from the plan:
	// "/commitments/0/milestones/1/indicators/2".
	Pointer string
	// Parent is the id of the enclosing item: the commitment of a
	// milestone, the milestone of an indicator; "" for a commitment.
	Parent string
	// Deadline is the item's deadline; nil for a commitment, and for a
	// milestone or indicator that has none.
	Deadline *Deadline
	// Commitment is the item, when it is a commitment.
	Commitment *Commitment
	// Milestone is the item, when it is a milestone.
	Milestone *Milestone
	// Indicator is the item, when it is an indicator.
	Indicator *Indicator
}

// Items returns an iterator over p's commitments, milestones and indicators
// in document order: each commitment, then each of its milestones followed
// by that milestone's indicators. The pointers in an Item point into p. A
// nil plan has no items.
func (p *Plan) Items() iter.Seq[Item] {
	return func(yield func(Item) bool) {
		if p == nil {
			return
		}
		for i := range p.Commitments {
			c := &p.Commitments[i]
			cp := "/commitments/" + strconv.Itoa(i)
			if !yield(Item{Level: LevelCommitment, ID: c.ID, Title: c.Title, Pointer: cp, Commitment: c}) {
				return
			}
			for j := range c.Milestones {
				m := &c.Milestones[j]
				mp := cp + "/milestones/" + strconv.Itoa(j)
				if !yield(Item{Level: LevelMilestone, ID: m.ID, Title: m.Title, Pointer: mp, Parent: c.ID,
					Deadline: m.Deadline, Milestone: m}) {
					return
				}
				for k := range m.Indicators {
					ind := &m.Indicators[k]
					if !yield(Item{Level: LevelIndicator, ID: ind.ID, Title: ind.Title,
						Pointer: mp + "/indicators/" + strconv.Itoa(k), Parent: m.ID,
						Deadline: ind.Deadline, Indicator: ind}) {
						return
					}
				}
			}
		}
	}
}
