package canada

import (
	"testing"
)

func TestDepartmentsHaveThePortalSlugs(t *testing.T) {
	for slug, abbr := range map[string]string{
		"tbs-sct": "TBS", "ec": "ECCC", "dfatd-maecd": "GAC", "ic": "ISED", "pwgsc-tpsgc": "PSPC",
		"nrcan-rncan": "NRCan", "esdc-edsc": "ESDC", "jus": "JUS", "pch": "PCH", "pco-bcp": "PCO",
		"statcan": "StatCan", "csps-efpc": "CSPS", "bac-lac": "LAC", "idrc-crdi": "IDRC",
	} {
		d, ok := DepartmentBySlug(slug)
		if !ok || d.Abbreviation["en"] != abbr {
			t.Errorf("DepartmentBySlug(%q) = %+v, %v; want abbreviation %s", slug, d, ok, abbr)
		}
	}
	for _, old := range []string{"eccc", "gac-amc", "ised-isde", "pspc-spac", "lac-bac"} {
		if _, ok := DepartmentBySlug(old); ok {
			t.Errorf("%q is no slug of the portal's", old)
		}
	}
}

func TestDepartmentLookups(t *testing.T) {
	for _, tt := range []struct {
		find func(string) (Department, bool)
		key  string
		want string
	}{
		{DepartmentByAbbreviation, "TBS", "tbs-sct"},
		{DepartmentByAbbreviation, "sct", "tbs-sct"},
		{DepartmentByAbbreviation, "ÉFPC", "csps-efpc"},
		{DepartmentByAbbreviation, "Treasury Board of Canada Secretariat", ""},
		{DepartmentByName, "Canada School of Public Service", "csps-efpc"},
		{DepartmentByName, " Affaires mondiales Canada ", "dfatd-maecd"},
		{DepartmentByName, "SPAC", "pwgsc-tpsgc"},
		{DepartmentByName, "Office of the Chief Science Advisor", "ocsa-bcsp"},
		{DepartmentByName, "", ""},
		{DepartmentBySlug, "TBS-SCT", "tbs-sct"},
		{DepartmentBySlug, "TBS", ""},
	} {
		d, ok := tt.find(tt.key)
		if d.Slug != tt.want || ok != (tt.want != "") {
			t.Errorf("lookup of %q = %q, %v; want %q", tt.key, d.Slug, ok, tt.want)
		}
	}
}

func TestDepartmentsAreCopies(t *testing.T) {
	ds := Departments()
	ds[0].Name["en"] = "changed"
	ds[0].Slug = "changed"
	if d := Departments()[0]; d.Slug != "tbs-sct" || d.Name["en"] != "Treasury Board of Canada Secretariat" {
		t.Errorf("the registry changed through a copy: %+v", d)
	}
	d, _ := DepartmentBySlug("tbs-sct")
	d.Abbreviation["fr"] = "changed"
	if d, _ := DepartmentBySlug("tbs-sct"); d.Abbreviation["fr"] != "SCT" {
		t.Error("the registry changed through a lookup's result")
	}
	if i := d.Institution(); i.ID != "tbs-sct" || i.Name["fr"] != "Secrétariat du Conseil du Trésor du Canada" {
		t.Errorf("Institution() = %+v", i)
	}
}

func TestReadDepartmentsRefusesABadFile(t *testing.T) {
	for name, data := range map[string]string{
		"no header":      "tbs-sct,TBS,SCT,a,b\n",
		"duplicate slug": "slug,abbreviation_en,abbreviation_fr,name_en,name_fr\nx,,,a,b\nx,,,c,d\n",
		"no name":        "slug,abbreviation_en,abbreviation_fr,name_en,name_fr\nx,,,a,\n",
		"short row":      "slug,abbreviation_en,abbreviation_fr,name_en,name_fr\nx,a\n",
	} {
		if _, err := readDepartments([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
