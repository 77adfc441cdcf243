package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/rules"
)

type checkFlags struct {
	rules   []string
	format  string
	output  string
	failOn  string
	noColor bool
	quiet   bool
	jobs    int
}

// failLevels maps --fail-on to the lowest status severity that fails a run.
var failLevels = map[string]int{
	"conflict": checker.Conflict.Severity(),
	"single":   checker.Single.Severity(),
	"revised":  checker.Revised.Severity(),
	"never":    1 << 30,
}

func newCheckCmd() *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Report where articles agree and conflict on the facts in the rules",
		Long: `check reads the articles under each PATH (files, or folders walked
recursively for .txt, .text, .md and .markdown files), takes every claim of
every fact in the rule files, and reports each fact's status: conflict,
revised, single, agree or absent.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a
usage error, a bad rule file, or an article that could not be read (the
report is still written, with every article that could be).`,
		Example: `  crosscheck check --rules testdata/rules/ukraine.yaml testdata/articles
  crosscheck check --rules rules/ --format json --output report.json articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.rules, "rules", nil, "rule file, or folder of .yaml/.yml rule files (repeatable)")
	fl.StringVar(&f.format, "format", "text", "report format: text or json")
	fl.StringVarP(&f.output, "output", "o", "", "write the report to this file instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "conflict", "exit 1 when a finding is at least: conflict, single, revised or never")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text report (NO_COLOR in the environment does the same)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing on standard error but errors")
	fl.IntVar(&f.jobs, "jobs", 0, "articles read at once (0: one per CPU)")
	return cmd
}

func runCheck(cmd *cobra.Command, f *checkFlags, paths []string) error {
	threshold, ok := failLevels[f.failOn]
	if !ok {
		return usage("--fail-on %q: use conflict, single, revised or never", f.failOn)
	}
	if f.format != "text" && f.format != "json" {
		return usage("--format %q: use text or json", f.format)
	}
	if len(f.rules) == 0 {
		return usage("no rules: pass --rules FILE or --rules FOLDER (see testdata/rules/ukraine.yaml for an example)")
	}
	set, err := rules.Load(f.rules...)
	if err != nil {
		printRuleErrors(cmd.ErrOrStderr(), err)
		return &codeError{code: exitError}
	}

	// With --output the report goes to a temporary file, renamed into
	// place once complete (see openOutput).
	out, err := openOutput(cmd.OutOrStdout(), f.output)
	if err != nil {
		return err
	}
	defer out.close()
	w := out.w
	color := useColor(f, os.Getenv("NO_COLOR"), isTerminal(w))

	res, err := checker.Run(cmd.Context(), set, paths, checker.Options{Jobs: f.jobs, Exclude: outputs(f.output)})
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	rep := &report.Report{Findings: res.Findings, Inputs: res.Inputs}

	switch f.format {
	case "json":
		err = report.JSON(w, rep)
	default:
		err = report.Text(w, rep, report.TextOptions{Color: color})
	}
	if err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("writing report: %w", err)}
	}
	if err := out.commit(); err != nil {
		return err
	}

	// The text report on standard output already lists skipped inputs;
	// anywhere else, say so on stderr so a CI log shows it.
	if skipped := res.Skipped(); skipped > 0 {
		if !f.quiet && (f.format != "text" || f.output != "") {
			for _, in := range res.Inputs {
				if in.Status == article.Skipped {
					fmt.Fprintf(cmd.ErrOrStderr(), "crosscheck: skipped %s: %s\n", in.Path, in.Reason)
				}
			}
		}
		return &codeError{code: exitError, err: fmt.Errorf("%d input(s) could not be read; the report covers the rest", skipped)}
	}
	for _, fd := range res.Findings {
		if fd.Status.Severity() >= threshold {
			return &codeError{code: exitFindings}
		}
	}
	return nil
}

func usage(format string, args ...any) error {
	return &codeError{code: exitError, err: fmt.Errorf(format, args...)}
}

func printRuleErrors(w io.Writer, err error) {
	var list rules.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		fmt.Fprintf(w, "crosscheck: %d error(s) in rule files; no article was read\n", len(list))
		return
	}
	fmt.Fprintf(w, "crosscheck: %v\n", err)
}

// useColor decides colour for the text report: only on a terminal, never
// with --no-color or a non-empty NO_COLOR (https://no-color.org).
func useColor(f *checkFlags, noColorEnv string, terminal bool) bool {
	return f.format == "text" && f.output == "" && !f.noColor && noColorEnv == "" && terminal
}

func outputs(output string) []string {
	if output == "" {
		return nil
	}
	return []string{output}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
