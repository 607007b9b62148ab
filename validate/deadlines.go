package validate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// The codes of the deadline-consistency check: see "Deadlines" in the
// package documentation.
const (
	CodeDeadlineText    = "deadline.text-date"
	CodeLanguagesDiffer = "deadline.languages-differ"
)

var deadlineCodes = []finding.Code{
	{ID: CodeDeadlineText, Severity: finding.Warning, Title: map[string]string{"en": "Deadline text and date disagree", "fr": "Texte et date de l’échéance discordants"}, Message: map[string]string{
		"en": `the deadline's date {date} does not match its text "{text}" ({lang}), which reads as {reads}{other?, nor its text "{other}" ({otherLang})}{more?, nor {more} other texts}{ongoing? (ongoing work is due when the plan or one of its extensions ends)}`,
		"fr": `la date de l’échéance, {date}, ne correspond pas à son texte "{text}" ({lang}), qui correspond à {reads}{other?, ni à son texte "{other}" ({otherLang})}{more?, ni à {more} autres textes}{ongoing? (un travail en cours est dû à la fin du plan ou de l’une de ses prolongations)}`}},
	{ID: CodeLanguagesDiffer, Severity: finding.Warning, Title: map[string]string{"en": "Deadline texts disagree", "fr": "Textes de l’échéance discordants"}, Message: map[string]string{
		"en": `the deadline's texts say different dates: "{text}" ({lang}) reads as {reads}, "{other}" ({otherLang}) as {otherReads}`,
		"fr": `les textes de l’échéance donnent des dates différentes : "{text}" ({lang}) correspond à {reads}, "{other}" ({otherLang}) à {otherReads}`}},
}

// checkDeadlineTexts checks the deadline of each milestone and indicator of
// a plan against its text.
func (c *checker) checkDeadlineTexts(plan *ogp.Plan, ptr string) {
	opts := deadline.OptionsFor(plan)
	ends := planEnds(plan)
	for item := range plan.Items() {
		c.checkDeadlineText(item.Deadline, ptr+item.Pointer+"/deadline", opts, ends)
	}
}

// planEnds returns the ends ongoing work of plan may be due by: the end of
// its period and the end of each of its extensions, since an item may be
// dated before an extension moved the plan's end.
func planEnds(plan *ogp.Plan) []ogp.Date {
	var ends []ogp.Date
	add := func(end ogp.Date) {
		if !end.IsZero() && !slices.Contains(ends, end) {
			ends = append(ends, end)
		}
	}
	add(plan.Period.End)
	for _, x := range plan.Extensions {
		add(x.End)
	}
	return ends
}

// textReading is how the text of a deadline in one language reads.
type textReading struct {
	lang, text string
	dates      []ogp.Date // the dates due, or the plan's ends for ongoing work
	ongoing    bool
}

// ongoingArg is the argument "ongoing" of r's finding: "true" for ongoing
// work, or "" to leave the message's remark on it out.
func (r textReading) ongoingArg() string {
	if r.ongoing {
		return "true"
	}
	return ""
}

// reads writes the dates r reads to, for a message.
func (r textReading) reads() string {
	names := make([]string, len(r.dates))
	for i, d := range r.dates {
		names[i] = d.String()
	}
	return strings.Join(names, ", ")
}

// agrees reports whether r names a date with a day in common with date.
func (r textReading) agrees(date ogp.Date) bool {
	return slices.ContainsFunc(r.dates, func(d ogp.Date) bool { return overlap(date, d) })
}

// sharesDueDay reports whether r and s name a date due on the same day:
// "June 30, 2020", "Juin 2020" and "Q2 2020" are all due on 30 June 2020.
func (r textReading) sharesDueDay(s textReading) bool {
	return slices.ContainsFunc(r.dates, func(d ogp.Date) bool {
		return slices.ContainsFunc(s.dates, func(e ogp.Date) bool { return d.Last().Compare(e.Last()) == 0 })
	})
}

// checkDeadlineText checks that the date of d, at ptr, agrees with its text
// in each language that reads to a date, and that those languages agree.
// A text that names several dates agrees with any of them that is due
// ("5 by June 2019; 10 by June 2020" with 2019-06 or 2020-06); a date the
// work is about ("for reporting year 2022") is not one. Ongoing work with
// no date of its own agrees with any of ends. A recurring text agrees with
// any date. Two texts agree when they name a date due on the same day.
//
// A deadline an extension moved agrees with a text that agrees with its
// original date.
//
// When the texts agree with each other and none with the date, one finding
// at the date names them; when they disagree with each other, each text
// that disagrees with the date gets its own finding.
func (c *checker) checkDeadlineText(d *ogp.Deadline, ptr string, opts deadline.Options, ends []ogp.Date) {
	if d == nil || d.Date.IsZero() {
		return
	}
	var read []textReading
	for _, lang := range d.Text.Languages() {
		text := d.Text[lang]
		r, err := deadline.Parse(text, opts)
		if err != nil || r.Kind == deadline.Recurring {
			continue
		}
		tr := textReading{lang: lang, text: text}
		for _, p := range r.Dates {
			if p.Role.Due() { // a start or a superseded date is not one
				tr.dates = append(tr.dates, p.Date)
			}
		}
		if len(tr.dates) == 0 {
			if r.Kind != deadline.Ongoing || len(ends) == 0 {
				continue
			}
			tr.dates, tr.ongoing = ends, true
		}
		read = append(read, tr)
	}
	differ := false
	for i := 0; i < len(read) && !differ; i++ {
		for _, r := range read[i+1:] {
			if first := read[i]; !first.sharesDueDay(r) {
				c.add(CodeLanguagesDiffer, ptr+"/text", "lang", first.lang, "text", finding.Clip(first.text), "reads", first.reads(),
					"otherLang", r.lang, "other", finding.Clip(r.text), "otherReads", r.reads())
				differ = true
				break
			}
		}
	}
	// The text says what was planned: a deadline an extension moved agrees
	// with its text when its date before the extension does.
	agrees := func(r textReading) bool {
		return r.agrees(d.Date) || !d.Original.IsZero() && r.agrees(d.Original)
	}
	if !differ {
		if len(read) == 0 || slices.ContainsFunc(read, agrees) {
			return
		}
		first, args := read[0], []string{}
		if len(read) > 1 {
			args = []string{"otherLang", read[1].lang, "other", finding.Clip(read[1].text)}
		}
		if len(read) > 2 {
			args = append(args, "more", strconv.Itoa(len(read)-2))
		}
		c.add(CodeDeadlineText, ptr+"/date", append([]string{"date", d.Date.String(), "lang", first.lang,
			"text", finding.Clip(first.text), "reads", first.reads(), "ongoing", first.ongoingArg()}, args...)...)
		return
	}
	for _, r := range read {
		if !agrees(r) {
			c.add(CodeDeadlineText, ptr+"/text/"+ogp.PointerToken(r.lang), "date", d.Date.String(), "lang", r.lang,
				"text", finding.Clip(r.text), "reads", r.reads(), "ongoing", r.ongoingArg())
		}
	}
}

// overlap reports whether two dates, each a period of its precision, have
// a day in common.
func overlap(a, b ogp.Date) bool {
	return a.First().Compare(b.Last()) <= 0 && b.First().Compare(a.Last()) <= 0
}
