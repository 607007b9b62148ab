package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/sheet"
)

func sheetCommand(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "sheet <command> [flags]",
		Short: "export a document to a workbook or CSV files, import one, or write the template",
		Long: `Converts documents to and from workbooks, for people who edit plans in a
spreadsheet. --lang sets the language of the headers people read, and of the
messages.`,
		Args: e.subcommand,
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(sheetExportCommand(e), sheetImportCommand(e), sheetTemplateCommand(e))
	return c
}

func sheetExportCommand(e *env) *cobra.Command {
	var out, csvDir string
	var maxBytes *int
	c := &cobra.Command{
		Use:   "export (-o FILE.xlsx | --csv DIR) [flags] DOC",
		Short: "write a document as a workbook or CSV files",
		Long: `Writes the document DOC ("-" for standard input) as an Excel workbook, one
sheet per level (-o), or as a folder of CSV files, one per sheet (--csv).`,
		Args: cobra.MatchAll(e.needArgs("file"), e.oneArg),
		RunE: func(c *cobra.Command, args []string) error {
			if (out == "") == (csvDir == "") {
				return e.usage("cli.sheet.one-output")
			}
			if err := e.positive("max-bytes", *maxBytes); err != nil {
				return err
			}
			in, err := e.oneInput(args, ".json")
			if err != nil {
				return err
			}
			p, _, status := e.decode(in, *maxBytes)
			if p == nil {
				return exit(status)
			}
			if csvDir != "" {
				return e.sheetFailure(in.name(), sheet.WriteCSV(csvDir, p, sheet.Language(e.lang)))
			}
			return e.sheetFailure(in.name(), e.writeFile(out, func(w io.Writer) error { return sheet.Write(w, p, sheet.Language(e.lang)) }))
		},
	}
	c.Flags().StringVarP(&out, "out", "o", "", "the workbook to write (`FILE.xlsx`), or - for standard output")
	c.Flags().StringVar(&csvDir, "csv", "", "write a folder (`DIR`) of CSV files")
	maxBytes = maxBytesFlag(c)
	return c
}

func sheetImportCommand(e *env) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "import [-o DOC.json] [flags] (FILE.xlsx | DIR)",
		Short: "read a workbook, or a folder of CSV files, as a document",
		Long: `Reads a workbook, or a folder of CSV files, and writes the JSON document it
stands for (standard output by default). Content is not judged: run "ogp
validate" on the result. A structural problem (a missing sheet, a renamed
column, a formula, merged cells) is reported with its cell, and exits 1.`,
		Args: cobra.MatchAll(e.needArgs("file"), e.oneArg),
		RunE: func(c *cobra.Command, args []string) error {
			im, err := importPath(args[0])
			if err != nil {
				return e.sheetFailure(args[0], err)
			}
			if out == "" {
				out = "-"
			}
			return e.sheetFailure(args[0], e.writeFile(out, writeBytes(im.JSON)))
		},
	}
	c.Flags().StringVarP(&out, "out", "o", "", "the document to write (`DOC.json`); standard output by default")
	return c
}

func sheetTemplateCommand(e *env) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "template -o FILE.xlsx [flags]",
		Short: "write the empty workbook",
		Long:  "Writes the empty workbook, with drop-down lists for the code lists.",
		Args:  e.noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if out == "" {
				return e.usage("cli.missing", "what", "file")
			}
			return e.sheetFailure(out, e.writeFile(out, func(w io.Writer) error { return sheet.WriteTemplate(w, sheet.Language(e.lang)) }))
		},
	}
	c.Flags().StringVarP(&out, "out", "o", "", "the workbook to write (`FILE.xlsx`), or - for standard output")
	return c
}

// oneArg is the argument check of a command that takes one argument.
func (e *env) oneArg(_ *cobra.Command, args []string) error {
	if len(args) > 1 {
		return e.usage("cli.extra-argument", "value", args[1])
	}
	return nil
}

// sheetFailure says why a sheet command failed, if it did, and returns the
// exit status's error: 1 for a structural problem of the workbook or
// document file, said as a finding in it, 2 for an I/O error.
func (e *env) sheetFailure(file string, err error) error {
	if err == nil {
		return nil
	}
	var se *sheet.Error
	if errors.As(err, &se) {
		fmt.Fprintln(e.stderr, findingLine(file, se.Finding(), e.lang))
		return exit(exitInvalid)
	}
	e.complain(ioMessage(e.lang, err))
	return exit(exitUsage)
}

// importPath reads a workbook, or a folder of CSV files.
func importPath(name string) (*sheet.Import, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return sheet.ReadCSV(os.DirFS(name))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return sheet.Read(f, info.Size())
}

// writeFile writes what write writes to the file name, whole or not at
// all, or to standard output for "-".
func (e *env) writeFile(name string, write func(io.Writer) error) error {
	if name != "-" {
		return writeAtomic(name, 0o644, write)
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	e.stdout.Write(buf.Bytes())
	return nil
}
