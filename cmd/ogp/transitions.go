package main

import (
	"github.com/spf13/cobra"

	"github.com/ogpx/interchange/status"
)

func transitionsCommand(e *env) *cobra.Command {
	var format *string
	c := &cobra.Command{
		Use:   "transitions [flags]",
		Short: "print the status-transition table, or draw it",
		Long: `Prints the status-transition table: as JSON (the document of
schema/v1/status-transitions.json), as a Mermaid state diagram or as a
Graphviz digraph, whose status titles and kinds are in the language of --lang.`,
		Args: e.noArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := e.choice("format", *format, "json", "mermaid", "dot"); err != nil {
				return err
			}
			var out []byte
			switch *format {
			case "json":
				var err error
				if out, err = status.Default().MarshalJSON(); err != nil {
					return err
				}
			case "mermaid":
				out = status.Default().Mermaid(e.lang)
			case "dot":
				out = status.Default().DOT(e.lang)
			}
			e.stdout.Write(out)
			return nil
		},
	}
	format = choiceFlag(c, "format", "the output `format`", "json", "mermaid", "dot")
	return c
}
