package sources

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
)

// TestBad parses each file in testdata/bad and checks its errors against
// the file's "# want: line:col: message" comments: every want must match an
// error (as a substring of "line:col: msg") and every error a want.
func TestBad(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad manifests: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var wants []string
			sc := bufio.NewScanner(bytes.NewReader(src))
			for sc.Scan() {
				if w, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
					wants = append(wants, w)
				}
			}
			if len(wants) == 0 {
				t.Fatalf("%s has no # want: comment", name)
			}
			m, err := Parse(name, src, "testdata")
			if m != nil {
				t.Errorf("Parse returned a Manifest along with errors: %+v", m)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Parse(%s) = %v (%T), want an ErrorList", name, err, err)
			}
			matched := make([]bool, len(wants))
			for _, e := range list {
				if e.Pos.File != name || e.Pos.Line < 1 || e.Pos.Column < 1 {
					t.Errorf("error without a full position: %q at %+v", e, e.Pos)
				}
				got := fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
				// One error per want: two errors must not both pass on the
				// strength of one expectation.
				i := -1
				for j, w := range wants {
					if !matched[j] && strings.Contains(got, w) {
						i = j
						break
					}
				}
				if i < 0 {
					t.Errorf("unexpected error: %s", e)
					continue
				}
				matched[i] = true
			}
			for i, w := range wants {
				if !matched[i] {
					t.Errorf("missing error: %s", w)
				}
			}
		})
	}
}

func TestParse(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		desc string
		src  string
		want []Entry // Pos is checked by line only, in line
		line []int
	}{
		{
			desc: "every field",
			src:  "sources:\n  - files: \"003_*.txt\"\n    outlet: Example Wire\n    published: 2025-08-18\n    url: https://example.org/a\n    weight: 2.5\n",
			want: []Entry{{Files: []string{"003_*.txt"}, Outlet: "Example Wire", Published: day(2025, 8, 18), URL: "https://example.org/a", Weight: 2.5}},
			line: []int{2},
		},
		{
			desc: "defaults and lists",
			src: "# the wires\nsources:\n  - files: [a.md, \"b/**/*.md\"]\n    outlet: '  Harbor Ledger '\n" +
				"  - {files: c.txt, published: \"2025-08-19T14:30:00+02:00\"}\n" +
				"  - files: d.txt\n    published: 2025-08-19 09:15\n    weight: 0x2\n" +
				"  - files: e.txt\n    url: mailto:desk@example.org\n    weight: .5\n",
			want: []Entry{
				{Files: []string{"a.md", "b/**/*.md"}, Outlet: "Harbor Ledger", Weight: 1},
				{Files: []string{"c.txt"}, Published: time.Date(2025, 8, 19, 12, 30, 0, 0, time.UTC), Weight: 1},
				{Files: []string{"d.txt"}, Published: time.Date(2025, 8, 19, 9, 15, 0, 0, time.UTC), Weight: 2},
				{Files: []string{"e.txt"}, URL: "mailto:desk@example.org", Weight: 0.5},
			},
			line: []int{3, 5, 6, 9},
		},
		{
			desc: "weight alone sets something",
			src:  "sources:\n  - files: a.md\n    weight: 3\n",
			want: []Entry{{Files: []string{"a.md"}, Weight: 3}},
			line: []int{2},
		},
		{
			desc: "text that looks like other things",
			src:  "sources:\n  - files: [2024-03-05.md, \"7\"]\n    outlet: \"2024\"\n    published: '2025-08-19'\n",
			want: []Entry{{Files: []string{"2024-03-05.md", "7"}, Outlet: "2024", Published: day(2025, 8, 19), Weight: 1}},
			line: []int{2},
		},
		{
			desc: "an empty second document",
			src:  "sources:\n  - files: a.md\n    outlet: A\n---\n",
			want: []Entry{{Files: []string{"a.md"}, Outlet: "A", Weight: 1}},
			line: []int{2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			m, err := Parse("desk/sources.yaml", []byte(tt.src), "desk")
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if m.File != "desk/sources.yaml" || m.Dir != "desk" {
				t.Errorf("File, Dir = %q, %q", m.File, m.Dir)
			}
			var got []Entry
			var lines []int
			for _, e := range m.Entries {
				if e.Pos.File != "desk/sources.yaml" || e.Pos.Column < 1 {
					t.Errorf("entry position %+v", e.Pos)
				}
				lines = append(lines, e.Pos.Line)
				c := *e
				c.Pos, c.globs = Position{}, nil
				got = append(got, c)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(Entry{})); diff != "" {
				t.Errorf("entries (-want +got):\n%s", diff)
			}
			if !slices.Equal(lines, tt.line) {
				t.Errorf("entry lines %v, want %v", lines, tt.line)
			}
		})
	}
}

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		glob string
		path string // absolute, slashes; the manifest is in /m
		want bool
	}{
		{"003_*.txt", "/m/003_dc5d.txt", true},
		{"003_*.txt", "/m/004_c6e6.txt", false},
		{"003_*.txt", "/m/sub/003_dc5d.txt", false}, // * stays in its folder
		{"*.md", "/m/a.md", true},
		{"*", "/m/sub/a.md", false},
		{"sub/?.md", "/m/sub/a.md", true},
		{"sub/[ab].md", "/m/sub/c.md", false},
		{"**/*.md", "/m/a.md", true}, // ** matches no folder too
		{"**/*.md", "/m/x/y/z/a.md", true},
		{"**/*.md", "/elsewhere/a.md", false},
		{"x/**", "/m/x/y/a.txt", true},
		{"x/**/a.txt", "/m/x/a.txt", true},
		{"x/**/y/**/a.txt", "/m/x/1/y/2/3/a.txt", true},
		{"x/**/y/**/a.txt", "/m/x/1/2/a.txt", false},
		{"**/**/**/a.txt", "/m/a.txt", true},
		{"x**.md", "/m/xy.md", true}, // ** inside a segment is *
		{"x**.md", "/m/x/y.md", false},
		{"../shared/seeds/00[0-4]_*.txt", "/shared/seeds/003_dc5d.txt", true},
		{"./a/../b.md", "/m/b.md", true},
		{"/abs/*.md", "/abs/a.md", true},
		{"/abs/*.md", "/m/abs/a.md", false},
		{`a\*.md`, "/m/a*.md", true},
		{`a\*.md`, "/m/ab.md", false},
	}
	for _, tt := range tests {
		g, err := compileGlob(tt.glob, "/m")
		if err != nil {
			t.Errorf("compileGlob(%q): %v", tt.glob, err)
			continue
		}
		if got := g.matchAny(strings.Split(tt.path, "/")); got != tt.want {
			t.Errorf("glob %q matches %s = %v, want %v (segments %q)", tt.glob, tt.path, got, tt.want, g.segs)
		}
	}
	for _, bad := range []string{"[", "a/[b/c", `x\`, "a/[]/b"} {
		if _, err := compileGlob(bad, "/m"); !errors.Is(err, path.ErrBadPattern) {
			t.Errorf("compileGlob(%q) = %v, want path.ErrBadPattern", bad, err)
		}
	}
}

// manifestIn writes the files under root (a folder for each name ending in
// "/") and parses src as root/sub/sources.yaml, with paths relative to
// root, which is made the working directory.
func manifestIn(t *testing.T, root, src string, files ...string) *Manifest {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		var err error
		if strings.HasSuffix(f, "/") {
			err = os.MkdirAll(p, 0o755)
		} else if err = os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
			err = os.WriteFile(p, []byte("Prose.\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	name := filepath.Join("sub", "sources.yaml")
	if err := os.MkdirAll("sub", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Load(name)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return m
}

func TestLookup(t *testing.T) {
	root := t.TempDir()
	m := manifestIn(t, root, `sources:
  - files: "wire/*.md"
    outlet: Example Wire
  - files: ["wire/special.md", "../notes/**/*.txt"]
    outlet: Never Reached For Special
  - files: `+fmt.Sprintf("%q", filepath.ToSlash(filepath.Join(root, "abs", "*.md")))+`
    outlet: Absolute
`)
	tests := []struct {
		path   string
		outlet string // "" for no match
	}{
		{"sub/wire/a.md", "Example Wire"},
		{"./sub/wire/a.md", "Example Wire"},
		{"sub/../sub/wire/a.md", "Example Wire"},
		{filepath.Join(root, "sub", "wire", "b.md"), "Example Wire"},
		{"sub/wire/special.md", "Example Wire"}, // the first entry wins
		{"notes/a/b/c.txt", "Never Reached For Special"},
		{"notes/c.txt", "Never Reached For Special"},
		{"notes/c.md", ""},
		{"wire/a.md", ""}, // relative to the manifest, not the working directory
		{"abs/x.md", "Absolute"},
		{"sub/wire/deeper/a.md", ""},
	}
	for _, tt := range tests {
		e, ok := m.Lookup(tt.path)
		got := ""
		if ok {
			got = e.Outlet
		}
		if got != tt.outlet {
			t.Errorf("Lookup(%q) = %q, want %q", tt.path, got, tt.outlet)
		}
	}
	var none *Manifest
	if e, ok := none.Lookup("sub/wire/a.md"); e != nil || ok {
		t.Errorf("nil Manifest Lookup = %v, %v", e, ok)
	}
	if none.Apply(&article.Article{Path: "a.md"}) || none.Unmatched() != nil {
		t.Error("a nil Manifest applies or warns")
	}
}

func TestApply(t *testing.T) {
	root := t.TempDir()
	m := manifestIn(t, root, `sources:
  - files: "*.md"
    outlet: Example Wire
    published: 2025-08-18
    url: https://example.org/a
    weight: 2
  - files: "dateonly.txt"
    published: 2025-08-19
`)
	wire, wireDate := "Example Wire", time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	fmDate := time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		desc    string
		name    string
		src     string
		applied bool
		source  string
		date    time.Time
		url     string
		weight  float64
	}{
		{"no front matter: the manifest gives all", "sub/a.md", "Prose.", true, wire, wireDate, "https://example.org/a", 2},
		{"front matter wins, field by field", "sub/b.md", "---\nsource: Harbor Ledger\n---\nProse.", true, "Harbor Ledger", wireDate, "https://example.org/a", 2},
		{"front matter date and url win", "sub/c.md", "---\npublished: 2025-08-20\nurl: https://h.example/c\n---\nProse.", true, wire, fmDate, "https://h.example/c", 2},
		{"blank front matter sets nothing", "sub/d.md", "---\nsource: \"\"\npublished:\n---\nProse.", true, wire, wireDate, "https://example.org/a", 2},
		{"an entry without outlet keeps the path", "sub/dateonly.txt", "Prose.", true, "sub/dateonly.txt", time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC), "", 1},
		{"no entry matches", "other.md", "Prose.", false, "other.md", time.Time{}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			a, err := article.Parse(tt.name, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := m.Apply(a); got != tt.applied {
				t.Errorf("Apply = %v, want %v", got, tt.applied)
			}
			if a.Source != tt.source || !a.Published.Equal(tt.date) || a.URL != tt.url || a.Weight != tt.weight {
				t.Errorf("article has source %q, published %v, url %q, weight %v; want %q, %v, %q, %v",
					a.Source, a.Published, a.URL, a.Weight, tt.source, tt.date, tt.url, tt.weight)
			}
		})
	}
}

func TestUnmatched(t *testing.T) {
	root := t.TempDir()
	m := manifestIn(t, root, `sources:
  - files: ["wire/*.md", "wire/*.txt", "wire", "post/**", "deep/**/x.md", "deep/**/y.md", "../outside/*.md", "gone.md", "only-folders/*"]
    outlet: A
  - files: `+fmt.Sprintf("%q", filepath.ToSlash(filepath.Join(root, "nowhere", "*.md")))+`
    outlet: B
`, "sub/wire/a.md", "sub/post/1/2/p.md", "sub/deep/a/b/c/x.md", "outside/o.md", "sub/only-folders/a/", "sub/only-folders/b/")
	var got []string
	for _, w := range m.Unmatched() {
		got = append(got, w.String())
	}
	name := filepath.Join("sub", "sources.yaml")
	want := []string{
		name + `:2:26: warning: glob "wire/*.txt" matches no file; check the glob; globs are relative to the manifest's folder, sub/`,
		name + `:2:40: warning: glob "wire" matches only folders, and articles are files; to match the files in them, write "wire/**"`,
		name + `:2:75: warning: glob "deep/**/y.md" matches no file; check the glob; globs are relative to the manifest's folder, sub/`,
		name + `:2:110: warning: glob "gone.md" matches no file; check the glob; globs are relative to the manifest's folder, sub/`,
		name + `:2:121: warning: glob "only-folders/*" matches only folders, and articles are files; to match the files in them, write "only-folders/*/**"`,
		name + `:4:12: warning: glob "` + filepath.ToSlash(filepath.Join(root, "nowhere", "*.md")) + `" matches no file; check the glob; it is absolute, so it does not depend on the manifest's folder`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unmatched (-want +got):\n%s", diff)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, append([]byte("sources:\n#"), bytes.Repeat([]byte("x"), MaxSize)...), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("sources:\n  - files: a.md\n    weight: 0\n  - files: b.md\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.yaml"), filepath.Join(dir, "missing.yaml") + ": cannot read sources manifest: no such file or directory; check the path"},
		{dir, dir + ": cannot read sources manifest: "},
		{big, big + ": file is over the 16 MiB limit for a sources manifest"},
		{bad, bad + `:3:13: "weight" must be more than 0, not 0; to leave these articles out, leave them out of the paths checked (and 1 more errors)`},
	} {
		m, err := Load(tt.path)
		var list ErrorList
		if m != nil || !errors.As(err, &list) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Load(%s) = %v, %v; want an ErrorList starting %q", tt.path, m, err, tt.want)
		}
	}
}

// TestDeepNesting: a file nested past yamldiag.MaxDepth is one error with
// a position, never a crash.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		"sources: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
		"sources:\n" + strings.Repeat("- ", 20000) + "x\n",
	} {
		_, err := Parse("deep.yaml", []byte(src), ".")
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 1 || !strings.Contains(list[0].Msg, "levels deep") || list[0].Pos.Line < 1 {
			t.Errorf("Parse(%.20q...) = %v; want one error about depth", src, err)
		}
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{Position{"s.yaml", 3, 7}, "bad"}, "s.yaml:3:7: bad"},
		{Error{Position{"s.yaml", 0, 0}, "bad"}, "s.yaml: bad"},
		{Error{Position{}, "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
	if got := (Warning{Position{"s.yaml", 2, 12}, "glob"}).String(); got != "s.yaml:2:12: warning: glob" {
		t.Errorf("Warning.String() = %q", got)
	}
	var l ErrorList
	if l.Err() != nil {
		t.Errorf("empty ErrorList.Err() = %v", l.Err())
	}
	l.Add(Position{"b.yaml", 1, 1}, "second")
	l.Add(Position{"a.yaml", 2, 1}, "first")
	l.Sort()
	if got, want := l.Err().Error(), "a.yaml:2:1: first (and 1 more errors)"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("sources:\n  - files: [\"003_*.txt\", \"**/a/*.md\"]\n    outlet: Example Wire\n    published: 2025-08-18T10:00:00Z\n    url: https://example.org/a\n    weight: 1.5\n"))
	f.Add([]byte("sources: [{files: a.md, weight: 0x10}, {files: '[ab]/**', published: '2025-08-19 14:30'}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse("f.yaml", data, "/m")
		if err != nil {
			var list ErrorList
			if m != nil || !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Parse = %v, %v (%T); want nil and an ErrorList", m, err, err)
			}
			for _, e := range list {
				if e.Pos.File != "f.yaml" || e.Pos.Line < 1 || e.Pos.Column < 1 || e.Msg == "" {
					t.Errorf("error without a full position or message: %+v", e)
				}
			}
			return
		}
		if len(m.Entries) == 0 {
			t.Fatal("Parse accepted a manifest with no entries")
		}
		for _, e := range m.Entries {
			if len(e.Files) == 0 || len(e.Files) != len(e.globs) || !(e.Weight > 0) || math.IsInf(e.Weight, 0) {
				t.Fatalf("entry %+v: no files, or a bad weight", e)
			}
			if e.Outlet == "" && e.Published.IsZero() && e.URL == "" && e.Weight == 1 && !strings.Contains(string(data), "weight") {
				t.Fatalf("entry %+v sets nothing", e)
			}
			for _, g := range e.globs {
				g.matchAny([]string{"", "m", "a", "b.md"})
			}
		}
		m.Lookup("/m/a/b.md")
	})
}

// TestREADMEManifest keeps the README's example manifest one that Parse
// accepts.
func TestREADMEManifest(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### A sources manifest\n")
	_, block, ok2 := strings.Cut(section, "```yaml\n")
	block, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal(`README.md has no "### A sources manifest" section with a yaml block`)
	}
	m, err := Parse("README.md", []byte(block), ".")
	if err != nil {
		t.Fatalf("the README's manifest does not parse: %v", err)
	}
	if len(m.Entries) != 2 || m.Entries[1].Weight != 0.5 || len(m.Entries[1].Files) != 2 {
		t.Errorf("the README's manifest parses to %+v", m.Entries)
	}
}

// TestLookupThroughLinks: an article reached through a symbolic link, or a
// manifest whose glob goes through one, still matches (CI reaches the seeds
// as ../shared, which may be a link).
func TestLookupThroughLinks(t *testing.T) {
	root := t.TempDir()
	realDir := filepath.Join(root, "real")
	if err := os.MkdirAll(realDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(realDir, "a.txt"), []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(realDir, filepath.Join(root, "link")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	for _, tt := range []struct{ glob, article string }{
		{"link/*.txt", filepath.Join(realDir, "a.txt")},
		{"real/*.txt", filepath.Join(root, "link", "a.txt")},
		{"link/*.txt", filepath.Join(root, "link", "a.txt")},
	} {
		m, err := Parse("m.yaml", []byte("sources:\n  - files: "+tt.glob+"\n    outlet: X\n"), root)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := m.Lookup(tt.article); !ok {
			t.Errorf("glob %s does not match %s", tt.glob, tt.article)
		}
	}
}
