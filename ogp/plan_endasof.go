package ogp

// EndAsOf returns the end of p's implementation as known on day: its
// period's end, or the latest end of the extensions decided by the last day
// of day, so that work due with the plan's end is due at the end the plan
// had then. An extension with no decision date ([PlanExtension.Decided])
// counts always; one decided after day does not count. For the zero Date,
// every extension counts, as for [Plan.LatestReports]: it is [Plan.End]
// then, and whenever every extension was decided by day. It is the zero
// Date when the plan has no end, and for a nil plan.
func (p *Plan) EndAsOf(day Date) Date {
	if p == nil {
		return Date{}
	}
	last := day.Last()
	end := p.Period.End
	for _, x := range p.Extensions {
		if !last.IsZero() && !x.Decided.IsZero() && last.Compare(x.Decided.First()) < 0 {
			continue
		}
		if end.IsZero() || x.End.Last().Compare(end.Last()) > 0 {
			end = x.End
		}
	}
	return end
}
