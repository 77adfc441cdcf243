package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/config"
	"github.com/crosscheck-news/crosscheck/rules"
)

type extractFlags struct {
	rules      []string
	sources    string
	output     string
	jobs       int
	quiet      bool
	config     string
	noConfig   bool
	limits     article.Limits
	ruleLimits rules.Limits
	shard      string
}

func newExtractCmd() *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract [PATH...]",
		Short: "Write every claim the rules take from the articles, as JSON lines for compare",
		Long: `extract reads the articles under each PATH as check does and writes, as
JSON lines, an account of every input and every claim the rules take, with
everything compare needs to report them: a header line, then per file its
input line and its claims, in the order the folders are walked, and last
the paths that could not be read as folders or files (compare puts inputs
in path order).

  crosscheck extract --rules R articles/ | crosscheck compare --rules R

gives the report crosscheck check --rules R articles/ gives. Extraction can
be split by article across processes or machines (shard the paths), and
compare given every shard's output.

Articles are read, extracted and dropped as they come; only a window of a
few files per job is held, so memory does not grow with the corpus (a
JSON-lines file is read a record at a time; its claims are held until its
last record).

--shard K/N extracts the K-th of N parts of the files, so that N machines
given the same paths (from the same folder) share a corpus between them
without a list of files: a file's part follows from its path. A JSON-lines
file goes to one part whole; standard input is read by every part. The
parts' streams, given together to compare, give check's report.

Rules, paths and sources may come from .crosscheck.yaml, as for check.

Articles are read as check reads them (see crosscheck check --help: text,
Markdown, HTML, JSON lines, "-" for standard input, --max-article-size and
--max-line).

Exit status: 0 when every input was read, 2 on a usage error, a bad rule,
config or sources file, or an input that could not be read, by check's
rule: a binary file met in a folder walk is only a warning (its input line
says why, and the rest are still written).`,
		Example: `  crosscheck extract --rules testdata/rules/ukraine.yaml testdata/articles > claims.jsonl
  crosscheck extract --rules rules/ --shard 3/8 corpus/ -o part-3.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.rules, "rules", nil, "rule file, or folder of .yaml/.yml rule files (repeatable)")
	fl.StringVar(&f.sources, "sources", "", "sources manifest: the outlet, date, URL and weight of articles whose front matter lacks them")
	fl.StringVarP(&f.output, "output", "o", "", "write the claims to this file instead of standard output")
	fl.IntVar(&f.jobs, "jobs", 0, "articles read at once (0: one per CPU)")
	fl.StringVar(&f.shard, "shard", "", "extract only the K-th of N parts of the files, written K/N (each file's part follows from its path)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing on standard error but errors")
	fl.StringVar(&f.config, "config", "", "read this config file instead of looking for "+config.Name)
	fl.BoolVar(&f.noConfig, "no-config", false, "read no config file")
	addLimitFlags(fl, &f.limits)
	addRuleLimitFlags(fl, &f.ruleLimits)
	return cmd
}

func runExtract(cmd *cobra.Command, f *extractFlags, args []string) error {
	if err := checkJobs(f.jobs); err != nil {
		return err
	}
	var shard checker.Shard
	if cmd.Flags().Changed("shard") {
		var err error
		if shard, err = checker.ParseShard(f.shard); err != nil {
			return usage("--%v", err)
		}
	}
	cfg, err := readConfig(f.config, f.noConfig, config.Options{})
	if err != nil {
		return err
	}
	fl := cmd.Flags()
	if fl.Changed("rules") {
		cfg.Rules = f.rules
	}
	if len(args) > 0 {
		cfg.Paths = args
	}
	if fl.Changed("sources") {
		if f.sources == "" {
			return usage("--sources: name a manifest file")
		}
		cfg.Sources = f.sources
	}
	if len(cfg.Rules) == 0 {
		return usage("no rules: pass --rules FILE or --rules FOLDER, or set rules: in %s", config.Name)
	}
	if len(cfg.Paths) == 0 {
		return usage("no articles: name files or folders to extract, or set paths: in %s", config.Name)
	}
	stderr := cmd.ErrOrStderr()
	set, err := rules.LoadLimited(f.ruleLimits, cfg.Rules...)
	if err != nil {
		printRuleErrors(stderr, err)
		return &codeError{code: exitError}
	}
	manifest, err := loadManifest(stderr, cfg.Sources, f.quiet)
	if err != nil {
		return err
	}
	out, err := openOutput(cmd.OutOrStdout(), f.output)
	if err != nil {
		return err
	}
	defer out.close()
	var exclude []string
	if f.output != "" {
		exclude = append(exclude, f.output)
	}
	bar := startProgress(stderr, f.quiet)
	n, skipped, err := extractTo(cmd.Context(), out.w, set.Facts, cfg.Paths, checker.Options{Jobs: f.jobs, Exclude: exclude, Sources: manifest, Progress: bar.callback(),
		Limits: f.limits, Stdin: cmd.InOrStdin(), Shard: shard})
	bar.finish()
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	if err := out.commit(); err != nil {
		return err
	}
	if !f.quiet {
		part := ""
		if shard.Count > 0 {
			part = "part " + shard.String() + ": "
		}
		fmt.Fprintf(stderr, "crosscheck: %s%s from %s\n", part, count(n.claims, "claim", "claims"), count(n.read, "article", "articles"))
	}
	if !f.quiet {
		printInputProblems(stderr, skipped)
	}
	failed := 0
	for _, in := range skipped {
		if in.Fails() {
			failed++
		}
	}
	if failed > 0 {
		return &codeError{code: exitError, err: fmt.Errorf("%d input(s) could not be read; the claims of the rest are written", failed)}
	}
	return nil
}

type extractCounts struct{ read, claims int }

// extractTo streams the claims of the articles under paths to w, an input
// line and its claims per file, in the order the walk finds them, then
// the paths that could not be walked (missing, empty folders), which are
// known only at the end: the folder walk feeds the extraction as it goes,
// so no list of a million paths is held. compare puts inputs in path
// order. It returns the inputs that were skipped or carry warnings.
func extractTo(ctx context.Context, w io.Writer, facts []*rules.Fact, paths []string, opt checker.Options) (extractCounts, []article.Input, error) {
	var n extractCounts
	cw := claims.NewWriter(w)
	var bad []article.Input
	skipped, err := checker.StreamPaths(ctx, facts, paths, opt, func(in article.Input, cs []checker.Claim) error {
		if err := cw.Input(in); err != nil {
			return err
		}
		if in.Status == article.Skipped || len(in.Warnings) > 0 {
			bad = append(bad, in)
		}
		if in.Status == article.Skipped {
			return nil
		}
		n.read += in.Count()
		for _, c := range cs {
			if err := cw.Claim(c); err != nil {
				return err
			}
		}
		n.claims += len(cs)
		return nil
	})
	slices.SortStableFunc(skipped, func(a, b article.Input) int { return strings.Compare(a.Path, b.Path) })
	for _, in := range skipped {
		if err == nil {
			bad = append(bad, in)
			err = cw.Input(in)
		}
	}
	if err == nil {
		err = cw.Flush()
	}
	if err != nil {
		return n, nil, fmt.Errorf("writing claims: %w", err)
	}
	return n, bad, nil
}

// checkJobs refuses a --jobs below 0, which would otherwise quietly mean
// what 0 means.
func checkJobs(n int) error {
	if n < 0 {
		return usage("--jobs %d: give how many articles to read at once, or 0 for one per CPU", n)
	}
	return nil
}
