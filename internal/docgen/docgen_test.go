package docgen

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

func encode(t testing.TB, p *ogp.Package) []byte {
	t.Helper()
	b, err := ogp.Encode(p)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b
}

func TestSameSeedGivesSameBytes(t *testing.T) {
	for _, opts := range []Options{
		{},
		{Seed: 7, Plans: 2, CommitmentsPerPlan: 3, ReportingPeriods: 4, Languages: []string{"fr", "en", "iu"}},
	} {
		a, b := encode(t, Generate(opts)), encode(t, Generate(opts))
		if !bytes.Equal(a, b) {
			t.Errorf("Generate(%+v) twice: encodings differ", opts)
		}
	}
	if bytes.Equal(encode(t, Generate(Options{Seed: 1})), encode(t, Generate(Options{Seed: 2}))) {
		t.Error("seeds 1 and 2 give the same document")
	}
}

func TestDefaultsFollowCanada(t *testing.T) {
	p := Generate(Options{})
	if len(p.Plans) != 1 {
		t.Fatalf("%d plans, want 1", len(p.Plans))
	}
	plan := p.Plans[0]
	if plan.ID != "CA-2018-2020" || plan.Period.Start.String() != "2018-09" || plan.Period.End.String() != "2020-06" {
		t.Errorf("plan %s runs %s..%s, want CA-2018-2020 running 2018-09..2020-06", plan.ID, plan.Period.Start, plan.Period.End)
	}
	if len(plan.Extensions) != 1 || plan.Extensions[0].End.String() != "2021-06" {
		t.Errorf("extensions %+v, want one to 2021-06", plan.Extensions)
	}
	if len(plan.Commitments) != 10 {
		t.Errorf("%d commitments, want 10", len(plan.Commitments))
	}
	var milestones, indicators int
	for _, c := range plan.Commitments {
		milestones += len(c.Milestones)
		for _, m := range c.Milestones {
			indicators += len(m.Indicators)
		}
	}
	if milestones < 50 || milestones > 60 || indicators < 100 || indicators > 180 {
		t.Errorf("%d milestones and %d indicators, want about Canada's 56 and 135", milestones, indicators)
	}
	if got, want := len(plan.Reports), indicators*10; got != want {
		t.Errorf("%d reports, want %d (one per indicator per quarter)", got, want)
	}
	if got := []string{plan.Reports[0].Period.String(), plan.Reports[9].Period.String()}; !slices.Equal(got, []string{"2019-03", "2021-06"}) {
		t.Errorf("reporting periods run %v, want 2019-03 to 2021-06", got)
	}
}

func TestRoundTrip(t *testing.T) {
	want := encode(t, Generate(Options{Seed: 3}))
	p, err := ogp.Decode(want)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got := encode(t, p); !bytes.Equal(got, want) {
		t.Error("decoding and encoding the generated document changes its bytes")
	}
}

// TestDocumentIsConsistent checks, without the validate package, the rules
// the generator promises.
func TestDocumentIsConsistent(t *testing.T) {
	opts := Options{Seed: 11, Plans: 3, CommitmentsPerPlan: 12, MilestonesPerCommitment: 11, IndicatorsPerMilestone: 3, Languages: []string{"en", "fr", "es"}}
	p := Generate(opts)
	texts := 0
	checkText := func(where string, tx ogp.Text) {
		texts++
		if missing := tx.Missing(p.Languages); len(missing) > 0 {
			t.Errorf("%s: no text in %v", where, missing)
		}
	}
	var sawFrench, sawExtra, sawWithdrawn, sawSeason, sawOngoing bool
	planIDs := map[string]bool{}
	for _, plan := range p.Plans {
		if planIDs[plan.ID] {
			t.Errorf("plan id %s repeated", plan.ID)
		}
		planIDs[plan.ID] = true
		end := plan.Period.End
		for _, x := range plan.Extensions {
			end = x.End
		}
		declared, referenced := map[string]bool{}, map[string]bool{}
		for _, inst := range plan.Institutions {
			declared[inst.ID] = true
			checkText(plan.ID+" "+inst.ID, inst.Name)
		}
		lead := func(where string, leads []string) {
			for _, l := range leads {
				referenced[l] = true
				if !declared[l] {
					t.Errorf("%s %s: lead %q is not declared", plan.ID, where, l)
				}
			}
		}
		ids := map[string]bool{}
		var order []string // indicator ids in document order
		id := func(id string) {
			if ids[id] {
				t.Errorf("%s: id %s repeated", plan.ID, id)
			}
			ids[id] = true
		}
		for _, c := range plan.Commitments {
			id(c.ID)
			lead(c.ID, c.Leads)
			checkText(c.ID, c.Title)
			checkText(c.ID, c.Description)
			for _, m := range c.Milestones {
				id(m.ID)
				lead(m.ID, m.Leads)
				checkText(m.ID, m.Title)
				if !strings.HasPrefix(m.ID, c.ID+".") {
					t.Errorf("milestone %s is not numbered under %s", m.ID, c.ID)
				}
				for _, ind := range m.Indicators {
					id(ind.ID)
					order = append(order, ind.ID)
					lead(ind.ID, ind.Leads)
					checkText(ind.ID, ind.Title)
					checkText(ind.ID, ind.FullText)
					checkText(ind.ID, ind.Deadline.Text)
					sawExtra = sawExtra || ind.Extra != nil
					sawFrench = sawFrench || strings.ContainsAny(ind.FullText["fr"], "éèàç’")
					if d := ind.Deadline.Date; d.IsZero() {
						sawOngoing = true
					} else {
						sawSeason = sawSeason || d.Precision() == ogp.PrecisionSubYear
						if d.First().Compare(plan.Period.Start.First()) < 0 || d.Last().Compare(plan.Period.End.Last()) > 0 {
							t.Errorf("%s: deadline %s outside the plan's period %s..%s", ind.ID, d, plan.Period.Start, plan.Period.End)
						}
					}
				}
			}
		}
		for l := range declared {
			if !referenced[l] {
				t.Errorf("%s: institution %s is declared but no lead names it", plan.ID, l)
			}
		}
		// Reports: on existing indicators, in document order then by
		// period, inside the plan, statuses moving forward.
		pos := map[string]int{}
		for i, id := range order {
			pos[id] = i
		}
		for i, r := range plan.Reports {
			where := plan.ID + " report " + strconv.Itoa(i) + " on " + r.Target + " " + r.Period.String()
			if _, ok := pos[r.Target]; !ok {
				t.Fatalf("%s: no such indicator", where)
			}
			lead(where, r.Leads)
			checkText(where, r.Progress)
			if r.Period.First().Compare(plan.Period.Start.First()) < 0 || r.Period.Last().Compare(end.Last()) > 0 {
				t.Errorf("%s: period outside the plan", where)
			}
			if (r.Status == ogp.NotStarted || r.Status == ogp.Limited) && r.Challenges == nil {
				t.Errorf("%s: status %s without challenges", where, r.Status)
			}
			if r.Challenges != nil {
				checkText(where, r.Challenges)
			}
			if r.Evidence != nil {
				checkText(where, r.Evidence)
			}
			sawWithdrawn = sawWithdrawn || r.Status == ogp.Withdrawn
			if i == 0 {
				continue
			}
			prev := plan.Reports[i-1]
			switch {
			case pos[prev.Target] > pos[r.Target]:
				t.Errorf("%s: after a report on %s", where, prev.Target)
			case prev.Target == r.Target && prev.Period.Compare(r.Period) >= 0:
				t.Errorf("%s: after period %s", where, prev.Period)
			case prev.Target == r.Target && prev.Status.Rank() > r.Status.Rank():
				t.Errorf("%s: status %s after %s", where, r.Status, prev.Status)
			}
		}
	}
	if !sawFrench || !sawExtra || !sawWithdrawn || !sawSeason || !sawOngoing {
		t.Errorf("saw French accents %v, x- members %v, withdrawn %v, seasons %v, ongoing %v: want all",
			sawFrench, sawExtra, sawWithdrawn, sawSeason, sawOngoing)
	}
	t.Logf("%d texts checked", texts)
}

func TestOfSize(t *testing.T) {
	sizes := []int{60_000, 300_000, 1 << 20}
	if !testing.Short() {
		sizes = append(sizes, 10<<20)
	}
	for _, target := range sizes {
		got := len(encode(t, OfSize(target, 5)))
		t.Logf("OfSize(%d): %d bytes", target, got)
		if got < target*9/10 || got > target*11/10 {
			t.Errorf("OfSize(%d): %d bytes, more than 10%% off", target, got)
		}
	}
	if a, b := encode(t, OfSize(1<<20, 5)), encode(t, OfSize(1<<20, 5)); !bytes.Equal(a, b) {
		t.Error("OfSize(1 MiB, 5) twice: encodings differ")
	}
}

func BenchmarkGenerate1MB(b *testing.B) {
	opts, p := ofSize(1<<20, 1)
	b.ReportAllocs()
	b.SetBytes(int64(len(encode(b, p))))
	for b.Loop() {
		Generate(opts)
	}
}
