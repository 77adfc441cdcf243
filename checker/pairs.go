package checker

import (
	"cmp"
	"slices"

	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Disagreement is worked out between values, not between every two claims.
// The claims of a fact fall into value groups (claims with one interval);
// two groups disagree when their intervals, widened by the tolerance, do
// not overlap. For two groups that disagree, each claim of the group fewer
// claims give is paired with the first claim of the other from another
// source (a conflict) and with the first from its own source (a
// self-contradiction), when there is one; when both groups have as many
// claims, both ways. The figure few give is shown against the figure many
// give, and not each of the many against each of the few: in an archive
// where two thousand articles say 73.4% and a hundred give a dozen other
// figures, the pairs are a few hundred, not two hundred thousand. Where
// each value has one claim, which is what a desk reads, every
// disagreeing pair is listed.

// valueGroup is the claims of one finding that give one interval.
type valueGroup struct {
	iv      quantity.Interval
	members []int // claim indices, ascending
	// firsts are the first claim of each SourceID in the group (the
	// first that is not a syndicated copy, if any), in order: the
	// candidates for "the first claim from another source"; keys are
	// their sources' keys (sourceKey).
	firsts []int
	keys   []string
	// bySource gives the place in firsts of a source's key once there
	// are more than scanSources of them; before, keys is read through.
	// A large rule set's facts have a few sources a value, and a map a
	// group was most of what grouping allocated.
	bySource map[string]int
	// byArticle gives the first claim of an article, for "the first
	// claim from the claim's own source", when the members are not in
	// article order; in order, as a finding's claims are, the first is
	// found by binary search (firstOfArticle).
	byArticle map[string]int
	// earliest and latest are the members with the earliest and latest
	// publication, for the trend check.
	earliest, latest int
	// The last member's source and article, and the first claim of that
	// source.
	lastSource, lastArticle string
	lastSourceFirst         int
}

// scanSources is how many sources a value group reads through before it
// finds them by map.
const scanSources = 8

type ivKey struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// valueGroups groups claims by interval, in order of first claim.
func valueGroups(claims []Claim) []valueGroup {
	index := map[ivKey]int{}
	var gs []valueGroup
	for i := range claims {
		// By pointer: a Claim is a few hundred bytes, and ranging by
		// value copied each.
		c := &claims[i]
		iv := c.Quantity.Interval
		k := ivKey{iv.Low, iv.High, iv.LowOpen, iv.HighOpen}
		g, ok := index[k]
		if !ok {
			g = len(gs)
			index[k] = g
			gs = append(gs, valueGroup{iv: iv, earliest: i, latest: i})
		}
		vg := &gs[g]
		// A group's claims come by article, and an article's share a
		// source: the sources are looked through only when the source
		// is not the last claim's.
		again := len(vg.members) > 0
		vg.members = append(vg.members, i)
		sk := sourceKey(c)
		f, ok := vg.lastSourceFirst, true
		if !again || sk != vg.lastSource {
			f, ok = vg.firstOfSource(sk)
		}
		switch {
		case !ok:
			vg.firsts = append(vg.firsts, i)
			vg.keys = append(vg.keys, sk)
			switch {
			case vg.bySource != nil:
				vg.bySource[sk] = len(vg.firsts) - 1
			case len(vg.keys) > scanSources:
				vg.bySource = make(map[string]int, 2*len(vg.keys))
				for x, key := range vg.keys {
					vg.bySource[key] = x
				}
			}
			f = i
		case claims[f].CopyOf != "" && c.CopyOf == "":
			// A source is shown by its own words rather than by an
			// outlet's copy of them.
			vg.firsts[slices.Index(vg.firsts, f)] = i
			f = i
		}
		vg.lastSource, vg.lastSourceFirst = sk, f
		if again && c.Article != vg.lastArticle {
			if vg.byArticle == nil && c.Article < vg.lastArticle {
				// Out of article order: the first claim of each
				// article so far, and of those to come, by map.
				vg.byArticle = map[string]int{}
				for _, m := range vg.members[:len(vg.members)-1] {
					if _, ok := vg.byArticle[claims[m].Article]; !ok {
						vg.byArticle[claims[m].Article] = m
					}
				}
			}
			if vg.byArticle != nil {
				if _, ok := vg.byArticle[c.Article]; !ok {
					vg.byArticle[c.Article] = i
				}
			}
		}
		vg.lastArticle = c.Article
		if c.Published.Before(claims[vg.earliest].Published) {
			vg.earliest = i
		}
		if c.Published.After(claims[vg.latest].Published) {
			vg.latest = i
		}
	}
	return gs
}

// firstOfSource is the first claim of g from the source whose key is sk.
func (g *valueGroup) firstOfSource(sk string) (int, bool) {
	if g.bySource != nil {
		if x, ok := g.bySource[sk]; ok {
			return g.firsts[x], true
		}
		return -1, false
	}
	for x, key := range g.keys {
		if key == sk {
			return g.firsts[x], true
		}
	}
	return -1, false
}

// firstOfArticle is the first claim of g from the article a.
func (g *valueGroup) firstOfArticle(claims []Claim, a string) (int, bool) {
	if g.byArticle != nil {
		f, ok := g.byArticle[a]
		return f, ok
	}
	// The members are in article order: the first of a's is the first
	// whose article is not before a.
	lo, hi := 0, len(g.members)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if claims[g.members[mid]].Article < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(g.members) && claims[g.members[lo]].Article == a {
		return g.members[lo], true
	}
	return -1, false
}

// sourceKey is the source a claim counts for, as SameSource sees it.
func sourceKey(c *Claim) string {
	if c.SourceID != "" {
		return c.SourceID
	}
	return outletKey(c.Source)
}

// otherSource is the first claim of g from a source other than claims[c]'s,
// or -1.
func (g *valueGroup) otherSource(claims []Claim, c int) int {
	for _, f := range g.firsts {
		if !sameSource(&claims[c], &claims[f]) {
			return f
		}
	}
	return -1
}

// ownSource is the first claim of g from claims[c]'s own source (its
// article, or its SourceID), or -1.
func (g *valueGroup) ownSource(claims []Claim, c int) int {
	own := -1
	if f, ok := g.firstOfSource(sourceKey(&claims[c])); ok {
		own = f
	}
	if f, ok := g.firstOfArticle(claims, claims[c].Article); ok && (own < 0 || f < own) {
		own = f
	}
	return own
}

// disagreements returns the conflicting and self-contradicting pairs of
// claims, sorted, as the comment above describes, and the pairs of value
// groups that disagree.
func disagreements(claims []Claim, gs []valueGroup, tol rules.Tolerance) (conflicts, self []Pair, groupPairs [][2]int) {
	add := func(a, b int, dst *[]Pair) {
		if a < 0 || b < 0 {
			return
		}
		*dst = append(*dst, Pair{min(a, b), max(a, b)})
	}
	for x := range gs {
		for y := x + 1; y < len(gs); y++ {
			if agrees(gs[x].iv, gs[y].iv, tol) {
				continue
			}
			groupPairs = append(groupPairs, [2]int{x, y})
			for _, pair := range [][2]*valueGroup{{&gs[x], &gs[y]}, {&gs[y], &gs[x]}} {
				from, to := pair[0], pair[1]
				if len(from.members) > len(to.members) {
					continue
				}
				for _, c := range from.members {
					add(c, to.otherSource(claims, c), &conflicts)
					add(c, to.ownSource(claims, c), &self)
				}
			}
		}
	}
	return sortPairs(conflicts), sortPairs(self), groupPairs
}

func sortPairs(ps []Pair) []Pair {
	slices.SortFunc(ps, func(a, b Pair) int {
		return cmp.Or(cmp.Compare(a.I, b.I), cmp.Compare(a.J, b.J))
	})
	return slices.Compact(ps)
}

// clusters numbers the agreement clusters of claims: value groups joined
// when they agree, directly or through a chain of agreeing groups,
// numbered from 0 in order of their lowest value. It sets Cluster on every
// claim and returns the number of clusters.
func clusters(claims []Claim, gs []valueGroup, tol rules.Tolerance) int {
	order := make([]int, len(gs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(gs[a].iv.Low, gs[b].iv.Low), cmp.Compare(gs[a].iv.High, gs[b].iv.High))
	})
	n := 0
	var reach quantity.Interval // of the cluster's group reaching highest
	for k, g := range order {
		iv := gs[g].iv
		switch {
		case k == 0:
			reach = iv
		case !agrees(reach, iv, tol):
			n++
			reach = iv
		case iv.High > reach.High || (iv.High == reach.High && reach.HighOpen && !iv.HighOpen):
			reach = iv
		}
		for _, c := range gs[g].members {
			claims[c].Cluster = n
		}
	}
	if len(gs) == 0 {
		return 0
	}
	return n + 1
}
