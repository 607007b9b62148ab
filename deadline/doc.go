// Package deadline reads the deadlines of OGP action plans as people write
// them, moves them when a plan is extended, and tells which are overdue.
//
// # Reading
//
// [Parse] turns a deadline text, English or French, into a [Reading]: its
// [Kind] (once, ongoing, recurring, or unreadable), the EDTF partial date it
// names and the day it falls due. "By fall 2022" reads as 2022-23 (autumn
// 2022), due 2022-11-30, as Canada's own tables say; "By fiscal year
// 2023-24" reads as 2024-03 for a member whose fiscal year ends in March;
// "Ongoing" is due when the plan ends. [Options] carry what depends on the
// member: its hemisphere, its fiscal calendar and its plan's end
// ([OptionsFor] takes them from a plan). Parse never guesses: a text it
// cannot read gives a [*ParseError].
//
// # Extending
//
// A [Policy] says how far deadlines move (a number of months, in each
// date's own precision, see [ogp.Date.AddMonths], or to the plan's new end),
// which move (those not complete or withdrawn by a cut-off, optionally only
// those due within a window, with per-item [Override] values), the latest
// they may move to, and who decided it and why. [PresetPolicy] gives the
// Open Government Partnership's 2020 COVID-19 resolution
// ("ogp-2020-covid") and Canada's use of it ("ca-2020-covid-19").
//
// [Apply] returns an extended copy of a plan with the extension recorded,
// each moved deadline keeping its first date and naming the extension, and
// a [Change] per deadline saying what happened to it and why. Deadlines
// only ever move later, and applying a policy a second time changes
// nothing.
//
// # Overdue
//
// [Overdue] lists the items of a plan whose due date has passed by a given
// day without a report that they are complete or withdrawn, with how many
// days late they are.
package deadline
