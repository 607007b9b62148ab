// Package canada is Canada's profile: its tracker's rules per plan, its
// status codes, its June 2021 extension. Importing it registers the
// profile "canada" with package profile and its codes ("canada.*") with
// package finding:
//
//	import _ "github.com/ogpx/interchange/canada"
//
// # Rules per plan
//
// Canada's National Action Plan tracker checks each progress report with
// rules that changed from plan to plan. The profile has one rule set per
// plan, each named after it ("canada/2018-2020" in [profile.Lookup]).
// Every plan: the reporting period is one of the plan's (the periods its
// table lists, 2019-03 to 2021-12 for 2018-2020; for a later plan, those
// within the plan, extensions included), and the tracker keys reports by
// period and indicator, so a report is on an indicator, never a milestone.
// Then:
//
//   - 2018-2020: the reporting period is a month that ends a quarter
//     (YYYY-03, YYYY-06, YYYY-09, YYYY-12). Nothing more.
//   - 2022-2024: the same periods; the status is one of Canada's codes, so
//     a report on withdrawn work cannot be written; the progress is given
//     in English and in French, "no progress" being NIL in English and NUL
//     in French. Evidence and challenges are optional, in either language.
//   - 2025-2029: the rules of 2022-2024, with half-yearly periods; texts
//     that neither begin nor end with spaces; evidence in English and
//     French or not at all; challenges in English and French when the
//     status is NS or LP, and otherwise in both or neither.
//
// A 2025-2029 period is named by its last month: the report for "2026-06"
// is on the half-year that ends in June 2026, the one for "2026-12" on
// the half-year that ends in December. These two months are the only
// periods the rule set accepts; an EDTF half ("2026-40") is not one.
//
// A text that is only spaces is no text: where the tracker requires it,
// the finding says it is missing.
//
// [profile.Profile.RulesFor] chooses the rule set from the plan: a national
// plan of country "CA" whose id names one of the plans, whatever its case
// and separators ("CA-2022-2024", "ca_2022_24"), or else whose period
// starts in 2018, 2022 or 2025.
//
// # Codes and statuses
//
// Each rule has one code, so that no problem is reported twice: see
// [CodePeriod] and the codes after it. A code that says more precisely what
// the format's own rules say (a French progress required, where the format
// warns of a text missing a language; a period outside the plan's
// reporting periods, where it warns of a report after the plan) lists the
// format's code in [finding.Code.Restates], and a report keeps only
// Canada's finding. A finding's arguments are data:
// Canada's status code ("LP"), a language ("fr"), a member name
// ("evidence"); its message puts them into words in English or French.
//
// The profile maps Canada's status codes, the same in every plan, to the
// format's: NS not started, LP limited, SP substantial, C complete. Canada
// has none for withdrawn. Its policy "ca-2020-covid-19" is Canada's use of
// OGP's 2020 offer on COVID-19, for [deadline.Apply]: the 2018-2020 plan
// ends in June 2021 instead of June 2020.
//
// # Adding a jurisdiction
//
// A jurisdiction is one package, like this one:
//
//  1. Register its finding codes with [finding.Register], ids prefixed with
//     the jurisdiction's name ("canada.period"), with a message in English
//     and in every language it serves. Arguments are data; words of its own
//     ({status:canada-status}) go to [finding.RegisterWords].
//  2. Register its profile with [profile.Register] in an init function: a
//     rule set per kind of plan, each with Applies (is this plan mine?)
//     and Check (findings with paths relative to the plan), its own
//     status codes and its deadline extensions.
//  3. Programs import the package for its side effect; the profile is then
//     found by name ("canada", "canada/2022-2024") or chosen per plan.
//
// Nothing outside the package changes, but for one import line in the
// program (cmd/ogp/jurisdictions.go for ogp). Its tests check each rule with
// each rule set, and that no code lacks a language ([finding.Missing]).
package canada
