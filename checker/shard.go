package checker

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/article"
)

// Shard is one of Count parts of a corpus, numbered from 1: a run given
// Shard{2, 8} reads the files of the second eighth only, so that eight
// machines, each given the same paths and its own shard, extract the
// corpus between them and the claims they write compare as one run's.
// The zero Shard is the whole corpus.
//
// A file's shard follows from its path as the walk gives it (the path
// named, or the folder named joined with the path under it), so every
// machine must be given the same paths from the same place; it does not
// depend on the machine, the run or the order of the walk. A JSON-lines
// file goes to one shard whole. A path that cannot be read is reported by
// the shard it would fall in, once across the shards. Standard input ("-")
// is read by every shard: it is what that shard was given.
type Shard struct{ Index, Count int }

// ParseShard reads a shard written K/N, as the --shard flag takes it.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, kerr := strconv.Atoi(strings.TrimSpace(k))
	ni, nerr := strconv.Atoi(strings.TrimSpace(n))
	if !ok || kerr != nil || nerr != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("shard %q: write it K/N, the K-th of N parts with 1 <= K <= N, as 2/8", s)
	}
	return Shard{ki, ni}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Holds reports whether the file at path falls in the shard.
func (s Shard) Holds(path string) bool {
	if s.Count <= 1 || path == "-" {
		return true
	}
	h := fnv.New64a()
	// Forward slashes, so that a Windows machine and a Unix one, given
	// the same paths, agree on the parts.
	h.Write([]byte(filepath.ToSlash(path)))
	return int(h.Sum64()%uint64(s.Count)) == s.Index-1
}

// leaveOut returns whether a run given opt leaves the file out: it is
// one of opt.Exclude, or of another shard than opt.Shard. It is nil when
// no file is left out.
func leaveOut(opt Options) func(article.File) bool {
	skip := excluder(opt.Exclude)
	if opt.Shard.Count <= 1 {
		return skip
	}
	return func(f article.File) bool {
		return !opt.Shard.Holds(f.Path) || (skip != nil && skip(f))
	}
}

// ownSkipped keeps the paths that cannot be read which opt.Shard
// reports: each such path is reported by one shard.
func ownSkipped(skipped []article.Input, opt Options) []article.Input {
	if opt.Shard.Count <= 1 {
		return skipped
	}
	kept := skipped[:0]
	for _, in := range skipped {
		if opt.Shard.Holds(in.Path) {
			kept = append(kept, in)
		}
	}
	return kept
}
