package schema

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/ogpx/interchange/ogp"
)

// FuzzValidateJSON checks that validation never panics, and that the
// published schema (as santhosh-tekuri/jsonschema reads it) and package
// ogp's one-pass decoder give every input the same verdict, but for what
// only a decoder sees: syntax, duplicate members, invalid UTF-8 and lone
// surrogates (which encoding/json, under the schema validator, silently
// replaces), and the nesting and size limits.
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
		schemaErr := ValidateJSON(data)
		var ve *jsonschema.ValidationError
		if schemaErr != nil && !errors.As(schemaErr, &ve) {
			return // not one JSON value
		}
		r := ogp.DecodeAll(data, ogp.Limits{})
		for _, e := range r.Errors {
			if errors.Is(e, ogp.ErrSyntax) || errors.Is(e, ogp.ErrDuplicateMember) || errors.Is(e, ogp.ErrInvalidUTF8) ||
				errors.Is(e, ogp.ErrLoneSurrogate) || errors.Is(e, ogp.ErrTooLarge) {
				return
			}
		}
		if (schemaErr == nil) != (len(r.Errors) == 0) {
			t.Errorf("the schema says %v, but ogp.DecodeAll says %v", schemaErr, r.Errors)
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
