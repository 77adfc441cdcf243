// Command crosscheck checks news articles against each other: it finds every
// claim of the facts named in rule files and reports where sources agree,
// conflict, or speak alone.
//
// This package holds flags, wiring and exit codes only; the work is done by
// the checker, rules and report packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"
)

// Exit codes, as documented in the README: a CI job must be able to tell
// "the articles conflict" from "the tool could not do its job".
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

func main() { os.Exit(Main()) }

// Main runs the command line and returns the process exit code. The
// environment may ask for profiles of the run (see profile).
func Main() int {
	stop, err := profile()
	defer stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "crosscheck: %v\n", err)
		return exitError
	}
	return run(os.Args[1:], os.Stdout, os.Stderr)
}

func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, os.Stdin, stdout, stderr)
}

// runIO is run with standard input given: compare and explain read it.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// Ctrl-C stops reading articles; what was read is not reported, since a
	// partial report could pass a check it should fail.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitClean
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			fmt.Fprintf(stderr, "crosscheck: %v\n", ce.err)
		}
		return ce.code
	}
	// Anything cobra itself rejects (unknown flag, missing argument) is a
	// usage error.
	fmt.Fprintf(stderr, "crosscheck: %v\nRun 'crosscheck --help' for usage.\n", err)
	return exitError
}

// codeError carries an exit code out of a command; err, when set, is printed.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *codeError) Unwrap() error { return e.err }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "crosscheck",
		Short: "Check news articles against each other",
		Long: `crosscheck finds every claim of the facts named in rule files across a set of
news articles, reads each claim's words as a value, and reports where the
sources agree, where they conflict and where only one speaks.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.AddCommand(newCheckCmd(), newExtractCmd(), newCompareCmd(), newScanCmd(), newExplainCmd(), newRulesCmd(), newInitCmd())
	return root
}
