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
// [Decode] reads a document strictly, in one walk over its bytes that checks
// every rule of the published JSON Schema (package schema) as it decodes:
// the syntax, required and unknown members, types, closed code lists, the
// forms of dates, ids and language tags, ranges, empty texts and lists,
// repeated items. It does not stop at the first problem: [DecodeAll]
// returns what it could read with every problem found, each a
// [*DecodeError] naming its JSON Pointer, line and column, and, through
// [Result.Offset], the place of any value of the model, for problems found
// later. A member the format does not define is an error, unless its name
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
//
// # Performance
//
// go test -bench Decode -benchmem ./ogp on the development machine (2
// cores, Go 1.26, 2026-11-25), beside encoding/json's json.Valid, which
// only checks the syntax, on the same bytes:
//
//	input                     Decode                                      json.Valid
//	Canada 2018-2020, 291 KB  1.1 ms, 255-270 MB/s, 588 KB, 6.7k allocs       1.2 ms, 246 MB/s
//	generated, 5 KB           24-25 µs, 207-212 MB/s, 14 KB, 196 allocs       21 µs, 248 MB/s
//	generated, 300 KB         1.1-1.2 ms, 270-282 MB/s, 589 KB, 7.6k allocs   1.3 ms, 243 MB/s
//	generated, 10 MB          40-41 ms, 257-260 MB/s, 22 MB, 254k allocs      41 ms, 254 MB/s
//	generated, 60 MB          0.24 s, 252-255 MB/s, 126 MB, 1.5M allocs       0.24 s, 249 MB/s
//
// Decode keeps no places: DecodeAll, which does for validation, allocates
// about 16 bytes more per value read.
// Memory columns are bytes allocated per call, most of them the model
// itself: its strings and maps.
package ogp
