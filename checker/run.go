package checker

import (
	"context"
	"io"
	"iter"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sources"
)

// Options tune a Run. The zero value is ready to use.
type Options struct {
	// Jobs is how many articles are read and extracted at once, and how
	// many facts a Store compares at once; 0 means one per CPU.
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
	// and weight of its entry where its front matter gives none. A
	// JSON-lines record is looked up by its file's path.
	Sources *sources.Manifest
	// Limits bound the size of an article and of a JSON-lines record;
	// zero fields mean article.DefaultLimits.
	Limits article.Limits
	// Stdin is what the path "-" reads; nil makes "-" a skipped input.
	Stdin io.Reader
	// SpillAbove is how many bytes of encoded claims a Store (RunStored)
	// keeps in memory before it moves them to a temporary file in
	// TempDir; 0 means DefaultSpillAbove, and a negative value spills
	// from the first claim. TempDir "" means os.TempDir().
	SpillAbove int64
	TempDir    string
	// Shard, when set, limits the run to one part of the files (see
	// Shard); the zero Shard reads them all.
	Shard Shard
}

// Result is everything a run produced: the findings, and an account of every
// input so that nothing is lost silently.
type Result struct {
	Findings []Finding
	// Inputs lists every file given or found, in path order, read or
	// skipped with the reason.
	Inputs []article.Input
}

// AllClaims returns the claims of every finding, in the findings' order:
// by fact id, then article and offset. They are the findings' own, not
// copies; a run keeps them fact by fact, never in one slice, which at a
// million articles would be a second copy of most of its memory.
func (r *Result) AllClaims() iter.Seq[*Claim] {
	return func(yield func(*Claim) bool) {
		for i := range r.Findings {
			cs := r.Findings[i].Claims
			for j := range cs {
				if !yield(&cs[j]) {
					return
				}
			}
		}
	}
}

// Skipped reports how many inputs could not be read, bad JSON-lines
// records included.
func (r *Result) Skipped() int {
	n := 0
	for _, in := range r.Inputs {
		if in.Status == article.Skipped {
			n++
		}
	}
	return n
}

// Failed reports how many skipped inputs fail the run (article.Input.Fails):
// every skip but a binary file met in a folder walk.
func (r *Result) Failed() int {
	n := 0
	for _, in := range r.Inputs {
		if in.Fails() {
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
	sorted, groups, inputs, err := extractByFact(ctx, set.Facts, files, opt)
	if err != nil {
		return nil, err
	}
	inputs = append(inputs, skipped...)
	sortInputs(inputs)
	return &Result{
		Findings: compareGroups(sorted, groups),
		Inputs:   inputs,
	}, nil
}

// RunStored is Run for a corpus whose claims need not fit in memory: the
// claims and the account of each input go to a Store as each file is
// extracted, past opt.SpillAbove to temporary files, and the findings and
// inputs are read back one at a time (Store.Findings, Store.Inputs): the
// same findings and inputs, in the same order, as Run's. The caller
// closes the store. Besides the context's, the error is the store's: a
// temporary file that could not be written.
func RunStored(ctx context.Context, set *rules.Set, paths []string, opt Options) (*Store, error) {
	return runInto(ctx, NewStore(set.Facts, opt), set, paths, opt)
}

// runInto is RunStored filling st, which tests make with smaller buffers.
func runInto(ctx context.Context, st *Store, set *rules.Set, paths []string, opt Options) (*Store, error) {
	skipped, err := StreamPaths(ctx, set.Facts, paths, opt, func(in article.Input, cs []Claim) error {
		if err := st.AddInput(in); err != nil {
			return err
		}
		return st.Add(cs)
	})
	for _, in := range skipped {
		if err == nil {
			err = st.AddInput(in)
		}
	}
	if err == nil {
		err = st.Compare()
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

// Files returns the article files under paths that a run reads, less
// opt.Exclude, and the paths it cannot read (missing, or folders with no
// articles), each with its reason.
func Files(paths []string, opt Options) ([]article.File, []article.Input) {
	files, skipped := article.Walk(paths)
	if skip := leaveOut(opt); skip != nil {
		files = slices.DeleteFunc(files, skip)
	}
	return files, ownSkipped(skipped, opt)
}

// fileBatch is how many consecutive files Stream hands a goroutine at once,
// at most.
const fileBatch = 8

// extractByFact reads and extracts files in parallel (Stream) and keeps
// the claims fact by fact, as compareGroups takes them: groups[r] holds
// the claims of sorted[r] (facts by id) in the order of files. The claims
// are never in one slice: one slice grown by append copied a 1 GB corpus's
// 320 000 claims two or three times over, in copies of up to 120 MB, and
// laying them out by fact in one slice at the end held them twice. (A
// caller that wants them in one slice, in the order of files, can gather
// what Stream emits.)
func extractByFact(ctx context.Context, facts []*rules.Fact, files []article.File, opt Options) (sorted []*rules.Fact, groups [][]Claim, inputs []article.Input, err error) {
	sorted, rankOf := factOrder(facts)
	groups = make([][]Claim, len(sorted)+1) // the last for facts not asked about
	inputs = make([]article.Input, 0, len(files))
	err = Stream(ctx, facts, files, opt, func(in article.Input, cs []Claim) error {
		inputs = append(inputs, in)
		for i := range cs {
			r := rankOf(cs[i].Fact)
			groups[r] = append(groups[r], cs[i])
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return sorted, groups[:len(sorted)], inputs, nil
}

// batchSize is how many consecutive files of n Stream hands a goroutine at
// once: up to fileBatch, and small enough that a short list still spreads
// over every job (six large pages on four cores are six batches of one).
func batchSize(n, jobs int) int {
	return max(1, min(fileBatch, n/(4*max(jobs, 1))))
}

// Stream reads and extracts files in parallel and calls emit once per file,
// in the order of files, with the file's account and its claims, and then
// once more, without claims, per bad record of a JSON-lines file (see
// article.ReadFile). A JSON-lines file is read by one job and its records
// extracted on as many as there are jobs (extractRecords), its claims kept
// in the file's order; its records are dropped as they are extracted, but
// its claims are held until its last record. Articles
// are dropped as soon as they are extracted, and only a window of a few
// batches of files per job waits for its turn, so memory does not grow with the
// corpus: a caller that writes claims out as they come (crosscheck
// extract) holds none of them. An error from emit, or the context's, stops
// the run and is returned.
func Stream(ctx context.Context, facts []*rules.Fact, files []article.File, opt Options, emit func(article.Input, []Claim) error) error {
	return stream(ctx, facts, slices.Values(files), len(files), opt, emit, nil)
}

// StreamPaths is Stream over the files under paths (Files), taken from
// the folder walk as it goes rather than from a list: a million files are
// never a million paths in memory at once. It returns what Files would
// skip, for the caller to account for after the files.
func StreamPaths(ctx context.Context, facts []*rules.Fact, paths []string, opt Options, emit func(article.Input, []Claim) error) ([]article.Input, error) {
	skip := leaveOut(opt)
	n := -1
	if opt.Progress != nil {
		// The count a progress bar needs, from a walk of its own: it
		// reads folders, not files, and is soon over.
		n = 0
		article.WalkFunc(ctx, paths, func(f article.File) bool {
			if skip == nil || !skip(f) {
				n++
			}
			return true
		})
	}
	// The walk ends with the run, also when emit fails: a walk that went
	// on to its next article would hold the run up over a large tree.
	walk, stop := context.WithCancel(ctx)
	defer stop()
	var skipped []article.Input
	files := func(yield func(article.File) bool) {
		skipped = article.WalkFunc(walk, paths, func(f article.File) bool {
			return (skip != nil && skip(f)) || yield(f)
		})
	}
	err := stream(ctx, facts, files, n, opt, emit, stop)
	return ownSkipped(skipped, opt), err
}

// stream is Stream over files, n of them, or an unknown number when n < 0.
// files is ranged over by one goroutine, and not past a stop; stopFiles,
// when set, is called as the run ends, before stream waits for that
// goroutine, to end an iterator that may take long to yield again.
func stream(ctx context.Context, facts []*rules.Fact, files iter.Seq[article.File], n int, opt Options, emit func(article.Input, []Claim) error, stopFiles func()) error {
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	// Files go to the goroutines in batches of consecutive files: one
	// hand-off per file (feeder, worker, emitter) cost more in scheduling
	// and wake-ups than a small article takes to extract.
	type fileResult struct {
		claims []Claim
		inputs []article.Input
	}
	type job struct {
		batch int
		files []article.File
	}
	type result struct {
		batch int
		files []fileResult
	}
	if opt.Progress != nil && n >= 0 {
		opt.Progress(-n) // before any article's bytes, as Options.Progress says
	}
	x := NewExtractor(facts)
	window := 4 * jobs // batches read ahead of the one emit waits for
	next := make(chan job)
	done := make(chan result, window)
	stop := make(chan struct{})
	total := make(chan int, 1) // how many batches, once the feeder knows
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var hits rules.Hits
			rd := article.Reader{Stdin: opt.Stdin, Limits: opt.Limits}
			defer rd.Close()
			for jb := range next {
				r := result{batch: jb.batch, files: make([]fileResult, len(jb.files))}
				for i, f := range jb.files {
					select {
					case <-stop:
						return // emit failed: nothing more is wanted
					default:
					}
					if ctx.Err() != nil {
						break // the run is over: its results are not emitted
					}
					fr := &r.files[i]
					if jobs > 1 && article.FormatOf(f.Path, nil) == article.FormatJSONL {
						fr.inputs, fr.claims = extractRecords(ctx, x, f, opt, jobs)
						continue
					}
					// Transient: Extract copies what its claims keep
					// (owned), so the file's bytes need no copy of
					// their own.
					fr.inputs = rd.ReadTransient(ctx, f, func(a *article.Article) {
						applySources(opt.Sources, a)
						cs := located(x.Extract(a, &hits), a)
						if fr.claims == nil {
							fr.claims = cs // the common case, one article a file: no copy
						} else {
							fr.claims = append(fr.claims, cs...)
						}
						if opt.Progress != nil {
							opt.Progress(len(a.Text))
						}
					})
				}
				select {
				case done <- r:
				case <-stop:
					return
				}
			}
		}()
	}
	// The feeder keeps at most window batches beyond the next to emit in
	// flight: credits come back as batches are emitted.
	credits := make(chan struct{}, window)
	for range window {
		credits <- struct{}{}
	}
	var feeder sync.WaitGroup
	feeder.Add(1)
	go func() {
		defer feeder.Done()
		defer close(next)
		ok := true
		send := func(jb job) {
			select {
			case <-credits:
			case <-stop:
				ok = false
				return
			case <-ctx.Done():
				ok = false
				return
			}
			select {
			case next <- jb:
			case <-stop:
				ok = false
			case <-ctx.Done():
				ok = false
			}
		}
		// A short list must still spread over every job (six large pages
		// on four cores are six batches of one): batchSize sizes batches
		// by the number of files. Not knowing it, files go one a batch
		// until there are enough of them for batchSize to give fileBatch:
		// a short list then spreads, and a slow walk is never waited for.
		size := 1
		if n >= 0 {
			size = batchSize(n, jobs)
		}
		var pending []article.File
		read, sent := 0, 0
		sendFull := func(final bool) {
			for ok && len(pending) > 0 && (final || len(pending) >= size) {
				k := min(size, len(pending))
				if send(job{batch: sent, files: pending[:k:k]}); ok {
					sent++
				}
				pending = pending[k:]
			}
		}
		for f := range files {
			read++
			pending = append(pending, f)
			if n < 0 && read == 4*jobs*fileBatch {
				size = fileBatch
			}
			sendFull(false)
			if !ok {
				break
			}
			select {
			case <-stop:
				ok = false
			default:
			}
			if !ok || ctx.Err() != nil {
				break
			}
		}
		sendFull(true)
		total <- sent
	}()
	finish := func(err error) error {
		close(stop)
		if stopFiles != nil {
			stopFiles()
		}
		wg.Wait()
		feeder.Wait()
		return err
	}
	pending := map[int]result{}
	batches := -1 // unknown until the feeder is done
	for want := 0; batches < 0 || want < batches; {
		select {
		case r := <-done:
			pending[r.batch] = r
		case batches = <-total:
			continue
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
			for _, fr := range r.files {
				for k, in := range fr.inputs {
					var cs []Claim
					if k == 0 {
						cs = fr.claims
					}
					if err := emit(in, cs); err != nil {
						return finish(err)
					}
				}
			}
			credits <- struct{}{}
		}
	}
	return finish(ctx.Err())
}

// recordBatch is how many JSON-lines records extractRecords hands a
// goroutine at once: enough work to outweigh the hand-off, few enough that
// a feed of short records still spreads over every job.
const recordBatch = 32

// extractRecords reads the JSON-lines file f and extracts its records on
// jobs goroutines, a batch at a time, while it reads on: one feed of a
// million records uses every core, as a million files would. It returns the
// file's inputs and its claims in record order, the same whatever jobs is.
func extractRecords(ctx context.Context, x *Extractor, f article.File, opt Options, jobs int) ([]article.Input, []Claim) {
	type task struct {
		seq  int
		arts []*article.Article
	}
	tasks := make(chan task, jobs) // bounds the records read ahead
	var mu sync.Mutex
	var out [][]Claim // claims by batch
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var hits rules.Hits
			for t := range tasks {
				var cs []Claim
				for _, a := range t.arts {
					cs = append(cs, located(x.Extract(a, &hits), a)...)
					if opt.Progress != nil {
						opt.Progress(len(a.Text))
					}
				}
				mu.Lock()
				for len(out) <= t.seq {
					out = append(out, nil)
				}
				out[t.seq] = cs
				mu.Unlock()
			}
		}()
	}
	var batch []*article.Article
	seq := 0
	flush := func() {
		if len(batch) > 0 {
			tasks <- task{seq, batch}
			seq++
			batch = nil
		}
	}
	inputs := article.ReadFileContext(ctx, f, opt.Stdin, opt.Limits, func(a *article.Article) {
		applySources(opt.Sources, a)
		batch = append(batch, a)
		if len(batch) == recordBatch {
			flush()
		}
	})
	flush()
	close(tasks)
	wg.Wait()
	var claims []Claim
	for _, cs := range out {
		claims = append(claims, cs...)
	}
	return inputs, claims
}

// applySources applies the manifest to a. A JSON-lines record's Path is
// FILE:LINE, which no glob of a manifest is written for: it is looked up by
// its file.
func applySources(m *sources.Manifest, a *article.Article) {
	if m == nil {
		return
	}
	if a.File == "" {
		m.Apply(a)
		return
	}
	path := a.Path
	a.Path = a.File
	m.Apply(a)
	a.Path = path
}

// located marks claims with where their article came from, for reports to
// say what a line and column count: the extracted text of an HTML page,
// or a JSON-lines record's text. Text and Markdown claims are left as
// they are.
func located(cs []Claim, a *article.Article) []Claim {
	if a.Format == article.FormatText {
		return cs
	}
	o := &Origin{Format: a.Format, File: a.File, Record: a.Record, RecordID: a.ID}
	for i := range cs {
		cs[i].Origin = o
	}
	return cs
}

func sortInputs(in []article.Input) {
	sort.SliceStable(in, func(i, j int) bool { return in[i].Path < in[j].Path })
}

// excluder returns whether a file is the same file as one in ex,
// compared by identity (os.SameFile), not by spelling, so "./out.md" and
// "out.md" match. Only a file of the same name, in any case (macOS and
// Windows fold it), is looked at: a system call per article would cost a
// large corpus a second for a report that is one file (a link to it under
// another name is read). It is nil when ex names no file that exists.
func excluder(ex []string) func(article.File) bool {
	byName := map[string][]os.FileInfo{}
	for _, e := range ex {
		if fi, err := os.Stat(e); err == nil {
			name := strings.ToLower(filepath.Base(e))
			byName[name] = append(byName[name], fi)
		}
	}
	if len(byName) == 0 {
		return nil
	}
	return func(f article.File) bool {
		infos := byName[strings.ToLower(path.Base(f.Path))]
		if len(infos) == 0 {
			return false
		}
		fi, err := os.Stat(f.Path)
		return err == nil && slices.ContainsFunc(infos, func(e os.FileInfo) bool { return os.SameFile(fi, e) })
	}
}
