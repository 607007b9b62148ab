package validate

import (
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
	for item := range plan.Items() {
		c.checkDeadlineText(item.Deadline, ptr+item.Pointer+"/deadline", opts)
	}
}

// checkDeadlineText checks that the date of d, at ptr, agrees with its text
// in each language that reads to a date, and that those languages agree. A
// text that names several dates agrees with any of them that is due
// ("5 by June 2019; 10 by June 2020" with 2019-06 or 2020-06); a date the
// work is about ("for reporting year 2022") is not one. A recurring text
// agrees with any date.
func (c *checker) checkDeadlineText(d *ogp.Deadline, ptr string, opts deadline.Options) {
	if d == nil || d.Date.IsZero() {
		return
	}
	type reading struct{ lang, text, dates string }
	var read []reading
	for _, lang := range d.Text.Languages() {
		text := d.Text[lang]
		r, err := deadline.Parse(text, opts)
		if err != nil || r.Kind == deadline.Recurring {
			continue
		}
		var dates []ogp.Date
		for _, p := range r.Dates {
			if p.Role != deadline.Reference {
				dates = append(dates, p.Date)
			}
		}
		ongoing := ""
		if len(dates) == 0 {
			if r.Kind != deadline.Ongoing || opts.PlanEnd.IsZero() {
				continue
			}
			dates, ongoing = []ogp.Date{opts.PlanEnd}, "true"
		}
		names := make([]string, len(dates))
		agrees := false
		for i, date := range dates {
			names[i] = date.String()
			agrees = agrees || overlap(d.Date, date)
		}
		reads := strings.Join(names, ", ")
		read = append(read, reading{lang, text, reads})
		if !agrees {
			c.add(CodeDeadlineText, ptr+"/text/"+escapeToken(lang), "date", d.Date.String(),
				"text", clip(text), "reads", reads, "ongoing", ongoing)
		}
	}
	for _, r := range read[min(1, len(read)):] {
		if first := read[0]; r.dates != first.dates {
			c.add(CodeLanguagesDiffer, ptr+"/text", "lang", first.lang, "text", clip(first.text), "reads", first.dates,
				"otherLang", r.lang, "other", clip(r.text), "otherReads", r.dates)
			return
		}
	}
}

// overlap reports whether two dates, each a period of its precision, have
// a day in common.
func overlap(a, b ogp.Date) bool {
	return a.First().Compare(b.Last()) <= 0 && b.First().Compare(a.Last()) <= 0
}
