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
// A plain term matches case-insensitively, as a whole word or phrase, in any
// of its common English forms:
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
//   - Each word matches its inflections, whichever form the author wrote:
//     "kill", "kills", "killed" and "killing" all match all four; "die"
//     matches "dies", "died", "dying"; "occupy" matches "occupies",
//     "occupied", "occupying"; "industry" matches "industries"; "fight"
//     matches "fought". Each word of a phrase is inflected: "death toll"
//     matches "death tolls", "civilians killed" matches "civilian killed"
//     and "civilians killing". In a hyphenated word only the part after
//     the last hyphen is, and only that part counts below: "drone-maker"
//     matches "drone-makers", "Russian-occupied" "Russian-occupying".
//   - Inflections are -s (noun plural or verb), -ed and -ing, spelt by the
//     usual rules (taxes, industries, stopped, seized, dying), and a short
//     table of irregular verbs and nouns (took, fled, children, crises); see
//     inflect.go. Only inflections: never derived words, so "kill" does not
//     match "killer", "state" not "statement", "occupied" not
//     "occupation", "arms" not "army", "war" not "ward".
//   - Words stay as written when they hold a capital letter (names and
//     acronyms: "March" does not match "marched", "Trump" not "trumped",
//     "NATO" not "NATOs"; write "shahed" in lower case to also match
//     "Shaheds"), any character but the letters a to z (digits, apostrophes,
//     dots, accents: "Russia's", "U.S.", "Київ"), fewer than three letters
//     ("us", "UN"), and function words and look-alikes such as "this",
//     "under", "news" (not "new"+s) and "evening" (not "even"+ing).
//
// A term written in double quotes inside its YAML string, `'"arms"'`, is an
// exact term: it matches as written, with the folding of case, spaces and
// apostrophes and the whole-word check above, but no inflection. The quotes
// are not matched; Text keeps them. Quote a word when one of its
// inflections is another word that would select the wrong sentences:
// "arms" (weapons) would otherwise also match "armed", "arming" and "arm";
// "drones" would match "droned"; "meeting" (the noun) would match "met";
// "found" would match "find" and "founded". Quoting a phrase makes every
// word of it exact: `'"under control"'`. A quoted term is never a regular
// expression: `'"re:set"'` matches the text "re:set".
//
// Inflection is done by rule when the term compiles, not by a stemmer or a
// lemmatizer at Find time: what a term matches can be told from the rules
// above without a dictionary; a stemmer's reach into derived words
// ("organization" and "organ", "university" and "universe", "injection" and
// "inject" share a stem) cannot happen; and Find still only scans the
// sentence, allocating nothing but its result. The rules can guess a wrong
// base where English spelling is ambiguous ("united" may be "unite" or
// "unit" plus -ed, so it matches both): quote such a word.
//
// A term written "re:PATTERN" is a Go regular expression (RE2 syntax, so no
// rule can make matching slow), matched case-insensitively and used exactly
// as written: no whole-word check, no folding of spaces or apostrophes, no
// inflection, so write \b, \s+ and ['’] where you want them. Empty matches
// are ignored.
type Term struct {
	// Text is the term as written in the rule file, "re:" prefix or
	// quotes included.
	Text string
	// Pos is where the term is written.
	Pos Position

	re *regexp.Regexp // for "re:" terms
	// segs is a plain term, folded, in order.
	segs []segment
	// first is the byte every match starts with when that is known and is
	// a plain ASCII character (folded), else 0.
	first              byte
	wordStart, wordEnd bool
}

// segment is a piece of a plain term: pat, then, when ends is set, one of
// ends followed by a word edge. An inflected word is one segment, pat the
// start its forms share and ends the rest of each ("kill" and "", "s", "ed",
// "ing"); words left as written, and the spaces between words, go into pat.
// Each element of pat and ends is a canonical rune (see fold) or one of the
// classes below.
type segment struct {
	pat  []rune
	ends [][]rune
}

// Classes in a segment. Runes are never negative, so these cannot clash.
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
	body, exact := unquote(text)
	if pat, ok := strings.CutPrefix(text, regexpPrefix); ok && !exact {
		return compileRegexp(t, pat)
	}
	words := strings.Fields(body)
	if len(words) == 0 {
		if exact {
			return nil, errors.New(`nothing between the quotes; write a word or phrase inside them, e.g. '"arms"', or remove the entry`)
		}
		return nil, errors.New("empty term; write a word or phrase, or remove the entry")
	}
	var pat []rune
	for i, w := range words {
		if i > 0 {
			pat = append(pat, space)
		}
		head, tail := "", w
		if j := strings.LastIndexByte(w, '-'); j >= 0 {
			head, tail = w[:j+1], w[j+1:]
		}
		if exact || !inflectable(tail) {
			pat = appendFolded(pat, w)
			continue
		}
		forms := wordForms(tail)
		n := commonPrefix(forms)
		seg := segment{pat: appendFolded(appendFolded(pat, head), forms[0][:n])}
		for _, f := range forms {
			seg.ends = append(seg.ends, []rune(f[n:]))
		}
		t.segs = append(t.segs, seg)
		pat = nil
	}
	if len(pat) > 0 {
		t.segs = append(t.segs, segment{pat: pat})
	}
	if p := t.segs[0].pat; len(p) > 0 && p[0] > 0 && p[0] < utf8.RuneSelf {
		t.first = byte(p[0])
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	last, _ := utf8.DecodeLastRuneInString(words[len(words)-1])
	t.wordStart, t.wordEnd = isWord(first), isWord(last)
	return t, nil
}

// unquote returns the body of a term written in double quotes, and true,
// or the text as it is, and false.
func unquote(text string) (string, bool) {
	q := strings.TrimSpace(text)
	if len(q) >= 2 && q[0] == '"' && q[len(q)-1] == '"' {
		return q[1 : len(q)-1], true
	}
	return text, false
}

// compileRegexp compiles the pattern of a "re:" term into t.
func compileRegexp(t *Term, pat string) (*Term, error) {
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

// appendFolded appends the pattern of w, a word as written, to pat.
func appendFolded(pat []rune, w string) []rune {
	for _, r := range w {
		if isApos(r) {
			pat = append(pat, apos)
		} else {
			pat = append(pat, fold(r))
		}
	}
	return pat
}

// commonPrefix returns the length of the longest common prefix of words.
func commonPrefix(words []string) int {
	n := len(words[0])
	for _, w := range words[1:] {
		n = min(n, len(w))
		for i := range n {
			if w[i] != words[0][i] {
				n = i
				break
			}
		}
	}
	return n
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
	if len(t.segs) == 0 {
		return nil
	}
	var spans []Span
	// When every match starts with one plain ASCII character, an ASCII
	// byte that does not fold to it cannot start a match, and most of the
	// sentence is skipped a byte at a time without decoding.
	first := t.first
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
	for _, seg := range t.segs {
		var ok bool
		if i, ok = matchPat(s, i, seg.pat); !ok {
			return 0, false
		}
		if seg.ends == nil {
			continue
		}
		// The forms of a word all end in a letter, and must end where the
		// word does, so at most one of them matches.
		end := -1
		for _, e := range seg.ends {
			if j, ok := matchPat(s, i, e); ok && !wordAt(s, j) {
				end = j
				break
			}
		}
		if end < 0 {
			return 0, false
		}
		i = end
	}
	return i, true
}

// matchPat reports whether pat matches s from byte i, and where the match
// ends.
func matchPat(s string, i int, pat []rune) (int, bool) {
	for _, p := range pat {
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

// wordAt reports whether a word character starts at byte i of s.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
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
