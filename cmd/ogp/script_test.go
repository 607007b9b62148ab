package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the test binary the ogp command too, for the scripts: a
// script's "exec ogp" runs ogp as its users do, in a process of its own,
// with its exit status, standard streams and terminal or not.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"ogp": main})
}

// TestScripts runs the scripts of testdata/script: what a user types, and
// what ogp answers. $EXAMPLES is the repository's examples folder, $CASES
// the validator's corpus. "exits N ogp ARGS" runs ogp and wants the exit
// status N.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := filepath.Abs(filepath.Join("..", "..", "validate", "testdata", "cases"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			env.Setenv("CASES", cases)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exits STATUS PROGRAM [ARGS...]")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				got := 0
				var exit *exec.ExitError
				if err := ts.Exec(args[1], args[2:]...); errors.As(err, &exit) {
					got = exit.ExitCode()
				} else {
					ts.Check(err)
				}
				if got != want {
					ts.Fatalf("exit status %d, want %d", got, want)
				}
			},
		},
		RequireExplicitExec: true,
	})
}
