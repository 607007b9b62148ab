package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// committed is the directory of the published files in the repository.
const committed = "../../schema/v1"

// readTree returns the files under dir by slash-separated path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[name], err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestSchemaOutWritesTheCommittedFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	if code := run(testEnv("", &stdout, &stderr), []string{"schema", "--out", dir}); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got, want := readTree(t, dir), readTree(t, committed)
	for name, data := range want {
		if !bytes.Equal(got[name], data) {
			t.Errorf("%s: written file differs from schema/v1/%s", name, name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: written but not in schema/v1", name)
		}
	}
}

func TestSchemaPrintsTheDocumentSchema(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(testEnv("", &stdout, &stderr), []string{"schema"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want, err := os.ReadFile(filepath.Join(committed, "package.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Error("stdout differs from schema/v1/package.schema.json")
	}
}

func TestSchemaUsageErrors(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"an argument", []string{"schema", "extra"}},
		{"an unknown flag", []string{"schema", "--in", "x"}},
		{"an out that is a file", []string{"schema", "--out", notDir}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(testEnv("", &stdout, &stderr), tc.args); code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if stderr.Len() == 0 {
				t.Error("nothing on stderr")
			}
		})
	}
}
