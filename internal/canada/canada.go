// Package canada converts Canada's published open-government data into the
// interchange format: the table definition of the 2018-2020 National Action
// Plan tracker (a CKAN "recombinant" YAML file holding the whole plan, in
// English and French), a page of the tracker with progress reports, and
// OGP's page for the plan's tenth commitment with the plan's commitment list.
//
// It is the program behind examples/canada-2018-2020. It keeps the texts as
// Canada wrote them (non-breaking spaces, typing slips and all) and fails
// rather than guesses when the sources hold something it does not expect.
package canada

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/ogpx/interchange/ogp"
)

// Sources are the published files a plan is built from.
type Sources struct {
	// Table is the tracker's table definition, canada-nap-2018-2020.yaml.
	Table []byte
	// Tracker is the text of a page of the tracker's progress reports.
	Tracker []byte
	// OGPPage is the text of OGP's page for commitment CA0073, with the list
	// of Canada's commitments and their policy areas.
	OGPPage []byte
}

// site is where the tracker's relative addresses point.
const site = "https://open.canada.ca"

// Convert builds the document of Canada's 2018-2020 plan from its sources.
func Convert(src Sources) (*ogp.Package, error) {
	t, err := readTable(src.Table)
	if err != nil {
		return nil, fmt.Errorf("table: %w", err)
	}
	plan := ogp.Plan{
		ID: "CA-2018-2020",
		Member: ogp.Member{
			Kind:          ogp.National,
			Country:       "CA",
			Name:          ogp.NewText("Canada", "Canada"),
			Hemisphere:    ogp.North,
			FiscalYearEnd: 3,
		},
		Title: ogp.NewText("Canada’s 2018-2020 National Action Plan on Open Government",
			"Plan d’action national du Canada pour un gouvernement ouvert de 2018-2020"),
		URL: ogp.NewText(site+"/en/content/canadas-2018-2020-national-action-plan-open-government",
			site+"/fr/contenu/plan-daction-national-du-canada-pour-un-gouvernement-ouvert-de-2018-2020"),
		Period: ogp.Period{Start: ogp.MonthDate(2018, 9), End: ogp.MonthDate(2020, 6)},
		Extensions: []ogp.PlanExtension{{
			ID:        "ca-2020-covid-19",
			Authority: ogp.NewText("Government of Canada", "Gouvernement du Canada"),
			Reason: ogp.NewText(
				"COVID-19: the Open Government Partnership let members extend the implementation of their action plans; Canada moved the completion of its 2018-20 plan from June 2020 to June 2021.",
				"COVID-19 : le Partenariat pour un gouvernement ouvert a permis à ses membres de prolonger la mise en œuvre de leurs plans d’action; le Canada a reporté l’achèvement de son plan 2018-2020 de juin 2020 à juin 2021."),
			Decided:     ogp.YearDate(2020),
			PreviousEnd: ogp.MonthDate(2020, 6),
			End:         ogp.MonthDate(2021, 6),
			URL:         ogp.NewText(site+"/en/search/nap", site+"/fr/search/nap"),
		}},
		Institutions: institutions,
	}
	ogpIDs, err := readCommitmentList(src.OGPPage)
	if err != nil {
		return nil, fmt.Errorf("OGP page: %w", err)
	}
	if plan.Commitments, err = t.commitments(ogpIDs); err != nil {
		return nil, fmt.Errorf("table: %w", err)
	}
	if plan.Reports, err = readReports(src.Tracker, t); err != nil {
		return nil, fmt.Errorf("tracker: %w", err)
	}
	return &ogp.Package{
		FormatVersion: ogp.Version,
		Publisher: ogp.Publisher{
			Name: ogp.NewText("Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada"),
			URL:  ogp.NewText(site+"/en/open-government", site+"/fr/gouvernement-ouvert"),
		},
		Languages: []string{"en", "fr"},
		Plans:     []ogp.Plan{plan},
		Extra:     ogp.Extra{"x-source": []byte(`{"description":"Converted by github.com/ogpx/interchange/internal/canada from the table definition of Canada's National Action Plan on Open Government tracker (open-data/ckanext-canada), a page of the tracker and OGP's page for commitment CA0073.","licence":"Open Government Licence - Canada","licenceUrl":"https://open.canada.ca/en/open-government-licence-canada"}`)},
	}, nil
}

// choice is one entry of a choices list of the table definition.
type choice struct {
	id       string
	en, fr   string
	fullText map[string]string
	napURL   map[string]string
	cmtURL   map[string]string
	dueDate  string
}

type table struct {
	commitmentChoices, milestoneChoices, indicatorChoices []choice
	statuses                                              map[string]string // English title -> code
}

// readTable reads the choice lists of the table definition, in the order the
// file gives them.
func readTable(data []byte) (*table, error) {
	var doc struct {
		Resources []struct {
			Fields []struct {
				ID      string    `yaml:"datastore_id"`
				Choices yaml.Node `yaml:"choices"`
			} `yaml:"fields"`
		} `yaml:"resources"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Resources) != 1 {
		return nil, fmt.Errorf("want one resource, found %d", len(doc.Resources))
	}
	t := &table{statuses: map[string]string{}}
	for _, f := range doc.Resources[0].Fields {
		var dst *[]choice
		switch f.ID {
		case "commitments":
			dst = &t.commitmentChoices
		case "milestones":
			dst = &t.milestoneChoices
		case "indicators":
			dst = &t.indicatorChoices
		case "status":
		default:
			continue
		}
		n := &f.Choices
		if n.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("line %d: the choices of %s are not a mapping", n.Line, f.ID)
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			var c struct {
				En       string            `yaml:"en"`
				Fr       string            `yaml:"fr"`
				FullText map[string]string `yaml:"full_text"`
				NAPURL   map[string]string `yaml:"NAP_url"`
				CmtURL   map[string]string `yaml:"cmt_url"`
				DueDate  string            `yaml:"due_date"`
			}
			if err := n.Content[i+1].Decode(&c); err != nil {
				return nil, fmt.Errorf("line %d: %w", n.Content[i+1].Line, err)
			}
			id := n.Content[i].Value
			if f.ID == "status" {
				t.statuses[c.En] = id
				continue
			}
			*dst = append(*dst, choice{id: id, en: c.En, fr: c.Fr, fullText: c.FullText,
				napURL: c.NAPURL, cmtURL: c.CmtURL, dueDate: c.DueDate})
		}
	}
	return t, nil
}

func (t *table) commitments(ogpIDs map[string]commitmentListing) ([]ogp.Commitment, error) {
	var out []ogp.Commitment
	for _, c := range t.commitmentChoices {
		listing, ok := ogpIDs[strings.ToLower(c.en)]
		if !ok {
			return nil, fmt.Errorf("commitment %s %q is not in OGP's list", c.id, c.en)
		}
		com := ogp.Commitment{
			ID:          c.id,
			OGPID:       listing.id,
			Title:       ogp.NewText(c.en, c.fr),
			PolicyAreas: listing.policyAreas,
			URL:         urls(c.napURL),
		}
		for _, m := range t.milestoneChoices {
			if !strings.HasPrefix(m.id, c.id+".") {
				continue
			}
			ms, err := t.milestone(m)
			if err != nil {
				return nil, err
			}
			for _, lead := range ms.Leads {
				if !slices.Contains(com.Leads, lead) {
					com.Leads = append(com.Leads, lead)
				}
			}
			com.Milestones = append(com.Milestones, ms)
		}
		out = append(out, com)
	}
	return out, nil
}

func (t *table) milestone(m choice) (ogp.Milestone, error) {
	leads, supporters, err := parseLeads(m.en)
	if err != nil {
		return ogp.Milestone{}, fmt.Errorf("milestone %s: %w", m.id, err)
	}
	ms := ogp.Milestone{
		ID:         m.id,
		Title:      ogp.NewText(m.en, m.fr),
		FullText:   m.fullText,
		Leads:      leads,
		Supporters: supporters,
		URL:        urls(m.napURL),
	}
	for _, ind := range t.indicatorChoices {
		if !strings.HasPrefix(ind.id, m.id+".") {
			continue
		}
		in := ogp.Indicator{
			ID:       ind.id,
			Title:    ogp.NewText(ind.en, ind.fr),
			FullText: ind.fullText,
			URL:      urls(ind.cmtURL),
		}
		dl := &ogp.Deadline{Text: ogp.NewText(lastParenthesis(ind.fullText["en"]), lastParenthesis(ind.fullText["fr"]))}
		if ind.dueDate != "" {
			if dl.Date, err = ogp.ParseDate(ind.dueDate); err != nil {
				return ogp.Milestone{}, fmt.Errorf("indicator %s: due_date: %w", ind.id, err)
			}
		}
		if !dl.Date.IsZero() || len(dl.Text) > 0 {
			in.Deadline = dl
		}
		ms.Indicators = append(ms.Indicators, in)
	}
	return ms, nil
}

// urls makes the table's relative addresses absolute.
func urls(m map[string]string) ogp.Text {
	if len(m) == 0 {
		return nil
	}
	t := ogp.Text{}
	for lang, path := range m {
		t[lang] = site + path
	}
	return t
}

var (
	// The parentheses that end a text, after which Canada's data sometimes
	// has a period, a stray quote, or nothing: two French texts never close
	// them.
	trailingParenthesis = regexp.MustCompile(`\(([^()]*)(?:\)[\s."]*|\s*)$`)
	leadSeparators      = regexp.MustCompile(`\s*(?:/|,|;|\band\b)\s*`)
)

// lastParenthesis returns the text inside the parentheses that end s, where
// Canada writes an indicator's deadline: "... (May 2020)".
func lastParenthesis(s string) string {
	if m := trailingParenthesis.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// parseLeads reads the institutions a milestone's English title ends with:
// "(CSPS/TBS)", "(NRC, Office of the Chief Science Advisor; and TBS, with
// support from SBDAs)". The French titles are not used: some give the wrong
// abbreviation (SPAC for the Canada School of Public Service).
func parseLeads(title string) (leads, supporters []string, err error) {
	inside := lastParenthesis(title)
	if inside == "" {
		return nil, nil, fmt.Errorf("no lead institutions at the end of %q", title)
	}
	leadPart, supportPart, _ := strings.Cut(inside, "with support from")
	resolve := func(part string) ([]string, error) {
		var ids []string
		for _, name := range leadSeparators.Split(part, -1) {
			if name == "" {
				continue
			}
			id, ok := institutionByName(name)
			if !ok {
				return nil, fmt.Errorf("unknown institution %q in %q", name, title)
			}
			ids = append(ids, id)
		}
		return ids, nil
	}
	if leads, err = resolve(leadPart); err != nil {
		return nil, nil, err
	}
	if supporters, err = resolve(supportPart); err != nil {
		return nil, nil, err
	}
	return leads, supporters, nil
}

// commitmentListing is what OGP's commitment list says of one commitment.
type commitmentListing struct {
	id          string
	policyAreas []string
}

var ogpListingLine = regexp.MustCompile(`^(CA\d{4}), (\d{4}),\s*(.*)$`)

// readCommitmentList reads OGP's list of Canada's commitments ("Title" on one
// line, "CA0073, 2018, Access to Information" on the next), keyed by lower
// case title. The list gives one policy area each; the page's own
// commitment (CA0073) has its full list under "Policy Areas".
func readCommitmentList(page []byte) (map[string]commitmentListing, error) {
	lines := strings.Split(string(page), "\n")
	out := map[string]commitmentListing{}
	var ownAreas []string
	for i, line := range lines {
		if line == "Policy Areas" && i+1 < len(lines) {
			// "Access to Information, ..., Open DataDescription": the page
			// runs the next heading into the list.
			list := strings.TrimSuffix(lines[i+1], "Description")
			for _, name := range strings.Split(list, ",") {
				ownAreas = append(ownAreas, policyAreaCode(name))
			}
		}
		m := ogpListingLine.FindStringSubmatch(line)
		if m == nil || m[2] != "2018" || i == 0 {
			continue
		}
		out[strings.ToLower(strings.TrimSpace(lines[i-1]))] = commitmentListing{id: m[1], policyAreas: []string{policyAreaCode(m[3])}}
	}
	if len(out) != 10 || len(ownAreas) == 0 {
		return nil, fmt.Errorf("want 10 commitments of 2018 and CA0073's policy areas, found %d and %d", len(out), len(ownAreas))
	}
	for title, l := range out {
		if l.id == "CA0073" {
			l.policyAreas = ownAreas
			out[title] = l
		}
	}
	return out, nil
}

// policyAreaCode turns OGP's name of a policy area into its code.
func policyAreaCode(name string) string {
	name = strings.TrimSpace(name)
	for _, c := range ogp.PolicyAreas() {
		if strings.EqualFold(c.Title["en"], name) {
			return c.Code
		}
	}
	return strings.ToLower(strings.NewReplacer(" & ", "-and-", " ", "-").Replace(name))
}

var trackerTitle = regexp.MustCompile(`^(C\d\d\.\d+\.\d+) - `)

// readReports reads the progress reports of a tracker page. Each record is
// a title line ("C10.7.2 - ... (May 2020)"), the reporting period, the
// milestone, commitment, lead organization and status lines, "Progress
// Summary", and then, one line each and left out when empty, the progress,
// the evidence and the challenges.
func readReports(page []byte, t *table) ([]ogp.Report, error) {
	var (
		reports []ogp.Report
		cur     *ogp.Report
		texts   []string
		inTexts bool
		lineNo  int
	)
	flush := func() error {
		if cur == nil {
			return nil
		}
		switch len(texts) {
		case 3:
			cur.Challenges = ogp.Text{"en": texts[2]}
			fallthrough
		case 2:
			if len(texts) == 2 && !strings.Contains(texts[1], "http") {
				return fmt.Errorf("report on %s for %s: cannot tell whether %q is evidence or challenges", cur.Target, cur.Period, texts[1])
			}
			cur.Evidence = ogp.Text{"en": texts[1]}
			fallthrough
		case 1:
			cur.Progress = ogp.Text{"en": texts[0]}
		default:
			return fmt.Errorf("report on %s for %s: %d lines of progress summary", cur.Target, cur.Period, len(texts))
		}
		reports = append(reports, *cur)
		cur, texts, inTexts = nil, nil, false
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(page))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), " \u00a0")
		switch {
		case trackerTitle.MatchString(line):
			if err := flush(); err != nil {
				return nil, err
			}
			cur = &ogp.Report{Target: trackerTitle.FindStringSubmatch(line)[1]}
		case cur == nil:
		case inTexts:
			if line == "Date modified:" {
				continue
			}
			if line != "" {
				texts = append(texts, line)
			}
		case cur.Period.IsZero() && line != "":
			d, err := ogp.ParseDate(line)
			if err != nil {
				return nil, fmt.Errorf("line %d: reporting period: %w", lineNo, err)
			}
			cur.Period = d
		case strings.HasPrefix(line, "Lead Organization: "):
			name := strings.TrimPrefix(line, "Lead Organization: ")
			id, ok := institutionByName(name)
			if !ok {
				return nil, fmt.Errorf("line %d: unknown institution %q", lineNo, name)
			}
			cur.Leads = []string{id}
		case strings.HasPrefix(line, "Status: "):
			title := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "Status: "), "Comment"))
			s, ok := statusFromCanada(t.statuses[title])
			if !ok {
				return nil, fmt.Errorf("line %d: unknown status %q", lineNo, title)
			}
			cur.Status = s
		case line == "Progress Summary":
			inTexts = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	// The page lists reports newest first within no particular order; the
	// document keeps them by target, then period.
	slices.SortStableFunc(reports, func(a, b ogp.Report) int {
		if c := compareIDs(a.Target, b.Target); c != 0 {
			return c
		}
		return a.Period.Compare(b.Period)
	})
	return reports, nil
}

// compareIDs orders dotted ids by their numbers: C10.2.1 before C10.10.1.
func compareIDs(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if len(pa[i]) != len(pb[i]) {
			return len(pa[i]) - len(pb[i])
		}
		if c := strings.Compare(pa[i], pb[i]); c != 0 {
			return c
		}
	}
	return len(pa) - len(pb)
}

// The names of the source files in a source directory.
const (
	TableFile   = "canada-nap-2018-2020.yaml"
	TrackerFile = "tracker-c10.txt"
	OGPPageFile = "ogp-ca0073.txt"
)

// ReadSources reads the source files from dir.
func ReadSources(dir string) (Sources, error) {
	var src Sources
	for name, dst := range map[string]*[]byte{TableFile: &src.Table, TrackerFile: &src.Tracker, OGPPageFile: &src.OGPPage} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return Sources{}, err
		}
		*dst = b
	}
	return src, nil
}

// canadaStatusCodes maps the codes of Canada's tracker to statuses.
var canadaStatusCodes = map[string]ogp.Status{
	"NS": ogp.NotStarted, "LP": ogp.Limited, "SP": ogp.Substantial, "C": ogp.Complete,
}

// statusFromCanada returns the status of one of the codes of Canada's
// tracker: NS, LP, SP or C.
func statusFromCanada(code string) (ogp.Status, bool) {
	s, ok := canadaStatusCodes[code]
	return s, ok
}
