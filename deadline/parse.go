package deadline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Kind says what sort of deadline a text states.
type Kind uint8

// The kinds of deadline. The zero Kind is Unreadable.
const (
	Unreadable Kind = iota // the text states no deadline this package can read
	Once                   // due once, by a date: "June 2020"
	Ongoing                // continuing work: "Ongoing", "En cours"
	Recurring              // work repeated on a schedule: "Annually", "Biannually until 2029"
)

var kindNames = [...][2]string{
	Unreadable: {"unreadable", "illisible"},
	Once:       {"once", "ponctuel"},
	Ongoing:    {"ongoing", "en cours"},
	Recurring:  {"recurring", "récurrent"},
}

// String returns the kind's code: "unreadable", "once", "ongoing" or
// "recurring".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k][0]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Title returns the kind's name in lang, a BCP 47 tag matched as package
// finding matches it ([finding.Match]): French for "fr", "fr-CA" or
// "fr_CA"; English for any other language.
func (k Kind) Title(lang string) string {
	if int(k) >= len(kindNames) {
		return k.String()
	}
	if finding.Match(lang) == "fr" {
		return kindNames[k][1]
	}
	return kindNames[k][0]
}

// MarshalText returns the kind's code.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText sets k to the kind whose code is text, one of those
// [Kind.MarshalText] writes: "unreadable", "once", "ongoing" or "recurring".
func (k *Kind) UnmarshalText(text []byte) error {
	for i, names := range kindNames {
		if names[0] == string(text) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown deadline kind %q (want unreadable, once, ongoing or recurring)", text)
}

// Options are the facts about a plan that reading its deadlines needs.
type Options struct {
	// Hemisphere decides the months of a season; northern when empty.
	Hemisphere ogp.Hemisphere
	// FiscalYearEnd is the month the member's fiscal year ends in: March
	// for Canada. A fiscal year written as "2023-24" is due by the end of
	// that month of its second year. When it is 0 or December, a fiscal year
	// that spans two calendar years cannot be read.
	FiscalYearEnd time.Month
	// PlanEnd is the plan's end, the due date of an ongoing or recurring
	// deadline that names no date of its own.
	PlanEnd ogp.Date
}

// OptionsFor returns the options of plan: its member's hemisphere and
// fiscal year, and its end with its extensions ([ogp.Plan.End]). A nil
// plan is an empty one: its options are the zero Options.
func OptionsFor(plan *ogp.Plan) Options {
	if plan == nil {
		return Options{}
	}
	return Options{
		Hemisphere:    plan.Member.Hemisphere,
		FiscalYearEnd: time.Month(plan.Member.FiscalYearEnd),
		PlanEnd:       plan.End(),
	}
}

// Reading is how a deadline text reads.
type Reading struct {
	// Text is the text read: the text as given, in Unicode normalization
	// form C (NFC), so that "fe\u0301vrier" (e and a combining accent) reads
	// as "février". The spans of Dates are byte offsets into it.
	Text string `json:"text"`
	// Kind is what sort of deadline the text states.
	Kind Kind `json:"kind"`
	// Date is the first date the deadline falls due: the earliest, by its
	// last day, of the dates in Dates that are due (not a [RoleReference],
	// [RoleStart] or [RoleSuperseded]), the one
	// due as of a day before the plan starts ([Reading.DueAsOf]). It is the
	// date a tracker must watch first; Canada's tables date a text with
	// several dates by its first date or by its last, and Dates holds both.
	// It is the zero Date when the text names none, as "Ongoing" does.
	Date ogp.Date `json:"date,omitzero"`
	// Due is the day the deadline falls due: the last day of Date, or, for
	// an ongoing or recurring deadline that names no date, the last day of
	// the plan. It is the zero Date when neither is known.
	Due ogp.Date `json:"due,omitzero"`
	// Dates are all the dates the text names, in the order written, each
	// with its role and where it is written.
	Dates []Part `json:"dates,omitempty"`
	// Rule is how a recurring deadline recurs; nil for other kinds.
	Rule *Rule `json:"rule,omitempty"`
}

// Role says what a date stands for in a deadline text.
type Role string

// The roles of a date.
const (
	// RoleDue is a date by which the work is due: "By June 2022",
	// "Completion by March 2025".
	RoleDue Role = "due"
	// RoleInterim is a date by which a first part or a progress report is due:
	// "report initial progress by 2024", "rapport d'étape en juin 2021".
	RoleInterim Role = "interim"
	// RoleUntil is the end of recurring work: "Biannually until 2029".
	RoleUntil Role = "until"
	// RoleReference is a date the work is about, not when it is due: "for
	// reporting year 2022", "pour l'exercice 2022-2023". It is no deadline.
	RoleReference Role = "reference"
	// RoleStart is when the work starts: "Since 2019", "À partir de janvier
	// 2025", "2025 onward", the first date of a range ("From 2023 to 2025",
	// "Avril 2024 à mars 2025"). It is no deadline.
	RoleStart Role = "start"
	// RoleSuperseded is a date that another replaced: "Revised: June 2025
	// (originally March 2025)", "Initialement prévu en mars 2024, reporté à
	// juin 2025". It is no deadline.
	RoleSuperseded Role = "superseded"
)

// Due reports whether a date of role r is a date the work is due by:
// RoleDue, RoleInterim or RoleUntil. A reference, a start or a superseded
// date is no deadline.
func (r Role) Due() bool {
	return r == RoleDue || r == RoleInterim || r == RoleUntil
}

// Part is one date of a deadline text.
type Part struct {
	// Date is the date as a partial date; Due is its last day.
	Date ogp.Date `json:"date"`
	Due  ogp.Date `json:"due"`
	// Role is what the date stands for.
	Role Role `json:"role"`
	// Start and End are the byte offsets, in [Reading.Text], of the words
	// that write the date: Text[Start:End] is "June 2022" in "By June
	// 2022", "early 2026" in "By early 2026".
	Start int `json:"start"`
	End   int `json:"end"`
}

// DueAsOf returns the date the deadline is due by as of day (of any
// precision: its first day counts): the earliest of its dates that are due
// (not a [RoleReference], [RoleStart] or [RoleSuperseded]) and whose last
// day is not before day, or, when all have
// passed, the one that passed last. Before the first date, it is the first
// ([Reading.Date]). For a text that names no date (Ongoing), the Part has
// only Due, the plan's end. It reports false when there is no date at all.
//
// DueAsOf reads the dates the text names; the occurrences of a recurring
// deadline depend on its plan: see [Rule.Occurrences].
func (r Reading) DueAsOf(day ogp.Date) (Part, bool) {
	day = day.First()
	var next, last Part
	for _, p := range r.Dates {
		switch {
		case !p.Role.Due():
		case p.Due.Compare(day) >= 0 && (next.Due.IsZero() || p.Due.Compare(next.Due) < 0):
			next = p
		case last.Due.IsZero() || p.Due.Compare(last.Due) > 0:
			last = p
		}
	}
	switch {
	case !next.Due.IsZero():
		return next, true
	case !last.Due.IsZero():
		return last, true
	}
	return Part{Due: r.Due, Role: RoleDue}, !r.Due.IsZero()
}

// Rule is how a recurring deadline recurs: every Months months, until Until
// when the text says ("Biannually until 2029").
type Rule struct {
	// Months is the number of months between two occurrences: 12 for
	// "Annually", 6 for "Biannually" and "every six months", 3 for
	// "quarterly", 1 for "monthly".
	Months int `json:"months"`
	// Until is the last date the work recurs by, when the text names one
	// ("until 2029", "jusqu'en 2029"); the zero Date when it recurs until
	// the plan's end.
	Until ogp.Date `json:"until,omitzero"`
}

// Occurrences returns the months the work falls due in within a plan that
// runs from start to end (partial dates: from start's first month to end's
// last). The occurrences count back from the end, or from Until when it
// comes first, every Months months: "Annually" in a plan from September
// 2018 to August 2020 falls due in August 2019 and August 2020, and
// "quarterly" in a plan that ends in June 2021 in the months Canada reports
// in, March, June, September and December. An occurrence counts when the
// period it closes starts within the plan: "quarterly" in a plan that starts
// in December 2018 first falls due in March 2019, and "annually" in a plan
// that starts on 15 September 2018 in September 2019. Each is due by its
// month's last day. A plan with no start has only its last occurrence; the
// rule has none when it has no period or the plan no end.
func (r Rule) Occurrences(start, end ogp.Date) []ogp.Date {
	last := end.Last()
	if r.Months <= 0 || last.IsZero() {
		return nil
	}
	if !r.Until.IsZero() && r.Until.Last().Compare(last) < 0 {
		last = r.Until.Last()
	}
	// Months are compared: a plan that starts on 15 September starts in
	// September.
	var firstMonth ogp.Date
	if f := start.First(); !f.IsZero() {
		firstMonth = ogp.MonthDate(f.Year(), f.Month()).First()
	}
	var out []ogp.Date
	for m := ogp.MonthDate(last.Year(), last.Month()); !m.IsZero(); m = m.AddMonths(-r.Months) {
		// The period that ends with m starts within the plan.
		if from := m.AddMonths(1 - r.Months); from.IsZero() || from.First().Compare(firstMonth) < 0 {
			break
		}
		out = append(out, m)
		if start.IsZero() {
			break
		}
	}
	slices.Reverse(out)
	return out
}

// ErrUnreadable is wrapped by every [*ParseError].
var ErrUnreadable = errors.New("unreadable deadline")

// ParseError reports a text that states no deadline [Parse] can read.
type ParseError struct {
	Text   string // the text as given
	Reason string // why it cannot be read, in English
	// Code is the code of the finding that says why in any language
	// ("deadline.no-date", or "date.no-such-day" for a day that does not
	// exist), and Args are the values its message refers to, as name,
	// value pairs: see [ParseError.Finding].
	Code string
	Args []string
}

// Error returns "cannot read deadline TEXT: REASON".
func (e *ParseError) Error() string {
	return fmt.Sprintf("cannot read deadline %q: %s", e.Text, e.Reason)
}

// Unwrap returns [ErrUnreadable].
func (e *ParseError) Unwrap() error { return ErrUnreadable }

// Finding returns the reason as a finding of package finding about the
// value path points to, whose message says why in any language.
func (e *ParseError) Finding(path string) finding.Finding {
	return finding.New(e.Code, path, e.Args...)
}

// unreadable returns the error of a text that cannot be read for the
// reason code says, whose message refers to args, as name, value pairs.
// [Parse] sets its Text.
func unreadable(code string, args ...string) *ParseError {
	return &ParseError{Code: code, Args: args, Reason: finding.New(code, "", args...).Message("en")}
}

// reasonOf returns the error of the parser's err: its own, or one for a
// date that does not exist ("February 30, 2021").
func reasonOf(err error) *ParseError {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe
	}
	var de *ogp.DateError
	if errors.As(err, &de) {
		return &ParseError{Reason: de.Error(), Code: de.Code, Args: de.Args}
	}
	return &ParseError{Reason: err.Error()}
}

// The codes of a [ParseError]. A text that cannot be read is not wrong in
// itself, hence warnings; ogp's date codes give the reasons of a date
// that does not exist.
func init() {
	finding.Register(
		finding.Code{ID: "deadline.too-long", Severity: finding.Warning,
			Title: map[string]string{"en": "Deadline text too long", "fr": "Texte d’échéance trop long"}, Message: map[string]string{
				"en": "the text is longer than {want} bytes",
				"fr": "le texte dépasse {want} octets",
			}},
		finding.Code{ID: "deadline.no-text", Severity: finding.Warning,
			Title: map[string]string{"en": "Deadline without date or text", "fr": "Échéance sans date ni texte"}, Message: map[string]string{
				"en": "the deadline has neither a date nor a text",
				"fr": "l’échéance n’a ni date ni texte",
			}},
		finding.Code{ID: "deadline.no-plan-end", Severity: finding.Warning,
			Title: map[string]string{"en": "Due with a plan that has no end", "fr": "Échéance liée à un plan sans fin"}, Message: map[string]string{
				"en": "the deadline is due with the plan's end, and the plan has none",
				"fr": "l’échéance tombe à la fin du plan, et le plan n’a pas de fin",
			}},
		finding.Code{ID: "deadline.past-max-year", Severity: finding.Warning,
			Title: map[string]string{"en": "Due after the year 9999", "fr": "Échéance après l’an 9999"}, Message: map[string]string{
				"en": "the deadline falls due after 9999-12-31, which a date cannot write",
				"fr": "l’échéance tombe après le 9999-12-31, qu’aucune date ne peut écrire",
			}},
		finding.Code{ID: "deadline.no-date", Severity: finding.Warning,
			Title: map[string]string{"en": "No date in the deadline", "fr": "Aucune date dans l’échéance"}, Message: map[string]string{
				"en": "the text names no date, and no ongoing or recurring work",
				"fr": "le texte ne nomme aucune date, ni aucun travail continu ou récurrent",
			}},
		finding.Code{ID: "deadline.start-only", Severity: finding.Warning,
			Title: map[string]string{"en": "Start without a due date", "fr": "Début sans échéance"}, Message: map[string]string{
				"en": `the text says when the work starts ("{value}"), not when it is due nor that it is ongoing`,
				"fr": `le texte dit quand le travail commence (« {value} »), mais ni son échéance ni qu’il est continu`,
			}},
		finding.Code{ID: "deadline.fiscal-quarter", Severity: finding.Warning,
			Title: map[string]string{"en": "Part of a fiscal year", "fr": "Partie d’un exercice"}, Message: map[string]string{
				"en": "a quarter or half of fiscal year {value} is not read yet",
				"fr": "un trimestre ou un semestre de l’exercice {value} n’est pas encore lisible",
			}},
		finding.Code{ID: "deadline.fiscal-year-ambiguous", Severity: finding.Warning,
			Title: map[string]string{"en": "Ambiguous fiscal year", "fr": "Exercice ambigu"}, Message: map[string]string{
				"en": "fiscal year {year} could be {before} or {after}",
				"fr": "l’exercice {year} peut être {before} ou {after}",
			}},
		finding.Code{ID: "deadline.fiscal-year-end-unknown", Severity: finding.Warning,
			Title: map[string]string{"en": "Fiscal year end unknown", "fr": "Fin d’exercice inconnue"}, Message: map[string]string{
				"en": "fiscal year {value} spans two years, but the member's fiscal year end is not given or is December",
				"fr": "l’exercice {value} s’étend sur deux années, mais la fin d’exercice du membre n’est pas donnée ou tombe en décembre",
			}},
		finding.Code{ID: "deadline.number-beside-year", Severity: finding.Warning,
			Title: map[string]string{"en": "Unread number beside a year", "fr": "Nombre illisible à côté d’une année"}, Message: map[string]string{
				"en": "the number {value} beside the year {year} is not part of a date this package reads",
				"fr": "le nombre {value} à côté de l’année {year} ne fait partie d’aucune date lisible",
			}},
		finding.Code{ID: "deadline.part-of-year", Severity: finding.Warning,
			Title: map[string]string{"en": "Unread part of a year", "fr": "Partie d’année illisible"}, Message: map[string]string{
				"en": `"{value}" says a part of {year} this package does not read`,
				"fr": `"{value}" désigne une partie de {year} qui n’est pas lisible`,
			}},
	)
}

// MaxTextLength is the longest text [Parse] reads, in bytes, once in
// Unicode normalization form C.
const MaxTextLength = 4096

// Parse reads a deadline as people write it, in English or French: a
// month ("May 2020", "Mai 2020"), a day ("December 31, 2020", "31 décembre
// 2020"), a season ("Spring 2019", "D'ici l'automne 2022"), a quarter or half
// ("Q2 2021", "Q3 of 2021", "T1 de 2022", "H1 2021", "quarter 3 of 2021",
// "First half of 2024", "Premier semestre 2024"), a part of a year ("By early 2026", "mid-2021", "D'ici le début de
// 2026", see the package documentation), a year ("By end of 2022", "D'ici la
// fin de 2022"), a range of years ("2018-2020", due with its last year), a
// fiscal year ("By fiscal year 2023-24", "2026-27"), an EDTF date
// ("2020-05"), and words that make it ongoing ("Ongoing", "En cours",
// "Permanent") or recurring ("Annually", "Chaque année", "Biannually until
// 2029", "every six months"; see [Rule]). Other words are ignored:
// "Strategy published October 2018" reads as October 2018. "Before 2025" and
// "Avant 2025" are due the day before, 2024-12-31, and so is a day
// after "before"; a month after it stays, as Canada's table dates "before
// June 2020" June 2020. The text is read
// in Unicode normalization form C: its composed and decomposed forms read
// the same.
//
// A text may name several dates: "By February 2022 and February 2023", "May
// 2019 to onboard 2 provinces; May 2020 to onboard 2 municipalities". Each is
// kept in [Reading.Dates] with its [Role] and its place in the text, and
// the deadline's Date is the first to fall due. A date the work is about
// ("for reporting year 2022") is a [RoleReference], and a first part or
// progress report ("report initial progress by 2024") is [RoleInterim].
//
// A year is four digits from 1900 to 2199; other numbers ("At least 20
// records", "Bill C-58") are not dates, and neither are fiscal years or
// ranges that end past 2199. Seasons are those of opts.Hemisphere: EDTF
// codes 21 to 24 in the north, 29 to 32 in the south. A year written as
// "2023-24" or "2023/2024" is a fiscal year and is read as the month it ends
// in (March 2024 for Canada), even where the same digits could be an EDTF
// season code; "2020-22" and "Action Plan 2022-24", two to four years
// apart, are ranges of years, due with their last, not EDTF seasons (the
// package documentation gives the whole rule). A season follows EDTF:
// winter 2025 runs from December 2025 to February 2026, and a season
// followed by a pair of years ("Winter 2021-2022", "Hiver 2021-22") is the
// season of the first: winter 2021, due 2022-02-28.
//
// Parse never guesses. A text with no date and no ongoing or recurring
// word, a day that does not exist ("February 30, 2021"), a fiscal year
// without the member's fiscal calendar, or a year with words or numbers
// that say more than the year and that Parse does not read ("Third half of
// 2024", "15/03/2020") gives a [*ParseError]; the Reading returned with it
// keeps the text read, with Kind Unreadable; the error keeps the text as
// given.
func Parse(text string, opts Options) (Reading, error) {
	// The limit is on the text read, in NFC: a decomposed text is longer
	// than the same text composed. NFC is at most three times shorter than
	// a text as given, so a longer one is not normalised at all.
	tooLong := func() (Reading, error) {
		e := unreadable("deadline.too-long", "want", strconv.Itoa(MaxTextLength))
		e.Text = text
		return Reading{Text: text}, e
	}
	if len(text) > 4*MaxTextLength {
		return tooLong()
	}
	r := Reading{Text: norm.NFC.String(text)}
	if len(r.Text) > MaxTextLength {
		return tooLong()
	}
	fail := func(e *ParseError) (Reading, error) {
		e.Text = text
		return Reading{Text: r.Text}, e
	}
	toks := tokenize(r.Text)
	p := parser{toks: toks, opts: opts}
	var spans [][2]int // token ranges of the dates
	for p.i < len(toks) {
		start := p.i
		d, ok, err := p.date()
		if err != nil {
			return fail(reasonOf(err))
		}
		if ok {
			if before(toks, start) {
				d = dayBefore(d)
			}
			r.Dates = append(r.Dates, Part{Date: d, Due: d.Last(), Start: toks[start].start, End: toks[p.i-1].end})
			spans = append(spans, [2]int{start, p.i})
		} else {
			p.i++
		}
	}
	words := " " + wordsOf(toks) + " "
	if months := recurrence(toks); months > 0 {
		r.Kind, r.Rule = Recurring, &Rule{Months: months}
	} else if containsAny(words, ongoingWords) {
		r.Kind = Ongoing
	}
	for k := range r.Dates {
		r.Dates[k].Role = role(toks, spans, k, r.Kind)
	}
	// A range, "From 2023 to 2025", "Avril 2024 à mars 2025": its first date
	// is when the work starts; its last, when it is due, or when recurring
	// work ends.
	for k := 1; k < len(r.Dates); k++ {
		if (r.Dates[k-1].Role.Due() || r.Dates[k-1].Role == RoleStart) && r.Dates[k].Role.Due() && rangeLink(toks, spans[k-1], spans[k]) {
			r.Dates[k-1].Role = RoleStart
			if r.Kind == Recurring {
				r.Dates[k].Role = RoleUntil
			}
		}
	}
	for k := range r.Dates {
		d := r.Dates[k]
		if !d.Role.Due() {
			continue
		}
		// The rule ends at the latest end the text names; the deadline's
		// Date is the first to fall due, whatever its role.
		if d.Role == RoleUntil && (r.Rule.Until.IsZero() || d.Due.Compare(r.Rule.Until.Last()) > 0) {
			r.Rule.Until = d.Date
		}
		if r.Date.IsZero() || d.Due.Compare(r.Due) < 0 {
			r.Date, r.Due = d.Date, d.Due
		}
	}
	switch {
	case r.Kind != Unreadable:
	case !r.Date.IsZero():
		r.Kind = Once
	case len(r.Dates) > 0 && r.Dates[0].Role == RoleStart:
		// Work that starts and is neither said to go on nor to recur: its
		// due date is not written, and Parse does not guess one.
		d := r.Dates[0]
		return fail(unreadable("deadline.start-only", "value", r.Text[d.Start:d.End]))
	default:
		return fail(unreadable("deadline.no-date"))
	}
	if r.Date.IsZero() {
		r.Due = opts.PlanEnd.Last()
	}
	return r, nil
}

// before reports whether the date that starts at toks[i] follows
// "before", "prior to" or "avant" ("avant le 1er mars"), with at most an
// article between: the work is due before it starts. "Avant la fin de
// 2022" is not: the end of a year reads as the year.
func before(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && !toks[j+1].brk && slices.Contains([]string{"the", "le", "la", "l"}, toks[j].text) {
		j--
	}
	if j < 0 || toks[j+1].brk {
		return false
	}
	return toks[j].text == "before" || toks[j].text == "avant" || toks[j].text == "to" && j > 0 && toks[j-1].text == "prior"
}

// dayBefore returns the date due by the day before d, for a date after
// "before": a year ("Before 2025" is the year 2024, due 2024-12-31) or a day
// ("Avant le 1er mars 2024" is 2024-02-29). A month or a part of a year
// stays what it is: Canada's own table dates "before June 2020" June 2020,
// work due in the course of that month.
func dayBefore(d ogp.Date) ogp.Date {
	switch d.Precision() {
	case ogp.PrecisionYear:
		return ogp.YearDate(d.Year() - 1)
	case ogp.PrecisionDay:
		return ogp.DateOf(d.Time().AddDate(0, 0, -1))
	}
	return d
}

// The phrases, in folded form (lower case, no accents), that make a deadline
// ongoing.
var ongoingWords = phrases(
	"ongoing", "continuous", "continuously", "permanent", "permanently", "in continu",
	"en cours", "en continu", "de facon continue", "en permanence",
)

// recurringWords are the phrases, in folded form (words separated by
// spaces, as hyphens and spaces separate them in the text), that make a
// deadline recurring, with their period in months. "Biannually" is twice a
// year, as in Canada's half-yearly 2025-29 plan ("Biannually until 2029");
// every two years is "biennially" or "every other year". "Bi-monthly" is
// every two months.
var recurringWords = []struct {
	phrase string
	months int
}{
	{"annually", 12}, {"yearly", 12}, {"every year", 12}, {"each year", 12}, {"once a year", 12},
	{"chaque annee", 12}, {"annuellement", 12}, {"tous les ans", 12}, {"une fois par an", 12},
	{"une fois par annee", 12},
	{"biannually", 6}, {"bi annually", 6}, {"semi annually", 6}, {"semiannually", 6},
	{"twice a year", 6}, {"twice yearly", 6}, {"half yearly", 6}, {"every half year", 6},
	{"semestriellement", 6}, {"deux fois par annee", 6}, {"deux fois par an", 6}, {"chaque semestre", 6},
	{"quarterly", 3}, {"every quarter", 3}, {"each quarter", 3}, {"trimestriellement", 3},
	{"chaque trimestre", 3},
	{"bimonthly", 2}, {"bi monthly", 2}, {"bimestriellement", 2},
	{"monthly", 1}, {"every month", 1}, {"each month", 1}, {"mensuellement", 1}, {"chaque mois", 1},
	{"tous les mois", 1},
	{"biennially", 24}, {"biennial", 24}, {"biennale", 24}, {"every other year", 24},
	{"every second year", 24}, {"aux deux ans", 24}, {"tous les deux ans", 24},
}

// recurringAdjectives make a deadline recurring only where they stand for
// the schedule, with no noun after them in their clause: "Annual",
// "Semi-annual until 2029", "Trimestriel"; "Annual report 2021" names a
// report, due once.
var recurringAdjectives = []struct {
	phrase string
	months int
}{
	{"annual", 12}, {"annuel", 12}, {"annuelle", 12},
	{"semi annual", 6}, {"semiannual", 6}, {"bi annual", 6}, {"biannual", 6},
	{"semestriel", 6}, {"semestrielle", 6},
	{"trimestriel", 3}, {"trimestrielle", 3},
	{"bimestriel", 2}, {"bimestrielle", 2},
	{"mensuel", 1}, {"mensuelle", 1},
}

// recurringPhrases are recurringWords and recurringAdjectives split into
// words, the longest phrases first, so that "semi annually" is matched
// before "annually" can be.
var recurringPhrases = func() []recurringPhrase {
	var list []recurringPhrase
	for _, w := range recurringWords {
		list = append(list, recurringPhrase{strings.Fields(w.phrase), w.months, false})
	}
	for _, w := range recurringAdjectives {
		list = append(list, recurringPhrase{strings.Fields(w.phrase), w.months, true})
	}
	slices.SortStableFunc(list, func(a, b recurringPhrase) int { return len(b.words) - len(a.words) })
	return list
}()

type recurringPhrase struct {
	words     []string
	months    int
	adjective bool
}

// phrases returns the phrases, each between spaces, as [containsAny] finds
// them in words joined by spaces and between spaces.
func phrases(list ...string) []string {
	for i, p := range list {
		list[i] = " " + p + " "
	}
	return list
}

// everyWords start a period written out: "every six months", "tous les
// trois mois"; countWords are the numbers it may have; unitMonths its units.
var (
	everyWords = []string{"every", "each", "tous", "toutes", "chaque"}
	countWords = map[string]int{
		"two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4,
		"six": 6, "twelve": 12, "douze": 12, "eighteen": 18,
	}
	unitMonths = map[string]int{
		"month": 1, "months": 1, "mois": 1, "quarter": 3, "quarters": 3, "trimestre": 3, "trimestres": 3,
		"year": 12, "years": 12, "an": 12, "ans": 12, "annee": 12, "annees": 12,
	}
)

// recurrence returns the period, in months, of the recurring work the
// tokens state, or 0. Phrases are matched by the words they cover, the
// longest first, and a word matched is not matched again: "Semi-annually"
// is every six months, not also "annually". When the text states several
// schedules ("Updated monthly, published quarterly"), the longest period
// wins: what is done more often is checked when it is published.
func recurrence(toks []token) int {
	var words []int // indices of the tokens but hyphens, which join words
	for i, t := range toks {
		if t.text != "-" {
			words = append(words, i)
		}
	}
	used := make([]bool, len(toks))
	longest := 0
	for _, ph := range recurringPhrases {
	next:
		for k := 0; k+len(ph.words) <= len(words); k++ {
			for n, w := range ph.words {
				if j := words[k+n]; used[j] || toks[j].text != w || n > 0 && toks[j].brk {
					continue next
				}
			}
			first, last := words[k], words[k+len(ph.words)-1]
			if ph.adjective && !alone(toks, first, last+1) {
				continue
			}
			for n := range ph.words {
				used[words[k+n]] = true
			}
			longest = max(longest, ph.months)
		}
	}
	for i, t := range toks {
		if used[i] || !slices.Contains(everyWords, t.text) {
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j].text == "les" || toks[j].text == "the") {
			j++
		}
		count := 1
		if j < len(toks) {
			if n, ok := countWords[toks[j].text]; ok {
				count, j = n, j+1
			} else if n, err := strconv.Atoi(toks[j].text); err == nil && toks[j].number && n > 0 && n <= 60 {
				count, j = n, j+1
			}
		}
		if j < len(toks) && count > 1 {
			if unit, ok := unitMonths[toks[j].text]; ok && count*unit > longest {
				longest = count * unit
			}
		}
	}
	return longest
}

// alone reports whether an adjective that starts at toks[i] and whose next
// token is toks[j] stands on its own, qualifying no noun before it (French:
// "Rapport annuel") or after it (English: "Annual report"): its clause
// starts with it or after a number, and ends after it, or a date, an end
// ("until") or a start ("starting", "from") follows.
func alone(toks []token, i, j int) bool {
	if i > 0 && !toks[i].brk && !toks[i-1].number && !slices.Contains(adjectiveFollowers, toks[i-1].text) {
		return false
	}
	for j < len(toks) && toks[j].text == "-" {
		j++
	}
	return j >= len(toks) || toks[j].brk || toks[j].number || slices.Contains(adjectiveFollowers, toks[j].text) ||
		months[toks[j].text] != 0 || seasons[toks[j].text] != [2]ogp.SubYear{}
}

// adjectiveFollowers are the words after which a recurring adjective still
// stands on its own: "Annual until 2029", "Annuel jusqu'en 2029".
var adjectiveFollowers = []string{
	"until", "till", "through", "to", "from", "starting", "beginning", "since", "and", "then", "by", "in",
	"jusqu", "jusque", "a", "des", "depuis", "et", "puis", "d", "ici", "en",
}

// containsAny reports whether s, words between spaces, holds one of the
// phrases made by [phrases].
func containsAny(s string, phrases []string) bool {
	return slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(s, p) })
}

// role returns the role of date k of a text, whose tokens are toks and
// whose dates take the token ranges spans, in a text of the given kind.
func role(toks []token, spans [][2]int, k int, kind Kind) Role {
	from, to := spans[k][0], spans[k][1]
	if reference(toks, from, to) {
		return RoleReference
	}
	// The words of the date's clause: back to the previous date or a break,
	// on to the next date or a break.
	lo, hi := 0, len(toks)
	if k > 0 {
		lo = spans[k-1][1]
	}
	if k+1 < len(spans) {
		hi = spans[k+1][0]
	}
	before := from
	for before > lo && !toks[before].brk && !slices.Contains(clauseWords, toks[before-1].text) {
		before--
	}
	after := to
	for after < hi && !toks[after].brk && !slices.Contains(clauseWords, toks[after].text) {
		after++
	}
	clause := " " + wordsOf(toks[before:from]) + " " + wordsOf(toks[to:after]) + " "
	switch {
	case containsAny(" "+wordsOf(toks[before:from])+" ", supersededWords) || superseded(toks, from):
		return RoleSuperseded
	case starts(toks, from, to):
		return RoleStart
	case containsAny(clause, interimWords):
		return RoleInterim
	case kind == Recurring && containsAny(" "+wordsOf(toks[before:from])+" ", untilWords):
		return RoleUntil
	}
	return RoleDue
}

// supersededWords, in the words of a date's clause before it, make it
// [RoleSuperseded]: "(originally March 2025)", "Initially March 2024, now
// extended to June 2025", "Initialement prévu en mars 2024".
var supersededWords = phrases(
	"originally", "initially", "previously", "formerly", "first planned", "first scheduled",
	"initialement", "originalement", "originellement", "auparavant", "anciennement", "prevu a l origine",
)

// superseded reports whether the date at toks[from] follows "was" or
// "était" ("Revised target: 2024-03 (was 2023-11)"), with no more than a
// preposition between: "Work was done by 2020" is due.
func superseded(toks []token, from int) bool {
	j := from - 1
	for j >= 0 && !toks[j+1].brk && slices.Contains([]string{"in", "en", "le", "l", "due", "prevu", "prevue"}, toks[j].text) {
		j--
	}
	return j >= 0 && !toks[j+1].brk && (toks[j].text == "was" || toks[j].text == "etait") && (j == 0 || toks[j].brk)
}

// startWords, just before a date (but for the words of startFillers),
// make it when the work starts: "Since 2019", "Starting January 2025",
// "Beginning in 2024", "Start: 2024", "À compter de l'automne 2024", "À
// partir de janvier 2025", "Dès 2025", "As of 2024". "Start of 2025" and
// "Beginning of 2025" are a part of the year (see [yearParts]), read
// before roles are.
var (
	startWords = []string{
		"since", "depuis", "from", "starting", "start", "starts", "started", "beginning", "begins",
		"commencing", "effective", "compter", "partir", "des", "debut",
	}
	startFillers = []string{"in", "on", "the", "en", "l", "la", "le", "de", "d", "du", "-"}
	// startAfter, just after a date, make it a start: "2025 onward", "2025
	// and beyond", "2025 et au-delà".
	startAfter = [][]string{{"onward"}, {"onwards"}, {"forward"}, {"and", "beyond"}, {"and", "after"}, {"et", "au", "dela"}, {"et", "au", "-", "dela"}, {"et", "apres"}}
)

// starts reports whether the date at tokens from..to is when the work
// starts: a start word comes just before it, maybe with a break between
// ("Start: 2024"), or a start phrase just after it.
func starts(toks []token, from, to int) bool {
	j := from - 1
	for j >= 0 && !toks[j+1].brk && slices.Contains(startFillers, toks[j].text) {
		j--
	}
	if j >= 0 && !(toks[j+1].brk && j+1 != from) {
		t := toks[j].text
		if slices.Contains(startWords, t) && (t != "debut" || toks[from].brk) {
			return true
		}
		if (t == "of" || t == "from") && j > 0 && toks[j-1].text == "as" {
			return true
		}
	}
	for _, phrase := range startAfter {
		if to+len(phrase) > len(toks) || toks[to].brk {
			continue
		}
		match := true
		for n, w := range phrase {
			if toks[to+n].text != w {
				match = false
			}
		}
		if match {
			return true
		}
	}
	return false
}

// rangeLink reports whether the tokens between two dates make them a
// range: "2023 to 2025", "September 2019 - March 2020", "avril 2024 à mars
// 2025", "between 2023 and 2025", "entre 2023 et 2025".
func rangeLink(toks []token, a, b [2]int) bool {
	between := toks[a[1]:b[0]]
	if len(between) != 1 || toks[b[0]].brk || between[0].brk {
		return false
	}
	switch between[0].text {
	case "-", "to", "a", "au", "through", "thru":
		return true
	case "and", "et":
		j := a[0] - 1
		for j >= 0 && slices.Contains(startFillers, toks[j].text) {
			j--
		}
		return j >= 0 && (toks[j].text == "between" || toks[j].text == "entre")
	}
	return false
}

// clauseWords end a clause, as ";" and "," do.
var clauseWords = []string{"and", "et", "then", "puis", "but", "mais", "while", "tandis"}

// interimWords, in a date's clause, make it [RoleInterim].
var interimWords = phrases(
	"initial progress", "interim", "intermediate", "preliminary", "progress report", "report progress",
	"report on progress", "first results", "progres initiaux", "premiers progres", "premiers resultats",
	"rapport d etape", "intermediaire", "preliminaire", "provisoire",
)

// untilWords, before a date of recurring work, make it the work's end.
var untilWords = phrases("until", "till", "through", "up to", "jusqu", "jusque")

// referenceNouns and referenceWords make a date that follows "for" or
// "pour" a [RoleReference]: "for reporting year 2022", "for the 2022 reporting
// year", "pour l'année de déclaration 2022", "pour l'exercice 2022-2023".
var (
	referenceNouns = []string{"year", "period", "cycle", "annee", "exercice", "periode"}
	referenceWords = []string{
		"the", "l", "la", "le", "de", "d", "du", "reporting", "calendar", "fiscal", "financial",
		"declaration", "reference", "financier", "financiere", "civile", "budgetaire",
	}
)

// reference reports whether the date at tokens from..to is one the work is
// about: "for", a noun of a period and its modifiers, then the date, or
// "for", the date, and the noun.
func reference(toks []token, from, to int) bool {
	noun := false
	for j := from - 1; j >= 0; j-- {
		switch t := toks[j].text; {
		case t == "for" || t == "pour":
			if noun {
				return true
			}
			for j := to; j < len(toks) && j < to+3; j++ {
				if slices.Contains(referenceNouns, toks[j].text) {
					return true
				}
				if !slices.Contains(referenceWords, toks[j].text) {
					break
				}
			}
			return false
		case slices.Contains(referenceNouns, t):
			noun = true
		case !slices.Contains(referenceWords, t):
			return false
		}
	}
	return false
}

// token is a word (letters, folded), a number (ASCII digits) or a
// separator ("-" or "/"), with its place in the text read.
type token struct {
	text       string
	number     bool
	start, end int  // byte offsets in the text
	brk        bool // a clause break (";", ",", ".", ":", a bracket or a new line) comes before it
}

func (t token) word() bool { return !t.number && t.text != "-" && t.text != "/" }

// ligatures are the letters that folding writes as two: accents go by
// Unicode decomposition.
var ligatures = strings.NewReplacer("œ", "oe", "æ", "ae", "ß", "ss")

// fold returns a word in lower case without accents, as people and tables
// sometimes write it ("Decembre 2018").
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	w = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return unicode.ToLower(r)
	}, norm.NFKD.String(w))
	return ligatures.Replace(w)
}

// tokenize splits text into tokens. Typographic dashes are "-"; a combining
// mark belongs to the word it follows; apostrophes and spaces of every kind
// separate words.
func tokenize(text string) []token {
	var toks []token
	start, number, brk := -1, false, false
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{text: fold(text[start:end]), number: number, start: start, end: end, brk: brk})
			start, brk = -1, false
		}
	}
	for i, r := range text {
		isDigit := r >= '0' && r <= '9'
		switch {
		case isDigit || unicode.IsLetter(r) && !apostrophe(r) || start >= 0 && !number && unicode.Is(unicode.Mn, r):
			if start >= 0 && number != isDigit {
				flush(i)
			}
			if start < 0 {
				start, number = i, isDigit
			}
		case r == '-' || r == '/' || r >= '\u2010' && r <= '\u2014':
			flush(i)
			sep := "-"
			if r == '/' {
				sep = "/"
			}
			toks = append(toks, token{text: sep, start: i, end: i + utf8.RuneLen(r), brk: brk})
			brk = false
		case strings.ContainsRune(";,.:()[]\n", r):
			flush(i)
			brk = true
		default:
			flush(i)
		}
	}
	flush(len(text))
	return toks
}

// apostrophe reports whether r, a letter to Unicode, is written as an
// apostrophe: U+02BC "ʼ" in "Dʼici lʼautomne 2022", and its kin.
func apostrophe(r rune) bool {
	return r == '\u02BC' || r == '\u02BB' || r == '\u02BD' || r == '\u02B9'
}

func wordsOf(toks []token) string {
	var words []string
	for _, t := range toks {
		if t.word() {
			words = append(words, t.text)
		}
	}
	return strings.Join(words, " ")
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "janvier": 1, "janv": 1,
	"february": 2, "feb": 2, "fevrier": 2, "fevr": 2, "fev": 2,
	"march": 3, "mar": 3, "mars": 3,
	"april": 4, "apr": 4, "avril": 4, "avr": 4,
	"may": 5, "mai": 5,
	"june": 6, "jun": 6, "juin": 6,
	"july": 7, "jul": 7, "juillet": 7, "juil": 7,
	"august": 8, "aug": 8, "aout": 8,
	"september": 9, "sep": 9, "sept": 9, "septembre": 9,
	"october": 10, "oct": 10, "octobre": 10,
	"november": 11, "nov": 11, "novembre": 11,
	"december": 12, "dec": 12, "decembre": 12,
}

// seasons maps a season word to its northern and southern EDTF codes.
var seasons = map[string][2]ogp.SubYear{
	"spring": {ogp.Spring, ogp.SpringSouth}, "printemps": {ogp.Spring, ogp.SpringSouth},
	"summer": {ogp.Summer, ogp.SummerSouth}, "ete": {ogp.Summer, ogp.SummerSouth},
	"fall": {ogp.Autumn, ogp.AutumnSouth}, "autumn": {ogp.Autumn, ogp.AutumnSouth},
	"automne": {ogp.Autumn, ogp.AutumnSouth},
	"winter":  {ogp.Winter, ogp.WinterSouth}, "hiver": {ogp.Winter, ogp.WinterSouth},
}

// periodLetters maps the letter before a quarter or half number to the
// grouping's first and last codes: Q and T (trimestre) for quarters, H and
// S (semestre) for halves.
var periodLetters = map[string][2]ogp.SubYear{
	"q": {ogp.Quarter1, ogp.Quarter4}, "t": {ogp.Quarter1, ogp.Quarter4},
	"h": {ogp.Half1, ogp.Half2}, "s": {ogp.Half1, ogp.Half2},
}

var ordinals = []string{"er", "re", "st", "nd", "rd", "th", "e", "eme"}

// ordinalWords are the ordinals, written out, that number a quarter or half.
var ordinalWords = map[string]int{
	"first": 1, "premier": 1, "premiere": 1,
	"second": 2, "deuxieme": 2, "seconde": 2,
	"third": 3, "troisieme": 3,
	"fourth": 4, "quatrieme": 4,
}

// periodNouns maps the noun of a quarter or half written out to the
// grouping's first and last codes.
var periodNouns = map[string][2]ogp.SubYear{
	"quarter": {ogp.Quarter1, ogp.Quarter4}, "trimestre": {ogp.Quarter1, ogp.Quarter4},
	"half": {ogp.Half1, ogp.Half2}, "semester": {ogp.Half1, ogp.Half2},
	"semestre": {ogp.Half1, ogp.Half2}, "moitie": {ogp.Half1, ogp.Half2},
}

// yearParts maps the words that name a vague part of a year to the EDTF
// quadrimester (third of a year) they read as: early = January to April,
// mid = May to August, late = September to December. "End of" and "fin de"
// are not among them: a year is due by its end, so "By end of 2022" reads as
// 2022.
var yearParts = map[string]ogp.SubYear{
	"early": ogp.Quadrimester1, "beginning": ogp.Quadrimester1, "start": ogp.Quadrimester1,
	"debut": ogp.Quadrimester1,
	"mid":   ogp.Quadrimester2, "middle": ogp.Quadrimester2, "mi": ogp.Quadrimester2,
	"milieu": ogp.Quadrimester2,
	"late":   ogp.Quadrimester3,
}

// yearPartLinks are the words that may come between a part of a year and
// the year: "beginning of the year 2026", "début de l'année 2026".
var yearPartLinks = []string{"-", "of", "the", "in", "year", "de", "d", "du", "l", "la", "le", "annee"}

// vagueWords are words that, just before a year, name a part of it that
// Parse does not read as one of [yearParts]: "Third half of 2024", "early
// 2021/03". Reading them as the whole year would be a guess.
var vagueWords = []string{
	"mid", "mi", "middle", "milieu", "early", "late", "debut",
	"quarter", "trimestre", "half", "semester", "semestre", "moitie",
}

// fiscalWords are words that, just before a year, make it a fiscal year.
var fiscalWords = []string{"fiscal", "fy", "exercice", "financier", "financiere", "budgetaire"}

// parser reads dates out of a token list.
type parser struct {
	toks []token
	i    int
	opts Options
}

// num reports whether the token n places ahead is a number of the given
// number of digits (any when digits is 0), and returns its value.
func (p *parser) num(n, digits int) (int, bool) {
	if p.i+n >= len(p.toks) {
		return 0, false
	}
	t := p.toks[p.i+n]
	if !t.number || len(t.text) > 4 || digits != 0 && len(t.text) != digits {
		return 0, false
	}
	v, _ := strconv.Atoi(t.text)
	return v, true
}

// isNum reports whether the token n places ahead is a number.
func (p *parser) isNum(n int) bool {
	return p.i+n < len(p.toks) && p.toks[p.i+n].number
}

// word returns the token n places ahead when it is a word.
func (p *parser) word(n int) string {
	if p.i+n >= len(p.toks) || !p.toks[p.i+n].word() {
		return ""
	}
	return p.toks[p.i+n].text
}

// sep reports whether the token n places ahead is one of the separators.
func (p *parser) sep(n int, seps string) bool {
	return p.i+n < len(p.toks) && !p.toks[p.i+n].number && len(p.toks[p.i+n].text) == 1 &&
		strings.Contains(seps, p.toks[p.i+n].text)
}

// year returns the token n places ahead when it is a year this package
// reads in free text: four digits from 1900 to 2199.
func (p *parser) year(n int) (int, bool) {
	y, ok := p.num(n, 4)
	return y, ok && y >= 1900 && y <= 2199
}

// date reads a date at the current token. It advances past the tokens it
// reads and reports whether it read one; an error is a date that is wrong.
func (p *parser) date() (ogp.Date, bool, error) {
	advance := func(d ogp.Date, n int) (ogp.Date, bool, error) {
		p.i += n
		return d, true, nil
	}
	// A part of a year: "early 2026", "mid-2021", "d'ici le début de 2026".
	// "Start" and "beginning" are one only with "of": "Start 2024" and
	// "Beginning in 2024" say when the work starts (see [RoleStart]). No
	// part reaches across a break: "Début : 2024".
	if part, ok := yearParts[p.word(0)]; ok && (p.word(0) != "start" && p.word(0) != "beginning" || p.word(1) == "of") {
		n := 1
		for n < 5 && p.i+n < len(p.toks) && !p.toks[p.i+n].brk && slices.Contains(yearPartLinks, p.toks[p.i+n].text) {
			n++
		}
		// A year on its own: not a fiscal year, a range or an EDTF date.
		if y, ok := p.year(n); ok && !p.toks[p.i+n].brk && !p.sep(n+1, "-/") {
			if _, ok := p.period(n + 1); !ok {
				return advance(ogp.SubYearDate(y, part), n+1)
			}
		}
	}
	// A day before its month: "31 décembre 2020", "1er mai 2020",
	// "31-Mar-2024".
	if day, ok := p.num(0, 0); ok && len(p.toks[p.i].text) <= 2 {
		n := 1
		if slices.Contains(ordinals, p.word(1)) {
			n = 2
		}
		if m, ok := months[p.word(2)]; ok && p.sep(1, "-/") && p.sep(3, "-/") {
			if y, ok := p.year(4); ok {
				d, err := dayDate(y, m, day)
				if err != nil {
					return d, false, err
				}
				return advance(d, 5)
			}
		}
		if m, ok := months[p.word(n)]; ok {
			if y, ok := p.year(n + 1); ok {
				d, err := dayDate(y, m, day)
				if err != nil {
					return d, false, err
				}
				return advance(d, n+2)
			}
		}
	}
	// A month, or a month and its day: "June 2020", "December 31, 2020".
	if m, ok := months[p.word(0)]; ok {
		if y, ok := p.year(1); ok {
			return advance(ogp.MonthDate(y, m), 2)
		}
		// "May of 2020", "juin de 2020", "Sept. of 2020".
		if w := p.word(1); w == "of" || w == "de" || w == "d" {
			if y, ok := p.year(2); ok && !p.toks[p.i+2].brk {
				return advance(ogp.MonthDate(y, m), 3)
			}
		}
		if day, ok := p.num(1, 0); ok && len(p.toks[p.i+1].text) <= 2 {
			n := 2
			if slices.Contains(ordinals, p.word(2)) {
				n = 3
			}
			if y, ok := p.year(n); ok {
				d, err := dayDate(y, m, day)
				if err != nil {
					return d, false, err
				}
				return advance(d, n+1)
			}
		}
	}
	// A season: "Spring 2019", "l'automne 2022", "fall of 2022". A season
	// and a pair of years, "Winter 2021-2022", "Hiver 2021-22", is the
	// season of the first year, the one that runs into the next.
	if s, ok := seasons[p.word(0)]; ok {
		n := 1
		if w := p.word(1); w == "of" || w == "de" || w == "d" {
			n = 2
		}
		if y, ok := p.year(n); ok {
			code := s[0]
			if p.opts.Hemisphere == ogp.South {
				code = s[1]
			}
			if next, ok := p.num(n+2, 0); ok && p.sep(n+1, "-/") && !p.toks[p.i+n+2].brk &&
				(len(p.toks[p.i+n+2].text) == 4 && next == y+1 || len(p.toks[p.i+n+2].text) == 2 && next == (y+1)%100) {
				n += 2
			}
			return advance(ogp.SubYearDate(y, code), n+1)
		}
	}
	// A quarter or half in words: "first half of 2024", "1er semestre 2024".
	if k, n, ok := p.ordinal(); ok {
		if codes, ok := periodNouns[p.word(n)]; ok && k <= int(codes[1]-codes[0])+1 {
			n++
			if w := p.word(n); w == "of" || w == "de" || w == "du" {
				n++
			}
			if y, ok := p.year(n); ok {
				if p.sep(n+1, "-/") && p.isNum(n+2) {
					p.i += n
					return ogp.Date{}, false, p.fiscalPeriodError()
				}
				return advance(ogp.SubYearDate(y, codes[0]+ogp.SubYear(k-1)), n+1)
			}
		}
	}
	// A quarter or half: "Q2 2021", "Q3 of 2021", "T1 de 2022", "quarter 3
	// in 2021", "2021 Q2". "Q1 2024-25" is a quarter of a fiscal year, which
	// Parse does not read.
	if s, ok := p.period(0); ok {
		n := 2
		if w := p.word(2); w == "of" || w == "de" || w == "in" {
			n = 3
		}
		if y, ok := p.year(n); ok && (n == 2 || !p.toks[p.i+n].brk) {
			if p.sep(n+1, "-/") && p.isNum(n+2) {
				p.i += n
				return ogp.Date{}, false, p.fiscalPeriodError()
			}
			return advance(ogp.SubYearDate(y, s), n+1)
		}
	}
	if y, ok := p.year(0); ok {
		if s, ok := p.period(1); ok {
			return advance(ogp.SubYearDate(y, s), 3)
		}
		// A year and a second number: see [yearPair].
		if p.sep(1, "-/") {
			if d, n, ok, err := p.yearPair(y); err != nil || ok {
				if err != nil {
					return d, false, err
				}
				return advance(d, n)
			}
		}
		// A year on its own: "By 2024", "By end of 2022".
		for back := 1; back <= 3 && p.i-back >= 0; back++ {
			if slices.Contains(fiscalWords, p.toks[p.i-back].text) {
				return ogp.Date{}, false, unreadable("deadline.fiscal-year-ambiguous", "year", strconv.Itoa(y),
					"before", fmt.Sprintf("%d-%02d", y-1, y%100), "after", fmt.Sprintf("%d-%02d", y, (y+1)%100))
			}
		}
		if err := p.unread(y); err != nil {
			return ogp.Date{}, false, err
		}
		return advance(ogp.YearDate(y), 1)
	}
	return ogp.Date{}, false, nil
}

// yearPair reads the year y at the current token, a separator ("-", "/"
// or a dash) and the number after it. In free text, such a pair is, in this
// order:
//
//   - after a hyphen, two digits from 01 to 12 and no space: an EDTF month,
//     "2020-05", or day, "2020-05-31";
//   - the next year, in two digits or four: a fiscal year, "2023-24",
//     "2023/2024", due at its end;
//   - two to four years later, in two digits after a hyphen or dash, or any
//     later year in four: a range of years, "2018-2020", "2020-22" (a plan
//     or action plan's years), "2018–20", due with its last year;
//   - otherwise, written as one EDTF date with an ASCII hyphen and no space
//     ("2019-33", the first quarter of 2019): that date, sub-year codes
//     included.
//
// So "2020-22" is the years 2020 to 2022, not EDTF's summer 2020, which
// people do not write in prose. A range that ends before it starts
// ("2025-2024") cannot be read. It returns the date, the number of tokens it
// takes, and whether it read one.
func (p *parser) yearPair(y int) (ogp.Date, int, bool, error) {
	next, ok := p.num(2, 0)
	if !ok {
		return ogp.Date{}, 0, false, nil
	}
	digits := len(p.toks[p.i+2].text)
	hyphen := p.sep(1, "-")
	// Written as one token, "2020-05": no space on either side of an ASCII
	// hyphen.
	joined := hyphen && p.toks[p.i].end == p.toks[p.i+1].start && p.toks[p.i+1].end == p.toks[p.i+2].start &&
		p.toks[p.i+1].end-p.toks[p.i+1].start == 1
	if digits == 2 && joined && next >= 1 && next <= 12 {
		return p.edtf()
	}
	last := 0
	switch {
	case digits == 2:
		last = y + (next-y%100+100)%100
	case digits == 4:
		last = next
	default:
		return ogp.Date{}, 0, false, nil
	}
	switch {
	case last == y+1 && last <= 2199:
		if p.fiscalPeriod() {
			return ogp.Date{}, 0, false, p.fiscalPeriodError()
		}
		d, err := p.fiscalYear(y)
		return d, 3, err == nil, err
	case hyphen && last <= 2199 && (digits == 4 && last > y+1 || digits == 2 && last <= y+4):
		return ogp.YearDate(last), 3, true, nil
	case joined && digits == 2:
		return p.edtf()
	case hyphen && digits == 4 && last <= y:
		return ogp.Date{}, 0, false, unreadable("deadline.number-beside-year", "value", p.toks[p.i+2].text, "year", strconv.Itoa(y))
	}
	return ogp.Date{}, 0, false, nil
}

// fiscalPeriod reports whether a quarter or half comes with the fiscal
// year at the current token, before it ("Q1 FY 2024-25", "Premier
// trimestre de l'exercice 2024-2025") or after it ("FY 2024-25 Q1"). Parse
// does not read fiscal quarters yet, and reading the whole fiscal year
// would be wrong.
func (p *parser) fiscalPeriod() bool {
	if _, ok := p.period(3); ok {
		return true
	}
	for j := p.i - 1; j >= 0 && !p.toks[j+1].brk; j-- {
		t := p.toks[j]
		if _, ok := periodNouns[t.text]; ok {
			return true
		}
		if t.number && j > 0 && periodLetters[p.toks[j-1].text] != [2]ogp.SubYear{} {
			return true
		}
		if !t.number && !slices.Contains(fiscalLinks, t.text) {
			return false
		}
	}
	return false
}

// fiscalLinks are the words between a quarter and its fiscal year: "Q1 of
// fiscal year 2024-25", "T1 de l'exercice 2024-2025".
var fiscalLinks = []string{
	"of", "the", "fiscal", "financial", "fy", "year", "de", "d", "du", "l", "la", "le", "exercice", "annee",
	"financier", "financiere", "budgetaire", "-",
}

// fiscalPeriodError is the error of a quarter or half of a fiscal year,
// written in the three tokens from the current one ("2024", "-", "25").
func (p *parser) fiscalPeriodError() error {
	return unreadable("deadline.fiscal-quarter", "value", p.toks[p.i].text+"-"+p.toks[p.i+2].text)
}

// edtf reads an EDTF date at the current token, a year, a hyphen and two
// digits, maybe a hyphen and two more: "2020-05", "2020-05-31", "2019-33".
func (p *parser) edtf() (ogp.Date, int, bool, error) {
	s := p.toks[p.i].text + "-" + p.toks[p.i+2].text
	n := 3
	if _, ok := p.num(4, 2); ok && p.sep(3, "-") && p.toks[p.i+2].end == p.toks[p.i+3].start && p.toks[p.i+3].end == p.toks[p.i+4].start {
		s += "-" + p.toks[p.i+4].text
		n = 5
	}
	d, err := ogp.ParseDate(s)
	if err != nil {
		return ogp.Date{}, 0, false, err
	}
	return d, n, true, nil
}

// ordinal reads an ordinal from 1 to 4 at the current token, as a word
// ("first", "deuxième") or a number and its suffix ("1st", "1er", "2e"). It
// returns its value and the number of tokens it takes.
func (p *parser) ordinal() (int, int, bool) {
	if k, ok := ordinalWords[p.word(0)]; ok {
		return k, 1, true
	}
	if k, ok := p.num(0, 1); ok && k >= 1 && k <= 4 && slices.Contains(ordinals, p.word(1)) {
		return k, 2, true
	}
	return 0, 0, false
}

// unread returns an error when the year y at the current token, which reads
// as the whole year, comes with words or numbers that say more than that
// ("mid-2021", "early 2022", "15/03/2020"): reading them as the year would
// be a guess.
func (p *parser) unread(y int) error {
	notYear := func(j int) bool {
		if j < 0 || j >= len(p.toks) || !p.toks[j].number {
			return false
		}
		v, err := strconv.Atoi(p.toks[j].text)
		return err != nil || len(p.toks[j].text) != 4 || v < 1900 || v > 2199
	}
	before, after := p.i-1, p.i+1
	if p.i > 0 && p.sep(-1, "-/") {
		before--
	}
	if p.sep(1, "-/") {
		after++
	}
	for _, j := range []int{before, after} {
		if notYear(j) {
			return unreadable("deadline.number-beside-year", "value", p.toks[j].text, "year", strconv.Itoa(y))
		}
	}
	for j := p.i - 1; j >= 0 && !p.toks[j+1].brk; j-- {
		t := p.toks[j].text
		if slices.Contains(vagueWords, t) {
			return unreadable("deadline.part-of-year", "value", t, "year", strconv.Itoa(y))
		}
		if !slices.Contains([]string{"-", "of", "de", "d", "du", "l", "la", "the"}, t) {
			break
		}
	}
	return nil
}

// period reads a quarter or half written as a letter or a noun and its
// number, n tokens ahead: "Q2", "T2" (trimestre), "H1", "S1" (semestre),
// "quarter 2", "trimestre 2".
func (p *parser) period(n int) (ogp.SubYear, bool) {
	codes, ok := periodLetters[p.word(n)]
	if !ok {
		codes, ok = periodNouns[p.word(n)]
	}
	if !ok {
		return 0, false
	}
	k, ok := p.num(n+1, 1)
	if !ok || k < 1 || k > int(codes[1]-codes[0])+1 {
		return 0, false
	}
	return codes[0] + ogp.SubYear(k-1), true
}

// fiscalYear returns the month in which the fiscal year that starts in year
// y ends.
func (p *parser) fiscalYear(y int) (ogp.Date, error) {
	end := p.opts.FiscalYearEnd
	if end < time.January || end >= time.December {
		return ogp.Date{}, unreadable("deadline.fiscal-year-end-unknown", "value", fmt.Sprintf("%d-%02d", y, (y+1)%100))
	}
	return ogp.MonthDate(y+1, end), nil
}

// dayDate returns the day, or an error when its month has no such day.
func dayDate(y int, m time.Month, day int) (ogp.Date, error) {
	return ogp.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, m, day))
}
