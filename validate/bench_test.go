package validate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/schema"
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

// BenchmarkValidate measures the whole check: syntax, schema, semantics.
func BenchmarkValidate(b *testing.B) {
	v, _ := New()
	for _, in := range benchInputs(b) {
		data := in.Data
		b.Run(in.Name, func(b *testing.B) {
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
		data := in.Data
		b.Run(in.Name, func(b *testing.B) {
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

// manyLanguages returns Canada's plan declaring n languages (at most
// 17,576) besides English and French: every one of its texts lacks n of them.
func manyLanguages(tb testing.TB, n int) []byte {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var tags strings.Builder
	for i := range n { // three-letter language subtags: "aaa", "aab", ...
		fmt.Fprintf(&tags, `, "%c%c%c"`, 'a'+i/676%26, 'a'+i/26%26, 'a'+i%26)
	}
	at := bytes.Index(data, []byte(`"languages": [`))
	end := at + bytes.IndexByte(data[at:], ']')
	return slices.Concat(data[:end], []byte(tags.String()), data[end:])
}

// BenchmarkManyDeclaredLanguages validates Canada's plan, about 1,700
// texts, declaring 17,000 languages.
func BenchmarkManyDeclaredLanguages(b *testing.B) {
	data := manyLanguages(b, 17000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Validate(data)
	}
}
