package checker

import (
	"encoding/binary"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/attribution"
)

// Independence: two claims count as one source when their articles come
// from one outlet, or when one claim is a syndicated copy of the other: for
// one fact and one value, their sentences are near-identical.
//
// Near-identical is measured on fingerprints: a sentence is folded to
// lower-case words of letters and digits (punctuation, quotes and spacing
// dropped), cut into overlapping three-word shingles, and two sentences
// whose shingle sets have a Jaccard similarity of at least
// SyndicationThreshold are copies. Sentences shorter than
// syndicationMinWords words are never taken for copies: "Seven people
// died." can be written by two newsrooms independently.
//
// Only claims of one fact with one value are compared, and within such a
// group the work is not quadratic either: claims with the same shingles
// are handled as one, and only sentences that share a shingle among the
// first few of their sorted shingles are compared (prefix filtering: two
// sets with a Jaccard similarity of at least t must share one of the first
// |x| - ceil(t|x|) + 1 elements of each, in any one order). A thousand
// outlets running one wire sentence cost a thousand hashes, not half a
// million comparisons.

// SyndicationThreshold is the Jaccard similarity of two claim sentences'
// three-word shingles at or above which their articles are one source.
// At 0.8, one word changed in a sentence of twenty no longer counts (15 of
// 21 shingles shared, 0.71): a rewritten figure is a new report, while
// wire copy with a dateline or an outlet's name added still matches.
const SyndicationThreshold = 0.8

const syndicationMinWords = 6

var shingleSeed = maphash.MakeSeed()

// shingles returns the sorted, distinct hashes of the three-word shingles
// of s, or nil when s has fewer than syndicationMinWords words. A word is
// a run of letters and digits of s folded to lower case, rune by rune (as
// strings.ToLower folds); s is read once, without the folded copy, the
// slice of words and the hash state per shingle that folding, splitting
// and hashing each shingle's words cost: it is done for every claim of
// every fact, and was most of what comparing a fact cost.
func shingles(s string) []uint64 {
	var wordsArr [64]uint64
	var foldArr [64]byte
	words, fold := wordsArr[:0], foldArr[:0]
	for i := 0; i < len(s); {
		// A word, folded into fold, up to the first byte of what follows.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				f := asciiWord[c]
				if f == 0 {
					break
				}
				fold = append(fold, f)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r = unicode.ToLower(r); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			fold = utf8.AppendRune(fold, r)
			i += size
		}
		if len(fold) > 0 {
			words = append(words, maphash.Bytes(shingleSeed, fold))
			fold = fold[:0]
		}
		// What follows: one rune that is neither letter nor digit.
		if i < len(s) {
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size
			}
		}
	}
	if len(words) < syndicationMinWords {
		return nil
	}
	out := make([]uint64, 0, len(words)-2)
	var three [24]byte
	for i := 0; i+3 <= len(words); i++ {
		binary.LittleEndian.PutUint64(three[0:], words[i])
		binary.LittleEndian.PutUint64(three[8:], words[i+1])
		binary.LittleEndian.PutUint64(three[16:], words[i+2])
		out = append(out, maphash.Bytes(shingleSeed, three[:]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// asciiWord is an ASCII byte folded to lower case when it is a letter or a
// digit, and 0 when it is neither.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

// jaccard is |a∩b| / |a∪b| for sorted, distinct a and b.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// outletKey folds case and spacing so "Example Wire" and "example wire" are
// one outlet.
func outletKey(source string) string {
	// Most sources are folded already ("example wire"), and Compare folds
	// every claim's: those are returned as they are, not split, joined
	// and lowered into a copy.
	folded, space := true, true // space: the last byte was a space, or none yet
	for i := 0; i < len(source) && folded; i++ {
		c := source[i]
		switch {
		case c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == ' ' && space ||
			c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			folded = false
		}
		space = c == ' '
	}
	if folded && !space {
		return source
	}
	return strings.ToLower(strings.Join(strings.Fields(source), " "))
}

// independence assigns every claim its SourceID and, for a copy, CopyOf.
// A claim counts for its outlet, unless its sentence is a syndicated copy
// of a claim from another outlet (same fact, same value, near-identical
// sentence): then it counts for the outlet of the earliest such claim (by
// publication, then path) and names that claim's article. The rest of a
// syndicating article stays its own outlet's: a wire story republished
// with a local paragraph added is one source for the wire's figures and
// another for the local ones.
//
// It returns each claim's SourceID and CopyOf rather than setting them:
// the claims are not copied for it, which at a million articles was a
// copy of every claim.
func independence(claims []Claim) (sid, copyOf []string) {
	sid = make([]string, len(claims))
	copyOf = make([]string, len(claims))
	// A fact's claims come by article, and an article's share a source:
	// folded once for the run of them, and once a fact for each outlet,
	// whose articles come apart. Folding an outlet written in capitals
	// ("Highland Echo") splits, joins and lowers it into three
	// allocations. The first few outlets are looked through, the rest
	// found by map: most of a large rule set's facts have a few.
	type folded struct{ src, key string }
	var fewArr [8]folded
	few := fewArr[:0]
	var keys map[string]string
	for i := range claims {
		src := claims[i].Source
		if i > 0 && src == claims[i-1].Source {
			sid[i] = sid[i-1]
			continue
		}
		k, ok := "", false
		if keys != nil {
			k, ok = keys[src]
		} else {
			for _, f := range few {
				if f.src == src {
					k, ok = f.key, true
					break
				}
			}
		}
		if !ok {
			k = outletKey(src)
			switch {
			case keys != nil:
				keys[src] = k
			case len(few) < cap(few):
				few = append(few, folded{src, k})
			default:
				keys = make(map[string]string, 4*len(few))
				for _, f := range few {
					keys[f.src] = f.key
				}
				keys[src] = k
			}
		}
		sid[i] = k
	}
	// Union-find over claims, within groups of one fact and one value.
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	earlier := func(a, b int) bool { // claim a was published before claim b
		pa, pb := claims[a].Published, claims[b].Published
		if !pa.Equal(pb) {
			return pa.Before(pb)
		}
		if claims[a].Article != claims[b].Article {
			return claims[a].Article < claims[b].Article
		}
		return claims[a].Offset < claims[b].Offset
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		switch {
		case ra == rb:
		case earlier(ra, rb):
			parent[rb] = ra
		default:
			parent[ra] = rb
		}
	}

	// The groups are taken in the order of their keys, fact and bounds
	// as text; the key is written once a group, not once a claim. Two
	// bounds write alike when their bits are equal, or when both are NaN.
	type bits struct {
		fact   int // which of the facts met, in order: a fact's claims are one
		lo, hi uint64
	}
	bitsOf := func(x float64) uint64 {
		if math.IsNaN(x) {
			return math.Float64bits(math.NaN())
		}
		return math.Float64bits(x)
	}
	type group struct {
		key string
		ms  []int
	}
	var groups []group
	index := map[bits]int{}
	var facts map[string]int // more than one fact: their numbers
	fact := 0
	for i := range claims {
		c := &claims[i]
		if i > 0 && c.Fact != claims[i-1].Fact {
			if facts == nil {
				facts = map[string]int{claims[0].Fact: 0}
			}
			n, ok := facts[c.Fact]
			if !ok {
				n = len(facts)
				facts[c.Fact] = n
			}
			fact = n
		}
		iv := c.Quantity.Interval
		b := bits{fact, bitsOf(iv.Low), bitsOf(iv.High)}
		g, ok := index[b]
		if !ok {
			g = len(groups)
			index[b] = g
			groups = append(groups, group{key: c.Fact + "\x00" + formatBound(iv.Low) + "\x00" + formatBound(iv.High)})
		}
		groups[g].ms = append(groups[g].ms, i)
	}
	slices.SortFunc(groups, func(a, b group) int { return strings.Compare(a.key, b.key) })
	copied := false
	for _, g := range groups {
		if copies(claims, sid, g.ms, union) {
			copied = true
		}
	}
	if !copied {
		return sid, copyOf
	}
	// The root of each set is its earliest claim: the original. A root
	// keeps its own SourceID, so sid can be rewritten in place.
	for i := range claims {
		o := find(i)
		if claims[o].Article == claims[i].Article || sid[o] == sid[i] {
			continue
		}
		sid[i] = sid[o]
		copyOf[i] = claims[o].Article
	}
	return sid, copyOf
}

// SameSource reports whether two claims count as one source: the same
// article, one outlet, or a syndicated copy (once Compare has set
// SourceID).
func SameSource(a, b Claim) bool { return sameSource(&a, &b) }

// sameSource is SameSource without the copies of two claims.
func sameSource(a, b *Claim) bool {
	if a.Article == b.Article {
		return true
	}
	if a.SourceID != "" && b.SourceID != "" {
		return a.SourceID == b.SourceID
	}
	return outletKey(a.Source) == outletKey(b.Source)
}

// sourceIDs returns the distinct SourceIDs of claims, in first-seen order.
func sourceIDs(claims []Claim) []string {
	var ids []string
	for i := range claims {
		if id := claims[i].SourceID; !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func formatBound(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// countArticles counts the articles of claims in claimOrder, by article:
// the runs of one article, with no copy of the paths to sort.
func countArticles(claims []Claim) int {
	n := 0
	for i := range claims {
		if i == 0 || claims[i].Article != claims[i-1].Article {
			n++
		}
	}
	return n
}

// ClaimantsDiffer reports whether the pair's two claims are attributed, each
// by its sentence, to different claimants: the disagreement is between
// those who give the figures ("Ukrainian authorities" against "the
// mayor"), not only between the articles.
func ClaimantsDiffer(f Finding, p Pair) bool {
	if p.I < 0 || p.J < 0 || p.I >= len(f.Claims) || p.J >= len(f.Claims) {
		return false
	}
	a, b := f.Claims[p.I].Claimant, f.Claims[p.J].Claimant
	return a != "" && b != "" && attribution.Key(a) != attribution.Key(b)
}

// shingleClass is the claims of a group whose sentences have one shingle
// set.
type shingleClass struct {
	set     []uint64
	members []int // claim indices, ascending
	// other is the first member whose SourceID differs from the first
	// member's, or -1: with members[0], the two every other claim can be
	// unioned with when it comes from another source.
	other int
	// next is another class whose set has the same setHash, or -1.
	next int
}

// copies unions the claims of ms (one fact, one value) whose sentences are
// syndicated copies of each other's, across outlets, and reports whether it
// found any. It gives the unions comparing every two claims would give.
func copies(claims []Claim, sid []string, ms []int, union func(a, b int)) bool {
	if len(ms) < 2 {
		return false
	}
	// Only claims of two outlets are ever unioned (see join): a group of
	// one outlet's claims has no copies to find, and its sentences need
	// not be read.
	one := true
	for _, i := range ms[1:] {
		if sid[i] != sid[ms[0]] {
			one = false
			break
		}
	}
	if one {
		return false
	}
	// Classes are found by a hash of their set, and told apart by the set
	// itself: a string key made of the set was an allocation a claim.
	byHash := map[uint64]int{}
	var classes []shingleClass
	// bySentence is the class of a sentence met before, or -1 for one
	// too short to have shingles: wire copy repeats sentences word for
	// word, and hashing one whole is far cheaper than folding it into
	// words and hashing those and their shingles.
	bySentence := map[string]int{}
	for _, i := range ms {
		x, ok := bySentence[claims[i].Sentence]
		if !ok {
			x = classOf(&classes, byHash, claims[i].Sentence)
			bySentence[claims[i].Sentence] = x
		}
		if x < 0 {
			continue
		}
		c := &classes[x]
		if c.other < 0 && len(c.members) > 0 && sid[i] != sid[c.members[0]] {
			c.other = i
		}
		c.members = append(c.members, i)
	}
	found := false
	// join unions every claim of a with a claim of b from another outlet,
	// which connects what unioning every such pair would.
	join := func(a, b *shingleClass) {
		for _, from := range [2][2]*shingleClass{{a, b}, {b, a}} {
			x, y := from[0], from[1]
			for _, i := range x.members {
				switch {
				case sid[i] != sid[y.members[0]]:
					union(i, y.members[0])
					found = true
				case y.other >= 0:
					union(i, y.other)
					found = true
				}
			}
		}
	}
	prefixOf := func(set []uint64) []uint64 {
		need := int(math.Ceil(SyndicationThreshold*float64(len(set)) - 1e-9))
		return set[:len(set)-need+1]
	}
	index := map[uint64][]int{} // shingle → classes with it in their prefix
	var seen []int              // candidates met for the current class
	mark := make([]int, len(classes))
	for x := range classes {
		c := &classes[x]
		if c.other >= 0 {
			join(c, c)
		}
		seen = seen[:0]
		for _, h := range prefixOf(c.set) {
			for _, y := range index[h] {
				if mark[y] != x+1 {
					mark[y] = x + 1
					seen = append(seen, y)
				}
			}
			index[h] = append(index[h], x)
		}
		for _, y := range seen {
			if jaccard(c.set, classes[y].set) >= SyndicationThreshold {
				join(c, &classes[y])
			}
		}
	}
	return found
}

// classOf returns the class of *classes whose set is the shingles of
// sentence, adding it if there is none, or -1 when sentence is too short
// to have shingles. byHash finds a class by the setHash of its set.
func classOf(classes *[]shingleClass, byHash map[uint64]int, sentence string) int {
	sh := shingles(sentence)
	if sh == nil {
		return -1
	}
	k := setHash(sh)
	x, ok := byHash[k]
	for ok && !slices.Equal((*classes)[x].set, sh) {
		x = (*classes)[x].next
		ok = x >= 0
	}
	if !ok {
		x = len(*classes)
		next := -1
		if y, ok := byHash[k]; ok {
			next = y
		}
		byHash[k] = x
		*classes = append(*classes, shingleClass{set: sh, other: -1, next: next})
	}
	return x
}

// setHash is a hash of a shingle set, for a map to find the sets equal to
// it among.
func setHash(set []uint64) uint64 {
	h := uint64(len(set))
	for _, x := range set {
		h = (h ^ x) * 0x100000001b3
		h ^= h >> 29
	}
	return h
}
