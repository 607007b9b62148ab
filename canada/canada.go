package canada

import (
	"maps"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

// statuses are the status codes of Canada's tracker, the same in every
// plan. Canada has none for withdrawn work.
var statuses = map[string]ogp.Status{
	"NS": ogp.NotStarted,
	"LP": ogp.Limited,
	"SP": ogp.Substantial,
	"C":  ogp.Complete,
}

// extension is Canada's use of OGP's 2020 offer on COVID-19: its 2018-20
// plan ended in June 2021 instead of June 2020. Like OGP's resolution, it
// concerned work still open in 2020: a deadline that had passed before
// then stays. Canada's decision is known only to the year (Decided 2020),
// so DueFrom is 2020's first month: every deadline due in 2020 or later
// moves, and none due in 2018 or 2019.
var extension = deadline.Policy{
	ID:        "ca-2020-covid-19",
	Authority: ogp.NewText("Government of Canada", "Gouvernement du Canada"),
	Reason: ogp.NewText(
		"COVID-19: under the Open Government Partnership's 2020 offer, Canada moved the completion of its 2018-20 plan from June 2020 to June 2021.",
		"COVID-19 : en vertu de l’offre du Partenariat pour un gouvernement ouvert de 2020, le Canada a reporté l’achèvement de son plan 2018-2020 de juin 2020 à juin 2021."),
	Decided: ogp.YearDate(2020),
	Months:  12,
	End:     ogp.MonthDate(2021, 6),
	Cutoff:  ogp.MonthDate(2020, 6),
	DueFrom: ogp.MonthDate(2020, 1),
}

// plan is one of Canada's plans: its rule set's name, the year it
// started, the length in months of its reporting periods, the first and
// last of them when its table lists them, and the rules its tracker checks
// each report against besides its reporting periods.
type plan struct {
	name        string // "2018-2020"
	start       int
	months      time.Month // 3: quarterly; 6: half-yearly
	first, last ogp.Date
	title       map[string]string
	rules       []reportRule
}

var plans = []plan{
	// The 2018-20 table lists the periods 2019-03 to 2021-12; for the
	// later plans, the periods are those within the plan.
	{"2018-2020", 2018, 3, ogp.MonthDate(2019, 3), ogp.MonthDate(2021, 12), map[string]string{
		"en": "Canada's 2018-2020 National Action Plan on Open Government",
		"fr": "Plan d’action national du Canada pour un gouvernement ouvert de 2018-2020",
	}, nil},
	{"2022-2024", 2022, 3, ogp.Date{}, ogp.Date{}, map[string]string{
		"en": "Canada's 2022-2024 National Action Plan on Open Government",
		"fr": "Plan d’action national du Canada pour un gouvernement ouvert de 2022-2024",
	}, []reportRule{statusCode, progress}},
	{"2025-2029", 2025, 6, ogp.Date{}, ogp.Date{}, map[string]string{
		"en": "Canada's 2025-2029 National Action Plan on Open Government",
		"fr": "Plan d’action national du Canada pour un gouvernement ouvert de 2025-2029",
	}, []reportRule{statusCode, progress, trimmed, evidence, challenges}},
}

func init() {
	p := &profile.Profile{
		Name: "canada",
		Title: map[string]string{
			"en": "The rules of Canada's National Action Plan tracker",
			"fr": "Les règles de l’outil de suivi du Plan d’action national du Canada",
		},
		Statuses: maps.Clone(statuses),
		Policies: []deadline.Policy{extension},
	}
	for _, pl := range plans {
		p.Rules = append(p.Rules, profile.Rules{
			Name:    pl.name,
			Title:   pl.title,
			Applies: func(x *ogp.Plan) bool { return planOf(x) == pl.name },
			Check:   pl.check,
		})
	}
	profile.Register(p)
}

// planOf returns the name of the rule set for x, a national plan of Canada
// (country "CA"): the one its id names ("CA-2022-2024", "ca_2022_24"), or
// else the one of the year its period starts; "" for another member's
// plan, or a plan of Canada's that is none of these.
func planOf(x *ogp.Plan) string {
	if x == nil || x.Member.Kind != ogp.National || !strings.EqualFold(x.Member.Country, "CA") {
		return ""
	}
	id := strings.Map(func(r rune) rune { // "CA20222024"
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return unicode.ToUpper(r)
		}
		return -1
	}, x.ID)
	for _, pl := range plans {
		from, to, _ := strings.Cut(pl.name, "-")
		if id == "CA"+from+to || id == "CA"+from+to[2:] {
			return pl.name
		}
	}
	for _, pl := range plans {
		if !x.Period.Start.IsZero() && x.Period.Start.Year() == pl.start {
			return pl.name
		}
	}
	return ""
}

// check returns the findings of pl's rules about x's reports, report by
// report, with paths relative to x; none for a nil plan.
func (pl plan) check(x *ogp.Plan) []finding.Finding {
	if x == nil {
		return nil
	}
	var out findings
	levels := map[string]ogp.Level{}
	for item := range x.Items() {
		levels[item.ID] = item.Level
	}
	first, last := pl.first, pl.last
	if first.IsZero() {
		first, last = x.Period.Start, x.End()
	}
	for i := range x.Reports {
		r := &x.Reports[i]
		at := "/reports/" + strconv.Itoa(i)
		// A period that is no month is wrong in form (canada.period), not
		// in range.
		if p := r.Period; p.Precision() == ogp.PrecisionMonth && !first.IsZero() && !last.IsZero() &&
			(p.Last().Compare(first.First()) < 0 || p.First().Compare(last.Last()) > 0) {
			out.add(CodePeriodRange, at+"/period", "period", p.String(), "plan", pl.name,
				"first", first.String(), "last", last.String())
		}
		if levels[r.Target] == ogp.LevelMilestone {
			out.add(CodeIndicatorOnly, at+"/target", "target", r.Target)
		}
		period(&out, pl.name, pl.months, r, at)
		for _, rule := range pl.rules {
			rule(&out, pl.name, r, at)
		}
	}
	return out
}

type findings []finding.Finding

func (f *findings) add(code, path string, args ...string) {
	*f = append(*f, finding.New(code, path, args...))
}

// A reportRule adds to out the findings of one rule of the tracker about
// report r at path at, in a plan of the rule set named set.
type reportRule func(out *findings, set string, r *ogp.Report, at string)

// period checks that r's period is a month that ends one of the year's
// parts of months months, as the reporting scheme of the rule set named
// set wants: a quarter (3: "2026-03") or a half-year (6: June or
// December, "2026-06" being the first half of 2026). Whether the period falls within the plan is the format's own
// rule (status.before-plan-start, status.after-plan-end).
func period(out *findings, set string, months time.Month, r *ogp.Report, at string) {
	p := r.Period
	if p.IsZero() { // the schema requires it
		return
	}
	if p.Precision() != ogp.PrecisionMonth || p.Month()%months != 0 {
		scheme := "quarterly"
		if months == 6 {
			scheme = "half-yearly"
		}
		out.add(CodePeriod, at+"/period", "period", p.String(), "plan", set, "scheme", scheme)
	}
}

// statusCode: a report's status is one of Canada's codes.
func statusCode(out *findings, _ string, r *ogp.Report, at string) {
	if r.Status.Valid() && codeOf(r.Status) == "" { // the schema reports an invalid one
		out.add(CodeNoStatusCode, at+"/status", "status", string(r.Status))
	}
}

// progress: the progress is given in English and French, with "no
// progress" written NIL in English and NUL in French.
func progress(out *findings, _ string, r *ogp.Report, at string) {
	for _, lang := range [...]string{"en", "fr"} {
		s, key := text(r.Progress, lang)
		if s == "" {
			out.add(CodeProgressRequired, at+"/progress/"+key, "lang", lang)
			continue
		}
		want, other := "NIL", "NUL"
		if lang == "fr" {
			want, other = other, want
		}
		if strings.EqualFold(strings.TrimSpace(s), other) {
			out.add(CodeNilLanguage, at+"/progress/"+key, "value", other, "want", want, "lang", lang)
		}
	}
}

// trimmed: no text of the report begins or ends with spaces.
func trimmed(out *findings, _ string, r *ogp.Report, at string) {
	texts := [...]struct {
		name string
		t    ogp.Text
	}{{"progress", r.Progress}, {"challenges", r.Challenges}, {"evidence", r.Evidence}}
	for _, m := range texts {
		for _, lang := range [...]string{"en", "fr"} {
			if s, key := text(m.t, lang); s != strings.TrimSpace(s) {
				out.add(CodeUntrimmed, at+"/"+m.name+"/"+key, "member", m.name, "lang", lang)
			}
		}
	}
}

// evidence: the evidence is given in English and French, or not at all.
func evidence(out *findings, _ string, r *ogp.Report, at string) {
	pair(out, "evidence", r.Evidence, at)
}

// challenges: the challenges are given in English and French when the
// status is NS or LP; otherwise in both or in neither.
func challenges(out *findings, _ string, r *ogp.Report, at string) {
	if r.Status != ogp.NotStarted && r.Status != ogp.Limited {
		pair(out, "challenges", r.Challenges, at)
		return
	}
	for _, lang := range [...]string{"en", "fr"} {
		if s, key := text(r.Challenges, lang); s == "" {
			out.add(CodeChallengesRequired, at+"/challenges/"+key, "status", codeOf(r.Status), "lang", lang)
		}
	}
}

// pair reports the language missing when t, the report's member name, is
// given in one of English and French only.
func pair(out *findings, name string, t ogp.Text, at string) {
	en, _ := text(t, "en")
	fr, _ := text(t, "fr")
	switch {
	case en != "" && fr == "":
		out.add(CodeLanguagePair, at+"/"+name+"/fr", "member", name, "lang", "fr")
	case en == "" && fr != "":
		out.add(CodeLanguagePair, at+"/"+name+"/en", "member", name, "lang", "en")
	}
}

// text returns t's text in lang ("en" or "fr") and its key in t, which
// may be a regional tag ("fr-CA") in any case (a valid language tag is a
// JSON Pointer token as it is); "" and lang when t has no text in lang but
// spaces.
func text(t ogp.Text, lang string) (s, key string) {
	for _, tag := range t.Languages() {
		primary, _, _ := strings.Cut(tag, "-")
		if strings.EqualFold(primary, lang) && strings.TrimSpace(t[tag]) != "" {
			return t[tag], tag
		}
	}
	return "", lang
}

// codeOf returns Canada's code for s, or "" when it has none.
func codeOf(s ogp.Status) string {
	for code, x := range statuses {
		if x == s {
			return code
		}
	}
	return ""
}
