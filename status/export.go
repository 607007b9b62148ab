package status

import (
	"bytes"
	"encoding/json"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// SchemaID is the $id of the JSON Schema of the exported transition table,
// published beside the document schema under
// https://ogpx.github.io/interchange/schema/v1/.
const SchemaID = "https://ogpx.github.io/interchange/schema/v1/status-transitions.schema.json"

// exported is the JSON form of a table, for consumers not written in Go.
type exported struct {
	Schema      string         `json:"$schema"`
	Statuses    []exportedCode `json:"statuses"`
	Codes       []exportedCode `json:"codes"`
	Transitions []Rule         `json:"transitions"`
}

type exportedCode struct {
	Code     string            `json:"code"`
	Severity *finding.Severity `json:"severity,omitempty"`
	Title    map[string]string `json:"title"`
	Message  map[string]string `json:"message,omitempty"`
}

// MarshalJSON returns the table as the document that
// schema/v1/status-transitions.json holds for the default table: the
// statuses in the order of progress, every finding code with its severity
// and message templates, and the transitions, first reports (without a
// "from" member) first, then by from-status and to-status. Texts are in
// English and French only, whatever other languages a program added
// catalogs for, so that the document is the same in every program. The
// output is indented and ends with a newline, the same for the same table.
func (t *Table) MarshalJSON() ([]byte, error) {
	doc := exported{Schema: SchemaID, Transitions: t.Rules()}
	for _, c := range ogp.Statuses() {
		doc.Statuses = append(doc.Statuses, exportedCode{Code: c.Code, Title: enFr(c.Title)})
	}
	for _, c := range codes {
		c, _ = finding.Lookup(c.ID) // with the texts of catalogs added since
		doc.Codes = append(doc.Codes, exportedCode{Code: c.ID, Severity: &c.Severity, Title: enFr(c.Title), Message: enFr(c.Message)})
	}
	return indent(doc)
}

// enFr returns the English and French texts of texts, by language.
func enFr(texts map[string]string) map[string]string {
	return map[string]string{"en": texts["en"], "fr": texts["fr"]}
}

func indent(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// JSONSchema returns the JSON Schema (draft 2020-12) of the document
// [Table.MarshalJSON] writes: schema/v1/status-transitions.schema.json.
// Statuses, kinds, severities and codes are closed lists.
func JSONSchema() []byte {
	var statusCodes, ids, severities []string
	for _, c := range ogp.Statuses() {
		statusCodes = append(statusCodes, c.Code)
	}
	for _, c := range codes {
		ids = append(ids, c.ID)
	}
	for _, s := range ruleSeverities {
		severities = append(severities, s.String())
	}
	type obj = map[string]any
	str := obj{"type": "string", "minLength": 1}
	text := obj{
		"type":                 "object",
		"description":          "A text in English and French, and possibly other languages, keyed by BCP 47 language tag.",
		"required":             []string{"en", "fr"},
		"properties":           obj{"en": str, "fr": str},
		"additionalProperties": str,
	}
	status := obj{"enum": statusCodes}
	schema := obj{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  SchemaID,
		"title":                "OGP interchange status-transition table",
		"description":          "The rules that classify each move of a milestone's or indicator's status from one progress report to the next, and the codes of the findings about report histories. Generated from the Go package github.com/ogpx/interchange/status; do not edit.",
		"type":                 "object",
		"required":             []string{"statuses", "codes", "transitions"},
		"additionalProperties": false,
		"properties": obj{
			"$schema": obj{"type": "string"},
			"statuses": obj{
				"description": "The status code list, in the order of progress.",
				"type":        "array",
				"items": obj{
					"type": "object", "required": []string{"code", "title"}, "additionalProperties": false,
					"properties": obj{"code": status, "title": obj{"$ref": "#/$defs/text"}},
				},
			},
			"codes": obj{
				"description": "Every finding code, with its default severity, title and message template. A template names the values of a finding in braces: {target} and {period}, the report's; {from:status} and {to:status}, status codes written by their titles (see statuses); {start} and {end}, the plan's period, extensions included. {from?text} is the text, which may name values, when the finding has a value \"from\", and nothing otherwise.",
				"type":        "array",
				"items": obj{
					"type": "object", "required": []string{"code", "severity", "title", "message"}, "additionalProperties": false,
					"properties": obj{
						"code":     obj{"enum": ids},
						"severity": obj{"$ref": "#/$defs/severity"},
						"title":    obj{"$ref": "#/$defs/text"},
						"message":  obj{"$ref": "#/$defs/text"},
					},
				},
			},
			"transitions": obj{
				"description": "One rule for every pair of statuses, and one for the first report of a target with each status, which has no \"from\".",
				"type":        "array",
				"items": obj{
					"type": "object", "required": []string{"to", "kind", "severity", "code", "explanation"}, "additionalProperties": false,
					"properties": obj{
						"from":        obj{"description": "The status of the previous report; absent for the first report.", "enum": statusCodes},
						"to":          obj{"description": "The status of the report.", "enum": statusCodes},
						"kind":        obj{"description": "What the move does.", "enum": Kinds()},
						"severity":    obj{"$ref": "#/$defs/severity"},
						"code":        obj{"description": "The stable code of the move.", "enum": transitionCodes},
						"explanation": obj{"$ref": "#/$defs/text"},
					},
				},
			},
		},
		"$defs": obj{
			"text":     text,
			"severity": obj{"description": "ok: fine; warning: a person should look; error: wrong.", "enum": severities},
		},
	}
	b, err := indent(schema)
	if err != nil {
		panic(err) // the schema is made of maps, slices and strings only
	}
	return b
}
