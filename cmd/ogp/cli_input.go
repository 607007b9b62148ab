package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/validate"
)

// The input layer, one for every command that reads documents: the files,
// folders and standard input named on the command line, read up to the
// same size limit, with the same findings when they cannot be read or do
// not decode.

// An input is one document a command reads: a file, or standard input.
type input struct {
	path string // the file's path, or "-" for standard input
	// problem, when not nil, is why the input cannot be read, found while
	// listing: a path that does not exist, a folder without documents.
	problem *finding.Finding
}

// name is how messages name the input: its path, or "<stdin>".
func (in input) name() string {
	if in.path == "-" {
		return "<stdin>"
	}
	return in.path
}

// inputs lists the inputs that args name, in their order: "-" for
// standard input (once at most), files, and under each folder every file
// whose name ends with one of exts, at any depth but in hidden folders,
// sorted by path.
func (e *env) inputs(args []string, exts ...string) ([]input, error) {
	var ins []input
	stdin := false
	for _, arg := range args {
		if arg == "-" {
			if stdin {
				return nil, e.usage("cli.stdin-twice")
			}
			stdin = true
			ins = append(ins, input{path: arg})
			continue
		}
		info, err := os.Stat(arg)
		switch {
		case err != nil:
			ins = append(ins, unreadable(arg, err))
		case info.IsDir():
			ins = append(ins, folder(arg, exts)...)
		default:
			ins = append(ins, input{path: arg})
		}
	}
	return ins, nil
}

// folder returns the inputs under the folder dir whose names end with one
// of exts, sorted by path; a folder that cannot be read is an input that
// cannot be read.
func folder(dir string, exts []string) []input {
	var ins []input
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			ins = append(ins, unreadable(path, err))
			return nil
		case d.IsDir() && path != dir && strings.HasPrefix(d.Name(), "."):
			return filepath.SkipDir
		case !d.IsDir() && slices.ContainsFunc(exts, func(ext string) bool { return strings.EqualFold(filepath.Ext(path), ext) }):
			ins = append(ins, input{path: path})
		}
		return nil
	})
	if err != nil {
		ins = append(ins, unreadable(dir, err))
	}
	if len(ins) == 0 {
		f := finding.New("file.empty-folder", "", "want", strings.Join(exts, ", "))
		return []input{{path: dir, problem: &f}}
	}
	slices.SortStableFunc(ins, func(a, b input) int { return strings.Compare(a.path, b.path) })
	return ins
}

// oneInput returns the one document that args name, for a command that
// reads one: a folder that holds several documents, or several arguments,
// are a usage error. A folder that holds one document is that document.
func (e *env) oneInput(args []string, exts ...string) (input, error) {
	ins, err := e.inputs(args, exts...)
	if err != nil {
		return input{}, err
	}
	if len(ins) != 1 {
		return input{}, e.usage("cli.one-document", "n", strconv.Itoa(len(ins)))
	}
	return ins[0], nil
}

// unreadable returns the input at path that cannot be read, with err.
func unreadable(path string, err error) input {
	reason, detail := ioReason(err)
	args := []string{"reason", reason}
	if detail != "" { // the system's text, for a reason without words
		args = append(args, "detail", detail)
	}
	f := finding.New("file.unreadable", "", args...)
	return input{path: path, problem: &f}
}

// open opens the input.
func (e *env) open(in input) (io.ReadCloser, error) {
	if in.path == "-" {
		return io.NopCloser(e.stdin), nil
	}
	return os.Open(in.path)
}

// read returns the content of in, up to one byte more than limit: enough
// for the validator to say that it is too large.
func (e *env) read(in input, limit int) ([]byte, error) {
	r, err := e.open(in)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, int64(limit)+1))
}

// decode reads and decodes the document of in, as a command that reads
// documents does. When it cannot, it says why on standard error, in the
// command's language, and returns a nil document and the exit status: 1
// for a document with errors (among them, one larger than maxBytes), 2
// for an input that cannot be read.
func (e *env) decode(in input, maxBytes int) (*ogp.Package, []byte, int) {
	if in.problem == nil {
		data, err := e.read(in, maxBytes)
		if err != nil {
			in = unreadable(in.path, err)
		} else if len(data) <= maxBytes {
			doc, err := ogp.Decode(data)
			if err == nil {
				return doc, data, exitOK
			}
			e.printInputErrors(in.name(), data, maxBytes, err)
			return nil, nil, exitInvalid
		} else {
			e.printInputErrors(in.name(), data, maxBytes, nil)
			return nil, nil, exitInvalid
		}
	}
	fmt.Fprintln(e.stderr, findingLine(in.name(), *in.problem, e.lang))
	return nil, nil, exitUsage
}

// eachDocument reads and decodes each input as decode does, calls do with
// each document that decodes and its bytes, and returns the worst exit
// status: decode's, or the one do returns for its document.
func (e *env) eachDocument(ins []input, maxBytes int, do func(in input, doc *ogp.Package, data []byte) int) int {
	code := exitOK
	for _, in := range ins {
		doc, data, status := e.decode(in, maxBytes)
		code = max(code, status)
		if doc != nil {
			code = max(code, do(in, doc, data))
		}
	}
	return code
}

// printInputErrors writes why data, the content of file, does not decode:
// the errors the validator finds in it with a limit of maxBytes, with its
// hints (a byte order mark, UTF-16, YAML, a misspelt member), one per
// line as "file:line:column: severity code: message (pointer)". decodeErr,
// the decoder's error, is shown only if the validator finds no error.
func (e *env) printInputErrors(file string, data []byte, maxBytes int, decodeErr error) {
	shown := false
	if v, err := validate.New(validate.Language(finding.Match(e.lang)), validate.MaxBytes(maxBytes)); err == nil {
		for _, f := range v.Validate(data).Findings {
			if f.Severity != finding.Error && f.Code != validate.CodeTruncated {
				continue
			}
			fmt.Fprintln(e.stderr, findingLine(file, f, e.lang))
			shown = true
		}
	}
	if !shown && decodeErr != nil {
		fmt.Fprintf(e.stderr, "%s: %s\n", safe(file), say(e.lang, "cli.undecodable", "detail", decodeErr.Error()))
	}
}

// findingLine returns a finding in file as a line of text output, in lang:
// "file:12:7: error code: message (pointer)", "file.xlsx:Plans!D14: ...",
// or "file: ..." for a finding without a place. Format escapes the
// finding's values, pointer and cell; the file name is escaped here.
func findingLine(file string, f finding.Finding, lang string) string {
	sep := ": " // a place is followed by ": " in every language
	if f.Line != 0 || f.Cell != "" {
		sep = ":"
	}
	return safe(file) + sep + f.Format(lang)
}

// maxBytesFlag defines the --max-bytes flag of c, the size limit of every
// input.
func maxBytesFlag(c *cobra.Command) *int {
	return c.Flags().Int("max-bytes", validate.DefaultMaxBytes, "the largest input accepted, in `bytes`; a larger one is a finding, json.too-large")
}

// positive returns a usage error unless the value n of the flag name is
// positive.
func (e *env) positive(name string, n int) error {
	if n <= 0 {
		return e.usage("cli.positive", "flag", name)
	}
	return nil
}

// safe returns s, text from a file name or a document, escaped as
// findings escape their values (finding.Escape): controls such as ESC,
// format characters such as bidirectional marks, invalid UTF-8, so that no
// text moves a terminal's cursor or reorders the text around it.
func safe(s string) string { return finding.Escape(s) }

// writeJSON writes v to w as indented JSON, and writeJSONLine as one line:
// the JSON output of every command. "<" and ">" stay as they are ("<stdin>"),
// and so does text from a document: JSON is data, and escaping what a
// terminal would show is the business of whoever prints it.
func writeJSON(w io.Writer, v any) error { return encodeJSON(w, v, "  ") }

func writeJSONLine(w io.Writer, v any) error { return encodeJSON(w, v, "") }

func encodeJSON(w io.Writer, v any, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	return enc.Encode(v)
}
