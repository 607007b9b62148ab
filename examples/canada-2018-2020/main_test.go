package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRowsAreThePage checks that source/tracker-c10.csv is what the
// generator makes of the tracker's page.
func TestRowsAreThePage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("source", pageFile))
	if err != nil {
		t.Fatal(err)
	}
	got, err := trackerRows(page)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("source", rowsFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("source/%s is not what the page gives; run go generate", rowsFile)
	}
}

func TestTrackerRowsRefusesWhatItCannotRead(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("source", pageFile))
	if err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string][2]string{
		"unknown institution":       {"Lead Organization: Canada School of Public Service", "Lead Organization: Nobody"},
		"unknown status":            {"Status: Complete", "Status: Done"},
		"ambiguous two-line record": {"https://www.csps-efpc.gc.ca/digital-academy/index-eng.aspx", "No link here"},
	} {
		if _, err := trackerRows([]byte(strings.Replace(string(page), edit[0], edit[1], 1))); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
