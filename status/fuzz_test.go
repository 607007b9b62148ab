package status_test

import (
	"testing"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

const fuzzSeed = `{"formatVersion":"1.0.0","publisher":{"name":{"en":"TBS"}},"languages":["en"],
"plans":[{"id":"p","member":{"kind":"national","country":"CA","name":{"en":"Canada"}},"title":{"en":"Plan"},
"period":{"start":"2018-09","end":"2020-06"},
"extensions":[{"id":"x","authority":{"en":"OGP"},"previousEnd":"2020-06","end":"2021-06"}],
"commitments":[{"id":"C10","title":{"en":"C"},"milestones":[
 {"id":"C10.4","title":{"en":"M"},"indicators":[{"id":"C10.4.3","title":{"en":"I"}}]},
 {"id":"C10.8","title":{"en":"M8"}}]}],
"reports":[
 {"target":"C10.4.3","period":"2019-06","status":"complete"},
 {"target":"C10.4.3","period":"2019-03","status":"substantial"},
 {"target":"C10.4.3","period":"2019-03","status":"limited"},
 {"target":"C10.8","period":"2019-21","status":"withdrawn"},
 {"target":"C10.8","period":"2022","status":"limited"},
 {"target":"C99","period":"2019-03","status":"not-started"}]}]}`

// FuzzCheck checks that any document that decodes can be checked and
// rolled up without a panic, and that every report is accounted for.
func FuzzCheck(f *testing.F) {
	if _, err := ogp.Decode([]byte(fuzzSeed)); err != nil {
		f.Fatalf("the seed does not decode: %v", err)
	}
	f.Add([]byte(fuzzSeed))
	f.Fuzz(func(t *testing.T, data []byte) {
		pkg, err := ogp.Decode(data)
		if err != nil {
			return
		}
		for i := range pkg.Plans {
			plan := &pkg.Plans[i]
			res := status.Check(plan)
			seen := map[int]bool{}
			for _, h := range res.Histories {
				for _, s := range h.Steps {
					seen[s.Index] = true
				}
			}
			for _, f := range res.Findings {
				i := reportIndex(t, f)
				if i >= len(plan.Reports) {
					t.Fatalf("finding %v: index out of range", f)
				}
				if f.Code == status.CodeDuplicateReport || f.Code == status.CodeUnknownTarget {
					seen[i] = true
				}
			}
			if len(seen) != len(plan.Reports) {
				t.Errorf("%d reports accounted for, want %d", len(seen), len(plan.Reports))
			}
			status.AsOf(plan, plan.Period.End)
		}
	})
}
