package validate

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

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
		c.addAt(CodeUnsupported, e.Pointer, e.Offset, "value", quote(ve.Version), "want", "1.x ("+ogp.Version+")")
	case errors.Is(e, ogp.ErrInvalidUTF8):
		c.addAt(CodeInvalidUTF8, e.Pointer, e.Offset, "value", fmt.Sprintf("0x%02x", c.data[e.Offset]))
	case errors.Is(e, ogp.ErrLoneSurrogate):
		c.addAt(CodeLoneSurrogate, e.Pointer, e.Offset, "value", string(c.data[e.Offset:e.Offset+6]))
	case errors.Is(e, ogp.ErrDuplicateMember):
		c.addAt(CodeDuplicateKey, e.Pointer, e.Offset, "member", quoteName(lastToken(e.Pointer)))
	case errors.Is(e, ogp.ErrTooDeep):
		c.addAt(CodeTooDeep, e.Pointer, e.Offset, "want", strconv.Itoa(c.opts.maxDepth))
	case errors.Is(e, ogp.ErrTooLarge):
		c.addAt(CodeTooLarge, "", 0, "want", strconv.Itoa(c.opts.maxBytes))
	case bytes.HasPrefix(c.data, []byte("\uFEFF")):
		bom := ogp.NewText("the file starts with a byte order mark (BOM); save it as UTF-8 without one",
			"le fichier commence par une marque d’ordre d’octets (BOM); enregistrez-le en UTF-8 sans BOM")
		c.addAt(CodeSyntax, "", 0, "detail", bom.In(c.opts.lang))
	case len(bytes.TrimSpace(c.data)) == 0:
		empty := ogp.NewText("the file is empty", "le fichier est vide")
		c.addAt(CodeSyntax, "", 0, "detail", empty.In(c.opts.lang))
	default:
		var se *ogp.SyntaxError
		errors.As(e, &se) // every other problem the decoder reports is one
		c.addAt(CodeSyntax, e.Pointer, e.Offset, "detail", syntaxDetail(c.opts.lang, se))
	}
}

func (c *checker) schemaFinding(e *ogp.DecodeError, se *ogp.SchemaError, newerMinor bool) {
	ptr, at := e.Pointer, e.Offset
	switch se.Keyword {
	case "required":
		c.addAt(CodeRequired, ptr, at, "member", quoteName(se.Member))
	case "additionalProperties":
		if newerMinor {
			c.addAt(CodeNewerMember, ptr, at, "member", quoteName(se.Member), "want", ogp.Version)
			return
		}
		c.addAt(CodeAdditional, ptr, at, "member", quoteName(se.Member), "suggestion", suggestion(c.opts.lang, se.Suggestion))
	case "type":
		c.addAt(CodeType, ptr, at, "want", typeWords[se.Want].In(c.opts.lang), "found", typeWords[se.Found].In(c.opts.lang))
	case "enum":
		c.addAt(CodeEnum, ptr, at, "value", se.Value, "want", se.Want)
	case "pattern":
		c.addAt(CodePattern, ptr, at, "value", se.Value, "want", hint(c.opts.lang, se.Rule))
	case "not":
		c.addAt(CodeLineBreak, ptr, at, "value", se.Value)
	case "propertyNames":
		c.addAt(CodePropertyName, ptr, at, "member", quoteName(lastToken(ptr)))
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

// syntaxDetail says in lang where the input stops being JSON.
func syntaxDetail(lang string, e *ogp.SyntaxError) string {
	if e == nil {
		return ogp.NewText("the file is not JSON", "le fichier n’est pas du JSON").In(lang)
	}
	if e.AtEnd {
		return ogp.NewText("the file ends in the middle of a value", "le fichier s’arrête au milieu d’une valeur").In(lang)
	}
	found := strconv.QuoteRune(e.Found)
	var t ogp.Text
	switch e.Context {
	case ogp.SyntaxValue:
		t = ogp.NewText("unexpected character "+found+" where a value should start",
			"caractère inattendu "+found+" là où devrait commencer une valeur")
	case ogp.SyntaxName:
		t = ogp.NewText("unexpected character "+found+" where a member name in double quotes should start",
			"caractère inattendu "+found+" là où devrait commencer un nom de membre entre guillemets droits")
	case ogp.SyntaxAfterName:
		t = ogp.NewText("unexpected character "+found+" after a member name, where a colon should be",
			"caractère inattendu "+found+" après un nom de membre, là où devrait se trouver un deux-points")
	case ogp.SyntaxAfterMember:
		t = ogp.NewText("unexpected character "+found+" after a member, where a comma or } should be",
			"caractère inattendu "+found+" après un membre, là où devrait se trouver une virgule ou }")
	case ogp.SyntaxAfterElement:
		t = ogp.NewText("unexpected character "+found+" after a list item, where a comma or ] should be",
			"caractère inattendu "+found+" après un élément de liste, là où devrait se trouver une virgule ou ]")
	case ogp.SyntaxAfterDocument:
		t = ogp.NewText("there is more after the document’s value, from "+found,
			"il y a autre chose après la valeur du document, à partir de "+found)
	case ogp.SyntaxString:
		t = ogp.NewText("the control character "+found+" inside a string: write it as an escape such as \\n",
			"le caractère de contrôle "+found+" dans une chaîne : écrivez-le sous forme d’échappement comme \\n")
	case ogp.SyntaxEscape:
		t = ogp.NewText("an invalid escape in a string at "+found+": after \\ come only \" \\ / b f n r t or u and four hex digits",
			"un échappement invalide dans une chaîne à "+found+" : après \\ ne viennent que \" \\ / b f n r t ou u et quatre chiffres hexadécimaux")
	default: // ogp.SyntaxNumber
		t = ogp.NewText("unexpected character "+found+" in a number",
			"caractère inattendu "+found+" dans un nombre")
	}
	return t.In(lang)
}

func lastToken(ptr string) string { return unescapeToken(ptr[strings.LastIndexByte(ptr, '/')+1:]) }

// quoteName writes a member name for a message: quoted, and cut to 60
// characters, so that no message grows with the input. (A finding's path
// holds the name whole.)
func quoteName(name string) string {
	if utf8.RuneCountInString(name) <= 60 {
		return quote(name)
	}
	runes := []rune(name)
	return quote(string(runes[:57])) + "…"
}

var typeWords = map[string]ogp.Text{
	"object":  ogp.NewText("an object", "un objet"),
	"array":   ogp.NewText("an array", "un tableau"),
	"string":  ogp.NewText("a string", "une chaîne"),
	"number":  ogp.NewText("a number", "un nombre"),
	"integer": ogp.NewText("an integer", "un entier"),
	"boolean": ogp.NewText("true or false", "true ou false"),
	"null":    ogp.NewText("null", "null"),
}

// hints say, for each kind of value a pattern checks, what a right value
// looks like. The key is the rule the decoder names: a schema definition,
// or a type and member.
var hints = map[string]ogp.Text{
	"Date": ogp.NewText(
		"a date written YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-21 to YYYY-41 for a season, quarter or half (EDTF), that exists",
		"une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, ou AAAA-21 à AAAA-41 pour une saison, un trimestre ou un semestre (EDTF), qui existe"),
	"Id": ogp.NewText(
		"an id made of letters and digits joined by single dots, hyphens or underscores, such as C10.7.2 or tbs-sct",
		"un identifiant fait de lettres et de chiffres joints par un point, un trait d’union ou un trait de soulignement, comme C10.7.2 ou tbs-sct"),
	"LanguageTag": ogp.NewText(
		"a BCP 47 language tag such as en, fr or fr-CA",
		"une étiquette de langue BCP 47 comme en, fr ou fr-CA"),
	"PolicyArea": ogp.NewText(
		"a policy area code in lower case words joined by hyphens, such as open-data",
		"un code de domaine d’action en mots minuscules joints par des traits d’union, comme open-data"),
	"Address": ogp.NewText(
		"an http or https address",
		"une adresse http ou https"),
	"Member.country": ogp.NewText(
		"an ISO 3166-1 country code of two capital letters, such as CA",
		"un code de pays ISO 3166-1 de deux majuscules, comme CA"),
	"Member.subdivision": ogp.NewText(
		"an ISO 3166-2 subdivision code such as CA-QC",
		"un code de subdivision ISO 3166-2 comme CA-QC"),
	"Publisher.email": ogp.NewText(
		"an email address",
		"une adresse de courriel"),
	"Package.$schema": ogp.NewText(
		"an address without spaces",
		"une adresse sans espaces"),
}

func hint(lang, rule string) string {
	if h, ok := hints[rule]; ok {
		return h.In(lang)
	}
	return ogp.NewText("in the form the schema requires", "de la forme exigée par le schéma").In(lang)
}

// suggestion writes the member a misspelled name probably meant, if any.
func suggestion(lang, name string) string {
	if name == "" {
		return ""
	}
	return ogp.NewText(" (did you mean ", " (vouliez-vous dire ").In(lang) + quote(name) + ")"
}
