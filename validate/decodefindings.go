package validate

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

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
		c.addAt(CodeUnsupported, e.Pointer, e.Offset, "value", clip(ve.Version), "want", "1.x ("+ogp.Version+")")
	case errors.Is(e, ogp.ErrInvalidUTF8):
		c.addAt(CodeInvalidUTF8, e.Pointer, e.Offset, "value", fmt.Sprintf("0x%02x", c.data[e.Offset]))
	case errors.Is(e, ogp.ErrLoneSurrogate):
		c.addAt(CodeLoneSurrogate, e.Pointer, e.Offset, "value", string(c.data[e.Offset:e.Offset+6]))
	case errors.Is(e, ogp.ErrDuplicateMember):
		c.addAt(CodeDuplicateKey, e.Pointer, e.Offset, "member", clip(lastToken(e.Pointer)))
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
		c.addAt(CodeRequired, ptr, at, "member", clip(se.Member))
	case "additionalProperties":
		if newerMinor {
			c.addAt(CodeNewerMember, ptr, at, "member", clip(se.Member), "want", ogp.Version)
			return
		}
		c.addAt(CodeAdditional, ptr, at, "member", clip(se.Member), "suggestion", clip(se.Suggestion))
	case "type":
		c.addAt(CodeType, ptr, at, "want", se.Want, "found", se.Found)
	case "enum":
		c.addAt(CodeEnum, ptr, at, "value", se.Value, "want", se.Want)
	case "pattern":
		c.addAt(CodePattern, ptr, at, "value", se.Value, "want", form(se.Rule))
	case "not":
		c.addAt(CodeLineBreak, ptr, at, "value", se.Value)
	case "propertyNames":
		c.addAt(CodePropertyName, ptr, at, "member", clip(lastToken(ptr)))
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

func lastToken(ptr string) string { return unescapeToken(ptr[strings.LastIndexByte(ptr, '/')+1:]) }

// form returns the rule a pattern checks as a word of "form": what a right
// value looks like.
func form(rule string) string {
	if _, ok := words["form."+rule]; ok {
		return rule
	}
	return "other"
}
