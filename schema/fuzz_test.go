package schema

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/ogp"
)

// FuzzValidateJSON checks that validation never panics, and that a document
// the schema accepts is one the Go decoder reads, but for what only a
// decoder sees: duplicate members, invalid UTF-8, nesting and size limits,
// and numbers such as 3.0 or 1e0, which JSON Schema counts as integers and
// Go does not.
func FuzzValidateJSON(f *testing.F) {
	names, _ := filepath.Glob("testdata/*/*.json")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if ValidateJSON(data) != nil {
			return
		}
		_, err := ogp.Decode(data)
		decoderOnly := errors.Is(err, ogp.ErrSyntax) || errors.Is(err, ogp.ErrDuplicateMember) ||
			errors.Is(err, ogp.ErrTooLarge) || errors.Is(err, ogp.ErrWrongType)
		if err != nil && !decoderOnly {
			t.Errorf("the schema accepts %q, but ogp.Decode says: %v", data, err)
		}
	})
}

func BenchmarkValidateJSON(b *testing.B) {
	data, err := os.ReadFile("../examples/canada-2018-2020/canada-2018-2020.json")
	if err != nil {
		b.Fatal(err)
	}
	Schema() // compile outside the timed loop
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := ValidateJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}
