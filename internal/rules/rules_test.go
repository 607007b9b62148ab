package rules

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"
)

// matchCases are real values and edge cases of each form: the strings it
// accepts, then those it refuses.
var matchCases = []struct {
	form    *String
	yes, no []string
}{
	{Date,
		[]string{"2020", "0000", "9999", "2020-05", "2020-01", "2020-12", "2019-21", "2024-40", "2024-41",
			"2020-05-31", "2020-04-30", "2021-02-28", "2024-02-29", "2000-02-29", "0000-02-29", "0400-02-29",
			"1996-02-29", "9996-02-29", "2022-12-31", "2022-01-01"},
		[]string{"", "202", "20200", "2020-", "2020-5", "2020-00", "2020-13", "2020-20", "2020-42", "2020-99",
			"2020-05-32", "2020-05-00", "2020-04-31", "2021-02-29", "2021-02-30", "1900-02-29", "2100-02-29",
			"0100-02-29", "2024-02-30", "2019-21-01", "2020-05-1", "2020/05/31", "20200531", "2020-05-31T00",
			"+2020", "-2020", " 2020", "2020 ", "2020\n", "2020-05\r", "２０２０", "٢٠٢٠", "2020-05-31\n"}},
	{LanguageTag,
		[]string{"en", "fr", "fr-CA", "zh-Hant-TW", "EN", "haw", "zh-yue", "zh-yue-abc-def", "sr-Latn",
			"es-419", "de-CH-1996", "sl-rozaj", "sl-rozaj-biske", "en-US-1abc", "ca-valencia", "en-abcd1"},
		[]string{"", "e", "engl", "en-", "-en", "en--US", "en_US", "en-U", "en-USA-x", "zh-yue-abc-def-ghi",
			"en-Latn-Latn", "en-US-CA", "en-US-Latn", "en-1996-US", "en-a1b2", "en-abc1", "1en", "en\n",
			"fr-CA ", "en-12", "en-1234567890", "ên"}},
	{ID,
		[]string{"C10", "C10.7.2", "C05.2.01", "tbs-sct", "CA-2018-2020", "a_b", "0", "x"},
		[]string{"", ".C10", "C10.", "C10..7", "C10.-7", "tbs sct", "C10\n", "C10/7", "café", "C10\t"}},
	{PolicyArea,
		[]string{"open-data", "fiscal-openness", "a", "covid-19", "x1"},
		[]string{"", "Open-data", "open_data", "open--data", "-open", "open-", "open data", "open-data\n"}},
	{URL,
		[]string{"https://open.canada.ca/en", "http://x", "https://ouvert.canada.ca/fr?q=é#a", "https://a"},
		[]string{"", "https://", "http://", "ftp://x", "https:/x", "HTTPS://x", "https://a b", "https://a\tb",
			"https://a\n", " https://a", "https://a\r"}},
	{FormatVersion,
		[]string{"1.0.0", "1.2.3", "1.10.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x.7.z.92",
			"1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85", "1.0.0--", "1.0.0-0a", "1.0.0-01a",
			"1.0.0+001"},
		[]string{"", "1", "1.0", "2.0.0", "0.9.0", "1.01.0", "1.0.01", "1.0.0-", "1.0.0-01", "1.0.0-a..b",
			"1.0.0+", "1.0.0+a..b", "1.0.0-a+", "v1.0.0", "1.0.0 ", "1.0.0\n", "1.0.0-é", "11.0.0", "1.0.0.0"}},
	{Country,
		[]string{"CA", "FR", "ZZ"},
		[]string{"", "C", "CAN", "ca", "C1", "CA\n", "C@", "C["}},
	{Subdivision,
		[]string{"CA-ON", "FR-75", "GB-ENG", "US-A", "CA-Q1"},
		[]string{"", "CA", "CA-", "CA-ABCD", "ca-on", "CA_ON", "CA-on", "C-ON", "CA-ON\n"}},
	{Email,
		[]string{"open@tbs-sct.gc.ca", "a@b.c", "a@.b.c", "a@b..c", "é@é.é"},
		[]string{"", "a", "@b.c", "a@", "a@b", "a@b.", "a@.b", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b.c\n", "a@b.c "}},
	{SchemaRef,
		[]string{"https://ogpx.github.io/interchange/schema/v1/package.schema.json", "package.schema.json", "#", "x"},
		[]string{"", " ", "a b", "a\tb", "a\r", "a\n"}},
}

func TestMatch(t *testing.T) {
	for _, c := range matchCases {
		for _, s := range c.yes {
			if !c.form.Match(s) {
				t.Errorf("%s: Match(%q) = false, want true", name(c.form), s)
			}
		}
		for _, s := range c.no {
			if c.form.Match(s) {
				t.Errorf("%s: Match(%q) = true, want false", name(c.form), s)
			}
		}
	}
}

// name returns a name for form in test messages.
func name(form *String) string {
	if form.Def != "" {
		return form.Def
	}
	if form == URL {
		return "url"
	}
	for n, m := range members {
		if m.String == form {
			return n
		}
	}
	return form.Pattern
}

// oracle returns what the schema says of a string of form: its pattern
// matches and it has no line feed.
func oracle(form *String) func(string) bool {
	re := regexp.MustCompile(form.Pattern)
	return func(s string) bool { return re.MatchString(s) && !strings.Contains(s, "\n") }
}

// neighbours are characters next to or unlike those of the forms: the
// bytes around each range, white space, separators, non-ASCII letters and
// digits, and an invalid UTF-8 byte.
const neighbours = "/0189:@AZ[`az{-._+ \t\r\n\v\u00a0\u2028é٣\xff"

// alphabets are the characters each form's strings are drawn from: its own
// and the neighbours.
var alphabets = map[*String]string{
	Date:          "0123456789-",
	LanguageTag:   "abcxyzABCQZ0123456789-",
	ID:            "aZ09._-",
	PolicyArea:    "az09-",
	URL:           "https:/ptx",
	FormatVersion: "0123456789.-+abZ",
	Country:       "ACNZ",
	Subdivision:   "ACNZ09-",
	Email:         "ab@.",
	SchemaRef:     "ab#/",
}

// generate calls f with many strings of form: every string of up to two
// characters of its alphabet and the neighbours, every string of three of
// its alphabet, a line feed and a space, random strings up to 12 characters
// long, and random edits of its real values. The strings are the same on
// every run.
func generate(form *String, f func(string)) {
	var short func(alphabet []rune, prefix string, n int)
	short = func(alphabet []rune, prefix string, n int) {
		if n == 0 {
			f(prefix)
			return
		}
		for _, r := range alphabet {
			short(alphabet, prefix+string(r), n-1)
		}
	}
	alphabet := []rune(alphabets[form] + neighbours)
	for n := range 3 {
		short(alphabet, "", n)
	}
	short([]rune(alphabets[form]+"\n "), "", 3)

	rng := rand.New(rand.NewPCG(1, uint64(len(form.Pattern))))
	random := func() rune { return alphabet[rng.IntN(len(alphabet))] }
	for range 30_000 {
		var b strings.Builder
		for range rng.IntN(13) {
			b.WriteRune(random())
		}
		f(b.String())
	}

	var real []string
	for _, c := range matchCases {
		if c.form == form {
			real = append(real, c.yes...)
		}
	}
	for range 30_000 {
		s := []rune(real[rng.IntN(len(real))])
		for range 1 + rng.IntN(3) {
			i := rng.IntN(len(s) + 1)
			switch rng.IntN(3) {
			case 0: // insert
				s = append(s[:i], append([]rune{random()}, s[i:]...)...)
			case 1: // replace
				if i < len(s) {
					s[i] = random()
				}
			case 2: // delete
				if i < len(s) {
					s = append(s[:i], s[i+1:]...)
				}
			}
		}
		f(string(s))
	}
}

// TestMatchIsThePattern checks that each Match accepts exactly what its
// pattern matches, with no line feed, on many generated strings.
func TestMatchIsThePattern(t *testing.T) {
	for _, form := range Forms() {
		want := oracle(form)
		n, yes := 0, 0
		generate(form, func(s string) {
			n++
			if got := form.Match(s); got != want(s) {
				t.Errorf("%s: Match(%q) = %v, but the pattern says %v", name(form), s, got, !got)
			} else if got {
				yes++
			}
		})
		// The strings must exercise both verdicts.
		if yes < 100 || n-yes < 100 {
			t.Errorf("%s: %d strings of which %d match: too few of one verdict", name(form), n, yes)
		}
	}
}

// TestDatePatternKnowsMonthLengths checks the date pattern and Match against
// Go's calendar on the last days of February of every year 0000-9999, and
// of every month of four centuries and more.
func TestDatePatternKnowsMonthLengths(t *testing.T) {
	re := oracle(Date)
	check := func(year int, month time.Month) {
		last := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
		for day := 28; day <= 32; day++ {
			s := fmt.Sprintf("%04d-%02d-%02d", year, month, day)
			want := day <= last
			if got := Date.Match(s); got != want {
				t.Errorf("Date.Match(%q) = %v, want %v", s, got, want)
			}
			if got := re(s); got != want {
				t.Errorf("the date pattern matches %q: %v, want %v", s, got, want)
			}
		}
	}
	for year := 0; year <= 9999; year++ {
		check(year, time.February)
		if year <= 400 || 1800 <= year && year <= 2200 || year >= 9800 {
			for month := time.January; month <= time.December; month++ {
				check(year, month)
			}
		}
	}
}

// TestForms checks that Forms lists every form of the members once.
func TestForms(t *testing.T) {
	listed := map[*String]bool{}
	for _, f := range Forms() {
		if listed[f] {
			t.Errorf("%s: listed twice", name(f))
		}
		listed[f] = true
		if f.Match == nil || f.Pattern == "" {
			t.Errorf("%s: no Match or no Pattern", name(f))
		}
	}
	for n, m := range Members() {
		for _, f := range []*String{m.String, m.Items} {
			if f != nil && !listed[f] {
				t.Errorf("member %s: its form is not in Forms", n)
			}
		}
	}
}

func FuzzMatch(f *testing.F) {
	for _, c := range matchCases {
		for _, s := range append(c.yes, c.no...) {
			f.Add(s)
		}
	}
	oracles := map[*String]func(string) bool{}
	for _, form := range Forms() {
		oracles[form] = oracle(form)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, form := range Forms() {
			if got, want := form.Match(s), oracles[form](s); got != want {
				t.Errorf("%s: Match(%q) = %v, but the pattern says %v", name(form), s, got, want)
			}
		}
	})
}

// BenchmarkMatch measures each Match, and its pattern with Go's regexp for
// comparison, on the form's real values and refusals.
func BenchmarkMatch(b *testing.B) {
	for _, c := range matchCases {
		values := append(c.yes, c.no...)
		b.Run(name(c.form), func(b *testing.B) {
			for b.Loop() {
				for _, s := range values {
					c.form.Match(s)
				}
			}
		})
		re := regexp.MustCompile(c.form.Pattern)
		b.Run(name(c.form)+"/regexp", func(b *testing.B) {
			for b.Loop() {
				for _, s := range values {
					re.MatchString(s)
				}
			}
		})
	}
}
