package rules

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// endsTerms go on past a word with spaces, marks and apostrophes, from a
// word's end and from states the failures reach ("aid package" and
// "package deal"), and end there too, so that some words end in a state
// from which a string goes on with the byte after them and some do not.
var endsTerms = []string{
	"death toll", "death", "aid package", "package deal", "package", "kill-", "killed",
	// Quoted, so that the automaton holds them whole: "ab cd" ends in a
	// state with no transition whose failure, "cd", has one on '-'.
	`"ab cd"`, `"cd-ef"`, `"aid pack"`, `"pack deal"`,
	"u.s.", "u.s", "Russia's", "Russia", "abc def", "x.y", "k. o", "deal", "toll",
	"wounded or missing", "missing", "tolls", "re:toll\\w*",
}

// endsMarkTerms are endsTerms with strings that start with a mark, so
// that skipRoot reads the bytes between words one by one and a step from
// the root on a mark starts a string.
var endsMarkTerms = append([]string{"- led", "'s", "$5", ".y"}, endsTerms...)

// endsGaps follow a word: the ASCII bytes that are no letter or digit
// (some of which go on in a term, some not), runs of them, a rune from
// 0x80, invalid UTF-8, and nothing.
var endsGaps = []string{
	" ", "  ", ".", ". ", "-", "- ", "'", "'s ", "’s ", ",", "\n", "\t", "$", "(",
	" \u00a0", "é", "\xff", "",
}

// TestMatcherEnds holds Scan to Find where a word ends in a state from
// which no string goes on with the byte after it (Matcher.ends) and in
// states from which one does: each word of the terms, and words that are
// not, and phrases that end in a state from whose failure a string goes
// on, before each gap and a next word, near a text's end (read a byte at a
// time) and far from it (read eight at a time).
func TestMatcherEnds(t *testing.T) {
	words := []string{"death", "toll", "aid", "package", "deal", "kill", "killed", "u", "s",
		"Russia", "abc", "def", "x", "y", "k", "o", "led", "5", "missing", "wounded", "or", "tolls", "the",
		// Phrases that end in a state whose failure goes on.
		"aid package", "death toll", "wounded or missing", "abc def", "ab cd", "aid pack", "cd", "pack", "ef"}
	var texts []string
	for _, w := range words {
		for _, gap := range endsGaps {
			for _, next := range []string{"", "toll", "deal", "s", "led", "y", "ef"} {
				text := "in " + w + gap + next
				texts = append(texts, text, text+" and so on, to the end of it.")
			}
		}
	}
	for _, terms := range [][]string{endsTerms, endsMarkTerms} {
		ts := compileTerms(t, terms...)
		for _, bound := range []int{maxForms, 1} {
			m := newMatcher(ts, bound)
			var h Hits
			for _, text := range texts {
				m.Scan(text, &h)
				for i, term := range ts {
					if got, want := h.Spans(i), term.Find(text); !reflect.DeepEqual(got, want) {
						t.Fatalf("bound %d: Term(%q) in %q: Scan finds %v, Find %v", bound, term.Text, text, got, want)
					}
				}
			}
		}
	}
}

// TestMatcherEndsOpen holds a Matcher to the same Matcher with no bit of
// ends set, so that every word's end takes Scan's step, on random texts
// and the bench paragraph, for generated rules and for endsMarkTerms.
func TestMatcherEndsOpen(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	texts := []string{benchSentence, benchParagraph, strings.ToUpper(benchParagraph)}
	vocab := strings.Fields(newsVocab)
	for range 200 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteString(endsGaps[r.IntN(len(endsGaps))])
		}
		texts = append(texts, b.String())
	}
	for range 100 {
		texts = append(texts, skipText(r, r.IntN(60)))
	}
	all := func(h *Hits) (ids []int, spans [][]Span) {
		for i, s := range h.All() {
			ids, spans = append(ids, i), append(spans, s)
		}
		return ids, spans
	}
	for _, terms := range [][]*Term{compileTerms(t, endsMarkTerms...), genTerms(t, 100), genTerms(t, 1000)} {
		m := NewMatcher(terms)
		open := *m
		open.ends = make([]uint64, len(m.ends))
		set := 0
		for _, w := range m.ends {
			for ; w != 0; w &= w - 1 {
				set++
			}
		}
		if set == 0 {
			t.Fatalf("%d terms: no state has its bit in ends: the test tests nothing", len(terms))
		}
		var h, g Hits
		for _, text := range texts {
			m.Scan(text, &h)
			open.Scan(text, &g)
			gotIDs, got := all(&h)
			wantIDs, want := all(&g)
			if !reflect.DeepEqual(gotIDs, wantIDs) || !reflect.DeepEqual(got, want) {
				t.Fatalf("%d terms: in %q Scan finds terms %v at %v, with ends clear %v at %v", len(terms), text, gotIDs, got, wantIDs, want)
			}
		}
	}
}
