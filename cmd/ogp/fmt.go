package main

import (
	"flag"
	"fmt"
)

func runFmt(e *env, args []string) int {
	fs := flag.NewFlagSet("fmt", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	lang := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp fmt [--lang en|fr] FILE\n\nPrints the document in FILE (\"-\" for standard input) in its canonical\nencoding. Exits 1 when the document does not decode, and says why, as\n\"ogp validate\" would, in the language of --lang.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !e.checkLang("fmt", *lang) || fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	p, status := e.decode("fmt", *lang, fs.Arg(0))
	if p == nil {
		return status
	}
	return e.writeDocument(*lang, "fmt", p)
}
