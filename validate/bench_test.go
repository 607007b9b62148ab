package validate

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/schema"
)

// benchInputs are the documents the benchmarks validate: Canada's plan and
// a generated one of 10 MiB, made once.
var benchInputs = sync.OnceValues(func() (map[string][]byte, error) {
	canada, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		return nil, err
	}
	large, err := ogp.Encode(docgen.OfSize(10<<20, 1))
	if err != nil {
		return nil, err
	}
	return map[string][]byte{"Canada": canada, "Generated10MB": large}, nil
})

func benchInput(b *testing.B, name string) []byte {
	inputs, err := benchInputs()
	if err != nil {
		b.Fatal(err)
	}
	return inputs[name]
}

// BenchmarkValidate measures the whole check: syntax, schema, semantics.
func BenchmarkValidate(b *testing.B) {
	v, _ := New()
	for _, name := range []string{"Canada", "Generated10MB"} {
		data := benchInput(b, name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				v.Validate(data)
			}
		})
	}
}

// BenchmarkSanthosh measures the schema validator alone on the same input,
// as schema.ValidateJSON runs it: the floor under BenchmarkValidate.
func BenchmarkSanthosh(b *testing.B) {
	for _, name := range []string{"Canada", "Generated10MB"} {
		data := benchInput(b, name)
		b.Run(name, func(b *testing.B) {
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
