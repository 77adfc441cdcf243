package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// skipTerms are terms none of which starts with a mark, so that a Matcher
// of them reads the bytes between words eight at a time (skipRoot), with
// first letters of every kind: risky ones (a term of one or two letters
// that need not end a word, or checked from its start), words of one and
// two letters, non-ASCII letters and digits.
var skipTerms = []string{
	"kill", "killed", "ki", "k", "in", "inx", "x", "7", "7-year", "ab", "abc",
	"abcdefghijk", "a b", "é", "ék", "kyiv", "zz", "death toll",
	"killed or wounded or missing or displaced", "re:k\\w+", "zürich", "zu",
	"u.s.", "Russia’s", "aid package", "civilians killed",
}

// skipText returns a text of n pieces: words and parts of words in any
// case, letters no term holds, digits, and the gaps of a news text, one
// space most often, but marks, runs of space, non-ASCII runes and invalid
// UTF-8 too.
func skipText(r *rand.Rand, n int) string {
	words := []string{
		"kill", "killed", "Killing", "KILLS", "ki", "k", "in", "inx", "x", "xk",
		"7", "7-year", "17", "ab", "abc", "ABCD", "abcdefghijk", "abcdefghijkl",
		"a", "b", "é", "ék", "éki", "kyiv", "Kyiv", "zz", "z", "death", "toll",
		"tolls", "wounded", "or", "missing", "zürich", "Zurich", "zu", "u", "s",
		"the", "of", "to", "q", "qq", "qqqqqqqqqqqqqqqqqqq", "civilians", "aid",
		"package", "Russia", "deathtoll", "x7", "k9", "kq",
	}
	gaps := []string{
		" ", " ", " ", " ", " ", ", ", ". ", "  ", "\n", "\n\n", "\t", "-", "(",
		")", "\"", "'", "’", "’s ", "—", "\u00a0", "\u2003", "é", "\xff", "",
		" .", "...", "$", "#",
	}
	var b strings.Builder
	for range n {
		w := words[r.IntN(len(words))]
		if r.IntN(5) == 0 {
			w = w[:r.IntN(len(w)+1)] // may cut a rune: invalid UTF-8 too
		}
		b.WriteString(w)
		b.WriteString(gaps[r.IntN(len(gaps))])
	}
	return b.String()
}

// TestSkipRoot holds skipRoot, which reads eight bytes at a time, to
// skipRootBytes, which reads one, from every byte of random texts, after a
// letter or not.
func TestSkipRoot(t *testing.T) {
	for _, terms := range [][]*Term{compileTerms(t, skipTerms...), genTerms(t, 100)} {
		m := NewMatcher(terms)
		if m.markSteps {
			t.Fatal("a term starts with a mark: skipRoot would not read eight bytes at a time")
		}
		r := rand.New(rand.NewPCG(1, 2))
		for range 300 {
			text := skipText(r, r.IntN(40))
			for i := 0; i <= len(text); i++ {
				for _, inWord := range []bool{false, true} {
					got, gotBytes := m.skipRoot(text, i, inWord)
					want, wantBytes := m.skipRootBytes(text, i, inWord)
					if got != want || gotBytes != wantBytes {
						t.Fatalf("skipRoot(%q, %d, %v) = %d, %#x; skipRootBytes %d, %#x", text, i, inWord, got, gotBytes, want, wantBytes)
					}
				}
			}
		}
	}
}

// TestMatcherSkipText holds Scan to Find on random texts, for terms none of
// which starts with a mark (so that the bytes between words are read
// eight at a time) and for terms some of which do.
func TestMatcherSkipText(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for range 60 {
		texts = append(texts, skipText(r, r.IntN(60)))
	}
	checkScan(t, compileTerms(t, skipTerms...), texts)
	checkScan(t, compileTerms(t, append(skipTerms, "$", "- led", "’s", "(kill")...), texts)
}
