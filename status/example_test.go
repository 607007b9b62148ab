package status_test

import (
	"fmt"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

func ExampleTable_Classify() {
	r := status.Default().Classify(ogp.Substantial, ogp.Complete)
	fmt.Println(r.Kind, r.Severity, r.Code)
	r = status.Default().Classify(ogp.Complete, ogp.Substantial)
	fmt.Println(r.Kind, r.Severity, r.Code)
	fmt.Println(r.Explanation["fr"])
	// Output:
	// advance ok status.advance
	// regress warning status.regress
	// l’état a reculé de « Réalisé » à « Progrès important » ; expliquez pourquoi dans le texte sur les progrès
}

func ExampleTable_With() {
	// A portal that refuses regressions outright.
	r := status.Default().Classify(ogp.Complete, ogp.Substantial)
	r.Severity = finding.Error
	strict, err := status.Default().With(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strict.Classify(ogp.Complete, ogp.Substantial).Severity)
	fmt.Println(status.Default().Classify(ogp.Complete, ogp.Substantial).Severity)
	// Output:
	// error
	// warning
}

func ExampleCheck() {
	plan := &ogp.Plan{
		Period: ogp.Period{Start: ogp.MustParseDate("2018-09"), End: ogp.MustParseDate("2020-06")},
		Commitments: []ogp.Commitment{{ID: "C10", Milestones: []ogp.Milestone{
			{ID: "C10.4", Indicators: []ogp.Indicator{{ID: "C10.4.3"}}},
		}}},
		Reports: []ogp.Report{
			{Target: "C10.4.3", Period: ogp.MustParseDate("2019-06"), Status: ogp.Complete},
			{Target: "C10.4.3", Period: ogp.MustParseDate("2019-03"), Status: ogp.Substantial},
			{Target: "C10.4.3", Period: ogp.MustParseDate("2019-09"), Status: ogp.Substantial},
		},
	}
	res := status.Check(plan)
	for _, s := range res.Histories[0].Steps {
		fmt.Println(s.Period, s.Code)
	}
	// A finding points at its report in the plan, keeps the values its
	// message needs and is put into words in the language asked.
	for _, f := range res.Findings {
		f = f.Under("/plans/0")
		fmt.Println(f.Path, f.Args["target"], f.Args["from"], f.Args["to"])
		fmt.Println(f.Format("en"))
		fmt.Println(f.Message("fr"))
	}
	// Output:
	// 2019-03 status.start
	// 2019-06 status.advance
	// 2019-09 status.regress
	// /plans/0/reports/2 C10.4.3 complete substantial
	// warning status.regress: the status went back from "Complete" to "Substantial progress"; say why in the progress text (/plans/0/reports/2)
	// l’état a reculé de « Réalisé » à « Progrès important » ; expliquez pourquoi dans le texte sur les progrès
}

func ExampleAsOf() {
	plan := &ogp.Plan{
		ID: "plan",
		Commitments: []ogp.Commitment{{ID: "C10", Milestones: []ogp.Milestone{
			{ID: "C10.4", Indicators: []ogp.Indicator{{ID: "C10.4.1"}, {ID: "C10.4.2"}}},
			{ID: "C10.8"},
		}}},
		Reports: []ogp.Report{
			{Target: "C10.4.1", Period: ogp.MustParseDate("2019-03"), Status: ogp.Complete},
			{Target: "C10.4.2", Period: ogp.MustParseDate("2019-03"), Status: ogp.Limited},
			{Target: "C10.8", Period: ogp.MustParseDate("2019-03"), Status: ogp.Limited},
			{Target: "C10.8", Period: ogp.MustParseDate("2020-03"), Status: ogp.Complete},
		},
	}
	c10 := status.AsOf(plan, ogp.MustParseDate("2019-12")).Children[0]
	for _, m := range c10.Children {
		fmt.Println(m.ID, m.Status)
	}
	fmt.Println(c10.ID, c10.Status)
	// Output:
	// C10.4 substantial
	// C10.8 limited
	// C10 substantial
}

func ExampleTable_Mermaid() {
	lines := strings.SplitAfter(string(status.Default().Mermaid("en")), "\n")
	fmt.Print(strings.Join(lines[:4], ""), "    ...\n")
	// Output:
	// stateDiagram-v2
	//     direction LR
	//     state "Not started" as not_started
	//     state "Limited progress" as limited
	//     ...
}
