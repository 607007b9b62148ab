package canada

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// FuzzImportTable checks that any input gives a document or one
// *TableError, never a panic, in bounded time: inputs are cut at 64 KiB
// ([MaxBytes]) and 500 items ([MaxItems]); a value kept as an "x-" member
// is at most 1000 YAML nodes, aliases included, so that a small table
// cannot expand into a large document. A document it gives encodes, and
// every finding has a registered code. Seeds: the tables of testdata (the
// 2018-2020 example's, 150 kB, is tested by its own tests: as a seed it
// slows the fuzzer down to a crawl).
func FuzzImportTable(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "tracker", "*.yaml"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("a: &a [*a, *a]\nresources: [{fields: [{datastore_id: commitments, choices: {C01: {en: x, y: *a}}}]}]"))
	card := PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	f.Fuzz(func(t *testing.T, table []byte) {
		pkg, fs, err := ImportTable(table, card, MaxBytes(64<<10), MaxItems(500))
		if err != nil {
			var te *TableError
			if !errors.As(err, &te) {
				t.Fatalf("error %v is no *TableError", err)
			}
			return
		}
		if _, err := ogp.Encode(pkg); err != nil {
			t.Fatalf("the document does not encode: %v", err)
		}
		for _, x := range fs {
			if _, ok := finding.Lookup(x.Code); !ok {
				t.Fatalf("unregistered code %s", x.Code)
			}
		}
	})
}
