package schema

// The patterns of the schema. They use only what ECMA-262, Python's re and
// Go's RE2 read alike: no \d, \w or \s (whose meaning differs), no
// lookaround, no backreferences.
const (
	// An EDTF date: YYYY, YYYY-MM (MM 01-12, or a season, quarter,
	// quadrimester or half code 21-41) or YYYY-MM-DD (DD 01-31).
	patternDate = `^[0-9]{4}(-(0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01])|-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))?$`
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
	// The names of extension members.
	patternExtension = `^x-`
)
