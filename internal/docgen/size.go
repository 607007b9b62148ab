package docgen

import "github.com/ogpx/interchange/ogp"

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
