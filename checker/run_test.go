package checker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

func loadExample(tb testing.TB) *rules.Set {
	tb.Helper()
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// TestRunDeterministic: the report must not depend on how many articles are
// read at once.
func TestRunDeterministic(t *testing.T) {
	set := loadExample(t)
	one, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	eight, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 8})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(one, eight); diff != "" {
		t.Errorf("jobs 1 and 8 differ (-1 +8):\n%s", diff)
	}
	n := 0
	for range one.AllClaims() {
		n++
	}
	if n == 0 || one.Skipped() != 0 {
		t.Errorf("%d claims, %d skipped: the example should give claims and read every file", n, one.Skipped())
	}
}

func TestRunAccountsForEveryInput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/good.txt", []byte("The strike killed seven civilians.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/bin.txt", []byte("abc\x00def"), 0o644); err != nil {
		t.Fatal(err)
	}
	set := &rules.Set{Facts: loadFacts(t, testRules)}
	res, err := Run(context.Background(), set, []string{dir, dir + "/missing.txt"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, in := range res.Inputs {
		status[in.Path] = in.Status
		if in.Status == article.Skipped && in.Reason == "" {
			t.Errorf("%s skipped without a reason", in.Path)
		}
	}
	want := map[string]string{dir + "/good.txt": article.ReadOK, dir + "/bin.txt": article.Skipped, dir + "/missing.txt": article.Skipped}
	if diff := cmp.Diff(want, status); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if res.Skipped() != 2 {
		t.Errorf("Skipped() = %d, want 2", res.Skipped())
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, loadExample(t), []string{"../testdata/articles"}, Options{Jobs: 1}); err == nil {
		t.Error("a cancelled run returned no error")
	}
}

// BenchmarkCheck measures the whole check — read, split, scan, match,
// compare — over the bundled example, in bytes of article per second.
func BenchmarkCheck(b *testing.B) {
	set := loadExample(b)
	files, _ := article.Files([]string{"../testdata/articles"})
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract measures extraction in memory, without file I/O, with
// one Extractor as a run uses it: the part that scales with corpus size.
func BenchmarkExtract(b *testing.B) {
	benchExtract(b, loadExample(b), "../testdata/articles")
}

// benchExtract reads the articles under dir into memory and times
// extracting them all with one Extractor of set's facts.
func benchExtract(b *testing.B, set *rules.Set, dir string) {
	files, _ := article.Files([]string{dir})
	var arts []*article.Article
	var size int64
	for _, f := range files {
		a, err := article.Read(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	x := NewExtractor(set.Facts)
	var hits rules.Hits
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a, &hits)
		}
	}
}

// TestStreamOrderAndStop: Stream emits files in their order whatever the
// jobs, reports progress for each article read, and stops at the first
// error emit returns.
func TestStreamOrderAndStop(t *testing.T) {
	dir := t.TempDir()
	var files []article.File
	var paths []string
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if err := os.WriteFile(p, []byte(fmt.Sprintf("The strike killed %d civilians.\n", i+1)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, article.File{Path: p})
		paths = append(paths, filepath.ToSlash(p))
	}
	facts := loadFacts(t, testRules)
	for _, jobs := range []int{1, 3, 8} {
		var got []string
		var bytes atomic.Int64
		err := Stream(context.Background(), facts, files, Options{Jobs: jobs, Progress: func(n int) { bytes.Add(int64(n)) }}, func(in article.Input, cs []Claim) error {
			got = append(got, in.Path)
			if len(cs) != 1 {
				t.Errorf("%s: %d claims, want 1", in.Path, len(cs))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, paths) {
			t.Errorf("jobs %d: emitted out of order: %v", jobs, got)
		}
		if bytes.Load() == 0 {
			t.Errorf("jobs %d: no progress reported", jobs)
		}
	}
	checkStops(t, func(ctx context.Context, jobs int, emit func(article.Input, []Claim) error) error {
		return Stream(ctx, facts, files, Options{Jobs: jobs}, emit)
	})
}

// checkStops holds a streaming run to stopping at the first error of emit,
// which it returns, and at a cancelled context.
func checkStops(t *testing.T, run func(ctx context.Context, jobs int, emit func(article.Input, []Claim) error) error) {
	t.Helper()
	stop := errors.New("disk full")
	n := 0
	err := run(context.Background(), 4, func(article.Input, []Claim) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 5 {
		t.Errorf("err %v after %d emits, want the emit error after 5", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := run(ctx, 2, func(article.Input, []Claim) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

// TestStreamManyArticlesPerFile: a JSON-lines file is many articles, its
// bad records follow its own account, its claims keep record order and say
// where they come from, and all of it comes out the same with any jobs.
func TestStreamManyArticlesPerFile(t *testing.T) {
	dir := t.TempDir()
	var feed strings.Builder
	for i := range 100 { // four batches of records (recordBatch)
		if i%7 == 3 {
			feed.WriteString("{\"text\": 5}\n")
			continue
		}
		fmt.Fprintf(&feed, "{\"id\":\"r%d\",\"text\":\"The strike killed %d civilians.\"}\n", i, i+1)
	}
	files := map[string]string{
		"a.jsonl": feed.String(),
		"b.html":  "<html><body><article><p>The strike killed 4 civilians, officials said.</p></article></body></html>",
		"c.txt":   "The strike killed 5 civilians.\n",
	}
	var fs []article.File
	for _, name := range []string{"a.jsonl", "b.html", "c.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		fs = append(fs, article.File{Path: p})
	}
	facts := loadFacts(t, testRules)
	var first string
	for _, jobs := range []int{1, 3, 8} {
		var b strings.Builder
		err := Stream(context.Background(), facts, fs, Options{Jobs: jobs}, func(in article.Input, cs []Claim) error {
			fmt.Fprintf(&b, "%s %s %d %q\n", filepath.Base(in.Path), in.Status, in.Count(), in.Reason)
			for _, c := range cs {
				o := Origin{}
				if c.Origin != nil {
					o = *c.Origin
				}
				fmt.Fprintf(&b, "  %s %s %s:%d %s %d:%d %s\n", filepath.Base(c.Article), o.Format, filepath.Base(o.File), o.Record, o.RecordID, c.Line, c.Column, c.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if first == "" {
			first = b.String()
		} else if b.String() != first {
			t.Errorf("jobs %d differs:\n%s", jobs, b.String())
		}
	}
	for _, want := range []string{
		"a.jsonl read 86 \"\"\n  a.jsonl:1 jsonl a.jsonl:1 r0 1:19 1\n  a.jsonl:2 jsonl a.jsonl:2 r1 1:19 2\n",
		"a.jsonl skipped 0 \"line 4, column 10: \\\"text\\\" must be a string, not a number\"\na.jsonl skipped 0 \"line 11, column 10:",
		"b.html read 1 \"\"\n  b.html html .:0  1:19 4\n",
		"c.txt read 1 \"\"\n  c.txt  .:0  1:19 5\n",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("stream lacks\n%s\nin\n%s", want, first)
		}
	}
}

// TestBatchSize: many files go eight at a time; a short list goes one at a
// time, so that every job has some.
func TestBatchSize(t *testing.T) {
	for _, tt := range []struct{ n, jobs, want int }{
		{0, 2, 1}, {1, 2, 1}, {6, 4, 1}, {8, 1, 2}, {40, 2, 5}, {64, 2, 8}, {16275, 2, 8}, {100, 0, 8},
	} {
		if got := batchSize(tt.n, tt.jobs); got != tt.want {
			t.Errorf("batchSize(%d files, %d jobs) = %d, want %d", tt.n, tt.jobs, got, tt.want)
		}
		if b := batchSize(tt.n, tt.jobs); tt.jobs > 0 && tt.n >= tt.jobs && (tt.n+b-1)/b < tt.jobs {
			t.Errorf("batchSize(%d files, %d jobs) = %d leaves a job idle", tt.n, tt.jobs, b)
		}
	}
}

// TestStreamPaths: taking files from the walk as it goes emits what Stream
// over the walked list emits, in the same order, for short lists and long,
// with and without a progress bar (whose count then comes from a walk of
// its own), less the excluded file; and it stops on an emit error or a
// cancel.
func TestStreamPaths(t *testing.T) {
	dir := t.TempDir()
	for i := range 150 { // longer than the look-ahead that sizes batches at 8 jobs
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%3))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(sub, fmt.Sprintf("%03d.txt", i))
		if err := os.WriteFile(p, []byte(fmt.Sprintf("The strike killed %d civilians.\n", i+1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	excluded := filepath.Join(dir, "d1", "007.txt")
	facts := loadFacts(t, testRules)
	type emitted struct {
		in article.Input
		cs []Claim
	}
	for _, tc := range []struct {
		name  string
		paths []string
	}{
		{"long", []string{dir}},
		{"short", []string{filepath.Join(dir, "d0", "000.txt"), filepath.Join(dir, "d1", "001.txt"), filepath.Join(dir, "missing.txt")}},
		{"none", []string{filepath.Join(dir, "missing.txt")}},
	} {
		opt := Options{Exclude: []string{excluded}}
		files, wantSkipped := Files(tc.paths, opt)
		for _, jobs := range []int{1, 2, 8} {
			for _, bar := range []bool{false, true} {
				var want, got []emitted
				opt := Options{Jobs: jobs, Exclude: []string{excluded}}
				if err := Stream(context.Background(), facts, files, opt, func(in article.Input, cs []Claim) error {
					want = append(want, emitted{in, cs})
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				var total atomic.Int64
				if bar {
					opt.Progress = func(n int) {
						if n < 0 {
							total.Add(int64(-n))
						}
					}
				}
				skipped, err := StreamPaths(context.Background(), facts, tc.paths, opt, func(in article.Input, cs []Claim) error {
					got = append(got, emitted{in, cs})
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(want, got, cmp.AllowUnexported(emitted{})); diff != "" {
					t.Errorf("%s, jobs %d, bar %v: differs from Stream (-Stream +StreamPaths):\n%s", tc.name, jobs, bar, diff)
				}
				if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
					t.Errorf("%s: skipped differs (-Files +StreamPaths):\n%s", tc.name, diff)
				}
				if bar && total.Load() != int64(len(files)) {
					t.Errorf("%s, jobs %d: progress counted %d files, want %d", tc.name, jobs, total.Load(), len(files))
				}
			}
		}
		if tc.name == "long" && slices.ContainsFunc(files, func(f article.File) bool { return f.Path == filepath.ToSlash(excluded) }) {
			t.Error("Files kept the excluded file")
		}
	}

	checkStops(t, func(ctx context.Context, jobs int, emit func(article.Input, []Claim) error) error {
		_, err := StreamPaths(ctx, facts, []string{dir}, Options{Jobs: jobs}, emit)
		return err
	})
}

// TestStreamStopsItsFiles: a file is extracted as soon as an iterator of
// unknown length yields it, and when emit fails, stream ends the iterator
// of files, which may be a walk with nothing more to yield for a long
// time, before it waits for it.
func TestStreamStopsItsFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("The strike killed 7 civilians.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	quit := make(chan struct{})
	files := func(yield func(article.File) bool) {
		if !yield(article.File{Path: p}) {
			return
		}
		<-quit // a walk through folders with no more articles in them
	}
	failed := errors.New("disk full")
	done := make(chan error, 1)
	go func() {
		done <- stream(context.Background(), loadFacts(t, testRules), files, -1, Options{Jobs: 2},
			func(article.Input, []Claim) error { return failed },
			func() { close(quit) })
	}()
	select {
	case err := <-done:
		if !errors.Is(err, failed) {
			t.Errorf("err = %v, want emit's", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("stream waited for its files to end")
	}
}

// TestClaimsOutliveTheirFile: Stream reads each text file into a buffer
// the next file is read into (article.ReadFileTransient), so what it emits
// must share no memory with that buffer. One job reads every file through
// the same buffer; the claims and inputs of all of them, held to the end,
// must be those of each file read on its own, with a copy of its bytes.
func TestClaimsOutliveTheirFile(t *testing.T) {
	facts := loadExample(t).Facts
	// The examples' HTML comments make the reader blank them in a copy
	// of the text; these files are read in place but for the last.
	comment := regexp.MustCompile(`(?s)<!--.*?-->`)
	dir := t.TempDir()
	var files []article.File
	for _, glob := range []string{"../testdata/articles/*", "../testdata/bad/*.md"} {
		paths, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, filepath.Base(p))
			if err := os.WriteFile(out, comment.ReplaceAll(data, nil), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, article.File{Path: out})
		}
	}
	files = append(files, article.File{Path: "../testdata/articles/01-northern-wire-kharkiv.md"})
	type emitted struct {
		Input  article.Input
		Claims []Claim
	}
	var got []emitted
	err := Stream(context.Background(), facts, files, Options{Jobs: 1}, func(in article.Input, cs []Claim) error {
		got = append(got, emitted{in, cs})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	x := NewExtractor(facts)
	var want []emitted
	n := 0
	for _, f := range files {
		var cs []Claim
		ins := article.ReadFile(f, nil, article.Limits{}, func(a *article.Article) {
			cs = located(x.Extract(a, nil), a)
		})
		n += len(cs)
		want = append(want, emitted{ins[0], cs})
	}
	if n == 0 {
		t.Fatal("no claims: the test reads nothing a buffer could spoil")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims read through one buffer differ from claims of copies (-copies +stream):\n%s", diff)
	}
}
