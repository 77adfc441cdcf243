// Package sources reads a sources manifest: a YAML file that gives
// articles their outlet, publication date, URL and weight when their front
// matter does not, by matching their paths against globs. Real corpora are
// often exports with no front matter at all; the manifest names each
// outlet's files once instead of editing every file.
//
//	sources:
//	  - files: "wire/*.txt"          # a glob, or a list of them
//	    outlet: Example Wire
//	    published: 2025-08-18        # as in front matter: a date or an RFC 3339 date-time
//	    url: https://example.org/a
//	    weight: 1                    # optional, more than 0; default 1
//
// Globs are relative to the folder that holds the manifest (absolute ones
// are allowed) and use path.Match syntax per path segment, with "**" as a
// whole segment matching any number of folders: "wire/**/*.md". An article
// takes the first entry with a glob that matches it.
//
// Front matter wins, field by field: an article whose front matter gives a
// source keeps it, and still takes the entry's date if it gives none. Every
// entry needs files and at least one of outlet, published, url and weight.
// Parse reports every error in the file at once, each with its line and
// column; a glob that matches no file on disk is no error, but Unmatched
// reports it as a Warning.
package sources

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/article"
)

// MaxSize is the largest manifest read, in bytes: a manifest that lists
// every file of a large corpus by name fits many times over, and the limit
// stops a wrong path from costing memory and time.
const MaxSize = 16 << 20

// Manifest is a parsed sources manifest. It is read-only once made, so
// Lookup and Apply can be called from many goroutines at once.
type Manifest struct {
	// File is the manifest's path, as given to Load or Parse.
	File string
	// Dir is the folder that relative globs are relative to, as given.
	Dir string
	// Entries are in file order; the first that matches an article wins.
	Entries []*Entry

	absDir string
}

// Entry is one item of the manifest's sources list.
type Entry struct {
	// Files are the entry's globs as written.
	Files []string
	// Outlet is the source the articles count as; "" when not given.
	Outlet string
	// Published is the articles' publication time; zero when not given.
	// A date without a zone is taken as UTC, as front matter's is.
	Published time.Time
	// URL is the articles' address; "" when not given.
	URL string
	// Weight is how much each article counts: more than 0, 1 when not
	// given.
	Weight float64
	// Pos is where the entry starts in the manifest.
	Pos Position

	globs []glob
}

// Load reads the manifest at path, as Parse does, with globs relative to
// the folder that holds it. Its error, if any, is an ErrorList.
func Load(path string) (*Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ErrorList{{Pos: Position{File: path}, Msg: fmt.Sprintf("cannot read sources manifest: %v; check the path and its permissions", unwrapPath(err))}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, ErrorList{{Pos: Position{File: path}, Msg: fmt.Sprintf("cannot read sources manifest: %v; check the path and its permissions", unwrapPath(err))}}
	}
	return Parse(path, data, filepath.Dir(path))
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// Lookup returns the first entry with a glob that matches the article at
// articlePath, a path as the article was given or found (relative to the
// working directory, or absolute). Both are made absolute before matching,
// so "./a.md" and "a.md" are one article. A nil Manifest matches nothing.
func (m *Manifest) Lookup(articlePath string) (*Entry, bool) {
	if m == nil {
		return nil, false
	}
	abs, err := filepath.Abs(filepath.FromSlash(articlePath))
	if err != nil {
		return nil, false
	}
	name := strings.Split(filepath.ToSlash(abs), "/")
	if e, ok := m.lookup(name); ok {
		return e, true
	}
	// The article may be reached through a symbolic link the manifest's
	// globs do not take, or the other way round.
	if real, err := filepath.EvalSymlinks(abs); err == nil && real != abs {
		return m.lookup(strings.Split(filepath.ToSlash(real), "/"))
	}
	return nil, false
}

func (m *Manifest) lookup(name []string) (*Entry, bool) {
	for _, e := range m.Entries {
		for i := range e.globs {
			if e.globs[i].matchAny(name) {
				return e, true
			}
		}
	}
	return nil, false
}

// Apply gives the article the outlet, publication date and URL of the
// entry that matches its path, each only where its front matter set none
// (article.Article.Meta), and the entry's weight unless a.Weight is set
// already. It reports whether an entry matched.
func (m *Manifest) Apply(a *article.Article) bool {
	e, ok := m.Lookup(a.Path)
	if !ok {
		return false
	}
	if e.Outlet != "" && !a.Meta.Source {
		a.Source = e.Outlet
	}
	if !e.Published.IsZero() && !a.Meta.Published {
		a.Published = e.Published
	}
	if e.URL != "" && !a.Meta.URL {
		a.URL = e.URL
	}
	if a.Weight == 0 {
		a.Weight = e.Weight
	}
	return true
}

// Unmatched searches the disk for each glob of the manifest and returns a
// Warning for every one that matches no file, sorted by position. A glob
// whose search would read more than a few thousand folders (such as
// "/**/x.md") is given the benefit of the doubt.
func (m *Manifest) Unmatched() []Warning {
	if m == nil {
		return nil
	}
	var ws []Warning
	for _, e := range m.Entries {
		for i := range e.globs {
			g := &e.globs[i]
			switch g.search() {
			case foundNothing:
				ws = append(ws, Warning{g.pos, fmt.Sprintf("glob %q matches no file; %s", g.text, m.checkGlob(g))})
			case foundFolders:
				ws = append(ws, Warning{g.pos, fmt.Sprintf("glob %q matches only folders, and articles are files; to match the files in them, write %q", g.text, strings.TrimSuffix(g.text, "/")+"/**")})
			}
		}
	}
	return ws
}

// checkGlob says how to fix a glob that matches nothing.
func (m *Manifest) checkGlob(g *glob) string {
	if g.abs {
		return "check the glob; it is absolute, so it does not depend on the manifest's folder"
	}
	dir := filepath.ToSlash(m.Dir)
	if dir == "" {
		dir = "."
	}
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return "check the glob; globs are relative to the manifest's folder, " + dir
}
