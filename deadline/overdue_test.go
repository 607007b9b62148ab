package deadline

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/ogp"
)

func TestOverdue(t *testing.T) {
	plan := &decode(t, []byte(smallPlan)).Plans[0]
	tests := []struct {
		asOf string
		want []Late
	}{
		{"2019-05-31", nil},
		{"2019-06-01", []Late{
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 1},
		}},
		{"2020-02", []Late{
			// I1 was complete in 2019-12: not late as of February 2020.
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 274},
		}},
		{"2020-09-01", []Late{
			{Item: "M1", Deadline: ogp.MustParseDate("2020-05"), Due: ogp.MustParseDate("2020-05-31"), DaysLate: 93},
			{Item: "I1", Deadline: ogp.MustParseDate("2020-01-31"), Due: ogp.MustParseDate("2020-01-31"), DaysLate: 214,
				Status: ogp.Limited, Period: ogp.MustParseDate("2020-03")},
			{Item: "I2", Deadline: ogp.MustParseDate("2019-21"), Due: ogp.MustParseDate("2019-05-31"), DaysLate: 459},
			{Item: "I3", Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1}, // Ongoing: due with the plan
			// I4 is complete. I5's withdrawal is reported for September 2020,
			// a period that has not ended on 1 September: it still counts as
			// limited.
			{Item: "I5", Deadline: ogp.MustParseDate("2020-06"), Due: ogp.MustParseDate("2020-06-30"), DaysLate: 63,
				Status: ogp.Limited, Period: ogp.MustParseDate("2020-06")},
			{Item: "I7", Deadline: ogp.MustParseDate("2020-08"), Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1},
			{Item: "I8", Deadline: ogp.MustParseDate("2020-08-31"), Due: ogp.MustParseDate("2020-08-31"), DaysLate: 1},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.asOf, func(t *testing.T) {
			got := Overdue(plan, ogp.MustParseDate(tt.asOf))
			if len(got.Unknown) > 0 {
				t.Errorf("cannot tell: %+v", got.Unknown)
			}
			if diff := cmp.Diff(tt.want, got.Late, dateComparer); diff != "" {
				t.Errorf("Overdue as of %s (-want +got):\n%s", tt.asOf, diff)
			}
		})
	}
	if got := Overdue(plan, ogp.Date{}); got.Late != nil || got.Unknown != nil {
		t.Errorf("Overdue as of no date = %v, want nothing", got)
	}
}

func TestOverdueCanadaExample(t *testing.T) {
	plan := &canadaDocument(t).Plans[0]
	late := map[string]Late{}
	rep := Overdue(plan, ogp.MustParseDate("2021-07-01"))
	// Every deadline has a date, or a text that reads.
	if len(rep.Unknown) != 0 {
		t.Errorf("cannot tell %+v", rep.Unknown)
	}
	for _, l := range rep.Late {
		late[l.Item] = l
	}
	// The plan ends in June 2021, after Canada's extension: by 1 July 2021
	// every item without a report of completion is late.
	if n := len(late); n != 128 {
		t.Errorf("%d items late, want 128", n)
	}
	for id, want := range map[string]Late{
		"C04.7.6": {Item: "C04.7.6", Due: ogp.MustParseDate("2021-06-30"), DaysLate: 1},
		"C10.7.2": {Item: "C10.7.2", Deadline: ogp.MustParseDate("2020-05"), Due: ogp.MustParseDate("2020-05-31"),
			DaysLate: 396, Status: ogp.Substantial, Period: ogp.MustParseDate("2021-06")},
	} {
		if diff := cmp.Diff(want, late[id], dateComparer); diff != "" {
			t.Errorf("%s (-want +got):\n%s", id, diff)
		}
	}
	if _, ok := late["C10.3.1"]; ok {
		t.Errorf("C10.3.1 is complete but listed late")
	}
}

// seriesPlan has the deadlines of issue 14, in English and French: several
// dates, parts of a year, recurrence, an extension, texts that cannot be
// read, and dates at the end of what a date can write. Its plan ends in
// August 2021 with its extension.
const seriesPlan = `{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Test"}},
  "languages": ["en", "fr"],
  "plans": [{
    "id": "T-2018-2020",
    "member": {"kind": "national", "country": "CA", "name": {"en": "Test"}, "fiscalYearEnd": 3},
    "title": {"en": "Test plan"},
    "period": {"start": "2018-09", "end": "2020-08-31"},
    "extensions": [{"id": "x", "authority": {"en": "OGP"}, "decided": "2020-05", "previousEnd": "2020-08-31", "end": "2021-08-31"}],
    "commitments": [{"id": "C1", "title": {"en": "One"}, "milestones": [{"id": "M1", "title": {"en": "All"}, "indicators": [
      {"id": "S1", "title": {"en": "Series"}, "deadline": {"text": {"en": "May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities"}}},
      {"id": "S2", "title": {"fr": "Série"}, "deadline": {"text": {"fr": "D'ici février 2019 et février 2020"}}},
      {"id": "S3", "title": {"en": "Table date"}, "deadline": {"date": "2020-06", "text": {"en": "5 by June 2019; 10 by June 2020"}}},
      {"id": "V1", "title": {"en": "Early"}, "deadline": {"text": {"en": "By early 2020"}}},
      {"id": "V2", "title": {"fr": "Début"}, "deadline": {"text": {"fr": "D'ici le de\u0301but de 2020"}}},
      {"id": "R1", "title": {"en": "Annually"}, "deadline": {"text": {"en": "Annually"}}},
      {"id": "R2", "title": {"fr": "Semestriel"}, "deadline": {"text": {"fr": "Deux fois par année"}}},
      {"id": "X1", "title": {"en": "Extended"}, "deadline": {"date": "2021-03", "original": "2020-03", "extendedBy": "x"}},
      {"id": "U1", "title": {"en": "Unreadable"}, "deadline": {"text": {"en": "TBD", "fr": "À déterminer"}}},
      {"id": "U2", "title": {"en": "Winter 9999"}, "deadline": {"date": "9999-24"}},
      {"id": "F1", "title": {"en": "Autumn 9999"}, "deadline": {"date": "9999-23"}},
      {"id": "D1", "title": {"en": "Done"}, "deadline": {"text": {"en": "TBD"}}}
    ]}]}],
    "reports": [{"target": "D1", "period": "2018-12", "status": "complete"}]
  }]
}`

func TestOverdueSeries(t *testing.T) {
	plan := &decode(t, []byte(seriesPlan)).Plans[0]
	late := func(item, deadline, due string, days int) Late {
		return Late{Item: item, Deadline: ogp.MustParseDate(deadline), Due: ogp.MustParseDate(due), DaysLate: days}
	}
	tests := []struct {
		name string
		asOf string
		want []Late // in full, or the items named when spot is set
		spot bool
	}{
		{"before any date nothing is late", "2019-01-31", nil, false},
		{"the first of several dates, or the first occurrence, makes an item late", "2019-06-01", []Late{
			late("S1", "2019-05", "2019-05-31", 1),
			late("S2", "2019-02", "2019-02-28", 93),
			late("R2", "2019-02", "2019-02-28", 93), // deux fois par année: February and August
		}, false},
		{"the last date missed counts, and an extension does not before its decision", "2020-04-15", []Late{
			late("S1", "2019-05", "2019-05-31", 320),
			late("S2", "2020-02", "2020-02-29", 46),
			late("S3", "2019-06", "2019-06-30", 290), // the table's date is the text's second
			late("R1", "2019-08", "2019-08-31", 228), // annually: August, as the plan ends
			late("R2", "2020-02", "2020-02-29", 46),
			late("X1", "2020-03", "2020-03-31", 15), // its original date: the extension is decided in May
		}, false},
		{"from the decision the moved date counts, and early 2020 ends in April", "2020-05-02", []Late{
			late("S1", "2019-05", "2019-05-31", 337),
			late("S2", "2020-02", "2020-02-29", 63),
			late("S3", "2019-06", "2019-06-30", 307),
			late("V1", "2020-37", "2020-04-30", 2),
			late("V2", "2020-37", "2020-04-30", 2), // début, with a decomposed accent
			late("R1", "2019-08", "2019-08-31", 245),
			late("R2", "2020-02", "2020-02-29", 63),
		}, false},
		{"days late count in dates, across eight thousand years", "9999-12-31", []Late{
			late("X1", "2021-03", "2021-03-31", 2914179),
			late("F1", "9999-23", "9999-11-30", 31),
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Overdue(plan, ogp.MustParseDate(tt.asOf))
			got := rep.Late
			if tt.spot {
				got = nil
				for _, l := range rep.Late {
					for _, w := range tt.want {
						if w.Item == l.Item {
							got = append(got, l)
						}
					}
				}
			}
			if diff := cmp.Diff(tt.want, got, dateComparer); diff != "" {
				t.Errorf("late as of %s (-want +got):\n%s", tt.asOf, diff)
			}
			// Cannot tell: the unreadable text, in either language, and
			// winter 9999, which ends in February 10000; never the item
			// that is complete.
			var unknown []string
			for _, u := range rep.Unknown {
				unknown = append(unknown, u.Item+": "+u.Reason.Message("en"))
			}
			want := []string{
				"U1: the text names no date, and no ongoing or recurring work",
				"U2: the deadline falls due after 9999-12-31, which a date cannot write",
			}
			if diff := cmp.Diff(want, unknown); diff != "" {
				t.Errorf("cannot tell (-want +got):\n%s", diff)
			}
			if !errors.Is(rep.Unknown[0].Err, ErrUnreadable) || !errors.Is(rep.Unknown[1].Err, ErrPastMaxYear) {
				t.Errorf("errors %v, %v", rep.Unknown[0].Err, rep.Unknown[1].Err)
			}
			for _, l := range rep.Late {
				if _, err := ogp.ParseDate(l.Due.String()); err != nil || strings.HasPrefix(l.Due.String(), "1000") {
					t.Errorf("%s due %s does not read back: %v", l.Item, l.Due, err)
				}
			}
		})
	}
}

func TestOverdueOngoingWithoutPlanEnd(t *testing.T) {
	plan := &decode(t, []byte(seriesPlan)).Plans[0]
	plan.Period.End, plan.Extensions = ogp.Date{}, nil
	plan.Commitments[0].Milestones[0].Indicators[0].Deadline.Text = ogp.NewText("Ongoing", "En cours")
	rep := Overdue(plan, ogp.YearDate(2030))
	if len(rep.Unknown) == 0 || rep.Unknown[0].Item != "S1" || !errors.Is(rep.Unknown[0].Err, ErrNoPlanEnd) {
		t.Errorf("cannot tell %+v, want S1 first: ongoing in a plan with no end", rep.Unknown)
	}
}

func TestDaysBetween(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"0000-01-01", "9999-12-31", 3652424},
		{"1900-01-01", "9999-12-31", 2958463},
		{"2020-02-28", "2020-03-01", 2}, // a leap year
		{"2100-02-28", "2100-03-01", 1}, // a century that is not
		{"0000-02-28", "0000-03-01", 2}, // year 0 is, as 400 divides it
		{"2019-05-31", "2019-06-01", 1},
	}
	for _, tt := range tests {
		if got := daysBetween(ogp.MustParseDate(tt.a), ogp.MustParseDate(tt.b)); got != tt.want {
			t.Errorf("daysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// asOfPlan starts on a day, and its extension was decided after its first
// end had passed.
const asOfPlan = `{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Test"}},
  "languages": ["en", "fr"],
  "plans": [{
    "id": "T", "member": {"kind": "national", "country": "CA", "name": {"en": "Test"}, "fiscalYearEnd": 3},
    "title": {"en": "Test plan"},
    "period": {"start": "2018-09-15", "end": "2020-08-31"},
    "extensions": [{"id": "x", "authority": {"en": "OGP"}, "decided": "2020-10", "previousEnd": "2020-08-31", "end": "2021-08-31"}],
    "commitments": [{"id": "C1", "title": {"en": "One"}, "milestones": [{"id": "M1", "title": {"en": "All"}, "indicators": [
      {"id": "O1", "title": {"en": "Ongoing"}, "deadline": {"text": {"en": "Ongoing"}}},
      {"id": "O2", "title": {"fr": "En cours"}, "deadline": {"text": {"fr": "En cours"}}},
      {"id": "R1", "title": {"en": "Annually"}, "deadline": {"text": {"en": "Annually"}}},
      {"id": "R2", "title": {"fr": "Chaque année"}, "deadline": {"text": {"fr": "Chaque année"}}},
      {"id": "E1", "title": {"en": "Early, then annually"}, "deadline": {"text": {"en": "Early 2019; then annually"}}},
      {"id": "E2", "title": {"fr": "Début, puis chaque année"}, "deadline": {"text": {"fr": "Début 2019; puis chaque année"}}}
    ]}]}]
  }]
}`

func TestOverdueAsOfTheDay(t *testing.T) {
	plan := &decode(t, []byte(asOfPlan)).Plans[0]
	tests := []struct {
		name, asOf string
		want       map[string]string // item: date missed ("" for the plan's end)
	}{
		{"a plan starting mid-September has its first yearly occurrence in August", "2019-09-01", map[string]string{
			"R1": "2019-08", "R2": "2019-08", "E1": "2019-08", "E2": "2019-08"}},
		{"a recurring text's own date is due too", "2019-05-01", map[string]string{
			"E1": "2019-37", "E2": "2019-37"}},
		{"before an extension is decided, ongoing work is due at the end the plan had", "2020-09-15", map[string]string{
			"O1": "", "O2": "", "R1": "2020-08", "R2": "2020-08", "E1": "2020-08", "E2": "2020-08"}},
		{"once it is decided, at the extended end", "2020-11-01", map[string]string{
			"R1": "2020-08", "R2": "2020-08", "E1": "2020-08", "E2": "2020-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Overdue(plan, ogp.MustParseDate(tt.asOf))
			if len(rep.Unknown) > 0 {
				t.Errorf("cannot tell: %+v", rep.Unknown)
			}
			got := map[string]string{}
			for _, l := range rep.Late {
				got[l.Item] = l.Deadline.String()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("late as of %s (-want +got):\n%s", tt.asOf, diff)
			}
		})
	}
}
