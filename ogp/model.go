package ogp

import "encoding/json"

// The JSON member names in the struct tags below are the format's public
// contract. Field order is the canonical member order. A field marked
// omitempty or omitzero is optional; every other field is required.
// Addresses (url) are Text, one address per language, since bilingual
// governments publish a page per language.

// Package is the root of a document: the action plans one publisher shares,
// with their progress reports.
type Package struct {
	// Schema is the address of the JSON Schema the document claims to follow,
	// for editors that complete and check as people type.
	Schema string `json:"$schema,omitempty"`
	// FormatVersion is the version of this format the document is written in,
	// as semantic versioning: see [Version].
	FormatVersion string `json:"formatVersion"`
	// Publisher is who published the document.
	Publisher Publisher `json:"publisher"`
	// Published is when the document was published.
	Published Date `json:"published,omitzero"`
	// Languages are the BCP 47 tags of the languages the document's texts are
	// written in; the first is the primary one.
	Languages []string `json:"languages"`
	// Plans are the action plans.
	Plans []Plan `json:"plans"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Publisher is the organisation that publishes a document.
type Publisher struct {
	// Name is the publisher's name.
	Name Text `json:"name"`
	// URL is the publisher's web address, in each language that has one.
	URL Text `json:"url,omitempty"`
	// Email is an address to write to about the document.
	Email string `json:"email,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Plan is one action plan of one OGP member: its commitments, the
// institutions that carry them out and the progress reported on them.
type Plan struct {
	// ID identifies the plan within the document, for example "CA-2018-2020".
	ID string `json:"id"`
	// Member is the government whose plan this is.
	Member Member `json:"member"`
	// Title is the plan's title.
	Title Text `json:"title"`
	// URL is the address of the published plan.
	URL Text `json:"url,omitempty"`
	// Period is when the plan is implemented, as first adopted; Extensions
	// record any later change of its end.
	Period Period `json:"period"`
	// Extensions are the changes to the plan's deadlines after its adoption,
	// oldest first.
	Extensions []PlanExtension `json:"extensions,omitempty"`
	// Institutions are the institutions that commitments, milestones,
	// indicators and reports refer to by id.
	Institutions []Institution `json:"institutions,omitempty"`
	// Commitments are the plan's commitments.
	Commitments []Commitment `json:"commitments"`
	// Reports are the progress reports on the plan's milestones and
	// indicators.
	Reports []Report `json:"reports,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Member is an OGP member: a national government, or a local one such as a
// province or a city.
type Member struct {
	// Kind says whether the member is national or local.
	Kind MemberKind `json:"kind"`
	// Country is the ISO 3166-1 alpha-2 code of the member's country: "CA".
	Country string `json:"country"`
	// Subdivision is the ISO 3166-2 code of a local member's province, state
	// or region: "CA-QC".
	Subdivision string `json:"subdivision,omitempty"`
	// Name is the member's name.
	Name Text `json:"name"`
	// Hemisphere decides what months a season written in the plan covers;
	// northern when absent.
	Hemisphere Hemisphere `json:"hemisphere,omitempty"`
	// FiscalYearEnd is the month (1 to 12) in which the member's fiscal year
	// ends: 3 for Canada, whose fiscal year ends on 31 March.
	FiscalYearEnd int `json:"fiscalYearEnd,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Period is an interval of dates, both ends included.
type Period struct {
	// Start is the first date of the period.
	Start Date `json:"start"`
	// End is the last date of the period.
	End Date `json:"end"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// PlanExtension records a decision that moved a plan's end and the deadlines
// of some of its items, such as OGP's 2020 resolution on COVID-19.
type PlanExtension struct {
	// ID identifies the extension within the plan; moved deadlines name it.
	ID string `json:"id"`
	// Authority is who decided the extension.
	Authority Text `json:"authority"`
	// Reason is why.
	Reason Text `json:"reason,omitempty"`
	// Decided is when.
	Decided Date `json:"decided,omitzero"`
	// PreviousEnd is the plan's end before the extension.
	PreviousEnd Date `json:"previousEnd"`
	// End is the plan's end after it.
	End Date `json:"end"`
	// URL is the address of the decision.
	URL Text `json:"url,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Institution is a government body that leads or supports work in a plan.
type Institution struct {
	// ID identifies the institution within the plan, for example "tbs-sct".
	ID string `json:"id"`
	// Name is the institution's name.
	Name Text `json:"name"`
	// Abbreviation is its short name in each language: TBS, SCT.
	Abbreviation Text `json:"abbreviation,omitempty"`
	// URL is its web address.
	URL Text `json:"url,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Commitment is one commitment of a plan: a promise broken down into
// milestones.
type Commitment struct {
	// ID identifies the commitment within the plan, for example "C10".
	ID string `json:"id"`
	// OGPID is the id OGP gives the commitment, for example "CA0073".
	OGPID string `json:"ogpId,omitempty"`
	// Title is the commitment's title.
	Title Text `json:"title"`
	// Description says what the commitment is about.
	Description Text `json:"description,omitempty"`
	// Leads are the ids of the institutions that lead the commitment.
	Leads []string `json:"leads,omitempty"`
	// Supporters are the ids of the institutions that support it.
	Supporters []string `json:"supporters,omitempty"`
	// PolicyAreas are codes of [PolicyAreas], or other kebab-case codes.
	PolicyAreas []string `json:"policyAreas,omitempty"`
	// URL is the address of the commitment's page.
	URL Text `json:"url,omitempty"`
	// Milestones are the steps of the commitment.
	Milestones []Milestone `json:"milestones,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Milestone is one step of a commitment, measured by its indicators or by its
// own deadline.
type Milestone struct {
	// ID identifies the milestone within the plan, for example "C10.7".
	ID string `json:"id"`
	// Title is the milestone's short title.
	Title Text `json:"title"`
	// FullText is the milestone as the plan writes it.
	FullText Text `json:"fullText,omitempty"`
	// Leads are the ids of the institutions that lead the milestone.
	Leads []string `json:"leads,omitempty"`
	// Supporters are the ids of the institutions that support it.
	Supporters []string `json:"supporters,omitempty"`
	// Deadline is when the milestone is due, for a milestone measured without
	// indicators.
	Deadline *Deadline `json:"deadline,omitempty"`
	// URL is the address of the milestone's page.
	URL Text `json:"url,omitempty"`
	// Indicators are how the plan will tell that the milestone is met.
	Indicators []Indicator `json:"indicators,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Indicator is a measurable sign that a milestone is met, with its deadline.
type Indicator struct {
	// ID identifies the indicator within the plan, for example "C10.7.2".
	ID string `json:"id"`
	// Title is the indicator's short title.
	Title Text `json:"title"`
	// FullText is the indicator as the plan writes it.
	FullText Text `json:"fullText,omitempty"`
	// Leads are the ids of the institutions that lead the work.
	Leads []string `json:"leads,omitempty"`
	// Supporters are the ids of the institutions that support it.
	Supporters []string `json:"supporters,omitempty"`
	// Deadline is when the indicator is due.
	Deadline *Deadline `json:"deadline,omitempty"`
	// URL is the address of the indicator's page, such as its comment page.
	URL Text `json:"url,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Deadline is when an item is due: the text the plan wrote ("Spring 2019",
// "Ongoing") and, when it can be read as one, a date.
type Deadline struct {
	// Date is the deadline as a partial date; the item is due by the last day
	// of its interval. Absent for a deadline that is no date, such as
	// "Ongoing".
	Date Date `json:"date,omitzero"`
	// Text is the deadline as written.
	Text Text `json:"text,omitempty"`
	// Original is the date before an extension moved it; ExtendedBy names
	// that extension.
	Original Date `json:"original,omitzero"`
	// ExtendedBy is the id of the plan extension that moved the deadline.
	ExtendedBy string `json:"extendedBy,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Report is the progress of one milestone or indicator in one reporting
// period.
type Report struct {
	// Target is the id of the milestone or indicator reported on.
	Target string `json:"target"`
	// Period is the reporting period: "2020-03" for the quarter that ends in
	// March 2020 in Canada's tracker.
	Period Date `json:"period"`
	// Status is how far the work has come.
	Status Status `json:"status"`
	// Progress says what was done in the period.
	Progress Text `json:"progress,omitempty"`
	// Challenges says what stands in the way.
	Challenges Text `json:"challenges,omitempty"`
	// Evidence points at proof of the progress: documents, pages, data.
	Evidence Text `json:"evidence,omitempty"`
	// Leads are the ids of the institutions that report.
	Leads []string `json:"leads,omitempty"`
	// Extra holds the members this library does not model.
	Extra Extra `json:"-"`
}

// Extra holds the members of an object that this library does not model,
// keyed by name, each with its value as JSON. They are the members whose
// names begin with "x-", which every object may carry, and, in a document of
// a newer minor format version, members that version added. Decoding keeps
// them and encoding writes them back, after the modelled members, sorted by
// name.
type Extra map[string]json.RawMessage
