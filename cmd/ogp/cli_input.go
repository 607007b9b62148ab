package main

import (
	"cmp"
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

// decodeFile is decode in English, for the commands whose messages are
// not yet in every language (status).
func (e *env) decodeFile(cmd, arg string) (*ogp.Package, int) {
	return e.decode(cmd, "en", arg)
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
			if f.Severity.String() != "error" && f.Code != validate.CodeTooManyErrors {
				continue
			}
			sep := colon
			if f.Line != 0 && f.Cell == "" {
				sep = ":"
			}
			fmt.Fprintf(e.stderr, "%s%s%s\n", file, sep, formatFinding(f, lang))
			shown = true
		}
	}
	if !shown {
		fmt.Fprintf(e.stderr, "%s%s%s\n", file, colon, say(lang, "cli.undecodable", "detail", decodeErr.Error()))
	}
}

// formatFinding returns f as a compiler would show it, in lang:
// "12:7: error schema.required: member "title" is required here
// (/plans/0)". It is the one place the command line renders a validator's
// finding: with validate's findings of package finding, it is
// f.Format(lang).
func formatFinding(f validate.Finding, lang string) string {
	colon := finding.Word(lang, "cli.colon")
	rest := finding.Word(lang, "severity."+f.Severity.String()) + " " + f.Code + colon + f.Message + " (" + cmp.Or(f.Path, "/") + ")"
	switch {
	case f.Cell != "":
		return f.Cell + colon + rest
	case f.Line == 0:
		return rest
	}
	return fmt.Sprintf("%d:%d%s%s", f.Line, f.Column, colon, rest)
}
