// Package validate checks a partner's submission of the OGP interchange
// format and says, in English or French, everything that is wrong with it,
// precisely enough to fix it without help, and whether to accept it.
//
// A federating portal calls [Validator.Validate] (or
// [Validator.ValidateReader], which bounds how much it reads) once per
// submitted file. The [Report] holds a verdict and a list of findings
// ([finding.Finding]) in the order of their place in the file; each has a
// severity, a stable code, the JSON Pointer of the value at fault, its line
// and column, and the values its message refers to, so that it can be shown
// in English, in French or in any language package finding has texts for.
// A report's JSON adds each message in the validator's [Language], and reads
// back into the same Report; schema/v1/report.schema.json describes it. The
// same file gives the same report, byte for byte, every time.
//
// # One walk
//
// A submission is read once. [ogp.DecodeAll] walks the bytes a single time
// and, value by value, checks the syntax (JSON in UTF-8, no duplicate
// member names, no lone UTF-16 surrogates, within the size and depth
// limits), checks every rule of the published JSON Schema (package schema:
// required and unknown members, types, closed code lists, the forms of
// dates, ids and language tags, ranges, empty texts and lists, repeated
// items), decodes the value into the typed model and notes where it was
// read. It does not stop at a problem: the value at fault is left out of
// the model and the walk goes on, so one report lists every problem, as a
// compiler does. Only a syntax error (invalid UTF-8 included) or a size or
// depth limit ends it, since nothing after it can be read; that one finding
// is then the whole report. No generic tree of the
// document is built, nothing is parsed or encoded twice, and a JSON
// Pointer or a message is built only for a finding. The schema's rules and
// the decoder's checks come from one table (internal/rules) and the Go
// types, and a differential test holds the decoder to the published schema
// as santhosh-tekuri/jsonschema reads it.
//
// Then the rules a schema cannot express run on the model: ids are unique
// within their scope (plan ids in the document; commitment, milestone and
// indicator ids together in their plan, since reports name milestones and
// indicators alike; institution and extension ids in their plan); a plan
// that numbers its items C10, C10.7, C10.7.2 does so throughout; every
// institution referred to is declared; every report's target exists;
// periods run forward and extensions do not move the end earlier;
// deadlines fall within the plan's period as extended; every text is in
// every declared language and in no other, tags compared without regard to
// case (a tag not in canonical case gets one notice); report histories follow the
// status transition rules of package status; a deadline's date agrees with
// its text, read by package deadline. They do not repeat what the walk
// already said.
//
// # Profiles
//
// Last come the rules of a jurisdiction's profile, which a portal switches
// on with [Profile] by any name [profile.Lookup] accepts: "canada" checks
// each plan with the rule set the profile chooses for it (a plan no rule set
// applies to gets one notice, profile.no-rule-set, naming the rule sets
// there are), "canada/2022-2024" every plan with that rule set. The
// profile's findings keep their code's severity (strict mode raises
// warnings) and are placed under their plan ("/plans/0/..."). No rule is
// reported twice: where a profile's finding restates a warning or a notice
// of the format's own rules (its code lists the format's code in
// [finding.Code.Restates]) about the same value or one holding it, only the
// profile's is kept: Canada's "progress required in French" at
// /plans/0/reports/3/progress/fr replaces the format's "text missing a
// language" at /plans/0/reports/3/progress. The format's errors are always
// kept.
//
// # Deadlines
//
// A deadline with both a date and a text is checked against its text, in
// each of its languages, as [deadline.Parse] reads it with the plan's
// options ([deadline.OptionsFor]). A text that reads to a date names a
// period (a month, a quarter, a year ...); ongoing work with no date of its
// own reads as the end of the plan's period or of any of its extensions. The
// deadline's date disagrees with the text when the two periods have no day
// in common: "By March 2023" agrees with 2023-03 and 2023-03-31, and with
// 2023 (a year that holds March), but not with 2024-03. A text that names
// several dates agrees with any of them. A recurring deadline with no date
// of its own ("Annually") is not compared, since its date may be any of its
// occurrences; neither is a text that cannot be read.
//
// Two languages' texts agree when they name a date due on the same day:
// "June 30, 2020", "Juin 2020" and "Q2 2020" do, and so do "5 by June 2019;
// 10 by June 2020" and "10 d'ici juin 2020". When the texts agree with each
// other and none with the date, one deadline.text-date at the date names
// them; when two texts disagree, deadline.languages-differ says so at the
// text, and each text that disagrees with the date gets its own
// deadline.text-date.
//
// Every limit says in the report that it cut: json.too-large,
// json.too-deep, and report.truncated with the number of findings left out
// beyond [MaxFindings] (also in [Report].Omitted). A report cut short keeps
// its most serious findings (errors, then warnings, then notices), in the
// order of the file, and report.truncated comes last, with no place. No message lists more
// than ten items of a list, however long the list.
//
// # Codes
//
// Every code is registered with package finding ([finding.Lookup]), with
// its message in English and in French.
//
//	json.syntax                  error    the file is not JSON
//	json.invalid-utf8            error    the file is not UTF-8
//	json.duplicate-key           error    a member name appears twice in an object
//	json.lone-surrogate          error    a string escapes half a UTF-16 surrogate pair ("\ud800")
//	json.too-deep                error    nesting deeper than the limit
//	json.too-large               error    a file larger than the limit
//	schema.required              error    a required member is missing
//	schema.additional-member     error    a member the format does not define, not named x-...
//	schema.type                  error    a value of the wrong JSON type
//	schema.enum                  error    a value outside a closed code list
//	schema.pattern               error    a value not of the required form (date that exists, id, language, ...)
//	schema.line-break            error    a line break inside a code, id or date
//	schema.min-items             error    an empty list that must not be
//	schema.min-properties        error    a text in no language at all
//	schema.min-length            error    an empty text
//	schema.range                 error    a number out of range (fiscalYearEnd 1 to 12)
//	schema.unique-items          error    a list with the same value twice
//	schema.property-name         error    a text keyed by something that is not a language tag
//	version.unsupported          error    a format version this library cannot read
//	version.newer-minor          warning  a newer minor format version: read, not fully checked
//	version.unknown-member       error    a member this version does not define, in a newer minor version's document
//	id.duplicate                 error    an id used twice in its scope
//	id.hierarchy                 warning  a dotted id that does not start with its parent's
//	ref.unknown-institution      error    a lead or supporter not declared in the plan
//	date.period-order            error    a period that ends before it starts
//	date.extension-order         error    an extension that moves the plan's end earlier
//	date.outside-plan            warning  a deadline outside the plan's period, extensions included
//	deadline.text-date           warning  a deadline's date that its text disagrees with
//	deadline.languages-differ    warning  a deadline's texts that read to different dates in two languages
//	text.missing-language        warning  a text without one of the declared languages
//	text.undeclared-language     warning  a text in a language the document does not declare
//	text.tag-case                notice   a language tag not in canonical case ("EN" for "en"), once per tag
//	text.duplicate-language      error    a text, or the list of languages, giving one language twice, under tags equal but for case ("en" and "EN")
//	profile.no-rule-set          notice   no rule set of the profile applies to the plan; none of its rules was checked
//	status.unknown-target        error    a report on an item the plan does not have
//	status.duplicate-report      error    two reports on one target for one period
//	status.regress               warning  a status that moves backwards
//	status.reinstate             warning  a status after withdrawal
//	status.withdraw-complete     error    complete work withdrawn
//	status.before-plan-start     warning  a report dated before the plan starts
//	status.after-plan-end        warning  a report dated after the plan ends, extensions included
//	report.truncated             warning  more findings than the limit; the rest are left out
//	sheet.unreadable             error    (package sheet) a workbook that is not in the format's layout
//
// [Strict] makes every warning an error. A profile's codes are its
// package's.
//
// # Performance
//
// The whole check (syntax, schema, typed decoding, semantics and the places
// of findings) runs about as fast as ajv's schema-only validation of the
// same bytes on generated plans, and Canada's plan validates in about 3
// ms: a quarter of that is reading its 270 deadline texts, in both
// languages, to check them against their dates, which ajv does not do. go test -bench .
// -benchmem ./validate on the development machine (2 cores shared with
// other work, Go 1.26, 2026-11-25); the santhosh column is the generic
// schema validator the one walk replaced, on the same bytes:
//
//	input                     Validate                                    santhosh alone
//	Canada 2018-2020, 291 KB  3.0-3.3 ms, 90-97 MB/s, 1.5 MB, 19.4k allocs    17 ms, 17 MB/s
//	generated, 5 KB           45 µs, 115 MB/s, 87 KB, 310 allocs              0.37 ms, 14 MB/s
//	generated, 300 KB         1.7 ms, 186 MB/s, 1.2 MB, 12k allocs            14 ms, 22 MB/s
//	generated, 10 MB          64 ms, 164 MB/s, 45 MB, 0.4M allocs
//	generated, 60 MB          0.41 s, 147 MB/s, 264 MB, 2.3M allocs
//
// Memory columns are bytes allocated per validation, not held at once.
// go run ./internal/sidebyside times this package and ajv 8 (JSON.parse and
// validate, schema only) on the same files in one run; on that machine the
// ratio of their speeds ran from 0.88 to 2.1 over several runs before the
// deadline and language checks of 2026-11-25 (Canada then 1.7-1.8 against
// 1.6-1.7 ms); after them, 0.89-1.7 on generated plans (10 MB 80 against
// 71 ms, 60 MB 0.40 against 0.37 s) and 0.55 on Canada's (3.2 against
// 1.7 ms), and its README gives a full run. Peak resident memory of
// ogp validate (GNU time), which reads a file into one buffer of its size:
//
//	input                       size   peak RSS  ratio  time
//	generated plan              10 MB  51 MB     5.2x   0.11 s
//	generated plan              59 MB  268 MB    4.5x   0.53 s
//	array of zeros              62 MB  70 MB     1.1x   0.50 s
//	4 million "x-" members      60 MB  665 MB    11x    4.5 s
//	3 million unknown members   38 MB  429 MB    11x    3.4 s
//	one 60 MB member name       60 MB  844 MB    14x    2.0 s
//	plan with 200,000 reports   35 MB  350 MB    10x    1.1 s
//	10,000 declared languages   63 KB  13 MB     -      0.03 s
//
// The member name is quoted whole only in the finding's path (the JSON
// report is as large as the name), its message cuts it; the last document
// gets one finding per text, whose message names ten of the missing
// languages and counts the rest. Only those ten are looked for, so the
// check costs no more per text for thousands of declared languages than
// for two: Canada's plan declaring 17,000 languages, each of its 1,700
// texts lacking them all, validates in 65 ms (BenchmarkManyDeclaredLanguages;
// 5.9 s when every text was compared with every declared language).
package validate
