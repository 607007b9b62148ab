package status_test

import (
	"bytes"
	"os/exec"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/status"
)

func TestDiagramsGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		got  []byte
	}{
		{"testdata/transitions.en.mmd", status.Default().Mermaid("en")},
		{"testdata/transitions.fr.mmd", status.Default().Mermaid("fr")},
		{"testdata/transitions.en.dot", status.Default().DOT("en")},
	} {
		t.Run(tc.file, func(t *testing.T) { checkGolden(t, tc.file, tc.got) })
	}
}

func TestDiagramsDrawRegressionsDifferently(t *testing.T) {
	mmd := status.Default().Mermaid("en")
	for _, line := range []string{
		"    substantial --> complete : advance\n",
		"    complete --> substantial : regress ⚠\n",
		"    complete --> withdrawn : invalid ✖\n",
		"    [*] --> not_started : start\n",
	} {
		if !bytes.Contains(mmd, []byte(line)) {
			t.Errorf("Mermaid lacks %q", line)
		}
	}
	if bytes.Contains(mmd, []byte("complete --> complete")) {
		t.Error("Mermaid draws a stay")
	}
	dot := status.Default().DOT("en")
	for _, line := range []string{
		"    \"substantial\" -> \"complete\" [label=\"advance\"];\n",
		"    \"complete\" -> \"substantial\" [label=\"regress\", style=dashed, color=darkorange, fontcolor=darkorange];\n",
		"    \"complete\" -> \"withdrawn\" [label=\"invalid\", style=bold, color=red, fontcolor=red];\n",
	} {
		if !bytes.Contains(dot, []byte(line)) {
			t.Errorf("DOT lacks %q", line)
		}
	}
}

func TestDiagramsFollowTheTable(t *testing.T) {
	r := status.Default().Classify(c, sp)
	r.Severity = finding.Error
	strict, err := status.Default().With(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(strict.Mermaid("en"), []byte("complete --> substantial : regress ✖\n")) {
		t.Error("the stricter table's diagram does not mark complete -> substantial as an error")
	}
}

// TestDOTIsAcceptedByGraphviz runs Graphviz's dot on the diagram when it is
// installed (Debian package graphviz).
func TestDOTIsAcceptedByGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz's dot is not installed")
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(status.Default().DOT("fr"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dot: %v\n%s", err, out)
	}
}
