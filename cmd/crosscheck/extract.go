package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
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
	if f.shard != "" {
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

// readClaims reads claim streams (files, "-" for standard input) and
// compares them as check would have: a store of the findings of every
// fact and of the inputs (in path order), which the caller closes. Claims
// go to the store as they are read, so a stream of any length is
// compared in the memory a run of check takes.
//
// A line that cannot be read is skipped as check skips an article it
// cannot read: it becomes a skipped input named NAME:LINE:COLUMN, with
// the reason, and the read goes on. So does a stream that cannot be read
// at all (a missing file, another version), under its name. The report
// then covers the rest and says what it lacks, and the run fails.
//
// An input met again (the same stream given twice, or parts that overlap)
// is read once: its later accounts and their claims are left out, with a
// warning, since a second copy of an article's claims would agree with
// the first and outvote the other sources.
func readClaims(ctx context.Context, in io.Reader, set *rules.Set, names []string, spill int64, warn func(string)) (*checker.Store, error) {
	st := checker.NewStore(set.Facts, checker.Options{SpillAbove: spill})
	fail := func(err error) (*checker.Store, error) {
		st.Close()
		return nil, err
	}
	skip := func(path, reason string) error {
		return st.AddInput(article.Input{Path: path, Status: article.Skipped, Reason: reason})
	}
	// Inputs read so far, by a 128-bit hash of the account (not the
	// path: a JSON-lines file's bad records are inputs of their own under
	// its path, told apart by their reasons), 16 bytes an input at a
	// million articles.
	seen := map[[16]byte]struct{}{}
	var again map[[16]byte]struct{} // paths read twice: their later claims are dropped
	key := func(parts ...string) (k [16]byte) {
		h := fnv.New128a()
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		h.Sum(k[:0])
		return k
	}
	one := make([]checker.Claim, 1)
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		repeats := 0
		err := readStream(in, name, func(r io.Reader) error {
			input := func(in article.Input) error {
				k := key(in.Path, in.Status, in.Reason)
				if _, ok := seen[k]; ok {
					if in.Status == article.ReadOK {
						if again == nil {
							again = map[[16]byte]struct{}{}
						}
						again[key(in.Path)] = struct{}{}
					}
					if repeats++; repeats <= 3 {
						warn(fmt.Sprintf("%s: %s was read already, from this or an earlier stream; its claims are counted once", name, in.Path))
					}
					return nil
				}
				seen[k] = struct{}{}
				return st.AddInput(in)
			}
			return claims.ReadEach(name, r, input, func(c checker.Claim) error {
				if again != nil {
					from := c.Article
					if c.Origin != nil && c.Origin.File != "" {
						from = c.Origin.File // a JSON-lines record's input is its file
					}
					if _, ok := again[key(from)]; ok {
						return nil
					}
				}
				one[0] = c
				return st.Add(one)
			}, func(e *claims.Error) error {
				return skip(e.Position(), e.Msg)
			})
		})
		if repeats > 3 {
			warn(fmt.Sprintf("%s: %s that were read already are counted once too", name, count(repeats-3, "more input", "more inputs")))
		}
		var ce *claims.Error
		var se *streamError
		switch {
		case errors.As(err, &ce):
			err = skip(ce.Position(), ce.Msg+"; the rest of the stream is not read")
		case errors.As(err, &se):
			err = skip(se.name, article.Reason(se.err))
		}
		if err != nil {
			return fail(err)
		}
	}
	if err := st.Compare(); err != nil {
		return fail(err)
	}
	return st, nil
}

// readStream opens one claim stream, the file name or in for "-", for
// read. A stream that cannot be opened is a *streamError.
func readStream(in io.Reader, name string, read func(io.Reader) error) error {
	if name == "-" {
		return read(in)
	}
	fh, err := os.Open(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &streamError{name, err}
	}
	defer fh.Close()
	return read(fh)
}

// streamError is a claim stream that cannot be opened.
type streamError struct {
	name string
	err  error
}

func (e *streamError) Error() string { return fmt.Sprintf("claims %s: %v", e.name, e.err) }
func (e *streamError) Unwrap() error { return e.err }

// checkJobs refuses a --jobs below 0, which would otherwise quietly mean
// what 0 means.
func checkJobs(n int) error {
	if n < 0 {
		return usage("--jobs %d: give how many articles to read at once, or 0 for one per CPU", n)
	}
	return nil
}
