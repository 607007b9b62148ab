package finding

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func init() {
	Register(Code{
		ID: "test.required", Severity: Error,
		Title: map[string]string{"en": "Required member", "fr": "Membre obligatoire"},
		Message: map[string]string{
			"en": `member "{member}" is required here{suggestion? (did you mean "{suggestion}"?)}`,
			"fr": `le membre "{member}" est obligatoire ici{suggestion? (vouliez-vous dire "{suggestion}"?)}`,
		},
	}, Code{
		ID: "test.status", Severity: Warning,
		Title: map[string]string{"en": "Status went back", "fr": "Recul de l’état"},
		Message: map[string]string{
			"en": "the status went back from {from:test-status} to {to:test-status}",
			"fr": "l’état a reculé: de {from:test-status} à {to:test-status}; pourquoi?",
		},
	})
	RegisterWords(map[string]map[string]string{
		"test-status.limited":  {"en": "Limited progress", "fr": "Progrès limité"},
		"test-status.complete": {"en": "Complete", "fr": "Réalisé"},
	})
}

func TestMessageInEveryLanguage(t *testing.T) {
	f := New("test.required", "/plans/0", "member", "title")
	f.Line, f.Column = 12, 7
	tests := []struct{ lang, want string }{
		{"en", `member "title" is required here`},
		{"fr", "le membre «\u00a0title\u00a0» est obligatoire ici"},
		{"fr-CA", "le membre «\u00a0title\u00a0» est obligatoire ici"},
		{"FR", "le membre «\u00a0title\u00a0» est obligatoire ici"},
		{"de", `member "title" is required here`},
	}
	for _, tt := range tests {
		if got := f.Message(tt.lang); got != tt.want {
			t.Errorf("Message(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
	if got, want := f.Format("fr"), "12:7: erreur test.required\u00a0: le membre «\u00a0title\u00a0» est obligatoire ici (/plans/0)"; got != want {
		t.Errorf("Format(fr) = %q, want %q", got, want)
	}
	if got, want := f.String(), `12:7: error test.required: member "title" is required here (/plans/0)`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestOptionalPart(t *testing.T) {
	f := New("test.required", "", "member", "titel", "suggestion", "title")
	if got, want := f.Message("en"), `member "titel" is required here (did you mean "title"?)`; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := f.Message("fr"), "le membre «\u00a0titel\u00a0» est obligatoire ici (vouliez-vous dire «\u00a0title\u00a0»\u202f?)"; got != want {
		t.Errorf("fr: %q, want %q", got, want)
	}
}

func TestWordsAndTypography(t *testing.T) {
	f := New("test.status", "/reports/3", "from", "complete", "to", "limited")
	if got, want := f.Message("en"), "the status went back from Complete to Limited progress"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := f.Message("fr"), "l’état a reculé\u00a0: de Réalisé à Progrès limité\u202f; pourquoi\u202f?"; got != want {
		t.Errorf("fr: %q, want %q", got, want)
	}
	if got := Word("fr", "severity.warning"); got != "avertissement" {
		t.Errorf("severity word = %q", got)
	}
}

func TestArgumentsAreEscaped(t *testing.T) {
	f := New("test.required", "", "member", "a\x1b[2Jb\u202ec\xff")
	if got, want := f.Message("en"), `member "a\u001b[2Jb\u202ec\xff" is required here`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	in := []Finding{
		New("test.required", "/plans/0", "member", "title"),
		{Code: "test.status", Severity: Warning, Path: "/reports/3", Line: 4, Column: 2, Cell: "Reports!C4"},
		{Code: "nobody.registered", Severity: Notice},
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`[{"severity":"fatal"}]`), &out); err == nil || !strings.Contains(err.Error(), "fatal") {
		t.Errorf("unknown severity: err = %v", err)
	}
}

func TestMissingArgumentShowsNoBraces(t *testing.T) {
	if got, want := New("test.required", "").Message("en"), `member "" is required here`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestUnregisteredCode(t *testing.T) {
	f := New("nobody.registered", "", "value", "x")
	if got, want := f.Message("fr"), `nobody.registered (value="x")`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMatch(t *testing.T) {
	for tag, want := range map[string]string{"en": "en", "fr": "fr", "fr-CA": "fr", "fr_CA": "fr", "FR": "fr", "de": "en", "": "en"} {
		if got := Match(tag); got != want {
			t.Errorf("Match(%q) = %q, want %q", tag, got, want)
		}
	}
	if Supported("de") || !Supported("en-GB") || !Supported("fr-ca") {
		t.Error("Supported is wrong")
	}
}

func TestEveryCodeInEveryLanguage(t *testing.T) {
	if missing := Missing(); len(missing) > 0 {
		t.Errorf("texts missing:\n%s", strings.Join(missing, "\n"))
	}
}

func TestRegisterRefusesMistakes(t *testing.T) {
	for name, c := range map[string]Code{
		"no id":      {Severity: Error, Message: map[string]string{"en": "x"}},
		"no English": {ID: "test.x", Severity: Error, Message: map[string]string{"fr": "x"}},
		"bad level":  {ID: "test.y", Severity: 9, Message: map[string]string{"en": "x"}},
		"registered": {ID: "test.required", Severity: Error, Message: map[string]string{"en": "x"}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: Register did not panic", name)
				}
			}()
			Register(c)
		}()
	}
}

func TestWordMissingShowsValue(t *testing.T) {
	f := New("test.status", "", "from", "dropped", "to", "limited")
	if got, want := f.Message("en"), "the status went back from dropped to Limited progress"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTypeset(t *testing.T) {
	for in, want := range map[string]string{
		`le membre "{m}" manque`:       "le membre «\u00a0{m}\u00a0» manque",
		"«déjà» vu":                    "«\u00a0déjà\u00a0» vu",
		"« déjà » vu":                  "«\u00a0déjà\u00a0» vu",
		"«\u00a0déjà\u00a0» vu":        "«\u00a0déjà\u00a0» vu",
		"à {h}:{m}":                    "à {h}:{m}",
		"voir https://example.org":     "voir https://example.org",
		"attendu : {want}":             "attendu\u00a0: {want}",
		"attendu: {want}; trouvé":      "attendu\u00a0: {want}\u202f; trouvé",
		"pourquoi?":                    "pourquoi\u202f?",
		"{x? (dire " + `"{x}"` + "?)}": "{x? (dire «\u00a0{x}\u00a0»\u202f?)}",
	} {
		if got := typeset("fr", in); got != want {
			t.Errorf("typeset(%q) = %q, want %q", in, got, want)
		}
	}
	if got := typeset("en", `member "x": y`); got != `member "x": y` {
		t.Errorf("English changed: %q", got)
	}
}

func TestSpacesAreNotEscaped(t *testing.T) {
	f := New("test.required", "", "member", "juin\u00a02025\u202f!")
	if got := f.Message("en"); !strings.Contains(got, "juin\u00a02025\u202f!") {
		t.Errorf("got %q", got)
	}
}

func TestCatalogTagsIgnoreCase(t *testing.T) {
	if Match("FR-ca") != "fr" || Match("Fr") != "fr" {
		t.Errorf("Match is case-sensitive")
	}
	for _, lang := range Languages() {
		if lang != strings.ToLower(lang) {
			t.Errorf("language %q not in lower case", lang)
		}
	}
}

func TestUnregisteredCodeIsAnError(t *testing.T) {
	if got := New("nobody.registered-either", "").Severity; got != Error {
		t.Errorf("severity %v, want error", got)
	}
}

func TestReadable(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{value} is out of range`, `‹value› is out of range`},
		{`the move{from? from {from:status}}{to? to {to:status}} names`, `the move[ from ‹from›][ to ‹to›] names`},
		{`no placeholder`, `no placeholder`},
		{`an unclosed {brace`, `an unclosed {brace`},
	} {
		if got := readable(c.in); got != c.want {
			t.Errorf("readable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHelp(t *testing.T) {
	c, _ := Lookup("test.required")
	if got, want := c.Help("en"), `member "‹member›" is required here[ (did you mean "‹suggestion›"?)]`; got != want {
		t.Errorf("Help(en) = %q, want %q", got, want)
	}
	c, _ = Lookup("test.status")
	if got, want := c.Help("fr"), "l’état a reculé\u00a0: de ‹from› à ‹to›\u202f; pourquoi\u202f?"; got != want {
		t.Errorf("Help(fr) = %q, want %q", got, want)
	}
}

func TestFormatEscapesThePlace(t *testing.T) {
	f := New("test.required", "/a\x1b[31m", "member", "m")
	f.Cell = "Sheet\u202e!A1"
	if got := f.Format("en"); strings.ContainsAny(got, "\x1b\u202e") {
		t.Errorf("raw control characters in %q", got)
	}
}

func TestRegionalCatalogFallsBackToItsLanguage(t *testing.T) {
	AddCatalog("fr-BE", Catalog{Words: map[string]string{"test-status.complete": "Terminé"}})
	f := New("test.status", "", "from", "complete", "to", "limited")
	if got, want := f.Message("fr-BE"), "l’état a reculé\u00a0: de Terminé à Progrès limité\u202f; pourquoi\u202f?"; got != want {
		t.Errorf("fr-BE: %q, want %q", got, want)
	}
	if missing := Missing(); len(missing) > 0 {
		t.Errorf("a regional catalog makes texts missing: %v", missing)
	}
}

// A word may name values, but not words of its own, and "{}" in it is
// text.
func TestWordsRenderOnce(t *testing.T) {
	RegisterWords(map[string]map[string]string{
		"test-loop.x":  {"en": "again {k:test-loop}", "fr": "encore {k:test-loop}"},
		"test-brace.x": {"en": "other than [] or {}", "fr": "autre que [] ou {}"},
	})
	if got := render("{k:test-loop}", "en", map[string]string{"k": "x"}); got != "again x" {
		t.Errorf("a word naming itself: %q", got)
	}
	if got := render("{k:test-brace}", "fr", map[string]string{"k": "x"}); got != "autre que [] ou {}" {
		t.Errorf("a word with braces: %q", got)
	}
}
