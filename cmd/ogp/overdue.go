package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
)

func runOverdue(e *env, args []string) int {
	fs := flag.NewFlagSet("overdue", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var asOf dateFlag
	fs.Var(&asOf, "as-of", "the `date` to tell lateness at (a partial date means its last day)")
	format := fs.String("format", "text", "the output `format`: text or json")
	lang := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp overdue --as-of DATE [--format text|json] [--lang en|fr] FILE\n\n"+
			"Lists the milestones and indicators of the document in FILE (\"-\" for standard\n"+
			"input) whose deadline has passed by DATE without a report that they are\n"+
			"complete or withdrawn, with how many days late they are. The JSON output\n"+
			"is data: codes, not words.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !e.checkLang("overdue", *lang) || !e.checkChoice(*lang, "overdue", "format", *format, "text", "json") ||
		fs.NArg() != 1 || asOf.IsZero() {
		fs.Usage()
		return exitUsage
	}
	doc, code := e.decode("overdue", *lang, fs.Arg(0))
	if doc == nil {
		return code
	}
	type late struct {
		Plan string `json:"plan"`
		deadline.Late
	}
	lates := []late{}
	for i := range doc.Plans {
		for _, l := range deadline.Overdue(&doc.Plans[i], asOf.Date).Late {
			lates = append(lates, late{doc.Plans[i].ID, l})
		}
	}
	var err error
	if *format == "json" {
		var out []byte
		if out, err = json.MarshalIndent(lates, "", "  "); err == nil {
			_, err = fmt.Fprintf(e.stdout, "%s\n", out)
		}
	} else {
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, headings(*lang, "overdue", "plan", "item", "deadline", "due", "days-late", "status", "reported"))
		for _, l := range lates {
			status := "-"
			if l.Status != "" {
				status = l.Status.Title(finding.Match(*lang))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", l.Plan, l.Item, orDash(l.Deadline), l.Due, l.DaysLate, status, orDash(l.Period))
		}
		err = tw.Flush()
	}
	if err != nil {
		e.complain(*lang, "overdue", ioMessage(*lang, err))
		return exitUsage
	}
	return exitOK
}
