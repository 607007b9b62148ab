package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ogpx/interchange/sheet"
)

const sheetUsage = `usage: ogp sheet export [--lang en|fr] (-o FILE.xlsx | --csv DIR) DOC
       ogp sheet import [--lang en|fr] [-o DOC.json] (FILE.xlsx | DIR)
       ogp sheet template [--lang en|fr] -o FILE.xlsx

export writes the document DOC ("-" for standard input) as an Excel workbook,
one sheet per level, or as a folder of CSV files, one per sheet; --lang sets
the language of the headers people read, and of the messages.
import reads a workbook, or a folder of CSV files, and writes the JSON document
it stands for (standard output by default). Content is not judged: run
"ogp validate" on the result. A structural problem (a missing sheet, a renamed
column, a formula, merged cells) is reported with its cell, and exits 1.
template writes the empty workbook, with drop-down lists for the code lists.`

func runSheet(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintln(e.stderr, sheetUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	fs := flag.NewFlagSet("sheet "+args[0], flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprintln(e.stderr, sheetUsage) }
	out := fs.String("o", "", "the file to write")
	lang := langFlag(fs)
	csvDir := fs.String("csv", "", "export: write a folder of CSV files")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	if !e.checkLang("sheet "+args[0], *lang) {
		fs.Usage()
		return exitUsage
	}
	fail := func(err error) int {
		var se *sheet.Error
		if errors.As(err, &se) {
			e.complain(*lang, "sheet "+args[0], se.Finding().Format(*lang))
			return exitInvalid
		}
		e.complain(*lang, "sheet "+args[0], ioMessage(*lang, err))
		return exitUsage
	}
	switch args[0] {
	case "export":
		if fs.NArg() != 1 || (*out == "") == (*csvDir == "") {
			fs.Usage()
			return exitUsage
		}
		p, status := e.decode("sheet export", *lang, fs.Arg(0))
		if p == nil {
			return status
		}
		if *csvDir != "" {
			if err := sheet.WriteCSV(*csvDir, p, sheet.Language(*lang)); err != nil {
				return fail(err)
			}
			return exitOK
		}
		return e.writeFile(*out, func(w io.Writer) error { return sheet.Write(w, p, sheet.Language(*lang)) }, fail)
	case "template":
		if fs.NArg() != 0 || *out == "" {
			fs.Usage()
			return exitUsage
		}
		return e.writeFile(*out, func(w io.Writer) error { return sheet.WriteTemplate(w, sheet.Language(*lang)) }, fail)
	case "import":
		if fs.NArg() != 1 {
			fs.Usage()
			return exitUsage
		}
		im, err := importPath(fs.Arg(0))
		if err != nil {
			return fail(err)
		}
		if *out == "" || *out == "-" {
			if _, err := e.stdout.Write(im.JSON); err != nil {
				return fail(err)
			}
			return exitOK
		}
		return e.writeFile(*out, func(w io.Writer) error { _, err := w.Write(im.JSON); return err }, fail)
	}
	fmt.Fprintf(e.stderr, "ogp sheet: unknown subcommand %q\n", args[0])
	fs.Usage()
	return exitUsage
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

// writeFile writes what write writes to the file name, or to standard
// output for "-".
func (e *env) writeFile(name string, write func(io.Writer) error, fail func(error) int) int {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fail(err)
	}
	if name == "-" {
		if _, err := e.stdout.Write(buf.Bytes()); err != nil {
			return fail(err)
		}
		return exitOK
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o666); err != nil {
		return fail(err)
	}
	return exitOK
}
