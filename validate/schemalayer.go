package validate

import (
	"encoding/json"
	"errors"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/internal/jsonnode"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/schema"
)

// checkSchema validates the parsed document against the format's JSON Schema
// and turns each violation into a finding with this package's code and
// message. In a document of a newer minor version, members the schema does
// not know are warnings: that version may have added them.
func (c *checker) checkSchema(newerMinor bool) {
	err := schema.Schema().Validate(toAny(c.root))
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return
	}
	leaves := schema.Leaves(ve)
	patternFailed := map[string]bool{}
	for _, leaf := range leaves {
		if strings.HasSuffix(leaf.KeywordLocation, "/pattern") {
			patternFailed[leaf.InstanceLocation] = true
		}
	}
	for _, leaf := range leaves {
		if strings.HasSuffix(leaf.KeywordLocation, "/format") && patternFailed[leaf.InstanceLocation] {
			continue // the pattern's finding says it all
		}
		c.schemaFinding(leaf, newerMinor)
	}
}

// toAny turns a parsed value into what the schema validator takes, numbers
// kept as written.
func toAny(n *jsonnode.Node) any {
	switch n.Kind {
	case jsonnode.Object:
		m := make(map[string]any, len(n.Members))
		for _, mem := range n.Members {
			m[mem.Name] = toAny(mem.Value)
		}
		return m
	case jsonnode.Array:
		a := make([]any, len(n.Elems))
		for i, e := range n.Elems {
			a[i] = toAny(e)
		}
		return a
	case jsonnode.String:
		return n.Text
	case jsonnode.Number:
		return json.Number(n.Text)
	case jsonnode.Bool:
		return n.Text == "true"
	}
	return nil
}

// instancePointer returns the JSON Pointer of a violation's value. The
// schema validator percent-encodes each token of its instance locations, as
// in a URL fragment; a JSON Pointer does not.
func instancePointer(leaf *jsonschema.ValidationError) string {
	tokens := strings.Split(leaf.InstanceLocation, "/")
	for i, tok := range tokens {
		if t, err := url.PathUnescape(tok); err == nil {
			tokens[i] = t
		}
	}
	return strings.Join(tokens, "/")
}

func (c *checker) schemaFinding(leaf *jsonschema.ValidationError, newerMinor bool) {
	ptr := instancePointer(leaf)
	rule := leaf.AbsoluteKeywordLocation[strings.IndexByte(leaf.AbsoluteKeywordLocation, '#')+1:]
	keyword := rule[strings.LastIndexByte(rule, '/')+1:]
	node := c.nodeAt(ptr)
	value := describe(node)
	switch {
	case strings.Contains(leaf.KeywordLocation, "/propertyNames"):
		c.add(CodePropertyName, ptr, "member", quote(lastToken(ptr)))
	case keyword == "required":
		for _, name := range schemaStrings(rule) {
			if node != nil && node.Member(name) == nil {
				c.add(CodeRequired, ptr, "member", quote(name))
			}
		}
	case keyword == "additionalProperties":
		known := schemaObject(parentRule(rule))
		props, _ := known["properties"].(map[string]any)
		for _, mem := range node.Members {
			if _, ok := props[mem.Name]; ok || strings.HasPrefix(mem.Name, "x-") {
				continue
			}
			memberPtr := ptr + "/" + jsonnode.EscapePointerToken(mem.Name)
			if newerMinor {
				c.add(CodeNewerMember, memberPtr, "member", quote(mem.Name), "want", ogp.Version)
				continue
			}
			c.add(CodeAdditional, memberPtr, "member", quote(mem.Name), "suggestion", suggestion(c.opts.lang, mem.Name, known))
		}
	case keyword == "type":
		want := schemaStrings(rule)
		if len(want) == 0 {
			want = []string{schemaString(rule)}
		}
		c.add(CodeType, ptr, "want", typeNames(c.opts.lang, want), "found", typeNames(c.opts.lang, []string{kindName(node)}))
	case keyword == "enum":
		c.add(CodeEnum, ptr, "value", value, "want", strings.Join(quoteAll(schemaStrings(rule)), ", "))
	case keyword == "pattern" && strings.HasSuffix(rule, "/not/pattern"), keyword == "not":
		c.add(CodeLineBreak, ptr, "value", value)
	case keyword == "pattern":
		c.add(CodePattern, ptr, "value", value, "want", hint(c.opts.lang, rule))
	case keyword == "format":
		c.add(CodeFormat, ptr, "value", value, "want", hint(c.opts.lang, rule))
	case keyword == "minItems":
		c.add(CodeMinItems, ptr, "want", schemaNumber(rule))
	case keyword == "minProperties":
		c.add(CodeMinProperties, ptr)
	case keyword == "minLength":
		c.add(CodeMinLength, ptr)
	case keyword == "minimum", keyword == "maximum":
		r := schemaObject(parentRule(rule))
		c.add(CodeRange, ptr, "value", value, "want", numberText(r["minimum"])+"…"+numberText(r["maximum"]))
	case keyword == "uniqueItems":
		// "items at index 0 and 2 are equal": point at the second one.
		idx := uniqueIndex.FindStringSubmatch(leaf.Message)
		if idx != nil {
			ptr += "/" + idx[1]
		}
		c.add(CodeUniqueItems, ptr, "value", describe(c.nodeAt(ptr)))
	default:
		c.add(CodeSchemaOther, ptr, "detail", rule)
	}
}

var uniqueIndex = regexp.MustCompile(`and (\d+) are equal`)

// document is the format's JSON Schema, parsed, for looking up the rule a
// violation breaks.
var document = sync.OnceValue(func() map[string]any {
	b, err := fs.ReadFile(schema.Files(), schema.DocumentFile)
	if err != nil {
		panic("validate: the embedded schema is missing: " + err.Error())
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		panic("validate: the embedded schema is not JSON: " + err.Error())
	}
	return doc
})

// schemaValue returns the value at a JSON Pointer of the schema document.
func schemaValue(ptr string) any {
	var v any = document()
	for _, tok := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		if tok == "" {
			continue
		}
		switch c := v.(type) {
		case map[string]any:
			v = c[unescapeToken(tok)]
		case []any:
			i, _ := strconv.Atoi(tok)
			if i < 0 || i >= len(c) {
				return nil
			}
			v = c[i]
		default:
			return nil
		}
	}
	return v
}

func schemaObject(ptr string) map[string]any {
	m, _ := schemaValue(ptr).(map[string]any)
	return m
}

func schemaString(ptr string) string {
	s, _ := schemaValue(ptr).(string)
	return s
}

func schemaStrings(ptr string) []string {
	list, _ := schemaValue(ptr).([]any)
	var out []string
	for _, v := range list {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func schemaNumber(ptr string) string { return numberText(schemaValue(ptr)) }

func numberText(v any) string {
	if f, ok := v.(float64); ok {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return ""
}

func parentRule(rule string) string { return rule[:strings.LastIndexByte(rule, '/')] }

func lastToken(ptr string) string { return unescapeToken(ptr[strings.LastIndexByte(ptr, '/')+1:]) }

// nodeAt returns the parsed value at ptr, or nil.
func (c *checker) nodeAt(ptr string) *jsonnode.Node {
	n := c.root
	if ptr == "" {
		return n
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		switch {
		case n == nil:
			return nil
		case n.Kind == jsonnode.Object:
			i := c.member(n, unescapeToken(tok))
			if i < 0 {
				return nil
			}
			n = n.Members[i].Value
		case n.Kind == jsonnode.Array:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Elems) {
				return nil
			}
			n = n.Elems[i]
		default:
			return nil
		}
	}
	return n
}

// describe writes a value for a message: a string quoted, anything else as
// JSON, long values cut.
func describe(n *jsonnode.Node) string {
	if n == nil {
		return ""
	}
	var s string
	switch n.Kind {
	case jsonnode.String:
		s = quote(n.Text)
	case jsonnode.Object:
		s = "{…}"
	case jsonnode.Array:
		s = "[…]"
	default:
		s = n.Text
		if n.Kind == jsonnode.Null {
			s = "null"
		}
	}
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return s
}

func kindName(n *jsonnode.Node) string {
	if n == nil {
		return "null"
	}
	if n.Kind == jsonnode.Number && !strings.ContainsAny(n.Text, ".eE") {
		return "integer"
	}
	return n.Kind.String()
}

var typeWords = map[string]ogp.Text{
	"object":  ogp.NewText("an object", "un objet"),
	"array":   ogp.NewText("an array", "un tableau"),
	"string":  ogp.NewText("a string", "une chaîne"),
	"number":  ogp.NewText("a number", "un nombre"),
	"integer": ogp.NewText("an integer", "un entier"),
	"boolean": ogp.NewText("true or false", "true ou false"),
	"null":    ogp.NewText("null", "null"),
}

func typeNames(lang string, types []string) string {
	words := make([]string, len(types))
	for i, t := range types {
		words[i] = typeWords[t].In(lang)
	}
	or := map[string]string{"en": " or ", "fr": " ou "}[lang]
	return strings.Join(words, or)
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = quote(s)
	}
	return out
}

// hints say, for each kind of value a pattern or format checks, what a
// right value looks like. The key is the schema definition, or the
// definition and property, of the rule broken.
var hints = map[string]ogp.Text{
	"Date": ogp.NewText(
		"a date written YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-21 to YYYY-41 for a season, quarter or half (EDTF), that exists",
		"une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, ou AAAA-21 à AAAA-41 pour une saison, un trimestre ou un semestre (EDTF), qui existe"),
	"Id": ogp.NewText(
		"an id made of letters and digits joined by single dots, hyphens or underscores, such as C10.7.2 or tbs-sct",
		"un identifiant fait de lettres et de chiffres joints par un point, un trait d’union ou un trait de soulignement, comme C10.7.2 ou tbs-sct"),
	"LanguageTag": ogp.NewText(
		"a BCP 47 language tag such as en, fr or fr-CA",
		"une étiquette de langue BCP 47 comme en, fr ou fr-CA"),
	"PolicyArea": ogp.NewText(
		"a policy area code in lower case words joined by hyphens, such as open-data",
		"un code de domaine d’action en mots minuscules joints par des traits d’union, comme open-data"),
	"Address": ogp.NewText(
		"an http or https address",
		"une adresse http ou https"),
	"Member.country": ogp.NewText(
		"an ISO 3166-1 country code of two capital letters, such as CA",
		"un code de pays ISO 3166-1 de deux majuscules, comme CA"),
	"Member.subdivision": ogp.NewText(
		"an ISO 3166-2 subdivision code such as CA-QC",
		"un code de subdivision ISO 3166-2 comme CA-QC"),
	"Publisher.email": ogp.NewText(
		"an email address",
		"une adresse de courriel"),
	".formatVersion": ogp.NewText(
		"a format version such as 1.0.0",
		"une version de format comme 1.0.0"),
}

var ruleDefinition = regexp.MustCompile(`^(?:/\$defs/([^/]+))?(?:/properties/([^/]+))?`)

func hint(lang, rule string) string {
	m := ruleDefinition.FindStringSubmatch(rule)
	for _, key := range []string{m[1] + "." + m[2], m[1]} {
		if h, ok := hints[key]; ok {
			return h.In(lang)
		}
	}
	return map[string]string{"en": "in the form the schema requires", "fr": "de la forme exigée par le schéma"}[lang]
}

// suggestion proposes the member a misspelled name probably meant: one of
// the object's members at an edit distance of at most two.
func suggestion(lang, name string, rule map[string]any) string {
	props, _ := rule["properties"].(map[string]any)
	var best string
	bestDist := 3
	names := make([]string, 0, len(props))
	for p := range props {
		names = append(names, p)
	}
	slices.Sort(names)
	for _, p := range names {
		if d := editDistance(strings.ToLower(name), strings.ToLower(p)); d < bestDist {
			best, bestDist = p, d
		}
	}
	if best == "" {
		return ""
	}
	return map[string]string{"en": " (did you mean ", "fr": " (vouliez-vous dire "}[lang] + quote(best) + ")"
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
