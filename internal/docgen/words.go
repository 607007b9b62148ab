package docgen

import (
	"math/rand/v2"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// phrase is one phrase in English and in French. Every list below is
// parallel, so that a sentence built from the same choices reads as a
// translation in each language. Languages other than French get the English
// phrase.
type phrase [2]string

func (p phrase) in(lang string) string {
	if lang == "fr" || strings.HasPrefix(lang, "fr-") {
		return p[1]
	}
	return p[0]
}

// The words of commitments, in the manner of Canada's 2018-2020 plan.
var (
	themes = []phrase{
		{"Open science", "Science ouverte"},
		{"Financial transparency and accountability", "Transparence financière et reddition de comptes"},
		{"User-friendly open government", "Gouvernement ouvert facile à comprendre"},
		{"Corporate transparency", "Transparence des entreprises"},
		{"Digital government and services", "Gouvernement et services numériques"},
		{"Feminist and inclusive dialogue", "Dialogue féministe et inclusif"},
		{"Reconciliation and open government", "Réconciliation et gouvernement ouvert"},
		{"Open government community", "Collectivité du gouvernement ouvert"},
		{"Healthy democracy", "Démocratie saine"},
		{"Open data for results", "Données ouvertes axées sur les résultats"},
		{"Access to information reform", "Réforme de l’accès à l’information"},
		{"Transparent regulation", "Réglementation transparente"},
	}
	actions = []phrase{
		{"Publish", "Publier"},
		{"Launch", "Lancer"},
		{"Develop", "Élaborer"},
		{"Review", "Examiner"},
		{"Expand", "Élargir"},
		{"Update", "Mettre à jour"},
		{"Pilot", "Mettre à l’essai"},
		{"Promote", "Promouvoir"},
		{"Strengthen", "Renforcer"},
		{"Consult Canadians on", "Consulter les Canadiens sur"},
	}
	subjects = []phrase{
		{"The department", "Le ministère"},
		{"The working group", "Le groupe de travail"},
		{"The project team", "L’équipe du projet"},
		{"The secretariat", "Le secrétariat"},
		{"The branch", "La direction générale"},
		{"The advisory committee", "Le comité consultatif"},
		{"The open government team", "L’équipe du gouvernement ouvert"},
		{"Each partner institution", "Chaque institution partenaire"},
	}
	verbs = []phrase{
		{"published", "a publié"},
		{"reviewed", "a examiné"},
		{"launched", "a lancé"},
		{"updated", "a mis à jour"},
		{"drafted", "a rédigé"},
		{"completed", "a achevé"},
		{"expanded", "a élargi"},
		{"presented", "a présenté"},
		{"began work on", "a amorcé les travaux sur"},
		{"consulted stakeholders on", "a consulté les intervenants au sujet de"},
	}
	objects = []phrase{
		{"the open data portal", "le portail de données ouvertes"},
		{"a first version of the guide", "une première version du guide"},
		{"the metadata standard", "la norme de métadonnées"},
		{"the inventory of data holdings", "l’inventaire des fonds de données"},
		{"the information management system", "le système de gestion de l’information"},
		{"an implementation plan", "un plan de mise en œuvre"},
		{"the guidelines on access to information", "les lignes directrices sur l’accès à l’information"},
		{"the training programme", "le programme de formation"},
		{"the public participation strategy", "la stratégie de participation du public"},
		{"a prototype of federated search", "un prototype de recherche fédérée"},
		{"the common core elements", "les éléments communs de base"},
		{"the beneficial ownership registry", "le registre de la propriété effective"},
		{"the French-language content", "le contenu en français"},
		{"the reporting tool", "l’outil de production de rapports"},
	}
	tails = []phrase{
		{"with the provinces and territories", "avec les provinces et les territoires"},
		{"before the end of the quarter", "avant la fin du trimestre"},
		{"in both official languages", "dans les deux langues officielles"},
		{"across the Government of Canada", "à l’échelle du gouvernement du Canada"},
		{"in collaboration with civil society", "en collaboration avec la société civile"},
		{"thanks to the comments received", "grâce aux commentaires reçus"},
		{"during the fiscal year", "au cours de l’exercice financier"},
		{"to make access easier for Canadians", "pour faciliter l’accès des Canadiens"},
		{"in the same way as the previous models", "à la façon des modèles précédents"},
		{"after a second round of testing", "après une deuxième série d’essais"},
	}
	obstacles = []phrase{
		{"Limited staff capacity", "La capacité limitée du personnel"},
		{"A delay in procurement", "Un retard dans l’approvisionnement"},
		{"A hiring freeze", "Un gel de l’embauche"},
		{"Competition between priorities", "La concurrence entre les priorités"},
		{"A change in the scope of the project", "Un changement de la portée du projet"},
		{"A problem with the legacy system", "Un problème lié à l’ancien système"},
	}
	hinders = []phrase{
		{"slowed work on", "a ralenti les travaux sur"},
		{"delayed", "a retardé"},
		{"limited progress on", "a limité les progrès sur"},
		{"postponed the launch of", "a reporté le lancement de"},
	}
	evidence = []phrase{
		{"Annual report", "Rapport annuel"},
		{"Meeting minutes", "Procès-verbal de la réunion"},
		{"Published guidance", "Orientation publiée"},
		{"Dataset on the open data portal", "Jeu de données sur le portail de données ouvertes"},
		{"Summary of what we heard", "Résumé de ce que nous avons entendu"},
	}
)

// prose builds texts in every language from the same random choices.
type prose struct {
	r     *rand.Rand
	langs []string
}

// pick returns a random phrase of list.
func (p *prose) pick(list []phrase) phrase { return list[p.r.IntN(len(list))] }

// text returns a Text holding, in every language, parts joined by spaces.
func (p *prose) text(parts ...phrase) ogp.Text {
	t := make(ogp.Text, len(p.langs))
	for _, lang := range p.langs {
		var b strings.Builder
		for i, ph := range parts {
			if i > 0 && !strings.HasPrefix(ph.in(lang), ".") {
				b.WriteByte(' ')
			}
			b.WriteString(ph.in(lang))
		}
		t[lang] = b.String()
	}
	return t
}

var stop = phrase{".", "."}

// sentence appends a statement of work done to parts.
func (p *prose) sentence(parts []phrase) []phrase {
	parts = append(parts, p.pick(subjects), p.pick(verbs), p.pick(objects))
	if p.r.IntN(3) > 0 {
		parts = append(parts, p.pick(tails))
	}
	return append(parts, stop)
}

// obstacle appends a statement of what stands in the way to parts.
func (p *prose) obstacle(parts []phrase) []phrase {
	parts = append(parts, p.pick(obstacles), p.pick(hinders), p.pick(objects))
	if p.r.IntN(2) == 0 {
		parts = append(parts, p.pick(tails))
	}
	return append(parts, stop)
}

// paragraph returns lo to hi sentences made by add.
func (p *prose) paragraph(lo, hi int, add func([]phrase) []phrase) ogp.Text {
	var parts []phrase
	for range lo + p.r.IntN(hi-lo+1) {
		parts = add(parts)
	}
	return p.text(parts...)
}

// title returns a short imperative title: "Publish the metadata standard".
func (p *prose) title() ogp.Text {
	parts := []phrase{p.pick(actions), p.pick(objects)}
	if p.r.IntN(4) == 0 {
		parts = append(parts, p.pick(tails))
	}
	return p.text(parts...)
}
