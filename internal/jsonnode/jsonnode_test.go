package jsonnode

import (
	"errors"
	"strings"
	"testing"
)

func TestParseKeepsPositionsAndOrder(t *testing.T) {
	data := []byte("{\"b\": [1, \"x\", null],\n \"a\": {\"t\": true}}")
	n, err := Parse(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if n.Kind != Object || len(n.Members) != 2 || n.Members[0].Name != "b" || n.Members[1].Name != "a" {
		t.Fatalf("members not in input order: %+v", n.Members)
	}
	arr := n.Member("b")
	if arr.Kind != Array || len(arr.Elems) != 3 || arr.Elems[1].Text != "x" || arr.Elems[2].Kind != Null {
		t.Fatalf("array: %+v", arr)
	}
	if got := string(data[arr.Offset:arr.End]); got != `[1, "x", null]` {
		t.Errorf("array raw = %q", got)
	}
	inner := n.Member("a").Member("t")
	if line, col := Position(data, inner.Offset); line != 2 || col != 13 || inner.Text != "true" {
		t.Errorf("true at %d:%d (%q), want 2:13", line, col, inner.Text)
	}
	if n.Member("zzz") != nil {
		t.Error("Member of a missing name must be nil")
	}
}

func TestParseRefusals(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		limits Limits
		want   error
		offset int
	}{
		{"empty", "", Limits{}, ErrSyntax, 0},
		{"truncated", `{"a": [1, 2`, Limits{}, ErrSyntax, 11},
		{"bad token", `{"a": tru}`, Limits{}, ErrSyntax, 9},
		{"trailing", `{} x`, Limits{}, ErrSyntax, 3},
		{"duplicate", `{"a": 1, "b": {"c": 1, "c": 2}}`, Limits{}, ErrDuplicateMember, 23},
		{"invalid UTF-8", "[\"ok\", \"\xc3\x28\"]", Limits{}, ErrInvalidUTF8, 8},
		{"too deep", strings.Repeat("[", 5) + strings.Repeat("]", 5), Limits{MaxDepth: 4}, ErrTooDeep, 4},
		{"too large", `[1, 2, 3]`, Limits{MaxBytes: 4}, ErrTooLarge, 4},
		{"stray close", `]`, Limits{}, ErrSyntax, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), tt.limits)
			var e *Error
			if !errors.Is(err, tt.want) || !errors.As(err, &e) {
				t.Fatalf("Parse: %v; want %v", err, tt.want)
			}
			if e.Offset != tt.offset {
				t.Errorf("offset %d, want %d (%v)", e.Offset, tt.offset, err)
			}
		})
	}
}

func TestDeepNestingIsBounded(t *testing.T) {
	data := []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000))
	if _, err := Parse(data, Limits{}); !errors.Is(err, ErrTooDeep) {
		t.Fatalf("100,000 nested arrays: %v; want ErrTooDeep", err)
	}
}

func TestPosition(t *testing.T) {
	data := []byte("ab\n\u00e9t\u00e9 x\n")
	for _, tt := range []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {8, 2, 4}, {100, 3, 1}, {-1, 1, 1},
	} {
		if l, c := Position(data, tt.off); l != tt.line || c != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, l, c, tt.line, tt.col)
		}
	}
	if got := EscapePointerToken("a/b~c"); got != "a~1b~0c" {
		t.Errorf("EscapePointerToken = %q", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a": [1, {"b": null}]}`, `[`, `{"a":1,"a":2}`, "\"\xff\"", `1e400`, `"\ud800"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data, Limits{MaxDepth: 32})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Offset < 0 || e.Offset > len(data) {
				t.Fatalf("error without a valid offset: %v", err)
			}
			return
		}
		if n.Offset < 0 || n.End > len(data) || n.Offset > n.End {
			t.Fatalf("root spans %d..%d of %d bytes", n.Offset, n.End, len(data))
		}
	})
}
