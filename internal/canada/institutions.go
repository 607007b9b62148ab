package canada

import (
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// institutions are the federal institutions the 2018-2020 plan names, with
// the slugs Canada's open data portal gives its organizations.
var institutions = []ogp.Institution{
	institution("tbs-sct", "Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", "TBS", "SCT"),
	institution("csps-efpc", "Canada School of Public Service", "École de la fonction publique du Canada", "CSPS", "ÉFPC"),
	institution("nrcan-rncan", "Natural Resources Canada", "Ressources naturelles Canada", "NRCan", "RNCan"),
	institution("statcan", "Statistics Canada", "Statistique Canada", "StatCan", "StatCan"),
	institution("esdc-edsc", "Employment and Social Development Canada", "Emploi et Développement social Canada", "ESDC", "EDSC"),
	institution("fin", "Department of Finance Canada", "Ministère des Finances Canada", "FIN", "FIN"),
	institution("pspc-spac", "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", "PSPC", "SPAC"),
	institution("ised-isde", "Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada", "ISED", "ISDE"),
	institution("pco-bcp", "Privy Council Office", "Bureau du Conseil privé", "PCO", "BCP"),
	institution("lac-bac", "Library and Archives Canada", "Bibliothèque et Archives Canada", "LAC", "BAC"),
	institution("ocsa-bcsp", "Office of the Chief Science Advisor", "Bureau du conseiller scientifique principal", "", ""),
	institution("sbda-movs", "Science-based departments and agencies", "Ministères et organismes à vocation scientifique", "SBDAs", "MOVS"),
	institution("nrc-cnrc", "National Research Council Canada", "Conseil national de recherches Canada", "NRC", "CNRC"),
	institution("eccc", "Environment and Climate Change Canada", "Environnement et Changement climatique Canada", "ECCC", "ECCC"),
	institution("gac-amc", "Global Affairs Canada", "Affaires mondiales Canada", "GAC", "AMC"),
	institution("pch", "Canadian Heritage", "Patrimoine canadien", "PCH", "PCH"),
	institution("swc-cfc", "Status of Women Canada", "Condition féminine Canada", "SWC", "CFC"),
	institution("cirna-rcaan", "Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", "CIRNA", "RCAAN"),
	institution("idrc-crdi", "International Development Research Centre", "Centre de recherches pour le développement international", "IDRC", "CRDI"),
}

func institution(id, nameEN, nameFR, abbrEN, abbrFR string) ogp.Institution {
	i := ogp.Institution{ID: id, Name: ogp.NewText(nameEN, nameFR)}
	if abbrEN != "" {
		i.Abbreviation = ogp.NewText(abbrEN, abbrFR)
	}
	return i
}

// institutionByName returns the id of the institution with the given English
// name or abbreviation, in any letter case.
func institutionByName(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, i := range institutions {
		if strings.EqualFold(i.Name["en"], name) || strings.EqualFold(i.Abbreviation["en"], name) {
			return i.ID, true
		}
	}
	return "", false
}
