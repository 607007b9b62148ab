package main

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/schema"
)

func schemaCommand(e *env) *cobra.Command {
	var out string
	c := &cobra.Command{
		Use:   "schema [--out DIR]",
		Short: "print the JSON Schema, or write every published file",
		Long: `Prints the JSON Schema of documents. With --out, writes every published file
(the document and report schemas, the code lists as CSV and JSON, the
status-transition table and its schema) into DIR, as under
` + schema.BaseURL + `
each file written whole or not at all: into a temporary file renamed
over the file once complete.`,
		Args: e.noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if out == "" {
				data, err := fs.ReadFile(schema.Files(), schema.DocumentFile)
				if err != nil {
					return err
				}
				e.stdout.Write(data)
				return nil
			}
			if err := writeFiles(out); err != nil {
				e.complain(ioMessage(e.lang, err))
				return exit(exitUsage)
			}
			return nil
		},
	}
	c.Flags().StringVar(&out, "out", "", "write every published file into `DIR`")
	c.MarkFlagDirname("out")
	return c
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
		return writeAtomic(path, 0o644, writeBytes(data))
	})
}
