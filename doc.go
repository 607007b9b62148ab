// Package interchange is the home of the OGP interchange format: one way for
// Open Government Partnership members to publish their action plans
// (commitments, milestones, indicators and their deadlines) and the progress
// they report on them every quarter, so that partner jurisdictions can share
// and check each other's data.
//
// This package holds no code; the module is split by concern:
//
//   - [github.com/ogpx/interchange/ogp]: the typed model of a document, its
//     partial dates, texts in any language and code lists, with a strict
//     decoder that names the place of every error and one canonical encoding.
//   - github.com/ogpx/interchange/schema: the format's JSON Schema and code
//     lists, generated from the model, for tools in other languages.
//   - github.com/ogpx/interchange/status: the status-transition rules, the
//     check of a whole report history, and roll-ups of statuses.
//   - github.com/ogpx/interchange/deadline: deadlines as people write them,
//     partial-date arithmetic and deadline extensions.
//   - github.com/ogpx/interchange/validate: the check of a partner's
//     submission, with findings in English and French.
//   - cmd/ogp: the command-line tool.
//
// A program reads a document, works with it, and writes it back:
//
//	data, err := os.ReadFile("examples/canada-2018-2020/canada-2018-2020.json")
//	if err != nil {
//		log.Fatal(err)
//	}
//	doc, err := ogp.Decode(data) // errors name line, column and JSON Pointer
//	if err != nil {
//		log.Fatal(err)
//	}
//	for _, c := range doc.Plans[0].Commitments {
//		fmt.Println(c.ID, c.Title.In("fr"))
//	}
//	out, err := ogp.Encode(doc) // the canonical encoding: byte-identical for a canonical input
package interchange
