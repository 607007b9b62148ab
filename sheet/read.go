package sheet

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ogpx/interchange/ogp"
	"github.com/xuri/excelize/v2"
)

// The structural problems that stop an import. An [*Error] wraps one of
// them and names the place.
var (
	// ErrNotWorkbook: the input is not an Excel workbook (.xlsx): not a
	// zip archive, or a zip archive without a workbook in it.
	ErrNotWorkbook = errors.New("not an Excel workbook (.xlsx)")
	// ErrProtected: the input is an OLE compound file, which is what a
	// password-protected workbook is (and an old .xls one).
	ErrProtected = errors.New("a password-protected or old-format (.xls) workbook: save it as .xlsx without a password")
	// ErrMissingSheet: a required sheet (Document, Plans) is missing.
	ErrMissingSheet = errors.New("sheet missing")
	// ErrColumn: row 2 names a column the layout does not have, names one
	// twice, or lacks a parent column; or a cell holds a value under no
	// column name.
	ErrColumn = errors.New("column not in the layout")
	// ErrMerged: the sheet has merged cells, which hide which row a value
	// belongs to.
	ErrMerged = errors.New("merged cells: unmerge them, and write the value in each row")
	// ErrFormula: a cell holds a formula. Its value is whatever the
	// program that saved the workbook last computed, if anything: paste the
	// values instead.
	ErrFormula = errors.New("a formula: paste its value instead")
	// ErrNoParent: a row names a plan, commitment or milestone that no row
	// of its sheet has.
	ErrNoParent = errors.New("no such parent")
	// ErrRows: the Document sheet has more than one row of data.
	ErrRows = errors.New("the Document sheet has one row of data")
	// ErrMarker: the column of an empty list or object holds something
	// other than [] or {}.
	ErrMarker = errors.New("want [] or {} or nothing")
	// ErrCellTooLong: a cell holds more than [MaxCellChars] characters.
	ErrCellTooLong = fmt.Errorf("cell longer than %d characters", MaxCellChars)
	// ErrCharacter: a text holds a character that XML, and so a workbook,
	// cannot hold: a control character other than tab, line feed and
	// carriage return. Only [Write] returns it; CSV files hold any text.
	ErrCharacter = errors.New("a control character, which no workbook can hold")
	// ErrTooLarge: the input breaks one of the [Limits].
	ErrTooLarge = errors.New("too large")
	// ErrCSV: a CSV file is not CSV.
	ErrCSV = errors.New("not CSV")
)

// Error is a structural problem of a workbook, at a place in it.
type Error struct {
	// Cell is the place: a cell, a row (Col 0) or a whole sheet (Row 0);
	// its Sheet is "" for the whole workbook.
	Cell Cell
	// Err says what is wrong, in English. It wraps one of this package's
	// Err values.
	Err error
	// Reason says what is wrong in a code, when Err's value does not say
	// it alone: "duplicate-column", "missing-column" (row 2 lacks a
	// column the layout requires), "no-columns" (row 2 names none),
	// "unnamed-column" (a value under no column name). When it is empty,
	// the reason is Err's value: see [Error.Finding].
	Reason string
	// Args are the values the reason's message refers to, as name, value
	// pairs: "name" (a column, or the id of a parent no row has), "limit"
	// and "unit" (a limit broken: "1000", "rows").
	Args []string
}

// Error returns "place: reason".
func (e *Error) Error() string {
	if e.Cell.Sheet == "" {
		return "sheet: " + e.Err.Error()
	}
	return e.Cell.String() + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// Cell is a place in a workbook: a cell, a row or a sheet. In a folder of
// CSV files, Sheet names the file without its .csv, Row its line and Col
// its field.
type Cell struct {
	Sheet    string
	Row, Col int // 1-based; 0 for the whole row or sheet
}

// String returns the place as a spreadsheet names it: "Indicators!D14",
// "Indicators!14:14" for a whole row, "Indicators" for a sheet.
func (c Cell) String() string {
	switch {
	case c.Row <= 0:
		return c.Sheet
	case c.Col <= 0:
		return fmt.Sprintf("%s!%d:%d", c.Sheet, c.Row, c.Row)
	}
	name, err := excelize.CoordinatesToCellName(c.Col, c.Row)
	if err != nil {
		name = fmt.Sprintf("R%dC%d", c.Row, c.Col)
	}
	return c.Sheet + "!" + name
}

// Limits bound the work of an import. A zero field takes its default.
type Limits struct {
	// MaxBytes bounds the workbook's size and the total size of the files
	// in it once unzipped, or the size of each CSV file (default 256 MiB).
	MaxBytes int64
	// MaxRows is the most rows of a sheet (default 1,048,576, Excel's).
	MaxRows int
	// MaxColumns is the most columns of a sheet (default 1024).
	MaxColumns int
	// MaxCells is the most cells of all sheets read together, counting
	// the empty cells before a row's last one (default 20,000,000).
	MaxCells int
	// MaxChars is the most characters of all cells together, and the most
	// bytes of the JSON document they stand for (default 64 Mi, the most a
	// document decodes).
	MaxChars int
}

func (l Limits) withDefaults() Limits {
	l.MaxBytes = cmp.Or(max(l.MaxBytes, 0), 256<<20)
	l.MaxRows = cmp.Or(max(l.MaxRows, 0), excelize.TotalRows)
	l.MaxColumns = cmp.Or(max(l.MaxColumns, 0), 1024)
	l.MaxCells = cmp.Or(max(l.MaxCells, 0), 20_000_000)
	l.MaxChars = cmp.Or(max(l.MaxChars, 0), ogp.DefaultMaxBytes)
	return l
}

// Import is what a workbook stands for: a JSON document, and where each of
// its values comes from.
type Import struct {
	// JSON is the document. It is in the canonical encoding when it
	// decodes; else it is the document as the cells write it, indented,
	// for package validate to report what is wrong with it.
	JSON []byte

	root  *row
	sheet [len(layout)]*header
}

// Cell returns the cell that the value at the JSON Pointer ptr of
// [Import.JSON] comes from, or the deepest known place on its way: a
// finding on /plans/0/commitments/3/milestones/1/indicators/0/title maps
// to that row's title cell. A text's pointer maps to its first empty cell
// in a language of the document (the language a finding about it most
// likely misses), else to its first cell; a member with no column, and
// an item itself, map to the first cell of the item's row, and a pointer
// to no item to the row of the deepest item on its way. ok is false only
// when ptr is not a JSON Pointer. Cell costs a walk along ptr; it keeps
// only the rows' numbers and each sheet's columns, not the cells.
func (im *Import) Cell(ptr string) (Cell, bool) {
	if im == nil || im.root == nil || (ptr != "" && ptr[0] != '/') {
		return Cell{}, false
	}
	s, r := sDocument, im.root
	rest := ptr
	for rest != "" {
		tok, after := nextToken(rest)
		f, ok := childField(s, tok)
		if !ok {
			break // a member of the item
		}
		if after == "" {
			break // the list itself: the row
		}
		itok, after2 := nextToken(after)
		i, err := strconv.Atoi(itok)
		kids := r.kids[f.child]
		if err != nil || i < 0 || i >= len(kids) || itok != strconv.Itoa(i) {
			break // no item of the list: the row
		}
		s, r, rest = f.child, kids[i], after2
	}
	h := im.sheet[s]
	c := Cell{Sheet: layout[s].name, Row: r.n, Col: 1}
	if h == nil {
		return c, true
	}
	if col, ok := r.gaps[rest]; ok {
		c.Col = col + 1
		return c, true
	}
	for p := rest; p != ""; p = p[:strings.LastIndexByte(p, '/')] {
		if col, ok := h.byPtr[p]; ok {
			c.Col = col + 1
			break
		}
	}
	return c, true
}

func nextToken(ptr string) (tok, rest string) {
	ptr = ptr[1:]
	if i := strings.IndexByte(ptr, '/'); i >= 0 {
		return ptr[:i], ptr[i:]
	}
	return ptr, ""
}

// childField returns the field of sheet s that holds items of another
// sheet and is called name.
func childField(s int, name string) (field, bool) {
	for _, f := range layout[s].fields {
		if f.kind == kChildren && f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// row is one row of data, and the rows of the items it holds.
type row struct {
	n     int
	cells []string
	kids  map[int][]*row // by sheet
	gaps  map[string]int // text pointer -> its first empty column in a language of the document
}

// header is what row 2 of a sheet says: the columns.
type header struct {
	cols    []column
	byPath  map[string]int   // string, int, list and marker columns
	byPtr   map[string]int   // JSON Pointer in the item, and each of its prefixes -> first column
	texts   map[string][]int // text path -> its columns, by language
	extras  map[string][]int // object path -> its extension columns, by name
	inObj   map[string][]int // object path -> every column in it
	parents []int
}

// noColumn marks a column with no name in row 2.
const noColumn kind = 101

// parseHeader reads row 2 of sheet s.
func parseHeader(s int, names []string, newer bool) (*header, error) {
	spec := &layout[s]
	h := &header{byPath: map[string]int{}, byPtr: map[string]int{}, texts: map[string][]int{},
		extras: map[string][]int{}, inObj: map[string][]int{}, parents: make([]int, len(spec.parents))}
	for i := range h.parents {
		h.parents[i] = -1
	}
	seen := map[string]int{}
	for i, name := range names {
		if name == "" {
			h.cols = append(h.cols, column{kind: noColumn, parent: -1})
			continue
		}
		cell := Cell{Sheet: spec.name, Row: 2, Col: i + 1}
		if j, dup := seen[name]; dup {
			return nil, &Error{Cell: cell, Err: fmt.Errorf("%w: %q is column %s too", ErrColumn, name, colName(j)),
				Reason: "duplicate-column", Args: []string{"name", name}}
		}
		seen[name] = i
		c, err := parseColumn(spec, name, newer)
		if err != nil {
			return nil, &Error{Cell: cell, Err: err, Args: []string{"name", name}}
		}
		h.cols = append(h.cols, c)
		switch {
		case c.parent >= 0:
			h.parents[c.parent] = i
			continue
		case c.kind == kText:
			h.texts[c.path] = append(h.texts[c.path], i)
		case c.kind == kExtra:
			h.extras[c.obj] = append(h.extras[c.obj], i)
		default:
			h.byPath[c.path] = i
		}
		for o := c.obj; o != ""; o = o[:max(strings.LastIndexByte(o, '.'), 0)] {
			h.inObj[o] = append(h.inObj[o], i)
		}
		if c.kind == kObject {
			h.inObj[c.path] = append(h.inObj[c.path], i)
		}
		for p := c.ptr; p != ""; p = p[:strings.LastIndexByte(p, '/')] {
			if _, ok := h.byPtr[p]; !ok {
				h.byPtr[p] = i
			}
		}
	}
	for i, p := range h.parents {
		if p < 0 {
			return nil, &Error{Cell: Cell{Sheet: spec.name, Row: 2}, Err: fmt.Errorf("%w: no column %q", ErrColumn, spec.parents[i]),
				Reason: "missing-column", Args: []string{"name", spec.parents[i]}}
		}
	}
	for _, cols := range h.texts {
		slices.SortFunc(cols, func(a, b int) int { return strings.Compare(h.cols[a].lang, h.cols[b].lang) })
	}
	for _, cols := range h.extras {
		slices.SortFunc(cols, func(a, b int) int { return strings.Compare(h.cols[a].extra, h.cols[b].extra) })
	}
	return h, nil
}

func colName(i int) string {
	s, _ := excelize.ColumnNumberToName(i + 1)
	return s
}

// parseColumn reads the machine name of a column of sheet spec. In a
// document of a newer minor format version any unknown name is a member
// that version may have added; else it must begin with "x-".
func parseColumn(spec *sheetSpec, name string, newer bool) (column, error) {
	if !utf8.ValidString(name) {
		return column{}, fmt.Errorf("%w: %q is not UTF-8", ErrColumn, name)
	}
	for i, p := range spec.parents {
		if name == p {
			return column{name: name, path: name, kind: kString, parent: i}, nil
		}
	}
	if c, ok := findColumn(spec.fields, "", name); ok {
		return c, nil
	}
	obj, rest := "", name
	for _, f := range spec.fields {
		if f.kind == kObject && strings.HasPrefix(name, f.name+".") {
			obj, rest = f.name, name[len(f.name)+1:]
		}
	}
	if rest == "" || (!strings.HasPrefix(rest, "x-") && !newer) {
		return column{}, fmt.Errorf("%w: %q", ErrColumn, name)
	}
	ptr := "/" + ogp.PointerToken(rest)
	if obj != "" {
		ptr = pointerOf(obj) + ptr
	}
	return column{name: name, path: name, ptr: ptr, kind: kExtra, parent: -1, extra: rest, obj: obj}, nil
}

func findColumn(fields []field, prefix, name string) (column, bool) {
	obj := strings.TrimSuffix(prefix, ".")
	for _, f := range fields {
		path := prefix + f.name
		c := column{name: name, path: path, ptr: pointerOf(path), kind: f.kind, parent: -1, obj: obj}
		switch f.kind {
		case kText:
			if lang, ok := strings.CutPrefix(name, path+"_"); ok && lang != "" {
				c.lang, c.ptr = lang, pointerOf(path, lang)
				return c, true
			}
		case kObject:
			if name == path {
				return c, true
			}
			if c, ok := findColumn(f.fields, path+".", name); ok {
				return c, true
			}
		default:
			if name == path {
				return c, true
			}
		}
	}
	return column{}, false
}

// source is a workbook or a folder of CSV files, read a sheet at a time.
type source interface {
	// rows calls fn with each row of the sheet called name, in order, with
	// its 1-based number. It returns false when there is no such sheet.
	rows(name string, fn func(n int, cells []string) error) (bool, error)
}

// builder turns the rows of the sheets into a document.
type builder struct {
	lim         Limits
	chars       int
	newer       bool
	langs       []string // the document's languages
	heads       [len(layout)]*header
	doc         *row
	plans       []*row
	planByID    map[string]*row
	commitments map[key]*row
	milestones  map[key]*row
}

type key struct {
	plan *row
	id   string
}

func read(src source, o *options) (*Import, error) {
	b := &builder{lim: o.limits, planByID: map[string]*row{}, commitments: map[key]*row{}, milestones: map[key]*row{}}
	for s := range layout {
		if err := b.sheet(src, s); err != nil {
			return nil, err
		}
	}
	return b.emit()
}

func (b *builder) sheet(src source, s int) error {
	spec := &layout[s]
	var pending []string // Document's row 2, read once its version is known
	found, err := src.rows(spec.name, func(n int, cells []string) error {
		for i, c := range cells {
			if len(c) > MaxCellChars && utf8.RuneCountInString(c) > MaxCellChars {
				return &Error{Cell: Cell{Sheet: spec.name, Row: n, Col: i + 1}, Err: ErrCellTooLong}
			}
			if b.chars += len(c); b.chars > b.lim.MaxChars {
				return &Error{Cell: Cell{Sheet: spec.name, Row: n, Col: i + 1},
					Err:  fmt.Errorf("%w: the cells hold more than %d bytes", ErrTooLarge, b.lim.MaxChars),
					Args: []string{"limit", strconv.Itoa(b.lim.MaxChars), "unit", "bytes"}}
			}
		}
		switch {
		case n == 1:
			return nil
		case n == 2 && s == sDocument:
			pending = cells
			return nil
		case n == 2:
			h, err := parseHeader(s, cells, b.newer)
			b.heads[s] = h
			return err
		case blank(cells):
			return nil
		}
		if s == sDocument && b.heads[s] == nil {
			if err := b.documentHeader(pending, cells); err != nil {
				return err
			}
		}
		h := b.heads[s]
		if h == nil {
			return &Error{Cell: Cell{Sheet: spec.name, Row: 2}, Err: fmt.Errorf("%w: row 2 names no column", ErrColumn), Reason: "no-columns"}
		}
		for i := len(h.cols); i < len(cells); i++ {
			if cells[i] != "" {
				return &Error{Cell: Cell{Sheet: spec.name, Row: n, Col: i + 1}, Err: fmt.Errorf("%w: a value under no column name", ErrColumn), Reason: "unnamed-column"}
			}
		}
		for i, c := range h.cols {
			if c.kind == noColumn && i < len(cells) && cells[i] != "" {
				return &Error{Cell: Cell{Sheet: spec.name, Row: n, Col: i + 1}, Err: fmt.Errorf("%w: a value under no column name", ErrColumn), Reason: "unnamed-column"}
			}
		}
		if len(cells) < len(h.cols) {
			cells = append(cells, make([]string, len(h.cols)-len(cells))...)
		}
		return b.add(s, &row{n: n, cells: cells[:len(h.cols)]})
	})
	if err != nil {
		return err
	}
	if !found {
		if s == sDocument || s == sPlans {
			return &Error{Cell: Cell{Sheet: spec.name}, Err: ErrMissingSheet}
		}
		return nil
	}
	if s == sDocument && b.heads[s] == nil {
		if err := b.documentHeader(pending, nil); err != nil {
			return err
		}
	}
	if b.heads[s] == nil {
		return &Error{Cell: Cell{Sheet: spec.name, Row: 2}, Err: fmt.Errorf("%w: row 2 names no column", ErrColumn), Reason: "no-columns"}
	}
	return nil
}

// documentHeader reads the Document sheet's row 2 once its first row of
// data says the format version, which decides what columns it may have.
func (b *builder) documentHeader(names, data []string) error {
	if i := slices.Index(names, "formatVersion"); i >= 0 && i < len(data) {
		c, err := ogp.CheckVersion(data[i])
		b.newer = err == nil && c == ogp.NewerMinor
	}
	if i := slices.Index(names, "languages"); i >= 0 && i < len(data) {
		b.langs = splitList(data[i])
	}
	h, err := parseHeader(sDocument, names, b.newer)
	b.heads[sDocument] = h
	return err
}

func blank(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return false
		}
	}
	return true
}

// add files a row under its parent.
func (b *builder) add(s int, r *row) error {
	spec, h := &layout[s], b.heads[s]
	id := ""
	if i, ok := h.byPath["id"]; ok {
		id = r.cells[i]
	}
	switch s {
	case sDocument:
		if b.doc != nil {
			return &Error{Cell: Cell{Sheet: spec.name, Row: r.n}, Err: ErrRows}
		}
		b.doc = r
		return nil
	case sPlans:
		b.plans = append(b.plans, r)
		if _, ok := b.planByID[id]; !ok {
			b.planByID[id] = r
		}
		return nil
	}
	pc := h.parents[0]
	plan := b.planByID[r.cells[pc]]
	if plan == nil {
		return &Error{Cell: Cell{Sheet: spec.name, Row: r.n, Col: pc + 1}, Err: fmt.Errorf("%w: no plan %q on sheet Plans", ErrNoParent, r.cells[pc]),
			Args: []string{"name", r.cells[pc]}}
	}
	parent := plan
	switch s {
	case sMilestones, sIndicators:
		pc = h.parents[1]
		from, on := b.commitments, "Commitments"
		if s == sIndicators {
			from, on = b.milestones, "Milestones"
		}
		if parent = from[key{plan, r.cells[pc]}]; parent == nil {
			return &Error{Cell: Cell{Sheet: spec.name, Row: r.n, Col: pc + 1},
				Err:  fmt.Errorf("%w: no %s %q of plan %q on sheet %s", ErrNoParent, spec.parents[1], r.cells[pc], plan.id(b), on),
				Args: []string{"name", r.cells[pc]}}
		}
	}
	if parent.kids == nil {
		parent.kids = map[int][]*row{}
	}
	parent.kids[s] = append(parent.kids[s], r)
	switch k := (key{plan, id}); s {
	case sCommitments:
		if _, ok := b.commitments[k]; !ok {
			b.commitments[k] = r
		}
	case sMilestones:
		if _, ok := b.milestones[k]; !ok {
			b.milestones[k] = r
		}
	}
	return nil
}

func (r *row) id(b *builder) string {
	if i, ok := b.heads[sPlans].byPath["id"]; ok {
		return r.cells[i]
	}
	return ""
}

// splitList reads a list cell: items separated by ";", spaces around them
// left out.
func splitList(s string) []string {
	var items []string
	for item := range strings.SplitSeq(s, ";") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	return items
}

// emitter writes the document the rows stand for.
type emitter struct {
	b   *builder
	buf []byte
	err error
}

func (b *builder) emit() (*Import, error) {
	if b.doc == nil {
		b.doc = &row{n: 3, cells: make([]string, len(b.heads[sDocument].cols))}
	}
	b.doc.kids = map[int][]*row{sPlans: b.plans}
	e := &emitter{b: b}
	e.object(sDocument, b.doc)
	if e.err != nil {
		return nil, e.err
	}
	im := &Import{root: b.doc, sheet: b.heads}
	if p, err := ogp.Decode(e.buf); err == nil {
		if im.JSON, err = ogp.Encode(p); err == nil {
			return im, nil
		}
	}
	var out bytes.Buffer
	if err := json.Indent(&out, e.buf, "", "  "); err != nil {
		return nil, err // cannot happen: every value written is JSON
	}
	out.WriteByte('\n')
	im.JSON = out.Bytes()
	return im, nil
}

func (e *emitter) object(s int, r *row) {
	if e.err != nil {
		return
	}
	e.buf = append(e.buf, '{')
	first := true
	e.members(s, r, layout[s].fields, "", &first)
	e.buf = append(e.buf, '}')
	if len(e.buf) > e.b.lim.MaxChars && e.err == nil {
		// Short cells make long JSON: bound what is written, not only what
		// is read.
		e.err = &Error{Cell: Cell{Sheet: layout[s].name, Row: r.n},
			Err:  fmt.Errorf("%w: the document the workbook stands for is more than %d bytes", ErrTooLarge, e.b.lim.MaxChars),
			Args: []string{"limit", strconv.Itoa(e.b.lim.MaxChars), "unit", "bytes"}}
	}
	r.cells = nil // the source map needs only the rows' numbers
}

func (e *emitter) name(first *bool, name string) {
	if !*first {
		e.buf = append(e.buf, ',')
	}
	*first = false
	e.buf = appendString(e.buf, name)
	e.buf = append(e.buf, ':')
}

func (e *emitter) members(s int, r *row, fields []field, prefix string, first *bool) {
	h := e.b.heads[s]
	cell := func(path string) (string, int) {
		if i, ok := h.byPath[path]; ok {
			return r.cells[i], i
		}
		return "", -1
	}
	marker := func(path, want string) bool {
		v, i := cell(path)
		if v != "" && v != want && e.err == nil {
			e.err = &Error{Cell: Cell{Sheet: layout[s].name, Row: r.n, Col: i + 1}, Err: ErrMarker}
		}
		return v == want
	}
	for _, f := range fields {
		path := prefix + f.name
		switch f.kind {
		case kString:
			if v, _ := cell(path); v != "" {
				e.name(first, f.name)
				e.buf = appendString(e.buf, v)
			}
		case kInt:
			if v, _ := cell(path); v != "" {
				e.name(first, f.name)
				if (v[0] == '-' || v[0] >= '0' && v[0] <= '9') && json.Valid([]byte(v)) {
					e.buf = append(e.buf, v...)
				} else {
					e.buf = appendString(e.buf, v)
				}
			}
		case kList:
			v, _ := cell(path)
			if v == "[]" {
				e.name(first, f.name)
				e.buf = append(e.buf, "[]"...)
			} else if items := splitList(v); len(items) > 0 {
				e.name(first, f.name)
				e.buf = append(e.buf, '[')
				for i, item := range items {
					if i > 0 {
						e.buf = append(e.buf, ',')
					}
					e.buf = appendString(e.buf, item)
				}
				e.buf = append(e.buf, ']')
			}
		case kText:
			e.text(s, r, f.name, path, first)
		case kObject:
			content := false
			for _, i := range h.inObj[path] {
				if r.cells[i] != "" && h.cols[i].kind != kObject {
					content = true
				}
			}
			if !marker(path, "{}") && !content {
				continue
			}
			e.name(first, f.name)
			e.buf = append(e.buf, '{')
			inner := true
			e.members(s, r, f.fields, path+".", &inner)
			e.buf = append(e.buf, '}')
		case kChildren:
			kids := r.kids[f.child]
			if !marker(path, "[]") && !f.required && len(kids) == 0 {
				continue
			}
			e.name(first, f.name)
			e.buf = append(e.buf, '[')
			for i, k := range kids {
				if i > 0 {
					e.buf = append(e.buf, ',')
				}
				e.object(f.child, k)
			}
			e.buf = append(e.buf, ']')
		}
	}
	for _, i := range h.extras[strings.TrimSuffix(prefix, ".")] {
		v := r.cells[i]
		if v == "" {
			continue
		}
		e.name(first, h.cols[i].extra)
		if json.Valid([]byte(v)) {
			e.buf = append(e.buf, strings.TrimSpace(v)...)
		} else {
			e.buf = appendString(e.buf, v)
		}
	}
}

// text writes the text at path, one member per language with a cell, and
// notes its first empty cell in a language of the document.
func (e *emitter) text(s int, r *row, name, path string, first *bool) {
	h := e.b.heads[s]
	cols := h.texts[path]
	gap := -1
	any := false
	for _, i := range cols {
		if r.cells[i] != "" {
			any = true
		} else if gap < 0 && slices.Contains(e.b.langs, h.cols[i].lang) {
			gap = i
		}
	}
	if !any {
		return
	}
	if gap >= 0 {
		if r.gaps == nil {
			r.gaps = map[string]int{}
		}
		r.gaps[pointerOf(path)] = gap
	}
	e.name(first, name)
	e.buf = append(e.buf, '{')
	inner := true
	for _, i := range cols {
		if v := r.cells[i]; v != "" {
			e.name(&inner, h.cols[i].lang)
			e.buf = appendString(e.buf, v)
		}
	}
	e.buf = append(e.buf, '}')
}

// appendString appends s as a JSON string. Bytes that are not UTF-8 are
// kept, for the validator to report.
func appendString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			buf = append(buf, '\\', c)
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c < 0x20:
			buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, '"')
}
