package sheet

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/validate"
	"github.com/xuri/excelize/v2"
)

// canada returns Canada's 2018-2020 plan.
func canada(t testing.TB) *ogp.Package {
	t.Helper()
	data, err := os.ReadFile("../examples/canada-2018-2020/canada-2018-2020.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ogp.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// columnOf returns the column letter of the column called name on row
// 2 of sheet.
func columnOf(t *testing.T, f *excelize.File, sheet, name string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range rows[1] {
		if n == name {
			col, _ := excelize.ColumnNumberToName(i + 1)
			return col
		}
	}
	t.Fatalf("%s has no column %s", sheet, name)
	return ""
}

// editedCanada returns Canada's workbook with cells edited as a submitter
// might, and for each finding code the edits cause, the edited cell.
func editedCanada(t *testing.T) (workbook []byte, want map[string]string) {
	t.Helper()
	f := canadaWorkbook(t)
	edits := []struct {
		sheet, column string
		row           int
		value         string
		code          string // the finding the edit causes
	}{
		{"Reports", "status", 5, "done", "schema.enum"},
		{"Indicators", "deadline.date", 14, "2020-13", "schema.pattern"},
		{"Reports", "target", 9, "C10.99", "status.unknown-target"},
		{"Milestones", "title_fr", 7, "", "text.missing-language"},
	}
	want = map[string]string{}
	for _, e := range edits {
		cell := columnOf(t, f, e.sheet, e.column) + strconv.Itoa(e.row)
		if err := f.SetCellStr(e.sheet, cell, e.value); err != nil {
			t.Fatal(err)
		}
		want[e.code] = e.sheet + "!" + cell
	}
	return save(t, f), want
}

// validated imports a workbook, validates the document it stands for and
// puts the findings on their cells.
func validated(t *testing.T, workbook []byte) (*Import, *validate.Report) {
	t.Helper()
	im, err := Read(bytes.NewReader(workbook), int64(len(workbook)))
	if err != nil {
		t.Fatal(err)
	}
	v, err := validate.New()
	if err != nil {
		t.Fatal(err)
	}
	r := v.Validate(im.JSON)
	im.Locate(r)
	return im, r
}

// TestFindingsPointAtCells edits cells of Canada's workbook as a submitter
// might, imports it, validates the JSON and checks that each finding the
// edits cause names the edited cell.
func TestFindingsPointAtCells(t *testing.T) {
	workbook, want := editedCanada(t)
	_, r := validated(t, workbook)
	got := map[string]string{}
	for _, finding := range r.Findings {
		if finding.Cell == "" {
			t.Errorf("%s: no cell for %q", finding.Code, finding.Path)
			continue
		}
		// Canada's plan has missing-language warnings of its own (its
		// reports are in English only); the edit is on a milestone.
		if finding.Code == "text.missing-language" && !strings.HasPrefix(finding.Cell, "Milestones!") {
			continue
		}
		got[finding.Code] = finding.Cell
		t.Logf("%s", finding)
	}
	for code, cell := range want {
		if got[code] != cell {
			t.Errorf("%s: found at %q, want %s", code, got[code], cell)
		}
	}
}

// TestCell checks where pointers into Canada's imported plan lead.
func TestCell(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, canada(t)); err != nil {
		t.Fatal(err)
	}
	im, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ptr, cell string
		ok        bool
	}{
		{"", "Document!A3", true},
		{"/formatVersion", "Document!B3", true},
		{"/publisher/name/fr", "Document!D3", true},
		{"/x-source", "Document!J3", true},
		{"/plans", "Document!A3", true},
		{"/plans/0", "Plans!A3", true},
		{"/plans/0/member/fiscalYearEnd", "Plans!H3", true},
		{"/plans/1/title", "Document!A3", true},
		{"/plans/0/commitments/0", "Commitments!A3", true},
		{"/plans/0/commitments/9/milestones/6/indicators/1/deadline/date", "Indicators!J137", true},
		{"/plans/0/commitments/9/milestones/6/indicators/1/deadline/text/fr", "Indicators!L137", true},
		{"/plans/0/commitments/9/milestones/6/indicators/99", "Milestones!A58", true},
		{"/plans/0/reports/24/status", "Reports!D27", true},
		{"/plans/0/reports/24/progress", "Reports!F27", true}, // the first empty language of the document: fr
		{"/plans/0/reports/24/leads/0", "Reports!K27", true},
		{"/plans/0/extensions/0/end", "Extensions!I3", true},
		{"plans", "", false},
	}
	for _, tt := range tests {
		cell, ok := im.Cell(tt.ptr)
		if got := cell.String(); ok != tt.ok || ok && got != tt.cell {
			t.Errorf("Cell(%q) = %s, %v; want %s, %v", tt.ptr, got, ok, tt.cell, tt.ok)
		}
	}
}
