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
// cannot read gives a [*ParseError]. Texts are read in Unicode
// normalization form C, so that a decomposed "fe\u0301vrier" reads as
// "février".
//
// A text with several dates is a series: "By February 2022 and February
// 2023" keeps both, each with its place in the text and its [Role]: due,
// [RoleInterim] ("report initial progress by 2024"), [RoleUntil] (the end
// of recurring work), or one that is no deadline: [RoleReference] ("for
// reporting year 2022", a date the work is about), [RoleStart] ("Since
// 2019", "À partir de janvier 2025", the first date of "April 2024 to
// March 2025") or [RoleSuperseded] ("(originally March 2025)",
// "Initialement prévu en mars 2024, reporté à juin 2025"). A text that names only when work starts is ongoing from
// then: due with the plan's end when it says so ("Ongoing since 2019"),
// and unreadable otherwise ("Since 2019" gives a [*ParseError]), since its
// due date is not written and Parse does not guess one. The reading's Date
// is the first to fall due,
// and [Reading.DueAsOf] tells which is due as of a day. Recurring work
// ("Annually", "Biannually until 2029", "deux fois par année") has a
// [Rule] whose [Rule.Occurrences] fall within a plan.
//
// Vague parts of a year read as thirds of it, the EDTF quadrimesters:
//
//	early, beginning, start, début     January to April    "By early 2026" = 2026-37, due 2026-04-30
//	mid, middle, mi-, milieu           May to August       "mid-2021" = 2021-38, due 2021-08-31
//	late                               September to December "late 2024" = 2024-39, due 2024-12-31
//
// Thirds rather than halves: a half would make "mid-2021" either the first
// or the second half, and "early" and "late" as long as six months; thirds
// give each word its own interval, with a code EDTF already has, so that the
// date prints and reads back. "End of 2022" and "fin de 2022" are not a
// part: they read as the year 2022, due on its last day, as Canada's table
// maps "By 2024" to 2024-12.
//
// A year, a hyphen, slash or dash, and a second number are read, in this
// order, as:
//
//   - two digits from 01 to 12 after a hyphen, with no space: an EDTF month
//     ("2020-05") or day ("2020-05-31");
//   - the next year, in two digits or four: a fiscal year ("2023-24",
//     "2023/2024"), due at the end of the member's fiscal year;
//   - after a hyphen or dash, a year two to four years later in two digits,
//     or any later year in four: a range of years due with its last
//     ("2020-22", "Action Plan 2022-24", "2018–20", "2018-2020"), as plans
//     are named;
//   - otherwise, written as one EDTF date: that date, with its sub-year
//     code ("2019-33", the first quarter of 2019; "2024-21", spring 2024).
//
// So "2020-22" is 2020 to 2022, never EDTF's summer 2020, which prose does
// not write; a range that ends before it starts ("2025-2024") cannot be
// read.
//
// # Extending
//
// A [Policy] says how far deadlines move (a number of months, in each
// date's own precision, see [ogp.Date.AddMonths], or to the plan's new end),
// which move (those not complete or withdrawn by a cut-off, optionally only
// those due within a window, with per-item [Override] values), the latest
// they may move to, and who decided it, when and why. [PresetPolicy] gives
// the Open Government Partnership's 2020 COVID-19 resolution
// ("ogp-2020-covid"), which moves only the deadlines still open when it was
// decided; a jurisdiction's own decisions, such as Canada's use of it,
// come with its profile (packages profile and canada).
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
// days late they are, and, apart, the items whose due date it cannot tell.
// A deadline moved by an extension is due at its original date as of a day
// before the extension was decided.
//
// Every date the package prints reads back with [ogp.ParseDate]: years are
// 1900 to 2199 in free text, and a due day past 9999-12-31 (that of winter
// 9999, "9999-24") is never printed: Overdue cannot tell it.
//
// # Performance
//
// Reading every deadline text of Canada's 2018-2020 plan, its 135
// indicators in English and in French (270 texts), takes about 0.5 ms: 2
// µs a text, 490 bytes and 6 allocations each (go test -bench
// ParseCanada -benchmem ./deadline, 2-core machine, 2026-11-25, with
// roles for starts and superseded dates; 0.49-0.53 ms across runs on a
// shared machine). A text is at most [MaxTextLength] bytes in NFC, and
// at most four times that as given, so reading any text takes bounded
// time.
package deadline
