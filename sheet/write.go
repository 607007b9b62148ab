package sheet

import (
	"bytes"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ogpx/interchange/ogp"
	"github.com/xuri/excelize/v2"
)

// MaxCellChars is the most characters a cell holds, Excel's limit.
const MaxCellChars = 32767

// Option configures an export or an import.
type Option func(*options) error

type options struct {
	lang   string
	limits Limits
}

// Language sets the language of the headers people read, in row 1: "en"
// (the default) or "fr"; a regional tag such as "fr-CA" picks its
// language. An import ignores it.
func Language(tag string) Option {
	return func(o *options) error {
		if _, lang, ok := ogp.NewText("en", "fr").Pick(tag); ok {
			o.lang = lang
			return nil
		}
		return fmt.Errorf("sheet: no headers in language %q (want en or fr)", tag)
	}
}

// WithLimits sets the limits of an import; a zero field keeps its default.
// An export ignores it.
func WithLimits(l Limits) Option {
	return func(o *options) error { o.limits = l.withDefaults(); return nil }
}

func newOptions(opts []Option) (*options, error) {
	o := &options{lang: "en", limits: Limits{}.withDefaults()}
	for _, opt := range opts {
		if err := opt(o); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// table is one sheet ready to write: its columns and its rows of cells.
type table struct {
	spec *sheetSpec
	cols []column
	rows [][]string
}

// Write writes p as an Excel workbook (.xlsx) in the layout the package
// documentation describes. Every cell is a text cell. The error is an
// [*Error] naming the cell for a value no workbook can hold (a text longer
// than [MaxCellChars], or with a control character: [ErrCharacter]) or a
// member the layout cannot name.
func Write(w io.Writer, p *ogp.Package, opts ...Option) error {
	o, err := newOptions(opts)
	if err != nil {
		return err
	}
	tables, err := tablesOf(p)
	if err != nil {
		return err
	}
	f, err := newWorkbook(tables, o.lang, false)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Write(w)
}

// WriteTemplate writes the empty workbook: the headers of every sheet, with
// columns for English and French texts (the headers' language first), a
// drop-down list on each column of a closed code list (statuses, member
// kinds, hemispheres), text format on every column so that ids and dates
// stay as typed, and frozen header rows.
func WriteTemplate(w io.Writer, opts ...Option) error {
	o, err := newOptions(opts)
	if err != nil {
		return err
	}
	langs := []string{"en", "fr"}
	if o.lang == "fr" {
		langs = []string{"fr", "en"}
	}
	tables, err := tablesOf(&ogp.Package{Languages: langs})
	if err != nil {
		return err
	}
	tables[sDocument].rows = nil // no document row either
	f, err := newWorkbook(tables, o.lang, true)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Write(w)
}

// WriteCSV writes p as a folder of CSV files, one per sheet of the workbook
// layout and named after it (Plans.csv), in UTF-8 with a byte order mark so
// that spreadsheet programs read it as UTF-8. It creates dir if need be.
// Each file's line n is row n of its sheet.
func WriteCSV(dir string, p *ogp.Package, opts ...Option) error {
	o, err := newOptions(opts)
	if err != nil {
		return err
	}
	tables, err := tablesOf(p)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	for _, t := range tables {
		var b bytes.Buffer
		b.WriteString("\uFEFF")
		cw := csv.NewWriter(&b)
		cw.UseCRLF = true
		labels, names := t.header(o.lang)
		cw.Write(labels)
		cw.Write(names)
		for _, r := range t.rows {
			cw.Write(r)
		}
		if cw.Flush(); cw.Error() != nil {
			return cw.Error()
		}
		if err := os.WriteFile(filepath.Join(dir, t.spec.name+".csv"), b.Bytes(), 0o666); err != nil {
			return err
		}
	}
	return nil
}

func (t *table) header(lang string) (labels, names []string) {
	for i := range t.cols {
		labels = append(labels, label(&t.cols[i], lang))
		names = append(names, t.cols[i].name)
	}
	return labels, names
}

// newWorkbook lays tables out in a workbook.
func newWorkbook(tables []*table, lang string, template bool) (*excelize.File, error) {
	f := excelize.NewFile()
	textStyle, err := f.NewStyle(&excelize.Style{NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return nil, err
	}
	headStyle, err := f.NewStyle(&excelize.Style{NumFmt: 49, Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return nil, err
	}
	for i, t := range tables {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.spec.name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(t.spec.name); err != nil {
			return nil, err
		}
		if template {
			// No rows to stream, and the stream writer cannot add data
			// validations.
			if err := writeHeaders(f, t, lang, textStyle, headStyle); err != nil {
				return nil, err
			}
			if err := addDropLists(f, t); err != nil {
				return nil, err
			}
		} else if err := writeTable(f, t, lang, textStyle, headStyle); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	return f, nil
}

func writeTable(f *excelize.File, t *table, lang string, textStyle, headStyle int) error {
	sw, err := f.NewStreamWriter(t.spec.name)
	if err != nil {
		return err
	}
	labels, names := t.header(lang)
	n := max(len(t.cols), 1)
	for i := range t.cols {
		width := float64(min(max(utf8.RuneCountInString(labels[i])+2, 10), 60))
		for _, r := range t.rows[:min(len(t.rows), 200)] {
			width = max(width, float64(min(utf8.RuneCountInString(r[i])+2, 60)))
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetColStyle(1, n, textStyle); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(t.cols))
	for i := range labels {
		row[i] = excelize.Cell{StyleID: headStyle, Value: labels[i]}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return err
	}
	for i := range names {
		if !xmlText(names[i]) {
			return &Error{Cell: Cell{Sheet: t.spec.name, Row: 2, Col: i + 1}, Err: ErrCharacter}
		}
		row[i] = excelize.Cell{StyleID: headStyle, Value: names[i]}
	}
	if err := sw.SetRow("A2", row, excelize.RowOpts{Hidden: true}); err != nil {
		return err
	}
	for n, r := range t.rows {
		for i, s := range r {
			if !xmlText(s) {
				return &Error{Cell: Cell{Sheet: t.spec.name, Row: n + 3, Col: i + 1}, Err: ErrCharacter}
			}
			if s == "" {
				row[i] = nil
			} else {
				row[i] = excelize.Cell{StyleID: textStyle, Value: s}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+3)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// writeHeaders writes a table's headers without a stream writer.
func writeHeaders(f *excelize.File, t *table, lang string, textStyle, headStyle int) error {
	name := t.spec.name
	labels, names := t.header(lang)
	last, _ := excelize.ColumnNumberToName(max(len(t.cols), 1))
	for i, l := range labels {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, col, col, float64(min(max(utf8.RuneCountInString(l)+2, 12), 60))); err != nil {
			return err
		}
	}
	if err := f.SetColStyle(name, "A:"+last, textStyle); err != nil {
		return err
	}
	for r, cells := range [][]string{labels, names} {
		row := make([]any, len(cells))
		for i, c := range cells {
			row[i] = c
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow(name, cell, &row); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A1", last+"2", headStyle); err != nil {
		return err
	}
	if err := f.SetRowVisible(name, 2, false); err != nil {
		return err
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
}

// xmlText reports whether XML 1.0, and so a workbook, can hold s: no
// control characters but tab, line feed and carriage return, no U+FFFE or
// U+FFFF.
func xmlText(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return false
		}
	}
	return true
}

// dropLists are the closed code lists a template offers as drop-down
// lists, by column.
var dropLists = map[string][]ogp.Code{
	"status":            ogp.Statuses(),
	"member.kind":       ogp.MemberKinds(),
	"member.hemisphere": ogp.Hemispheres(),
}

func addDropLists(f *excelize.File, t *table) error {
	for i, c := range t.cols {
		codes, ok := dropLists[c.path]
		if !ok {
			continue
		}
		dv := excelize.NewDataValidation(true)
		col, _ := excelize.ColumnNumberToName(i + 1)
		dv.SetSqref(fmt.Sprintf("%s3:%s%d", col, col, excelize.TotalRows))
		keys := make([]string, len(codes))
		for i, c := range codes {
			keys[i] = c.Code
		}
		if err := dv.SetDropList(keys); err != nil {
			return err
		}
		if err := f.AddDataValidation(t.spec.name, dv); err != nil {
			return err
		}
	}
	return nil
}

// item is one item of the model to write in a row: its value and the ids of
// its parents.
type item struct {
	v       reflect.Value // the struct
	parents []string
}

// tablesOf lays p out in tables, one per sheet.
func tablesOf(p *ogp.Package) ([]*table, error) {
	items := make([][]item, len(layout))
	items[sDocument] = []item{{v: reflect.ValueOf(p).Elem()}}
	for i := range p.Plans {
		pl := &p.Plans[i]
		add := func(s int, v any, parents ...string) {
			items[s] = append(items[s], item{reflect.ValueOf(v).Elem(), append([]string{pl.ID}, parents...)})
		}
		items[sPlans] = append(items[sPlans], item{v: reflect.ValueOf(pl).Elem()})
		for j := range pl.Extensions {
			add(sExtensions, &pl.Extensions[j])
		}
		for j := range pl.Institutions {
			add(sInstitutions, &pl.Institutions[j])
		}
		for it := range pl.Items() {
			switch it.Level {
			case ogp.LevelCommitment:
				add(sCommitments, it.Commitment)
			case ogp.LevelMilestone:
				add(sMilestones, it.Milestone, it.Parent)
			case ogp.LevelIndicator:
				add(sIndicators, it.Indicator, it.Parent)
			}
		}
		for j := range pl.Reports {
			add(sReports, &pl.Reports[j])
		}
	}
	newer := false
	if c, err := ogp.CheckVersion(p.FormatVersion); err == nil && c == ogp.NewerMinor {
		newer = true
	}
	tables := make([]*table, len(layout))
	for s := range layout {
		t, err := tableOf(&layout[s], items[s], p.Languages, newer)
		if err != nil {
			return nil, err
		}
		tables[s] = t
	}
	return tables, nil
}

// usage is what the items of a sheet use beyond the columns every sheet of
// its kind has: languages, extension members, empty lists and objects.
type usage struct {
	langs   map[string]map[string]bool // text path -> languages
	extras  map[string]map[string]bool // object path ("" for the item) -> names
	markers map[string]bool            // path of an empty list or object
}

func tableOf(spec *sheetSpec, items []item, docLangs []string, newer bool) (*table, error) {
	u := usage{langs: map[string]map[string]bool{}, extras: map[string]map[string]bool{}, markers: map[string]bool{}}
	for _, it := range items {
		u.scan(spec.fields, "", it.v)
	}
	t := &table{spec: spec}
	for i, p := range spec.parents {
		t.cols = append(t.cols, column{name: p, path: p, kind: kString, parent: i})
	}
	t.cols = u.columns(t.cols, spec.fields, "", docLangs)
	for _, c := range t.cols {
		if c.kind != kExtra {
			continue
		}
		if !strings.HasPrefix(c.extra, "x-") && !newer {
			return nil, &Error{Cell: Cell{Sheet: spec.name}, Err: fmt.Errorf("%w: member %q is not an x- member", ErrColumn, c.extra)}
		}
		if back, err := parseColumn(spec, c.name, newer); err != nil || back.kind != kExtra || back.obj != c.obj || back.extra != c.extra {
			return nil, &Error{Cell: Cell{Sheet: spec.name}, Err: fmt.Errorf("%w: member %q cannot be told apart from a column of the layout", ErrColumn, c.extra)}
		}
	}
	t.rows = make([][]string, len(items))
	for r, it := range items {
		row := make([]string, len(t.cols))
		for i := range t.cols {
			s, err := cellOf(&t.cols[i], it)
			if err != nil {
				return nil, &Error{Cell: Cell{Sheet: spec.name, Row: r + 3, Col: i + 1}, Err: err}
			}
			if utf8.RuneCountInString(s) > MaxCellChars {
				return nil, &Error{Cell: Cell{Sheet: spec.name, Row: r + 3, Col: i + 1}, Err: ErrCellTooLong}
			}
			row[i] = s
		}
		t.rows[r] = row
	}
	return t, nil
}

// scan notes what the struct v uses of fields.
func (u *usage) scan(fields []field, prefix string, v reflect.Value) {
	for _, f := range fields {
		fv := member(v, f.name)
		path := prefix + f.name
		switch f.kind {
		case kText:
			for lang := range fv.Interface().(ogp.Text) {
				addTo(u.langs, path, lang)
			}
		case kList, kChildren:
			if !fv.IsNil() && fv.Len() == 0 {
				u.markers[path] = true
			}
		case kObject:
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv = fv.Elem()
				if isEmpty(fv) {
					u.markers[path] = true
				}
			}
			u.scan(f.fields, path+".", fv)
		}
	}
	for name := range extraOf(v) {
		addTo(u.extras, strings.TrimSuffix(prefix, "."), name)
	}
}

func addTo(m map[string]map[string]bool, key, value string) {
	if m[key] == nil {
		m[key] = map[string]bool{}
	}
	m[key][value] = true
}

// columns appends the columns of fields to cols.
func (u *usage) columns(cols []column, fields []field, prefix string, docLangs []string) []column {
	obj := strings.TrimSuffix(prefix, ".")
	for _, f := range fields {
		path := prefix + f.name
		c := column{name: path, path: path, ptr: pointerOf(path), kind: f.kind, parent: -1, obj: obj}
		switch f.kind {
		case kString, kInt, kList:
			cols = append(cols, c)
		case kText:
			langs := slices.Clone(docLangs)
			for _, l := range slices.Sorted(maps.Keys(u.langs[path])) {
				if !slices.Contains(langs, l) {
					langs = append(langs, l)
				}
			}
			for _, l := range langs {
				c.name, c.lang, c.ptr = path+"_"+l, l, pointerOf(path, l)
				cols = append(cols, c)
			}
		case kObject:
			if u.markers[path] {
				cols = append(cols, c)
			}
			cols = u.columns(cols, f.fields, path+".", docLangs)
		case kChildren:
			if u.markers[path] {
				cols = append(cols, c)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(u.extras[obj])) {
		cols = append(cols, column{name: prefix + name, path: prefix + name, ptr: pointerOf(obj) + "/" + ogp.PointerToken(name),
			kind: kExtra, parent: -1, extra: name, obj: obj})
		if obj == "" {
			cols[len(cols)-1].ptr = "/" + ogp.PointerToken(name)
		}
	}
	return cols
}

// cellOf returns the text of column c for it.
func cellOf(c *column, it item) (string, error) {
	if c.parent >= 0 {
		return it.parents[c.parent], nil
	}
	v := it.v
	if c.obj != "" {
		for _, name := range strings.Split(c.obj, ".") {
			v = member(v, name)
			if v.Kind() == reflect.Pointer {
				if v.IsNil() {
					return "", nil
				}
				v = v.Elem()
			}
		}
	}
	if c.kind == kExtra {
		raw, ok := extraOf(v)[c.extra]
		if !ok {
			return "", nil
		}
		var b bytes.Buffer
		if err := json.Compact(&b, raw); err != nil {
			return "", fmt.Errorf("%w: member %q holds no JSON value", ErrColumn, c.extra)
		}
		return b.String(), nil
	}
	v = member(v, c.path[strings.LastIndexByte(c.path, '.')+1:])
	switch c.kind {
	case kText:
		return v.Interface().(ogp.Text)[c.lang], nil
	case kList:
		if v.IsNil() {
			return "", nil
		}
		if v.Len() == 0 {
			return "[]", nil
		}
		return strings.Join(v.Interface().([]string), "; "), nil
	case kChildren:
		if !v.IsNil() && v.Len() == 0 {
			return "[]", nil
		}
		return "", nil
	case kObject:
		if !v.IsNil() && isEmpty(v.Elem()) {
			return "{}", nil
		}
		return "", nil
	case kInt:
		if v.Int() == 0 {
			return "", nil
		}
		return strconv.FormatInt(v.Int(), 10), nil
	}
	if m, ok := v.Interface().(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		return string(b), err
	}
	return v.String(), nil
}

// isEmpty reports whether an object of the model would be written as {}.
func isEmpty(v reflect.Value) bool {
	for i := range v.NumField() {
		if !v.Field(i).IsZero() {
			return false
		}
	}
	return true
}

// structFields maps a model struct type's JSON member names to field
// indexes; "" is the Extra field.
var structFields sync.Map // reflect.Type -> map[string]int

func fieldsOf(t reflect.Type) map[string]int {
	if m, ok := structFields.Load(t); ok {
		return m.(map[string]int)
	}
	m := map[string]int{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" {
			name = ""
		}
		m[name] = i
	}
	structFields.Store(t, m)
	return m
}

// member returns the field of struct v that holds the member called name.
func member(v reflect.Value, name string) reflect.Value {
	return v.Field(fieldsOf(v.Type())[name])
}

func extraOf(v reflect.Value) ogp.Extra {
	return v.Field(fieldsOf(v.Type())[""]).Interface().(ogp.Extra)
}
