package ogp

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repositoryJSON returns the contents of every JSON file of the repository.
func repositoryJSON(t testing.TB) [][]byte {
	t.Helper()
	var docs [][]byte
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && path != "..") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".json") {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			docs = append(docs, data)
		}
		return nil
	})
	if err != nil || len(docs) < 10 {
		t.Fatalf("%d JSON files found: %v", len(docs), err)
	}
	return docs
}

// FuzzDecode checks that Decode never panics, places every error inside
// the input, and that what it accepts encodes to a canonical document that
// decodes to itself.
func FuzzDecode(f *testing.F) {
	for _, doc := range repositoryJSON(f) {
		f.Add(doc)
	}
	f.Add([]byte(minimal))
	f.Add([]byte(`{"formatVersion": "1.1.0", "x-a": [1, {"b": null}]}`))
	f.Add([]byte(`{"formatVersion": "1.0.0", "plans": [{"reports": [{"period": "2019-21"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := DecodeAll(data, Limits{MaxErrors: 50})
		if r.Package == nil {
			t.Fatal("DecodeAll returned no Package")
		}
		for _, e := range r.Errors {
			if e.Line < 1 || e.Column < 1 || e.Offset < 0 || e.Offset > len(data) {
				t.Fatalf("error placed outside the input (%d bytes): offset %d, %d:%d: %v", len(data), e.Offset, e.Line, e.Column, e)
			}
			if e.Pointer != "" && !strings.HasPrefix(e.Pointer, "/") {
				t.Fatalf("error with pointer %q: %v", e.Pointer, e)
			}
			if e.Err == nil {
				t.Fatalf("error at %q without a reason", e.Pointer)
			}
		}
		p, err := Decode(data)
		if err != nil {
			var errs *DecodeErrors
			if !errors.As(err, &errs) || len(errs.Errors) == 0 {
				t.Fatalf("Decode error %T %q lists no error", err, err)
			}
			return
		}
		out, err := Encode(p)
		if err != nil {
			t.Fatalf("a decoded document must encode: %v", err)
		}
		again, err := Decode(out)
		if err != nil {
			t.Fatalf("the canonical encoding must decode: %v\n%s", err, out)
		}
		out2, err := Encode(again)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("the canonical encoding is not stable: %v\n%s\n---\n%s", err, out, out2)
		}
	})
}
