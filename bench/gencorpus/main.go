// Command gencorpus writes a synthetic news corpus of a given size for
// benchmarking crosscheck:
//
//	go run ./bench/gencorpus -size 100MB -seed 1 -out DIR
//
// Articles are Markdown files with front matter (source, from a pool of 50
// outlets; published, over eight months; url; title), 400 to 1500 words
// each, 1000 to a folder (DIR/0000/000000.md, DIR/0000/000001.md…). Their
// sentences mix prose without numbers, figures no rule asks for (counts,
// money, percentages, years, durations, hedged and ranged amounts), vague
// amounts ("dozens"), decoys that look like numbers and are not (dates,
// times, ordinals, "G7", "F-16", "Article 5"), near misses of the rules'
// facts, and claims of those facts: about 2% of sentences, for the rules
// `bench/genrules -seed S -n 1000` writes. Three articles in a hundred are
// wire copies of an earlier one under another outlet.
//
// The same -seed and -size give the same files, byte for byte, whatever
// the number of -jobs: each article depends only on the seed and its index,
// and the corpus ends with the first article that brings it to -size (so
// it overshoots by less than one article). Articles are generated in
// parallel and written as they are made; the corpus is never held in
// memory.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	size := flag.String("size", "10MB", "corpus size: bytes, or a number with KB, MB, GB (powers of 1000) or KiB, MiB, GiB")
	seed := flag.Uint64("seed", 1, "seed: the same seed and size give the same corpus")
	out := flag.String("out", "", "folder to write; it must not exist or be empty")
	facts := flag.Int("facts", 1000, "claims are of the first `N` facts of the seed's universe (genrules -n N)")
	perDir := flag.Int("per-dir", 1000, "articles per folder")
	jobs := flag.Int("jobs", 0, "articles generated at once (0: one per CPU); the output does not depend on it")
	flag.Parse()
	if flag.NArg() > 0 {
		fail(fmt.Errorf("unexpected argument %q", flag.Arg(0)))
	}
	if *out == "" {
		fail(errors.New("-out is required"))
	}
	n, err := parseSize(*size)
	if err != nil {
		fail(err)
	}
	start := time.Now()
	st, err := generate(config{out: *out, size: n, seed: *seed, facts: *facts, perDir: *perDir, jobs: *jobs})
	if err != nil {
		fail(err)
	}
	el := time.Since(start)
	fmt.Fprintf(os.Stderr, "gencorpus: %d articles, %d bytes in %s (%.0f MB/s)\n",
		st.files, st.bytes, el.Round(time.Millisecond), float64(st.bytes)/1e6/el.Seconds())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gencorpus:", err)
	os.Exit(2)
}

// parseSize reads "100MB", "1GB", "512KiB" or a plain number of bytes.
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil || x <= 0 {
		return 0, fmt.Errorf("-size %q: want a positive size such as 100MB or 1GB", s)
	}
	return int64(x * float64(mult)), nil
}

type config struct {
	out    string
	size   int64
	seed   uint64
	facts  int
	perDir int
	jobs   int
}

type stats struct {
	files int
	bytes int64
}

// generate writes the corpus. Workers take article indexes in order,
// generate and write each file, and report its size; the collector adds
// the sizes up in index order and, once the total reaches the size, tells
// the workers to stop and removes the few files they wrote past the end.
// Writing in the workers spreads the file-system work over the cores too.
func generate(cfg config) (stats, error) {
	if cfg.perDir < 1 {
		return stats{}, errors.New("-per-dir must be at least 1")
	}
	if err := emptyOrAbsent(cfg.out); err != nil {
		return stats{}, err
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return stats{}, err
	}
	c := newCorpus(cfg.seed, cfg.facts)
	jobs := cfg.jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}

	type done struct {
		i   int
		n   int
		err error
	}
	var (
		next atomic.Int64
		stop atomic.Bool
		wg   sync.WaitGroup
	)
	results := make(chan done, 4*jobs)
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 0, 64<<10)
			for !stop.Load() {
				i := int(next.Add(1) - 1)
				buf = c.article(buf[:0], i)
				err := writeArticle(cfg, i, buf)
				results <- done{i, len(buf), err}
				if err != nil {
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var (
		st       stats
		pending  = map[int]int{}
		written  []int // indexes of every file written, to remove the extras
		firstErr error
		end      = -1 // the last index of the corpus, once known
	)
	for d := range results {
		if d.err != nil {
			if firstErr == nil {
				firstErr = d.err
			}
			stop.Store(true)
			continue
		}
		written = append(written, d.i)
		pending[d.i] = d.n
		for end < 0 {
			n, ok := pending[st.files]
			if !ok {
				break
			}
			delete(pending, st.files)
			st.files++
			st.bytes += int64(n)
			if st.bytes >= cfg.size {
				end = st.files - 1
				stop.Store(true)
			}
		}
	}
	if firstErr != nil {
		return st, firstErr
	}
	for _, i := range written {
		if i > end {
			if err := os.Remove(articlePath(cfg, i)); err != nil {
				return st, err
			}
			// A folder begun by an extra file goes too; Remove fails,
			// harmlessly, on one that still holds articles.
			os.Remove(filepath.Dir(articlePath(cfg, i)))
		}
	}
	return st, nil
}

func articlePath(cfg config, i int) string {
	return filepath.Join(cfg.out, fmt.Sprintf("%04d", i/cfg.perDir), fmt.Sprintf("%06d.md", i))
}

// writeArticle writes article i, creating its folder when it is the first.
func writeArticle(cfg config, i int, data []byte) error {
	path := articlePath(cfg, i)
	err := os.WriteFile(path, data, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
			err = os.WriteFile(path, data, 0o644)
		}
	}
	return err
}

func emptyOrAbsent(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("-out %s is not empty; give a new folder so that no old article is left in the corpus", dir)
	}
	return nil
}
