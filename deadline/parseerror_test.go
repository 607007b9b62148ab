package deadline

import (
	"errors"
	"testing"
)

// A ParseError keeps its English reason and says it in French too.
func TestParseErrorInFrench(t *testing.T) {
	for _, tt := range []struct {
		in       string
		opts     Options
		code, fr string
	}{
		{"February 30, 2021", Options{}, "date.no-such-day", "date non valide «\u00a02021-02-30\u00a0»\u00a0: il n’y a pas de 30 février 2021"},
		{"Nothing planned", Options{}, "deadline.no-date", "le texte ne nomme aucune date, ni aucun travail continu ou récurrent"},
		{"By fiscal year 2023-24", Options{}, "deadline.fiscal-year-end-unknown",
			"l’exercice 2023-24 s’étend sur deux années, mais la fin d’exercice du membre n’est pas donnée ou tombe en décembre"},
		{"Third half of 2024", Options{}, "deadline.part-of-year", "«\u00a0half\u00a0» désigne une partie de 2024 qui n’est pas lisible"},
		{"15/03/2020", Options{}, "deadline.number-beside-year", "le nombre 03 à côté de l’année 2020 ne fait partie d’aucune date lisible"},
	} {
		_, err := Parse(tt.in, tt.opts)
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrUnreadable) || pe.Text != tt.in {
			t.Fatalf("Parse(%q) = %v", tt.in, err)
		}
		f := pe.Finding("")
		if f.Code != tt.code || f.Message("en") != pe.Reason || f.Message("fr") != tt.fr {
			t.Errorf("Parse(%q): %s %q / %q, want %s %q / %q", tt.in, f.Code, f.Message("en"), f.Message("fr"), tt.code, pe.Reason, tt.fr)
		}
	}
}
