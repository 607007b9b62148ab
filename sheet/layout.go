package sheet

import (
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// kind is how a member of the model is laid out in cells.
type kind uint8

const (
	kString   kind = iota // one cell, the string as it is (ids, codes, dates)
	kInt                  // one cell, an integer written in digits
	kText                 // one cell per language: name_en, name_fr, ...
	kList                 // one cell, the strings joined by "; "
	kObject               // the object's members, each in its own columns
	kChildren             // items of another sheet, whose rows name this item
)

// field is one member of an item, in the model's order.
type field struct {
	name     string
	kind     kind
	fields   []field // kObject: the object's members
	child    int     // kChildren: the sheet of the items
	required bool    // kChildren: the list is written even when it is empty
}

// sheetSpec is one sheet of the layout: one kind of item, one row each.
type sheetSpec struct {
	name    string
	parents []string // the columns that name the item's parents, plan first
	fields  []field
}

// The sheets, in the order a workbook has them.
const (
	sDocument = iota
	sPlans
	sInstitutions
	sCommitments
	sMilestones
	sIndicators
	sReports
	sExtensions
)

func str(name string) field  { return field{name: name, kind: kString} }
func text(name string) field { return field{name: name, kind: kText} }
func list(name string) field { return field{name: name, kind: kList} }
func object(name string, fields ...field) field {
	return field{name: name, kind: kObject, fields: fields}
}
func children(name string, sheet int, required bool) field {
	return field{name: name, kind: kChildren, child: sheet, required: required}
}

func deadlineField() field {
	return object("deadline", str("date"), text("text"), str("original"), str("extendedBy"))
}

// layout is the workbook's layout. Its fields follow the order of the
// model's, which is the canonical member order.
var layout = [...]sheetSpec{
	sDocument: {name: "Document", fields: []field{
		str("$schema"), str("formatVersion"),
		object("publisher", text("name"), text("url"), str("email")),
		str("published"), list("languages"), children("plans", sPlans, true),
	}},
	sPlans: {name: "Plans", fields: []field{
		str("id"),
		object("member", str("kind"), str("country"), str("subdivision"), text("name"), str("hemisphere"),
			field{name: "fiscalYearEnd", kind: kInt}),
		text("title"), text("url"),
		object("period", str("start"), str("end")),
		children("extensions", sExtensions, false), children("institutions", sInstitutions, false),
		children("commitments", sCommitments, true), children("reports", sReports, false),
	}},
	sInstitutions: {name: "Institutions", parents: []string{"plan"}, fields: []field{
		str("id"), text("name"), text("abbreviation"), text("url"),
	}},
	sCommitments: {name: "Commitments", parents: []string{"plan"}, fields: []field{
		str("id"), str("ogpId"), text("title"), text("description"),
		list("leads"), list("supporters"), list("policyAreas"), text("url"),
		children("milestones", sMilestones, false),
	}},
	sMilestones: {name: "Milestones", parents: []string{"plan", "commitment"}, fields: []field{
		str("id"), text("title"), text("fullText"), list("leads"), list("supporters"),
		deadlineField(), text("url"), children("indicators", sIndicators, false),
	}},
	sIndicators: {name: "Indicators", parents: []string{"plan", "milestone"}, fields: []field{
		str("id"), text("title"), text("fullText"), list("leads"), list("supporters"),
		deadlineField(), text("url"),
	}},
	sReports: {name: "Reports", parents: []string{"plan"}, fields: []field{
		str("target"), str("period"), str("status"),
		text("progress"), text("challenges"), text("evidence"), list("leads"),
	}},
	sExtensions: {name: "Extensions", parents: []string{"plan"}, fields: []field{
		str("id"), text("authority"), text("reason"), str("decided"),
		str("previousEnd"), str("end"), text("url"),
	}},
}

// sheetNames returns the names of the sheets of the layout, in workbook order.
// Document and Plans are required; a missing other sheet has no rows.
func sheetNames() []string {
	names := make([]string, len(layout))
	for i, s := range layout {
		names[i] = s.name
	}
	return names
}

// labels are the column headers people read, in row 1, by machine name
// (the language suffix of a text column left out).
var labels = map[string]ogp.Text{
	"plan":                 ogp.NewText("Plan", "Plan"),
	"commitment":           ogp.NewText("Commitment", "Engagement"),
	"milestone":            ogp.NewText("Milestone", "Jalon"),
	"$schema":              ogp.NewText("Schema address", "Adresse du schéma"),
	"formatVersion":        ogp.NewText("Format version", "Version du format"),
	"publisher":            ogp.NewText("Publisher", "Éditeur"),
	"publisher.name":       ogp.NewText("Publisher", "Éditeur"),
	"publisher.url":        ogp.NewText("Publisher address", "Adresse de l’éditeur"),
	"publisher.email":      ogp.NewText("Publisher e-mail", "Courriel de l’éditeur"),
	"published":            ogp.NewText("Published", "Publié le"),
	"languages":            ogp.NewText("Languages", "Langues"),
	"id":                   ogp.NewText("Id", "Identifiant"),
	"member":               ogp.NewText("Member", "Membre"),
	"member.kind":          ogp.NewText("Member kind", "Type de membre"),
	"member.country":       ogp.NewText("Country", "Pays"),
	"member.subdivision":   ogp.NewText("Subdivision", "Subdivision"),
	"member.name":          ogp.NewText("Member", "Membre"),
	"member.hemisphere":    ogp.NewText("Hemisphere", "Hémisphère"),
	"member.fiscalYearEnd": ogp.NewText("Fiscal year end (month)", "Fin de l’exercice (mois)"),
	"title":                ogp.NewText("Title", "Titre"),
	"url":                  ogp.NewText("Address", "Adresse"),
	"period":               ogp.NewText("Period", "Période"),
	"period.start":         ogp.NewText("Start", "Début"),
	"period.end":           ogp.NewText("End", "Fin"),
	"extensions":           ogp.NewText("Extensions (empty list)", "Prolongations (liste vide)"),
	"institutions":         ogp.NewText("Institutions (empty list)", "Institutions (liste vide)"),
	"reports":              ogp.NewText("Reports (empty list)", "Rapports (liste vide)"),
	"milestones":           ogp.NewText("Milestones (empty list)", "Jalons (liste vide)"),
	"indicators":           ogp.NewText("Indicators (empty list)", "Indicateurs (liste vide)"),
	"name":                 ogp.NewText("Name", "Nom"),
	"abbreviation":         ogp.NewText("Abbreviation", "Abréviation"),
	"ogpId":                ogp.NewText("OGP id", "Identifiant OGP"),
	"description":          ogp.NewText("Description", "Description"),
	"leads":                ogp.NewText("Leads", "Responsables"),
	"supporters":           ogp.NewText("Supporters", "Partenaires"),
	"policyAreas":          ogp.NewText("Policy areas", "Domaines d’action"),
	"fullText":             ogp.NewText("Full text", "Texte intégral"),
	"deadline":             ogp.NewText("Deadline (empty)", "Échéance (vide)"),
	"deadline.date":        ogp.NewText("Deadline", "Échéance"),
	"deadline.text":        ogp.NewText("Deadline as written", "Échéance telle qu’écrite"),
	"deadline.original":    ogp.NewText("Original deadline", "Échéance initiale"),
	"deadline.extendedBy":  ogp.NewText("Extended by", "Prolongée par"),
	"target":               ogp.NewText("Milestone or indicator", "Jalon ou indicateur"),
	"status":               ogp.NewText("Status", "État"),
	"progress":             ogp.NewText("Progress", "Progrès"),
	"challenges":           ogp.NewText("Challenges", "Difficultés"),
	"evidence":             ogp.NewText("Evidence", "Preuves"),
	"authority":            ogp.NewText("Authority", "Autorité"),
	"reason":               ogp.NewText("Reason", "Motif"),
	"decided":              ogp.NewText("Decided", "Décidée le"),
	"previousEnd":          ogp.NewText("Previous end", "Fin précédente"),
	"end":                  ogp.NewText("End", "Fin"),
}

// label returns the header of column c in lang: "Title (fr)" for
// title_fr. An extension member's column is headed by its name.
func label(c *column, lang string) string {
	t, ok := labels[c.path]
	if !ok {
		if c.kind == kText {
			return c.path + " (" + c.lang + ")"
		}
		return c.name
	}
	if c.kind == kText {
		return t.In(lang) + " (" + c.lang + ")"
	}
	return t.In(lang)
}

// column is one column of a sheet: what it holds and its machine name.
type column struct {
	name   string // machine name, as row 2 holds it: member.name_fr
	path   string // the member's path in the item, dotted: member.name
	ptr    string // the member's JSON Pointer in the item: /member/name/fr
	kind   kind   // kString, kInt, kText, kList; kObject and kChildren for the marker of an empty one; kExtra
	lang   string // kText: the language
	parent int    // for a parent column: its place in the sheet's parents, else -1
	extra  string // kExtra: the member's name
	obj    string // kExtra, kText...: the object path the member is in ("" for the item)
}

// kExtra is a column holding an extension member's JSON value.
const kExtra kind = 100

// pointerOf returns the JSON Pointer of a dotted path, and of a language of
// a text.
func pointerOf(path string, more ...string) string {
	var b strings.Builder
	for _, tok := range strings.Split(path, ".") {
		b.WriteByte('/')
		b.WriteString(ogp.PointerToken(tok))
	}
	for _, tok := range more {
		b.WriteByte('/')
		b.WriteString(ogp.PointerToken(tok))
	}
	return b.String()
}
