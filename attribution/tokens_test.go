package attribution

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestRuneClasses holds the tests that read ASCII runes from a table to
// the general tests they stand for, on every rune.
func TestRuneClasses(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := startsWord(r), unicode.IsLetter(r) || unicode.IsDigit(r) || isCurrency(r) || r == '#' || r == '@'; got != want {
			t.Fatalf("startsWord(%U) = %v, want %v", r, got, want)
		}
		if got, want := inWord(r), unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r); got != want {
			t.Fatalf("inWord(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestCases holds cases, which counts ASCII letters by their bytes, to
// counting every rune with unicode.IsUpper and IsLower.
func TestCases(t *testing.T) {
	pieces := []string{"A", "Z", "a", "z", "0", ".", "'", "’", "É", "é", "ß", "Σ", "ǅ", "\u0301", "\xff", "\xc3", "ﬁ"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		u, l := cases(w)
		if wu, wl := casesOfRunes(w); u != wu || l != wl {
			t.Fatalf("cases(%q) = %d, %d; by rune %d, %d", w, u, l, wu, wl)
		}
	}
}

// TestTokenizeFrozen holds tokenize, with its ASCII fast paths, to the
// tokenizer before them, on random sentences of the pieces words are
// made and joined of, ASCII and not.
func TestTokenizeFrozen(t *testing.T) {
	pieces := []string{"a", "Z", "s", "S", "ly", "y", "n't", "n’t", "'s", "’s", "s'", "s’", "'", "’", "0", "9",
		"%", "$", "€", "#", "@", "-", "‑", ".", "...", ",", "/", "&", ";", ":", "—", "(", ")", "\"", "«",
		" ", "  ", "\t", "\n", "\u00a0", "é", "É", "ß", "٣", "\u0301", "\xff", "\xe2\x80", "U.S", "Mr",
		"said", "Jan", "March", "two", "UN", "officials"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := tokenize(s, nil), frozenTokenize(s, nil); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) =\n%+v\nwant\n%+v", s, got, want)
		}
	}
}

// TestLookupCases holds lookupCases to lookup and cases.
func TestLookupCases(t *testing.T) {
	pieces := []string{"A", "Z", "a", "z", "0", ".", "'", "’", "É", "é", "ß", "\u0301", "\xff", "\xe2\x80", "\xe2\x80\x99",
		"said", "SAID", "officials", "Jan", "n't", "according", "abcdefghijklmnopqrstuvwxyz"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		fl, u, l := lookupCases(w)
		wu, wl := cases(w)
		if wfl := lookup(w); fl != wfl || u != wu || l != wl {
			t.Fatalf("lookupCases(%q) = %#x, %d, %d; want %#x, %d, %d", w, fl, u, l, wfl, wu, wl)
		}
	}
}
