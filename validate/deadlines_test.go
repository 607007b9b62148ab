package validate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/ogp"
)

// TestDeadlineTexts checks a deadline's date against its texts, in English
// and French, with Canada's real cases: an indicator of the 2022-24 plan
// labelled "By March 2023" and dated 2024-03, items labelled "Ongoing"
// dated 2022-08 in a plan that ends in 2024-06, and items of the 2018-20
// plan labelled "Ongoing" and dated at the plan's end before its extension.
func TestDeadlineTexts(t *testing.T) {
	plan2022 := &ogp.Plan{ID: "CA-2022", Member: ogp.Member{FiscalYearEnd: 3},
		Period: ogp.Period{Start: mustDate(t, "2022-01"), End: mustDate(t, "2024-06")}}
	plan2018 := &ogp.Plan{ID: "CA-2018", Member: ogp.Member{FiscalYearEnd: 3},
		Period:     ogp.Period{Start: mustDate(t, "2018-09"), End: mustDate(t, "2020-06")},
		Extensions: []ogp.PlanExtension{{ID: "covid-19", PreviousEnd: mustDate(t, "2020-06"), End: mustDate(t, "2021-06")}}}
	tests := []struct {
		name   string
		plan   *ogp.Plan
		date   string
		text   ogp.Text
		want   []string // code, path under the deadline and message in English
		wantFr string   // the first message in French
	}{
		{"Canada 2022-24: By March 2023, dated 2024-03: one finding at the date", plan2022, "2024-03",
			ogp.Text{"en": "By March 2023", "fr": "D'ici mars 2023"},
			[]string{`deadline.text-date /date: the deadline's date 2024-03 does not match its text "By March 2023" (en), which reads as 2023-03, nor its text "D'ici mars 2023" (fr)`},
			"la date de l’échéance, 2024-03, ne correspond pas à son texte «\u00a0By March 2023\u00a0» (en), qui correspond à 2023-03, ni à son texte «\u00a0D'ici mars 2023\u00a0» (fr)"},
		{"Canada 2022-24: Ongoing, dated 2022-08", plan2022, "2022-08", ogp.Text{"en": "Ongoing", "fr": "En cours"},
			[]string{`deadline.text-date /date: the deadline's date 2022-08 does not match its text "Ongoing" (en), which reads as 2024-06, nor its text "En cours" (fr) (ongoing work is due when the plan or one of its extensions ends)`}, ""},
		{"one text only", plan2022, "2024-03", ogp.Text{"en": "By March 2023"},
			[]string{`deadline.text-date /date: the deadline's date 2024-03 does not match its text "By March 2023" (en), which reads as 2023-03`}, ""},
		{"ongoing, dated the plan's end", plan2022, "2024-06", ogp.Text{"en": "Ongoing", "fr": "En cours"}, nil, ""},
		{"Canada 2018-20: ongoing, dated the plan's end before its extension", plan2018, "2020-06", ogp.Text{"en": "Ongoing", "fr": "En cours"}, nil, ""},
		{"Canada 2018-20: ongoing, dated the extension's end", plan2018, "2021-06", ogp.Text{"en": "Ongoing", "fr": "En cours"}, nil, ""},
		{"a month within the year the text names", plan2022, "2023-03", ogp.Text{"en": "By end of 2023", "fr": "D'ici la fin de 2023"}, nil, ""},
		{"a day within the month", plan2022, "2023-03-31", ogp.Text{"en": "March 2023", "fr": "Mars 2023"}, nil, ""},
		{"a quarter holding the month", plan2022, "2023-31", ogp.Text{"en": "March 2023"}, nil, ""},
		{"a fiscal year", plan2022, "2024-03", ogp.Text{"en": "By fiscal year 2023-24", "fr": "Exercice 2023-2024"}, nil, ""},
		{"unreadable texts", plan2022, "2023-03", ogp.Text{"en": "Within a year of royal assent", "fr": "Quand ce sera prêt"}, nil, ""},
		{"recurring, no date of its own", plan2022, "2023-03", ogp.Text{"en": "Annually", "fr": "Chaque année"}, nil, ""},
		{"a day and its month: one due day", plan2018, "2020-06", ogp.Text{"en": "June 30, 2020", "fr": "Juin 2020"}, nil, ""},
		{"a quarter and its last month: one due day", plan2018, "2020-06", ogp.Text{"en": "Q2 2020", "fr": "Juin 2020"}, nil, ""},
		{"two dates and the last of them", plan2018, "2020-06", ogp.Text{"en": "5 by June 2019; 10 by June 2020", "fr": "10 d'ici juin 2020"}, nil, ""},
		{"languages differ", plan2022, "2024", ogp.Text{"en": "June 2024", "fr": "Juillet 2024"},
			[]string{`deadline.languages-differ /text: the deadline's texts say different dates: "June 2024" (en) reads as 2024-06, "Juillet 2024" (fr) as 2024-07`},
			"les textes de l’échéance donnent des dates différentes\u00a0: «\u00a0June 2024\u00a0» (en) correspond à 2024-06, «\u00a0Juillet 2024\u00a0» (fr) à 2024-07"},
		{"one language disagrees, with the other and with the date", plan2022, "2019-06", ogp.Text{"en": "July 2019", "fr": "Juin 2019"},
			[]string{
				`deadline.languages-differ /text: the deadline's texts say different dates: "July 2019" (en) reads as 2019-07, "Juin 2019" (fr) as 2019-06`,
				`deadline.text-date /text/en: the deadline's date 2019-06 does not match its text "July 2019" (en), which reads as 2019-07`,
			}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &checker{opts: &options{lang: "en"}, read: &ogp.Result{}}
			const ptr = "/plans/0/commitments/0/milestones/0/deadline"
			d := &ogp.Deadline{Date: mustDate(t, tt.date), Text: tt.text}
			c.checkDeadlineText(d, ptr, deadline.OptionsFor(tt.plan), planEnds(tt.plan))
			var got []string
			for _, f := range c.findings {
				got = append(got, f.Code+" "+strings.TrimPrefix(f.Path, ptr)+": "+f.Message("en"))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.wantFr != "" && (len(c.findings) == 0 || c.findings[0].Message("fr") != tt.wantFr) {
				t.Errorf("in French: %q, want %q", c.findings[0].Message("fr"), tt.wantFr)
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

// An extension moves a deadline's date, not its text: the text still
// agrees with the date it had before.
func TestExtendedDeadlineAgreesWithItsOriginalDate(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	policy, _ := deadline.PresetPolicy("ogp-2020-covid")
	policy.DueFrom = ogp.Date{} // every deadline still open
	plan, _, err := deadline.Apply(&doc.Plans[0], policy)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := Validate(data)
	doc.Plans[0] = *plan
	extended, err := ogp.Encode(doc)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := Validate(extended)
	count := func(r *Report) (n int) {
		for _, f := range r.Findings {
			if f.Code == CodeDeadlineText {
				n++
			}
		}
		return n
	}
	if count(after) != count(before) {
		t.Errorf("%d %s findings after the extension, %d before", count(after), CodeDeadlineText, count(before))
	}
}
