// Package rules holds the constraints of the format that the published JSON
// Schema states and the Go decoder enforces: the form of each kind of string
// value (as a pattern for the schema and as Go code for the decoder) and
// what each member requires beyond its JSON type. The schema generator and
// package ogp's decoder both read them from here, so that the two cannot
// say different things; the tests check that each Go matcher accepts
// exactly what its pattern matches.
package rules

import "maps"

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
	Date          = &String{Def: "Date", Pattern: patternDate, Match: matchDate}
	LanguageTag   = &String{Def: "LanguageTag", Pattern: patternLanguageTag, Match: matchLanguageTag}
	ID            = &String{Def: "Id", Pattern: patternID, Match: matchID}
	PolicyArea    = &String{Def: "PolicyArea", Pattern: patternCode, Match: matchCode}
	URL           = &String{Pattern: patternURL, Match: matchURL}
	FormatVersion = &String{Pattern: patternFormatVersion, Match: matchFormatVersion}
	Country       = &String{Pattern: patternCountry, Match: matchCountry}
	Subdivision   = &String{Pattern: patternSubdivision, Match: matchSubdivision}
	Email         = &String{Pattern: patternEmail, Match: matchEmail}
	SchemaRef     = &String{Pattern: patternSchemaRef, Match: matchSchemaRef}
)

// Forms returns every form, in a fixed order: those with a definition
// first.
func Forms() []*String {
	return []*String{Date, LanguageTag, ID, PolicyArea, URL, FormatVersion, Country, Subdivision, Email, SchemaRef}
}

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

// Members returns the members with requirements, by name: a copy, for the
// generator's check that every string member of the model has one.
func Members() map[string]Member { return maps.Clone(members) }

// The patterns. No \d, \w or \s (whose meaning differs between engines), no
// lookaround, no backreferences, no flags: ECMA-262 (with or without the u
// flag), Python's re and Go's RE2 read each alike. Python's "$" also matches
// before a final line feed; the schema pairs every pattern with a refusal of
// line feeds, and every Match refuses them.
const (
	// An EDTF date: YYYY; YYYY-MM with a month 01-12 or a season, quarter,
	// quadrimester or half code 21-41; or YYYY-MM-DD with a day its month
	// has. February 29 exists in the years divisible by 4 but for the
	// centuries not divisible by 400 (0000 is a leap year).
	patternDate = `^([0-9]{4}(` +
		`-(0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01])` + // a month or a sub-year code
		`|-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])` + // months of 31 days
		`|-(0[469]|11)-(0[1-9]|[12][0-9]|30)` + // months of 30 days
		`|-02-(0[1-9]|1[0-9]|2[0-8])` + // February, but its leap day
		`)?` +
		`|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29` + // leap days
		`)$`
	// A BCP 47 language tag: language[-extlang][-script][-region][-variant]*.
	patternLanguageTag = `^[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$`
	// An id: runs of letters and digits joined by single dots, hyphens or
	// underscores.
	patternID = `^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$`
	// A kebab-case code of an open code list.
	patternCode = `^[a-z0-9]+(-[a-z0-9]+)*$`
	// A semantic version of major version 1.
	patternFormatVersion = `^1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)` +
		`(-(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*)?` +
		`(\+[0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*)?$`
	// An ISO 3166-1 alpha-2 country code.
	patternCountry = `^[A-Z]{2}$`
	// An ISO 3166-2 subdivision code.
	patternSubdivision = `^[A-Z]{2}-[A-Z0-9]{1,3}$`
	// An absolute http or https address without white space.
	patternURL = `^https?://[^ \t\r\n]+$`
	// An e-mail address: something, "@", a domain with a dot.
	patternEmail = `^[^@ \t\r\n]+@[^@ \t\r\n]+\.[^@ \t\r\n]+$`
	// A reference to a schema: not empty, no white space.
	patternSchemaRef = `^[^ \t\r\n]+$`
)
