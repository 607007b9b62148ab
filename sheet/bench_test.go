package sheet

import (
	"bytes"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// benchDocs are Canada's plan and a generated plan of about 10 MB.
func benchDocs(b *testing.B) map[string]*ogp.Package {
	return map[string]*ogp.Package{"canada": canada(b), "10MB": docgen.OfSize(10<<20, 1)}
}

func BenchmarkWrite(b *testing.B) {
	for name, p := range benchDocs(b) {
		size := encodedSize(b, p)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(new(bytes.Buffer), p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRead(b *testing.B) {
	for name, p := range benchDocs(b) {
		size := encodedSize(b, p)
		var buf bytes.Buffer
		if err := Write(&buf, p); err != nil {
			b.Fatal(err)
		}
		data := buf.Bytes()
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(bytes.NewReader(data), int64(len(data))); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(data)), "xlsx-bytes")
		})
	}
}

// encodedSize is the size of p's canonical encoding, by which the
// benchmarks count their speed.
func encodedSize(b *testing.B, p *ogp.Package) int64 {
	data, err := ogp.Encode(p)
	if err != nil {
		b.Fatal(err)
	}
	return int64(len(data))
}
