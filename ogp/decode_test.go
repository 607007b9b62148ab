package ogp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const minimal = `{"formatVersion": "1.0.0", "publisher": {"name": {"en": "P"}}, "languages": ["en"],
 "plans": [{"id": "X", "member": {"kind": "national", "country": "CA", "name": {"en": "Canada"}},
  "title": {"en": "T"}, "period": {"start": "2018-09", "end": "2020-06"},
  "commitments": [{"id": "C1", "title": {"en": "C"}, "milestones": [{"id": "C1.1", "title": {"en": "M"},
   "indicators": [{"id": "C1.1.1", "title": {"en": "I"}, "deadline": {"date": "2020-05"}}]}]}],
  "reports": [{"target": "C1.1.1", "period": "2020-03", "status": "limited"}]}]}`

// TestDecodeRefusals checks that each kind of fault is among the errors
// Decode returns, at the right pointer and place. Most documents are
// fragments, which also miss required members: those errors are listed too,
// and are not what each case is about.
func TestDecodeRefusals(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		want    error
		pointer string
		at      string // the error points at the first occurrence of this text; "" for the end
	}{
		{"truncated", `{"formatVersion": "1.0.0", "plans": [`, ErrSyntax, "/plans/0", ""},
		{"not JSON", "\x00\x01garbage", ErrSyntax, "", "\x00"},
		{"trailing data", `{"formatVersion": "1.0.0"} {}`, ErrSyntax, "", "{}"},
		{"invalid UTF-8", "{\"formatVersion\": \"1.0.0\", \"languages\": [\"\xff\"]}", ErrInvalidUTF8, "/languages/0", "\xff"},
		{"lone surrogate", `{"formatVersion": "1.0.0", "languages": ["e\ud800n"]}`, ErrLoneSurrogate, "/languages/0", `\ud800`},
		{"duplicate member", `{"formatVersion": "1.0.0", "languages": [], "languages": []}`, ErrDuplicateMember, "/languages", `"languages": []}`},
		{"unknown member", "{\"formatVersion\": \"1.0.0\",\n \"plans\": [{\"titel\": {}}]}", ErrUnknownMember, "/plans/0/titel", `"titel"`},
		{"unknown member deep", strings.Replace(minimal, `"deadline": {"date": "2020-05"}`, `"deadline": {"date": "2020-05", "due": "x"}`, 1),
			ErrUnknownMember, "/plans/0/commitments/0/milestones/0/indicators/0/deadline/due", `"due"`},
		{"missing member", strings.Replace(minimal, `"title": {"en": "C"}, `, "", 1), ErrMissingMember, "/plans/0/commitments/0", `{"id": "C1"`},
		{"string for array", `{"formatVersion": "1.0.0", "languages": "en"}`, ErrWrongType, "/languages", `"languages"`},
		{"number for text", `{"formatVersion": "1.0.0", "publisher": {"name": {"en": 1}}}`, ErrWrongType, "/publisher/name/en", `"en"`},
		{"null", `{"formatVersion": "1.0.0", "plans": null}`, ErrWrongType, "/plans", `"plans"`},
		{"fractional integer", `{"formatVersion": "1.0.0", "plans": [{"member": {"fiscalYearEnd": 3.5}}]}`, ErrWrongType, "/plans/0/member/fiscalYearEnd", `"fiscalYearEnd"`},
		{"array at the top", `[]`, ErrWrongType, "", `[]`},
		{"id with a space", strings.Replace(minimal, `"C1.1"`, `"C1 1"`, 1), ErrInvalidValue, "/plans/0/commitments/0/milestones/0/id", `"id": "C1 1"`},
		{"invalid date", `{"formatVersion": "1.0.0", "published": "2020-13"}`, ErrInvalidDate, "/published", `"published"`},
		{"impossible day", `{"formatVersion": "1.0.0", "published": "2021-02-29"}`, ErrInvalidDate, "/published", `"published"`},
		{"unknown status", strings.Replace(minimal, `"limited"`, `"done"`, 1), ErrUnknownCode, "/plans/0/reports/0/status", `"status"`},
		{"unknown member kind", strings.Replace(minimal, `"national"`, `"federal"`, 1), ErrUnknownCode, "/plans/0/member/kind", `"kind"`},
		{"major version 2", `{"formatVersion": "2.0.0"}`, ErrUnsupportedVersion, "/formatVersion", `"formatVersion"`},
		{"not semver", `{"formatVersion": "1.0"}`, ErrUnsupportedVersion, "/formatVersion", `"formatVersion"`},
		{"no version", strings.Replace(minimal, `"formatVersion": "1.0.0", `, "", 1), ErrMissingMember, "", `{`},
		{"too deep", `{"formatVersion": "1.0.0", "x-deep": ` + strings.Repeat("[", 63) + `{"a": 1}` + strings.Repeat("]", 63) + `}`,
			ErrTooDeep, "/x-deep" + strings.Repeat("/0", 63), `{"a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.doc))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Decode: %v; want an error wrapping %v", err, tt.want)
			}
			var errs *DecodeErrors
			if !errors.As(err, &errs) {
				t.Fatalf("Decode: %T is not a *DecodeErrors", err)
			}
			de := errorAt(errs.Errors, tt.want, tt.pointer)
			if de == nil {
				t.Fatalf("no error wrapping %v at %q among:\n%s", tt.want, tt.pointer, listErrors(errs.Errors))
			}
			off := len(tt.doc)
			if tt.at != "" {
				off = strings.Index(tt.doc, tt.at)
			}
			line, col := naivePosition([]byte(tt.doc), off)
			if de.Offset != off || de.Line != line || de.Column != col {
				t.Errorf("%v: at offset %d (%d:%d); want offset %d (%d:%d)", de, de.Offset, de.Line, de.Column, off, line, col)
			}
		})
	}
}

// errorAt returns the first of errs that wraps want at pointer, or nil.
func errorAt(errs []*DecodeError, want error, pointer string) *DecodeError {
	for _, e := range errs {
		if e.Pointer == pointer && errors.Is(e, want) {
			return e
		}
	}
	return nil
}

// listErrors returns errs one a line, for failure messages.
func listErrors(errs []*DecodeError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "\t%v\n", e)
	}
	return b.String()
}

func TestDecodeErrorNamesLineAndColumn(t *testing.T) {
	doc := strings.Replace(minimal, `"publisher": {"name": {"en": "P"}}, "languages": ["en"],`,
		"\n \"publisher\": {\"name\": {\"fr\": \"Société\", \"en\": 1}}, \"languages\": [\"en\"],", 1)
	_, err := Decode([]byte(doc))
	if err == nil {
		t.Fatal("Decode accepted a number for a text")
	}
	if got, want := err.Error(), `2:42: /publisher/name/en: wrong type: want string, found integer`; got != want {
		t.Errorf("error = %q, want %q (columns count characters, not bytes)", got, want)
	}
}

func TestUnsupportedVersionMessage(t *testing.T) {
	_, err := Decode([]byte(`{"formatVersion": "2.0.0", "plans": []}`))
	var ve *VersionError
	if !errors.As(err, &ve) || ve.Version != "2.0.0" {
		t.Fatalf("Decode: %v; want a *VersionError for 2.0.0", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "2.0.0") || !strings.Contains(msg, "1.x") {
		t.Errorf("message %q does not say which versions are read", msg)
	}
}

func TestCheckVersion(t *testing.T) {
	tests := []struct {
		v    string
		want Compatibility
		ok   bool
	}{
		{"1.0.0", Understood, true},
		{"1.0.7", Understood, true},
		{"1.0.0-rc.1", Understood, true},
		{"1.1.0", NewerMinor, true},
		{"1.12.3", NewerMinor, true},
		{"0.9.0", 0, false},
		{"2.0.0", 0, false},
		{"1", 0, false},
		{"v1.0.0", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, err := CheckVersion(tt.v)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("CheckVersion(%q) = %v, %v; want %v, ok=%v", tt.v, got, err, tt.want, tt.ok)
		}
	}
}

func TestNewerMinorKeepsUnknownMembers(t *testing.T) {
	doc := strings.Replace(minimal, `"1.0.0"`, `"1.3.0"`, 1)
	doc = strings.Replace(doc, `"status": "limited"`, `"status": "limited", "confidence": 0.8`, 1)
	p, err := Decode([]byte(doc))
	if err != nil {
		t.Fatalf("a newer minor version must decode: %v", err)
	}
	if got := string(p.Plans[0].Reports[0].Extra["confidence"]); got != "0.8" {
		t.Errorf("Extra[confidence] = %q, want 0.8", got)
	}
	out, _ := Encode(p)
	if !bytes.Contains(out, []byte(`"confidence": 0.8`)) {
		t.Errorf("the member a newer version added was not written back:\n%s", out)
	}
}

// TestExtensionMembersEverywhere adds an "x-" member to every object of every
// example, and checks that each survives decoding and encoding.
func TestExtensionMembersEverywhere(t *testing.T) {
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var pointers []string
		var mark func(v any, ptr string, inExtension bool)
		mark = func(v any, ptr string, inExtension bool) {
			switch v := v.(type) {
			case map[string]any:
				if inExtension || isText(v) {
					return
				}
				for k, child := range v {
					mark(child, ptr+"/"+k, strings.HasPrefix(k, "x-"))
				}
				v["x-test"] = map[string]any{"at": ptr, "n": 1.5, "list": []any{true, nil}}
				pointers = append(pointers, ptr)
			case []any:
				for i, child := range v {
					mark(child, ptr+"/"+strconv.Itoa(i), inExtension)
				}
			}
		}
		mark(doc, "", false)
		marked, _ := json.Marshal(doc)
		p, err := Decode(marked)
		if err != nil {
			t.Fatalf("%s: Decode: %v", file, err)
		}
		out, err := Encode(p)
		if err != nil {
			t.Fatalf("%s: Encode: %v", file, err)
		}
		var back any
		json.Unmarshal(out, &back)
		for _, ptr := range pointers {
			obj := lookup(back, ptr)
			x, _ := obj["x-test"].(map[string]any)
			if x == nil || x["at"] != ptr || x["n"] != 1.5 {
				t.Errorf("%s: x-test lost at %q", filepath.Base(file), ptr)
			}
		}
		if len(pointers) < 100 && strings.Contains(file, "canada") {
			t.Errorf("only %d objects marked in %s", len(pointers), file)
		}
	}
}

// isText reports whether an object is a Text: a map of language tags to strings.
func isText(m map[string]any) bool {
	for _, v := range m {
		if _, ok := v.(string); !ok {
			return false
		}
	}
	return len(m) > 0
}

func lookup(v any, ptr string) map[string]any {
	for _, tok := range strings.Split(ptr, "/")[1:] {
		switch c := v.(type) {
		case map[string]any:
			v = c[tok]
		case []any:
			i, _ := strconv.Atoi(tok)
			v = c[i]
		}
	}
	m, _ := v.(map[string]any)
	return m
}

func TestEncodeRefusesInvalidExtra(t *testing.T) {
	p := &Package{FormatVersion: Version, Extra: Extra{"x-bad": json.RawMessage("{")}}
	if _, err := Encode(p); !errors.Is(err, ErrInvalidExtra) {
		t.Errorf("Encode with invalid JSON in Extra: %v; want ErrInvalidExtra", err)
	}
	p = &Package{FormatVersion: Version, Extra: Extra{"plans": json.RawMessage("[]")}}
	if _, err := Encode(p); !errors.Is(err, ErrInvalidExtra) {
		t.Errorf("Encode with a modelled name in Extra: %v; want ErrInvalidExtra", err)
	}
	p = &Package{FormatVersion: Version, Plans: []Plan{{Extra: Extra{"confidence": json.RawMessage("1")}}}}
	_, err := Encode(p)
	if !errors.Is(err, ErrInvalidExtra) || !strings.Contains(err.Error(), `/plans/0: "confidence" does not begin with "x-"`) {
		t.Errorf("Encode of a 1.0.0 document with an extra member not named x-: %v; want ErrInvalidExtra naming it", err)
	}
	p.FormatVersion = "1.3.0"
	if _, err := Encode(p); err != nil {
		t.Errorf("a newer minor document may carry members that version added: %v", err)
	}
}

func TestEncodeWritesRequiredArraysEmpty(t *testing.T) {
	out, err := Encode(&Package{FormatVersion: Version})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"formatVersion\": \"1.0.0\",\n  \"publisher\": {\n    \"name\": {}\n  },\n  \"languages\": [],\n  \"plans\": []\n}\n"
	if string(out) != want {
		t.Errorf("Encode(empty package) =\n%s\nwant\n%s", out, want)
	}
}

// naivePosition returns the line and column of offset in data by counting
// from the start: the obvious way, to check Positions against.
func naivePosition(data []byte, offset int) (line, column int) {
	line, column = 1, 1
	for _, r := range string(data[:offset]) {
		if r == '\n' {
			line, column = line+1, 1
		} else {
			column++
		}
	}
	return line, column
}
