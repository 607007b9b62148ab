package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/canada"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// A jurisdiction's tracker, in and out: "ogp import canada" and "ogp
// export canada".

func importCommand(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "import <jurisdiction> [flags]",
		Short: "read a jurisdiction's tracker data as a document",
		Args:  e.subcommand,
		RunE:  func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(importCanadaCommand(e))
	return c
}

func exportCommand(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "export <jurisdiction> [flags]",
		Short: "write a document as a jurisdiction's tracker data",
		Args:  e.subcommand,
		RunE:  func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(exportCanadaCommand(e))
	return c
}

func importCanadaCommand(e *env) *cobra.Command {
	var card, id, out string
	var start, end dateFlag
	c := &cobra.Command{
		Use:   "canada TABLE.yaml [ROWS.csv...] [--plan PLAN.json] [--id ID --start YYYY-MM --end YYYY-MM] [-o DOC.json]",
		Short: "read a plan of Canada's tracker: its table definition and its published rows",
		Long: `Reads the table definition of one of Canada's National Action Plans (the
CKAN "recombinant" YAML of open.canada.ca, of any plan) and, optionally, the
report rows the portal publishes for it (CSV), and writes the document they
make (standard output by default). What the table does not say comes from a
plan card (--plan: the plan's id, title, period, address, extensions, OGP's
ids of the commitments) or from the flags, which win over the card. Fields
the format has no member for are kept as "x-" members, with a notice. Each
finding is printed on standard error; exits 1 when one is an error.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			pc := canada.PlanCard{}
			if card != "" {
				f, err := os.Open(card)
				if err != nil {
					e.complain(ioMessage(e.lang, err))
					return exit(exitUsage)
				}
				pc, err = canada.ReadPlanCard(f)
				f.Close()
				if err != nil {
					return e.importFailure(card, err)
				}
			}
			if id != "" {
				pc.ID = id
			}
			if !start.IsZero() {
				pc.Start = start.Date
			}
			if !end.IsZero() {
				pc.End = end.Date
			}
			table, err := readAtMost(args[0], canada.DefaultMaxBytes)
			if err != nil {
				e.complain(ioMessage(e.lang, err))
				return exit(exitUsage)
			}
			pkg, fs, err := canada.ImportTable(table, pc)
			if err != nil {
				return e.importFailure(args[0], err)
			}
			code := e.printTrackerFindings(args[0], fs)
			for _, rows := range args[1:] {
				f, err := os.Open(rows)
				if err != nil {
					e.complain(ioMessage(e.lang, err))
					return exit(exitUsage)
				}
				fs, err := canada.ImportRows(f, rows, &pkg.Plans[0])
				f.Close()
				if err != nil {
					return e.importFailure(rows, err)
				}
				code = max(code, e.printTrackerFindings(rows, fs))
			}
			doc, err := ogp.Encode(pkg)
			if err != nil {
				e.complain(err.Error())
				return exit(exitInvalid)
			}
			if out == "" {
				out = "-"
			}
			if err := e.writeFile(out, writeBytes(doc)); err != nil {
				e.complain(ioMessage(e.lang, err))
				return exit(exitUsage)
			}
			return exit(code)
		},
	}
	f := c.Flags()
	f.StringVar(&card, "plan", "", "the plan card (`PLAN.json`): what the table does not say")
	f.StringVar(&id, "id", "", "the plan's `id`, such as CA-2022-2024, instead of the card's")
	f.Var(&start, "start", "the plan's first `month` (YYYY-MM), instead of the card's")
	f.Var(&end, "end", "the plan's last `month` (YYYY-MM), instead of the card's")
	f.StringVarP(&out, "out", "o", "", "the document to write (`DOC.json`); standard output by default")
	return c
}

// importFailure says, in the command's language, why the import of file
// stopped, and returns exit status 1.
func (e *env) importFailure(file string, err error) error {
	var ce *canada.CardError
	var te *canada.TableError
	var re *canada.RowsError
	switch {
	case errors.As(err, &ce):
		e.complain(safe(file) + ": " + ce.Finding().Format(e.lang))
	case errors.As(err, &te):
		e.complain(safe(file) + ": " + te.Finding().Format(e.lang))
	case errors.As(err, &re):
		e.complain(re.Finding().Format(e.lang))
	default:
		e.complain(safe(file) + ": " + err.Error())
	}
	return exit(exitInvalid)
}

// printTrackerFindings prints the findings of reading file, in the
// command's language, and returns the exit status they make: 1 when one
// is an error.
func (e *env) printTrackerFindings(file string, fs []finding.Finding) int {
	code := exitOK
	for _, f := range fs {
		if f.Cell != "" {
			// A finding about the rows names its cell, file included
			// ("rows.csv!R4C5"), and has no place in a JSON document.
			fmt.Fprintln(e.stderr, f.Format(e.lang))
		} else {
			fmt.Fprintln(e.stderr, findingLine(file, f, e.lang))
		}
		if f.Severity == finding.Error {
			code = exitInvalid
		}
	}
	return code
}

func exportCanadaCommand(e *env) *cobra.Command {
	var rows, id string
	var raw bool
	var maxBytes *int
	c := &cobra.Command{
		Use:   "canada --rows OUT.csv [--id PLAN] [flags] DOC",
		Short: "write a plan's reports as the rows Canada's portal publishes",
		Long: `Writes the reports of a plan of the document DOC ("-" for standard input)
as the CSV file open.canada.ca publishes for Canada's tracker (UTF-8 with a
byte order mark, CRLF), which "ogp import canada" reads back. The plan is the
document's only one, or the one --id names. The file is meant to be opened in
a spreadsheet, so a cell that would run as a formula there (one beginning
with =, +, - or @) is written with an apostrophe before it, which "ogp import
canada" takes away again; --raw writes every cell as it is.`,
		Args: cobra.MatchAll(e.needArgs("file"), e.oneArg),
		RunE: func(c *cobra.Command, args []string) error {
			if rows == "" {
				return e.usage("cli.missing", "what", "rows")
			}
			if err := e.positive("max-bytes", *maxBytes); err != nil {
				return err
			}
			in, err := e.oneInput(args, ".json")
			if err != nil {
				return err
			}
			doc, _, status := e.decode(in, *maxBytes)
			if doc == nil {
				return exit(status)
			}
			var plan *ogp.Plan
			for i := range doc.Plans {
				if id == "" && len(doc.Plans) == 1 || doc.Plans[i].ID == id {
					plan = &doc.Plans[i]
				}
			}
			if plan == nil {
				return e.usage("cli.export.which-plan", "id", id)
			}
			var opts []canada.ExportOption
			if raw {
				opts = append(opts, canada.KeepFormulas())
			}
			err = e.writeFile(rows, func(w io.Writer) error { return canada.ExportRows(w, plan, opts...) })
			var ee *canada.ExportError
			switch {
			case errors.As(err, &ee):
				for _, p := range ee.Problems {
					e.complain(p.Finding().Under(planPointer(doc, plan)).Format(e.lang))
				}
				return exit(exitInvalid)
			case err != nil:
				e.complain(ioMessage(e.lang, err))
				return exit(exitUsage)
			}
			return nil
		},
	}
	c.Flags().StringVar(&rows, "rows", "", "the CSV file to write (`OUT.csv`), or - for standard output")
	c.Flags().StringVar(&id, "id", "", "the `id` of the plan to export, when the document has several")
	c.Flags().BoolVar(&raw, "raw", false, "write cells that begin with =, +, - or @ as they are, without the apostrophe that keeps a spreadsheet from running them as formulas")
	maxBytes = maxBytesFlag(c)
	return c
}

// readAtMost reads the file name, or as much of it as shows it is larger
// than limit bytes: one byte more, so that the reader can say so.
func readAtMost(name string, limit int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, int64(limit)+1))
}

// planPointer returns the JSON Pointer of plan in doc: "/plans/1".
func planPointer(doc *ogp.Package, plan *ogp.Plan) string {
	for i := range doc.Plans {
		if &doc.Plans[i] == plan {
			return "/plans/" + strconv.Itoa(i)
		}
	}
	return ""
}
