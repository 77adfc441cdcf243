package rules

import (
	"reflect"
	"strings"
	"testing"
)

// quadTerms share first three letters and part ways at the fourth byte:
// a letter, a digit, a mark, a space, an apostrophe; some are whole words
// of three letters, some go on past the fourth into a phrase.
var quadTerms = []string{
	"abcd", "abcde", "abc", "abc-d", "abc.", "abc1", "abcf ghi", "xyz1", "xyzzy",
	"mnop", "mno", "klm's", "klm’s", "qrs tuv", "qrst", "wxyz", "wxy", "def9",
	"dehydrated", "deh", "kil", "kill", "killed or wounded or missing",
}

// quadFourths are the bytes after a word's first three letters: letters
// on a path of four or not, digits, marks, white space, apostrophes, a
// rune from 0x80, invalid UTF-8 and the end of the text.
var quadFourths = []string{
	"d", "e", "f", "g", "h", "l", "p", "t", "y", "z", "1", "9", "D", "Q",
	"-", ".", " ", "'", "’", "é", "\xff", "\n", "",
}

// TestMatcherQuad holds Scan to Find where the filter on a word's fourth
// byte (Matcher.quad) rules words out: every word of three letters that
// starts a term, or not, followed by each fourth byte and a tail, at a
// text's start and after a word, both near a text's end (read a byte at a
// time) and far from it (read eight at a time).
func TestMatcherQuad(t *testing.T) {
	terms := compileTerms(t, quadTerms...)
	var texts []string
	for _, first := range []string{"abc", "ABC", "xyz", "mno", "klm", "qrs", "wxy", "def", "deh", "kil", "abd", "zzz"} {
		for _, fourth := range quadFourths {
			for _, tail := range []string{"", "e", "ed", " ghi", "s ", "-d"} {
				for _, text := range []string{first + fourth + tail, "the " + first + fourth + tail} {
					texts = append(texts, text, text+" and so on, to the end of it.")
				}
			}
		}
	}
	for _, bound := range []int{maxForms, 1} {
		m := newMatcher(terms, bound)
		var h Hits
		for _, text := range texts {
			m.Scan(text, &h)
			for i, term := range terms {
				if got, want := h.Spans(i), term.Find(text); !reflect.DeepEqual(got, want) {
					t.Fatalf("bound %d: Term(%q) in %q: Scan finds %v, Find %v", bound, term.Text, text, got, want)
				}
			}
		}
	}
}

// TestMatcherQuadOpen holds a Matcher to the same Matcher with its filter
// on words' fourth bytes open (every bit of quad set) on every word of
// three letters and digits that the filter on three lets through as a
// path of three, followed by each fourth byte: the filter rules out only
// words that start no match. Terms are those of generated rules, so that
// the bits many paths share in quad are shared as they are in a run.
func TestMatcherQuadOpen(t *testing.T) {
	const alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	for _, n := range []int{100, 1000} {
		terms := genTerms(t, n)
		m := NewMatcher(terms)
		open := *m
		for i := range open.quad {
			open.quad[i] = ^uint64(0)
		}
		var h, g Hits
		all := func(h *Hits) (ids []int, spans [][]Span) {
			for i, s := range h.All() {
				ids, spans = append(ids, i), append(spans, s)
			}
			return ids, spans
		}
		words, ruled := 0, 0
		for _, a := range []byte(alnum) {
			for _, b := range []byte(alnum) {
				for _, c := range []byte(alnum) {
					x := uint(wordCode[a])*(wordCodes+1) + uint(wordCode[b])
					row := m.first[x]
					if row>>jumpBit == 0 || row>>wordCode[c]&1 == 0 {
						continue
					}
					words++
					for _, fourth := range quadFourths {
						word := string([]byte{a, b, c}) + fourth
						if len(fourth) == 1 && fourth[0] < 0x80 {
							z := load64(word + "\x00\x00\x00\x00")
							if ok, _ := m.pass(row, x, wordCode[c], z); !ok {
								ruled++
							}
						}
						for _, tail := range []string{"", "e", "s the", strings.Repeat(" x", 10)} {
							text := "in " + word + tail
							m.Scan(text, &h)
							open.Scan(text, &g)
							gotIDs, got := all(&h)
							wantIDs, want := all(&g)
							if !reflect.DeepEqual(gotIDs, wantIDs) || !reflect.DeepEqual(got, want) {
								t.Fatalf("%d rules: in %q Scan finds terms %v at %v, with quad open %v at %v", n, text, gotIDs, got, wantIDs, want)
							}
						}
					}
				}
			}
		}
		if words == 0 || ruled == 0 {
			t.Fatalf("%d rules: %d words of three let through, %d ruled out by their fourth byte: the test tests nothing", n, words, ruled)
		}
		t.Logf("%d rules: %d words of three let through, %d words of four ASCII bytes they start ruled out", n, words, ruled)
	}
}
