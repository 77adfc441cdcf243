package checker

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sources"
)

// Options tune a Run. The zero value is ready to use.
type Options struct {
	// Jobs is how many articles are read and extracted at once; 0 means
	// one per CPU.
	Jobs int
	// Exclude names files never to read as articles even when a folder
	// walk finds them: the report being written, typically, when it lands
	// inside the corpus.
	Exclude []string
	// Sources, when set, gives each article read the outlet, date, URL
	// and weight of its entry where its front matter gives none.
	Sources *sources.Manifest
}

// Result is everything a run produced: the findings, and an account of every
// input so that nothing is lost silently.
type Result struct {
	Findings []Finding
	// Inputs lists every file given or found, in path order, read or
	// skipped with the reason.
	Inputs []article.Input
	// Claims is every claim taken: by input, then sentence, then fact in
	// rule order. Findings hold the same claims sorted by article and offset.
	Claims []Claim
}

// Skipped reports how many inputs could not be read.
func (r *Result) Skipped() int {
	n := 0
	for _, in := range r.Inputs {
		if in.Status == article.Skipped {
			n++
		}
	}
	return n
}

// Run reads the articles under paths, extracts the claims of every fact and
// compares them. An article that cannot be read is recorded in Inputs and
// the run goes on; the only error is the context's.
func Run(ctx context.Context, set *rules.Set, paths []string, opt Options) (*Result, error) {
	files, skipped := article.Files(paths)
	files = exclude(files, opt.Exclude)
	claims, inputs, err := ExtractFiles(ctx, set.Facts, files, opt)
	if err != nil {
		return nil, err
	}
	inputs = append(inputs, skipped...)
	sortInputs(inputs)
	return &Result{
		Findings: Compare(set.Facts, claims),
		Inputs:   inputs,
		Claims:   claims,
	}, nil
}

// ExtractFiles reads and extracts files in parallel. The claims come back in
// the order of files whatever the number of jobs, so output never depends on
// scheduling.
func ExtractFiles(ctx context.Context, facts []*rules.Fact, files []string, opt Options) ([]Claim, []article.Input, error) {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	type result struct {
		claims []Claim
		input  article.Input
	}
	results := make([]result, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, err := article.Read(files[i])
				if err != nil {
					results[i].input = article.Input{Path: files[i], Status: article.Skipped, Reason: reason(err)}
					continue
				}
				results[i].input = article.Input{Path: files[i], Status: article.ReadOK}
				if opt.Sources != nil {
					opt.Sources.Apply(a)
				}
				results[i].claims = Extract(a, facts)
			}
		}()
	}
	var err error
feed:
	for i := range files {
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, nil, err
	}
	var claims []Claim
	inputs := make([]article.Input, 0, len(files))
	for _, r := range results {
		claims = append(claims, r.claims...)
		inputs = append(inputs, r.input)
	}
	return claims, inputs, nil
}

// reason strips the path from an article error: the input's Path already
// names the file, and the report shows both side by side.
func reason(err error) string {
	if e, ok := err.(*article.Error); ok {
		if e.Line > 0 {
			return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
		}
		return e.Msg
	}
	return err.Error()
}

func sortInputs(in []article.Input) {
	sort.SliceStable(in, func(i, j int) bool { return in[i].Path < in[j].Path })
}

// exclude drops the files that are the same file as one in ex, compared by
// identity (os.SameFile), not by name, so "./out.md" and "out.md" match.
func exclude(files, ex []string) []string {
	var infos []os.FileInfo
	for _, e := range ex {
		if fi, err := os.Stat(e); err == nil {
			infos = append(infos, fi)
		}
	}
	if len(infos) == 0 {
		return files
	}
	kept := make([]string, 0, len(files))
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || !slices.ContainsFunc(infos, func(e os.FileInfo) bool { return os.SameFile(fi, e) }) {
			kept = append(kept, f)
		}
	}
	return kept
}
