package ogp_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// benchInput is a document to decode in a benchmark.
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

func BenchmarkDecode(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ogp.Decode(in.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkJSONValid is the floor to compare BenchmarkDecode with: only
// checking the syntax of the same inputs, with encoding/json.
func BenchmarkJSONValid(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if !json.Valid(in.data) {
					b.Fatal("not valid JSON")
				}
			}
		})
	}
}
