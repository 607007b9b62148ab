package ogp

import (
	"bytes"
	"cmp"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Encode returns the canonical encoding of p: members in the order of the
// model's fields, then extra members sorted by name, text languages sorted,
// two-space indentation, no HTML escaping, and a final newline. Decoding a
// canonical document and encoding it again gives the same bytes. The values
// of extra members are kept as written, but for white space: their member
// order, escapes and number forms are the writer's.
//
// An optional member is written when it holds a value: a non-nil slice,
// map or pointer (so an empty list read from a document is written back),
// a non-empty string, a non-zero number, date or code. A required member
// is always written, but for a date or code with no value, which has no
// text that decodes back. So Encode(Decode(x)) holds every value of x.
func Encode(p *Package) ([]byte, error) {
	compact, err := marshalPackage(p)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(len(compact) * 5 / 4)
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// ErrInvalidExtra is wrapped by the error encoding returns for an Extra
// member that would make a document Decode refuses: a value that is not
// JSON, a name the model defines, or a name that does not begin with "x-"
// in a document that is not of a newer minor format version.
var ErrInvalidExtra = errors.New("invalid extra member")

// marshalPackage returns the compact canonical encoding of p. Its Extra
// members may have any name when p is of a newer minor format version.
func marshalPackage(p *Package) ([]byte, error) {
	compat, err := CheckVersion(p.FormatVersion)
	return marshal(p, err == nil && compat == NewerMinor)
}

// marshalValue returns the compact canonical encoding of the value v points
// at, for the MarshalJSON methods of the model's types other than Package.
func marshalValue(v any) ([]byte, error) { return marshal(v, false) }

func marshal(v any, anyExtraName bool) ([]byte, error) {
	e := &encoder{anyExtraName: anyExtraName}
	e.strings = json.NewEncoder(&e.buf)
	e.strings.SetEscapeHTML(false)
	if err := e.value(reflect.ValueOf(v).Elem()); err != nil {
		return nil, err
	}
	return e.buf.Bytes(), nil
}

type encoder struct {
	buf     bytes.Buffer
	strings *json.Encoder // writes strings into buf, without HTML escaping
	// anyExtraName allows Extra names without "x-": the document is of a
	// newer minor version, which may have added them.
	anyExtraName bool
	path         []step // the place being written, for errors
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

func (e *encoder) string(s string) {
	e.strings.Encode(s) // cannot fail for a string
	e.buf.Truncate(e.buf.Len() - 1)
}

func (e *encoder) value(v reflect.Value) error {
	if v.Type().Implements(textMarshalerType) {
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return fmt.Errorf("%s: %w", pointerOf(e.path), err)
		}
		e.string(string(b))
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			e.buf.WriteString("null")
			return nil
		}
		return e.value(v.Elem())
	case reflect.Struct:
		return e.object(v)
	case reflect.Slice:
		e.buf.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.path = append(e.path, step{index: i})
			if err := e.value(v.Index(i)); err != nil {
				return err
			}
			e.path = e.path[:len(e.path)-1]
		}
		e.buf.WriteByte(']')
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		e.buf.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			e.string(k.String())
			e.buf.WriteByte(':')
			e.path = append(e.path, step{name: k.String(), index: -1})
			if err := e.value(v.MapIndex(k)); err != nil {
				return err
			}
			e.path = e.path[:len(e.path)-1]
		}
		e.buf.WriteByte('}')
	case reflect.String:
		e.string(v.String())
	case reflect.Int:
		e.buf.WriteString(strconv.FormatInt(v.Int(), 10))
	default:
		panic("ogp: cannot encode " + v.Type().String())
	}
	return nil
}

func (e *encoder) object(v reflect.Value) error {
	info := structInfoOf(v.Type())
	e.buf.WriteByte('{')
	first := true
	comma := func() {
		if !first {
			e.buf.WriteByte(',')
		}
		first = false
	}
	for _, f := range info.fields {
		fv := v.Field(f.index)
		if fv.IsZero() && (!f.required || fv.Type().Implements(textMarshalerType)) {
			// Absent. A required member is written even when empty, but a
			// date or code with no value has no text that decodes back.
			continue
		}
		comma()
		e.string(f.name)
		e.buf.WriteByte(':')
		e.path = append(e.path, step{name: f.name, index: -1})
		if err := e.value(fv); err != nil {
			return err
		}
		e.path = e.path[:len(e.path)-1]
	}
	extra := v.Field(info.extra).Interface().(Extra)
	for _, name := range slices.Sorted(maps.Keys(extra)) {
		var problem string
		switch _, clash := info.byName[name]; {
		case clash:
			problem = "has the name of a member the format defines"
		case !strings.HasPrefix(name, "x-") && !e.anyExtraName:
			problem = `does not begin with "x-", as the members of a document's own must`
		case !json.Valid(extra[name]):
			problem = "holds a value that is not JSON"
		}
		if problem != "" {
			return fmt.Errorf("%w: %s: %q %s", ErrInvalidExtra, cmp.Or(pointerOf(e.path), "/"), name, problem)
		}
		comma()
		e.string(name)
		e.buf.WriteByte(':')
		e.buf.Write(extra[name])
	}
	e.buf.WriteByte('}')
	return nil
}

// structInfo is what the codec needs to know of a model struct type, read
// once from its field tags.
type structInfo struct {
	fields []fieldInfo
	byName map[string]int // JSON name -> index into fields
	extra  int            // index of the Extra field
}

type fieldInfo struct {
	name     string
	index    int
	required bool // the tag has neither omitempty nor omitzero
}

var structInfos sync.Map // reflect.Type -> *structInfo

var extraType = reflect.TypeFor[Extra]()

func structInfoOf(t reflect.Type) *structInfo {
	if info, ok := structInfos.Load(t); ok {
		return info.(*structInfo)
	}
	info := &structInfo{byName: map[string]int{}, extra: -1}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Type == extraType {
			info.extra = i
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "" || name == "-" {
			panic("ogp: field " + t.Name() + "." + sf.Name + " has no JSON name")
		}
		info.byName[name] = len(info.fields)
		info.fields = append(info.fields, fieldInfo{
			name:     name,
			index:    i,
			required: !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero"),
		})
	}
	if info.extra < 0 {
		panic("ogp: struct " + t.Name() + " has no Extra field")
	}
	actual, _ := structInfos.LoadOrStore(t, info)
	return actual.(*structInfo)
}
