package main

import (
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

func overdueCommand(e *env) *cobra.Command {
	var asOf dateFlag
	var format *string
	var maxBytes *int
	c := &cobra.Command{
		Use:   "overdue [flags] FILE|FOLDER|-...",
		Short: "list the items late as of a date",
		Long: `Lists the milestones and indicators of each document (a FILE, "-" for
standard input, or every *.json file under a FOLDER) whose deadline has
passed by --as-of (today by default) without a report that they are complete
or withdrawn, with how many days late they are, then the items whose due date
cannot be told (a deadline text that cannot be read), with why. With several documents, the
text output has a column FILE. The JSON output is data: codes, not words, and
each row names its file.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := firstError(e.choice("format", *format, "text", "json"), e.positive("max-bytes", *maxBytes)); err != nil {
				return err
			}
			ins, err := e.inputs(args, ".json")
			if err != nil {
				return err
			}
			if asOf.IsZero() {
				asOf.Date = e.today()
			}
			type late struct {
				File string `json:"file"`
				Plan string `json:"plan"`
				deadline.Late
			}
			// unknown is an item whose due date cannot be told, with why
			// as a finding about its deadline, put into words in --lang.
			type unknown struct {
				File    string            `json:"file"`
				Plan    string            `json:"plan"`
				Item    string            `json:"item"`
				Text    map[string]string `json:"text,omitempty"`
				Reason  finding.Finding   `json:"reason"`
				Message string            `json:"message"`
			}
			lates, unknowns := []late{}, []unknown{}
			decoded := 0
			code := e.eachDocument(ins, *maxBytes, func(in input, doc *ogp.Package, _ []byte) int {
				decoded++
				for i := range doc.Plans {
					rep := deadline.Overdue(&doc.Plans[i], asOf.Date)
					for _, l := range rep.Late {
						lates = append(lates, late{in.name(), doc.Plans[i].ID, l})
					}
					for _, u := range rep.Unknown {
						reason := u.Reason.Under("/plans/" + strconv.Itoa(i))
						unknowns = append(unknowns, unknown{in.name(), doc.Plans[i].ID, u.Item, u.Text, reason, reason.Message(e.lang)})
					}
				}
				return exitOK
			})
			switch {
			case *format == "json":
				writeJSON(e.stdout, struct {
					AsOf    string    `json:"asOf"`
					Late    []late    `json:"late"`
					Unknown []unknown `json:"unknown"`
				}{asOf.String(), lates, unknowns})
				return exit(code)
			case decoded == 0:
				return exit(code)
			}
			columns := []string{"plan", "item", "deadline", "due", "days-late", "status", "reported"}
			several := len(ins) > 1
			if several {
				columns = append([]string{"file"}, columns...)
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, headings(e.lang, "overdue", columns...))
			for _, l := range lates {
				status := "-"
				if l.Status != "" {
					status = l.Status.Title(finding.Match(e.lang))
				}
				if several {
					fmt.Fprintf(tw, "%s\t", safe(l.File))
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", safe(l.Plan), safe(l.Item), orDash(l.Deadline), l.Due, l.DaysLate, status, orDash(l.Period))
			}
			tw.Flush()
			if len(unknowns) > 0 {
				// Never left out: the items whose due date cannot be told.
				fmt.Fprintf(e.stdout, "\n%s%s\n", say(e.lang, "cli.overdue.cannot-tell", "count", strconv.Itoa(len(unknowns))), finding.Word(e.lang, "colon"))
				for _, u := range unknowns {
					where := safe(u.Plan) + " " + safe(u.Item)
					if several {
						where = safe(u.File) + " " + where
					}
					fmt.Fprintf(e.stdout, "  %s%s%s\n", where, finding.Word(e.lang, "colon"), u.Message)
				}
			}
			return exit(code)
		},
	}
	c.Flags().Var(&asOf, "as-of", "the `date` to tell lateness at (a partial date means its last day); today by default")
	format = choiceFlag(c, "format", "the output `format`", "text", "json")
	maxBytes = maxBytesFlag(c)
	return c
}
