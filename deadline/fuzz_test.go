package deadline

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ogpx/interchange/ogp"
)

// FuzzParse checks that Parse never panics, that what it reads holds
// together (a readable text has a kind, a date that is valid EDTF, a due
// date that is the date's last day, and dates whose spans write them), and
// that the composed (NFC) and decomposed (NFD) forms of a text read the
// same.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"May 2020", "D'ici l'automne 2022", "By fiscal year 2023-24", "2026-27", "Q2 2021",
		"31 décembre 2020", "Biannually until 2029", "February 30, 2021", "2020-13", "Ongoing",
		"May 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities",
		"fe\u0301vrier 2020", "1er février 2021", "D'ici le début de 2026", "mid-2021",
		"By June 2022 for reporting year 2022, and June 2023 for reporting year 2023",
		"Completion by March 2025; report initial progress by 2024", "Updated monthly, published quarterly",
		"First report March 2024, then biannually until 2029", "Annually until 2028 and until 2026",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, south bool) {
		opts := Options{FiscalYearEnd: time.March, PlanEnd: ogp.MonthDate(2021, 6)}
		if south {
			opts.Hemisphere = ogp.South
		}
		r, err := Parse(text, opts)
		if utf8.ValidString(text) && len(norm.NFD.String(text)) <= MaxTextLength && len(norm.NFC.String(text)) <= MaxTextLength {
			composed, cerr := Parse(norm.NFC.String(text), opts)
			decomposed, derr := Parse(norm.NFD.String(text), opts)
			if !reflect.DeepEqual(composed, decomposed) || reason(cerr) != reason(derr) {
				t.Fatalf("Parse(%q): NFC reads %+v, %v; NFD reads %+v, %v", text, composed, cerr, decomposed, derr)
			}
		}
		if r.Text != norm.NFC.String(text) && len(text) <= MaxTextLength {
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
		found := false
		for _, p := range r.Dates {
			if p.Start < 0 || p.Start >= p.End || p.End > len(r.Text) || p.Due != p.Date.Last() || p.Role == "" {
				t.Fatalf("Parse(%q) date %+v", text, p)
			}
			if !strings.ContainsAny(r.Text[p.Start:p.End], "0123456789") {
				t.Fatalf("Parse(%q) date %+v is written %q, with no digit", text, p, r.Text[p.Start:p.End])
			}
			found = found || p.Role != RoleReference && p.Date == r.Date
		}
		if !r.Date.IsZero() {
			if !found {
				t.Fatalf("Parse(%q) date %s is none of its dates %+v that is due", text, r.Date, r.Dates)
			}
			if first, _ := r.DueAsOf(ogp.Date{}); first.Date != r.Date {
				t.Fatalf("Parse(%q) date %s, but due as of any day before is %s", text, r.Date, first.Date)
			}
		}
		if r.Kind == Recurring && (r.Rule == nil || r.Rule.Months <= 0) || r.Kind != Recurring && r.Rule != nil {
			t.Fatalf("Parse(%q) = %s with rule %+v", text, r.Kind, r.Rule)
		}
	})
}

// reason returns the reason of a *ParseError, or "" for none.
func reason(err error) string {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return ""
}
