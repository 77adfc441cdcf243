package attribution

import (
	"unicode"
	"unicode/utf8"
)

// The tokenizer as it was before its ASCII fast paths, which
// TestTokenizeFrozen holds tokenize to.

func frozenTokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			continue
		}
		if startsWord(r) {
			j := frozenScanWord(s, i, n)
			toks = append(toks, frozenWordToken(s, i, j))
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

// frozenScanWord returns the end of the word starting at s[i:], whose first rune is
// n bytes long. Apostrophes, hyphens and dots join letters ("Ukraine’s",
// "Britain-based", "U.N"), a comma joins digits ("1,200"), and a final dot
// belongs to an initialism or a known abbreviation ("U.S.", "Mr.").
func frozenScanWord(s string, i, n int) int {
	j := i + n
	dotted := false
	prev, _ := utf8.DecodeRuneInString(s[i:])
	for j < len(s) {
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

func frozenWordToken(s string, pos, end int) token {
	w := s[pos:end]
	t := token{pos: pos, end: end, kind: kWord, fl: lookup(w)}
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	t.num = unicode.IsDigit(r) || isCurrency(r) || t.fl&fNumWord != 0
	if t.fl&fMonth != 0 && !t.upper {
		t.fl &^= fMonth | fTime // "the march", "may"
	}
	caps, lower := cases(w)
	t.acronym = caps >= 2 && lower == 0
	t.poss = hasSuffixFold(w, "'s") || hasSuffixFold(w, "’s") || hasSuffix(w, "s'") || hasSuffix(w, "s’")
	if !t.upper && t.fl&(fNotAdverb|fCue|fData) == 0 && len(w) >= 5 && hasSuffix(w, "ly") {
		t.fl |= fAdv
	}
	if hasSuffix(w, "n't") || hasSuffix(w, "n’t") {
		t.fl |= fNeg
	}
	return t
}
