package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
	"github.com/ogpx/interchange/sheet"
	"github.com/ogpx/interchange/validate"
)

func runValidate(e *env, args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output `format`: text, json or sarif")
	lang := fs.String("lang", "en", "`language` of the messages: en or fr")
	profileName := fs.String("profile", "", "a jurisdiction's rules to apply: "+strings.Join(profile.Names(), ", "))
	strict := fs.Bool("strict", false, "count warnings as errors")
	maxBytes := fs.Int("max-bytes", validate.DefaultMaxBytes, "largest file accepted, in `bytes`")
	maxFindings := fs.Int("max-findings", validate.DefaultMaxFindings, "most findings listed per file")
	annotate := fs.String("annotate", "", "for one workbook: write a copy with each finding on its cell to `file.xlsx`")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, `usage: ogp validate [flags] FILE...

Checks each FILE ("-" for standard input) against the format: its JSON, its
schema, and the rules a schema cannot express (ids, references, dates,
languages, status histories), and prints every finding. A FILE ending in
.xlsx is a workbook (see "ogp sheet"): its findings name their cells
("Indicators!D14") instead of lines and columns, and --annotate writes a
copy of it with each finding as a comment on its cell and a first sheet
listing them all (none for a workbook that cannot be read as the layout,
whose one finding says why). Text output is one
line per finding, "file:line:column: severity code: message (pointer)"; JSON
output is {"files": [{"file", "valid", "language", "findings": [{"code",
"severity", "path", "line", "column", "args", "message"}], "omitted"}]}, each
file's report as schema/v1/report.schema.json describes it; SARIF output
(2.1.0) is what code-scanning tools read.

Exits 0 when every file is valid, 1 when one is not, 2 on a usage or I/O
error.

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 || (*format != "text" && *format != "json" && *format != "sarif") {
		fs.Usage()
		return exitUsage
	}
	if *annotate != "" && (fs.NArg() != 1 || !isWorkbook(fs.Arg(0))) {
		fmt.Fprintln(e.stderr, "ogp validate: --annotate takes one workbook (.xlsx) to validate")
		return exitUsage
	}
	opts := []validate.Option{validate.Language(*lang), validate.MaxBytes(*maxBytes), validate.MaxFindings(*maxFindings)}
	if *profileName != "" {
		opts = append(opts, validate.Profile(*profileName))
	}
	if *strict {
		opts = append(opts, validate.Strict())
	}
	v, err := validate.New(opts...)
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp validate: %v\n", err)
		return exitUsage
	}

	var reports []fileReport
	for _, arg := range fs.Args() {
		var r *validate.Report
		var err error
		if isWorkbook(arg) {
			r, err = e.validateWorkbook(v, arg, *lang, *maxBytes, *annotate)
		} else {
			r, err = e.validateFile(v, arg)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "ogp validate: %v\n", err)
			return exitUsage
		}
		reports = append(reports, fileReport{File: displayName(arg), Report: r})
	}

	code := exitOK
	for _, r := range reports {
		if !r.Valid {
			code = exitInvalid
		}
	}
	if *format != "text" {
		var out any = struct {
			Files []fileReport `json:"files"`
		}{reports}
		if *format == "sarif" {
			var files []string
			var rs []*validate.Report
			for _, r := range reports {
				files, rs = append(files, r.File), append(rs, r.Report)
			}
			out = sarifOf(files, rs, *lang)
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "ogp validate: %v\n", err)
			return exitUsage
		}
		return code
	}
	for _, r := range reports {
		for _, f := range r.Findings {
			sep := ":"
			if f.Line == 0 && f.Cell == "" {
				sep = ": "
			}
			fmt.Fprintf(e.stdout, "%s%s%s\n", r.File, sep, f.Format(*lang))
		}
		fmt.Fprintf(e.stdout, "%s: %s\n", r.File, summary(*lang, r.Valid, findingCount(r.Report)))
	}
	return code
}

// fileReport is the report on one file, with the file's name: the
// report's JSON with a first member "file".
type fileReport struct {
	File string
	*validate.Report
}

func (r fileReport) MarshalJSON() ([]byte, error) {
	report, err := json.Marshal(r.Report)
	if err != nil {
		return nil, err
	}
	name, err := json.Marshal(r.File)
	if err != nil {
		return nil, err
	}
	return append([]byte(`{"file":`+string(name)+`,`), report[1:]...), nil
}

// findingCount returns how many findings r has: those it lists, but the
// notice that it lists no more, and those it leaves out.
func findingCount(r *validate.Report) int {
	n := r.Omitted
	for _, f := range r.Findings {
		if f.Code != validate.CodeTruncated {
			n++
		}
	}
	return n
}

// summary says in lang whether a file is valid and how many findings it has.
func summary(lang string, valid bool, findings int) string {
	verdict := map[bool]ogp.Text{
		true:  ogp.NewText("valid", "valide"),
		false: ogp.NewText("not valid", "non valide"),
	}[valid]
	count := ogp.NewText("%d finding(s)", "%d constat(s)")
	return verdict.In(lang) + ", " + fmt.Sprintf(count.In(lang), findings)
}

// validateFile validates the file named by arg, or standard input for "-",
// reading no more than the validator's size limit allows.
func (e *env) validateFile(v *validate.Validator, arg string) (*validate.Report, error) {
	if arg == "-" {
		return v.ValidateReader(e.stdin)
	}
	f, err := os.Open(arg)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := v.ValidateReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", arg, err)
	}
	return r, nil
}

// isWorkbook reports whether the file named by arg is an Excel workbook.
func isWorkbook(arg string) bool { return strings.EqualFold(filepath.Ext(arg), ".xlsx") }

// validateWorkbook reads the workbook named by arg, validates the document
// it stands for, and puts each finding on its cell; a workbook that is not
// in the layout gets one finding, sheet.unreadable. With annotate, it also
// writes the annotated copy there.
func (e *env) validateWorkbook(v *validate.Validator, arg, lang string, maxBytes int, annotate string) (*validate.Report, error) {
	info, err := os.Stat(arg)
	if err != nil {
		return nil, err
	}
	if info.Size() > int64(maxBytes) {
		f := finding.New(validate.CodeTooLarge, "", "want", strconv.Itoa(maxBytes))
		return &validate.Report{Language: finding.Match(lang), Findings: []finding.Finding{f}}, nil
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		return nil, err
	}
	im, err := sheet.Read(bytes.NewReader(data), int64(len(data)))
	var se *sheet.Error
	if errors.As(err, &se) {
		return &validate.Report{Language: finding.Match(lang), Findings: []finding.Finding{se.Finding()}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", arg, err)
	}
	r := v.Validate(im.JSON)
	im.Locate(r)
	if annotate != "" {
		var out bytes.Buffer
		if err := sheet.Annotate(&out, bytes.NewReader(data), int64(len(data)), r, lang); err != nil {
			return nil, fmt.Errorf("%s: %w", arg, err)
		}
		if err := os.WriteFile(annotate, out.Bytes(), 0o666); err != nil {
			return nil, err
		}
	}
	return r, nil
}
