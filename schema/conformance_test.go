package schema

import (
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/ogp"
)

// The conformance suite: testdata/valid holds documents every validator must
// accept, testdata/invalid documents that break one rule each, named
// KEYWORD-what.json after the schema keyword that refuses them, and every
// example document of the repository must be valid too. The Go validator,
// ajv (schema/conformance/check.js) and python-jsonschema
// (schema/conformance/check.py) must all give each file its verdict and
// name its keyword. The two checkers use the published schema as anyone
// would, with their validator's standard formats and no custom one: the
// schema has no format keyword, its patterns alone decide.
//
// A document of a newer minor format version with a member this version
// does not define (testdata/invalid/additionalProperties-newer-minor-member.json)
// is refused: a validator checks a document against its own version of the
// schema, while ogp.Decode reads such a document and keeps the member.

// requireEnv turns the skips of missing checkers into failures, for CI.
const requireEnv = "OGP_REQUIRE_CONFORMANCE"

// verdict is what a validator says of one file: valid, or invalid with the
// keywords that failed.
type verdict struct {
	valid    bool
	keywords []string
}

// conformanceFiles returns the suite's files with the keyword each invalid
// one must fail ("" for valid ones).
func conformanceFiles(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{}
	for _, pattern := range []string{"testdata/valid/*.json", "../examples/*/*.json", "testdata/invalid/*.json"} {
		names, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			keyword := ""
			if strings.HasPrefix(name, "testdata/invalid/") {
				keyword, _, _ = strings.Cut(filepath.Base(name), "-")
			}
			files[filepath.ToSlash(name)] = keyword
		}
	}
	if len(files) == 0 {
		t.Fatal("no conformance files")
	}
	return files
}

// check compares the verdicts of the validator named by with the suite's.
func check(t *testing.T, by string, got map[string]verdict) {
	t.Helper()
	files := conformanceFiles(t)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		keyword := files[name]
		v, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s: %s gave no verdict", name, by)
		case keyword == "" && !v.valid:
			t.Errorf("%s: %s says invalid (%s), want valid", name, by, strings.Join(v.keywords, ","))
		case keyword != "" && v.valid:
			t.Errorf("%s: %s says valid, want invalid by %s", name, by, keyword)
		case keyword != "" && !slices.Contains(v.keywords, keyword):
			t.Errorf("%s: %s says invalid by %s, want %s among them", name, by, strings.Join(v.keywords, ","), keyword)
		}
	}
}

func TestConformanceGo(t *testing.T) {
	got := map[string]verdict{}
	for name := range conformanceFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		err = ValidateJSON(data)
		var ve *jsonschema.ValidationError
		switch {
		case err == nil:
			got[name] = verdict{valid: true}
		case errors.As(err, &ve):
			got[name] = verdict{keywords: leafKeywords(ve)}
		default:
			t.Fatalf("%s: %v", name, err)
		}
	}
	check(t, "the Go validator", got)
}

// TestConformanceDecoder holds package ogp's one-pass decoder, which checks
// the schema's rules as it reads, to the same verdicts and keywords.
func TestConformanceDecoder(t *testing.T) {
	got := map[string]verdict{}
	for name := range conformanceFiles(t) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r := ogp.DecodeAll(data, ogp.Limits{})
		v := verdict{valid: len(r.Errors) == 0}
		for _, e := range r.Errors {
			var se *ogp.SchemaError
			switch {
			case errors.As(e, &se) && se.Keyword == "propertyNames":
				// The rule of a text's keys is the language tag's pattern.
				v.keywords = append(v.keywords, se.Keyword, "pattern")
			case errors.As(e, &se):
				v.keywords = append(v.keywords, se.Keyword)
			case errors.Is(e, ogp.ErrUnsupportedVersion):
				// The schema's pattern of formatVersion refuses every
				// version the decoder cannot read.
				v.keywords = append(v.keywords, "pattern")
			default:
				t.Errorf("%s: %v is no rule of the schema", name, e)
			}
		}
		got[name] = v
	}
	check(t, "ogp.DecodeAll", got)
}

// leafKeywords returns the sorted keywords of e's leaves.
func leafKeywords(e *jsonschema.ValidationError) []string {
	var keywords []string
	for _, leaf := range Leaves(e) {
		keywords = append(keywords, path.Base(leaf.KeywordLocation))
	}
	slices.Sort(keywords)
	return slices.Compact(keywords)
}

func TestConformanceAjv(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node is not installed")
	}
	if _, err := os.Stat("conformance/node_modules/ajv"); err != nil {
		missing(t, "ajv is not installed: run npm ci --prefix schema/conformance")
	}
	check(t, "ajv", runChecker(t, exec.Command(node, "conformance/check.js")))
}

func TestConformancePython(t *testing.T) {
	python := findPython()
	if python == "" {
		missing(t, "no python3 with jsonschema: apt-get install python3-jsonschema, or set OGP_PYTHON")
	}
	check(t, "python-jsonschema", runChecker(t, exec.Command(python, "conformance/check.py")))
}

// missing skips t, or fails it when OGP_REQUIRE_CONFORMANCE=1.
func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv(requireEnv) == "1" {
		t.Fatalf("%s (%s=1 requires every checker)", why, requireEnv)
	}
	t.Skipf("%s; set %s=1 to make this a failure", why, requireEnv)
}

// findPython returns a Python 3 that has jsonschema: $OGP_PYTHON, Debian's
// /usr/bin/python3 (python3-jsonschema) or the first python3 on PATH.
func findPython() string {
	candidates := []string{os.Getenv("OGP_PYTHON"), "/usr/bin/python3"}
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	for _, p := range candidates {
		if p != "" && exec.Command(p, "-c", "import jsonschema").Run() == nil {
			return p
		}
	}
	return ""
}

// runChecker runs cmd with the schema and every conformance file as
// arguments and reads its verdict lines.
func runChecker(t *testing.T, cmd *exec.Cmd) map[string]verdict {
	t.Helper()
	cmd.Args = append(cmd.Args, "v1/"+DocumentFile)
	for name := range conformanceFiles(t) {
		cmd.Args = append(cmd.Args, name)
	}
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("%s: %v\n%s", cmd, err, ee.Stderr)
		}
		t.Fatalf("%s: %v", cmd, err)
	}
	got := map[string]verdict{}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "valid":
			got[f[1]] = verdict{valid: true}
		case len(f) == 3 && f[0] == "invalid":
			got[f[1]] = verdict{keywords: strings.Split(f[2], ",")}
		default:
			t.Fatalf("%s: unexpected output line %q", cmd.Path, line)
		}
	}
	return got
}

// TestConformanceCoversEveryKeyword checks that for every assertion keyword
// the document schema uses, some invalid file is refused by it.
func TestConformanceCoversEveryKeyword(t *testing.T) {
	data, err := fs.ReadFile(Files(), DocumentFile)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	// Keywords that hold subschemas or annotate, and assert nothing
	// themselves.
	structural := map[string]bool{"$schema": true, "$id": true, "$ref": true, "$defs": true, "$comment": true,
		"title": true, "description": true, "properties": true, "patternProperties": true, "items": true,
		"propertyNames": true}
	used := map[string]bool{}
	var walk func(v any, inSchema bool)
	walk = func(v any, inSchema bool) {
		switch v := v.(type) {
		case map[string]any:
			for k, sub := range v {
				if inSchema && !structural[k] {
					used[k] = true
				}
				// Members of properties, $defs and patternProperties are
				// names whose values are schemas.
				walk(sub, !inSchema || !(k == "properties" || k == "$defs" || k == "patternProperties"))
			}
		case []any:
			for _, sub := range v {
				walk(sub, inSchema)
			}
		}
	}
	walk(doc, true)
	covered := map[string]bool{}
	for _, keyword := range conformanceFiles(t) {
		covered[keyword] = true
	}
	for _, k := range slices.Sorted(maps.Keys(used)) {
		if !covered[k] {
			t.Errorf("no file in testdata/invalid is refused by %s", k)
		}
	}
}
