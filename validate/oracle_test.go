package validate_test

// The differential test against the oracle: santhosh-tekuri/jsonschema on
// the published schema (package schema) must agree with the validator's
// schema layer on every input of mutate_test.go: the same verdict, and the
// same set of failing JSON Pointers once both are normalised.
//
// Normalisation. The oracle's pointers are its leaves' instance locations
// with each token percent-decoded (santhosh escapes ~ and / as a JSON
// Pointer does, then percent-encodes the token as in a URL fragment). The
// validator's pointers are its findings' paths, with the difference of
// where the two point at one violation taken out:
//
//   - schema.required: both point at the object that lacks the member.
//   - schema.additional-member and version.unknown-member: the validator
//     points at the member, santhosh's additionalProperties at the object
//     holding it: the member's parent is compared.
//   - schema.unique-items: the validator points at the repeated item,
//     santhosh's uniqueItems at the array: the array is compared.
//   - schema.property-name: both point at the member whose name is not a
//     language tag (santhosh validates the name at the member's location).
//   - santhosh writes the place of a member named "" without its empty
//     token: the validator's pointers are compared so too.
//   - every other code: both point at the value at fault.
//
// The validator's schema layer is every schema.* code, version.unsupported
// (the schema's formatVersion pattern refuses what this library cannot
// read), version.unknown-member (a member this version does not define is
// an error against this version's schema, even in a newer-minor document,
// as ajv and python-jsonschema say). Findings of the other layers
// (id, ref, date, text, status, canada, report) are not the schema's, and
// version.newer-minor is a warning about a version the schema accepts.

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/schema"
	"github.com/ogpx/interchange/validate"
)

// TestValidatorAgreesWithSchemaOracle checks every input of the corpus and
// its mutations against the oracle.
func TestValidatorAgreesWithSchemaOracle(t *testing.T) {
	v := oracleValidator(t)
	fails := newFailures()
	for _, in := range inputs(t) {
		c := compareWithOracle(v, in.data)
		fails.add(in, c)
	}
	fails.report(t, "the validator's schema layer and the oracle disagree")
	// The comparison says something of each schema code only if the inputs
	// give it.
	for _, info := range finding.Codes() {
		if strings.HasPrefix(info.ID, "schema.") && fails.codes[info.ID] == 0 {
			t.Errorf("no input gives %s: the corpus or the mutations lack a case of it", info.ID)
		}
	}
}

// FuzzOracle checks the oracle property on any input.
func FuzzOracle(f *testing.F) {
	origins := map[string]string{}
	for _, in := range fuzzSeeds(f) {
		f.Add(in.data)
		origins[string(in.data)] = in.origin
	}
	v := oracleValidator(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		c := compareWithOracle(v, data)
		if c.skip != "" {
			t.Skip(c.skip)
		}
		if c.key != "" {
			t.Errorf("%s\n%s%s", c.key, c.detail, originNote(origins, data))
		}
	})
}

// oracleValidator returns a validator that lists every finding.
func oracleValidator(tb testing.TB) *validate.Validator {
	tb.Helper()
	v, err := validate.New(validate.MaxFindings(1 << 20))
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// comparison is the outcome of one differential check: skipped (with the
// reason), agreed (empty key), or failed, with a key that groups failures
// of one kind and a detail that gives both sides.
type comparison struct {
	skip   string
	key    string
	detail string
	// codes are the schema-layer codes the validator found, for the
	// oracle test's coverage.
	codes []string
	// causes are the single changes a failure comes with, generalised,
	// for a second grouping: "fmt dropped /plans/*/member/fiscalYearEnd =
	// 0".
	causes []string
}

// schemaLayer reports whether a finding of code is the validator's answer
// to what the schema decides: see the top of this file.
func schemaLayer(code string) bool {
	switch code {
	case validate.CodeUnsupported, validate.CodeNewerMember:
		return true
	}
	return strings.HasPrefix(code, "schema.")
}

// place is one violation as one side sees it: its normalised pointer, and
// the code or keyword that names it, for the failure's message.
type place struct {
	pointer string
	name    string
}

func (p place) String() string { return p.name + " " + cmp.Or(p.pointer, `""`) }

func compareWithOracle(v *validate.Validator, data []byte) comparison {
	report, crash := validateSafely(v, data)
	if crash != nil {
		return comparison{key: "the validator panics", detail: fmt.Sprint(crash)}
	}
	for _, f := range report.Findings {
		if strings.HasPrefix(f.Code, "json.") {
			// Duplicate members, invalid UTF-8, limits: the oracle decodes
			// with encoding/json, which keeps the last duplicate, replaces
			// bad bytes with U+FFFD and has no limits, so it judges
			// another document.
			return comparison{skip: f.Code + ": the oracle reads such a file differently"}
		}
	}
	if hasLoneSurrogate(data) {
		// encoding/json replaces a lone surrogate with U+FFFD: the oracle
		// judges another string than the one written.
		return comparison{skip: "a lone surrogate, which the oracle replaces with U+FFFD"}
	}
	crash, err := oracleSafely(data)
	if crash != nil {
		// santhosh reads numbers as big.Rat, which gives up on exponents
		// such as 1e9999999, and then dereferences nil.
		return comparison{skip: "the oracle panics"}
	}
	var ve *jsonschema.ValidationError
	if err != nil && !errors.As(err, &ve) {
		return comparison{key: "the oracle cannot read what the validator reads without a json.* finding",
			detail: fmt.Sprintf("oracle: %v\nvalidator: %v", err, codesOf(report.Findings))}
	}
	var oracle []place
	if ve != nil {
		for _, leaf := range schema.Leaves(ve) {
			oracle = append(oracle, place{oraclePointer(leaf.InstanceLocation), path.Base(leaf.KeywordLocation)})
		}
	}
	doc, _ := tryDecodeAny(data) // decodes: ValidateJSON did
	var mine []place
	unsupported := false
	for _, f := range report.Findings {
		if schemaLayer(f.Code) {
			mine = append(mine, place{validatorPointer(doc, f), f.Code})
		}
		unsupported = unsupported || f.Code == validate.CodeUnsupported
	}
	if unsupported {
		// The validator reads nothing more of a document whose version it
		// cannot read (see version.unsupported): only the oracle's verdict
		// on the version is compared.
		oracle = slices.DeleteFunc(oracle, func(p place) bool { return p.pointer != "/formatVersion" })
	}
	c := judge(oracle, mine)
	for _, p := range mine {
		c.codes = append(c.codes, p.name)
	}
	return c
}

// validateSafely runs v on data, and returns what it panics with, if it
// does.
func validateSafely(v *validate.Validator, data []byte) (r *validate.Report, crash any) {
	defer func() { crash = recover() }()
	return v.Validate(data), nil
}

// oracleSafely runs the oracle on data, and returns what it panics with, if
// it does.
func oracleSafely(data []byte) (crash any, err error) {
	defer func() { crash = recover() }()
	return nil, schema.ValidateJSON(data)
}

// judge compares the two sides' places.
func judge(oracle, mine []place) comparison {
	pointers := func(ps []place) map[string]bool {
		m := map[string]bool{}
		for _, p := range ps {
			m[p.pointer] = true
		}
		return m
	}
	op, mp := pointers(oracle), pointers(mine)
	var onlyOracle, onlyMine []place
	for _, p := range oracle {
		if !mp[p.pointer] {
			onlyOracle = append(onlyOracle, p)
		}
	}
	for _, p := range mine {
		if !op[p.pointer] {
			onlyMine = append(onlyMine, p)
		}
	}
	var key string
	switch {
	case len(oracle) == 0 && len(mine) > 0:
		key = "verdict: the oracle says valid, the validator finds " + generalList(mine)
	case len(oracle) > 0 && len(mine) == 0:
		key = "verdict: the validator's schema layer finds nothing, the oracle finds " + generalList(oracle)
	case len(onlyOracle)+len(onlyMine) > 0:
		var parts []string
		if len(onlyOracle) > 0 {
			parts = append(parts, "only the oracle: "+generalList(onlyOracle))
		}
		if len(onlyMine) > 0 {
			parts = append(parts, "only the validator: "+generalList(onlyMine))
		}
		key = "pointers: " + strings.Join(parts, "; ")
	default:
		return comparison{}
	}
	return comparison{key: key, detail: fmt.Sprintf("oracle:    %s\nvalidator: %s", list(oracle), list(mine))}
}

// list writes places sorted, without repeats.
func list(ps []place) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.String())
	}
	slices.Sort(s)
	s = slices.Compact(s)
	if len(s) == 0 {
		return "(nothing)"
	}
	if len(s) > 8 {
		s = append(s[:8], fmt.Sprintf("and %d more", len(s)-8))
	}
	return strings.Join(s, ", ")
}

// generalList writes places with their array indices as "*", sorted,
// without repeats: the kind of a failure.
func generalList(ps []place) string {
	var s []string
	for _, p := range ps {
		s = append(s, general(p.String()))
	}
	slices.Sort(s)
	return strings.Join(slices.Compact(s), ", ")
}

// oraclePointer turns one of santhosh's instance locations into a JSON
// Pointer: santhosh percent-encodes each token, a JSON Pointer does not.
func oraclePointer(loc string) string {
	tokens := strings.Split(loc, "/")
	for i, tok := range tokens {
		if t, err := url.PathUnescape(tok); err == nil {
			tokens[i] = t
		}
	}
	return strings.Join(tokens, "/")
}

// validatorPointer returns a schema-layer finding's path, normalised to the
// place santhosh reports the same violation at.
func validatorPointer(doc any, f finding.Finding) string {
	p := f.Path
	switch f.Code {
	case validate.CodeAdditional, validate.CodeNewerMember:
		p = parentPointer(p)
	case validate.CodeUniqueItems:
		if v, ok := valueAt(doc, p); ok {
			if _, isArray := v.([]any); !isArray {
				p = parentPointer(p) // the repeated item
			}
		}
	}
	// santhosh writes the place of a member named "" without its empty
	// token: so is it compared.
	for strings.Contains(p, "//") {
		p = strings.ReplaceAll(p, "//", "/")
	}
	return strings.TrimSuffix(p, "/")
}

func parentPointer(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return p
}

// valueAt returns the value at JSON Pointer p in doc.
func valueAt(doc any, p string) (any, bool) {
	if p == "" {
		return doc, true
	}
	v := doc
	for _, tok := range strings.Split(p[1:], "/") {
		tok = ogp.UnescapePointerToken(tok)
		switch c := v.(type) {
		case map[string]any:
			e, ok := c[tok]
			if !ok {
				return nil, false
			}
			v = e
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// hasLoneSurrogate reports whether a \u escape in data writes half of a
// surrogate pair alone.
func hasLoneSurrogate(data []byte) bool {
	s := string(data)
	surrogate := func(i int) (rune, bool) {
		if i+6 > len(s) || s[i] != '\\' || s[i+1] != 'u' {
			return 0, false
		}
		r, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
		return rune(r), err == nil
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		r, ok := surrogate(i)
		if !ok {
			i++ // an escape of one character: skip it (it may be \\)
			continue
		}
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			return true
		case r >= 0xD800 && r <= 0xDBFF:
			low, ok := surrogate(i + 6)
			if !ok || low < 0xDC00 || low > 0xDFFF {
				return true
			}
			i += 11
		default:
			i += 5
		}
	}
	return false
}

func codesOf(fs []finding.Finding) []string {
	var codes []string
	for _, f := range fs {
		codes = append(codes, f.Code)
	}
	return codes
}

// failures gathers the failures of one property over many inputs and
// reports them grouped by kind, with a few examples.
type failures struct {
	checked int
	skipped map[string]int
	groups  map[string]*failureGroup
	codes   map[string]int // inputs that gave each code
	causes  map[string]int // failed inputs with each cause
}

type failureGroup struct {
	key      string
	n        int
	examples []string
}

func newFailures() *failures {
	return &failures{skipped: map[string]int{}, groups: map[string]*failureGroup{}, codes: map[string]int{}, causes: map[string]int{}}
}

// Limits of a failure report.
const (
	maxGroups   = 30
	maxExamples = 10
	maxKeyLen   = 300
)

func (fs *failures) add(in input, c comparison) {
	fs.checked++
	slices.Sort(c.codes)
	for _, code := range slices.Compact(c.codes) {
		fs.codes[code]++
	}
	switch {
	case c.skip != "":
		fs.skipped[c.skip]++
	case c.key != "":
		key := c.key
		if len(key) > maxKeyLen {
			key = key[:maxKeyLen] + "…"
		}
		g := fs.groups[key]
		if g == nil {
			g = &failureGroup{key: key}
			fs.groups[key] = g
		}
		g.n++
		slices.Sort(c.causes)
		for _, cause := range slices.Compact(c.causes) {
			fs.causes[cause]++
		}
		if len(g.examples) < 2 {
			g.examples = append(g.examples, "input: "+in.origin+"\n"+c.detail)
		}
	}
}

// report fails t with the groups, largest first, and one example of each of
// the first ones; it logs the counts either way.
func (fs *failures) report(t *testing.T, what string) {
	t.Helper()
	var skips []string
	for reason, n := range fs.skipped {
		skips = append(skips, fmt.Sprintf("%d × %s", n, reason))
	}
	slices.Sort(skips)
	t.Logf("%d inputs checked; skipped: %s", fs.checked, cmp.Or(strings.Join(skips, "; "), "none"))
	if len(fs.codes) > 0 {
		var counts []string
		for _, code := range slices.Sorted(maps.Keys(fs.codes)) {
			counts = append(counts, fmt.Sprintf("%s %d", code, fs.codes[code]))
		}
		t.Logf("inputs with each code compared: %s", strings.Join(counts, ", "))
	}
	if len(fs.groups) == 0 {
		return
	}
	groups := make([]*failureGroup, 0, len(fs.groups))
	failed := 0
	for _, g := range fs.groups {
		groups = append(groups, g)
		failed += g.n
	}
	slices.SortFunc(groups, func(a, b *failureGroup) int {
		return cmp.Or(cmp.Compare(b.n, a.n), strings.Compare(a.key, b.key))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%s on %d of %d inputs, %d kinds of failure:\n", what, failed, fs.checked, len(groups))
	for i, g := range groups {
		if i == maxGroups {
			fmt.Fprintf(&b, "  … and %d more kinds\n", len(groups)-maxGroups)
			break
		}
		fmt.Fprintf(&b, "  %5d × %s\n", g.n, g.key)
	}
	if len(fs.causes) > 0 {
		causes := slices.Collect(maps.Keys(fs.causes))
		slices.SortFunc(causes, func(a, b string) int {
			return cmp.Or(cmp.Compare(fs.causes[b], fs.causes[a]), strings.Compare(a, b))
		})
		b.WriteString("failed inputs by the change that comes with the failure:\n")
		for i, cause := range causes {
			if i == maxGroups {
				fmt.Fprintf(&b, "  … and %d more\n", len(causes)-maxGroups)
				break
			}
			fmt.Fprintf(&b, "  %5d × %s\n", fs.causes[cause], cause)
		}
	}
	b.WriteString("examples:\n")
	for i, g := range groups[:min(len(groups), maxExamples)] {
		fmt.Fprintf(&b, "%d. %s\n   %s\n", i+1, g.key, strings.ReplaceAll(g.examples[0], "\n", "\n   "))
	}
	if os.Getenv("OGP_ALL_FAILURES") == "1" {
		for _, g := range groups {
			for _, e := range g.examples {
				fmt.Fprintf(&b, "--- %s\n%s\n", g.key, e)
			}
		}
	}
	t.Error(b.String())
}
