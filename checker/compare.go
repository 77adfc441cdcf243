package checker

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Compare turns the claims of every fact into findings, one per fact in fact
// id order, absent facts included. Claims of facts not in facts are ignored.
// Compare needs nothing but the claims, so claims extracted elsewhere (in
// parallel, or on other machines) compare the same. It first works out
// which claims are syndicated copies of others (see SyndicationThreshold),
// among the claims of one fact and one value. The caller's claims are left
// as they are; see CompareOwned.
func Compare(facts []*rules.Fact, claims []Claim) []Finding {
	return CompareOwned(facts, slices.Clone(claims))
}

// CompareOwned is Compare for a caller that hands its claims over: it
// reorders them (by fact id, then article and offset), sets their sources
// and clusters in place, and the findings' Claims are parts of the one
// slice. At a million articles the claims are most of a run's memory,
// and Compare's copy of them doubled it.
func CompareOwned(facts []*rules.Fact, claims []Claim) []Finding {
	sorted, rankOf := factOrder(facts)
	ranks := make([]int, len(claims))
	inPlace := true
	for i := range claims {
		ranks[i] = rankOf(claims[i].Fact)
		if i > 0 && inPlace {
			inPlace = cmp.Or(cmp.Compare(ranks[i-1], ranks[i]), claimOrder(&claims[i-1], &claims[i])) <= 0
		}
	}
	if !inPlace {
		// Sorted through an index: a Claim is a few hundred bytes. The
		// ranks are looked up once, not twice a comparison.
		order := make([]int, len(claims))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			return cmp.Or(cmp.Compare(ranks[a], ranks[b]), claimOrder(&claims[a], &claims[b]))
		})
		permute(claims, order)
		moved := make([]int, len(order))
		for i, j := range order {
			moved[i] = ranks[j]
		}
		ranks = moved
	}
	groups := make([][]Claim, len(sorted))
	lo := 0
	for r := range sorted {
		hi := lo
		for hi < len(claims) && ranks[hi] == r {
			hi++
		}
		if hi > lo {
			groups[r] = claims[lo:hi:hi]
		}
		lo = hi
	}
	return compareGroups(sorted, groups)
}

// compareGroups compares the claims of each fact, groups[r] those of
// sorted[r], in place: each group is the fact's claims alone, in the order
// they were taken. Independence is judged group by group, which is the
// same as over all claims: a syndicated copy is found between claims of
// one fact and one value.
func compareGroups(sorted []*rules.Fact, groups [][]Claim) []Finding {
	findings := make([]Finding, 0, len(sorted))
	for r, f := range sorted {
		findings = append(findings, compareGroup(f, groups[r]))
	}
	return findings
}

// compareGroup compares the claims of f, all of them and only them, in
// place.
func compareGroup(f *rules.Fact, cs []Claim) Finding {
	sid, copyOf := independence(cs)
	for i := range cs {
		cs[i].SourceID, cs[i].CopyOf = sid[i], copyOf[i]
	}
	return compareFact(f, cs)
}

// permute puts claims in order, claims[k] becoming the claim at order[k],
// moving each claim once (by following the permutation's cycles) and
// copying none: a Claim is a few hundred bytes.
func permute(claims []Claim, order []int) {
	done := make([]bool, len(claims))
	for i := range claims {
		if done[i] || order[i] == i {
			done[i] = true
			continue
		}
		tmp := claims[i]
		j := i
		for {
			done[j] = true
			next := order[j]
			if next == i {
				claims[j] = tmp
				break
			}
			claims[j] = claims[next]
			j = next
		}
	}
}

func inOrder(claims []Claim) bool {
	for i := 1; i < len(claims); i++ {
		if claimOrder(&claims[i-1], &claims[i]) > 0 {
			return false
		}
	}
	return true
}

// claimOrder is the order of a finding's claims: by article, then offset.
// factOrder returns facts sorted by id, the order of findings, and the
// rank of a fact id in it; an id not among facts ranks last (its claims are
// left out).
func factOrder(facts []*rules.Fact) (sorted []*rules.Fact, rankOf func(id string) int) {
	sorted = append([]*rules.Fact(nil), facts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	rank := make(map[string]int, len(sorted))
	for i, f := range sorted {
		rank[f.ID] = i
	}
	return sorted, func(id string) int {
		if r, ok := rank[id]; ok {
			return r
		}
		return len(sorted)
	}
}

func claimOrder(a, b *Claim) int {
	return cmp.Or(strings.Compare(a.Article, b.Article), cmp.Compare(a.Offset, b.Offset))
}

func compareFact(f *rules.Fact, claims []Claim) Finding {
	fd := Finding{Fact: f.ID, Title: f.Title, Claims: claims, Tolerance: f.Compare.Tolerance}
	if len(claims) == 0 {
		fd.Status = Absent
		fd.Grade = Unreported
		fd.Note = "no article states this fact; if one should, run crosscheck explain --fact " + f.ID + " on it to see which condition fails"
		return fd
	}
	if !inOrder(claims) {
		// Sorted through an index: a Claim is a few hundred bytes, and
		// moving them n log n times was most of a large comparison.
		order := make([]int, len(claims))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return claimOrder(&claims[a], &claims[b]) })
		sorted := make([]Claim, len(claims))
		for i, k := range order {
			sorted[i] = claims[k]
		}
		claims = sorted
		fd.Claims = claims
	}
	fd.Sources = len(sourceIDs(claims))
	fd.Articles = countArticles(claims)
	tol := f.Compare.Tolerance
	gs := valueGroups(claims)
	var groupPairs [][2]int
	fd.Conflicts, fd.SelfContradictions, groupPairs = disagreements(claims, gs, tol)
	fd.Clusters = clusters(claims, gs, tol)
	var notes []string
	consensusOf := claims
	switch {
	case len(fd.Conflicts) > 0 || len(fd.SelfContradictions) > 0:
		fd.Status = Conflict
		fd.Grade = Contested
		if len(fd.Conflicts) == 0 {
			fd.Grade = Inconsistent
		}
		if f.Compare.Trend != "" {
			revised, note := followsTrend(f.Compare.Trend, claims, gs, groupPairs)
			notes = append(notes, note)
			if revised {
				fd.Status = Revised
				consensusOf = latest(claims)
				for i := range claims {
					claims[i].Superseded = claims[i].Published.Before(consensusOf[0].Published)
				}
				fd.Grade = RevisedGrade
				if len(sourceIDs(consensusOf)) >= 2 {
					fd.Grade = Confirmed
				}
			}
		}
	case fd.Sources >= 2:
		fd.Status = Agree
		fd.Grade = Confirmed
	default:
		fd.Status = Single
		fd.Grade = SingleSource
	}
	var note string
	fd.Consensus, note = consensus(consensusOf, f.Compare.Consensus)
	if note != "" {
		notes = append(notes, note)
	}
	fd.Note = strings.Join(notes, "; ")
	return fd
}

// agrees reports whether two intervals overlap once the gap between them is
// allowed to be as large as the tolerance: an absolute amount, or a fraction
// of the larger value at the gap. Zero tolerance means plain overlap.
func agrees(a, b quantity.Interval, tol rules.Tolerance) bool {
	if a.Overlaps(b) {
		return true
	}
	if tol.Abs == 0 && tol.Rel == 0 {
		return false
	}
	lo, hi := a, b // lo lies below hi
	if b.High < a.Low || (b.High == a.Low && (b.HighOpen || a.LowOpen)) {
		lo, hi = b, a
	}
	gap := hi.Low - lo.High
	allowed := tol.Abs + tol.Rel*math.Max(math.Abs(lo.High), math.Abs(hi.Low))
	return gap <= allowed
}

// followsTrend decides whether a disagreement is a revision: in every pair
// of disagreeing claims the later one must lie wholly further along the
// trend. It is decided between value groups: of two groups that disagree,
// every claim of the one further along must be later than every claim of
// the other. It returns a note saying why either way, since a reader must
// be able to check the call.
func followsTrend(trend rules.Trend, claims []Claim, gs []valueGroup, groupPairs [][2]int) (bool, string) {
	undated := countUndated(claims)
	if undated > 0 {
		return false, fmt.Sprintf("trend %q not applied: %d of %d claims have no publication date; give articles a published date (front matter, or --sources) to order them", trend, undated, len(claims))
	}
	for _, gp := range groupPairs {
		lower, upper := &gs[gp[0]], &gs[gp[1]]
		if upper.iv.High <= lower.iv.Low {
			lower, upper = upper, lower
		}
		before, after := lower, upper // the group that must come first
		if trend == "falling" {
			before, after = upper, lower
		}
		early, late := claims[before.latest], claims[after.earliest]
		switch {
		case early.Published.Equal(late.Published):
			return false, fmt.Sprintf("trend %q not applied: %s and %s disagree but were published at the same time", trend, early.Article, late.Article)
		case early.Published.After(late.Published):
			return false, fmt.Sprintf("against the %s trend: %s (%s) then %s (%s)", trend,
				late.Text, late.Published.Format("2006-01-02"), early.Text, early.Published.Format("2006-01-02"))
		}
	}
	ordered := append([]Claim(nil), claims...)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].Published.Before(ordered[j].Published) })
	steps := make([]string, 0, len(ordered))
	for _, c := range ordered {
		steps = append(steps, fmt.Sprintf("%s (%s)", c.Text, c.Published.Format("2006-01-02")))
	}
	return true, fmt.Sprintf("%s in publication order: %s; the latest is the best estimate", trend, strings.Join(steps, " → "))
}

// consensus gives the lowest and highest values any claim allows, and the
// best estimate by policy, from the figures of the independent sources:
// each source's own figure is the median of its claims, so an outlet that
// repeats a figure in ten articles still counts once. The note says when
// the policy could not be applied as asked.
func consensus(claims []Claim, policy rules.Policy) (Consensus, string) {
	if policy == "" {
		policy = rules.Median
	}
	c := Consensus{Low: math.Inf(1), High: math.Inf(-1), Policy: policy}
	// Each source's values and weight, in order of first claim, found
	// through one map, and not at all when a claim's source is the last
	// claim's, as an article's claims' is.
	type source struct {
		values []float64
		weight float64
	}
	var sources []source
	index := map[string]int{}
	last, at := "", -1
	for i := range claims {
		cl := &claims[i]
		iv := cl.Quantity.Interval
		c.Low = math.Min(c.Low, iv.Low)
		c.High = math.Max(c.High, iv.High)
		k := cl.SourceID
		if k == "" {
			k = outletKey(cl.Source)
		}
		if at < 0 || k != last {
			x, ok := index[k]
			if !ok {
				x = len(sources)
				index[k] = x
				sources = append(sources, source{})
			}
			last, at = k, x
		}
		src := &sources[at]
		src.values = append(src.values, cl.Quantity.Value)
		w := cl.Weight
		if w <= 0 {
			w = 1
		}
		src.weight = math.Max(src.weight, w)
	}
	figures := make([]weighted, 0, len(sources))
	for _, src := range sources {
		figures = append(figures, weighted{median(src.values), src.weight})
	}
	var note string
	switch policy {
	case rules.Conservative:
		c.Best = math.Inf(1)
		for _, f := range figures {
			c.Best = math.Min(c.Best, f.x)
		}
	case rules.Latest:
		last := latest(claims)
		if last[0].Published.IsZero() {
			note = "consensus \"latest\" not applied: no claim has a publication date; the best estimate is the median"
			c.Policy = rules.Median
			c.Best = weightedMedian(figures)
			break
		}
		if undated := countUndated(claims); undated > 0 {
			note = fmt.Sprintf("consensus \"latest\": %d of %d claims have no publication date and are not the latest", undated, len(claims))
		}
		best, _ := consensus(last, rules.Median)
		c.Best = best.Best
	default:
		c.Best = weightedMedian(figures)
	}
	return c, note
}

func countUndated(claims []Claim) int {
	n := 0
	for i := range claims {
		if claims[i].Published.IsZero() {
			n++
		}
	}
	return n
}

// latest returns the claims published last (all of them when none is
// dated).
func latest(claims []Claim) []Claim {
	var out []Claim
	for i := range claims {
		c := &claims[i]
		switch {
		case len(out) == 0 || c.Published.After(out[0].Published):
			out = []Claim{*c}
		case c.Published.Equal(out[0].Published):
			out = append(out, *c)
		}
	}
	return out
}

// weighted is a source's figure and its weight.
type weighted struct{ x, w float64 }

// weightedMedian is the lower weighted median: the smallest figure at
// which the weight of the figures at or below it reaches half the total.
// With equal weights it is median's lower middle value, a figure some
// source gave.
func weightedMedian(v []weighted) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := slices.Clone(v)
	slices.SortStableFunc(s, func(a, b weighted) int { return cmp.Compare(a.x, b.x) })
	total := 0.0
	for _, f := range s {
		total += f.w
	}
	acc := 0.0
	for _, f := range s {
		acc += f.w
		if acc >= total/2 {
			return f.x
		}
	}
	return s[len(s)-1].x
}

// median returns the lower of the two middle values when there is an even
// number of them, so a best estimate is always a figure some source gave:
// between 3 and 7 dead, "5" is what nobody reported.
func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[(len(s)-1)/2]
}
