package ogp

import (
	"slices"
	"strings"
)

// Text is a text in one or more languages, keyed by BCP 47 language tag:
// {"en": "Open science", "fr": "Science ouverte"}. It encodes as a JSON object
// with its tags in sorted order. Tags are case-insensitive, as in BCP 47:
// "fr-ca" and "fr-CA" name one language.
type Text map[string]string

// NewText returns a Text in English and French, leaving out an empty one.
func NewText(en, fr string) Text {
	t := Text{}
	if en != "" {
		t["en"] = en
	}
	if fr != "" {
		t["fr"] = fr
	}
	return t
}

// Pick returns the text in the first of the preferred languages that t has,
// and the tag it was found under. A preference matches a tag whatever their
// case ("EN" finds "en"), or by its primary language: "fr-CA" finds "fr",
// and "fr" finds "fr-CA" when t has no plain "fr". When none matches, Pick
// returns the text of the smallest tag, so that a caller always has
// something to show; ok is false then, and when t is empty.
func (t Text) Pick(preferred ...string) (text, tag string, ok bool) {
	for _, want := range preferred {
		if s, have, found := t.lookup(want); found {
			return s, have, true
		}
		base := primaryLanguage(want)
		if have, found := t.first(func(tag string) bool { return primaryLanguage(tag) == base }); found {
			return t[have], have, true
		}
	}
	if have, found := t.first(func(string) bool { return true }); found {
		return t[have], have, false
	}
	return "", "", false
}

// In returns the text in lang, falling back as [Text.Pick] does; "" when t
// is empty.
func (t Text) In(lang string) string {
	s, _, _ := t.Pick(lang)
	return s
}

// Languages returns t's language tags, sorted.
func (t Text) Languages() []string {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	return tags
}

// lookup returns the text under tag, matched exactly or else whatever the
// case, and the tag it was found under.
func (t Text) lookup(tag string) (text, found string, ok bool) {
	if s, ok := t[tag]; ok {
		return s, tag, true
	}
	if have, ok := t.first(func(have string) bool { return strings.EqualFold(have, tag) }); ok {
		return t[have], have, true
	}
	return "", "", false
}

// first returns the smallest of t's tags that match, in one pass over t:
// the tag [Text.Languages] would list first.
func (t Text) first(match func(tag string) bool) (tag string, ok bool) {
	for have := range t {
		if (!ok || have < tag) && match(have) {
			tag, ok = have, true
		}
	}
	return tag, ok
}

// Missing returns those of the given languages that t has no non-empty text
// for, in the order given. A language matches a tag of t whatever their
// case. It takes time in proportion to the number of languages and of t's
// tags, not their product.
func (t Text) Missing(languages []string) []string {
	have := make(map[string]bool, len(t)) // t's tags with a text, in lower case
	for tag, s := range t {
		if strings.TrimSpace(s) != "" {
			have[strings.ToLower(tag)] = true
		}
	}
	var missing []string
	for _, lang := range languages {
		if !have[strings.ToLower(lang)] {
			missing = append(missing, lang)
		}
	}
	return missing
}

// primaryLanguage returns the primary language subtag of a BCP 47 tag, in
// lower case: "fr" for "fr-CA".
func primaryLanguage(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// CanonicalTag returns the BCP 47 language tag tag in its usual casing
// (RFC 5646, section 2.1.1): the language subtag in lower case, a
// four-letter script subtag in title case and a two-letter region subtag in
// upper case: "EN" gives "en", "fr-ca" "fr-CA", "zh-hant-tw" "zh-Hant-TW".
// Every other subtag is in lower case, and so is everything from a
// single-letter subtag on (an extension or private use: "en-x-us" stays
// "en-x-us"). CanonicalTag changes only the case of ASCII letters; it does
// not check that tag is well formed.
func CanonicalTag(tag string) string {
	b := []byte(tag)
	start, n := 0, 0 // the current subtag is b[start:], the n-th from 0
	extension := false
	for i := 0; i <= len(b); i++ {
		if i < len(b) && b[i] != '-' {
			continue
		}
		s := b[start:i]
		for j, c := range s {
			if 'A' <= c && c <= 'Z' {
				s[j] = c + 'a' - 'A'
			}
		}
		switch {
		case len(s) == 1:
			extension = true
		case n == 0 || extension:
		case len(s) == 2:
			upper(s)
		case len(s) == 4:
			upper(s[:1])
		}
		start, n = i+1, n+1
	}
	return string(b)
}

// upper turns the ASCII letters of s to upper case.
func upper(s []byte) {
	for j, c := range s {
		if 'a' <= c && c <= 'z' {
			s[j] = c - 'a' + 'A'
		}
	}
}
