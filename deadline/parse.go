package deadline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

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

// Title returns the kind's name in lang, "en" or "fr"; English for any other
// language.
func (k Kind) Title(lang string) string {
	if int(k) >= len(kindNames) {
		return k.String()
	}
	if strings.HasPrefix(strings.ToLower(lang), "fr") {
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
// fiscal year, and its end with its extensions ([ogp.Plan.End]).
func OptionsFor(plan *ogp.Plan) Options {
	return Options{
		Hemisphere:    plan.Member.Hemisphere,
		FiscalYearEnd: time.Month(plan.Member.FiscalYearEnd),
		PlanEnd:       plan.End(),
	}
}

// Reading is how a deadline text reads.
type Reading struct {
	// Text is the text as given.
	Text string `json:"text"`
	// Kind is what sort of deadline the text states.
	Kind Kind `json:"kind"`
	// Date is the deadline as a partial date: the latest of the dates the
	// text names. It is the zero Date when the text names none, as "Ongoing"
	// does.
	Date ogp.Date `json:"date,omitzero"`
	// Due is the day the deadline falls due: the last day of Date, or, for
	// an ongoing or recurring deadline that names no date, the last day of
	// the plan. It is the zero Date when neither is known.
	Due ogp.Date `json:"due,omitzero"`
	// Dates are all the dates the text names, in the order written.
	Dates []ogp.Date `json:"dates,omitempty"`
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
				"en": "longer than {want} bytes",
				"fr": "le texte dépasse {want} octets",
			}},
		finding.Code{ID: "deadline.no-date", Severity: finding.Warning,
			Title: map[string]string{"en": "No date in the deadline", "fr": "Aucune date dans l’échéance"}, Message: map[string]string{
				"en": "it names no date, and no ongoing or recurring work",
				"fr": "le texte ne nomme aucune date, ni travail continu ou récurrent",
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

// MaxTextLength is the longest text [Parse] reads, in bytes.
const MaxTextLength = 4096

// Parse reads a deadline as people write it, in English or French: a
// month ("May 2020", "Mai 2020"), a day ("December 31, 2020", "31 décembre
// 2020"), a season ("Spring 2019", "D'ici l'automne 2022"), a quarter or half
// ("Q2 2021", "T2 2021", "H1 2021", "First half of 2024", "Premier semestre
// 2024"), a year ("By end of 2022", "D'ici la fin
// de 2022"), a fiscal year ("By fiscal year 2023-24", "2026-27"), an EDTF
// date ("2020-05"), and words that make it ongoing ("Ongoing", "En cours",
// "Permanent") or recurring ("Annually", "Chaque année", "Biannually until
// 2029"). Other words are ignored: "Strategy published October 2018" reads
// as October 2018. When a text names several dates ("May 2019 to onboard 2
// provinces; May 2020 to onboard 2 municipalities"), the deadline is the one
// due last.
//
// A year is four digits from 1900 to 2199; other numbers ("At least 20
// records", "Bill C-58") are not dates. Seasons are those of opts.Hemisphere: EDTF codes 21 to 24 in the north,
// 29 to 32 in the south. A year written as "2023-24" or "2023/2024" is a
// fiscal year and is read as the month it ends in (March 2024 for Canada),
// even where the same digits could be an EDTF season code. A season
// follows EDTF: winter 2025 runs from December 2025 to February 2026.
//
// Parse never guesses. A text with no date and no ongoing or recurring
// word, a day that does not exist ("February 30, 2021"), a fiscal year
// without the member's fiscal calendar, or a year with words or numbers
// that say more than the year and that Parse does not read ("mid-2021",
// "Early 2022", "15/03/2020") gives a [*ParseError]; the Reading returned
// with it keeps the text, with Kind Unreadable.
func Parse(text string, opts Options) (Reading, error) {
	r := Reading{Text: text}
	fail := func(e *ParseError) (Reading, error) {
		e.Text = text
		return Reading{Text: text}, e
	}
	if len(text) > MaxTextLength {
		return fail(unreadable("deadline.too-long", "want", strconv.Itoa(MaxTextLength)))
	}
	toks := tokenize(text)
	p := parser{toks: toks, opts: opts}
	for p.i < len(toks) {
		d, ok, err := p.date()
		if err != nil {
			return fail(reasonOf(err))
		}
		if ok {
			r.Dates = append(r.Dates, d)
		} else {
			p.i++
		}
	}
	for _, d := range r.Dates {
		if r.Date.IsZero() || d.Last().Compare(r.Date.Last()) > 0 {
			r.Date = d
		}
	}
	words := " " + wordsOf(toks) + " "
	switch {
	case containsAny(words, recurringWords):
		r.Kind = Recurring
	case containsAny(words, ongoingWords):
		r.Kind = Ongoing
	case !r.Date.IsZero():
		r.Kind = Once
	default:
		return fail(unreadable("deadline.no-date"))
	}
	if !r.Date.IsZero() {
		r.Due = r.Date.Last()
	} else {
		r.Due = opts.PlanEnd.Last()
	}
	return r, nil
}

// The phrases, in folded form (lower case, no accents), that make a deadline
// recurring or ongoing.
var (
	recurringWords = []string{
		"annually", "yearly", "every year", "each year", "biannually",
		"semi annually", "semiannually", "twice a year", "quarterly", "monthly", "every month",
		"chaque annee", "annuellement", "tous les ans", "semestriellement", "deux fois par annee",
		"deux fois par an", "trimestriellement", "chaque trimestre", "mensuellement", "chaque mois",
	}
	ongoingWords = []string{
		"ongoing", "continuous", "continuously", "permanent", "permanently", "in continu",
		"en cours", "en continu", "de facon continue", "en permanence",
	}
)

func containsAny(s string, phrases []string) bool {
	return slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(s, " "+p+" ") })
}

// token is a word (letters, folded), a number (ASCII digits) or a
// separator ("-" or "/").
type token struct {
	text   string
	number bool
}

func (t token) word() bool { return !t.number && t.text != "-" && t.text != "/" }

// folding removes the accents that people and tables sometimes leave out
// ("Decembre 2018") and turns typographic dashes into "-". Apostrophes and
// spaces of every kind separate words anyway.
var folding = strings.NewReplacer(
	"é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ä", "a", "î", "i", "ï", "i",
	"ô", "o", "ö", "o", "û", "u", "ù", "u", "ü", "u", "ç", "c", "œ", "oe", "æ", "ae",
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-",
)

func tokenize(text string) []token {
	s := folding.Replace(strings.ToLower(text))
	var toks []token
	start, number := -1, false
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, token{text: s[start:end], number: number})
			start = -1
		}
	}
	for i, r := range s {
		isDigit := r >= '0' && r <= '9'
		switch {
		case isDigit || unicode.IsLetter(r):
			if start >= 0 && number != isDigit {
				flush(i)
			}
			if start < 0 {
				start, number = i, isDigit
			}
		case r == '-' || r == '/':
			flush(i)
			toks = append(toks, token{text: string(r)})
		default:
			flush(i)
		}
	}
	flush(len(s))
	return toks
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

// vagueWords are words that, just before a year, name a part of it that
// Parse does not read: "mid-2021", "early 2022", "début 2023". "End of"
// and "fin de" are read: a year is due by its end.
var vagueWords = []string{
	"mid", "mi", "middle", "milieu", "early", "late", "beginning", "start", "debut",
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
	// A day before its month: "31 décembre 2020", "1er mai 2020".
	if day, ok := p.num(0, 0); ok && len(p.toks[p.i].text) <= 2 {
		n := 1
		if slices.Contains(ordinals, p.word(1)) {
			n = 2
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
	// A season: "Spring 2019", "l'automne 2022", "fall of 2022".
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
				return advance(ogp.SubYearDate(y, codes[0]+ogp.SubYear(k-1)), n+1)
			}
		}
	}
	// A quarter or half: "Q2 2021", "2021 Q2".
	if y, ok := p.year(2); ok {
		if s, ok := p.period(0); ok {
			return advance(ogp.SubYearDate(y, s), 3)
		}
	}
	if y, ok := p.year(0); ok {
		if s, ok := p.period(1); ok {
			return advance(ogp.SubYearDate(y, s), 3)
		}
		// A fiscal year: "2023-24", "2023/2024". After a hyphen, two digits
		// that make a month are an EDTF date ("2011-12", "2011-12-31"), not
		// the fiscal year 2011-12.
		if p.sep(1, "-/") {
			next, ok := p.num(2, 0)
			short := ok && len(p.toks[p.i+2].text) == 2
			edtfMonth := short && p.sep(1, "-") && next >= 1 && next <= 12
			if ok && !edtfMonth && (short && next == (y+1)%100 || len(p.toks[p.i+2].text) == 4 && next == y+1) {
				d, err := p.fiscalYear(y)
				if err != nil {
					return d, false, err
				}
				return advance(d, 3)
			}
		}
		// An EDTF date: "2020-05", "2020-05-31", "2019-21".
		if p.sep(1, "-") {
			if _, ok := p.num(2, 2); ok {
				s := p.toks[p.i].text + "-" + p.toks[p.i+2].text
				n := 3
				if _, ok := p.num(4, 2); ok && p.sep(3, "-") {
					s += "-" + p.toks[p.i+4].text
					n = 5
				}
				d, err := ogp.ParseDate(s)
				if err != nil {
					return ogp.Date{}, false, err
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
	for j := p.i - 1; j >= 0; j-- {
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

// period reads a quarter or half written as a letter and its number, n
// tokens ahead: "Q2", "T2" (trimestre), "H1", "S1" (semestre).
func (p *parser) period(n int) (ogp.SubYear, bool) {
	codes, ok := periodLetters[p.word(n)]
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
