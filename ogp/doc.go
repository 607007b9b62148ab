// Package ogp holds the typed model of the OGP interchange format: documents
// that carry Open Government Partnership action plans (commitments,
// milestones, indicators and their deadlines) and the progress reported on
// them, in any number of languages.
//
// # Documents
//
// A document is a [Package]: a publisher, the languages its texts are in, and
// one or more [Plan] values. A plan belongs to a [Member] (a national or
// local government), runs over a [Period], declares the [Institution] values
// that lead its work, and holds [Commitment] values, each made of
// [Milestone] values measured by [Indicator] values with a [Deadline].
// Progress arrives as [Report] values, one per milestone or indicator per
// reporting period, each stating a [Status].
//
// Texts are [Text] maps from BCP 47 language tag to string. Dates are partial
// [Date] values written in EDTF (ISO 8601-2): a year, a season, quarter or
// half, a month or a day. Statuses, member kinds and hemispheres are closed
// code lists; policy areas are an open one ([Statuses], [PolicyAreas]).
//
// # Encoding
//
// [Decode] reads a document strictly: a member the format does not define is
// an error that names its JSON Pointer, line and column, unless its name
// begins with "x-", in which case it is kept in the object's [Extra] and
// written back by [Encode]. [Encode] writes the one canonical encoding, so
// that decoding and encoding a canonical document gives the same bytes and
// two submissions differ only where their content does. The types work with
// encoding/json too, with the same rules.
//
// # Versions
//
// Every document names its format version ("formatVersion": "1.0.0").
// [CheckVersion] says what this library makes of a version: any 1.x document
// decodes, a newer minor one with the members it added kept in Extra; any
// other major version is refused with a [*VersionError].
package ogp
