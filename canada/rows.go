package canada

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// The columns of the rows open.canada.ca publishes for a plan's tracker.
var (
	// baseColumns are those of every plan, in order.
	baseColumns = []string{"reporting_period", "commitments", "milestones", "indicators", "status",
		"progress_en", "progress_fr", "evidence_en", "evidence_fr", "challenges_en", "challenges_fr"}
	// indicatorColumns restate the indicator's title, deadline label and
	// leads, from the 2022-24 plan on.
	indicatorColumns = []string{"indicator_en", "indicator_fr", "indicator_deadline_en", "indicator_deadline_fr", "indicator_lead_dept"}
	// ownerColumns say who wrote the row: the department's slug and its
	// names.
	ownerColumns = []string{"owner_org", "owner_org_title"}
	// challengeColumns replace challenges_en and challenges_fr in the
	// 2025-29 plan: the challenges' categories as codes
	// ([ChallengeCategories]), and the text of the challenges in English
	// and French.
	challengeColumns = []string{"challenges", "challenges_other_en", "challenges_other_fr"}
	// dueColumns restate, in the 2025-29 plan, the indicator's due date
	// and its Summit for Democracy flag (the table's s4d).
	dueColumns = []string{"indicator_due_date", "indicator_s4d"}
	// requiredColumns are those a file must have to be read at all: the
	// table's key, and the status.
	requiredColumns = []string{"reporting_period", "indicators", "status"}
)

// bom is the byte order mark Excel writes at the start of a UTF-8 CSV file.
const bom = "\ufeff"

// RowsError is a file of published rows [ImportRows] cannot read at all:
// no header, a required column missing, a read error.
type RowsError struct {
	// File is the file's name, as given.
	File string
	// Column is the column at fault, when one is.
	Column string
	// Err says what is wrong.
	Err error
}

// Error names the file, and the column when one is at fault, and says
// what is wrong, in English.
func (e *RowsError) Error() string {
	if e.Column != "" {
		return fmt.Sprintf("canada: %s: column %q: %v", e.File, e.Column, e.Err)
	}
	return fmt.Sprintf("canada: %s: %v", e.File, e.Err)
}

// Unwrap returns e.Err, such as [ErrNoColumn] or [ErrTooLarge].
func (e *RowsError) Unwrap() error { return e.Err }

// ErrNoColumn is wrapped by the [RowsError] of a file without one of the
// columns a row needs: reporting_period, indicators, status.
var ErrNoColumn = errors.New("missing: every row needs it")

// ErrTooLarge is wrapped by the error of [ImportTable] and [ImportRows]
// for a file larger than [MaxBytes] allows.
var ErrTooLarge = errors.New("too large")

// ImportRows reads the rows open.canada.ca publishes for the tracker of
// plan (CSV, with or without Excel's byte order mark, CRLF or LF), as
// reports of plan, named name in findings ("rows.csv"). The plan is one
// [ImportTable] made, or any plan with the rows' indicators.
//
// A row is a report on its indicator (column indicators, which must be one
// of plan's; commitments and milestones, when given, must hold it) for its
// reporting period; its status is one of Canada's codes (NS, LP, SP, C);
// progress, evidence and challenges are read in English and French as
// written, "NIL" and "NUL" included (a line end inside a cell reads as
// LF); owner_org, a department's slug, is
// the report's lead, and the department joins the plan's institutions.
// The 2025-29 layout has no challenges_en and challenges_fr: its
// challenges_other_en and challenges_other_fr are the challenges, and its
// column challenges, the challenges' codes ([ChallengeCategories], one
// unknown being a bad cell), is kept as the member "x-challenges", as
// written. The columns that restate the table (indicator_en, ...,
// owner_org_title) are not read, but for indicator_due_date and
// indicator_s4d when they say what the plan does not (an indicator with no
// due date, or with another x-s4d): those are kept as "x-" members.
// Another column is kept on each report that fills it as an "x-" member
// (its own name when it begins with "x-"), reported once
// ([CodeKeptColumn]).
//
// A cell that begins with an apostrophe before "=", "+", "-" or "@" is
// read without it, as [ExportRows] writes such a cell unless
// [KeepFormulas].
//
// A row with a cell that cannot be read gives a finding ([CodeRowValue],
// with the cell as "rows.csv!R12C5", the header being row 1) and is left
// out; the other rows are imported. Cells must be UTF-8 (a file Excel saved
// in Windows-1252 is reported cell by cell, never read with U+FFFD); a
// period must end one of the plan's reporting periods under Canada's
// profile ([ReportingMonths]: quarterly or half-yearly); an indicator id
// matches exactly, or without its leading zeros when that names one
// indicator only. A quote never closed is reported with the line it opens
// on, every row from there to the end of the file being lost. A row whose
// key (reporting_period, indicators) a row before it has, in this file or
// another, or a report the plan holds, is not imported ([CodeDuplicateRow]).
// The reports of plan, old and new, end up ordered as the plan's items, then by period. The error is a
// [*RowsError] when the file cannot be read at all; plan is then
// unchanged. A nil plan is an error ([ErrNilPlan]).
func ImportRows(r io.Reader, name string, plan *ogp.Plan, opts ...Option) ([]finding.Finding, error) {
	if plan == nil {
		return nil, ErrNilPlan
	}
	o := newOptions(opts)
	limited := &io.LimitedReader{R: r, N: int64(o.maxBytes) + 1}
	br := bufio.NewReader(limited)
	if b, err := br.Peek(len(bom)); err == nil && string(b) == bom {
		br.Discard(len(bom))
	}
	src := &eofReader{r: br}
	cr := csv.NewReader(src)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			err = errors.New("empty: no header")
		}
		return nil, &RowsError{File: name, Err: err}
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if _, dup := col[h]; dup || h == "" {
			return nil, &RowsError{File: name, Column: h, Err: errors.New("named twice, or not named")}
		}
		col[h] = i
	}
	for _, c := range requiredColumns {
		if _, ok := col[c]; !ok {
			return nil, &RowsError{File: name, Column: c, Err: ErrNoColumn}
		}
	}
	known := map[string]bool{}
	for _, c := range slices.Concat(baseColumns, indicatorColumns, ownerColumns) {
		known[c] = true
	}
	_, en := col["challenges_en"]
	_, fr := col["challenges_fr"]
	if !en && !fr { // the 2025-29 layout
		known["challenges_other_en"], known["challenges_other_fr"] = true, true
	}
	rr := &rowReader{name: name, plan: plan, opts: o, header: header, col: col, known: known, kept: map[string]int{}}
	rr.indexItems()
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrQuote) && src.eof {
			// A quote never closed runs to the end of the file: every line
			// from the one it opens on is lost, and is said to be.
			rr.lost(row, pe.StartLine)
			break
		}
		if errors.As(err, &pe) {
			rr.bad(row, 0, "syntax", "")
			continue
		}
		if err != nil {
			return nil, &RowsError{File: name, Err: err}
		}
		if limited.N == 0 {
			return nil, &RowsError{File: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, o.maxBytes)}
		}
		rr.row(row, rec)
	}
	if limited.N == 0 {
		return nil, &RowsError{File: name, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, o.maxBytes)}
	}
	rr.finish()
	return clipArgs(rr.findings, "file"), nil
}

// eofReader notes when its reader has come to its end.
type eofReader struct {
	r   io.Reader
	eof bool
}

func (e *eofReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		e.eof = true
	}
	return n, err
}

// lost reports that the file's rows from row on, which begin on line
// line, are lost to a quote that is never closed.
func (rr *rowReader) lost(row, line int) {
	f := finding.New(CodeRowValue, "", "file", rr.name, "row", strconv.Itoa(row), "column", "", "reason", "unclosed-quote", "line", strconv.Itoa(line))
	f.Cell = fmt.Sprintf("%s!R%d", rr.name, row)
	rr.findings = append(rr.findings, f)
	rr.badRow = row
}

// rowReader reads the rows of one file into a plan.
type rowReader struct {
	name     string
	plan     *ogp.Plan
	opts     options
	header   []string
	col      map[string]int
	known    map[string]bool
	kept     map[string]int // the index in findings of each kept column's finding
	findings []finding.Finding
	reports  []ogp.Report
	// indicators are the plan's indicators by id and by idKey, with their
	// milestone and commitment.
	indicators map[string]place
	order      map[string]int // each item's position in the plan
	badRow     int            // the last row with a bad cell
	// ambiguous are the ids that stand for more than one indicator once
	// their leading zeros are dropped (C1.1.1 for C01.1.1 and C1.1.01).
	ambiguous map[string][]string
	// seen holds the row of each key (period, indicator) read so far; 0 for
	// a report the plan held before.
	seen map[[2]string]int
	// months is the length of the plan's reporting periods under Canada's
	// profile, 0 when unknown.
	months int
}

// place is where an indicator is in its plan.
type place struct {
	indicator             *ogp.Indicator
	milestone, commitment string
}

// places returns where each indicator of plan is, by id, and the
// position of each item of plan.
func places(plan *ogp.Plan) (map[string]place, map[string]int) {
	indicators, order := map[string]place{}, map[string]int{}
	commitmentOf := map[string]string{} // by milestone
	for it := range plan.Items() {
		order[it.ID] = len(order)
		if it.Milestone != nil {
			commitmentOf[it.ID] = it.Parent
		}
		if it.Indicator != nil {
			indicators[it.ID] = place{indicator: it.Indicator, milestone: it.Parent, commitment: commitmentOf[it.Parent]}
		}
	}
	return indicators, order
}

// indexItems indexes the plan's items, the indicators also by idKey, in
// the plan's order; a key shared by two indicators stands for neither. It
// notes the keys of the plan's reports and its reporting scheme.
func (rr *rowReader) indexItems() {
	rr.indicators, rr.order = places(rr.plan)
	rr.ambiguous = map[string][]string{}
	for it := range rr.plan.Items() {
		if it.Indicator == nil {
			continue
		}
		k := idKey(it.ID)
		if k == it.ID {
			continue
		}
		if prev, ok := rr.indicators[k]; ok && prev.indicator.ID != it.ID {
			if rr.ambiguous[k] == nil {
				rr.ambiguous[k] = []string{prev.indicator.ID}
			}
			rr.ambiguous[k] = append(rr.ambiguous[k], it.ID)
			continue
		}
		rr.indicators[k] = rr.indicators[it.ID]
	}
	for k := range rr.ambiguous {
		if p := rr.indicators[k]; p.indicator.ID != k { // an indicator of that very id stays found
			delete(rr.indicators, k)
		}
	}
	rr.seen = map[[2]string]int{}
	for _, r := range rr.plan.Reports {
		rr.seen[[2]string{r.Period.String(), r.Target}] = 0
	}
	rr.months = ReportingMonths(rr.plan)
}

// cell returns the value of column c in rec, "" when the file has no such
// column or the row no such cell.
func (rr *rowReader) cell(rec []string, c string) string {
	if i, ok := rr.col[c]; ok && i < len(rec) {
		return rec[i]
	}
	return ""
}

// bad reports the cell of row in the 1-based column i as unreadable; i is
// 0 when the row cannot be split into cells.
func (rr *rowReader) bad(row, i int, reason, value string) {
	column := "" // a cell beyond the header's columns has no column's name
	if i >= 1 && i <= len(rr.header) {
		column = rr.header[i-1]
	}
	f := finding.New(CodeRowValue, "", "file", rr.name, "row", strconv.Itoa(row), "column", column, "reason", reason)
	if value != "" && !strings.ContainsAny(value, "\r\n") {
		f.Args["value"] = value
	}
	f.Cell = fmt.Sprintf("%s!R%dC%d", rr.name, row, i)
	if i == 0 {
		f.Cell, f.Args["column"] = fmt.Sprintf("%s!R%d", rr.name, row), ""
	}
	rr.findings = append(rr.findings, f)
	rr.badRow = row
}

// badCell reports the cell of column c in row.
func (rr *rowReader) badCell(row int, c, reason, value string) {
	rr.bad(row, rr.col[c]+1, reason, value)
}

// row reads one record, the row-th of the file.
func (rr *rowReader) row(row int, rec []string) {
	if !slices.ContainsFunc(rec, func(s string) bool { return strings.TrimSpace(s) != "" }) {
		return // an empty line, as spreadsheets leave at the end
	}
	if len(rec) < len(rr.header) {
		rr.bad(row, len(rec)+1, "field-count", "")
		return
	}
	if len(rec) > len(rr.header) { // the cell after the header's last column: no column's
		rr.bad(row, len(rr.header)+1, "too-many-cells", "")
		return
	}
	for i, v := range rec {
		if !utf8.ValidString(v) {
			rr.bad(row, i+1, "not-utf8", "")
		}
	}
	for i := range rec {
		rec[i] = unneutralized(rec[i])
	}
	if rr.badRow == row {
		return // a cell in another encoding (Windows-1252, as Excel saves): nothing of the row is trusted
	}
	var rep ogp.Report
	if s := strings.TrimSpace(rr.cell(rec, "reporting_period")); s == "" {
		rr.badCell(row, "reporting_period", "required", "")
	} else if d, err := ogp.ParseDate(s); err != nil {
		rr.badCell(row, "reporting_period", "not-date", s)
	} else if rr.months > 0 && !endsPeriod(d, rr.months) {
		rr.badCell(row, "reporting_period", reasonOffScheme(rr.months), s)
	} else {
		rep.Period = d
	}
	id := strings.TrimSpace(rr.cell(rec, "indicators"))
	p, ok := rr.indicators[id]
	if !ok {
		p, ok = rr.indicators[idKey(id)]
	}
	switch {
	case id == "":
		rr.badCell(row, "indicators", "required", "")
	case !ok && rr.ambiguous[idKey(id)] != nil:
		rr.badCell(row, "indicators", "ambiguous-item", id)
	case !ok:
		rr.badCell(row, "indicators", "unknown-item", id)
	default:
		rep.Target = p.indicator.ID
		for _, pc := range [...]struct{ c, want string }{{"commitments", p.commitment}, {"milestones", p.milestone}} {
			c, want := pc.c, pc.want // in the columns' order, so that findings come in a fixed one
			if got := strings.TrimSpace(rr.cell(rec, c)); got != "" && idKey(got) != idKey(want) {
				rr.badCell(row, c, "wrong-parent", got)
			}
		}
	}
	code := strings.TrimSpace(rr.cell(rec, "status"))
	if s, ok := statuses[strings.ToUpper(code)]; ok {
		rep.Status = s
	} else if code == "" {
		rr.badCell(row, "status", "required", "")
	} else {
		rr.badCell(row, "status", "unknown-status", code)
	}
	rep.Progress = rr.text(rec, "progress")
	rep.Evidence = rr.text(rec, "evidence")
	rep.Challenges = rr.text(rec, "challenges")
	if rep.Challenges == nil && rr.known["challenges_other_en"] {
		rep.Challenges = rr.text(rec, "challenges_other")
	}
	if slug := strings.TrimSpace(rr.cell(rec, "owner_org")); slug != "" {
		if d, ok := rr.department(slug); ok {
			slug = d.Slug
		} else {
			f := finding.New(CodeUnknownDepartment, "", "file", rr.name, "row", strconv.Itoa(row), "field", "owner_org", "name", slug)
			f.Cell = fmt.Sprintf("%s!R%dC%d", rr.name, row, rr.col["owner_org"]+1)
			rr.findings = append(rr.findings, f)
		}
		rep.Leads = []string{slug}
	}
	for i, h := range rr.header {
		if rr.known[h] || rec[i] == "" {
			continue
		}
		switch in := p.indicator; h {
		case "challenges":
			if code, ok := unknownChallenge(rec[i]); !ok {
				rr.badCell(row, h, "unknown-challenge", code)
				continue
			}
		case "indicator_due_date": // kept only when the plan does not say it
			if in != nil && rec[i] == dueDate(in) {
				continue
			}
		case "indicator_s4d":
			if in != nil && rec[i] == extraCell(in.Extra["x-s4d"]) {
				continue
			}
		}
		key := h
		if !strings.HasPrefix(key, "x-") {
			key = "x-" + key
		}
		if rep.Extra == nil {
			rep.Extra = ogp.Extra{}
		}
		rep.Extra[key], _ = json.Marshal(rec[i])
		rr.keep(h)
	}
	if rr.badRow == row {
		return
	}
	key := [2]string{rep.Period.String(), rep.Target}
	if first, dup := rr.seen[key]; dup {
		f := finding.New(CodeDuplicateRow, "", "file", rr.name, "row", strconv.Itoa(row), "period", key[0], "indicator", key[1])
		if first > 0 {
			f.Args["first"] = strconv.Itoa(first)
		} else {
			f.Args["before"] = "1"
		}
		f.Cell = fmt.Sprintf("%s!R%dC%d", rr.name, row, rr.col["indicators"]+1)
		rr.findings = append(rr.findings, f)
		return
	}
	rr.seen[key] = row
	rr.reports = append(rr.reports, rep)
}

// reasonOffScheme is the reason of a period that ends no reporting period
// of months months.
func reasonOffScheme(months int) string {
	if months == 6 {
		return "not-half-year"
	}
	return "not-quarter"
}

// department returns the department of slug: the plan's institution of
// that id, or the registry's.
func (rr *rowReader) department(slug string) (Department, bool) {
	for _, in := range rr.plan.Institutions {
		if in.ID == slug {
			return Department{Slug: in.ID, Name: in.Name, Abbreviation: in.Abbreviation}, true
		}
	}
	return rr.opts.department(slug, false)
}

// text returns the text of the columns prefix_en and prefix_fr, as
// written; nil when both are empty.
func (rr *rowReader) text(rec []string, prefix string) ogp.Text {
	t := ogp.NewText(rr.cell(rec, prefix+"_en"), rr.cell(rec, prefix+"_fr"))
	if len(t) == 0 {
		return nil
	}
	return t
}

// keep counts a kept value of column h, reporting the column the first
// time.
func (rr *rowReader) keep(h string) {
	if i, ok := rr.kept[h]; ok {
		n, _ := strconv.Atoi(rr.findings[i].Args["count"])
		rr.findings[i].Args["count"] = strconv.Itoa(n + 1)
		return
	}
	rr.kept[h] = len(rr.findings)
	member := h
	if !strings.HasPrefix(member, "x-") {
		member = "x-" + h
	}
	rr.findings = append(rr.findings, finding.New(CodeKeptColumn, "", "file", rr.name, "column", h, "member", member, "count", "1"))
}

// finish adds the reports to the plan, in the plan's order, and the
// departments that report to its institutions.
func (rr *rowReader) finish() {
	p := rr.plan
	for _, r := range rr.reports {
		for _, slug := range r.Leads {
			if !slices.ContainsFunc(p.Institutions, func(i ogp.Institution) bool { return i.ID == slug }) {
				p.Institutions = append(p.Institutions, rr.opts.institution(slug))
			}
		}
	}
	p.Reports = append(p.Reports, rr.reports...)
	slices.SortStableFunc(p.Reports, func(a, b ogp.Report) int {
		ia, oka := rr.order[a.Target]
		ib, okb := rr.order[b.Target]
		if !oka || !okb {
			return cmp.Compare(boolInt(!oka), boolInt(!okb))
		}
		return cmp.Or(cmp.Compare(ia, ib), a.Period.Compare(b.Period))
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ExportError is the error of [ExportRows] for a plan whose reports rows
// cannot hold as they are: it writes nothing rather than change them.
type ExportError struct {
	Problems []ExportProblem
}

// ExportProblem is what a report has that a row cannot hold.
type ExportProblem struct {
	// Report is the report's index in the plan's reports.
	Report int
	// Target and Period are the report's, the period as EDTF.
	Target, Period string
	// Reason is one of the Problem... constants.
	Reason string
	// Detail says what of the report is at fault, as the reason's
	// constant says.
	Detail string
}

// The reasons of an [ExportProblem].
const (
	// ProblemNotIndicator: the report's target is no indicator of the plan.
	ProblemNotIndicator = "not-indicator"
	// ProblemNoStatusCode: the status has no code in Canada's tracker
	// (withdrawn). Detail: the status.
	ProblemNoStatusCode = "no-status-code"
	// ProblemLeads: more than one lead, where a row has one owner_org.
	// Detail: how many.
	ProblemLeads = "leads"
	// ProblemLanguage: a text in a language other than "en" and "fr", which
	// have the only columns. Detail: the member and the language,
	// "progress/fr-CA".
	ProblemLanguage = "language"
	// ProblemCarriageReturn: a carriage return in a text or an "x-" member,
	// which CSV with CRLF line ends does not keep. Detail: "progress/en",
	// or the member's name.
	ProblemCarriageReturn = "carriage-return"
	// ProblemNotString: an "x-" member whose value is not a string, which
	// a cell would turn into one. Detail: the member's name.
	ProblemNotString = "not-string"
	// ProblemApostrophe: with [KeepFormulas], a text or "x-"
	// member that begins with an apostrophe and "=", "+", "-" or "@", which
	// [ImportRows] would read without its apostrophe. Detail: as for
	// ProblemCarriageReturn.
	ProblemApostrophe = "apostrophe"
)

// Error says how many problems there are and lists them, one a line, as
// [ExportProblem.String] writes them.
func (e *ExportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "canada: %d problem(s) keep the reports from rows:", len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s", p)
	}
	return b.String()
}

// Finding returns the problem as a finding about the report (path
// "/reports/3", relative to the plan), whose message says it in any
// language.
func (p ExportProblem) Finding() finding.Finding {
	return finding.New(CodeExport, "/reports/"+strconv.Itoa(p.Report),
		"target", p.Target, "period", p.Period, "reason", p.Reason, "detail", p.Detail)
}

// String says which report is at fault and why, in English: "report 3:
// the report on C01.1.1 for 2022-09 cannot be written as a row: 2 leads,
// where a row has one owner_org".
func (p ExportProblem) String() string {
	return fmt.Sprintf("report %d: %s", p.Report, p.Finding().Message("en"))
}

// RowsStyle is a layout of the rows open.canada.ca publishes: the columns
// of one plan's tracker.
type RowsStyle int

const (
	// RowsOfPlan chooses the layout from the plan: the one of the rule set
	// Canada's profile checks it with (the plan's id, or the year it
	// starts), or else, for a plan of no known rule set, 2022-24's when
	// its indicators have leads and 2018-20's when they have none.
	RowsOfPlan RowsStyle = iota
	// Rows2018To2020: the columns of every plan, reporting_period to
	// challenges_fr, then owner_org and owner_org_title.
	Rows2018To2020
	// Rows2022To2024 adds, before owner_org, the indicator's title,
	// deadline label and leads: indicator_en to indicator_lead_dept.
	Rows2022To2024
	// Rows2025To2029 replaces challenges_en and challenges_fr by challenges
	// (the categories' codes), challenges_other_en and challenges_other_fr,
	// and adds indicator_due_date and indicator_s4d after
	// indicator_lead_dept.
	Rows2025To2029
)

// rowsStyles is the layout of each rule set of Canada's profile.
var rowsStyles = map[string]RowsStyle{"2018-2020": Rows2018To2020, "2022-2024": Rows2022To2024, "2025-2029": Rows2025To2029}

// columns returns the header of the style's rows, before any "x-" column.
func (s RowsStyle) columns() []string {
	switch s {
	case Rows2018To2020:
		return slices.Concat(baseColumns, ownerColumns)
	case Rows2022To2024:
		return slices.Concat(baseColumns, indicatorColumns, ownerColumns)
	}
	return slices.Concat(baseColumns[:len(baseColumns)-2], challengeColumns, indicatorColumns, dueColumns, ownerColumns)
}

// inColumns are the "x-" members of a report that the 2025-29 layout
// writes in a column of its own, as [ImportRows] keeps them.
var inColumns = []string{"x-challenges", "x-indicator_due_date", "x-indicator_s4d"}

// ErrNilPlan is the error of [ImportRows] and [ExportRows] when given a
// nil plan.
var ErrNilPlan = errors.New("canada: a nil plan")

// ExportOption is an option of [ExportRows].
type ExportOption func(*exportOptions)

type exportOptions struct {
	style        RowsStyle
	keepFormulas bool
}

// KeepFormulas has [ExportRows] write every cell as it is, a cell that a
// spreadsheet would run as a formula included. By default, since the rows
// are meant to be opened in a spreadsheet, as the portal's are, ExportRows
// writes a cell that begins with "=", "+", "-" or "@" with an apostrophe
// before it ("'=SUM(A1)"), which Excel shows as text, and a cell that
// begins with an apostrophe and one of those with another apostrophe;
// [ImportRows] takes the apostrophe away again, so that the rows still
// import into the same reports. With KeepFormulas, a text or "x-" member
// that begins with an apostrophe before one of those is a problem
// ([ProblemApostrophe]), since ImportRows would read it without.
func KeepFormulas() ExportOption { return func(o *exportOptions) { o.keepFormulas = true } }

// formulaStarts are the characters that make a cell a formula in a
// spreadsheet.
const formulaStarts = "=+-@"

// formulaLike reports whether cell, after any apostrophes it begins with,
// begins with one of formulaStarts.
func formulaLike(cell string) bool {
	rest := strings.TrimLeft(cell, "'")
	return rest != "" && strings.IndexByte(formulaStarts, rest[0]) >= 0
}

// neutralized returns cell as [ExportRows] writes it by default: with an
// apostrophe before it when it is formulaLike.
func neutralized(cell string) string {
	if formulaLike(cell) {
		return "'" + cell
	}
	return cell
}

// unneutralized returns cell without the apostrophe [ExportRows] puts
// before it by default: "'=x" is read "=x", and two apostrophes before "=x"
// are read as one.
func unneutralized(cell string) string {
	if strings.HasPrefix(cell, "'") && formulaLike(cell) {
		return cell[1:]
	}
	return cell
}

// WithRowsStyle has [ExportRows] write the rows in style s rather than in
// the layout of the plan's rule set.
func WithRowsStyle(s RowsStyle) ExportOption { return func(o *exportOptions) { o.style = s } }

// styleOf returns the layout of plan's rows: the one of its rule set, or
// else 2022-24's when its indicators have leads, 2018-20's otherwise.
func styleOf(plan *ogp.Plan, where map[string]place) RowsStyle {
	if s, ok := rowsStyles[planOf(plan)]; ok {
		return s
	}
	for _, p := range where {
		if len(p.indicator.Leads) > 0 {
			return Rows2022To2024
		}
	}
	return Rows2018To2020
}

// ExportRows writes the reports of plan as the rows open.canada.ca
// publishes for its tracker: CSV in UTF-8 with a byte order mark and CRLF
// line ends, as Excel writes it, one row per report in the plan's order.
// The columns are those of the plan's layout ([RowsStyle]; another with
// [WithRowsStyle]), then each other "x-" member of the reports as a column
// of its name. The 2025-29 layout writes a report's x-challenges (the
// challenges' codes) in the column challenges, its challenges as
// challenges_other_en and challenges_other_fr, and in indicator_due_date
// and indicator_s4d the report's x-indicator_due_date and x-indicator_s4d
// or else the indicator's due date and its x-s4d. [ImportRows] reads the
// file back into the same reports.
//
// Every report must be on an indicator of the plan, with a status Canada
// has a code for, at most one lead, texts in English and French only
// ("en", "fr") and "x-" members that are strings, with no carriage return
// in any of them (the CSV's line ends are CRLF, and a CR of its own would
// not come back): otherwise ExportRows writes nothing and returns an
// [*ExportError] naming each problem. A nil plan is an error
// ([ErrNilPlan]), and nothing is written.
//
// A cell a spreadsheet would run as a formula (one that begins with "=",
// "+", "-" or "@") is written with an apostrophe before it, which
// ImportRows takes away again; [KeepFormulas] writes it as it is.
func ExportRows(w io.Writer, plan *ogp.Plan, opts ...ExportOption) error {
	if plan == nil {
		return ErrNilPlan
	}
	var o exportOptions
	for _, opt := range opts {
		opt(&o)
	}
	where, _ := places(plan)
	style := o.style
	if style == RowsOfPlan {
		style = styleOf(plan, where)
	}
	extras := map[string]bool{}
	var problems []ExportProblem
	for i, r := range plan.Reports {
		fail := func(reason, detail string) {
			problems = append(problems, ExportProblem{Report: i, Target: r.Target, Period: r.Period.String(), Reason: reason, Detail: detail})
		}
		if _, ok := where[r.Target]; !ok {
			fail(ProblemNotIndicator, "")
		}
		if codeOf(r.Status) == "" {
			fail(ProblemNoStatusCode, string(r.Status))
		}
		if len(r.Leads) > 1 {
			fail(ProblemLeads, strconv.Itoa(len(r.Leads)))
		}
		for _, m := range [...]struct {
			name string
			t    ogp.Text
		}{{"progress", r.Progress}, {"evidence", r.Evidence}, {"challenges", r.Challenges}} {
			for _, lang := range slices.Sorted(maps.Keys(m.t)) {
				if lang != "en" && lang != "fr" {
					fail(ProblemLanguage, m.name+"/"+lang)
				} else if strings.Contains(m.t[lang], "\r") {
					fail(ProblemCarriageReturn, m.name+"/"+lang)
				} else if o.keepFormulas && unneutralized(m.t[lang]) != m.t[lang] {
					fail(ProblemApostrophe, m.name+"/"+lang)
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(r.Extra)) {
			var s string
			if json.Unmarshal(r.Extra[k], &s) != nil {
				fail(ProblemNotString, k)
			} else if strings.Contains(s, "\r") {
				fail(ProblemCarriageReturn, k)
			} else if o.keepFormulas && unneutralized(s) != s {
				fail(ProblemApostrophe, k)
			}
			if style != Rows2025To2029 || !slices.Contains(inColumns, k) {
				extras[k] = true
			}
		}
	}
	if len(problems) > 0 {
		return &ExportError{Problems: problems}
	}
	header := style.columns()
	header = append(header, slices.Sorted(maps.Keys(extras))...)

	var buf bytes.Buffer
	buf.WriteString(bom)
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	cw.Write(header)
	for _, r := range plan.Reports {
		p := where[r.Target]
		in := p.indicator
		row := []string{r.Period.String(), p.commitment, p.milestone, r.Target, codeOf(r.Status),
			r.Progress["en"], r.Progress["fr"], r.Evidence["en"], r.Evidence["fr"]}
		if style == Rows2025To2029 {
			row = append(row, extraCell(r.Extra["x-challenges"]), r.Challenges["en"], r.Challenges["fr"])
		} else {
			row = append(row, r.Challenges["en"], r.Challenges["fr"])
		}
		if style != Rows2018To2020 {
			var dl ogp.Text
			if in.Deadline != nil {
				dl = in.Deadline.Text
			}
			row = append(row, in.Title["en"], in.Title["fr"], dl["en"], dl["fr"], strings.Join(in.Leads, ","))
		}
		if style == Rows2025To2029 {
			due, s4d := dueDate(in), extraCell(in.Extra["x-s4d"])
			if v, ok := r.Extra["x-indicator_due_date"]; ok {
				due = extraCell(v)
			}
			if v, ok := r.Extra["x-indicator_s4d"]; ok {
				s4d = extraCell(v)
			}
			row = append(row, due, s4d)
		}
		owner, title := "", ""
		if len(r.Leads) == 1 {
			owner = r.Leads[0]
			if i := slices.IndexFunc(plan.Institutions, func(i ogp.Institution) bool { return i.ID == owner }); i >= 0 {
				title = plan.Institutions[i].Name["en"] + " | " + plan.Institutions[i].Name["fr"]
			}
		}
		row = append(row, owner, title)
		for _, k := range header[len(row):] {
			row = append(row, extraCell(r.Extra[k]))
		}
		if !o.keepFormulas {
			for i := range row {
				row[i] = neutralized(row[i])
			}
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// dueDate returns the due date of in as the column indicator_due_date
// holds it (YYYY-MM), "" when it has none.
func dueDate(in *ogp.Indicator) string {
	if in.Deadline == nil || in.Deadline.Date.IsZero() {
		return ""
	}
	return in.Deadline.Date.String()
}

// extraCell returns an "x-" member's value as a cell: a string as it is,
// anything else as its JSON.
func extraCell(v json.RawMessage) string {
	var s string
	if len(v) == 0 || json.Unmarshal(v, &s) != nil {
		return string(v)
	}
	return s
}

// challengeCategories are the codes of the column challenges of the
// 2025-29 rows, in the order the portal lists them.
var challengeCategories = []ogp.Code{
	{Code: "CF", Title: ogp.NewText("Capacity or funding", "Capacité ou financement")},
	{Code: "LR", Title: ogp.NewText("Legal or regulatory", "Juridique ou réglementaire")},
	{Code: "SP", Title: ogp.NewText("Stakeholders or partners", "Parties prenantes ou partenaires")},
	{Code: "DA", Title: ogp.NewText("Data availability", "Disponibilité des données")},
	{Code: "OA", Title: ogp.NewText("Organisational alignment", "Harmonisation organisationnelle")},
	{Code: "OT", Title: ogp.NewText("Other", "Autre")},
}

// ChallengeCategories returns the codes of the column challenges of the
// 2025-29 rows, the categories of what held a commitment back, each with
// a title in English and French, in the portal's order. The codes are the
// portal's; the titles are this package's own words, not the portal's,
// which does not publish them with the rows. The result is a copy, which
// the caller may change: [ImportRows] reads the package's own.
func ChallengeCategories() []ogp.Code {
	out := make([]ogp.Code, len(challengeCategories))
	for i, c := range challengeCategories {
		out[i] = ogp.Code{Code: c.Code, Title: maps.Clone(c.Title), Description: maps.Clone(c.Description)}
	}
	return out
}

// unknownChallenge returns the first code of cell, a list of challenge
// codes separated by commas, semicolons or spaces, that is not one of
// challengeCategories, and false; "" and true when every code is one.
func unknownChallenge(cell string) (string, bool) {
	for _, code := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
		if !slices.ContainsFunc(challengeCategories, func(c ogp.Code) bool { return c.Code == strings.ToUpper(code) }) {
			return code, false
		}
	}
	return "", true
}
