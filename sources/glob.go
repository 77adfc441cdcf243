package sources

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// glob is one pattern of an entry's files, made absolute.
type glob struct {
	text string   // as written in the manifest
	pos  Position // of the text
	abs  bool     // written as an absolute path
	// segs are the pattern's path segments, absolute and cleaned, with
	// forward slashes: "/news/**/a*.md" is "", "news", "**", "a*.md".
	segs []string
	// real is segs with the folders before the first wildcard resolved
	// through symbolic links, when that changes them; nil otherwise. A
	// corpus reached through a link (CI's ../shared) matches either way.
	real []string
}

// doubleStar is the segment that matches any number of folders.
const doubleStar = "**"

// compileGlob makes the pattern s, relative to the folder absDir unless
// absolute, into a glob. Its error is path.ErrBadPattern.
func compileGlob(s, absDir string) (glob, error) {
	g := glob{text: s, abs: filepath.IsAbs(s)}
	p := filepath.Clean(s)
	if !g.abs {
		p = filepath.Join(absDir, s)
	}
	g.segs = strings.Split(filepath.ToSlash(p), "/")
	for _, seg := range g.segs {
		if seg == doubleStar {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return g, err
		}
	}
	lit := 0 // segments before the first one with a wildcard
	for lit < len(g.segs)-1 && !strings.ContainsAny(g.segs[lit], `*?[\`) {
		lit++
	}
	if lit > 1 {
		dir := filepath.FromSlash(strings.Join(g.segs[:lit], "/"))
		if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
			g.real = append(strings.Split(filepath.ToSlash(real), "/"), g.segs[lit:]...)
		}
	}
	return g, nil
}

// matchAny reports whether the glob, as written or with its folders
// resolved, matches name.
func (g *glob) matchAny(name []string) bool {
	if g.match(g.segs, name) {
		return true
	}
	return g.real != nil && g.match(g.real, name)
}

// match reports whether the absolute, slash-separated path name, split at
// its slashes, matches the glob. "**" matches zero or more segments; any
// other segment matches one, as path.Match says.
func (g *glob) match(segs, name []string) bool {
	m, n := len(segs), len(name)
	// ok[i*(n+1)+j] says whether segs[i:] matches name[j:]; filled from the
	// end, so that "**/**/**" costs m*n steps, never more.
	ok := make([]bool, (m+1)*(n+1))
	at := func(i, j int) *bool { return &ok[i*(n+1)+j] }
	*at(m, n) = true
	for i := m - 1; i >= 0; i-- {
		for j := n; j >= 0; j-- {
			if segs[i] == doubleStar {
				*at(i, j) = *at(i+1, j) || j < n && *at(i, j+1)
				continue
			}
			if j < n && *at(i+1, j+1) {
				matched, _ := path.Match(segs[i], name[j])
				*at(i, j) = matched
			}
		}
	}
	return ok[0]
}

// isMagic reports whether a segment is a pattern rather than a name.
func isMagic(seg string) bool { return strings.ContainsAny(seg, `*?[\`) }

// onDisk is what a search of the disk found for a glob.
type onDisk int

const (
	foundFile    onDisk = iota // a file matches
	foundNothing               // nothing matches
	foundFolders               // only folders match
	gaveUp                     // the search was too long to finish
)

// maxReads bounds the folders one glob's search reads: a glob such as
// "/**/x" would otherwise walk the whole disk.
const maxReads = 10000

// search looks on the disk for a file the glob matches.
func (g *glob) search() onDisk {
	s := &searcher{g: g, seen: map[visit]bool{}}
	// The fixed part of the pattern needs no folder read.
	i := 0
	for i < len(g.segs)-1 && !isMagic(g.segs[i]) && g.segs[i] != doubleStar {
		i++
	}
	root := strings.Join(g.segs[:i], "/")
	if i == 0 || root == "" {
		root = "/"
	}
	if !isMagic(g.segs[i]) && g.segs[i] != doubleStar {
		// No pattern at all: one name.
		fi, err := os.Stat(filepath.FromSlash(strings.Join(g.segs, "/")))
		switch {
		case err != nil:
			return foundNothing
		case fi.IsDir():
			return foundFolders
		}
		return foundFile
	}
	s.walk(filepath.FromSlash(root), i)
	switch {
	case s.file:
		return foundFile
	case s.budget:
		return gaveUp
	case s.folder:
		return foundFolders
	}
	return foundNothing
}

// searcher walks folders for a glob's segments.
type searcher struct {
	g      *glob
	reads  int
	seen   map[visit]bool
	file   bool // a file matched
	folder bool // a folder matched
	budget bool // maxReads was reached
}

type visit struct {
	dir string
	seg int
}

// walk matches the entries of the folder dir against segs[i:].
func (s *searcher) walk(dir string, i int) {
	if s.file || s.budget || i >= len(s.g.segs) || s.seen[visit{dir, i}] {
		return
	}
	s.seen[visit{dir, i}] = true
	seg := s.g.segs[i]
	last := i == len(s.g.segs)-1
	if seg == doubleStar {
		// Zero folders: the rest of the pattern here.
		if last {
			s.folder = true
		} else {
			s.walk(dir, i+1)
		}
	}
	if s.reads >= maxReads {
		s.budget = true
		return
	}
	s.reads++
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if s.file || s.budget {
			return
		}
		name := e.Name()
		if seg != doubleStar {
			if ok, _ := path.Match(seg, name); !ok {
				continue
			}
		}
		p := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			// Followed to say what it names, but never walked by "**",
			// so that a link to a folder above cannot loop.
			fi, err := os.Stat(p)
			if err != nil {
				continue
			}
			isDir = fi.IsDir()
			if seg == doubleStar && isDir {
				if last {
					s.folder = true
				} else {
					s.walk(p, i+1)
				}
				continue
			}
		}
		switch {
		case last && !isDir:
			s.file = true
		case last:
			s.folder = true
			if seg == doubleStar {
				s.walk(p, i)
			}
		case isDir && seg == doubleStar:
			s.walk(p, i) // one more folder for "**"
		case isDir:
			s.walk(p, i+1)
		}
	}
}
