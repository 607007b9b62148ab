package schema

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// BaseURL is the address under which every file of major format version 1
// is published; a file's $id is BaseURL followed by its path in [Files].
const BaseURL = "https://ogpx.github.io/interchange/schema/v1/"

// DocumentFile is the path of the document schema in [Files], and
// DocumentURL its $id.
const (
	DocumentFile = "package.schema.json"
	DocumentURL  = BaseURL + DocumentFile
)

// ReportFile is the path in [Files] of the schema of a validation report
// (package validate's Report, as "ogp validate --format json" writes each
// file's), and ReportURL its $id. It is written by hand, not generated:
// package validate's tests hold every report of its corpus to it.
const (
	ReportFile = "report.schema.json"
	ReportURL  = BaseURL + ReportFile
)

//go:embed v1
var files embed.FS

// Files returns the published files, at their paths under [BaseURL]:
// "package.schema.json", "codelists/statuses.csv" and so on.
func Files() fs.FS {
	sub, err := fs.Sub(files, "v1")
	if err != nil {
		panic(err) // "v1" is a valid path: cannot happen
	}
	return sub
}

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) { return compile(DocumentFile, DocumentURL) })

var compiledReport = sync.OnceValues(func() (*jsonschema.Schema, error) { return compile(ReportFile, ReportURL) })

// compile compiles the self-contained schema file of [Files] whose $id is
// url.
func compile(file, url string) (*jsonschema.Schema, error) {
	data, err := files.ReadFile("v1/" + file)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: no loading of %s: %s is self-contained", url, file)
	}
	if err := c.AddResource(url, bytes.NewReader(data)); err != nil {
		return nil, err
	}
	return c.Compile(url)
}

// Schema returns the compiled document schema. It is compiled once, on first
// use, and is safe for concurrent use. Schema panics only if the embedded
// schema does not compile, which this package's tests rule out.
func Schema() *jsonschema.Schema {
	s, err := compiled()
	if err != nil {
		panic(fmt.Sprintf("schema: the embedded %s does not compile: %v", DocumentFile, err))
	}
	return s
}

// ReportSchema returns the compiled schema of a validation report
// ([ReportFile]), compiled once, on first use; it is safe for concurrent
// use. It panics only if the embedded schema does not compile, which this
// package's tests rule out.
func ReportSchema() *jsonschema.Schema {
	s, err := compiledReport()
	if err != nil {
		panic(fmt.Sprintf("schema: the embedded %s does not compile: %v", ReportFile, err))
	}
	return s
}

// Validate checks v, a document decoded from JSON into maps, slices, strings,
// float64 or json.Number values, bools and nils, against the document
// schema. It returns nil or a *jsonschema.ValidationError, whose Causes
// hold one leaf per violation with its KeywordLocation and
// InstanceLocation.
func Validate(v any) error { return Schema().Validate(v) }

// ValidateJSON decodes data as JSON and checks it as [Validate] does. Data
// that is not one JSON value gives an error that is no
// *jsonschema.ValidationError.
func ValidateJSON(data []byte) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	if _, err := d.Token(); err != io.EOF {
		return fmt.Errorf("schema: data after the JSON value")
	}
	return Validate(v)
}

// Leaves returns the violations in e's tree of causes, the leaves, sorted by
// InstanceLocation and then KeywordLocation. Each names one failed keyword:
// the last segment of its KeywordLocation ("required", "enum", "pattern",
// "additionalProperties", ...).
func Leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	var leaves []*jsonschema.ValidationError
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			leaves = append(leaves, e)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(e)
	slices.SortStableFunc(leaves, func(a, b *jsonschema.ValidationError) int {
		return cmp.Or(strings.Compare(a.InstanceLocation, b.InstanceLocation),
			strings.Compare(a.KeywordLocation, b.KeywordLocation))
	})
	return leaves
}
