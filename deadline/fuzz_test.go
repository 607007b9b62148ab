package deadline

import (
	"errors"
	"testing"
	"time"

	"github.com/ogpx/interchange/ogp"
)

// FuzzParse checks that Parse never panics, and that what it reads holds
// together: a readable text has a kind, a date that is valid EDTF, and a
// due date that is the date's last day.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"May 2020", "D'ici l'automne 2022", "By fiscal year 2023-24", "2026-27", "Q2 2021",
		"31 décembre 2020", "Biannually until 2029", "February 30, 2021", "2020-13", "Ongoing",
		"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, south bool) {
		opts := Options{FiscalYearEnd: time.March, PlanEnd: ogp.MonthDate(2021, 6)}
		if south {
			opts.Hemisphere = ogp.South
		}
		r, err := Parse(text, opts)
		if r.Text != text {
			t.Fatalf("Parse(%q) lost the text: %q", text, r.Text)
		}
		if err != nil {
			if !errors.Is(err, ErrUnreadable) || r.Kind != Unreadable || !r.Date.IsZero() {
				t.Fatalf("Parse(%q) = %+v, %v", text, r, err)
			}
			return
		}
		if r.Kind == Unreadable || r.Due.Precision() != ogp.PrecisionDay {
			t.Fatalf("Parse(%q) = %+v with no error", text, r)
		}
		if !r.Date.IsZero() {
			if back, err := ogp.ParseDate(r.Date.String()); err != nil || back != r.Date {
				t.Fatalf("Parse(%q) date %q does not round trip: %v", text, r.Date, err)
			}
			if r.Due != r.Date.Last() {
				t.Fatalf("Parse(%q) due %s, want %s", text, r.Due, r.Date.Last())
			}
		}
	})
}
