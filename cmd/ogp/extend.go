package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

func runExtend(e *env, args []string) int {
	fs := flag.NewFlagSet("extend", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	name := fs.String("policy", "", "the extension policy: "+strings.Join(deadline.PresetNames(), " or "))
	var to, cutoff dateFlag
	fs.Var(&to, "to", "the plan's new `end` (YYYY-MM or YYYY-MM-DD), instead of the policy's; needs --id and --authority")
	fs.Var(&cutoff, "cutoff", "the `date` at which statuses count, instead of the policy's")
	id := fs.String("id", "", "the `id` to record the extension under, instead of the policy's")
	authority := fs.String("authority", "", "who decided the extension (`text` in the document's primary language), instead of the policy's")
	reason := fs.String("reason", "", "why (`text` in the document's primary language), instead of the policy's")
	lang := langFlag(fs)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp extend --policy NAME [--to YYYY-MM --id ID --authority TEXT [--reason TEXT]]\n"+
			"                  [--cutoff DATE] [--lang en|fr] FILE\n\n"+
			"Applies an extension policy to every plan of the document in FILE (\"-\" for\n"+
			"standard input). Prints the extended document, in its canonical encoding, and\n"+
			"the change of every deadline on standard error. Exits 1 when the document does\n"+
			"not decode or the policy does not fit a plan, for example when its cut-off is\n"+
			"before the plan starts. A new end (--to) is another decision than the\n"+
			"policy's, so it must be named (--id) and attributed (--authority).\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !e.checkLang("extend", *lang) || fs.NArg() != 1 || *name == "" ||
		!e.checkChoice(*lang, "extend", "policy", *name, deadline.PresetNames()...) {
		fs.Usage()
		return exitUsage
	}
	policy, err := deadline.PresetPolicy(*name)
	if err != nil {
		e.complain(*lang, "extend", err.Error())
		return exitUsage
	}
	if !to.IsZero() && (*id == "" || *authority == "") {
		e.complain(*lang, "extend", say(*lang, "cli.extend.to-needs-decision"))
		return exitUsage
	}
	if !to.IsZero() {
		policy.End = to.Date
	}
	if !cutoff.IsZero() {
		policy.Cutoff = cutoff.Date
	}
	doc, code := e.decode("extend", *lang, fs.Arg(0))
	if doc == nil {
		return code
	}
	docLang := "en"
	if len(doc.Languages) > 0 {
		docLang = doc.Languages[0]
	}
	if *id != "" {
		policy.ID = *id
	}
	if *authority != "" {
		policy.Authority = ogp.Text{docLang: *authority}
		// The preset's reason, address and date are about its own decision.
		policy.Reason, policy.URL, policy.Decided = nil, nil, ogp.Date{}
	}
	if *reason != "" {
		policy.Reason = ogp.Text{docLang: *reason}
	}
	tw := tabwriter.NewWriter(e.stderr, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, headings(*lang, "extend", "plan", "item", "old", "new", "reason", "detail"))
	for i := range doc.Plans {
		plan, changes, err := deadline.Apply(&doc.Plans[i], policy)
		if err != nil {
			e.complain(*lang, "extend", displayName(fs.Arg(0))+finding.Word(*lang, "cli.colon")+err.Error())
			return exitInvalid
		}
		doc.Plans[i] = *plan
		for _, c := range changes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", plan.ID, c.Item, orDash(c.Old), orDash(c.New),
				finding.Word(*lang, "cli.extend.reason."+string(c.Reason)), changeDetail(*lang, c, plan, policy))
		}
	}
	tw.Flush()
	return e.writeDocument(*lang, "extend", doc)
}

// changeDetail says in lang what applying policy did to a deadline of the
// extended plan, as c.Detail does in English, from the change, the plan
// and the policy.
func changeDetail(lang string, c deadline.Change, plan *ogp.Plan, policy deadline.Policy) string {
	switch c.Reason {
	case deadline.Moved:
		if policy.Months == 0 {
			return say(lang, "cli.extend.new-end")
		}
		return say(lang, "cli.extend.moved", "months", strconv.Itoa(policy.Months))
	case deadline.Capped:
		return say(lang, "cli.extend.capped", "date", c.New.String())
	case deadline.Overridden:
		return say(lang, "cli.extend.override")
	case deadline.Kept:
		return say(lang, "cli.extend.kept")
	case deadline.AlreadyExtended:
		for item := range plan.Items() {
			if item.ID == c.Item && item.Deadline != nil {
				return say(lang, "cli.extend.already-extended", "date", item.Deadline.Original.String(), "id", policy.ID)
			}
		}
	case deadline.NoDate:
		return say(lang, "cli.extend.no-date", "date", plan.End().String())
	case deadline.Done:
		if i, ok := plan.LatestReports(policy.Cutoff)[c.Item]; ok {
			r := plan.Reports[i]
			return say(lang, "cli.extend.done", "status", r.Status.Title(finding.Match(lang)), "period", r.Period.String())
		}
	case deadline.OutsideWindow:
		return say(lang, "cli.extend.outside-window", "date", c.Old.String(), "from", policy.DueFrom.String(), "to", policy.DueTo.String())
	case deadline.NotLater:
		return say(lang, "cli.extend.not-later")
	}
	return c.Detail
}

// dateFlag is a flag that holds an EDTF date.
type dateFlag struct{ ogp.Date }

func (f *dateFlag) Set(s string) error {
	d, err := ogp.ParseDate(s)
	if err != nil {
		return err
	}
	f.Date = d
	return nil
}

// orDash returns d's EDTF form, or "-" for the zero Date.
func orDash(d ogp.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// writeDocument writes doc in its canonical encoding to standard output,
// saying in lang why it cannot.
func (e *env) writeDocument(lang, cmd string, doc *ogp.Package) int {
	out, err := ogp.Encode(doc)
	if err != nil {
		e.complain(lang, cmd, err.Error())
		return exitInvalid
	}
	if _, err := e.stdout.Write(out); err != nil {
		e.complain(lang, cmd, ioMessage(lang, err))
		return exitUsage
	}
	return exitOK
}
