package validate

import (
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/ogp"
)

// TestDeadlineTexts checks a deadline's date against its texts, in English
// and French, with Canada's real cases: an indicator of the 2022-24 plan
// labelled "By March 2023" and dated 2024-03, and items labelled "Ongoing"
// dated 2022-08 in a plan that ends in 2024-06.
func TestDeadlineTexts(t *testing.T) {
	tests := []struct {
		name   string
		date   string
		text   ogp.Text
		want   []string // code, path under the deadline and message in English
		wantFr []string // the first message in French
	}{
		{"Canada 2022-24: By March 2023, dated 2024-03", "2024-03", ogp.Text{"en": "By March 2023", "fr": "D'ici mars 2023"},
			[]string{
				`deadline.text-date /text/en: the deadline's date 2024-03 does not match its text "By March 2023", which reads as 2023-03`,
				`deadline.text-date /text/fr: the deadline's date 2024-03 does not match its text "D'ici mars 2023", which reads as 2023-03`,
			},
			[]string{"la date de l’échéance, 2024-03, ne correspond pas à son texte «\u00a0By March 2023\u00a0», qui se lit 2023-03"}},
		{"Canada 2022-24: Ongoing, dated 2022-08", "2022-08", ogp.Text{"en": "Ongoing", "fr": "En cours"},
			[]string{
				`deadline.text-date /text/en: the deadline's date 2022-08 does not match its text "Ongoing", which reads as 2024-06 (ongoing work is due when the plan ends)`,
				`deadline.text-date /text/fr: the deadline's date 2022-08 does not match its text "En cours", which reads as 2024-06 (ongoing work is due when the plan ends)`,
			}, nil},
		{"ongoing, dated the plan's end", "2024-06", ogp.Text{"en": "Ongoing", "fr": "En cours"}, nil, nil},
		{"a month within the year the text names", "2023-03", ogp.Text{"en": "By end of 2023", "fr": "D'ici la fin de 2023"}, nil, nil},
		{"a day within the month", "2023-03-31", ogp.Text{"en": "March 2023", "fr": "Mars 2023"}, nil, nil},
		{"a quarter holding the month", "2023-31", ogp.Text{"en": "March 2023"}, nil, nil},
		{"a fiscal year", "2024-03", ogp.Text{"en": "By fiscal year 2023-24", "fr": "Exercice 2023-2024"}, nil, nil},
		{"unreadable texts", "2023-03", ogp.Text{"en": "Within a year of royal assent", "fr": "Quand ce sera prêt"}, nil, nil},
		{"recurring, no date of its own", "2023-03", ogp.Text{"en": "Annually", "fr": "Chaque année"}, nil, nil},
		{"languages differ", "2024", ogp.Text{"en": "June 2024", "fr": "Juillet 2024"},
			[]string{`deadline.languages-differ /text: the deadline's texts say different dates: "June 2024" (en) reads as 2024-06, "Juillet 2024" (fr) as 2024-07`},
			[]string{"les textes de l’échéance donnent des dates différentes\u00a0: «\u00a0June 2024\u00a0» (en) se lit 2024-06, «\u00a0Juillet 2024\u00a0» (fr) se lit 2024-07"}},
		{"one language disagrees", "2019-06", ogp.Text{"en": "July 2019", "fr": "Juin 2019"},
			[]string{
				`deadline.languages-differ /text: the deadline's texts say different dates: "July 2019" (en) reads as 2019-07, "Juin 2019" (fr) as 2019-06`,
				`deadline.text-date /text/en: the deadline's date 2019-06 does not match its text "July 2019", which reads as 2019-07`,
			}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, err := ogp.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			plan := &ogp.Plan{ID: "CA-2022", Member: ogp.Member{FiscalYearEnd: 3},
				Period: ogp.Period{Start: mustDate(t, "2022-01"), End: mustDate(t, "2024-06")}}
			c := &checker{opts: &options{lang: "en"}, read: &ogp.Result{}}
			const ptr = "/plans/0/commitments/0/milestones/0/deadline"
			c.checkDeadlineText(&ogp.Deadline{Date: date, Text: tt.text}, ptr, deadline.OptionsFor(plan))
			var got []string
			for _, f := range c.findings {
				got = append(got, f.Code+" "+strings.TrimPrefix(f.Path, ptr)+": "+f.Message("en"))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(tt.wantFr) > 0 && (len(c.findings) == 0 || c.findings[0].Message("fr") != tt.wantFr[0]) {
				t.Errorf("in French: %q, want %q", c.findings[0].Message("fr"), tt.wantFr[0])
			}
		})
	}
}

func mustDate(t *testing.T, s string) ogp.Date {
	t.Helper()
	d, err := ogp.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
