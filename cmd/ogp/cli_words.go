package main

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/finding"
)

// The words and messages of the command line, in every language it
// speaks: column headings and phrases are words ("cli.<command>.<word>"),
// messages that hold values are codes of package finding, put into words
// by say. French typography comes with the registration.
func init() {
	finding.RegisterWords(map[string]map[string]string{
		"cli.or": {"en": "or", "fr": "ou"},

		// What a command misses: "missing file".
		"cli.arg.file":    {"en": "file", "fr": "fichier"},
		"cli.arg.text":    {"en": "deadline text", "fr": "texte d’échéance"},
		"cli.arg.command": {"en": "command", "fr": "commande"},
		"cli.arg.rows":    {"en": "--rows", "fr": "--rows"},

		"cli.validate.valid":   {"en": "valid", "fr": "valide"},
		"cli.validate.invalid": {"en": "not valid", "fr": "non valide"},

		"cli.deadline.text":            {"en": "TEXT", "fr": "TEXTE"},
		"cli.deadline.kind":            {"en": "KIND", "fr": "TYPE"},
		"cli.deadline.date":            {"en": "DATE", "fr": "DATE"},
		"cli.deadline.due":             {"en": "DUE", "fr": "ÉCHÉANCE"},
		"cli.deadline.plan-end":        {"en": "the plan's end", "fr": "la fin du plan"},
		"cli.deadline.dates":           {"en": "ALL DATES", "fr": "TOUTES LES DATES"},
		"cli.deadline.role.due":        {"en": "due", "fr": "échéance"},
		"cli.deadline.role.interim":    {"en": "interim", "fr": "étape"},
		"cli.deadline.role.until":      {"en": "until", "fr": "jusqu’à"},
		"cli.deadline.role.reference":  {"en": "what it is about", "fr": "objet"},
		"cli.deadline.role.start":      {"en": "start", "fr": "début"},
		"cli.deadline.role.superseded": {"en": "superseded", "fr": "remplacée"},

		"cli.overdue.file":      {"en": "FILE", "fr": "FICHIER"},
		"cli.overdue.plan":      {"en": "PLAN", "fr": "PLAN"},
		"cli.overdue.item":      {"en": "ITEM", "fr": "ÉLÉMENT"},
		"cli.overdue.deadline":  {"en": "DEADLINE", "fr": "ÉCHÉANCE"},
		"cli.overdue.due":       {"en": "DUE", "fr": "DATE LIMITE"},
		"cli.overdue.days-late": {"en": "DAYS LATE", "fr": "JOURS DE RETARD"},
		"cli.overdue.status":    {"en": "STATUS", "fr": "ÉTAT"},
		"cli.overdue.reported":  {"en": "REPORTED", "fr": "RAPPORT"},

		"cli.extend.plan":   {"en": "PLAN", "fr": "PLAN"},
		"cli.extend.item":   {"en": "ITEM", "fr": "ÉLÉMENT"},
		"cli.extend.old":    {"en": "OLD", "fr": "ANCIENNE"},
		"cli.extend.new":    {"en": "NEW", "fr": "NOUVELLE"},
		"cli.extend.reason": {"en": "REASON", "fr": "MOTIF"},
		"cli.extend.detail": {"en": "DETAIL", "fr": "DÉTAIL"},
		// The reasons of deadline.Change, by code: English shows the code.
		"cli.extend.reason.moved":            {"en": "moved", "fr": "déplacée"},
		"cli.extend.reason.capped":           {"en": "capped", "fr": "plafonnée"},
		"cli.extend.reason.override":         {"en": "override", "fr": "dérogation"},
		"cli.extend.reason.kept":             {"en": "kept", "fr": "maintenue"},
		"cli.extend.reason.already-extended": {"en": "already-extended", "fr": "déjà prolongée"},
		"cli.extend.reason.no-date":          {"en": "no-date", "fr": "sans date"},
		"cli.extend.reason.done":             {"en": "done", "fr": "terminée"},
		"cli.extend.reason.outside-window":   {"en": "outside-window", "fr": "hors fenêtre"},
		"cli.extend.reason.not-later":        {"en": "not-later", "fr": "pas plus tard"},

		// Why a file cannot be read or written, by the key ioMessage
		// finds; English is the system's own text.
		"cli.io.op.open":              {"en": "open", "fr": "ouverture de"},
		"cli.io.op.read":              {"en": "read", "fr": "lecture de"},
		"cli.io.op.write":             {"en": "write", "fr": "écriture de"},
		"cli.io.op.stat":              {"en": "stat", "fr": "accès à"},
		"cli.io.op.mkdir":             {"en": "mkdir", "fr": "création du dossier"},
		"cli.io.op.createtemp":        {"en": "create a temporary file in", "fr": "création d’un fichier temporaire dans"},
		"cli.io.op.sync":              {"en": "sync", "fr": "synchronisation de"},
		"cli.io.op.close":             {"en": "close", "fr": "fermeture de"},
		"cli.io.op.chmod":             {"en": "chmod", "fr": "changement des droits de"},
		"cli.io.op.rename":            {"en": "rename", "fr": "renommage en"},
		"cli.io.op.lstat":             {"en": "lstat", "fr": "accès à"},
		"cli.io.op.readdirent":        {"en": "read folder", "fr": "lecture du dossier"},
		"cli.io.reason.not-exist":     {"en": "no such file or directory", "fr": "fichier ou dossier introuvable"},
		"cli.io.reason.permission":    {"en": "permission denied", "fr": "permission refusée"},
		"cli.io.reason.exist":         {"en": "file exists", "fr": "le fichier existe déjà"},
		"cli.io.reason.not-directory": {"en": "not a directory", "fr": "n’est pas un dossier"},
		"cli.io.reason.is-directory":  {"en": "is a directory", "fr": "est un dossier"},
		"cli.io.reason.no-space":      {"en": "no space left on device", "fr": "plus d’espace sur le périphérique"},
		"cli.io.reason.broken-pipe":   {"en": "broken pipe", "fr": "tube rompu"},
		"cli.io.reason.name-too-long": {"en": "file name too long", "fr": "nom de fichier trop long"},
		"cli.io.reason.io":            {"en": "input/output error", "fr": "erreur d’entrée-sortie"},
		"cli.io.reason.loop":          {"en": "too many levels of symbolic links", "fr": "trop de niveaux de liens symboliques"},
		"cli.io.reason.read-only":     {"en": "read-only file system", "fr": "système de fichiers en lecture seule"},
		"cli.io.reason.other":         {"en": "system error", "fr": "erreur du système"},

		// The headings of usage and help.
		"cli.usage.usage":        {"en": "usage", "fr": "utilisation"},
		"cli.usage.commands":     {"en": "commands", "fr": "commandes"},
		"cli.usage.flags":        {"en": "flags", "fr": "options"},
		"cli.usage.global-flags": {"en": "global flags", "fr": "options globales"},
		"cli.usage.more":         {"en": `Run "CMD <command> -h" for a command's flags.`, "fr": `Lancez "CMD <commande> -h" pour les options d’une commande.`},
	})
	usage := func(id, titleEN, titleFR, en, fr string) finding.Code {
		return finding.Code{ID: id, Severity: finding.Error,
			Title:   map[string]string{"en": titleEN, "fr": titleFR},
			Message: map[string]string{"en": en, "fr": fr}}
	}
	// The details of deadline.Change say what happened: nothing wrong.
	detail := func(id, en, fr string) finding.Code {
		return finding.Code{ID: id, Severity: finding.OK, Message: map[string]string{"en": en, "fr": fr}}
	}
	finding.Register(
		finding.Code{ID: "file.unreadable", Severity: finding.Error,
			Title: map[string]string{"en": "File not readable", "fr": "Fichier illisible"},
			Message: map[string]string{"en": "the file cannot be read: {reason:cli.io.reason}{detail? ({detail})}",
				"fr": "le fichier ne peut pas être lu : {reason:cli.io.reason}{detail? ({detail})}"}},
		finding.Code{ID: "file.empty-folder", Severity: finding.Error,
			Title: map[string]string{"en": "Empty folder", "fr": "Dossier vide"},
			Message: map[string]string{"en": "the folder holds no {want} file",
				"fr": "le dossier ne contient aucun fichier {want}"}},
		usage("cli.unknown-command", "Unknown command", "Commande inconnue",
			`unknown command "{command}"{suggestion? (did you mean {suggestion}?)}`,
			`commande inconnue "{command}"{suggestion? (vouliez-vous dire {suggestion} ?)}`),
		usage("cli.unknown-flag", "Unknown flag", "Option inconnue", "unknown flag {flag}", "option inconnue {flag}"),
		usage("cli.two-dashes", "One dash for a long flag", "Un seul tiret pour une option longue",
			"a long flag takes two dashes: {flag}", "une option longue prend deux tirets : {flag}"),
		usage("cli.flag-needs-value", "Flag without a value", "Option sans valeur", "--{flag} needs a value", "--{flag} demande une valeur"),
		usage("cli.invalid-value", "Invalid flag value", "Valeur d’option non valide",
			`invalid --{flag} "{value}"{detail? ({detail})}`,
			`valeur non valide pour --{flag} : "{value}"{detail? ({detail})}`),
		usage("cli.export.which-plan", "Which plan", "Quel plan",
			`the document has no plan "{id}"; --id names the plan to export when the document has several`,
			`le document n’a pas de plan "{id}"; --id nomme le plan à exporter quand le document en a plusieurs`),
		usage("cli.missing", "Missing argument", "Argument manquant", "missing {what:cli.arg}", "{what:cli.arg} manquant"),
		usage("cli.extra-argument", "Unexpected argument", "Argument inattendu", `unexpected argument "{value}"`, `argument inattendu "{value}"`),
		usage("cli.positive", "Limit not positive", "Limite non positive", "--{flag} must be positive", "--{flag} doit être positif"),
		usage("cli.stdin-twice", "Standard input given twice", "Entrée standard donnée deux fois",
			`"-", standard input, can be given once`, `"-", l’entrée standard, ne peut être donné qu’une fois`),
		usage("cli.fmt.stdin-in-place", "Standard input rewritten", "Entrée standard réécrite",
			"-w cannot rewrite standard input", "-w ne peut pas réécrire l’entrée standard"),
		usage("cli.sheet.one-output", "Output not given once", "Sortie non donnée une fois",
			"give one of -o and --csv", "donnez soit -o, soit --csv"),
		usage("cli.one-document", "Several documents", "Plusieurs documents",
			"the command reads one document; the arguments name {n}",
			"la commande lit un seul document ; les arguments en désignent {n}"),
		usage("cli.validate.annotate", "Annotation of several files", "Annotation de plusieurs fichiers",
			"--annotate takes one workbook (.xlsx) to validate", "--annotate prend un seul classeur (.xlsx) à valider"),
		detail("cli.count.none", "no findings", "aucun constat"),
		detail("cli.count.one", "1 finding", "1 constat"),
		detail("cli.count.many", "{n} findings", "{n} constats"),
		detail("cli.count.listed", "{n} findings ({listed} listed)", "{n} constats ({listed} énumérés)"),
		detail("cli.count.listed-one", "{n} findings (1 listed)", "{n} constats (1 énuméré)"),
		detail("cli.progress", "{done}/{total} files, {rate} MB/s", "{done}/{total} fichiers, {rate} Mo/s"),
		usage("cli.invalid-choice", "Invalid flag value", "Valeur d’option non valide",
			`invalid --{flag} "{value}": want {want}`,
			`valeur non valide pour --{flag} : "{value}" ; attendu : {want}`),
		usage("cli.io", "Input or output error", "Erreur d’entrée ou de sortie",
			"{op:cli.io.op} {path}: {reason:cli.io.reason}{detail? ({detail})}",
			"{op:cli.io.op} {path} : {reason:cli.io.reason}{detail? ({detail})}"),
		usage("cli.undecodable", "Document not readable", "Document illisible",
			"the document does not decode: {detail}",
			"le document ne peut pas être lu : {detail}"),
		usage("cli.deadline.fiscal-year-end", "Invalid fiscal year end", "Fin d’exercice non valide",
			"invalid --fiscal-year-end {value}: want a month from 1 to 12, or 0 for none",
			"valeur non valide pour --fiscal-year-end : {value} ; attendu : un mois de 1 à 12, ou 0 pour aucun"),
		usage("cli.extend.to-needs-decision", "New end without a decision", "Nouvelle fin sans décision",
			"--to needs --id and --authority: a new end is another decision than the policy's",
			"--to demande --id et --authority : une nouvelle fin est une autre décision que celle de la politique"),
		detail("cli.deadline.quoted", `"{text}"`, `"{text}"`),
		detail("cli.deadline.every", "every{one? month}{months? {months} months}{until? until {until}}", "tous les{one? mois}{months? {months} mois}{until? jusqu’en {until}}"),
		detail("cli.overdue.cannot-tell", "Cannot tell when these are due ({count})", "Impossible de dire quand ces éléments sont dus ({count})"),
	)
}

// say returns the message of the command line's code in lang, filled in
// with args, given as name, value pairs.
func say(lang, code string, args ...string) string {
	return finding.New(code, "", args...).Message(lang)
}

// headings returns the heading row of a table of command cmd, in lang:
// the words "cli.<cmd>.<column>", separated by tabs.
func headings(lang, cmd string, columns ...string) string {
	words := make([]string, len(columns))
	for i, c := range columns {
		words[i] = finding.Word(lang, "cli."+cmd+"."+c)
	}
	return strings.Join(words, "\t")
}

// choice returns a usage error when value, given for the flag name, is not
// one of allowed: invalid --hemisphere "sud": want north or south.
func (e *env) choice(name, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return e.usage("cli.invalid-choice", "flag", name, "value", value, "want", orList(e.lang, allowed))
}

// choiceFlag defines the flag name of c, whose value is one of allowed,
// the first by default, and tells the shells the values to complete.
func choiceFlag(c *cobra.Command, name, usage string, allowed ...string) *string {
	v := c.Flags().String(name, allowed[0], usage+": "+orList("en", allowed))
	complete(c, name, allowed...)
	return v
}

// orList returns "a, b or c" in lang.
func orList(lang string, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + finding.Word(lang, "cli.or") + " " + items[len(items)-1]
}

// ioReasons are the reasons of I/O errors that have words, by key.
var ioReasons = []struct {
	key string
	err error
}{
	{"not-exist", fs.ErrNotExist},
	{"permission", fs.ErrPermission},
	{"exist", fs.ErrExist},
	{"not-directory", syscall.ENOTDIR},
	{"is-directory", syscall.EISDIR},
	{"no-space", syscall.ENOSPC},
	{"broken-pipe", syscall.EPIPE},
	{"name-too-long", syscall.ENAMETOOLONG},
	{"io", syscall.EIO},
	{"loop", syscall.ELOOP},
	{"read-only", syscall.EROFS},
}

// ioMessage returns err, an error reading or writing a file, in lang: an
// operation on a path and why it failed, such as "open plan.json: no such
// file or directory". A reason without words is "other", with the
// system's text after it.
func ioMessage(lang string, err error) string {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
	case errors.As(err, &le):
		pe = &fs.PathError{Op: le.Op, Path: le.New, Err: le.Err}
	default:
		return err.Error()
	}
	reason, detail := ioReason(pe.Err)
	return say(lang, "cli.io", "op", pe.Op, "path", pe.Path, "reason", reason, "detail", detail)
}

// ioReason returns the key of the words of err's reason ("not-exist"), or
// "other" and the system's text when it has none.
func ioReason(err error) (key, detail string) {
	for _, r := range ioReasons {
		if errors.Is(err, r.err) {
			return r.key, ""
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return "other", err.Error()
}
