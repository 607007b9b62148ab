package validate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/schema"
)

// benchInput is a document a benchmark validates.
type benchInput struct {
	name string
	data []byte
}

// benchInputs returns Canada's plan and docgen's samples: generated
// documents of about 5 KB, 300 KB, 10 MB and 60 MB.
func benchInputs(b *testing.B) []benchInput {
	b.Helper()
	canada, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		b.Fatal(err)
	}
	samples, err := docgen.Samples()
	if err != nil {
		b.Fatal(err)
	}
	inputs := []benchInput{{"Canada", canada}}
	for _, s := range samples {
		inputs = append(inputs, benchInput{"Generated" + s.Name, s.Data})
	}
	return inputs
}

// BenchmarkValidate measures the whole check: syntax, schema, semantics.
func BenchmarkValidate(b *testing.B) {
	v, _ := New()
	for _, in := range benchInputs(b) {
		data := in.data
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				v.Validate(data)
			}
		})
	}
}

// BenchmarkSanthosh measures the generic schema validator the one walk
// replaced, santhosh-tekuri/jsonschema (schema.ValidateJSON), alone on the
// same inputs, up to the plan-sized one: for comparison.
func BenchmarkSanthosh(b *testing.B) {
	for _, in := range benchInputs(b)[:3] {
		data := in.data
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := schema.ValidateJSON(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
