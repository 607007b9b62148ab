// Package canada is Canada's profile: its tracker's rules per plan, its
// status codes, its June 2021 extension; and Canada's tracker in and out:
// the importer of any plan's table and published rows, the exporter of
// those rows, and the registry of Canada's departments. Importing it
// registers the profile "canada" with package profile and its codes
// ("canada.*") with package finding:
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
// # Importing a tracker
//
// Canada publishes each plan's tracker as a CKAN "recombinant" table
// definition (YAML: nap for 2018-20, nap5 for 2022-24, nap6 for 2025-29)
// that holds the whole plan in English and French, and the reports as
// rows on open.canada.ca (CSV). [ImportTable] reads any plan's table, with
// no code per plan:
//
//	pkg, findings, err := canada.ImportTable(yaml, canada.PlanCard{
//		ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)})
//	...
//	more, err := canada.ImportRows(csvFile, "nap5.csv", &pkg.Plans[0])
//
// It reads the choices of the fields commitments, milestones and
// indicators of the first resource that has commitments, in the order
// written: "en" and "fr" are the title, full_text the full text (a
// commitment's description), NAP_url or cmt_url the address (relative ones
// made absolute with the card's site), due_date the deadline's date,
// deadline its label ("By fall 2022" / "D'ici l'automne 2022"), lead_dept
// and supt_sept the leading and supporting departments by portal slug (one,
// a list, or several separated by commas). Any other member, such as the
// s4d flag of 2022-24, is kept on its item as an "x-" member
// ([CodeKeptField], once per member). Each item goes under the item whose
// id is its own without the last part, numbers compared without their
// leading zeros: C05.2.01 is under C05.2, and is kept as written. Texts are
// kept as written, Markdown and non-breaking spaces included.
//
// What differs between plans follows from what the table defines, not from
// its year nor from the values it fills. A table whose items define none of
// lead_dept, supt_sept and deadline (2018-20) names a milestone's leads in
// parentheses at the end of its English title ("(CSPS/TBS)", "with support
// from" naming supporters), read as leads only when every name in them is a
// department by abbreviation or name ("(PROS)" is left alone), and gives an
// indicator's deadline text in the parentheses that end its full text. A
// table that defines them, even empty (2025-29 before its leads are known),
// is of the later style: its titles are only titles.
// A label without a due_date (2025-29: "Fall 2027", "2026-27") keeps no
// date: the date is the table's fact only when it gives one, and the
// [deadline] package reads the text when a date is needed. A milestone
// without leads of its own is led by its indicators' leads, a commitment by
// its milestones'; the plan's institutions are the departments its items
// and reports name, from the registry, in the order of first use; a slug
// the registry lacks is kept, as a lead and as an institution named by its
// slug, with a notice ([CodeUnknownDepartment]).
// Reporting periods are not read from the table: quarterly or half-yearly,
// they are the rows' to give, and the profile's rules to check.
//
// What the table does not say comes from a [PlanCard], a JSON file for
// command-line tools ([ReadPlanCard]): the plan's id, start and end are
// required (a [*CardError] wrapping [ErrMissing] names the one missing);
// the title defaults to the table's, the member to Canada, the publisher
// to the Treasury Board of Canada Secretariat; OGP's commitment ids,
// policy areas, addresses and extensions are optional. A value the
// importer cannot read is a finding placed by its JSON Pointer in the table
// ("/resources/0/fields/3/choices/C05.2.01/due_date") and its line, with
// the item's id and the field's name as arguments ([CodeTableValue],
// [CodeUnknownDepartment]); the rest of the plan is imported. A table that
// is no table at all is a [*TableError]. A value reached through a YAML
// alias is placed at the anchor's line, where it is written, not at the
// alias. An item with no title (null, or en and fr empty) is a finding
// naming its id and is kept, with its milestones or indicators. Limits: [DefaultMaxBytes],
// [DefaultMaxItems], and 1000 YAML nodes per kept value.
//
// [ImportRows] reads the published rows into the plan's reports, and
// [ExportRows] writes them back: UTF-8 with a byte order mark and CRLF, as
// Excel writes them, in the columns of the plan's layout ([RowsStyle]:
// 2018-20, 2022-24, or 2025-29 with its challenge codes and
// challenges_other_en/fr, chosen by the plan's rule set); a row it cannot
// read is a finding at its cell ("nap5.csv!R12C5"), and the other rows
// import. Importing exported rows gives back the same reports.
//
// Canada's departments are data: departments.csv, read by [Departments],
// [DepartmentBySlug], [DepartmentByAbbreviation] and [DepartmentByName],
// with the portal's slugs (tbs-sct, ec, dfatd-maecd, ic, pwgsc-tpsgc);
// [WithDepartments] adds one a plan names and the registry lacks.
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
