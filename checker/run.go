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
	// Progress, when set, is called once with the number of files to read
	// (bytes < 0 then gives it as -files), and after each article is
	// extracted with the bytes of its text, from the extracting
	// goroutines: it must be safe for concurrent use.
	Progress func(bytes int)
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
	files, skipped := Files(paths, opt)
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

// Files returns the article files under paths that a run reads, less
// opt.Exclude, and the paths it cannot read (missing, or folders with no
// articles), each with its reason.
func Files(paths []string, opt Options) ([]string, []article.Input) {
	files, skipped := article.Files(paths)
	return exclude(files, opt.Exclude), skipped
}

// ExtractFiles reads and extracts files in parallel. The claims come back in
// the order of files whatever the number of jobs, so output never depends on
// scheduling.
func ExtractFiles(ctx context.Context, facts []*rules.Fact, files []string, opt Options) ([]Claim, []article.Input, error) {
	var claims []Claim
	inputs := make([]article.Input, 0, len(files))
	err := Stream(ctx, facts, files, opt, func(in article.Input, cs []Claim) error {
		inputs = append(inputs, in)
		claims = append(claims, cs...)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return claims, inputs, nil
}

// Stream reads and extracts files in parallel and calls emit once per file,
// in the order of files, with the file's account and its claims. Articles
// are dropped as soon as they are extracted, and only a window of a few
// files per job waits for its turn, so memory does not grow with the
// corpus: a caller that writes claims out as they come (crosscheck
// extract) holds none of them. An error from emit, or the context's, stops
// the run and is returned.
func Stream(ctx context.Context, facts []*rules.Fact, files []string, opt Options, emit func(article.Input, []Claim) error) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	if opt.Progress != nil {
		opt.Progress(-len(files))
	}
	type result struct {
		i      int
		claims []Claim
		input  article.Input
	}
	x := NewExtractor(facts)
	window := 4 * jobs // files read ahead of the one emit waits for
	next := make(chan int)
	done := make(chan result, window)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range min(jobs, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var hits rules.Hits
			for i := range next {
				r := result{i: i}
				a, err := article.Read(files[i])
				if err != nil {
					r.input = article.Input{Path: files[i], Status: article.Skipped, Reason: reason(err)}
				} else {
					opt.Sources.Apply(a)
					r.input = article.Input{Path: files[i], Status: article.ReadOK}
					r.claims = x.Extract(a, &hits)
					if opt.Progress != nil {
						opt.Progress(len(a.Text))
					}
				}
				select {
				case done <- r:
				case <-stop:
					return
				}
			}
		}()
	}
	// The feeder keeps at most window files beyond the next to emit in
	// flight: credits come back as files are emitted.
	credits := make(chan struct{}, window)
	for range window {
		credits <- struct{}{}
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case <-credits:
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	finish := func(err error) error {
		close(stop)
		wg.Wait()
		return err
	}
	pending := map[int]result{}
	for want := 0; want < len(files); {
		select {
		case r := <-done:
			pending[r.i] = r
		case <-ctx.Done():
			return finish(ctx.Err())
		}
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			if err := emit(r.input, r.claims); err != nil {
				return finish(err)
			}
			credits <- struct{}{}
		}
	}
	return finish(ctx.Err())
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
