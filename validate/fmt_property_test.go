package validate_test

// The fmt property: ogp fmt, which is ogp.Encode(ogp.Decode(x)), rewrites a
// document's form and never its meaning. For every input of mutate_test.go
// that decodes and encodes, the validator must give fmt(x) the same verdict
// and the same set of finding codes as x, and fmt(fmt(x)) must be fmt(x)
// byte for byte.

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/validate"
)

// TestFmtKeepsTheVerdict checks the fmt property on every input of the
// corpus and its mutations.
func TestFmtKeepsTheVerdict(t *testing.T) {
	vs := fmtValidators(t)
	fails := newFailures()
	for _, in := range inputs(t) {
		fails.add(in, checkFmt(vs.For(in.origin), in.data))
	}
	fails.report(t, "fmt changes the validator's report, or is not idempotent,")
	// Most mutants are refused by Decode, and fmt says nothing of them; the
	// property says something only if enough inputs are formatted.
	skipped := 0
	for _, n := range fails.skipped {
		skipped += n
	}
	if formatted, want := fails.checked-skipped, fails.checked/20; formatted < want {
		t.Errorf("fmt formatted %d of %d inputs, want at least %d", formatted, fails.checked, want)
	}
}

// FuzzFmt checks the fmt property on any input.
func FuzzFmt(f *testing.F) {
	origins := map[string]string{}
	for _, in := range fuzzSeeds(f) {
		f.Add(in.data)
		origins[string(in.data)] = in.origin
	}
	vs := fmtValidators(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		c := checkFmt(vs.plain, data)
		if c.skip != "" {
			t.Skip(c.skip)
		}
		if c.key != "" {
			t.Errorf("%s\n%s%s", c.key, c.detail, originNote(origins, data))
		}
	})
}

// validators are the validators of the fmt test.
type validators struct {
	plain *validate.Validator
}

func fmtValidators(tb testing.TB) validators {
	tb.Helper()
	plain, err := validate.New(validate.MaxFindings(1 << 20))
	if err != nil {
		tb.Fatal(err)
	}
	return validators{plain}
}

// For returns the validator for an input of origin.
func (vs validators) For(string) *validate.Validator { return vs.plain }

// checkFmt checks the fmt property on data. A failure's kind is what
// changed and what fmt did to the document's values (see contentDiff), with
// array indices generalised, so that failures group by cause.
func checkFmt(v *validate.Validator, data []byte) comparison {
	p, err := ogp.Decode(data)
	if err != nil {
		return comparison{skip: "ogp.Decode fails"}
	}
	once, err := ogp.Encode(p)
	if err != nil {
		return comparison{skip: "ogp.Encode fails"}
	}
	p2, err := ogp.Decode(once)
	if err != nil {
		return comparison{key: "fmt's output does not decode: " + general(err.Error()), detail: err.Error()}
	}
	twice, err := ogp.Encode(p2)
	if err != nil {
		return comparison{key: "fmt's output does not encode: " + general(err.Error()), detail: err.Error()}
	}
	if !bytes.Equal(once, twice) {
		d := contentDiff(once, twice)
		return comparison{key: "fmt(fmt(x)) differs from fmt(x): " + general(d.kind()), detail: d.String()}
	}
	before, crash := validateSafely(v, data)
	if crash != nil {
		return comparison{key: "the validator panics on x", detail: fmt.Sprint(crash)}
	}
	after, crash := validateSafely(v, once)
	if crash != nil {
		return comparison{key: "the validator panics on fmt(x)", detail: fmt.Sprint(crash)}
	}
	bc, ac := codeSet(before), codeSet(after)
	if before.Valid == after.Valid && slices.Equal(bc, ac) {
		return comparison{}
	}
	var parts []string
	if before.Valid != after.Valid {
		parts = append(parts, fmt.Sprintf("verdict %s → %s", verdict(before), verdict(after)))
	}
	if lost := minus(bc, ac); len(lost) > 0 {
		parts = append(parts, "codes lost: "+strings.Join(lost, ", "))
	}
	if gained := minus(ac, bc); len(gained) > 0 {
		parts = append(parts, "codes gained: "+strings.Join(gained, ", "))
	}
	d := contentDiff(data, once)
	var causes []string
	for _, l := range d.gone {
		causes = append(causes, "fmt dropped "+general(l))
	}
	for _, l := range d.added {
		causes = append(causes, "fmt added "+general(l))
	}
	return comparison{
		causes: causes,
		key:    strings.Join(parts, "; ") + " ⇐ " + general(d.kind()),
		detail: fmt.Sprintf("x:      %s\nfmt(x): %s\n%s",
			findingList(before), findingList(after), d),
	}
}

func verdict(r *validate.Report) string {
	if r.Valid {
		return "valid"
	}
	return "invalid"
}

// codeSet returns the sorted codes of r's findings, without repeats.
func codeSet(r *validate.Report) []string {
	set := map[string]bool{}
	for _, f := range r.Findings {
		set[f.Code] = true
	}
	return slices.Sorted(maps.Keys(set))
}

// minus returns the elements of a not in b; both are sorted.
func minus(a, b []string) []string {
	var out []string
	for _, s := range a {
		if _, found := slices.BinarySearch(b, s); !found {
			out = append(out, s)
		}
	}
	return out
}

// findingList writes a report's findings, code and pointer, at most eight.
func findingList(r *validate.Report) string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, f.Code+" "+cmp.Or(f.Path, `""`))
	}
	if len(s) == 0 {
		return "(no findings)"
	}
	if len(s) > 8 {
		s = append(s[:8], fmt.Sprintf("and %d more", len(s)-8))
	}
	return strings.Join(s, ", ")
}

// diff is what changed between two documents' values: the lines of
// valueLines only in the first (gone) and only in the second (added).
type diff struct {
	gone, added []string
}

// contentDiff returns the values of a not in b, and of b not in a.
func contentDiff(a, b []byte) diff {
	count := func(lines []string) map[string]int {
		m := map[string]int{}
		for _, l := range lines {
			m[l]++
		}
		return m
	}
	la, lb := valueLines(a), valueLines(b)
	inA, inB := count(la), count(lb)
	var d diff
	for _, l := range la {
		if inB[l] > 0 {
			inB[l]--
		} else {
			d.gone = append(d.gone, l)
		}
	}
	for _, l := range lb {
		if inA[l] > 0 {
			inA[l]--
		} else {
			d.added = append(d.added, l)
		}
	}
	return d
}

// kind says in short what fmt did: "dropped /plans/0/member/fiscalYearEnd
// = 0", at most three values each way.
func (d diff) kind() string {
	cut := func(ls []string) string {
		if len(ls) > 3 {
			ls = append(ls[:3:3], "…")
		}
		return strings.Join(ls, ", ")
	}
	var parts []string
	if len(d.gone) > 0 {
		parts = append(parts, "dropped "+cut(d.gone))
	}
	if len(d.added) > 0 {
		parts = append(parts, "added "+cut(d.added))
	}
	if len(parts) == 0 {
		return "same values"
	}
	return strings.Join(parts, "; ")
}

func (d diff) String() string {
	return "fmt " + d.kind()
}

// valueLines returns one line for each scalar, empty object and empty array
// of data: "/plans/0/member/fiscalYearEnd = 0". A member dropped or added
// shows as one line, whatever the order of members.
func valueLines(data []byte) []string {
	v, err := tryDecodeAny(data)
	if err != nil {
		return []string{"(not JSON: " + err.Error() + ")"}
	}
	var lines []string
	var walk func(v any, path []any)
	walk = func(v any, path []any) {
		switch c := v.(type) {
		case map[string]any:
			if len(c) == 0 {
				lines = append(lines, pointer(path)+" = {}")
			}
			for _, k := range slices.Sorted(maps.Keys(c)) {
				walk(c[k], append(slices.Clip(path), k))
			}
		case []any:
			if len(c) == 0 {
				lines = append(lines, pointer(path)+" = []")
			}
			for i, e := range c {
				walk(e, append(slices.Clip(path), i))
			}
		default:
			value := encodeScalar(v)
			if r := []rune(value); len(r) > 40 {
				value = string(r[:37]) + "…"
			}
			lines = append(lines, pointer(path)+" = "+value)
		}
	}
	walk(v, nil)
	return lines
}
