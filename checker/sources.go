package checker

import (
	"cmp"
	"github.com/crosscheck-news/crosscheck/attribution"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Independence: two claims count as one source when their articles come
// from one outlet, or when one article is a syndicated copy of the other.
// A copy is recognised by its claim sentences, the sentences whose figures
// the report compares: two articles are copies when, for one fact and one
// value, their sentences are near-identical.
//
// Near-identical is measured on fingerprints: a sentence is folded to
// lower-case words of letters and digits (punctuation, quotes and spacing
// dropped), cut into overlapping three-word shingles, and two sentences
// whose shingle sets have a Jaccard similarity of at least
// SyndicationThreshold are copies. Sentences shorter than
// syndicationMinWords words are never taken for copies: "Seven people
// died." can be written by two newsrooms independently.
//
// Only claims of one fact with one value are compared, so the work is
// quadratic only within such a group, not across the corpus.

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

// independence assigns every claim its SourceID and, for copies, CopyOf.
// Articles of one outlet share a source; a syndicated copy joins the
// source of the article it copies. The earliest article of a group (by
// publication, then path) names it, so a copy points at its original.
func independence(claims []Claim) {
	// Union-find over articles.
	parent := map[string]string{}
	var find func(string) string
	find = func(a string) string {
		p, ok := parent[a]
		if !ok || p == a {
			parent[a] = a
			return a
		}
		r := find(p)
		parent[a] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			parent[max(ra, rb)] = min(ra, rb)
		}
	}
	firstOfOutlet := map[string]string{}
	for _, c := range claims {
		k := outletKey(c.Source)
		if first, ok := firstOfOutlet[k]; ok {
			union(first, c.Article)
		} else {
			firstOfOutlet[k] = c.Article
			find(c.Article)
		}
	}

	// Copies: claims of one fact and one value, from different outlets,
	// with near-identical sentences.
	type member struct {
		i  int
		sh []uint64
	}
	groups := map[string][]member{}
	for i, c := range claims {
		iv := c.Quantity.Interval
		k := c.Fact + "\x00" + formatBound(iv.Low) + "\x00" + formatBound(iv.High)
		groups[k] = append(groups[k], member{i: i})
	}
	copied := map[string]string{} // article -> article it copies
	published := map[string]Claim{}
	for _, c := range claims {
		if p, ok := published[c.Article]; !ok || c.Published.Before(p.Published) {
			published[c.Article] = c
		}
	}
	earlier := func(a, b string) bool { // a was published before b
		pa, pb := published[a].Published, published[b].Published
		if !pa.Equal(pb) {
			return pa.Before(pb)
		}
		return a < b
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		ms := groups[k]
		if len(ms) < 2 {
			continue
		}
		for x := range ms {
			ms[x].sh = shingles(claims[ms[x].i].Sentence)
		}
		for x := range ms {
			for y := x + 1; y < len(ms); y++ {
				a, b := claims[ms[x].i], claims[ms[y].i]
				if a.Article == b.Article || outletKey(a.Source) == outletKey(b.Source) {
					continue
				}
				if jaccard(ms[x].sh, ms[y].sh) < SyndicationThreshold {
					continue
				}
				orig, cp := a.Article, b.Article
				if earlier(cp, orig) {
					orig, cp = cp, orig
				}
				if prev, ok := copied[cp]; !ok || earlier(orig, prev) {
					copied[cp] = orig
				}
				union(a.Article, b.Article)
			}
		}
	}

	// Name each group by its earliest article's outlet.
	first := map[string]string{} // root -> earliest article
	for _, c := range claims {
		r := find(c.Article)
		if f, ok := first[r]; !ok || earlier(c.Article, f) {
			first[r] = c.Article
		}
	}
	for i := range claims {
		c := &claims[i]
		c.SourceID = outletKey(published[first[find(c.Article)]].Source)
		c.CopyOf = copied[c.Article]
	}
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
