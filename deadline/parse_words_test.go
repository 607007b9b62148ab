package deadline

import "testing"

// A quarter or half with a word before its year is that quarter or half,
// not the whole year, as "May of 2020" is May.
func TestParseQuarterOfAYearIsThatQuarter(t *testing.T) {
	tests := []struct{ text, date, due string }{
		{"Q3 of 2021", "2021-35", "2021-09-30"},
		{"Q3 in 2021", "2021-35", "2021-09-30"},
		{"H2 of 2021", "2021-41", "2021-12-31"},
		{"quarter 3 of 2021", "2021-35", "2021-09-30"},
		{"By quarter 4 2021", "2021-36", "2021-12-31"},
		{"T1 de 2022", "2022-33", "2022-03-31"},
		{"S2 de 2022", "2022-41", "2022-12-31"},
		{"trimestre 2 de 2022", "2022-34", "2022-06-30"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.text, Options{})
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if r.Date.String() != tt.date || r.Due.String() != tt.due {
			t.Errorf("Parse(%q) = date %q due %q, want %q due %q", tt.text, r.Date, r.Due, tt.date, tt.due)
		}
	}
	// Of a fiscal year, it is still not read.
	for _, text := range []string{"Q3 of 2021-22", "T1 de 2022-2023"} {
		if _, err := Parse(text, Options{FiscalYearEnd: 3}); err == nil {
			t.Errorf("Parse(%q) read a quarter of a fiscal year", text)
		}
	}
}

// A season and a pair of years is that season, the one that runs from the
// first year into the second, however the second year is written.
func TestParseWinterOfTwoYearsIsThatWinter(t *testing.T) {
	for _, text := range []string{
		"Winter 2021-2022", "Winter 2021-22", "Winter 2021/2022", "By winter 2021–2022",
		"Hiver 2021-2022", "Hiver 2021-22", "D'ici l'hiver 2021-2022",
	} {
		r, err := Parse(text, Options{FiscalYearEnd: 3})
		if err != nil {
			t.Errorf("Parse(%q): %v", text, err)
			continue
		}
		if r.Kind != Once || r.Date.String() != "2021-24" || r.Due.String() != "2022-02-28" || len(r.Dates) != 1 {
			t.Errorf("Parse(%q) = %s date %q due %q with %d dates, want once 2021-24 due 2022-02-28", text, r.Kind, r.Date, r.Due, len(r.Dates))
		}
	}
}
