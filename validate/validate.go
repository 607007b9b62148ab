package validate

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

// Report is the verdict on one submission.
type Report struct {
	// Valid is true when no finding is an error (in strict mode, warnings
	// are errors).
	Valid bool `json:"valid"`
	// Language is the language the report's messages are shown in: the
	// validator's [Language]. Findings keep their arguments, so the same
	// report can be shown in any language ([finding.Finding.Message]). A
	// Report with no Language is shown, and written as JSON, in English.
	Language string `json:"language"`
	// Findings are the problems, in the order of their place in the file.
	// When there are more than [MaxFindings], the most serious are kept
	// (errors, then warnings, then notices), and a last finding,
	// report.truncated, with no place (no path, line or column), says how
	// many were left out. A nil Findings is written as [], and [] reads
	// back as an empty, non-nil slice.
	Findings []finding.Finding `json:"findings"`
	// Omitted counts the findings left out beyond the limit set with
	// [MaxFindings].
	Omitted int `json:"omitted"`
}

// MarshalJSON writes the report with each finding's message, in the
// report's Language, as a member "message" of the finding: for readers
// that show findings without package finding. Decoding ignores it, since
// the message follows from the finding's code and arguments: a report
// written and read back is the same report, but that a Report with no
// Language is written with "en", the language of its messages, and nil
// Findings as [], which reads back as an empty slice.
// schema/v1/report.schema.json describes what it writes.
func (r Report) MarshalJSON() ([]byte, error) {
	type shown struct {
		finding.Finding
		Message string `json:"message"`
	}
	out := struct {
		Valid    bool    `json:"valid"`
		Language string  `json:"language"`
		Findings []shown `json:"findings"`
		Omitted  int     `json:"omitted"`
	}{Valid: r.Valid, Language: cmp.Or(r.Language, "en"), Findings: make([]shown, len(r.Findings)), Omitted: r.Omitted}
	for i, f := range r.Findings {
		out.Findings[i] = shown{f, f.Message(out.Language)}
	}
	return json.Marshal(out)
}

// Default limits.
const (
	DefaultMaxBytes    = ogp.DefaultMaxBytes
	DefaultMaxDepth    = ogp.MaxDepth
	DefaultMaxFindings = 1000
)

type options struct {
	lang        string
	profile     *profile.Profile
	rules       *profile.Rules // the rule set named, or nil to choose per plan
	strict      bool
	maxBytes    int
	maxDepth    int
	maxFindings int
}

// Option configures a [Validator].
type Option func(*options) error

// Language sets the language of the report's messages: "en" (the
// default), "fr", or any tag [finding.Supported] accepts; a regional tag
// such as "fr-CA" picks its language.
func Language(tag string) Option {
	return func(o *options) error {
		if !finding.Supported(tag) {
			return fmt.Errorf("validate: no messages in language %q (want one of %s)", tag, strings.Join(finding.Languages(), ", "))
		}
		o.lang = finding.Match(tag)
		return nil
	}
}

// Profile switches on the rules of a jurisdiction's profile, by a name
// [profile.Lookup] accepts: "canada" checks each plan with the profile's
// rule set for it ([profile.Profile.RulesFor]; none for a plan no rule set
// applies to), "canada/2022-2024" every plan with that rule set. The
// profile's package must be imported for its profile to be known.
func Profile(name string) Option {
	return func(o *options) error {
		p, rules, err := profile.Lookup(name)
		if err != nil {
			return fmt.Errorf("validate: %w", err)
		}
		o.profile, o.rules = p, rules
		return nil
	}
}

// Strict makes every warning an error, in its Severity. Notices stay
// notices.
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

// MaxFindings sets how many findings a report lists at most (default 1000),
// the most serious first: errors, then warnings, then notices. A last
// finding, report.truncated, with no place, says how many more were left
// out.
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
	findings []placed
	omitted  int // findings the decoder counted but did not keep
}

// placed is a finding with the byte offset of its value, which orders the
// report.
type placed struct {
	finding.Finding
	offset int
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
		c.add(CodeNewerMinor, "/formatVersion", "value", finding.Clip(c.read.Package.FormatVersion), "want", ogp.Version)
	}
	reported := len(c.findings)
	doc := c.read.Package
	c.checkSemantics(doc)
	format := len(c.findings)
	c.checkProfile(doc)
	c.dropRestated(reported, format)
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
		if f.Severity != finding.Error || f.Code == CodeRequired {
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

// addAt records a finding of code at a known byte offset. An argument
// whose value is empty is left out: it is an optional part of the message
// that does not apply.
func (c *checker) addAt(code, ptr string, offset int, args ...string) {
	kept := args[:0:0]
	for i := 0; i+1 < len(args); i += 2 {
		if args[i+1] != "" {
			kept = append(kept, args[i], args[i+1])
		}
	}
	c.findings = append(c.findings, placed{finding.New(code, ptr, kept...), offset})
}

// addFinding records a finding another package made, placed by its path.
func (c *checker) addFinding(f finding.Finding) {
	c.findings = append(c.findings, placed{f, c.offsetOf(f.Path)})
}

// report orders the findings, fills in their lines and columns, applies the
// limit and strict mode, and gives the verdict.
func (c *checker) report() *Report {
	ps := c.findings
	slices.SortStableFunc(ps, byPlace)
	ps = slices.CompactFunc(ps, func(a, b placed) bool {
		return a.offset == b.offset && a.Code == b.Code && a.Path == b.Path && maps.Equal(a.Args, b.Args)
	})
	valid := true
	for i := range ps {
		if c.opts.strict && ps[i].Severity == finding.Warning {
			ps[i].Severity = finding.Error
		}
		if ps[i].Severity == finding.Error {
			valid = false
		}
	}
	total := len(ps) + c.omitted
	omitted := 0
	if total > c.opts.maxFindings {
		ps = keepWorst(ps, c.opts.maxFindings)
		omitted = total - len(ps)
	}
	fs := make([]finding.Finding, len(ps), len(ps)+1)
	offsets := make([]int, len(ps))
	for i, p := range ps {
		fs[i], offsets[i] = p.Finding, p.offset
	}
	for i, p := range ogp.Positions(c.data, offsets) {
		fs[i].Line, fs[i].Column = p.Line, p.Column
	}
	if omitted > 0 {
		// About the report, not a value of the document: no place.
		fs = append(fs, finding.New(CodeTruncated, "",
			"want", strconv.Itoa(c.opts.maxFindings), "value", strconv.Itoa(omitted)))
	}
	return &Report{Valid: valid, Language: c.opts.lang, Findings: fs, Omitted: omitted}
}

// keepWorst returns the n most serious of ps, which are sorted by place,
// still sorted by place: errors first, then warnings, then notices, so that
// a limit never hides an error behind warnings that come before it.
func keepWorst(ps []placed, n int) []placed {
	if len(ps) <= n {
		return ps
	}
	slices.SortStableFunc(ps, func(a, b placed) int { return cmp.Compare(b.Severity, a.Severity) })
	ps = ps[:n]
	slices.SortFunc(ps, byPlace)
	return ps
}

// byPlace orders findings by their place in the file, then by code, path
// and arguments: the order of a report.
func byPlace(a, b placed) int {
	return cmp.Or(cmp.Compare(a.offset, b.offset), strings.Compare(a.Code, b.Code),
		strings.Compare(a.Path, b.Path), compareArgs(a.Args, b.Args))
}

// compareArgs orders two findings' arguments, for findings of one code at
// one place.
func compareArgs(a, b map[string]string) int {
	for _, name := range slices.Sorted(maps.Keys(a)) {
		if n := strings.Compare(a[name], b[name]); n != 0 {
			return n
		}
	}
	return cmp.Compare(len(a), len(b))
}

// offsetOf returns the byte offset of the value ptr points to: where the
// member starts when ptr ends in a member name, or the deepest value on the
// way when the pointer leads nowhere (a missing member).
func (c *checker) offsetOf(ptr string) int {
	off, _ := c.read.Offset(ptr)
	return off
}
