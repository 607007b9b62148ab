package validate

import (
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/status"
)

// TestEveryCodeHasATitle checks that every registered code that can be
// reported, this package's and those it reports from others, has a short
// title in every language:
// finding.Missing reports a language that lacks a title only when English
// has one, so a code registered with no title at all would pass it. Tools
// that list rules by name (SARIF's shortDescription) show the title.
func TestEveryCodeHasATitle(t *testing.T) {
	codes := finding.Codes()
	if len(codes) < len(reported()) {
		t.Fatalf("%d codes registered; this package alone reports %d", len(codes), len(reported()))
	}
	for _, c := range codes {
		if c.Severity == finding.OK {
			continue // never reported: a record, such as a change of an extension
		}
		for _, lang := range finding.Languages() {
			if c.Title[lang] == "" {
				t.Errorf("%s has no title in %s", c.ID, lang)
			}
		}
	}
	for _, c := range reported() {
		if finding.Title("fr", c.ID) == finding.Title("en", c.ID) {
			t.Errorf("%s: the French title is the English one, %q", c.ID, finding.Title("en", c.ID))
		}
	}
}

// reported returns the codes of the findings this package reports: its
// own and those of package status but the moves that are fine and the
// unknown statuses, which the schema reports.
func reported() []finding.Code {
	out := slices.Concat(codes, deadlineCodes)
	for _, c := range finding.Codes() {
		if strings.HasPrefix(c.ID, "status.") && c.Severity != finding.OK && c.ID != status.CodeUnknownStatus {
			out = append(out, c)
		}
	}
	return out
}
