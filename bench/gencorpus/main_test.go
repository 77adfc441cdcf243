package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/bench/internal/vocab"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sentence"
)

const testSize = 1_000_000

// gen writes a corpus into a new temporary folder and returns the folder.
func gen(t *testing.T, seed uint64, size int64, jobs int) (string, stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	st, err := generate(config{out: dir, size: size, seed: seed, facts: 1000, perDir: 100, jobs: jobs})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// digest hashes every file's path and bytes, in walk order.
func digest(t *testing.T, dir string) [32]byte {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(rel + "\x00"))
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// TestDeterministic: the same seed and size give the same files byte for
// byte, whatever the number of workers; another seed gives others.
func TestDeterministic(t *testing.T) {
	a, _ := gen(t, 1, testSize, 1)
	b, _ := gen(t, 1, testSize, 4)
	c, _ := gen(t, 2, testSize, 2)
	da, db, dc := digest(t, a), digest(t, b), digest(t, c)
	if da != db {
		t.Error("seed 1 gave different corpora with 1 and 4 jobs")
	}
	if da == dc {
		t.Error("seeds 1 and 2 gave the same corpus")
	}
}

// TestSize: the corpus reaches the size and overshoots by less than one
// article, and the count reported is what is on disk.
func TestSize(t *testing.T) {
	for _, size := range []int64{20_000, testSize} {
		dir, st := gen(t, 3, size, 2)
		var files int
		var total, largest int64
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				fi, _ := d.Info()
				files++
				total += fi.Size()
				largest = max(largest, fi.Size())
			}
			return err
		})
		if files != st.files || total != st.bytes {
			t.Errorf("size %d: reported %d files, %d bytes; on disk %d files, %d bytes", size, st.files, st.bytes, files, total)
		}
		if total < size || total >= size+largest {
			t.Errorf("size %d: wrote %d bytes, want at least that and less than one more article (%d)", size, total, largest)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"10MB": 10e6, "1GB": 1e9, "1.5 kb": 1500, "2MiB": 2 << 20, "123": 123, "4096B": 4096} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "-1GB", "ten"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) succeeded", in)
		}
	}
}

// TestArticles: every file is a valid article with a source and a date,
// within the word range.
func TestArticles(t *testing.T) {
	c := newCorpus(1, 1000)
	for i := range 200 {
		b := c.article(nil, i)
		a, err := article.Parse("a.md", b)
		if err != nil {
			t.Fatalf("article %d: %v\n%s", i, err, b)
		}
		if a.Source == "" || a.Published.IsZero() || a.Title == "" {
			t.Errorf("article %d: source %q, published %v, title %q", i, a.Source, a.Published, a.Title)
		}
		words := len(strings.Fields(a.Text[a.Body:]))
		if words < 400 || words > 1600 {
			t.Errorf("article %d has %d words", i, words)
		}
		if !bytes.HasSuffix(b, []byte(".\n")) && !bytes.HasSuffix(b, []byte("\"\n")) {
			t.Errorf("article %d ends %q", i, b[max(0, len(b)-20):])
		}
	}
}

// TestRulesMatchCorpus writes rule sets as genrules does and checks them
// against a 1 MB corpus of the same seed: they load, and a good share of
// their facts have claims. Not all: a 1 MB corpus has some 160 articles,
// and even the tenth fact is the focus of only one article in 200, so
// seed 1 gives claims to 9 of 10 facts, 42 of 100 and 174 of 1000; at
// 10 MB it is 10, 98 and 763. (That every fact's claims match its rule is
// vocab's TestPatterns.) With the 1000-rule set, the share of sentences
// that are claims is that of a real corpus: 1 to 5% (2.2% here).
func TestRulesMatchCorpus(t *testing.T) {
	dir, _ := gen(t, 1, testSize, 0)
	var sentences int
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			a, err := article.Read(p)
			if err != nil {
				t.Fatal(err)
			}
			sentences += len(sentence.Split(a.Text, a.Body))
		}
		return err
	})
	for _, tc := range []struct {
		n           int
		minFacts    float64 // share of facts with claims
		minClaimPct float64 // share of sentences that are claims
		maxClaimPct float64
	}{
		{10, 0.6, 0.05, 5},
		{100, 0.35, 0.3, 5},
		{1000, 0.1, 1, 5},
	} {
		path := filepath.Join(t.TempDir(), "rules.yaml")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := vocab.WriteRules(f, "test", vocab.Universe(1)[:tc.n]); err != nil {
			t.Fatal(err)
		}
		f.Close()
		set, err := rules.Load(path)
		if err != nil {
			t.Fatalf("%d rules do not load: %v", tc.n, err)
		}
		res, err := checker.Run(context.Background(), set, []string{dir}, checker.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Skipped() > 0 {
			t.Errorf("%d articles skipped: %+v", res.Skipped(), res.Inputs[0])
		}
		matched, claims := 0, 0
		for _, fd := range res.Findings {
			if len(fd.Claims) > 0 {
				matched++
			}
			claims += len(fd.Claims)
		}
		share := float64(matched) / float64(tc.n)
		pct := 100 * float64(claims) / float64(sentences)
		t.Logf("%d rules: %d of %d facts have claims (%.0f%%); %d claims in %d sentences (%.2f%%)",
			tc.n, matched, tc.n, 100*share, claims, sentences, pct)
		if share < tc.minFacts {
			t.Errorf("%d rules: only %d facts have claims, want at least %.0f%%", tc.n, matched, 100*tc.minFacts)
		}
		if pct < tc.minClaimPct || pct > tc.maxClaimPct {
			t.Errorf("%d rules: claims are %.2f%% of sentences, want %g%% to %g%%", tc.n, pct, tc.minClaimPct, tc.maxClaimPct)
		}
	}
}
