package ogp

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// offsetOf returns the offset that marker points at in doc: marker is a
// piece of doc, unique there, with a "^" where the offset is, or at its start
// when it has none.
func offsetOf(t *testing.T, doc, marker string) int {
	t.Helper()
	caret := max(strings.Index(marker, "^"), 0)
	text := strings.Replace(marker, "^", "", 1)
	i := strings.Index(doc, text)
	if i < 0 || strings.Count(doc, text) != 1 {
		t.Fatalf("marker %q occurs %d times in the document", text, strings.Count(doc, text))
	}
	return i + caret
}

// manyProblems breaks one rule of each kind, on lines of their own.
const manyProblems = `{"formatVersion": "1.0.0",
 "publisher": {"name": {"en": "P"}, "email": "nobody"},
 "languages": [],
 "plans": [
  {"id": "A",
   "member": {"kind": "federal", "country": "CA", "name": {"en": "Canada"}, "fiscalYearEnd": 0},
   "title": {},
   "period": {"start": "2018-09", "end": "2020-06", "end": "2020-07"},
   "commitments": [{"id": "C1", "titel": {"en": "C"}, "leads": ["tbs", "tbs"]}]},
  {"id": "B",
   "member": {"kind": "national", "country": "ca", "name": {"en": "X", "english": "Y"}, "fiscalYearEnd": 13},
   "title": {"en": ""},
   "period": {"start": 2018, "end": "2020-06"},
   "commitments": [{"id": "C2", "title": {"en": "\ud800"}}]}]}`

func TestDecodeAllReportsEveryProblemInOrder(t *testing.T) {
	want := []struct {
		pointer string
		err     error
		keyword string // of the *SchemaError; "" for another error
		at      string // marker for offsetOf
	}{
		{"/publisher/email", ErrInvalidValue, "pattern", `"email"`},
		{"/languages", ErrInvalidValue, "minItems", `"languages"`},
		{"/plans/0/member/kind", ErrUnknownCode, "enum", `"kind": "federal"`},
		{"/plans/0/member/fiscalYearEnd", ErrInvalidValue, "minimum", `"fiscalYearEnd": 0`},
		{"/plans/0/title", ErrInvalidValue, "minProperties", `"title": {}`},
		{"/plans/0/period/end", ErrDuplicateMember, "", `"end": "2020-07"`},
		{"/plans/0/commitments/0", ErrMissingMember, "required", `{"id": "C1"`},
		{"/plans/0/commitments/0/titel", ErrUnknownMember, "additionalProperties", `"titel"`},
		{"/plans/0/commitments/0/leads/1", ErrInvalidValue, "uniqueItems", `"tbs", ^"tbs"`},
		{"/plans/1/member/country", ErrInvalidValue, "pattern", `"country": "ca"`},
		{"/plans/1/member/name/english", ErrInvalidValue, "propertyNames", `"english"`},
		{"/plans/1/member/fiscalYearEnd", ErrInvalidValue, "maximum", `"fiscalYearEnd": 13`},
		{"/plans/1/title/en", ErrInvalidValue, "minLength", `"en": ""`},
		{"/plans/1/period/start", ErrWrongType, "type", `"start": 2018`},
		{"/plans/1/commitments/0/title/en", ErrLoneSurrogate, "", `"^\ud800"`},
	}
	r := DecodeAll([]byte(manyProblems), Limits{})
	if r.Omitted != 0 {
		t.Errorf("Omitted = %d, want 0", r.Omitted)
	}
	for i, w := range want {
		if i >= len(r.Errors) {
			t.Errorf("missing error %d: %s at %s", i, w.err, w.pointer)
			continue
		}
		e := r.Errors[i]
		off := offsetOf(t, manyProblems, w.at)
		line, col := naivePosition([]byte(manyProblems), off)
		if e.Pointer != w.pointer || !errors.Is(e, w.err) || e.Offset != off || e.Line != line || e.Column != col {
			t.Errorf("error %d = %v (offset %d); want %v at %s, %d:%d (offset %d)", i, e, e.Offset, w.err, w.pointer, line, col, off)
		}
		var se *SchemaError
		if errors.As(e, &se) != (w.keyword != "") || se != nil && se.Keyword != w.keyword {
			t.Errorf("error %d = %v: schema keyword %v, want %q", i, e, se, w.keyword)
		}
	}
	if len(r.Errors) > len(want) {
		t.Errorf("%d more errors than expected:\n%s", len(r.Errors)-len(want), listErrors(r.Errors[len(want):]))
	}
	if !slices.IsSortedFunc(r.Errors, func(a, b *DecodeError) int { return a.Offset - b.Offset }) {
		t.Errorf("errors not in the order of their place:\n%s", listErrors(r.Errors))
	}

	// What could be read was read.
	p := r.Package
	if p.Publisher.Name["en"] != "P" || p.Plans[0].Member.Country != "CA" || p.Plans[1].Period.End.String() != "2020-06" ||
		p.Plans[0].Period.Start.String() != "2018-09" || p.Plans[0].Commitments[0].ID != "C1" || p.Plans[1].Member.Name["en"] != "X" {
		t.Errorf("the values without fault were not all read: %+v", p)
	}
	// A value at fault is left out; of a duplicate member, neither counts.
	if p.Plans[0].Member.Kind != "" || p.Plans[1].Member.FiscalYearEnd != 0 || p.Plans[1].Title["en"] != "" ||
		p.Plans[0].Period.End != (Date{}) || p.Plans[1].Member.Country != "" || len(p.Plans[1].Member.Name) != 1 {
		t.Errorf("a value at fault was kept: %+v", p.Plans)
	}

	// Decode says the same.
	_, err := Decode([]byte(manyProblems))
	var errs *DecodeErrors
	if !errors.As(err, &errs) || len(errs.Errors) != len(r.Errors) {
		t.Errorf("Decode: %v; want the %d errors of DecodeAll", err, len(r.Errors))
	}
	if got := fmt.Sprint(err); !strings.HasSuffix(got, fmt.Sprintf("(and %d more)", len(want)-1)) {
		t.Errorf("Decode error %q does not count the others", got)
	}
}

func TestLoneSurrogatesAreRefused(t *testing.T) {
	tests := []struct {
		name    string
		escaped string // written in the title of the plan
		want    string // the title read, when it is accepted
		bad     string // marker of the escape refused, when it is refused
	}{
		{"high alone", `\ud800`, "", `^\ud800`},
		{"high before text", `\ud83dx`, "", `^\ud83dx`},
		{"high before a character that is no low", `\ud83d\u0041`, "", `^\ud83d\u0041`},
		{"high before a high", `\ud83d\ud83d`, "", `^\ud83d\ud83d`},
		{"low alone", `\ude00`, "", `^\ude00`},
		{"low before high", `a\ude00\ud83d`, "", `a^\ude00`},
		{"pair", `\ud83d\ude00`, "😀", ""},
		{"pair in upper case", `\uD83D\uDE00!`, "😀!", ""},
		{"pair after a pair", `\ud83c\udf0d\ud83d\ude00`, "🌍😀", ""},
		{"character of the basic plane", `\u00e9t\u00E9`, "été", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(minimal, `"title": {"en": "T"}`, `"title": {"en": "`+tt.escaped+`"}`, 1)
			p, err := Decode([]byte(doc))
			if tt.bad == "" {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				if got := p.Plans[0].Title["en"]; got != tt.want {
					t.Errorf("title = %q (%U), want %q", got, []rune(got), tt.want)
				}
				return
			}
			var errs *DecodeErrors
			if !errors.As(err, &errs) || len(errs.Errors) != 1 || !errors.Is(err, ErrLoneSurrogate) {
				t.Fatalf("Decode: %v; want only an error wrapping ErrLoneSurrogate", err)
			}
			if e, off := errs.Errors[0], offsetOf(t, doc, `"en": "`+tt.bad); e.Pointer != "/plans/0/title/en" || e.Offset != off {
				t.Errorf("error %v at offset %d; want /plans/0/title/en at offset %d", e, e.Offset, off)
			}
		})
	}
}

// TestLoneSurrogatesAreRefusedEverywhere checks that a lone surrogate is
// refused wherever a string may be: a value the model holds, a value or a
// name inside an extension member, a member name, a language tag.
func TestLoneSurrogatesAreRefusedEverywhere(t *testing.T) {
	tests := []struct {
		name    string
		member  string // added before "languages" in the minimal document
		pointer string
	}{
		{"string of the model", `"$schema": "s\ud800"`, "/$schema"},
		{"value inside an extension", `"x-a": ["\udfff"]`, "/x-a/0"},
		{"name inside an extension", `"x-a": {"\ud800": 1}`, "/x-a/\ufffd"},
		{"name of an extension", `"x-\ud800": 1`, "/x-\ufffd"},
		{"name of an unknown member", `"f\udc00": 1`, "/f\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(minimal, `"languages"`, tt.member+`, "languages"`, 1)
			r := DecodeAll([]byte(doc), Limits{})
			if !slices.ContainsFunc(r.Errors, func(e *DecodeError) bool { return errors.Is(e, ErrLoneSurrogate) }) {
				t.Errorf("DecodeAll accepted a lone surrogate; errors:\n%s\nExtra: %q", listErrors(r.Errors), r.Package.Extra)
			}
			if e := errorAt(r.Errors, ErrLoneSurrogate, tt.pointer); e == nil {
				t.Errorf("no lone surrogate at %q among:\n%s", tt.pointer, listErrors(r.Errors))
			}
		})
	}
	t.Run("language tag", func(t *testing.T) {
		doc := strings.Replace(minimal, `"title": {"en": "T"}`, `"title": {"e\ud800": "T"}`, 1)
		r := DecodeAll([]byte(doc), Limits{})
		if !slices.ContainsFunc(r.Errors, func(e *DecodeError) bool { return errors.Is(e, ErrLoneSurrogate) }) {
			t.Errorf("a lone surrogate in a language tag is not reported as one:\n%s", listErrors(r.Errors))
		}
	})
}

func TestEscapedMemberNames(t *testing.T) {
	t.Run("an escaped name is the name it stands for", func(t *testing.T) {
		doc := strings.Replace(minimal, `"title": {"en": "T"}`, `"ti\u0074le": {"\u0065n": "T\u00e9"}`, 1)
		doc = strings.Replace(doc, `"formatVersion"`, `"format\u0056ersion"`, 1)
		p, err := Decode([]byte(doc))
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if p.FormatVersion != "1.0.0" || p.Plans[0].Title["en"] != "Té" || len(p.Plans[0].Extra) != 0 {
			t.Errorf("read version %q, title %q, extra %q", p.FormatVersion, p.Plans[0].Title, p.Plans[0].Extra)
		}
	})
	t.Run("an escaped name repeating another is a duplicate", func(t *testing.T) {
		doc := strings.Replace(minimal, `"title": {"en": "T"}`, `"title": {"en": "T"}, "\u0074itle": {"en": "U"}`, 1)
		r := DecodeAll([]byte(doc), Limits{})
		if e := errorAt(r.Errors, ErrDuplicateMember, "/plans/0/title"); e == nil || e.Offset != offsetOf(t, doc, `"\u0074itle"`) {
			t.Errorf("want a duplicate at /plans/0/title, at the second name, among:\n%s", listErrors(r.Errors))
		}
	})
	t.Run("pointers escape / and ~", func(t *testing.T) {
		tests := []struct{ member, pointer string }{
			{`"x-a/b": "\ud800"`, "/x-a~1b"},
			{`"x-m~n": "\ud800"`, "/x-m~0n"},
			{`"x-a": {"a/b": {"m~n": [1, "\ud800"]}}`, "/x-a/a~1b/m~0n/1"},
			{`"x-a": {"~1/~0": "\ud800"}`, "/x-a/~01~1~00"},
			{`"x-\u002f": "\ud800"`, "/x-~1"},
			{`"a/b~": 1`, "/a~1b~0"},
		}
		for _, tt := range tests {
			doc := strings.Replace(minimal, `"languages"`, tt.member+`, "languages"`, 1)
			r := DecodeAll([]byte(doc), Limits{})
			if len(r.Errors) != 1 || r.Errors[0].Pointer != tt.pointer {
				t.Errorf("%s: errors\n%swant one at %q", tt.member, listErrors(r.Errors), tt.pointer)
			}
		}
	})
}

func TestFiscalYearEndIsAMonth(t *testing.T) {
	tests := []struct {
		written string
		want    int   // the month read, when accepted
		err     error // else the error
		keyword string
	}{
		{"6", 6, nil, ""},
		{"6.0", 6, nil, ""},
		{"6e0", 6, nil, ""},
		{"6.000e0", 6, nil, ""},
		{"0.6e1", 6, nil, ""},
		{"600E-2", 6, nil, ""},
		{"1", 1, nil, ""},
		{"12", 12, nil, ""},
		{"6.5", 0, ErrWrongType, "type"},
		{"6e-1", 0, ErrWrongType, "type"},
		{"0", 0, ErrInvalidValue, "minimum"},
		{"-0", 0, ErrInvalidValue, "minimum"},
		{"0.0", 0, ErrInvalidValue, "minimum"},
		{"-3", 0, ErrInvalidValue, "minimum"},
		{"13", 0, ErrInvalidValue, "maximum"},
		{"1.2e1", 12, nil, ""},
		{"1.3e1", 0, ErrInvalidValue, "maximum"},
		{"99999999999999999999", 0, ErrInvalidValue, "maximum"},
		{`"6"`, 0, ErrWrongType, "type"},
		{"null", 0, ErrWrongType, "type"},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			doc := strings.Replace(minimal, `"country": "CA"`, `"country": "CA", "fiscalYearEnd": `+tt.written, 1)
			p, err := Decode([]byte(doc))
			if tt.err == nil {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				if got := p.Plans[0].Member.FiscalYearEnd; got != tt.want {
					t.Errorf("fiscalYearEnd = %d, want %d", got, tt.want)
				}
				return
			}
			var se *SchemaError
			if !errors.Is(err, tt.err) || !errors.As(err, &se) || se.Keyword != tt.keyword {
				t.Fatalf("Decode: %v; want %v breaking %q", err, tt.err, tt.keyword)
			}
			var errs *DecodeErrors
			errors.As(err, &errs)
			if e := errs.Errors[0]; len(errs.Errors) != 1 || e.Pointer != "/plans/0/member/fiscalYearEnd" || e.Offset != offsetOf(t, doc, `"fiscalYearEnd"`) {
				t.Errorf("errors:\n%swant one at the member fiscalYearEnd", listErrors(errs.Errors))
			}
			if tt.keyword == "minimum" || tt.keyword == "maximum" {
				if se.Want != "1…12" || se.Value != tt.written {
					t.Errorf("SchemaError want %q value %q; want 1…12 and %s", se.Want, se.Value, tt.written)
				}
			}
		})
	}
}

func TestMaxErrorsCountsTheOthers(t *testing.T) {
	// Twenty unknown members, and a missing one.
	var b strings.Builder
	b.WriteString(`{"publisher": {"name": {"en": "P"}}, "languages": ["en"], "plans": [{}]`)
	for i := range 20 {
		fmt.Fprintf(&b, `, "u%02d": %d`, i, i)
	}
	b.WriteString("}")
	doc := []byte(b.String())

	all := DecodeAll(doc, Limits{})
	total := len(all.Errors)
	if all.Omitted != 0 || total < 21 {
		t.Fatalf("without a limit: %d errors, %d omitted; want 21 or more, none omitted", total, all.Omitted)
	}
	for _, max := range []int{1, 5, 20, total - 1, total, total + 1} {
		r := DecodeAll(doc, Limits{MaxErrors: max})
		if len(r.Errors) != min(max, total) || len(r.Errors)+r.Omitted != total {
			t.Errorf("MaxErrors %d: %d errors, %d omitted; want %d and %d", max, len(r.Errors), r.Omitted, min(max, total), total-min(max, total))
		}
		for _, e := range r.Errors {
			if !slices.ContainsFunc(all.Errors, func(a *DecodeError) bool { return a.Error() == e.Error() }) {
				t.Errorf("MaxErrors %d: error %v is not one of those found without a limit", max, e)
			}
		}
		_, err := Decode(doc)
		if err == nil {
			t.Fatal("Decode accepted the document")
		}
	}
	r := DecodeAll(doc, Limits{MaxErrors: 3})
	var errs *DecodeErrors = &DecodeErrors{Errors: r.Errors, Omitted: r.Omitted}
	if got := errs.Error(); !strings.HasSuffix(got, fmt.Sprintf("(and %d more)", total-1)) {
		t.Errorf("DecodeErrors.Error() = %q; want it to count the omitted too", got)
	}

	t.Run("a syntax error is kept beyond the limit", func(t *testing.T) {
		r := DecodeAll(append(doc[:len(doc)-1:len(doc)-1], ','), Limits{MaxErrors: 2})
		if len(r.Errors) == 0 || !errors.Is(r.Errors[len(r.Errors)-1], ErrSyntax) {
			t.Errorf("errors:\n%swant the syntax error last", listErrors(r.Errors))
		}
	})
}

func TestMaxDepth(t *testing.T) {
	nest := func(n int) string {
		return strings.Replace(minimal, `"languages"`,
			`"x-deep": `+strings.Repeat(`{"a": [`, n/2)+`0`+strings.Repeat(`]}`, n/2)+`, "languages"`, 1)
	}
	tests := []struct {
		name     string
		doc      string
		maxDepth int
		ok       bool
	}{
		// The root counts one level; x-deep's value n more.
		{"64 levels by default", nest(62), 0, true},
		{"65 levels by default", nest(64), 0, false},
		{"a limit of 10", nest(8), 10, true},
		{"beyond a limit of 10", nest(10), 10, false},
		// An indicator's deadline is the tenth level: root, plans, plan,
		// commitments, commitment, milestones, milestone, indicators,
		// indicator, deadline.
		{"the model's own depth", minimal, 10, true},
		{"deeper than the model's own depth allows", minimal, 9, false},
		{"arrays at the top", strings.Repeat("[", 100000), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := DecodeAll([]byte(tt.doc), Limits{MaxDepth: tt.maxDepth})
			if tt.ok {
				if len(r.Errors) != 0 {
					t.Errorf("errors:\n%s", listErrors(r.Errors))
				}
				return
			}
			var deep []*DecodeError
			for _, e := range r.Errors {
				if errors.Is(e, ErrTooDeep) {
					deep = append(deep, e)
				}
			}
			if len(deep) != 1 || !errors.Is(deep[0], ErrTooLarge) || deep[0] != r.Errors[len(r.Errors)-1] {
				t.Errorf("errors:\n%swant one, the last, wrapping ErrTooDeep and ErrTooLarge", listErrors(r.Errors))
			}
		})
	}
	// The depth refused is where the nesting goes one level too deep.
	doc := nest(64)
	r := DecodeAll([]byte(doc), Limits{})
	e := r.Errors[len(r.Errors)-1]
	if want := "/x-deep" + strings.Repeat("/a/0", 31) + "/a"; e.Pointer != want {
		t.Errorf("too deep at %q, want %q", e.Pointer, want)
	}
	if want := offsetOf(t, doc, strings.Repeat(`{"a": [`, 31)+`{"a": ^[0]`); e.Offset != want {
		t.Errorf("too deep at offset %d, want %d", e.Offset, want)
	}
}

func TestMaxBytes(t *testing.T) {
	r := DecodeAll([]byte(minimal), Limits{MaxBytes: len(minimal) - 1})
	if len(r.Errors) != 1 || !errors.Is(r.Errors[0], ErrTooLarge) || errors.Is(r.Errors[0], ErrTooDeep) {
		t.Errorf("errors:\n%swant one wrapping ErrTooLarge only", listErrors(r.Errors))
	}
	if r := DecodeAll([]byte(minimal), Limits{MaxBytes: len(minimal)}); len(r.Errors) != 0 {
		t.Errorf("a document of exactly MaxBytes: %v", r.Errors)
	}
}

func TestResultOffset(t *testing.T) {
	// A plan with 40 reports, a text with 20 languages, and a milestone
	// with 3 indicators.
	var reports, langs []string
	for i := range 40 {
		reports = append(reports, fmt.Sprintf(`{"target": "C1.1.%d", "period": "2020-03", "status": "limited"}`, i))
	}
	tags := []string{"en", "fr", "de", "es", "it", "nl", "pt", "sv", "da", "fi", "no", "pl", "cs", "sk", "hu", "ro", "bg", "el", "et", "lv"}
	for _, tag := range tags {
		langs = append(langs, fmt.Sprintf(`"%s": "Titre %s"`, tag, tag))
	}
	doc := strings.Replace(minimal, `"title": {"en": "T"}`, `"title": {`+strings.Join(langs, ", ")+`}`, 1)
	doc = strings.Replace(doc, `"reports": [{"target": "C1.1.1", "period": "2020-03", "status": "limited"}]`,
		`"reports": [`+strings.Join(reports, ",\n")+`]`, 1)
	doc = strings.Replace(doc, `"indicators": [{"id": "C1.1.1"`, `"indicators": [{"id": "C1.1.a", "title": {"en": "I"}}, {"id": "C1.1.b", "title": {"en": "I"}}, {"id": "C1.1.1"`, 1)
	r := DecodeAll([]byte(doc), Limits{})
	if len(r.Errors) != 0 {
		t.Fatalf("errors:\n%s", listErrors(r.Errors))
	}
	tests := []struct {
		pointer string
		at      string // marker; "" for a pointer that leads nowhere
		deepest string // marker of the deepest value on the way, for those
	}{
		{"", `{"formatVersion"`, ""},
		{"/formatVersion", `"formatVersion"`, ""},
		{"/publisher/name", `"name": {"en": "P"}`, ""},
		{"/publisher/name/en", `"en": "P"`, ""},
		{"/languages/0", `"languages": [^"en"]`, ""},
		{"/plans/0", `"plans": [^{"id": "X"`, ""},
		{"/plans/0/member/kind", `"kind"`, ""},
		{"/plans/0/title", `"title": {"en": "Titre en"`, ""},
		{"/plans/0/title/en", `"en": "Titre en"`, ""},
		{"/plans/0/title/lv", `"lv": "Titre lv"`, ""},
		{"/plans/0/title/da", `"da": "Titre da"`, ""},
		{"/plans/0/commitments/0/milestones/0/indicators/2/deadline/date", `"date": "2020-05"`, ""},
		{"/plans/0/commitments/0/milestones/0/indicators/1", `^{"id": "C1.1.b"`, ""},
		{"/plans/0/reports/0", `^{"target": "C1.1.0"`, ""},
		{"/plans/0/reports/16", `^{"target": "C1.1.16"`, ""},
		{"/plans/0/reports/17", `^{"target": "C1.1.17"`, ""},
		{"/plans/0/reports/39/status", `"target": "C1.1.39", "period": "2020-03", ^"status"`, ""},
		// Leading nowhere.
		{"/plans/0/reports/40", "", `"reports"`},
		{"/plans/0/reports/-1", "", `"reports"`},
		{"/plans/0/reports/x", "", `"reports"`},
		{"/plans/0/title/ja", "", `"title": {"en": "Titre en"`},
		{"/plans/0/member/fiscalYearEnd", "", `"member"`},
		{"/plans/0/commitments/0/milestones/0/indicators/0/deadline", "", `^{"id": "C1.1.a"`},
		{"/plans/1", "", `"plans"`},
		{"/publisher/name/en/x", "", `"en": "P"`},
		{"/nothing", "", `{"formatVersion"`},
	}
	for _, tt := range tests {
		got, ok := r.Offset(tt.pointer)
		want := tt.at
		if want == "" {
			want = tt.deepest
		}
		if off := offsetOf(t, doc, want); got != off || ok != (tt.at != "") {
			t.Errorf("Offset(%q) = %d, %v; want %d, %v", tt.pointer, got, ok, off, tt.at != "")
		}
	}
	// The lazily built index gives what the walk through the children gives.
	for i := range 40 {
		got, ok := r.Offset(fmt.Sprintf("/plans/0/reports/%d", i))
		if want := offsetOf(t, doc, fmt.Sprintf(`{"target": "C1.1.%d"`, i)); got != want || !ok {
			t.Errorf("Offset of report %d = %d, %v; want %d", i, got, ok, want)
		}
	}
	for _, tag := range slices.Backward(tags) {
		got, ok := r.Offset("/plans/0/title/" + tag)
		if want := offsetOf(t, doc, fmt.Sprintf(`"%s": "Titre %s"`, tag, tag)); got != want || !ok {
			t.Errorf("Offset of title %s = %d, %v; want %d", tag, got, ok, want)
		}
	}
}

// TestResultOffsetOfExtensionMembers checks that a pointer to a member kept
// in Extra, or into one, gets the place of the object holding it: no
// finding made on the model points there, and keeping their places would
// cost memory in proportion to their number.
func TestResultOffsetOfExtensionMembers(t *testing.T) {
	doc := strings.Replace(minimal, `"languages"`, `"x-a/b": {"c": [1, 2]}, "languages"`, 1)
	doc = strings.Replace(doc, `"status": "limited"`, `"status": "limited", "x-row": 7`, 1)
	r := DecodeAll([]byte(doc), Limits{})
	if len(r.Errors) != 0 {
		t.Fatalf("errors:\n%s", listErrors(r.Errors))
	}
	for _, tt := range []struct {
		pointer, at string
		ok          bool
	}{
		// Places are kept for the values the model holds, not for Extra
		// members: a pointer to one gets the object that holds it.
		{"/x-a~1b", `{"formatVersion"`, false},
		{"/plans/0/reports/0/x-row", `{"target": "C1.1.1"`, false},
		{"/x-a~1b/c/1", `{"formatVersion"`, false},
		{"/plans/0/reports/0/status", `"status"`, true},
	} {
		if got, ok := r.Offset(tt.pointer); got != offsetOf(t, doc, tt.at) || ok != tt.ok {
			t.Errorf("Offset(%q) = %d, %v; want %d, %v", tt.pointer, got, ok, offsetOf(t, doc, tt.at), tt.ok)
		}
	}
}

func TestPositions(t *testing.T) {
	data := []byte("ab\ncé\r\n\tx\n")
	offsets := []int{len(data), 0, 4, 3, 6, 1, 9, -5, 100, 2}
	want := []Position{{4, 1}, {1, 1}, {2, 2}, {2, 1}, {2, 3}, {1, 2}, {3, 2}, {1, 1}, {4, 1}, {1, 3}}
	got := Positions(data, offsets)
	if !slices.Equal(got, want) {
		t.Errorf("Positions = %v, want %v", got, want)
	}
	for i, off := range offsets {
		if off < 0 || off > len(data) {
			continue
		}
		if line, col := naivePosition(data, off); (Position{line, col}) != got[i] {
			t.Errorf("offset %d: %v; naivePosition says %d:%d", off, got[i], line, col)
		}
	}
}

func TestNewerMinorVersion(t *testing.T) {
	doc := strings.Replace(minimal, `"1.0.0"`, `"1.1.0"`, 1)
	doc = strings.Replace(doc, `"status": "limited"`, `"status": "limited", "confidence": {"level": 0.8}`, 1)
	doc = strings.Replace(doc, `"languages"`, `"x-mine": true, "languages"`, 1)

	t.Run("Decode keeps the unknown member in Extra", func(t *testing.T) {
		p, err := Decode([]byte(doc))
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if got := string(p.Plans[0].Reports[0].Extra["confidence"]); got != `{"level":0.8}` {
			t.Errorf("Extra[confidence] = %s", got)
		}
		out, err := Encode(p)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		if !strings.Contains(string(out), "\"confidence\": {\n") || !strings.Contains(string(out), `"level": 0.8`) || !strings.Contains(string(out), `"x-mine": true`) {
			t.Errorf("Encode did not write the extra members back:\n%s", out)
		}
		again, err := Decode(out)
		if err != nil || string(again.Plans[0].Reports[0].Extra["confidence"]) != `{"level":0.8}` {
			t.Errorf("Decode(Encode(p)): %v", err)
		}
	})
	t.Run("DecodeAll reports it", func(t *testing.T) {
		r := DecodeAll([]byte(doc), Limits{})
		if r.Compatibility != NewerMinor {
			t.Errorf("Compatibility = %v, want NewerMinor", r.Compatibility)
		}
		if len(r.Errors) != 1 || r.Errors[0].Pointer != "/plans/0/reports/0/confidence" || !errors.Is(r.Errors[0], ErrUnknownMember) ||
			r.Errors[0].Offset != offsetOf(t, doc, `"confidence"`) {
			t.Errorf("errors:\n%swant only the unknown member confidence", listErrors(r.Errors))
		}
		if r.Package.Plans[0].Reports[0].Extra["confidence"] == nil {
			t.Error("DecodeAll did not keep the member in Extra")
		}
	})
	t.Run("other errors still count", func(t *testing.T) {
		bad := strings.Replace(doc, `"limited"`, `"done"`, 1)
		_, err := Decode([]byte(bad))
		var errs *DecodeErrors
		if !errors.As(err, &errs) || len(errs.Errors) != 1 || !errors.Is(err, ErrUnknownCode) {
			t.Errorf("Decode: %v; want only the unknown status", err)
		}
	})
	t.Run("1.0.0 refuses it", func(t *testing.T) {
		_, err := Decode([]byte(strings.Replace(doc, `"1.1.0"`, `"1.0.0"`, 1)))
		if !errors.Is(err, ErrUnknownMember) {
			t.Errorf("Decode: %v; want ErrUnknownMember", err)
		}
	})
}

// TestNewerMinorVersionWithManyNewMembers checks that Decode accepts a
// newer minor document however many members that version added it holds,
// even beyond the number of errors DecodeAll keeps.
func TestNewerMinorVersionWithManyNewMembers(t *testing.T) {
	var b strings.Builder
	for i := range DefaultMaxErrors + 5 {
		fmt.Fprintf(&b, `"new%d": %d, `, i, i)
	}
	doc := strings.Replace(minimal, `"1.0.0"`, `"1.1.0"`, 1)
	doc = strings.Replace(doc, `"languages"`, b.String()+`"languages"`, 1)
	p, err := Decode([]byte(doc))
	if err != nil {
		t.Fatalf("Decode: %v (%T %+v)", err, err, err)
	}
	if len(p.Extra) != DefaultMaxErrors+5 {
		t.Errorf("%d members kept in Extra, want %d", len(p.Extra), DefaultMaxErrors+5)
	}
}

func TestOtherMajorVersionGivesOnlyTheVersionError(t *testing.T) {
	for _, v := range []string{`"2.0.0"`, `"0.9.0"`, `"1.0"`, `"v1.0.0"`, `""`} {
		t.Run(v, func(t *testing.T) {
			doc := strings.Replace(manyProblems, `"1.0.0"`, v, 1) // and many other problems
			r := DecodeAll([]byte(doc), Limits{MaxErrors: 3})
			var ve *VersionError
			if len(r.Errors) != 1 || r.Omitted != 0 || !errors.As(r.Errors[0], &ve) {
				t.Fatalf("errors (%d omitted):\n%swant only a *VersionError", r.Omitted, listErrors(r.Errors))
			}
			if e := r.Errors[0]; e.Pointer != "/formatVersion" || e.Offset != 1 || e.Line != 1 || e.Column != 2 {
				t.Errorf("%v at offset %d; want /formatVersion at offset 1, 1:2", e, e.Offset)
			}
			if _, err := Decode([]byte(doc)); !errors.Is(err, ErrUnsupportedVersion) || strings.Contains(err.Error(), "more") {
				t.Errorf("Decode: %v; want only the version error", err)
			}
		})
	}
}

func TestEmptyOptionalValuesAreWrittenBack(t *testing.T) {
	tests := []struct{ name, from, to string }{
		{"empty leads", `"title": {"en": "M"},`, `"title": {"en": "M"}, "leads": [], "supporters": [],`},
		{"empty deadline", `"deadline": {"date": "2020-05"}`, `"deadline": {}`},
		{"empty lists of objects", `"commitments": [`, `"extensions": [], "institutions": [], "commitments": [`},
		{"empty policy areas", `"id": "C1", "title": {"en": "C"},`, `"id": "C1", "title": {"en": "C"}, "policyAreas": [],`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Decode([]byte(strings.Replace(minimal, tt.from, tt.to, 1)))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			canonical, err := Encode(p)
			if err != nil {
				t.Fatalf("Encode: %v", err)
			}
			// The canonical document decodes and encodes to itself...
			again, err := Decode(canonical)
			if err != nil {
				t.Fatalf("Decode(canonical): %v", err)
			}
			out, _ := Encode(again)
			if string(out) != string(canonical) {
				t.Errorf("not stable:\n%s\n---\n%s", canonical, out)
			}
			// ...and holds the empty values, as written.
			compact := strings.Join(strings.Fields(string(canonical)), " ")
			for _, want := range strings.Split(tt.to, ", ") {
				if strings.HasSuffix(want, "[]") || strings.HasSuffix(want, "{}") {
					if !strings.Contains(compact, want) {
						t.Errorf("%s not written back:\n%s", want, canonical)
					}
				}
			}
		})
	}
}

// TestDeepNestingCostsMemoryInProportion checks that a raised depth limit
// costs memory in proportion to the depth reached, not to its square: the
// bytes allocated per level are about the same at 25,000 and 96,000
// levels.
func TestDeepNestingCostsMemoryInProportion(t *testing.T) {
	perLevel := func(depth int) float64 {
		doc := []byte(`{"formatVersion": "1.0.0", "x-deep": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		r := DecodeAll(doc, Limits{MaxDepth: MaxDepthLimit})
		runtime.ReadMemStats(&after)
		if len(r.Package.Extra["x-deep"]) != 2*depth {
			t.Fatalf("depth %d: x-deep not kept whole", depth)
		}
		return float64(after.TotalAlloc-before.TotalAlloc) / float64(depth)
	}
	small, large := perLevel(25_000), perLevel(96_000)
	if large > 2*small+64 {
		t.Errorf("%.0f bytes per level at 96,000 levels, %.0f at 25,000: more than in proportion", large, small)
	}
}
