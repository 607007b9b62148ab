package ogp_test

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// benchInputs returns Canada's plan and docgen's samples: generated
// documents of about 5 KB, 300 KB, 10 MB and 60 MB.
func benchInputs(b *testing.B) []docgen.Sample {
	b.Helper()
	inputs, err := docgen.BenchmarkInputs(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		b.Fatal(err)
	}
	return inputs
}

func BenchmarkDecode(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ogp.Decode(in.Data); err != nil {
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
		b.Run(in.Name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Data)))
			b.ReportAllocs()
			for b.Loop() {
				if !json.Valid(in.Data) {
					b.Fatal("not valid JSON")
				}
			}
		})
	}
}

// BenchmarkTextMissing asks which of 10,000 declared languages a text in
// English and French lacks, as the validator does for every text of a
// document that declares them.
func BenchmarkTextMissing(b *testing.B) {
	declared := make([]string, 10000)
	for i := range declared {
		declared[i] = "x-" + strconv.Itoa(i)
	}
	declared[0], declared[1] = "EN", "fr"
	t := ogp.NewText("Open science", "Science ouverte")
	b.ReportAllocs()
	for b.Loop() {
		if n := len(t.Missing(declared)); n != len(declared)-2 {
			b.Fatalf("%d missing, want %d", n, len(declared)-2)
		}
	}
}
