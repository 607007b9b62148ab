package sheet

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Read reads an Excel workbook (.xlsx) of size bytes laid out as the
// package documentation describes. It is strict about structure and
// lenient about content: a structural problem is an [*Error] naming its
// place, and any text of a cell goes into [Import.JSON] as it is, for
// package validate to judge. Read costs time and memory in proportion to
// the workbook, within [Limits].
func Read(r io.ReaderAt, size int64, opts ...Option) (*Import, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, err
	}
	src, err := openWorkbook(r, size, o.limits)
	if err != nil {
		return nil, err
	}
	defer src.f.Close()
	return read(src, o)
}

// ReadCSV reads a folder of CSV files, one per sheet of the layout and
// named after it (Plans.csv), as [WriteCSV] writes them: UTF-8, with or
// without a byte order mark. A missing file is a sheet with no rows, but
// for Document.csv and Plans.csv, which are required.
func ReadCSV(fsys fs.FS, opts ...Option) (*Import, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, err
	}
	return read(&csvSource{fsys: fsys, lim: o.limits}, o)
}

// oleMagic begins an OLE compound file: an encrypted workbook, or an .xls.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

type workbook struct {
	f     *excelize.File
	parts map[string]string // sheet name -> its part in the zip
	lim   Limits
	cells int
}

// openWorkbook checks the zip archive before excelize reads it: its size
// unzipped, and, for each sheet of the layout, its rows, columns, formulas
// and merged cells, in one pass over the sheet's XML that keeps nothing.
func openWorkbook(r io.ReaderAt, size int64, lim Limits) (*workbook, error) {
	if size > lim.MaxBytes {
		return nil, &Error{Err: fmt.Errorf("%w: the workbook is more than %d bytes", ErrTooLarge, lim.MaxBytes),
			Args: []string{"limit", strconv.FormatInt(lim.MaxBytes, 10), "unit", "bytes"}}
	}
	magic := make([]byte, len(oleMagic))
	if n, _ := r.ReadAt(magic, 0); n == len(magic) && bytes.Equal(magic, oleMagic) {
		return nil, &Error{Err: ErrProtected}
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, &Error{Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	var total uint64
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		// archive/zip refuses to read more than a file declares.
		if total += f.UncompressedSize64; total > uint64(lim.MaxBytes) {
			return nil, &Error{Err: fmt.Errorf("%w: the workbook unzips to more than %d bytes", ErrTooLarge, lim.MaxBytes),
				Args: []string{"limit", strconv.FormatInt(lim.MaxBytes, 10), "unit", "bytes"}}
		}
		files[f.Name] = f
	}
	if len(zr.File) > 10000 {
		return nil, &Error{Err: fmt.Errorf("%w: the workbook has more than 10000 parts", ErrTooLarge),
			Args: []string{"limit", "10000", "unit", "parts"}}
	}
	parts, err := sheetParts(files)
	if err != nil {
		return nil, &Error{Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	wb := &workbook{parts: parts, lim: lim}
	for _, spec := range layout {
		if p, ok := parts[strings.ToLower(spec.name)]; ok {
			if err := wb.scan(spec.name, files[p]); err != nil {
				return nil, err
			}
		}
	}
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: lim.MaxBytes, UnzipXMLSizeLimit: min(lim.MaxBytes, 16<<20)})
	if err != nil {
		return nil, &Error{Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	wb.f = f
	return wb, nil
}

// sheetParts maps the workbook's sheet names, in lower case, to their parts.
func sheetParts(files map[string]*zip.File) (map[string]string, error) {
	var wbx struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := readXML(files["xl/workbook.xml"], &wbx); err != nil {
		return nil, err
	}
	if err := readXML(files["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		return nil, err
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	// Sheet names are compared without case, as Excel and excelize compare
	// them: two names that differ only in case would let the checks here
	// and excelize read different sheets.
	parts := map[string]string{} // lower-case name -> part
	for _, s := range wbx.Sheets {
		key := strings.ToLower(s.Name)
		if _, dup := parts[key]; dup {
			return nil, fmt.Errorf("two sheets are named %q but for case", s.Name)
		}
		if t, ok := targets[s.ID]; ok && files[t] != nil {
			parts[key] = t
		}
	}
	return parts, nil
}

func readXML(f *zip.File, v any) error {
	if f == nil {
		return errors.New("no workbook part")
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, 16<<20)).Decode(v)
}

// scan checks a sheet's XML for what an import refuses or cannot afford,
// reading its tags without parsing the XML: a "<" in XML is always markup
// (text and attribute values escape it), but in comments and CDATA.
func (wb *workbook) scan(sheet string, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return &Error{Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	rows, rowNum, col, widest := 0, 0, 0, 0
	var ref string // the current cell's reference
	inCell := false
	fail := func(row, col int, err error, args ...string) error {
		return &Error{Cell: Cell{Sheet: sheet, Row: row, Col: col}, Err: err, Args: args}
	}
	endRow := func() error {
		if wb.cells += widest; wb.cells > wb.lim.MaxCells {
			return fail(rowNum, 0, fmt.Errorf("%w: the sheets have more than %d cells", ErrTooLarge, wb.lim.MaxCells), "limit", strconv.Itoa(wb.lim.MaxCells), "unit", "cells")
		}
		widest, col = 0, 0
		return nil
	}
	var tag []byte
	for {
		if _, err := br.ReadSlice('<'); err != nil {
			if err == bufio.ErrBufferFull {
				continue
			}
			if err == io.EOF {
				return endRow()
			}
			return &Error{Cell: Cell{Sheet: sheet}, Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
		}
		tag, err = readTag(br, tag[:0])
		if err != nil {
			return &Error{Cell: Cell{Sheet: sheet}, Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
		}
		if isEnd(tag, "c") {
			inCell = false
		}
		name := tagName(tag)
		switch name {
		case "row":
			if err := endRow(); err != nil {
				return err
			}
			rows++
			if n, ok := atoi(attr(tag, "r")); ok {
				rowNum = n
			} else {
				rowNum++
			}
			if rows > wb.lim.MaxRows || rowNum > wb.lim.MaxRows {
				return fail(rowNum, 0, fmt.Errorf("%w: more than %d rows", ErrTooLarge, wb.lim.MaxRows), "limit", strconv.Itoa(wb.lim.MaxRows), "unit", "rows")
			}
		case "c":
			inCell = tag[len(tag)-1] != '/'
			ref = attr(tag, "r")
			if c, _, err := excelize.CellNameToCoordinates(ref); err == nil {
				col = c
			} else {
				col++
			}
			if col > wb.lim.MaxColumns {
				return fail(rowNum, 0, fmt.Errorf("%w: more than %d columns", ErrTooLarge, wb.lim.MaxColumns), "limit", strconv.Itoa(wb.lim.MaxColumns), "unit", "columns")
			}
			widest = max(widest, col)
		case "f":
			if inCell { // not an f of an extension, such as a list's source
				return fail(rowNum, col, ErrFormula)
			}
		case "mergeCell":
			first, _, _ := strings.Cut(attr(tag, "ref"), ":")
			c, r, _ := excelize.CellNameToCoordinates(first)
			return fail(r, c, ErrMerged)
		}
	}
}

// readTag reads the rest of a tag after its "<", skipping comments,
// CDATA sections and processing instructions whole; it returns the tag's
// bytes without the final ">", or nothing for what it skipped.
func readTag(br *bufio.Reader, buf []byte) ([]byte, error) {
	peek, _ := br.Peek(8)
	skipTo := ""
	switch {
	case bytes.HasPrefix(peek, []byte("!--")):
		skipTo = "-->"
	case bytes.HasPrefix(peek, []byte("![CDATA[")):
		skipTo = "]]>"
	case bytes.HasPrefix(peek, []byte("?")):
		skipTo = "?>"
	}
	if skipTo != "" {
		last := skipTo[len(skipTo)-1]
		var tail []byte
		for {
			b, err := br.ReadByte()
			if err != nil {
				return nil, err
			}
			tail = append(tail, b)
			if len(tail) > len(skipTo) {
				tail = tail[1:]
			}
			if b == last && string(tail) == skipTo {
				return buf, nil
			}
		}
	}
	var quote byte
	for {
		b, err := br.ReadByte()
		if err != nil {
			return nil, err
		}
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			return buf, nil
		}
		if len(buf) < 4096 { // a cell's tag is short; a longer one is no cell
			buf = append(buf, b)
		}
	}
}

// tagName returns the local name of a start tag, or "" for an end tag.
// isEnd reports whether tag ends an element of the local name.
func isEnd(tag []byte, name string) bool {
	if len(tag) == 0 || tag[0] != '/' {
		return false
	}
	local := bytes.TrimSpace(tag[1:])
	if i := bytes.LastIndexByte(local, ':'); i >= 0 {
		local = local[i+1:]
	}
	return string(local) == name
}

func tagName(tag []byte) string {
	if len(tag) == 0 || tag[0] == '/' || tag[0] == '!' || tag[0] == '?' {
		return ""
	}
	end := bytes.IndexAny(tag, " \t\r\n/")
	if end < 0 {
		end = len(tag)
	}
	name := tag[:end]
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return string(name)
}

// attr returns the value of the attribute called name (without a
// namespace prefix) in a tag, or "".
func attr(tag []byte, name string) string {
	for i := 0; i < len(tag); {
		j := bytes.IndexAny(tag[i:], " \t\r\n")
		if j < 0 {
			return ""
		}
		i += j + 1
		rest := tag[i:]
		eq := bytes.IndexByte(rest, '=')
		if eq < 0 || eq+1 >= len(rest) {
			return ""
		}
		q := rest[eq+1]
		if q != '"' && q != '\'' {
			return ""
		}
		end := bytes.IndexByte(rest[eq+2:], q)
		if end < 0 {
			return ""
		}
		if strings.TrimSpace(string(rest[:eq])) == name {
			return string(rest[eq+2 : eq+2+end])
		}
		i += eq + 2 + end + 1
	}
	return ""
}

func atoi(s string) (int, bool) {
	n := 0
	if s == "" || len(s) > 9 {
		return 0, false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func (wb *workbook) rows(name string, fn func(n int, cells []string) error) (bool, error) {
	if _, ok := wb.parts[strings.ToLower(name)]; !ok {
		return false, nil
	}
	rows, err := wb.f.Rows(name)
	if err != nil {
		return true, &Error{Cell: Cell{Sheet: name}, Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	defer rows.Close()
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
		}
		if err := fn(n, cells); err != nil {
			return true, err
		}
	}
	if err := rows.Error(); err != nil {
		return true, &Error{Cell: Cell{Sheet: name}, Err: fmt.Errorf("%w: %v", ErrNotWorkbook, err)}
	}
	return true, nil
}

type csvSource struct {
	fsys  fs.FS
	lim   Limits
	cells int
}

func (c *csvSource) rows(name string, fn func(n int, cells []string) error) (bool, error) {
	file := name + ".csv"
	f, err := c.fsys.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return true, &Error{Cell: Cell{Sheet: name}, Err: err}
	}
	defer f.Close()
	lr := &io.LimitedReader{R: f, N: c.lim.MaxBytes + 1}
	br := bufio.NewReader(lr)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\uFEFF")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if lr.N <= 0 {
			return true, &Error{Cell: Cell{Sheet: name}, Err: fmt.Errorf("%w: %s is more than %d bytes", ErrTooLarge, file, c.lim.MaxBytes),
				Args: []string{"limit", strconv.FormatInt(c.lim.MaxBytes, 10), "unit", "bytes"}}
		}
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: %v", ErrCSV, pe.Err)}
			}
			return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: %v", ErrCSV, err)}
		}
		if n > c.lim.MaxRows {
			return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: more than %d rows", ErrTooLarge, c.lim.MaxRows),
				Args: []string{"limit", strconv.Itoa(c.lim.MaxRows), "unit", "rows"}}
		}
		if len(rec) > c.lim.MaxColumns {
			return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: more than %d columns", ErrTooLarge, c.lim.MaxColumns),
				Args: []string{"limit", strconv.Itoa(c.lim.MaxColumns), "unit", "columns"}}
		}
		if c.cells += len(rec); c.cells > c.lim.MaxCells {
			return true, &Error{Cell: Cell{Sheet: name, Row: n}, Err: fmt.Errorf("%w: the sheets have more than %d cells", ErrTooLarge, c.lim.MaxCells),
				Args: []string{"limit", strconv.Itoa(c.lim.MaxCells), "unit", "cells"}}
		}
		if err := fn(n, rec); err != nil {
			return true, err
		}
	}
}
