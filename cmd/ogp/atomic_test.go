package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// files returns the names in dir.
func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteAtomicReplacesKeepingTheMode(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "plan.json")
	if err := writeAtomic(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(name); info.Mode().Perm() != 0o644 {
		t.Errorf("a new file has mode %v, want 0644", info.Mode().Perm())
	}
	os.Chmod(name, 0o600)
	if err := writeAtomic(name, 0o644, func(w io.Writer) error { _, err := io.WriteString(w, "newer"); return err }); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(name)
	info, _ := os.Stat(name)
	if string(data) != "newer" || info.Mode().Perm() != 0o600 {
		t.Errorf("content %q, mode %v; want \"newer\", 0600 kept", data, info.Mode().Perm())
	}
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("files left: %q", got)
	}
}

// TestWriteAtomicLeavesTheOriginalOnFailure makes each step fail: the
// writing (a full disk), the rename, and the folder; the original stays
// whole and no temporary file is left.
func TestWriteAtomicLeavesTheOriginalOnFailure(t *testing.T) {
	full := func(w io.Writer) error {
		io.WriteString(w, strings.Repeat("x", 10000)) // half written...
		return &fs.PathError{Op: "write", Path: "/tmp/.plan.json.123.tmp", Err: syscall.ENOSPC}
	}
	fine := func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }
	for _, tc := range []struct {
		name   string
		write  func(io.Writer) error
		rename func(string, string) error
		dir    string // under the temporary folder; "" for the folder itself
		want   string
	}{
		{"disk full", full, os.Rename, "", "write plan.json: no space left on device"},
		{"rename fails", fine, func(string, string) error { return &os.LinkError{Op: "rename", Err: syscall.EXDEV} }, "", "rename plan.json: invalid cross-device link"},
		{"no folder", fine, os.Rename, "none", "createtemp none: no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			t.Chdir(root)
			name := filepath.Join(tc.dir, "plan.json")
			if tc.dir == "" {
				os.WriteFile(name, []byte("original"), 0o644)
			}
			rename = tc.rename
			defer func() { rename = os.Rename }()
			err := writeAtomic(name, 0o644, tc.write)
			var pe *fs.PathError
			if !errors.As(err, &pe) || err.Error() != tc.want {
				t.Errorf("error %v, want the *fs.PathError %q", err, tc.want)
			}
			if tc.dir != "" {
				if _, err := os.Stat(tc.dir); err == nil {
					t.Errorf("%s was made", tc.dir)
				}
				return
			}
			if data, _ := os.ReadFile(name); string(data) != "original" {
				t.Errorf("the original is now %q", data)
			}
			if got := files(t, root); len(got) != 1 {
				t.Errorf("files left: %q", got)
			}
		})
	}
}

// failingWriter fails as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// TestWriteErrorsExit2 writes each command's output to a full disk: the
// error is reported, in the language asked, and the exit status is 2.
func TestWriteErrorsExit2(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", canadaExample}, "ogp validate: write <stdout>: no space left on device\n"},
		{[]string{"validate", "--format", "json", canadaExample}, "ogp validate: write <stdout>: no space left on device\n"},
		{[]string{"fmt", "--lang", "fr", canadaExample}, "ogp fmt\u00a0: écriture de <stdout>\u00a0: plus d’espace sur le périphérique\n"},
		{[]string{"schema"}, "ogp schema: write <stdout>: no space left on device\n"},
		{[]string{"transitions"}, "ogp transitions: write <stdout>: no space left on device\n"},
		{[]string{"deadline", "May 2020"}, "ogp deadline: write <stdout>: no space left on device\n"},
		{[]string{"overdue", canadaExample}, "ogp overdue: write <stdout>: no space left on device\n"},
		{[]string{"status", canadaExample}, "ogp status: write <stdout>: no space left on device\n"},
		{[]string{"version"}, "ogp version: write <stdout>: no space left on device\n"},
	} {
		var stderr bytes.Buffer
		code := run(testEnv("", failingWriter{}, &stderr), tc.args)
		if code != exitUsage || stderr.String() != tc.want {
			t.Errorf("%q: exit %d, stderr %q; want exit 2, %q", tc.args, code, stderr.String(), tc.want)
		}
	}
}
