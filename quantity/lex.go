package quantity

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tEOF tokKind = iota
	tWord
	tNum
	tPunct
)

// A token is a word, a number or one other rune. Spaces are not tokens:
// each token records instead whether a space came before it, because
// whether "-" is glued to its neighbours is what separates "3-5" and
// "F-16" from "seven - and".
type token struct {
	pos, end int
	val      float64 // tNum
	r        rune    // tPunct
	w        uint16  // tWord: index into lexWords, 0 when unknown
	kind     tokKind
	space    bool // preceded by white space or the start of the text
	caps     bool // tWord: begins with an ASCII capital
	ascii    bool // tWord: written in ASCII letters and apostrophes only
	sep      bool // tNum: written with thousands separators
	frac     bool // tNum: written with a decimal point
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

var pow10tab = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func pow10(n int) float64 {
	if 0 <= n && n < len(pow10tab) {
		return pow10tab[n]
	}
	return math.Pow10(n)
}

// Byte classes, so that lex dispatches on one table load.
const (
	cPunct uint8 = iota
	cSpace
	cDigit
	cDot
	cLetter
	cHigh // the first byte of a multi-byte rune, or invalid UTF-8
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch b := byte(c); {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			t[c] = cSpace
		case isDigit(b):
			t[c] = cDigit
		case b == '.':
			t[c] = cDot
		case isASCIILetter(b):
			t[c] = cLetter
		case b >= utf8.RuneSelf:
			t[c] = cHigh
		}
	}
	return t
}()

// lex appends the tokens of text to toks and ends them with a tEOF token,
// so the parser may look one token past any other without a bounds check.
func lex(text string, toks []token) []token {
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		var t token
		switch byteClass[c] {
		case cSpace:
			space = true
			i++
			continue
		case cLetter:
			// Most words are ASCII letters alone: read them here, eight
			// bytes at a time, and leave anything else to lexWord.
			j, first := i, uint64(0)
			if i+8 <= len(text) {
				first = load8(text, i)
				n := letterRun(first)
				j += n
				if n == 8 {
					for j < len(text) && byteClass[text[j]] == cLetter {
						j++
					}
				}
			} else {
				for j < len(text) && byteClass[text[j]] == cLetter {
					first |= uint64(text[j]) << (8 * (j - i))
					j++
				}
			}
			f := foldWord(first, j-i)
			if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
				t = lexWord(text, i)
				break
			}
			var w uint16
			if j-i <= maxWord {
				w = lookupFolded(text[i:j], f)
			}
			toks = append(toks, token{pos: i, end: j, w: w, kind: tWord, space: space, caps: c <= 'Z', ascii: true})
			space = false
			i = j
			continue
		case cDigit:
			t = lexNumber(text, i)
		case cDot:
			if i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isDigit(text[i-1])) {
				t = lexNumber(text, i)
			} else {
				t = token{pos: i, end: i + 1, kind: tPunct, r: rune(c)}
			}
		case cPunct:
			t = token{pos: i, end: i + 1, kind: tPunct, r: rune(c)}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				i += n
				continue
			case unicode.IsLetter(r):
				t = lexWord(text, i)
			default:
				t = token{pos: i, end: i + n, kind: tPunct, r: r}
			}
		}
		t.space = space
		space = false
		toks = append(toks, t)
		i = t.end
	}
	return append(toks, token{pos: len(text), end: len(text), kind: tEOF, space: true})
}

// lexNumber reads digits with "," thousands separators (only in groups of
// three, so "1,5" is two numbers) and at most one decimal point.
func lexNumber(text string, i int) token {
	t := token{pos: i, kind: tNum}
	var mant uint64
	nd, exp, fd := 0, 0, 0
	digit := func(d byte, frac bool) {
		switch {
		case nd < 19:
			mant = mant*10 + uint64(d-'0')
			if mant > 0 {
				nd++
			}
			if frac {
				fd++
			}
		case !frac:
			exp++
		}
	}
	j := i
	for j < len(text) && isDigit(text[j]) {
		digit(text[j], false)
		j++
	}
	// Indian grouping, "12,34,567": pairs after the first group, three at
	// the end. Only taken when the whole pattern is there.
	if j > i && j-i <= 2 {
		if e := indianGroups(text, j); e > j {
			for ; j < e; j++ {
				if isDigit(text[j]) {
					digit(text[j], false)
				}
			}
			t.sep = true
		}
	}
	for j > i && j+4 <= len(text) && text[j] == ',' &&
		isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
		(j+4 == len(text) || !isDigit(text[j+4])) {
		digit(text[j+1], false)
		digit(text[j+2], false)
		digit(text[j+3], false)
		t.sep = true
		j += 4
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		t.frac = true
		j++
		for j < len(text) && isDigit(text[j]) {
			digit(text[j], true)
			j++
		}
	}
	t.end = j
	t.val = float64(mant) * pow10(exp) / pow10(fd)
	return t
}

// lexWord reads letters and apostrophes between letters ("nation's",
// "war’s", "o'clock"), then looks the word up, lower-cased, in the lexicon.
func lexWord(text string, i int) token {
	t := token{pos: i, kind: tWord}
	c := text[i]
	t.caps = 'A' <= c && c <= 'Z'
	var buf [maxWord]byte
	n := 0
	known, ascii := true, true
	put := func(b byte) {
		if n < len(buf) {
			buf[n] = b
		}
		n++
	}
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				put(c | 0x20)
				j++
				continue
			}
			if c == '\'' && j+1 < len(text) && isLetterAt(text, j+1) {
				put('\'')
				j++
				continue
			}
			break
		}
		ascii = false
		r, w := utf8.DecodeRuneInString(text[j:])
		if r == '’' && isLetterAt(text, j+w) {
			put('\'')
			j += w
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		known = false
		j += w
	}
	t.end = j
	t.ascii = ascii
	if known && n <= len(buf) {
		t.w = lookup(buf[:n])
	}
	return t
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// indianGroups returns the end of ",dd,dd,ddd" at j, or j when the text
// there is not Indian digit grouping.
func indianGroups(text string, j int) int {
	k, pairs := j, 0
	for k+3 < len(text) && text[k] == ',' && isDigit(text[k+1]) && isDigit(text[k+2]) && text[k+3] == ',' {
		k += 3
		pairs++
	}
	if pairs == 0 || k+4 > len(text) || text[k] != ',' || !isDigit(text[k+1]) || !isDigit(text[k+2]) || !isDigit(text[k+3]) ||
		k+4 < len(text) && isDigit(text[k+4]) {
		return j
	}
	return k + 4
}

// load8 returns the eight bytes of s at i, the first in the low byte.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// letterRun returns how many of the eight bytes of v, from the low one, are
// ASCII letters before the first that is not.
func letterRun(v uint64) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	// With the high bits cleared no byte carries into the next: a byte's
	// high bit is then set by the sums exactly when it is at least 'a', or
	// beyond 'z'.
	x := (v | 0x20*ones) &^ high
	ge := x + (0x80-'a')*ones
	gt := x + (0x80-'z'-1)*ones
	letters := ge &^ gt &^ v & high
	return bits.TrailingZeros64(^letters&high) / 8
}

// foldWord returns the first bytes, up to eight, of a word of n letters or
// apostrophes, held in the low bytes of first, lower-cased and with the
// bytes past the word cleared.
func foldWord(first uint64, n int) uint64 {
	const ones = 0x0101010101010101
	first |= 0x20 * ones
	if n < 8 {
		first &= 1<<(8*n) - 1
	}
	return first
}

// wordHash hashes a word of n bytes whose first eight are folded, by
// foldWord, into f. Later bytes of longer words are left to the comparison
// after the lookup.
func wordHash(f uint64, n int) uint32 {
	return uint32((f ^ uint64(n)) * 0x9e3779b97f4a7c15 >> 32)
}
