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

// TestZeroReportJSON checks that a Report made without a validator is
// written as the schema describes: in English, with an empty list of
// findings, which reads back as an empty list.
func TestZeroReportJSON(t *testing.T) {
	b, err := json.Marshal(Report{Valid: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"valid":true,"language":"en","findings":[],"omitted":0}`; string(b) != want {
		t.Errorf("%s, want %s", b, want)
	}
	if err := validateReportJSON(b); err != nil {
		t.Errorf("%s: %v", b, err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil || back.Findings == nil || len(back.Findings) != 0 {
		t.Errorf("read back %#v, %v; want an empty, non-nil list of findings", back, err)
	}
}

// TestReportPathWithLineBreak checks that the schema accepts the path of a
// member whose name holds a line break or a line separator: JSON Pointers
// may hold any character.
func TestReportPathWithLineBreak(t *testing.T) {
	valid, err := os.ReadFile(filepath.Join("testdata", "cases", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a\nb", "a\u2028b"} {
		quoted, _ := json.Marshal(name)
		data := slices.Concat([]byte(`{`), quoted, []byte(`: 1, `), valid[1:])
		r, _ := Validate(data)
		i := slices.IndexFunc(r.Findings, func(f finding.Finding) bool { return f.Path == "/"+name })
		if i < 0 {
			t.Fatalf("%q: no finding at /%s: %v", name, name, r.Findings)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateReportJSON(b); err != nil {
			t.Errorf("%q: the report does not satisfy %s: %v", name, schema.ReportFile, err)
		}
	}
}
