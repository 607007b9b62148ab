// Package docgen generates realistic OGP interchange documents of any size,
// for benchmarks and for tests that need big inputs.
//
// [Generate] builds a document from [Options]: with every count left at
// zero it is shaped like Canada's 2018-2020 action plan (10 commitments of
// 5 or 6 milestones, each measured by 2 or 3 indicators, with a progress
// report on every indicator every quarter from March 2019 to June 2021), in
// English and French. [OfSize] chooses the counts for a document whose
// encoding is about a given number of bytes.
//
// The document is valid: ids are unique within their plan and written in
// Canada's dotted style (C01, C01.1, C01.1.1); every institution a lead
// names is declared, and every declared one is named; every text is written
// in every language of the document; deadlines and reporting periods fall
// within the plan's period (as extended); each indicator's status only moves
// forward from one quarter to the next, and challenges are given whenever
// the status is not-started or limited. The texts are sentences drawn from
// a fixed vocabulary, in French with its accents and apostrophes.
//
// Generation is deterministic: the same Options give the same document, and
// so the same bytes from [ogp.Encode]; another Seed gives another document.
package docgen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"
	"unicode"

	"github.com/ogpx/interchange/ogp"
)

// Options says what document to generate. A zero count takes its default,
// which follows Canada's 2018-2020 plan.
type Options struct {
	// Seed chooses the document's random content.
	Seed uint64
	// Plans is the number of plans; 1 by default. Successive plans start two
	// years apart: CA-2018-2020, CA-2020-2022, and so on.
	Plans int
	// CommitmentsPerPlan is the number of commitments in each plan; 10 by
	// default.
	CommitmentsPerPlan int
	// MilestonesPerCommitment is the number of milestones of each
	// commitment; by default 5 or 6, drawn for each commitment.
	MilestonesPerCommitment int
	// IndicatorsPerMilestone is the number of indicators of each milestone;
	// by default 2 or 3, drawn for each milestone.
	IndicatorsPerMilestone int
	// ReportingPeriods is the number of quarters on which every indicator
	// is reported, from the March after the plan starts; 10 by default
	// (2019-03 to 2021-06 for the first plan). A negative number means no
	// reports.
	ReportingPeriods int
	// Languages are the document's languages; en and fr by default. French
	// texts are in French, all others in English.
	Languages []string
}

// Defaults of Options.
const (
	DefaultPlans            = 1
	DefaultCommitments      = 10
	DefaultReportingPeriods = 10
)

// withDefaults returns o with its zero fields set to their defaults.
func (o Options) withDefaults() Options {
	if o.Plans <= 0 {
		o.Plans = DefaultPlans
	}
	if o.CommitmentsPerPlan <= 0 {
		o.CommitmentsPerPlan = DefaultCommitments
	}
	if o.ReportingPeriods == 0 {
		o.ReportingPeriods = DefaultReportingPeriods
	}
	if len(o.Languages) == 0 {
		o.Languages = []string{"en", "fr"}
	}
	return o
}

// Generate returns the document that opts describe.
func Generate(opts Options) *ogp.Package {
	opts = opts.withDefaults()
	g := &generator{
		opts:  opts,
		prose: prose{r: rand.New(rand.NewPCG(opts.Seed, 0x6f67702d646f6367)), langs: opts.Languages},
	}
	pkg := &ogp.Package{
		FormatVersion: ogp.Version,
		Publisher: ogp.Publisher{
			Name:  g.text(institutions[0].name),
			URL:   g.perLang("https://open.canada.ca/%s/open-government"),
			Email: "open-ouvert@tbs-sct.gc.ca",
		},
		Languages: slices.Clone(opts.Languages),
		Extra:     ogp.Extra{"x-generator": json.RawMessage(`"internal/docgen seed ` + strconv.FormatUint(opts.Seed, 10) + `"`)},
	}
	for i := range opts.Plans {
		pkg.Plans = append(pkg.Plans, g.plan(i))
	}
	pkg.Published = g.published
	return pkg
}

// generator holds the state of one Generate call.
type generator struct {
	opts Options
	prose
	published ogp.Date // the last reporting period so far
}

// month counts months from January of year 0, so that plans can do
// arithmetic on them.
type month int

func monthOf(year int, m time.Month) month { return month(year*12 + int(m) - 1) }
func (m month) year() int                  { return int(m) / 12 }
func (m month) month() time.Month          { return time.Month(int(m)%12 + 1) }
func (m month) date() ogp.Date             { return ogp.MonthDate(m.year(), m.month()) }

// plan returns the i-th plan. Plan i starts in September of 2018+2i and
// ends 21 months later, in June, as Canada's did; when its reports run past
// that end, an extension like Canada's 2020 one moves it.
func (g *generator) plan(i int) ogp.Plan {
	startYear := 2018 + 2*i
	start := monthOf(startYear, time.September)
	end := start + 21
	p := ogp.Plan{
		ID: fmt.Sprintf("CA-%d-%d", startYear, startYear+2),
		Member: ogp.Member{
			Kind:          ogp.National,
			Country:       "CA",
			Name:          g.text(phrase{"Canada", "Canada"}),
			Hemisphere:    ogp.North,
			FiscalYearEnd: 3,
		},
		Title: g.text(phrase{
			fmt.Sprintf("Canada’s %d-%d National Action Plan on Open Government", startYear, startYear+2),
			fmt.Sprintf("Plan d’action national du Canada pour un gouvernement ouvert de %d-%d", startYear, startYear+2),
		}),
		URL:    g.perLang(fmt.Sprintf("https://open.canada.ca/%%s/plans/ca-%d-%d", startYear, startYear+2)),
		Period: ogp.Period{Start: start.date(), End: end.date()},
	}
	var periods []month
	for k := range max(g.opts.ReportingPeriods, 0) {
		periods = append(periods, start+6+month(3*k))
	}
	if n := len(periods); n > 0 && periods[n-1] > end {
		p.Extensions = []ogp.PlanExtension{{
			ID:        fmt.Sprintf("ca-%d-extension", startYear),
			Authority: g.text(phrase{"Government of Canada", "Gouvernement du Canada"}),
			Reason: g.text(phrase{
				"The Open Government Partnership let members extend the implementation of their action plans.",
				"Le Partenariat pour un gouvernement ouvert a permis à ses membres de prolonger la mise en œuvre de leurs plans d’action.",
			}),
			PreviousEnd: end.date(),
			End:         periods[n-1].date(),
		}}
		g.published = periods[n-1].date()
	} else {
		g.published = end.date()
	}
	used := map[string]bool{}
	for c := range g.opts.CommitmentsPerPlan {
		p.Commitments = append(p.Commitments, g.commitment(c, start, end, used))
	}
	for _, inst := range institutions {
		if used[inst.id] {
			p.Institutions = append(p.Institutions, ogp.Institution{
				ID: inst.id, Name: g.text(inst.name), Abbreviation: g.text(inst.abbr),
			})
		}
	}
	// Reports in document order, which is the order of the ids' numbers:
	// by target, then period.
	for _, c := range p.Commitments {
		for _, m := range c.Milestones {
			for _, ind := range m.Indicators {
				p.Reports = g.reports(p.Reports, ind, m.Leads, periods)
			}
		}
	}
	return p
}

// commitment returns the c-th commitment of a plan running from start to
// end, and marks the institutions it names in used.
func (g *generator) commitment(c int, start, end month, used map[string]bool) ogp.Commitment {
	r := g.r
	id := fmt.Sprintf("C%02d", c+1)
	leads := g.institutions(1 + r.IntN(3))
	for _, l := range leads {
		used[l] = true
	}
	areas := ogp.PolicyAreas()
	cm := ogp.Commitment{
		ID:          id,
		OGPID:       fmt.Sprintf("CA%04d", 64+c),
		Title:       g.text(g.pick(themes)),
		Description: g.paragraph(2, 5, g.sentence),
		Leads:       leads,
		PolicyAreas: []string{areas[r.IntN(len(areas))].Code},
		URL:         g.perLang("https://open.canada.ca/%s/commitments/" + id),
	}
	n := g.opts.MilestonesPerCommitment
	if n <= 0 {
		n = 5 + r.IntN(2)
	}
	for m := range n {
		ms := ogp.Milestone{
			ID:       fmt.Sprintf("%s.%d", id, m+1),
			Title:    g.title(),
			FullText: g.paragraph(1, 2, g.sentence),
			Leads:    []string{leads[r.IntN(len(leads))]},
		}
		k := g.opts.IndicatorsPerMilestone
		if k <= 0 {
			k = 2 + r.IntN(2)
		}
		for i := range k {
			ind := ogp.Indicator{
				ID:       fmt.Sprintf("%s.%d", ms.ID, i+1),
				Title:    g.title(),
				FullText: g.paragraph(1, 3, g.sentence),
				Deadline: g.deadline(start, end),
			}
			ind.URL = g.perLang("https://open.canada.ca/%s/indicators/" + ind.ID)
			if r.IntN(3) == 0 {
				ind.Leads = slices.Clone(ms.Leads)
			}
			if r.IntN(20) == 0 {
				ind.Extra = ogp.Extra{"x-comments": json.RawMessage(strconv.Itoa(r.IntN(40)))}
			}
			ms.Indicators = append(ms.Indicators, ind)
		}
		cm.Milestones = append(cm.Milestones, ms)
	}
	return cm
}

// institution is an institution of the Government of Canada.
type institution struct {
	id         string
	name, abbr phrase
}

var institutions = []institution{
	{"tbs-sct", phrase{"Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada"}, phrase{"TBS", "SCT"}},
	{"csps-efpc", phrase{"Canada School of Public Service", "École de la fonction publique du Canada"}, phrase{"CSPS", "ÉFPC"}},
	{"nrcan-rncan", phrase{"Natural Resources Canada", "Ressources naturelles Canada"}, phrase{"NRCan", "RNCan"}},
	{"statcan", phrase{"Statistics Canada", "Statistique Canada"}, phrase{"StatCan", "StatCan"}},
	{"esdc-edsc", phrase{"Employment and Social Development Canada", "Emploi et Développement social Canada"}, phrase{"ESDC", "EDSC"}},
	{"bac-lac", phrase{"Library and Archives Canada", "Bibliothèque et Archives Canada"}, phrase{"LAC", "BAC"}},
	{"pco-bcp", phrase{"Privy Council Office", "Bureau du Conseil privé"}, phrase{"PCO", "BCP"}},
	{"dfatd-maecd", phrase{"Global Affairs Canada", "Affaires mondiales Canada"}, phrase{"GAC", "AMC"}},
	{"ic", phrase{"Innovation, Science and Economic Development Canada", "Innovation, Sciences et Développement économique Canada"}, phrase{"ISED", "ISDE"}},
	{"idrc-crdi", phrase{"International Development Research Centre", "Centre de recherches pour le développement international"}, phrase{"IDRC", "CRDI"}},
	{"fin", phrase{"Department of Finance Canada", "Ministère des Finances Canada"}, phrase{"FIN", "FIN"}},
	{"hc-sc", phrase{"Health Canada", "Santé Canada"}, phrase{"HC", "SC"}},
}

// institutions returns the ids of n different institutions, in the order
// of the list.
func (g *generator) institutions(n int) []string {
	picked := g.r.Perm(len(institutions))[:n]
	slices.Sort(picked)
	ids := make([]string, n)
	for i, k := range picked {
		ids[i] = institutions[k].id
	}
	return ids
}

var (
	monthNames = [12]phrase{
		{"January", "janvier"}, {"February", "février"}, {"March", "mars"}, {"April", "avril"},
		{"May", "mai"}, {"June", "juin"}, {"July", "juillet"}, {"August", "août"},
		{"September", "septembre"}, {"October", "octobre"}, {"November", "novembre"}, {"December", "décembre"},
	}
	seasonNames = map[ogp.SubYear]phrase{
		ogp.Spring: {"Spring", "Printemps"}, ogp.Summer: {"Summer", "Été"},
		ogp.Autumn: {"Fall", "Automne"}, ogp.Winter: {"Winter", "Hiver"},
	}
	seasons = []ogp.SubYear{ogp.Winter, ogp.Spring, ogp.Spring, ogp.Spring, ogp.Summer, ogp.Summer,
		ogp.Summer, ogp.Autumn, ogp.Autumn, ogp.Autumn, ogp.Winter, ogp.Winter} // by month
	by = phrase{"By", "D’ici"}
)

// deadline returns a deadline within the plan's months after start up to
// end: mostly a month ("June 2020"), sometimes a season or a quarter, and
// now and then "Ongoing", which is no date.
func (g *generator) deadline(start, end month) *ogp.Deadline {
	r := g.r
	due := start + 1 + month(r.IntN(int(end-start)))
	year := strconv.Itoa(due.year())
	switch k := r.IntN(100); {
	case k < 8:
		return &ogp.Deadline{Text: g.text(phrase{"Ongoing", "En cours"})}
	case k < 18:
		s := seasons[due.month()-1]
		d := ogp.SubYearDate(due.year(), s)
		if due.month() <= time.February {
			d = ogp.SubYearDate(due.year()-1, s) // the winter that began in December
		}
		if d.First().Compare(start.date()) >= 0 && d.Last().Compare(end.date().Last()) <= 0 {
			return &ogp.Deadline{Date: d, Text: g.text(seasonNames[s], phrase{strconv.Itoa(d.Year()), strconv.Itoa(d.Year())})}
		}
	case k < 25:
		q := ogp.Quarter1 + ogp.SubYear((due.month()-1)/3)
		d := ogp.SubYearDate(due.year(), q)
		if d.First().Compare(start.date()) >= 0 && d.Last().Compare(end.date().Last()) <= 0 {
			n := strconv.Itoa(int(q-ogp.Quarter1) + 1)
			return &ogp.Deadline{Date: d, Text: g.text(phrase{"Q" + n, "T" + n}, phrase{year, year})}
		}
	}
	name := monthNames[due.month()-1]
	if r.IntN(3) == 0 {
		return &ogp.Deadline{Date: due.date(), Text: g.text(by, name, phrase{year, year})}
	}
	return &ogp.Deadline{Date: due.date(), Text: g.text(capitalize(name), phrase{year, year})}
}

// capitalize returns p with the first letter of its French capitalized, as
// at the start of a sentence.
func capitalize(p phrase) phrase {
	fr := []rune(p[1])
	return phrase{p[0], string(unicode.ToUpper(fr[0])) + string(fr[1:])}
}

var (
	noProgress = phrase{"NIL", "NUL"} // Canada's tracker's "no progress"
	withdrawn  = phrase{"Work on this indicator was withdrawn from the plan.", "Les travaux sur cet indicateur ont été retirés du plan."}
)

// forward is the order in which a status moves.
var forward = []ogp.Status{ogp.NotStarted, ogp.Limited, ogp.Substantial, ogp.Complete}

// reports appends to rs the reports on ind for every period. Its status
// starts at not-started or limited and moves forward at random; about one
// indicator in thirty is withdrawn on the way.
func (g *generator) reports(rs []ogp.Report, ind ogp.Indicator, leads []string, periods []month) []ogp.Report {
	r := g.r
	step := r.IntN(2) // index into forward
	withdrawAt := -1
	if r.IntN(30) == 0 {
		withdrawAt = r.IntN(max(len(periods), 1))
	}
	withdrawnNow := false
	for k, pm := range periods {
		if k == withdrawAt && forward[step] != ogp.Complete {
			withdrawnNow = true
		}
		if k > 0 && step < len(forward)-1 && r.IntN(3) == 0 {
			step++
		}
		rep := ogp.Report{Target: ind.ID, Period: pm.date(), Status: forward[step], Leads: slices.Clone(leads)}
		if withdrawnNow {
			rep.Status = ogp.Withdrawn
		}
		switch {
		case rep.Status == ogp.Withdrawn:
			rep.Progress = g.text(withdrawn)
		case rep.Status == ogp.NotStarted && r.IntN(3) == 0:
			rep.Progress = g.text(noProgress)
		case r.IntN(10) == 0:
			rep.Progress = g.paragraph(5, 9, g.sentence)
		default:
			rep.Progress = g.paragraph(1, 3, g.sentence)
		}
		if rep.Status == ogp.NotStarted || rep.Status == ogp.Limited || rep.Status == ogp.Withdrawn || r.IntN(4) == 0 {
			rep.Challenges = g.paragraph(1, 2, g.obstacle)
		}
		if (rep.Status == ogp.Substantial || rep.Status == ogp.Complete) && r.IntN(2) == 0 {
			y := strconv.Itoa(pm.year())
			rep.Evidence = g.text(g.pick(evidence), phrase{y, y})
		}
		rs = append(rs, rep)
	}
	return rs
}

// perLang returns a Text of addresses, format's %s replaced by each
// language's tag.
func (g *generator) perLang(format string) ogp.Text {
	t := make(ogp.Text, len(g.langs))
	for _, lang := range g.langs {
		t[lang] = fmt.Sprintf(format, lang)
	}
	return t
}
