package sheet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// corpus returns the documents the round trip must keep byte for byte:
// the examples, the valid cases of the validator and the schema, and
// generated documents.
func corpus(t testing.TB) map[string]*ogp.Package {
	t.Helper()
	docs := map[string]*ogp.Package{}
	var files []string
	for _, pattern := range []string{"../examples/*/*.json", "../validate/testdata/cases/*valid.json", "../schema/testdata/valid/*.json"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ogp.Decode(data)
		if err != nil {
			continue // an invalid case: it has no canonical encoding
		}
		docs[file] = p
	}
	if len(docs) < 6 {
		t.Fatalf("only %d documents", len(docs))
	}
	// The corners of the layout: empty lists and objects, x- members of
	// member objects, a language the document does not declare, ids that
	// look like numbers, texts with line feeds and quotes.
	corners, err := ogp.Decode([]byte(`{"formatVersion": "1.0.0", "publisher": {"name": {"en": "P"}, "x-p": [1, {"a": null}]},
		"languages": ["fr", "en"], "plans": [{"id": "007", "member": {"kind": "local", "country": "CA",
		"name": {"en": "C", "iu": "ᑲᓇᑕ"}, "fiscalYearEnd": 3, "x-m": "s"}, "title": {"en": "T\n\"q\"; r"},
		"period": {"start": "2020", "end": "2021", "x-p": true}, "extensions": [], "institutions": [],
		"commitments": [{"id": "1", "title": {"en": "x"}, "milestones": []},
			{"id": "2", "title": {"en": "y"}, "leads": [], "milestones": [{"id": "2.1", "title": {"en": "m"},
			"deadline": {}, "indicators": []}, {"id": "2.2", "title": {"en": "n"},
			"deadline": {"text": {"en": "Ongoing"}, "x-d": 1}}]}],
		"reports": []}]}`))
	if err != nil {
		t.Fatal(err)
	}
	docs["corners"] = corners
	for _, size := range []int{2_000, 50_000, 400_000} {
		for seed := range uint64(2) {
			docs[fmt.Sprintf("docgen.OfSize(%d, %d)", size, seed)] = docgen.OfSize(size, seed)
		}
	}
	return docs
}

// TestRoundTrip checks that a workbook, and a folder of CSV files, give
// back the document they were written from, byte for byte.
func TestRoundTrip(t *testing.T) {
	for name, p := range corpus(t) {
		want, err := ogp.Encode(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(name), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, p); err != nil {
				t.Fatal(err)
			}
			im, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(im.JSON, want) {
				t.Errorf("xlsx: the import differs:\n%s", firstDiff(im.JSON, want))
			}
			dir := t.TempDir()
			if err := WriteCSV(dir, p); err != nil {
				t.Fatal(err)
			}
			im, err = ReadCSV(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(im.JSON, want) {
				t.Errorf("csv: the import differs:\n%s", firstDiff(im.JSON, want))
			}
		})
	}
}

// firstDiff shows where got first differs from want.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-200, 0)
	return fmt.Sprintf("got  …%s…\nwant …%s…", got[from:min(i+200, len(got))], want[from:min(i+200, len(want))])
}
