package status

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// Unreported is the key under which [Counts] counts the items that have no
// status, or one outside the code list. In JSON it is "unreported".
const Unreported ogp.Status = ""

// unreportedKey is the JSON member of [Unreported].
const unreportedKey = "unreported"

// Counts counts items by status: a status of [ogp.Statuses], or
// [Unreported]. A status with no items may be absent. It encodes as a JSON
// object with a member for every status of the code list, in the order of
// progress, then "unreported".
type Counts map[ogp.Status]int

// Add counts one item with status s; "" or a status outside the code list
// counts as [Unreported]. Add makes the map when *c is nil.
func (c *Counts) Add(s ogp.Status) {
	if *c == nil {
		*c = Counts{}
	}
	if !s.Valid() {
		s = Unreported
	}
	(*c)[s]++
}

func (c *Counts) merge(o Counts) {
	if *c == nil {
		*c = Counts{}
	}
	for s, n := range o {
		(*c)[s] += n
	}
}

// Total returns the number of items counted.
func (c Counts) Total() int {
	total := 0
	for _, n := range c {
		total += n
	}
	return total
}

// MarshalJSON encodes c as an object with a member for every status of the
// code list, in the order of progress, then "unreported"; a status outside
// the code list counts as unreported.
func (c Counts) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	known := 0
	for _, code := range ogp.Statuses() {
		n := c[ogp.Status(code.Code)]
		known += n
		fmt.Fprintf(&b, "%q:%d,", code.Code, n) // codes are plain ASCII
	}
	fmt.Fprintf(&b, "%q:%d}", unreportedKey, c.Total()-known)
	return b.Bytes(), nil
}

// UnmarshalJSON decodes an object keyed by status code, with "unreported"
// for [Unreported], as [Counts.MarshalJSON] writes it. A member whose key is
// neither, such as a misspelt "complet", is an error that names it: counting
// it as unreported would hide the mistake.
func (c *Counts) UnmarshalJSON(data []byte) error {
	var m map[string]int
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	out := Counts{}
	for _, k := range slices.Sorted(maps.Keys(m)) { // the first bad key, always the same
		n := m[k]
		s := ogp.Status(k)
		switch {
		case k == unreportedKey:
			s = Unreported
		case !s.Valid():
			keys := make([]string, 0, len(ogp.Statuses())+1)
			for _, c := range ogp.Statuses() {
				keys = append(keys, c.Code)
			}
			return fmt.Errorf("status: counts: unknown status %q (want %s or %s)", k, strings.Join(keys, ", "), unreportedKey)
		}
		out[s] += n
	}
	*c = out
	return nil
}

// Rollup returns the status of an item made of children with the given
// statuses ("" for a child with no status). The rule:
//
//  1. When no child has a status, neither has the item: Rollup returns "".
//  2. A child with no status counts as not started.
//  3. Withdrawn children are left out; when all are withdrawn, the item is
//     withdrawn.
//  4. When all the others are complete, the item is complete; when none of
//     them has started, it is not started.
//  5. Otherwise it is substantial when at least half of the others are
//     substantial or complete, and limited when fewer are.
func Rollup(children []ogp.Status) ogp.Status {
	var c Counts
	for _, s := range children {
		c.Add(s)
	}
	return c.Rollup()
}

// Rollup returns the status of an item whose children's statuses c counts,
// by the rule of the function [Rollup].
func (c Counts) Rollup() ogp.Status {
	active := c.Total() - c[ogp.Withdrawn]
	switch {
	case c[Unreported] == c.Total():
		return ""
	case active == 0:
		return ogp.Withdrawn
	case c[ogp.Complete] == active:
		return ogp.Complete
	case c[ogp.NotStarted]+c[Unreported] == active:
		return ogp.NotStarted
	case 2*(c[ogp.Substantial]+c[ogp.Complete]) >= active:
		return ogp.Substantial
	}
	return ogp.Limited
}

// Node is an item of a plan (the plan itself, a commitment, a milestone or
// an indicator) with its status as of a date.
type Node struct {
	// ID is the item's id.
	ID string `json:"id"`
	// Level says what the item is.
	Level ogp.Level `json:"level"`
	// Title is the item's title.
	Title ogp.Text `json:"title,omitempty"`
	// Status is the status of the item's latest report, for an indicator
	// and a milestone without indicators, and the roll-up of its children's
	// statuses otherwise; "" when nothing under it is reported.
	Status ogp.Status `json:"status,omitempty"`
	// Period is the period of the latest report, for an item whose status
	// comes from its own reports.
	Period ogp.Date `json:"period,omitzero"`
	// Index is the index in the plan's Reports of that report, or -1.
	Index int `json:"index"`
	// Counts counts the children by status.
	Counts Counts `json:"counts,omitzero"`
	// Targets counts the reported-on items under the item (indicators, and
	// milestones without indicators) by the status of their latest report.
	Targets Counts `json:"targets,omitzero"`
	// Children are the item's commitments, milestones or indicators, in the
	// order of the plan.
	Children []*Node `json:"children,omitempty"`
}

// AsOf returns the plan as a tree of nodes with the status of every item as
// of date: that of the report of each target whose period is the latest to
// have ended by the last day of date ([ogp.Plan.LatestReports]), or of the
// latest of every report when date is the zero Date.
// A report whose status is not in the code list, and a second report for
// the same target and period, are ignored (see [Table.Check]).
//
// Indicators and milestones without indicators take the status of their
// latest report; a milestone with indicators rolls up its indicators (its
// own reports are ignored), a commitment its milestones and the plan its
// commitments, by the rule of [Rollup]. A nil plan gives nil.
func AsOf(plan *ogp.Plan, date ogp.Date) *Node {
	if plan == nil {
		return nil
	}
	latest := plan.LatestReports(date)
	leaf := func(id string, level ogp.Level, title ogp.Text) *Node {
		n := &Node{ID: id, Level: level, Title: title, Index: -1}
		if i, ok := latest[id]; ok {
			r := plan.Reports[i]
			n.Status, n.Period, n.Index = r.Status, r.Period, i
		}
		return n
	}
	root := &Node{ID: plan.ID, Level: ogp.LevelPlan, Title: plan.Title, Index: -1}
	for _, c := range plan.Commitments {
		cn := &Node{ID: c.ID, Level: ogp.LevelCommitment, Title: c.Title, Index: -1}
		for _, m := range c.Milestones {
			var mn *Node
			if len(m.Indicators) == 0 {
				mn = leaf(m.ID, ogp.LevelMilestone, m.Title)
			} else {
				mn = &Node{ID: m.ID, Level: ogp.LevelMilestone, Title: m.Title, Index: -1}
				for _, ind := range m.Indicators {
					mn.Children = append(mn.Children, leaf(ind.ID, ogp.LevelIndicator, ind.Title))
				}
				mn.rollup()
			}
			cn.Children = append(cn.Children, mn)
		}
		cn.rollup()
		root.Children = append(root.Children, cn)
	}
	root.rollup()
	return root
}

func (n *Node) rollup() {
	n.Counts, n.Targets = Counts{}, Counts{}
	for _, c := range n.Children {
		n.Counts.Add(c.Status)
		if c.Targets == nil {
			n.Targets.Add(c.Status)
			continue
		}
		n.Targets.merge(c.Targets)
	}
	n.Status = n.Counts.Rollup()
}
