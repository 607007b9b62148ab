package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ogpx/interchange/deadline"
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
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp extend --policy NAME [--to YYYY-MM --id ID --authority TEXT [--reason TEXT]] [--cutoff DATE] FILE\n\n"+
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
	if fs.NArg() != 1 || *name == "" || !e.checkChoice("extend", "policy", *name, deadline.PresetNames()...) {
		fs.Usage()
		return exitUsage
	}
	policy, err := deadline.PresetPolicy(*name)
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp extend: %v\n", err)
		return exitUsage
	}
	if !to.IsZero() && (*id == "" || *authority == "") {
		fmt.Fprintln(e.stderr, "ogp extend: --to needs --id and --authority: a new end is another decision than the policy's")
		return exitUsage
	}
	if !to.IsZero() {
		policy.End = to.Date
	}
	if !cutoff.IsZero() {
		policy.Cutoff = cutoff.Date
	}
	doc, code := e.decodeFile("extend", fs.Arg(0))
	if doc == nil {
		return code
	}
	lang := "en"
	if len(doc.Languages) > 0 {
		lang = doc.Languages[0]
	}
	if *id != "" {
		policy.ID = *id
	}
	if *authority != "" {
		policy.Authority = ogp.Text{lang: *authority}
		// The preset's reason, address and date are about its own decision.
		policy.Reason, policy.URL, policy.Decided = nil, nil, ogp.Date{}
	}
	if *reason != "" {
		policy.Reason = ogp.Text{lang: *reason}
	}
	tw := tabwriter.NewWriter(e.stderr, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PLAN\tITEM\tOLD\tNEW\tREASON\tDETAIL")
	for i := range doc.Plans {
		plan, changes, err := deadline.Apply(&doc.Plans[i], policy)
		if err != nil {
			fmt.Fprintf(e.stderr, "ogp extend: %s: %v\n", displayName(fs.Arg(0)), err)
			return exitInvalid
		}
		doc.Plans[i] = *plan
		for _, c := range changes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", plan.ID, c.Item, orDash(c.Old), orDash(c.New), c.Reason, c.Detail)
		}
	}
	tw.Flush()
	return e.writeDocument("extend", doc)
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

// checkChoice reports whether value, given for the flag name of command
// cmd, is one of allowed. When it is not, it says so on standard error:
// ogp deadline: invalid --hemisphere "sud": want north or south.
func (e *env) checkChoice(cmd, name, value string, allowed ...string) bool {
	if slices.Contains(allowed, value) {
		return true
	}
	want := allowed[len(allowed)-1]
	if len(allowed) > 1 {
		want = strings.Join(allowed[:len(allowed)-1], ", ") + " or " + want
	}
	fmt.Fprintf(e.stderr, "ogp %s: invalid --%s %q: want %s\n", cmd, name, value, want)
	return false
}

// orDash returns d's EDTF form, or "-" for the zero Date.
func orDash(d ogp.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// decodeFile reads and decodes the document named by arg, reporting any
// failure for command cmd. It returns the document, or nil and the exit
// status.
func (e *env) decodeFile(cmd, arg string) (*ogp.Package, int) {
	data, err := e.readInput(arg)
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp %s: %v\n", cmd, err)
		return nil, exitUsage
	}
	doc, err := ogp.Decode(data)
	if err != nil {
		printDecodeErrors(e.stderr, displayName(arg), err)
		return nil, exitInvalid
	}
	return doc, exitOK
}

// printDecodeErrors writes every reason a document does not decode, one per
// line, as "file:line:column: pointer: reason".
func printDecodeErrors(w io.Writer, file string, err error) {
	var errs *ogp.DecodeErrors
	if !errors.As(err, &errs) {
		fmt.Fprintf(w, "%s: %v\n", file, err)
		return
	}
	for _, e := range errs.Errors {
		fmt.Fprintf(w, "%s:%v\n", file, e)
	}
	if errs.Omitted > 0 {
		fmt.Fprintf(w, "%s: %d more errors not shown\n", file, errs.Omitted)
	}
}

// writeDocument writes doc in its canonical encoding to standard output.
func (e *env) writeDocument(cmd string, doc *ogp.Package) int {
	out, err := ogp.Encode(doc)
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp %s: %v\n", cmd, err)
		return exitInvalid
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "ogp %s: %v\n", cmd, err)
		return exitUsage
	}
	return exitOK
}
