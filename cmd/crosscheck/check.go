package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/baseline"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/config"
	"github.com/crosscheck-news/crosscheck/gitdiff"
	"github.com/crosscheck-news/crosscheck/report"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sources"
)

type checkFlags struct {
	rules         []string
	reports       reportFlags
	failOn        string
	noColor       bool
	quiet         bool
	jobs          int
	newFiles      []string
	changedSince  string
	baseline      string
	writeBaseline string
	sources       string
	config        string
	noConfig      bool
	printConfig   bool
	// compare: the PATHs are claim streams written by extract, not
	// articles.
	compare    bool
	limits     article.Limits
	ruleLimits rules.Limits
}

// failOnValues are the values of --fail-on, in the order help lists them.
var failOnValues = []string{"conflict", "single", "revised", "never"}

func newCheckCmd() *cobra.Command {
	f := &checkFlags{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Report where articles agree and conflict on the facts in the rules",
		Long: `check reads the articles under each PATH (files, or folders walked
recursively for .txt, .text, .md, .markdown, .html, .htm, .jsonl and .ndjson
files; "-" is standard input), takes every claim of every fact in the rule
files, and reports each fact's status: conflict, revised, single, agree or
absent.

Articles: text; Markdown with YAML front matter (source, published, url,
title); HTML, whose main text is extracted and whose <meta> tags give the
date, outlet (og:site_name) and canonical URL, its claims placed by line and
column of the extracted text; JSON lines, one article per line with "text"
and optional "id", "source", "published", "url", "title", each record the
article FILE:LINE, its claims placed by line and column of its text
("feed.jsonl:12 (id a1) +1:45"). Standard input is JSON lines when it
starts with "{", HTML when it starts with a tag, else text. UTF-8 with or
without a byte order mark and UTF-16 with one are read; invalid UTF-8 is
replaced with U+FFFD and warned about. --max-article-size (default 64MiB)
and --max-line (a JSON-lines record, default 16MiB) bound what is read.

In CI, --new FILE or --changed-since REV names the articles a change brings;
the report then holds only findings that involve a claim from one of them,
and only their pairs of disagreeing claims. --baseline FILE leaves out the
problems a baseline written by --write-baseline already records (matched by
fact, source and value, so edits elsewhere in an article do not break it).

--sources FILE names a sources manifest: globs that give articles their
outlet, publication date, URL and weight where their front matter does not.

A .crosscheck.yaml in the working directory or a folder above it (up to the
top of the git repository) supplies rules, paths, format, fail-on, baseline
and sources; flags override it, and --print-config shows the result.

Reports: --format text, json, sarif, junit, github, markdown or html, repeatable.
Each --output names the file of the --format before it; a format without
one goes to standard output, and FORMAT:FILE says both at once.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a
usage error, a bad rule, config or sources file, or an input that could not
be read. An input error is: a path named that is missing or unreadable, a
folder that holds no articles or cannot be listed, a file in it that cannot
be read (permission, a dangling link or link loop, over --max-article-size,
bad front matter, a binary file named on the command line), and a bad
JSON-lines record (invalid JSON, no "text", a wrong type, over --max-line).
A binary file met while walking a folder, and invalid UTF-8, are warnings:
reported, never failing the run. The reports are still written, with every
article that could be read, and list every input, read or skipped, with the
reason.`,
		Example: `  crosscheck check --rules testdata/rules/ukraine.yaml testdata/articles
  crosscheck check --changed-since origin/main --format github --format sarif:crosscheck.sarif
  crosscheck check --new articles/new-report.md --baseline .crosscheck-baseline.json articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, f, args)
		},
	}
	addCheckFlags(cmd, f)
	return cmd
}

// newCompareCmd is check on claims that extract wrote: the same flags,
// reports and exit codes, with the articles already read.
func newCompareCmd() *cobra.Command {
	f := &checkFlags{compare: true}
	cmd := &cobra.Command{
		Use:   "compare [FILE...|-]",
		Short: "Report on claims written by extract, as check reports on articles",
		Long: `compare reads claim streams written by crosscheck extract (FILEs, or
standard input for "-" or no FILE) and reports on them exactly as check
reports on the articles they came from:

  crosscheck extract --rules R articles/ | crosscheck compare --rules R

Several streams (one per shard of a corpus) are compared together; an
article met twice is counted once, with a warning. Every
flag of check applies except --sources, --jobs and --changed-since's
reading of articles: the claims already carry their outlets and dates.

A line that cannot be read is skipped, as check skips an article it cannot
read: the report lists it among the skipped inputs as FILE:LINE:COLUMN and
why, and covers the rest. A stream that cannot be opened, is of another
version or has more than ` + strconv.Itoa(claims.MaxBadLines) + ` bad lines is skipped from there on.

Exit status: as check's: 0, 1 when a finding reaches --fail-on, 2 on a usage
error, a bad rule or config file, a line or stream that cannot be read, or
an input the extraction could not read.`,
		Example: `  crosscheck extract --rules rules/ articles/ | crosscheck compare --rules rules/
  crosscheck compare --rules rules/ --format json shard-*.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("sources") {
				return usage("compare reads claims, which carry their outlets and dates already: give --sources to extract")
			}
			if cmd.Flags().Changed("max-article-size") || cmd.Flags().Changed("max-line") {
				return usage("compare reads claims, not articles: give --max-article-size and --max-line to extract")
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			return runCheck(cmd, f, args)
		},
	}
	addCheckFlags(cmd, f)
	return cmd
}

func addCheckFlags(cmd *cobra.Command, f *checkFlags) {
	fl := cmd.Flags()
	fl.StringArrayVar(&f.rules, "rules", nil, "rule file, or folder of .yaml/.yml rule files (repeatable)")
	fl.Var(formatFlag{&f.reports}, "format", "report format: "+strings.Join(report.Formats, ", ")+"; FORMAT:FILE writes it to FILE (repeatable; default text)")
	fl.VarP(outputFlag{&f.reports}, "output", "o", "write the report of the --format before it to this file instead of standard output (repeatable)")
	fl.StringVar(&f.failOn, "fail-on", "", "exit 1 when an open finding is at least: "+strings.Join(failOnValues, ", ")+" (default conflict)")
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text report (NO_COLOR in the environment does the same)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "print nothing on standard error but errors")
	fl.IntVar(&f.jobs, "jobs", 0, "articles read at once (0: one per CPU)")
	fl.StringArrayVar(&f.newFiles, "new", nil, "an article under review: report only what it brings (repeatable)")
	fl.StringVar(&f.changedSince, "changed-since", "", "review the articles git lists as added or modified since this revision")
	fl.StringVar(&f.baseline, "baseline", "", "leave out the problems recorded in this baseline file")
	fl.StringVar(&f.writeBaseline, "write-baseline", "", "record every problem found in this baseline file (the run then passes)")
	fl.StringVar(&f.sources, "sources", "", "sources manifest: the outlet, date, URL and weight of articles whose front matter lacks them")
	fl.StringVar(&f.config, "config", "", "read this config file instead of looking for "+config.Name)
	fl.BoolVar(&f.noConfig, "no-config", false, "read no config file")
	fl.BoolVar(&f.printConfig, "print-config", false, "print the configuration from "+config.Name+", flags and defaults, and exit")
	addLimitFlags(fl, &f.limits)
	addRuleLimitFlags(fl, &f.ruleLimits)
}

// settings is a check's configuration once the config file, the flags and
// the defaults are merged.
type settings struct {
	cfg     *config.Config
	reports []reportSpec
}

// reportSpec is one report to write: a format, and a file or "" for
// standard output.
type reportSpec struct{ format, path string }

func loadSettings(cmd *cobra.Command, f *checkFlags, args []string) (*settings, error) {
	cfg, err := readConfig(f.config, f.noConfig, config.Options{Formats: report.Formats, FailOn: failOnValues})
	if err != nil {
		return nil, err
	}
	fl := cmd.Flags()
	if fl.Changed("rules") {
		cfg.Rules, cfg.Origin["rules"] = f.rules, "flag"
	}
	if len(args) > 0 {
		cfg.Paths, cfg.Origin["paths"] = args, "arguments"
	}
	if fl.Changed("fail-on") {
		cfg.FailOn, cfg.Origin["fail-on"] = f.failOn, "flag"
	}
	if fl.Changed("baseline") {
		cfg.Baseline, cfg.Origin["baseline"] = f.baseline, "flag"
	}
	if fl.Changed("sources") {
		if f.sources == "" {
			return nil, usage("--sources: name a manifest file")
		}
		cfg.Sources, cfg.Origin["sources"] = f.sources, "flag"
	}
	if fl.Changed("format") || fl.Changed("output") {
		entries, err := f.reports.formatEntries()
		if err != nil {
			return nil, err
		}
		cfg.Format, cfg.Origin["format"] = entries, "flag"
	}
	if cfg.FailOn == "" {
		cfg.FailOn, cfg.Origin["fail-on"] = "conflict", "default"
	}
	if len(cfg.Format) == 0 {
		cfg.Format, cfg.Origin["format"] = []string{"text"}, "default"
	}
	if !slices.Contains(failOnValues, cfg.FailOn) {
		return nil, usage("--fail-on %q: use %s", cfg.FailOn, strings.Join(failOnValues, ", "))
	}
	s := &settings{cfg: cfg}
	stdout := 0
	for _, e := range cfg.Format {
		name, path := config.SplitFormat(e)
		if !slices.Contains(report.Formats, name) {
			return nil, usage("--format %q: use %s", name, strings.Join(report.Formats, ", "))
		}
		if path == "" {
			stdout++
		}
		s.reports = append(s.reports, reportSpec{name, path})
	}
	if stdout > 1 {
		return nil, usage("%d reports would go to standard output; give all but one a file with --output or FORMAT:FILE", stdout)
	}
	return s, nil
}

// readConfig reads the config file --config names, or else the
// .crosscheck.yaml found from the working directory, or none with
// --no-config; without one it returns an empty config.
func readConfig(file string, none bool, opt config.Options) (*config.Config, error) {
	cfg := &config.Config{Origin: map[string]string{}}
	if file != "" && none {
		return nil, usage("--config and --no-config: give one")
	}
	if none {
		return cfg, nil
	}
	path := file
	if path == "" {
		found, err := config.Find(".")
		if err != nil {
			return nil, &codeError{code: exitError, err: err}
		}
		path = found
	}
	if path == "" {
		return cfg, nil
	}
	c, err := config.Load(path, opt)
	if err != nil {
		return nil, &codeError{code: exitError, err: err}
	}
	if c.Origin == nil {
		c.Origin = map[string]string{}
	}
	return c, nil
}

// reportFlags collects --format and --output in the order given, which
// pflag does not keep across two flags: each --output belongs to the
// --format just before it, or, when that one already has a file or there is
// none yet, to the next --format. "--format github --format sarif --output
// out.sarif" writes annotations to standard output and SARIF to out.sarif;
// "-o report.txt" alone keeps meaning the text report.
type reportFlags struct {
	entries []reportSpec
	waiting []string // outputs given before their --format
}

type formatFlag struct{ r *reportFlags }
type outputFlag struct{ r *reportFlags }

func (f formatFlag) String() string { return "" }
func (f formatFlag) Type() string   { return "format" }
func (f formatFlag) Set(v string) error {
	name, path := config.SplitFormat(v)
	if path == "" && strings.HasSuffix(v, ":") {
		return fmt.Errorf("%q has no file after the colon: write %sFILE, or %s alone for standard output", v, v, name)
	}
	if path == "" && len(f.r.waiting) > 0 {
		path, f.r.waiting = f.r.waiting[0], f.r.waiting[1:]
	}
	f.r.entries = append(f.r.entries, reportSpec{format: name, path: path})
	return nil
}

func (o outputFlag) String() string { return "" }
func (o outputFlag) Type() string   { return "file" }
func (o outputFlag) Set(v string) error {
	if v == "" {
		return errors.New("name a file")
	}
	if n := len(o.r.entries); n > 0 && o.r.entries[n-1].path == "" {
		o.r.entries[n-1].path = v
		return nil
	}
	o.r.waiting = append(o.r.waiting, v)
	return nil
}

// formatEntries returns the reports as config format entries.
func (r *reportFlags) formatEntries() ([]string, error) {
	entries := slices.Clone(r.entries)
	if len(r.waiting) > 0 {
		if len(entries) > 0 {
			return nil, usage("--output %s has no --format of its own: put each --output after its --format", r.waiting[0])
		}
		for _, w := range r.waiting {
			entries = append(entries, reportSpec{format: "text", path: w})
		}
	}
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.format
		if e.path != "" {
			out[i] += ":" + e.path
		}
	}
	return out, nil
}

func runCheck(cmd *cobra.Command, f *checkFlags, args []string) error {
	if err := checkJobs(f.jobs); err != nil {
		return err
	}
	s, err := loadSettings(cmd, f, args)
	if err != nil {
		return err
	}
	cfg := s.cfg
	stderr := cmd.ErrOrStderr()
	if f.printConfig {
		if err := cfg.Write(cmd.OutOrStdout()); err != nil {
			return &codeError{code: exitError, err: err}
		}
		return nil
	}
	if len(cfg.Rules) == 0 {
		return usage("no rules: pass --rules FILE or --rules FOLDER, or set rules: in %s (see testdata/rules/ukraine.yaml for an example)", config.Name)
	}
	if f.writeBaseline != "" && (len(f.newFiles) > 0 || f.changedSince != "") {
		// Under review only part of the corpus is compared: a baseline
		// written then would drop every problem outside it.
		return usage("--write-baseline records the whole corpus: run it without --new and --changed-since")
	}
	if err := checkOutputs(s, cfg, f.writeBaseline, append(slices.Clone(args), f.newFiles...)); err != nil {
		return err
	}
	if len(cfg.Paths) == 0 && len(f.newFiles) == 0 {
		return usage("no articles: name files or folders to check, or set paths: in %s", config.Name)
	}
	set, err := rules.LoadLimited(f.ruleLimits, cfg.Rules...)
	if err != nil {
		printRuleErrors(stderr, err)
		return &codeError{code: exitError}
	}
	manifest, err := loadManifest(stderr, cfg.Sources, f.quiet)
	if err != nil {
		return err
	}
	var known *baseline.File
	// Writing a baseline records every problem; reading one at the same
	// time would only hide what is being recorded.
	if cfg.Baseline != "" && f.writeBaseline == "" {
		if known, err = baseline.Read(cfg.Baseline); err != nil {
			return &codeError{code: exitError, err: err}
		}
	}

	// Which articles are under review.
	review := slices.Clone(f.newFiles)
	reviewing := len(f.newFiles) > 0 || f.changedSince != ""
	if f.changedSince != "" {
		changed, err := gitdiff.Changed(cmd.Context(), ".", f.changedSince)
		if err != nil {
			return &codeError{code: exitError, err: err}
		}
		review = append(review, changed...)
		// A change to the rules, the config, the baseline or the sources
		// manifest can change any finding: then the whole corpus is what
		// the change brings.
		if p := firstUnder(changed, append(slices.Clone(cfg.Rules), cfg.File, cfg.Baseline, cfg.Sources)); p != "" {
			reviewing = false
			if !f.quiet {
				fmt.Fprintf(stderr, "crosscheck: %s changed since %s: checking the whole corpus\n", p, f.changedSince)
			}
		}
	}

	// Every report goes to a temporary file first, renamed into place once
	// complete (see openOutput), and a bad path fails before any reading.
	outs := make([]*output, len(s.reports))
	var written []string
	for i, r := range s.reports {
		o, err := openOutput(cmd.OutOrStdout(), r.path)
		if err != nil {
			return err
		}
		defer o.close()
		outs[i] = o
		if r.path != "" {
			written = append(written, r.path)
		}
	}
	var baseOut *output
	if f.writeBaseline != "" {
		if baseOut, err = openOutput(nil, f.writeBaseline); err != nil {
			return err
		}
		defer baseOut.close()
		written = append(written, f.writeBaseline)
	}

	paths := append(slices.Clone(cfg.Paths), f.newFiles...)
	// Findings and inputs come one at a time, from a store that keeps a
	// large run's claims and inputs on disk: checker.RunStored's, or the
	// claims compare read. Scope and the baseline apply to each finding as
	// it comes, and every report and the baseline written make a pass of
	// their own; the exit code comes from the first full pass (verdict).
	spill, err := spillAbove()
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	var st *checker.Store
	if f.compare {
		st, err = claims.Compare(cmd.Context(), set.Facts, cfg.Paths, checker.Options{SpillAbove: spill, Stdin: cmd.InOrStdin()}, func(w string) {
			if !f.quiet {
				fmt.Fprintf(stderr, "crosscheck: warning: %s\n", w)
			}
		})
	} else {
		bar := startProgress(stderr, f.quiet)
		st, err = checker.RunStored(cmd.Context(), set, paths, checker.Options{Jobs: f.jobs, Exclude: written, Sources: manifest, Progress: bar.callback(),
			Limits: f.limits, Stdin: cmd.InOrStdin(), SpillAbove: spill})
		bar.finish()
	}
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	defer st.Close()
	if w := st.Warning(); w != nil && !f.quiet {
		fmt.Fprintf(stderr, "crosscheck: warning: %v\n", w)
	}
	findings, inputs := st.Findings(), st.Inputs()
	if reviewing {
		isNew := recordsOf(checker.IsAny(review))
		n, newInputs := 0, 0 // a JSON-lines file is one input of many articles
		for in, err := range inputs {
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			if in.Status == article.ReadOK && isNew(in.Path) {
				n += in.Count()
				newInputs++
			}
		}
		if !f.quiet {
			fmt.Fprintf(stderr, "crosscheck: reviewing %s against the rest of %s\n",
				count(n, "new article", "new articles"), count(st.InputCount()-newInputs, "input", "inputs"))
		}
		findings = filterMap(findings, func(fd checker.Finding) (checker.Finding, bool) { return checker.ScopeFinding(fd, isNew) })
	}
	if baseOut != nil {
		known = baseline.New(filepath.Dir(f.writeBaseline))
		for fd, err := range findings {
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			known.Record(fd)
		}
		known.Sort()
		if err := known.Write(baseOut.w); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("writing baseline: %w", err)}
		}
		if err := baseOut.commit(); err != nil {
			return err
		}
		if !f.quiet {
			fmt.Fprintf(stderr, "crosscheck: wrote %s to %s\n", count(len(known.Entries), "baseline entry", "baseline entries"), f.writeBaseline)
		}
	}
	var applied *baseline.Applier
	if known != nil {
		applied = known.Applier()
		findings = filterMap(findings, func(fd checker.Finding) (checker.Finding, bool) { return applied.Apply(fd), true })
	}

	// The verdict (is anything open, does anything fail) is taken from the
	// first pass a report makes over every finding, and only without one
	// from a pass of its own: each pass reads every claim back.
	var v verdict
	failOn := checker.Status(cfg.FailOn)
	rep := &report.Report{Each: v.observe(findings, failOn), EachInput: inputs, FailOn: failOn, Version: version()}
	stdoutText := false
	for i, r := range s.reports {
		color := useColor(r, f.noColor, os.Getenv("NO_COLOR"), isTerminal(outs[i].w))
		stdoutText = stdoutText || (r.format == "text" && r.path == "")
		write := func(w io.Writer) error { return report.Write(w, r.format, rep, report.TextOptions{Color: color}) }
		if r.format == "json" && outs[i].tmp != nil {
			// A report that fails is never renamed into place, so the pass
			// report.JSON makes to fail before it writes anything, which
			// reads every claim back, is not needed.
			write = func(w io.Writer) error { return report.JSONOnce(w, rep) }
		}
		if err := write(outs[i].w); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("writing %s report: %w", r.format, err)}
		}
		if err := outs[i].commit(); err != nil {
			return err
		}
	}

	if !v.done {
		for range rep.Each {
		}
		if v.err != nil {
			return &codeError{code: exitError, err: v.err}
		}
	}
	open, fails := v.open, v.fails
	if applied != nil {
		// Under review only part of the corpus is compared, so entries
		// about the rest are expected to match nothing.
		if stale := applied.Stale(); len(stale) > 0 && !reviewing && !f.quiet {
			advice := fmt.Sprintf("once nothing else is open, drop them with --write-baseline %s", cfg.Baseline)
			if !open {
				advice = fmt.Sprintf("drop them with --write-baseline %s", cfg.Baseline)
			}
			// With open problems, a rewrite would also record them: the
			// stale entries may be old figures that the open ones replaced.
			fmt.Fprintf(stderr, "crosscheck: %s of %s match no problem any more (fixed, or changed into an open one); %s\n",
				count(len(stale), "entry", "entries"), cfg.Baseline, advice)
		}
	}

	// The text report on standard output already lists skipped inputs and
	// warnings; otherwise say so on stderr so a CI log shows them.
	if !f.quiet && !stdoutText && st.SkippedInputs()+st.WarnedInputs() > 0 {
		for in, err := range inputs {
			if err != nil {
				return &codeError{code: exitError, err: err}
			}
			printInputProblems(stderr, []article.Input{in})
		}
	}
	if failed := st.FailedInputs(); failed > 0 {
		return &codeError{code: exitError, err: fmt.Errorf("%d input(s) could not be read; the report covers the rest", failed)}
	}
	if fails {
		return &codeError{code: exitFindings}
	}
	return nil
}

// spillAbove reads CROSSCHECK_SPILL_ABOVE, the bytes of encoded claims (and
// of inputs) a run holds in memory before it moves them to a temporary
// file (checker.Options.SpillAbove): unset or 0 for the default, -1 to go
// to disk from the first claim. It is for whoever must bound a run's memory
// more tightly, or loosen it where TMPDIR is slow, and for the tests that
// take the whole command through the disk.
func spillAbove() (int64, error) {
	v := os.Getenv("CROSSCHECK_SPILL_ABOVE")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < -1 {
		return 0, fmt.Errorf("CROSSCHECK_SPILL_ABOVE=%q: give a number of bytes (0 for the default, %d; -1 to keep nothing in memory)", v, checker.DefaultSpillAbove)
	}
	return n, nil
}

// verdict is what a complete pass over the findings says of the run. A
// complete pass has also applied the baseline to every finding, so its
// stale entries are known.
type verdict struct {
	done        bool
	open, fails bool
	err         error
}

// observe passes seq's findings on and records the verdict of the first
// pass that reaches the end.
func (v *verdict) observe(seq iter.Seq2[checker.Finding, error], failOn checker.Status) iter.Seq2[checker.Finding, error] {
	return func(yield func(checker.Finding, error) bool) {
		open, fails := false, false
		for fd, err := range seq {
			if err != nil {
				v.err = err
				yield(fd, err)
				return
			}
			open = open || fd.Open()
			fails = fails || fd.Fails(failOn)
			if !yield(fd, nil) {
				return
			}
		}
		if !v.done {
			v.done, v.open, v.fails = true, open, fails
		}
	}
}

// filterMap applies fn to each finding of seq, leaving out those it
// rejects; errors pass through.
func filterMap(seq iter.Seq2[checker.Finding, error], fn func(checker.Finding) (checker.Finding, bool)) iter.Seq2[checker.Finding, error] {
	return func(yield func(checker.Finding, error) bool) {
		for fd, err := range seq {
			if err != nil {
				yield(fd, err)
				return
			}
			if g, ok := fn(fd); ok && !yield(g, nil) {
				return
			}
		}
	}
}

// recordsOf extends isNew to the records of a JSON-lines file: the file is
// under review, and its records are the articles FILE:LINE.
func recordsOf(isNew func(string) bool) func(string) bool {
	return func(p string) bool {
		if isNew(p) {
			return true
		}
		i := strings.LastIndexByte(p, ':')
		if i <= 0 || i == len(p)-1 || strings.Trim(p[i+1:], "0123456789") != "" {
			return false
		}
		return article.FormatOf(p[:i], nil) == article.FormatJSONL && isNew(p[:i])
	}
}

// printInputProblems writes every skipped input and every warning, one a
// line, for a run whose report does not go to standard output as text.
func printInputProblems(w io.Writer, inputs []article.Input) {
	for _, in := range inputs {
		if in.Status == article.Skipped {
			fmt.Fprintf(w, "crosscheck: skipped %s: %s\n", in.Path, in.Reason)
		}
		for _, warn := range in.Warnings {
			fmt.Fprintf(w, "crosscheck: warning: %s: %s\n", in.Path, warn)
		}
	}
}

// checkOutputs refuses, before anything is read, a run whose reports would
// overwrite each other, the baseline, a rule or config file, or an article
// named on the command line: a report must never destroy an input.
func checkOutputs(s *settings, cfg *config.Config, writeBaseline string, named []string) error {
	type target struct{ what, path string }
	var outs []target
	for _, r := range s.reports {
		if r.path != "" {
			outs = append(outs, target{r.format + " report", r.path})
		}
	}
	if writeBaseline != "" {
		outs = append(outs, target{"--write-baseline", writeBaseline})
	}
	same := func(a, b string) bool {
		if filepath.Clean(a) == filepath.Clean(b) {
			return true
		}
		fa, errA := os.Stat(a)
		fb, errB := os.Stat(b)
		return errA == nil && errB == nil && os.SameFile(fa, fb)
	}
	for i, o := range outs {
		for _, p := range outs[:i] {
			if same(o.path, p.path) {
				return usage("the %s and the %s would both be written to %s: give each its own file", p.what, o.what, o.path)
			}
		}
		var inputs []target
		if cfg.Baseline != "" && writeBaseline == "" {
			inputs = append(inputs, target{"the baseline", cfg.Baseline})
		}
		if cfg.File != "" {
			inputs = append(inputs, target{"the config file", cfg.File})
		}
		if cfg.Sources != "" {
			inputs = append(inputs, target{"the sources manifest", cfg.Sources})
		}
		for _, r := range cfg.Rules {
			inputs = append(inputs, target{"the rule file", r})
		}
		for _, a := range named {
			inputs = append(inputs, target{"the article", a})
		}
		for _, in := range inputs {
			if same(o.path, in.path) {
				return usage("the %s would overwrite %s %s: write it elsewhere", o.what, in.what, in.path)
			}
		}
	}
	return nil
}

// firstUnder returns the first of files that is one of roots or lies in a
// folder among them; "" when none does. Empty roots are ignored.
func firstUnder(files, roots []string) string {
	for _, f := range files {
		af, err := filepath.Abs(f)
		if err != nil {
			continue
		}
		for _, r := range roots {
			if r == "" {
				continue
			}
			ar, err := filepath.Abs(r)
			if err != nil {
				continue
			}
			if rel, err := filepath.Rel(ar, af); err == nil && (rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)))) {
				return f
			}
		}
	}
	return ""
}

// version is the module version of the binary, for SARIF and JUnit; empty
// for a development build so that its reports do not depend on the build.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
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

func printSourcesErrors(w io.Writer, err error) {
	var list sources.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(w, e)
		}
		fmt.Fprintf(w, "crosscheck: %s in the sources manifest; no article was read\n", count(len(list), "error", "errors"))
		return
	}
	fmt.Fprintf(w, "crosscheck: %v\n", err)
}

// useColor decides colour for a report: only for text on standard output
// to a terminal, never with --no-color or a non-empty NO_COLOR
// (https://no-color.org).
func useColor(r reportSpec, noColor bool, noColorEnv string, terminal bool) bool {
	return r.format == "text" && r.path == "" && !noColor && noColorEnv == "" && terminal
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// loadManifest reads the sources manifest at path ("" for none), printing
// its errors, and its warnings (globs that match nothing) unless quiet.
// check and extract read it the same way.
func loadManifest(stderr io.Writer, path string, quiet bool) (*sources.Manifest, error) {
	if path == "" {
		return nil, nil
	}
	m, err := sources.Load(path)
	if err != nil {
		printSourcesErrors(stderr, err)
		return nil, &codeError{code: exitError}
	}
	if !quiet {
		for _, w := range m.Unmatched() {
			fmt.Fprintln(stderr, w)
		}
	}
	return m, nil
}
