package attribution

import (
	"math/rand/v2"
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
