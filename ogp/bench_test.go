package ogp_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// benchInput is a document to decode in a benchmark.
type benchInput struct {
	name string
	data []byte
}

// benchInputs returns Canada's plan and generated documents asked of 5 KB
// (docgen's smallest is about 15 KB), 300 KB and 10 MB, encoded once; each
// is named after its actual size.
func benchInputs(b *testing.B) []benchInput {
	b.Helper()
	inputs, err := loadBenchInputs()
	if err != nil {
		b.Fatal(err)
	}
	return inputs
}

// loadBenchInputs makes the inputs once for all benchmarks.
var loadBenchInputs = sync.OnceValues(func() ([]benchInput, error) {
	canada, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		return nil, err
	}
	inputs := []benchInput{{"canada", canada}}
	for _, size := range []int{5 << 10, 300 << 10, 10 << 20} {
		data, err := ogp.Encode(docgen.OfSize(size, 1))
		if err != nil {
			return nil, err
		}
		name := fmt.Sprintf("generated-%dKB", len(data)>>10)
		if len(data) >= 1<<20 {
			name = fmt.Sprintf("generated-%dMB", len(data)>>20)
		}
		inputs = append(inputs, benchInput{name, data})
	}
	return inputs, nil
})

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
