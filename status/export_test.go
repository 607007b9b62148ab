package status_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/status"
)

var update = flag.Bool("update", false, "rewrite the generated files and golden files")

// checkGolden compares got with the file at path, or rewrites the file with
// -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./status -update to generate it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date (run go test ./status -update); diff -want +got:\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

const (
	tableFile  = "../schema/v1/status-transitions.json"
	schemaFile = "../schema/v1/status-transitions.schema.json"
)

func TestExportedTableMatchesGoTable(t *testing.T) {
	got, err := status.Default().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, tableFile, got)
	checkGolden(t, schemaFile, status.JSONSchema())
}

func TestExportedTableValidatesAgainstItsSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	schema, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource(status.SchemaID, bytes.NewReader(schema)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(status.SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	validate := func(t *testing.T, data []byte) error {
		t.Helper()
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		return sch.Validate(v)
	}
	data, err := os.ReadFile(tableFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(t, data); err != nil {
		t.Fatalf("%s does not validate: %#v", filepath.Base(tableFile), err)
	}

	// The exported rules decode back into the Go table.
	var doc struct{ Transitions []status.Rule }
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(status.Default().Rules(), doc.Transitions); diff != "" {
		t.Errorf("exported transitions differ from the Go table (-go +json):\n%s", diff)
	}

	// The schema refuses what is not a table.
	for name, bad := range map[string]string{
		"unknown status":      `{"statuses":[],"codes":[],"transitions":[{"to":"done","kind":"advance","severity":"ok","code":"status.advance","explanation":{"en":"a","fr":"b"}}]}`,
		"unknown severity":    `{"statuses":[],"codes":[],"transitions":[{"to":"complete","kind":"advance","severity":"fatal","code":"status.advance","explanation":{"en":"a","fr":"b"}}]}`,
		"explanation no fr":   `{"statuses":[],"codes":[],"transitions":[{"to":"complete","kind":"advance","severity":"ok","code":"status.advance","explanation":{"en":"a"}}]}`,
		"missing transitions": `{"statuses":[],"codes":[]}`,
	} {
		if validate(t, []byte(bad)) == nil {
			t.Errorf("%s: the schema accepts %s", name, bad)
		}
	}
}

// TestExportedTableIsInEnglishAndFrenchOnly checks that the exported table
// is the same in a program that added a catalog for another language: its
// texts are in English and French only.
func TestExportedTableIsInEnglishAndFrenchOnly(t *testing.T) {
	finding.AddCatalog("x-test", finding.Texts("en")) // every text, so finding.Missing stays empty
	got, err := status.Default().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(tableFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("with a catalog for x-test, the table differs from %s:\n%s", tableFile, cmp.Diff(string(want), string(got)))
	}
}
