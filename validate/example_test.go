package validate_test

import (
	"encoding/json"
	"fmt"
	"log"

	_ "github.com/ogpx/interchange/canada" // registers the profile "canada"
	"github.com/ogpx/interchange/validate"
)

func Example() {
	submission := []byte(`{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "City of Example", "fr": "Ville d’Exemple"}},
  "languages": ["en", "fr"],
  "plans": [{
    "id": "EX-2024",
    "member": {"kind": "local", "country": "CA", "subdivision": "CA-QC", "name": {"en": "Example", "fr": "Exemple"}},
    "title": {"en": "Open government plan", "fr": "Plan de gouvernement ouvert"},
    "period": {"start": "2024-09", "end": "2026-08"},
    "commitments": [{"id": "C1", "titel": {"en": "Open data"}, "leads": ["it"]}],
    "reports": [{"target": "C1.1", "period": "2024-12", "status": "limited"}]
  }]
}`)
	v, err := validate.New(validate.Language("fr"))
	if err != nil {
		log.Fatal(err)
	}
	report := v.Validate(submission)
	fmt.Println("valid:", report.Valid)
	for _, f := range report.Findings {
		fmt.Printf("%d:%d %s %s\n  %s\n", f.Line, f.Column, f.Code, f.Path, f.Message("fr"))
	}
	// Output:
	// valid: false
	// 10:21 schema.required /plans/0/commitments/0
	//   le membre « title » est obligatoire ici
	// 10:34 schema.additional-member /plans/0/commitments/0/titel
	//   le membre « titel » ne fait pas partie du format (vouliez-vous dire « title » ?) ; un membre qui vous est propre doit avoir un nom commençant par « x- »
	// 10:74 ref.unknown-institution /plans/0/commitments/0/leads/0
	//   l’institution « it » n’est pas déclarée dans les institutions du plan
	// 11:18 status.unknown-target /plans/0/reports/0/target
	//   « C1.1 » n’est ni un jalon ni un indicateur du plan
}

// A report keeps its findings' arguments: it is made once and shown in
// any language.
func ExampleReport() {
	report, err := validate.Validate([]byte(`{"formatVersion": "1.0.0", "languages": ["en"], "plans": [], "publisher": {}}`))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range report.Findings {
		fmt.Println(f.Format("en"))
		fmt.Println(f.Format("fr"))
	}
	// Output:
	// 1:49: error schema.min-items: the list must have at least 1 item(s) (/plans)
	// 1:49: erreur schema.min-items : la liste doit compter au moins 1 élément(s) (/plans)
	// 1:62: error schema.required: member "name" is required here (/publisher)
	// 1:62: erreur schema.required : le membre « name » est obligatoire ici (/publisher)
}

// A portal that federates Canada's plans checks each with the rules of
// Canada's tracker for that plan, which the profile chooses from the plan's
// id: the 2018-2020 tracker asked for no French progress, the 2022-2024
// tracker did. Importing package canada registers the profile.
func ExampleProfile() {
	plan := func(id, start, end, period string) string {
		return `{"id": "` + id + `",
  "member": {"kind": "national", "country": "CA", "name": {"en": "Canada"}},
  "title": {"en": "National Action Plan"},
  "period": {"start": "` + start + `", "end": "` + end + `"},
  "commitments": [{"id": "C1", "title": {"en": "Open data"},
    "milestones": [{"id": "C1.1", "title": {"en": "Publish"},
      "indicators": [{"id": "C1.1.1", "title": {"en": "Data published"}}]}]}],
  "reports": [{"target": "C1.1.1", "period": "` + period + `", "status": "limited",
    "progress": {"en": "Drafted"}}]}`
	}
	submission := `{"formatVersion": "1.0.0",
  "publisher": {"name": {"en": "Government of Canada"}},
  "languages": ["en"],
  "plans": [` + plan("CA-2018-2020", "2018-09", "2020-06", "2019-03") + `,
    ` + plan("CA-2022-2024", "2022-01", "2024-06", "2022-12") + `]}`
	report, err := validate.Validate([]byte(submission), validate.Profile("canada"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("valid:", report.Valid)
	for _, f := range report.Findings {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(" ", f.Message("en"))
	}
	// Output:
	// valid: false
	// error canada.progress-required /plans/1/reports/0/progress/fr
	//   Canada's tracker requires the progress in English and in French, and the French text is missing; when there was no progress, write NIL in English and NUL in French
}

// A report's JSON holds each finding's message in the report's language,
// beside its code and arguments, and reads back into the same report.
func ExampleReport_MarshalJSON() {
	report, err := validate.Validate([]byte(`{"formatVersion": "1.0.0", "languages": ["en"], "plans": [], "publisher": {"name": {"en": "Example"}}}`),
		validate.Language("fr"))
	if err != nil {
		log.Fatal(err)
	}
	b, err := json.MarshalIndent(report, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	var back validate.Report // the same report, to show in any language
	if err := json.Unmarshal(b, &back); err != nil {
		log.Fatal(err)
	}
	fmt.Println(back.Findings[0].Message("en"))
	// Output:
	// {
	//   "valid": false,
	//   "language": "fr",
	//   "findings": [
	//     {
	//       "code": "schema.min-items",
	//       "severity": "error",
	//       "path": "/plans",
	//       "line": 1,
	//       "column": 49,
	//       "args": {
	//         "want": "1"
	//       },
	//       "message": "la liste doit compter au moins 1 élément(s)"
	//     }
	//   ],
	//   "omitted": 0
	// }
	// the list must have at least 1 item(s)
}
