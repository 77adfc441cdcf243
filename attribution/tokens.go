package attribution

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kWord  kind = iota
	kComma      // ,
	kSemi       // ; the only mark that always ends a claim's clause
	kColon      // :
	kDash       // — – ― and a hyphen standing alone
	kQuote      // any quotation mark
	kOpen       // ( [ {
	kClose      // ) ] }
	kStop       // . ? ! … outside an abbreviation
	kOther
)

// A token is a word or a punctuation mark, with the lexicon's flags looked up
// once so that the phrase rules compare bits instead of strings.
type token struct {
	pos, end int
	fl       flags
	kind     kind
	upper    bool // first letter upper case
	acronym  bool // two or more capitals and no lower case: UN, U.N., ISW
	num      bool // starts with a digit or a currency sign, or a number word
	poss     bool // ends in 's or s'
}

func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		if startsWord(r) {
			j := scanWord(s, i, n)
			toks = append(toks, wordToken(s, i, j))
			i = j
			continue
		}
		t := token{pos: i, end: i + n, kind: punct(r)}
		if r == '.' && len(s) > i+2 && s[i+1] == '.' && s[i+2] == '.' {
			t.end = i + 3
		} else if r == '-' && len(s) > i+1 && s[i+1] == '-' {
			t.end = i + 2
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

func punct(r rune) kind {
	switch r {
	case ',':
		return kComma
	case ';':
		return kSemi
	case ':':
		return kColon
	case '—', '–', '―', '-', '‒':
		return kDash
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '`', '‹', '›':
		return kQuote
	case '(', '[', '{':
		return kOpen
	case ')', ']', '}':
		return kClose
	case '.', '?', '!', '…':
		return kStop
	}
	return kOther
}

func startsWord(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]&cStarts != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || isCurrency(r) || r == '#' || r == '@'
}

// isSpace is unicode.IsSpace, ASCII from a table.
func isSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]&cSpace != 0
	}
	return unicode.IsSpace(r)
}

// asciiClass holds, for each ASCII rune, what startsWord, inWord and
// isSpace report of it, computed by their general tests: nearly every
// rune a tokenized sentence holds is ASCII, and inWord's test for a
// combining mark searched a table for each.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || isCurrency(r) || r == '#' || r == '@' {
			t[r] |= cStarts
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			t[r] |= cIn
		}
		if unicode.IsSpace(r) {
			t[r] |= cSpace
		}
		if t[r]&cIn != 0 || r == '%' {
			t[r] |= cInOrPercent
		}
	}
	return t
}()

const (
	cStarts = 1 << iota
	cIn
	cSpace
	cInOrPercent // what scanWord reads on: inWord, or a percent sign
)

func isCurrency(r rune) bool {
	return r == '$' || r == '€' || r == '£' || r == '¥' || r == '₴' || r == '₽' || r == '₹'
}

func inWord(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiClass[r]&cIn != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// scanWord returns the end of the word starting at s[i:], whose first rune is
// n bytes long. Apostrophes, hyphens and dots join letters ("Ukraine’s",
// "Britain-based", "U.N"), a comma joins digits ("1,200"), and a final dot
// belongs to an initialism or a known abbreviation ("U.S.", "Mr.").
func scanWord(s string, i, n int) int {
	j := i + n
	dotted := false
	prev, _ := utf8.DecodeRuneInString(s[i:])
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiClass[c]&cInOrPercent != 0 {
			// Nearly every byte of a word: inWord, a call, and the
			// decoding of a rune cost a fifth of tokenizing.
			prev = rune(c)
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if inWord(r) || r == '%' {
			prev = r
			j += n
			continue
		}
		switch r {
		case '\'', '’', '-', '‑', '.', ',', '/', '&':
			r2, n2 := utf8.DecodeRuneInString(s[j+n:])
			if j+n < len(s) && inWord(r2) && (r != ',' || unicode.IsDigit(prev) && unicode.IsDigit(r2)) {
				dotted = dotted || r == '.'
				prev = r2
				j += n + n2
				continue
			}
			if (r == '\'' || r == '’') && prev == 's' {
				// The apostrophe of a plural possessive: "officials' count".
				j += n
			}
		}
		break
	}
	if j < len(s) && s[j] == '.' {
		w := s[i:j]
		if dotted && initialism(w) || utf8.RuneCountInString(w) == 1 || lookup(w)&fAbbrev != 0 {
			j++
		}
	}
	return j
}

// initialism reports whether a dotted word is letters between dots, "U.S",
// "a.m", "Ph.D", rather than a name such as "PowerOutage.us", whose final dot
// ends the sentence.
func initialism(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			n = 0
			continue
		}
		if n++; n > 2 {
			return false
		}
	}
	return true
}

func wordToken(s string, pos, end int) token {
	w := s[pos:end]
	fl, caps, lower := lookupCases(w)
	t := token{pos: pos, end: end, kind: kWord, fl: fl}
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	t.num = unicode.IsDigit(r) || isCurrency(r) || t.fl&fNumWord != 0
	if t.fl&fMonth != 0 && !t.upper {
		t.fl &^= fMonth | fTime // "the march", "may"
	}
	t.acronym = caps >= 2 && lower == 0
	// Each suffix is told by its last byte first: most words end in
	// none of them, and were compared with each.
	switch w[len(w)-1] {
	case 's', 'S':
		t.poss = hasSuffixFold(w, "'s") || hasSuffixFold(w, "’s")
	case '\'':
		t.poss = hasSuffix(w, "s'")
	case "’"[2]:
		t.poss = hasSuffix(w, "s’")
	case 'y':
		if !t.upper && t.fl&(fNotAdverb|fCue|fData) == 0 && len(w) >= 5 && hasSuffix(w, "ly") {
			t.fl |= fAdv
		}
	case 't':
		if hasSuffix(w, "n't") || hasSuffix(w, "n’t") {
			t.fl |= fNeg
		}
	}
	return t
}

// cases counts the upper and the lower case letters of w, ASCII ones by
// their bytes.
func cases(w string) (upper, lower int) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			u, l := casesOfRunes(w[i:])
			return upper + u, lower + l
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper, lower
}

func casesOfRunes(w string) (upper, lower int) {
	for _, r := range w {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper, lower
}

// lookupCases returns lookup(w) and cases(w), reading w's bytes once for
// both.
func lookupCases(w string) (fl flags, upper, lower int) {
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			upper++
			c += 'a' - 'A'
		case c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99: // ’, no letter
			c = '\''
			i += 2
		case c >= 0x80:
			u, l := casesOfRunes(w[i:])
			return 0, upper + u, lower + l
		}
		if n == len(buf) {
			u, l := cases(w[i+1:]) // the byte at i is counted
			return 0, upper + u, lower + l
		}
		buf[n] = c
		n++
	}
	return lexicon[string(buf[:n])], upper, lower
}

// lookup returns the lexicon's flags for w, compared in lower case with the
// typographic apostrophe folded, without allocating.
func lookup(w string) flags {
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99: // ’
			c = '\''
			i += 2
		case c >= 0x80:
			return 0
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if n == len(buf) {
			return 0
		}
		buf[n] = c
		n++
	}
	return lexicon[string(buf[:n])]
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// hasSuffixFold is hasSuffix for an ASCII suffix in either case.
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	t := s[len(s)-len(suffix):]
	for i := 0; i < len(t); i++ {
		a, b := t[i], suffix[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
