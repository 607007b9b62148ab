package validate

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// decodeFinding turns a problem the decoder found into a finding with this
// package's code and message. In a document of a newer minor version, a
// member this version does not define gets its own code.
func (c *checker) decodeFinding(e *ogp.DecodeError, newerMinor bool) {
	var se *ogp.SchemaError
	var ve *ogp.VersionError
	switch {
	case errors.As(e, &se):
		c.schemaFinding(e, se, newerMinor)
	case errors.As(e, &ve):
		c.addAt(CodeUnsupported, e.Pointer, e.Offset, "value", finding.Clip(ve.Version), "want", "1.x ("+ogp.Version+")")
	case !errors.Is(e, ogp.ErrTooLarge) && startHint(c.data) != "":
		c.addAt(CodeSyntax, "", 0, "problem", startHint(c.data))
	case errors.Is(e, ogp.ErrInvalidUTF8):
		c.addAt(CodeInvalidUTF8, e.Pointer, e.Offset, "value", fmt.Sprintf("0x%02x", c.data[e.Offset]))
	case errors.Is(e, ogp.ErrLoneSurrogate):
		c.addAt(CodeLoneSurrogate, e.Pointer, e.Offset, "value", string(c.data[e.Offset:e.Offset+6]))
	case errors.Is(e, ogp.ErrDuplicateMember):
		c.addAt(CodeDuplicateKey, e.Pointer, e.Offset, "member", finding.Clip(lastToken(e.Pointer)))
	case errors.Is(e, ogp.ErrTooDeep):
		c.addAt(CodeTooDeep, e.Pointer, e.Offset, "want", strconv.Itoa(c.opts.maxDepth))
	case errors.Is(e, ogp.ErrTooLarge):
		c.addAt(CodeTooLarge, "", 0, "want", strconv.Itoa(c.opts.maxBytes))
	case bytes.HasPrefix(c.data, []byte("\uFEFF")):
		c.addAt(CodeSyntax, "", 0, "problem", "bom")
	case len(bytes.TrimSpace(c.data)) == 0:
		c.addAt(CodeSyntax, "", 0, "problem", "empty")
	default:
		var se *ogp.SyntaxError
		errors.As(e, &se) // every other problem the decoder reports is one
		problem, found := syntaxProblem(se)
		c.addAt(CodeSyntax, e.Pointer, e.Offset, "problem", problem, "found", found)
	}
}

func (c *checker) schemaFinding(e *ogp.DecodeError, se *ogp.SchemaError, newerMinor bool) {
	ptr, at := e.Pointer, e.Offset
	switch se.Keyword {
	case "required":
		c.addAt(CodeRequired, ptr, at, "member", finding.Clip(se.Member))
	case "additionalProperties":
		if newerMinor {
			c.addAt(CodeNewerMember, ptr, at, "member", finding.Clip(se.Member), "want", ogp.Version)
			return
		}
		c.addAt(CodeAdditional, ptr, at, "member", finding.Clip(se.Member), "suggestion", finding.Clip(se.Suggestion))
	case "type":
		c.addAt(CodeType, ptr, at, "want", se.Want, "found", se.Found)
	case "enum":
		c.addAt(CodeEnum, ptr, at, "value", se.Value, "want", se.Want)
	case "pattern":
		c.addAt(CodePattern, ptr, at, "value", se.Value, "want", form(se.Rule))
	case "not":
		c.addAt(CodeLineBreak, ptr, at, "value", se.Value)
	case "propertyNames":
		c.addAt(CodePropertyName, ptr, at, "member", finding.Clip(lastToken(ptr)))
	case "minItems":
		c.addAt(CodeMinItems, ptr, at, "want", se.Want)
	case "minProperties":
		c.addAt(CodeMinProperties, ptr, at)
	case "minLength":
		c.addAt(CodeMinLength, ptr, at)
	case "minimum", "maximum":
		c.addAt(CodeRange, ptr, at, "value", se.Value, "want", se.Want)
	case "uniqueItems":
		c.addAt(CodeUniqueItems, ptr, at, "value", se.Value)
	}
}

// startHint returns, for data that is not JSON, what its first bytes say
// it is, as a word of "syntax": "utf16" (a UTF-16 byte order mark, or
// first characters in UTF-16), "zip" (a workbook or another zip archive),
// "yaml" (a first line "---" or "key: value"); "" when they say nothing.
func startHint(data []byte) string {
	head := data[:min(len(data), 64)]
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}), utf16ASCII(head):
		return "utf16"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "zip"
	}
	line, _, _ := bytes.Cut(data[:min(len(data), 256)], []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if string(bytes.TrimRight(line, " \t")) == "---" || yamlKey.Match(line) {
		return "yaml"
	}
	return ""
}

// utf16ASCII reports whether data starts with two ASCII characters in
// UTF-16, either byte order: each a NUL byte and another.
func utf16ASCII(data []byte) bool {
	if len(data) < 4 {
		return false
	}
	be := data[0] == 0 && data[2] == 0 && data[1] != 0 && data[3] != 0 && data[1] < 0x80 && data[3] < 0x80
	le := data[1] == 0 && data[3] == 0 && data[0] != 0 && data[2] != 0 && data[0] < 0x80 && data[2] < 0x80
	return be || le
}

// yamlKey matches a first line of YAML that maps a key: "title: Plan",
// "plans:".
var yamlKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_ .-]*:(\s|$)`)

// syntaxProblem says where the input stops being JSON, as a word of
// "syntax", and the character found there.
func syntaxProblem(e *ogp.SyntaxError) (problem, found string) {
	switch {
	case e == nil:
		return "other", ""
	case e.AtEnd:
		return "at-end", ""
	}
	found = strconv.QuoteRune(e.Found)
	switch e.Context {
	case ogp.SyntaxValue:
		return "value", found
	case ogp.SyntaxName:
		return "name", found
	case ogp.SyntaxAfterName:
		return "after-name", found
	case ogp.SyntaxAfterMember:
		return "after-member", found
	case ogp.SyntaxAfterElement:
		return "after-element", found
	case ogp.SyntaxAfterDocument:
		return "after-document", found
	case ogp.SyntaxString:
		return "string", found
	case ogp.SyntaxEscape:
		return "escape", found
	}
	return "number", found // ogp.SyntaxNumber
}

func lastToken(ptr string) string {
	return ogp.UnescapePointerToken(ptr[strings.LastIndexByte(ptr, '/')+1:])
}

// form returns the rule a pattern checks as a word of "form": what a right
// value looks like.
func form(rule string) string {
	if _, ok := words["form."+rule]; ok {
		return rule
	}
	return "other"
}
