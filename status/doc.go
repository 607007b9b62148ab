// Package status decides whether each step of a milestone's or indicator's
// progress history is fine, suspicious or wrong, and says why; it rolls the
// statuses of indicators up to their milestones, commitments and plan, and
// draws its rules as diagrams.
//
// # Rules as data
//
// A [Table] holds one [Rule] for every move of a target from one status of
// [ogp.Statuses] to another, and for a target's first report: its [Kind]
// (start, stay, advance, withdraw, regress, reinstate, invalid), its
// severity ([finding.OK], [finding.Warning] or [finding.Error]), a stable
// code and an explanation in English and French. [Default] is the suggested
// policy; [Table.With] builds a stricter or looser table from it.
// [Table.Classify] never panics: a status outside the code list is an error
// rule with code [CodeUnknownStatus]. The default table is exported for
// consumers not written in Go as schema/v1/status-transitions.json, with its
// JSON Schema ([Table.MarshalJSON], [JSONSchema]), and drawn by
// [Table.Mermaid] and [Table.DOT].
//
// # Whole histories
//
// [Table.Check] sorts each target's reports by period, classifies every
// step and returns a [finding.Finding] for each problem: suspicious or
// wrong moves, duplicate reports, reports on ids that are no target of the
// plan, and reports dated outside the plan (see [ogp.Plan.End]). Each has
// the pointer of its report in the plan, "/reports/3", and the values its
// message needs as arguments.
//
// # Codes
//
// The package registers its codes (the Code constants) with package
// finding, with their titles and message templates in English and French,
// and the words their templates use: each status's title as
// "status.<code>", so that a template writes {to:status}, and each kind's
// as "transition.<kind>".
//
// # Roll-ups
//
// [AsOf] gives the status of every item of a plan as of a date, from the
// latest reports, rolling indicators up to milestones, milestones to
// commitments and commitments to the plan by the rule of [Rollup].
package status
