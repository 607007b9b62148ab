// Command canada-2018-2020 builds canada-2018-2020.json, Canada's whole
// 2018-2020 National Action Plan on Open Government in the interchange
// format, from the published files in source/ (see source/README.md for
// where they come from and their licence).
//
// From the repository's root:
//
//	go run ./examples/canada-2018-2020
//
// or, in this directory, go generate. A test in internal/canada checks that
// the committed document is exactly what this program writes.
package main

//go:generate go run . -source source -out canada-2018-2020.json

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ogpx/interchange/internal/canada"
	"github.com/ogpx/interchange/ogp"
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
	src, err := canada.ReadSources(source)
	if err != nil {
		return err
	}
	p, err := canada.Convert(src)
	if err != nil {
		return err
	}
	data, err := ogp.Encode(p)
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}
