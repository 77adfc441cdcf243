package timeref

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word is the byte span of one word of the sentence: letters and digits
// with the hyphens, dashes and apostrophes that join them, and the commas
// and points inside a number. "twenty-five", "year's", "10-15" and "2.5" are
// one word each, so a compound ("a 12-year-old", "year-on-year") is never
// read as the words it is made of.
//
// Words are found where they are needed, forward from a unit word or
// backward from it, straight from the text: a sentence with no time
// expression costs one pass and no allocation.
type word struct{ pos, end int }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// joins reports whether r between a and b makes one word of them.
func joins(a, r, b rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2013', '\'', '\u2019':
		return isAlnum(a) && isAlnum(b)
	case '.', ',':
		return isDigit(a) && isDigit(b)
	}
	return false
}

// isApostrophe reports the apostrophes news text uses, straight and curly.
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// nextWord returns the first word that starts at or after i.
func nextWord(s string, i int) (word, bool) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isAlnum(r) {
			return word{i, wordEnd(s, i+n, r)}, true
		}
		i += n
	}
	return word{}, false
}

// wordEnd returns where the word whose rune before i is prev ends.
func wordEnd(s string, i int, prev rune) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isAlnum(r) {
			prev, i = r, i+n
			continue
		}
		next, m := utf8.DecodeRuneInString(s[i+n:])
		if m == 0 || !joins(prev, r, next) {
			break
		}
		prev, i = next, i+n+m
	}
	return i
}

// wordStart returns where the word ending at end begins; the rune before
// end is a letter or digit.
func wordStart(s string, end int) int {
	i := end
	next := rune(-1)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if isAlnum(r) {
			next, i = r, i-n
			continue
		}
		prev, m := utf8.DecodeLastRuneInString(s[:i-n])
		if m == 0 || !joins(prev, r, next) {
			break
		}
		next, i = prev, i-n-m
	}
	return i
}

// skipSpaceBack returns where the white space ending at i begins.
func skipSpaceBack(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// before returns the word that ends where the white space before pos begins:
// the previous word of the same phrase. There must be white space between
// them; punctuation ends a phrase.
func before(s string, pos int) (word, bool) {
	i := skipSpaceBack(s, pos)
	if i == pos || i == 0 {
		return word{}, false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); !isAlnum(r) {
		return word{}, false
	}
	return word{wordStart(s, i), i}, true
}

// after returns the word that follows the white space after end: the next
// word of the same phrase.
func after(s string, end int) (word, bool) {
	i := end
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	if i == end || i == len(s) {
		return word{}, false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if !isAlnum(r) {
		return word{}, false
	}
	return word{i, wordEnd(s, i+n, r)}, true
}

// is reports whether w is lit, ignoring case.
func (w word) is(s, lit string) bool { return strings.EqualFold(s[w.pos:w.end], lit) }

// isAny reports whether w is one of lits, ignoring case.
func (w word) isAny(s string, lits ...string) bool {
	for _, l := range lits {
		if w.is(s, l) {
			return true
		}
	}
	return false
}

// possessive splits a final "'s" (straight or curly) off w: "year's" is
// "year" and true.
func possessive(s string, w word) (word, bool) {
	t := s[w.pos:w.end]
	if len(t) < 3 || t[len(t)-1]|0x20 != 's' {
		return w, false
	}
	if r, n := utf8.DecodeLastRuneInString(t[:len(t)-1]); isApostrophe(r) {
		return word{w.pos, w.end - 1 - n}, true
	}
	return w, false
}

// compound splits a two-part word at its joiner: "twenty-five" is "twenty"
// and "five". ok is false when w has no joiner or more than one.
func compound(s string, w word) (a, b string, ok bool) {
	t := s[w.pos:w.end]
	for i, r := range t {
		if !isAlnum(r) {
			a, b = t[:i], t[i+utf8.RuneLen(r):]
			break
		}
	}
	if a == "" || b == "" {
		return "", "", false
	}
	for _, r := range b {
		if !isAlnum(r) {
			return "", "", false
		}
	}
	return a, b, true
}
