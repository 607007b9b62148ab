// Command ogp reads, checks and converts documents of the OGP interchange
// format.
//
// Usage:
//
//	ogp <command> [flags] [arguments]
//
// The commands:
//
//	validate     check submissions: syntax, schema, references, histories
//	fmt          print a document in its canonical encoding, or rewrite it
//	schema       print the JSON Schema, or write every published file
//	extend       extend a plan's deadlines by a policy
//	deadline     show how deadline texts read
//	overdue      list the items late as of a date
//	status       print the status roll-ups and report-history findings of a document
//	transitions  print the status-transition table, or draw it
//	sheet        export a document to a workbook or CSV files, import one, or write the template
//	import       read a jurisdiction's tracker data as a document (import canada)
//	export       write a document as a jurisdiction's tracker data (export canada)
//	version      print the version of ogp
//	completion   print a shell completion script (bash, zsh, fish, powershell)
//
// Run "ogp <command> -h" for a command's flags; help goes to standard
// output. Flags may come before or after the files. The commands that read
// documents take any number of files, folders (every *.json inside,
// recursively, in the order of their paths; validate takes *.xlsx too) and
// "-" for standard input. Every command takes --lang, the language of its
// messages and of the headings of its usage (en or fr, or a regional tag
// such as fr-CA); the help texts are in English.
//
// The exit status is the same for every command: 0 when every input is
// fine, 1 when an input has a finding of error severity (it does not
// decode, is larger than --max-bytes, is not valid), and 2 on a usage error
// or an I/O error: a file that cannot be read (once every other file was
// checked and reported) or output that cannot be written. Where a command
// judges something else than a document, 1 says that it is not acceptable:
// a deadline text that cannot be read (deadline), a policy that does not fit
// a plan (extend), a report that cannot be written as a tracker's row
// (export canada).
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
)

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1 // an input has a finding of error severity
	exitUsage   = 2 // bad usage, or an I/O error
)

// env is what a command reads and writes, so that tests can run commands
// without a process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// now is the clock that gives --as-of its default; time.Now when nil.
	now func() time.Time
	// terminal says that standard error is a terminal: only then is
	// progress shown.
	terminal bool

	lang string // the --lang of the command that runs
	path string // the command that runs: "ogp validate"
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, terminal: isTerminal(os.Stderr)}
	os.Exit(run(e, os.Args[1:]))
}

// isTerminal reports whether f is a terminal: asked of the terminal
// driver, since a character device may be none (/dev/null).
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// today returns the date of the env's clock.
func (e *env) today() ogp.Date {
	now := time.Now
	if e.now != nil {
		now = e.now
	}
	return ogp.DateOf(now())
}

// run runs the command line args and returns its exit status.
func run(e *env, args []string) int {
	out := &errWriter{w: e.stdout}
	ee := *e
	ee.stdout, ee.lang = out, langOf(args)
	root := newRoot(&ee)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(out)
	root.SetErr(e.stderr)
	cmd, err := root.ExecuteC()
	ee.path = cmd.CommandPath()
	code := exitOK
	var status exitStatus
	var usage usageError
	switch {
	case err == nil:
	case errors.As(err, &status):
		code = int(status)
	case out.err != nil:
		// The output cannot be written: said once, below, and nothing more.
		code = exitUsage
	case isIOError(err):
		ee.complain(ioMessage(ee.lang, err))
		code = exitUsage
	default: // a usage error, ours or cobra's
		msg := err.Error()
		if errors.As(err, &usage) {
			msg = string(usage)
		}
		ee.complain(msg)
		fmt.Fprint(e.stderr, cmd.UsageString())
		code = exitUsage
	}
	if out.err != nil {
		ee.complain(ioMessage(ee.lang, &fs.PathError{Op: "write", Path: "<stdout>", Err: out.err}))
		code = exitUsage
	}
	return code
}

// isIOError reports whether err is an error of the system reading or
// writing a file, not of how the command was used.
func isIOError(err error) bool {
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	var errno syscall.Errno
	return errors.As(err, &pe) || errors.As(err, &le) || errors.As(err, &se) || errors.As(err, &errno)
}

// langOf returns the value of the --lang flag in args, ahead of parsing,
// so that a usage error is said in the language asked for.
func langOf(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return "en"
}

// exitStatus is the error of a command that ran and exits with a status
// other than 0; it has said why already.
type exitStatus int

func (s exitStatus) Error() string { return "exit status " + strconv.Itoa(int(s)) }

// exit returns the error of a command that ends with the status code.
func exit(code int) error {
	if code == exitOK {
		return nil
	}
	return exitStatus(code)
}

// usageError is a usage error, said in the command's language: run shows
// it and the command's usage, and exits 2.
type usageError string

func (u usageError) Error() string { return string(u) }

// usage returns the usage error of the command line's code, in the
// command's language, filled in with args as name, value pairs.
func (e *env) usage(code string, args ...string) error {
	return usageError(say(e.lang, code, args...))
}

// errWriter passes writes on to w until one fails, and keeps that error:
// run reports it once the command is done, and exits 2.
type errWriter struct {
	w   io.Writer
	err error
}

func (w *errWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	w.err = err
	return n, err
}

// usageTemplate returns the template of usage and help, with headings in
// lang; the flags' help texts are in English.
func usageTemplate(lang string) string {
	heading := func(key string) string {
		return finding.Word(lang, "cli.usage."+key) + strings.TrimRight(finding.Word(lang, "colon"), " ")
	}
	return heading("usage") + ` {{.UseLine}}{{if .HasAvailableSubCommands}}

` + heading("commands") + `{{range .Commands}}{{if .IsAvailableCommand}}
  {{rpad .Name .NamePadding}}  {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + heading("flags") + `
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + heading("global-flags") + `
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

` + strings.ReplaceAll(finding.Word(lang, "cli.usage.more"), "CMD", "{{.CommandPath}}") + `{{end}}
`
}

// newRoot returns the command line of ogp, its commands writing to e.
func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "ogp <command> [flags] [arguments]",
		Short: "read, check and convert documents of the OGP interchange format",
		Long: `Reads, checks and converts documents of the OGP interchange format.

Flags may come before or after the files. The commands that read documents
take any number of files, folders (every *.json inside, recursively, in the
order of their paths; validate takes *.xlsx too) and "-" for standard input.
Exit status, for every command: 0 when every input is fine, 1 when an input
has a finding of error severity, 2 on a usage error or an I/O error (a file
that cannot be read, once every other file was checked; output that cannot
be written).
`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          e.subcommand,
		RunE:          func(*cobra.Command, []string) error { return nil },
		PersistentPreRunE: func(c *cobra.Command, _ []string) error {
			e.path = c.CommandPath()
			if !c.DisableFlagParsing && !finding.Supported(e.lang) { // not for the shells' completion requests
				return usageError(say("en", "cli.invalid-choice", "flag", "lang", "value", e.lang, "want", orList("en", finding.Languages())))
			}
			return nil
		},
	}
	root.SetUsageTemplate(usageTemplate(e.lang))
	root.SetFlagErrorFunc(e.flagError)
	asked := e.lang // as langOf found it
	root.PersistentFlags().StringVar(&e.lang, "lang", "en",
		"the `language` of the messages: "+orList("en", finding.Languages())+", or a regional tag such as fr-CA")
	e.lang = asked
	complete(root, "lang", finding.Languages()...)
	root.AddCommand(
		validateCommand(e),
		fmtCommand(e),
		schemaCommand(e),
		extendCommand(e),
		deadlineCommand(e),
		overdueCommand(e),
		statusCommand(e),
		transitionsCommand(e),
		sheetCommand(e),
		importCommand(e),
		exportCommand(e),
		versionCommand(e),
	)
	// help and completion, cobra's, with argument checks: an unknown topic
	// or shell is a usage error.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Args = e.helpTopic
		case "completion":
			c.Args, c.RunE = e.subcommand, func(*cobra.Command, []string) error { return nil }
		}
	}
	return root
}

// complete makes the shells offer values for the flag name of c.
func complete(c *cobra.Command, name string, values ...string) {
	c.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
}

// flagError returns a usage error that says in the command's language
// what is wrong with a flag.
func (e *env) flagError(c *cobra.Command, err error) error {
	var notExist *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &notExist):
		name := "--" + notExist.GetSpecifiedName()
		if s := notExist.GetSpecifiedShortnames(); s != "" {
			if long, _, _ := strings.Cut(s, "="); len(long) > 1 && c.Flags().Lookup(long) != nil {
				// -strict, as the flag package read it before: say how now.
				return e.usage("cli.two-dashes", "flag", "--"+long)
			}
			name = "-" + notExist.GetSpecifiedName()
		}
		return e.usage("cli.unknown-flag", "flag", name)
	case errors.As(err, &noValue):
		return e.usage("cli.flag-needs-value", "flag", noValue.GetFlag().Name)
	case errors.As(err, &invalid):
		detail := ""
		var de *ogp.DateError
		if errors.As(err, &de) {
			detail = de.Finding("").Message(e.lang)
		}
		return e.usage("cli.invalid-value", "flag", invalid.GetFlag().Name, "value", invalid.GetValue(), "detail", detail)
	}
	return usageError(err.Error())
}

// needArgs returns the argument check of a command that needs at least one
// argument: without one, the usage error says that what (a word of the
// catalog, "cli.arg.file") is missing.
func (e *env) needArgs(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return e.usage("cli.missing", "what", what)
		}
		return nil
	}
}

// subcommand is the argument check of a command that only has
// subcommands, as ogp itself: it runs when its arguments name none.
func (e *env) subcommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return e.usage("cli.missing", "what", "command")
	}
	suggestion := ""
	c.SuggestionsMinimumDistance = 2
	if s := c.SuggestionsFor(args[0]); len(s) > 0 {
		suggestion = s[0]
	}
	return e.usage("cli.unknown-command", "command", args[0], "suggestion", suggestion)
}

// helpTopic is the argument check of ogp help: its arguments must name a
// command.
func (e *env) helpTopic(c *cobra.Command, args []string) error {
	found, rest, err := c.Root().Find(args)
	if err != nil {
		return usageError(err.Error())
	}
	if len(rest) > 0 {
		return e.subcommand(found, rest)
	}
	return nil
}

// noArgs is the argument check of a command that takes none.
func (e *env) noArgs(_ *cobra.Command, args []string) error {
	if len(args) > 0 {
		return e.usage("cli.extra-argument", "value", args[0])
	}
	return nil
}

func versionCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print the version of ogp",
		Long:  "Prints the version of the module ogp was built from, \"(devel)\" for a build from a working tree, and the version of Go.",
		Args:  e.noArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintf(e.stdout, "ogp %s %s\n", moduleVersion(), runtime.Version())
			return nil
		},
	}
}

// complain writes "COMMAND: MSG" to standard error, as "ogp validate:
// ...", in the typography of the command's language.
func (e *env) complain(msg string) {
	fmt.Fprintf(e.stderr, "%s%s%s\n", e.path, finding.Word(e.lang, "colon"), msg)
}
