package ogp

import (
	"slices"
	"testing"
)

func TestTextPick(t *testing.T) {
	tx := Text{"en": "Complete", "fr-CA": "Réalisé", "es": "Completo"}
	tests := []struct {
		prefs         []string
		want, wantTag string
		ok            bool
	}{
		{[]string{"en"}, "Complete", "en", true},
		{[]string{"fr"}, "Réalisé", "fr-CA", true},     // primary language matches a regional tag
		{[]string{"FR-ca"}, "Réalisé", "fr-CA", true},  // tags are case-insensitive
		{[]string{"de", "es"}, "Completo", "es", true}, // the first preference t has wins
		{[]string{"de"}, "Complete", "en", false},      // no match: the smallest tag, not ok
		{nil, "Complete", "en", false},
	}
	for _, tt := range tests {
		got, tag, ok := tx.Pick(tt.prefs...)
		if got != tt.want || tag != tt.wantTag || ok != tt.ok {
			t.Errorf("Pick(%q) = %q, %q, %v; want %q, %q, %v", tt.prefs, got, tag, ok, tt.want, tt.wantTag, tt.ok)
		}
	}
	if got, _, ok := Text(nil).Pick("en"); got != "" || ok {
		t.Errorf("empty Text picked %q", got)
	}
	if got := (Text{"en": "x", "fr": " "}).Missing([]string{"en", "fr", "es"}); !slices.Equal(got, []string{"fr", "es"}) {
		t.Errorf("Missing = %q, want [fr es]: blank text counts as missing", got)
	}
}

func TestCodeLists(t *testing.T) {
	for _, c := range Statuses {
		s := Status(c.Code)
		if !s.Valid() || s.Title("en") == "" || s.Title("fr") == "" || c.Description.In("fr") == "" {
			t.Errorf("status %q lacks a title or description", c.Code)
		}
	}
	for code, s := range map[string]Status{"NS": NotStarted, "LP": Limited, "SP": Substantial, "C": Complete} {
		if got, ok := StatusFromCanada(code); !ok || got != s || s.CanadaCode() != code {
			t.Errorf("Canada's %s: %q, %v", code, got, ok)
		}
	}
	if Withdrawn.CanadaCode() != "" || Withdrawn.Rank() != 4 || Status("done").Rank() != -1 {
		t.Error("withdrawn has no Canada code and ranks last; unknown statuses rank -1")
	}
	if Substantial.Title("fr") != "Progrès important" || Limited.Title("en") != "Limited progress" {
		t.Error("status titles must be Canada's tracker's")
	}
}
