package deadline

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/ogp"
)

// smallPlan is a plan with one deadline of each kind the policies meet.
const smallPlan = `{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Test"}},
  "languages": ["en"],
  "plans": [{
    "id": "T-2018-2020",
    "member": {"kind": "national", "country": "CA", "name": {"en": "Test"}, "fiscalYearEnd": 3},
    "title": {"en": "Test plan"},
    "period": {"start": "2018-09", "end": "2020-08-31"},
    "commitments": [{
      "id": "C1",
      "title": {"en": "One"},
      "milestones": [
        {"id": "M1", "title": {"en": "Own deadline"}, "deadline": {"date": "2020-05", "text": {"en": "May 2020"}}},
        {"id": "M2", "title": {"en": "Indicators"}, "indicators": [
          {"id": "I1", "title": {"en": "Day"}, "deadline": {"date": "2020-01-31"}},
          {"id": "I2", "title": {"en": "Season"}, "deadline": {"date": "2019-21", "text": {"en": "Spring 2019"}}},
          {"id": "I3", "title": {"en": "Ongoing"}, "deadline": {"text": {"en": "Ongoing"}}},
          {"id": "I4", "title": {"en": "Complete"}, "deadline": {"date": "2020-06"}},
          {"id": "I5", "title": {"en": "Withdrawn late"}, "deadline": {"date": "2020-06"}},
          {"id": "I6", "title": {"en": "Year"}, "deadline": {"date": "2020"}},
          {"id": "I7", "title": {"en": "Text only"}, "deadline": {"text": {"en": "August 2020"}}},
          {"id": "I8", "title": {"en": "Late summer"}, "deadline": {"date": "2020-08-31", "x-note": "kept"}},
          {"id": "I9", "title": {"en": "No deadline"}}
        ]}
      ]
    }],
    "reports": [
      {"target": "I4", "period": "2020-03", "status": "substantial"},
      {"target": "I4", "period": "2020-06", "status": "complete"},
      {"target": "I5", "period": "2020-06", "status": "limited"},
      {"target": "I5", "period": "2020-09", "status": "withdrawn"},
      {"target": "I1", "period": "2019-12", "status": "complete"},
      {"target": "I1", "period": "2020-03", "status": "limited"}
    ]
  }]
}`

func decode(t *testing.T, data []byte) *ogp.Package {
	t.Helper()
	p, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var dateComparer = cmp.Comparer(func(a, b ogp.Date) bool { return a == b })

// short is a change without its detail, for tables.
type short struct {
	Item     string
	Old, New string
	Reason   Reason
}

func shorten(changes []Change) []short {
	var s []short
	for _, c := range changes {
		if c.Moved != (c.New != c.Old) {
			panic("Moved disagrees with the dates of " + c.Item)
		}
		s = append(s, short{c.Item, c.Old.String(), c.New.String(), c.Reason})
	}
	return s
}

func TestApplyPresets(t *testing.T) {
	tests := []struct {
		policy string
		end    string
		want   []short
	}{
		{"ogp-2020-covid", "2021-08-31", []short{
			{"M1", "2020-05", "2021-05", ReasonMoved},
			{"I1", "2020-01-31", "2020-01-31", ReasonOutsideWindow}, // past when the resolution was decided, May 2020
			{"I2", "2019-21", "2019-21", ReasonOutsideWindow},
			{"I3", "", "", ReasonNoDate},
			{"I4", "2020-06", "2020-06", ReasonDone},
			{"I5", "2020-06", "2021-06", ReasonMoved},  // withdrawn only after the cut-off
			{"I6", "2020", "2021-08-31", ReasonCapped}, // 2021 would pass the cap
			{"I7", "2020-08", "2021-08", ReasonMoved},  // read from its text
			{"I8", "2020-08-31", "2021-08-31", ReasonMoved},
		}},
		{"ca-2020-covid-19", "2021-06", []short{
			{"M1", "2020-05", "2021-05", ReasonMoved},
			{"I1", "2020-01-31", "2021-01-31", ReasonMoved},
			{"I2", "2019-21", "2019-21", ReasonOutsideWindow}, // passed before 2020
			{"I3", "", "", ReasonNoDate},
			{"I4", "2020-06", "2020-06", ReasonDone},
			{"I5", "2020-06", "2021-06", ReasonMoved},
			{"I6", "2020", "2021-06", ReasonCapped},
			{"I7", "2020-08", "2021-06", ReasonCapped},
			{"I8", "2020-08-31", "2021-06", ReasonCapped},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.policy, func(t *testing.T) {
			plan := &decode(t, []byte(smallPlan)).Plans[0]
			before := &decode(t, []byte(smallPlan)).Plans[0]
			policy, err := testPolicy(tt.policy)
			if err != nil {
				t.Fatal(err)
			}
			got, changes, err := Apply(plan, policy)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, plan, dateComparer); diff != "" {
				t.Errorf("Apply changed the caller's plan (-before +after):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, shorten(changes)); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
			if n := len(got.Extensions); n != 1 || got.Extensions[0].ID != tt.policy ||
				got.Extensions[0].PreviousEnd.String() != "2020-08-31" || got.Extensions[0].End.String() != tt.end {
				t.Errorf("extensions = %+v, want one %s from 2020-08-31 to %s", got.Extensions, tt.policy, tt.end)
			}
			checkMoved(t, got, changes, tt.policy)
			if x := got.Commitments[0].Milestones[1].Indicators[7].Deadline.Extra["x-note"]; string(x) != `"kept"` {
				t.Errorf("x-note = %s, want it kept", x)
			}

			again, changes2, err := Apply(got, policy)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, again, dateComparer); diff != "" {
				t.Errorf("applying %s twice changed the plan (-once +twice):\n%s", tt.policy, diff)
			}
			for _, c := range changes2 {
				if c.Moved {
					t.Errorf("second application moved %s from %s to %s", c.Item, c.Old, c.New)
				}
			}
		})
	}
}

// checkMoved checks the deadlines of plan against the changes that made it:
// every moved deadline is later, keeps its first date and names id.
func checkMoved(t *testing.T, plan *ogp.Plan, changes []Change, id string) {
	t.Helper()
	deadlines := map[string]*ogp.Deadline{}
	for _, c := range plan.Commitments {
		for _, m := range c.Milestones {
			deadlines[m.ID] = m.Deadline
			for _, ind := range m.Indicators {
				deadlines[ind.ID] = ind.Deadline
			}
		}
	}
	for _, c := range changes {
		d := deadlines[c.Item]
		if !c.Moved {
			if d.ExtendedBy == id {
				t.Errorf("%s did not move but names %s", c.Item, id)
			}
			continue
		}
		if d.ExtendedBy != id || d.Original.IsZero() || d.Date != c.New {
			t.Errorf("%s moved to %s: deadline %+v, want date %s, an original, extendedBy %s", c.Item, c.New, d, c.New, id)
		}
		if d.Date.Last().Compare(d.Original.Last()) <= 0 {
			t.Errorf("%s moved from %s to %s, not later", c.Item, d.Original, d.Date)
		}
	}
}

func TestApplyPolicyOptions(t *testing.T) {
	base, err := PresetPolicy("ogp-2020-covid")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*Policy)
		item   string
		want   short
	}{
		{"a window leaves out deadlines due before it", func(p *Policy) { p.DueFrom = ogp.MonthDate(2020, 3) },
			"I2", short{"I2", "2019-21", "2019-21", ReasonOutsideWindow}},
		{"a window keeps those due within it", func(p *Policy) { p.DueFrom, p.DueTo = ogp.MonthDate(2020, 3), ogp.MonthDate(2020, 6) },
			"M1", short{"M1", "2020-05", "2021-05", ReasonMoved}},
		{"a window ends", func(p *Policy) { p.DueTo = ogp.MonthDate(2020, 6) },
			"I8", short{"I8", "2020-08-31", "2020-08-31", ReasonOutsideWindow}},
		{"an override keeps an item", func(p *Policy) { p.Overrides = map[string]Override{"M1": {Keep: true}} },
			"M1", short{"M1", "2020-05", "2020-05", ReasonKept}},
		{"an override moves an item where it says", func(p *Policy) { p.Overrides = map[string]Override{"M1": {To: ogp.MonthDate(2021, 12)}} },
			"M1", short{"M1", "2020-05", "2021-12", ReasonOverridden}},
		{"an override never moves an item earlier", func(p *Policy) { p.Overrides = map[string]Override{"M1": {To: ogp.MonthDate(2020, 1)}} },
			"M1", short{"M1", "2020-05", "2020-05", ReasonNotLater}},
		{"an override does not move an item done by the cut-off", func(p *Policy) {
			p.Cutoff, p.Overrides = ogp.Date{}, map[string]Override{"I5": {To: ogp.MonthDate(2021, 12)}}
		}, "I5", short{"I5", "2020-06", "2020-06", ReasonDone}},
		{"an override does not move an item outside the window", func(p *Policy) {
			p.DueFrom, p.Overrides = ogp.MonthDate(2020, 3), map[string]Override{"I2": {To: ogp.MonthDate(2021, 12)}}
		}, "I2", short{"I2", "2019-21", "2019-21", ReasonOutsideWindow}},
		{"to the plan's end", func(p *Policy) { p.Months = 0 },
			"M1", short{"M1", "2020-05", "2021-08-31", ReasonMoved}},
		{"a cap", func(p *Policy) { p.Cap = ogp.MonthDate(2021, 3) },
			"M1", short{"M1", "2020-05", "2021-03", ReasonCapped}},
		{"a deadline already past the cap stays", func(p *Policy) { p.Cap = ogp.MonthDate(2020, 3) },
			"M1", short{"M1", "2020-05", "2020-05", ReasonNotLater}},
		{"the OGP preset leaves deadlines past at its decision", func(p *Policy) {},
			"I2", short{"I2", "2019-21", "2019-21", ReasonOutsideWindow}},
		{"without DueFrom, deadlines already past move too", func(p *Policy) { p.DueFrom = ogp.Date{} },
			"I2", short{"I2", "2019-21", "2020-21", ReasonMoved}},
		{"no cut-off counts every report", func(p *Policy) { p.Cutoff = ogp.Date{} },
			"I5", short{"I5", "2020-06", "2020-06", ReasonDone}},
		{"an earlier cut-off", func(p *Policy) { p.Cutoff = ogp.MonthDate(2019, 12) },
			"I1", short{"I1", "2020-01-31", "2020-01-31", ReasonDone}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			policy := base
			tt.change(&policy)
			_, changes, err := Apply(&decode(t, []byte(smallPlan)).Plans[0], policy)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range shorten(changes) {
				if c.Item == tt.item && c != tt.want {
					t.Errorf("got %+v, want %+v", c, tt.want)
				}
			}
		})
	}
}

func TestApplyInvalidPolicy(t *testing.T) {
	base, _ := PresetPolicy("ogp-2020-covid")
	tests := []struct {
		name   string
		change func(*Policy)
	}{
		{"no id", func(p *Policy) { p.ID = "" }},
		{"no authority", func(p *Policy) { p.Authority = nil }},
		{"months backwards", func(p *Policy) { p.Months = -3 }},
		{"nothing to move by", func(p *Policy) { p.Months, p.End = 0, ogp.Date{} }},
		{"an end before the plan's", func(p *Policy) { p.End = ogp.MonthDate(2020, 6) }},
		{"a cut-off before the plan starts", func(p *Policy) { p.Cutoff = ogp.MonthDate(2017, 6) }},
		{"overrides for unknown items", func(p *Policy) {
			p.Overrides = map[string]Override{"M1": {Keep: true}, "Z9": {Keep: true}, "C1": {Keep: true}}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			policy := base
			tt.change(&policy)
			if _, _, err := Apply(&decode(t, []byte(smallPlan)).Plans[0], policy); !errors.Is(err, ErrInvalidPolicy) {
				t.Errorf("Apply: %v, want an error wrapping ErrInvalidPolicy", err)
			}
		})
	}
	policy := base
	policy.Overrides = map[string]Override{"Z9": {Keep: true}, "M1": {Keep: true}, "A0": {Keep: true}}
	_, _, err := Apply(&decode(t, []byte(smallPlan)).Plans[0], policy)
	if err == nil || !strings.HasSuffix(err.Error(), "no milestone or indicator of the plan: A0, Z9") {
		t.Errorf("Apply with overrides for unknown items: %v, want them named, sorted", err)
	}
	if _, err := PresetPolicy("ogp-2021"); !errors.Is(err, ErrUnknownPolicy) {
		t.Errorf("PresetPolicy(ogp-2021): %v, want ErrUnknownPolicy", err)
	}
}

// TestApplyCanadaExample applies both presets to Canada's 2018-2020 plan and
// checks the moved deadlines, that the result encodes to a document that
// decodes, and that a second application changes nothing.
func TestApplyCanadaExample(t *testing.T) {
	tests := []struct {
		policy        string
		extensions    int
		moved, capped int
		spot          []short
	}{
		// The example already records Canada's extension, without moving a
		// deadline: applying it moves them under that record.
		// Only those due from 2020 on, still open in the year of Canada's
		// decision, move.
		{"ca-2020-covid-19", 1, 55, 6, []short{
			{"C01.1.1", "2020-06", "2021-06", ReasonMoved},
			{"C01.1.3", "2018-12", "2018-12", ReasonOutsideWindow},
			{"C02.3.3", "2020-08", "2021-06", ReasonCapped}, // read from its text, "August 2020"
			{"C03.3.1", "2020-08", "2021-06", ReasonCapped},
			{"C04.7.6", "", "", ReasonNoDate},                      // Ongoing
			{"C06.2.2", "2020-06", "2021-06", ReasonMoved},         // Ongoing through June 2020
			{"C10.3.1", "2018-09", "2018-09", ReasonDone},          // complete
			{"C10.4.1", "2019-05", "2019-05", ReasonDone},          // complete by 2020-06
			{"C10.7.2", "2020-05", "2021-05", ReasonMoved},         // substantial
			{"C10.2.1", "2020-06", "2020-06", ReasonDone},          // complete in 2020-06
			{"C10.3.2", "2019-07", "2019-07", ReasonOutsideWindow}, // passed in 2019
		}},
		// Only the deadlines still open in May 2020, when the resolution
		// was decided, move.
		{"ogp-2020-covid", 2, 44, 0, []short{
			{"C01.1.1", "2020-06", "2021-06", ReasonMoved},
			{"C01.1.3", "2018-12", "2018-12", ReasonOutsideWindow},
			// "6 held by October 2019; 12 held by June 2020", dated 2019-10:
			// its own date had passed, and stays; the text's June 2020 is
			// not the deadline's date.
			{"C01.2.7", "2019-10", "2019-10", ReasonOutsideWindow},
			{"C03.3.1", "2020-08", "2021-08", ReasonMoved},
			{"C04.7.6", "", "", ReasonNoDate},
			{"C10.3.1", "2018-09", "2018-09", ReasonDone},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.policy, func(t *testing.T) {
			doc := canadaDocument(t)
			before := canadaDocument(t)
			policy, _ := testPolicy(tt.policy)
			plan, changes, err := Apply(&doc.Plans[0], policy)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, doc, dateComparer); diff != "" {
				t.Errorf("Apply changed the caller's document:\n%s", diff)
			}
			moved, capped := 0, 0
			got := map[string]short{}
			for _, c := range shorten(changes) {
				got[c.Item] = c
			}
			for _, c := range changes {
				if c.Moved {
					moved++
				}
				if c.Reason == ReasonCapped {
					capped++
				}
			}
			if moved != tt.moved || capped != tt.capped || len(changes) != 135 {
				t.Errorf("%d changes, %d moved, %d capped; want 135, %d, %d", len(changes), moved, capped, tt.moved, tt.capped)
			}
			for _, want := range tt.spot {
				if got[want.Item] != want {
					t.Errorf("got %+v, want %+v", got[want.Item], want)
				}
			}
			if len(plan.Extensions) != tt.extensions {
				t.Errorf("%d extensions, want %d", len(plan.Extensions), tt.extensions)
			}
			checkMoved(t, plan, changes, tt.policy)

			doc.Plans[0] = *plan
			out, err := ogp.Encode(doc)
			if err != nil {
				t.Fatal(err)
			}
			redecoded := decode(t, out)
			again, changes2, err := Apply(&redecoded.Plans[0], policy)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range changes2 {
				if c.Moved {
					t.Errorf("second application moved %s", c.Item)
				}
			}
			redecoded.Plans[0] = *again
			out2, err := ogp.Encode(redecoded)
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != string(out2) {
				t.Errorf("second application changed the document")
			}
		})
	}
}

func TestPresetPolicyIsACopy(t *testing.T) {
	policy, err := PresetPolicy("ogp-2020-covid")
	if err != nil {
		t.Fatal(err)
	}
	want := policy.Authority["en"]
	extended, _, err := Apply(&decode(t, []byte(smallPlan)).Plans[0], policy)
	if err != nil {
		t.Fatal(err)
	}
	ext := extended.Extensions[len(extended.Extensions)-1]
	ext.Authority["en"] = "Someone else"
	ext.Reason["en"] = "Another reason"
	policy.Authority["fr"] = "Quelqu’un d’autre"
	again, _ := PresetPolicy("ogp-2020-covid")
	if again.Authority["en"] != want || again.Authority["fr"] == "Quelqu’un d’autre" || again.Reason["en"] == "Another reason" {
		t.Errorf("editing a policy and its extension changed the preset: %+v", again)
	}
}

func TestApplySeries(t *testing.T) {
	tests := []struct {
		name    string
		dueFrom ogp.Date
		want    []short
		late    string // S1 as of 2020-06-01: the date missed
	}{
		{"the part still open at the decision moves", ogp.MonthDate(2020, 5), []short{
			{"S1", "2020-05", "2021-05", ReasonMoved},
			{"S2", "2020-02", "2020-02", ReasonOutsideWindow},
			{"S3", "2020-06", "2021-06", ReasonMoved},
		}, "2019-05"},
		{"without DueFrom the first part moves", ogp.Date{}, []short{
			{"S1", "2019-05", "2020-05", ReasonMoved},
			{"S2", "2019-02", "2020-02", ReasonMoved},
			{"S3", "2020-06", "2021-06", ReasonMoved},
		}, "2020-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := decode(t, []byte(seriesPlan))
			doc.Plans[0].Extensions = nil
			policy, _ := PresetPolicy("ogp-2020-covid")
			policy.DueFrom = tt.dueFrom
			plan, changes, err := Apply(&doc.Plans[0], policy)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]short{}
			for _, c := range shorten(changes) {
				got[c.Item] = c
			}
			for _, w := range tt.want {
				if got[w.Item] != w {
					t.Errorf("got %+v, want %+v", got[w.Item], w)
				}
			}
			checkMoved(t, plan, changes, policy.ID)
			// Late as of June 2020: S1's May 2020 part moved only when it was
			// the part moved; before the decision, never.
			for _, l := range Overdue(plan, ogp.DayDate(2020, 6, 1)).Late {
				if l.Item == "S1" && l.Deadline.String() != tt.late {
					t.Errorf("S1 late for %s, want %s", l.Deadline, tt.late)
				}
			}
			for _, l := range Overdue(plan, ogp.DayDate(2020, 4, 1)).Late {
				if l.Item == "S1" && l.Deadline.String() != "2019-05" {
					t.Errorf("S1 late as of April 2020 for %s, want 2019-05", l.Deadline)
				}
			}
		})
	}
}

// canadaPolicy is Canada's use of OGP's 2020 offer, as package canada's
// profile has it: a jurisdiction's decision, which tests here use as any
// caller's policy.
var canadaPolicy = Policy{
	ID:        "ca-2020-covid-19",
	Authority: ogp.NewText("Government of Canada", "Gouvernement du Canada"),
	Decided:   ogp.YearDate(2020),
	Months:    12,
	End:       ogp.MonthDate(2021, 6),
	Cutoff:    ogp.MonthDate(2020, 6),
	DueFrom:   ogp.MonthDate(2020, 1),
}

// testPolicy returns the preset named, or Canada's policy.
func testPolicy(name string) (Policy, error) {
	if name == canadaPolicy.ID {
		return canadaPolicy, nil
	}
	return PresetPolicy(name)
}

// TestApplyMovesTheDeadlinesOwnDate: a deadline with a date is checked and
// moved by that date, whatever other dates its text names, and its date is
// never lost.
func TestApplyMovesTheDeadlinesOwnDate(t *testing.T) {
	tests := []struct {
		name, date, text string
		dueFrom          ogp.Date
		want             short
		original         string
	}{
		{"a date passed before the decision stays, though its text names a later one", "2019-06", "5 by June 2019; 10 by June 2020",
			ogp.MonthDate(2020, 5), short{"D", "2019-06", "2019-06", ReasonOutsideWindow}, ""},
		{"une date passée avant la décision reste, même si le texte en nomme une plus tardive", "2019-06", "5 d'ici juin 2019; 10 d'ici juin 2020",
			ogp.MonthDate(2020, 5), short{"D", "2019-06", "2019-06", ReasonOutsideWindow}, ""},
		{"without a window the date itself moves, not the text's first", "2020-06", "5 by June 2019; 10 by June 2020",
			ogp.Date{}, short{"D", "2020-06", "2021-06", ReasonMoved}, "2020-06"},
		{"sans fenêtre la date elle-même avance, pas la première du texte", "2020-06", "5 d'ici juin 2019; 10 d'ici juin 2020",
			ogp.Date{}, short{"D", "2020-06", "2021-06", ReasonMoved}, "2020-06"},
		{"an early date moves itself, and is kept as the original", "2019-06", "5 by June 2019; 10 by June 2020",
			ogp.Date{}, short{"D", "2019-06", "2020-06", ReasonMoved}, "2019-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := decode(t, []byte(`{"formatVersion": "1.0.0", "publisher": {"name": {"en": "Test"}}, "languages": ["en", "fr"],
  "plans": [{"id": "T", "member": {"kind": "national", "country": "CA", "name": {"en": "Test"}, "fiscalYearEnd": 3},
    "title": {"en": "Test"}, "period": {"start": "2018-09", "end": "2020-08-31"},
    "commitments": [{"id": "C1", "title": {"en": "One"}, "milestones": [{"id": "M1", "title": {"en": "M"}, "indicators": [
      {"id": "D", "title": {"en": "D"}, "deadline": {"date": "`+tt.date+`", "text": {"en": "`+tt.text+`"}}}]}]}]}]}`))
			policy, _ := PresetPolicy("ogp-2020-covid")
			policy.DueFrom = tt.dueFrom
			plan, changes, err := Apply(&doc.Plans[0], policy)
			if err != nil {
				t.Fatal(err)
			}
			if got := shorten(changes); len(got) != 1 || got[0] != tt.want {
				t.Fatalf("changes %+v, want %+v", got, tt.want)
			}
			d := plan.Commitments[0].Milestones[0].Indicators[0].Deadline
			if d.Date.String() != tt.want.New || d.Original.String() != tt.original {
				t.Errorf("deadline %s (original %s), want %s (original %q)", d.Date, d.Original, tt.want.New, tt.original)
			}
		})
	}
}

// A policy that does not fit a plan says why, in English and in French,
// and the error is a *PolicyError wrapping ErrInvalidPolicy.
func TestPolicyErrorSaysWhyInEveryLanguage(t *testing.T) {
	plan := &ogp.Plan{ID: "P", Period: ogp.Period{Start: ogp.MonthDate(2018, 9), End: ogp.MonthDate(2020, 6)}}
	policy, _ := PresetPolicy("ogp-2020-covid")
	policy.Cutoff = ogp.MonthDate(2010, 1)
	_, _, err := Apply(plan, policy)
	var pe *PolicyError
	if !errors.As(err, &pe) || !errors.Is(err, ErrInvalidPolicy) || pe.Reason != "cutoff-before-start" {
		t.Fatalf("err = %v", err)
	}
	if got, want := pe.Finding().Message("fr"), "la politique de prolongation «\u00a0ogp-2020-covid\u00a0» ne convient pas au plan P\u00a0: sa date de référence 2010-01 précède le début du plan (2018-09)"; got != want {
		t.Errorf("French: %q, want %q", got, want)
	}
	if !strings.Contains(err.Error(), "its cut-off 2010-01 is before the plan starts (2018-09)") {
		t.Errorf("English: %q", err)
	}
}
