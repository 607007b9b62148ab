package validate

import (
	"slices"
	"strings"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

// Severity is how serious a finding is.
type Severity uint8

// The severities. A submission with an Error finding is not valid; Warning
// findings point at what is probably wrong, and count as errors in strict
// mode.
const (
	Warning Severity = iota + 1
	Error
)

// String returns "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "unknown"
}

// MarshalText returns s.String().
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// CodeInfo describes one finding code.
type CodeInfo struct {
	// Code is the stable code: "schema.required".
	Code string
	// Severity is the code's severity (strict mode makes every finding an
	// error).
	Severity Severity
	// Message is the message template in English and French. Braces name
	// the values a finding fills in: {member}, {value}, {want}, ...
	Message ogp.Text
}

// The codes of this package's own findings. The status package's codes
// (status.regress, ...) are findings too; [Codes] lists them all.
const (
	CodeSyntax        = "json.syntax"
	CodeInvalidUTF8   = "json.invalid-utf8"
	CodeDuplicateKey  = "json.duplicate-key"
	CodeLoneSurrogate = "json.lone-surrogate"
	CodeTooDeep       = "json.too-deep"
	CodeTooLarge      = "json.too-large"
	CodeTooManyErrors = "report.truncated"

	CodeRequired       = "schema.required"
	CodeAdditional     = "schema.additional-member"
	CodeType           = "schema.type"
	CodeEnum           = "schema.enum"
	CodePattern        = "schema.pattern"
	CodeLineBreak      = "schema.line-break"
	CodeMinItems       = "schema.min-items"
	CodeMinProperties  = "schema.min-properties"
	CodeMinLength      = "schema.min-length"
	CodeRange          = "schema.range"
	CodeUniqueItems    = "schema.unique-items"
	CodePropertyName   = "schema.property-name"
	CodeUnsupported    = "version.unsupported"
	CodeNewerMinor     = "version.newer-minor"
	CodeNewerMember    = "version.unknown-member"
	CodeDuplicateID    = "id.duplicate"
	CodeIDHierarchy    = "id.hierarchy"
	CodeUnknownInst    = "ref.unknown-institution"
	CodeUnknownTarget  = "ref.unknown-target"
	CodePeriodOrder    = "date.period-order"
	CodeExtensionOrder = "date.extension-order"
	CodeOutsidePlan    = "date.outside-plan"
	CodeMissingLang    = "text.missing-language"
	CodeUndeclaredLang = "text.undeclared-language"

	CodeCanadaChallenges = "canada.challenges-required"
	CodeCanadaPair       = "canada.language-pair"
	CodeCanadaProgress   = "canada.progress-required"
	CodeCanadaNil        = "canada.nil-language"
	CodeCanadaPeriod     = "canada.period"

	// CodeWorkbook is the finding of package sheet about a workbook it
	// cannot read as the format's layout.
	CodeWorkbook = "sheet.unreadable"
)

// ownCodes defines every code of this package, with its severity and its
// message in English and French: the one place to find a rule by its code.
var ownCodes = []CodeInfo{
	{CodeSyntax, Error, ogp.NewText(
		"the file is not valid JSON: {detail}",
		"le fichier n’est pas du JSON valide : {detail}")},
	{CodeInvalidUTF8, Error, ogp.NewText(
		"the file is not valid UTF-8: byte {value} cannot start or continue a character",
		"le fichier n’est pas en UTF-8 valide : l’octet {value} ne peut ni commencer ni continuer un caractère")},
	{CodeDuplicateKey, Error, ogp.NewText(
		"member {member} appears twice in this object; JSON readers disagree about which one counts, so remove one",
		"le membre {member} figure deux fois dans cet objet; les lecteurs JSON ne retiennent pas tous le même, supprimez-en un")},
	{CodeLoneSurrogate, Error, ogp.NewText(
		"the escape {value} is half of a UTF-16 surrogate pair and stands for no character; write the whole pair or the character itself",
		"l’échappement {value} est la moitié d’une paire de substitution UTF-16 et ne représente aucun caractère; écrivez la paire entière ou le caractère lui-même")},
	{CodeTooDeep, Error, ogp.NewText(
		"the file nests arrays and objects more than {want} levels deep",
		"le fichier imbrique des tableaux et des objets sur plus de {want} niveaux")},
	{CodeTooLarge, Error, ogp.NewText(
		"the file is larger than {want} bytes",
		"le fichier dépasse {want} octets")},
	{CodeTooManyErrors, Warning, ogp.NewText(
		"findings not listed: {value}; the report lists at most {want}",
		"constats non énumérés : {value}; le rapport en énumère au plus {want}")},

	{CodeRequired, Error, ogp.NewText(
		"member {member} is required here",
		"le membre {member} est obligatoire ici")},
	{CodeAdditional, Error, ogp.NewText(
		"member {member} is not part of the format{suggestion}; a member of your own must have a name that starts with \"x-\"",
		"le membre {member} ne fait pas partie du format{suggestion}; un membre qui vous est propre doit avoir un nom commençant par « x- »")},
	{CodeType, Error, ogp.NewText(
		"want {want}, found {found}",
		"attendu : {want}; trouvé : {found}")},
	{CodeEnum, Error, ogp.NewText(
		"{value} is not one of the allowed values: {want}",
		"{value} ne fait pas partie des valeurs permises : {want}")},
	{CodePattern, Error, ogp.NewText(
		"{value} is not {want}",
		"{value} n’est pas {want}")},
	{CodeLineBreak, Error, ogp.NewText(
		"{value} must not contain a line break",
		"{value} ne doit pas contenir de saut de ligne")},
	{CodeMinItems, Error, ogp.NewText(
		"the list must have at least {want} item(s)",
		"la liste doit compter au moins {want} élément(s)")},
	{CodeMinProperties, Error, ogp.NewText(
		"the text must be given in at least one language",
		"le texte doit être donné dans au moins une langue")},
	{CodeMinLength, Error, ogp.NewText(
		"the text must not be empty",
		"le texte ne doit pas être vide")},
	{CodeRange, Error, ogp.NewText(
		"{value} is out of range: want {want}",
		"{value} est hors limites : {want} attendu")},
	{CodeUniqueItems, Error, ogp.NewText(
		"{value} is listed twice",
		"{value} figure deux fois dans la liste")},
	{CodePropertyName, Error, ogp.NewText(
		"{member} is not a BCP 47 language tag such as en, fr or fr-CA",
		"{member} n’est pas une étiquette de langue BCP 47 comme en, fr ou fr-CA")},
	{CodeUnsupported, Error, ogp.NewText(
		"format version {value} cannot be read: this validator reads versions {want}",
		"la version de format {value} ne peut pas être lue : ce validateur lit les versions {want}")},
	{CodeNewerMinor, Warning, ogp.NewText(
		"format version {value} is newer than this validator's ({want}): what that version added is not checked here",
		"la version de format {value} est plus récente que celle de ce validateur ({want}) : ce que cette version ajoute n’est pas vérifié ici")},
	{CodeNewerMember, Error, ogp.NewText(
		"member {member} is not part of format version {want}, which this validator checks; it may come from the document's newer version, so check the document with a validator of that version",
		"le membre {member} ne fait pas partie de la version {want} du format, que vérifie ce validateur; il vient peut-être de la version plus récente du document : vérifiez-le avec un validateur de cette version")},

	{CodeDuplicateID, Error, ogp.NewText(
		"id {value} is already used at {first}; ids must be unique within their {want}",
		"l’identifiant {value} est déjà utilisé à {first}; les identifiants doivent être uniques dans leur {want}")},
	{CodeIDHierarchy, Warning, ogp.NewText(
		"id {value} does not start with {want}, the id of the item it belongs to, as the plan's other dotted ids do",
		"l’identifiant {value} ne commence pas par {want}, l’identifiant de l’élément auquel il appartient, comme les autres identifiants à points du plan")},
	{CodeUnknownInst, Error, ogp.NewText(
		"institution {value} is not declared in the plan's institutions",
		"l’institution {value} n’est pas déclarée dans les institutions du plan")},
	{CodeUnknownTarget, Error, ogp.NewText(
		"the report's target {value} is not a milestone or indicator of the plan",
		"la cible {value} du rapport n’est ni un jalon ni un indicateur du plan")},
	{CodePeriodOrder, Error, ogp.NewText(
		"the period starts ({value}) after it ends ({want})",
		"la période commence ({value}) après sa fin ({want})")},
	{CodeExtensionOrder, Error, ogp.NewText(
		"the extension ends the plan on {value}, before its previous end {want}",
		"la prolongation fait finir le plan le {value}, avant sa fin précédente {want}")},
	{CodeOutsidePlan, Warning, ogp.NewText(
		"deadline {value} is outside the plan's period, {want}",
		"l’échéance {value} est hors de la période du plan, {want}")},
	{CodeMissingLang, Warning, ogp.NewText(
		"the text has no version, or only a blank one, in {value}; the document declares {want}",
		"le texte n’a pas de version, ou seulement une version vide, dans ces langues : {value}; le document déclare {want}")},
	{CodeUndeclaredLang, Warning, ogp.NewText(
		"the text has a {value} version, a language the document does not declare ({want})",
		"le texte a une version {value}, une langue que le document ne déclare pas ({want})")},

	{CodeWorkbook, Error, ogp.NewText(
		"the workbook cannot be read as the format's layout: {detail}",
		"le classeur ne peut pas être lu selon la disposition du format : {detail}")},

	{CodeCanadaChallenges, Error, ogp.NewText(
		"Canada's tracker requires challenges when the status is {value}",
		"le suivi du Canada exige des défis lorsque l’état est {value}")},
	{CodeCanadaPair, Error, ogp.NewText(
		"{member} is given in {value} but not in {want}; Canada's tracker requires both languages",
		"{member} est donné en {value} mais pas en {want}; le suivi du Canada exige les deux langues")},
	{CodeCanadaProgress, Error, ogp.NewText(
		"Canada's tracker requires the progress in English and French; write NIL (English) and NUL (French) when there was none",
		"le suivi du Canada exige les progrès en anglais et en français; écrivez NIL (anglais) et NUL (français) s’il n’y en a pas eu")},
	{CodeCanadaNil, Warning, ogp.NewText(
		"\"no progress\" is written NIL in English and NUL in French; found {value} in {want}",
		"« aucun progrès » s’écrit NIL en anglais et NUL en français; {value} trouvé en {want}")},
	{CodeCanadaPeriod, Error, ogp.NewText(
		"{value} is not one of Canada's reporting periods, which are the months that end a quarter: YYYY-03, YYYY-06, YYYY-09 and YYYY-12",
		"{value} n’est pas une période de déclaration du Canada, soit les mois qui terminent un trimestre : AAAA-03, AAAA-06, AAAA-09 et AAAA-12")},
}

// Codes returns every code a finding can have, this package's and the
// status package's, sorted by code.
func Codes() []CodeInfo { return slices.Clone(codes) }

// codes is what Codes returns, sorted for LookupCode.
var codes = func() []CodeInfo {
	codes := slices.Clone(ownCodes)
	for _, c := range status.Codes {
		if c.Severity == status.OK {
			continue
		}
		sev := Warning
		if c.Severity == status.Error {
			sev = Error
		}
		if c.Code == status.CodeUnknownTarget || c.Code == status.CodeUnknownStatus {
			continue // reported as ref.unknown-target, and by the schema layer
		}
		codes = append(codes, CodeInfo{Code: c.Code, Severity: sev, Message: c.Message})
	}
	slices.SortFunc(codes, func(a, b CodeInfo) int { return strings.Compare(a.Code, b.Code) })
	return codes
}()

// LookupCode returns the description of a code of [Codes].
func LookupCode(code string) (CodeInfo, bool) {
	i, found := slices.BinarySearchFunc(codes, code, func(c CodeInfo, code string) int { return strings.Compare(c.Code, code) })
	if !found {
		return CodeInfo{}, false
	}
	return codes[i], true
}

// render fills the template of code in lang with the given values, given as
// name, value pairs.
func render(code, lang string, args ...string) string {
	info, _ := LookupCode(code)
	tmpl := info.Message.In(lang)
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+args[i]+"}", args[i+1])
	}
	return strings.NewReplacer(pairs...).Replace(tmpl)
}
