package validate

import (
	"testing"

	"github.com/ogpx/interchange/finding"
)

// TestMessagesReadRight pins messages as a user reads them, in English and
// French: a suggestion asked as a question, an extension's end in a month,
// a French plural that fits one language as well as several, no comma
// splice and no curly apostrophe in English.
func TestMessagesReadRight(t *testing.T) {
	tests := []struct {
		name   string
		f      finding.Finding
		en, fr string
	}{
		{"a suggestion is a question",
			finding.New(CodeAdditional, "/plans/0/titel", "member", "titel", "suggestion", "title"),
			`member "titel" is not part of the format (did you mean "title"?); a member of your own must have a name that starts with "x-"`,
			"le membre «\u00a0titel\u00a0» ne fait pas partie du format (vouliez-vous dire «\u00a0title\u00a0»\u202f?)\u202f; un membre qui vous est propre doit avoir un nom commençant par «\u00a0x-\u00a0»"},
		{"an extension that shortens the plan",
			finding.New(CodeExtensionOrder, "/plans/0/extensions/0/end", "value", "2020-03", "want", "2020-06"),
			"the extension ends the plan in 2020-03, before its previous end (2020-06)",
			"la prolongation fait se terminer le plan en 2020-03, avant sa fin précédente (2020-06)"},
		{"one language missing",
			finding.New(CodeMissingLang, "/plans/0/title", "value", "fr", "want", "en, fr"),
			"the text has no version, or only a blank one, in fr; the document declares en, fr",
			"le texte n’a pas de version, ou seulement une version vide, dans la ou les langues suivantes\u00a0: fr\u202f; le document déclare en, fr"},
		{"a member given twice",
			finding.New(CodeDuplicateKey, "/plans/0/title", "member", "title"),
			`member "title" appears twice in this object; JSON readers disagree about which one counts, so remove one`,
			"le membre «\u00a0title\u00a0» figure deux fois dans cet objet\u202f; les lecteurs JSON ne retiennent pas tous le même\u00a0: supprimez-en un"},
		{"more after the document",
			finding.New(CodeSyntax, "", "problem", "after-document"),
			"the file is not valid JSON: there is more after the document's value",
			"le fichier n’est pas du JSON valide\u00a0: il y a autre chose après la valeur du document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Message("en"); got != tt.en {
				t.Errorf("en: %q\nwant %q", got, tt.en)
			}
			if got := tt.f.Message("fr"); got != tt.fr {
				t.Errorf("fr: %q\nwant %q", got, tt.fr)
			}
		})
	}
}
