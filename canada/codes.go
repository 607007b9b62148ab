package canada

import "github.com/ogpx/interchange/finding"

// The codes of Canada's findings: one per rule of its tracker. Each is
// reported at the member that breaks the rule, the language member of a
// text when one language is at fault ("/reports/3/progress/fr"), with its
// arguments as data: a period as EDTF, a status as Canada's code ("LP"),
// a language as "en" or "fr", a text as its member name ("evidence").
const (
	// CodePeriod: a report's period is not one of the plan's reporting
	// periods (every plan). Arguments: period, plan (a rule set's name),
	// scheme ("quarterly" or "half-yearly").
	CodePeriod = "canada.period"
	// CodePeriodRange: a report's period is outside the plan's reporting
	// periods: those its table lists (2018-20: 2019-03 to 2021-12), or
	// else those within the plan, extensions included (every plan).
	// Arguments: period, plan, first, last.
	CodePeriodRange = "canada.period-range"
	// CodeIndicatorOnly: a report is on a milestone; Canada's tracker
	// keys reports by period and indicator (every plan). Argument:
	// target.
	CodeIndicatorOnly = "canada.indicator-only"
	// CodeNoStatusCode: a report's status has no code in Canada's tracker,
	// as withdrawn (2022-24 on). Argument: status.
	CodeNoStatusCode = "canada.no-status-code"
	// CodeProgressRequired: a report's progress is missing in English or
	// French (2022-24 on). Argument: lang, the missing language.
	CodeProgressRequired = "canada.progress-required"
	// CodeNilLanguage: "no progress" written in the other language's word,
	// NUL in English or NIL in French (2022-24 on). Arguments: value, the
	// word found; want, the word of lang; lang.
	CodeNilLanguage = "canada.nil-language"
	// CodeUntrimmed: a text begins or ends with spaces (2025-29). Arguments:
	// member, lang.
	CodeUntrimmed = "canada.untrimmed"
	// CodeChallengesRequired: the status is NS or LP and the challenges are
	// missing in English or French (2025-29). Arguments: status, lang.
	CodeChallengesRequired = "canada.challenges-required"
	// CodeLanguagePair: evidence, or challenges that are not required, are
	// given in one of English and French only (2025-29). Arguments: member,
	// lang, the missing language.
	CodeLanguagePair = "canada.language-pair"
)

func init() {
	finding.Register(
		finding.Code{
			ID: CodePeriod, Severity: finding.Error,
			Title: map[string]string{"en": "Not a reporting period", "fr": "Période de déclaration non valide"},
			Message: map[string]string{
				"en": `"{period}" is not a reporting period of Canada's {plan} plan, whose reporting periods are {scheme:canada-reporting}`,
				"fr": `"{period}" n’est pas une période de déclaration du plan {plan} du Canada, dont les périodes de déclaration sont {scheme:canada-reporting}`,
			},
		},
		finding.Code{
			ID: CodePeriodRange, Severity: finding.Error,
			Restates: []string{"status.before-plan-start", "status.after-plan-end"},
			Title:    map[string]string{"en": "Outside the reporting periods", "fr": "Hors des périodes de déclaration"},
			Message: map[string]string{
				"en": `"{period}" is outside the reporting periods of Canada's {plan} plan, {first} to {last}`,
				"fr": `"{period}" est hors des périodes de déclaration du plan {plan} du Canada, de {first} à {last}`,
			},
		},
		finding.Code{
			ID: CodeIndicatorOnly, Severity: finding.Error,
			Title: map[string]string{"en": "Report on a milestone", "fr": "Rapport sur un jalon"},
			Message: map[string]string{
				"en": `"{target}" is a milestone; Canada's tracker takes reports on indicators only`,
				"fr": `"{target}" est un jalon; l’outil de suivi du Canada ne prend que des rapports sur des indicateurs`,
			},
		},
		finding.Code{
			ID: CodeNoStatusCode, Severity: finding.Error,
			Title: map[string]string{"en": "Status unknown to Canada's tracker", "fr": "État inconnu de l’outil de suivi du Canada"},
			Message: map[string]string{
				"en": `the status "{status}" has no code in Canada's tracker, which knows only NS, LP, SP and C`,
				"fr": `l’état "{status}" n’a pas de code dans l’outil de suivi du Canada, qui ne connaît que NS, LP, SP et C`,
			},
		},
		finding.Code{
			ID: CodeProgressRequired, Severity: finding.Error, Restates: []string{"text.missing-language"},
			Title: map[string]string{"en": "Progress required in English and French", "fr": "Progrès obligatoires en français et en anglais"},
			Message: map[string]string{
				"en": `Canada's tracker requires the progress in English and in French, and the {lang:canada-language} text is missing; when there was no progress, write NIL in English and NUL in French`,
				"fr": `l’outil de suivi du Canada exige les progrès en français et en anglais, et il manque le texte en {lang:canada-language}; s’il n’y a eu aucun progrès, inscrivez NUL en français et NIL en anglais`,
			},
		},
		finding.Code{
			ID: CodeNilLanguage, Severity: finding.Warning,
			Title: map[string]string{"en": "NIL or NUL in the wrong language", "fr": "NIL ou NUL dans la mauvaise langue"},
			Message: map[string]string{
				"en": `"no progress" is written {want} in {lang:canada-language}, not {value}`,
				"fr": `« aucun progrès » s’écrit {want} en {lang:canada-language}, et non {value}`,
			},
		},
		finding.Code{
			ID: CodeUntrimmed, Severity: finding.Error,
			Title: map[string]string{"en": "Spaces around a text", "fr": "Espaces autour d’un texte"},
			Message: map[string]string{
				"en": `the {lang:canada-language} text of "{member:canada-field}" begins or ends with spaces, which Canada's tracker does not accept`,
				"fr": `le texte en {lang:canada-language} du champ "{member:canada-field}" commence ou se termine par des espaces, ce que l’outil de suivi du Canada n’accepte pas`,
			},
		},
		finding.Code{
			ID: CodeChallengesRequired, Severity: finding.Error, Restates: []string{"text.missing-language"},
			Title: map[string]string{"en": "Challenges required", "fr": "Défis obligatoires"},
			Message: map[string]string{
				"en": `Canada's tracker requires the challenges in English and in French when the status is NS or LP; the status is {status} ({status:canada-status}) and the {lang:canada-language} text is missing`,
				"fr": `l’outil de suivi du Canada exige les défis en français et en anglais lorsque l’état est NS ou LP; l’état est {status} ({status:canada-status}) et il manque le texte en {lang:canada-language}`,
			},
		},
		finding.Code{
			ID: CodeLanguagePair, Severity: finding.Error, Restates: []string{"text.missing-language"},
			Title: map[string]string{"en": "Text in one language only", "fr": "Texte dans une seule langue"},
			Message: map[string]string{
				"en": `"{member:canada-field}" is given in one language only, with no {lang:canada-language} text; Canada's tracker accepts it only in both English and French, or not at all`,
				"fr": `le champ "{member:canada-field}" n’est rempli que dans une langue, sans texte en {lang:canada-language}; l’outil de suivi du Canada ne l’accepte qu’en français et en anglais à la fois, ou pas du tout`,
			},
		},
	)
	finding.RegisterWords(map[string]map[string]string{
		"canada-language.en": {"en": "English", "fr": "anglais"},
		"canada-language.fr": {"en": "French", "fr": "français"},

		"canada-field.progress":   {"en": "Progress", "fr": "Progrès"},
		"canada-field.evidence":   {"en": "Evidence of progress", "fr": "Preuve de progrès"},
		"canada-field.challenges": {"en": "Challenges", "fr": "Défis"},

		"canada-status.NS": {"en": "Not started", "fr": "Non commencé"},
		"canada-status.LP": {"en": "Limited progress", "fr": "Progrès limité"},
		"canada-status.SP": {"en": "Substantial progress", "fr": "Progrès important"},
		"canada-status.C":  {"en": "Complete", "fr": "Réalisé"},

		"canada-reporting.quarterly": {
			"en": "quarterly: the months that end a quarter, YYYY-03, YYYY-06, YYYY-09 and YYYY-12",
			"fr": "trimestrielles : le dernier mois de chaque trimestre, AAAA-03, AAAA-06, AAAA-09 et AAAA-12",
		},
		"canada-reporting.half-yearly": {
			"en": "half-yearly: the months that end a half-year, YYYY-06 and YYYY-12",
			"fr": "semestrielles : le dernier mois de chaque semestre, AAAA-06 et AAAA-12",
		},
	})
}
