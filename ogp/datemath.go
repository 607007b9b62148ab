package ogp

import (
	"slices"
	"time"
)

// AddMonths returns d moved n months later (earlier for a negative n), in
// d's own precision. It never goes through time.Time, whose AddDate rolls
// 31 January plus one month into March.
//
//   - A month moves by n months: 2020-05 + 12 = 2021-05.
//   - A day moves by n months and keeps to its month: a day past the end
//     of the new month becomes its last day (2020-01-31 + 1 = 2020-02-29),
//     and the last day of a month stays the last day (2020-02-29 + 12 =
//     2021-02-28, 2021-02-28 + 1 = 2021-03-31), so "by the end of the month"
//     stays what it says.
//   - A year, season, quarter, quadrimester or half becomes the interval of
//     the same kind (a northern season stays a northern season) that holds
//     the month n months after d's last month. A whole number of intervals
//     moves it by that many: spring 2020 + 12 = spring 2021, winter 2020
//     (December 2020 to February 2021) + 12 = winter 2021, Q1 2021 + 3 = Q2
//     2021. Other amounts round up to the interval that holds the moved last
//     month, so the due date moves at least n months: 2020 + 6 = 2021,
//     spring 2020 + 1 = summer 2020, and 2020 + 0 to 11 months backwards
//     stays 2020.
//
// The zero Date gives the zero Date, and so does a result outside the years
// [MinYear] to [MaxYear].
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	last := d.Last()
	y, m := shiftMonth(last.Year(), last.Month(), n)
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	switch d.prec {
	case PrecisionYear:
		return YearDate(y)
	case PrecisionSubYear:
		return subYearHolding(SubYear(d.unit), y, m)
	case PrecisionMonth:
		return MonthDate(y, m)
	}
	day := int(d.day)
	if end := daysIn(y, m); day > end || day == daysIn(int(d.year), time.Month(d.unit)) {
		day = end
	}
	return DayDate(y, m, day)
}

// shiftMonth returns the year and month n months after month m of year y.
func shiftMonth(y int, m time.Month, n int) (int, time.Month) {
	total := y*12 + int(m-1) + n
	y, mm := total/12, total%12
	if mm < 0 {
		y, mm = y-1, mm+12
	}
	return y, time.Month(mm + 1)
}

// subYearFamilies groups the sub-year codes that tile a year together: each
// set of seasons, the quarters, the quadrimesters and the halves.
var subYearFamilies = [][]SubYear{
	{Spring, Summer, Autumn, Winter},
	{SpringNorth, SummerNorth, AutumnNorth, WinterNorth},
	{SpringSouth, SummerSouth, AutumnSouth, WinterSouth},
	{Quarter1, Quarter2, Quarter3, Quarter4},
	{Quadrimester1, Quadrimester2, Quadrimester3},
	{Half1, Half2},
}

// subYearHolding returns the interval of s's family that holds month m of
// year y. A winter that starts in December of the year before holds January
// and February.
func subYearHolding(s SubYear, y int, m time.Month) Date {
	for _, family := range subYearFamilies {
		if !slices.Contains(family, s) {
			continue
		}
		for _, code := range family {
			first, length := code.Months()
			for _, start := range []int{y, y - 1} {
				offset := (y-start)*12 + int(m-first)
				if offset >= 0 && offset < length && start >= MinYear {
					return SubYearDate(start, code)
				}
			}
		}
	}
	return Date{}
}
