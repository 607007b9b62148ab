package ogp

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/internal/jsonnode"
	"github.com/ogpx/interchange/internal/ogphook"
)

// The reasons a document fails to decode; a [*DecodeError] wraps one of
// them, a [*DateError] or [ErrUnknownCode].
var (
	// ErrSyntax: the input is not JSON, or not valid UTF-8.
	ErrSyntax = errors.New("invalid JSON")
	// ErrDuplicateMember: an object has two members with the same name.
	// JSON parsers disagree about which one counts, so the format forbids it.
	ErrDuplicateMember = errors.New("duplicate member")
	// ErrUnknownMember: an object has a member the format does not define and
	// whose name does not begin with "x-".
	ErrUnknownMember = errors.New("unknown member")
	// ErrWrongType: a value has the wrong JSON type, such as a number where a
	// string belongs.
	ErrWrongType = errors.New("wrong type")
	// ErrTooLarge: the input is larger, or nests deeper, than a decoder
	// accepts.
	ErrTooLarge = errors.New("input too large")
)

// DecodeError is a reason a document cannot be decoded, at a place in it.
type DecodeError struct {
	// Pointer is the JSON Pointer (RFC 6901) of the value at fault: "" for the
	// whole document, "/plans/0/commitments/2/title" for a title.
	Pointer string
	// Offset is the byte offset in the input where the problem is.
	Offset int
	// Line and Column are the 1-based position of Offset. Columns count
	// characters, not bytes.
	Line, Column int
	// Err says what is wrong. It wraps one of this package's Err values, or
	// is a [*DateError] or a [*VersionError].
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

// MaxDepth is the deepest nesting of arrays and objects [Decode] accepts.
// The format itself nests about ten levels; the rest is room for extension
// members.
const MaxDepth = jsonnode.DefaultMaxDepth

// Decode reads a document. It refuses input that is not valid JSON in
// UTF-8, has duplicate member names, nests deeper than [MaxDepth], holds a
// member the format does not define (other than "x-" members), a value of
// the wrong type, a date that is not EDTF, or a code not in a closed list.
// It refuses a document whose format version it cannot read (see
// [CheckVersion]); a document of a newer minor version decodes, with the
// members that version added kept in Extra.
//
// Decode does not check that required members are present or that
// references resolve: that is validation's job. The error is a
// [*DecodeError].
func Decode(data []byte) (*Package, error) {
	p := new(Package)
	if err := decodeDocument(data, p); err != nil {
		return nil, err
	}
	return p, nil
}

func init() {
	ogphook.DecodeTree = func(data []byte, root *jsonnode.Node, p any) error {
		return decodeTree(data, root, p.(*Package))
	}
}

func decodeDocument(data []byte, p *Package) error {
	root, err := parse(data)
	if err != nil {
		return err
	}
	return decodeTree(data, root, p)
}

// decodeTree decodes the document data, parsed as root, into p.
func decodeTree(data []byte, root *jsonnode.Node, p *Package) error {
	d := &decoder{data: data}
	if root.Kind == jsonnode.Object {
		v := root.Member("formatVersion")
		if v == nil {
			return d.errorAt(root.Offset, "", &VersionError{Reason: "the document has no formatVersion"})
		}
		if v.Kind == jsonnode.String {
			compat, err := CheckVersion(v.Text)
			if err != nil {
				return d.errorAt(v.Offset, "/formatVersion", err)
			}
			d.keepUnknown = compat == NewerMinor
		}
	}
	*p = Package{}
	return d.value(root, reflect.ValueOf(p).Elem(), "")
}

// parse turns bytes into a tree, translating the tree's errors into ours.
func parse(data []byte) (*jsonnode.Node, error) {
	root, err := jsonnode.Parse(data, jsonnode.Limits{MaxDepth: MaxDepth, MaxBytes: len(data) + 1})
	if err == nil {
		return root, nil
	}
	var ne *jsonnode.Error
	if !errors.As(err, &ne) {
		return nil, err
	}
	reason := ErrSyntax
	switch {
	case errors.Is(err, jsonnode.ErrDuplicateMember):
		reason = ErrDuplicateMember
	case errors.Is(err, jsonnode.ErrTooDeep), errors.Is(err, jsonnode.ErrTooLarge):
		reason = ErrTooLarge
	}
	msg := ne.Err.Error()
	if errors.Is(err, jsonnode.ErrSyntax) {
		msg = strings.TrimPrefix(msg, jsonnode.ErrSyntax.Error()+": ")
	}
	line, col := jsonnode.Position(data, ne.Offset)
	return nil, &DecodeError{Pointer: ne.Pointer, Offset: ne.Offset, Line: line, Column: col,
		Err: fmt.Errorf("%w: %s", reason, msg)}
}

// unmarshalValue decodes data into the struct v points at, for the
// UnmarshalJSON methods of the model's types.
func unmarshalValue(data []byte, v any) error {
	root, err := parse(data)
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(v).Elem()
	rv.SetZero()
	return (&decoder{data: data}).value(root, rv, "")
}

type decoder struct {
	data []byte
	// keepUnknown keeps members the model does not define in Extra instead
	// of refusing them: the document is of a newer minor version.
	keepUnknown bool
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

func (d *decoder) errorAt(off int, ptr string, err error) error {
	line, col := jsonnode.Position(d.data, off)
	return &DecodeError{Pointer: ptr, Offset: off, Line: line, Column: col, Err: err}
}

func (d *decoder) wrongType(n *jsonnode.Node, ptr, want string) error {
	return d.errorAt(n.Offset, ptr, fmt.Errorf("%w: want %s, found %s", ErrWrongType, want, n.Kind))
}

// value decodes n into v, which is settable.
func (d *decoder) value(n *jsonnode.Node, v reflect.Value, ptr string) error {
	if reflect.PointerTo(v.Type()).Implements(textUnmarshalerType) {
		if n.Kind != jsonnode.String {
			return d.wrongType(n, ptr, "a string")
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.Text)); err != nil {
			return d.errorAt(n.Offset, ptr, err)
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		return d.value(n, v.Elem(), ptr)
	case reflect.Struct:
		return d.object(n, v, ptr)
	case reflect.Slice:
		if n.Kind != jsonnode.Array {
			return d.wrongType(n, ptr, "an array")
		}
		s := reflect.MakeSlice(v.Type(), len(n.Elems), len(n.Elems))
		for i, elem := range n.Elems {
			if err := d.value(elem, s.Index(i), ptr+"/"+strconv.Itoa(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != jsonnode.Object {
			return d.wrongType(n, ptr, "an object")
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Members))
		for _, mem := range n.Members {
			elem := reflect.New(v.Type().Elem()).Elem()
			if err := d.value(mem.Value, elem, ptr+"/"+jsonnode.EscapePointerToken(mem.Name)); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(mem.Name).Convert(v.Type().Key()), elem)
		}
		v.Set(m)
	case reflect.String:
		if n.Kind != jsonnode.String {
			return d.wrongType(n, ptr, "a string")
		}
		v.SetString(n.Text)
	case reflect.Int:
		if n.Kind != jsonnode.Number {
			return d.wrongType(n, ptr, "an integer")
		}
		i, err := strconv.ParseInt(n.Text, 10, 64)
		if err != nil || v.OverflowInt(i) {
			return d.wrongType(n, ptr, "an integer")
		}
		v.SetInt(i)
	default:
		// The model holds no other kinds; reaching here is a bug in this
		// package, not in the input.
		panic("ogp: cannot decode into " + v.Type().String())
	}
	return nil
}

func (d *decoder) object(n *jsonnode.Node, v reflect.Value, ptr string) error {
	if n.Kind != jsonnode.Object {
		return d.wrongType(n, ptr, "an object")
	}
	info := structInfoOf(v.Type())
	for _, mem := range n.Members {
		memberPtr := ptr + "/" + jsonnode.EscapePointerToken(mem.Name)
		if i, ok := info.byName[mem.Name]; ok {
			if err := d.value(mem.Value, v.Field(info.fields[i].index), memberPtr); err != nil {
				return err
			}
			continue
		}
		if !strings.HasPrefix(mem.Name, "x-") && !d.keepUnknown {
			return d.errorAt(mem.NameOffset, memberPtr, fmt.Errorf("%w %q", ErrUnknownMember, mem.Name))
		}
		extra := v.Field(info.extra)
		if extra.IsNil() {
			extra.Set(reflect.MakeMap(extra.Type()))
		}
		var raw bytes.Buffer
		if err := json.Compact(&raw, d.data[mem.Value.Offset:mem.Value.End]); err != nil {
			return d.errorAt(mem.Value.Offset, memberPtr, fmt.Errorf("%w: %v", ErrSyntax, err))
		}
		extra.SetMapIndex(reflect.ValueOf(mem.Name), reflect.ValueOf(json.RawMessage(raw.Bytes())))
	}
	return nil
}
