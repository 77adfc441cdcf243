package article

import (
	"context"
	"errors"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// articleExts are the extensions taken when walking a folder. A file named
// on the command line is taken whatever its extension: the user chose it.
var articleExts = map[string]bool{
	".txt":      true,
	".text":     true,
	".md":       true,
	".markdown": true,
	".html":     true,
	".htm":      true,
	".jsonl":    true,
	".ndjson":   true,
}

// extList names articleExts for messages.
const extList = ".txt, .text, .md, .markdown, .html, .htm, .jsonl, .ndjson"

// Files is Walk without saying which files a walk found.
func Files(paths []string) (files []string, skipped []Input) {
	found, skipped := Walk(paths)
	for _, f := range found {
		files = append(files, f.Path)
	}
	return files, skipped
}

// Walk expands paths into the article files to read. A file is taken as
// given, and "-" (standard input) too; a folder is walked recursively in
// lexical order, taking files with an article extension (.txt, .text, .md,
// .markdown, .html, .htm, .jsonl, .ndjson, any case; Walked set) and leaving
// out hidden files and folders (.git, .DS_Store, editor backups) and the
// repository's own documents (README, LICENSE, CHANGELOG...). A path
// that does not exist or cannot be listed is reported in skipped and the
// rest goes on. Paths come back with forward slashes, each file once, in
// the order the paths were given, so runs are reproducible. A link to a
// folder met in a walk is not followed, which keeps link loops out; a link
// named on the command line, or met in a walk as an article file, is, and
// a loop or a dangling link is skipped with its reason.
func Walk(paths []string) (files []File, skipped []Input) {
	skipped = WalkFunc(context.Background(), paths, func(f File) bool {
		files = append(files, f)
		return true
	})
	return files, skipped
}

// WalkFunc is Walk handing each file to fn as the walk finds it, in Walk's
// order, instead of returning the list: a run over a million files need
// not hold a million paths before it starts. fn returning false stops the
// walk, and so does ctx, at the next entry of a folder (a tree of
// thousands of folders without an article in them is not walked to its
// end after a Ctrl-C). The skipped paths are returned, in the order met.
//
// Each file once means remembering the files handed on when more than one
// path is given: 16 bytes of hash per path (pathSet, not the path) and,
// where the system gives them, 16 of device and inode. One folder
// alone needs none of that: its walk meets each path once, and a link to
// a file beside it is told apart by where its target falls in the walk
// (walkedBefore), so only the targets of links are remembered.
func WalkFunc(ctx context.Context, paths []string, fn func(File) bool) (skipped []Input) {
	seen := newPathSet()
	single := len(paths) == 1
	stopped := false
	// Each file once, by identity, however it is reached: a folder named
	// twice under two spellings ("d" and "/abs/d"), a file named and also
	// met in a walk, a link beside its target (by the link's resolved
	// path when one folder is given: identities would cost a system call
	// per file). Read twice, its claims
	// would count twice and its second path as a second source. Files are
	// kept by size and modification time, then compared with os.SameFile,
	// which works on every system.
	type stamp struct {
		size int64
		mod  int64
	}
	// Where the system gives a file's device and inode (fileID), those 16
	// bytes are kept instead of its FileInfo, some 450 bytes with its
	// name: a --new check names files beside the corpus folder, and then
	// every file of a million is remembered.
	added := map[stamp][]os.FileInfo{}
	ids := map[[2]uint64]struct{}{}
	isAdded := func(fi os.FileInfo) bool {
		if id, ok := fileID(fi); ok {
			_, in := ids[id]
			return in
		}
		return slices.ContainsFunc(added[stamp{fi.Size(), fi.ModTime().UnixNano()}], func(o os.FileInfo) bool { return os.SameFile(o, fi) })
	}
	// named holds the files named on their own: one the walk of a folder
	// given earlier meets is still a file the user named (Walked false),
	// so a binary one fails the run whatever the order of the paths.
	var named []os.FileInfo
	isNamed := func(fi os.FileInfo) bool {
		return slices.ContainsFunc(named, func(n os.FileInfo) bool { return os.SameFile(n, fi) })
	}
	add := func(p string, walked bool, fi os.FileInfo) {
		p = filepath.ToSlash(filepath.Clean(p))
		if seen.has(p) || fi != nil && isAdded(fi) {
			return
		}
		if !single || fi != nil {
			seen.add(p)
		}
		if id, ok := fileID(fi); ok {
			ids[id] = struct{}{}
		} else if fi != nil {
			k := stamp{fi.Size(), fi.ModTime().UnixNano()}
			added[k] = append(added[k], fi)
		}
		if !fn(File{Path: p, Walked: walked}) {
			stopped = true
		}
	}
	// A path that cannot be read is reported once, however often and
	// however spelt it is named ("gone", "./gone/"), as a file is read
	// once.
	var skippedOnce map[string]bool
	skipBecause := func(p, reason string) {
		k := filepath.ToSlash(filepath.Clean(p)) + "\x00" + reason
		if skippedOnce[k] {
			return
		}
		if skippedOnce == nil {
			skippedOnce = map[string]bool{}
		}
		skippedOnce[k] = true
		skipped = append(skipped, Input{Path: filepath.ToSlash(p), Status: Skipped, Reason: reason})
	}
	skip := func(p string, err error) { skipBecause(p, Reason(err)) }

	for _, root := range paths {
		if info, err := os.Stat(root); err == nil && !info.IsDir() && !isNamed(info) {
			named = append(named, info)
		}
	}
	for _, root := range paths {
		if stopped || ctx.Err() != nil {
			break
		}
		if root == "-" {
			add(root, false, nil)
			continue
		}
		info, err := os.Stat(root)
		if err != nil {
			skip(root, err)
			continue
		}
		if !info.IsDir() {
			add(root, false, info)
			continue
		}
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			// WalkDir would list the link itself, not the folder it names.
			root += string(filepath.Separator)
		}
		// WalkDir visits entries in lexical order, which is what makes the
		// output stable across file systems.
		// found: the folder holds an article, even one read already
		// under another path.
		found, skippedBefore := false, len(skipped)
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if stopped || ctx.Err() != nil {
				stopped = true
				return fs.SkipAll
			}
			if err != nil {
				// A folder that cannot be listed is reported and its
				// siblings still walked.
				skip(p, err)
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !articleExts[strings.ToLower(filepath.Ext(p))] || isRepoDoc(d.Name()) {
				return nil
			}
			var fi os.FileInfo
			if d.Type()&fs.ModeSymlink != 0 {
				// WalkDir does not follow links, which keeps cycles out; a
				// link to a file is still an article the user put there.
				target, err := os.Stat(p)
				if err != nil {
					skip(p, err)
					return nil
				}
				if !target.Mode().IsRegular() {
					return nil
				}
				fi = target
				// A link beside its target, in one folder given alone,
				// is the target's path resolved: read once, whichever of
				// the two the walk meets first.
				if r, err := filepath.EvalSymlinks(p); err == nil {
					r = filepath.ToSlash(filepath.Clean(r))
					found = true
					if seen.has(r) || single && walkedBefore(root, r, p) {
						return nil
					}
					add(p, !isNamed(fi), fi)
					seen.add(r)
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			} else if len(paths) > 1 {
				// With one path a walk meets each file once (it does not
				// follow links to folders); with more, a file may come
				// twice. Only then is its identity worth a system call
				// (163 000 of them, one after the other, at 1 GB of news).
				if fi, err = d.Info(); err != nil {
					skip(p, err)
					return nil
				}
			}
			found = true
			add(p, fi == nil || !isNamed(fi), fi)
			return nil
		})
		if !found && len(skipped) == skippedBefore && !stopped {
			// A folder that yields nothing would let a CI check pass having
			// read nothing at all.
			skipBecause(filepath.Clean(root), "folder holds no articles ("+extList+"); name other files on the command line to read them")
		}
	}
	return skipped
}

// walkedBefore reports whether the walk of the folder root has already
// handed on the file r by the time it meets p: r lies under root, before p
// in the walk's order (names compared folder by folder, as WalkDir sorts
// them), and is a file the walk takes. WalkFunc asks it of a link's target
// when one folder is given, where it remembers no other path.
func walkedBefore(root, r, p string) bool {
	base := filepath.ToSlash(filepath.Clean(root))
	rel := func(q string) []string {
		q, err := filepath.Rel(base, q)
		if err != nil || q == "." || q == ".." || strings.HasPrefix(filepath.ToSlash(q), "../") {
			return nil
		}
		return strings.Split(filepath.ToSlash(q), "/")
	}
	rc, pc := rel(r), rel(filepath.ToSlash(filepath.Clean(p)))
	if rc == nil || pc == nil {
		return false
	}
	for _, c := range rc {
		if strings.HasPrefix(c, ".") {
			return false // a hidden file or folder: never walked
		}
	}
	name := rc[len(rc)-1]
	if !articleExts[strings.ToLower(filepath.Ext(name))] || isRepoDoc(name) {
		return false
	}
	if fi, err := os.Lstat(r); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	for i := 0; i < len(rc) && i < len(pc); i++ {
		if rc[i] != pc[i] {
			return rc[i] < pc[i]
		}
	}
	return len(rc) < len(pc)
}

// pathSet remembers paths by a 128-bit hash of each: two paths that are
// not the same would be taken for one (and the second not read) with a
// chance of about one in 10^26 at a million files.
type pathSet struct {
	seeds [2]maphash.Seed
	m     map[[2]uint64]struct{}
}

func newPathSet() *pathSet {
	return &pathSet{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, m: map[[2]uint64]struct{}{}}
}

func (s *pathSet) key(p string) [2]uint64 {
	return [2]uint64{maphash.String(s.seeds[0], p), maphash.String(s.seeds[1], p)}
}

func (s *pathSet) has(p string) bool {
	_, ok := s.m[s.key(p)]
	return ok
}

func (s *pathSet) add(p string) { s.m[s.key(p)] = struct{}{} }

// Reason turns a file system error into words without the path, which the
// caller already prints: "no such file or folder", "permission denied".
func Reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (too many levels of links); fix or remove the link"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// repoDocs are the files a repository of articles keeps about itself. A walk
// leaves them out, or "crosscheck check ." would read the corpus's README
// as an article and compare the figures it quotes; named on the command
// line, they are read like any file.
var repoDocs = map[string]bool{
	"readme": true, "changelog": true, "changes": true, "contributing": true,
	"license": true, "licence": true, "code_of_conduct": true, "security": true,
	"authors": true, "notice": true,
}

func isRepoDoc(name string) bool {
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	return repoDocs[base]
}
