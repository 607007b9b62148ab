package status

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Mermaid returns the table as a Mermaid stateDiagram-v2, with status titles
// and kinds ([Kind.Title]) in lang ("en" or "fr"). Every rule is an arrow
// labelled with its kind, except stays, which would only loop; first
// reports start at [*]. Warnings are marked "⚠" and errors "✖" after the
// kind, since Mermaid cannot style the arrows of a state diagram. The
// output is the same for the same table.
func (t *Table) Mermaid(lang string) []byte {
	var b bytes.Buffer
	b.WriteString("stateDiagram-v2\n    direction LR\n")
	for _, s := range statuses() {
		fmt.Fprintf(&b, "    state %q as %s\n", s.Title(lang), mermaidID(s))
	}
	for _, r := range t.orDefault().drawn() {
		from := "[*]"
		if r.From != "" {
			from = mermaidID(r.From)
		}
		label := r.Kind.Title(lang)
		switch r.Severity {
		case finding.Warning:
			label += " ⚠"
		case finding.Error:
			label += " ✖"
		}
		fmt.Fprintf(&b, "    %s --> %s : %s\n", from, mermaidID(r.To), label)
	}
	return b.Bytes()
}

// mermaidID returns a state id Mermaid accepts: the status code with "_"
// for "-".
func mermaidID(s ogp.Status) string { return strings.ReplaceAll(string(s), "-", "_") }

// DOT returns the table as a Graphviz digraph, with status titles and kinds
// in lang ("en" or "fr"). Every rule is an edge labelled with its kind,
// except stays; first reports start at a point. Advances and other moves of
// severity ok are solid black, warnings (such as regressions) dashed orange,
// errors bold red. The output is the same for the same table.
func (t *Table) DOT(lang string) []byte {
	var b bytes.Buffer
	b.WriteString("digraph status_transitions {\n    rankdir=LR;\n    node [shape=box, style=rounded];\n")
	b.WriteString("    start [shape=point, label=\"\"];\n")
	for _, s := range statuses() {
		fmt.Fprintf(&b, "    %q [label=%q];\n", s, s.Title(lang))
	}
	for _, r := range t.orDefault().drawn() {
		from := "start"
		if r.From != "" {
			from = fmt.Sprintf("%q", r.From)
		}
		style := ""
		switch r.Severity {
		case finding.Warning:
			style = ", style=dashed, color=darkorange, fontcolor=darkorange"
		case finding.Error:
			style = ", style=bold, color=red, fontcolor=red"
		}
		fmt.Fprintf(&b, "    %s -> %q [label=%q%s];\n", from, r.To, r.Kind.Title(lang), style)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// drawn returns the rules a diagram shows: all but stays.
func (t *Table) drawn() []Rule {
	var out []Rule
	for _, r := range t.Rules() {
		if r.Kind != KindStay {
			out = append(out, r)
		}
	}
	return out
}
