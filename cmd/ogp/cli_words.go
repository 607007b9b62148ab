package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/ogpx/interchange/finding"
)

// The words and messages of the command line, in every language it
// speaks: column headings and phrases are words ("cli.<command>.<word>"),
// messages that hold values are codes of package finding, put into words
// by say. French typography comes with the registration.
func init() {
	maxBytes := strconv.Itoa(maxInput)
	finding.RegisterWords(map[string]map[string]string{
		"cli.colon": {"en": ": ", "fr": " : "},
		"cli.or":    {"en": "or", "fr": "ou"},

		"cli.deadline.text":     {"en": "TEXT", "fr": "TEXTE"},
		"cli.deadline.kind":     {"en": "KIND", "fr": "TYPE"},
		"cli.deadline.date":     {"en": "DATE", "fr": "DATE"},
		"cli.deadline.due":      {"en": "DUE", "fr": "ÉCHÉANCE"},
		"cli.deadline.plan-end": {"en": "the plan's end", "fr": "la fin du plan"},

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
		"cli.io.reason.not-exist":     {"en": "no such file or directory", "fr": "fichier ou dossier introuvable"},
		"cli.io.reason.permission":    {"en": "permission denied", "fr": "permission refusée"},
		"cli.io.reason.exist":         {"en": "file exists", "fr": "le fichier existe déjà"},
		"cli.io.reason.not-directory": {"en": "not a directory", "fr": "n’est pas un dossier"},
		"cli.io.reason.is-directory":  {"en": "is a directory", "fr": "est un dossier"},
		"cli.io.reason.too-large":     {"en": "larger than " + maxBytes + " bytes", "fr": "plus de " + maxBytes + " octets"},
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
		usage("cli.invalid-choice", "Invalid flag value", "Valeur d’option non valide",
			`invalid --{flag} "{value}": want {want}`,
			`valeur non valide pour --{flag} : "{value}" ; attendu : {want}`),
		usage("cli.io", "Input or output error", "Erreur d’entrée ou de sortie",
			"{op:cli.io.op} {path}: {reason:cli.io.reason}",
			"{op:cli.io.op} {path} : {reason:cli.io.reason}"),
		usage("cli.undecodable", "Document not readable", "Document illisible",
			"the document does not decode: {detail}",
			"le document ne peut pas être lu : {detail}"),
		usage("cli.deadline.fiscal-year-end", "Invalid fiscal year end", "Fin d’exercice non valide",
			"invalid --fiscal-year-end {value}: want a month from 1 to 12, or 0 for none",
			"valeur non valide pour --fiscal-year-end : {value} ; attendu : un mois de 1 à 12, ou 0 pour aucun"),
		usage("cli.extend.to-needs-decision", "New end without a decision", "Nouvelle fin sans décision",
			"--to needs --id and --authority: a new end is another decision than the policy's",
			"--to demande --id et --authority : une nouvelle fin est une autre décision que celle de la politique"),
		detail("cli.extend.moved", "{months} months later", "{months} mois plus tard"),
		detail("cli.extend.new-end", "to the plan's new end", "à la nouvelle fin du plan"),
		detail("cli.extend.capped", "capped at {date}", "plafonnée à {date}"),
		detail("cli.extend.override", "where an override says", "où le dit une dérogation"),
		detail("cli.extend.kept", "kept by an override", "maintenue par une dérogation"),
		detail("cli.extend.already-extended", "moved from {date} by {id}", "déplacée de {date} par {id}"),
		detail("cli.extend.no-date", "no date: due with the plan's end, {date}", "sans date : échéance à la fin du plan, {date}"),
		detail("cli.extend.done", "{status} in {period}", "{status} en {period}"),
		detail("cli.extend.outside-window", "{date}, outside {from}..{to}", "{date}, hors de {from}..{to}"),
		detail("cli.extend.not-later", "its new date would not be later", "sa nouvelle date ne serait pas plus tardive"),
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

// langFlag defines the --lang flag of fs.
func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "en", "the `language` of the messages: "+orList("en", finding.Languages())+", or a regional tag such as fr-CA")
}

// complain writes "ogp CMD: MSG" to standard error, in lang's typography.
func (e *env) complain(lang, cmd, msg string) {
	fmt.Fprintf(e.stderr, "ogp %s%s%s\n", cmd, finding.Word(lang, "cli.colon"), msg)
}

// checkLang reports whether lang, given to --lang of command cmd, is a
// language the messages exist in. When it is not, it says so, in English.
func (e *env) checkLang(cmd, lang string) bool {
	return finding.Supported(lang) || e.checkChoice("en", cmd, "lang", lang, finding.Languages()...)
}

// checkChoice reports whether value, given for the flag name of command
// cmd, is one of allowed. When it is not, it says so on standard error, in
// lang: ogp deadline: invalid --hemisphere "sud": want north or south.
func (e *env) checkChoice(lang, cmd, name, value string, allowed ...string) bool {
	if slices.Contains(allowed, value) {
		return true
	}
	e.complain(lang, cmd, say(lang, "cli.invalid-choice", "flag", name, "value", value, "want", orList(lang, allowed)))
	return false
}

// orList returns "a, b or c" in lang.
func orList(lang string, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + finding.Word(lang, "cli.or") + " " + items[len(items)-1]
}

// errTooLarge is the reason an input larger than maxInput is not read.
var errTooLarge = errors.New("larger than " + strconv.Itoa(maxInput) + " bytes")

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
	{"too-large", errTooLarge},
}

// ioMessage returns err, an error reading or writing a file, in lang: an
// operation on a path and why it failed, such as "open plan.json: no such
// file or directory". A reason without words stays the system's.
func ioMessage(lang string, err error) string {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	reason := pe.Err.Error()
	for _, r := range ioReasons {
		if errors.Is(pe.Err, r.err) {
			reason = r.key
			break
		}
	}
	return say(lang, "cli.io", "op", pe.Op, "path", pe.Path, "reason", reason)
}
