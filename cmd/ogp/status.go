package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

const statusUsage = `usage: ogp status [--as-of DATE] [--format text|json] [--lang en|fr] FILE

Prints, for each plan of the document in FILE ("-" for standard input), the
status of the plan, of each commitment and of each milestone as of DATE (an
EDTF date such as 2020-03; every report when absent), rolled up from the
latest reports, and the findings about the whole report history. Exits 1
when a finding is an error or the document does not decode.

The JSON output is an object with members:
  asOf      the date given, or absent
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

The text output is in the --lang language.

flags:`

// statusOutput is the JSON output of ogp status.
type statusOutput struct {
	AsOf  ogp.Date     `json:"asOf,omitzero"`
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

func runStatus(e *env, args []string) int {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var asOf dateFlag
	fs.Var(&asOf, "as-of", "roll up the reports up to `DATE` (YYYY-MM); every report when absent")
	format := fs.String("format", "text", "output `format`: text or json")
	lang := fs.String("lang", "en", "`language` of the output: en or fr")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, statusUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !e.checkLang("status", *lang) || !e.checkChoice(*lang, "status", "format", *format, "text", "json") || fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	pkg, code := e.decode("status", *lang, fs.Arg(0))
	if pkg == nil {
		return code
	}

	out := statusOutput{AsOf: asOf.Date, Plans: []planStatus{}}
	for i := range pkg.Plans {
		plan := &pkg.Plans[i]
		ps := planStatus{ID: plan.ID, End: plan.End(), Rollup: status.AsOf(plan, asOf.Date), Findings: []statusFinding{}}
		for _, f := range status.Check(plan).Findings {
			f = f.Under("/plans/" + strconv.Itoa(i))
			ps.Findings = append(ps.Findings, statusFinding{f, f.Message(*lang)})
			if f.Severity == finding.Error {
				code = exitInvalid
			}
		}
		out.Plans = append(out.Plans, ps)
	}

	var b bytes.Buffer
	if *format == "json" {
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "ogp status: %v\n", err)
			return exitUsage
		}
	} else {
		writeStatusText(&b, out, *lang)
	}
	if _, err := e.stdout.Write(b.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "ogp status: %v\n", err)
		return exitUsage
	}
	return code
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
	when := word("all")
	if !out.AsOf.IsZero() {
		when = fmt.Sprintf(word("asOf"), out.AsOf)
	}
	for i, p := range out.Plans {
		if i > 0 {
			fmt.Fprintln(w)
		}
		root := p.Rollup
		fmt.Fprintf(w, word("plan")+"\n", p.ID, root.Title.In(lang))
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
			r := []string{indent + n.ID, title(n.Status), n.Period.String()}
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
			rows = append(rows, []string{f.Path, f.Args["target"], f.Args["period"], f.Severity.Title(lang), f.Code, f.Message})
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
