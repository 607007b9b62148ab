package validate

import (
	"strconv"

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
		"en": `the deadline's date {date} does not match its text "{text}", which reads as {reads}{ongoing? (ongoing work is due when the plan ends)}`,
		"fr": `la date de l’échéance, {date}, ne correspond pas à son texte "{text}", qui se lit {reads}{ongoing? (un travail en cours est dû à la fin du plan)}`}},
	{ID: CodeLanguagesDiffer, Severity: finding.Warning, Title: map[string]string{"en": "Deadline texts disagree", "fr": "Textes de l’échéance discordants"}, Message: map[string]string{
		"en": `the deadline's texts say different dates: "{text}" ({lang}) reads as {reads}, "{other}" ({otherLang}) as {otherReads}`,
		"fr": `les textes de l’échéance donnent des dates différentes : "{text}" ({lang}) se lit {reads}, "{other}" ({otherLang}) se lit {otherReads}`}},
}

// checkDeadlineTexts checks the deadline of each milestone and indicator of
// a plan against its text.
func (c *checker) checkDeadlineTexts(plan *ogp.Plan, ptr string) {
	opts := deadline.OptionsFor(plan)
	for i, com := range plan.Commitments {
		for j, m := range com.Milestones {
			mp := ptr + "/commitments/" + strconv.Itoa(i) + "/milestones/" + strconv.Itoa(j)
			c.checkDeadlineText(m.Deadline, mp+"/deadline", opts)
			for k, in := range m.Indicators {
				c.checkDeadlineText(in.Deadline, mp+"/indicators/"+strconv.Itoa(k)+"/deadline", opts)
			}
		}
	}
}

// checkDeadlineText checks that the date of d, at ptr, agrees with its text
// in each language that reads to a date, and that those languages agree.
func (c *checker) checkDeadlineText(d *ogp.Deadline, ptr string, opts deadline.Options) {
	if d == nil || d.Date.IsZero() {
		return
	}
	type reading struct{ lang, text, date string }
	var read []reading
	for _, lang := range d.Text.Languages() {
		text := d.Text[lang]
		r, err := deadline.Parse(text, opts)
		if err != nil {
			continue
		}
		date, ongoing := r.Date, ""
		if date.IsZero() {
			if r.Kind != deadline.Ongoing || opts.PlanEnd.IsZero() {
				continue // recurring: any occurrence may be the date
			}
			date, ongoing = opts.PlanEnd, "true"
		}
		read = append(read, reading{lang, text, date.String()})
		if !overlap(d.Date, date) {
			c.add(CodeDeadlineText, ptr+"/text/"+escapeToken(lang), "date", d.Date.String(),
				"text", clip(text), "reads", date.String(), "ongoing", ongoing)
		}
	}
	for _, r := range read[min(1, len(read)):] {
		if first := read[0]; r.date != first.date {
			c.add(CodeLanguagesDiffer, ptr+"/text", "lang", first.lang, "text", clip(first.text), "reads", first.date,
				"otherLang", r.lang, "other", clip(r.text), "otherReads", r.date)
			return
		}
	}
}

// overlap reports whether two dates, each a period of its precision, have
// a day in common.
func overlap(a, b ogp.Date) bool {
	return a.First().Compare(b.Last()) <= 0 && b.First().Compare(a.Last()) <= 0
}
