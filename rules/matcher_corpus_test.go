package rules

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/crosscheck-news/crosscheck/sentence"
)

// BenchmarkMatcherCorpus scans real articles, as the checker does: the
// whole text, then a window for each sentence. It runs only when
// CROSSCHECK_BENCH_RULES names a rules file and CROSSCHECK_BENCH_CORPUS a
// directory of Markdown articles; CROSSCHECK_BENCH_MB bounds the sample
// (default 9).
func BenchmarkMatcherCorpus(b *testing.B) {
	rulesFile, dir := os.Getenv("CROSSCHECK_BENCH_RULES"), os.Getenv("CROSSCHECK_BENCH_CORPUS")
	if rulesFile == "" || dir == "" {
		b.Skip("CROSSCHECK_BENCH_RULES and CROSSCHECK_BENCH_CORPUS not set")
	}
	mb := 9
	if s := os.Getenv("CROSSCHECK_BENCH_MB"); s != "" {
		mb, _ = strconv.Atoi(s)
	}
	set, err := Load(rulesFile)
	if err != nil {
		b.Fatal(err)
	}
	m, _ := NewFactMatcher(set.Facts)
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	var texts []string
	var sents [][]sentence.Span
	size := 0
	for _, f := range files {
		if size >= mb<<20 {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		sents = append(sents, sentence.Split(string(data), 0))
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var h Hits
	n := 0
	for b.Loop() {
		for k, text := range texts {
			m.Scan(text, &h)
			for _, s := range sents[k] {
				h.Window(s.Pos, s.End).EachSlot(func(int, []Span) { n++ })
			}
		}
	}
}
