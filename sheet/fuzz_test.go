package sheet

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"testing/fstest"

	"github.com/ogpx/interchange/ogp"
)

// seeds returns small documents to seed the fuzz targets with.
func seeds(f *testing.F) []*ogp.Package {
	var docs []*ogp.Package
	for _, file := range []string{"../examples/local-riverton/riverton-2024-2025.json", "../schema/testdata/valid/every-member.json", "../schema/testdata/valid/minimal.json"} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		p, err := ogp.Decode(data)
		if err != nil {
			f.Fatal(err)
		}
		docs = append(docs, p)
	}
	return docs
}

// checkImport checks what any import must hold: a structural problem is an
// *Error; else the JSON maps to cells, and when it decodes, its workbook
// imports to it again.
func checkImport(t *testing.T, im *Import, err error) {
	var e *Error
	if err != nil {
		if !errors.As(err, &e) {
			t.Fatalf("the error is no *Error: %v", err)
		}
		return
	}
	if _, ok := im.Cell("/plans/0/commitments/0/title/en"); !ok {
		t.Fatal("no cell for a pointer into the document")
	}
	p, err := ogp.Decode(im.JSON)
	if err != nil {
		return
	}
	var buf bytes.Buffer
	if err := Write(&buf, p); err != nil {
		var e *Error
		if errors.As(err, &e) && (errors.Is(err, ErrCellTooLong) || errors.Is(err, ErrCharacter)) {
			return
		}
		t.Fatalf("Write: %v", err)
	}
	again, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("the export of an import does not read: %v", err)
	}
	if !bytes.Equal(again.JSON, im.JSON) {
		t.Fatalf("the export of an import imports to another document:\n%s", firstDiff(again.JSON, im.JSON))
	}
}

// FuzzRead reads workbooks made by mutating small exports.
func FuzzRead(f *testing.F) {
	for _, p := range seeds(f) {
		var buf bytes.Buffer
		if err := Write(&buf, p); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	lim := WithLimits(Limits{MaxBytes: 4 << 20, MaxCells: 100_000})
	f.Fuzz(func(t *testing.T, data []byte) {
		im, err := Read(bytes.NewReader(data), int64(len(data)), lim)
		checkImport(t, im, err)
	})
}

// FuzzReadCSV reads the Document and Plans files of folders of CSV files
// made by mutating small exports.
func FuzzReadCSV(f *testing.F) {
	for _, p := range seeds(f) {
		dir := f.TempDir()
		if err := WriteCSV(dir, p); err != nil {
			f.Fatal(err)
		}
		doc, _ := os.ReadFile(dir + "/Document.csv")
		plans, _ := os.ReadFile(dir + "/Plans.csv")
		commitments, _ := os.ReadFile(dir + "/Commitments.csv")
		f.Add(doc, plans, commitments)
	}
	lim := WithLimits(Limits{MaxBytes: 1 << 20, MaxCells: 100_000})
	f.Fuzz(func(t *testing.T, doc, plans, commitments []byte) {
		fsys := fstest.MapFS{"Document.csv": {Data: doc}, "Plans.csv": {Data: plans}, "Commitments.csv": {Data: commitments}}
		im, err := ReadCSV(fsys, lim)
		checkImport(t, im, err)
	})
}
