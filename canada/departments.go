package canada

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ogpx/interchange/ogp"
)

// Department is one organisation of the Government of Canada, as the Open
// Government Portal (open.canada.ca) lists it.
type Department struct {
	// Slug is the portal's id of the organisation, which Canada's trackers
	// write in lead_dept, supt_sept and owner_org: "tbs-sct", "ec".
	Slug string
	// Abbreviation is its short name in English and French: TBS, SCT. Empty
	// for an office that has none.
	Abbreviation ogp.Text
	// Name is its name in English and French.
	Name ogp.Text
}

// Institution returns d as an institution of a plan, with its slug as id.
func (d Department) Institution() ogp.Institution {
	i := ogp.Institution{ID: d.Slug, Name: maps.Clone(d.Name)}
	if len(d.Abbreviation) > 0 {
		i.Abbreviation = maps.Clone(d.Abbreviation)
	}
	return i
}

// clone returns a copy of d that shares nothing with it.
func (d Department) clone() Department {
	d.Abbreviation, d.Name = maps.Clone(d.Abbreviation), maps.Clone(d.Name)
	return d
}

//go:embed departments.csv
var departmentsCSV []byte

// departments is the registry read from departments.csv, in its order.
var departments = mustReadDepartments(departmentsCSV)

// mustReadDepartments reads the registry; a malformed file is a mistake in
// the program, caught by every test.
func mustReadDepartments(data []byte) []Department {
	ds, err := readDepartments(data)
	if err != nil {
		panic("canada: departments.csv: " + err.Error())
	}
	return ds
}

func readDepartments(data []byte) ([]Department, error) {
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, err
	}
	want := []string{"slug", "abbreviation_en", "abbreviation_fr", "name_en", "name_fr"}
	if len(records) == 0 || !slices.Equal(records[0], want) {
		return nil, fmt.Errorf("want the columns %s", strings.Join(want, ", "))
	}
	var out []Department
	seen := map[string]bool{}
	for i, r := range records[1:] {
		if r[0] == "" || r[3] == "" || r[4] == "" || seen[r[0]] {
			return nil, fmt.Errorf("row %d: want a new slug and both names", i+2)
		}
		seen[r[0]] = true
		out = append(out, Department{Slug: r[0], Abbreviation: ogp.NewText(r[1], r[2]), Name: ogp.NewText(r[3], r[4])})
	}
	return out, nil
}

// Departments returns Canada's departments with their portal slugs, in the
// order of departments.csv (see departments.md beside it for the source).
// The result is a copy: changing it changes nothing else.
func Departments() []Department {
	out := make([]Department, len(departments))
	for i, d := range departments {
		out[i] = d.clone()
	}
	return out
}

// DepartmentBySlug returns the department whose portal slug is slug, in
// any letter case: "tbs-sct".
func DepartmentBySlug(slug string) (Department, bool) {
	return findDepartment(departments, func(d Department) bool { return strings.EqualFold(d.Slug, strings.TrimSpace(slug)) })
}

// DepartmentByAbbreviation returns the department abbreviated abbr in
// English or in French, in any letter case: "TBS" and "SCT" both find
// tbs-sct.
func DepartmentByAbbreviation(abbr string) (Department, bool) {
	return findDepartment(departments, func(d Department) bool { return matches(d.Abbreviation, abbr) })
}

// DepartmentByName returns the department named name, or abbreviated so,
// in English or in French, in any letter case: "Canada School of Public
// Service", "CSPS" and "ÉFPC" all find csps-efpc.
func DepartmentByName(name string) (Department, bool) {
	return findDepartment(departments, func(d Department) bool { return matches(d.Name, name) || matches(d.Abbreviation, name) })
}

func findDepartment(ds []Department, ok func(Department) bool) (Department, bool) {
	for _, d := range ds {
		if ok(d) {
			return d.clone(), true
		}
	}
	return Department{}, false
}

// matches reports whether s is one of t's texts, whatever the letter case
// and the spaces around it.
func matches(t ogp.Text, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, v := range t {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
