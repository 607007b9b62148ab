package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// canadaWorkbook returns Canada's plan as a workbook, opened for editing.
func canadaWorkbook(t *testing.T) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, canada(t)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func save(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rezip copies the zip archive data, passing each file's content through
// edit.
func rezip(t *testing.T, data []byte, edit func(name string, content []byte) []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(edit(f.Name, content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestHostileWorkbooks checks that each structural problem of a workbook
// is one error that says what and where.
func TestHostileWorkbooks(t *testing.T) {
	edited := func(edit func(f *excelize.File) error) func(t *testing.T) []byte {
		return func(t *testing.T) []byte {
			f := canadaWorkbook(t)
			if err := edit(f); err != nil {
				t.Fatal(err)
			}
			return save(t, f)
		}
	}
	bomb := func(t *testing.T) []byte {
		var out bytes.Buffer
		zw := zip.NewWriter(&out)
		w, _ := zw.Create("xl/worksheets/sheet1.xml")
		w.Write(make([]byte, 4<<20))
		zw.Close()
		return out.Bytes()
	}
	long := strings.Repeat("é", MaxCellChars+1)
	tests := []struct {
		name   string
		input  func(t *testing.T) []byte
		limits Limits
		err    error
		place  string
	}{
		{"not a zip", func(*testing.T) []byte { return []byte("id,title\nC01,Open data\n") }, Limits{}, ErrNotWorkbook, ""},
		{"password-protected", func(*testing.T) []byte { return append(bytes.Clone(oleMagic), make([]byte, 512)...) }, Limits{}, ErrProtected, ""},
		{"a zip but no workbook", func(t *testing.T) []byte {
			var out bytes.Buffer
			zw := zip.NewWriter(&out)
			w, _ := zw.Create("word/document.xml")
			w.Write([]byte("<document/>"))
			zw.Close()
			return out.Bytes()
		}, Limits{}, ErrNotWorkbook, ""},
		{"zip bomb", bomb, Limits{MaxBytes: 1 << 20}, ErrTooLarge, ""},
		{"Plans sheet missing", edited(func(f *excelize.File) error { return f.DeleteSheet("Plans") }), Limits{}, ErrMissingSheet, "Plans"},
		{"header renamed", edited(func(f *excelize.File) error { return f.SetCellStr("Commitments", "D2", "titel_en") }), Limits{}, ErrColumn, "Commitments!D2"},
		{"header duplicated", edited(func(f *excelize.File) error { return f.SetCellStr("Commitments", "D2", "id") }), Limits{}, ErrColumn, "Commitments!D2"},
		{"parent column deleted", edited(func(f *excelize.File) error { return f.SetCellStr("Milestones", "B2", "") }), Limits{}, ErrColumn, "Milestones!2:2"},
		{"value under no column", edited(func(f *excelize.File) error { return f.SetCellStr("Plans", "ZZ3", "note") }), Limits{}, ErrColumn, "Plans!ZZ3"},
		{"merged cells", edited(func(f *excelize.File) error { return f.MergeCell("Commitments", "D3", "D4") }), Limits{}, ErrMerged, "Commitments!D3"},
		{"formula", edited(func(f *excelize.File) error { return f.SetCellFormula("Reports", "C4", `"2020"&"-03"`) }), Limits{}, ErrFormula, "Reports!C4"},
		{"unknown commitment", edited(func(f *excelize.File) error { return f.SetCellStr("Milestones", "B9", "C99") }), Limits{}, ErrNoParent, "Milestones!B9"},
		{"unknown plan", edited(func(f *excelize.File) error { return f.SetCellStr("Reports", "A3", "CA-2099") }), Limits{}, ErrNoParent, "Reports!A3"},
		{"two document rows", edited(func(f *excelize.File) error { return f.SetCellStr("Document", "B4", "1.0.0") }), Limits{}, ErrRows, "Document!4:4"},
		{"bad empty-list mark", edited(func(f *excelize.File) error {
			return f.SetSheetCol("Commitments", "AZ2", &[]any{"milestones", "none"})
		}), Limits{}, ErrMarker, "Commitments!AZ3"},
		{"cell too long", func(t *testing.T) []byte {
			return rezip(t, save(t, canadaWorkbook(t)), func(name string, b []byte) []byte {
				if name == "xl/worksheets/sheet4.xml" { // Commitments
					return bytes.Replace(b, []byte("C01"), []byte(long), 1)
				}
				return b
			})
		}, Limits{}, ErrCellTooLong, "Commitments!B3"},
		{"too many rows", edited(func(*excelize.File) error { return nil }), Limits{MaxRows: 100}, ErrTooLarge, "Indicators!101:101"},
		{"too many columns", edited(func(f *excelize.File) error { return f.SetCellStr("Reports", "XFD3", "x") }), Limits{}, ErrTooLarge, "Reports!3:3"},
		{"too many cells", edited(func(*excelize.File) error { return nil }), Limits{MaxCells: 2000}, ErrTooLarge, ""},
		{"too much text", edited(func(*excelize.File) error { return nil }), Limits{MaxChars: 10000}, ErrTooLarge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.input(t)
			_, err := Read(bytes.NewReader(data), int64(len(data)), WithLimits(tt.limits))
			var e *Error
			if !errors.Is(err, tt.err) || !errors.As(err, &e) {
				t.Fatalf("Read: %v; want an *Error wrapping %v", err, tt.err)
			}
			if tt.place != "" && e.Cell.String() != tt.place {
				t.Errorf("Read: %v; want it at %s", err, tt.place)
			}
			t.Log(err)
		})
	}
}

// TestHostileCSV checks the structural problems a folder of CSV files can
// have.
func TestHostileCSV(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(dir string) error
		err   error
		place string
	}{
		{"Document.csv missing", func(dir string) error { return os.Remove(filepath.Join(dir, "Document.csv")) }, ErrMissingSheet, "Document"},
		{"not CSV", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "Reports.csv"), []byte("a,b\nc,\"d\n"), 0o666)
		}, ErrCSV, ""},
		{"cell too long", func(dir string) error {
			return appendTo(filepath.Join(dir, "Institutions.csv"), "CA-2018-2020,x,"+strings.Repeat("n", MaxCellChars+1)+"\r\n")
		}, ErrCellTooLong, "Institutions!C22"},
		{"unknown plan", func(dir string) error {
			return appendTo(filepath.Join(dir, "Institutions.csv"), "CA-2099,x,y\r\n")
		}, ErrNoParent, "Institutions!A22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := WriteCSV(dir, canada(t)); err != nil {
				t.Fatal(err)
			}
			if err := tt.edit(dir); err != nil {
				t.Fatal(err)
			}
			_, err := ReadCSV(os.DirFS(dir))
			var e *Error
			if !errors.Is(err, tt.err) || !errors.As(err, &e) {
				t.Fatalf("ReadCSV: %v; want an *Error wrapping %v", err, tt.err)
			}
			if tt.place != "" && e.Cell.String() != tt.place {
				t.Errorf("ReadCSV: %v; want it at %s", err, tt.place)
			}
			t.Log(err)
		})
	}
}

func appendTo(file, s string) error {
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(s)
	return err
}
