package deadline

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

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
		{"Ongoing since 2019", Ongoing, "", "2020-08-31"},
		{"En cours depuis 2019", Ongoing, "", "2020-08-31"},
		{"Semi-annually, starting spring 2023", Recurring, "", "2020-08-31"},
		{"Start of 2025", Once, "2025-37", "2025-04-30"},
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
		// Several dates: the deadline is the first due (see TestParseSeries).
		{"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities", Once, "2019-05", "2019-05-31"},
		{"Mai 2019 pour intégrer 2 provinces; Mai 2020 pour intégrer 2 municipalités", Once, "2019-05", "2019-05-31"},
		{"May 2019 to onboard two provinces May 2020 to onboard two municipalities", Once, "2019-05", "2019-05-31"},
		{"Reports released in June 2019 and June 2020", Once, "2019-06", "2019-06-30"},
		{"2020 or June 2020", Once, "2020-06", "2020-06-30"},
		{"June 2020 or 2020", Once, "2020-06", "2020-06-30"},
		{"2018-2020 action plan", Once, "2020", "2020-12-31"},
		// Two to four years apart, in two digits, a range of years (a plan's
		// years), not an EDTF season; one year apart, a fiscal year.
		{"2020-22", Once, "2022", "2022-12-31"},
		{"2019-21", Once, "2021", "2021-12-31"},
		{"Action Plan 2022-24", Once, "2024", "2024-12-31"},
		{"Plan d'action 2022-24", Once, "2024", "2024-12-31"},
		{"2018–20", Once, "2020", "2020-12-31"},
		{"2018 – 2020", Once, "2020", "2020-12-31"},
		{"2099-01", Once, "2099-01", "2099-01-31"},
		{"2099-00", Once, "2100-03", "2100-03-31"},
		{"2098-01", Once, "2098-01", "2098-01-31"},
		{"2098-02", Once, "2098-02", "2098-02-28"},
		// Otherwise, written as one EDTF date, its sub-year code.
		{"2019-33", Once, "2019-33", "2019-03-31"},
		{"2024-21", Once, "2024-21", "2024-05-31"},
		{"2011-12", Once, "2011-12", "2011-12-31"},
		// Parts of a year: thirds, EDTF quadrimesters 37 to 39.
		{"By early 2026", Once, "2026-37", "2026-04-30"},
		{"Beginning of 2025", Once, "2025-37", "2025-04-30"},
		{"Start of 2025", Once, "2025-37", "2025-04-30"},
		{"D'ici le début de 2026", Once, "2026-37", "2026-04-30"},
		{"Début 2023", Once, "2023-37", "2023-04-30"},
		{"En début d’année 2026", Once, "2026-37", "2026-04-30"},
		{"mid-2021", Once, "2021-38", "2021-08-31"},
		{"Mid 2021", Once, "2021-38", "2021-08-31"},
		{"In the middle of 2023", Once, "2023-38", "2023-08-31"},
		{"Mi-2021", Once, "2021-38", "2021-08-31"},
		{"Au milieu de 2023", Once, "2023-38", "2023-08-31"},
		{"late 2024", Once, "2024-39", "2024-12-31"},
		{"By late 2024", Once, "2024-39", "2024-12-31"},
		{"End of 2022", Once, "2022", "2022-12-31"},
		{"Fin de 2022", Once, "2022", "2022-12-31"},
		{"Late June 2022", Once, "2022-06", "2022-06-30"},
		// Decomposed accents read as composed ones.
		{"fe\u0301vrier 2020", Once, "2020-02", "2020-02-29"},
		{"aou\u0302t 2020", Once, "2020-08", "2020-08-31"},
		{"e\u0301te\u0301 2021", Once, "2021-22", "2021-08-31"},
		{"E\u0301te\u0301 2021", Once, "2021-22", "2021-08-31"},
		{"de\u0301cembre 2020", Once, "2020-12", "2020-12-31"},
		{"1er fe\u0301vrier 2021", Once, "2021-02-01", "2021-02-01"},
		{"D'ici le de\u0301but de 2026", Once, "2026-37", "2026-04-30"},
		// Before a date: due the day before it.
		{"Before 2025", Once, "2024", "2024-12-31"},
		{"Avant 2025", Once, "2024", "2024-12-31"},
		// A month stays, as Canada's table dates "before June 2020".
		{"Before June 2025", Once, "2025-06", "2025-06-30"},
		{"Avant juin 2025", Once, "2025-06", "2025-06-30"},
		{"Prior to March 1, 2025", Once, "2025-02-28", "2025-02-28"},
		{"Avant le 1er mars 2024", Once, "2024-02-29", "2024-02-29"},
		// A month "of" its year, a day between hyphens.
		{"May of 2020", Once, "2020-05", "2020-05-31"},
		{"Sept. of 2020", Once, "2020-09", "2020-09-30"},
		{"juin de 2020", Once, "2020-06", "2020-06-30"},
		{"Juin d'2020", Once, "2020-06", "2020-06-30"},
		{"31-Mar-2024", Once, "2024-03-31", "2024-03-31"},
		{"31-mars-2024", Once, "2024-03-31", "2024-03-31"},
		// Superscript ordinals and modifier-letter apostrophes.
		{"1ᵉʳ février 2024", Once, "2024-02-01", "2024-02-01"},
		{"1ᵉʳ février 2024", Once, "2024-02-01", "2024-02-01"},
		{"Dʼici lʼautomne 2022", Once, "2022-23", "2022-11-30"},
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
			if r.Text != norm.NFC.String(tt.text) || r.Kind != tt.kind || r.Date.String() != tt.date || r.Due.String() != tt.due {
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
		{"15/03/2020", canada},
		{"2020/03/15", canada},
		{"03/2020", canada},
		{"Third half of 2024", canada},
		{"Fifth quarter of 2024", canada},
		// Years are 1900 to 2199, and so are the ends of fiscal years.
		{"2199-2200", canada},
		{"2199-00", canada},
		{"By 2200", canada},
		// When the work starts, and no due date: Parse does not guess one.
		{"Since 2019", canada},
		{"Depuis 2019", canada},
		{"From January 2025", canada},
		{"Starting January 2025", canada},
		{"À compter de l'automne 2024", canada},
		{"À partir de janvier 2025", canada},
		{"Dès 2025", canada},
		{"2025 onward", canada},
		{"2025 and beyond", canada},
		{"2025 et au-delà", canada},
		{"As of 2024", canada},
		{"Beginning in 2024", canada},
		{"Start 2024", canada},
		{"31-Feb-2024", canada},
		// A quarter or half of a fiscal year is not read yet: reading the
		// whole fiscal year, or the calendar quarter, would be wrong.
		{"Q1 FY 2024-25", canada},
		{"FY 2024-25 Q1", canada},
		{"Q3 of fiscal year 2023-24", canada},
		{"Q1 2024-25", canada},
		{"First quarter of 2024-25", canada},
		{"H1 2024/25", canada},
		{"T1 de l'exercice 2024-2025", canada},
		{"Premier trimestre de l'exercice 2024-2025", canada},
		{"S2 2024-25", canada},
		// A range that ends before it starts.
		{"2025-2024", canada},
		{"Plan d'action 2025-2024", canada},
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

// part is a date of a reading, for tables: its text, date and role.
type part struct {
	text, date string
	role       Role
}

func partsOf(r Reading) []part {
	var ps []part
	for _, p := range r.Dates {
		ps = append(ps, part{r.Text[p.Start:p.End], p.Date.String(), p.Role})
	}
	return ps
}

func TestParseSeries(t *testing.T) {
	tests := []struct {
		text  string
		date  string // the first due
		parts []part
	}{
		{"By February 2022 and February 2023", "2022-02", []part{
			{"February 2022", "2022-02", RoleDue}, {"February 2023", "2023-02", RoleDue}}},
		{"D'ici février 2022 et février 2023", "2022-02", []part{
			{"février 2022", "2022-02", RoleDue}, {"février 2023", "2023-02", RoleDue}}},
		{"Completion by March 2025; report initial progress by 2024", "2024", []part{
			{"March 2025", "2025-03", RoleDue}, {"2024", "2024", RoleInterim}}},
		{"Achèvement d'ici mars 2025; rapport d'étape d'ici 2024", "2024", []part{
			{"mars 2025", "2025-03", RoleDue}, {"2024", "2024", RoleInterim}}},
		{"Interim report June 2021 and final report June 2022", "2021-06", []part{
			{"June 2021", "2021-06", RoleInterim}, {"June 2022", "2022-06", RoleDue}}},
		{"By June 2022 for reporting year 2022, and June 2023 for reporting year 2023", "2022-06", []part{
			{"June 2022", "2022-06", RoleDue}, {"2022", "2022", RoleReference},
			{"June 2023", "2023-06", RoleDue}, {"2023", "2023", RoleReference}}},
		{"D'ici juin 2022 pour l'année de déclaration 2022, et juin 2023 pour l'année de déclaration 2023", "2022-06", []part{
			{"juin 2022", "2022-06", RoleDue}, {"2022", "2022", RoleReference},
			{"juin 2023", "2023-06", RoleDue}, {"2023", "2023", RoleReference}}},
		{"June 2023 for the 2022 reporting year", "2023-06", []part{
			{"June 2023", "2023-06", RoleDue}, {"2022", "2022", RoleReference}}},
		{"Juin 2023 pour l'exercice 2022-2023", "2023-06", []part{
			{"Juin 2023", "2023-06", RoleDue}, {"2022-2023", "2023-03", RoleReference}}},
		{"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities", "2019-05", []part{
			{"May 2019", "2019-05", RoleDue}, {"May 2020", "2020-05", RoleDue}}},
		{"Mai 2019 pour intégrer 2 provinces; Mai 2020 pour intégrer 2 municipalités", "2019-05", []part{
			{"Mai 2019", "2019-05", RoleDue}, {"Mai 2020", "2020-05", RoleDue}}},
		{"6 organisés d’ici octobre 2019; 12 organisés d’ici juin 2020", "2019-10", []part{
			{"octobre 2019", "2019-10", RoleDue}, {"juin 2020", "2020-06", RoleDue}}},
		{"By fiscal year 2023-24", "2024-03", []part{{"2023-24", "2024-03", RoleDue}}},
		{"Biannually until 2029", "2029", []part{{"2029", "2029", RoleUntil}}},
		// The first due is the deadline's date, an end of recurring work or not.
		{"First report March 2024, then biannually until 2029", "2024-03", []part{
			{"March 2024", "2024-03", RoleDue}, {"2029", "2029", RoleUntil}}},
		{"Premier rapport en mars 2024, puis deux fois par année jusqu'en 2029", "2024-03", []part{
			{"mars 2024", "2024-03", RoleDue}, {"2029", "2029", RoleUntil}}},
		{"Annually until 2028 and until 2026", "2026", []part{
			{"2028", "2028", RoleUntil}, {"2026", "2026", RoleUntil}}},
		{"Deux fois par année jusqu'en 2029", "2029", []part{{"2029", "2029", RoleUntil}}},
		{"By early 2026", "2026-37", []part{{"early 2026", "2026-37", RoleDue}}},
		{"D'ici le de\u0301but de 2026", "2026-37", []part{{"début de 2026", "2026-37", RoleDue}}},
		{"December 31, 2020", "2020-12-31", []part{{"December 31, 2020", "2020-12-31", RoleDue}}},
		// When work starts is no deadline; a range is due with its last date.
		{"Start: 2024, end: 2026", "2026", []part{{"2024", "2024", RoleStart}, {"2026", "2026", RoleDue}}},
		{"Début : 2024, fin : 2026", "2026", []part{{"2024", "2024", RoleStart}, {"2026", "2026", RoleDue}}},
		{"From 2023 to 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleDue}}},
		{"2023 to 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleDue}}},
		{"De 2023 à 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleDue}}},
		{"Between 2023 and 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleDue}}},
		{"Entre 2023 et 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleDue}}},
		{"September 2019 - March 2020", "2020-03", []part{{"September 2019", "2019-09", RoleStart}, {"March 2020", "2020-03", RoleDue}}},
		{"April 2024 to March 2025", "2025-03", []part{{"April 2024", "2024-04", RoleStart}, {"March 2025", "2025-03", RoleDue}}},
		{"Avril 2024 à mars 2025", "2025-03", []part{{"Avril 2024", "2024-04", RoleStart}, {"mars 2025", "2025-03", RoleDue}}},
		{"Annually from 2023 to 2025", "2025", []part{{"2023", "2023", RoleStart}, {"2025", "2025", RoleUntil}}},
		{"Starting January 2025, report by June 2025", "2025-06", []part{
			{"January 2025", "2025-01", RoleStart}, {"June 2025", "2025-06", RoleDue}}},
		{"À partir de janvier 2025, rapport d'ici juin 2025", "2025-06", []part{
			{"janvier 2025", "2025-01", RoleStart}, {"juin 2025", "2025-06", RoleDue}}},
		// A date another replaced is no deadline.
		{"Revised: June 2025 (originally March 2025)", "2025-06", []part{
			{"June 2025", "2025-06", RoleDue}, {"March 2025", "2025-03", RoleSuperseded}}},
		{"Révisé : juin 2025 (initialement mars 2025)", "2025-06", []part{
			{"juin 2025", "2025-06", RoleDue}, {"mars 2025", "2025-03", RoleSuperseded}}},
		{"Revised target: 2024-03 (was 2023-11)", "2024-03", []part{
			{"2024-03", "2024-03", RoleDue}, {"2023-11", "2023-11", RoleSuperseded}}},
		{"Cible révisée : 2024-03 (était 2023-11)", "2024-03", []part{
			{"2024-03", "2024-03", RoleDue}, {"2023-11", "2023-11", RoleSuperseded}}},
		{"Initially March 2024, now extended to June 2025", "2025-06", []part{
			{"March 2024", "2024-03", RoleSuperseded}, {"June 2025", "2025-06", RoleDue}}},
		{"Originally 2022, revised to 2023", "2023", []part{
			{"2022", "2022", RoleSuperseded}, {"2023", "2023", RoleDue}}},
		{"Initialement prévu en mars 2024, reporté à juin 2025", "2025-06", []part{
			{"mars 2024", "2024-03", RoleSuperseded}, {"juin 2025", "2025-06", RoleDue}}},
		{"Work was done by 2020", "2020", []part{{"2020", "2020", RoleDue}}},
		// A series stays a series.
		{"Reports released in June 2019 and June 2020", "2019-06", []part{
			{"June 2019", "2019-06", RoleDue}, {"June 2020", "2020-06", RoleDue}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r, err := Parse(tt.text, canada)
			if err != nil {
				t.Fatal(err)
			}
			if r.Date.String() != tt.date || r.Due != r.Date.Last() {
				t.Errorf("date %s due %s, want %s due its last day", r.Date, r.Due, tt.date)
			}
			if diff := cmp.Diff(tt.parts, partsOf(r), cmp.AllowUnexported(part{})); diff != "" {
				t.Errorf("dates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDueAsOf(t *testing.T) {
	tests := []struct {
		text string
		asOf string
		want string // the date due; "" for none
	}{
		// Before the plan starts, and on each date's last day, the first
		// date not past.
		{"By February 2022 and February 2023", "2021-09", "2022-02"},
		{"By February 2022 and February 2023", "2022-02-28", "2022-02"},
		{"By February 2022 and February 2023", "2022-03-01", "2023-02"},
		{"D'ici février 2022 et février 2023", "2022-03", "2023-02"},
		// When all have passed, the last to pass.
		{"By February 2022 and February 2023", "2024", "2023-02"},
		{"Completion by March 2025; report initial progress by 2024", "2023", "2024"},
		{"Completion by March 2025; report initial progress by 2024", "2025-01", "2025-03"},
		// A date the work is about is never due.
		{"By June 2022 for reporting year 2022, and June 2023 for reporting year 2023", "2022-07", "2023-06"},
		{"D'ici juin 2022 pour l'année de déclaration 2022, et juin 2023 pour l'année de déclaration 2023", "2022-07", "2023-06"},
		{"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities", "2019-06", "2020-05"},
		{"Mai 2019 pour intégrer 2 provinces; Mai 2020 pour intégrer 2 municipalités", "2019-06", "2020-05"},
		// No date: the plan's end.
		{"Ongoing", "2019", ""},
		{"En cours", "2019", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text+" as of "+tt.asOf, func(t *testing.T) {
			r, err := Parse(tt.text, canada)
			if err != nil {
				t.Fatal(err)
			}
			p, ok := r.DueAsOf(ogp.MustParseDate(tt.asOf))
			if !ok || p.Date.String() != tt.want || (p.Date.IsZero() && p.Due != canada.PlanEnd.Last()) {
				t.Errorf("DueAsOf(%s) = %+v, %v; want %q", tt.asOf, p, ok, tt.want)
			}
		})
	}
	if _, ok := (Reading{Kind: Ongoing}).DueAsOf(ogp.YearDate(2020)); ok {
		t.Errorf("an ongoing deadline of a plan with no end is due as of 2020")
	}
}

func TestParseRecurring(t *testing.T) {
	tests := []struct {
		text   string
		months int
		until  string
	}{
		{"Annually", 12, ""},
		{"Chaque année", 12, ""},
		{"Tous les ans", 12, ""},
		{"Biannually until 2029", 6, "2029"},
		{"Deux fois par année", 6, ""},
		{"Deux fois par année jusqu'en 2029", 6, "2029"},
		{"Every six months", 6, ""},
		{"Every 6 months", 6, ""},
		{"Tous les six mois", 6, ""},
		{"Tous les 6 mois jusqu'en 2026", 6, "2026"},
		{"Every 2 years", 24, ""},
		{"Semestriellement", 6, ""},
		{"Quarterly", 3, ""},
		{"Trimestriellement", 3, ""},
		{"Every three months", 3, ""},
		{"Monthly", 1, ""},
		{"Chaque mois", 1, ""},
		{"Updated monthly, published quarterly", 3, ""},
		{"Mis à jour chaque mois, publié chaque trimestre", 3, ""},
		{"Every two years", 24, ""},
		{"Tous les deux ans", 24, ""},
		// A phrase is matched by its words, the longest first: "semi
		// annually" is not also "annually".
		{"Semi-annually until 2029", 6, "2029"},
		{"Semi-annually, starting spring 2023", 6, ""},
		{"Bi-annually", 6, ""},
		{"Half-yearly until 2029", 6, "2029"},
		{"Semestriellement jusqu'en 2029", 6, "2029"},
		{"Bi-monthly", 2, ""},
		{"Bimestriellement", 2, ""},
		{"Every other year", 24, ""},
		{"Aux deux ans", 24, ""},
		// Adjectives standing for the schedule.
		{"Annual", 12, ""},
		{"Semi-annual", 6, ""},
		{"Bi-annual", 6, ""},
		{"Annuel", 12, ""},
		{"Semestriel", 6, ""},
		{"Trimestriel", 3, ""},
		{"Annual until 2029", 12, "2029"},
		{"Annuel jusqu'en 2029", 12, "2029"},
		{"Annually until 2028 and until 2026", 12, "2028"},
		{"Chaque année jusqu'en 2028 et jusqu'en 2026", 12, "2028"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r, err := Parse(tt.text, canada)
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != Recurring || r.Rule == nil || r.Rule.Months != tt.months || r.Rule.Until.String() != tt.until {
				t.Errorf("Parse = %s rule %+v, want recurring every %d months until %q", r.Kind, r.Rule, tt.months, tt.until)
			}
		})
	}
	for _, text := range []string{"May 2020", "Ongoing", "Annual report 2021", "Rapport annuel 2021", "Semi-annual report by June 2021",
		"Rapport trimestriel d'ici juin 2021", "Every one of the 20 records by June 2020"} {
		if r, err := Parse(text, canada); err != nil || r.Rule != nil || r.Kind == Recurring {
			t.Errorf("Parse(%q) = %s rule %+v, %v; want no rule", text, r.Kind, r.Rule, err)
		}
	}
}

func TestRuleOccurrences(t *testing.T) {
	tests := []struct {
		name       string
		rule       Rule
		start, end string
		want       []string
	}{
		{"annually in a two-year plan falls due each year with the plan's end", Rule{Months: 12}, "2018-09", "2020-08-31",
			[]string{"2019-08", "2020-08"}},
		{"quarterly in Canada's extended plan falls due in the months Canada reports in", Rule{Months: 3}, "2018-12", "2021-06",
			[]string{"2019-03", "2019-06", "2019-09", "2019-12", "2020-03", "2020-06", "2020-09", "2020-12", "2021-03", "2021-06"}},
		{"biannually until a date inside the plan stops there", Rule{Months: 6, Until: ogp.YearDate(2027)}, "2025-07", "2029-06",
			[]string{"2025-12", "2026-06", "2026-12", "2027-06", "2027-12"}},
		{"an end before the plan starts gives none", Rule{Months: 6, Until: ogp.YearDate(2020)}, "2025", "2029", nil},
		{"a plan with no start has its last occurrence", Rule{Months: 12}, "", "2020-08-31", []string{"2020-08"}},
		{"a plan with no end has none", Rule{Months: 12}, "2018", "", nil},
		{"no period has none", Rule{}, "2018", "2020", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var start, end ogp.Date
			if tt.start != "" {
				start = ogp.MustParseDate(tt.start)
			}
			if tt.end != "" {
				end = ogp.MustParseDate(tt.end)
			}
			var got []string
			for _, d := range tt.rule.Occurrences(start, end) {
				got = append(got, d.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Occurrences(%s, %s) (-want +got):\n%s", tt.start, tt.end, diff)
			}
		})
	}
}

// TestParseLengthAfterNormalising: the length limit is on the text read,
// in NFC: a decomposed text longer than the limit whose composed form is
// within it reads.
func TestParseLengthAfterNormalising(t *testing.T) {
	for _, text := range []string{
		"By June 2020 " + strings.Repeat("e\u0301", 1400),
		"D'ici juin 2020 " + strings.Repeat("e\u0301", 1400),
	} {
		if len(text) <= MaxTextLength || len(norm.NFC.String(text)) > MaxTextLength {
			t.Fatalf("test text of %d bytes, %d in NFC", len(text), len(norm.NFC.String(text)))
		}
		if r, err := Parse(text, canada); err != nil || r.Date.String() != "2020-06" {
			t.Errorf("Parse(%d bytes, %d in NFC) = %s, %v; want 2020-06", len(text), len(norm.NFC.String(text)), r.Date, err)
		}
	}
	if _, err := Parse(strings.Repeat("é", MaxTextLength), canada); !errors.Is(err, ErrUnreadable) {
		t.Errorf("a text twice the limit in NFC reads: %v", err)
	}
}

func TestKindTitleMatchesLanguageTags(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"fr", "en cours"}, {"fr-CA", "en cours"}, {"FR_ca", "en cours"}, {"en", "ongoing"}, {"es", "ongoing"}, {"", "ongoing"},
	} {
		if got := Ongoing.Title(tt.lang); got != tt.want {
			t.Errorf("Ongoing.Title(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}
