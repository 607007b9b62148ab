package ogp

import (
	"slices"
	"testing"
	"time"
)

func TestAddMonths(t *testing.T) {
	tests := []struct {
		name string
		date string
		n    int
		want string
	}{
		{"a month moves by months", "2020-05", 12, "2021-05"},
		{"a month moves back", "2020-05", -6, "2019-11"},
		{"a month crosses the year", "2020-11", 3, "2021-02"},
		{"a day keeps its day", "2020-06-15", 12, "2021-06-15"},
		{"31 January plus one month is the end of February", "2020-01-31", 1, "2020-02-29"},
		{"31 January plus one month in a common year", "2021-01-31", 1, "2021-02-28"},
		{"29 February plus a year is 28 February", "2020-02-29", 12, "2021-02-28"},
		{"29 February plus four years is 29 February", "2020-02-29", 48, "2024-02-29"},
		{"the end of a month stays the end", "2021-02-28", 1, "2021-03-31"},
		{"30 April stays the end of the month", "2021-04-30", 1, "2021-05-31"},
		{"28 February of a leap year is not its end", "2020-02-28", 1, "2020-03-28"},
		{"31 August 2020 plus 12 months", "2020-08-31", 12, "2021-08-31"},
		{"30 March minus one month", "2021-03-30", -1, "2021-02-28"},
		{"a year plus 12 months", "2020", 12, "2021"},
		{"a year plus 6 months rounds up", "2020", 6, "2021"},
		{"a year plus 1 month rounds up", "2020", 1, "2021"},
		{"a year plus nothing", "2020", 0, "2020"},
		{"a year minus 6 months stays", "2020", -6, "2020"},
		{"a year minus 12 months", "2020", -12, "2019"},
		{"spring stays spring a year later", "2020-21", 12, "2021-21"},
		{"fall plus 12 months", "2022-23", 12, "2023-23"},
		{"winter runs into the next year", "2020-24", 12, "2021-24"},
		{"spring plus one month rounds up to summer", "2020-21", 1, "2020-22"},
		{"autumn plus three months is winter", "2020-23", 3, "2020-24"},
		{"northern season stays northern", "2020-27", 6, "2021-25"},
		{"southern spring plus a year", "2020-29", 12, "2021-29"},
		{"southern summer runs into the next year", "2020-30", 3, "2021-31"},
		{"quarter plus a quarter", "2021-33", 3, "2021-34"},
		{"fourth quarter plus a quarter", "2021-36", 3, "2022-33"},
		{"half plus a year", "2021-41", 12, "2022-41"},
		{"quadrimester plus four months", "2021-39", 4, "2022-37"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MustParseDate(tt.date).AddMonths(tt.n)
			if got.String() != tt.want {
				t.Errorf("%s + %d months = %s, want %s", tt.date, tt.n, got, tt.want)
			}
		})
	}
}

func TestAddMonthsOutOfRange(t *testing.T) {
	for _, tt := range []struct {
		date string
		n    int
	}{{"9999-12", 1}, {"0000-01-31", -1}, {"9999", 12}, {"9999-24", 0}, {"0000-21", -3}} {
		if got := MustParseDate(tt.date).AddMonths(tt.n); !got.IsZero() {
			t.Errorf("%s + %d months = %s, want the zero Date", tt.date, tt.n, got)
		}
	}
	if got := (Date{}).AddMonths(3); !got.IsZero() {
		t.Errorf("zero Date + 3 months = %s", got)
	}
}

// TestAddMonthsNeverEarlier checks that moving a deadline later never makes
// it due earlier, for every kind of date over a span of years.
func TestAddMonthsNeverEarlier(t *testing.T) {
	var dates []Date
	for y := 2019; y <= 2021; y++ {
		dates = append(dates, YearDate(y))
		for s := Spring; s <= Half2; s++ {
			dates = append(dates, SubYearDate(y, s))
		}
		for m := 1; m <= 12; m++ {
			dates = append(dates, MonthDate(y, time.Month(m)))
			for d := 1; d <= daysIn(y, time.Month(m)); d++ {
				dates = append(dates, DayDate(y, time.Month(m), d))
			}
		}
	}
	for _, d := range dates {
		for n := 0; n <= 25; n++ {
			got := d.AddMonths(n)
			if got.Precision() != d.Precision() {
				t.Fatalf("%s + %d months = %s changes precision", d, n, got)
			}
			if got.Last().Compare(d.Last()) < 0 {
				t.Fatalf("%s + %d months = %s is due earlier", d, n, got)
			}
			if s := d.SubYear(); s != 0 && familyOf(got.SubYear()) != familyOf(s) {
				t.Fatalf("%s + %d months = %s changes the kind of sub-year", d, n, got)
			}
		}
	}
}

func familyOf(s SubYear) int {
	return slices.IndexFunc(subYearFamilies, func(f []SubYear) bool { return slices.Contains(f, s) })
}
