package main

import (
	"cmp"
	"slices"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/validate"
)

// SARIF 2.1.0 (OASIS), the format code-scanning tools and CI services read
// findings in: one run, whose tool lists the codes found as rules, and one
// result per finding. A finding's place is its line and column in the file
// (a physical location) and its JSON Pointer (a logical one); a finding of
// a workbook has its cell as a second logical location, since lines and
// columns of a workbook mean nothing.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations"`
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
	StartColumn int `json:"startColumn"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

// sarifOf returns the reports of files as one SARIF log, with the rules'
// descriptions in lang.
func sarifOf(files []string, reports []*validate.Report, lang string) sarifLog {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "ogp validate",
			InformationURI: "https://github.com/ogpx/interchange",
			Rules:          []sarifRule{},
		}},
		Results: []sarifResult{},
	}
	seen := map[string]bool{}
	for i, r := range reports {
		for _, f := range r.Findings {
			if !seen[f.Code] {
				seen[f.Code] = true
				info, _ := finding.Lookup(f.Code)
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules,
					sarifRule{ID: f.Code, ShortDescription: sarifMessage{info.Message[finding.Match(lang)]}})
			}
			loc := sarifLocation{
				PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: files[i]}},
				LogicalLocations: []sarifLogical{{FullyQualifiedName: cmp.Or(f.Path, "/"), Kind: "member"}},
			}
			if f.Cell != "" {
				loc.LogicalLocations = append(loc.LogicalLocations, sarifLogical{FullyQualifiedName: f.Cell, Kind: "cell"})
			}
			if f.Line > 0 { // SARIF lines start at 1; a finding without one has no region
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line, StartColumn: f.Column}
			}
			run.Results = append(run.Results, sarifResult{
				RuleID:    f.Code,
				Level:     sarifLevel(f.Severity),
				Message:   sarifMessage{f.Message(lang)},
				Locations: []sarifLocation{loc},
			})
		}
	}
	slices.SortFunc(run.Tool.Driver.Rules, func(a, b sarifRule) int { return cmp.Compare(a.ID, b.ID) })
	return sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
}

// sarifLevel returns SARIF's level for a severity: a notice is a "note".
func sarifLevel(s finding.Severity) string {
	if s == finding.Notice {
		return "note"
	}
	return s.String()
}
