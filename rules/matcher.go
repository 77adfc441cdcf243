package rules

import (
	"encoding/binary"
	"iter"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Matcher finds every term of a list in one pass over a sentence, however
// many terms the list holds: the plain terms of all the rules are compiled
// into one Aho–Corasick automaton, so the cost of a sentence grows with its
// length and the number of matches, not with the number of rules. It finds
// exactly what each term's Find finds.
//
// A Matcher is built once per run (NewMatcher, NewFactMatcher) and is
// read-only after, so any number of goroutines may Scan with it at once,
// each with its own Hits:
//
//	m, idx := rules.NewFactMatcher(facts)
//	var hits rules.Hits // one per goroutine, reused sentence after sentence
//	m.Scan(sentence, &hits)
//	spans := hits.Spans(idx[k].All[0]) // what facts[k].Match.All[0].Find(sentence) returns
//
// How it keeps Find's semantics (see Term): the automaton runs over the
// sentence as Find reads it, a canonical symbol per rune: the rune folded as
// fold does, any run of white space one symbol, any apostrophe one symbol.
// Each plain term goes in as the concrete strings of those symbols that its
// inflected words can spell, and a match the automaton reports is kept only
// if it passes Find's whole-word test on the original text. Every term has at
// most one match at a given start (see Term.matchAt), so the leftmost
// non-overlapping selection Find makes is the greedy one by start.
// Regular-expression terms are kept aside and run with their own Find, only
// when Hits are asked for them.
//
// A phrase of several inflected words would spell a great many strings (the
// forms of each word multiply): past a few (maxForms) the automaton holds
// only the strings of its first words, up to the start of the next one, and
// each of their matches is checked from its start with the term's own
// matching code (matchAt). So the automaton stays small and the result is
// the same.
type Matcher struct {
	// Terms that compile the same ("Kharkiv" in ten rules) share a slot,
	// and are matched once.
	slotOf  []int32   // index of a term given → its slot
	terms   []*Term   // slot → one of its terms
	termsOf [][]int32 // slot → the indexes of its terms, ascending
	regexps []int32   // the slots of regular expressions

	// Symbol classes: what the automaton reads. Runes that no term holds
	// (after folding) are class 0, which sends the automaton to its root.
	// ascii maps an ASCII byte to its class, folding included. Bytes
	// from 0x80 are not read; they are there so that a byte indexes it
	// with no bounds check.
	ascii [256]int32
	other map[rune]int32 // non-ASCII rune → class, folding included
	// otherBits has the bit of r&0xFFFF set for every rune r in other, so
	// most non-ASCII runes (dashes, curly double quotes) skip the map.
	otherBits *[1 << 10]uint64

	nodes []node   // the automaton, as a double array
	outs  []output // outs[0] is unused: 0 means none
	mask  int      // len(ring)-1 for Hits: a power of two past the longest string

	// A filter on the first two and three letters of a word (see
	// trigrams): a word the scan meets in the root state, whose first
	// two or three bytes are ASCII letters or digits that begin no string
	// of the automaton, cannot start a match, and is skipped without a
	// step. Most words of a news text are: on the bench corpus, about a
	// fifth of the words begin with the first three letters of one of a
	// hundred rules' terms (counted on the terms as written, before their
	// forms). The bits are exact, by the letters' wordCode. A word of one
	// or two letters is filtered too, by the code of the byte after it,
	// wordEnd, when its letters hold no string and no string goes on from
	// them past the word.
	//
	// Bit x3 of first[x1*(wordCodes+1)+x2] is set when a word whose
	// first bytes have the codes x1, x2, x3 is to be stepped through: a
	// string may begin so, or the filter cannot tell (a byte from 0x80,
	// a first letter whose word is never filtered: see setRoot). One
	// lookup for every case, so a word's start costs no branch on its
	// length or its letters; the 11 KB used of it are read only at the
	// rows of first letters that start words.
	//
	// Bit 63 of a row (jumpBit) is set when its second code is a letter
	// or digit's and its first letter is not risky (see trigrams), nor
	// does the root have outputs. The first three steps of a word the
	// filter lets through by such a row, whose third byte is a letter or
	// digit too, are the path of three that set its bit: each step finds
	// its state (the bit says it is there), a failure inside the word
	// goes to the root, so each state's outputs are its own, and those of
	// the first two are whole words that the letter after them rejects.
	// So Scan takes the three steps at once (see pass).
	first [2048]uint64

	// quad filters the words that first lets through by a path of three
	// (see jumpBit) on their fourth byte too: half of those words (a
	// hundred rules, on the bench corpus) fall back to the root at it,
	// after Scan has taken their steps and before skipRoot passes over
	// the rest. Its bit quadBit(x1*(wordCodes+1)+x2, x3, x4) is set for
	// every path of four letters or digits from the root, and for every
	// path of three (x1, x2, x3) with x4 wordEnd when a word can end
	// there and a match still be had (see trigrams), with x4 past it (a
	// byte from 0x80), and with every x4 when the third state has an
	// output a letter after it would not reject. Bits are shared by
	// several paths (the table is a hash of them), so some words it does
	// not rule out are still stepped through, to no match.
	quad [quadBits / 64]uint64

	// root says what Scan does with a byte it meets in the root state.
	root [256]uint8
	// ends has the bit of each state s from which no string goes on
	// with an ASCII byte that is no letter or digit, nor from any state
	// of its failures but the root (see setEnds). A word that ends in
	// such a state, before such a byte, leaves the automaton where the
	// root would be after the byte, so Scan leaves it to skipRoot.
	ends []uint64
	// markSteps is set when an ASCII byte that is no letter or digit
	// starts a string ("$5", "- led"): skipRoot then reads the bytes
	// between words one by one.
	markSteps bool
}

// What Scan does with a byte in the root state, by the byte (see Scan).
//
// rootGap and rootSpace are classNone and classSpace, the class Scan keeps
// of the last symbol passed over.
const (
	rootGap   = classNone  // pass over: no letter or digit, and no string starts with it
	rootSpace = classSpace // pass over, as rootGap, but white space
	rootStep  = 2          // a step of the automaton: from 0x80, or a byte that starts a string and is no letter or digit
	rootWord  = 3          // an ASCII letter or digit: its word may be filtered (first)
)

// wordCodes is the number of codes of bytes the filter on a word's first
// letters reads (wordCode): the ASCII letters and digits, case folded, and
// wordEnd.
const wordCodes = 37

// jumpBit is the bit of a row of Matcher.first that lets Scan take the
// first three steps of a word at once.
const jumpBit = 63

// quadBits is the size of Matcher.quad, in bits.
const quadBits = 1 << 17

// quadBit returns the bit of Matcher.quad for the path of the codes x1,
// x2, x3, x4, r being x1*(wordCodes+1)+x2 (a row of Matcher.first).
func quadBit(r uint, x3, x4 uint8) uint {
	q := r<<12 | uint(x3)<<6 | uint(x4)
	return (q ^ q>>17) % quadBits
}

// wordEnd is the code of the end of a word: an ASCII byte that is no letter
// or digit, or the end of the text.
const wordEnd = 36

// wordCode numbers the ASCII letters and digits from 0, case folded, as
// the filter on a word's first letters reads them; other ASCII bytes are
// wordEnd, and bytes from 0x80, which the filter does not read, are past
// it.
var wordCode = func() (t [256]uint8) {
	for b := range 256 {
		switch {
		case b >= utf8.RuneSelf:
			t[b] = wordEnd + 1
		case '0' <= b && b <= '9':
			t[b] = uint8(b - '0')
		case 'a' <= b && b <= 'z':
			t[b] = uint8(b - 'a' + 10)
		case 'A' <= b && b <= 'Z':
			t[b] = uint8(b - 'A' + 10)
		default:
			t[b] = wordEnd
		}
	}
	return t
}()

// node is a state of the automaton in a double array: the state reached from
// s on class c is t = nodes[s].base+c when nodes[t].check == s. Keeping the
// four fields together puts a step's reads in one cache line.
type node struct {
	base  int32
	check int32 // the parent state, -1 for a free cell
	fail  int32 // the longest proper suffix that is a state
	out   int32 // first output of this state or of a suffix of it, 0 if none
}

// output is a string of a term that ends at a state.
type output struct {
	slot int32
	n    int32 // length of the string, in symbols
	next int32 // next output reported at the same state, 0 if none
	// verify: the string is only the beginning of the term (see maxForms);
	// the match is to be checked from its start with matchAt.
	verify             bool
	wordStart, wordEnd bool
}

// Symbol classes that every Matcher has. Classes of runes start after them.
const (
	classNone  = 0 // a rune that no term holds
	classSpace = 1 // a run of white space
	classApos  = 2 // any apostrophe
	firstClass = 3
)

// maxForms bounds the strings one term puts into the automaton (see
// Matcher): the forms of a word, or of a phrase, as "death toll" (death,
// deaths, times toll, tolls, tolled, tolling: 8). "killed or wounded" would
// be 16; the automaton holds "kill", "kills", "killed" and "killing", each
// followed by " or wound", and matchAt checks the rest. More strings hardly
// change the time a scan takes (a string that starts a match seldom fails
// to finish it) but cost memory and time to build: for a thousand generated
// rules, 8 gives 87,000 states in 1.8 MB, built in 17 ms; 64 gives 352,000
// in 6.8 MB, built in 75 ms.
const maxForms = 8

// FactTerms are the indexes, in a Matcher built by NewFactMatcher, of the
// terms of one fact: All[j] is the index of Match.All[j], and so on. With
// them a checker asks Hits for a fact's terms without looking any up.
type FactTerms struct {
	All, Any, None, Near []int
}

// NewFactMatcher compiles every term of the facts into one Matcher, and
// returns with it where each fact's terms are: idx[k] for facts[k]. The
// terms are indexed fact by fact, each fact's All, Any, None and Near in
// order. A term written the same way in several facts is matched once.
func NewFactMatcher(facts []*Fact) (m *Matcher, idx []FactTerms) {
	var terms []*Term
	idx = make([]FactTerms, len(facts))
	// One backing array for all the indexes.
	n := 0
	for _, f := range facts {
		n += len(f.Match.All) + len(f.Match.Any) + len(f.Match.None) + len(f.Match.Near)
	}
	ints := make([]int, 0, n)
	list := func(ts []*Term) []int {
		lo := len(ints)
		for _, t := range ts {
			ints = append(ints, len(terms))
			terms = append(terms, t)
		}
		return ints[lo:len(ints):len(ints)]
	}
	for k, f := range facts {
		idx[k] = FactTerms{All: list(f.Match.All), Any: list(f.Match.Any), None: list(f.Match.None), Near: list(f.Match.Near)}
	}
	return NewMatcher(terms), idx
}

// NewMatcher compiles terms into a Matcher. A term's index in terms is how
// Hits name it. Terms that compile the same ("Kharkiv" in ten rules, or the
// same *Term twice) are matched once and reported under each index.
func NewMatcher(terms []*Term) *Matcher { return newMatcher(terms, maxForms) }

// newMatcher is NewMatcher with a bound other than maxForms, for tests.
func newMatcher(terms []*Term, maxForms int) *Matcher {
	m := &Matcher{slotOf: make([]int32, len(terms))}
	b := newTrie()
	b.maxForms = maxForms
	keys := make(map[string]int32)
	var key []byte
	for i, t := range terms {
		key = t.appendKey(key[:0])
		s, ok := keys[string(key)]
		if !ok {
			s = int32(len(m.terms))
			keys[string(key)] = s
			m.terms = append(m.terms, t)
			m.termsOf = append(m.termsOf, nil)
			if t.re != nil {
				m.regexps = append(m.regexps, s)
			} else {
				b.addTerm(t, s)
			}
		}
		m.slotOf[i] = s
		m.termsOf[s] = append(m.termsOf[s], int32(i))
	}
	m.setClasses(b)
	bi, tri, bad := m.trigrams(b)
	m.nodes = b.automaton()
	m.setRoot(bi, tri, bad)
	m.setEnds()
	m.outs = slices.Clone(b.outs)
	size := 1
	for size <= b.maxLen {
		size *= 2
	}
	m.mask = size - 1
	return m
}

// appendKey appends to dst a key that is the same for two terms exactly
// when they compile the same.
func (t *Term) appendKey(dst []byte) []byte {
	if t.re != nil {
		dst = append(dst, 'r')
		return append(dst, t.re.String()...)
	}
	dst = append(dst, 'p', '0', '0')
	if t.wordStart {
		dst[1] = '1'
	}
	if t.wordEnd {
		dst[2] = '1'
	}
	// Each list prefixed by its length, each rune in four bytes: no two
	// different terms can give the same bytes.
	runes := func(rs []rune) {
		dst = binary.LittleEndian.AppendUint32(dst, uint32(len(rs)))
		for _, r := range rs {
			dst = binary.LittleEndian.AppendUint32(dst, uint32(r))
		}
	}
	for _, seg := range t.segs {
		runes(seg.pat)
		dst = binary.LittleEndian.AppendUint32(dst, uint32(len(seg.ends)))
		for _, e := range seg.ends {
			runes(e)
		}
	}
	return dst
}

// setClasses fills in the class tables from the classes the trie gave the
// runes of the terms.
func (m *Matcher) setClasses(b *trie) {
	m.other = make(map[rune]int32)
	m.otherBits = new([1 << 10]uint64)
	set := func(r rune, c int32) {
		if r < utf8.RuneSelf {
			m.ascii[r] = c
			return
		}
		m.other[r] = c
		m.otherBits[r>>6&(1<<10-1)] |= 1 << (r & 63)
	}
	// Every rune that folds to a rune of the terms, so the scan need not
	// fold: the simple-folding orbit of a canonical rune is exactly the
	// runes fold maps to it.
	for r, c := range b.class {
		set(r, c)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			set(f, c)
		}
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			set(r, classSpace)
		}
	}
	for _, rg := range unicode.White_Space.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			set(r, classSpace)
		}
	}
	for _, r := range apostrophes {
		set(r, classApos)
	}
}

// trigrams sets the filter on words' first two and three letters from the
// trie: the bit of every path of two and of three classes from the root
// whose classes are ASCII letters or digits, by their wordCode. Reading
// such letters from the root, the automaton either follows such a path or
// falls back to the root, where the rest of the word is skipped (no term
// starts inside a word); on the way it passes the states of one and two
// letters, whose outputs a letter or digit after them rejects, being whole
// words. An output there that is not (one checked from its start, or one
// that need not end a word) would be lost, so words starting with that
// letter are never filtered: trigrams returns their first classes.
//
// The bits are those of bi, x1*37+x2, and tri, (x1*37+x2)*37+x3, by the
// letters' codes; setRoot lays them out in first.
func (m *Matcher) trigrams(b *trie) (bi, tri []uint64, bad map[int32]bool) {
	bi = make([]uint64, (wordCodes*wordCodes+63)/64)
	tri = make([]uint64, (wordCodes*wordCodes*wordCodes+63)/64)
	tn := b.nodes
	bad = make(map[int32]bool) // first classes that cannot be filtered
	risky := func(u int32) bool {
		for o := tn[u].own; o != 0; o = b.outs[o].next {
			if out := b.outs[o]; out.verify || !out.wordEnd {
				return true
			}
		}
		return false
	}
	// The codes of the ASCII letters and digits of each class: one, or
	// none for a class of no ASCII letter or digit.
	code := make(map[int32]int)
	for c := range utf8.RuneSelf {
		if asciiWord[c] && m.ascii[c] != classNone {
			code[m.ascii[c]] = int(wordCode[c])
		}
	}
	// ends says whether a word can end at u and a match still be had:
	// u holds a string, or one goes on from u with a rune that is no
	// ASCII letter or digit. Else a word that ends there, before an ASCII
	// byte that is none either, leaves the automaton at the root.
	ends := func(u int32) bool {
		if tn[u].own != 0 {
			return true
		}
		for v := tn[u].first; v != 0; v = tn[v].next {
			if _, ok := code[tn[v].cls]; !ok {
				return true
			}
		}
		return false
	}
	for c1, u1 := range b.rootKids {
		if u1 == 0 {
			continue
		}
		if risky(u1) {
			bad[int32(c1)] = true
		}
		x1, ok := code[int32(c1)]
		if ok && ends(u1) {
			x := x1*wordCodes + wordEnd
			bi[x/64] |= 1 << (x % 64)
		}
		for u2 := tn[u1].first; u2 != 0; u2 = tn[u2].next {
			if risky(u2) {
				bad[int32(c1)] = true
			}
			x2, ok2 := code[tn[u2].cls]
			if !ok || !ok2 {
				continue
			}
			x := x1*wordCodes + x2
			bi[x/64] |= 1 << (x % 64)
			if ends(u2) {
				x := x*wordCodes + wordEnd
				tri[x/64] |= 1 << (x % 64)
			}
			r := uint(x1*(wordCodes+1) + x2)
			for u3 := tn[u2].first; u3 != 0; u3 = tn[u3].next {
				x3, ok := code[tn[u3].cls]
				if !ok {
					continue
				}
				x := x*wordCodes + x3
				tri[x/64] |= 1 << (x % 64)
				set := func(x4 int) {
					q := quadBit(r, uint8(x3), uint8(x4))
					m.quad[q/64] |= 1 << (q % 64)
				}
				set(wordEnd + 1)
				if risky(u3) {
					for x4 := range wordEnd {
						set(x4)
					}
				}
				if ends(u3) {
					set(wordEnd)
				}
				for u4 := tn[u3].first; u4 != 0; u4 = tn[u4].next {
					if x4, ok := code[tn[u4].cls]; ok {
						set(x4)
					}
				}
			}
		}
	}
	return bi, tri, bad
}

// setRoot fills in m.root from the automaton's transitions from the root,
// and m.first from the filter's bits (see trigrams) and the first classes
// whose words are never filtered.
func (m *Matcher) setRoot(bi, tri []uint64, bad map[int32]bool) {
	has := func(t []uint64, x int) bool { return t[x/64]&(1<<(x%64)) != 0 }
	for b := utf8.RuneSelf; b < len(m.root); b++ {
		m.root[b] = rootStep
	}
	for b := range utf8.RuneSelf {
		c := m.ascii[b]
		starts := c != classNone && m.nodes[m.nodes[0].base+c].check == 0
		switch {
		case asciiWord[b]:
			m.root[b] = rootWord
		case starts:
			m.root[b] = rootStep
			m.markSteps = true
		case c == classSpace:
			m.root[b] = rootSpace
		default:
			m.root[b] = rootGap
		}
		if !asciiWord[b] || !starts {
			continue // a word no string starts with is skipped: no bit
		}
		x1 := int(wordCode[b])
		for x2 := range wordEnd + 2 {
			if x2 < wordEnd && !bad[c] && m.nodes[0].out == 0 {
				m.first[x1*(wordCodes+1)+x2] |= 1 << jumpBit
			}
			for x3 := range wordEnd + 2 {
				var step bool
				switch {
				case bad[c] || x2 > wordEnd:
					step = true
				case x2 == wordEnd:
					step = has(bi, x1*wordCodes+wordEnd)
				case x3 > wordEnd:
					step = true
				default:
					step = has(tri, (x1*wordCodes+x2)*wordCodes+x3)
				}
				if step {
					m.first[x1*(wordCodes+1)+x2] |= 1 << x3
				}
			}
		}
	}
}

// setEnds fills in m.ends from the automaton: a state has its bit when
// none of it and its failures but the root has a transition on the class
// of an ASCII byte that is no letter or digit, and the root has no
// outputs. From such a state, a step on such a byte goes where it goes
// from the root (see Scan's step), whose outputs are the root's child's.
func (m *Matcher) setEnds() {
	var marks []int32 // the classes of ASCII bytes that are no letter or digit
	for b := range utf8.RuneSelf {
		if c := m.ascii[b]; !asciiWord[b] && c != classNone && !slices.Contains(marks, c) {
			marks = append(marks, c)
		}
	}
	nodes := m.nodes
	m.ends = make([]uint64, (len(nodes)+63)/64)
	if nodes[0].out != 0 {
		return
	}
	// known[s] is 1 when s's bit is known clear, 2 when known set.
	known := make([]uint8, len(nodes))
	known[0] = 2
	var chain []int32
	for s := range nodes {
		if s != 0 && nodes[s].check < 0 {
			continue // a free cell
		}
		// Up the failures to a state whose bit is known, then down.
		chain = chain[:0]
		f := int32(s)
		for known[f] == 0 {
			chain = append(chain, f)
			f = nodes[f].fail
		}
		bit := known[f]
		for j := len(chain) - 1; j >= 0; j-- {
			u := chain[j]
			for _, c := range marks {
				if t := nodes[u].base + c; int(t) < len(nodes) && nodes[t].check == u {
					bit = 1
				}
			}
			known[u] = bit
		}
	}
	for s, k := range known {
		if k == 2 && s != 0 {
			m.ends[s/64] |= 1 << (s % 64)
		}
	}
}

// apostrophes are the runes isApos accepts.
var apostrophes = []rune{'\'', '\u2018', '\u2019', '\u02BC'}

// classOf returns the class of the non-ASCII rune r.
func (m *Matcher) classOf(r rune) int32 {
	if m.otherBits[r>>6&(1<<10-1)]&(1<<(r&63)) == 0 {
		return classNone
	}
	return m.other[r]
}

// Hits are what Scan found in one sentence. They keep their buffers from one
// Scan to the next, so a goroutine that reuses one Hits scans without
// allocating. The zero value is ready to use; a Hits is not safe for
// concurrent use, and what it returns is valid until its next Scan.
type Hits struct {
	m     *Matcher
	text  string
	gen   uint32      // the current Scan; a slot is found when its stamp is gen
	slots []slotHits  // by slot
	found []int32     // slots with a match, in the order found
	cands []candidate // matches of the scan, linked by slot
	spans []Span      // the spans of each slot found, in slots[s].lo:hi
	ring  []int       // byte offset of each of the last symbols read
	buf   []candidate
	ids   []int32
	// win holds what Window finds, reused from one window to the next;
	// winPos and winAt are the last window's start and the index of the
	// first candidate reported past it, where the next window's search
	// starts when it starts no earlier: sentences come in order.
	win           *Hits
	winPos, winAt int
}

type slotHits struct {
	stamp  uint32
	head   int32 // last candidate of the slot, -1 for none
	lo, hi int32 // the slot's spans in Hits.spans
}

type candidate struct {
	pos, end int
	// at is the byte offset at which the automaton reported the match:
	// the end of the string it holds, which is the match's end unless the
	// string is only the term's beginning (verify). Candidates are in the
	// order of at, so Window finds a window's by it.
	at   int
	prev int32 // the slot's previous candidate, -1 for none
	slot int32
}

// Scan finds the terms of m in text, for h to tell. It reads text once,
// whatever the number of terms, and allocates nothing once h's buffers have
// grown to fit.
func (m *Matcher) Scan(text string, h *Hits) {
	h.reset(m, text)
	nodes, outs, ring, mask := m.nodes, m.outs, h.ring, m.mask
	s := int32(0) // state
	k := 0        // symbols read
	prev := int32(classNone)
	inWord := false // the rune before i is a letter or digit
	for i := 0; i < len(text); {
		if s != 0 && inWord {
			// Inside a word, the step on an ASCII letter or digit needs
			// none of the tests of a rune in general: it is no space,
			// and it follows a letter or digit, so that falling back to
			// the root ends the step (see automaton) and the rest of the
			// word is passed over (skipRoot).
			for i < len(text) && asciiWord[text[i]] {
				c := m.ascii[text[i]]
				k++ // the ring is not written: no match starts inside a word
				i++
				t := nodes[s].base + c // no state is reached on classNone
				if nodes[t].check != s {
					// The fall back, where most words end: its test
					// for the root is taken only here.
					for {
						if s = nodes[s].fail; s == 0 {
							break
						}
						if t = nodes[s].base + c; nodes[t].check == s {
							break
						}
					}
					if s == 0 {
						break // skipRoot passes over the rest of the word
					}
				}
				s = t
				for o := nodes[s].out; o != 0; o = outs[o].next {
					h.reported(&outs[o], k, i)
				}
			}
			prev = classNone
			if i == len(text) {
				break
			}
			if s != 0 && text[i] < utf8.RuneSelf && m.ends[uint32(s)/64]>>(s%64)&1 != 0 {
				// The word ends where no string goes on (see ends):
				// what follows is skipRoot's.
				s = 0
			}
		}
		if s == 0 {
			// In the root state most bytes start nothing (see skipRoot).
			// skipRoot keeps no inWord or prev, so that its loop is
			// short: what the bytes it passes over leave of them is what
			// the last of them, an ASCII byte, says.
			j, z := m.skipRoot(text, i, inWord)
			if z != 0 {
				// The first three steps of the word are known (see
				// jumpBit): each is read off the double array with no
				// test. No match starts at a letter inside a word (see
				// automaton): of the three symbols, only the first may
				// be read back from the ring.
				s = nodes[0].base + m.ascii[byte(z)]
				s = nodes[s].base + m.ascii[byte(z>>8)]
				s = nodes[s].base + m.ascii[byte(z>>16)]
				ring[k&mask] = j
				k += 3
				i = j + 3
				for o := nodes[s].out; o != 0; o = outs[o].next {
					h.candidate(&outs[o], ring[(k-int(outs[o].n))&mask], i)
				}
				inWord, prev = true, classNone
				continue
			}
			if j > i {
				a := m.root[text[j-1]]
				inWord, prev = a == rootWord, classNone
				if a == rootSpace {
					prev = classSpace
				}
				i = j
			}
			if i == len(text) {
				break
			}
		}
		var c int32
		var word bool
		w := 1
		if b := text[i]; b < utf8.RuneSelf {
			c, word = m.ascii[b], asciiWord[b]
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(text[i:])
			c, word = m.classOf(r), isWord(r)
		}
		if s == 0 && word && inWord {
			// As above, for a letter or digit from 0x80.
			i = skipWord(text, i+w)
			prev = classNone
			continue
		}
		prevWord := inWord
		inWord = word
		if c == classSpace && prev == classSpace {
			i += w
			continue
		}
		prev = c
		ring[k&mask] = i
		k++
		i += w
		if c == classNone {
			s = 0
			continue
		}
		t := nodes[s].base + c
		for nodes[t].check != s {
			if s == 0 {
				t = 0
				break
			}
			s = nodes[s].fail
			if s == 0 && word && prevWord {
				t = 0 // no term starts inside a word (see automaton)
				break
			}
			t = nodes[s].base + c
		}
		s = t
		for o := nodes[s].out; o != 0; o = outs[o].next {
			h.candidate(&outs[o], ring[(k-int(outs[o].n))&mask], i)
		}
	}
	h.settle()
}

// skipRoot returns the first byte from i at which the automaton, in the
// root state, is to step: a byte that starts a string and is no letter or
// digit, a byte from 0x80, or the start of a word that the filter on its
// first letters (first) does not rule out; len(text) if none. At such a
// start it returns too the word's first three bytes, read for the filter,
// when Scan may take their steps at once (pass), else 0. inWord says
// whether the rune before i is a letter or digit. A space, a mark or a
// letter that begins no string leaves the automaton at the root, where no
// later match can reach back to it, and nothing starts inside a word
// (wordStart), so the rest of a word is passed over too. Most of a text's
// bytes are passed over here, and every byte passed over is ASCII.
//
// Eight bytes are read at a time and the starts of their words found at
// once, so that a word costs one lookup in first and no branch on where
// it ends or on what lies between it and the next: a gap of one space
// costs the same as one of several marks, and nothing at all of its own.
func (m *Matcher) skipRoot(text string, i int, inWord bool) (int, uint64) {
	if m.markSteps {
		return m.skipRootBytes(text, i, inWord)
	}
	const high = 0x8080808080808080
	first := &m.first
	// The high bit of byte 0 when the byte before the eight is no letter
	// or digit: a letter there starts a word.
	var edge uint64
	if !inWord {
		edge = 0x80
	}
	// t is the text from the eight bytes read, sixteen bytes at least, so
	// that the eight from any start in the first eight are there to be
	// read: the length of t is all the loop and its loads test.
	t := text[i:]
	for len(t) >= 16 {
		y := load64(t)
		n := nonWord(y)
		starts := ^n & (n<<8 | edge)
		edge = n >> 56
		if y&high != 0 {
			// Bytes from 0x80 are steps, and none is a letter here.
			// They are rare in the news: a branch, apart, leaves the
			// loop its registers.
			hi := y & high
			p, z := m.firstStart(t, starts&((hi&-hi)-1))
			if p < 0 {
				p, z = bits.TrailingZeros64(hi)/8, 0
			}
			return len(text) - len(t) + p, z
		}
		for ; starts != 0; starts &= starts - 1 {
			p := bits.TrailingZeros64(starts) / 8
			z := load64(t[p:])
			x := uint(wordCode[byte(z)])*(wordCodes+1) + uint(wordCode[byte(z>>8)])
			row, x3 := first[x%uint(len(first))], wordCode[byte(z>>16)]
			if row>>(x3%64)&1 != 0 {
				if ok, z := m.pass(row, x, x3, z); ok {
					return len(text) - len(t) + p, z
				}
			}
		}
		t = t[8:]
	}
	return m.skipRootBytes(text, len(text)-len(t), edge == 0)
}

// firstStart returns the first of the word starts of t (the high bits of
// bytes of its first eight, t having sixteen at least) that the filter on
// a word's first letters lets through, and the word's first eight bytes;
// -1 if none.
func (m *Matcher) firstStart(t string, starts uint64) (int, uint64) {
	for ; starts != 0; starts &= starts - 1 {
		p := bits.TrailingZeros64(starts) / 8
		z := load64(t[p:])
		x := uint(wordCode[byte(z)])*(wordCodes+1) + uint(wordCode[byte(z>>8)])
		row, x3 := m.first[x%uint(len(m.first))], wordCode[byte(z>>16)]
		if row>>(x3%64)&1 != 0 {
			if ok, z := m.pass(row, x, x3, z); ok {
				return p, z
			}
		}
	}
	return -1, 0
}

// skipRootBytes is skipRoot a byte at a time, for a text's last fifteen
// bytes and for a Matcher some of whose strings start with a mark.
func (m *Matcher) skipRootBytes(text string, i int, inWord bool) (int, uint64) {
	root := &m.root
	if inWord {
		i = skipWord(text, i)
	}
	// From here i is at no letter or digit that goes on a word.
	for uint(i) < uint(len(text)) { // unsigned: the bounds check too
		a := root[text[i]]
		if a < rootStep {
			i++
			continue
		}
		if a == rootStep {
			return i, 0
		}
		if ok, z := m.letThrough(text, i); ok {
			return i, z
		}
		i = skipWord(text, i+1)
	}
	return i, 0
}

// letThrough reports whether the filter on a word's first letters (first)
// lets through the word that starts at byte i of text, and if so the
// bytes of the steps Scan may take at once (pass), when there are
// eight bytes to read. Past the text is wordEnd.
func (m *Matcher) letThrough(text string, i int) (bool, uint64) {
	if i+8 <= len(text) {
		z := load64(text[i : i+8])
		x := uint(wordCode[byte(z)])*(wordCodes+1) + uint(wordCode[byte(z>>8)])
		row, x3 := m.first[x%uint(len(m.first))], wordCode[byte(z>>16)]
		if row>>(x3%64)&1 == 0 {
			return false, 0
		}
		return m.pass(row, x, x3, z)
	}
	x2, x3 := uint8(wordEnd), uint8(wordEnd)
	if i+1 < len(text) {
		x2 = wordCode[text[i+1]]
	}
	if i+2 < len(text) {
		x3 = wordCode[text[i+2]]
	}
	x := uint(wordCode[text[i]])*(wordCodes+1) + uint(x2)
	return m.first[x%uint(len(m.first))]>>(x3%64)&1 != 0, 0
}

// pass is the filter on a word's first letters past its first three, for
// a word whose first bytes z the row x of Matcher.first lets through, x3
// being the code of the third: whether it is to be stepped through, and if
// so the bytes of the steps Scan may take at once, when the row has
// jumpBit and the third byte is a letter or digit too: z's first three.
// Else 0, and Scan steps from the word's first byte. A path of three is
// filtered on the fourth byte (quad).
func (m *Matcher) pass(row uint64, x uint, x3 uint8, z uint64) (bool, uint64) {
	if row>>jumpBit == 0 || x3 >= wordEnd {
		return true, 0
	}
	if q := quadBit(x, x3, wordCode[byte(z>>24)]); m.quad[q/64]>>(q%64)&1 == 0 {
		return false, 0
	}
	return true, z & (1<<24 - 1)
}

// skipWord returns the end of the ASCII letters and digits in text from
// byte i: the first byte from i that is not one. It reads eight bytes at a
// time, so that the end of a word, which comes at no place a branch could
// learn, costs no mispredicted branch as a loop over the bytes does.
func skipWord(text string, i int) int {
	for i+8 <= len(text) {
		if n := nonWord(load64(text[i : i+8])); n != 0 {
			return i + bits.TrailingZeros64(n)/8
		}
		i += 8
	}
	for i < len(text) && asciiWord[text[i]] {
		i++
	}
	return i
}

// load64 returns the first eight bytes of t, little-endian: one load.
func load64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// nonWord returns the high bit of each byte of x that is not an ASCII
// letter or digit. Each byte is tested for a range with its high bit set
// first, so no subtraction borrows from the next byte; letters are tested
// in lower case, ORing in 0x20, which maps only letters into 'a'..'z'. A
// byte from the range's start on and not past its end is one whose
// subtractions of the two bounds leave the high bit of only the first:
// an exclusive or, where an and-not would take one instruction more.
func nonWord(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := x | high
	z := y | 0x20*ones
	digit := (y - '0'*ones) ^ (y - ('9'+1)*ones)
	letter := (z - 'a'*ones) ^ (z - ('z'+1)*ones)
	return (^(digit | letter) | x) & high
}

// asciiWord says which bytes are ASCII letters and digits, the word runes
// of Find's word edges (isWord); bytes from 0x80 are not, so the skip in
// Scan stops at every non-ASCII rune and decodes it.
var asciiWord = func() (t [256]bool) {
	for b := range 256 {
		t[b] = b < utf8.RuneSelf && isWord(rune(b))
	}
	return t
}()

// reset readies h for a scan of text with m.
func (h *Hits) reset(m *Matcher, text string) {
	h.m, h.text = m, text
	h.gen++
	if h.gen == 0 { // wrapped: no stamp may look current
		for i := range h.slots {
			h.slots[i].stamp = 0
		}
		h.gen = 1
	}
	if n := len(m.terms); len(h.slots) < n {
		h.slots = append(h.slots, make([]slotHits, n-len(h.slots))...)
	}
	if len(h.ring) < m.mask+1 {
		h.ring = make([]int, m.mask+1)
	}
	h.found, h.cands, h.spans = h.found[:0], h.cands[:0], h.spans[:0]
	h.winPos, h.winAt = 0, 0
}

// reported is candidate for the match of out that the automaton reports
// after k symbols, ending at byte end: it starts at the symbol out.n
// before, whose offset the ring holds.
func (h *Hits) reported(out *output, k, end int) {
	if out.wordEnd && !out.verify && end < len(h.text) && asciiWord[h.text[end]] {
		return // a whole word inside a longer one: candidate's test, without the call
	}
	h.candidate(out, h.ring[(k-int(out.n))&h.m.mask], end)
}

// candidate records the match of out that the automaton reports from byte
// pos to byte end, if it passes Find's word-edge tests.
func (h *Hits) candidate(out *output, pos, end int) {
	text, at := h.text, end
	if out.wordStart && pos > 0 && wordBefore(text, pos) {
		return
	}
	if out.verify {
		var ok bool
		if end, ok = h.m.terms[out.slot].matchAt(text, pos); !ok {
			return
		}
	}
	if out.wordEnd && wordAfter(text, end) {
		return
	}
	h.add(out.slot, pos, end, at)
}

// add records a match of the slot that passed the word-edge tests.
func (h *Hits) add(slot int32, pos, end, at int) {
	sh := &h.slots[slot]
	if sh.stamp != h.gen {
		sh.stamp, sh.head = h.gen, -1
		h.found = append(h.found, slot)
	}
	h.cands = append(h.cands, candidate{pos: pos, end: end, at: at, prev: sh.head, slot: slot})
	sh.head = int32(len(h.cands) - 1)
}

// Window returns what Scan of text[pos:end] would find, text being the text
// of h's last Scan: the hits of a sentence, from the scan of the whole
// article. Most windows cost no second reading of their text: the matches
// of the scan that lie inside the window are the window's, reported in the
// same order, as long as no word runs across either edge (a word cut by an
// edge makes a term that starts or ends there a whole word to the window
// and not to the text, and the scan skips the rest of a word it is in). A
// window with such an edge, or one that cuts a rune's bytes, is scanned
// again. Offsets are of the window, as Scan of it would give them. What
// Window returns is valid until the next Window or Scan of h; it is the
// same Hits each time.
func (h *Hits) Window(pos, end int) *Hits {
	if h.win == nil {
		h.win = new(Hits)
	}
	w := h.win
	if h.m == nil { // a Hits that never scanned: a window of nothing
		w.m, w.text = nil, ""
		return w
	}
	text := h.text
	if 0 < pos && pos < len(text) && (wordBefore(text, pos) || !utf8.RuneStart(text[pos])) ||
		end < len(text) && (wordAfter(text, end) || !utf8.RuneStart(text[end])) {
		// An edge inside a word, or inside a rune's bytes.
		h.m.Scan(text[pos:end], w)
		return w
	}
	w.reset(h.m, text[pos:end])
	// The first candidate reported past pos: one reported at or before pos
	// ends there and so is not inside the window.
	cands := h.cands
	i := 0
	if pos >= h.winPos {
		i = h.winAt
	}
	for i < len(cands) && cands[i].at <= pos {
		i++
	}
	h.winPos, h.winAt = pos, i
	for ; i < len(cands) && cands[i].at <= end; i++ {
		if c := &cands[i]; c.pos >= pos && c.end <= end {
			w.add(c.slot, c.pos-pos, c.end-pos, c.at-pos)
		}
	}
	w.settle()
	return w
}

// settle turns each found slot's candidates into the spans Find returns:
// by start, leftmost first, dropping those that overlap a match kept.
func (h *Hits) settle() {
	for _, s := range h.found {
		sh := &h.slots[s]
		if c := &h.cands[sh.head]; c.prev < 0 {
			// One match, as most slots found have: nothing to
			// order or drop.
			sh.lo = int32(len(h.spans))
			h.spans = append(h.spans, Span{c.pos, c.end})
			sh.hi = sh.lo + 1
			continue
		}
		buf := h.buf[:0]
		for c := sh.head; c >= 0; c = h.cands[c].prev {
			buf = append(buf, h.cands[c])
		}
		slices.Reverse(buf)
		// Nearly always in order already: matches of one term are reported
		// as they end, and they seldom nest.
		for i := 1; i < len(buf); i++ {
			for j := i; j > 0 && buf[j].pos < buf[j-1].pos; j-- {
				buf[j], buf[j-1] = buf[j-1], buf[j]
			}
		}
		sh.lo = int32(len(h.spans))
		end := 0
		for _, c := range buf {
			if c.pos >= end {
				h.spans = append(h.spans, Span{c.pos, c.end})
				end = c.end
			}
		}
		sh.hi = int32(len(h.spans))
		h.buf = buf
	}
}

// Spans returns the spans of term i (its index as given to NewMatcher) in
// the text of the last Scan: exactly what the term's Find returns, nil when
// it does not occur. A regular-expression term runs its Find on the first
// call for each Scan, and allocates as Find does.
func (h *Hits) Spans(i int) []Span {
	if h.m == nil {
		return nil
	}
	s := h.m.slotOf[i]
	sh := &h.slots[s]
	if sh.stamp != h.gen {
		t := h.m.terms[s]
		if t.re == nil {
			return nil
		}
		sh.stamp, sh.head = h.gen, -1
		sh.lo = int32(len(h.spans))
		h.spans = append(h.spans, t.Find(h.text)...)
		sh.hi = int32(len(h.spans))
	}
	if sh.lo == sh.hi {
		return nil
	}
	return h.spans[sh.lo:sh.hi:sh.hi]
}

// All returns each term that occurs in the text of the last Scan, by index
// ascending, with its spans as Spans gives them. It runs the Find of every
// regular-expression term.
func (h *Hits) All() iter.Seq2[int, []Span] {
	return func(yield func(int, []Span) bool) {
		if h.m == nil {
			return
		}
		ids := h.ids[:0]
		for _, s := range h.m.regexps {
			if h.Spans(int(h.m.termsOf[s][0])) != nil {
				ids = append(ids, h.m.termsOf[s]...)
			}
		}
		for _, s := range h.found {
			ids = append(ids, h.m.termsOf[s]...)
		}
		slices.Sort(ids)
		h.ids = ids
		for _, i := range ids {
			if !yield(int(i), h.Spans(int(i))) {
				return
			}
		}
	}
}

// Plain calls yield with the index of each plain term (not a regular
// expression) that occurs in the text of the last Scan, in no set order and
// without running any regular expression: the cheap way to learn which
// terms a sentence holds.
func (h *Hits) Plain(yield func(i int)) {
	if h.m == nil {
		return
	}
	for _, s := range h.found {
		for _, i := range h.m.termsOf[s] {
			yield(int(i))
		}
	}
}

// Slots is the number of slots of m: the distinct strings of its terms,
// numbered from 0. Terms that compile the same share a slot and are
// matched once; a caller that keeps something per term can keep it per
// slot, and look at each match once.
func (m *Matcher) Slots() int { return len(m.terms) }

// Slot returns the slot of term i (its index as given to NewMatcher).
func (m *Matcher) Slot(i int) int { return int(m.slotOf[i]) }

// EachSlot calls yield with each slot of a plain term that occurs in the
// text of the last Scan, in no set order, and its spans as Spans gives
// them: what Plain gives term by term, once per slot.
func (h *Hits) EachSlot(yield func(slot int, spans []Span)) {
	if h.m == nil {
		return
	}
	for _, s := range h.found {
		sh := &h.slots[s]
		if sh.lo < sh.hi {
			yield(int(s), h.spans[sh.lo:sh.hi:sh.hi])
		}
	}
}

// wordAfter is wordAt, an ASCII byte looked up as in wordBefore.
func wordAfter(s string, i int) bool {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return asciiWord[s[i]]
	}
	return wordAt(s, i)
}

// wordBefore reports whether a word character ends at byte i of s, i > 0.
// An ASCII byte is looked up (asciiWord), not tested for three ranges:
// the answer at a match's edge follows no pattern a branch could learn.
func wordBefore(s string, i int) bool {
	if c := s[i-1]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWord(r)
}

// trie is the automaton while it is built: a trie of the terms' strings,
// each node's children a linked list, turned into a double array when
// complete.
type trie struct {
	nodes    []trieNode // nodes[0] is the root
	rootKids []int32    // the root's child by class: it may have thousands
	outs     []output
	class    map[rune]int32 // canonical rune → class
	nclass   int32
	maxLen   int
	maxForms int
	syms     []int32 // scratch
}

type trieNode struct {
	first, next int32 // first child, next sibling; 0 = none
	cls         int32 // the class the node is reached by
	own         int32 // first output of the node, 0 = none
}

func newTrie() *trie {
	return &trie{
		nodes:  []trieNode{{}},
		outs:   []output{{}},
		class:  make(map[rune]int32),
		nclass: firstClass,
	}
}

// classes appends the classes of the pattern runes p to dst.
func (b *trie) classes(dst []int32, p []rune) []int32 {
	for _, r := range p {
		switch r {
		case space:
			dst = append(dst, classSpace)
		case apos:
			dst = append(dst, classApos)
		default:
			c, ok := b.class[r]
			if !ok {
				c = b.nclass
				b.nclass++
				b.class[r] = c
			}
			dst = append(dst, c)
		}
	}
	return dst
}

// walk follows or makes the path of syms from node u, and returns its end.
func (b *trie) walk(u int32, syms []int32) int32 {
	for _, c := range syms {
		var v int32
		if u == 0 && int(c) < len(b.rootKids) {
			v = b.rootKids[c]
		} else if u != 0 {
			v = b.nodes[u].first
			for v != 0 && b.nodes[v].cls != c {
				v = b.nodes[v].next
			}
		}
		if v == 0 {
			v = int32(len(b.nodes))
			b.nodes = append(b.nodes, trieNode{next: b.nodes[u].first, cls: c})
			b.nodes[u].first = v
			if u == 0 {
				if int(c) >= len(b.rootKids) {
					b.rootKids = append(b.rootKids, make([]int32, int(c)+1-len(b.rootKids))...)
				}
				b.rootKids[c] = v
			}
		}
		u = v
	}
	return u
}

// addTerm adds the strings of the plain term t, of the given slot.
func (b *trie) addTerm(t *Term, slot int32) {
	if len(t.segs) == 0 {
		return // not compiled: matches nothing, as its Find
	}
	// Whole words up to where the forms would pass maxForms; at least the
	// first word.
	k, forms := 0, 1
	for k < len(t.segs) {
		n := max(1, len(t.segs[k].ends))
		if k > 0 && forms*n > b.maxForms {
			break
		}
		forms *= n
		k++
	}
	verify := k < len(t.segs)
	var add func(j int, u int32, depth int)
	add = func(j int, u int32, depth int) {
		if j == k {
			if verify {
				b.syms = b.classes(b.syms[:0], t.segs[k].pat)
				depth += len(b.syms)
				u = b.walk(u, b.syms)
			}
			b.output(u, output{slot: slot, n: int32(depth), verify: verify, wordStart: t.wordStart, wordEnd: t.wordEnd})
			return
		}
		seg := t.segs[j]
		b.syms = b.classes(b.syms[:0], seg.pat)
		depth += len(b.syms)
		u = b.walk(u, b.syms)
		if seg.ends == nil {
			add(j+1, u, depth)
			return
		}
		for _, e := range seg.ends {
			b.syms = b.classes(b.syms[:0], e)
			add(j+1, b.walk(u, b.syms), depth+len(b.syms))
		}
	}
	add(0, 0, 0)
}

// output adds out to the outputs of node u, once.
func (b *trie) output(u int32, out output) {
	for o := b.nodes[u].own; o != 0; o = b.outs[o].next {
		if b.outs[o].slot == out.slot {
			return
		}
	}
	out.next = b.nodes[u].own
	b.nodes[u].own = int32(len(b.outs))
	b.outs = append(b.outs, out)
	b.maxLen = max(b.maxLen, int(out.n))
}

// automaton lays the trie out as a double array, breadth first, and sets
// the failure links and output lists of its states, as Aho and Corasick do:
// the failure of a state is the state of the longest proper suffix of its
// string, and its outputs are its own followed by its failure's.
func (b *trie) automaton() []node {
	tn := b.nodes
	da := newDoubleArray(len(tn), b.nclass)
	state := make([]int32, len(tn)) // trie node → state
	order := make([]int32, 1, len(tn))
	var kids []int32
	for qi := 0; qi < len(order); qi++ {
		u := order[qi]
		kids = kids[:0]
		for v := tn[u].first; v != 0; v = tn[v].next {
			kids = append(kids, v)
		}
		if len(kids) == 0 {
			continue
		}
		slices.SortFunc(kids, func(x, y int32) int { return int(tn[x].cls - tn[y].cls) })
		base := da.place(tn, kids)
		da.nodes[state[u]].base = base
		for _, v := range kids {
			t := base + tn[v].cls
			da.take(t)
			da.nodes[t].check = state[u]
			state[v] = t
		}
		order = append(order, kids...)
	}
	nodes := da.trimmed()

	// Failures are anchored at word starts: a state's failure is the
	// longest proper suffix of its string that is a state and starts a
	// word there (its first symbol is not a letter or digit, or the one
	// before it is not). A term that starts with a letter or digit
	// matches only at the start of a word (Find's word edges), so a
	// suffix starting inside a word can never grow into a match; keeping
	// it, as plain Aho-Corasick does, kept the scan out of the root state
	// through nearly every word of a text (98% of the bytes at 100
	// rules), where Scan skips the rest of the word.
	word := make([]bool, b.nclass)
	for r, c := range b.class {
		word[c] = isWord(r)
	}
	// Breadth first, a state's failure is nearer the root than the state,
	// so its own failure and outputs are set already.
	for _, u := range order {
		su := state[u]
		for v := tn[u].first; v != 0; v = tn[v].next {
			sv, c := state[v], tn[v].cls
			fail := int32(0)
			if su != 0 {
				for f := nodes[su].fail; ; f = nodes[f].fail {
					if f == 0 && word[c] && word[tn[u].cls] {
						break // the one-symbol suffix c is inside a word
					}
					if t := nodes[f].base + c; nodes[t].check == f {
						fail = t
						break
					}
					if f == 0 {
						break
					}
				}
			}
			nodes[sv].fail = fail
			nodes[sv].out = nodes[fail].out
			if o := tn[v].own; o != 0 {
				last := o
				for b.outs[last].next != 0 {
					last = b.outs[last].next
				}
				b.outs[last].next = nodes[fail].out
				nodes[sv].out = o
			}
		}
	}
	return nodes
}

// doubleArray is a double array while it is filled. next finds the first
// free cell at or after a cell, skipping the taken ones the way union-find
// finds a root, so a placement visits only free cells.
type doubleArray struct {
	nodes  []node
	free   []int32 // free[i] == i for a free cell; else a later cell to look at
	nclass int32
	top    int32 // 1 + the highest base or taken cell
}

func newDoubleArray(n int, nclass int32) *doubleArray {
	da := &doubleArray{nclass: nclass}
	da.grow(n + int(nclass) + 1)
	da.take(0)
	da.nodes[0].check = 0
	return da
}

// grow makes cells up to n at least, free.
func (da *doubleArray) grow(n int) {
	old := len(da.nodes)
	if n <= old {
		return
	}
	n = max(n, old+old/2)
	da.nodes = slices.Grow(da.nodes, n-old)[:n]
	da.free = slices.Grow(da.free, n-old)[:n]
	for i := old; i < n; i++ {
		da.nodes[i] = node{check: -1}
		da.free[i] = int32(i)
	}
}

func (da *doubleArray) take(i int32) {
	da.free[i] = i + 1
	da.top = max(da.top, i+1)
}

// next returns the first free cell at or after i.
func (da *doubleArray) next(i int32) int32 {
	da.grow(int(i) + int(da.nclass) + 1)
	r := i
	for da.free[r] != r {
		r = da.free[r]
		da.grow(int(r) + int(da.nclass) + 1)
	}
	for i != r { // compress the path
		i, da.free[i] = da.free[i], r
	}
	return r
}

// place returns a base at which every child of kids (sorted by class) falls
// on a free cell.
func (da *doubleArray) place(tn []trieNode, kids []int32) int32 {
	first := tn[kids[0]].cls
	for p := da.next(first + 1); ; p = da.next(p + 1) {
		base := p - first
		fits := true
		for _, v := range kids[1:] {
			if da.nodes[base+tn[v].cls].check != -1 {
				fits = false
				break
			}
		}
		if fits {
			da.top = max(da.top, base+1)
			return base
		}
	}
}

// trimmed returns the cells in use and enough after them that base+class is
// a cell for every state and class.
func (da *doubleArray) trimmed() []node {
	n := int(da.top) + int(da.nclass)
	da.grow(n)
	return slices.Clone(da.nodes[:n])
}
