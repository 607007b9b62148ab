package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "12/200 files, 35.2 MB/s",
		"fr": "12/200 fichiers, 35,2 Mo/s",
	} {
		if got := progressLine(lang, 12, 200, 70_400_000, 2*time.Second); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// TestProgressOnlyOnATerminalAfterASecond checks when the progress line
// shows: on a terminal, without --quiet, once a second has passed; and
// that clearing it leaves the line empty.
func TestProgressOnlyOnATerminalAfterASecond(t *testing.T) {
	for _, tc := range []struct {
		terminal, quiet bool
		after           time.Duration
		want            string
	}{
		{false, false, 5 * time.Second, ""},
		{true, true, 5 * time.Second, ""},
		{true, false, 500 * time.Millisecond, ""},
		{true, false, 2 * time.Second, "\r1/3 files, 0.5 MB/s\x1b[K\r\x1b[K"},
	} {
		var stderr bytes.Buffer
		e := testEnv("", &bytes.Buffer{}, &stderr)
		e.terminal, e.lang = tc.terminal, "en"
		p := e.newProgress(3, tc.quiet)
		p.now = func() time.Time { return p.start.Add(tc.after) }
		p.add(1_000_000) // a file done, not printed yet: it counts
		p.show()
		p.clear()
		if got := stderr.String(); got != tc.want {
			t.Errorf("terminal %v, quiet %v, after %v: %q, want %q", tc.terminal, tc.quiet, tc.after, got, tc.want)
		}
	}
}

// TestValidateFolder validates a folder: its *.json and *.xlsx files at
// any depth, hidden folders and other files left out, in the order of
// their paths, whatever order they are done in (the first is the largest);
// a file that cannot be read is reported with the others, and exits 2.
func TestValidateFolder(t *testing.T) {
	dir := t.TempDir()
	valid, err := os.ReadFile(filepath.Join("..", "..", "validate", "testdata", "cases", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	big, err := os.ReadFile(canadaExample)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"a.json":         big,
		"a-b.json":       valid,
		"a/b.json":       valid,
		"b.JSON":         []byte(`{`),
		".git/x.json":    valid,
		"notes.txt":      valid,
		"c/.hidden.json": valid, // a hidden file is not a hidden folder
	} {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, stderr := runOGP(t, "", "validate", "--format", "jsonl", dir, "nosuch.json")
	var files []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct{ File string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("not JSON Lines: %v\n%s", err, out)
		}
		files = append(files, strings.TrimPrefix(filepath.ToSlash(r.File), filepath.ToSlash(dir)+"/"))
	}
	want := []string{"a-b.json", "a.json", "a/b.json", "b.JSON", "c/.hidden.json", "nosuch.json"}
	if code != exitUsage || strings.Join(files, " ") != strings.Join(want, " ") {
		t.Errorf("exit %d, files %q; want exit 2, files %q\n%s", code, files, want, stderr)
	}
}

// TestValidateMaxFindings checks that the summary gives the real total,
// without the notice that findings were left out, and that the notice has
// no line: it is about the report, not a place in the file.
func TestValidateMaxFindings(t *testing.T) {
	code, out, _ := runOGP(t, "", "validate", "--max-findings", "3", canadaExample)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 5 ||
		lines[3] != canadaExample+": warning report.truncated: findings not listed: 72; the report lists at most 3" ||
		lines[4] != canadaExample+": valid, 75 findings (3 listed)" {
		t.Errorf("exit %d:\n%s", code, out)
	}
	_, out, _ = runOGP(t, "", "validate", "--lang", "fr", "--max-findings", "3", canadaExample)
	if !strings.HasSuffix(out, canadaExample+": valide, 75 constats (3 énumérés)\n") {
		t.Errorf("French:\n%s", out)
	}
}

// TestFileNamesEscaped validates a file whose name holds an ESC and a
// right-to-left override: the name reaches the output escaped.
func TestFileNamesEscaped(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "plan\x1b[2J\u202e.json")
	if err := os.WriteFile(name, []byte(`{}`), 0o644); err != nil {
		t.Fatal(err)
	}
	escaped := filepath.Join(dir, `plan\u001b[2J\u202e.json`)
	code, out, _ := runOGP(t, "", "validate", dir)
	if code != exitInvalid || strings.ContainsAny(out, "\x1b\u202e") || !strings.Contains(out, escaped+": not valid, 4 findings\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if got := safe("a\tb\u00a0c\xff"); got != `a\u0009b`+"\u00a0"+`c\xff` {
		t.Errorf("safe: %q", got)
	}
}

// inOrder gives the results in order and never runs more than its
// workers ahead of the results used.
func TestInOrderWindow(t *testing.T) {
	const n, workers = 50, 3
	var mu sync.Mutex
	started, used, ahead := 0, 0, 0
	done, printed := inOrder(n, workers, func(i int) int {
		mu.Lock()
		started++
		ahead = max(ahead, started-used)
		mu.Unlock()
		if i == 0 {
			time.Sleep(20 * time.Millisecond) // a large first file
		}
		return i
	})
	for i := range n {
		if got := <-done[i]; got != i {
			t.Fatalf("result %d is %d", i, got)
		}
		mu.Lock()
		used++
		mu.Unlock()
		printed()
	}
	if ahead > workers {
		t.Errorf("the workers ran %d files ahead of the printer, want at most %d", ahead, workers)
	}
}

// /dev/null is a character device but no terminal: progress written there
// would be wasted, and so would a pipe's.
func TestDevNullIsNoTerminal(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Errorf("%s counts as a terminal", os.DevNull)
	}
}
