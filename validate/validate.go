package validate

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogpx/interchange/internal/jsonnode"
	"github.com/ogpx/interchange/internal/ogphook"
	"github.com/ogpx/interchange/ogp"
)

// Finding is one problem in a submission.
type Finding struct {
	// Severity is how serious the problem is.
	Severity Severity `json:"severity"`
	// Code is the stable code of the rule broken: see [Codes].
	Code string `json:"code"`
	// Path is the JSON Pointer (RFC 6901) of the value at fault; "" is the
	// whole document.
	Path string `json:"path"`
	// Line and Column are the 1-based position in the submitted file of
	// the member's name when the value is an object's member (where an
	// editor would put the cursor to fix it), else of the value; columns
	// count characters, not bytes.
	Line   int `json:"line"`
	Column int `json:"column"`
	// Message says what is wrong, in the validator's language.
	Message string `json:"message"`

	offset int // byte offset, for ordering
}

// String returns the finding as a compiler would: "12:7: error
// schema.required: member "title" is required here (/plans/0)".
func (f Finding) String() string {
	return fmt.Sprintf("%d:%d: %s %s: %s (%s)", f.Line, f.Column, f.Severity, f.Code, f.Message, cmp.Or(f.Path, "/"))
}

// Report is the verdict on one submission.
type Report struct {
	// Valid is true when no finding is an error (in strict mode: when there
	// is no finding at all).
	Valid bool `json:"valid"`
	// Findings are the problems, in the order of their place in the file.
	Findings []Finding `json:"findings"`
}

// Default limits.
const (
	DefaultMaxBytes    = jsonnode.DefaultMaxBytes
	DefaultMaxDepth    = jsonnode.DefaultMaxDepth
	DefaultMaxFindings = 1000
)

type options struct {
	lang        string
	profile     *profile
	strict      bool
	maxBytes    int
	maxDepth    int
	maxFindings int
}

// Option configures a [Validator].
type Option func(*options) error

// Language sets the language of the findings' messages: "en" (the default)
// or "fr"; a regional tag such as "fr-CA" picks its language.
func Language(tag string) Option {
	return func(o *options) error {
		if _, lang, ok := ogp.NewText("en", "fr").Pick(tag); ok {
			o.lang = lang
			return nil
		}
		return fmt.Errorf("validate: no messages in language %q (want en or fr)", tag)
	}
}

// Profile switches on a named set of extra rules: see [Profiles].
func Profile(name string) Option {
	return func(o *options) error {
		p, ok := profiles[name]
		if !ok {
			return fmt.Errorf("validate: unknown profile %q (want one of %s)", name, strings.Join(Profiles(), ", "))
		}
		o.profile = p
		return nil
	}
}

// Strict makes every warning count as an error.
func Strict() Option {
	return func(o *options) error { o.strict = true; return nil }
}

// MaxBytes sets the largest submission accepted (default 64 MiB).
func MaxBytes(n int) Option {
	return func(o *options) error { o.maxBytes = n; return nil }
}

// MaxDepth sets the deepest nesting of arrays and objects accepted (default
// 64; the format needs about ten levels).
func MaxDepth(n int) Option {
	return func(o *options) error { o.maxDepth = n; return nil }
}

// MaxFindings sets how many findings a report lists at most (default 1000);
// a last finding, report.truncated, says that more were left out.
func MaxFindings(n int) Option {
	return func(o *options) error { o.maxFindings = n; return nil }
}

// Validator checks submissions. It is safe for concurrent use.
type Validator struct {
	opts options
}

// New returns a validator with the given options.
func New(opts ...Option) (*Validator, error) {
	o := options{lang: "en", maxBytes: DefaultMaxBytes, maxDepth: DefaultMaxDepth, maxFindings: DefaultMaxFindings}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if o.maxBytes <= 0 || o.maxDepth <= 0 || o.maxFindings <= 0 {
		return nil, errors.New("validate: limits must be positive")
	}
	return &Validator{opts: o}, nil
}

// Validate checks a submission with a validator made of opts.
func Validate(data []byte, opts ...Option) (*Report, error) {
	v, err := New(opts...)
	if err != nil {
		return nil, err
	}
	return v.Validate(data), nil
}

// ValidateReader reads a submission from r and checks it. It reads at most
// one byte more than the size limit; a larger submission gets a
// json.too-large finding. The error is r's.
func (v *Validator) ValidateReader(r io.Reader) (*Report, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(min(v.opts.maxBytes, math.MaxInt-1))+1))
	if err != nil {
		return nil, err
	}
	return v.Validate(data), nil
}

// Validate checks a submission: its syntax, its schema, and the rules the
// schema cannot express, in one report.
func (v *Validator) Validate(data []byte) *Report {
	c := &checker{opts: &v.opts, data: data}
	c.run()
	return c.report()
}

// checker holds the state of one validation.
type checker struct {
	opts     *options
	data     []byte
	root     *jsonnode.Node
	findings []Finding

	memberIndex map[*jsonnode.Node]map[string]int // see member
}

func (c *checker) run() {
	if len(c.data) > c.opts.maxBytes {
		c.add(CodeTooLarge, "", "want", strconv.Itoa(c.opts.maxBytes))
		return
	}
	root, err := jsonnode.Parse(c.data, jsonnode.Limits{MaxBytes: c.opts.maxBytes, MaxDepth: c.opts.maxDepth})
	if err != nil {
		c.syntaxFinding(err)
		return
	}
	c.root = root
	compat, versionOK := c.checkVersion()
	if !versionOK {
		return
	}
	c.checkSchema(compat == ogp.NewerMinor)
	doc := new(ogp.Package)
	if err := ogphook.DecodeTree(c.data, c.root, doc); err != nil {
		// The schema layer has said why, in most cases (an unknown member, a
		// bad date or code). The rules below need the model: read what is
		// left once the values at fault are taken out.
		if doc = c.decodeRest(err); doc == nil {
			return
		}
	}
	reported := len(c.findings)
	c.checkSemantics(doc)
	if c.opts.profile != nil {
		c.opts.profile.check(c, doc)
	}
	c.dropRepeats(reported)
}

// reportUnreadable reports a value the model cannot hold, when no error of
// the schema layer is already about it: the schema takes 3.0 for an
// integer, the model does not.
func (c *checker) reportUnreadable(de *ogp.DecodeError) {
	for _, f := range c.findings {
		if f.Severity == Error && f.Code != CodeRequired && (f.Path == de.Pointer || strings.HasPrefix(de.Pointer, f.Path+"/")) {
			return
		}
	}
	detail := de.Err.Error()
	if errors.Is(de, ogp.ErrWrongType) {
		// The schema checks types, but takes 3.0 and 3e0 for integers.
		detail = ogp.NewText("write a whole number without a decimal point or exponent",
			"écrivez un nombre entier sans virgule décimale ni exposant").In(c.opts.lang)
	}
	c.add(CodeUnreadable, de.Pointer, "detail", detail)
}

// decodeRest decodes what is left of the document once the values at fault
// are taken out, so that the rules that need the model can still check the
// rest. err is why the whole document does not decode.
//
// An object member at fault is left out; an array element at fault takes
// its whole array with it, so that the pointers of the rest keep their
// indices. A missing format version is read as this library's. A value the
// schema allows but the model cannot hold is reported, taken out too, and
// the rest decoded again, a bounded number of times. It returns nil when
// the rest does not decode.
func (c *checker) decodeRest(err error) *ogp.Package {
	inst := toAny(c.root)
	root, ok := inst.(map[string]any)
	if !ok {
		return nil
	}
	for _, f := range c.findings {
		switch f.Code {
		case CodeAdditional, CodeType, CodeEnum, CodePattern, CodeFormat, CodeLineBreak:
			// A value the model may not hold. Other findings are about a
			// container (a missing member, an empty list) or a value the
			// model reads well enough.
			if f.Path != "" {
				removeMember(inst, f.Path)
			}
		}
	}
	if v, _ := root["formatVersion"].(string); v == "" {
		root["formatVersion"] = ogp.Version
	}
	for range 16 {
		var de *ogp.DecodeError
		if errors.As(err, &de) && de.Pointer != "" && !errors.Is(err, ogp.ErrUnsupportedVersion) {
			c.reportUnreadable(de)
			removeMember(inst, de.Pointer)
		}
		b, merr := json.Marshal(inst)
		if merr != nil {
			return nil
		}
		doc, derr := ogp.Decode(b)
		if derr == nil {
			return doc
		}
		if errors.As(derr, &de) && de.Pointer == "" {
			return nil
		}
		err = derr
	}
	return nil
}

// removeMember removes from v the object member ptr points to or, when ptr
// points into an array, the object member that holds the array.
func removeMember(v any, ptr string) {
	tokens := strings.Split(ptr[1:], "/")
	var holder map[string]any // the object whose member to remove
	var name string
	for _, tok := range tokens {
		tok = unescapeToken(tok)
		switch c := v.(type) {
		case map[string]any:
			holder, name = c, tok
			v = c[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				v = nil
				continue
			}
			v = c[i]
		}
	}
	if holder != nil {
		delete(holder, name)
	}
}

// dropRepeats removes the findings from index from on that repeat an
// earlier error: one about the same value, a value inside it, or the value
// holding it. An earlier missing member says nothing of the object's other
// values, so it is not repeated by them.
func (c *checker) dropRepeats(from int) {
	faulty := map[string]bool{}    // paths of earlier errors
	enclosing := map[string]bool{} // paths that hold an earlier error's value
	for _, f := range c.findings[:from] {
		if f.Severity != Error || f.Code == CodeRequired {
			continue
		}
		faulty[f.Path] = true
		for p := f.Path; p != ""; {
			p = p[:strings.LastIndexByte(p, '/')]
			enclosing[p] = true
		}
	}
	repeats := func(path string) bool {
		if enclosing[path] {
			return true
		}
		for p := path; ; p = p[:strings.LastIndexByte(p, '/')] {
			if faulty[p] {
				return true
			}
			if p == "" {
				return false
			}
		}
	}
	kept := c.findings[:from]
	for _, f := range c.findings[from:] {
		if !repeats(f.Path) {
			kept = append(kept, f)
		}
	}
	c.findings = kept
}

func (c *checker) syntaxFinding(err error) {
	var e *jsonnode.Error
	if !errors.As(err, &e) {
		c.addAt(CodeSyntax, "", 0, "detail", err.Error())
		return
	}
	switch {
	case errors.Is(err, jsonnode.ErrInvalidUTF8):
		c.addAt(CodeInvalidUTF8, "", e.Offset, "value", fmt.Sprintf("0x%02x", c.data[e.Offset]))
	case errors.Is(err, jsonnode.ErrDuplicateMember):
		name := e.Pointer[strings.LastIndexByte(e.Pointer, '/')+1:]
		c.addAt(CodeDuplicateKey, e.Pointer, e.Offset, "member", quote(unescapeToken(name)))
	case errors.Is(err, jsonnode.ErrTooDeep):
		c.addAt(CodeTooDeep, e.Pointer, e.Offset, "want", strconv.Itoa(c.opts.maxDepth))
	case errors.Is(err, jsonnode.ErrTooLarge):
		c.addAt(CodeTooLarge, "", 0, "want", strconv.Itoa(c.opts.maxBytes))
	case bytes.HasPrefix(c.data, []byte("\uFEFF")):
		bom := ogp.NewText("the file starts with a byte order mark (BOM); save it as UTF-8 without one",
			"le fichier commence par une marque d’ordre d’octets (BOM); enregistrez-le en UTF-8 sans BOM")
		c.addAt(CodeSyntax, "", 0, "detail", bom.In(c.opts.lang))
	default:
		c.addAt(CodeSyntax, e.Pointer, e.Offset, "detail", syntaxDetail(c.opts.lang, e.Err.Error()))
	}
}

var invalidCharacter = regexp.MustCompile(`invalid character ('.*?'|' ')`)

// syntaxDetail says in lang what encoding/json's message msg says.
func syntaxDetail(lang, msg string) string {
	var t ogp.Text
	switch m := invalidCharacter.FindStringSubmatch(msg); {
	case strings.Contains(msg, "unexpected end"):
		t = ogp.NewText("the file ends in the middle of a value", "le fichier s’arrête au milieu d’une valeur")
	case strings.Contains(msg, "after the top-level value"):
		t = ogp.NewText("there is more after the document’s value", "il y a autre chose après la valeur du document")
	case m != nil:
		t = ogp.NewText("unexpected character "+m[1], "caractère inattendu "+m[1])
	default:
		return strings.TrimPrefix(msg, jsonnode.ErrSyntax.Error()+": ")
	}
	return t.In(lang)
}

// checkVersion reports a format version this validator cannot read, or a
// newer minor one. ok is false when nothing more can be checked.
func (c *checker) checkVersion() (compat ogp.Compatibility, ok bool) {
	if c.root.Kind != jsonnode.Object {
		return 0, true // the schema says it must be an object
	}
	v := c.root.Member("formatVersion")
	if v == nil || v.Kind != jsonnode.String {
		return 0, true // the schema says it is required, and a string
	}
	compat, err := ogp.CheckVersion(v.Text)
	want := "1.x (" + ogp.Version + ")"
	switch {
	case err != nil:
		c.add(CodeUnsupported, "/formatVersion", "value", quote(v.Text), "want", want)
		return 0, false
	case compat == ogp.NewerMinor:
		c.add(CodeNewerMinor, "/formatVersion", "value", quote(v.Text), "want", ogp.Version)
	}
	return compat, true
}

// add records a finding of code at the value ptr points to, found in the
// parsed document. args are the message's values, as name, value pairs.
func (c *checker) add(code, ptr string, args ...string) {
	c.addAt(code, ptr, c.offsetOf(ptr), args...)
}

// addAt records a finding of code at a known byte offset.
func (c *checker) addAt(code, ptr string, offset int, args ...string) {
	info, _ := LookupCode(code)
	c.findings = append(c.findings, Finding{
		Severity: info.Severity,
		Code:     code,
		Path:     ptr,
		Message:  render(code, c.opts.lang, args...),
		offset:   offset,
	})
}

// addMessage records a finding whose message another package wrote as a
// sentence, in the style of this package's messages: no capital to start
// with, no period to end with.
func (c *checker) addMessage(code string, sev Severity, ptr string, msg ogp.Text) {
	text := strings.TrimSuffix(msg.In(c.opts.lang), ".")
	// Lower the first word only when it is an ordinary word ("The",
	// "L’état"), never an id ("C01.1.1").
	word, _, _ := strings.Cut(text, " ")
	word, _, _ = strings.Cut(word, "’")
	if r, size := utf8.DecodeRuneInString(word); unicode.IsUpper(r) &&
		strings.IndexFunc(word[size:], func(r rune) bool { return !unicode.IsLower(r) }) < 0 {
		text = string(unicode.ToLower(r)) + text[size:]
	}
	c.findings = append(c.findings, Finding{
		Severity: sev, Code: code, Path: ptr, Message: text, offset: c.offsetOf(ptr),
	})
}

// report orders the findings, fills in their lines and columns, applies the
// limit and strict mode, and gives the verdict.
func (c *checker) report() *Report {
	fs := c.findings
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.offset, b.offset), strings.Compare(a.Code, b.Code),
			strings.Compare(a.Path, b.Path), strings.Compare(a.Message, b.Message))
	})
	fs = slices.CompactFunc(fs, func(a, b Finding) bool {
		return a.offset == b.offset && a.Code == b.Code && a.Path == b.Path && a.Message == b.Message
	})
	valid := true
	for i := range fs {
		if c.opts.strict {
			fs[i].Severity = Error
		}
		if fs[i].Severity == Error {
			valid = false
		}
	}
	if len(fs) > c.opts.maxFindings {
		fs = fs[:c.opts.maxFindings]
		info, _ := LookupCode(CodeTooManyErrors)
		fs = append(fs, Finding{Severity: info.Severity, Code: CodeTooManyErrors, Path: "",
			Message: render(CodeTooManyErrors, c.opts.lang, "want", strconv.Itoa(c.opts.maxFindings)),
			offset:  fs[len(fs)-1].offset})
	}
	fillPositions(c.data, fs)
	if fs == nil {
		fs = []Finding{}
	}
	return &Report{Valid: valid, Findings: fs}
}

// fillPositions sets the line and column of findings sorted by offset, in
// one pass over data.
func fillPositions(data []byte, fs []Finding) {
	line, col, pos := 1, 1, 0
	for i := range fs {
		off := min(max(fs[i].offset, 0), len(data))
		for pos < off {
			nl := bytes.IndexByte(data[pos:off], '\n')
			if nl < 0 {
				col += utf8.RuneCount(data[pos:off])
				pos = off
				break
			}
			line, col, pos = line+1, 1, pos+nl+1
		}
		fs[i].Line, fs[i].Column = line, col
	}
}

// member returns the index of the member called name in object n, or -1.
// Large objects get an index, so that many findings in one object cost no
// more than a few.
func (c *checker) member(n *jsonnode.Node, name string) int {
	if len(n.Members) < 16 {
		return slices.IndexFunc(n.Members, func(m jsonnode.Member) bool { return m.Name == name })
	}
	idx, ok := c.memberIndex[n]
	if !ok {
		idx = make(map[string]int, len(n.Members))
		for i, m := range n.Members {
			if _, dup := idx[m.Name]; !dup {
				idx[m.Name] = i
			}
		}
		if c.memberIndex == nil {
			c.memberIndex = map[*jsonnode.Node]map[string]int{}
		}
		c.memberIndex[n] = idx
	}
	if i, ok := idx[name]; ok {
		return i
	}
	return -1
}

// offsetOf returns the byte offset of the value ptr points to in the parsed
// document: where the member starts when ptr ends in a member name, or the
// deepest value on the way when the pointer leads nowhere (a missing
// member).
func (c *checker) offsetOf(ptr string) int {
	if c.root == nil {
		return 0
	}
	n, off := c.root, c.root.Offset
	if ptr == "" {
		return off
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescapeToken(tok)
		switch n.Kind {
		case jsonnode.Object:
			i := c.member(n, tok)
			if i < 0 {
				return off
			}
			n, off = n.Members[i].Value, n.Members[i].NameOffset
		case jsonnode.Array:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Elems) {
				return off
			}
			n, off = n.Elems[i], n.Elems[i].Offset
		default:
			return off
		}
	}
	return off
}

func unescapeToken(tok string) string {
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
}

// quote writes a value for a message: "title".
func quote(s string) string { return strconv.Quote(s) }
