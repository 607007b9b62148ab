package canada

import (
	"bytes"
	"errors"
	"io"
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
// every finding has a registered code; when no finding is an error, the
// document decodes with ogp.Decode. Seeds: the tables of testdata (the
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
	card := PlanCard{ID: "CA-2022-2024", Title: ogp.NewText("Plan", "Plan"), Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	f.Fuzz(func(t *testing.T, table []byte) {
		pkg, fs, err := ImportTable(table, card, MaxBytes(64<<10), MaxItems(500))
		if err != nil {
			var te *TableError
			var ce *CardError
			if !errors.As(err, &te) && !(errors.As(err, &ce) && ce.Member == "title") {
				t.Fatalf("error %v is no *TableError", err)
			}
			return
		}
		data, err := ogp.Encode(pkg)
		if err != nil {
			t.Fatalf("the document does not encode: %v", err)
		}
		errs := false
		for _, x := range fs {
			if _, ok := finding.Lookup(x.Code); !ok {
				t.Fatalf("unregistered code %s", x.Code)
			}
			errs = errs || x.Severity == finding.Error
		}
		if _, err := ogp.Decode(data); err != nil && !errs {
			t.Fatalf("no error finding, but the document does not decode: %v", err)
		}
	})
}

// FuzzImportRows checks that any file of rows gives findings or one
// *RowsError, never a panic, in bounded time (inputs cut at 64 KiB), and
// that the plan's reports then export: whatever was imported can be
// written back, or ExportRows says why in an *ExportError. Seeds: the rows
// of testdata, imported into the plans of their tables.
func FuzzImportRows(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "tracker", "*.csv"))
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\ufeffreporting_period,indicators,status\r\n2022-06,C01.1.1,\"unclosed\r\n"))
	table, err := os.ReadFile(filepath.Join("testdata", "tracker", "nap-2022-2024.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	card := PlanCard{ID: "CA-2022-2024", Start: ogp.MonthDate(2022, 1), End: ogp.MonthDate(2024, 12)}
	f.Fuzz(func(t *testing.T, rows []byte) {
		pkg, _, err := ImportTable(table, card)
		if err != nil {
			t.Fatal(err)
		}
		plan := &pkg.Plans[0]
		fs, err := ImportRows(bytes.NewReader(rows), "rows.csv", plan, MaxBytes(64<<10))
		if err != nil {
			var re *RowsError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is no *RowsError", err)
			}
			return
		}
		for _, x := range fs {
			if _, ok := finding.Lookup(x.Code); !ok {
				t.Fatalf("unregistered code %s", x.Code)
			}
		}
		if err := ExportRows(io.Discard, plan); err != nil {
			var ee *ExportError
			if !errors.As(err, &ee) {
				t.Fatalf("export error %v is no *ExportError", err)
			}
		}
	})
}
