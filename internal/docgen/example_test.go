package docgen_test

import (
	"fmt"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// A document shaped like Canada's 2018-2020 plan, in English and French.
func ExampleGenerate() {
	p := docgen.Generate(docgen.Options{Seed: 1})
	plan := p.Plans[0]
	c := plan.Commitments[0]
	fmt.Println(plan.ID, plan.Period.Start, plan.Period.End, "extended to", plan.Extensions[0].End)
	fmt.Println(len(plan.Commitments), "commitments, the first", c.ID, "with milestones", c.Milestones[0].ID, "to", c.Milestones[len(c.Milestones)-1].ID)
	fmt.Println("first report:", plan.Reports[0].Target, plan.Reports[0].Period)
	fmt.Println(p.Languages)
	// Output:
	// CA-2018-2020 2018-09 2020-06 extended to 2021-06
	// 10 commitments, the first C01 with milestones C01.1 to C01.5
	// first report: C01.1.1 2019-03
	// [en fr]
}

// A document of about one megabyte, for a benchmark.
func ExampleOfSize() {
	b, err := ogp.Encode(docgen.OfSize(1<<20, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(b) > 1<<20*95/100 && len(b) < 1<<20*105/100)
	// Output: true
}
