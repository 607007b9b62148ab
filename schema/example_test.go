package schema_test

import (
	"errors"
	"fmt"
	"io/fs"
	"path"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/schema"
)

func ExampleValidateJSON() {
	doc := []byte(`{
	  "formatVersion": "1.0.0",
	  "publisher": {"name": {"en": "City of Riverton"}},
	  "languages": ["en"],
	  "plans": [{
	    "id": "RV-2024-2026",
	    "member": {"kind": "local", "country": "CA", "name": {"en": "Riverton"}},
	    "title": {"en": "Riverton's first action plan"},
	    "period": {"start": "2024-09", "end": "2026-02-30"},
	    "commitments": [{"id": "C01", "titel": {"en": "Open budget"}}]
	  }]
	}`)
	err := schema.ValidateJSON(doc)
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		for _, leaf := range schema.Leaves(ve) {
			fmt.Printf("%s: %s\n", leaf.InstanceLocation, path.Base(leaf.KeywordLocation))
		}
	}
	// Output:
	// /plans/0/commitments/0: additionalProperties
	// /plans/0/commitments/0: required
	// /plans/0/period/end: pattern
}

func ExampleFiles() {
	names, _ := fs.Glob(schema.Files(), "codelists/*.csv")
	for _, name := range names {
		fmt.Println(schema.BaseURL + name)
	}
	// Output:
	// https://ogpx.github.io/interchange/schema/v1/codelists/hemispheres.csv
	// https://ogpx.github.io/interchange/schema/v1/codelists/member-kinds.csv
	// https://ogpx.github.io/interchange/schema/v1/codelists/policy-areas.csv
	// https://ogpx.github.io/interchange/schema/v1/codelists/precisions.csv
	// https://ogpx.github.io/interchange/schema/v1/codelists/statuses.csv
}
