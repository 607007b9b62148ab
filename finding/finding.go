// Package finding is the one model of a problem found in a document, shared
// by every package of the module: a [Code] says what rule was broken, how
// serious that is by default and how to say it in each language; a
// [Finding] is one occurrence, with its place and the values its message
// refers to. Messages are rendered only when asked, in the language asked,
// so one report can be shown in English and in French, and decoded back
// from JSON.
//
// Packages register their codes once, at initialisation ([Register]); the
// texts of a language other than those of the code's definition come from
// a catalog ([AddCatalog]). Adding a language is adding one catalog.
package finding

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Severity is how serious a finding is.
type Severity uint8

// The severities, from harmless to wrong.
const (
	// OK is the severity of a code that records something fine, such as a
	// status moving forward: such a code is never reported as a finding.
	OK Severity = iota
	// Notice is worth knowing but needs no change: a member kept that the
	// format has no place for, a tag not written in its canonical form.
	Notice
	// Warning is probably wrong: a person should look.
	Warning
	// Error is wrong: a document with an error is not valid.
	Error
)

var severityNames = [...]string{"ok", "notice", "warning", "error"}

// Severities returns the severities, from harmless to wrong.
func Severities() []Severity { return []Severity{OK, Notice, Warning, Error} }

// String returns the severity's code: "ok", "notice", "warning" or "error".
func (s Severity) String() string {
	if s.Valid() {
		return severityNames[s]
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// Valid reports whether s is one of [Severities].
func (s Severity) Valid() bool { return int(s) < len(severityNames) }

// Title returns the severity's name in lang ("erreur" in French), for
// people; [Severity.String] is for programs.
func (s Severity) Title(lang string) string {
	return Word(lang, "severity."+s.String())
}

// MarshalText returns the severity's code.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("finding: invalid severity %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText accepts the code of a severity: "ok", "notice", "warning"
// or "error".
func (s *Severity) UnmarshalText(b []byte) error {
	for i, name := range severityNames {
		if name == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("finding: unknown severity %q (want ok, notice, warning or error)", b)
}

// Finding is one problem found in a document.
type Finding struct {
	// Code is the stable code of the rule broken: "schema.required".
	Code string `json:"code"`
	// Severity is how serious the problem is: the code's default, unless
	// the caller asked for another (strict mode makes warnings errors).
	Severity Severity `json:"severity"`
	// Path is the JSON Pointer (RFC 6901) of the value at fault; "" is the
	// whole document.
	Path string `json:"path"`
	// Line and Column are the 1-based position of the value in the file,
	// when known; columns count characters, not bytes.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
	// Cell is, for a document read from a workbook, the sheet and cell the
	// value comes from: "Indicators!D14".
	Cell string `json:"cell,omitempty"`
	// Args are the values the code's message refers to, by name: the
	// member missing, the value found, the value wanted. They are data, in
	// no language; [Finding.Message] puts them into words.
	Args map[string]string `json:"args,omitempty"`
}

// New returns a finding of code at the value path points to, with the
// code's severity and the given arguments, as name, value pairs (a last
// name without a value is left out). A code nobody registered, a mistake
// in the program, gets severity Error, so that it cannot pass unseen.
func New(code, path string, args ...string) Finding {
	c, ok := Lookup(code)
	if !ok {
		c.Severity = Error
	}
	f := Finding{Code: code, Severity: c.Severity, Path: path}
	if len(args) > 1 {
		f.Args = make(map[string]string, len(args)/2)
		for i := 0; i+1 < len(args); i += 2 {
			f.Args[args[i]] = args[i+1]
		}
	}
	return f
}

// Message returns the finding's message in lang, or in the closest
// language there is (see [Match]). A finding of a code nobody registered
// shows its code and arguments.
func (f Finding) Message(lang string) string {
	tmpl, ok := template(Match(lang), f.Code)
	if !ok {
		return f.Code + formatArgs(f.Args)
	}
	return render(tmpl, Match(lang), f.Args)
}

// Format returns the finding as a compiler would show it, in lang:
// "12:7: error schema.required: member "title" is required here
// (/plans/0)", with the cell in place of the line and column when it has
// one ("Commitments!C4: error ..."), and neither when it has no place. A
// finding about the whole document (pointer "") ends with its message.
// The place is followed by ": " in every language, as editors and CI
// systems read "file:line:column: " whatever the language.
func (f Finding) Format(lang string) string {
	lang = Match(lang)
	rest := f.Severity.Title(lang) + " " + f.Code + Word(lang, "colon") + f.Message(lang)
	if f.Path != "" { // "" is the whole document, "/" a member named ""
		rest += " (" + Escape(f.Path) + ")"
	}
	switch {
	case f.Cell != "":
		return Escape(f.Cell) + ": " + rest
	case f.Line == 0:
		return rest
	}
	return strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column) + ": " + rest
}

// String returns the finding formatted in English.
func (f Finding) String() string { return f.Format("en") }

// Under returns f with its path moved under prefix, a JSON Pointer: for a
// package that checks part of a document, such as one plan, and reports
// paths relative to it.
func (f Finding) Under(prefix string) Finding {
	f.Path = prefix + f.Path
	return f
}

// Clip cuts a value from a document to at most 60 characters, the last an
// ellipsis, for a finding's arguments: no message grows with the input.
func Clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:57]) + "…"
}

func formatArgs(args map[string]string) string {
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	for i, name := range slices.Sorted(maps.Keys(args)) {
		if i == 0 {
			b.WriteString(" (")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(name + "=" + strconv.Quote(args[name]))
	}
	return b.String() + ")"
}
