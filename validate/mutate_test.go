package validate_test

// The inputs of the differential tests (oracle_test.go and
// fmt_property_test.go): every document of the repository's corpora,
// generated documents, hostile hand-written strings, and deterministic
// mutations of them all. Each input carries its provenance, so that a
// failure says where it comes from: "testdata/cases/valid.json:
// /plans/0/member/fiscalYearEnd := 0".

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// input is one document of the differential tests.
type input struct {
	// origin is where the document comes from: a file, a generated
	// document, or either with the mutation applied.
	origin string
	data   []byte
}

// seedFiles are the globs of the repository's documents, relative to this
// package.
var seedFiles = []string{
	"testdata/cases/*.json",
	"../schema/testdata/valid/*.json",
	"../schema/testdata/invalid/*.json",
	"../schema/testdata/fuzz/*/*",
	"../examples/*/*.json",
}

// generated are the docgen documents of the corpus: target size in bytes and
// seed. docgen makes nothing smaller than about 15 kB.
var generated = []struct {
	size int
	seed uint64
}{
	{5_000, 1}, {5_000, 2}, {50_000, 1}, {50_000, 7},
}

// seedInputs returns the unmutated inputs: the repository's files, the
// generated documents and the hostile ones, in a fixed order.
func seedInputs(tb testing.TB) []input {
	tb.Helper()
	var ins []input
	for _, glob := range seedFiles {
		names, err := filepath.Glob(glob)
		if err != nil {
			tb.Fatal(err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			if strings.Contains(name, "/fuzz/") {
				if data = fuzzSeed(data); data == nil {
					continue // not a one-argument []byte seed
				}
			}
			ins = append(ins, input{origin: strings.TrimPrefix(filepath.ToSlash(name), "../"), data: data})
		}
	}
	if len(ins) == 0 {
		tb.Fatal("no seed files")
	}
	for _, g := range generated {
		data, err := ogp.Encode(docgen.OfSize(g.size, g.seed))
		if err != nil {
			tb.Fatal(err)
		}
		ins = append(ins, input{origin: fmt.Sprintf("docgen.OfSize(%d, %d)", g.size, g.seed), data: data})
	}
	return append(ins, hostileInputs(tb)...)
}

// maxFuzzSeed is the size of the largest seed of the fuzz targets: the
// fuzzer spends its time minimising large inputs.
const maxFuzzSeed = 8 << 10

// fuzzSeeds returns the seed inputs of at most maxFuzzSeed bytes.
func fuzzSeeds(tb testing.TB) []input {
	tb.Helper()
	return slices.DeleteFunc(seedInputs(tb), func(in input) bool { return len(in.data) > maxFuzzSeed })
}

// originNote says where a fuzz seed added with f.Add comes from, or is
// empty for other inputs.
func originNote(origins map[string]string, data []byte) string {
	if o, ok := origins[string(data)]; ok {
		return "\ninput: " + o
	}
	return ""
}

// fuzzSeed returns the value of a seed file in the "go test fuzz v1" format
// whose one value is a []byte, or nil.
func fuzzSeed(file []byte) []byte {
	sc := bufio.NewScanner(bytes.NewReader(file))
	sc.Buffer(nil, 1<<24)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) != 2 || lines[0] != "go test fuzz v1" {
		return nil
	}
	lit, ok := strings.CutPrefix(lines[1], "[]byte(")
	if !ok {
		return nil
	}
	s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
	if err != nil {
		return nil
	}
	return []byte(s)
}

// hostile are strings written as raw JSON, escapes included, that a decoder
// may read in more than one way. Each is placed as a text's value, as a
// text's language, as an unknown member's name and as an x- member's name
// in a minimal valid document.
var hostile = []struct{ what, literal string }{
	{"lone high surrogate", `"\ud800"`},
	{"lone low surrogate", `"a\udc00b"`},
	{"surrogate pair", `"\ud83d\ude00"`},
	{"escaped slash", `"a\u002fb"`},
	{"slash", `"a/b"`},
	{"tilde", `"~"`},
	{"tilde one", `"~1"`},
	{"tilde zero slash", `"~0/"`},
	{"percent", `"%41%2F"`},
	{"space and non-ASCII", `"é t"`},
	{"escaped letters", `"\u0065\u006e"`},
	{"NUL", `"a\u0000b"`},
	{"empty", `""`},
}

// hostileNumbers are number literals written as fiscalYearEnd, which must be
// an integer from 1 to 12: integers by the schema written with a fraction
// or an exponent, and numbers whose exponent is huge.
var hostileNumbers = []string{
	"12.0", "1E1", "0.3e1", "3.0000000000000000001", "3.00000000000000000000",
	"1e400", "-1e-400", "1e9999999", "100000000000000000000000000000003",
}

// hostileInputs returns minimal.json with each hostile string in each place,
// and with each hostile number as fiscalYearEnd.
func hostileInputs(tb testing.TB) []input {
	tb.Helper()
	base, err := os.ReadFile("../schema/testdata/valid/minimal.json")
	if err != nil {
		tb.Fatal(err)
	}
	const name, value = `"@@name@@"`, `"@@value@@"`
	places := []struct {
		where string
		edit  func(doc map[string]any)
	}{
		{"the publisher's name", func(doc map[string]any) {
			doc["publisher"].(map[string]any)["name"].(map[string]any)["en"] = "@@value@@"
		}},
		{"a language of the title", func(doc map[string]any) {
			plan(doc)["title"].(map[string]any)["@@name@@"] = "x"
		}},
		{"an unknown member of the plan", func(doc map[string]any) {
			plan(doc)["@@name@@"] = "x"
		}},
		{"the plan's id", func(doc map[string]any) {
			plan(doc)["id"] = "@@value@@"
		}},
	}
	var ins []input
	for _, h := range hostile {
		for _, p := range places {
			doc := decodeAny(tb, base).(map[string]any)
			p.edit(doc)
			data := encodeAny(tb, doc)
			data = bytes.ReplaceAll(data, []byte(value), []byte(h.literal))
			data = bytes.ReplaceAll(data, []byte(name), []byte(h.literal))
			ins = append(ins, input{origin: fmt.Sprintf("hostile: %s as %s", h.what, p.where), data: data})
		}
		// An x- member's name is free: only its prefix counts.
		doc := decodeAny(tb, base).(map[string]any)
		plan(doc)["@@name@@"] = "x"
		data := encodeAny(tb, doc)
		xname := `"x-` + h.literal[1:]
		data = bytes.ReplaceAll(data, []byte(name), []byte(xname))
		ins = append(ins, input{origin: fmt.Sprintf("hostile: %s in an x- member's name", h.what), data: data})
	}
	for _, n := range hostileNumbers {
		doc := decodeAny(tb, base).(map[string]any)
		plan(doc)["member"].(map[string]any)["fiscalYearEnd"] = json.Number("0")
		data := encodeAny(tb, doc)
		data = bytes.Replace(data, []byte(`"fiscalYearEnd":0`), []byte(`"fiscalYearEnd":`+n), 1)
		ins = append(ins, input{origin: "hostile: fiscalYearEnd " + n, data: data})
	}
	return ins
}

func plan(doc map[string]any) map[string]any {
	return doc["plans"].([]any)[0].(map[string]any)
}

// decodeAny decodes data as encoding/json does with UseNumber.
func decodeAny(tb testing.TB, data []byte) any {
	tb.Helper()
	v, err := tryDecodeAny(data)
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

func tryDecodeAny(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	if d.More() {
		return nil, fmt.Errorf("data after the JSON value")
	}
	return v, nil
}

// encodeAny encodes v compactly, without HTML escaping, members sorted by
// name (encoding/json's order).
func encodeAny(tb testing.TB, v any) []byte {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// encodeScalar writes a string, number, boolean or null as JSON.
func encodeScalar(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprintf("(%v)", err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// replacements are the values a mutation puts in place of a value.
var replacements = []struct {
	name  string
	value func() any
}{
	{`""`, func() any { return "" }},
	{`0`, func() any { return json.Number("0") }},
	{`-0`, func() any { return json.Number("-0") }},
	{`6.0`, func() any { return json.Number("6.0") }},
	{`1e0`, func() any { return json.Number("1e0") }},
	{`{}`, func() any { return map[string]any{} }},
	{`[]`, func() any { return []any{} }},
	{`null`, func() any { return nil }},
	{`true`, func() any { return true }},
	{`"x\n"`, func() any { return "x\n" }},
	{`"a…" (200 characters)`, func() any { return strings.Repeat("abcdefghij", 20) }},
	{`"2021-02-30"`, func() any { return "2021-02-30" }},
	{`"C01"`, func() any { return "C01" }},
	{`{"en": ""}`, func() any { return map[string]any{"en": ""} }},
	{`{"EN": "x"}`, func() any { return map[string]any{"EN": "x"} }},
}

// mutation is one change to a document: op at the value path leads to.
type mutation struct {
	path []any // member names (string) and array indices (int)
	op   string
	// value is the replacement, for op "replace".
	value func() any
	label string
	// order is the mutation's place in the sample: a hash of its origin.
	order uint64
}

// describe says what the mutation does: "/plans/0/id := """.
func (m mutation) describe() string {
	return pointer(m.path) + " " + m.label
}

// pointer returns the JSON Pointer of a path.
func pointer(path []any) string {
	var b strings.Builder
	for _, tok := range path {
		b.WriteByte('/')
		switch t := tok.(type) {
		case string:
			b.WriteString(ogp.PointerToken(t))
		case int:
			b.WriteString(strconv.Itoa(t))
		}
	}
	return b.String()
}

// mutations lists every mutation of doc: each value replaced by each of
// replacements; each member deleted; each array element deleted and
// duplicated; "motto" (unknown) and "x-note" (an extension member) added to
// each object.
func mutations(doc any) []mutation {
	var ms []mutation
	var walk func(v any, path []any)
	walk = func(v any, path []any) {
		if len(path) > 0 {
			for _, r := range replacements {
				ms = append(ms, mutation{path: path, op: "replace", value: r.value, label: ":= " + r.name})
			}
			switch path[len(path)-1].(type) {
			case string:
				ms = append(ms, mutation{path: path, op: "delete", label: "deleted"})
			case int:
				ms = append(ms, mutation{path: path, op: "delete", label: "element deleted"},
					mutation{path: path, op: "duplicate", label: "element duplicated"})
			}
		}
		switch c := v.(type) {
		case map[string]any:
			ms = append(ms, mutation{path: path, op: "add-motto", label: `+ "motto"`},
				mutation{path: path, op: "add-x-note", label: `+ "x-note"`})
			for _, k := range slices.Sorted(maps.Keys(c)) {
				walk(c[k], append(slices.Clip(path), k))
			}
		case []any:
			for i, e := range c {
				walk(e, append(slices.Clip(path), i))
			}
		}
	}
	walk(doc, nil)
	return ms
}

// apply returns a deep copy of doc with m applied.
func (m mutation) apply(doc any) any {
	doc = deepCopy(doc)
	if len(m.path) == 0 {
		switch m.op {
		case "add-motto", "add-x-note":
			addMember(doc, m.op)
		}
		return doc
	}
	parent := doc
	for _, tok := range m.path[:len(m.path)-1] {
		parent = child(parent, tok)
	}
	last := m.path[len(m.path)-1]
	switch p := parent.(type) {
	case map[string]any:
		k := last.(string)
		switch m.op {
		case "replace":
			p[k] = m.value()
		case "delete":
			delete(p, k)
		default:
			addMember(p[k], m.op)
		}
	case []any:
		i := last.(int)
		switch m.op {
		case "replace":
			p[i] = m.value()
		case "delete", "duplicate":
			// The array is held by its own parent: rebuild it there.
			var a []any
			if m.op == "delete" {
				a = slices.Delete(slices.Clone(p), i, i+1)
			} else {
				a = slices.Insert(slices.Clone(p), i+1, deepCopy(p[i]))
			}
			setAt(doc, m.path[:len(m.path)-1], a)
		default:
			addMember(p[i], m.op)
		}
	}
	return doc
}

func addMember(v any, op string) {
	obj := v.(map[string]any)
	if op == "add-motto" {
		obj["motto"] = "Open by default"
	} else {
		obj["x-note"] = "kept by the publisher"
	}
}

func child(v any, tok any) any {
	switch c := v.(type) {
	case map[string]any:
		return c[tok.(string)]
	case []any:
		return c[tok.(int)]
	}
	return nil
}

// setAt sets the value at path, which is not empty, to v.
func setAt(doc any, path []any, v any) {
	if len(path) == 0 {
		return // the root is never an array in these documents' mutations
	}
	parent := doc
	for _, tok := range path[:len(path)-1] {
		parent = child(parent, tok)
	}
	switch p := parent.(type) {
	case map[string]any:
		p[path[len(path)-1].(string)] = v
	case []any:
		p[path[len(path)-1].(int)] = v
	}
}

func deepCopy(v any) any {
	switch c := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(c))
		for k, e := range c {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		a := make([]any, len(c))
		for i, e := range c {
			a[i] = deepCopy(e)
		}
		return a
	}
	return v
}

// Budgets of mutated bytes, for all inputs together: the tests validate
// each mutant two or three times, at about 0.1 ms per kilobyte. Half goes
// to coverage (see testInputs), half is shared among the seeds.
const (
	mutantBytes      = 12 << 20
	mutantBytesShort = 1 << 20
	// minMutants is the least number of mutants of one document, however
	// large, in a run without -short.
	minMutants = 4
	// maxCoverageSeed is the size of the largest seed mutated for coverage.
	maxCoverageSeed = 16 << 10
)

// testInputs returns the seed inputs and a deterministic sample of their
// mutations, without two inputs of the same bytes, in two passes.
//
// Coverage: the seeds of at most maxCoverageSeed bytes, smallest first,
// give every mutation whose kind, its description with array indices
// generalised ("/plans/*/member/fiscalYearEnd := 0"), no earlier mutation
// had, until half the budget is spent. Spread: every seed then gets an
// equal share of the rest, taken in the order of a hash of the mutations'
// origins, which spreads them over places and kinds of change alike.
func testInputs(tb testing.TB) []input {
	tb.Helper()
	budget := mutantBytes
	if testing.Short() {
		budget = mutantBytesShort
	}
	seen := map[string]bool{}
	var ins []input
	add := func(in input) bool {
		if seen[string(in.data)] {
			return false
		}
		seen[string(in.data)] = true
		ins = append(ins, in)
		return true
	}
	type mutable struct {
		input
		doc any
		ms  []mutation // sorted by order; computed on first use
	}
	var todo []*mutable
	for _, s := range seedInputs(tb) {
		add(s)
		if strings.HasPrefix(s.origin, "hostile:") {
			continue // each is one targeted change already
		}
		// Mutants of a document nested deeper than the format ever is
		// would only repeat json.too-deep.
		if doc, err := tryDecodeAny(s.data); err == nil && depth(doc) <= maxMutatedDepth {
			todo = append(todo, &mutable{input: s, doc: doc})
		}
	}
	list := func(s *mutable) []mutation {
		if s.ms == nil {
			s.ms = mutations(s.doc)
			for i := range s.ms {
				f := fnv.New64a()
				f.Write([]byte(s.origin + "\x00" + s.ms[i].describe()))
				s.ms[i].order = f.Sum64()
			}
			slices.SortStableFunc(s.ms, func(a, b mutation) int { return cmp.Compare(a.order, b.order) })
		}
		return s.ms
	}
	mutant := func(s *mutable, m mutation) input {
		return input{origin: s.origin + ": " + m.describe(), data: encodeAny(tb, m.apply(s.doc))}
	}

	// Coverage.
	bySize := slices.Clone(todo)
	slices.SortStableFunc(bySize, func(a, b *mutable) int { return cmp.Compare(len(a.data), len(b.data)) })
	kinds := map[string]bool{}
	spent := 0
coverage:
	for _, s := range bySize {
		if len(s.data) > maxCoverageSeed {
			break
		}
		for _, m := range list(s) {
			kind := general(m.describe())
			if kinds[kind] {
				continue
			}
			if spent+len(s.data) > budget/2 {
				break coverage
			}
			kinds[kind] = true
			if in := mutant(s, m); add(in) {
				spent += len(in.data)
			}
		}
	}

	// Spread.
	share := (budget - spent) / max(len(todo), 1)
	for _, s := range todo {
		n := share / max(len(s.data), 1)
		if !testing.Short() {
			n = max(n, minMutants)
		}
		for _, m := range list(s) {
			if n == 0 {
				break
			}
			if add(mutant(s, m)) {
				n--
			}
		}
		s.ms = nil // no longer needed
	}
	return ins
}

// maxMutatedDepth is the deepest nesting of a document that is mutated; the
// format needs about ten levels.
const maxMutatedDepth = 16

// depth returns the nesting depth of v: 0 for a scalar.
func depth(v any) int {
	d := 0
	switch c := v.(type) {
	case map[string]any:
		for _, e := range c {
			d = max(d, depth(e))
		}
	case []any:
		for _, e := range c {
			d = max(d, depth(e))
		}
	default:
		return 0
	}
	return d + 1
}

// sharedInputs holds testInputs, computed once for the tests of one run.
var sharedInputs struct {
	sync.Mutex
	done bool
	ins  []input
}

// inputs returns testInputs, computed on first use.
func inputs(tb testing.TB) []input {
	tb.Helper()
	sharedInputs.Lock()
	defer sharedInputs.Unlock()
	if !sharedInputs.done {
		sharedInputs.ins, sharedInputs.done = testInputs(tb), true
	}
	return sharedInputs.ins
}

// generalIndex matches the array indices of a JSON Pointer.
var generalIndex = regexp.MustCompile(`/[0-9]+(/|$| )`)

// general replaces the array indices in s, a pointer or a description
// holding one, by "*", so that failures at the same kind of place group
// together.
func general(s string) string {
	for {
		t := generalIndex.ReplaceAllString(s, "/*$1")
		if t == s {
			return s
		}
		s = t
	}
}
