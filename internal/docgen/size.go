package docgen

import (
	"os"
	"sync"

	"github.com/ogpx/interchange/ogp"
)

// The average size of the encoding of one indicator with its ten reports,
// and of the rest of a one-plan document, from which OfSize makes its first
// guess.
const (
	bytesPerIndicator = 11000
	bytesOverhead     = 4000
)

// OfSize returns a document, generated from seed, whose encoding by
// [ogp.Encode] is about targetBytes long: within 2% in general, and never
// smaller than the smallest document (one plan, one commitment, one
// milestone, one indicator, about 15 kB).
//
// The document has one plan with the default languages and reporting
// periods. Nearly all of its size is indicators with their reports, so
// OfSize chooses a number of indicators: a first guess from their average
// size, which it then generates, encodes and corrects in proportion to the
// error, up to four times. The indicators are laid out in commitments of
// 3 to 7 milestones (fewer for fewer than 3 indicators) of 1 to 3
// indicators, the layout nearest the number
// wanted, preferring Canada's 5 or 6 milestones of 2 or 3 indicators.
func OfSize(targetBytes int, seed uint64) *ogp.Package {
	_, p := ofSize(targetBytes, seed)
	return p
}

// ofSize returns the document OfSize returns and the options that generate
// it.
func ofSize(targetBytes int, seed uint64) (Options, *ogp.Package) {
	n := max(1, (targetBytes-bytesOverhead)/bytesPerIndicator)
	var best *ogp.Package
	var bestOpts Options
	bestMiss := -1
	for range 4 {
		opts := layout(n, seed)
		p := Generate(opts)
		size := encodedLen(p)
		miss := abs(size - targetBytes)
		if bestMiss < 0 || miss < bestMiss {
			best, bestOpts, bestMiss = p, opts, miss
		}
		if miss*50 <= targetBytes {
			break
		}
		next := max(1, int(float64(n)*float64(targetBytes)/float64(size)+0.5))
		if next == n {
			break
		}
		n = next
	}
	return bestOpts, best
}

// layout returns the options of a one-plan document with about n
// indicators.
func layout(n int, seed uint64) Options {
	best := Options{Seed: seed, CommitmentsPerPlan: 1, MilestonesPerCommitment: 1, IndicatorsPerMilestone: 1}
	bestScore := -1
	for m := min(3, n); m <= 7; m++ {
		for k := 1; k <= 3; k++ {
			c := max(1, (n+m*k/2)/(m*k))
			// The miss counts most; then the distance from Canada's layout.
			score := abs(c*m*k-n)*100 + abs(2*m-11) + abs(2*k-5)
			if bestScore < 0 || score < bestScore {
				best.CommitmentsPerPlan, best.MilestonesPerCommitment, best.IndicatorsPerMilestone = c, m, k
				bestScore = score
			}
		}
	}
	return best
}

// encodedLen returns the length of p's encoding.
func encodedLen(p *ogp.Package) int {
	b, err := ogp.Encode(p)
	if err != nil {
		// Generate writes no value that Encode refuses.
		panic("docgen: " + err.Error())
	}
	return len(b)
}

func abs(x int) int { return max(x, -x) }

// Near returns the canonical encoding of the document nearest targetBytes
// in size: OfSize's, or, where that is much larger (it makes nothing under
// about 15 KB), the smallest plan there is, of one indicator without
// reports (about 5 KB), when it is nearer.
func Near(targetBytes int, seed uint64) ([]byte, error) {
	data, err := ogp.Encode(OfSize(targetBytes, seed))
	if err != nil || len(data) <= targetBytes*5/4 {
		return data, err
	}
	small, err := ogp.Encode(Generate(Options{
		Seed: seed, CommitmentsPerPlan: 1, MilestonesPerCommitment: 1, IndicatorsPerMilestone: 1, ReportingPeriods: -1,
	}))
	if err != nil || abs(len(small)-targetBytes) > abs(len(data)-targetBytes) {
		return data, err
	}
	return small, nil
}

// Sample is a document that benchmarks measure.
type Sample struct {
	Name string // "Canada", or its size: "Generated5KB", ... "Generated60MB"
	Data []byte // its canonical encoding
}

// Samples returns the documents the benchmarks of every package measure,
// made once: documents near 5 KB, 300 KB (a plan's size), 10 MB and 60 MB,
// of seed 1.
func Samples() ([]Sample, error) { return samples() }

var samples = sync.OnceValues(func() ([]Sample, error) {
	var out []Sample
	for _, s := range []struct {
		name string
		size int
	}{{"5KB", 5 << 10}, {"300KB", 300 << 10}, {"10MB", 10 << 20}, {"60MB", 60 << 20}} {
		data, err := Near(s.size, 1)
		if err != nil {
			return nil, err
		}
		out = append(out, Sample{"Generated" + s.name, data})
	}
	return out, nil
})

// BenchmarkInputs returns the documents the benchmarks of every package
// measure: Canada's plan, read from the file at canadaPath (the packages'
// tests find it at different relative paths), then the Samples.
func BenchmarkInputs(canadaPath string) ([]Sample, error) {
	canada, err := os.ReadFile(canadaPath)
	if err != nil {
		return nil, err
	}
	samples, err := Samples()
	if err != nil {
		return nil, err
	}
	return append([]Sample{{"Canada", canada}}, samples...), nil
}
