package sentence

// This file keeps the splitter as it was before it was tuned, as the oracle
// the tuned one must agree with byte for byte: any change of output is a
// change of which sentences claims are read from.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func oracleSplit(text string, from int) []Span {
	var spans []Span
	for _, b := range oracleBlocks(text, from) {
		spans = oracleSplitBlock(text, b, spans)
	}
	return spans
}

func oracleSplitBlock(text string, b Block, dst []Span) []Span {
	oracleSplitRange(text, b.Pos, b.End, func(pos, end int) {
		pos, end = oracleTrim(text, pos, end)
		if pos < end && oracleHasWord(text[pos:end]) {
			dst = append(dst, Span{pos, end})
		}
	})
	return dst
}

func oracleBlocks(text string, from int) []Block {
	return oracleAppendBlocks(nil, text, from)
}

func oracleAppendBlocks(dst []Block, text string, from int) []Block {
	return oracleLineBlocks(dst, text, max(0, min(from, len(text))))
}

func oracleLineBlocks(out []Block, text string, from int) []Block {
	start := -1
	var prev string
	for off := from; off < len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		next := len(text)
		if nl >= 0 {
			next = off + nl + 1
		}
		ln := oracleTrimRightASCII(text[off:next])
		blank := strings.TrimSpace(ln) == ""
		switch {
		case blank:
			if start >= 0 {
				out = append(out, Block{start, off})
				start = -1
			}
		case start < 0:
			start = off + oracleMarkerLen(ln)
		case !oracleContinues(prev, ln):
			out = append(out, Block{start, off})
			start = off + oracleMarkerLen(ln)
		}
		if !blank {
			prev = ln
		}
		off = next
	}
	if start >= 0 {
		out = append(out, Block{start, len(text)})
	}
	return out
}

func oracleTrimRightASCII(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\r' || s[i-1] == '\n') {
		i--
	}
	return s[:i]
}

const oracleWrapWidth = 60

func oracleContinues(prev, next string) bool {
	if oracleMarkerLen(next) > 0 || oracleIsHeading(next) || oracleIsHeading(prev) {
		return false
	}
	if !oracleHasRunes(prev, oracleWrapWidth) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	if unicode.IsLower(first) || unicode.IsDigit(first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	switch {
	case last == ',' || last == ';':
		return true
	case last == '.':
		w := oracleLastWord(prev[:len(prev)-1])
		return never[w]
	case unicode.IsLower(last):
		return true
	}
	return false
}

func oracleHasRunes(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for range s {
		if n--; n == 0 {
			return true
		}
	}
	return n <= 0
}

func oracleIsHeading(line string) bool {
	return strings.HasPrefix(strings.TrimLeft(line, " "), "#")
}

func oracleMarkerLen(line string) int {
	s := strings.TrimLeft(line, " ")
	indent := len(line) - len(s)
	if indent > 3 {
		return 0
	}
	n := 0
	switch {
	case strings.HasPrefix(s, "#"):
		n = len(s) - len(strings.TrimLeft(s, "#"))
		if n > 6 || (n < len(s) && s[n] != ' ' && s[n] != '\t') {
			return 0 // "#hashtag", "#1"
		}
	case strings.HasPrefix(s, ">"):
		for n < len(s) && (s[n] == '>' || s[n] == ' ') {
			n++
		}
		return indent + n
	case len(s) >= 2 && strings.ContainsRune("-*+", rune(s[0])) && (s[1] == ' ' || s[1] == '\t'):
		n = 1
	default:
		for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n+1 >= len(s) || (s[n] != '.' && s[n] != ')') || (s[n+1] != ' ' && s[n+1] != '\t') {
			return 0
		}
		n++
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return indent + n
}

func oracleSplitRange(text string, pos, end int, emit func(pos, end int)) {
	start := pos
	for i := pos; i < end; {
		for i < end && !oracleTerminalFirst[text[i]] {
			i++
		}
		if i == end {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !oracleIsTerminal(r) {
			i += n
			continue
		}
		j := i
		single := r == '.'
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if !oracleIsTerminal(r) {
				break
			}
			if j > i {
				single = false
			}
			j += n
		}
		k := j
		for k < end {
			r, n := utf8.DecodeRuneInString(text[k:end])
			if !oracleIsCloser(r) {
				break
			}
			k += n
		}
		if k == end {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[k:end]); !unicode.IsSpace(r) {
			i = k // "3.5", "U.S.-led", "e.g.,", "fired!),"
			continue
		}
		next := k
		for next < end {
			r, n := utf8.DecodeRuneInString(text[next:end])
			if !unicode.IsSpace(r) {
				break
			}
			next += n
		}
		if next < end && oracleBreaks(text, start, i, single && k == j, text[next:end]) {
			emit(start, k)
			start = next
		}
		i = next
	}
	emit(start, end)
}

func oracleBreaks(text string, start, i int, lone bool, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLower(r) || strings.ContainsRune(",;:.…-–—)]", r) {
		return false
	}
	if !lone {
		return true
	}
	word := oracleLastWord(text[start:i])
	kind := oracleAbbrevs[word]
	switch {
	case kind == abbrevNever:
		return false
	case kind == abbrevBeforeNumber:
		return !unicode.IsDigit(r)
	case kind == abbrevOpener || oracleIsInitialism(word):
		if strings.ContainsRune("\"“‘'«", r) {
			return true
		}
		return starters[oracleFirstWord(rest)]
	}
	return true
}

func oracleIsTerminal(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' }

var oracleTerminalFirst = [256]bool{'.': true, '?': true, '!': true, 0xe2: true}

func oracleIsCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '*', '_', '”', '’', '»', '›':
		return true
	}
	return false
}

func oracleLastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		w = s[i+n:]
	}
	return strings.TrimLeft(w, "\"'(“‘[«*_")
}

func oracleFirstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func oracleIsInitialism(w string) bool {
	if w == "" {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	if !strings.Contains(w, ".") {
		r, n := utf8.DecodeRuneInString(w)
		return n == len(w) && unicode.IsUpper(r)
	}
	return true
}

func oracleTrim(text string, pos, end int) (int, int) {
	for pos < end {
		r, n := utf8.DecodeRuneInString(text[pos:end])
		if !unicode.IsSpace(r) {
			break
		}
		pos += n
	}
	for end > pos {
		r, n := utf8.DecodeLastRuneInString(text[pos:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return pos, end
}

func oracleHasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

var oracleAbbrevs = func() map[string]abbrevKind {
	m := make(map[string]abbrevKind)
	for kind, list := range map[abbrevKind]map[string]bool{abbrevNever: never, abbrevBeforeNumber: beforeNumber, abbrevOpener: opener} {
		for w := range list {
			m[w] = kind
		}
	}
	return m
}()
