package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"

	"github.com/ogpx/interchange/canada"
)

// statusCodes are the codes of the statuses the tracker's page writes out.
var statusCodes = map[string]string{
	"Not started": "NS", "Limited progress": "LP", "Substantial progress": "SP", "Complete": "C",
}

var trackerTitle = regexp.MustCompile(`^((C\d\d)\.\d+)\.\d+ - `)

// record is one progress report of the page.
type record struct {
	indicator, milestone, commitment string
	period, status, owner            string
	texts                            []string
}

// trackerRows turns the text of a page of the tracker's progress reports
// into the rows the portal publishes (English only, as the page is). Each
// record of the page is a title line ("C10.7.2 - ... (May 2020)"), the
// reporting period, the milestone, commitment, lead organization and
// status lines, "Progress Summary", and then, one line each and left out
// when empty, the progress, the evidence and the challenges: a record of
// two lines whose second holds no link cannot be told apart, and is an
// error rather than a guess.
func trackerRows(page []byte) ([]byte, error) {
	var (
		records []record
		cur     *record
		inTexts bool
		lineNo  int
	)
	sc := bufio.NewScanner(bytes.NewReader(page))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), " \u00a0")
		switch m := trackerTitle.FindStringSubmatch(line); {
		case m != nil:
			records = append(records, record{indicator: strings.Fields(line)[0], milestone: m[1], commitment: m[2]})
			cur, inTexts = &records[len(records)-1], false
		case cur == nil:
		case inTexts:
			if line != "" && line != "Date modified:" {
				cur.texts = append(cur.texts, line)
			}
		case cur.period == "" && line != "":
			cur.period = line
		case strings.HasPrefix(line, "Lead Organization: "):
			name := strings.TrimPrefix(line, "Lead Organization: ")
			d, ok := canada.DepartmentByName(name)
			if !ok {
				return nil, fmt.Errorf("line %d: unknown institution %q", lineNo, name)
			}
			cur.owner = d.Slug
		case strings.HasPrefix(line, "Status: "):
			title := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "Status: "), "Comment"))
			if cur.status = statusCodes[title]; cur.status == "" {
				return nil, fmt.Errorf("line %d: unknown status %q", lineNo, title)
			}
		case line == "Progress Summary":
			inTexts = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Write([]string{"reporting_period", "commitments", "milestones", "indicators", "status",
		"progress_en", "progress_fr", "evidence_en", "evidence_fr", "challenges_en", "challenges_fr", "owner_org", "owner_org_title"})
	for _, r := range records {
		var progress, evidence, challenges string
		switch len(r.texts) {
		case 3:
			challenges = r.texts[2]
			fallthrough
		case 2:
			if len(r.texts) == 2 && !strings.Contains(r.texts[1], "http") {
				return nil, fmt.Errorf("report on %s for %s: cannot tell whether %q is evidence or challenges", r.indicator, r.period, r.texts[1])
			}
			evidence = r.texts[1]
			fallthrough
		case 1:
			progress = r.texts[0]
		default:
			return nil, fmt.Errorf("report on %s for %s: %d lines of progress summary", r.indicator, r.period, len(r.texts))
		}
		title := ""
		if d, ok := canada.DepartmentBySlug(r.owner); ok {
			title = d.Name["en"] + " | " + d.Name["fr"]
		}
		w.Write([]string{r.period, r.commitment, r.milestone, r.indicator, r.status,
			progress, "", evidence, "", challenges, "", r.owner, title})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
