package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// wordDiff returns a word-level diff of two sentences. diffmatchpatch
// compares runes, so each distinct word is mapped to one rune of the private
// use area (as DiffLinesToRunes does for lines), the rune strings are
// diffed, and the diff is mapped back to each side's words by position. A
// word carries the white space after it and is compared without it, so the
// diff never aligns two sentences on their spaces. The diff rebuilds both
// sentences exactly (DiffText1 is a, DiffText2 is b).
//
// The library's semantic cleanup is not used: on sentences that share only a
// few words it replaces the whole sentence, hiding the words a reader wants
// to see kept. Changes separated only by white space are joined instead.
func wordDiff(a, b string) []diffmatchpatch.Diff {
	ta, tb := tokenize(a), tokenize(b)
	index := map[string]rune{}
	enc := func(toks []string) ([]rune, bool) {
		rs := make([]rune, len(toks))
		for i, t := range toks {
			key := strings.TrimRightFunc(t, unicode.IsSpace)
			r, ok := index[key]
			if !ok {
				if len(index) > privateUseLast-privateUseFirst {
					return nil, false
				}
				r = rune(privateUseFirst + len(index))
				index[key] = r
			}
			rs[i] = r
		}
		return rs, true
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // a deadline would make the output depend on the machine
	ra, ok1 := enc(ta)
	rb, ok2 := enc(tb)
	if !ok1 || !ok2 { // more distinct words than runes to stand for them
		return dmp.DiffCleanupSemantic(dmp.DiffMain(a, b, false))
	}

	var raw []diffmatchpatch.Diff
	add := func(op diffmatchpatch.Operation, text string) {
		if text == "" {
			return
		}
		if n := len(raw); n > 0 && raw[n-1].Type == op {
			raw[n-1].Text += text
			return
		}
		raw = append(raw, diffmatchpatch.Diff{Type: op, Text: text})
	}
	i, j := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			add(d.Type, strings.Join(ta[i:i+n], ""))
			i += n
		case diffmatchpatch.DiffInsert:
			add(d.Type, strings.Join(tb[j:j+n], ""))
			j += n
		default:
			// Equal words may still differ in the space after them.
			for k := range n {
				wa, wb := ta[i+k], tb[j+k]
				word := strings.TrimRightFunc(wa, unicode.IsSpace)
				if wa == wb {
					add(diffmatchpatch.DiffEqual, wa)
					continue
				}
				add(diffmatchpatch.DiffEqual, word)
				add(diffmatchpatch.DiffDelete, wa[len(word):])
				add(diffmatchpatch.DiffInsert, wb[len(word):])
			}
			i += n
			j += n
		}
	}
	return joinChanges(raw)
}

// joinChanges folds each white-space-only equality that sits between two
// changes into them, and gives every run of changes one deletion followed by
// one insertion.
func joinChanges(diffs []diffmatchpatch.Diff) []diffmatchpatch.Diff {
	var out []diffmatchpatch.Diff
	var del, ins strings.Builder
	flush := func() {
		if del.Len() > 0 {
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffDelete, Text: del.String()})
		}
		if ins.Len() > 0 {
			out = append(out, diffmatchpatch.Diff{Type: diffmatchpatch.DiffInsert, Text: ins.String()})
		}
		del.Reset()
		ins.Reset()
	}
	for i, d := range diffs {
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			del.WriteString(d.Text)
		case diffmatchpatch.DiffInsert:
			ins.WriteString(d.Text)
		default:
			pending := del.Len() > 0 || ins.Len() > 0
			if pending && i+1 < len(diffs) && strings.TrimSpace(d.Text) == "" {
				del.WriteString(d.Text)
				ins.WriteString(d.Text)
				continue
			}
			flush()
			out = append(out, d)
		}
	}
	flush()
	return out
}

const privateUseFirst, privateUseLast = 0xE000, 0xF8FF

// tokenize splits s into words, each with the white space after it, so that
// concatenating the tokens gives s back; white space at the start is a
// token of its own. A word is a run of letters, digits and marks, keeping
// the '.', ',' and apostrophes between two of them ("3.6", "1,000" and
// "Ukraine’s" are one word each), or else any single other character.
func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if isWord(r) {
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if isWord(r) {
					j += n
					continue
				}
				if isJoiner(r) && j+n < len(s) {
					if next, _ := utf8.DecodeRuneInString(s[j+n:]); isWord(next) {
						j += n
						continue
					}
				}
				break
			}
		}
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += n
		}
		toks = append(toks, s[i:j])
		i = j
	}
	return toks
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool {
	return r == '.' || r == ',' || r == '\'' || r == '’'
}
