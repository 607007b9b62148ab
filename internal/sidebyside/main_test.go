package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestRun runs the harness on the smallest input with one timed run, so that
// it keeps working; it checks the table's shape, never its figures.
func TestRun(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	if _, err := os.Stat("../../schema/conformance/node_modules/ajv"); err != nil {
		t.Skip("ajv is not installed: npm ci --prefix schema/conformance")
	}
	var out strings.Builder
	cfg := config{dir: t.TempDir(), sizes: []int{5000}, runs: 1, warmup: time.Millisecond}
	if err := run(cfg, &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	for _, want := range []string{
		"| input | size | Go ms | Go MB/s | ajv ms | ajv MB/s | ratio |",
		"| generated 5 KB | ",
		"- generated 5 KB: Go 1 runs, fastest ",
		"ajv 1 runs, fastest ",
		" ms, valid, 0 errors",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("5KB, 300KB,10MB,1MiB,2kb")
	if err != nil {
		t.Fatal(err)
	}
	want := []int{5000, 300_000, 10_000_000, 1 << 20, 2000}
	if len(got) != len(want) {
		t.Fatalf("parseSizes = %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("parseSizes = %v, want %v", got, want)
		}
	}
	for _, bad := range []string{"5XB", "-1MB", "MB"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) succeeded", bad)
		}
	}
}
