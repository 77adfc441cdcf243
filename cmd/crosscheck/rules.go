package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/config"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/rules/lint"
	"github.com/crosscheck-news/crosscheck/ruletest"
	"github.com/crosscheck-news/crosscheck/scaffold"
)

func newRulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Check rule files and run the tests they carry",
	}
	cmd.AddCommand(newRulesTestCmd(), newRulesLintCmd())
	return cmd
}

func newRulesTestCmd() *cobra.Command {
	var ruleFlags []string
	var lim rules.Limits
	cmd := &cobra.Command{
		Use:   "test [PATH...]",
		Short: "Run the examples in rule files and the annotations in articles",
		Long: `test runs every example written into the facts of the rule files
(examples: a sentence and the value the fact must take from it, or none), and
checks every annotated article: an HTML comment such as

  <!-- crosscheck: kharkiv-civilian-deaths=7 -->

at the end of a line (or alone below it) asserts the claim on that line, and
an article with annotations must yield no claim they do not name.

PATHs are rule files (.yaml, .yml), articles, or folders holding either;
articles are tested against the rules among the PATHs and --rules. With no
PATH, the rules and paths of .crosscheck.yaml are used.

Exit status: 0 when everything holds, 1 when an example or annotation
fails (each failure shows what was wanted and what was got), 2 on a bad rule
file or a usage error.`,
		Example: `  crosscheck rules test testdata/rules/ukraine.yaml
  crosscheck rules test testdata/rules/ukraine.yaml testdata/articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRulesTest(cmd, ruleFlags, lim, args)
		},
	}
	cmd.Flags().StringArrayVar(&ruleFlags, "rules", nil, "rule file or folder to test the articles against (repeatable)")
	addRuleLimitFlags(cmd.Flags(), &lim)
	return cmd
}

func runRulesTest(cmd *cobra.Command, ruleFlags []string, lim rules.Limits, args []string) error {
	rulePaths, articlePaths := splitRulePaths(args)
	rulePaths = append(ruleFlags, rulePaths...)
	if len(args) == 0 {
		cfg, err := loadConfig()
		if err != nil {
			return err
		}
		if len(rulePaths) == 0 {
			rulePaths = cfg.Rules
		}
		articlePaths = cfg.Paths
	}
	if len(rulePaths) == 0 {
		return usage("no rules: name rule files or folders, pass --rules, or set rules: in %s", config.Name)
	}
	set, err := rules.LoadLimited(lim, rulePaths...)
	if err != nil {
		printRuleErrors(cmd.ErrOrStderr(), err)
		return &codeError{code: exitError}
	}
	res := ruletest.Examples(set.Facts)
	files, skipped := article.Walk(articlePaths)
	for _, in := range skipped {
		// A folder of rule files holds no articles, and that is fine.
		if !strings.HasPrefix(in.Reason, "folder holds no articles") {
			fmt.Fprintf(cmd.ErrOrStderr(), "crosscheck: skipped %s: %s\n", in.Path, in.Reason)
		}
	}
	for _, f := range files {
		// Every format check reads: an annotated HTML page or a JSON-lines
		// feed is tested article by article.
		ins := article.ReadFile(f, cmd.InOrStdin(), article.DefaultLimits, func(a *article.Article) {
			r := ruletest.Article(a, set.Facts)
			res.Annotations += r.Annotations
			res.Failures = append(res.Failures, r.Failures...)
		})
		for _, in := range ins {
			if in.Status == article.Skipped {
				fmt.Fprintf(cmd.ErrOrStderr(), "crosscheck: skipped %s: %s\n", in.Path, in.Reason)
			}
		}
	}
	if res.Examples == 0 && res.Annotations == 0 {
		fmt.Fprintln(cmd.ErrOrStderr(), "crosscheck: nothing to test: add examples: to the facts, or annotate an article with <!-- crosscheck: FACT=VALUE -->")
	}
	if err := ruletest.Format(cmd.OutOrStdout(), res); err != nil {
		return &codeError{code: exitError, err: err}
	}
	if len(res.Failures) > 0 {
		return &codeError{code: exitFindings}
	}
	return nil
}

// splitRulePaths sorts PATHs into rule paths (.yaml and .yml files, and
// folders holding any) and article paths (everything else, and folders,
// which may hold both).
func splitRulePaths(args []string) (rulePaths, articlePaths []string) {
	for _, p := range args {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			articlePaths = append(articlePaths, p) // reported as skipped
		case !info.IsDir():
			if ext := strings.ToLower(filepath.Ext(p)); ext == ".yaml" || ext == ".yml" {
				rulePaths = append(rulePaths, p)
			} else {
				articlePaths = append(articlePaths, p)
			}
		default:
			if holdsRules(p) {
				rulePaths = append(rulePaths, p)
			}
			articlePaths = append(articlePaths, p)
		}
	}
	return rulePaths, articlePaths
}

func holdsRules(dir string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if ext := strings.ToLower(filepath.Ext(p)); ext == ".yaml" || ext == ".yml" {
				found = true
				return fs.SkipAll
			}
		}
		return nil
	})
	return found
}

// loadConfig reads .crosscheck.yaml found from the working directory, or
// returns an empty config when there is none.
func loadConfig() (*config.Config, error) { return readConfig("", false, config.Options{}) }

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init [FOLDER]",
		Short: "Write a starter .crosscheck.yaml and a rule file with a worked example",
		Long: `init writes, in FOLDER (default: the working directory), a commented
.crosscheck.yaml and rules/example.yaml, a rule with one worked example and
its tests. It refuses to overwrite: if either file exists, nothing is
written.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			written, err := scaffold.Write(dir)
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			for _, p := range written {
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", p)
			}
			next := "next: put articles in articles/, then run crosscheck rules test and crosscheck check"
			if dir != "." {
				next = "next: cd " + dir + ", put articles in articles/, then run crosscheck rules test and crosscheck check"
			}
			fmt.Fprintln(cmd.OutOrStdout(), next)
			return nil
		},
	}
}

func newRulesLintCmd() *cobra.Command {
	var format string
	var lim rules.Limits
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Report errors and likely mistakes in rule files, each with a fix",
		Long: `lint checks rule files (PATHs: files, or folders searched for .yaml and
.yml files; with no PATH, the rules of .crosscheck.yaml) and reports, at the
file:line:col of the term or key at fault and with a fix:

  errors    everything that stops the rules from loading: unknown keys,
            empty match lists, within without near, a bad example...
  warnings  rules that load but cannot work as written: a term in none that
            is also required (the rule never matches), terms that differ
            only by case or form, an any list always satisfied, a fact
            without examples, an example sentence written twice

--format json writes a JSON array of {file, line, column, severity,
message, fix}.

Exit status: 0 when the rules are clean, 1 when there are warnings only,
2 when there are errors (the same rules would stop check) or on a usage
error.`,
		Example: `  crosscheck rules lint testdata/rules/ukraine.yaml
  crosscheck rules lint rules/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usage("--format %q: use text or json", format)
			}
			paths := args
			if len(paths) == 0 {
				cfg, err := loadConfig()
				if err != nil {
					return err
				}
				paths = cfg.Rules
			}
			if len(paths) == 0 {
				return usage("no rules: name rule files or folders, or set rules: in %s", config.Name)
			}
			ds := lint.LintLimited(lim, paths...)
			var err error
			if format == "json" {
				if ds == nil {
					ds = []lint.Diagnostic{}
				}
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				err = enc.Encode(ds)
			} else {
				err = lint.Format(cmd.OutOrStdout(), ds)
			}
			if err != nil {
				return &codeError{code: exitError, err: fmt.Errorf("writing output: %w", err)}
			}
			switch errs, warnings := lint.Count(ds); {
			case errs > 0:
				return &codeError{code: exitError}
			case warnings > 0:
				return &codeError{code: exitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	addRuleLimitFlags(cmd.Flags(), &lim)
	return cmd
}
