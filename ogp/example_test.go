package ogp_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/ogpx/interchange/ogp"
)

func ExampleDecode() {
	doc := []byte(`{
	  "formatVersion": "1.0.0",
	  "publisher": {"name": {"en": "Treasury Board of Canada Secretariat"}},
	  "languages": ["en", "fr"],
	  "plans": [{
	    "id": "CA-2018-2020",
	    "member": {"kind": "national", "country": "CA", "name": {"en": "Canada", "fr": "Canada"}},
	    "title": {"en": "National Action Plan on Open Government"},
	    "period": {"start": "2018-09", "end": "2020-06"},
	    "commitments": [{"id": "C10", "title": {"en": "Open government community", "fr": "Collectivité du gouvernement ouvert"},
	      "milestones": [{"id": "C10.7", "title": {"en": "Promote data literacy"},
	        "indicators": [{"id": "C10.7.2", "title": {"en": "10 data literacy events are held"},
	          "deadline": {"date": "2020-05", "text": {"en": "May 2020", "fr": "Mai 2020"}}}]}]}],
	    "reports": [{"target": "C10.7.2", "period": "2020-03", "status": "substantial", "x-tracker-row": 1}]
	  }]
	}`)
	p, err := ogp.Decode(doc)
	if err != nil {
		log.Fatal(err)
	}
	c := p.Plans[0].Commitments[0]
	in := c.Milestones[0].Indicators[0]
	fmt.Println(c.Title.In("fr"))
	fmt.Println(in.ID, "due by", in.Deadline.Date.Last(), "("+in.Deadline.Text.In("fr")+")")
	r := p.Plans[0].Reports[0]
	fmt.Println(r.Target, r.Period, r.Status.Title("fr"), string(r.Extra["x-tracker-row"]))
	// Output:
	// Collectivité du gouvernement ouvert
	// C10.7.2 due by 2020-05-31 (Mai 2020)
	// C10.7.2 2020-03 Progrès important 1
}

func ExampleDecode_errors() {
	doc := []byte(`{"formatVersion": "1.0.0",
	  "publisher": {"name": {"en": "City of Riverton"}},
	  "languages": ["en", "en"],
	  "plans": [{"id": "RV 2024",
	    "member": {"kind": "municipal", "country": "CA", "name": {"en": "Riverton"}, "fiscalYearEnd": 13},
	    "titel": {"en": "First action plan"},
	    "period": {"start": "2024-09", "end": "2026-13"},
	    "commitments": []}]}`)
	_, err := ogp.Decode(doc)
	var errs *ogp.DecodeErrors
	if !errors.As(err, &errs) {
		log.Fatal(err)
	}
	for _, e := range errs.Errors {
		fmt.Println(e)
	}
	// errors.Is and errors.As look at every error.
	fmt.Println("missing member:", errors.Is(err, ogp.ErrMissingMember), "invalid date:", errors.Is(err, ogp.ErrInvalidDate))
	// Output:
	// 3:24: /languages/1: invalid value: "en" breaks uniqueItems
	// 4:14: /plans/0: missing member "title"
	// 4:15: /plans/0/id: invalid value: "RV 2024" breaks pattern of Id
	// 5:17: /plans/0/member/kind: not in the code list of member kinds: "municipal" (want one of national, local)
	// 5:83: /plans/0/member/fiscalYearEnd: invalid value: 13 breaks maximum (want 1…12)
	// 6:6: /plans/0/titel: unknown member "titel" (did you mean "title"?)
	// 7:37: /plans/0/period/end: invalid date "2026-13": the month must be 01 to 12, or a season, quarter or half code from 21 to 41
	// missing member: true invalid date: true
}

func ExampleEncode() {
	p := &ogp.Package{
		FormatVersion: ogp.Version,
		Publisher:     ogp.Publisher{Name: ogp.NewText("City of Example", "")},
		Languages:     []string{"en"},
		Extra:         ogp.Extra{"x-note": []byte(`"kept as given"`)},
	}
	out, err := ogp.Encode(p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	// Output:
	// {
	//   "formatVersion": "1.0.0",
	//   "publisher": {
	//     "name": {
	//       "en": "City of Example"
	//     }
	//   },
	//   "languages": [
	//     "en"
	//   ],
	//   "plans": [],
	//   "x-note": "kept as given"
	// }
}

func ExampleParseDate() {
	for _, s := range []string{"2020-05", "2022-23", "2024-31", "2021-34", "2021-02-29"} {
		d, err := ogp.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s, %s to %s\n", d, d.Precision(), d.First(), d.Last())
	}
	// Output:
	// 2020-05: month, 2020-05-01 to 2020-05-31
	// 2022-23: sub-year, 2022-09-01 to 2022-11-30
	// 2024-31: sub-year, 2024-03-01 to 2024-05-31
	// 2021-34: sub-year, 2021-04-01 to 2021-06-30
	// invalid date "2021-02-29": February 2021 has no day 29
}

func ExampleText_Pick() {
	title := ogp.Text{"en": "Open science", "fr": "Science ouverte"}
	text, tag, ok := title.Pick("fr-CA", "en")
	fmt.Println(text, tag, ok)
	text, tag, ok = title.Pick("es")
	fmt.Println(text, tag, ok)
	// Output:
	// Science ouverte fr true
	// Open science en false
}

func ExampleCheckVersion() {
	for _, v := range []string{"1.0.0", "1.2.0", "2.0.0"} {
		compat, err := ogp.CheckVersion(v)
		switch {
		case err != nil:
			fmt.Println(v, "refused:", errors.Is(err, ogp.ErrUnsupportedVersion))
		case compat == ogp.NewerMinor:
			fmt.Println(v, "decodes; members it added are kept in Extra")
		default:
			fmt.Println(v, "understood")
		}
	}
	// Output:
	// 1.0.0 understood
	// 1.2.0 decodes; members it added are kept in Extra
	// 2.0.0 refused: true
}

func ExamplePlan_Items() {
	doc := []byte(`{
	  "formatVersion": "1.0.0",
	  "publisher": {"name": {"en": "Treasury Board of Canada Secretariat"}},
	  "languages": ["en"],
	  "plans": [{
	    "id": "CA-2018-2020",
	    "member": {"kind": "national", "country": "CA", "name": {"en": "Canada"}},
	    "title": {"en": "National Action Plan on Open Government"},
	    "period": {"start": "2018-09", "end": "2020-06"},
	    "commitments": [{"id": "C10", "title": {"en": "Open government community"},
	      "milestones": [
	        {"id": "C10.6", "title": {"en": "Hold an open data summit"}, "deadline": {"date": "2019-06"}},
	        {"id": "C10.7", "title": {"en": "Promote data literacy"},
	          "indicators": [{"id": "C10.7.2", "title": {"en": "10 data literacy events are held"},
	            "deadline": {"date": "2020-05"}}]}]}]
	  }]
	}`)
	p, err := ogp.Decode(doc)
	if err != nil {
		log.Fatal(err)
	}
	plan := &p.Plans[0]
	// List what is due, with where each item is in the document.
	for item := range plan.Items() {
		if item.Deadline == nil {
			continue
		}
		fmt.Printf("%s %s (in %s) due by %s: /plans/0%s\n",
			item.Level, item.ID, item.Parent, item.Deadline.Date.Last(), item.Pointer)
	}
	// Output:
	// milestone C10.6 (in C10) due by 2019-06-30: /plans/0/commitments/0/milestones/0
	// indicator C10.7.2 (in C10.7) due by 2020-05-31: /plans/0/commitments/0/milestones/1/indicators/0
}
