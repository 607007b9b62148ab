package canada

import (
	"bytes"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

var update = flag.Bool("update", false, "rewrite examples/canada-2018-2020/canada-2018-2020.json")

// importExample imports the 2018-2020 example from its sources as
// examples/canada-2018-2020 does, with no finding.
func importExample(t *testing.T) *ogp.Package {
	t.Helper()
	pkg, fs, err := ImportTable(readFile(t, filepath.Join(exampleSource, "canada-nap-2018-2020.yaml")), readExampleCard(t))
	if err != nil {
		t.Fatal(err)
	}
	more, err := ImportRows(bytes.NewReader(readFile(t, filepath.Join(exampleSource, "tracker-c10.csv"))), "tracker-c10.csv", &pkg.Plans[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(fs, more...) {
		t.Errorf("finding: %s", f)
	}
	return pkg
}

// TestExampleIsReproducible checks that the committed document is exactly
// what the importer builds from the committed sources.
func TestExampleIsReproducible(t *testing.T) {
	got, err := ogp.Encode(importExample(t))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := readFile(t, file); !bytes.Equal(got, want) {
		t.Errorf("%s is not what the importer builds; run go test ./canada -update, or go generate ./examples/...", file)
	}
}

func TestExampleKeepsCanadasFacts(t *testing.T) {
	plan := importExample(t).Plans[0]
	find := func(id string) (ogp.Milestone, ogp.Indicator) {
		for it := range plan.Items() {
			switch {
			case it.ID == id && it.Milestone != nil:
				return *it.Milestone, ogp.Indicator{}
			case it.ID == id && it.Indicator != nil:
				return ogp.Milestone{}, *it.Indicator
			}
		}
		t.Fatalf("%s not found", id)
		return ogp.Milestone{}, ogp.Indicator{}
	}

	m, _ := find("C01.5")
	if m.Title["en"] != "Co\u2011create a public, digital collaboration space (TBS)" {
		t.Errorf("C01.5 title %q: the non-breaking hyphen must be kept", m.Title["en"])
	}
	if m, _ := find("C10.7"); !slices.Equal(m.Leads, []string{"csps-efpc", "tbs-sct"}) {
		t.Errorf("C10.7 leads %q; want CSPS and TBS (the French title's SPAC is Canada's slip)", m.Leads)
	}
	if m, _ := find("C05.2"); !slices.Equal(m.Leads, []string{"nrc-cnrc", "ocsa-bcsp", "tbs-sct"}) || !slices.Equal(m.Supporters, []string{"sbda-movs"}) {
		t.Errorf("C05.2 leads %q supporters %q", m.Leads, m.Supporters)
	}
	for id, want := range map[string][]string{"C01.6": {"statcan"}, "C03.1": {"fin", "ic"}, "C08.3": {"swc-cfc"}, "C09.3": {"cirnac-rcaanc"}} {
		if m, _ := find(id); !slices.Equal(m.Leads, want) {
			t.Errorf("%s leads %q, want %q", id, m.Leads, want)
		}
	}
	_, in := find("C04.7.6")
	if !in.Deadline.Date.IsZero() || in.Deadline.Text["en"] != "Ongoing" || in.Deadline.Text["fr"] != "En cours" {
		t.Errorf("C04.7.6 deadline %+v; want the text Ongoing / En cours and no date", in.Deadline)
	}
	_, in = find("C01.1.1")
	if in.Deadline.Date.String() != "2020-06" || in.Deadline.Text["en"] != "At least 20 user-submitted records available by June 2020" {
		t.Errorf("C01.1.1 deadline %+v", in.Deadline)
	}
	if in.URL["fr"] != "https://open.canada.ca/fr/engagements/commentaires-jalons-11" {
		t.Errorf("C01.1.1 French address %q", in.URL["fr"])
	}
	for id, want := range map[string]ogp.Text{
		"C08.4.1": ogp.NewText("June 2020", "Juin 2020"), // followed by a stray quote
		"C08.6.5": ogp.NewText("June 2020", "Juin 2020"), // the French never closes its parenthesis
		"C07.3.2": ogp.NewText("", "Juin 2020"),          // the English has no parentheses
	} {
		if _, in := find(id); !maps.Equal(in.Deadline.Text, want) {
			t.Errorf("%s deadline text %q, want %q", id, in.Deadline.Text, want)
		}
	}

	c10 := plan.Commitments[9]
	if c10.OGPID != "CA0073" || len(c10.PolicyAreas) != 6 || !slices.Equal(c10.Leads, []string{"tbs-sct", "idrc-crdi", "csps-efpc"}) {
		t.Errorf("C10: %s %q leads %q", c10.OGPID, c10.PolicyAreas, c10.Leads)
	}
	if plan.Commitments[0].OGPID != "CA0064" || plan.Commitments[2].PolicyAreas[0] != "anti-corruption" {
		t.Errorf("C01 %s, C03 %q", plan.Commitments[0].OGPID, plan.Commitments[2].PolicyAreas)
	}

	// Reports: sorted by target and period, statuses from Canada's codes.
	if len(plan.Reports) != 25 {
		t.Fatalf("%d reports, want the 25 of the tracker page", len(plan.Reports))
	}
	var c1043 []string
	for _, r := range plan.Reports {
		if r.Target == "C10.4.3" {
			c1043 = append(c1043, r.Period.String()+" "+string(r.Status))
		}
		if r.Target == "C10.7.2" && r.Period.String() == "2020-03" {
			if r.Progress["en"] != "N/A" || r.Challenges["en"][:22] != "We have a packed progr" || !slices.Equal(r.Leads, []string{"csps-efpc"}) {
				t.Errorf("C10.7.2 2020-03: %+v", r)
			}
		}
	}
	if !slices.Equal(c1043, []string{"2019-03 substantial", "2019-06 complete"}) {
		t.Errorf("C10.4.3 history %q", c1043)
	}
}
