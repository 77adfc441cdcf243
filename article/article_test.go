package article

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"b.txt":             "b",
		"a.md":              "a",
		"C.MARKDOWN":        "c",
		"notes.text":        "n",
		"image.png":         "x",
		"sub/z.txt":         "z",
		"sub/deeper/y.md":   "y",
		".hidden.txt":       "h",
		".git/HEAD.txt":     "g",
		"sub/.cache/x.txt":  "x",
		"other/picked.json": "{}",
		"other/ignored.xml": "<p>",
		"README.md":         "# About this corpus",
		"sub/LICENSE.txt":   "MIT",
	})
	t.Chdir(dir)

	files, skipped := Files([]string{".", "other/picked.json", "missing", "b.txt", "./sub/z.txt"})
	want := []string{
		"C.MARKDOWN", "a.md", "b.txt", "notes.text",
		"sub/deeper/y.md", "sub/z.txt",
		"other/picked.json",
	}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	wantSkipped := []Input{{Path: "missing", Status: Skipped, Reason: "no such file or folder"}}
	if diff := cmp.Diff(wantSkipped, skipped); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}

	// A hidden folder named on the command line is the user's choice.
	files, _ = Files([]string{".git"})
	if diff := cmp.Diff([]string{".git/HEAD.txt"}, files); diff != "" {
		t.Errorf("hidden root (-want +got):\n%s", diff)
	}

	// A folder with no articles is reported: a check that read nothing
	// must not pass quietly.
	files, skipped = Files([]string{"other"})
	if len(files) != 0 || len(skipped) != 1 || skipped[0].Path != "other" || !strings.Contains(skipped[0].Reason, "folder holds no articles") {
		t.Errorf("empty folder: files %v, skipped %+v", files, skipped)
	}
}

// Two files with one base name in different folders are two sources unless
// their front matter says otherwise.
func TestDefaultSourceIsThePath(t *testing.T) {
	a, err := Parse("site/a/index.md", []byte("Prose."))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("site/b/index.md", []byte("Prose."))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source == b.Source {
		t.Errorf("both articles count as source %q", a.Source)
	}
}

func TestFilesUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can list any folder")
	}
	dir := t.TempDir()
	write(t, dir, map[string]string{"a/x.txt": "x", "b/y.txt": "y"})
	locked := filepath.Join(dir, "a")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	files, skipped := Files([]string{dir})
	if len(files) != 1 || !strings.HasSuffix(files[0], "b/y.txt") {
		t.Errorf("files = %v, want only b/y.txt", files)
	}
	if len(skipped) != 1 || skipped[0].Reason != "permission denied" {
		t.Errorf("skipped = %v, want the locked folder", skipped)
	}
}

func TestParseFrontMatter(t *testing.T) {
	in := "---\n" +
		"source: Daily Ledger\n" +
		"published: 2025-08-19T14:30:00+02:00\n" +
		"url: https://example.com/a\n" +
		"title: \"Envoys meet: what's next\"\n" +
		"tags: [war, talks]\n" +
		"author: {name: A. Writer}\n" +
		"---\n" +
		"The envoys met.\n"
	a, err := Parse("news/a.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "Daily Ledger" || a.URL != "https://example.com/a" || a.Title != "Envoys meet: what's next" {
		t.Errorf("fields = %q %q %q", a.Source, a.URL, a.Title)
	}
	if want := time.Date(2025, 8, 19, 12, 30, 0, 0, time.UTC); !a.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", a.Published, want)
	}
	if a.Text != in {
		t.Error("Text is not the file content")
	}
	if got := a.Text[a.Body:]; got != "The envoys met.\n" {
		t.Errorf("Text[Body:] = %q", got)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		body      string
		source    string
		published time.Time
		meta      Meta // which fields the front matter set
	}{
		{"plain", "Just prose.\n", "Just prose.\n", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"BOM", "\uFEFFProse.", "Prose.", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"BOM and front matter", "\uFEFF---\nsource: Wire\n---\nProse.", "Prose.", "Wire", time.Time{}, Meta{Source: true}},
		{"CRLF", "---\r\nsource: Wire\r\npublished: 2025-08-18\r\n---\r\nProse.\r\n", "Prose.\r\n", "Wire",
			time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC), Meta{Source: true, Published: true}},
		{"dots close", "---\npublished: 2025-08-18 09:15\n...\nProse.", "Prose.", "seeds/003_x.txt",
			time.Date(2025, 8, 18, 9, 15, 0, 0, time.UTC), Meta{Published: true}},
		{"T without zone", "---\npublished: 2025-08-18T09:15\n---\n", "", "seeds/003_x.txt",
			time.Date(2025, 8, 18, 9, 15, 0, 0, time.UTC), Meta{Published: true}},
		{"quoted date", "---\npublished: '2025-08-18'\n---\nX", "X", "seeds/003_x.txt",
			time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC), Meta{Published: true}},
		{"url and title", "---\nurl: https://example.org/a\ntitle: Talks\n---\nX", "X", "seeds/003_x.txt", time.Time{}, Meta{URL: true, Title: true}},
		{"empty front matter", "---\n---\nProse.", "Prose.", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"comments only", "---\n# nothing here\n---\nProse.", "Prose.", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"empty source keeps the path", "---\nsource: \"\"\ntitle:\n---\nProse.", "Prose.", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"null values set nothing", "---\nsource: ~\npublished:\nurl: \"  \"\n---\nProse.", "Prose.", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"dashes later are prose", "Prose.\n---\nsource: no\n---\n", "Prose.\n---\nsource: no\n---\n", "seeds/003_x.txt", time.Time{}, Meta{}},
		{"four dashes are not front matter", "----\nProse.", "----\nProse.", "seeds/003_x.txt", time.Time{}, Meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("seeds/003_x.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.in {
				t.Errorf("Text = %q, want the file content", a.Text)
			}
			if got := a.Text[a.Body:]; got != tt.body {
				t.Errorf("body = %q, want %q", got, tt.body)
			}
			if a.Source != tt.source {
				t.Errorf("Source = %q, want %q", a.Source, tt.source)
			}
			if !a.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", a.Published, tt.published)
			}
			if a.Meta != tt.meta {
				t.Errorf("Meta = %+v, want %+v", a.Meta, tt.meta)
			}
			if a.Weight != 0 {
				t.Errorf("Weight = %v, want 0: only a sources manifest sets it", a.Weight)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	day := time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
	at := time.Date(2025, 8, 19, 14, 30, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2025-08-19", day, true},
		{" 2025-08-19\t", day, true},
		{"2025-08-19T14:30:00Z", at, true},
		{"2025-08-19T16:30:00+02:00", at, true},
		{"2025-08-19T14:30:00", at, true},
		{"2025-08-19T14:30", at, true},
		{"2025-08-19 14:30:00", at, true},
		{"2025-08-19 14:30", at, true},
		{"", time.Time{}, false},
		{"19/08/2025", time.Time{}, false},
		{"Aug 19, 2025", time.Time{}, false},
		{"2025-02-30", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestParseDateOrder holds ParseDate, which tries first the layout a
// date's shape names, to trying every layout in order, on dates and times
// of every shape, well and badly formed.
func TestParseDateOrder(t *testing.T) {
	inOrder := func(s string) (time.Time, bool) {
		s = strings.TrimSpace(s)
		for _, layout := range publishedLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t, true
			}
		}
		return time.Time{}, false
	}
	var ins []string
	for _, date := range []string{"2025-08-19", "2025-02-30", "2025-8-19", "25-08-19", "2025/08/19", "2025-08-1"} {
		for _, sep := range []string{"", "T", " ", "  ", "t", "_", "T ", "\t"} {
			for _, clock := range []string{"", "14:30", "4:30", "14:30:00", "14:30:00.5", "14:30:00,25", "14:30:00Z", "14:30Z",
				"14:30:00+02:00", "14:30:00-07:00", "14:30+02:00", "14:30:00 +02:00", "14:30:00z", "25:30", "14:60", "14:30:61", "14", "14:3", "x"} {
				for _, pad := range []string{"", " ", "Z", ":"} {
					ins = append(ins, date+sep+clock+pad)
				}
			}
		}
	}
	for _, in := range ins {
		got, ok := ParseDate(in)
		want, wantOK := inOrder(in)
		if ok != wantOK || !got.Equal(want) || got.Location().String() != want.Location().String() {
			t.Errorf("ParseDate(%q) = %v, %v; trying every layout in order gives %v, %v", in, got, ok, want, wantOK)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // the error's text
	}{
		{"binary", "PK\x03\x04\x00\x00rest", "a.md: binary file (NUL byte at offset 4); crosscheck reads text, Markdown, HTML and JSON-lines articles"},
		{"binary after UTF-16", "\xff\xfea\x00\x00\x00", "a.md: binary file (NUL character at offset 1 of the decoded UTF-16LE text)"},
		{"bad date", "---\nsource: Wire\npublished: Aug 19, 2025\n---\n", `a.md:3:12: cannot read published date "Aug 19, 2025"`},
		{"bad date CRLF", "---\r\n\r\npublished: 2025-13-45\r\n---\r\n", `a.md:3:12: cannot read published date "2025-13-45"`},
		{"bad YAML", "---\ntitle: ok\nsource: [unclosed\n---\nProse.", "a.md:4:1: front matter is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3)"},
		{"bad YAML indentation", "---\ntitle: a\n  source: b\n---\n", "a.md:3:9: front matter is not valid YAML"},
		{"list value", "---\nsource:\n  - a\n  - b\n---\n", `a.md:3:3: "source" must be a single value`},
		{"not a mapping", "---\n- a\n- b\n---\n", "a.md:2:1: front matter must be keys and values"},
		{"unterminated", "---\nsource: Wire\nProse goes on.\n", "a.md:1:1: front matter is never closed"},
		{"duplicate key", "---\npublished: 2025-08-18\nsource: W\npublished: 2025-08-19\n---\n", `a.md:4:1: "published" appears twice in the front matter (first on line 2)`},
		{"unterminated after BOM", "\uFEFF---\nsource: Wire\n", "a.md:1:1: front matter is never closed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("a.md", []byte(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want *Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q\nwant prefix %q", err, tt.want)
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	for _, tt := range []struct {
		e    Error
		want string
	}{
		{Error{Path: "a.md", Msg: "m"}, "a.md: m"},
		{Error{Path: "a.md", Line: 3, Msg: "m"}, "a.md:3: m"},
		{Error{Path: "a.md", Line: 3, Column: 7, Msg: "m"}, "a.md:3:7: m"},
	} {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "Prose."})
	a, err := Read(filepath.Join(dir, "a.txt"))
	if err != nil || a.Text != "Prose." || a.Source != filepath.ToSlash(filepath.Join(dir, "a.txt")) {
		t.Fatalf("Read = %+v, %v", a, err)
	}
	_, err = Read(filepath.Join(dir, "gone.txt"))
	var e *Error
	if !errors.As(err, &e) || !strings.HasSuffix(err.Error(), "gone.txt: no such file or folder") {
		t.Errorf("Read(missing) = %v", err)
	}
}

func TestPosition(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		off       int
		line, col int
	}{
		{"start", "ab\ncd", 0, 1, 1},
		{"ASCII", "ab\ncd", 4, 2, 2},
		{"line start", "ab\ncd", 3, 2, 1},
		{"newline itself", "ab\ncd", 2, 1, 3},
		{"euro", "€5 and €6", strings.Index("€5 and €6", "€6"), 1, 8},
		{"em dash", "x\na — b", strings.Index("x\na — b", "b"), 2, 5},
		{"CRLF", "one\r\ntwo\r\nthree", strings.Index("one\r\ntwo\r\nthree", "three"), 3, 1},
		{"CR counts on its line", "one\r\ntwo", 3, 1, 4},
		{"BOM not counted", "\uFEFFabc", 4, 1, 2},
		{"end", "ab\n", 3, 2, 1},
		{"past end clamps", "ab\ncd", 99, 2, 3},
		{"negative clamps", "ab", -4, 1, 1},
		{"empty", "", 0, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Text: tt.text}
			line, col := a.Position(tt.off)
			if line != tt.line || col != tt.col {
				t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
			}
			// A parsed article builds its line table on the first
			// call, which goroutines sharing it may make at once (go
			// test -race holds that).
			p, err := Parse("x.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					if line, col := p.Position(tt.off); line != tt.line || col != tt.col {
						t.Errorf("parsed: Position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
					}
				})
			}
			wg.Wait()
			// Counted (first call) or looked up (later ones), every
			// offset gives the same place.
			for off := range len(tt.text) + 1 {
				wl, wc := (&Article{Text: tt.text}).Position(off)
				if l, c := p.Position(off); l != wl || c != wc {
					t.Errorf("parsed: Position(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
				}
			}
		})
	}
}

// TestPositionOrder: a parsed article counts on from the last position
// asked and, past tableAfter calls, looks positions up in a table; asked
// in any order, it gives what counting from the start gives.
func TestPositionOrder(t *testing.T) {
	text := "\uFEFFTitle line\r\n\nKyiv — 7 killed.\nÉté €5\n\n" + strings.Repeat("a b\nc\r\n", 20)
	offs := make([]int, len(text)+1)
	for i := range offs {
		offs[i] = i
	}
	r := rand.New(rand.NewPCG(1, 2))
	orders := map[string]func([]int){
		"ascending":  func([]int) {},
		"descending": func(o []int) { slices.Reverse(o) },
		"random":     func(o []int) { r.Shuffle(len(o), func(i, j int) { o[i], o[j] = o[j], o[i] }) },
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			o := slices.Clone(offs)
			order(o)
			for _, off := range append(o, o...) { // twice: past tableAfter
				wl, wc := (&Article{Text: text}).Position(off)
				if l, c := a.Position(off); l != wl || c != wc {
					t.Fatalf("Position(%d) = %d:%d, want %d:%d", off, l, c, wl, wc)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\nsource: a\npublished: 2025-08-19\n---\nBody.",
		"\uFEFF---\r\ntitle: [x\r\n---\r\n",
		"---\n---\n", "---\n", "---\n...\n", "---\na: &x b\nsource: *x\n---\n",
		"---\n- a\n---\n", "---\npublished: {a: 1}\n---\n", "plain\x00", "\xff",
		"\xff\xfe-\x00-\x00-\x00\n\x00-\x00-\x00-\x00\n\x00", "\xfe\xff\x00a", "\xff\xfe\x00\xd8",
		"---\nsource: \xe9\n---\nCaf\xe9 <!-- \xff -->\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("f.md", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			return
		}
		if a.Body < 0 || a.Body > len(a.Text) {
			t.Fatalf("Body %d outside Text of %d bytes", a.Body, len(a.Text))
		}
		// Text is the file's bytes (comments blanked byte for byte) unless
		// it had to be decoded or repaired, and then a warning or the
		// UTF-16 byte order mark says so.
		utf16 := bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE)
		if !utf16 && utf8.Valid(data) && (len(a.Text) != len(data) || len(a.Warnings) > 0) {
			t.Fatalf("valid UTF-8 changed: %d bytes of %d, warnings %q", len(a.Text), len(data), a.Warnings)
		}
		if !utf16 && !utf8.Valid(data) && len(a.Warnings) == 0 {
			t.Fatal("invalid UTF-8 without a warning")
		}
		if !utf8.ValidString(a.Text) {
			t.Fatal("Text is not valid UTF-8")
		}
		line, col := a.Position(a.Body)
		if line < 1 || col < 1 {
			t.Fatalf("Position(Body) = %d:%d", line, col)
		}
		if l, _ := a.Position(len(a.Text)); l != strings.Count(a.Text, "\n")+1 {
			t.Fatalf("Position(end) on line %d of %d", l, strings.Count(a.Text, "\n")+1)
		}
	})
}

// TestFilesReadsAFileOnce: a file named on its own and met again in a
// folder walk, or named twice under two spellings, is read once, in
// whichever order the paths come.
func TestFilesReadsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, name := range []string{"articles/a.md", "articles/b.md"} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte("text\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	abs := filepath.Join(dir, "articles", "a.md")
	for _, paths := range [][]string{
		{"articles", abs},
		{abs, "articles"},
		{"articles/a.md", abs, "articles"},
		{"./articles/a.md", "articles"},
	} {
		files, skipped := Files(paths)
		if len(files) != 2 || len(skipped) != 0 {
			t.Errorf("Files(%q) = %q, skipped %v; want a.md once and b.md", paths, files, skipped)
		}
	}
}

// TestCommentsAreBlanked: an HTML comment states nothing (a reader never
// sees it), so its text is blanked, while offsets and columns stay those of
// the file, and the comment is kept for rule tests.
func TestCommentsAreBlanked(t *testing.T) {
	src := "---\nsource: X\n---\nA «€» <!-- 7 € dead --> 11 died.\n<!-- crosscheck: f=11 -->\nUnclosed <!-- 5 stays.\n"
	a, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "7 €") || !strings.Contains(a.Text, "5 stays") {
		t.Errorf("Text = %q", a.Text)
	}
	if len(a.Text) != len(src) || strings.Count(a.Text, "\n") != strings.Count(src, "\n") {
		t.Error("blanking changed offsets or lines")
	}
	if len(a.Comments) != 2 || a.Comments[0].Text != " 7 € dead " || a.Comments[1].Text != " crosscheck: f=11 " {
		t.Errorf("Comments = %+v", a.Comments)
	}
	off := strings.Index(src, "11")
	if line, col := a.Position(off); line != 4 || col != 25 {
		t.Errorf("Position(11) = %d:%d, want 4:25 (characters of the file)", line, col)
	}
	if c := a.Comments[1]; src[c.Pos:c.End] != "<!-- crosscheck: f=11 -->" {
		t.Errorf("span %d-%d = %q", c.Pos, c.End, src[c.Pos:c.End])
	}
}

// Each file once however it is reached, and a file the user named is named
// whatever the order of the paths (found by review: "d d/bin.txt" made a
// named binary file a mere warning, and "d /abs/d" read every file twice).
func TestWalkEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "d")
	if err := os.Mkdir(d, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"a.md": "Seven died.\n", "bin.txt": "x\x00y"} {
		if err := os.WriteFile(filepath.Join(d, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("a.md", filepath.Join(d, "link.md")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	abs, _ := filepath.Abs("d")
	for _, tt := range []struct {
		paths []string
		want  []File
	}{
		{[]string{"d", abs}, []File{{Path: "d/a.md", Walked: true}, {Path: "d/bin.txt", Walked: true}}},
		{[]string{"d", "d/bin.txt"}, []File{{Path: "d/a.md", Walked: true}, {Path: "d/bin.txt", Walked: false}}},
		{[]string{"d/bin.txt", "d"}, []File{{Path: "d/bin.txt", Walked: false}, {Path: "d/a.md", Walked: true}}},
		{[]string{"d/link.md", "d"}, []File{{Path: "d/link.md", Walked: false}, {Path: "d/bin.txt", Walked: true}}},
		{[]string{"d"}, []File{{Path: "d/a.md", Walked: true}, {Path: "d/bin.txt", Walked: true}}},
	} {
		got, skipped := Walk(tt.paths)
		if !slices.Equal(got, tt.want) || len(skipped) != 0 {
			t.Errorf("Walk(%q) = %v, skipped %v; want %v", tt.paths, got, skipped, tt.want)
		}
		// WalkFunc stops when told, at every file.
		for stop := range len(tt.want) {
			var some []File
			WalkFunc(context.Background(), tt.paths, func(f File) bool {
				some = append(some, f)
				return len(some) <= stop
			})
			if !slices.Equal(some, tt.want[:stop+1]) {
				t.Errorf("WalkFunc(%q) stopped after %d: got %v", tt.paths, stop+1, some)
			}
			// And when its context is done.
			ctx, cancel := context.WithCancel(context.Background())
			some = nil
			WalkFunc(ctx, tt.paths, func(f File) bool {
				some = append(some, f)
				if len(some) > stop {
					cancel()
				}
				return true
			})
			cancel()
			if !slices.Equal(some, tt.want[:stop+1]) {
				t.Errorf("WalkFunc(%q) cancelled after %d: got %v", tt.paths, stop+1, some)
			}
		}
	}
}

// TestWalkOneFolderLinks: one folder alone is walked remembering only the
// targets of links, and gives what the same folder named twice gives,
// where every path is remembered: each file once, whether a link comes
// before its target or after it, twice, or points at a file the walk does
// not take (hidden, another extension, a README, outside the folder).
func TestWalkOneFolderLinks(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "d")
	for _, sub := range []string{"d/sub", "d/.hidden"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"d/a.md", "d/b.md", "d/.h.md", "d/notes.dat", "d/README.md", "d/sub/c.md", "d/.hidden/e.md", "outside.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Seven died.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"d/0link.md":   "b.md",          // before its target
		"d/zlink.md":   "a.md",          // after it
		"d/zz2.md":     "a.md",          // after it, a second time
		"d/1link.md":   "sub/c.md",      // before its target, in a folder
		"d/2link.md":   "sub/c.md",      // and again
		"d/hlink.md":   ".h.md",         // a hidden file the walk skips
		"d/ilink.md":   ".hidden/e.md",  // in a hidden folder
		"d/dlink.md":   "notes.dat",     // an extension the walk skips
		"d/rlink.md":   "README.md",     // a repository document
		"d/olink.md":   "../outside.md", // outside the folder
		"d/sub/bk.md":  "../a.md",       // from a folder, back up
		"d/sub/zz.txt": "c.md",          // beside its target, after it
	} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, root := range []string{"d", d} {
		got, skipped := Walk([]string{root})
		want, _ := Walk([]string{root, root})
		if !slices.Equal(got, want) || len(skipped) != 0 {
			t.Errorf("Walk(%q) = %v, skipped %v;\nnamed twice it gives %v", root, got, skipped, want)
		}
		if len(got) != 8 {
			t.Errorf("Walk(%q) took %d files, want 8: %v", root, len(got), got)
		}
	}
}

// TestPrintable holds printable, which passes over eight printable ASCII
// bytes at a time, to testing each byte, on every byte at every place of
// a string longer than eight bytes, and on random strings.
func TestPrintable(t *testing.T) {
	base := "title: Thornbury Foods under pressure"
	for i := range len(base) {
		for c := range 256 {
			s := base[:i] + string(rune(0)) + base[i+1:]
			s = s[:i] + string([]byte{byte(c)}) + s[i+1:]
			if got, want := printable(s), printableFrom(s, 0); got != want {
				t.Fatalf("printable(%q) = %v, want %v", s, got, want)
			}
		}
	}
	pieces := []string{"a", "Z", " ", "~", "\x7f", "\x1f", "\t", "\x00", "é", "\u0085", "\u2028", "\ufeff", "\xff", "\xc2", "€"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := printable(s), printableFrom(s, 0); got != want {
			t.Fatalf("printable(%q) = %v, want %v", s, got, want)
		}
	}
}
