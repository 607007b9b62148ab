package schema

import (
	"fmt"
	"testing"

	"github.com/ogpx/interchange/internal/rules"
	"github.com/ogpx/interchange/ogp"
)

// dateTestYears are the years whose every date TestDateRuleIsParseDate
// tries: the first and last years, every century, the years around the
// leap-year rule's exceptions and two centuries of today's years.
func dateTestYears() []int {
	years := []int{0, 1, 2, 3, 4, 8, 96, 99, 101, 104, 396, 400, 404, 9996, 9997, 9998, 9999}
	for y := 0; y <= 9900; y += 100 {
		years = append(years, y)
	}
	for y := 1890; y <= 2110; y++ {
		years = append(years, y)
	}
	return years
}

// TestDateRuleIsParseDate checks that the date pattern, through
// rules.Date.Match, accepts exactly the dates ogp.ParseDate reads: for each
// chosen year, the year, the year with every two-digit month or sub-year
// code, and every day 00 to 32 of every month 00 to 13.
func TestDateRuleIsParseDate(t *testing.T) {
	check := func(s string) {
		_, err := ogp.ParseDate(s)
		if got, want := rules.Date.Match(s), err == nil; got != want {
			t.Errorf("rules.Date.Match(%q) = %v, but ogp.ParseDate says %v", s, got, err)
		}
	}
	for _, y := range dateTestYears() {
		year := fmt.Sprintf("%04d", y)
		check(year)
		for m := range 100 {
			check(fmt.Sprintf("%s-%02d", year, m))
		}
		for m := range 14 {
			for d := range 33 {
				check(fmt.Sprintf("%s-%02d-%02d", year, m, d))
			}
		}
	}
}

func FuzzDateRuleIsParseDate(f *testing.F) {
	for _, s := range []string{"2020", "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "0000-02-29",
		"2021-04-31", "2019-21", "2020-42", "2020-05-31\n", "٢٠٢٠"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := ogp.ParseDate(s)
		if got, want := rules.Date.Match(s), err == nil; got != want {
			t.Errorf("rules.Date.Match(%q) = %v, but ogp.ParseDate says %v", s, got, err)
		}
	})
}
