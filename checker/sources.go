package checker

import (
	"cmp"
	"encoding/binary"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

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
// of s, or nil when s has fewer than syndicationMinWords words.
func shingles(s string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < syndicationMinWords {
		return nil
	}
	out := make([]uint64, 0, len(words)-2)
	for i := 0; i+3 <= len(words); i++ {
		var h maphash.Hash
		h.SetSeed(shingleSeed)
		for _, w := range words[i : i+3] {
			h.WriteString(w)
			h.WriteByte(0)
		}
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

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
	for i := range claims {
		sid[i] = outletKey(claims[i].Source)
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

	groups := map[string][]int{}
	for i, c := range claims {
		iv := c.Quantity.Interval
		k := c.Fact + "\x00" + formatBound(iv.Low) + "\x00" + formatBound(iv.High)
		groups[k] = append(groups[k], i)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	copied := false
	for _, k := range keys {
		if copies(claims, sid, groups[k], union) {
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
func SameSource(a, b Claim) bool {
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
	for _, c := range claims {
		if !slices.Contains(ids, c.SourceID) {
			ids = append(ids, c.SourceID)
		}
	}
	return ids
}

func formatBound(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func countArticles(claims []Claim) int {
	arts := make([]string, 0, len(claims))
	for _, c := range claims {
		arts = append(arts, c.Article)
	}
	slices.SortFunc(arts, cmp.Compare)
	return len(slices.Compact(arts))
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
}

// copies unions the claims of ms (one fact, one value) whose sentences are
// syndicated copies of each other's, across outlets, and reports whether it
// found any. It gives the unions comparing every two claims would give.
func copies(claims []Claim, sid []string, ms []int, union func(a, b int)) bool {
	if len(ms) < 2 {
		return false
	}
	byKey := map[string]int{}
	var classes []shingleClass
	for _, i := range ms {
		sh := shingles(claims[i].Sentence)
		if sh == nil {
			continue
		}
		k := setKey(sh)
		x, ok := byKey[k]
		if !ok {
			x = len(classes)
			byKey[k] = x
			classes = append(classes, shingleClass{set: sh, other: -1})
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

// setKey is a map key for a shingle set.
func setKey(set []uint64) string {
	b := make([]byte, 0, 8*len(set))
	for _, h := range set {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return string(b)
}
