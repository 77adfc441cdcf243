package rules

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Pos, End) of a string.
type Span struct{ Pos, End int }

// Term is one entry of a match list: a word, a phrase or a regular
// expression that a sentence may contain. Terms are compiled when their file
// loads, so a bad one stops the run before any article is read and Find
// costs no more than a scan of the sentence.
//
// A plain term matches case-insensitively, as a whole word or phrase:
//
//   - Case is folded the Unicode way (simple folding, as regexp's (?i)):
//     "kyiv" matches "KYIV", "łódź" matches "ŁÓDŹ". Folding that changes
//     length ("ß" against "ss") is not done.
//   - Whole word means the characters either side of the match are not
//     letters, digits or combining marks. So "occupied" matches in
//     "Russian-occupied", "Russia" matches in "Russia’s", but "war" does not
//     match in "warship". The check applies only at an edge of the term that
//     is itself a letter or digit: "U.S." matches in "U.S.-led".
//   - Any run of spaces in a phrase matches any run of white space, line
//     breaks and no-break spaces included: "Kharkiv region" matches
//     "Kharkiv\n region".
//   - The straight apostrophe ' and the curly ’ (and ‘ and ʼ) are one
//     character: "Russia's" matches "Russia’s".
//
// A term written "re:PATTERN" is a Go regular expression (RE2 syntax, so no
// rule can make matching slow), matched case-insensitively and used exactly
// as written: no whole-word check, no folding of spaces or apostrophes, so
// write \b, \s+ and ['’] where you want them. Empty matches are ignored.
type Term struct {
	// Text is the term as written in the rule file, "re:" prefix included.
	Text string
	// Pos is where the term is written.
	Pos Position

	re *regexp.Regexp // for "re:" terms
	// pat is a plain term, folded: each element is a canonical rune (see
	// fold) or one of the classes below.
	pat                []rune
	wordStart, wordEnd bool
}

// Classes in Term.pat. Runes are never negative, so these cannot clash.
const (
	space = -1 - iota // one or more white space characters
	apos              // any apostrophe
)

// regexpPrefix marks a regular expression term.
const regexpPrefix = "re:"

// IsRegexp reports whether the term is a regular expression ("re:").
func (t *Term) IsRegexp() bool { return t.re != nil }

// String returns the term as written.
func (t *Term) String() string { return t.Text }

// compileTerm checks and compiles one term. The error is a message for the
// rule author, without position.
func compileTerm(text string, pos Position) (*Term, error) {
	t := &Term{Text: text, Pos: pos}
	if pat, ok := strings.CutPrefix(text, regexpPrefix); ok {
		if strings.TrimSpace(pat) == "" {
			return nil, errors.New(`empty regular expression after "re:"; write a pattern, e.g. "re:kill(ed|ing)"`)
		}
		// Compile without the (?i) first, so the error quotes the author's
		// pattern and not ours.
		if _, err := regexp.Compile(pat); err != nil {
			msg := err.Error()
			var se *syntax.Error
			if errors.As(err, &se) {
				msg = fmt.Sprintf("%s: `%s`", se.Code, se.Expr)
			}
			return nil, fmt.Errorf("bad regular expression %q: %s; fix the pattern (Go RE2 syntax: no backreferences or lookaround)", pat, msg)
		}
		re, err := regexp.Compile("(?i)" + pat)
		if err != nil {
			return nil, fmt.Errorf("bad regular expression %q: %v; fix the pattern", pat, err)
		}
		if re.MatchString("") {
			return nil, fmt.Errorf("regular expression %q matches the empty string, so it says nothing about a sentence; make it require at least one character (+ rather than *)", pat)
		}
		t.re = re
		return t, nil
	}
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil, errors.New("empty term; write a word or phrase, or remove the entry")
	}
	for i, w := range words {
		if i > 0 {
			t.pat = append(t.pat, space)
		}
		for _, r := range w {
			if isApos(r) {
				t.pat = append(t.pat, apos)
			} else {
				t.pat = append(t.pat, fold(r))
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	last, _ := utf8.DecodeLastRuneInString(words[len(words)-1])
	t.wordStart, t.wordEnd = isWord(first), isWord(last)
	return t, nil
}

// Find returns the byte spans of the term's matches in s, leftmost first and
// not overlapping, or nil. It allocates only for the result.
func (t *Term) Find(s string) []Span {
	if t.re != nil {
		var spans []Span
		for _, m := range t.re.FindAllStringIndex(s, -1) {
			if m[1] > m[0] {
				spans = append(spans, Span{m[0], m[1]})
			}
		}
		return spans
	}
	if len(t.pat) == 0 {
		return nil
	}
	var spans []Span
	// first is the folded first rune when it is a plain ASCII character:
	// then an ASCII byte that does not fold to it cannot start a match, and
	// most of the sentence is skipped a byte at a time without decoding.
	first := byte(0)
	if p := t.pat[0]; p > 0 && p < utf8.RuneSelf {
		first = byte(p)
	}
	prevWord := false // is the rune before i a word character?
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && first != 0 {
			lc := c
			if 'A' <= c && c <= 'Z' {
				lc += 'a' - 'A'
			}
			if lc != first {
				prevWord = 'a' <= lc && lc <= 'z' || '0' <= c && c <= '9'
				i++
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !t.wordStart || !prevWord {
			if end, ok := t.matchAt(s, i); ok {
				next, _ := utf8.DecodeRuneInString(s[end:])
				if !t.wordEnd || end == len(s) || !isWord(next) {
					spans = append(spans, Span{i, end})
					last, _ := utf8.DecodeLastRuneInString(s[:end])
					prevWord, i = isWord(last), end
					continue
				}
			}
		}
		prevWord, i = isWord(r), i+w
	}
	return spans
}

// matchAt reports whether the plain term matches s from byte i, and where
// the match ends.
func (t *Term) matchAt(s string, i int) (int, bool) {
	for _, p := range t.pat {
		if i >= len(s) {
			return 0, false
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch p {
		case space:
			if !unicode.IsSpace(r) {
				return 0, false
			}
			for i += w; i < len(s); i += w {
				if r, w = utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
					break
				}
			}
			continue
		case apos:
			if !isApos(r) {
				return 0, false
			}
		default:
			if fold(r) != p {
				return 0, false
			}
		}
		i += w
	}
	return i, true
}

// fold maps every rune of a simple case-folding orbit to one representative:
// ASCII lower case when the orbit has an ASCII letter (so 'K', 'k' and the
// Kelvin sign all give 'k'), else the orbit's smallest rune.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	low := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < utf8.RuneSelf {
			return fold(f)
		}
		low = min(low, f)
	}
	return low
}

// isWord reports whether r is part of a word: a letter, a digit or a
// combining mark (so an accent written as a separate mark stays in its word).
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isApos reports whether r is an apostrophe, straight or curly.
func isApos(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02BC'
}
