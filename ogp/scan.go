package ogp

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is the byte level of the decoder: white space, strings,
// numbers, literals, and the skipping of values the model does not hold.
// Every function leaves d.pos just past what it read. A syntax error is
// fatal: it is recorded, d.fatal is set, and every caller unwinds.

// step is one level of the place being decoded: a member of an object or
// an element of an array.
type step struct {
	name  string // the member's name, unescaped
	index int    // the element's index, or -1 for a member
	at    int    // where the value is anchored: the member's name, or the element
}

// pointer returns the JSON Pointer of the place being decoded.
func (d *decoder) pointer() string { return pointerOf(d.path) }

// pointerOf returns the JSON Pointer of path.
func pointerOf(path []step) string {
	if len(path) == 0 {
		return ""
	}
	var b strings.Builder
	for _, s := range path {
		b.WriteByte('/')
		if s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
		} else {
			b.WriteString(PointerToken(s.name))
		}
	}
	return b.String()
}

// PointerToken returns name written as a token of a JSON Pointer (RFC
// 6901): "~" as "~0" and "/" as "~1", so that "a/b" gives "a~1b" and
// "/plans/0/" + PointerToken(name) points to a member named name.
func PointerToken(name string) string {
	if !strings.ContainsAny(name, "~/") {
		return name
	}
	return pointerEscaper.Replace(name)
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// anchor returns where the finding about the current value points.
func (d *decoder) anchor() int {
	if len(d.path) == 0 {
		return d.root
	}
	return d.path[len(d.path)-1].at
}

func (d *decoder) push(s step) { d.path = append(d.path, s) }
func (d *decoder) pop()        { d.path = d.path[:len(d.path)-1] }

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (d *decoder) peek() byte {
	d.space()
	if d.pos < len(d.data) {
		return d.data[d.pos]
	}
	return 0
}

// fail records a fatal syntax error at off: the character found there
// (none at the end of the input) while reading what context names.
func (d *decoder) fail(off int, context string) {
	if d.fatal {
		return
	}
	d.fatal = true
	if off >= len(d.data) {
		d.addError(off, &SyntaxError{AtEnd: true, Context: context})
		return
	}
	r, size := utf8.DecodeRune(d.data[off:])
	if r == utf8.RuneError && size == 1 {
		d.addError(off, fmt.Errorf("%w: %w: byte 0x%02x", ErrSyntax, ErrInvalidUTF8, d.data[off]))
		return
	}
	d.addError(off, &SyntaxError{Found: r, Context: context})
}

// unexpected records the character at d.pos, or the end of the input, as
// a syntax error.
func (d *decoder) unexpected(context string) { d.fail(d.pos, context) }

// expect consumes c after white space, or records a syntax error.
func (d *decoder) expect(c byte, context string) bool {
	if d.peek() != c {
		d.unexpected(context)
		return false
	}
	d.pos++
	return true
}

// literal consumes true, false or null at d.pos.
func (d *decoder) literal() {
	for _, lit := range [...]string{"true", "false", "null"} {
		if bytes.HasPrefix(d.data[d.pos:], []byte(lit)) {
			d.pos += len(lit)
			return
		}
	}
	d.unexpected(SyntaxValue)
}

// number consumes a number at d.pos and returns its text.
func (d *decoder) number() []byte {
	start := d.pos
	data := d.data
	i := d.pos
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && data[i] >= '1' && data[i] <= '9':
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	default:
		d.pos = i
		d.unexpected(SyntaxNumber)
		return nil
	}
	if i < len(data) && data[i] == '.' {
		i++
		j := i
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
		if i == j {
			d.pos = i
			d.unexpected(SyntaxNumber)
			return nil
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		j := i
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
		if i == j {
			d.pos = i
			d.unexpected(SyntaxNumber)
			return nil
		}
	}
	d.pos = i
	return data[start:i]
}

// rawString consumes a string at d.pos (its opening quote) and returns its
// contents as written, with escapes, and whether it has any; ok is false on
// a syntax error, which invalid UTF-8 is.
func (d *decoder) rawString() (raw []byte, escaped, ok bool) {
	data := d.data
	start := d.pos + 1
	i := start
	ascii := true
	for {
		// The fast path: plain bytes.
		for i < len(data) && plain[data[i]] {
			i++
		}
		if i >= len(data) {
			d.pos = i
			d.fail(i, SyntaxString)
			return nil, false, false
		}
		switch c := data[i]; {
		case c == '"':
			d.pos = i + 1
			raw = data[start:i]
			if !ascii && !utf8.Valid(raw) {
				// A file that is not UTF-8 (Latin-1, say) has a bad byte
				// in every string with an accent: one finding says it.
				d.fail(start+invalidUTF8(raw), SyntaxString)
				return nil, false, false
			}
			return raw, escaped, true
		case c == '\\':
			escaped = true
			if i+1 >= len(data) {
				d.pos = i + 1
				d.fail(i+1, SyntaxString)
				return nil, false, false
			}
			switch data[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(data) || !isHex4(data[i+2:i+6]) {
					d.pos = i + 2
					d.fail(i+2+badHex(data[i+2:min(i+6, len(data))]), SyntaxEscape)
					return nil, false, false
				}
				i += 6
			default:
				d.pos = i + 1
				d.fail(i+1, SyntaxEscape)
				return nil, false, false
			}
		case c < 0x20:
			d.pos = i
			d.fail(i, SyntaxString)
			return nil, false, false
		default:
			ascii = false
			i++
		}
	}
}

// plain holds the bytes a string holds as they are: not the quote, the
// backslash, a control character or the start of a multi-byte character.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// invalidUTF8 returns the index of the first byte of b that is not part of
// valid UTF-8.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return 0
}

// badHex returns the index of the first byte of b that is not a hex digit,
// or len(b).
func badHex(b []byte) int {
	for i, c := range b {
		if !isHex4([]byte{c}) {
			return i
		}
	}
	return len(b)
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b {
		r <<= 4
		switch {
		case c <= '9':
			r |= rune(c - '0')
		case c >= 'a':
			r |= rune(c - 'a' + 10)
		default:
			r |= rune(c - 'A' + 10)
		}
	}
	return r
}

// unescape returns the string raw stands for, which is valid. A lone
// surrogate escape makes ok false, with the offset of the escape in raw.
func unescape(raw []byte) (s string, bad int, ok bool) { return unescapeAs(raw, false) }

// unescapeAs is unescape, which with replace writes a lone surrogate as
// U+FFFD and goes on.
func unescapeAs(raw []byte, replace bool) (s string, bad int, ok bool) {
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			j := bytes.IndexByte(raw[i:], '\\')
			if j < 0 {
				j = len(raw) - i
			}
			b.Write(raw[i : i+j])
			i += j
			continue
		}
		switch raw[i+1] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r := hex4(raw[i+2 : i+6])
			if utf16.IsSurrogate(r) {
				var r2 rune = -1
				if r < 0xDC00 && i+12 <= len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
					r2 = hex4(raw[i+8 : i+12])
				}
				if r2 < 0xDC00 || r2 > 0xDFFF {
					if !replace {
						return "", i, false
					}
					b.WriteRune(utf8.RuneError)
					i += 6
					continue
				}
				b.WriteRune(utf16.DecodeRune(r, r2))
				i += 12
				continue
			}
			b.WriteRune(r)
			i += 6
			continue
		default: // '"', '\\', '/'
			b.WriteByte(raw[i+1])
		}
		i += 2
	}
	return b.String(), 0, true
}

// str consumes a string at d.pos and returns its value. ok is false when
// the string cannot be held (invalid UTF-8, a lone surrogate: recorded) or
// on a syntax error.
func (d *decoder) str() (string, bool) {
	start := d.pos
	raw, escaped, ok := d.rawString()
	if !ok {
		return "", false
	}
	if !escaped {
		return string(raw), true
	}
	s, bad, ok := unescape(raw)
	if !ok {
		d.addError(start+1+bad, fmt.Errorf("%w: %s", ErrLoneSurrogate, raw[bad:bad+6]))
	}
	return s, ok
}

// name consumes a member name and the colon after it, and returns the name
// as written and whether it has escapes.
func (d *decoder) name() (raw []byte, escaped bool) {
	if d.peek() != '"' {
		d.unexpected(SyntaxName)
		return nil, false
	}
	raw, escaped, _ = d.rawString()
	if d.fatal || !d.expect(':', SyntaxAfterName) {
		return nil, false
	}
	return raw, escaped
}

// memberName returns the name raw stands for, which starts at off, and
// records a lone surrogate in it; ok is false then.
func (d *decoder) memberName(raw []byte, escaped bool, off int) (name string, ok bool) {
	if !escaped {
		return string(raw), true
	}
	s, bad, ok := unescape(raw)
	if !ok {
		name = nameString(raw, escaped)
		d.push(step{name: name, index: -1})
		d.addError(off+1+bad, fmt.Errorf("%w: %s", ErrLoneSurrogate, raw[bad:bad+6]))
		d.pop()
		return name, false
	}
	return s, true
}

// nameString returns the name raw stands for; a lone surrogate in it is
// kept as U+FFFD, since the name is then only used to say where a problem
// is.
func nameString(raw []byte, escaped bool) string {
	if !escaped {
		return strings.ToValidUTF8(string(raw), "\uFFFD")
	}
	s, _, _ := unescapeAs(raw, true)
	return strings.ToValidUTF8(s, "\uFFFD")
}

// enter counts one more level of nesting, and refuses too many.
func (d *decoder) enter() bool {
	d.depth++
	if d.depth > d.maxDepth {
		if !d.fatal {
			d.fatal = true
			d.addError(d.pos, fmt.Errorf("%w: more than %d levels", ErrTooDeep, d.maxDepth))
		}
		return false
	}
	return true
}

func (d *decoder) leave() { d.depth-- }

// skip consumes any value at d.pos, checking its syntax, its strings and
// the uniqueness of its member names, and appends it to out without
// insignificant white space when out is not nil.
func (d *decoder) skip(out *[]byte) {
	switch c := d.peek(); c {
	case '{':
		d.skipObject(out)
	case '[':
		d.skipArray(out)
	case '"':
		start := d.pos
		if raw, escaped, ok := d.rawString(); ok && escaped {
			if _, bad, ok := unescape(raw); !ok {
				d.addError(start+1+bad, fmt.Errorf("%w: %s", ErrLoneSurrogate, raw[bad:bad+6]))
			}
		}
		if out != nil && !d.fatal {
			*out = append(*out, d.data[start:d.pos]...)
		}
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		n := d.number()
		if out != nil {
			*out = append(*out, n...)
		}
	default:
		start := d.pos
		d.literal()
		if out != nil && !d.fatal {
			*out = append(*out, d.data[start:d.pos]...)
		}
	}
}

func (d *decoder) skipObject(out *[]byte) {
	appendTo(out, '{')
	var seen names
	d.members(func(m member) {
		if out != nil {
			if m.index > 0 {
				*out = append(*out, ',')
			}
			*out = append(*out, d.data[m.at:m.at+len(m.raw)+2]...)
			*out = append(*out, ':')
		}
		name, _ := d.memberName(m.raw, m.escaped, m.at)
		d.push(step{name: name, index: -1, at: m.at})
		if seen.add(name) {
			d.duplicate(m.at)
		}
		d.skip(out)
		d.pop()
	})
	if !d.fatal {
		appendTo(out, '}')
	}
}

func (d *decoder) skipArray(out *[]byte) {
	appendTo(out, '[')
	d.elements(func(i, at int) {
		if i > 0 {
			appendTo(out, ',')
		}
		d.push(step{index: i, at: at})
		d.skip(out)
		d.pop()
	})
	if !d.fatal {
		appendTo(out, ']')
	}
}

// appendTo appends c to out, unless out is nil.
func appendTo(out *[]byte, c byte) {
	if out != nil {
		*out = append(*out, c)
	}
}

// member is a member name as read: as written, with escapes or not, the
// offset of its opening quote, and its index in the object.
type member struct {
	raw     []byte
	escaped bool
	at      int
	index   int
}

// members reads the object at d.pos, one nesting level deeper, calling
// each with every member's name after its colon; each reads the value. It
// stops at a syntax error or the depth limit.
func (d *decoder) members(each func(member)) {
	if !d.enter() {
		return
	}
	defer d.leave()
	d.pos++
	if d.peek() == '}' {
		d.pos++
		return
	}
	for i := 0; ; i++ {
		at := d.skipSpace()
		raw, escaped := d.name()
		if d.fatal {
			return
		}
		each(member{raw, escaped, at, i})
		if d.fatal || !d.next('}') {
			return
		}
	}
}

// elements reads the array at d.pos, one nesting level deeper, calling
// each with every element's index and offset; each reads the element. It
// stops at a syntax error or the depth limit.
func (d *decoder) elements(each func(i, at int)) {
	if !d.enter() {
		return
	}
	defer d.leave()
	d.pos++
	if d.peek() == ']' {
		d.pos++
		return
	}
	for i := 0; ; i++ {
		each(i, d.skipSpace())
		if d.fatal || !d.next(']') {
			return
		}
	}
}

// skipSpace skips white space and returns the offset reached.
func (d *decoder) skipSpace() int {
	d.space()
	return d.pos
}

// next consumes the comma between two members or elements and returns
// true, or consumes the closing byte and returns false.
func (d *decoder) next(closing byte) bool {
	switch d.peek() {
	case ',':
		d.pos++
		return true
	case closing:
		d.pos++
		return false
	}
	if closing == '}' {
		d.unexpected(SyntaxAfterMember)
	} else {
		d.unexpected(SyntaxAfterElement)
	}
	return false
}

// names is a set of member names, cheap for the few members most objects
// have.
type names struct {
	few  []string
	many map[string]struct{}
}

// add adds name and reports whether it was there already.
func (n *names) add(name string) bool {
	if n.many != nil {
		if _, dup := n.many[name]; dup {
			return true
		}
		n.many[name] = struct{}{}
		return false
	}
	for _, s := range n.few {
		if s == name {
			return true
		}
	}
	n.few = append(n.few, name)
	if len(n.few) > 16 {
		n.many = make(map[string]struct{}, 32)
		for _, s := range n.few {
			n.many[s] = struct{}{}
		}
	}
	return false
}

// duplicate records a member whose name an earlier member of the same
// object has.
func (d *decoder) duplicate(at int) { d.addError(at, ErrDuplicateMember) }
