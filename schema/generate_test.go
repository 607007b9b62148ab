package schema

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/invopop/jsonschema"

	"github.com/ogpx/interchange/internal/rules"
	"github.com/ogpx/interchange/ogp"
)

// patternExtension matches the names of extension members.
const patternExtension = `^x-`

var update = flag.Bool("update", false, "rewrite the files in v1 from the Go types")

// owned reports whether the file at path in v1 is one this package
// generates. The status-transitions files come from package status; the
// report schema is written by hand and held to the reports by package
// validate's tests.
func owned(path string) bool {
	return !strings.HasPrefix(filepath.Base(path), "status-transitions") && path != ReportFile
}

func TestGeneratedFiles(t *testing.T) {
	want, err := generate("../ogp")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for name, data := range want {
			path := filepath.Join("v1", filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Compare with the files on disk, not the embedded ones, so that the test
	// also sees files that exist but were not generated.
	err = fs.WalkDir(os.DirFS("v1"), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !owned(name) {
			return err
		}
		if _, ok := want[name]; !ok {
			if *update {
				return os.Remove(filepath.Join("v1", filepath.FromSlash(name)))
			}
			t.Errorf("v1/%s is not generated any more; run go generate ./schema to remove it", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range want {
		got, err := os.ReadFile(filepath.Join("v1", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("v1/%s is missing: run go generate ./schema", name)
			continue
		}
		if !bytes.Equal(got, data) {
			t.Errorf("v1/%s differs from what the Go types generate: run go generate ./schema", name)
		}
	}
}

// The generator: package.schema.json from the ogp types and their doc
// comments, the code lists from ogp's tables. It reads the ogp sources for
// the comments, so it lives in the tests: TestGeneratedFiles compares its
// output with the files in v1 and rewrites them with -update. Programs use
// the embedded files, without linking the generator.

// codeList is one published code list.
type codeList struct {
	name   string // the file name without extension: "statuses"
	title  ogp.Text
	closed bool
	codes  []ogp.Code
	// canada returns the code of Canada's tracker, for the statuses.
	canada func(code string) string
}

// canadaStatusCodes maps statuses to the codes of Canada's tracker;
// Withdrawn has none.
var canadaStatusCodes = map[ogp.Status]string{
	ogp.NotStarted: "NS", ogp.Limited: "LP", ogp.Substantial: "SP", ogp.Complete: "C",
}

var codeLists = []codeList{
	{name: "statuses", closed: true, codes: ogp.Statuses(),
		title:  ogp.NewText("Statuses", "États d’avancement"),
		canada: func(c string) string { return canadaStatusCodes[ogp.Status(c)] }},
	{name: "policy-areas", closed: false, codes: ogp.PolicyAreas(),
		title: ogp.NewText("Policy areas", "Domaines d’action")},
	{name: "precisions", closed: true, codes: ogp.Precisions(),
		title: ogp.NewText("Date precisions", "Précisions des dates")},
	{name: "member-kinds", closed: true, codes: ogp.MemberKinds(),
		title: ogp.NewText("Member kinds", "Types de membres")},
	{name: "hemispheres", closed: true, codes: ogp.Hemispheres(),
		title: ogp.NewText("Hemispheres", "Hémisphères")},
}

// generate returns the published files by path, generated from the types
// and doc comments of the ogp package, whose sources are in ogpDir.
func generate(ogpDir string) (map[string][]byte, error) {
	comments, err := readComments(ogpDir)
	if err != nil {
		return nil, err
	}
	doc, err := documentSchema(comments)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{DocumentFile: doc}
	for _, l := range codeLists {
		csv, err := l.csv()
		if err != nil {
			return nil, err
		}
		out["codelists/"+l.name+".csv"] = csv
		out["codelists/"+l.name+".json"] = l.json()
	}
	return out, nil
}

// documentSchema returns package.schema.json.
func documentSchema(comments map[string]string) ([]byte, error) {
	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		Mapper:         mapType,
		LookupComment: func(t reflect.Type, field string) string {
			if field == "" {
				return comments[t.Name()]
			}
			return comments[t.Name()+"."+field]
		},
	}
	root := r.Reflect(&ogp.Package{})
	root.ID = DocumentURL
	root.Title = "OGP interchange document, format version 1"
	root.Comments = "Generated from the Go package github.com/ogpx/interchange/ogp; do not edit."
	for name, s := range root.Definitions {
		s.Title = words(name)
	}
	for name, s := range leafDefinitions(comments) {
		root.Definitions[name] = s
	}
	for _, f := range rules.Forms() {
		if f.Def != "" && root.Definitions[f.Def] == nil {
			return nil, fmt.Errorf("schema: no definition %s for the form of rules", f.Def)
		}
	}
	objects := map[string]*jsonschema.Schema{"Package": root}
	for name, s := range root.Definitions {
		if s.Properties != nil {
			objects[name] = s
		}
	}
	for name, s := range objects {
		s.PatternProperties = map[string]*jsonschema.Schema{patternExtension: jsonschema.TrueSchema}
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			if err := constrain(p.Key, p.Value); err != nil {
				return nil, fmt.Errorf("schema: %s.%s: %w", name, p.Key, err)
			}
		}
	}
	refuseTrailingNewline(root)
	return marshal(root)
}

// refuseTrailingNewline adds to every schema with a pattern a refusal of
// line feeds. Python's re, which python-jsonschema uses, lets "$" match
// before a final line feed, so that "C01\n" would match "^...$" there and
// nowhere else; the refusal makes every validator agree.
func refuseTrailingNewline(s *jsonschema.Schema) {
	if s == nil {
		return
	}
	if s.Pattern != "" && s.Not == nil {
		s.Not = &jsonschema.Schema{Type: "string", Pattern: "\n"}
	}
	for _, d := range s.Definitions {
		refuseTrailingNewline(d)
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			refuseTrailingNewline(p.Value)
		}
	}
	refuseTrailingNewline(s.Items)
	refuseTrailingNewline(s.AdditionalProperties)
}

// ref returns a reference to the definition name.
func ref(name string) *jsonschema.Schema { return &jsonschema.Schema{Ref: "#/$defs/" + name} }

// mapType gives the types with a text form their definitions.
func mapType(t reflect.Type) *jsonschema.Schema {
	switch t {
	case reflect.TypeFor[ogp.Date](), reflect.TypeFor[ogp.Text](), reflect.TypeFor[ogp.Status](),
		reflect.TypeFor[ogp.MemberKind](), reflect.TypeFor[ogp.Hemisphere]():
		return ref(t.Name())
	}
	return nil
}

// constrain narrows the schema s of the member name from what reflection
// gives (any string, any Text) to what the format allows, by the member's
// rule in package rules. It fails for a string member that has no rule, so
// that a new member of the model gets a deliberate one.
func constrain(name string, s *jsonschema.Schema) error {
	m := rules.ForMember(name)
	if m == (rules.Member{}) && (s.Type == "string" || s.Items != nil && s.Items.Type == "string") {
		return fmt.Errorf("no rule for a string member: add one to internal/rules")
	}
	if m.String != nil {
		if s.Type != "string" {
			return fmt.Errorf("a rule for a string, but the member is no string")
		}
		if m.String.Def != "" {
			s.Type, s.Ref = "", "#/$defs/"+m.String.Def
		} else {
			s.Pattern = m.String.Pattern
		}
	}
	if m.Items != nil {
		if s.Items == nil || s.Items.Type != "string" {
			return fmt.Errorf("a rule for an array of strings, but the member is none")
		}
		s.Items = form(m.Items)
	}
	if m.MinItems > 0 {
		s.MinItems = ptr(uint64(m.MinItems))
	}
	s.UniqueItems = m.UniqueItems
	if m.Maximum > 0 {
		s.Minimum, s.Maximum = json.Number(strconv.Itoa(m.Minimum)), json.Number(strconv.Itoa(m.Maximum))
	}
	if m.Address {
		s.Ref = "#/$defs/Address"
	}
	return nil
}

// form returns the schema of a string of form f: a reference to its
// definition, or its pattern in place.
func form(f *rules.String) *jsonschema.Schema {
	if f.Def != "" {
		return ref(f.Def)
	}
	return &jsonschema.Schema{Type: "string", Pattern: f.Pattern}
}

func ptr(n uint64) *uint64 { return &n }

// leafDefinitions returns the definitions of the values with a text form.
func leafDefinitions(comments map[string]string) map[string]*jsonschema.Schema {
	enum := func(name string, codes []ogp.Code, list string) *jsonschema.Schema {
		s := &jsonschema.Schema{Title: words(name), Type: "string",
			Description: comments[name] + "\n\n" + describeCodes(codes, list)}
		for _, c := range codes {
			s.Enum = append(s.Enum, c.Code)
		}
		return s
	}
	text := func(title, description string, value *jsonschema.Schema) *jsonschema.Schema {
		return &jsonschema.Schema{Title: title, Description: description, Type: "object",
			MinProperties: ptr(1), PropertyNames: ref("LanguageTag"), AdditionalProperties: value}
	}
	return map[string]*jsonschema.Schema{
		rules.Date.Def: {Title: "Date", Type: "string", Pattern: rules.Date.Pattern,
			Description: comments["Date"] + "\n\nThe pattern also refuses days a month does not have, such as 2021-02-30 and 2023-02-29."},
		"Text": text("Text", comments["Text"],
			&jsonschema.Schema{Type: "string", MinLength: ptr(1)}),
		"Address": text("Address", "A web address in each language that has a page: "+
			`{"en": "https://open.canada.ca/en", "fr": "https://ouvert.canada.ca/fr"}.`,
			form(rules.URL)),
		rules.LanguageTag.Def: {Title: "Language tag", Type: "string", Pattern: rules.LanguageTag.Pattern,
			Description: "A BCP 47 language tag: language, then optionally extended language, script, region and variants, as in en, fr-CA or zh-Hant-TW."},
		rules.ID.Def: {Title: "Id", Type: "string", Pattern: rules.ID.Pattern,
			Description: "An id, or a reference to one: runs of letters and digits joined by single dots, hyphens or underscores, as in C10, C10.7.2, C05.2.01, tbs-sct and CA-2018-2020."},
		rules.PolicyArea.Def: {Title: "Policy area", Type: "string", Pattern: rules.PolicyArea.Pattern,
			Description: "A policy area: a code of the open code list policy-areas or another kebab-case code.\n\n" +
				describeCodes(ogp.PolicyAreas(), "policy-areas")},
		"Status":     enum("Status", ogp.Statuses(), "statuses"),
		"MemberKind": enum("MemberKind", ogp.MemberKinds(), "member-kinds"),
		"Hemisphere": enum("Hemisphere", ogp.Hemispheres(), "hemispheres"),
	}
}

// describeCodes lists codes with their English titles.
func describeCodes(codes []ogp.Code, list string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "The codes (titles in English and French in codelists/%s.csv):", list)
	for _, c := range codes {
		fmt.Fprintf(&b, "\n- %s: %s", c.Code, c.Title.In("en"))
	}
	return b.String()
}

// words turns a Go type name into a title: "PlanExtension" gives
// "Plan extension".
func words(name string) string {
	var b strings.Builder
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// readComments returns the doc comments of the exported types of the Go
// package in dir, keyed by type name, and of their fields, keyed by
// "Type.Field", as plain text: the first paragraph of a type's comment, all
// of a field's.
func readComments(dir string) (map[string]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("schema: reading doc comments: %w", err)
		}
		files = append(files, f)
	}
	pkg, err := doc.NewFromFiles(fset, files, "github.com/ogpx/interchange/ogp")
	if err != nil {
		return nil, fmt.Errorf("schema: reading doc comments: %w", err)
	}
	printer := pkg.Printer()
	printer.TextWidth = -1
	text := func(comment string) string {
		return strings.TrimSpace(string(printer.Text(pkg.Parser().Parse(comment))))
	}
	comments := map[string]string{}
	for _, t := range pkg.Types {
		first, _, _ := strings.Cut(text(t.Doc), "\n\n")
		comments[t.Name] = first
		for _, spec := range t.Decl.Specs {
			st, ok := spec.(*ast.TypeSpec).Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					comments[t.Name+"."+n.Name] = text(f.Doc.Text())
				}
			}
		}
	}
	return comments, nil
}

// marshal encodes v with two-space indentation, without HTML escaping, and
// with a final newline.
func marshal(v any) ([]byte, error) {
	compact, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	// The schema's own MarshalJSON escapes <, > and &; JSON does not need it.
	for esc, r := range map[string]string{`\u003c`: "<", `\u003e`: ">", `\u0026`: "&"} {
		compact = bytes.ReplaceAll(compact, []byte(esc), []byte(r))
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// csv returns the code list as CSV: Code, Title_en, Title_fr,
// Description_en, Description_fr, and Canada for the statuses.
func (l codeList) csv() ([]byte, error) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	header := []string{"Code", "Title_en", "Title_fr", "Description_en", "Description_fr"}
	if l.canada != nil {
		header = append(header, "Canada")
	}
	w.Write(header)
	for _, c := range l.codes {
		row := []string{c.Code, c.Title["en"], c.Title["fr"], c.Description["en"], c.Description["fr"]}
		if l.canada != nil {
			row = append(row, l.canada(c.Code))
		}
		w.Write(row)
	}
	w.Flush()
	return b.Bytes(), w.Error()
}

// json returns the code list as JSON.
func (l codeList) json() []byte {
	type code struct {
		Code        string   `json:"code"`
		Title       ogp.Text `json:"title"`
		Description ogp.Text `json:"description,omitempty"`
		Canada      string   `json:"canada,omitempty"`
	}
	doc := struct {
		ID     string   `json:"$id"`
		Title  ogp.Text `json:"title"`
		Closed bool     `json:"closed"`
		Codes  []code   `json:"codes"`
	}{ID: BaseURL + "codelists/" + l.name + ".json", Title: l.title, Closed: l.closed}
	for _, c := range l.codes {
		cc := code{Code: c.Code, Title: c.Title, Description: c.Description}
		if l.canada != nil {
			cc.Canada = l.canada(c.Code)
		}
		doc.Codes = append(doc.Codes, cc)
	}
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(doc); err != nil {
		panic(err) // strings and maps of strings always encode
	}
	return b.Bytes()
}

// TestRequiredMembersFollowTheModel checks the model's rule independently of
// the generator: a member is required exactly when its field's JSON tag has
// neither omitempty nor omitzero, and every object refuses other members but
// "x-" ones.
func TestRequiredMembersFollowTheModel(t *testing.T) {
	data, err := fs.ReadFile(Files(), DocumentFile)
	if err != nil {
		t.Fatal(err)
	}
	type object struct {
		Properties           map[string]json.RawMessage
		Required             []string
		AdditionalProperties json.RawMessage
		PatternProperties    map[string]json.RawMessage
	}
	var doc struct {
		object
		Defs map[string]object `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{ogp.Package{}, ogp.Publisher{}, ogp.Plan{}, ogp.Member{}, ogp.Period{},
		ogp.PlanExtension{}, ogp.Institution{}, ogp.Commitment{}, ogp.Milestone{}, ogp.Indicator{},
		ogp.Deadline{}, ogp.Report{}} {
		typ := reflect.TypeOf(v)
		o, ok := doc.Defs[typ.Name()]
		if typ.Name() == "Package" {
			o, ok = doc.object, true
		}
		if !ok {
			t.Errorf("%s: no definition", typ.Name())
			continue
		}
		var want []string
		for f := range typ.Fields() {
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if _, ok := o.Properties[name]; !ok {
				t.Errorf("%s.%s: no property %q", typ.Name(), f.Name, name)
			}
			if !strings.Contains(","+opts+",", ",omitempty,") && !strings.Contains(","+opts+",", ",omitzero,") {
				want = append(want, name)
			}
		}
		if !slices.Equal(o.Required, want) {
			t.Errorf("%s: required %v, want %v", typ.Name(), o.Required, want)
		}
		if string(o.AdditionalProperties) != "false" || len(o.PatternProperties) != 1 || o.PatternProperties["^x-"] == nil {
			t.Errorf("%s: other members than x- ones are not refused", typ.Name())
		}
	}
}

// TestConstrainNeedsARule checks that the generator refuses a string member,
// or an array of strings, that internal/rules has no rule for, and one whose
// rule does not fit its type.
func TestConstrainNeedsARule(t *testing.T) {
	for _, c := range []struct {
		name string
		s    *jsonschema.Schema
	}{
		{"motto", &jsonschema.Schema{Type: "string"}},
		{"mottos", &jsonschema.Schema{Type: "array", Items: &jsonschema.Schema{Type: "string"}}},
		{"country", &jsonschema.Schema{Type: "integer"}},
		{"leads", &jsonschema.Schema{Type: "string"}},
	} {
		if err := constrain(c.name, c.s); err == nil {
			t.Errorf("constrain(%q, type %s) = nil, want an error", c.name, c.s.Type)
		}
	}
	if err := constrain("country", &jsonschema.Schema{Type: "string"}); err != nil {
		t.Errorf("constrain(country) = %v", err)
	}
}
