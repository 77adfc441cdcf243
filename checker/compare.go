package checker

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Compare turns the claims of every fact into findings, one per fact in fact
// id order, absent facts included. Claims of facts not in facts are ignored.
// Compare needs nothing but the claims, so claims extracted elsewhere (in
// parallel, or on other machines) compare the same.
func Compare(facts []*rules.Fact, claims []Claim) []Finding {
	byFact := make(map[string][]Claim, len(facts))
	for _, c := range claims {
		byFact[c.Fact] = append(byFact[c.Fact], c)
	}
	sorted := append([]*rules.Fact(nil), facts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].ID < sorted[j].ID })
	findings := make([]Finding, 0, len(sorted))
	for _, f := range sorted {
		findings = append(findings, compareFact(f, byFact[f.ID]))
	}
	return findings
}

func compareFact(f *rules.Fact, claims []Claim) Finding {
	fd := Finding{Fact: f.ID, Title: f.Title, Claims: claims}
	if len(claims) == 0 {
		fd.Status = Absent
		fd.Note = "no article states this fact; if one should, run crosscheck explain --fact " + f.ID + " on it to see which condition fails"
		return fd
	}
	sort.SliceStable(claims, func(i, j int) bool {
		if claims[i].Article != claims[j].Article {
			return claims[i].Article < claims[j].Article
		}
		return claims[i].Offset < claims[j].Offset
	})
	fd.Sources = countSources(claims)
	tol := f.Compare.Tolerance
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			if agrees(claims[i].Quantity.Interval, claims[j].Quantity.Interval, tol) {
				continue
			}
			if sameSource(claims[i], claims[j]) {
				fd.SelfContradictions = append(fd.SelfContradictions, Pair{i, j})
			} else {
				fd.Conflicts = append(fd.Conflicts, Pair{i, j})
			}
		}
	}
	switch {
	case len(fd.Conflicts) > 0 || len(fd.SelfContradictions) > 0:
		fd.Status = Conflict
		if f.Compare.Trend != "" {
			revised, note := followsTrend(f.Compare.Trend, claims, append(append([]Pair(nil), fd.Conflicts...), fd.SelfContradictions...))
			fd.Note = note
			if revised {
				fd.Status = Revised
				fd.Consensus = latestConsensus(claims)
				return fd
			}
		}
	case fd.Sources >= 2:
		fd.Status = Agree
	default:
		fd.Status = Single
	}
	fd.Consensus = consensus(claims)
	return fd
}

// sourceKey folds case and spacing so "Example Wire" and "example wire" are
// one outlet.
func sourceKey(c Claim) string { return strings.ToLower(strings.Join(strings.Fields(c.Source), " ")) }

func sameSource(a, b Claim) bool { return a.Article == b.Article || sourceKey(a) == sourceKey(b) }

func countSources(claims []Claim) int {
	seen := make(map[string]bool, len(claims))
	for _, c := range claims {
		seen[sourceKey(c)] = true
	}
	return len(seen)
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
// trend. It returns a note saying why either way, since a reader must be able
// to check the call.
func followsTrend(trend rules.Trend, claims []Claim, pairs []Pair) (bool, string) {
	undated := 0
	for _, c := range claims {
		if c.Published.IsZero() {
			undated++
		}
	}
	if undated > 0 {
		return false, fmt.Sprintf("trend %q not applied: %d of %d claims have no publication date; give articles a published date (front matter) to order them", trend, undated, len(claims))
	}
	for _, p := range pairs {
		early, late := claims[p.I], claims[p.J]
		if late.Published.Before(early.Published) {
			early, late = late, early
		}
		if !late.Published.After(early.Published) {
			return false, fmt.Sprintf("trend %q not applied: %s and %s disagree but were published at the same time", trend, early.Article, late.Article)
		}
		up := late.Quantity.Interval.Low >= early.Quantity.Interval.High
		down := late.Quantity.Interval.High <= early.Quantity.Interval.Low
		if (trend == "rising" && !up) || (trend == "falling" && !down) {
			return false, fmt.Sprintf("against the %s trend: %s (%s) then %s (%s)", trend,
				early.Text, early.Published.Format("2006-01-02"), late.Text, late.Published.Format("2006-01-02"))
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

// consensus gives the lowest and highest values any claim allows, and as
// the best estimate the median of the sources' figures, each source's own
// figure being the median of its claims: an outlet that repeats a figure in
// ten articles still counts once. See median for even counts.
func consensus(claims []Claim) Consensus {
	c := Consensus{Low: math.Inf(1), High: math.Inf(-1)}
	bySource := map[string][]float64{}
	var keys []string
	for _, cl := range claims {
		iv := cl.Quantity.Interval
		c.Low = math.Min(c.Low, iv.Low)
		c.High = math.Max(c.High, iv.High)
		k := sourceKey(cl)
		if _, ok := bySource[k]; !ok {
			keys = append(keys, k)
		}
		bySource[k] = append(bySource[k], cl.Quantity.Value)
	}
	per := make([]float64, 0, len(keys))
	for _, k := range keys {
		per = append(per, median(bySource[k]))
	}
	c.Best = median(per)
	return c
}

// latestConsensus is the consensus of the claims published last: for a
// revised toll the newest figure supersedes the earlier ones.
func latestConsensus(claims []Claim) Consensus {
	var latest []Claim
	for _, c := range claims {
		switch {
		case len(latest) == 0 || c.Published.After(latest[0].Published):
			latest = []Claim{c}
		case c.Published.Equal(latest[0].Published):
			latest = append(latest, c)
		}
	}
	return consensus(latest)
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
