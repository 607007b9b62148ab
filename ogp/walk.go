package ogp

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ogpx/interchange/internal/rules"
)

// This file is the one walk over a document: each value is read from the
// bytes straight into the model, checked against the rules of the published
// schema on the way (internal/rules holds them, for the schema generator
// too), and a problem is recorded with its place before the walk goes on.
// Nothing builds a generic tree, and a JSON Pointer is built only for a
// problem.

// decoder is the state of one walk.
type decoder struct {
	data     []byte
	pos      int
	root     int // offset of the top-level value
	depth    int
	maxDepth int
	path     []step

	errs    []*DecodeError
	maxErrs int
	omitted int
	fatal   bool // a syntax error, or a limit, ended the walk

	locs       *locations // the places of values: nil unless asked for
	tags       map[string]languageTag
	structName string // the model type whose member is being read
	slab       []byte // holds the values of Extra members
	// pointerBytes counts the bytes of the pointers of the errors kept.
	pointerBytes int
	version      string // the document's formatVersion, as written
	// versionSeen is set when the document has a formatVersion string, at
	// versionAt.
	versionSeen bool
	versionAt   int
	// omittedUnknown counts the omitted errors that are unknown members,
	// which a newer minor version may have added.
	omittedUnknown int
}

// addError records err about the current value, anchored at off, unless
// the errors kept have reached their limit: their number, or the bytes of
// their pointers (a long member name repeats in every pointer under it).
// Then it only counts err. A fatal error is always kept.
func (d *decoder) addError(off int, err error) {
	if d.full() && !d.fatal {
		d.omitted++
		if se, ok := err.(*SchemaError); ok && se.Keyword == "additionalProperties" {
			d.omittedUnknown++
		}
		return
	}
	ptr := d.pointer()
	d.pointerBytes += len(ptr)
	d.errs = append(d.errs, &DecodeError{Pointer: ptr, Offset: off, Err: err})
}

// full reports whether no more errors are kept.
func (d *decoder) full() bool {
	return len(d.errs) >= d.maxErrs || d.pointerBytes >= maxPointerBytes
}

// maxPointerBytes bounds the bytes of the pointers of the errors kept.
const maxPointerBytes = 16 << 20

// schemaError records a broken rule of the schema about the current value.
func (d *decoder) schemaError(e *SchemaError) { d.addError(d.anchor(), e) }

// languageTag is a text's key, read once per document.
type languageTag struct {
	tag   string
	valid bool
}

// languageTag returns the key raw of a text and whether it is a language
// tag: the same string for the same bytes, since a document repeats its few
// tags many times.
func (d *decoder) languageTag(raw []byte) languageTag {
	if t, ok := d.tags[string(raw)]; ok {
		return t
	}
	t := languageTag{string(raw), rules.LanguageTag.Match(string(raw))}
	if len(d.tags) < 256 {
		if d.tags == nil {
			d.tags = make(map[string]languageTag)
		}
		d.tags[t.tag] = t
	}
	return t
}

// kind is how a value is read.
type kind uint8

const (
	kindString  kind = iota // a string, of the member's form when it has one
	kindInt                 // an integer
	kindText                // a Text: strings keyed by language tag
	kindCodec               // a string read by encoding.TextUnmarshaler: a Date or a code
	kindStruct              // an object of the model
	kindPointer             // a pointer to an object of the model
	kindStrings             // an array of strings
	kindSlice               // an array of objects of the model
)

// plan says how to read the value of one member of the model.
type plan struct {
	kind   kind
	typ    reflect.Type
	member rules.Member // what the member requires beyond its type
	elem   *plan        // the element of kindPointer and kindSlice
	st     *structPlan  // kindStruct
	// keyword and rule name the refusal of a kindCodec value: "pattern" of
	// "Date", "enum" of "Status".
	keyword, rule string
	enum          string // kindCodec codes: their list, for messages
}

// structPlan says how to read an object of the model.
type structPlan struct {
	name   string
	fields []fieldPlan
	byName map[string]int
	extra  int // the index of the Extra field
}

type fieldPlan struct {
	name     string
	index    int
	required bool
	plan     *plan
}

var (
	structPlans       sync.Map // reflect.Type -> *structPlan
	textType          = reflect.TypeFor[Text]()
	dateType          = reflect.TypeFor[Date]()
	textUnmarshaler   = reflect.TypeFor[encoding.TextUnmarshaler]()
	codeListsOfCodecs = map[reflect.Type][]Code{
		reflect.TypeFor[Status]():     statuses,
		reflect.TypeFor[MemberKind](): memberKinds,
		reflect.TypeFor[Hemisphere](): hemispheres,
	}
)

// structPlanOf returns the plan of the model's struct type t, made once from
// its field tags and the rules of its members.
func structPlanOf(t reflect.Type) *structPlan {
	if sp, ok := structPlans.Load(t); ok {
		return sp.(*structPlan)
	}
	info := structInfoOf(t)
	if len(info.fields) > 64 {
		panic("ogp: " + t.Name() + " has more members than the decoder's set of those read can hold")
	}
	sp := &structPlan{name: t.Name(), byName: info.byName, extra: info.extra}
	for _, f := range info.fields {
		sp.fields = append(sp.fields, fieldPlan{
			name:     f.name,
			index:    f.index,
			required: f.required,
			plan:     planOf(t.Field(f.index).Type, rules.ForMember(f.name)),
		})
	}
	actual, _ := structPlans.LoadOrStore(t, sp)
	return actual.(*structPlan)
}

func planOf(t reflect.Type, m rules.Member) *plan {
	p := &plan{typ: t, member: m}
	switch {
	case t == textType:
		p.kind = kindText
	case reflect.PointerTo(t).Implements(textUnmarshaler):
		p.kind = kindCodec
		if t == dateType {
			p.keyword, p.rule = "pattern", rules.Date.Def
		} else {
			p.keyword, p.rule = "enum", t.Name()
			quoted := make([]string, len(codeListsOfCodecs[t]))
			for i, c := range codeListsOfCodecs[t] {
				quoted[i] = strconv.Quote(c.Code)
			}
			p.enum = strings.Join(quoted, ", ")
		}
	case t.Kind() == reflect.String:
		p.kind = kindString
	case t.Kind() == reflect.Int:
		if m.Maximum <= 0 {
			panic("ogp: integer member without a range in internal/rules: " + t.String())
		}
		p.kind = kindInt
	case t.Kind() == reflect.Struct:
		p.kind, p.st = kindStruct, structPlanOf(t)
	case t.Kind() == reflect.Pointer:
		p.kind, p.elem = kindPointer, planOf(t.Elem(), rules.Member{})
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		p.kind = kindStrings
	case t.Kind() == reflect.Slice:
		p.kind, p.elem = kindSlice, planOf(t.Elem(), rules.Member{})
	default:
		// The model holds no other kinds; reaching here is a bug in this
		// package, not in the input.
		panic("ogp: cannot decode into " + t.String())
	}
	return p
}

// value reads the value at d.pos into v, as p says.
func (d *decoder) value(p *plan, v reflect.Value) {
	if d.locs != nil {
		i := d.locs.open(d.anchor(), d.peek())
		defer d.locs.close(i)
	}
	switch p.kind {
	case kindString:
		s, ok := d.stringValue()
		if !ok {
			return
		}
		if len(d.path) == 1 && d.path[0].name == "formatVersion" {
			// checked against this library's at the end
			d.version, d.versionSeen, d.versionAt = s, true, d.anchor()
		}
		if f := p.member.String; f != nil && !f.Match(s) {
			d.schemaError(&SchemaError{Keyword: patternKeyword(s), Rule: d.formName(f), Value: describeString(s)})
			return
		}
		v.SetString(s)
	case kindInt:
		d.integer(p, v)
	case kindText:
		d.text(p, v)
	case kindCodec:
		s, ok := d.stringValue()
		if !ok {
			return
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			keyword := p.keyword
			if keyword == "pattern" {
				keyword = patternKeyword(s)
			}
			d.schemaError(&SchemaError{Keyword: keyword, Rule: p.rule, Value: describeString(s), Want: p.enum, err: err})
		}
	case kindStruct:
		d.object(p.st, v)
	case kindPointer:
		if d.peek() != '{' {
			d.wrongType("object")
			return
		}
		nv := reflect.New(p.elem.typ)
		d.object(p.elem.st, nv.Elem())
		v.Set(nv)
	case kindStrings:
		d.strings(p, v)
	case kindSlice:
		d.slice(p, v)
	}
}

// stringValue reads a value that must be a string; ok is false when it is
// not one (recorded) or cannot be held.
func (d *decoder) stringValue() (s string, ok bool) {
	if d.peek() != '"' {
		d.wrongType("string")
		return "", false
	}
	return d.str()
}

// patternKeyword returns the keyword of the schema that refuses s, a value
// not of its form: "not" for a value with a line feed, which every pattern
// of the schema refuses with "not" (Python's "$" would match before a final
// one), else "pattern".
func patternKeyword(s string) string {
	if strings.Contains(s, "\n") {
		return "not"
	}
	return "pattern"
}

// formName names the rule of a string form for messages: its definition,
// or the member it is written in.
func (d *decoder) formName(f *rules.String) string {
	if f.Def != "" {
		return f.Def
	}
	return d.structName + "." + d.path[len(d.path)-1].name
}

// wrongType records a value that is not of the JSON type want and skips it.
func (d *decoder) wrongType(want string) {
	start := d.pos
	found, value := d.kindAt()
	d.skip(nil)
	if d.fatal {
		return
	}
	if value == "" {
		value = describeRaw(d.data[start:min(d.pos, start+4*maxDescribed)])
	}
	d.schemaError(&SchemaError{Keyword: "type", Want: want, Found: found, Value: value})
}

// kindAt returns the JSON type of the value at d.pos, with "integer" for a
// number without fraction or exponent, and for an object or array how a
// message shows it.
func (d *decoder) kindAt() (typ, value string) {
	switch c := d.peek(); c {
	case '{':
		return "object", "{…}"
	case '[':
		return "array", "[…]"
	case '"':
		return "string", ""
	case 't', 'f':
		return "boolean", ""
	case 'n':
		return "null", ""
	}
	i := d.pos
	for i < len(d.data) && strings.IndexByte("-+0123456789.eE", d.data[i]) >= 0 {
		i++
	}
	if strings.ContainsAny(string(d.data[d.pos:i]), ".eE") {
		return "number", ""
	}
	return "integer", ""
}

// maxDescribed is the most characters of a value a message quotes.
const maxDescribed = 60

// describeString returns s as a message quotes it: in double quotes, cut
// to maxDescribed characters, without copying a long s whole.
func describeString(s string) string {
	n := 0
	for i := range s {
		if n == maxDescribed-3 {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}

// describeRaw returns a value as written, cut to maxDescribed characters.
func describeRaw(raw []byte) string {
	if utf8.RuneCount(raw) <= maxDescribed {
		return string(raw)
	}
	n := 0
	for i := range string(raw) {
		if n == maxDescribed-3 {
			return strings.ToValidUTF8(string(raw[:i]), "\uFFFD") + "…"
		}
		n++
	}
	return string(raw)
}

func (d *decoder) integer(p *plan, v reflect.Value) {
	c := d.peek()
	if c != '-' && (c < '0' || c > '9') {
		d.wrongType("integer")
		return
	}
	n := d.number()
	if d.fatal {
		return
	}
	// JSON Schema counts 6.0 and 6e0 as integers; so does the model.
	if !isIntegral(n) {
		d.schemaError(&SchemaError{Keyword: "type", Want: "integer", Found: "number", Value: describeRaw(n)})
		return
	}
	f, _ := strconv.ParseFloat(string(n), 64) // n is a number: at worst ±Inf
	if m := p.member; m.Maximum > 0 && (f < float64(m.Minimum) || f > float64(m.Maximum)) {
		keyword := "minimum"
		if f > float64(m.Maximum) {
			keyword = "maximum"
		}
		d.schemaError(&SchemaError{Keyword: keyword, Value: describeRaw(n),
			Want: strconv.Itoa(m.Minimum) + "…" + strconv.Itoa(m.Maximum)})
		return
	}
	v.SetInt(int64(f)) // within the member's range, which planOf requires
}

// isIntegral reports whether the number n, as written, is a whole number:
// whether every digit after the decimal point, once the exponent has moved
// it, is zero. 3.0000000000000000001 is not, though it rounds to 3.0 as a
// float64.
func isIntegral(n []byte) bool {
	s := strings.TrimPrefix(string(n), "-")
	exp := 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil { // beyond int: a huge exponent
			return !strings.HasPrefix(s[i+1:], "-") || strings.Trim(s[:i], "0.") == ""
		}
		s, exp = s[:i], e
	}
	intPart, frac, _ := strings.Cut(s, ".")
	digits := intPart + frac
	if exp >= len(digits) {
		return true // the point moves past every digit
	}
	point := max(len(intPart)+exp, 0) // digits from here on are the fraction
	return point >= len(digits) || strings.Trim(digits[point:], "0") == ""
}

// text reads a Text: an object of non-empty strings keyed by language tag,
// with at least one. Entries at fault are left out.
func (d *decoder) text(p *plan, v reflect.Value) {
	if d.peek() != '{' {
		d.wrongType("object")
		return
	}
	t := Text{}
	count := 0
	var seen names
	d.members(func(m member) {
		count++
		var lt languageTag
		if m.escaped {
			tag, ok := d.memberName(m.raw, m.escaped, m.at)
			lt = languageTag{tag, ok && rules.LanguageTag.Match(tag)}
		} else {
			lt = d.languageTag(m.raw)
		}
		d.push(step{name: lt.tag, index: -1, at: m.at})
		var li int
		if d.locs != nil {
			li = d.locs.open(m.at, d.peek())
		}
		switch {
		case seen.add(lt.tag):
			d.duplicate(m.at)
			d.skip(nil)
			delete(t, lt.tag) // neither of the two counts
		case !lt.valid:
			d.schemaError(&SchemaError{Keyword: "propertyNames", Rule: rules.LanguageTag.Def, Value: describeString(lt.tag)})
			d.textValue(p) // checked all the same, as the schema does
		default:
			if s, ok := d.textValue(p); ok {
				t[lt.tag] = s
			}
		}
		if d.locs != nil {
			d.locs.close(li)
		}
		d.pop()
	})
	switch {
	case d.fatal:
	case count == 0:
		d.schemaError(&SchemaError{Keyword: "minProperties", Want: "1"})
	case len(t) > 0:
		v.Set(reflect.ValueOf(t))
	}
}

// textValue reads one string of a Text.
func (d *decoder) textValue(p *plan) (string, bool) {
	s, ok := d.stringValue()
	switch {
	case !ok:
		return "", false
	case s == "":
		d.schemaError(&SchemaError{Keyword: "minLength", Want: "1", Value: `""`})
		return "", false
	case p.member.Address && !rules.URL.Match(s):
		d.schemaError(&SchemaError{Keyword: patternKeyword(s), Rule: "Address", Value: describeString(s)})
		return "", false
	}
	return s, true
}

// object reads an object of the model into v, a struct.
func (d *decoder) object(sp *structPlan, v reflect.Value) {
	if d.peek() != '{' {
		d.wrongType("object")
		return
	}
	at := d.anchor()
	var seen uint64 // bit i: field i was read
	var unkept names
	d.members(func(m member) {
		i, known := -1, false
		if !m.escaped {
			i, known = sp.byName[string(m.raw)]
		}
		name, ok := "", true
		if known {
			name = sp.fields[i].name
		} else {
			name, ok = d.memberName(m.raw, m.escaped, m.at)
			i, known = sp.byName[name]
		}
		d.push(step{name: name, index: -1, at: m.at})
		switch {
		case known && seen&(1<<i) != 0:
			// Readers disagree about which of the two counts, so the
			// model holds neither.
			d.duplicate(m.at)
			d.skip(nil)
			v.Field(sp.fields[i].index).SetZero()
		case !known && !ok && unkept.add(name):
			// A name that cannot be kept is not in Extra: remember it
			// here.
			d.duplicate(m.at)
			d.skip(nil)
		case known:
			seen |= 1 << i
			outer := d.structName
			d.structName = sp.name
			d.value(sp.fields[i].plan, v.Field(sp.fields[i].index))
			d.structName = outer
		default:
			d.extra(sp, v, name, ok)
		}
		d.pop()
	})
	if d.fatal {
		return
	}
	for i, f := range sp.fields {
		if f.required && seen&(1<<i) == 0 {
			d.addError(at, &SchemaError{Keyword: "required", Member: f.name})
		}
	}
}

// extra keeps a member the model does not define in the object's Extra, as
// compact JSON. A member whose name does not begin with "x-" is also
// recorded as unknown: an error, unless the document turns out to be of a
// newer minor version, which may have added it.
func (d *decoder) extra(sp *structPlan, v reflect.Value, name string, nameOK bool) {
	extra := v.Field(sp.extra)
	key := reflect.ValueOf(name)
	if nameOK && !extra.IsNil() && extra.MapIndex(key).IsValid() {
		d.duplicate(d.anchor())
		d.skip(nil)
		extra.SetMapIndex(key, reflect.Value{}) // neither of the two counts
		return
	}
	if !strings.HasPrefix(name, "x-") {
		e := &SchemaError{Keyword: "additionalProperties", Member: name}
		if !d.full() {
			e.Suggestion = suggest(name, sp.byName)
		}
		d.schemaError(e)
	}
	start := len(d.slab)
	d.skip(&d.slab)
	if d.fatal || !nameOK {
		d.slab = d.slab[:start]
		return
	}
	raw := d.slab[start:len(d.slab):len(d.slab)]
	if cap(d.slab)-len(d.slab) < 64 {
		// Values are cut from a slab the decoder owns, not from the input,
		// which the caller may change. A full slab is left to the values
		// cut from it, and the next is twice as big, up to 64 KiB.
		d.slab = make([]byte, 0, min(max(2*cap(d.slab), 512), 64<<10))
	}
	if extra.IsNil() {
		extra.Set(reflect.MakeMap(extra.Type()))
	}
	extra.SetMapIndex(key, reflect.ValueOf(json.RawMessage(raw)))
}

// strings reads an array of strings of the member's form.
func (d *decoder) strings(p *plan, v reflect.Value) {
	if d.peek() != '[' {
		d.wrongType("array")
		return
	}
	at := d.anchor()
	list := []string{}
	var seen names // for UniqueItems: every item, of its form or not
	m := p.member
	d.elements(func(i, elemAt int) {
		d.push(step{index: i, at: elemAt})
		var li int
		if d.locs != nil {
			li = d.locs.open(elemAt, d.peek())
		}
		list = append(list, d.listString(m, &seen))
		if d.locs != nil {
			d.locs.close(li)
		}
		d.pop()
	})
	if d.fatal {
		return
	}
	if len(list) < m.MinItems {
		d.addError(at, &SchemaError{Keyword: "minItems", Want: strconv.Itoa(m.MinItems)})
	}
	v.Set(reflect.ValueOf(list).Convert(v.Type()))
}

// listString reads an item of a list of strings of the member m's form;
// seen holds the items before it. An item at fault is "".
func (d *decoder) listString(m rules.Member, seen *names) string {
	start := d.pos
	if d.peek() != '"' {
		d.wrongType("string")
		if m.UniqueItems && !d.fatal && seen.add(uniqueKey(d.data[start:d.pos])) {
			d.schemaError(&SchemaError{Keyword: "uniqueItems", Value: describeRaw(d.data[start:min(d.pos, start+4*maxDescribed)])})
		}
		return ""
	}
	s, ok := d.str()
	if !ok {
		return ""
	}
	formed := m.Items == nil || m.Items.Match(s)
	if !formed {
		d.schemaError(&SchemaError{Keyword: patternKeyword(s), Rule: m.Items.Def, Value: describeString(s)})
	}
	if m.UniqueItems && seen.add(s) {
		d.schemaError(&SchemaError{Keyword: "uniqueItems", Value: describeString(s)})
	}
	if !formed {
		return ""
	}
	return s
}

// uniqueKey returns what a JSON value other than a string is equal to for
// uniqueItems, as a key that no string has: its compact form, and for a
// number its value (1 and 1.0 are equal). Objects whose members are in
// another order are taken for different.
func uniqueKey(raw []byte) string {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return "\x00" + string(raw)
	}
	if f, err := strconv.ParseFloat(b.String(), 64); err == nil {
		return "\x00n" + strconv.FormatFloat(f, 'g', -1, 64)
	}
	return "\x00" + b.String()
}

// slice reads an array of objects of the model. An element at fault keeps
// its place, as a zero value, so that the places of the others stay right.
func (d *decoder) slice(p *plan, v reflect.Value) {
	if d.peek() != '[' {
		d.wrongType("array")
		return
	}
	at := d.anchor()
	v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	d.elements(func(i, elemAt int) {
		d.push(step{index: i, at: elemAt})
		v.Grow(1)
		v.SetLen(i + 1)
		d.value(p.elem, v.Index(i))
		d.pop()
	})
	if !d.fatal && v.Len() < p.member.MinItems {
		d.addError(at, &SchemaError{Keyword: "minItems", Want: strconv.Itoa(p.member.MinItems)})
	}
}

// suggest returns the member of known a misspelled name probably meant:
// one at an edit distance of at most two, ignoring case; "" if none.
func suggest(name string, known map[string]int) string {
	if len(name) > 64 {
		return "" // no name of the format is that long
	}
	lower := strings.ToLower(name)
	best, bestDist := "", 3
	for k := range known {
		dist := editDistance(lower, strings.ToLower(k))
		if dist < bestDist || dist == bestDist && k < best {
			best, bestDist = k, dist
		}
	}
	return best
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
