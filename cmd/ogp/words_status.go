package main

import "github.com/ogpx/interchange/finding"

// statusWords are the words of the text output of ogp status, by key and
// language. A word with %s or %d is a format: the values it names are
// filled in by fmt, in the order of the English text.
var statusWords = map[string]map[string]string{
	"cli.status.plan":       {"en": "Plan %s: %s", "fr": "Plan %s : %s"},
	"cli.status.asOf":       {"en": "As of %s", "fr": "Au %s"},
	"cli.status.ends":       {"en": "%s; plan ends %s (extensions included)", "fr": "%s ; fin du plan %s (prolongations comprises)"},
	"cli.status.statusLine": {"en": "Status: %s", "fr": "État : %s"},
	"cli.status.targets":    {"en": "Targets: %s", "fr": "Cibles : %s"},
	"cli.status.none":       {"en": "Not reported", "fr": "Aucun rapport"},
	"cli.status.unreported": {"en": "Unreported", "fr": "Sans rapport"},
	"cli.status.findings":   {"en": "Findings (%d):", "fr": "Constats (%d) :"},
	"cli.status.noFindings": {"en": "No findings.", "fr": "Aucun constat."},
	// Column headings.
	"cli.status.id":       {"en": "ID", "fr": "Id"},
	"cli.status.status":   {"en": "Status", "fr": "État"},
	"cli.status.latest":   {"en": "Latest report", "fr": "Dernier rapport"},
	"cli.status.report":   {"en": "Report", "fr": "Rapport"},
	"cli.status.target":   {"en": "Target", "fr": "Cible"},
	"cli.status.period":   {"en": "Period", "fr": "Période"},
	"cli.status.severity": {"en": "Severity", "fr": "Gravité"},
	"cli.status.code":     {"en": "Code", "fr": "Code"},
	"cli.status.message":  {"en": "Message", "fr": "Message"},
}

func init() { finding.RegisterWords(statusWords) }
