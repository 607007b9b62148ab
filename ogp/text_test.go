package ogp

import (
	"reflect"
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
	for _, c := range Statuses() {
		s := Status(c.Code)
		if !s.Valid() || s.Title("en") == "" || s.Title("fr") == "" || c.Description.In("fr") == "" {
			t.Errorf("status %q lacks a title or description", c.Code)
		}
	}
	if Withdrawn.Rank() != 4 || Status("done").Rank() != -1 {
		t.Error("withdrawn ranks last; unknown statuses rank -1")
	}
	if Substantial.Title("fr") != "Progrès important" || Limited.Title("en") != "Limited progress" {
		t.Error("status titles must be Canada's tracker's")
	}
}

func TestCodeListsAreCopies(t *testing.T) {
	lists := []struct {
		name string
		get  func() []Code
	}{
		{"statuses", Statuses},
		{"member kinds", MemberKinds},
		{"hemispheres", Hemispheres},
		{"precisions", Precisions},
		{"policy areas", PolicyAreas},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			before := l.get()
			got := l.get()
			for i := range got {
				got[i].Code = "dropped"
				got[i].Title["en"] = "changed"
				got[i].Title["xx"] = "added"
				if got[i].Description != nil {
					got[i].Description["en"] = "changed"
				}
			}
			got[0] = Code{}
			if after := l.get(); !reflect.DeepEqual(after, before) {
				t.Errorf("changing the returned list changed the table:\n%v\nwant\n%v", after, before)
			}
		})
	}
	s := Statuses()
	s[4].Code = "dropped"
	var w Status
	if err := w.UnmarshalText([]byte("withdrawn")); err != nil || w != Withdrawn {
		t.Errorf("after changing a copy, UnmarshalText(withdrawn) = %q, %v", w, err)
	}
}

func TestCanonicalTag(t *testing.T) {
	tests := []struct {
		name, tag, want string
	}{
		{"language in lower case", "EN", "en"},
		{"region in upper case", "fr-ca", "fr-CA"},
		{"script in title case", "zh-hant-tw", "zh-Hant-TW"},
		{"already canonical", "fr-CA", "fr-CA"},
		{"numeric region unchanged", "ES-419", "es-419"},
		{"variant in lower case", "DE-CH-1996", "de-CH-1996"},
		{"extension and private use in lower case", "EN-US-X-AB-CDEF", "en-US-x-ab-cdef"},
		{"private use tag", "X-AB", "x-ab"},
		{"empty", "", ""},
		{"non-ASCII left alone", "é-ÉÉ", "é-ÉÉ"},
	}
	for _, tt := range tests {
		if got := CanonicalTag(tt.tag); got != tt.want {
			t.Errorf("%s: CanonicalTag(%q) = %q, want %q", tt.name, tt.tag, got, tt.want)
		}
	}
}

func TestTextTagsAreCaseInsensitive(t *testing.T) {
	tx := Text{"en": "Complete", "fr": "Réalisé", "fr-CA": "Réalisé (Canada)"}
	tests := []struct {
		name, pref, want, wantTag string
	}{
		{"upper-case language", "EN", "Complete", "en"},
		{"lower-case region", "fr-ca", "Réalisé (Canada)", "fr-CA"},
		{"upper-case language and region", "FR-CA", "Réalisé (Canada)", "fr-CA"},
		{"primary language still falls back", "FR-BE", "Réalisé", "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, tag, ok := tx.Pick(tt.pref)
			if got != tt.want || tag != tt.wantTag || !ok {
				t.Errorf("Pick(%q) = %q, %q, %v; want %q, %q", tt.pref, got, tag, ok, tt.want, tt.wantTag)
			}
			if in := tx.In(tt.pref); in != tt.want {
				t.Errorf("In(%q) = %q, want %q", tt.pref, in, tt.want)
			}
		})
	}
	if got := tx.Missing([]string{"EN", "fr-ca", "Fr", "es"}); !slices.Equal(got, []string{"es"}) {
		t.Errorf("Missing = %q, want [es]", got)
	}
	if got := (Text{"EN": "x"}).Missing([]string{"en"}); got != nil {
		t.Errorf("Missing(en) of a text under EN = %q", got)
	}
}
