package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/profile"
	"github.com/ogpx/interchange/sheet"
	"github.com/ogpx/interchange/validate"
)

// validateFlags are the flags of ogp validate.
type validateFlags struct {
	format, profile, annotate string
	strict, quiet             bool
	maxBytes, maxFindings     int
}

func validateCommand(e *env) *cobra.Command {
	var o validateFlags
	c := &cobra.Command{
		Use:   "validate [flags] FILE|FOLDER|-...",
		Short: "check submissions: syntax, schema, references, histories",
		Long: `Checks each FILE ("-" for standard input; a FOLDER for every *.json and *.xlsx
file inside) against the format: its JSON, its schema, and the rules a schema
cannot express (ids, references, dates, languages, status histories), and
prints every finding. A FILE ending in .xlsx is a workbook (see "ogp sheet"):
its findings name their cells ("Indicators!D14") instead of lines and
columns, and --annotate writes a copy of it with each finding as a comment on
its cell and a first sheet listing them all (none for a workbook that cannot
be read as the layout, whose one finding says why). A file that cannot be
read gets one finding, file.unreadable, and the others are still checked.
Files are checked GOMAXPROCS at a time; results are written in the order of
the arguments (a folder's files in the order of their paths), each as soon
as it and those before it are done. On a terminal, a run that lasts more
than a second shows its progress on standard error (--quiet: none).

Text output is one line per finding, "file:line:column: severity code:
message (pointer)", and a summary line per file. JSON output is {"files":
[{"file", "valid", "language", "findings": [{"code", "severity", "path",
"line", "column", "args", "message"}], "omitted"}]}, each file's report as
schema/v1/report.schema.json describes it; JSON Lines output (jsonl) is one
such report per line, written as each file is done; SARIF output (2.1.0) is
what code-scanning tools read. Text and SARIF escape what a terminal would
act on (controls, bidirectional marks) in names, pointers and messages' values;
JSON and JSON Lines are data, and keep pointers and values as the document has
them: escaping them for display is the business of the program that shows them.

Exits 0 when every file is valid, 1 when one is not, 2 on a usage error or
when a file cannot be read.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := e.choice("format", o.format, "text", "json", "jsonl", "sarif"); err != nil {
				return err
			}
			if err := firstError(e.positive("max-bytes", o.maxBytes), e.positive("max-findings", o.maxFindings)); err != nil {
				return err
			}
			if o.annotate != "" && (len(args) != 1 || !isWorkbook(args[0])) {
				return e.usage("cli.validate.annotate")
			}
			opts := []validate.Option{validate.Language(e.lang), validate.MaxBytes(o.maxBytes), validate.MaxFindings(o.maxFindings)}
			if o.profile != "" {
				opts = append(opts, validate.Profile(o.profile))
			}
			if o.strict {
				opts = append(opts, validate.Strict())
			}
			v, err := validate.New(opts...)
			if err != nil {
				// An unknown profile is a usage error; any other error is
				// returned as it is, never lost to a choice that is valid.
				if errors.Is(err, profile.ErrUnknown) {
					return cmp.Or(e.choice("profile", o.profile, profile.Names()...), err)
				}
				return err
			}
			ins, err := e.inputs(args, ".json", ".xlsx")
			if err != nil {
				return err
			}
			return exit(e.validate(v, o, ins))
		},
	}
	f := c.Flags()
	f.StringVar(&o.format, "format", "text", "the output `format`: text, json, jsonl or sarif")
	complete(c, "format", "text", "json", "jsonl", "sarif")
	f.StringVar(&o.profile, "profile", "", "the `name` of a jurisdiction's rules to apply: "+strings.Join(profile.Names(), ", ")+"; a jurisdiction's name alone chooses the rules of each plan")
	complete(c, "profile", profile.Names()...)
	f.BoolVar(&o.strict, "strict", false, "count warnings as errors")
	f.BoolVar(&o.quiet, "quiet", false, "show no progress (shown on a terminal when a run lasts more than a second)")
	f.IntVar(&o.maxBytes, "max-bytes", validate.DefaultMaxBytes, "the largest input accepted, in `bytes`; a larger one is a finding, json.too-large")
	f.IntVar(&o.maxFindings, "max-findings", validate.DefaultMaxFindings, "the most findings listed per file")
	f.StringVar(&o.annotate, "annotate", "", "for one workbook: write a copy with each finding on its cell to `file.xlsx`")
	return c
}

// firstError returns the first error that is not nil.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// validate validates the inputs, GOMAXPROCS at a time, and prints their
// reports in the order of ins, each as soon as it and those before it are
// done (but JSON and SARIF, one document for all); it returns the exit
// status.
func (e *env) validate(v *validate.Validator, o validateFlags, ins []input) int {
	p := e.newProgress(len(ins), o.quiet)
	done, printed := inOrder(len(ins), runtime.GOMAXPROCS(0), func(i int) fileReport {
		r := e.check(v, o, ins[i])
		p.add(r.size)
		return r
	})
	defer p.clear()
	code := exitOK
	var reports []fileReport
	for i := range ins {
		r := p.wait(done[i])
		printed()
		p.clear()
		if r.writeErr != nil {
			e.complain(ioMessage(e.lang, r.writeErr))
			code = exitUsage
		}
		switch {
		case r.unreadable:
			code = exitUsage
		case !r.Valid:
			code = max(code, exitInvalid)
		}
		switch o.format {
		case "text":
			e.printReport(r)
		case "jsonl":
			writeJSONLine(e.stdout, r)
		default:
			reports = append(reports, r)
		}
	}
	var out any
	switch o.format {
	case "json":
		out = struct {
			Files []fileReport `json:"files"`
		}{reports}
	case "sarif":
		out = sarifOf(reports, e.lang)
	default:
		return code
	}
	writeJSON(e.stdout, out)
	return code
}

// inOrder runs work(i) for every i < n, workers at a time, and returns
// the channels its results arrive on, by i. The workers run at most
// workers results ahead of their use: the caller takes the results in
// order and calls printed once done with each, which lets one more file
// start. Without this window, the small files after a large one were all
// read and their reports held while it was checked.
func inOrder[T any](n, workers int, work func(int) T) (done []chan T, printed func()) {
	workers = max(1, min(workers, n))
	done = make([]chan T, n)
	for i := range done {
		done[i] = make(chan T, 1)
	}
	window := make(chan struct{}, workers)
	next := make(chan int)
	go func() {
		for i := range n {
			window <- struct{}{}
			next <- i
		}
		close(next)
	}()
	for range workers {
		go func() {
			for i := range next {
				done[i] <- work(i)
			}
		}()
	}
	return done, func() { <-window }
}

// printReport writes the text output of one file's report: a line per
// finding, and the summary.
func (e *env) printReport(r fileReport) {
	var b strings.Builder
	for _, f := range r.Findings {
		b.WriteString(findingLine(r.File, f, e.lang) + "\n")
	}
	b.WriteString(safe(r.File) + ": " + summary(e.lang, r.Report) + "\n")
	e.stdout.Write([]byte(b.String()))
}

// fileReport is the report on one file, with the file's name: the
// report's JSON with a first member "file".
type fileReport struct {
	File string
	*validate.Report
	unreadable bool  // the file could not be read
	size       int64 // the bytes read from a file
	writeErr   error // why --annotate could not write the annotated copy
}

func (r fileReport) MarshalJSON() ([]byte, error) {
	report, err := json.Marshal(r.Report)
	if err != nil {
		return nil, err
	}
	var name bytes.Buffer
	if err := writeJSONLine(&name, r.File); err != nil { // "<stdin>" as is
		return nil, err
	}
	return append([]byte(`{"file":`+strings.TrimSuffix(name.String(), "\n")+`,`), report[1:]...), nil
}

// summary says in lang whether a file is valid and how many findings it
// has: those it lists, but the notice that it lists no more, and those it
// leaves out. "valid, 82 findings (3 listed)", "valide, aucun constat".
func summary(lang string, r *validate.Report) string {
	listed := 0
	for _, f := range r.Findings {
		if f.Code != validate.CodeTruncated {
			listed++
		}
	}
	n := listed + r.Omitted
	verdict := finding.Word(lang, "cli.validate.invalid")
	if r.Valid {
		verdict = finding.Word(lang, "cli.validate.valid")
	}
	var count string
	switch {
	case r.Omitted > 0 && listed == 1:
		count = say(lang, "cli.count.listed-one", "n", strconv.Itoa(n))
	case r.Omitted > 0:
		count = say(lang, "cli.count.listed", "n", strconv.Itoa(n), "listed", strconv.Itoa(listed))
	case n == 0:
		count = say(lang, "cli.count.none")
	case n == 1:
		count = say(lang, "cli.count.one")
	default:
		count = say(lang, "cli.count.many", "n", strconv.Itoa(n))
	}
	return verdict + ", " + count
}

// check validates one input: a file, standard input, or a workbook. An
// input that cannot be read gets one finding that says why.
func (e *env) check(v *validate.Validator, o validateFlags, in input) fileReport {
	r := fileReport{File: in.name()}
	var err error
	if in.problem == nil {
		if in.path != "-" && isWorkbook(in.path) {
			var data []byte
			r.Report, data, err = e.validateWorkbook(v, in.path, o.maxBytes)
			r.size = int64(len(data))
			if err == nil && data != nil && o.annotate != "" {
				r.writeErr = annotate(o.annotate, data, r.Report, e.lang)
			}
		} else {
			r.Report, r.size, err = e.validateFile(v, in, o.maxBytes)
		}
		if err == nil {
			return r
		}
		in = unreadable(in.path, err)
	}
	r.unreadable = true
	r.Report = &validate.Report{Language: finding.Match(e.lang), Findings: []finding.Finding{*in.problem}}
	return r
}

// validateFile validates the file of in, or standard input, reading no
// more than the validator's size limit, maxBytes, allows; it returns the
// report and the bytes read from a file.
func (e *env) validateFile(v *validate.Validator, in input, maxBytes int) (*validate.Report, int64, error) {
	f, err := e.open(in)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	r, err := v.ValidateReader(f) // which sizes its buffer by a file's size
	var size int64
	if file, ok := f.(*os.File); ok {
		if info, err := file.Stat(); err == nil {
			size = min(info.Size(), int64(maxBytes))
		}
	}
	return r, size, err
}

// isWorkbook reports whether the file named by arg is an Excel workbook.
func isWorkbook(arg string) bool { return strings.EqualFold(filepath.Ext(arg), ".xlsx") }

// validateWorkbook reads the workbook at path, validates the document it
// stands for, and puts each finding on its cell. It returns the report and
// the workbook's content, or no content for a workbook larger than
// maxBytes or not in the layout, whose one finding, json.too-large or
// sheet.unreadable, says so.
func (e *env) validateWorkbook(v *validate.Validator, path string, maxBytes int) (*validate.Report, []byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	lang := finding.Match(e.lang)
	if info.Size() > int64(maxBytes) {
		f := finding.New(validate.CodeTooLarge, "", "want", strconv.Itoa(maxBytes))
		return &validate.Report{Language: lang, Findings: []finding.Finding{f}}, nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	im, err := sheet.Read(bytes.NewReader(data), int64(len(data)))
	var se *sheet.Error
	if errors.As(err, &se) {
		return &validate.Report{Language: lang, Findings: []finding.Finding{se.Finding()}}, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	r := v.Validate(im.JSON)
	im.Locate(r)
	return r, data, nil
}

// annotate writes to the file name a copy of the workbook data with the
// findings of r on their cells, in lang.
func annotate(name string, data []byte, r *validate.Report, lang string) error {
	return writeAtomic(name, 0o644, func(w io.Writer) error {
		return sheet.Annotate(w, bytes.NewReader(data), int64(len(data)), r, lang)
	})
}
