package ogp

import (
	"errors"
	"testing"
)

// A DateError keeps its English text and says what is wrong in French too.
func TestDateErrorInFrench(t *testing.T) {
	for _, tt := range []struct{ in, en, fr string }{
		{"2021-02-30", `invalid date "2021-02-30": February 2021 has no day 30`,
			"date non valide «\u00a02021-02-30\u00a0»\u00a0: il n’y a pas de 30 février 2021"},
		{"2020-13", `invalid date "2020-13": the month must be 01 to 12, or a season, quarter or half code from 21 to 41`,
			"date non valide «\u00a02020-13\u00a0»\u00a0: le mois doit aller de 01 à 12, ou être un code de saison, de trimestre ou de semestre de 21 à 41"},
		{"2020/05", `invalid date "2020/05": want '-' after the year`,
			"date non valide «\u00a02020/05\u00a0»\u00a0: un «\u00a0-\u00a0» doit suivre l’année"},
	} {
		_, err := ParseDate(tt.in)
		var de *DateError
		if !errors.As(err, &de) || !errors.Is(err, ErrInvalidDate) {
			t.Fatalf("ParseDate(%q) = %v", tt.in, err)
		}
		if err.Error() != tt.en {
			t.Errorf("Error() = %q, want %q", err, tt.en)
		}
		f := de.Finding("/published")
		if got := f.Message("en"); got != tt.en {
			t.Errorf("Message(en) = %q, want %q", got, tt.en)
		}
		if got := f.Message("fr"); got != tt.fr {
			t.Errorf("Message(fr) = %q, want %q", got, tt.fr)
		}
	}
}
