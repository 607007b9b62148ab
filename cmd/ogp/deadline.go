package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

func runDeadline(e *env, args []string) int {
	fs := flag.NewFlagSet("deadline", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	lang := langFlag(fs)
	hemisphere := fs.String("hemisphere", "north", "the member's `hemisphere`, which decides seasons: north or south")
	format := fs.String("format", "text", "the output `format`: text or json")
	fiscal := fs.Int("fiscal-year-end", 0, "the `month` (1-12) the member's fiscal year ends in, as 3 for Canada's 31 March; 0 for none, when a fiscal year cannot be read")
	var planEnd dateFlag
	fs.Var(&planEnd, "plan-end", "the plan's end (`date`), when ongoing and recurring deadlines are due")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp deadline [--lang en|fr] [--hemisphere north|south] [--format text|json]\n"+
			"                    [--fiscal-year-end MONTH] [--plan-end DATE] TEXT...\n\n"+
			"Prints how each deadline TEXT reads: its kind, its EDTF date and the day it is\n"+
			"due. Exits 1 when a text cannot be read.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	codes := ogp.Hemispheres()
	hemispheres := make([]string, len(codes))
	for i, c := range codes {
		hemispheres[i] = c.Code
	}
	ok := e.checkLang("deadline", *lang) &&
		e.checkChoice(*lang, "deadline", "hemisphere", *hemisphere, hemispheres...) &&
		e.checkChoice(*lang, "deadline", "format", *format, "text", "json")
	if ok && (*fiscal < 0 || *fiscal > 12) {
		e.complain(*lang, "deadline", say(*lang, "cli.deadline.fiscal-year-end", "value", strconv.Itoa(*fiscal)))
		ok = false
	}
	if !ok || fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	h := ogp.Hemisphere(*hemisphere)
	opts := deadline.Options{Hemisphere: h, FiscalYearEnd: time.Month(*fiscal), PlanEnd: planEnd.Date}
	type reading struct {
		deadline.Reading
		Error string               `json:"error,omitempty"` // in English
		why   *deadline.ParseError // to say it in lang
	}
	var readings []reading
	status := exitOK
	for _, text := range fs.Args() {
		r, err := deadline.Parse(text, opts)
		var pe *deadline.ParseError
		if errors.As(err, &pe) {
			readings = append(readings, reading{r, pe.Reason, pe})
			status = exitInvalid
			continue
		}
		readings = append(readings, reading{Reading: r})
	}
	if *format == "json" {
		out, err := json.MarshalIndent(readings, "", "  ")
		if err == nil {
			_, err = fmt.Fprintf(e.stdout, "%s\n", out)
		}
		if err != nil {
			e.complain(*lang, "deadline", ioMessage(*lang, err))
			return exitUsage
		}
		return status
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, headings(*lang, "deadline", "text", "kind", "date", "due"))
	for _, r := range readings {
		due := orDash(r.Due)
		switch {
		case r.why != nil:
			due = r.why.Finding("").Message(*lang)
		case r.Due.IsZero():
			due = finding.Word(*lang, "cli.deadline.plan-end")
		}
		fmt.Fprintf(tw, "%q\t%s\t%s\t%s\n", r.Text, r.Kind.Title(finding.Match(*lang)), orDash(r.Date), due)
	}
	if err := tw.Flush(); err != nil {
		e.complain(*lang, "deadline", ioMessage(*lang, err))
		return exitUsage
	}
	return status
}
