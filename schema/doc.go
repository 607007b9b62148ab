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
// dates, versions, language tags, ids, addresses and e-mail addresses;
// required members exactly where the model requires a value (a field whose
// JSON tag has neither omitempty nor omitzero). Every verdict is decided by
// keywords that every draft 2020-12 validator asserts (pattern, enum,
// required, ...). The schema has no format keyword: a validator needs no
// custom format, and whether it asserts its standard ones or not changes
// nothing.
//
// The date pattern knows the calendar: it refuses days a month does not
// have, such as "2021-02-30", and February 29 but in leap years ("2024-02-29"
// matches, "2023-02-29" and "1900-02-29" do not), so it accepts exactly the
// dates [ogp.ParseDate] reads.
//
// Every pattern is written so that ECMA-262 (ajv), Python's re
// (python-jsonschema) and Go's RE2 read it alike: no \d, \w or \s, no
// lookaround. Python's "$" also matches before a final line feed, so every
// schema with a pattern also refuses line feeds with "not": {"pattern": "\n"}.
// The patterns and the other member rules (minItems, uniqueItems, bounds)
// come from the same table as the checks of package ogp's decoder, so that
// the schema and the decoder cannot say different things.
//
// Programs in other languages use the schema as it is, with their
// validator's standard formats and nothing registered: in JavaScript
// new Ajv2020({strict: true}), addFormats(ajv) and ajv.compile(schema); in
// Python Draft202012Validator(schema, format_checker=FormatChecker()).
// schema/conformance/check.js and check.py do just that, and the conformance
// tests check that they and [Validate] give every file of schema/testdata
// the same verdict.
//
// An integer may be written with a zero fraction ("fiscalYearEnd": 6.0):
// JSON Schema counts it as an integer, and so does [ogp.Decode].
//
// A validator checks a document against its own version of the schema: a
// document of a newer minor format version that uses a member this version
// does not define is invalid here, though [ogp.Decode] reads it and keeps the
// member.
//
// Ids are letters and digits in runs joined by single dots, hyphens or
// underscores: "C10", "C10.7.2", "C05.2.01", "tbs-sct", "CA-2018-2020".
//
// # Validating
//
// [Validate] and [ValidateJSON] check a document against the embedded schema
// with github.com/santhosh-tekuri/jsonschema/v5; the error is a
// *jsonschema.ValidationError whose leaves name the keyword and the place of
// each violation. [Schema] returns the compiled schema itself.
package schema

//go:generate go test -run ^TestGeneratedFiles$ -update
