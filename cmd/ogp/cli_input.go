package main

import (
	"fmt"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/validate"
)

// decode reads and decodes the document named by arg for command cmd. When
// it cannot, it says why on standard error, in lang, and returns nil and
// the exit status.
func (e *env) decode(cmd, lang, arg string) (*ogp.Package, int) {
	data, err := e.readInput(arg)
	if err != nil {
		e.complain(lang, cmd, ioMessage(lang, err))
		return nil, exitUsage
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		e.printInputErrors(displayName(arg), lang, data, err)
		return nil, exitInvalid
	}
	return doc, exitOK
}

// printInputErrors writes why data, the content of file, does not decode,
// in lang: the errors the validator finds in it, with its hints (a byte
// order mark, UTF-16, YAML, a misspelt member), one per line as
// "file:line:column: severity code: message (pointer)". decodeErr, the
// decoder's error, is shown only if the validator finds no error.
func (e *env) printInputErrors(file, lang string, data []byte, decodeErr error) {
	colon := finding.Word(lang, "cli.colon")
	shown := false
	if v, err := validate.New(validate.Language(finding.Match(lang))); err == nil {
		for _, f := range v.Validate(data).Findings {
			if f.Severity != finding.Error && f.Code != validate.CodeTruncated {
				continue
			}
			sep := colon
			if f.Line != 0 && f.Cell == "" {
				sep = ":"
			}
			fmt.Fprintf(e.stderr, "%s%s%s\n", file, sep, f.Format(lang))
			shown = true
		}
	}
	if !shown {
		fmt.Fprintf(e.stderr, "%s%s%s\n", file, colon, say(lang, "cli.undecodable", "detail", decodeErr.Error()))
	}
}
