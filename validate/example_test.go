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
		fmt.Printf("%d:%d %s %s\n  %s\n", f.Line, f.Column, f.Code, f.Path, f.Message("fr"))
	}
	// Output:
	// valid: false
	// 10:21 schema.required /plans/0/commitments/0
	//   le membre « title » est obligatoire ici
	// 10:34 schema.additional-member /plans/0/commitments/0/titel
	//   le membre « titel » ne fait pas partie du format (vouliez-vous dire « title ») ; un membre qui vous est propre doit avoir un nom commençant par « x- »
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
	// 1:49 : erreur schema.min-items : la liste doit compter au moins 1 élément(s) (/plans)
	// 1:62: error schema.required: member "name" is required here (/publisher)
	// 1:62 : erreur schema.required : le membre « name » est obligatoire ici (/publisher)
}
