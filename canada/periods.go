package canada

import "github.com/ogpx/interchange/ogp"

// ReportingMonths returns the length in months of the reporting periods of
// x under Canada's profile: 3 for the quarterly plans (2018-20, 2022-24,
// periods YYYY-03, -06, -09, -12), 6 for the half-yearly one (2025-29,
// periods YYYY-06 and -12); 0 when x is none of Canada's known plans.
func ReportingMonths(x *ogp.Plan) int {
	name := planOf(x)
	for _, pl := range plans {
		if pl.name == name {
			return int(pl.months)
		}
	}
	return 0
}

// endsPeriod reports whether d is a month that ends a reporting period of
// months months: a multiple of months.
func endsPeriod(d ogp.Date, months int) bool {
	return d.Precision() == ogp.PrecisionMonth && int(d.Month())%months == 0
}
