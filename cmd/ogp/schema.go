package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ogpx/interchange/schema"
)

func runSchema(e *env, args []string) int {
	flags := flag.NewFlagSet("schema", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	out := flags.String("out", "", "write every published file into `DIR`")
	flags.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: ogp schema [--out DIR]\n\nPrints the JSON Schema of documents. With --out, writes every published file\n(the schema and the code lists as CSV and JSON) into DIR, as under\n"+schema.BaseURL+"\n\nflags:")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return exitUsage
	}
	if flags.NArg() != 0 {
		flags.Usage()
		return exitUsage
	}
	var err error
	if *out == "" {
		err = printSchema(e)
	} else {
		err = writeFiles(*out)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "ogp schema: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func printSchema(e *env) error {
	data, err := fs.ReadFile(schema.Files(), schema.DocumentFile)
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(data)
	return err
}

// writeFiles writes the published files into dir, creating the directories
// they need.
func writeFiles(dir string) error {
	files := schema.Files()
	return fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		path := filepath.Join(dir, filepath.FromSlash(name))
		if d.IsDir() {
			return os.MkdirAll(path, 0o755)
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	})
}
