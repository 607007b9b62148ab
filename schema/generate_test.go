package schema

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the files in v1 from the Go types")

// owned reports whether the file at path in v1 is one this package
// generates. The status-transitions files come from package status.
func owned(path string) bool {
	return !strings.HasPrefix(filepath.Base(path), "status-transitions")
}

func TestGeneratedFiles(t *testing.T) {
	want, err := generate("../ogp")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for name, data := range want {
			path := filepath.Join("v1", filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Compare with the files on disk, not the embedded ones, so that the test
	// also sees files that exist but were not generated.
	err = fs.WalkDir(os.DirFS("v1"), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !owned(name) {
			return err
		}
		if _, ok := want[name]; !ok {
			if *update {
				return os.Remove(filepath.Join("v1", filepath.FromSlash(name)))
			}
			t.Errorf("v1/%s is not generated any more; run go generate ./schema to remove it", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join("v1", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("v1/%s is missing: run go generate ./schema", name)
			continue
		}
		if !bytes.Equal(got, data) {
			t.Errorf("v1/%s differs from what the Go types generate: run go generate ./schema", name)
		}
	}
}
