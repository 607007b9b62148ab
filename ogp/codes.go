package ogp

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Code is one entry of a code list: a stable code, its title and a
// description, in English and French.
type Code struct {
	Code        string
	Title       Text
	Description Text
}

// ErrUnknownCode is wrapped by the error returned for a value that is not in
// a closed code list.
var ErrUnknownCode = errors.New("not in the code list")

func unknownCode(list, value string, codes []Code) error {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = c.Code
	}
	return fmt.Errorf("%w of %s: %q (want one of %s)", ErrUnknownCode, list, value, strings.Join(names, ", "))
}

// cloneCodes returns a deep copy of codes: a new slice whose Codes have
// their own Title and Description maps.
func cloneCodes(codes []Code) []Code {
	out := slices.Clone(codes)
	for i := range out {
		out[i].Title = maps.Clone(out[i].Title)
		out[i].Description = maps.Clone(out[i].Description)
	}
	return out
}

// Statuses returns the status code list, in the order of progress. The
// result is a copy: changing it changes no status.
func Statuses() []Code { return cloneCodes(statuses) }

// MemberKinds returns the member kind code list. The result is a copy.
func MemberKinds() []Code { return cloneCodes(memberKinds) }

// Hemispheres returns the hemisphere code list. The result is a copy.
func Hemispheres() []Code { return cloneCodes(hemispheres) }

// Precisions returns the code list of [Precision], the forms a [Date]
// takes. The result is a copy.
func Precisions() []Code { return cloneCodes(precisions) }

// PolicyAreas returns the open code list of policy areas: the areas OGP
// files commitments under. A document may use codes that are not listed
// here, in the same kebab-case form. The result is a copy.
func PolicyAreas() []Code { return cloneCodes(policyAreas) }

func findCode(codes []Code, code string) (Code, bool) {
	i := slices.IndexFunc(codes, func(c Code) bool { return c.Code == code })
	if i < 0 {
		return Code{}, false
	}
	return codes[i], true
}

// Status is how far the work on a milestone or indicator has come, as a
// progress report states it. It is a closed code list: see [Statuses].
type Status string

// The statuses, in the order work moves through them. The first four are the
// completion levels of Canada's tracker and of OGP's Independent Reporting
// Mechanism; Withdrawn is for work a government has dropped.
const (
	NotStarted  Status = "not-started"
	Limited     Status = "limited"
	Substantial Status = "substantial"
	Complete    Status = "complete"
	Withdrawn   Status = "withdrawn"
)

// statuses is the status code list, in the order of progress.
var statuses = []Code{
	{string(NotStarted), NewText("Not started", "Non commencé"),
		NewText("Work has not begun.", "Le travail n’a pas commencé.")},
	{string(Limited), NewText("Limited progress", "Progrès limité"),
		NewText("Work has begun but little of it is done.", "Le travail a commencé, mais peu est accompli.")},
	{string(Substantial), NewText("Substantial progress", "Progrès important"),
		NewText("Much of the work is done, but not all of it.", "Une grande partie du travail est accomplie, mais pas tout.")},
	{string(Complete), NewText("Complete", "Réalisé"),
		NewText("All of the work is done.", "Tout le travail est accompli.")},
	{string(Withdrawn), NewText("Withdrawn", "Retiré"),
		NewText("The government has dropped the work; it will not be done.", "Le gouvernement a abandonné le travail; il ne sera pas accompli.")},
}

// ParseStatus returns the status with the given code, or an error wrapping
// [ErrUnknownCode].
func ParseStatus(code string) (Status, error) {
	if _, ok := findCode(statuses, code); !ok {
		return "", unknownCode("statuses", code, statuses)
	}
	return Status(code), nil
}

// Valid reports whether s is in the status code list.
func (s Status) Valid() bool {
	_, ok := findCode(statuses, string(s))
	return ok
}

// Title returns the status's title in lang ("en" or "fr"), or its code when
// it is not a status.
func (s Status) Title(lang string) string {
	if c, ok := findCode(statuses, string(s)); ok {
		return c.Title.In(lang)
	}
	return string(s)
}

// Rank returns s's place in [Statuses], from 0 for NotStarted to 4 for
// Withdrawn, or -1 when s is not a status.
func (s Status) Rank() int {
	return slices.IndexFunc(statuses, func(c Code) bool { return c.Code == string(s) })
}

// MarshalText returns s's code.
func (s Status) MarshalText() ([]byte, error) { return []byte(s), nil }

// UnmarshalText accepts only a code of [Statuses].
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// MemberKind says whether an OGP member is a national government or a local
// (subnational) one. It is a closed code list: see [MemberKinds].
type MemberKind string

// The kinds of OGP member.
const (
	National MemberKind = "national"
	Local    MemberKind = "local"
)

// memberKinds is the member kind code list.
var memberKinds = []Code{
	{string(National), NewText("National", "National"),
		NewText("A country's national government.", "Le gouvernement national d’un pays.")},
	{string(Local), NewText("Local", "Local"),
		NewText("A subnational government: a province, state, region or municipality.",
			"Un gouvernement infranational : province, État, région ou municipalité.")},
}

// MarshalText returns k's code.
func (k MemberKind) MarshalText() ([]byte, error) { return []byte(k), nil }

// UnmarshalText accepts only a code of [MemberKinds].
func (k *MemberKind) UnmarshalText(b []byte) error {
	if _, ok := findCode(memberKinds, string(b)); !ok {
		return unknownCode("member kinds", string(b), memberKinds)
	}
	*k = MemberKind(b)
	return nil
}

// Hemisphere is the half of the globe a member is in, which decides what
// months a season written in its plan covers. It is a closed code list: see
// [Hemispheres]. The zero Hemisphere means northern.
type Hemisphere string

// The hemispheres.
const (
	North Hemisphere = "north"
	South Hemisphere = "south"
)

// hemispheres is the hemisphere code list.
var hemispheres = []Code{
	{string(North), NewText("Northern", "Nord"),
		NewText("Spring is March to May.", "Le printemps va de mars à mai.")},
	{string(South), NewText("Southern", "Sud"),
		NewText("Spring is September to November.", "Le printemps va de septembre à novembre.")},
}

// MarshalText returns h's code.
func (h Hemisphere) MarshalText() ([]byte, error) { return []byte(h), nil }

// UnmarshalText accepts only a code of [Hemispheres].
func (h *Hemisphere) UnmarshalText(b []byte) error {
	if _, ok := findCode(hemispheres, string(b)); !ok {
		return unknownCode("hemispheres", string(b), hemispheres)
	}
	*h = Hemisphere(b)
	return nil
}

// precisions is the code list of [Precision], the forms a [Date] takes.
var precisions = []Code{
	{PrecisionYear.String(), NewText("Year", "Année"),
		NewText("A whole year: 2020.", "Une année entière : 2020.")},
	{PrecisionSubYear.String(), NewText("Season, quarter or half", "Saison, trimestre ou semestre"),
		NewText("Part of a year, as an EDTF code from 21 to 41: 2019-21 is spring 2019, 2021-34 the second quarter of 2021.",
			"Une partie d’année, par un code EDTF de 21 à 41 : 2019-21 est le printemps 2019, 2021-34 le deuxième trimestre de 2021.")},
	{PrecisionMonth.String(), NewText("Month", "Mois"),
		NewText("A month: 2020-05.", "Un mois : 2020-05.")},
	{PrecisionDay.String(), NewText("Day", "Jour"),
		NewText("A day: 2020-05-31.", "Un jour : 2020-05-31.")},
}

// policyAreas is the open code list of policy areas: the areas OGP files
// commitments under. A document may use codes that are not listed here, in
// the same kebab-case form.
var policyAreas = []Code{
	{"access-to-information", NewText("Access to Information", "Accès à l’information"), nil},
	{"aid", NewText("Aid", "Aide internationale"), nil},
	{"anti-corruption", NewText("Anti-Corruption", "Lutte contre la corruption"), nil},
	{"automated-decision-making", NewText("Automated Decision-Making", "Prise de décision automatisée"), nil},
	{"capacity-building", NewText("Capacity Building", "Renforcement des capacités"), nil},
	{"e-government", NewText("E-Government", "Gouvernement électronique"), nil},
	{"fiscal-openness", NewText("Fiscal Openness", "Transparence budgétaire"), nil},
	{"gender", NewText("Gender", "Genre"), nil},
	{"legislation-and-regulation", NewText("Legislation & Regulation", "Législation et réglementation"), nil},
	{"marginalized-communities", NewText("Marginalized Communities", "Communautés marginalisées"), nil},
	{"open-data", NewText("Open Data", "Données ouvertes"), nil},
	{"public-participation", NewText("Public Participation", "Participation du public"), nil},
	{"records-management", NewText("Records Management", "Gestion des documents"), nil},
}
