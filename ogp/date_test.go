package ogp

import (
	"errors"
	"testing"
	"time"
)

func TestParseDateForms(t *testing.T) {
	tests := []struct {
		in          string
		prec        Precision
		first, last string
	}{
		{"2020", PrecisionYear, "2020-01-01", "2020-12-31"},
		{"2020-05", PrecisionMonth, "2020-05-01", "2020-05-31"},
		{"2020-02", PrecisionMonth, "2020-02-01", "2020-02-29"},
		{"2021-02", PrecisionMonth, "2021-02-01", "2021-02-28"},
		{"2020-05-31", PrecisionDay, "2020-05-31", "2020-05-31"},
		{"2020-02-29", PrecisionDay, "2020-02-29", "2020-02-29"},
		{"2019-21", PrecisionSubYear, "2019-03-01", "2019-05-31"}, // spring
		{"2019-22", PrecisionSubYear, "2019-06-01", "2019-08-31"}, // summer
		{"2022-23", PrecisionSubYear, "2022-09-01", "2022-11-30"}, // fall: due by the end of November
		{"2025-24", PrecisionSubYear, "2025-12-01", "2026-02-28"}, // winter runs into the next year
		{"2023-24", PrecisionSubYear, "2023-12-01", "2024-02-29"}, // ... a leap year's February
		{"2019-25", PrecisionSubYear, "2019-03-01", "2019-05-31"}, // northern spring
		{"2019-28", PrecisionSubYear, "2019-12-01", "2020-02-29"}, // northern winter
		{"2019-29", PrecisionSubYear, "2019-09-01", "2019-11-30"}, // southern spring
		{"2019-30", PrecisionSubYear, "2019-12-01", "2020-02-29"}, // southern summer
		{"2024-31", PrecisionSubYear, "2024-03-01", "2024-05-31"}, // southern autumn
		{"2019-32", PrecisionSubYear, "2019-06-01", "2019-08-31"}, // southern winter
		{"2021-33", PrecisionSubYear, "2021-01-01", "2021-03-31"}, // first quarter
		{"2021-34", PrecisionSubYear, "2021-04-01", "2021-06-30"},
		{"2021-35", PrecisionSubYear, "2021-07-01", "2021-09-30"},
		{"2021-36", PrecisionSubYear, "2021-10-01", "2021-12-31"},
		{"2021-37", PrecisionSubYear, "2021-01-01", "2021-04-30"}, // quadrimesters
		{"2021-38", PrecisionSubYear, "2021-05-01", "2021-08-31"},
		{"2021-39", PrecisionSubYear, "2021-09-01", "2021-12-31"},
		{"2024-40", PrecisionSubYear, "2024-01-01", "2024-06-30"}, // first half
		{"2024-41", PrecisionSubYear, "2024-07-01", "2024-12-31"},
		{"0000", PrecisionYear, "0000-01-01", "0000-12-31"},
		{"9999-12-31", PrecisionDay, "9999-12-31", "9999-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.in {
				t.Errorf("String() = %q, want %q", got, tt.in)
			}
			if d.Precision() != tt.prec {
				t.Errorf("Precision() = %v, want %v", d.Precision(), tt.prec)
			}
			if got := d.First().String(); got != tt.first {
				t.Errorf("First() = %s, want %s", got, tt.first)
			}
			if got := d.Last().String(); got != tt.last {
				t.Errorf("Last() = %s, want %s", got, tt.last)
			}
			b, _ := d.MarshalText()
			var back Date
			if err := back.UnmarshalText(b); err != nil || back != d {
				t.Errorf("text round trip: %v, %v; want %v", back, err, d)
			}
		})
	}
}

func TestParseDateRefusals(t *testing.T) {
	for _, in := range []string{
		"", "20", "202", "20200", "2020-1", "2020-13", "2020-00", "2020-20", "2020-42", "2020-99",
		"2020-05-1", "2020-05-00", "2020-05-32", "2021-02-29", "2020-04-31", "2020-21-01",
		"2020/05", "2020-05-31T00:00", "+2020", "-2020", "2020-05 ", " 2020", "２０２０", "2020-0a",
		"2020~", "2020?", "2020-05-31Z", "May 2020",
	} {
		_, err := ParseDate(in)
		var de *DateError
		if !errors.As(err, &de) || !errors.Is(err, ErrInvalidDate) || de.Text != in {
			t.Errorf("ParseDate(%q) = %v, want a *DateError wrapping ErrInvalidDate", in, err)
		}
	}
}

func TestDateAccessors(t *testing.T) {
	d := DayDate(2020, time.May, 31)
	if d.Year() != 2020 || d.Month() != time.May || d.Day() != 31 || d.SubYear() != 0 {
		t.Errorf("DayDate accessors: %d %v %d %d", d.Year(), d.Month(), d.Day(), d.SubYear())
	}
	s := SubYearDate(2019, Spring)
	if s.Month() != 0 || s.SubYear() != Spring || s.Day() != 0 {
		t.Errorf("SubYearDate accessors: %v %d %d", s.Month(), s.SubYear(), s.Day())
	}
	if got := DateOf(time.Date(2021, 6, 30, 23, 0, 0, 0, time.UTC)); got != DayDate(2021, time.June, 30) {
		t.Errorf("DateOf = %v", got)
	}
	if got := MonthDate(2020, time.May).Time(); !got.Equal(time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", got)
	}
	var zero Date
	if !zero.IsZero() || zero.String() != "" || !zero.Time().IsZero() || !zero.First().IsZero() || !zero.Last().IsZero() {
		t.Error("the zero Date must stay empty")
	}
}

func TestDateCompare(t *testing.T) {
	// Same first day: the shorter interval first.
	ordered := []string{"2019-01-01", "2019-01", "2019-33", "2019-40", "2019", "2019-01-31", "2019-21", "2019-05", "2019-41", "2019-24", "2020"}
	for i := range ordered {
		for j := range ordered {
			a, b := MustParseDate(ordered[i]), MustParseDate(ordered[j])
			want := cmpInt(i, j)
			if got := a.Compare(b); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
	if c := MustParseDate("2020-21").Compare(MustParseDate("2020-25")); c != 0 {
		t.Errorf("spring and northern spring cover the same days; Compare = %d", c)
	}
	if !MustParseDate("2020-23").Contains(MustParseDate("2020-11-30")) || MustParseDate("2020-23").Contains(MustParseDate("2020-12-01")) {
		t.Error("autumn 2020 contains 30 November and not 1 December")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020", "2020-05", "2020-05-31", "2019-21", "2024-41", "2020-13", "2021-02-29", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if d.First().Compare(d.Last()) > 0 {
			t.Fatalf("%s: first day %s after last day %s", s, d.First(), d.Last())
		}
	})
}
