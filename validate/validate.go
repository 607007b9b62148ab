package validate

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// count characters, not bytes. Both are 0 for a finding placed by its
	// Cell.
	Line   int `json:"line"`
	Column int `json:"column"`
	// Message says what is wrong, in the validator's language.
	Message string `json:"message"`
	// Cell is, for a document read from a workbook (package sheet), the
	// sheet and cell the value at fault comes from: "Indicators!D14". The
	// validator itself reads JSON and leaves it empty; sheet.Import.Locate
	// fills it in.
	Cell string `json:"cell,omitempty"`

	offset int // byte offset, for ordering
}

// String returns the finding as a compiler would: "12:7: error
// schema.required: member "title" is required here (/plans/0)", with the
// cell in place of the line and column when it has one ("Commitments!C4:
// error ..."), and neither when it has no place.
func (f Finding) String() string {
	rest := fmt.Sprintf("%s %s: %s (%s)", f.Severity, f.Code, f.Message, cmp.Or(f.Path, "/"))
	switch {
	case f.Cell != "":
		return f.Cell + ": " + rest
	case f.Line == 0:
		return rest // a finding about a file with no place in it
	}
	return fmt.Sprintf("%d:%d: %s", f.Line, f.Column, rest)
}

// NewFinding returns a finding of code with its severity and its message in
// lang, filled in with args, given as name, value pairs: for a package that
// checks what this one cannot read, such as the layout of a workbook
// (package sheet). The caller sets its place.
func NewFinding(code, lang string, args ...string) Finding {
	info, _ := LookupCode(code)
	if _, l, ok := ogp.NewText("en", "fr").Pick(lang); ok {
		lang = l
	} else {
		lang = "en"
	}
	return Finding{Severity: info.Severity, Code: code, Message: render(code, lang, args...)}
}

// Report is the verdict on one submission.
type Report struct {
	// Valid is true when no finding is an error (in strict mode: when there
	// is no finding at all).
	Valid bool `json:"valid"`
	// Findings are the problems, in the order of their place in the file.
	Findings []Finding `json:"findings"`
	// Omitted counts the findings left out beyond the limit set with
	// [MaxFindings]; a last finding, report.truncated, says so too.
	Omitted int `json:"omitted"`
}

// Default limits.
const (
	DefaultMaxBytes    = ogp.DefaultMaxBytes
	DefaultMaxDepth    = ogp.MaxDepth
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
// 64; the format needs about ten levels; at most [ogp.MaxDepthLimit]).
func MaxDepth(n int) Option {
	return func(o *options) error {
		if n > ogp.MaxDepthLimit {
			return fmt.Errorf("validate: MaxDepth %d is more than %d", n, ogp.MaxDepthLimit)
		}
		o.maxDepth = n
		return nil
	}
}

// MaxFindings sets how many findings a report lists at most (default 1000);
// a last finding, report.truncated, says how many more were left out.
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
	limit := int64(min(v.opts.maxBytes, math.MaxInt-1)) + 1
	var buf bytes.Buffer
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		// A file says how big it is: one buffer of that size, not the
		// doubling of io.ReadAll, which can hold twice the input at once.
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			buf.Grow(int(min(info.Size()+bytes.MinRead, limit)))
		}
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, limit)); err != nil {
		return nil, err
	}
	return v.Validate(buf.Bytes()), nil
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
	read     *ogp.Result
	findings []Finding
	omitted  int // findings the decoder counted but did not keep
}

func (c *checker) run() {
	c.read = ogp.DecodeAll(c.data, ogp.Limits{MaxBytes: c.opts.maxBytes, MaxDepth: c.opts.maxDepth,
		MaxErrors: c.opts.maxFindings + 1})
	c.omitted = c.read.Omitted
	newerMinor := c.read.Compatibility == ogp.NewerMinor
	for _, e := range c.read.Errors {
		if isFatal(e) {
			// Nothing after it was read, and what was read is cut short:
			// this one finding says what to fix first.
			c.findings, c.omitted = nil, 0
			c.decodeFinding(e, false)
			return
		}
	}
	for _, e := range c.read.Errors {
		c.decodeFinding(e, newerMinor)
	}
	if errors.As(firstError(c.read), new(*ogp.VersionError)) {
		return
	}
	if c.read.Omitted > 0 {
		// More schema findings than the report lists: the rules beyond the
		// schema would check a model with holes no finding explains.
		return
	}
	if newerMinor {
		c.add(CodeNewerMinor, "/formatVersion", "value", quote(c.read.Package.FormatVersion), "want", ogp.Version)
	}
	reported := len(c.findings)
	doc := c.read.Package
	c.checkSemantics(doc)
	if c.opts.profile != nil {
		c.opts.profile.check(c, doc)
	}
	c.dropRepeats(reported)
}

func firstError(r *ogp.Result) error {
	if len(r.Errors) == 0 {
		return nil
	}
	return r.Errors[0]
}

// isFatal reports whether e ended the reading of the document.
func isFatal(e *ogp.DecodeError) bool {
	return errors.Is(e, ogp.ErrSyntax) || errors.Is(e, ogp.ErrTooLarge)
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
	total := len(fs) + c.omitted
	omitted := 0
	if total > c.opts.maxFindings {
		fs = fs[:min(len(fs), c.opts.maxFindings)]
		omitted = total - len(fs)
		info, _ := LookupCode(CodeTooManyErrors)
		fs = append(fs, Finding{Severity: info.Severity, Code: CodeTooManyErrors, Path: "",
			Message: render(CodeTooManyErrors, c.opts.lang, "want", strconv.Itoa(c.opts.maxFindings),
				"value", strconv.Itoa(omitted))})
	}
	fillPositions(c.data, fs)
	if fs == nil {
		fs = []Finding{}
	}
	return &Report{Valid: valid, Findings: fs, Omitted: omitted}
}

// fillPositions sets the line and column of findings.
func fillPositions(data []byte, fs []Finding) {
	offsets := make([]int, len(fs))
	for i, f := range fs {
		offsets[i] = f.offset
	}
	for i, p := range ogp.Positions(data, offsets) {
		fs[i].Line, fs[i].Column = p.Line, p.Column
	}
}

// offsetOf returns the byte offset of the value ptr points to: where the
// member starts when ptr ends in a member name, or the deepest value on the
// way when the pointer leads nowhere (a missing member).
func (c *checker) offsetOf(ptr string) int {
	off, _ := c.read.Offset(ptr)
	return off
}

func unescapeToken(tok string) string {
	if !strings.Contains(tok, "~") {
		return tok
	}
	return tokenUnescaper.Replace(tok)
}

var tokenUnescaper = strings.NewReplacer("~1", "/", "~0", "~")

// quote writes a value for a message: "title".
func quote(s string) string { return strconv.Quote(s) }
