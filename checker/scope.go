package checker

import (
	"os"
	"path/filepath"
	"slices"
)

// Scope narrows findings to what the articles under review bring, for a
// check in CI: isNew says whether an article (Claim.Article) is one of them.
//
// Every claim from a new article is marked New. A finding with no new claim
// is dropped: the rest of the corpus is not the change's business. Of the
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
		claims := make([]Claim, len(f.Claims))
		copy(claims, f.Claims)
		anyNew := false
		for i := range claims {
			claims[i].New = isNew(claims[i].Article)
			anyNew = anyNew || claims[i].New
		}
		if !anyNew {
			continue
		}
		f.Claims = claims
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
		out = append(out, f)
	}
	return out
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
