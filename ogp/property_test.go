package ogp_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// dateComparer lets go-cmp compare Dates, whose fields are unexported.
var dateComparer = cmp.Comparer(func(a, b ogp.Date) bool { return a == b })

// notCanonical are the valid documents of the repository that are written
// otherwise than Encode writes them, on purpose.
var notCanonical = map[string]string{
	"every-member.json":                    "members out of the canonical order",
	"integer-with-fraction.valid.json":     "an integer written 3.0",
	"integer-written-with-a-fraction.json": "an integer written 6.0",
}

// canonicalFiles returns the repository's documents that are written in
// the canonical encoding: the examples, and the valid documents of the
// schema's and the validator's tests.
func canonicalFiles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		"../examples/*/*.json",
		"../schema/testdata/valid/*.json",
		"../validate/testdata/cases/*valid.json",
	} {
		matches, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			if notCanonical[filepath.Base(m)] == "" {
				files = append(files, m)
			}
		}
	}
	if len(files) < 5 {
		t.Fatalf("only %d canonical documents found", len(files))
	}
	return files
}

func TestEncodeOfDecodeGivesTheCanonicalFileBack(t *testing.T) {
	for _, file := range canonicalFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := ogp.Decode(data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			out, err := ogp.Encode(p)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if !bytes.Equal(out, data) {
				t.Errorf("Encode(Decode(file)) differs from the file:\n%s", cmp.Diff(string(data), string(out)))
			}
		})
	}
}

func TestNonCanonicalFilesDecodeToACanonicalEncoding(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../schema/testdata/valid/*.json", "../validate/testdata/cases/*valid.json"} {
		matches, _ := filepath.Glob(pattern)
		for _, m := range matches {
			if notCanonical[filepath.Base(m)] != "" {
				files = append(files, m)
			}
		}
	}
	if len(files) != len(notCanonical) {
		t.Errorf("found %d of the %d documents not canonical", len(files), len(notCanonical))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ogp.Decode(data)
		if err != nil {
			t.Fatalf("%s: Decode: %v", file, err)
		}
		out, err := ogp.Encode(p)
		if err != nil {
			t.Fatalf("%s: Encode: %v", file, err)
		}
		again, err := ogp.Decode(out)
		if err != nil {
			t.Fatalf("%s: Decode(Encode(p)): %v", file, err)
		}
		if diff := cmp.Diff(p, again, dateComparer); diff != "" {
			t.Errorf("%s: Decode(Encode(p)) differs from p (-first +second):\n%s", file, diff)
		}
		if out2, _ := ogp.Encode(again); !bytes.Equal(out, out2) {
			t.Errorf("%s: the encoding is not stable", file)
		}
	}
}

func TestDecodeOfEncodeGivesTheGeneratedDocumentBack(t *testing.T) {
	sizes := []int{5 << 10, 40 << 10, 300 << 10}
	if testing.Short() {
		sizes = sizes[:2]
	}
	for _, size := range sizes {
		for _, seed := range []uint64{1, 2, 42} {
			t.Run(fmt.Sprintf("%dKB seed %d", size>>10, seed), func(t *testing.T) {
				p := docgen.OfSize(size, seed)
				data, err := ogp.Encode(p)
				if err != nil {
					t.Fatalf("Encode: %v", err)
				}
				r := ogp.DecodeAll(data, ogp.Limits{})
				if len(r.Errors) != 0 {
					t.Fatalf("DecodeAll of a generated document: %v", r.Errors)
				}
				if diff := cmp.Diff(p, r.Package, dateComparer); diff != "" {
					t.Errorf("Decode(Encode(p)) differs from p (-generated +decoded):\n%s", diff)
				}
				again, err := ogp.Encode(r.Package)
				if err != nil || !bytes.Equal(again, data) {
					t.Errorf("the encoding is not stable: %v", err)
				}
			})
		}
	}
}
