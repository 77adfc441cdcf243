package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/config"
	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sources"
)

type explainFlags struct {
	rules      []string
	fact       string
	format     string
	sources    string
	limits     article.Limits
	ruleLimits rules.Limits
}

func newExplainCmd() *cobra.Command {
	var f explainFlags
	cmd := &cobra.Command{
		Use:   "explain FILE",
		Short: "Show why each rule took a value from an article, or which condition stopped it",
		Long: `explain reads one article (FILE, or standard input for "-") the way check
does, with the same matching code, and says for each sentence what the reader
found and what each rule made of it: every quantity with the interval its
words mean, then per rule the value it took and the term it was measured from
(with the distance in words), or the first condition that failed, with the
evidence, in the order a rule checks them:

  quantity  no quantity the rule accepts ("«20%» is a percentage, not a count")
  all       an all term not found
  any       no any term found
  none      a none term found, and where
  near      no near term in the sentence
  within    near terms found, but no accepted quantity within "within"
            words ("«seven» is 5 words from "civilians"; within is 3")

Sentences without a quantity are shown too when a rule's terms match them:
that is where a figure the reader does not see is missed. It is the first
thing to run when a rule misses a figure, or takes the wrong one.

The rules are --rules, else those of .crosscheck.yaml (in the working
directory or a folder above it, up to the top of the git repository).
--fact ID explains that rule alone. --sources FILE applies a sources
manifest, as check does: relative years ("12 years ago") resolve only
against the article's publication date. --format json writes one JSON document
(see the README) instead of text.

FILE is read as check reads articles (text, Markdown, HTML by its extracted
text; --max-article-size applies); a JSON-lines file holds many articles,
so explain does not take one.

Exit status: 0 when the article was explained, 2 on a usage error, a bad
rule or config file, or an article that could not be read.`,
		Example: `  crosscheck explain --rules testdata/rules/ukraine.yaml testdata/articles/01-northern-wire-kharkiv.md
  crosscheck explain --fact kharkiv-civilian-deaths article.md
  echo 'Three civilians died in Kharkiv.' | crosscheck explain --rules rules/ -`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return usage("explain needs an article: crosscheck explain FILE (or - for standard input)")
			case len(args) > 1:
				return usage("explain reads one article, not %d: run it once per file", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExplain(cmd, &f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.rules, "rules", nil, "rule file, or folder of .yaml/.yml rule files (repeatable; default: rules of "+config.Name+")")
	fl.StringVar(&f.fact, "fact", "", "explain only the rule with this id")
	fl.StringVar(&f.format, "format", "text", "output format: text or json")
	fl.StringVar(&f.sources, "sources", "", "sources manifest giving the article its outlet and date (relative years need the date)")
	addLimitFlags(fl, &f.limits)
	addRuleLimitFlags(fl, &f.ruleLimits)
	return cmd
}

func runExplain(cmd *cobra.Command, f *explainFlags, file string) error {
	var write func(io.Writer, *checker.Explanation) error
	switch f.format {
	case "text":
		write = report.Explain
	case "json":
		write = report.ExplainJSON
	default:
		return usage("--format %q: use text or json", f.format)
	}
	paths, err := explainRulePaths(cmd, f)
	if err != nil {
		return err
	}
	set, err := rules.LoadLimited(f.ruleLimits, paths...)
	if err != nil {
		printRuleErrors(cmd.ErrOrStderr(), err)
		return &codeError{code: exitError}
	}
	facts := set.Facts
	if f.fact != "" {
		fact := set.Lookup(f.fact)
		if fact == nil {
			return unknownFact(f.fact, set)
		}
		facts = []*rules.Fact{fact}
	}
	a, err := explainArticle(cmd, file, f.limits)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	if f.sources != "" {
		m, err := sources.Load(f.sources)
		if err != nil {
			printSourcesErrors(cmd.ErrOrStderr(), err)
			return &codeError{code: exitError}
		}
		m.Apply(a)
	}
	if err := write(cmd.OutOrStdout(), checker.Explain(a, facts)); err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("writing output: %w", err)}
	}
	return nil
}

// explainRulePaths returns --rules, or else the rules of the config file.
func explainRulePaths(cmd *cobra.Command, f *explainFlags) ([]string, error) {
	if cmd.Flags().Changed("rules") {
		for _, r := range f.rules {
			if r == "" {
				return nil, usage("--rules needs a rule file or folder")
			}
		}
		return f.rules, nil
	}
	cfg, err := loadConfig()
	if err != nil {
		return nil, err
	}
	if len(cfg.Rules) == 0 {
		where := config.Name
		if cfg.File != "" {
			where = cfg.File
		}
		return nil, usage("no rules: pass --rules FILE or --rules FOLDER, or set rules: in %s", where)
	}
	return cfg.Rules, nil
}

// unknownFact is the error for a --fact that no rule has: the ids that
// exist, and the closest if one is close.
func unknownFact(id string, set *rules.Set) error {
	ids := make([]string, len(set.Facts))
	for i, f := range set.Facts {
		ids[i] = f.ID
	}
	if len(ids) == 0 {
		return usage("--fact %q: the rules hold no fact", id)
	}
	dym, _ := yamldiag.DidYouMean(id, ids)
	if dym == "" && id != "" {
		// Part of an id ("kharkiv") names the ids that hold it.
		var holding []string
		for _, known := range ids {
			if strings.Contains(known, strings.ToLower(id)) {
				holding = append(holding, fmt.Sprintf("%q", known))
			}
		}
		switch {
		case len(holding) == 1:
			dym = "did you mean " + holding[0] + "? "
		case len(holding) > 1:
			dym = "did you mean one of " + strings.Join(holding, ", ") + "? "
		}
	}
	return usage("--fact %q: no rule has this id; %sthe rules hold: %s", id, dym, strings.Join(ids, ", "))
}

// explainArticle reads the article named on the command line; "-" is
// standard input. An HTML page is explained by its extracted text, whose
// lines and columns the explanation gives.
func explainArticle(cmd *cobra.Command, name string, lim article.Limits) (*article.Article, error) {
	if name == "-" {
		return article.ReadFrom("-", cmd.InOrStdin(), lim)
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return nil, errors.New(name + ": is a folder; explain reads one article file")
	}
	return article.ReadLimited(name, lim)
}
