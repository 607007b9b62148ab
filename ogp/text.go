package ogp

import (
	"slices"
	"strings"
)

// Text is a text in one or more languages, keyed by BCP 47 language tag:
// {"en": "Open science", "fr": "Science ouverte"}. It encodes as a JSON object
// with its tags in sorted order.
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
// and the tag it was found under. A preference matches a tag exactly, or by
// its primary language: "fr-CA" finds "fr", and "fr" finds "fr-CA" when t
// has no plain "fr". When none matches, Pick returns the text of the smallest
// tag, so that a caller always has something to show; ok is false then, and
// when t is empty.
func (t Text) Pick(preferred ...string) (text, tag string, ok bool) {
	for _, want := range preferred {
		if s, found := t[want]; found {
			return s, want, true
		}
		base := primaryLanguage(want)
		for _, have := range t.Languages() {
			if strings.EqualFold(primaryLanguage(have), base) {
				return t[have], have, true
			}
		}
	}
	if tags := t.Languages(); len(tags) > 0 {
		return t[tags[0]], tags[0], false
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

// Missing returns those of the given languages that t has no non-empty text
// for, in the order given.
func (t Text) Missing(languages []string) []string {
	var missing []string
	for _, lang := range languages {
		if strings.TrimSpace(t[lang]) == "" {
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
