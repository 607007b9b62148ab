package validate_test

import (
	"fmt"
	"log"

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
		fmt.Printf("%d:%d %s %s\n  %s\n", f.Line, f.Column, f.Code, f.Path, f.Message)
	}
	// Output:
	// valid: false
	// 10:21 schema.required /plans/0/commitments/0
	//   le membre "title" est obligatoire ici
	// 10:34 schema.additional-member /plans/0/commitments/0/titel
	//   le membre "titel" ne fait pas partie du format (vouliez-vous dire "title"); un membre qui vous est propre doit avoir un nom commençant par « x- »
	// 10:74 ref.unknown-institution /plans/0/commitments/0/leads/0
	//   l’institution "it" n’est pas déclarée dans les institutions du plan
	// 11:18 ref.unknown-target /plans/0/reports/0/target
	//   la cible "C1.1" du rapport n’est ni un jalon ni un indicateur du plan
}

func ExampleProfile() {
	report, err := validate.Validate([]byte(`{
  "formatVersion": "1.0.0",
  "publisher": {"name": {"en": "TBS", "fr": "SCT"}},
  "languages": ["en", "fr"],
  "plans": [{
    "id": "CA", "member": {"kind": "national", "country": "CA", "name": {"en": "Canada", "fr": "Canada"}},
    "title": {"en": "Plan", "fr": "Plan"}, "period": {"start": "2024-09", "end": "2026-08"},
    "commitments": [{"id": "C01", "title": {"en": "Open data", "fr": "Données ouvertes"},
      "milestones": [{"id": "C01.1", "title": {"en": "Publish", "fr": "Publier"}}]}],
    "reports": [{"target": "C01.1", "period": "2024-12", "status": "limited",
      "progress": {"en": "NIL", "fr": "NUL"}}]
  }]
}`), validate.Profile("canada"))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range report.Findings {
		fmt.Println(f)
	}
	// Output:
	// 10:58: error canada.challenges-required: Canada's tracker requires challenges when the status is Limited progress (/plans/0/reports/0/status)
}
