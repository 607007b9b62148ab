package finding_test

import (
	"fmt"

	"github.com/ogpx/interchange/finding"
)

func init() {
	finding.Register(finding.Code{
		ID:       "example.unknown-institution",
		Severity: finding.Error,
		Title:    map[string]string{"en": "Unknown institution", "fr": "Institution inconnue"},
		Message: map[string]string{
			"en": `institution "{value}" is not declared in the plan`,
			"fr": `l’institution "{value}" n’est pas déclarée dans le plan`,
		},
	})
}

// A finding keeps its arguments: it is put into words only when shown, in
// the language asked.
func Example() {
	f := finding.New("example.unknown-institution", "/plans/0/commitments/2/lead", "value", "tbs-sct")
	f.Line, f.Column = 41, 17
	fmt.Println(f.Format("en"))
	fmt.Println(f.Format("fr"))
	// Output:
	// 41:17: error example.unknown-institution: institution "tbs-sct" is not declared in the plan (/plans/0/commitments/2/lead)
	// 41:17: erreur example.unknown-institution : l’institution « tbs-sct » n’est pas déclarée dans le plan (/plans/0/commitments/2/lead)
}

// A translator adds a language with one catalog.
func ExampleAddCatalog() {
	finding.AddCatalog("es", finding.Catalog{
		Messages: map[string]string{"example.unknown-institution": `la institución "{value}" no está declarada en el plan`},
		Words:    map[string]string{"severity.error": "error"},
	})
	f := finding.New("example.unknown-institution", "/plans/0", "value", "tbs-sct")
	fmt.Println(f.Message("es-MX"))
	// Output:
	// la institución "tbs-sct" no está declarada en el plan
}
