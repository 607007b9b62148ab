// Command ogp reads, checks and converts documents of the OGP interchange
// format.
//
// Usage:
//
//	ogp <command> [flags] [arguments]
//
// The commands:
//
//	validate     check submissions: syntax, schema, references, histories
//	fmt          print a document in its canonical encoding
//	schema       print the JSON Schema, or write every published file
//	extend       extend a plan's deadlines by a policy
//	deadline     show how deadline texts read
//	overdue      list the items late as of a date
//	status       print the status roll-ups and report-history findings of a document
//	transitions  print the status-transition table, or draw it
//
// Run "ogp <command> -h" for a command's flags. Every command reads "-" as
// standard input. The commands that print messages take --lang, the
// language of their messages (en or fr, or a regional tag such as fr-CA);
// this help and the flags' help are in English. The exit status is 0 on success, 1 when an input is not
// acceptable, and 2 on a usage or I/O error.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/ogpx/interchange/validate"
)

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1 // an input is not acceptable
	exitUsage   = 2 // bad usage, or an I/O error
)

// A command is one subcommand of ogp.
type command struct {
	name    string
	summary string
	run     func(env *env, args []string) int
}

// commands lists the subcommands in the order "ogp help" shows them.
var commands = []command{
	{"validate", "check submissions: syntax, schema, references, histories", runValidate},
	{"fmt", "print a document in its canonical encoding", runFmt},
	{"schema", "print the JSON Schema, or write every published file", runSchema},
	{"extend", "extend a plan's deadlines by a policy", runExtend},
	{"deadline", "show how deadline texts read", runDeadline},
	{"overdue", "list the items late as of a date", runOverdue},
	{"status", "print the status roll-ups and report-history findings of a document", runStatus},
	{"transitions", "print the status-transition table, or draw it", runTransitions},
	{"sheet", "export a document to a workbook or CSV files, import one, or write the template", runSheet},
}

// env is what a command reads and writes, so that tests can run commands
// without a process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "ogp: unknown command %q\n", args[0])
	usage(e.stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: ogp <command> [flags] [arguments]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"ogp <command> -h\" for a command's flags.")
}

// maxInput is the largest input a command reads, as the validator's
// default limit.
const maxInput = validate.DefaultMaxBytes

// readInput reads the file named by arg, or standard input for "-", up to
// maxInput bytes. The error is an *fs.PathError, whose reason is
// errTooLarge for a larger input.
func (e *env) readInput(arg string) ([]byte, error) {
	r := e.stdin
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err == nil && len(data) > maxInput {
		err = errTooLarge
	}
	if err != nil {
		var pe *fs.PathError
		if !errors.As(err, &pe) {
			err = &fs.PathError{Op: "read", Path: displayName(arg), Err: err}
		}
		return nil, err
	}
	return data, nil
}

// displayName is how messages name the input arg.
func displayName(arg string) string {
	if arg == "-" {
		return "<stdin>"
	}
	return arg
}
