package main

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/ogp"
)

func fmtCommand(e *env) *cobra.Command {
	var write, check bool
	var maxBytes *int
	c := &cobra.Command{
		Use:   "fmt [-w] [--check] [flags] FILE|FOLDER|-...",
		Short: "print a document in its canonical encoding, or rewrite it",
		Long: `Prints each document (a FILE, "-" for standard input, or every *.json file
under a FOLDER) in its canonical encoding. With -w, rewrites each file that
is not canonical in place instead, whole or not at all (a temporary file
renamed over it, keeping its mode). With --check, prints nothing but the
names of the files that are not canonical, and exits 1 if there is one: for
CI. With both, as gofmt -l -w, rewrites those files and lists them. A document that does not decode is reported as "ogp validate" would
report it, in the language of --lang, and the others are still read.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := e.positive("max-bytes", *maxBytes); err != nil {
				return err
			}
			ins, err := e.inputs(args, ".json")
			if err != nil {
				return err
			}
			for _, in := range ins {
				if write && in.path == "-" {
					return e.usage("cli.fmt.stdin-in-place")
				}
			}
			return exit(e.eachDocument(ins, *maxBytes, func(in input, doc *ogp.Package, data []byte) int {
				return e.fmt(in, doc, data, write, check)
			}))
		},
	}
	c.Flags().BoolVarP(&write, "write", "w", false, "rewrite the files that are not canonical, in place")
	c.Flags().BoolVar(&check, "check", false, "list the files that are not canonical, and exit 1 if there is one")
	maxBytes = maxBytesFlag(c)
	return c
}

// fmt formats doc, decoded from data, the content of in: it prints it,
// rewrites it (write), lists it if it is not canonical (check), or both;
// it returns the exit status.
func (e *env) fmt(in input, doc *ogp.Package, data []byte, write, check bool) int {
	if !write && !check {
		return e.writeDocument(doc)
	}
	out, err := ogp.Encode(doc)
	if err != nil {
		e.complain(err.Error())
		return exitInvalid
	}
	if bytes.Equal(data, out) {
		return exitOK
	}
	if write {
		if err := writeAtomic(in.path, 0o644, writeBytes(out)); err != nil {
			e.complain(ioMessage(e.lang, err))
			return exitUsage
		}
	}
	if check {
		fmt.Fprintln(e.stdout, safe(in.name()))
		return exitInvalid
	}
	return exitOK
}

// writeDocument writes doc in its canonical encoding to standard output,
// and returns the exit status.
func (e *env) writeDocument(doc *ogp.Package) int {
	out, err := ogp.Encode(doc)
	if err != nil {
		e.complain(err.Error())
		return exitInvalid
	}
	e.stdout.Write(out)
	return exitOK
}
