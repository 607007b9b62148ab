// Package jsonnode parses JSON into a tree that remembers where each value
// came from.
//
// The standard library's decoder forgets positions once a value is decoded and
// silently keeps the last of two members with the same name. A submission
// validator needs both: the byte offset of every value, to point at it by line
// and column, and a refusal of duplicate names, because different JSON parsers
// keep different duplicates. Parse gives both, and bounds the work it does on
// hostile input with [Limits].
//
// The grammar itself is the standard library's: tokens come from
// [encoding/json.Decoder], so what this package accepts is exactly what
// encoding/json accepts.
package jsonnode

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the JSON type of a [Node].
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "boolean", "number", "string", "array", "object"}

// String returns the JSON name of the type: "null", "boolean", "number",
// "string", "array" or "object".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Node is one JSON value and where it is in the parsed input.
type Node struct {
	Kind Kind
	// Offset is the byte offset of the value's first byte; End is the offset
	// just past its last byte, so input[Offset:End] is the value as written.
	Offset, End int
	// Text is the decoded string of a String, the literal of a Number, and
	// "true" or "false" for a Bool.
	Text string
	// Members holds an Object's members in input order.
	Members []Member
	// Elems holds an Array's elements in input order.
	Elems []*Node
}

// Member is one name/value pair of an object.
type Member struct {
	Name string
	// NameOffset is the byte offset of the opening quote of the name.
	NameOffset int
	Value      *Node
}

// Member returns the value of the member called name, or nil.
func (n *Node) Member(name string) *Node {
	for i := range n.Members {
		if n.Members[i].Name == name {
			return n.Members[i].Value
		}
	}
	return nil
}

// Limits bound the work Parse does. A zero field takes its default.
type Limits struct {
	// MaxBytes is the largest input accepted (default 64 MiB).
	MaxBytes int
	// MaxDepth is the deepest nesting of arrays and objects accepted
	// (default 64).
	MaxDepth int
}

// Default limits.
const (
	DefaultMaxBytes = 64 << 20
	DefaultMaxDepth = 64
)

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	return l
}

// The reasons Parse refuses an input; an [*Error] wraps exactly one.
var (
	ErrSyntax          = errors.New("invalid JSON")
	ErrInvalidUTF8     = errors.New("invalid UTF-8")
	ErrDuplicateMember = errors.New("duplicate member name")
	ErrTooDeep         = errors.New("nesting too deep")
	ErrTooLarge        = errors.New("document too large")
)

// Error is a reason to refuse an input, at a place in it.
type Error struct {
	// Offset is the byte offset where the problem was found.
	Offset int
	// Pointer is the JSON Pointer (RFC 6901) of the value being read, as far
	// as it is known.
	Pointer string
	// Err is one of the Err* values of this package, possibly wrapped with
	// detail.
	Err error
}

// Error returns "offset N: reason".
func (e *Error) Error() string {
	return fmt.Sprintf("offset %d: %v", e.Offset, e.Err)
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// Parse parses one JSON value (with optional surrounding white space) from
// data. The returned error is an [*Error].
func Parse(data []byte, limits Limits) (*Node, error) {
	limits = limits.withDefaults()
	if len(data) > limits.MaxBytes {
		return nil, &Error{Offset: limits.MaxBytes, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limits.MaxBytes)}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		return nil, &Error{Offset: off, Err: fmt.Errorf("%w: byte 0x%02x", ErrInvalidUTF8, data[off])}
	}
	p := &parser{data: data, limits: limits, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	root, err := p.value(0, "")
	if err != nil {
		return nil, err
	}
	if off := skipSpace(data, int(p.dec.InputOffset())); off < len(data) {
		return nil, &Error{Offset: off, Err: fmt.Errorf("%w: unexpected data after the top-level value", ErrSyntax)}
	}
	return root, nil
}

type parser struct {
	data   []byte
	limits Limits
	dec    *json.Decoder
}

// token reads the next token and returns it with the offset of its first byte.
func (p *parser) token(ptr string) (json.Token, int, error) {
	start := skipSeparators(p.data, int(p.dec.InputOffset()))
	tok, err := p.dec.Token()
	if err != nil {
		return nil, start, p.syntaxError(err, start, ptr)
	}
	return tok, start, nil
}

func (p *parser) syntaxError(err error, start int, ptr string) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		// A Decoder's offsets are not always absolute; a whole-input check
		// finds the same error at its exact place. Its Offset counts the
		// bytes read, the offending one included.
		var raw json.RawMessage
		errors.As(json.Unmarshal(p.data, &raw), &se)
		off := min(max(int(se.Offset)-1, 0), len(p.data))
		if strings.Contains(se.Error(), "unexpected end") {
			off = len(p.data)
		}
		return &Error{Offset: off, Pointer: ptr, Err: fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(se.Error(), "json: "))}
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return &Error{Offset: len(p.data), Pointer: ptr, Err: fmt.Errorf("%w: unexpected end of input", ErrSyntax)}
	default:
		return &Error{Offset: start, Pointer: ptr, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
}

func (p *parser) value(depth int, ptr string) (*Node, error) {
	tok, start, err := p.token(ptr)
	if err != nil {
		return nil, err
	}
	return p.valueFrom(tok, start, depth, ptr)
}

func (p *parser) valueFrom(tok json.Token, start, depth int, ptr string) (*Node, error) {
	n := &Node{Offset: start}
	switch t := tok.(type) {
	case nil:
		n.Kind = Null
	case bool:
		n.Kind, n.Text = Bool, strconv.FormatBool(t)
	case json.Number:
		n.Kind, n.Text = Number, string(t)
	case string:
		n.Kind, n.Text = String, t
	case json.Delim:
		if t == ']' || t == '}' {
			return nil, &Error{Offset: start, Pointer: ptr, Err: fmt.Errorf("%w: unexpected %q", ErrSyntax, string(t))}
		}
		if depth >= p.limits.MaxDepth {
			return nil, &Error{Offset: start, Pointer: ptr, Err: fmt.Errorf("%w: more than %d levels", ErrTooDeep, p.limits.MaxDepth)}
		}
		var err error
		if t == '[' {
			err = p.array(n, depth+1, ptr)
		} else {
			err = p.object(n, depth+1, ptr)
		}
		if err != nil {
			return nil, err
		}
	}
	n.End = int(p.dec.InputOffset())
	return n, nil
}

func (p *parser) array(n *Node, depth int, ptr string) error {
	n.Kind = Array
	for i := 0; ; i++ {
		elemPtr := ptr + "/" + strconv.Itoa(i)
		tok, start, err := p.token(elemPtr)
		if err != nil {
			return err
		}
		if tok == json.Delim(']') {
			return nil
		}
		elem, err := p.valueFrom(tok, start, depth, elemPtr)
		if err != nil {
			return err
		}
		n.Elems = append(n.Elems, elem)
	}
}

func (p *parser) object(n *Node, depth int, ptr string) error {
	n.Kind = Object
	var seen map[string]int
	for {
		tok, start, err := p.token(ptr)
		if err != nil {
			return err
		}
		if tok == json.Delim('}') {
			return nil
		}
		name := tok.(string) // the decoder only yields strings in name position
		memberPtr := ptr + "/" + EscapePointerToken(name)
		if first, dup := seen[name]; dup {
			return &Error{Offset: start, Pointer: memberPtr, Err: fmt.Errorf("%w %q (first at offset %d)", ErrDuplicateMember, name, first)}
		}
		if seen == nil {
			seen = make(map[string]int)
		}
		seen[name] = start
		value, err := p.value(depth, memberPtr)
		if err != nil {
			return err
		}
		n.Members = append(n.Members, Member{Name: name, NameOffset: start, Value: value})
	}
}

// skipSeparators returns the offset of the first byte at or after off that is
// not white space, a comma or a colon: where the decoder's next token starts.
func skipSeparators(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\n', '\r', ',', ':':
			off++
		default:
			return off
		}
	}
	return off
}

func skipSpace(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\n', '\r':
			off++
		default:
			return off
		}
	}
	return off
}

func invalidUTF8Offset(data []byte) int {
	for off := 0; off < len(data); {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size == 1 {
			return off
		}
		off += size
	}
	return len(data)
}

// EscapePointerToken escapes one reference token of a JSON Pointer
// (RFC 6901): "~" becomes "~0" and "/" becomes "~1".
func EscapePointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Position returns the 1-based line and column of byte offset off in data.
// Columns count characters (Unicode code points), not bytes, so they match
// what an editor shows on lines with accented text. An offset past the end
// of data gives the position just after the last character.
func Position(data []byte, off int) (line, column int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}
