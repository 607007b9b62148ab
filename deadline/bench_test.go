package deadline

import (
	"testing"

	"github.com/ogpx/interchange/ogp"
)

func BenchmarkParse(b *testing.B) {
	texts := []string{
		"May 2020", "D'ici l'automne 2022", "By fiscal year 2023-24", "31 décembre 2020", "Ongoing",
		"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities",
	}
	for b.Loop() {
		for _, s := range texts {
			Parse(s, canada)
		}
	}
}

// BenchmarkApply extends Canada's whole 2018-2020 plan (135 indicators).
func BenchmarkApply(b *testing.B) {
	doc := canadaDocument(b)
	policy, _ := PresetPolicy("ogp-2020-covid")
	for b.Loop() {
		if _, _, err := Apply(&doc.Plans[0], policy); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOverdue(b *testing.B) {
	doc := canadaDocument(b)
	asOf := ogp.DayDate(2021, 7, 1)
	for b.Loop() {
		Overdue(&doc.Plans[0], asOf)
	}
}

// BenchmarkParseCanada reads every deadline text of Canada's 2018-2020 plan,
// in English and French (270 texts), as [TestCanadaFullTextDeadlines] does.
func BenchmarkParseCanada(b *testing.B) {
	var texts []string
	for item := range canadaDocument(b).Plans[0].Items() {
		if item.Indicator != nil {
			for _, lang := range []string{"en", "fr"} {
				texts = append(texts, deadlineText(*item.Indicator, lang))
			}
		}
	}
	b.ReportMetric(float64(len(texts)), "texts/op")
	for b.Loop() {
		for _, s := range texts {
			Parse(s, canada)
		}
	}
}
