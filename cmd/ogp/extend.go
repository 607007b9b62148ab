package main

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/profile"
)

func extendCommand(e *env) *cobra.Command {
	var to, cutoff, dueFrom, decided dateFlag
	var name, id, authority, reason *string
	var maxBytes *int
	c := &cobra.Command{
		Use:   "extend --policy NAME [--to YYYY-MM --id ID --authority TEXT [--reason TEXT] [--decided DATE]] [flags] FILE|-",
		Short: "extend a plan's deadlines by a policy",
		Long: `Applies an extension policy to every plan of a document (a FILE, or "-" for
standard input). Prints the extended document, in its canonical encoding,
and the change of every deadline on standard error. Exits 1 when the
document does not decode or the policy does
not fit a plan, for example when its cut-off is before the plan starts. A new
end (--to) is another decision than the policy's, so it must be named (--id)
and attributed (--authority). --decided gives that decision's date: before
it, overdue reports use the original deadlines; it moves every deadline not
complete by the cut-off, whatever its date, unless --due-from says from
when.`,
		Args: e.needArgs("file"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := firstError(e.choice("policy", *name, policyNames()...), e.positive("max-bytes", *maxBytes)); err != nil {
				return err
			}
			policy := policyNamed(*name)
			if !to.IsZero() && (*id == "" || *authority == "") {
				return e.usage("cli.extend.to-needs-decision")
			}
			if !to.IsZero() {
				policy.End = to.Date
			}
			if !cutoff.IsZero() {
				policy.Cutoff = cutoff.Date
			}
			if !decided.IsZero() {
				// A decision of one's own: the preset's window, from its
				// own decision date, does not apply to it.
				policy.Decided, policy.DueFrom = decided.Date, ogp.Date{}
			}
			if c.Flags().Changed("due-from") {
				policy.DueFrom = dueFrom.Date // the zero date: every deadline
			}
			if *id != "" {
				policy.ID = *id
			}
			// One document: its extended copy is the output, and two would
			// run together on standard output.
			in, err := e.oneInput(args, ".json")
			if err != nil {
				return err
			}
			return exit(e.extend(in, *maxBytes, policy, *authority, *reason, decided.Date))
		},
	}
	f := c.Flags()
	name = f.String("policy", "", "the extension policy: "+strings.Join(policyNames(), " or "))
	complete(c, "policy", policyNames()...)
	f.Var(&to, "to", "the plan's new `end` (YYYY-MM or YYYY-MM-DD), instead of the policy's; needs --id and --authority")
	f.Var(&cutoff, "cutoff", "the `date` at which statuses count, instead of the policy's")
	f.Var(&decided, "decided", "the `date` of your own decision (with --to, --id, --authority): recorded, and overdue reports use original deadlines before it; every deadline moves unless --due-from is given")
	f.Var(&dueFrom, "due-from", "move only the deadlines due from this `date` on, instead of the policy's (those still open when it was decided); empty for every deadline")
	id = f.String("id", "", "the `id` to record the extension under, instead of the policy's")
	authority = f.String("authority", "", "who decided the extension (`text` in the document's primary language), instead of the policy's")
	reason = f.String("reason", "", "why (`text` in the document's primary language), instead of the policy's")
	maxBytes = maxBytesFlag(c)
	return c
}

// policyNames returns the names --policy accepts: the presets of package
// deadline, then the decisions of each jurisdiction's profile.
func policyNames() []string {
	names := deadline.PresetNames()
	for _, name := range profile.Names() {
		if p, rules, err := profile.Lookup(name); err == nil && rules == nil {
			for _, x := range p.Policies {
				names = append(names, x.ID)
			}
		}
	}
	return names
}

// policyNamed returns the policy of policyNames called name.
func policyNamed(name string) deadline.Policy {
	if x, err := deadline.PresetPolicy(name); err == nil {
		return x
	}
	for _, pn := range profile.Names() {
		if p, _, err := profile.Lookup(pn); err == nil {
			if x, ok := p.Policy(name); ok {
				return x
			}
		}
	}
	return deadline.Policy{}
}

// extend applies policy to the document of in, with the authority and
// reason given, if any, in the document's primary language (and then the
// decision date given, zero for none); it prints the
// extended document and its changes, and returns the exit status.
func (e *env) extend(in input, maxBytes int, policy deadline.Policy, authority, reason string, decided ogp.Date) int {
	doc, _, code := e.decode(in, maxBytes)
	if doc == nil {
		return code
	}
	docLang := "en"
	if len(doc.Languages) > 0 {
		docLang = doc.Languages[0]
	}
	if authority != "" {
		policy.Authority = ogp.Text{docLang: authority}
		// The preset's reason, address and date are about its own decision.
		policy.Reason, policy.URL, policy.Decided = nil, nil, decided
	}
	if reason != "" {
		policy.Reason = ogp.Text{docLang: reason}
	}
	tw := tabwriter.NewWriter(e.stderr, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, headings(e.lang, "extend", "plan", "item", "old", "new", "reason", "detail"))
	for i := range doc.Plans {
		plan, changes, err := deadline.Apply(&doc.Plans[i], policy)
		if err != nil {
			tw.Flush() // the changes of the plans before
			msg := err.Error()
			if pe := (*deadline.PolicyError)(nil); errors.As(err, &pe) {
				msg = pe.Finding().Format(e.lang)
			}
			fmt.Fprintf(e.stderr, "%s: %s\n", safe(in.name()), msg)
			return exitInvalid
		}
		doc.Plans[i] = *plan
		for _, c := range changes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", safe(plan.ID), safe(c.Item), orDash(c.Old), orDash(c.New),
				finding.Word(e.lang, "cli.extend.reason."+string(c.Reason)), c.Note.Message(e.lang))
		}
	}
	tw.Flush()
	return e.writeDocument(doc)
}

// dateFlag is a flag that holds an EDTF date.
type dateFlag struct{ ogp.Date }

func (f *dateFlag) Type() string { return "date" }

func (f *dateFlag) Set(s string) error {
	if s == "" { // no date: the flag's default
		f.Date = ogp.Date{}
		return nil
	}
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
