package main

import (
	"strings"
	"testing"
)

// Every command that reads documents gives the hints of validate for a
// file that is UTF-16, YAML or a workbook where JSON was expected.
func TestEveryCommandGivesTheHints(t *testing.T) {
	inputs := map[string]string{
		"UTF-16":   "\xff\xfe{\x00\"\x00",
		"YAML":     "formatVersion: 1.0.0\n",
		"workbook": "PK\x03\x04\x14\x00\x06\x00",
	}
	want := map[string]string{"UTF-16": "looks like UTF-16", "YAML": "looks like YAML", "workbook": "looks like a workbook"}
	for name, in := range inputs {
		for _, args := range [][]string{{"validate"}, {"fmt"}, {"status"}, {"overdue"}, {"sheet", "export", "-o", "-"}} {
			code, stdout, stderr := runOGP(t, in, append(args, "-")...)
			if code != exitInvalid || !strings.Contains(stdout+stderr, want[name]) {
				t.Errorf("%s of %s: exit %d, %s%s; want exit 1 and %q", strings.Join(args, " "), name, code, stdout, stderr, want[name])
			}
		}
	}
}
