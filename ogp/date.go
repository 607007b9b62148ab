package ogp

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ogpx/interchange/finding"
)

// Precision is how much of a [Date] is known.
type Precision uint8

// The precisions of a Date, from none (the zero Date) to a single day.
const (
	PrecisionNone    Precision = iota // the zero Date: no date at all
	PrecisionYear                     // "2020"
	PrecisionSubYear                  // "2019-21": a season, quarter, quadrimester or half
	PrecisionMonth                    // "2020-05"
	PrecisionDay                      // "2020-05-31"
)

var precisionNames = [...]string{"none", "year", "sub-year", "month", "day"}

// String returns the precision's code: "none", "year", "sub-year", "month"
// or "day".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// SubYear is an EDTF (ISO 8601-2) sub-year grouping code, written where the
// month would be: "2019-21" is spring 2019.
type SubYear uint8

// The sub-year groupings of EDTF level 2. Seasons 21-24 carry no hemisphere;
// this package reads them as northern (meteorological) seasons, like 25-28.
// Seasons 29-32 are the southern hemisphere's.
const (
	Spring        SubYear = 21 // March to May
	Summer        SubYear = 22 // June to August
	Autumn        SubYear = 23 // September to November
	Winter        SubYear = 24 // December to February of the next year
	SpringNorth   SubYear = 25 // March to May
	SummerNorth   SubYear = 26 // June to August
	AutumnNorth   SubYear = 27 // September to November
	WinterNorth   SubYear = 28 // December to February of the next year
	SpringSouth   SubYear = 29 // September to November
	SummerSouth   SubYear = 30 // December to February of the next year
	AutumnSouth   SubYear = 31 // March to May
	WinterSouth   SubYear = 32 // June to August
	Quarter1      SubYear = 33 // January to March
	Quarter2      SubYear = 34 // April to June
	Quarter3      SubYear = 35 // July to September
	Quarter4      SubYear = 36 // October to December
	Quadrimester1 SubYear = 37 // January to April
	Quadrimester2 SubYear = 38 // May to August
	Quadrimester3 SubYear = 39 // September to December
	Half1         SubYear = 40 // January to June
	Half2         SubYear = 41 // July to December
)

// months gives, for each sub-year code, the first month of its interval and
// its length in months. A winter (or southern summer) starts in December of
// its year and ends in February of the next.
var subYearMonths = map[SubYear][2]int{
	Spring: {3, 3}, Summer: {6, 3}, Autumn: {9, 3}, Winter: {12, 3},
	SpringNorth: {3, 3}, SummerNorth: {6, 3}, AutumnNorth: {9, 3}, WinterNorth: {12, 3},
	SpringSouth: {9, 3}, SummerSouth: {12, 3}, AutumnSouth: {3, 3}, WinterSouth: {6, 3},
	Quarter1: {1, 3}, Quarter2: {4, 3}, Quarter3: {7, 3}, Quarter4: {10, 3},
	Quadrimester1: {1, 4}, Quadrimester2: {5, 4}, Quadrimester3: {9, 4},
	Half1: {1, 6}, Half2: {7, 6},
}

// Valid reports whether s is a sub-year code (21 to 41).
func (s SubYear) Valid() bool { return s >= Spring && s <= Half2 }

// Months returns the first month of the grouping and its length in months.
// A grouping that starts in December runs into the next year.
func (s SubYear) Months() (first time.Month, length int) {
	m := subYearMonths[s]
	return time.Month(m[0]), m[1]
}

// Date is a partial date: a year, a sub-year grouping of a year (season,
// quarter, quadrimester or half), a month, or a day. Its text form is the
// Extended Date/Time Format of ISO 8601-2 (EDTF): "2020", "2019-21",
// "2020-05", "2020-05-31".
//
// A Date stands for an interval of days: [Date.First] and [Date.Last] give
// its ends, and a deadline written as a Date is due by its last day. The zero
// Date has no value; it encodes as nothing when it is optional.
type Date struct {
	year int16
	unit uint8 // month 1-12 or a SubYear code; 0 for a year
	day  uint8
	prec Precision
}

// The years a Date can hold, as EDTF writes them with four digits.
const (
	MinYear = 0
	MaxYear = 9999
)

// YearDate returns the Date of a whole year.
func YearDate(year int) Date { return Date{year: int16(year), prec: PrecisionYear} }

// MonthDate returns the Date of a month.
func MonthDate(year int, month time.Month) Date {
	return Date{year: int16(year), unit: uint8(month), prec: PrecisionMonth}
}

// DayDate returns the Date of a day.
func DayDate(year int, month time.Month, day int) Date {
	return Date{year: int16(year), unit: uint8(month), day: uint8(day), prec: PrecisionDay}
}

// SubYearDate returns the Date of a season, quarter, quadrimester or half.
func SubYearDate(year int, s SubYear) Date {
	return Date{year: int16(year), unit: uint8(s), prec: PrecisionSubYear}
}

// DateOf returns the day of t, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return DayDate(y, m, d)
}

// ErrInvalidDate is wrapped by every [*DateError].
var ErrInvalidDate = errors.New("invalid date")

// DateError reports text that is not an EDTF date this package reads.
type DateError struct {
	Text   string // the text as given
	Reason string // what is wrong with it, in English
	// Code is the code of the finding that says what is wrong in any
	// language, "date.invalid" or "date.no-such-day", and Args are the
	// values its message refers to, as name, value pairs: see
	// [DateError.Finding].
	Code string
	Args []string
}

// Error returns "invalid date TEXT: REASON".
func (e *DateError) Error() string {
	return fmt.Sprintf("invalid date %q: %s", e.Text, e.Reason)
}

// Unwrap returns [ErrInvalidDate].
func (e *DateError) Unwrap() error { return ErrInvalidDate }

// Finding returns the error as a finding of package finding about the
// value path points to, whose message says what is wrong in any language:
// "date non valide « 2021-02-30 » : il n’y a pas de 30 février 2021".
func (e *DateError) Finding(path string) finding.Finding {
	return finding.New(e.Code, path, e.Args...)
}

// The codes of a [DateError], and the words of their messages.
func init() {
	finding.Register(
		finding.Code{ID: "date.invalid", Severity: finding.Error,
			Title: map[string]string{"en": "Invalid date", "fr": "Date non valide"}, Message: map[string]string{
				"en": `invalid date "{text}": {reason:date.reason}`,
				"fr": `date non valide "{text}" : {reason:date.reason}`,
			}},
		finding.Code{ID: "date.no-such-day", Severity: finding.Error,
			Title: map[string]string{"en": "No such day", "fr": "Jour inexistant"}, Message: map[string]string{
				"en": `invalid date "{text}": {month:date.month} {year} has no day {day}`,
				"fr": `date non valide "{text}" : il n’y a pas de {day} {month:date.month} {year}`,
			}},
	)
	words := map[string]map[string]string{
		"date.reason.form":             {"en": "want YYYY, YYYY-MM or YYYY-MM-DD", "fr": "la forme attendue est AAAA, AAAA-MM ou AAAA-MM-JJ"},
		"date.reason.year-digits":      {"en": "the year must be four digits", "fr": "l’année doit compter quatre chiffres"},
		"date.reason.dash-after-year":  {"en": "want '-' after the year", "fr": `un "-" doit suivre l’année`},
		"date.reason.month-digits":     {"en": "the month must be two digits", "fr": "le mois doit compter deux chiffres"},
		"date.reason.month-or-subyear": {"en": "the month must be 01 to 12, or a season, quarter or half code from 21 to 41", "fr": "le mois doit aller de 01 à 12, ou être un code de saison, de trimestre ou de semestre de 21 à 41"},
		"date.reason.month":            {"en": "the month must be 01 to 12", "fr": "le mois doit aller de 01 à 12"},
		"date.reason.dash-after-month": {"en": "want '-' after the month", "fr": `un "-" doit suivre le mois`},
		"date.reason.day-digits":       {"en": "the day must be two digits", "fr": "le jour doit compter deux chiffres"},
	}
	for i, fr := range []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"} {
		words["date.month."+strconv.Itoa(i+1)] = map[string]string{"en": time.Month(i + 1).String(), "fr": fr}
	}
	finding.RegisterWords(words)
}

// ParseDate parses an EDTF date of year, sub-year, month or day precision:
// "YYYY", "YYYY-SS" (SS from 21 to 41), "YYYY-MM" or "YYYY-MM-DD". Every
// field has exactly its number of digits, and a day must exist in its month.
// The error is a [*DateError].
func ParseDate(s string) (Date, error) {
	fail := func(reason string) (Date, error) {
		return Date{}, &DateError{Text: s, Reason: finding.Word("en", "date.reason."+reason),
			Code: "date.invalid", Args: []string{"text", s, "reason", reason}}
	}
	digits := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, len(s) > 0
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return fail("form")
	}
	year, ok := digits(s[:4])
	if !ok {
		return fail("year-digits")
	}
	if len(s) == 4 {
		return YearDate(year), nil
	}
	if s[4] != '-' {
		return fail("dash-after-year")
	}
	unit, ok := digits(s[5:7])
	if !ok {
		return fail("month-digits")
	}
	if len(s) == 7 {
		switch {
		case unit >= 1 && unit <= 12:
			return MonthDate(year, time.Month(unit)), nil
		case SubYear(unit).Valid():
			return SubYearDate(year, SubYear(unit)), nil
		}
		return fail("month-or-subyear")
	}
	if unit < 1 || unit > 12 {
		return fail("month")
	}
	if s[7] != '-' {
		return fail("dash-after-month")
	}
	day, ok := digits(s[8:10])
	if !ok {
		return fail("day-digits")
	}
	if day < 1 || day > daysIn(year, time.Month(unit)) {
		return Date{}, &DateError{Text: s, Reason: fmt.Sprintf("%s %d has no day %d", time.Month(unit), year, day),
			Code: "date.no-such-day", Args: []string{"text", s, "month", strconv.Itoa(unit), "year", strconv.Itoa(year), "day", strconv.Itoa(day)}}
	}
	return DayDate(year, time.Month(unit), day), nil
}

// MustParseDate is like [ParseDate] but panics on an error. It is for
// constants in programs and tests, never for input.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the EDTF form of d, or "" for the zero Date.
func (d Date) String() string {
	switch d.prec {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.year)
	case PrecisionSubYear, PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.year, d.unit)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.unit, d.day)
	}
	return ""
}

// MarshalText returns the EDTF form of d.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses an EDTF date with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// IsZero reports whether d is the zero Date, which holds no date.
func (d Date) IsZero() bool { return d.prec == PrecisionNone }

// Precision returns how much of d is known.
func (d Date) Precision() Precision { return d.prec }

// Year returns d's year.
func (d Date) Year() int { return int(d.year) }

// Month returns d's month, or 0 when d is a year or a sub-year grouping.
func (d Date) Month() time.Month {
	if d.prec < PrecisionMonth {
		return 0
	}
	return time.Month(d.unit)
}

// Day returns d's day of the month, or 0 when d is not a day.
func (d Date) Day() int { return int(d.day) }

// SubYear returns d's sub-year grouping, or 0 when d is not one.
func (d Date) SubYear() SubYear {
	if d.prec != PrecisionSubYear {
		return 0
	}
	return SubYear(d.unit)
}

// First returns the first day of d's interval, as a Date of day precision.
// The zero Date gives the zero Date.
func (d Date) First() Date {
	switch d.prec {
	case PrecisionYear:
		return DayDate(int(d.year), time.January, 1)
	case PrecisionSubYear:
		first, _ := SubYear(d.unit).Months()
		return DayDate(int(d.year), first, 1)
	case PrecisionMonth:
		return DayDate(int(d.year), time.Month(d.unit), 1)
	}
	return d
}

// Last returns the last day of d's interval, as a Date of day precision:
// the day a deadline written as d is due. A winter ends in February of the
// next year. The zero Date gives the zero Date.
func (d Date) Last() Date {
	y, m := int(d.year), time.Month(d.unit)
	switch d.prec {
	case PrecisionYear:
		return DayDate(y, time.December, 31)
	case PrecisionSubYear:
		first, length := SubYear(d.unit).Months()
		m = first + time.Month(length-1)
		if m > time.December {
			y, m = y+1, m-12
		}
	case PrecisionMonth:
	default:
		return d
	}
	return DayDate(y, m, daysIn(y, m))
}

// Time returns midnight UTC at the start of d's first day. The zero Date
// gives the zero time.Time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	f := d.First()
	return time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC)
}

// Contains reports whether day e (of any precision: its first day is used)
// falls within d's interval.
func (d Date) Contains(e Date) bool {
	if d.IsZero() || e.IsZero() {
		return false
	}
	day := e.First()
	return compareDays(d.First(), day) <= 0 && compareDays(day, d.Last()) <= 0
}

// Compare orders dates by the first day of their intervals, then by the last
// day, so that a month sorts before the days after its first, and a year
// sorts after its own January. It returns -1, 0 or +1. Two dates compare
// equal when they cover the same days, whatever their form: "2020-21"
// (spring) and "2020-25" (northern spring) do. The zero Date sorts first.
func (d Date) Compare(e Date) int {
	if c := compareDays(d.First(), e.First()); c != 0 {
		return c
	}
	return compareDays(d.Last(), e.Last())
}

func compareDays(a, b Date) int {
	switch {
	case a.year != b.year:
		return cmpInt(int(a.year), int(b.year))
	case a.unit != b.unit:
		return cmpInt(int(a.unit), int(b.unit))
	default:
		return cmpInt(int(a.day), int(b.day))
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
