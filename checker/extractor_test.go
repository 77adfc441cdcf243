package checker

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sentence"
)

// extractOracle is extraction the slow, obvious way: every fact on every
// sentence with a quantity, each term by its own Find. The Extractor must
// take exactly the same claims.
func extractOracle(a *article.Article, facts []*rules.Fact) []Claim {
	var claims []Claim
	want := resolves(a, facts)
	for _, s := range sentence.Split(a.Text, a.Body) {
		text := a.Text[s.Pos:s.End]
		r := read(text, a.Published, want)
		if len(r.qs) == 0 {
			continue
		}
		var words sentenceWords
		for _, f := range facts {
			if m, ok := matchSentence(f, finder{}, text, r.qs, &words, nil); ok {
				claims = append(claims, newClaim(a, s, f, m, &r, nil))
			}
		}
	}
	return claims
}

// TestExtractorIsOracle holds the one-pass Extractor to the obvious
// extraction over the bundled articles and rules, and over rules keyed only
// by regular expressions (always tried) and by any terms.
func TestExtractorIsOracle(t *testing.T) {
	set := loadExample(t)
	extra := loadFacts(t, `version: 1
facts:
  - id: regexp-only
    title: R
    quantity: count
    match:
      all: ['re:\bKharkiv\b']
      any: ['re:kill(ed|s)?']
  - id: any-only
    title: A
    quantity: count
    match:
      any: [drones, killed, civilians]
  - id: regexp-any
    title: B
    quantity: year
    match:
      any: [annexed, 're:\bseiz\w*']
`)
	facts := append(append([]*rules.Fact(nil), set.Facts...), extra...)
	files, _ := article.Files([]string{"../testdata/articles"})
	x := NewExtractor(facts)
	var hits rules.Hits
	total := 0
	// The claims of every article are compared once all are extracted:
	// an article's claims must not share the buffers of the next.
	gots, wants := make([][]Claim, len(files)), make([][]Claim, len(files))
	for i, f := range files {
		a, err := article.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		wants[i] = extractOracle(a, facts)
		gots[i] = x.Extract(a, &hits)
		total += len(gots[i])
	}
	for i, f := range files {
		if diff := cmp.Diff(wants[i], gots[i]); diff != "" {
			t.Errorf("%s: Extractor differs from the oracle (-oracle +extractor):\n%s", f, diff)
		}
	}
	if total == 0 {
		t.Error("no claims: the test proves nothing")
	}
}

// Extraction allocates per paragraph that holds a rule's term and per
// claim, never per byte: a thousand paragraphs of prose no rule is about
// cost about what ten do.
func TestExtractDoesNotAllocatePerByte(t *testing.T) {
	set := loadExample(t)
	x := NewExtractor(set.Facts)
	var h rules.Hits
	prose := "The committee met on Tuesday to discuss the budget, and members said the talks would go on for some weeks.\n\n"
	allocs := func(paragraphs int) float64 {
		a, err := article.Parse("a.md", []byte(strings.Repeat(prose, paragraphs)))
		if err != nil {
			t.Fatal(err)
		}
		return testing.AllocsPerRun(20, func() { x.Extract(a, &h) })
	}
	small, large := allocs(10), allocs(1000)
	if large > small+20 {
		t.Errorf("extracting 1000 paragraphs allocates %.0f times, 10 paragraphs %.0f: allocation grows with the text", large, small)
	}
}

// screenTexts are articles for the screen to pass over: the bundled ones,
// and copy made of the example rules' terms and of what the splitter and
// the matcher look at, so that terms fall across sentences, lines, blank
// lines, list markers, quotes and invalid UTF-8.
func screenTexts(t *testing.T, facts []*rules.Fact) []*article.Article {
	files, _ := article.Files([]string{"../testdata/articles"})
	var arts []*article.Article
	for _, f := range files {
		a, err := article.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	var words []string
	for _, f := range facts {
		for _, list := range [][]*rules.Term{f.Match.All, f.Match.Any, f.Match.None, f.Match.Near} {
			for _, term := range list {
				if !term.IsRegexp() {
					words = append(words, strings.Trim(term.Text, `"'`))
				}
			}
		}
	}
	words = append(words, "7", "12.5%", "$3 billion", "in 2014", "last year", "seven", "20%",
		"said", "the", "Mr.", "U.S.", "x", "\xff", "\x80", "é", "\u00a0", "\u2028")
	marks := []string{" ", " ", " ", " ", ". ", ". ", ".", "? ", "! ", "… ", ", ", "\n", "\n\n", "\n- ", "\n> ", "\n>", "\n# ", "\n1. ", "\"", "” ", "'s "}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		var b strings.Builder
		b.WriteString("---\npublished: 2025-08-18\n---\n")
		for range 20 + rng.IntN(200) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(marks[rng.IntN(len(marks))])
		}
		a, err := article.Parse("gen.md", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
		// Text that Parse would repair: stray bytes where a sentence starts.
		raw := *a
		raw.Text = strings.ReplaceAll(a.Text, "x", "\x80")
		arts = append(arts, &raw)
	}
	return arts
}

// screenFacts are facts keyed by a plain term with regular expressions
// among their other terms, which the screen cannot ask: anchored ones
// match at a sentence's start, and in an article's text only at its own.
func screenFacts(t *testing.T) []*rules.Fact {
	return loadFacts(t, `version: 1
facts:
  - id: regexp-any
    title: R
    quantity: count
    match:
      all: [Kharkiv]
      any: ['re:^\w', deaths]
  - id: regexp-near
    title: N
    quantity: percent
    match:
      any: [occupied, territory]
      near: ['re:^\w', land]
  - id: regexp-all
    title: A
    quantity: year
    match:
      all: ['re:[Aa]nnex\w*', Crimea]
`)
}

// TestScreen: a fact's screen passes a stretch of text where each of its
// all terms and one of its any and near terms have a hit, and no other,
// whichever term's hit is known to be there.
func TestScreen(t *testing.T) {
	facts := loadFacts(t, `version: 1
facts:
  - id: f
    title: F
    quantity: count
    match:
      all: [Kharkiv, strike]
      any: [killed, wounded]
      near: [civilians, people]
`)
	x := NewExtractor(facts)
	text := "Kharkiv was hit. A strike killed 7 civilians. In Kharkiv a strike wounded 3 people. " +
		"The Kharkiv strike ended. A Kharkiv strike killed 2. A Kharkiv strike hit 5 people."
	var h rules.Hits
	x.m.Scan(text, &h)
	sentences := []struct {
		text string
		want bool
	}{
		{"Kharkiv was hit.", false},
		{"A strike killed 7 civilians.", false},
		{"In Kharkiv a strike wounded 3 people.", true},
		{text, true},
		{"Kharkiv was hit. A strike killed 7 civilians.", true},
		{"The Kharkiv strike ended.", false},
		{"A Kharkiv strike killed 2.", false},
		{"A Kharkiv strike hit 5 people.", false},
	}
	sc := &x.screens[0]
	// Over the whole article, from the slots its scan found.
	for _, tt := range sentences {
		var h rules.Hits
		x.m.Scan(tt.text, &h)
		found := make([]uint32, x.m.Slots())
		h.EachSlot(func(s int, _ []rules.Span) { found[s] = 1 })
		if got := sc.found(found, 1); got != tt.want {
			t.Errorf("found(slots of %q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, tt := range sentences {
		pos := strings.Index(text, tt.text)
		end := pos + len(tt.text)
		for _, known := range []int{-1, x.m.Slot(x.idx[0].All[0]), x.m.Slot(x.idx[0].All[1]), x.m.Slot(x.idx[0].Any[0])} {
			if known >= 0 && !overlaps(h.Spans(termOfSlot(x, known)), pos, end) {
				continue // not known to be there
			}
			if got := sc.occurs(&h, pos, end, known); got != tt.want {
				t.Errorf("occurs(%q, known slot %d) = %v, want %v", tt.text, known, got, tt.want)
			}
		}
	}
}

// termOfSlot returns a term of the fact set whose slot is s.
func termOfSlot(x *Extractor, s int) int {
	for i := range len(x.idx[0].All) + len(x.idx[0].Any) + len(x.idx[0].Near) {
		if x.m.Slot(i) == s {
			return i
		}
	}
	return -1
}

// TestScreenedSentences holds the sentences the extractor splits out, only
// in the paragraphs and blocks where the terms of a fact occur and there
// only up to a block's last hit, to those of splitting the whole text:
// every sentence where a fact's terms occur, as the extractor asks it of
// the sentence's own hits, is among them, and they are in order.
func TestScreenedSentences(t *testing.T) {
	facts := append(loadExample(t).Facts, screenFacts(t)...)
	x := NewExtractor(facts)
	var h rules.Hits
	sc := new(scratch)
	nWant := 0
	for _, a := range screenTexts(t, facts) {
		got := slices.Clone(x.sentences(a, &h, sc))
		var want []sentence.Span
		for _, s := range sentence.Split(a.Text, a.Body) {
			w := h.Window(s.Pos-a.Body, s.End-a.Body)
			live := false
			w.EachSlot(func(slot int, _ []rules.Span) {
				for _, k := range x.keyed[slot] {
					live = live || termsOccur(&x.idx[k], w)
				}
			})
			if live {
				want = append(want, s)
			}
		}
		nWant += len(want)
		i := 0
		for _, s := range want {
			for i < len(got) && got[i].Pos < s.Pos {
				i++
			}
			if i == len(got) || got[i] != s {
				t.Fatalf("%s: the sentence %q, where a fact's terms occur, is not among those split out", a.Path, a.Text[s.Pos:s.End])
			}
		}
		all := sentence.Split(a.Text, a.Body)
		for _, s := range got {
			if !slices.Contains(all, s) {
				t.Fatalf("%s: %v is no sentence of the text", a.Path, s)
			}
		}
	}
	if nWant < 1000 {
		t.Errorf("%d sentences where a fact's terms occur: the test proves little", nWant)
	}
}

// TestExtractorIsOracleGenerated holds Extract to the oracle on the
// screen's generated articles too.
func TestExtractorIsOracleGenerated(t *testing.T) {
	facts := append(loadExample(t).Facts, screenFacts(t)...)
	x := NewExtractor(facts)
	var hits rules.Hits
	total := 0
	for _, a := range screenTexts(t, facts) {
		want := extractOracle(a, facts)
		got := x.Extract(a, &hits)
		total += len(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: Extractor differs from the oracle (-oracle +extractor):\n%s", a.Path, diff)
		}
	}
	if total < 100 {
		t.Errorf("%d claims: the test proves little", total)
	}
}

// TestAppendWordSpans holds appendWordSpans, which reads ASCII bytes from a
// table, to reading every rune with package unicode, on text of ASCII and
// other spaces, letters, digits, marks and invalid bytes.
func TestAppendWordSpans(t *testing.T) {
	byRunes := func(text string) []Span {
		var out []Span
		start, hasAlnum := -1, false
		for i, r := range text {
			if unicode.IsSpace(r) {
				if start >= 0 && hasAlnum {
					out = append(out, Span{start, i})
				}
				start, hasAlnum = -1, false
				continue
			}
			if start < 0 {
				start = i
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				hasAlnum = true
			}
		}
		if start >= 0 && hasAlnum {
			out = append(out, Span{start, len(text)})
		}
		return out
	}
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "\u3000",
		"a", "Z", "0", "9", "-", "—", ".", ",", "'", "%", "$", "_", "é", "ß", "٣", "\u0301", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		prefix := []Span{{-1, -1}}
		got := appendWordSpans(slices.Clone(prefix), text)
		if want := append(prefix, byRunes(text)...); !slices.Equal(got, want) {
			t.Fatalf("appendWordSpans(%q) = %v, want %v", text, got, want)
		}
	}
}

// BenchmarkExtractCorpus extracts, in memory, the articles of the folder
// CROSSCHECK_BENCH_CORPUS with the rules of CROSSCHECK_BENCH_RULES: the
// bench corpus, where extraction's costs outside the scan are those of a
// real run, unlike the bundled example's few articles.
func BenchmarkExtractCorpus(b *testing.B) {
	dir, rulesFile := os.Getenv("CROSSCHECK_BENCH_CORPUS"), os.Getenv("CROSSCHECK_BENCH_RULES")
	if dir == "" || rulesFile == "" {
		b.Skip("CROSSCHECK_BENCH_CORPUS and CROSSCHECK_BENCH_RULES name a corpus folder and a rules file")
	}
	set, err := rules.Load(rulesFile)
	if err != nil {
		b.Fatal(err)
	}
	benchExtract(b, set, dir)
}

// BenchmarkExtractManyClaims extracts with 1000 facts, each keyed on a
// place of its own, from articles where every paragraph wakes one: a
// sentence that gives a claim, one a none term refuses and one with no
// figure. It times the per-sentence and per-claim path of a large rule
// set (reading, matching, attribution, the claims' copies) with nothing
// to fetch, as BenchmarkExtractCorpus does over the bench corpus.
func BenchmarkExtractManyClaims(b *testing.B) {
	const nFacts = 1000
	var y strings.Builder
	y.WriteString("version: 1\nfacts:\n")
	for i := range nFacts {
		fmt.Fprintf(&y, "  - id: f%d\n    title: F%d\n    quantity: count\n    match:\n"+
			"      all: [Town%d]\n      any: [killed, injured]\n      none: [released]\n"+
			"      near: [people, civilians]\n      within: 3\n", i, i, i)
	}
	facts, err := rules.Parse("bench.yaml", []byte(y.String()))
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var arts []*article.Article
	size := 0
	for i := range 200 {
		var t strings.Builder
		t.WriteString("---\nsource: Bench Wire\npublished: 2025-06-07\n---\n")
		for p := range 20 {
			k := rng.IntN(nFacts)
			fmt.Fprintf(&t, "In Town%d, officials said %d people were killed on Monday, the regional governor told reporters. "+
				"Police in Town%d released 40 people who were injured. The market in Town%d reopened.\n\n", k, 3+p, k, k)
		}
		a, err := article.Parse(fmt.Sprintf("a%03d.md", i), []byte(t.String()))
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(a.Text)
	}
	x := NewExtractor(facts)
	var h rules.Hits
	claims := 0
	for _, a := range arts {
		claims += len(x.Extract(a, &h))
	}
	if claims != len(arts)*20 {
		b.Fatalf("%d claims, want one a paragraph, %d", claims, len(arts)*20)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a, &h)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*claims), "ns/claim")
}
