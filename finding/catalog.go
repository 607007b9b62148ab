package finding

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Code describes one rule a finding can report broken.
type Code struct {
	// ID is the stable code: "schema.required". Its first dotted part
	// names the family of rules ("schema", "status", "canada").
	ID string `json:"code"`
	// Severity is the severity of the code's findings, unless the caller
	// asks for another.
	Severity Severity `json:"severity"`
	// Title is a short name of the rule, by language: "Duplicate report".
	Title map[string]string `json:"title,omitempty"`
	// Message is the message template, by language. Braces name the values
	// a finding fills in from its arguments:
	//
	//	{member}         the argument "member", as is
	//	{to:status}      the word "status.<to>" of the catalog: a code
	//	                 put into words ("limited" -> "Limited progress"),
	//	                 or the argument as is when there is no such word;
	//	                 a word may name the finding's values as a
	//	                 template does
	//	{detail? ({detail})}  the text after "?" when the argument
	//	                 "detail" is not empty, and nothing otherwise
	//
	// Every template needs English; French texts are given French
	// typography when registered: a no-break space before ":", a narrow
	// one before ";", "?" and "!", and « » for quotation marks.
	Message map[string]string `json:"message"`
	// Restates lists the codes whose findings this code says again, more
	// precisely, for the same value or a value inside it: a jurisdiction's
	// "progress required in French" restates the format's "text missing a
	// language". A report that has both keeps only this code's finding.
	Restates []string `json:"restates,omitempty"`
}

// Catalog holds the texts of one language for codes another package
// defined: what a translator writes to add a language.
type Catalog struct {
	// Messages are message templates by code id.
	Messages map[string]string
	// Titles are the codes' short titles by code id.
	Titles map[string]string
	// Words are words by key: "severity.error", "status.limited".
	Words map[string]string
}

// The registry: every code and every language's texts.
var (
	mu        sync.RWMutex
	codes     = map[string]Code{}
	catalogs  = map[string]*Catalog{} // by language
	wordsUsed = map[string]bool{}     // every word key registered
)

func init() {
	RegisterWords(map[string]map[string]string{
		"severity.ok":      {"en": "ok", "fr": "correct"},
		"severity.notice":  {"en": "notice", "fr": "remarque"},
		"severity.warning": {"en": "warning", "fr": "avertissement"},
		"severity.error":   {"en": "error", "fr": "erreur"},
		// What separates a place, a label or a code from what follows.
		"colon": {"en": ": ", "fr": "\u00a0: "},
	})
}

// Register adds codes to the registry, each with its texts in the
// languages it gives. A package registers its codes once, in an init
// function or a package variable's initialiser. Register panics when a
// code has no id, an invalid severity or no English message, or when its
// id is registered already: these are mistakes in a program, not in its
// input.
func Register(defs ...Code) {
	mu.Lock()
	defer mu.Unlock()
	for _, c := range defs {
		switch {
		case c.ID == "":
			panic("finding: Register of a code without an id")
		case !c.Severity.Valid():
			panic("finding: Register of " + c.ID + " with an invalid severity")
		case c.Message["en"] == "":
			panic("finding: Register of " + c.ID + " without an English message")
		}
		if _, dup := codes[c.ID]; dup {
			panic("finding: Register of " + c.ID + " twice")
		}
		codes[c.ID] = Code{ID: c.ID, Severity: c.Severity, Restates: slices.Clone(c.Restates)}
		for lang, s := range c.Message {
			catalogOf(lang).Messages[c.ID] = typeset(lang, s)
		}
		for lang, s := range c.Title {
			catalogOf(lang).Titles[c.ID] = typeset(lang, s)
		}
	}
}

// RegisterWords adds words, by key and then language: the names of codes
// that a template puts into words ({to:status} looks up "status.<to>"),
// and the words of a program's output, such as column headings.
// RegisterWords panics when a word has no English text or its key is
// registered already.
func RegisterWords(words map[string]map[string]string) {
	mu.Lock()
	defer mu.Unlock()
	for key, texts := range words {
		if texts["en"] == "" {
			panic("finding: RegisterWords of " + key + " without English")
		}
		if wordsUsed[key] {
			panic("finding: RegisterWords of " + key + " twice")
		}
		wordsUsed[key] = true
		for lang, s := range texts {
			catalogOf(lang).Words[key] = typeset(lang, s)
		}
	}
}

// AddCatalog adds the texts of a language, lang, for codes and words
// registered elsewhere; [Texts] gives those of a language to translate
// from. It may come before or after their registration. AddCatalog never
// replaces a text: it panics when the catalog gives one that lang has
// already, a mistake in the program.
func AddCatalog(lang string, c Catalog) {
	mu.Lock()
	defer mu.Unlock()
	dst := catalogOf(lang)
	add := func(kind string, dst, src map[string]string) {
		for key, s := range src {
			if _, dup := dst[key]; dup {
				panic("finding: AddCatalog of " + lang + " replaces the " + kind + " of " + key)
			}
			dst[key] = typeset(lang, s)
		}
	}
	add("message", dst.Messages, c.Messages)
	add("title", dst.Titles, c.Titles)
	add("word", dst.Words, c.Words)
}

// Texts returns a copy of the texts of lang, a language of [Languages]:
// what a translator translates from.
func Texts(lang string) Catalog {
	mu.RLock()
	defer mu.RUnlock()
	c := catalogs[Match(lang)]
	return Catalog{Messages: maps.Clone(c.Messages), Titles: maps.Clone(c.Titles), Words: maps.Clone(c.Words)}
}

// catalogOf returns the catalog of lang, made on first use. The caller
// holds mu.
func catalogOf(lang string) *Catalog {
	lang = strings.ToLower(lang) // tags are case-insensitive
	c := catalogs[lang]
	if c == nil {
		c = &Catalog{Messages: map[string]string{}, Titles: map[string]string{}, Words: map[string]string{}}
		catalogs[lang] = c
	}
	return c
}

// Lookup returns the code registered as id, with its texts.
func Lookup(id string) (Code, bool) {
	mu.RLock()
	defer mu.RUnlock()
	c, ok := codes[id]
	if !ok {
		return Code{}, false
	}
	return withTexts(c), true
}

// Codes returns every registered code with its texts, sorted by id.
func Codes() []Code {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]Code, 0, len(codes))
	for _, id := range slices.Sorted(maps.Keys(codes)) {
		out = append(out, withTexts(codes[id]))
	}
	return out
}

// withTexts returns c with its titles and messages in every language. The
// caller holds mu.
func withTexts(c Code) Code {
	c.Restates = slices.Clone(c.Restates)
	c.Title, c.Message = map[string]string{}, map[string]string{}
	for lang, cat := range catalogs {
		if s, ok := cat.Titles[c.ID]; ok {
			c.Title[lang] = s
		}
		if s, ok := cat.Messages[c.ID]; ok {
			c.Message[lang] = s
		}
	}
	return c
}

// Languages returns the languages that have texts, sorted, in lower case:
// "en", "fr".
func Languages() []string {
	mu.RLock()
	defer mu.RUnlock()
	return slices.Sorted(maps.Keys(catalogs))
}

// Match returns the language of [Languages] that serves tag best: the same
// tag, whatever its case, or else the tag's primary language ("fr" for
// "fr-CA"); English when neither has texts.
func Match(tag string) string {
	tag = strings.ToLower(tag)
	mu.RLock()
	defer mu.RUnlock()
	if _, ok := catalogs[tag]; ok {
		return tag
	}
	primary, _, _ := strings.Cut(tag, "-")
	primary, _, _ = strings.Cut(primary, "_")
	if _, ok := catalogs[primary]; ok {
		return primary
	}
	return "en"
}

// Supported reports whether a language of [Languages] serves tag:
// Match(tag) is then that language, not the English fallback.
func Supported(tag string) bool {
	if Match(tag) != "en" {
		return true
	}
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	primary, _, _ = strings.Cut(primary, "_")
	return primary == "en"
}

// Word returns the word registered as key in lang, or in English when lang
// has none, or key itself when it was never registered.
func Word(lang, key string) string {
	if word, ok := lookupWord(Match(lang), key); ok {
		return word
	}
	return key
}

// lookupWord returns the word registered as key in lang, a language of
// [Languages], or in the language it falls back to.
func lookupWord(lang, key string) (string, bool) {
	return lookup(lang, key, func(c *Catalog) map[string]string { return c.Words })
}

// lookup returns the text of key in the part of lang's catalog that part
// picks, or in that of the language lang falls back to.
func lookup(lang, key string, part func(*Catalog) map[string]string) (string, bool) {
	mu.RLock()
	defer mu.RUnlock()
	for _, l := range fallbacks(lang) {
		if c := catalogs[l]; c != nil {
			if s, ok := part(c)[key]; ok {
				return s, true
			}
		}
	}
	return "", false
}

// fallbacks returns the catalogs that serve lang, a language of
// [Languages], best first: lang, its primary language ("fr" for "fr-ca"),
// English. The caller holds mu.
func fallbacks(lang string) []string {
	out := []string{lang}
	if primary, _, regional := strings.Cut(lang, "-"); regional && catalogs[primary] != nil {
		out = append(out, primary)
	}
	return append(out, "en")
}

// Title returns the short title of the code id in lang, or in the
// language it falls back to, or "" when it has none.
func Title(lang, id string) string {
	s, _ := lookup(Match(lang), id, func(c *Catalog) map[string]string { return c.Titles })
	return s
}

// Missing lists, sorted, the texts that some language lacks: "fr: message
// of status.regress", "fr: word severity.error". Every code that can be
// reported (a severity above OK) needs a title, as code-scanning tools
// show it. A test of every program that registers texts asserts that
// Missing is empty.
func Missing() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for lang, cat := range catalogs {
		if primary, _, regional := strings.Cut(lang, "-"); regional && catalogs[primary] != nil {
			continue // a regional catalog says only what differs from its language's
		}
		for id := range codes {
			if _, ok := cat.Messages[id]; !ok {
				out = append(out, lang+": message of "+id)
			}
			_, titled := catalogs["en"].Titles[id]
			if titled || codes[id].Severity > OK {
				if _, ok := cat.Titles[id]; !ok {
					out = append(out, lang+": title of "+id)
				}
			}
		}
		for key := range wordsUsed {
			if _, ok := cat.Words[key]; !ok {
				out = append(out, lang+": word "+key)
			}
		}
	}
	slices.Sort(out)
	return out
}

// template returns the message template of id in lang, or in the
// language it falls back to.
func template(lang, id string) (string, bool) {
	return lookup(lang, id, func(c *Catalog) map[string]string { return c.Messages })
}

// Help returns the code's message template in lang, or in English, for
// people who read about the rule rather than a finding of it (a
// code-scanning tool's rule help): each value shown as its name in angle
// quotes ("‹member›"), an optional part in brackets.
func (c Code) Help(lang string) string {
	tmpl, ok := template(Match(lang), c.ID)
	if !ok {
		return c.ID
	}
	return readable(tmpl)
}

// readable writes tmpl's placeholders as names: see [Code.Help].
func readable(tmpl string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(tmpl, '{')
		end := -1
		if open >= 0 {
			end = placeholderEnd(tmpl, open)
		}
		if end < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:open])
		spec := tmpl[open+1 : end]
		if _, body, optional := strings.Cut(spec, "?"); optional {
			b.WriteString("[" + readable(body) + "]")
		} else {
			name, _, _ := strings.Cut(spec, ":")
			b.WriteString("‹" + name + "›")
		}
		tmpl = tmpl[end+1:]
	}
}

// render fills tmpl with args: see [Code.Message] for its placeholders.
// Argument values are shown with their control and invisible characters
// escaped, so that a value from a document cannot move a terminal's
// cursor or reorder the text around it.
func render(tmpl, lang string, args map[string]string) string {
	return renderWords(tmpl, lang, args, true)
}

// renderWords is render, looking up the words a placeholder names only
// when words is set: a word is rendered without, so that no word can name
// itself. "{}" holds no name, and stays as it is.
func renderWords(tmpl, lang string, args map[string]string, words bool) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			break
		}
		end := placeholderEnd(tmpl, open)
		if end < 0 {
			break
		}
		b.WriteString(tmpl[:open])
		if end == open+1 {
			b.WriteString("{}")
		} else {
			b.WriteString(fill(tmpl[open+1:end], lang, args, words))
		}
		tmpl = tmpl[end+1:]
	}
	b.WriteString(tmpl)
	return b.String()
}

// placeholderEnd returns the index of the brace that closes the
// placeholder opened at open, which may hold placeholders of its own after
// a "?"; -1 when it is not closed.
func placeholderEnd(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// fill returns the text of one placeholder, spec being what its braces
// hold; words says whether a word may be looked up (see renderWords).
func fill(spec, lang string, args map[string]string, words bool) string {
	if name, body, optional := strings.Cut(spec, "?"); optional {
		if args[name] == "" {
			return ""
		}
		return renderWords(body, lang, args, words)
	}
	name, kind, _ := strings.Cut(spec, ":")
	value := args[name] // a value left out is empty: braces never show
	if kind != "" && words {
		if word, ok := lookupWord(lang, kind+"."+value); ok {
			return renderWords(word, lang, args, false) // a word may name values too
		}
	}
	return Escape(value)
}

// Escape returns s as messages show their values: every control or
// format character (such as a bidirectional mark, \u202e) and every line
// or paragraph separator written as a Go escape, and invalid UTF-8 as \x
// escapes; spaces of every kind stay, the no-break spaces of French texts
// among them. Programs that print text from a document or a file name
// beside findings use it, so that both are escaped alike.
func Escape(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || hidden(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case hidden(r):
			if r < 0x10000 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// hidden reports whether r moves the cursor or changes how the text
// around it shows, rather than showing itself.
func hidden(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}

// typeset gives a French text French typography: a no-break space (U+00A0)
// before a colon and a narrow no-break space (U+202F) before ";", "?" and
// "!" that end a phrase, and « » with no-break spaces in place of straight
// double quotes. Placeholders keep their names; the text of an optional
// one is typeset too. Other languages are left as they are.
func typeset(lang, s string) string {
	if primary, _, _ := strings.Cut(strings.ToLower(lang), "-"); primary != "fr" {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '{')
		end := -1
		if open >= 0 {
			end = placeholderEnd(s, open)
		}
		if end < 0 {
			break
		}
		typesetText(&b, s[:open], false)
		spec := s[open+1 : end]
		if name, body, optional := strings.Cut(spec, "?"); optional {
			spec = name + "?" + typeset(lang, body)
		}
		b.WriteString("{" + spec + "}")
		s = s[end+1:]
	}
	typesetText(&b, s, true)
	return b.String()
}

// typesetText writes s, text without placeholders, to b with French
// typography. last says whether s ends the text; when it does not, a
// placeholder follows it, and a colon there is no punctuation ("{h}:{m}").
func typesetText(b *strings.Builder, s string, last bool) {
	runes := []rune(s)
	quoteOpen := strings.Count(b.String(), "«") > strings.Count(b.String(), "»")
	for i, r := range runes {
		endsPhrase := i+1 == len(runes) && last || i+1 < len(runes) && strings.ContainsRune(" \"»)", runes[i+1])
		switch {
		case isSpace(r) && strings.HasSuffix(b.String(), "«\u00a0"):
			// the space after « is written with it
		case r == '"' && !quoteOpen || r == '«':
			b.WriteString("«\u00a0")
			quoteOpen = true
		case r == '"' || r == '»':
			trimSpace(b)
			b.WriteString("\u00a0»")
			quoteOpen = false
		case r == ':' && endsPhrase:
			trimSpace(b)
			b.WriteString("\u00a0:")
		case (r == ';' || r == '?' || r == '!') && endsPhrase:
			trimSpace(b)
			b.WriteString("\u202f" + string(r))
		default:
			b.WriteRune(r)
		}
	}
}

// isSpace reports whether r is a space of the kinds typeset writes.
func isSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' }

// trimSpace removes the spaces that end b's text, of any kind.
func trimSpace(b *strings.Builder) {
	s := strings.TrimRight(b.String(), " \u00a0\u202f")
	b.Reset()
	b.WriteString(s)
}
