package main

import (
	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/ogp"
)

func fmtCommand(e *env) *cobra.Command {
	var maxBytes *int
	c := &cobra.Command{
		Use:   "fmt [flags] FILE|FOLDER|-...",
		Short: "print a document in its canonical encoding",
		Long: `Prints each document (a FILE, "-" for standard input, or every *.json file
under a FOLDER) in its canonical encoding. A document that does not decode
is reported as "ogp validate" would report it, in the language of --lang,
and the others are still printed.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := e.positive("max-bytes", *maxBytes); err != nil {
				return err
			}
			ins, err := e.inputs(args, ".json")
			if err != nil {
				return err
			}
			code := exitOK
			for _, in := range ins {
				doc, _, status := e.decode(in, *maxBytes)
				if doc != nil {
					status = e.writeDocument(doc)
				}
				code = max(code, status)
			}
			return exit(code)
		},
	}
	maxBytes = maxBytesFlag(c)
	return c
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
