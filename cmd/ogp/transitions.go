package main

import (
	"flag"
	"fmt"

	"github.com/ogpx/interchange/status"
)

func runTransitions(e *env, args []string) int {
	fs := flag.NewFlagSet("transitions", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "json", "output `format`: json, mermaid or dot")
	lang := fs.String("lang", "en", "`language` of the diagrams' status titles and kinds: en or fr")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp transitions [--format json|mermaid|dot] [--lang en|fr]\n\n"+
			"Prints the status-transition table: as JSON (the document of\n"+
			"schema/v1/status-transitions.json), as a Mermaid state diagram or as a\n"+
			"Graphviz digraph.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !e.checkLang("transitions", *lang) || !e.checkChoice(*lang, "transitions", "format", *format, "json", "mermaid", "dot") || fs.NArg() != 0 {
		fs.Usage()
		return exitUsage
	}
	var out []byte
	switch *format {
	case "json":
		var err error
		if out, err = status.Default().MarshalJSON(); err != nil {
			fmt.Fprintf(e.stderr, "ogp transitions: %v\n", err)
			return exitUsage
		}
	case "mermaid":
		out = status.Default().Mermaid(*lang)
	case "dot":
		out = status.Default().DOT(*lang)
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "ogp transitions: %v\n", err)
		return exitUsage
	}
	return exitOK
}
