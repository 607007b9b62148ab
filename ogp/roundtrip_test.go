package ogp

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// exampleFiles returns every document under examples/.
func exampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example documents found: %v", err)
	}
	return files
}

// dateComparer lets go-cmp compare Dates, whose fields are unexported.
var dateComparer = cmp.Comparer(func(a, b Date) bool { return a == b })

func TestExamplesRoundTrip(t *testing.T) {
	for _, file := range exampleFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Decode(data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			out, err := Encode(p)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if !bytes.Equal(out, data) {
				t.Errorf("Encode(Decode(file)) differs from the file:\n%s", cmp.Diff(string(data), string(out)))
			}
			again, err := Decode(out)
			if err != nil {
				t.Fatalf("Decode(Encode(...)): %v", err)
			}
			if diff := cmp.Diff(p, again, dateComparer); diff != "" {
				t.Errorf("decoded values differ after a round trip (-first +second):\n%s", diff)
			}

			// encoding/json gives the same document, unindented.
			var viaStd Package
			if err := json.Unmarshal(data, &viaStd); err != nil {
				t.Fatalf("json.Unmarshal: %v", err)
			}
			if diff := cmp.Diff(p, &viaStd, dateComparer); diff != "" {
				t.Errorf("json.Unmarshal and Decode disagree (-Decode +json.Unmarshal):\n%s", diff)
			}
			var viaEncoder bytes.Buffer
			enc := json.NewEncoder(&viaEncoder)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(viaStd); err != nil {
				t.Fatalf("json.Encoder: %v", err)
			}
			if !bytes.Equal(viaEncoder.Bytes(), data) {
				t.Errorf("json.Encoder output differs from the file:\n%s", cmp.Diff(string(data), viaEncoder.String()))
			}
		})
	}
}

func TestCanadaExampleContents(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	plan := p.Plans[0]
	var milestones, indicators, undated int
	for _, c := range plan.Commitments {
		milestones += len(c.Milestones)
		for _, m := range c.Milestones {
			indicators += len(m.Indicators)
			for _, in := range m.Indicators {
				if in.Deadline == nil || in.Deadline.Date.IsZero() {
					undated++
				}
			}
		}
	}
	if len(plan.Commitments) != 10 || milestones != 56 || indicators != 135 || undated != 4 {
		t.Errorf("commitments, milestones, indicators, undated = %d, %d, %d, %d; want 10, 56, 135, 4",
			len(plan.Commitments), milestones, indicators, undated)
	}
	c10 := plan.Commitments[9]
	ind := c10.Milestones[6].Indicators[1]
	if ind.ID != "C10.7.2" || ind.Deadline.Date.String() != "2020-05" || ind.Deadline.Text["fr"] != "Mai 2020" {
		t.Errorf("C10.7.2 = %s due %s (%q)", ind.ID, ind.Deadline.Date, ind.Deadline.Text["fr"])
	}
	if c10.OGPID != "CA0073" || len(plan.Reports) != 25 {
		t.Errorf("C10 ogpId %q with %d reports; want CA0073 with 25", c10.OGPID, len(plan.Reports))
	}
}
