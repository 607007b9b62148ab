package main

import (
	"cmp"
	"maps"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/ogpx/interchange/finding"
)

// SARIF 2.1.0 (OASIS), the format code-scanning tools and CI services read
// findings in: one run, whose tool lists the codes found as rules, and one
// result per finding. A finding's place is its line and column in the file
// (a physical location) and its JSON Pointer (a logical one, escaped as
// messages are; none for the whole document); a finding of
// a workbook has its cell as a second logical location, since lines and
// columns of a workbook mean nothing. The tests validate this output
// against the SARIF 2.1.0 JSON Schema in testdata/sarif.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// Language is the language of the run's messages.
	Language string `json:"language"`
	// ColumnKind says what a column counts: characters, as the findings'
	// columns do, not UTF-16 code units.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

// sarifRule is SARIF's reportingDescriptor: one code.
type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifMessage       `json:"shortDescription"`
	FullDescription      sarifMessage       `json:"fullDescription"`
	Help                 sarifMessage       `json:"help"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// The kinds of logical location: a JSON Pointer names a JSON value, which
// is one of the kinds SARIF lists for JSON documents (object, array,
// property, value); a workbook's cell has no kind in SARIF's list, which
// is open.
const (
	sarifKindPointer = "value"
	sarifKindCell    = "cell"
)

// sarifOf returns the reports on files, named as the user gave them
// ("<stdin>" for standard input), as one SARIF log in lang.
func sarifOf(reports []fileReport, lang string) sarifLog {
	lang = finding.Match(lang)
	codes := map[string]bool{}
	for _, r := range reports {
		for _, f := range r.Findings {
			codes[f.Code] = true
		}
	}
	driver := sarifDriver{
		Name:           "ogp validate",
		InformationURI: "https://github.com/ogpx/interchange",
		Version:        moduleVersion(),
		Rules:          []sarifRule{},
	}
	index := map[string]int{}
	for _, id := range slices.Sorted(maps.Keys(codes)) {
		index[id] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(id, lang))
	}

	run := sarifRun{Tool: sarifTool{Driver: driver}, Language: lang, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, r := range reports {
		uri := sarifURI(r.File)
		for _, f := range r.Findings {
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}
			// Names are escaped as messages are, since tools show them
			// beside the messages; the whole document has no logical
			// location ("/" would be a member named "").
			if f.Path != "" {
				loc.LogicalLocations = append(loc.LogicalLocations, sarifLogical{FullyQualifiedName: finding.Escape(f.Path), Kind: sarifKindPointer})
			}
			if f.Cell != "" {
				loc.LogicalLocations = append(loc.LogicalLocations, sarifLogical{FullyQualifiedName: finding.Escape(f.Cell), Kind: sarifKindCell})
			}
			if f.Line > 0 { // SARIF lines start at 1; a finding without one has no region
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line, StartColumn: f.Column}
			}
			run.Results = append(run.Results, sarifResult{
				RuleID:    f.Code,
				RuleIndex: index[f.Code],
				Level:     sarifLevel(f.Severity),
				Message:   sarifMessage{f.Message(lang)},
				Locations: []sarifLocation{loc},
			})
		}
	}
	return sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
}

// sarifRuleOf describes the code id in lang: its title, and its message
// template with the places of the values shown.
func sarifRuleOf(id, lang string) sarifRule {
	c, _ := finding.Lookup(id)
	help := sarifMessage{c.Help(lang)}
	return sarifRule{
		ID:                   id,
		Name:                 id,
		ShortDescription:     sarifMessage{cmp.Or(finding.Title(lang, id), id)},
		FullDescription:      help,
		Help:                 help,
		DefaultConfiguration: sarifConfiguration{sarifLevel(c.Severity)},
	}
}

// sarifLevel returns SARIF's level for a severity: a notice is a "note",
// and a finding that reports nothing wrong, "none".
func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Warning:
		return "warning"
	case finding.Notice:
		return "note"
	}
	return "none"
}

// sarifURI returns the URI of the file the user named: a relative path
// stays relative (to the directory the tool ran in, as SARIF consumers
// expect of a path in a repository), an absolute one becomes a file URI,
// and standard input is "stdin".
func sarifURI(name string) string {
	if name == "-" || name == "<stdin>" {
		return "stdin"
	}
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: file:///C:/...
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// moduleVersion returns the version of the module ogp was built from, or
// "(devel)" for a build from a working tree without one.
func moduleVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
