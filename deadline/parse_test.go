package deadline

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/ogpx/interchange/ogp"
)

var canada = Options{FiscalYearEnd: time.March, PlanEnd: ogp.MustParseDate("2020-08-31")}

func TestParse(t *testing.T) {
	tests := []struct {
		text string
		kind Kind
		date string // EDTF, "" for none
		due  string
	}{
		// The forms of the issue, from Canada's plans.
		{"May 2020", Once, "2020-05", "2020-05-31"},
		{"Mai 2020", Once, "2020-05", "2020-05-31"},
		{"June 2020", Once, "2020-06", "2020-06-30"},
		{"Spring 2019", Once, "2019-21", "2019-05-31"},
		{"By fall 2022", Once, "2022-23", "2022-11-30"},
		{"D'ici l'automne 2022", Once, "2022-23", "2022-11-30"},
		{"D’ici l’automne 2022", Once, "2022-23", "2022-11-30"},
		{"Fall 2027", Once, "2027-23", "2027-11-30"},
		{"By winter 2025", Once, "2025-24", "2026-02-28"},
		{"D'ici l'hiver 2025", Once, "2025-24", "2026-02-28"},
		{"Summer 2021", Once, "2021-22", "2021-08-31"},
		{"Été 2021", Once, "2021-22", "2021-08-31"},
		{"By end of 2022", Once, "2022", "2022-12-31"},
		{"D'ici la fin de 2022", Once, "2022", "2022-12-31"},
		{"By 2024", Once, "2024", "2024-12-31"},
		{"By fiscal year 2023-24", Once, "2024-03", "2024-03-31"},
		{"D'ici l'exercice 2023-2024", Once, "2024-03", "2024-03-31"},
		{"2026-27", Once, "2027-03", "2027-03-31"},
		{"2022-23", Once, "2023-03", "2023-03-31"},
		{"Q2 2021", Once, "2021-34", "2021-06-30"},
		{"T4 2021", Once, "2021-36", "2021-12-31"},
		{"2021 Q1", Once, "2021-33", "2021-03-31"},
		{"H2 2021", Once, "2021-41", "2021-12-31"},
		{"December 31, 2020", Once, "2020-12-31", "2020-12-31"},
		{"31 décembre 2020", Once, "2020-12-31", "2020-12-31"},
		{"1er mai 2020", Once, "2020-05-01", "2020-05-01"},
		{"March 1st, 2021", Once, "2021-03-01", "2021-03-01"},
		{"February 29, 2020", Once, "2020-02-29", "2020-02-29"},
		{"2020-05", Once, "2020-05", "2020-05-31"},
		{"2020-05-15", Once, "2020-05-15", "2020-05-15"},
		{"Strategy published October 2018", Once, "2018-10", "2018-10-31"},
		{"Stratégie publiée en octobre 2018", Once, "2018-10", "2018-10-31"},
		{"Decembre 2018", Once, "2018-12", "2018-12-31"},
		{"Août 2019", Once, "2019-08", "2019-08-31"},
		{"Du février au mars 2019", Once, "2019-03", "2019-03-31"},
		{"Ongoing", Ongoing, "", "2020-08-31"},
		{"En cours", Ongoing, "", "2020-08-31"},
		{"Permanent", Ongoing, "", "2020-08-31"},
		{"Ongoing through June 2020", Ongoing, "2020-06", "2020-06-30"},
		{"En cours jusqu’en juin 2020", Ongoing, "2020-06", "2020-06-30"},
		{"December 2019 and ongoing", Ongoing, "2019-12", "2019-12-31"},
		{"Décembre 2019 et en continu", Ongoing, "2019-12", "2019-12-31"},
		{"Annually", Recurring, "", "2020-08-31"},
		{"Chaque année", Recurring, "", "2020-08-31"},
		{"Biannually until 2029", Recurring, "2029", "2029-12-31"},
		{"Quarterly", Recurring, "", "2020-08-31"},
		{"Every year", Recurring, "", "2020-08-31"},
		// "Annual" describes a thing, and makes no deadline recurring.
		{"Annual report 2021", Once, "2021", "2021-12-31"},
		{"Publish the annual report by June 2021", Once, "2021-06", "2021-06-30"},
		{"Rapport annuel 2021", Once, "2021", "2021-12-31"},
		// Halves written out.
		{"First half of 2024", Once, "2024-40", "2024-06-30"},
		{"By the second half of 2024", Once, "2024-41", "2024-12-31"},
		{"Premier semestre 2024", Once, "2024-40", "2024-06-30"},
		{"1er semestre 2024", Once, "2024-40", "2024-06-30"},
		{"Deuxième semestre de 2024", Once, "2024-41", "2024-12-31"},
		{"2e semestre 2024", Once, "2024-41", "2024-12-31"},
		{"Third quarter of 2021", Once, "2021-35", "2021-09-30"},
		{"Fin 2022", Once, "2022", "2022-12-31"},
		{"2018-2020 action plan", Once, "2020", "2020-12-31"},
		// Several dates: the deadline is the one due last.
		{"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities", Once, "2020-05", "2020-05-31"},
		{"Mai 2019 pour intégrer 2 provinces; Mai 2020 pour intégrer 2 municipalités", Once, "2020-05", "2020-05-31"},
		{"May 2019 to onboard two provinces May 2020 to onboard two municipalities", Once, "2020-05", "2020-05-31"},
		{"Reports released in June 2019 and June 2020", Once, "2020-06", "2020-06-30"},
		{"2020 or June 2020", Once, "2020", "2020-12-31"},
		{"June 2020 or 2020", Once, "2020", "2020-12-31"},
		// Numbers that are no dates.
		{"At least 20 user-submitted records available by June 2020", Once, "2020-06", "2020-06-30"},
		{"75% of institutions publishing summaries by June 2020", Once, "2020-06", "2020-06-30"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r, err := Parse(tt.text, canada)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if r.Text != tt.text || r.Kind != tt.kind || r.Date.String() != tt.date || r.Due.String() != tt.due {
				t.Errorf("Parse(%q) = %s date %q due %q, want %s date %q due %q",
					tt.text, r.Kind, r.Date, r.Due, tt.kind, tt.date, tt.due)
			}
		})
	}
}

func TestParseSouthernSeasons(t *testing.T) {
	south := Options{Hemisphere: ogp.South}
	tests := []struct{ text, date, due string }{
		{"Spring 2019", "2019-29", "2019-11-30"},
		{"Printemps 2019", "2019-29", "2019-11-30"},
		{"Summer 2021", "2021-30", "2022-02-28"},
		{"By autumn 2022", "2022-31", "2022-05-31"},
		{"Winter 2023", "2023-32", "2023-08-31"},
		{"Q2 2021", "2021-34", "2021-06-30"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.text, south)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if r.Date.String() != tt.date || r.Due.String() != tt.due {
			t.Errorf("Parse(%q) south = date %q due %q, want %q due %q", tt.text, r.Date, r.Due, tt.date, tt.due)
		}
	}
}

func TestParseUnreadable(t *testing.T) {
	tests := []struct {
		text string
		opts Options
	}{
		{"", canada},
		{"TBD", canada},
		{"The full review will begin within one year of royal assent of Bill C-58", canada},
		{"À déterminer", canada},
		{"February 30, 2021", canada},
		{"31 avril 2020", canada},
		{"2020-13", canada},
		{"By fiscal year 2023", canada},
		{"By fiscal year 2023-24", Options{}},
		{"2026-27", Options{FiscalYearEnd: time.December}},
		{"Spring", canada},
		{"20 June", canada},
		// A year with words or numbers that say more than the year.
		{"mid-2021", canada},
		{"Mi-2021", canada},
		{"Early 2022", canada},
		{"Late 2022", canada},
		{"Début 2023", canada},
		{"Beginning of 2023", canada},
		{"Au milieu de 2023", canada},
		{"15/03/2020", canada},
		{"2020/03/15", canada},
		{"03/2020", canada},
		{"Third half of 2024", canada},
		{"Fifth quarter of 2024", canada},
	}
	for _, tt := range tests {
		r, err := Parse(tt.text, tt.opts)
		if !errors.Is(err, ErrUnreadable) {
			t.Errorf("Parse(%q) = %v date %q, %v; want an error wrapping ErrUnreadable", tt.text, r.Kind, r.Date, err)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Text != tt.text {
			t.Errorf("Parse(%q): error %v is not a *ParseError naming the text", tt.text, err)
		}
		if r.Kind != Unreadable || !r.Date.IsZero() || !r.Due.IsZero() || r.Text != tt.text {
			t.Errorf("Parse(%q) = %+v with the error, want only the text", tt.text, r)
		}
	}
}

func TestParseOngoingWithoutPlanEnd(t *testing.T) {
	r, err := Parse("Ongoing", Options{})
	if err != nil || r.Kind != Ongoing || !r.Due.IsZero() {
		t.Errorf("Parse(Ongoing) without a plan end = %+v, %v; want ongoing with no due date", r, err)
	}
}

func TestKindRoundTrip(t *testing.T) {
	for _, k := range []Kind{Unreadable, Once, Ongoing, Recurring} {
		text, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got Kind
		if err := got.UnmarshalText(text); err != nil || got != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, got, err, k)
		}
	}
	for _, text := range []string{"", "Once", "ponctuel", "Kind(9)"} {
		k := Recurring
		if err := k.UnmarshalText([]byte(text)); err == nil || k != Recurring {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an error and no change", text, k, err)
		}
	}
	r, err := Parse("Biannually until 2029", canada)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Reading
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("decoding %s: %v", b, err)
	}
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip of %s = %+v, want %+v", b, back, r)
	}
}
