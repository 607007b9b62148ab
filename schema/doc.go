// Package schema publishes the OGP interchange format as JSON Schema (draft
// 2020-12) and its code lists as CSV and JSON, for tools that are not written
// in Go, and validates documents against that schema.
//
// # Files
//
// The files live under schema/v1 in the repository and are embedded in this
// package: [Files] serves them, so a Go program never needs the file system.
// Each has a stable address under [BaseURL]:
//
//	package.schema.json         the document schema, self-contained: every
//	                            definition is in its $defs
//	codelists/statuses.csv      the code lists, one CSV (Code, Title_en,
//	codelists/statuses.json     Title_fr, Description_en, Description_fr, ...)
//	...                         and one JSON file each
//
// The files are generated from the Go types of package ogp, their doc
// comments and the code list tables ([ogp.Statuses] and the others), and are
// never edited by hand: "go generate ./schema" rewrites them and a test fails
// when they drift from the Go types. "ogp schema --out DIR" writes them for
// people who do not use Go.
//
// # What the schema checks
//
// The schema is as strict as the model: no member other than the model's and
// those whose names begin with "x-"; closed code lists as enum; patterns for
// dates, versions, language tags, ids and addresses; required members exactly
// where the model requires a value (a field whose JSON tag has neither
// omitempty nor omitzero). Every verdict is decided by keywords that every
// draft 2020-12 validator asserts (pattern, enum, required, ...), never by
// format alone, which many validators treat as a mere annotation.
//
// One check is beyond a pattern: whether a day exists in its month. The
// pattern of a date bounds days to 01-31, so "2021-02-30" matches it. The
// custom format "edtf-date" refuses it, as [ogp.Decode] does; a validator
// that asserts formats and registers edtf-date as this package does (see
// [Validate]) gets that verdict too.
//
// Every pattern is written so that ECMA-262 (ajv), Python's re
// (python-jsonschema) and Go's RE2 read it alike. Python's "$" also matches
// before a final line feed, so every schema with a pattern also refuses line
// feeds with "not": {"pattern": "\n"}.
//
// A validator that asserts formats must know the two custom ones,
// edtf-date and language-tag: ajv in strict mode refuses to compile a schema
// with an unknown format. schema/conformance/check.js and check.py show how
// to register them.
//
// Ids are letters and digits in runs joined by single dots, hyphens or
// underscores: "C10", "C10.7.2", "C05.2.01", "tbs-sct", "CA-2018-2020".
//
// # Validating
//
// [Validate] and [ValidateJSON] check a document against the embedded schema
// with github.com/santhosh-tekuri/jsonschema/v5, format assertions on; the
// error is a *jsonschema.ValidationError whose leaves name the keyword and
// the place of each violation. [Schema] returns the compiled schema itself.
package schema

//go:generate go test -run ^TestGeneratedFiles$ -update
