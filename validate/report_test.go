package validate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/schema"
)

// TestReportRoundTrip writes the report on every corpus case and example,
// in English and French, as JSON, reads it back, and wants the same
// report; the JSON must also satisfy the published report schema.
func TestReportRoundTrip(t *testing.T) {
	examples, _ := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	for _, file := range append(corpus(t), examples...) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"en", "fr"} {
			r, err := Validate(data, append(caseOptions(filepath.Base(file)), Language(lang))...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			var back Report
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s %s: %v", file, lang, err)
			}
			if diff := cmp.Diff(*r, back); diff != "" {
				t.Errorf("%s %s: the report read back differs (-written +read):\n%s", file, lang, diff)
			}
			if err := validateReportJSON(b); err != nil {
				t.Errorf("%s %s: the report does not satisfy %s: %v", file, lang, schema.ReportFile, err)
			}
		}
	}
}

func validateReportJSON(b []byte) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return err
	}
	return schema.ReportSchema().Validate(v)
}

// TestReportSchemaSeverities checks that the report schema's severities are
// those a report can hold: every severity but ok, which no finding has.
func TestReportSchemaSeverities(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "schema", "v1", schema.ReportFile))
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Defs struct {
			Finding struct {
				Properties struct {
					Severity struct {
						Enum []string `json:"enum"`
					} `json:"severity"`
				} `json:"properties"`
			} `json:"Finding"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, sev := range finding.Severities() {
		if sev != finding.OK {
			want = append(want, sev.String())
		}
	}
	if got := s.Defs.Finding.Properties.Severity.Enum; !slices.Equal(got, want) {
		t.Errorf("the schema's severities are %v, want %v", got, want)
	}
}

// TestReportJSONMembers checks that the schema describes every member a
// report's JSON has: a finding with every member set validates, and so
// would not with a member the schema lacks (additionalProperties is false).
func TestReportJSONMembers(t *testing.T) {
	f := finding.New(CodeRequired, "/plans/0", "member", "title")
	f.Line, f.Column, f.Cell = 3, 4, "Plans!B2"
	b, err := json.Marshal(Report{Language: "fr", Findings: []finding.Finding{f}})
	if err != nil {
		t.Fatal(err)
	}
	if err := validateReportJSON(b); err != nil {
		t.Errorf("%s: %v", b, err)
	}
}
