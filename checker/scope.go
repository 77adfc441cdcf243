package checker

import (
	"os"
	"path/filepath"
	"slices"

	"github.com/crosscheck-news/crosscheck/rules"
)

// Scope narrows findings to what the articles under review bring, for a
// check in CI: isNew says whether an article (Claim.Article) is one of them.
//
// Every claim from a new article is marked New. A finding with no new claim
// is dropped: the rest of the corpus is not the change's business. Each
// new claim is paired with every value it contradicts (Compare pairs only
// the figure fewer claims give with the other, and a new article repeating
// the common figure must still be shown against the rare one). Of the
// pairs that disagree, only those with a new claim stay; a pair of two old
// claims is an old quarrel. The other claims stay too, so a report can show
// what a new claim disagrees with. When no disagreeing pair is left, the
// status says what the new claims do: agree, or single when theirs is the
// only source.
//
// Scope does not modify findings; the result shares nothing mutable with it.
func Scope(findings []Finding, isNew func(article string) bool) []Finding {
	var out []Finding
	for _, f := range findings {
		if g, ok := ScopeFinding(f, isNew); ok {
			out = append(out, g)
		}
	}
	return out
}

// ScopeFinding is Scope for one finding, for a caller that has them one at
// a time (Store.Findings): the finding as Scope returns it, and false when
// Scope leaves it out. f's claims are left as they are.
func ScopeFinding(f Finding, isNew func(article string) bool) (Finding, bool) {
	claims := make([]Claim, len(f.Claims))
	copy(claims, f.Claims)
	anyNew := false
	for i := range claims {
		claims[i].New = isNew(claims[i].Article)
		anyNew = anyNew || claims[i].New
	}
	if !anyNew {
		return Finding{}, false
	}
	f.Claims = claims
	f.Conflicts, f.SelfContradictions = newPairs(claims, f.Tolerance, f.Conflicts, f.SelfContradictions)
	keep := func(ps []Pair) []Pair {
		var kept []Pair
		for _, p := range ps {
			if claims[p.I].New || claims[p.J].New {
				kept = append(kept, p)
			}
		}
		return kept
	}
	f.Conflicts = keep(f.Conflicts)
	f.SelfContradictions = keep(f.SelfContradictions)
	f.Baselined = keep(f.Baselined)
	if (f.Status == Conflict || f.Status == Revised) && len(f.Conflicts)+len(f.SelfContradictions)+len(f.Baselined) == 0 {
		f.Note = ""
		f.Status = Single
		if f.Sources >= 2 {
			f.Status = Agree
		}
	}
	return f, true
}

// IsAny returns a predicate for Scope that is true for an article that is
// one of files: the same path once cleaned, or the same file on disk, so
// "./a.md", "a.md" and an absolute path agree.
func IsAny(files []string) func(article string) bool {
	names := make(map[string]bool, len(files))
	var infos []os.FileInfo
	for _, f := range files {
		names[filepath.ToSlash(filepath.Clean(f))] = true
		if fi, err := os.Stat(f); err == nil {
			infos = append(infos, fi)
		}
	}
	return func(article string) bool {
		if names[filepath.ToSlash(filepath.Clean(article))] {
			return true
		}
		fi, err := os.Stat(article)
		return err == nil && slices.ContainsFunc(infos, func(o os.FileInfo) bool { return os.SameFile(fi, o) })
	}
}

// newPairs adds to conflicts and self the pairs of each new claim with the
// first claim, from another source and from its own, of every value it
// disagrees with.
func newPairs(claims []Claim, tol rules.Tolerance, conflicts, self []Pair) ([]Pair, []Pair) {
	conflicts, self = slices.Clone(conflicts), slices.Clone(self)
	gs := valueGroups(claims)
	add := func(a, b int, dst *[]Pair) {
		if b >= 0 {
			*dst = append(*dst, Pair{min(a, b), max(a, b)})
		}
	}
	for x := range gs {
		for y := range gs {
			if x == y || agrees(gs[x].iv, gs[y].iv, tol) {
				continue
			}
			for _, c := range gs[x].members {
				if claims[c].New {
					add(c, gs[y].otherSource(claims, c), &conflicts)
					add(c, gs[y].ownSource(claims, c), &self)
				}
			}
		}
	}
	return sortPairs(conflicts), sortPairs(self)
}
