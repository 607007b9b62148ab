package ogp

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of p: every slice, map, pointer and Extra of the
// copy is its own, so that changing the copy leaves p as it was, and the
// other way round. It copies the plan as it is, valid or not: a status
// outside the code list or a missing required member is copied as such. It
// returns nil for a nil plan.
func (p *Plan) Clone() *Plan {
	if p == nil {
		return nil
	}
	c := *p
	c.Member = p.Member.clone()
	c.Title = cloneText(p.Title)
	c.URL = cloneText(p.URL)
	c.Period = p.Period.clone()
	c.Extensions = cloneEach(p.Extensions, PlanExtension.clone)
	c.Institutions = cloneEach(p.Institutions, Institution.clone)
	c.Commitments = cloneEach(p.Commitments, Commitment.clone)
	c.Reports = cloneEach(p.Reports, Report.clone)
	c.Extra = cloneExtra(p.Extra)
	return &c
}

func (m Member) clone() Member {
	m.Name = cloneText(m.Name)
	m.Extra = cloneExtra(m.Extra)
	return m
}

func (p Period) clone() Period {
	p.Extra = cloneExtra(p.Extra)
	return p
}

func (x PlanExtension) clone() PlanExtension {
	x.Authority = cloneText(x.Authority)
	x.Reason = cloneText(x.Reason)
	x.URL = cloneText(x.URL)
	x.Extra = cloneExtra(x.Extra)
	return x
}

func (in Institution) clone() Institution {
	in.Name = cloneText(in.Name)
	in.Abbreviation = cloneText(in.Abbreviation)
	in.URL = cloneText(in.URL)
	in.Extra = cloneExtra(in.Extra)
	return in
}

func (c Commitment) clone() Commitment {
	c.Title = cloneText(c.Title)
	c.Description = cloneText(c.Description)
	c.Leads = slices.Clone(c.Leads)
	c.Supporters = slices.Clone(c.Supporters)
	c.PolicyAreas = slices.Clone(c.PolicyAreas)
	c.URL = cloneText(c.URL)
	c.Milestones = cloneEach(c.Milestones, Milestone.clone)
	c.Extra = cloneExtra(c.Extra)
	return c
}

func (m Milestone) clone() Milestone {
	m.Title = cloneText(m.Title)
	m.FullText = cloneText(m.FullText)
	m.Leads = slices.Clone(m.Leads)
	m.Supporters = slices.Clone(m.Supporters)
	m.Deadline = m.Deadline.clone()
	m.URL = cloneText(m.URL)
	m.Indicators = cloneEach(m.Indicators, Indicator.clone)
	m.Extra = cloneExtra(m.Extra)
	return m
}

func (in Indicator) clone() Indicator {
	in.Title = cloneText(in.Title)
	in.FullText = cloneText(in.FullText)
	in.Leads = slices.Clone(in.Leads)
	in.Supporters = slices.Clone(in.Supporters)
	in.Deadline = in.Deadline.clone()
	in.URL = cloneText(in.URL)
	in.Extra = cloneExtra(in.Extra)
	return in
}

func (d *Deadline) clone() *Deadline {
	if d == nil {
		return nil
	}
	c := *d
	c.Text = cloneText(d.Text)
	c.Extra = cloneExtra(d.Extra)
	return &c
}

func (r Report) clone() Report {
	r.Progress = cloneText(r.Progress)
	r.Challenges = cloneText(r.Challenges)
	r.Evidence = cloneText(r.Evidence)
	r.Leads = slices.Clone(r.Leads)
	r.Extra = cloneExtra(r.Extra)
	return r
}

// cloneEach returns a copy of s with each element copied by clone; nil for
// nil, empty for empty.
func cloneEach[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}

func cloneText(t Text) Text { return maps.Clone(t) }

func cloneExtra(e Extra) Extra {
	if e == nil {
		return nil
	}
	out := make(Extra, len(e))
	for k, v := range e {
		out[k] = slices.Clone(v)
	}
	return out
}
