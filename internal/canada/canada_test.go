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

var exampleDir = filepath.Join("..", "..", "examples", "canada-2018-2020")

func convertExample(t *testing.T) *ogp.Package {
	t.Helper()
	src, err := ReadSources(filepath.Join(exampleDir, "source"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestExampleIsReproducible checks that the committed document is exactly
// what the converter builds from the committed sources.
func TestExampleIsReproducible(t *testing.T) {
	got, err := ogp.Encode(convertExample(t))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(exampleDir, "canada-2018-2020.json")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not what the converter builds; run go test ./internal/canada -update, or go generate ./examples/...", file)
	}
}

func TestConvertKeepsCanadasFacts(t *testing.T) {
	plan := convertExample(t).Plans[0]
	find := func(id string) (ogp.Milestone, ogp.Indicator) {
		for _, c := range plan.Commitments {
			for _, m := range c.Milestones {
				if m.ID == id {
					return m, ogp.Indicator{}
				}
				for _, in := range m.Indicators {
					if in.ID == id {
						return m, in
					}
				}
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
	if m, _ := find("C01.6"); !slices.Equal(m.Leads, []string{"statcan"}) {
		t.Errorf("C01.6 leads %q", m.Leads)
	}
	_, in := find("C04.7.6")
	if !in.Deadline.Date.IsZero() || in.Deadline.Text["en"] != "Ongoing" || in.Deadline.Text["fr"] != "En cours" {
		t.Errorf("C04.7.6 deadline %+v; want the text Ongoing / En cours and no date", in.Deadline)
	}
	_, in = find("C01.1.1")
	if in.Deadline.Date.String() != "2020-06" || in.Deadline.Text["en"] != "At least 20 user-submitted records available by June 2020" {
		t.Errorf("C01.1.1 deadline %+v", in.Deadline)
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
	if in.URL["fr"] != "https://open.canada.ca/fr/engagements/commentaires-jalons-11" {
		t.Errorf("C01.1.1 French address %q", in.URL["fr"])
	}

	c10 := plan.Commitments[9]
	if c10.OGPID != "CA0073" || len(c10.PolicyAreas) != 6 || !slices.Equal(c10.Leads, []string{"tbs-sct", "idrc-crdi", "csps-efpc"}) {
		t.Errorf("C10: %s %q leads %q", c10.OGPID, c10.PolicyAreas, c10.Leads)
	}
	if plan.Commitments[0].OGPID != "CA0064" || plan.Commitments[2].PolicyAreas[0] != "anti-corruption" {
		t.Errorf("C01 %s, C03 %q", plan.Commitments[0].OGPID, plan.Commitments[2].PolicyAreas)
	}

	// Reports: sorted by target and period, statuses from Canada's codes,
	// texts split into progress, evidence and challenges.
	if len(plan.Reports) != 25 {
		t.Fatalf("%d reports, want the 25 of the tracker page", len(plan.Reports))
	}
	var c1043 []string
	for _, r := range plan.Reports {
		if r.Target == "C10.4.3" {
			c1043 = append(c1043, r.Period.String()+" "+string(r.Status))
		}
	}
	if !slices.Equal(c1043, []string{"2019-03 substantial", "2019-06 complete"}) {
		t.Errorf("C10.4.3 history %q", c1043)
	}
	for _, r := range plan.Reports {
		if r.Target == "C10.7.2" && r.Period.String() == "2020-03" {
			if r.Progress["en"] != "N/A" || r.Challenges["en"][:22] != "We have a packed progr" || !slices.Equal(r.Leads, []string{"csps-efpc"}) {
				t.Errorf("C10.7.2 2020-03: %+v", r)
			}
		}
	}
}

func TestConvertRefusesWhatItCannotRead(t *testing.T) {
	src, err := ReadSources(filepath.Join(exampleDir, "source"))
	if err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*Sources){
		"unknown institution": func(s *Sources) {
			s.Table = bytes.Replace(s.Table, []byte("(CSPS/TBS)"), []byte("(CSPS/XYZ)"), 1)
		},
		"unknown status": func(s *Sources) {
			s.Tracker = bytes.Replace(s.Tracker, []byte("Status: Complete"), []byte("Status: Done"), 1)
		},
		"ambiguous two-line record": func(s *Sources) {
			s.Tracker = bytes.Replace(s.Tracker, []byte("https://www.csps-efpc.gc.ca/digital-academy/index-eng.aspx"), []byte("No link here"), 1)
		},
		"bad due date": func(s *Sources) {
			s.Table = bytes.Replace(s.Table, []byte("due_date: 2020-05"), []byte("due_date: 2020-15"), 1)
		},
		"bad yaml":                func(s *Sources) { s.Table = []byte("resources: [") },
		"missing commitment list": func(s *Sources) { s.OGPPage = nil },
	} {
		s := src
		mutate(&s)
		if _, err := Convert(s); err == nil {
			t.Errorf("%s: Convert succeeded", name)
		}
	}
}

func TestStatusFromCanada(t *testing.T) {
	tests := []struct {
		code string
		want ogp.Status
		ok   bool
	}{
		{"NS", ogp.NotStarted, true},
		{"LP", ogp.Limited, true},
		{"SP", ogp.Substantial, true},
		{"C", ogp.Complete, true},
		{"W", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := statusFromCanada(tt.code); got != tt.want || ok != tt.ok {
			t.Errorf("statusFromCanada(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}
