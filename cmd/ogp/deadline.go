package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

func deadlineCommand(e *env) *cobra.Command {
	codes := ogp.Hemispheres()
	hemispheres := make([]string, len(codes))
	for i, c := range codes {
		hemispheres[i] = c.Code
	}
	var planEnd dateFlag
	var hemisphere, format *string
	var fiscal *int
	c := &cobra.Command{
		Use:   "deadline [flags] TEXT|-...",
		Short: "show how deadline texts read",
		Long: `Prints how each deadline TEXT reads: its kind, its EDTF date and the day it is
due. "-" reads texts from standard input, one per line. Exits 1 when a text
cannot be read.`,
		Args: e.needArgs("text"),
		RunE: func(c *cobra.Command, args []string) error {
			err := firstError(e.choice("hemisphere", *hemisphere, hemispheres...), e.choice("format", *format, "text", "json"))
			if err == nil && (*fiscal < 0 || *fiscal > 12) {
				err = e.usage("cli.deadline.fiscal-year-end", "value", strconv.Itoa(*fiscal))
			}
			if err != nil {
				return err
			}
			texts, err := e.texts(args)
			if err != nil {
				return err
			}
			return exit(e.deadline(texts, *format, deadline.Options{Hemisphere: ogp.Hemisphere(*hemisphere), FiscalYearEnd: time.Month(*fiscal), PlanEnd: planEnd.Date}))
		},
	}
	hemisphere = choiceFlag(c, "hemisphere", "the member's `hemisphere`, which decides seasons", hemispheres...)
	format = choiceFlag(c, "format", "the output `format`", "text", "json")
	fiscal = c.Flags().Int("fiscal-year-end", 0, "the `month` (1-12) the member's fiscal year ends in, as 3 for Canada's 31 March; 0 for none, when a fiscal year cannot be read")
	c.Flags().Var(&planEnd, "plan-end", "the plan's end (`date`), when ongoing and recurring deadlines are due")
	return c
}

// texts returns the deadline texts of args, with "-" replaced by the lines
// of standard input, but blank ones.
func (e *env) texts(args []string) ([]string, error) {
	var texts []string
	stdin := false
	for _, a := range args {
		if a != "-" {
			texts = append(texts, a)
			continue
		}
		if stdin {
			return nil, e.usage("cli.stdin-twice")
		}
		stdin = true
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(data)) {
			if line = strings.TrimSpace(line); line != "" {
				texts = append(texts, line)
			}
		}
	}
	return texts, nil
}

// deadline prints how texts read, and returns the exit status.
func (e *env) deadline(texts []string, format string, opts deadline.Options) int {
	lang := e.lang
	// reading is how a text reads; for one that does not, why, as a
	// finding (data) and its message in lang.
	type reading struct {
		deadline.Reading
		Reason  *finding.Finding `json:"reason,omitempty"`
		Message string           `json:"message,omitempty"`
	}
	var readings []reading
	status := exitOK
	for _, text := range texts {
		r, err := deadline.Parse(text, opts)
		var pe *deadline.ParseError
		if errors.As(err, &pe) {
			why := pe.Finding("")
			readings = append(readings, reading{r, &why, why.Message(lang)})
			status = exitInvalid
			continue
		}
		readings = append(readings, reading{Reading: r})
	}
	if format == "json" {
		if err := writeJSON(e.stdout, readings); err != nil {
			return exitUsage
		}
		return status
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	// A column for every date a text names, and the rule of a recurring
	// one, when some text has more than one date or a rule.
	all := slices.ContainsFunc(readings, func(r reading) bool { return len(r.Dates) > 1 || r.Rule != nil })
	columns := []string{"text", "kind", "date", "due"}
	if all {
		columns = append(columns, "dates")
	}
	fmt.Fprintln(tw, headings(lang, "deadline", columns...))
	for _, r := range readings {
		due := orDash(r.Due)
		switch {
		case r.Reason != nil:
			due = r.Message
		case r.Due.IsZero():
			due = finding.Word(lang, "cli.deadline.plan-end")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s", say(lang, "cli.deadline.quoted", "text", r.Text), r.Kind.Title(finding.Match(lang)), orDash(r.Date), due)
		if all {
			fmt.Fprintf(tw, "\t%s", datesOf(r.Reading, lang))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	return status
}

// datesOf returns, in lang, every date r names with its role, and the
// rule of a recurring deadline: "2025-03 (due), 2024 (interim)", "every
// 6 months until 2029"; "-" when there is only the one date shown.
func datesOf(r deadline.Reading, lang string) string {
	var parts []string
	if len(r.Dates) > 1 {
		for _, p := range r.Dates {
			parts = append(parts, p.Date.String()+" ("+finding.Word(lang, "cli.deadline.role."+string(p.Role))+")")
		}
	}
	if r.Rule != nil {
		// "every month", "every 6 months": the count only when it is more
		// than one.
		one, months := "1", ""
		if r.Rule.Months != 1 {
			one, months = "", strconv.Itoa(r.Rule.Months)
		}
		parts = append(parts, say(lang, "cli.deadline.every", "one", one, "months", months, "until", r.Rule.Until.String()))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}
