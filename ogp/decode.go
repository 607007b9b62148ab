package ogp

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The reasons a document fails to decode; a [*DecodeError] wraps one of
// them, a [*SchemaError], a [*DateError] or a [*VersionError].
var (
	// ErrSyntax: the input is not JSON. A [*SyntaxError] says why.
	ErrSyntax = errors.New("invalid JSON")
	// ErrInvalidUTF8: the input is not valid UTF-8. It is a syntax error:
	// the error wraps ErrSyntax too.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrLoneSurrogate: a string escapes half of a UTF-16 surrogate pair
	// ("\ud800"), which stands for no character. Decoders that replace it
	// with U+FFFD lose what was meant, so the format refuses it.
	ErrLoneSurrogate = errors.New("lone UTF-16 surrogate")
	// ErrDuplicateMember: an object has two members with the same name.
	// JSON parsers disagree about which one counts, so the format forbids it.
	ErrDuplicateMember = errors.New("duplicate member")
	// ErrTooLarge: the input is larger, or nests deeper, than a decoder
	// accepts.
	ErrTooLarge = errors.New("input too large")
	// ErrTooDeep: the input nests deeper than a decoder accepts. It wraps
	// ErrTooLarge.
	ErrTooDeep = fmt.Errorf("%w: nesting too deep", ErrTooLarge)
	// ErrMissingMember: an object lacks a member the format requires.
	ErrMissingMember = errors.New("missing member")
	// ErrUnknownMember: an object has a member the format does not define and
	// whose name does not begin with "x-".
	ErrUnknownMember = errors.New("unknown member")
	// ErrWrongType: a value has the wrong JSON type, such as a number where a
	// string belongs.
	ErrWrongType = errors.New("wrong type")
	// ErrInvalidValue: a value of the right type breaks a rule of the
	// format: the form of an id or a date, a code list, a range, an empty
	// text or list, a repeated list item.
	ErrInvalidValue = errors.New("invalid value")
)

// SyntaxError says where the input stops being JSON: what was found there
// while reading what. It wraps [ErrSyntax].
type SyntaxError struct {
	// Found is the character found where it does not belong, unless AtEnd.
	Found rune
	// AtEnd is set when the input ends where more was due.
	AtEnd bool
	// Context is what was being read: one of the Syntax constants.
	Context string
}

// The contexts of a [SyntaxError].
const (
	SyntaxValue         = "value"          // the start of a value
	SyntaxName          = "name"           // the start of a member name, in double quotes
	SyntaxAfterName     = "after name"     // the colon after a member name
	SyntaxAfterMember   = "after member"   // the comma or closing brace after a member
	SyntaxAfterElement  = "after element"  // the comma or closing bracket after an element
	SyntaxAfterDocument = "after document" // nothing, after the document's value
	SyntaxString        = "string"         // a string: a control character, or its end
	SyntaxEscape        = "escape"         // an escape in a string
	SyntaxNumber        = "number"         // a number
)

// Error says what was found, and where it does not belong, in English.
func (e *SyntaxError) Error() string {
	found := "end of input"
	if !e.AtEnd {
		found = "character " + strconv.QuoteRune(e.Found)
	}
	return fmt.Sprintf("%v: unexpected %s, looking for %s", ErrSyntax, found, syntaxWants[e.Context])
}

// syntaxWants says what the decoder looks for in each context.
var syntaxWants = map[string]string{
	SyntaxValue:         "the start of a value",
	SyntaxName:          "a member name in double quotes",
	SyntaxAfterName:     "the colon after a member name",
	SyntaxAfterMember:   "a comma or } after a member",
	SyntaxAfterElement:  "a comma or ] after an element",
	SyntaxAfterDocument: "nothing after the document's value",
	SyntaxString:        "the rest of a string, with control characters escaped",
	SyntaxEscape:        `an escape: \" \\ / b f n r t or u and four hex digits`,
	SyntaxNumber:        "the rest of a number",
}

// Unwrap returns [ErrSyntax].
func (e *SyntaxError) Unwrap() error { return ErrSyntax }

// DecodeError is a reason a document cannot be decoded, at a place in it.
type DecodeError struct {
	// Pointer is the JSON Pointer (RFC 6901) of the value at fault: "" for the
	// whole document, "/plans/0/commitments/2/title" for a title.
	Pointer string
	// Offset is the byte offset in the input where the problem is: for a
	// syntax error, invalid UTF-8 or a lone surrogate, the offending byte;
	// otherwise the opening quote of the member's name when the value is an
	// object's member (where an editor would put the cursor to fix it), else
	// the value's first byte.
	Offset int
	// Line and Column are the 1-based position of Offset. Columns count
	// characters, not bytes.
	Line, Column int
	// Err says what is wrong. It wraps one of this package's Err values; it
	// is a [*SchemaError] for a value the published schema refuses, a
	// [*SyntaxError] where the input stops being JSON, and a
	// [*VersionError] for a format version this library cannot read.
	Err error
}

// Error returns "line:column: pointer: reason", the pointer left out for the
// document root.
func (e *DecodeError) Error() string {
	if e.Pointer == "" {
		return fmt.Sprintf("%d:%d: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%d:%d: %s: %v", e.Line, e.Column, e.Pointer, e.Err)
}

// Unwrap returns e.Err.
func (e *DecodeError) Unwrap() error { return e.Err }

// SchemaError is a rule of the published JSON Schema that a value breaks.
// Its fields are the arguments of a message, so that a validator can say
// the same in any language.
type SchemaError struct {
	// Keyword is the schema keyword the value fails: "required",
	// "additionalProperties", "type", "enum", "pattern" ("not" for a value
	// with a line feed, which the schema refuses so), "minItems",
	// "minProperties", "minLength", "minimum", "maximum", "uniqueItems" or
	// "propertyNames".
	Keyword string
	// Rule names what a "pattern", "enum" or "propertyNames" checks: the
	// schema definition ("Date", "Id", "LanguageTag", "Address", "Status")
	// or, for a form written in place, the type and member
	// ("Member.country").
	Rule string
	// Member is the name of the missing member ("required") or of the
	// unknown one ("additionalProperties").
	Member string
	// Suggestion is, for an unknown member, the member of the format it
	// probably misspells, or "".
	Suggestion string
	// Want is what the rule wants: a JSON type ("type": "string",
	// "integer", ...), the quoted codes ("enum"), a count ("minItems"), a
	// range ("minimum", "maximum": "1…12").
	Want string
	// Found is the JSON type found ("type").
	Found string
	// Value is the value at fault as a message shows it: quoted, and cut to
	// 60 characters.
	Value string

	err error // the model's own reason, for a date or a code
}

// Error says what is wrong, in English.
func (e *SchemaError) Error() string {
	switch e.Keyword {
	case "required":
		return fmt.Sprintf("%v %q", ErrMissingMember, e.Member)
	case "additionalProperties":
		if e.Suggestion != "" {
			return fmt.Sprintf("%v %q (did you mean %q?)", ErrUnknownMember, e.Member, e.Suggestion)
		}
		return fmt.Sprintf("%v %q", ErrUnknownMember, e.Member)
	case "type":
		return fmt.Sprintf("%v: want %s, found %s", ErrWrongType, e.Want, e.Found)
	}
	if e.err != nil {
		return e.err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%v: ", ErrInvalidValue)
	if e.Value != "" {
		b.WriteString(e.Value + " ")
	}
	fmt.Fprintf(&b, "breaks %s", e.Keyword)
	if e.Rule != "" {
		b.WriteString(" of " + e.Rule)
	}
	if e.Want != "" {
		b.WriteString(" (want " + e.Want + ")")
	}
	return b.String()
}

// Unwrap returns the sentinel of the keyword: [ErrMissingMember],
// [ErrUnknownMember], [ErrWrongType] or [ErrInvalidValue], and for a date
// or a code the model's own reason too ([ErrInvalidDate], [ErrUnknownCode]).
func (e *SchemaError) Unwrap() []error {
	var sentinel error
	switch e.Keyword {
	case "required":
		sentinel = ErrMissingMember
	case "additionalProperties":
		sentinel = ErrUnknownMember
	case "type":
		sentinel = ErrWrongType
	default:
		sentinel = ErrInvalidValue
	}
	if e.err != nil {
		return []error{sentinel, e.err}
	}
	return []error{sentinel}
}

// DecodeErrors is every reason a document cannot be decoded, in the order
// of their place in the input.
type DecodeErrors struct {
	// Errors are the reasons, at most the limit of errors kept.
	Errors []*DecodeError
	// Omitted counts the reasons beyond that limit.
	Omitted int
}

// Error returns the first reason, and how many more there are.
func (e *DecodeErrors) Error() string {
	if len(e.Errors) == 0 {
		return "no error"
	}
	if more := len(e.Errors) - 1 + e.Omitted; more > 0 {
		return fmt.Sprintf("%v (and %d more)", e.Errors[0], more)
	}
	return e.Errors[0].Error()
}

// Unwrap returns the reasons, for errors.Is and errors.As.
func (e *DecodeErrors) Unwrap() []error {
	errs := make([]error, len(e.Errors))
	for i, de := range e.Errors {
		errs[i] = de
	}
	return errs
}

// Limits bound the work of decoding. A zero field takes its default.
type Limits struct {
	// MaxBytes is the largest input accepted (default 64 MiB).
	MaxBytes int
	// MaxDepth is the deepest nesting of arrays and objects accepted
	// (default [MaxDepth], at most [MaxDepthLimit]).
	MaxDepth int
	// MaxErrors is the most errors kept (default 1000); the others are
	// counted.
	MaxErrors int
}

// Limits.
const (
	// MaxDepth is the deepest nesting of arrays and objects [Decode]
	// accepts. The format itself nests about ten levels; the rest is room
	// for extension members.
	MaxDepth = 64
	// MaxDepthLimit is the deepest nesting any [Limits] allow: the decoder
	// recurses once per level, and a goroutine's stack is bounded.
	MaxDepthLimit = 100_000
	// DefaultMaxBytes is the largest input [Decode] accepts.
	DefaultMaxBytes = 64 << 20
	// DefaultMaxErrors is the most errors [Decode] keeps.
	DefaultMaxErrors = 1000
)

func (l Limits) withDefaults() Limits {
	l.MaxBytes = cmp.Or(max(l.MaxBytes, 0), DefaultMaxBytes)
	l.MaxDepth = min(cmp.Or(max(l.MaxDepth, 0), MaxDepth), MaxDepthLimit)
	l.MaxErrors = cmp.Or(max(l.MaxErrors, 0), DefaultMaxErrors)
	return l
}

// Decode reads a document and checks it against the format's published
// JSON Schema on the way, in one pass over data. It refuses input that is
// not JSON in UTF-8, has duplicate member names, nests deeper than
// [MaxDepth], or breaks a rule of the schema: a missing or unknown member
// (other than "x-" members), a value of the wrong type or form, a code not
// in a closed list. It refuses a document whose format version it cannot
// read (see [CheckVersion]); a document of a newer minor version decodes,
// with the members that version may have added kept in Extra.
//
// Decode does not check what the schema cannot say, such as whether
// references resolve: that is package validate's job. The error is a
// [*DecodeErrors] listing every problem.
func Decode(data []byte) (*Package, error) {
	r := decodeAll(data, Limits{}, false)
	if errs := r.errorsFor(r.Compatibility == NewerMinor); errs != nil {
		return nil, errs
	}
	return r.Package, nil
}

// Result is what [DecodeAll] read of a document.
type Result struct {
	// Package is what could be read: every value but those at fault, which
	// are left zero; an element at fault of a list is left zero in its
	// place, so that the others keep theirs, and a list keeps items it
	// repeats. It is never nil.
	Package *Package
	// Errors are the problems found, in the order of their place in the
	// input, at most Limits.MaxErrors of them. A document of a format version
	// this library cannot read gets that one error.
	Errors []*DecodeError
	// Omitted counts the problems beyond Limits.MaxErrors.
	Omitted int
	// Compatibility says how the document's format version relates to this
	// library's.
	Compatibility Compatibility

	omittedUnknown int // of Omitted, the unknown members
	data           []byte
	locs           *locations
}

// DecodeAll reads as much of a document as it can, in one pass over data,
// and returns what it read with every problem found: [Decode] is DecodeAll
// for callers that want a document or an error. Members of a document of a
// newer minor version that this version does not define are kept in Extra
// and reported with [ErrUnknownMember], as every JSON Schema validator
// using this version's schema reports them.
//
// After a syntax error, or a value nested deeper than the limit, nothing
// more is read. Every other problem leaves the value at fault out of the
// model and the walk goes on.
func DecodeAll(data []byte, limits Limits) *Result { return decodeAll(data, limits, true) }

// decodeAll is DecodeAll, which keeps the places of values with locate.
func decodeAll(data []byte, limits Limits, locate bool) *Result {
	limits = limits.withDefaults()
	d := &decoder{data: data, maxDepth: limits.MaxDepth, maxErrs: limits.MaxErrors}
	if locate {
		d.locs = &locations{data: data}
	}
	r := &Result{Package: new(Package), data: data, locs: d.locs}
	if len(data) > limits.MaxBytes {
		d.fatal = true
		d.addError(0, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limits.MaxBytes))
	} else {
		d.walk(reflect.ValueOf(r.Package).Elem())
	}
	r.finish(d)
	if d.versionSeen && !d.fatal {
		compat, err := CheckVersion(d.version)
		if err != nil {
			r.Errors, r.Omitted = []*DecodeError{{Pointer: "/formatVersion", Offset: d.versionAt, Err: err}}, 0
			r.fillPositions()
		}
		r.Compatibility = compat
	}
	return r
}

// walk reads the whole input into v, a struct of the model.
func (d *decoder) walk(v reflect.Value) {
	d.root = d.skipSpace()
	d.structName = v.Type().Name()
	d.value(&plan{kind: kindStruct, st: structPlanOf(v.Type())}, v)
	if !d.fatal {
		if d.space(); d.pos < len(d.data) {
			d.unexpected(SyntaxAfterDocument)
		}
	}
}

// finish sorts the errors and fills in their lines and columns.
func (r *Result) finish(d *decoder) {
	slices.SortStableFunc(d.errs, func(a, b *DecodeError) int { return cmp.Compare(a.Offset, b.Offset) })
	r.Errors, r.Omitted, r.omittedUnknown = d.errs, d.omitted, d.omittedUnknown
	r.fillPositions()
}

func (r *Result) fillPositions() {
	offsets := make([]int, len(r.Errors))
	for i, e := range r.Errors {
		offsets[i] = e.Offset
	}
	for i, p := range Positions(r.data, offsets) {
		r.Errors[i].Line, r.Errors[i].Column = p.Line, p.Column
	}
}

// errorsFor returns the errors as one error, or nil when there are none;
// with newerMinor, unknown members do not count.
func (r *Result) errorsFor(newerMinor bool) error {
	errs, omitted := r.Errors, r.Omitted
	if newerMinor {
		errs = slices.DeleteFunc(slices.Clone(errs), func(e *DecodeError) bool { return errors.Is(e, ErrUnknownMember) })
		omitted -= r.omittedUnknown
	}
	if len(errs) == 0 && omitted == 0 {
		return nil
	}
	return &DecodeErrors{Errors: errs, Omitted: omitted}
}

// Offset returns where in the input the value ptr points to is anchored
// (it reads the input again for member names: keep the input unchanged
// while the Result is in use; and it is not safe for concurrent use):
// the opening quote of its member name when it is an object's member, else
// its first byte. It knows the places of the values the model holds; for a
// pointer that leads elsewhere, such as to a missing member or into an
// Extra member, it returns the place of the deepest such value on the way,
// and false. (Keeping the places of Extra members would cost memory in
// proportion to their number, and nothing that checks a document points
// into them: the errors about them carry their own places.)
func (r *Result) Offset(ptr string) (int, bool) { return r.locs.offset(ptr) }

// Position is a 1-based line and column; columns count characters.
type Position struct{ Line, Column int }

// Positions returns the line and column of each byte offset into data, in
// one pass over data however many offsets there are.
func Positions(data []byte, offsets []int) []Position {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(offsets[a], offsets[b]) })
	out := make([]Position, len(offsets))
	line, col, pos := 1, 1, 0
	for _, i := range order {
		off := min(max(offsets[i], 0), len(data))
		for pos < off {
			nl := bytes.IndexByte(data[pos:off], '\n')
			if nl < 0 {
				col += utf8.RuneCount(data[pos:off])
				pos = off
				break
			}
			line, col, pos = line+1, 1, pos+nl+1
		}
		out[i] = Position{line, col}
	}
	return out
}

// unmarshalValue decodes data into the struct v points at, for the
// UnmarshalJSON methods of the model's types: strictly, as Decode does. As
// with encoding/json, null leaves the value as it is.
func unmarshalValue(data []byte, v any) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	rv := reflect.ValueOf(v).Elem()
	rv.SetZero()
	d := &decoder{data: data, maxDepth: MaxDepth, maxErrs: DefaultMaxErrors}
	d.walk(rv)
	r := &Result{data: data}
	r.finish(d)
	return r.errorsFor(false)
}

func decodeDocument(data []byte, p *Package) error {
	q, err := Decode(data)
	if err != nil {
		return err
	}
	*p = *q
	return nil
}
