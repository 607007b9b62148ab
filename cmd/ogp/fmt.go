package main

import (
	"flag"
	"fmt"

	"github.com/ogpx/interchange/ogp"
)

func runFmt(e *env, args []string) int {
	fs := flag.NewFlagSet("fmt", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp fmt FILE\n\nPrints the document in FILE (\"-\" for standard input) in its canonical\nencoding. Exits 1 when the document does not decode.")
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	arg := fs.Arg(0)
	p, status := e.decodeFile("fmt", arg)
	if p == nil {
		return status
	}
	out, err := ogp.Encode(p)
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp fmt: %s: %v\n", displayName(arg), err)
		return exitInvalid
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "ogp fmt: %v\n", err)
		return exitUsage
	}
	return exitOK
}
