package validate

import "github.com/ogpx/interchange/finding"

// The codes of this package's findings, registered with package finding.
// This package also reports findings of package status (status.regress,
// status.unknown-target ...), with that package's codes and texts.
const (
	CodeSyntax        = "json.syntax"
	CodeInvalidUTF8   = "json.invalid-utf8"
	CodeDuplicateKey  = "json.duplicate-key"
	CodeLoneSurrogate = "json.lone-surrogate"
	CodeTooDeep       = "json.too-deep"
	CodeTooLarge      = "json.too-large"
	CodeTruncated     = "report.truncated"

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
	CodePeriodOrder    = "date.period-order"
	CodeExtensionOrder = "date.extension-order"
	CodeOutsidePlan    = "date.outside-plan"
	CodeMissingLang    = "text.missing-language"
	CodeUndeclaredLang = "text.undeclared-language"
	CodeTagCase        = "text.tag-case"
	CodeDuplicateLang  = "text.duplicate-language"
	CodeNoRuleSet      = "profile.no-rule-set"

	// CodeWorkbook is the finding of package sheet about a workbook it
	// cannot read as the format's layout.
	CodeWorkbook = "sheet.unreadable"
)

// codes defines every code of this package, with its severity and its
// message in English and French side by side: the one place to find a rule
// by its code. Values in quotes are quoted by the template, never by the
// code that makes the finding; {name:kind} is a word of [words].
var codes = []finding.Code{
	{ID: CodeSyntax, Severity: finding.Error, Title: map[string]string{"en": "Not valid JSON", "fr": "JSON non valide"}, Message: map[string]string{
		"en": `the file is not valid JSON: {problem:syntax}{found?, found {found}}`,
		"fr": `le fichier n’est pas du JSON valide : {problem:syntax}{found?, trouvé {found}}`}},
	{ID: CodeInvalidUTF8, Severity: finding.Error, Title: map[string]string{"en": "Not valid UTF-8", "fr": "UTF-8 non valide"}, Message: map[string]string{
		"en": `the file is not valid UTF-8: byte {value} cannot start or continue a character`,
		"fr": `le fichier n’est pas en UTF-8 valide : l’octet {value} ne peut ni commencer ni continuer un caractère`}},
	{ID: CodeDuplicateKey, Severity: finding.Error, Title: map[string]string{"en": "Member given twice", "fr": "Membre en double"}, Message: map[string]string{
		"en": `member "{member}" appears twice in this object; JSON readers disagree about which one counts, so remove one`,
		"fr": `le membre "{member}" figure deux fois dans cet objet; les lecteurs JSON ne retiennent pas tous le même : supprimez-en un`}},
	{ID: CodeLoneSurrogate, Severity: finding.Error, Title: map[string]string{"en": "Lone surrogate escape", "fr": "Échappement de substitution isolé"}, Message: map[string]string{
		"en": `the escape {value} is half of a UTF-16 surrogate pair and stands for no character; write the whole pair or the character itself`,
		"fr": `l’échappement {value} est la moitié d’une paire de substitution UTF-16 et ne représente aucun caractère; écrivez la paire entière ou le caractère lui-même`}},
	{ID: CodeTooDeep, Severity: finding.Error, Title: map[string]string{"en": "Nested too deep", "fr": "Imbrication trop profonde"}, Message: map[string]string{
		"en": `the file nests arrays and objects more than {want} levels deep`,
		"fr": `le fichier imbrique des tableaux et des objets sur plus de {want} niveaux`}},
	{ID: CodeTooLarge, Severity: finding.Error, Title: map[string]string{"en": "File too large", "fr": "Fichier trop volumineux"}, Message: map[string]string{
		"en": `the file is larger than {want} bytes`,
		"fr": `le fichier dépasse {want} octets`}},
	{ID: CodeTruncated, Severity: finding.Warning, Title: map[string]string{"en": "Findings not listed", "fr": "Constats non énumérés"}, Message: map[string]string{
		"en": `findings not listed: {value}; the report lists at most {want}`,
		"fr": `constats non énumérés : {value}; le rapport en énumère au plus {want}`}},

	{ID: CodeRequired, Severity: finding.Error, Title: map[string]string{"en": "Required member", "fr": "Membre obligatoire"}, Message: map[string]string{
		"en": `member "{member}" is required here`,
		"fr": `le membre "{member}" est obligatoire ici`}},
	{ID: CodeAdditional, Severity: finding.Error, Title: map[string]string{"en": "Member not in the format", "fr": "Membre étranger au format"}, Message: map[string]string{
		"en": `member "{member}" is not part of the format{suggestion? (did you mean "{suggestion}"?)}; a member of your own must have a name that starts with "x-"`,
		"fr": `le membre "{member}" ne fait pas partie du format{suggestion? (vouliez-vous dire "{suggestion}"?)}; un membre qui vous est propre doit avoir un nom commençant par "x-"`}},
	{ID: CodeType, Severity: finding.Error, Title: map[string]string{"en": "Wrong type", "fr": "Type incorrect"}, Message: map[string]string{
		"en": `want {want:type}, found {found:type}`,
		"fr": `attendu : {want:type}; trouvé : {found:type}`}},
	{ID: CodeEnum, Severity: finding.Error, Title: map[string]string{"en": "Value not allowed", "fr": "Valeur non permise"}, Message: map[string]string{
		"en": `{value} is not one of the allowed values: {want}`,
		"fr": `{value} ne fait pas partie des valeurs permises : {want}`}},
	{ID: CodePattern, Severity: finding.Error, Title: map[string]string{"en": "Wrong form", "fr": "Forme incorrecte"}, Message: map[string]string{
		"en": `{value} is not {want:form}`,
		"fr": `{value} n’est pas {want:form}`}},
	{ID: CodeLineBreak, Severity: finding.Error, Title: map[string]string{"en": "Line break not allowed", "fr": "Saut de ligne non permis"}, Message: map[string]string{
		"en": `{value} must not contain a line break`,
		"fr": `{value} ne doit pas contenir de saut de ligne`}},
	{ID: CodeMinItems, Severity: finding.Error, Title: map[string]string{"en": "List too short", "fr": "Liste trop courte"}, Message: map[string]string{
		"en": `the list must have at least {want} item(s)`,
		"fr": `la liste doit compter au moins {want} élément(s)`}},
	{ID: CodeMinProperties, Severity: finding.Error, Title: map[string]string{"en": "Text in no language", "fr": "Texte sans aucune langue"}, Message: map[string]string{
		"en": `the text must be given in at least one language`,
		"fr": `le texte doit être donné dans au moins une langue`}},
	{ID: CodeMinLength, Severity: finding.Error, Title: map[string]string{"en": "Empty text", "fr": "Texte vide"}, Message: map[string]string{
		"en": `the text must not be empty`,
		"fr": `le texte ne doit pas être vide`}},
	{ID: CodeRange, Severity: finding.Error, Title: map[string]string{"en": "Value out of range", "fr": "Valeur hors limites"}, Message: map[string]string{
		"en": `{value} is out of range: want {want}`,
		"fr": `{value} est hors limites : {want} attendu`}},
	{ID: CodeUniqueItems, Severity: finding.Error, Title: map[string]string{"en": "Item listed twice", "fr": "Élément en double"}, Message: map[string]string{
		"en": `{value} is listed twice`,
		"fr": `{value} figure deux fois dans la liste`}},
	{ID: CodePropertyName, Severity: finding.Error, Title: map[string]string{"en": "Not a language tag", "fr": "Étiquette de langue non valide"}, Message: map[string]string{
		"en": `"{member}" is not a language tag without extensions or private-use parts, such as en, fr or fr-CA`,
		"fr": `"{member}" n’est pas une étiquette de langue sans extensions ni parties à usage privé, comme en, fr ou fr-CA`}},
	{ID: CodeUnsupported, Severity: finding.Error, Title: map[string]string{"en": "Unsupported format version", "fr": "Version de format non prise en charge"}, Message: map[string]string{
		"en": `format version "{value}" cannot be read: this validator reads versions {want}`,
		"fr": `la version de format "{value}" ne peut pas être lue : ce validateur lit les versions {want}`}},
	{ID: CodeNewerMinor, Severity: finding.Warning, Title: map[string]string{"en": "Newer format version", "fr": "Version de format plus récente"}, Message: map[string]string{
		"en": `format version "{value}" is newer than this validator's ({want}): what that version added is not checked here`,
		"fr": `la version de format "{value}" est plus récente que celle de ce validateur ({want}) : ce que cette version ajoute n’est pas vérifié ici`}},
	{ID: CodeNewerMember, Severity: finding.Error, Title: map[string]string{"en": "Member of a newer version", "fr": "Membre d’une version plus récente"}, Message: map[string]string{
		"en": `member "{member}" is not part of format version {want}, which this validator checks; it may come from the document's newer version, so check the document with a validator of that version`,
		"fr": `le membre "{member}" ne fait pas partie de la version {want} du format, que vérifie ce validateur; il vient peut-être de la version plus récente du document : vérifiez-le avec un validateur de cette version`}},

	{ID: CodeDuplicateID, Severity: finding.Error, Title: map[string]string{"en": "Duplicate id", "fr": "Identifiant en double"}, Message: map[string]string{
		"en": `id "{value}" is already used at {first}; ids must be unique within their {scope:scope}`,
		"fr": `l’identifiant "{value}" est déjà utilisé à {first}; les identifiants doivent être uniques dans leur {scope:scope}`}},
	{ID: CodeIDHierarchy, Severity: finding.Warning, Title: map[string]string{"en": "Id not prefixed by its parent's", "fr": "Identifiant sans le préfixe du parent"}, Message: map[string]string{
		"en": `id "{value}" does not start with "{want}.", the id of the item it belongs to, as the plan's other dotted ids do`,
		"fr": `l’identifiant "{value}" ne commence pas par "{want}.", l’identifiant de l’élément auquel il appartient, comme les autres identifiants à points du plan`}},
	{ID: CodeUnknownInst, Severity: finding.Error, Title: map[string]string{"en": "Undeclared institution", "fr": "Institution non déclarée"}, Message: map[string]string{
		"en": `institution "{value}" is not declared in the plan's institutions`,
		"fr": `l’institution "{value}" n’est pas déclarée dans les institutions du plan`}},
	{ID: CodePeriodOrder, Severity: finding.Error, Title: map[string]string{"en": "Period ends before it starts", "fr": "Période qui se termine avant de commencer"}, Message: map[string]string{
		"en": `the period starts ({value}) after it ends ({want})`,
		"fr": `la période commence ({value}) après sa fin ({want})`}},
	{ID: CodeExtensionOrder, Severity: finding.Error, Title: map[string]string{"en": "Extension shortens the plan", "fr": "Prolongation qui écourte le plan"}, Message: map[string]string{
		"en": `the extension ends the plan in {value}, before its previous end ({want})`,
		"fr": `la prolongation fait se terminer le plan en {value}, avant sa fin précédente ({want})`}},
	{ID: CodeOutsidePlan, Severity: finding.Warning, Title: map[string]string{"en": "Deadline outside the plan", "fr": "Échéance hors du plan"}, Message: map[string]string{
		"en": `deadline {value} is outside the plan's period, {want}`,
		"fr": `l’échéance {value} est hors de la période du plan, {want}`}},
	{ID: CodeMissingLang, Severity: finding.Warning, Title: map[string]string{"en": "Text missing a language", "fr": "Version linguistique manquante"}, Message: map[string]string{
		"en": `the text has no version, or only a blank one, in {value}{more? and {more} more}; the document declares {want}{wantMore? and {wantMore} more}`,
		"fr": `le texte n’a pas de version, ou seulement une version vide, dans la ou les langues suivantes : {value}{more? et {more} autres}; le document déclare {want}{wantMore? et {wantMore} autres}`}},
	{ID: CodeUndeclaredLang, Severity: finding.Warning, Title: map[string]string{"en": "Undeclared language", "fr": "Langue non déclarée"}, Message: map[string]string{
		"en": `the text has a {value} version, a language the document does not declare ({want}{wantMore? and {wantMore} more})`,
		"fr": `le texte a une version {value}, une langue que le document ne déclare pas ({want}{wantMore? et {wantMore} autres})`}},
	{ID: CodeTagCase, Severity: finding.Notice, Title: map[string]string{"en": "Tag not in canonical form", "fr": "Étiquette non canonique"}, Message: map[string]string{
		"en": `tag "{value}" is not in canonical form; write "{want}"`,
		"fr": `l’étiquette "{value}" n’est pas sous sa forme canonique; écrivez "{want}"`}},
	{ID: CodeDuplicateLang, Severity: finding.Error, Title: map[string]string{"en": "Language given twice", "fr": "Langue donnée deux fois"}, Message: map[string]string{
		"en": `one language is given twice, as "{value}" and "{other}": language tags are case-insensitive, so keep one`,
		"fr": `une même langue est donnée deux fois, sous "{value}" et "{other}" : la casse des étiquettes de langue ne compte pas, gardez-en une`}},
	{ID: CodeNoRuleSet, Severity: finding.Notice, Title: map[string]string{"en": "No rule set for the plan", "fr": "Aucun ensemble de règles pour le plan"}, Message: map[string]string{
		"en": `no rule set of profile "{profile}" applies to plan "{id}", so none of its rules was checked; name one to check the plan with: {want}`,
		"fr": `aucun ensemble de règles du profil "{profile}" ne s’applique au plan "{id}" : aucune de ses règles n’a été vérifiée; nommez-en un pour vérifier le plan : {want}`}},

	{ID: CodeWorkbook, Severity: finding.Error, Title: map[string]string{"en": "Unreadable workbook", "fr": "Classeur illisible"}, Message: map[string]string{
		"en": `the workbook cannot be read as the format's layout: {reason:sheet.reason}{name? ("{name}")}{limit? (more than {limit} {unit:sheet.unit})}{detail?: {detail}}`,
		"fr": `le classeur ne peut pas être lu selon la disposition du format : {reason:sheet.reason}{name? ("{name}")}{limit? (plus de {limit} {unit:sheet.unit})}{detail? : {detail}}`}},
}

// words are the words the templates of [codes] look up: {want:type} is
// "type.<want>".
var words = map[string]map[string]string{
	"scope.document": {"en": "document", "fr": "document"},
	"scope.plan":     {"en": "plan", "fr": "plan"},

	"type.object":  {"en": "an object", "fr": "un objet"},
	"type.array":   {"en": "an array", "fr": "un tableau"},
	"type.string":  {"en": "a string", "fr": "une chaîne"},
	"type.number":  {"en": "a number", "fr": "un nombre"},
	"type.integer": {"en": "an integer", "fr": "un entier"},
	"type.boolean": {"en": "true or false", "fr": "true ou false"},
	"type.null":    {"en": "null", "fr": "null"},

	// What a right value looks like, for each rule a pattern checks: a
	// schema definition, or a type and member.
	"form.Date": {
		"en": "a date written YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-21 to YYYY-41 for a season, quarter or half (EDTF), that exists",
		"fr": "une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ, ou AAAA-21 à AAAA-41 pour une saison, un trimestre ou un semestre (EDTF), qui existe"},
	"form.Id": {
		"en": "an id made of letters and digits joined by single dots, hyphens or underscores, such as C10.7.2 or tbs-sct",
		"fr": "un identifiant fait de lettres et de chiffres joints par un point, un trait d’union ou un trait de soulignement, comme C10.7.2 ou tbs-sct"},
	"form.LanguageTag": {
		"en": "a language tag without extensions or private-use parts, such as en, fr or fr-CA",
		"fr": "une étiquette de langue sans extensions ni parties à usage privé, comme en, fr ou fr-CA"},
	"form.PolicyArea": {
		"en": "a policy area code in lower case words joined by hyphens, such as open-data",
		"fr": "un code de domaine d’action en mots minuscules joints par des traits d’union, comme open-data"},
	"form.Address": {
		"en": "an http or https address",
		"fr": "une adresse http ou https"},
	"form.Member.country": {
		"en": "an ISO 3166-1 country code of two capital letters, such as CA",
		"fr": "un code de pays ISO 3166-1 de deux majuscules, comme CA"},
	"form.Member.subdivision": {
		"en": "an ISO 3166-2 subdivision code such as CA-QC",
		"fr": "un code de subdivision ISO 3166-2 comme CA-QC"},
	"form.Publisher.email": {
		"en": "an email address",
		"fr": "une adresse de courriel"},
	"form.Package.$schema": {
		"en": "an address without spaces",
		"fr": "une adresse sans espaces"},
	"form.other": {
		"en": "in the form the schema requires",
		"fr": "de la forme exigée par le schéma"},

	// Where the input stops being JSON.
	"syntax.bom": {
		"en": "the file starts with a byte order mark (BOM); save it as UTF-8 without one",
		"fr": "le fichier commence par une marque d’ordre d’octets (BOM); enregistrez-le en UTF-8 sans BOM"},
	"syntax.utf16": {
		"en": "the file looks like UTF-16 text; the format is JSON in UTF-8: save it as UTF-8",
		"fr": "le fichier semble être du texte en UTF-16; le format est du JSON en UTF-8 : enregistrez-le en UTF-8"},
	"syntax.yaml": {
		"en": "the file looks like YAML; the format is JSON: convert it, for example with yq -o json",
		"fr": "le fichier semble être du YAML; le format est du JSON : convertissez-le, par exemple avec yq -o json"},
	"syntax.zip": {
		"en": "the file looks like a workbook or another zip archive; the format is JSON: read a workbook as a workbook (its layout is the format's spreadsheet layout), or convert it to JSON",
		"fr": "le fichier semble être un classeur ou une autre archive zip; le format est du JSON : lisez un classeur comme un classeur (sa disposition est celle du format en tableur), ou convertissez-le en JSON"},
	"syntax.empty":  {"en": "the file is empty", "fr": "le fichier est vide"},
	"syntax.other":  {"en": "the file is not JSON", "fr": "le fichier n’est pas du JSON"},
	"syntax.at-end": {"en": "the file ends in the middle of a value", "fr": "le fichier s’arrête au milieu d’une valeur"},
	"syntax.value": {
		"en": "an unexpected character where a value should start",
		"fr": "un caractère inattendu là où devrait commencer une valeur"},
	"syntax.name": {
		"en": "an unexpected character where a member name in double quotes should start",
		"fr": "un caractère inattendu là où devrait commencer un nom de membre entre guillemets droits"},
	"syntax.after-name": {
		"en": "an unexpected character after a member name, where a colon should be",
		"fr": "un caractère inattendu après un nom de membre, là où devrait se trouver un deux-points"},
	"syntax.after-member": {
		"en": "an unexpected character after a member, where a comma or } should be",
		"fr": "un caractère inattendu après un membre, là où devrait se trouver une virgule ou }"},
	"syntax.after-element": {
		"en": "an unexpected character after a list item, where a comma or ] should be",
		"fr": "un caractère inattendu après un élément de liste, là où devrait se trouver une virgule ou ]"},
	"syntax.after-document": {
		"en": "there is more after the document's value",
		"fr": "il y a autre chose après la valeur du document"},
	"syntax.string": {
		"en": "a control character inside a string; write it as an escape such as \\n",
		"fr": "un caractère de contrôle dans une chaîne; écrivez-le sous forme d’échappement comme \\n"},
	"syntax.escape": {
		"en": "an invalid escape in a string; after \\ come only \" \\ / b f n r t or u and four hex digits",
		"fr": "un échappement invalide dans une chaîne; après \\ ne viennent que \" \\ / b f n r t ou u et quatre chiffres hexadécimaux"},
	"syntax.number": {
		"en": "an unexpected character in a number",
		"fr": "un caractère inattendu dans un nombre"},
}

func init() {
	finding.Register(codes...)
	finding.Register(deadlineCodes...)
	finding.RegisterWords(words)
}
