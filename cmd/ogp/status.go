package main

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

const statusLong = `Prints, for each plan of each document (a FILE, "-" for standard input, or
every *.json file under a FOLDER), the status of the plan, of each commitment
and of each milestone as of --as-of (an EDTF date such as 2020-03; today by
default), rolled up from the latest reports, and the findings about the whole
report history. With several documents, the text output of each starts with
a line "==> FILE <==". Exits 1 when a finding is an error or a document does
not decode.

The JSON output is one object {"files": [...]} with one object per document
that decodes (JSON Lines output, jsonl: one such object per line, written as
each document is done), with members:
  file      the document's file, "<stdin>" for standard input
  asOf      the date of the roll-ups
  plans     one object per plan, in the document's order, with members
    id        the plan's id
    end       the plan's end, extensions included
    rollup    the plan as a tree of items (id, level, title, status,
              period and index of the latest report or -1, counts of the
              children and of the targets under the item by status,
              children), as status.Node encodes it
    findings  the findings, ordered by report index, then code, each with
              code, severity, path (the JSON Pointer of the report in the
              document: /plans/0/reports/3), args (the values its message
              names: target, period, from and to as status codes, start
              and end) and message, in the --lang language

The text output is in the --lang language.`

// statusOutput is the JSON output of ogp status.
type statusOutput struct {
	File  string       `json:"file"`
	AsOf  ogp.Date     `json:"asOf"`
	Plans []planStatus `json:"plans"`
}

type planStatus struct {
	ID       string          `json:"id"`
	End      ogp.Date        `json:"end,omitzero"`
	Rollup   *status.Node    `json:"rollup"`
	Findings []statusFinding `json:"findings"`
}

// statusFinding is a finding as the JSON output shows it: with its message
// in the language asked.
type statusFinding struct {
	finding.Finding
	Message string `json:"message"`
}

func statusCommand(e *env) *cobra.Command {
	var asOf dateFlag
	var format *string
	var maxBytes *int
	c := &cobra.Command{
		Use:   "status [flags] FILE|FOLDER|-...",
		Short: "print the status roll-ups and report-history findings of a document",
		Long:  statusLong,
		Args:  e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := firstError(e.choice("format", *format, "text", "json", "jsonl"), e.positive("max-bytes", *maxBytes)); err != nil {
				return err
			}
			ins, err := e.inputs(args, ".json")
			if err != nil {
				return err
			}
			if asOf.IsZero() {
				asOf.Date = e.today()
			}
			var outs []statusOutput
			code := e.eachDocument(ins, *maxBytes, func(in input, pkg *ogp.Package, _ []byte) int {
				out := statusOf(in.name(), pkg, asOf.Date, e.lang)
				code := exitOK
				for _, p := range out.Plans {
					for _, f := range p.Findings {
						if f.Severity == finding.Error {
							code = exitInvalid
						}
					}
				}
				switch *format {
				case "json":
					outs = append(outs, out)
				case "jsonl":
					writeJSONLine(e.stdout, out)
				default:
					if len(ins) > 1 {
						fmt.Fprintf(e.stdout, "==> %s <==\n", safe(in.name()))
					}
					writeStatusText(e.stdout, out, e.lang)
				}
				return code
			})
			if *format == "json" {
				writeJSON(e.stdout, struct {
					Files []statusOutput `json:"files"`
				}{append([]statusOutput{}, outs...)})
			}
			return exit(code)
		},
	}
	c.Flags().Var(&asOf, "as-of", "roll up the reports up to `DATE` (a partial date: 2020, 2020-03, 2020-03-15); today by default")
	format = choiceFlag(c, "format", "the output `format`", "text", "json", "jsonl")
	maxBytes = maxBytesFlag(c)
	return c
}

// statusOf returns the roll-ups of pkg, read from file, as of asOf, and
// the findings of its report histories, with messages in lang.
func statusOf(file string, pkg *ogp.Package, asOf ogp.Date, lang string) statusOutput {
	out := statusOutput{File: file, AsOf: asOf, Plans: []planStatus{}}
	for i := range pkg.Plans {
		plan := &pkg.Plans[i]
		ps := planStatus{ID: plan.ID, End: plan.End(), Rollup: status.AsOf(plan, asOf), Findings: []statusFinding{}}
		for _, f := range status.Check(plan).Findings {
			f = f.Under("/plans/" + strconv.Itoa(i))
			ps.Findings = append(ps.Findings, statusFinding{f, f.Message(lang)})
		}
		out.Plans = append(out.Plans, ps)
	}
	return out
}

// writeStatusText writes the roll-ups and findings for people, in lang:
// one table of commitments and milestones per plan, then one of findings.
func writeStatusText(w io.Writer, out statusOutput, lang string) {
	word := func(key string) string { return finding.Word(lang, "cli.status."+key) }
	title := func(s ogp.Status) string {
		if s == "" {
			return word("none")
		}
		return s.Title(lang)
	}
	when := fmt.Sprintf(word("asOf"), out.AsOf)
	for i, p := range out.Plans {
		if i > 0 {
			fmt.Fprintln(w)
		}
		root := p.Rollup
		fmt.Fprintf(w, word("plan")+"\n", safe(p.ID), safe(root.Title.In(lang)))
		fmt.Fprintf(w, word("ends")+"\n", when, p.End)
		fmt.Fprintf(w, word("statusLine")+"\n", title(root.Status))
		fmt.Fprintf(w, word("targets")+"\n\n", countsText(root.Targets, lang))

		codes := ogp.Statuses()
		rows := [][]string{{word("id"), word("status"), word("latest")}}
		for _, c := range codes {
			rows[0] = append(rows[0], c.Title.In(lang))
		}
		rows[0] = append(rows[0], word("unreported"))
		row := func(indent string, n *status.Node) {
			r := []string{indent + safe(n.ID), title(n.Status), n.Period.String()}
			if c := n.Counts; c != nil {
				for _, code := range codes {
					r = append(r, strconv.Itoa(c[ogp.Status(code.Code)]))
				}
				r = append(r, strconv.Itoa(c[status.Unreported]))
			}
			rows = append(rows, r)
		}
		for _, c := range root.Children {
			row("", c)
			for _, m := range c.Children {
				row("  ", m)
			}
		}
		writeColumns(w, rows)

		fmt.Fprintln(w)
		if len(p.Findings) == 0 {
			fmt.Fprintln(w, word("noFindings"))
			continue
		}
		fmt.Fprintf(w, word("findings")+"\n", len(p.Findings))
		rows = [][]string{{word("report"), word("target"), word("period"), word("severity"), word("code"), word("message")}}
		for _, f := range p.Findings {
			rows = append(rows, []string{safe(f.Path), safe(f.Args["target"]), safe(f.Args["period"]), f.Severity.Title(lang), f.Code, f.Message})
		}
		writeColumns(w, rows)
	}
}

// countsText writes the non-zero counts of c: "7 Complete, 3 Unreported".
func countsText(c status.Counts, lang string) string {
	var parts []string
	for _, code := range ogp.Statuses() {
		if n := c[ogp.Status(code.Code)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, code.Title.In(lang)))
		}
	}
	if n := c[status.Unreported]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d %s", n, finding.Word(lang, "cli.status.unreported")))
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, ", ")
}

// writeColumns writes rows as columns aligned two spaces apart, without
// trailing spaces. Short rows are padded with empty cells, so that every
// row takes part in the alignment of every column.
func writeColumns(w io.Writer, rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		cells := append(r, make([]string, width-len(r))...)
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	tw.Flush()
	for line := range strings.Lines(b.String()) {
		fmt.Fprintln(w, strings.TrimRight(line, " \n"))
	}
}
