package validate

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// A profile is a named set of rules a portal switches on for the
// submissions it receives, on top of the format's own.
type profile struct {
	description string
	check       func(c *checker, doc *ogp.Package)
}

var profiles = map[string]*profile{
	"canada": {
		description: "the rules of Canada's National Action Plan tracker",
		check:       checkCanada,
	},
}

// Profiles returns the names of the profiles [Profile] accepts, sorted.
func Profiles() []string { return slices.Sorted(maps.Keys(profiles)) }

// checkCanada applies the rules of Canada's tracker to every report:
// progress in English and French ("NIL" / "NUL" when there was none);
// challenges when the status is not started or limited; evidence and
// challenges in both languages when in one; and reporting periods that are
// the months ending a quarter.
func checkCanada(c *checker, doc *ogp.Package) {
	for i := range doc.Plans {
		for j, r := range doc.Plans[i].Reports {
			ptr := fmt.Sprintf("/plans/%d/reports/%d", i, j)
			if strings.TrimSpace(r.Progress["en"]) == "" || strings.TrimSpace(r.Progress["fr"]) == "" {
				c.add(CodeCanadaProgress, ptr+"/progress")
			}
			if r.Progress["en"] == "NUL" {
				c.add(CodeCanadaNil, ptr+"/progress/en", "value", "NUL", "want", "en")
			}
			if r.Progress["fr"] == "NIL" {
				c.add(CodeCanadaNil, ptr+"/progress/fr", "value", "NIL", "want", "fr")
			}
			if (r.Status == ogp.NotStarted || r.Status == ogp.Limited) && len(r.Challenges.Missing([]string{"en", "fr"})) == 2 {
				c.add(CodeCanadaChallenges, ptr+"/status", "value", r.Status.Title(c.opts.lang))
			}
			for _, field := range []struct {
				name string
				text ogp.Text
			}{{"evidence", r.Evidence}, {"challenges", r.Challenges}} {
				if missing := field.text.Missing([]string{"en", "fr"}); len(missing) == 1 {
					given := "fr"
					if missing[0] == "fr" {
						given = "en"
					}
					c.add(CodeCanadaPair, ptr+"/"+field.name, "member", quote(field.name), "value", given, "want", missing[0])
				}
			}
			if p := r.Period; !p.IsZero() && (p.Precision() != ogp.PrecisionMonth || p.Month()%3 != 0) {
				c.add(CodeCanadaPeriod, ptr+"/period", "value", quote(p.String()))
			}
		}
	}
}
