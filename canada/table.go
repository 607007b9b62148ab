package canada

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// The limits of [ImportTable], unless options change them. Canada's
// largest table (2018-2020) is 150 kB with 201 items.
const (
	// DefaultMaxBytes is the largest table read: 16 MiB.
	DefaultMaxBytes = 16 << 20
	// DefaultMaxItems is the most commitments, milestones and indicators
	// read, together.
	DefaultMaxItems = 10000
)

// maxKeptNodes bounds the size of one value kept as an "x-" member, in
// YAML nodes, so that aliases cannot expand a small table into a large
// document.
const maxKeptNodes = 1000

type options struct {
	maxBytes, maxItems int
	departments        []Department
}

// Option configures [ImportTable] and [ImportRows].
type Option func(*options)

// MaxBytes sets the largest table [ImportTable] reads, and the largest
// file of rows [ImportRows] reads (default [DefaultMaxBytes] each).
func MaxBytes(n int) Option { return func(o *options) { o.maxBytes = n } }

// MaxItems sets the most commitments, milestones and indicators
// [ImportTable] reads, together (default [DefaultMaxItems]).
func MaxItems(n int) Option { return func(o *options) { o.maxItems = n } }

// WithDepartments adds departments to those of [Departments], for a plan
// that names one the registry lacks; a slug of the registry's is
// overridden.
func WithDepartments(ds ...Department) Option {
	return func(o *options) {
		for _, d := range ds {
			o.departments = append(o.departments, d.clone())
		}
	}
}

func newOptions(opts []Option) options {
	o := options{maxBytes: DefaultMaxBytes, maxItems: DefaultMaxItems}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// department returns the department slug names, or whose abbreviation or
// name is name when byName is set: the ones given as options first.
func (o *options) department(name string, byName bool) (Department, bool) {
	for _, d := range o.departments {
		if strings.EqualFold(d.Slug, strings.TrimSpace(name)) || byName && (matches(d.Abbreviation, name) || matches(d.Name, name)) {
			return d.clone(), true
		}
	}
	if d, ok := DepartmentBySlug(name); ok || !byName {
		return d, ok
	}
	return DepartmentByName(name)
}

// institution returns the institution of the department slug: the
// registry's, or, for a slug it does not know (reported as
// [CodeUnknownDepartment]), one with that id and the slug as its name, so
// that no lead is lost.
func (o *options) institution(slug string) ogp.Institution {
	if d, ok := o.department(slug, false); ok {
		return d.Institution()
	}
	return ogp.Institution{ID: slug, Name: ogp.NewText(slug, slug)}
}

// TableError is a table [ImportTable] cannot read at all: not YAML, too
// large, or without the fields of a tracker.
type TableError struct {
	// Line is the line of the table at fault, when known.
	Line int
	// Path is the JSON Pointer of the value at fault in the table, when
	// known.
	Path string
	// Err says what is wrong.
	Err error
}

// Error says what is wrong with the table, with the line and the JSON
// Pointer at fault when known, in English.
func (e *TableError) Error() string {
	s := "canada: table"
	if e.Line > 0 {
		s += ": line " + strconv.Itoa(e.Line)
	}
	if e.Path != "" {
		s += " (" + e.Path + ")"
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns e.Err, such as [ErrTooLarge] or a YAML error.
func (e *TableError) Unwrap() error { return e.Err }

// ImportTable reads the table definition of one of Canada's National Action
// Plan trackers, a CKAN "recombinant" YAML file holding the whole plan in
// English and French, into a document of one plan; card gives what the
// table does not say. See "Importing a tracker" in the package
// documentation for what it reads where.
//
// The error is a [*CardError] when the card lacks what the table does not
// say (a title, when the table has none either), and a [*TableError] when the table cannot be read at all. A value it
// cannot read, a department it does not know, or a member it keeps as an
// "x-" member is a finding; the rest of the plan is imported. So is a value
// that breaks a rule of the format, such as an id with a space, a lead's
// slug that is none, or an address that is not http(s): the document then
// needs mending before it validates.
func ImportTable(table []byte, card PlanCard, opts ...Option) (*ogp.Package, []finding.Finding, error) {
	if err := card.check(); err != nil {
		return nil, nil, err
	}
	o := newOptions(opts)
	if len(table) > o.maxBytes {
		return nil, nil, &TableError{Err: fmt.Errorf("%w: %d bytes, more than the %d read", ErrTooLarge, len(table), o.maxBytes)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(table, &doc); err != nil {
		return nil, nil, &TableError{Err: err}
	}
	t := &tableReader{opts: o, site: strings.TrimRight(card.Site, "/"), kept: map[string]int{}, entries: map[string]entry{}}
	if t.site == "" {
		t.site = defaultSite
	}
	fields, err := t.fields(&doc)
	if err != nil {
		return nil, nil, err
	}
	plan := ogp.Plan{
		ID:         card.ID,
		Member:     card.member(),
		Title:      maps.Clone(card.Title),
		URL:        maps.Clone(card.URL),
		Period:     ogp.Period{Start: card.Start, End: card.End},
		Extensions: slices.Clone(card.Extensions),
	}
	if len(plan.Title) == 0 {
		plan.Title = t.text(mapValue(root(&doc), "title"), "/title", "title", "title")
	}
	if plan.Commitments, err = t.commitments(fields); err != nil {
		return nil, nil, err
	}
	for _, id := range slices.Sorted(maps.Keys(card.Commitments)) {
		c := card.Commitments[id]
		i := slices.IndexFunc(plan.Commitments, func(x ogp.Commitment) bool { return x.ID == id })
		if i < 0 {
			return nil, nil, &CardError{Member: "commitments/" + id, Err: errors.New("the table has no such commitment")}
		}
		plan.Commitments[i].OGPID = c.OGPID
		plan.Commitments[i].PolicyAreas = slices.Clone(c.PolicyAreas)
	}
	if len(plan.Title) == 0 {
		return nil, nil, &CardError{Member: "title", Err: ErrMissing}
	}
	plan.Institutions = t.institutions(&plan)
	pkg := &ogp.Package{
		FormatVersion: ogp.Version,
		Publisher:     card.publisher(t.site),
		Languages:     []string{"en", "fr"},
		Plans:         []ogp.Plan{plan},
		Extra:         card.extra(),
	}
	t.checkFormat(pkg)
	return pkg, clipArgs(t.findings), nil
}

// checkFormat reports each value of pkg that breaks a rule of the format
// (an id, a department slug, an address of the wrong form) as package ogp
// decodes it: pkg is encoded and decoded again, and each decode error is a
// [CodeTableValue] finding with the reason "format", at the table's value
// it comes from, or at its item when the item has no such member. The
// value is kept as read.
func (t *tableReader) checkFormat(pkg *ogp.Package) {
	data, err := ogp.Encode(pkg)
	if err != nil {
		// A value the encoder refuses; the fuzz test says there is none.
		t.add(finding.New(CodeTableValue, "", "id", pkg.Plans[0].ID, "field", "", "reason", "format", "value", err.Error()), nil)
		return
	}
	plan := &pkg.Plans[0]
	for _, de := range ogp.DecodeAll(data, ogp.Limits{}).Errors {
		tokens := strings.Split(strings.TrimPrefix(de.Pointer, "/plans/0/"), "/")
		id, rest := plan.ID, tokens
		if len(tokens) > 0 && tokens[0] == "institutions" {
			// An institution's id is a lead's or supporter's slug, reported
			// where the item names it.
			if len(tokens) == 3 && tokens[2] == "id" {
				continue
			}
		}
		var ci, mi, ii = -1, -1, -1
		if len(rest) >= 2 && rest[0] == "commitments" {
			ci, _ = strconv.Atoi(rest[1])
			rest = rest[2:]
			if len(rest) >= 2 && rest[0] == "milestones" {
				mi, _ = strconv.Atoi(rest[1])
				rest = rest[2:]
				if len(rest) >= 2 && rest[0] == "indicators" {
					ii, _ = strconv.Atoi(rest[1])
					rest = rest[2:]
				}
			}
		}
		if ci >= 0 && ci < len(plan.Commitments) {
			c := &plan.Commitments[ci]
			id = c.ID
			if mi >= 0 && mi < len(c.Milestones) {
				m := &c.Milestones[mi]
				id = m.ID
				if ii >= 0 && ii < len(m.Indicators) {
					id = m.Indicators[ii].ID
				}
			}
		}
		value := ""
		var se *ogp.SchemaError
		if errors.As(de.Err, &se) {
			value = se.Value
			if u, err := strconv.Unquote(value); err == nil {
				value = u
			}
		}
		field := strings.Join(rest, "/")
		path, node := de.Pointer, (*yaml.Node)(nil)
		if it, ok := t.entries[id]; ok && ci >= 0 {
			path, node = it.path, it.node
			field = ""
			if len(rest) > 0 {
				field = rest[0]
				if key := tableKey(rest, node); key != "" {
					field = key
					path += "/" + ogp.PointerToken(key)
					node = mapValue(node, key)
				}
			}
			if field == "id" && id != "" {
				field = id
			}
		}
		f := finding.New(CodeTableValue, path, "id", id, "field", field, "reason", "format")
		if value != "" && !strings.Contains(value, "\n") {
			f.Args["value"] = value
		}
		t.add(f, node)
	}
}

// tableKey returns the member of an item's node in the table that gives
// the document's member at rest ("url/en", "leads/0"), "" when the node
// has none.
func tableKey(rest []string, node *yaml.Node) string {
	var keys []string
	switch rest[0] {
	case "title":
		if len(rest) > 1 {
			keys = []string{rest[1]}
		}
	case "description", "fullText":
		keys = []string{"full_text"}
	case "url":
		keys = []string{"NAP_url", "cmt_url"}
	case "leads":
		keys = []string{"lead_dept"}
	case "supporters":
		keys = []string{"supt_sept"}
	case "deadline":
		keys = []string{"due_date", "deadline"}
	}
	for _, k := range keys {
		if mapValue(node, k) != nil {
			return k
		}
	}
	return ""
}

// tableReader reads one table, collecting findings.
type tableReader struct {
	opts     options
	site     string
	findings []finding.Finding
	kept     map[string]int   // the index in findings of the CodeKeptField finding of each member name
	entries  map[string]entry // the first entry of each item id, where checkFormat places a finding
	items    int
	// later is set when the table's items define lead_dept, supt_sept or
	// deadline, even empty (as the 2025-29 table does before its leads are
	// known): the style of every plan since 2022. The 2018-20 table defines
	// none of them and writes leads and deadlines in parentheses instead.
	later bool
}

// field is one of the table's fields that holds items: its choices, in
// the order written.
type field struct {
	path    string
	entries []entry
}

// entry is one choice of a field: an item's id and its members.
type entry struct {
	id   string
	path string
	node *yaml.Node
}

// fields returns the table's fields that hold the plan, by datastore_id:
// those of the first resource with a "commitments" field.
func (t *tableReader) fields(doc *yaml.Node) (map[string]*field, error) {
	resources := mapValue(root(doc), "resources")
	if resources == nil || resources.Kind != yaml.SequenceNode {
		return nil, &TableError{Path: "/resources", Err: errors.New("no list of resources: not a recombinant table")}
	}
	for ri, res := range resources.Content {
		fs := mapValue(res, "fields")
		if fs == nil || fs.Kind != yaml.SequenceNode {
			continue
		}
		out := map[string]*field{}
		for fi, f := range fs.Content {
			id := mapValue(f, "datastore_id")
			if id == nil || id.Kind != yaml.ScalarNode {
				continue
			}
			switch id.Value {
			case "commitments", "milestones", "indicators":
			default:
				continue
			}
			path := fmt.Sprintf("/resources/%d/fields/%d", ri, fi)
			if out[id.Value] != nil {
				return nil, &TableError{Line: id.Line, Path: path, Err: fmt.Errorf("a second field %q", id.Value)}
			}
			fld := &field{path: path}
			choices := resolve(mapValue(f, "choices"))
			if choices == nil || choices.Kind != yaml.MappingNode {
				return nil, &TableError{Line: f.Line, Path: path + "/choices", Err: fmt.Errorf("the field %q has no choices", id.Value)}
			}
			for i := 0; i+1 < len(choices.Content); i += 2 {
				if t.items++; t.items > t.opts.maxItems {
					return nil, &TableError{Line: choices.Content[i].Line, Err: fmt.Errorf("more than %d items", t.opts.maxItems)}
				}
				k := choices.Content[i].Value
				e := entry{id: k, path: path + "/choices/" + ogp.PointerToken(k), node: resolve(choices.Content[i+1])}
				fld.entries = append(fld.entries, e)
				if _, ok := t.entries[k]; !ok {
					t.entries[k] = e
				}
			}
			out[id.Value] = fld
		}
		if out["commitments"] != nil {
			return out, nil
		}
	}
	return nil, &TableError{Path: "/resources", Err: errors.New(`no resource with a field "commitments"`)}
}

// The members of an item the format has a place for. Any other is kept as
// an "x-" member.
var knownMembers = map[string]bool{
	"en": true, "fr": true, "full_text": true, "NAP_url": true, "cmt_url": true,
	"due_date": true, "deadline": true, "lead_dept": true, "supt_sept": true,
}

// item is what one entry says, read.
type item struct {
	id, path   string
	node       *yaml.Node // the entry's members
	title      ogp.Text
	fullText   ogp.Text
	url        ogp.Text
	due        ogp.Date
	label      ogp.Text
	leads      []string
	supporters []string
	extra      ogp.Extra
}

// read reads e's members. Members the format has no place for at the
// item's level (a commitment has no deadline) are kept as "x-" members.
func (t *tableReader) read(e entry, placeless ...string) item {
	it := item{id: e.id, path: e.path, node: e.node}
	if e.node == nil || e.node.Kind != yaml.MappingNode {
		t.tableValue(e.id, e.path, e.id, "not-item", e.node)
		return it
	}
	c := e.node.Content
	seen := map[string]bool{}
	for i := 0; i+1 < len(c); i += 2 {
		key, v := c[i].Value, resolve(c[i+1])
		path := e.path + "/" + ogp.PointerToken(key)
		if seen[key] {
			t.tableValue(e.id, path, key, "duplicate-member", c[i])
			continue
		}
		seen[key] = true
		switch key {
		case "lead_dept", "supt_sept", "deadline":
			t.later = true
		}
		if !knownMembers[key] || slices.Contains(placeless, key) {
			t.keep(&it, key, path, v)
			continue
		}
		switch key {
		case "en", "fr":
			if v == nil || v.Kind != yaml.ScalarNode {
				t.tableValue(e.id, path, key, "not-text", v)
			} else if s := scalar(v); s != "" {
				if it.title == nil {
					it.title = ogp.Text{}
				}
				it.title[key] = s
			}
		case "full_text":
			it.fullText = t.text(v, path, e.id, key)
		case "deadline":
			it.label = t.text(v, path, e.id, key)
		case "NAP_url", "cmt_url":
			if it.url != nil { // both: the second is kept
				t.keep(&it, key, path, v)
				break
			}
			it.url = t.text(v, path, e.id, key)
			for lang, u := range it.url {
				if strings.HasPrefix(u, "/") {
					it.url[lang] = t.site + u
				}
			}
		case "due_date":
			if v == nil || v.Kind != yaml.ScalarNode {
				t.tableValue(e.id, path, key, "not-date", v)
			} else if s := scalar(v); s != "" {
				d, err := ogp.ParseDate(s)
				if err != nil {
					t.tableValue(e.id, path, key, "not-date", v)
				} else {
					it.due = d
				}
			}
		case "lead_dept":
			it.leads = t.slugList(v, path, e.id, key)
		case "supt_sept":
			it.supporters = t.slugList(v, path, e.id, key)
		}
	}
	if len(it.title) == 0 {
		// Kept all the same, with a finding: leaving the item out would
		// leave out its milestones or indicators, and the reports on them.
		t.tableValue(e.id, e.path, "en", "no-title", e.node)
	}
	return it
}

// text reads a text by language: {en: ..., fr: ...}; a single string is
// English. Empty languages are left out; nil when none is left.
func (t *tableReader) text(v *yaml.Node, path, id, key string) ogp.Text {
	v = resolve(v)
	if v == nil {
		return nil
	}
	out := ogp.Text{}
	switch v.Kind {
	case yaml.ScalarNode:
		if s := scalar(v); s != "" {
			out["en"] = s
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(v.Content); i += 2 {
			lang, s := v.Content[i].Value, resolve(v.Content[i+1])
			if s == nil || s.Kind != yaml.ScalarNode || ogp.CanonicalTag(lang) == "" {
				t.tableValue(id, path+"/"+ogp.PointerToken(lang), key, "not-text", s)
				continue
			}
			if x := scalar(s); x != "" {
				out[lang] = x
			}
		}
	default:
		t.tableValue(id, path, key, "not-text", v)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// slugList reads departments by slug: one, a list, or several in one
// string separated by commas or semicolons.
func (t *tableReader) slugList(v *yaml.Node, path, id, key string) []string {
	var names []string
	switch v = resolve(v); {
	case v == nil:
	case v.Kind == yaml.ScalarNode:
		names = strings.FieldsFunc(scalar(v), func(r rune) bool { return r == ',' || r == ';' })
	case v.Kind == yaml.SequenceNode:
		for _, n := range v.Content {
			if n = resolve(n); n == nil || n.Kind != yaml.ScalarNode {
				t.tableValue(id, path, key, "not-slug", v)
				return nil
			}
			names = append(names, scalar(n))
		}
	default:
		t.tableValue(id, path, key, "not-slug", v)
		return nil
	}
	var out []string
	for _, name := range names {
		if name = strings.TrimSpace(name); name != "" {
			slug := name
			if d, ok := t.opts.department(name, false); ok {
				slug = d.Slug
			} else {
				t.add(finding.New(CodeUnknownDepartment, path, "id", id, "field", key, "name", name), v)
			}
			if !slices.Contains(out, slug) {
				out = append(out, slug)
			}
		}
	}
	return out
}

// add adds f, placed at the line and column of the value at.
func (t *tableReader) add(f finding.Finding, at *yaml.Node) {
	if at != nil {
		f.Line, f.Column = at.Line, at.Column
	}
	t.findings = append(t.findings, f)
}

// keep keeps v as the "x-" member key of it, reporting the member name the
// first time.
func (t *tableReader) keep(it *item, key, path string, v *yaml.Node) {
	budget := maxKeptNodes
	raw, ok := toJSON(v, &budget)
	if !ok {
		t.tableValue(it.id, path, key, "too-large", v)
		return
	}
	if it.extra == nil {
		it.extra = ogp.Extra{}
	}
	member := key
	if !strings.HasPrefix(member, "x-") {
		member = "x-" + key
	}
	it.extra[member] = raw
	if i, ok := t.kept[key]; ok {
		n, _ := strconv.Atoi(t.findings[i].Args["count"])
		t.findings[i].Args["count"] = strconv.Itoa(n + 1)
		return
	}
	t.kept[key] = len(t.findings)
	t.add(finding.New(CodeKeptField, path, "field", key, "member", member, "id", it.id, "count", "1"), v)
}

// tableValue reports a value of the table that cannot be read.
func (t *tableReader) tableValue(id, path, key, reason string, v *yaml.Node) {
	f := finding.New(CodeTableValue, path, "id", id, "field", key, "reason", reason)
	if v = resolve(v); v != nil && v.Kind == yaml.ScalarNode && !strings.Contains(v.Value, "\n") {
		f.Args["value"] = v.Value
	}
	t.add(f, v)
}

// clipArgs cuts the arguments of fs that come from the input with [finding.Clip],
// all but those named by whole, so that a 1 MiB cell does not make a 1 MiB
// message. It returns fs.
func clipArgs(fs []finding.Finding, whole ...string) []finding.Finding {
	for _, f := range fs {
		for k, v := range f.Args {
			if !slices.Contains(whole, k) {
				f.Args[k] = finding.Clip(v)
			}
		}
	}
	return fs
}

// commitments builds the plan's commitments from the table's fields.
func (t *tableReader) commitments(fields map[string]*field) ([]ogp.Commitment, error) {
	var cs, ms, ins []item
	f := fields["commitments"]
	for _, e := range f.entries {
		cs = append(cs, t.read(e, "due_date", "deadline"))
	}
	for _, name := range []string{"milestones", "indicators"} {
		if f := fields[name]; f != nil {
			for _, e := range f.entries {
				it := t.read(e)
				if name == "milestones" {
					ms = append(ms, it)
				} else {
					ins = append(ins, it)
				}
			}
		}
	}

	// Each item goes under the item whose id is its own without the last
	// part, ids compared without leading zeros: C05.2.01 is under C05.2.
	commitments := make([]ogp.Commitment, len(cs))
	present := make([]bool, len(cs)) // not a duplicate
	cIndex := map[string]int{}
	for i, c := range cs {
		if _, dup := cIndex[idKey(c.id)]; dup {
			t.tableValue(c.id, c.path, c.id, "duplicate", c.node)
			continue
		}
		cIndex[idKey(c.id)], present[i] = i, true
		commitments[i] = ogp.Commitment{ID: c.id, Title: c.title, Description: c.fullText, Leads: c.leads, Supporters: c.supporters, URL: c.url, Extra: c.extra}
	}
	type slot struct{ c, m int } // a milestone's commitment and its index there
	mPlace := map[string]slot{}
	for _, m := range ms {
		ci, ok := cIndex[parentKey(m.id)]
		if !ok {
			t.tableValue(m.id, m.path, m.id, "no-parent", m.node)
			continue
		}
		if _, dup := mPlace[idKey(m.id)]; dup {
			t.tableValue(m.id, m.path, m.id, "duplicate", m.node)
			continue
		}
		c := &commitments[ci]
		leads, supporters := m.leads, m.supporters
		if !t.later {
			leads, supporters = t.parenthesisLeads(m)
		}
		c.Milestones = append(c.Milestones, ogp.Milestone{ID: m.id, Title: m.title, FullText: m.fullText, Leads: leads, Supporters: supporters, Deadline: t.deadline(m, false), URL: m.url, Extra: m.extra})
		mPlace[idKey(m.id)] = slot{ci, len(c.Milestones) - 1}
	}
	seen := map[string]bool{}
	for _, in := range ins {
		p, ok := mPlace[parentKey(in.id)]
		if !ok {
			t.tableValue(in.id, in.path, in.id, "no-parent", in.node)
			continue
		}
		if seen[idKey(in.id)] {
			t.tableValue(in.id, in.path, in.id, "duplicate", in.node)
			continue
		}
		seen[idKey(in.id)] = true
		m := &commitments[p.c].Milestones[p.m]
		m.Indicators = append(m.Indicators, ogp.Indicator{ID: in.id, Title: in.title, FullText: in.fullText, Leads: in.leads, Supporters: in.supporters, Deadline: t.deadline(in, true), URL: in.url, Extra: in.extra})
	}
	// Leads roll up: a milestone without its own is led by its indicators'
	// leads, a commitment by its milestones'.
	out := commitments[:0]
	for i := range commitments {
		if !present[i] {
			continue
		}
		c := &commitments[i]
		for j := range c.Milestones {
			m := &c.Milestones[j]
			if m.Leads == nil {
				for _, in := range m.Indicators {
					m.Leads = union(m.Leads, in.Leads)
				}
			}
			if cs[i].leads == nil {
				c.Leads = union(c.Leads, m.Leads)
			}
		}
		out = append(out, *c)
	}
	if len(out) == 0 {
		return nil, &TableError{Path: f.path + "/choices", Err: errors.New("no commitments")}
	}
	return out, nil
}

// deadline returns the deadline of it: its due_date, and its label or, for
// an indicator of a table with no labels (2018-20), the parentheses that
// end its full text. A label without a date keeps no date: its reading is
// the deadline package's to do when asked, not a fact of the table.
func (t *tableReader) deadline(it item, indicator bool) *ogp.Deadline {
	d := ogp.Deadline{Date: it.due, Text: it.label}
	if !t.later && indicator {
		d.Text = ogp.NewText(lastParenthesis(it.fullText["en"]), lastParenthesis(it.fullText["fr"]))
	}
	if d.Date.IsZero() && len(d.Text) == 0 {
		return nil
	}
	if len(d.Text) == 0 {
		d.Text = nil
	}
	return &d
}

var (
	// The parentheses that end a text, after which Canada's data sometimes
	// has a period, a stray quote, or nothing: two French texts of 2018-20
	// never close them.
	trailingParenthesis = regexp.MustCompile(`\(([^()]*)(?:\)[\s."]*|\s*)$`)
	leadSeparators      = regexp.MustCompile(`\s*(?:/|,|;|\band\b)\s*`)
)

// lastParenthesis returns the text inside the parentheses that end s,
// where the 2018-20 table writes an indicator's deadline: "... (May 2020)".
func lastParenthesis(s string) string {
	if m := trailingParenthesis.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// parenthesisLeads reads the departments the English title of a 2018-20
// milestone ends with: "(CSPS/TBS)", "(NRC, Office of the Chief Science
// Advisor; and TBS, with support from SBDAs)". The parentheses are leads
// only when every name in them is a department: "(PROS)" or "(for
// example, ...)" ends a title without naming one, and leaves the milestone
// without leads and without a finding. The French titles are not read:
// some give the wrong abbreviation (SPAC for the Canada School of Public
// Service).
func (t *tableReader) parenthesisLeads(m item) (leads, supporters []string) {
	inside := lastParenthesis(m.title["en"])
	leadPart, supportPart, _ := strings.Cut(inside, "with support from")
	all := true
	resolve := func(part string) []string {
		var out []string
		for _, name := range leadSeparators.Split(part, -1) {
			if name == "" {
				continue
			}
			d, ok := t.opts.department(name, true)
			if !ok {
				all = false
				return nil
			}
			if !slices.Contains(out, d.Slug) {
				out = append(out, d.Slug)
			}
		}
		return out
	}
	leads, supporters = resolve(leadPart), resolve(supportPart)
	if !all {
		return nil, nil
	}
	return leads, supporters
}

// institutions returns the departments plan refers to, in the order of
// first use by milestones and indicators (each item's leads, then its
// supporters), then by commitments, then by reports.
func (t *tableReader) institutions(plan *ogp.Plan) []ogp.Institution {
	var slugs, ofCommitments []string
	for it := range plan.Items() {
		var leads, supporters []string
		switch {
		case it.Commitment != nil:
			ofCommitments = union(union(ofCommitments, it.Commitment.Leads), it.Commitment.Supporters)
		case it.Milestone != nil:
			leads, supporters = it.Milestone.Leads, it.Milestone.Supporters
		case it.Indicator != nil:
			leads, supporters = it.Indicator.Leads, it.Indicator.Supporters
		}
		slugs = union(union(slugs, leads), supporters)
	}
	slugs = union(slugs, ofCommitments)
	for _, r := range plan.Reports {
		slugs = union(slugs, r.Leads)
	}
	out := make([]ogp.Institution, 0, len(slugs))
	for _, s := range slugs {
		out = append(out, t.opts.institution(s))
	}
	return out
}

// union returns a with the elements of b it lacks appended.
func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

// idKey returns id with the leading zeros of its numbers removed, so that
// padded and unpadded ids compare equal: C05.2.01 and C5.2.1 are one.
func idKey(id string) string {
	var b strings.Builder
	digits := false // in a run of digits that has had a non-zero one
	for i := 0; i < len(id); i++ {
		c := id[i]
		isDigit := c >= '0' && c <= '9'
		if isDigit && !digits && c == '0' && i+1 < len(id) && id[i+1] >= '0' && id[i+1] <= '9' {
			continue
		}
		digits = isDigit
		b.WriteByte(c)
	}
	return b.String()
}

// parentKey returns the key of the item id is under: its key without its
// last dotted part.
func parentKey(id string) string {
	k := idKey(id)
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		return k[:i]
	}
	return ""
}

// root returns the mapping at the root of a YAML document.
func root(doc *yaml.Node) *yaml.Node {
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		return resolve(doc.Content[0])
	}
	return resolve(doc)
}

// mapValue returns the value of key in the mapping m, or nil.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m = resolve(m); m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return resolve(m.Content[i+1])
		}
	}
	return nil
}

// resolve returns the node an alias stands for, or n itself.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 16; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}

// scalar returns the text of a scalar: "" for null.
func scalar(n *yaml.Node) string {
	if n.Tag == "!!null" {
		return ""
	}
	return n.Value
}

// toJSON returns v as JSON, spending one of budget per node; false when
// the budget runs out.
func toJSON(v *yaml.Node, budget *int) (json.RawMessage, bool) {
	if *budget--; *budget < 0 {
		return nil, false
	}
	if v = resolve(v); v == nil {
		return json.RawMessage("null"), true
	}
	switch v.Kind {
	case yaml.ScalarNode:
		switch v.Tag {
		case "!!null":
			return json.RawMessage("null"), true
		case "!!bool":
			var b bool
			if v.Decode(&b) == nil {
				return json.RawMessage(strconv.FormatBool(b)), true
			}
		case "!!int", "!!float":
			var f float64
			if v.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
				if b, err := json.Marshal(f); err == nil {
					return b, true
				}
			}
		}
		b, _ := json.Marshal(v.Value)
		return b, true
	case yaml.SequenceNode:
		out := []byte{'['}
		for i, n := range v.Content {
			b, ok := toJSON(n, budget)
			if !ok {
				return nil, false
			}
			if i > 0 {
				out = append(out, ',')
			}
			out = append(out, b...)
		}
		return append(out, ']'), true
	case yaml.MappingNode:
		out := []byte{'{'}
		seen := map[string]bool{}
		for i := 0; i+1 < len(v.Content); i += 2 {
			k := v.Content[i].Value
			if seen[k] {
				continue
			}
			seen[k] = true
			b, ok := toJSON(v.Content[i+1], budget)
			if !ok {
				return nil, false
			}
			if len(out) > 1 {
				out = append(out, ',')
			}
			key, _ := json.Marshal(k)
			out = append(append(append(out, key...), ':'), b...)
		}
		return append(out, '}'), true
	}
	return nil, false
}
