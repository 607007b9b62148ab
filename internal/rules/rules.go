// Package rules holds the constraints of the format that the published JSON
// Schema states and the Go decoder enforces: the form of each kind of string
// value (as a pattern for the schema and as Go code for the decoder) and
// what each member requires beyond its JSON type. The schema generator and
// package ogp's decoder both read them from here, so that the two cannot
// say different things; the tests check that each Go matcher accepts
// exactly what its pattern matches.
package rules

import "regexp"

// String is a form a string value must have.
type String struct {
	// Def is the name of the schema definition that states the form
	// ("Date", "Id"), or "" for a form written in place in a member's
	// schema (a country code).
	Def string
	// Pattern is the regular expression of the form, written in the subset
	// that ECMA-262, Python's re and Go's RE2 read alike.
	Pattern string
	// Match reports whether s has the form: what Pattern matches, in Go,
	// without a regular expression engine.
	Match func(s string) bool
}

// The forms of the format's string values.
var (
	Date          = &String{Def: "Date", Pattern: patternDate}
	LanguageTag   = &String{Def: "LanguageTag", Pattern: patternLanguageTag}
	ID            = &String{Def: "Id", Pattern: patternID}
	PolicyArea    = &String{Def: "PolicyArea", Pattern: patternCode}
	URL           = &String{Pattern: patternURL}
	FormatVersion = &String{Pattern: patternFormatVersion}
	Country       = &String{Pattern: patternCountry}
	Subdivision   = &String{Pattern: patternSubdivision}
	Email         = &String{Pattern: patternEmail}
	SchemaRef     = &String{Pattern: patternSchemaRef}
)

// Member is what the format requires of one member's value beyond its JSON
// type. The zero Member requires nothing more.
type Member struct {
	// String is the form of a string value.
	String *String
	// Items is the form of each string of an array value.
	Items *String
	// MinItems is the fewest items an array value may have.
	MinItems int
	// UniqueItems forbids an array value to list one value twice.
	UniqueItems bool
	// Minimum and Maximum bound an integer value, when Maximum > 0.
	Minimum, Maximum int
	// Address makes a text's values web addresses (URL).
	Address bool
}

// ForMember returns the requirements of the member called name, wherever it
// appears: the format gives one member name one meaning.
func ForMember(name string) Member { return members[name] }

var members = map[string]Member{
	"$schema":       {String: SchemaRef},
	"formatVersion": {String: FormatVersion},
	"id":            {String: ID},
	"target":        {String: ID},
	"extendedBy":    {String: ID},
	"ogpId":         {String: ID},
	"leads":         {Items: ID, UniqueItems: true},
	"supporters":    {Items: ID, UniqueItems: true},
	"policyAreas":   {Items: PolicyArea, UniqueItems: true},
	"languages":     {Items: LanguageTag, UniqueItems: true, MinItems: 1},
	"plans":         {MinItems: 1},
	"url":           {Address: true},
	"email":         {String: Email},
	"country":       {String: Country},
	"subdivision":   {String: Subdivision},
	"fiscalYearEnd": {Minimum: 1, Maximum: 12},
}

// Members returns the names of the members with requirements, for the
// generator's check that every string member of the model has one.
func Members() map[string]Member {
	out := make(map[string]Member, len(members))
	for k, v := range members {
		out[k] = v
	}
	return out
}

// The patterns. No \d, \w or \s (whose meaning differs between engines), no
// lookaround, no backreferences.
const (
	patternDate          = `^[0-9]{4}(-(0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01])|-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$`
	patternLanguageTag   = `^[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$`
	patternID            = `^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$`
	patternCode          = `^[a-z0-9]+(-[a-z0-9]+)*$`
	patternFormatVersion = `^1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)` +
		`(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?` +
		`(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$`
	patternCountry     = `^[A-Z]{2}$`
	patternSubdivision = `^[A-Z]{2}-[A-Z0-9]{1,3}$`
	patternURL         = `^https?://[^ \t\r\n]+$`
	patternEmail       = `^[^@ \t\r\n]+@[^@ \t\r\n]+\.[^@ \t\r\n]+$`
	patternSchemaRef   = `^[^ \t\r\n]+$`
)

// Placeholder matchers: the regular expressions themselves. To be replaced
// by hand-written Go that a test proves equivalent.
func init() {
	for _, s := range []*String{Date, LanguageTag, ID, PolicyArea, URL, FormatVersion, Country, Subdivision, Email, SchemaRef} {
		re := regexp.MustCompile(s.Pattern)
		s.Match = func(v string) bool { return re.MatchString(v) && !containsNewline(v) }
	}
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}
