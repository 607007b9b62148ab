// Command canada-2018-2020 builds canada-2018-2020.json, Canada's whole
// 2018-2020 National Action Plan on Open Government in the interchange
// format, from the published files in source/ (see source/README.md for
// where they come from and their licence), with the importer of package
// canada:
//
//  1. it turns the page of the tracker in tracker-c10.txt into the rows
//     the portal publishes, tracker-c10.csv;
//  2. it imports the table canada-nap-2018-2020.yaml with the plan card
//     plan.json (canada.ImportTable), then those rows (canada.ImportRows).
//
// From the repository's root:
//
//	go run ./examples/canada-2018-2020
//
// or, in this directory, go generate. A test in package canada checks that
// the committed document is exactly what step 2 makes of the committed
// files; one here, that tracker-c10.csv is what step 1 makes of the page.
package main

//go:generate go run . -source source -out canada-2018-2020.json

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ogpx/interchange/canada"
	"github.com/ogpx/interchange/ogp"
)

// The names of the files in the source directory.
const (
	tableFile = "canada-nap-2018-2020.yaml"
	cardFile  = "plan.json"
	pageFile  = "tracker-c10.txt"
	rowsFile  = "tracker-c10.csv"
)

func main() {
	dir := filepath.Join("examples", "canada-2018-2020")
	source := flag.String("source", filepath.Join(dir, "source"), "directory of the published source files")
	out := flag.String("out", filepath.Join(dir, "canada-2018-2020.json"), "document to write")
	flag.Parse()
	if err := run(*source, *out); err != nil {
		fmt.Fprintln(os.Stderr, "canada-2018-2020:", err)
		os.Exit(1)
	}
}

func run(source, out string) error {
	page, err := os.ReadFile(filepath.Join(source, pageFile))
	if err != nil {
		return err
	}
	rows, err := trackerRows(page)
	if err != nil {
		return fmt.Errorf("%s: %w", pageFile, err)
	}
	if err := os.WriteFile(filepath.Join(source, rowsFile), rows, 0o644); err != nil {
		return err
	}
	table, err := os.ReadFile(filepath.Join(source, tableFile))
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(source, cardFile))
	if err != nil {
		return err
	}
	defer f.Close()
	card, err := canada.ReadPlanCard(f)
	if err != nil {
		return err
	}
	pkg, findings, err := canada.ImportTable(table, card)
	if err != nil {
		return err
	}
	more, err := canada.ImportRows(bytes.NewReader(rows), rowsFile, &pkg.Plans[0])
	if err != nil {
		return err
	}
	if findings = append(findings, more...); len(findings) > 0 {
		var errs []error
		for _, f := range findings {
			errs = append(errs, errors.New(f.String()))
		}
		return errors.Join(errs...)
	}
	data, err := ogp.Encode(pkg)
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
