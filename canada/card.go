package canada

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// PlanCard is what a plan's table does not say: the plan's id, title and
// period, the member and the publisher, OGP's ids of the commitments, the
// plan's addresses and extensions. It decodes from JSON (the members'
// names are those of the format), so that a plan card can be a file:
//
//	{"id": "CA-2022-2024", "start": "2022-01", "end": "2024-12",
//	 "commitments": {"C01": {"ogpId": "CA0080", "policyAreas": ["open-data"]}}}
//
// Only ID, Start and End are required; [ImportTable] defaults the rest.
type PlanCard struct {
	// ID is the plan's id: "CA-2022-2024". Canada's profile chooses its rule
	// set by it (see the package documentation).
	ID string `json:"id"`
	// Title is the plan's title; the table's title when empty.
	Title ogp.Text `json:"title,omitempty"`
	// URL is the address of the published plan.
	URL ogp.Text `json:"url,omitempty"`
	// Start and End are when the plan is implemented, as first adopted.
	Start ogp.Date `json:"start,omitzero"`
	End   ogp.Date `json:"end,omitzero"`
	// Member is the government whose plan it is; Canada, national, northern,
	// with its fiscal year ending in March, when nil.
	Member *ogp.Member `json:"member,omitempty"`
	// Publisher publishes the document; the Treasury Board of Canada
	// Secretariat when nil.
	Publisher *ogp.Publisher `json:"publisher,omitempty"`
	// Extensions are the changes to the plan's end after its adoption.
	Extensions []ogp.PlanExtension `json:"extensions,omitempty"`
	// Commitments are what OGP says of the table's commitments, by the
	// table's id ("C01").
	Commitments map[string]CommitmentCard `json:"commitments,omitempty"`
	// Site is the address the table's relative addresses ("/en/...") are
	// relative to; https://open.canada.ca when empty.
	Site string `json:"site,omitempty"`
	// Extra are "x-" members for the document, such as where it comes
	// from.
	Extra ogp.Extra `json:"extra,omitempty"`
}

// CommitmentCard is what OGP says of one commitment of a plan.
type CommitmentCard struct {
	// OGPID is OGP's id of the commitment: "CA0073".
	OGPID string `json:"ogpId,omitempty"`
	// PolicyAreas are codes of [ogp.PolicyAreas], or other kebab-case codes.
	PolicyAreas []string `json:"policyAreas,omitempty"`
}

// ReadPlanCard decodes a plan card from JSON. A member it does not know is
// an error, so that a misspelt one is not silently ignored.
func ReadPlanCard(r io.Reader) (PlanCard, error) {
	var card PlanCard
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&card); err != nil {
		return PlanCard{}, &CardError{Err: err}
	}
	if dec.More() {
		return PlanCard{}, &CardError{Err: errors.New("more than one JSON value")}
	}
	return card, nil
}

// ErrMissing is wrapped by the [CardError] of a member the plan card must
// give, since the table does not say it.
var ErrMissing = errors.New("missing, and the table does not say it")

// CardError is a problem with a plan card: a member missing, or one that
// does not fit the table.
type CardError struct {
	// Member is the JSON name of the member at fault: "start",
	// "commitments/C11"; "" for the card as a whole.
	Member string
	// Err says what is wrong.
	Err error
}

// Error says which member of the card is at fault and why, in English:
// `canada: plan card: "start": missing, ...`.
func (e *CardError) Error() string {
	if e.Member == "" {
		return "canada: plan card: " + e.Err.Error()
	}
	return fmt.Sprintf("canada: plan card: %q: %v", e.Member, e.Err)
}

// Unwrap returns e.Err, such as [ErrMissing].
func (e *CardError) Unwrap() error { return e.Err }

// check returns the error of the first member the card must give and does
// not, or of an extra member without its "x-" prefix.
func (c *PlanCard) check() error {
	switch {
	case strings.TrimSpace(c.ID) == "":
		return &CardError{Member: "id", Err: ErrMissing}
	case c.Start.IsZero():
		return &CardError{Member: "start", Err: ErrMissing}
	case c.End.IsZero():
		return &CardError{Member: "end", Err: ErrMissing}
	case c.End.Compare(c.Start) < 0:
		return &CardError{Member: "end", Err: fmt.Errorf("%s is before the start, %s", c.End, c.Start)}
	}
	for _, name := range slices.Sorted(maps.Keys(c.Extra)) { // the first in a fixed order
		v := c.Extra[name]
		if !strings.HasPrefix(name, "x-") || !json.Valid(v) {
			return &CardError{Member: "extra/" + name, Err: errors.New(`want a member named "x-..." with a JSON value`)}
		}
	}
	return nil
}

// defaultSite is where the tables' relative addresses point.
const defaultSite = "https://open.canada.ca"

// member returns the card's member, or Canada.
func (c *PlanCard) member() ogp.Member {
	if c.Member != nil {
		return *c.Member
	}
	return ogp.Member{
		Kind:          ogp.National,
		Country:       "CA",
		Name:          ogp.NewText("Canada", "Canada"),
		Hemisphere:    ogp.North,
		FiscalYearEnd: 3,
	}
}

// publisher returns the card's publisher, or the Treasury Board of Canada
// Secretariat, which runs the tracker.
func (c *PlanCard) publisher(site string) ogp.Publisher {
	if c.Publisher != nil {
		return *c.Publisher
	}
	tbs, _ := DepartmentBySlug("tbs-sct")
	return ogp.Publisher{
		Name: tbs.Name,
		URL:  ogp.NewText(site+"/en/open-government", site+"/fr/gouvernement-ouvert"),
	}
}

// extra returns a copy of the card's extra members, nil when it has none.
func (c *PlanCard) extra() ogp.Extra {
	if len(c.Extra) == 0 {
		return nil
	}
	out := ogp.Extra{}
	for k, v := range c.Extra {
		out[k] = bytes.Clone(v)
	}
	return out
}
