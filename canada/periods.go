package canada

import "github.com/ogpx/interchange/ogp"

// schemeMonths is the length in months of the reporting periods of each
// rule set of plans: quarterly, or half-yearly from 2025. It says what the
// rules quarterly and halfYearly of plans check (a test holds them equal).
var schemeMonths = map[string]int{"2018-2020": 3, "2022-2024": 3, "2025-2029": 6}

// ReportingMonths returns the length in months of the reporting periods of
// x under Canada's profile: 3 for the quarterly plans (2018-20, 2022-24,
// periods YYYY-03, -06, -09, -12), 6 for the half-yearly one (2025-29,
// periods YYYY-06 and -12); 0 when x is none of Canada's known plans.
func ReportingMonths(x *ogp.Plan) int {
	return schemeMonths[planOf(x)]
}

// endsPeriod reports whether d is a month that ends a reporting period of
// months months: a multiple of months.
func endsPeriod(d ogp.Date, months int) bool {
	return d.Precision() == ogp.PrecisionMonth && int(d.Month())%months == 0
}
