package deadline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

// canadaDocument decodes the reference document afresh: Canada's whole
// 2018-2020 plan, built from Canada's table definition (Open Government
// Licence - Canada).
func canadaDocument(tb testing.TB) *ogp.Package {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// canadaIndicators returns the indicators of Canada's 2018-2020 plan, by id.
func canadaIndicators(t *testing.T) map[string]ogp.Indicator {
	indicators := map[string]ogp.Indicator{}
	for _, c := range canadaDocument(t).Plans[0].Commitments {
		for _, m := range c.Milestones {
			for _, in := range m.Indicators {
				indicators[in.ID] = in
			}
		}
	}
	return indicators
}

// deadlineText returns what Canada writes as an indicator's deadline in
// lang: the text in the last parentheses of its full text, "... (May
// 2020)", which the reference document keeps as the deadline's text. One
// English full text has no parentheses and is its own deadline ("75% of
// institutions publishing summaries by June 2020").
func deadlineText(in ogp.Indicator, lang string) string {
	if in.Deadline != nil && in.Deadline.Text[lang] != "" {
		return in.Deadline.Text[lang]
	}
	return in.FullText[lang]
}

// TestCanadaFullTextDeadlines reads every deadline of Canada's 2018-2020
// plan, in English and French, and checks that it is due in the month of the
// table's due_date: for a text with several dates, its first date, or
// another of its dates where the table says so.
func TestCanadaFullTextDeadlines(t *testing.T) {
	// Where the text and the table disagree, the text is read as written.
	// want is the date the text reads as ("" when it cannot be read).
	exceptions := map[string]struct{ want, why string }{
		"C02.3.1/en": {"2019-12", "the text says December 2019, the table 2019-03"},
		"C02.3.1/fr": {"2019-12", "the text says décembre 2019, the table 2019-03"},
		"C04.1.1/en": {"2019-07", "the English says July 2019; the French and the table June 2019"},
		"C07.1.1/en": {"", "no date: within one year of royal assent of Bill C-58"},
		"C07.1.1/fr": {"", "no date: dans un délai d'un an suivant la sanction royale"},
		"C08.1.1/en": {"2020-04", "the text says April 2020, the table 2018-04"},
		"C08.1.1/fr": {"2020-04", "the text says avril 2020, the table 2018-04"},
		"C08.5.1/en": {"2020-06", "the text says June 2020, the table 2020-05"},
		"C08.5.1/fr": {"2020-06", "the text says juin 2020, the table 2020-05"},
		// No due_date in the table.
		"C02.3.2/en": {"2020-06", "no due_date"},
		"C02.3.2/fr": {"2020-06", "no due_date"},
		"C02.3.3/en": {"2020-08", "no due_date"},
		"C02.3.3/fr": {"2020-08", "no due_date"},
		"C04.7.6/en": {"", "no due_date; ongoing"},
		"C04.7.6/fr": {"", "no due_date; ongoing"},
		"C06.2.2/en": {"2020-06", "no due_date; ongoing through June 2020"},
		"C06.2.2/fr": {"2020-06", "no due_date; en cours jusqu'en juin 2020"},
	}
	// Texts with several dates that the table dates by their last, not
	// their first. It dates C01.2.7 and C10.1.1 by their first.
	tableTookLast := map[string]bool{
		"C05.4.1/en": true, "C05.4.1/fr": true, // "5 by June 2019; 10 by June 2020"
		"C05.5.3/en": true, "C05.5.3/fr": true, // "Reports released in June 2019 and June 2020"
		"C10.5.1/en": true, "C10.5.1/fr": true, // "May 2019 to onboard 2 provinces; May 2020 to ..."
	}
	indicators := canadaIndicators(t)
	if len(indicators) != 135 {
		t.Fatalf("%d indicators, want 135", len(indicators))
	}
	used := 0
	for id, ind := range indicators {
		var due string // the table's due_date
		if ind.Deadline != nil && !ind.Deadline.Date.IsZero() {
			due = ind.Deadline.Date.String()
		}
		for _, lang := range []string{"en", "fr"} {
			key := id + "/" + lang
			text := deadlineText(ind, lang)
			r, err := Parse(text, canada)
			want, ex := due, exceptions[key]
			if ex.why != "" {
				want = ex.want
				used++
			}
			// The month it is due in: "Fall 2018" (2018-23) is due in 2018-11.
			got := ""
			if !r.Date.IsZero() {
				got = r.Due.String()[:7]
			}
			if tableTookLast[key] {
				if last := r.Dates[len(r.Dates)-1]; len(r.Dates) < 2 || last.Due.String()[:7] != want {
					t.Errorf("%s: %q: dates %+v, want several, the last due in %q", key, text, r.Dates, want)
				}
				continue
			}
			if got != want {
				t.Errorf("%s: %q reads as %q, due %q (%v), want due in %q", key, text, r.Date, r.Due, err, want)
			}
			if want != "" && err != nil {
				t.Errorf("%s: %q: %v", key, text, err)
			}
		}
	}
	if used != len(exceptions) {
		t.Errorf("%d of %d exceptions used: an indicator id is wrong", used, len(exceptions))
	}
}
