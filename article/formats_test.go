package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"
)

func TestSniff(t *testing.T) {
	utf16 := func(s string) string {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(s)
		return b
	}
	for _, tt := range []struct {
		in   string
		want Format
	}{
		{`{"text":"a"}`, FormatJSONL},
		{"\n  \t{", FormatJSONL},
		{"\uFEFF{", FormatJSONL},
		{"<!doctype html><p>", FormatHTML},
		{"  <html>", FormatHTML},
		{"<P>Seven died.", FormatHTML},
		{"<?xml version='1.0'?><html>", FormatHTML},
		{utf16("<p>x</p>"), FormatHTML},
		{"Seven died.", FormatText},
		{"---\nsource: a\n---\n", FormatText},
		{"# Heading", FormatText},
		{"< 5 people", FormatText},
		{"", FormatText},
	} {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		err  string
	}{
		{"65536", 65536, ""},
		{"64MB", 64e6, ""},
		{"64 mb", 64e6, ""},
		{"64MiB", 64 << 20, ""},
		{"64M", 64 << 20, ""},
		{"1GiB", 1 << 30, ""},
		{"1.5KiB", 1536, ""},
		{"100B", 100, ""},
		{"2kB", 2000, ""},
		{"lots", 0, `"lots" is not a size`},
		{"0", 0, "out of range"},
		{"-5MB", 0, "out of range"},
		{"NaN", 0, "not a size"},
		{"1e30GiB", 0, "out of range"},
	} {
		got, err := ParseSize(tt.in)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParseSize(%q) error %v, want %q", tt.in, err, tt.err)
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	// FormatSize writes what ParseSize reads back, exactly for whole units.
	for _, n := range []int64{1, 100, 1 << 10, 64 << 20, 1 << 30, 3 << 30} {
		if back, err := ParseSize(FormatSize(n)); err != nil || back != n {
			t.Errorf("FormatSize(%d) = %q reads back as %d, %v", n, FormatSize(n), back, err)
		}
	}
	if got := FormatSize(DefaultMaxSize + 1); got != "64.0MiB" {
		t.Errorf("FormatSize(64MiB+1) = %q", got)
	}
}

// TestEncodings: UTF-16 with a byte order mark is decoded, with lines and
// columns as the file's; invalid UTF-8 is repaired with a warning naming the
// first bad byte's offset, line and column.
func TestEncodings(t *testing.T) {
	enc := func(e unicode.Endianness, s string) string {
		b, _ := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String(s)
		return b
	}
	const src = "---\nsource: Wire\n---\nThe «€» strike killed 7.\n"
	for _, tt := range []struct {
		name, in, text string
		warning        string
	}{
		{"UTF-8", src, src, ""},
		{"UTF-8 with BOM", "\uFEFF" + src, "\uFEFF" + src, ""},
		{"UTF-16LE", enc(unicode.LittleEndian, src), src, ""},
		{"UTF-16BE", enc(unicode.BigEndian, src), src, ""},
		{"UTF-16 odd byte", enc(unicode.LittleEndian, src) + "\x00", src + "\uFFFD", ""},
		{"Latin-1", "---\nsource: Wire\n---\nCaf\xe9 \xe9t\xe9 7.\n", "---\nsource: Wire\n---\nCaf\uFFFD \uFFFDt\uFFFD 7.\n",
			"line 4, column 4: invalid UTF-8 (byte 0xe9 at offset 24) replaced with U+FFFD"},
		{"after multibyte", "€€\xff\xfe", "€€\uFFFD", "line 1, column 3: invalid UTF-8 (byte 0xff at offset 6)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.text {
				t.Errorf("Text = %q, want %q", a.Text, tt.text)
			}
			if tt.warning == "" && len(a.Warnings) > 0 || tt.warning != "" && (len(a.Warnings) != 1 || !strings.HasPrefix(a.Warnings[0], tt.warning)) {
				t.Errorf("Warnings = %q, want %q", a.Warnings, tt.warning)
			}
			if tt.name != "Latin-1" && a.Source != "Wire" && strings.Contains(tt.in, "source") {
				t.Errorf("Source = %q: front matter not read", a.Source)
			}
			if i := strings.Index(a.Text, "7."); i >= 0 {
				if line, col := a.Position(i); line != strings.Count(tt.text[:i], "\n")+1 || col < 1 {
					t.Errorf("Position(7) = %d:%d", line, col)
				}
			}
		})
	}
}

// TestParseHTML: the main text is extracted and every place is of it; the
// page's metadata stand in for front matter (Meta set), however the page
// writes them.
func TestParseHTML(t *testing.T) {
	a, err := Parse("p.html", []byte(pageFull))
	if err != nil {
		t.Fatal(err)
	}
	want := "Russian drone strikes killed seven civilians in Kharkiv on Monday, the city's mayor said, as rescuers searched the rubble of a five-storey building.\n\n" +
		"Regional officials said earlier that the strikes on Kharkiv killed three civilians and injured dozens more.\n\n" +
		"The air force said Russia launched 270 drones overnight, the largest attack this month.\n"
	if diff := cmp.Diff(want, a.Text); diff != "" {
		t.Errorf("extracted text (-want +got):\n%s", diff)
	}
	if line, col := a.Position(strings.Index(a.Text, "three")); line != 3 || col != 68 {
		t.Errorf("Position(three) = %d:%d, want 3:68 of the extracted text", line, col)
	}
	wantMeta := Article{Source: "Capital Daily", URL: "https://capital.example/world/kharkiv-strike",
		Title: "Strike kills seven in Kharkiv", Published: time.Date(2025, 8, 18, 7, 30, 0, 0, time.UTC),
		Meta: Meta{Source: true, Published: true, URL: true, Title: true}, Format: FormatHTML}
	got := Article{Source: a.Source, URL: a.URL, Title: a.Title, Published: a.Published.UTC(), Meta: a.Meta, Format: a.Format}
	if diff := cmp.Diff(wantMeta, got, cmp.AllowUnexported(Article{})); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}

	body := "<p>The strike killed seven people in the city on Monday, officials said, and rescuers were still searching.</p>"
	for _, tt := range []struct {
		name, head string
		published  string // RFC 3339, "" for none
		source     string
		url        string
		warn       string
	}{
		{"og", `<meta property="og:published_time" content="2025-08-18"><meta property="og:site_name" content="Wire"><meta property="og:url" content="https://w/1">`, "2025-08-18T00:00:00Z", "Wire", "https://w/1", ""},
		{"itemprop", `<meta itemprop="datePublished" content="2025-08-18T10:00:00-04:00">`, "2025-08-18T14:00:00Z", "p.html", "", ""},
		{"name, any case", `<META NAME="PubDate" CONTENT="2025-08-18 10:00">`, "2025-08-18T10:00:00Z", "p.html", "", ""},
		{"dc", `<meta name="DC.date.issued" content="2025-08-18T10:00:00Z"><meta name="dc.publisher" content="Gazette">`, "2025-08-18T10:00:00Z", "Gazette", "", ""},
		{"sailthru", `<meta name="sailthru.date" content="Mon, 18 Aug 2025 10:00:00 GMT">`, "2025-08-18T10:00:00Z", "p.html", "", ""},
		{"time pubdate", `</head><body><time pubdate datetime="2025-08-18T10:00:00Z">Monday</time>`, "2025-08-18T10:00:00Z", "p.html", "", ""},
		{"JSON-LD graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2025-08-18T10:00:00+00:00"}]}</script>`, "2025-08-18T10:00:00Z", "p.html", "", ""},
		{"canonical beats og:url", `<meta property="og:url" content="https://w/og"><link rel="alternate canonical" href="https://w/c">`, "", "p.html", "https://w/c", ""},
		{"meta beats JSON-LD", `<meta property="article:published_time" content="2025-08-19"><script type="application/ld+json">{"datePublished":"2025-08-18"}</script>`, "2025-08-19T00:00:00Z", "p.html", "", ""},
		{"unreadable date", `<meta property="article:published_time" content="last Tuesday">`, "", "p.html", "", `cannot read the page's publication date "last Tuesday" (<meta> "article:published_time")`},
		{"none", ``, "", "p.html", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML("p.html", []byte("<html><head>"+tt.head+"</head><body><article>"+body+"</article></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.UTC().Format(time.RFC3339)
			}
			if pub != tt.published || a.Meta.Published != (pub != "") || a.Source != tt.source || a.URL != tt.url {
				t.Errorf("published %q source %q url %q (meta %+v), want %q %q %q", pub, a.Source, a.URL, a.Meta, tt.published, tt.source, tt.url)
			}
			if (tt.warn == "") != (len(a.Warnings) == 0) || tt.warn != "" && !strings.HasPrefix(a.Warnings[0], tt.warn) {
				t.Errorf("Warnings = %q, want %q", a.Warnings, tt.warn)
			}
			if !strings.Contains(a.Text, "seven people") {
				t.Errorf("Text = %q", a.Text)
			}
		})
	}

	// A page in Windows-1252 is decoded as it declares, with a warning.
	a, err = ParseHTML("p.html", []byte("<meta charset=windows-1252><p>Caf\xe9 \x93seven\x94 died.</p>"))
	if err != nil || !strings.Contains(a.Text, "Café “seven” died.") || len(a.Warnings) != 1 {
		t.Errorf("Windows-1252 page: %q %q %v", a.Text, a.Warnings, err)
	}
}

func TestReadJSONLines(t *testing.T) {
	long := `{"text":"` + strings.Repeat("x", 200) + `"}`
	src := strings.Join([]string{
		`{"id":"a1","source":"Wire","published":"2025-08-18T10:00:00Z","url":"https://w/1","title":"T","text":"Seven died.\nIn Kharkiv.","extra":{"x":[1]}}`,
		``,
		`{"id":42,"text":"Eleven died.","source":null,"title":"  "}` + "\r",
		`{"text":7}`,
		`{"id":"x"}`,
		`{"text":"a"`,
		`not json`,
		`[1,2]`,
		`{"text":"a","published":"Tuesday"}`,
		`{"text":"a","text":"b"}`,
		`{"text":"a"} {"text":"b"}`,
		`{"text":"a","id":true}`,
		`{"text":"a","source":["x"]}`,
		long,
		`{"text":"caf` + "\xe9" + `"}`,
		`{"text":"nul\u0000here"}`,
	}, "\n")
	var arts []*Article
	ins := ReadFile(File{Path: "-"}, strings.NewReader(src), Limits{MaxSize: 100, MaxLine: 150}, func(a *Article) { arts = append(arts, a) })
	var got []string
	for _, a := range arts {
		got = append(got, strings.Join([]string{a.Path, a.ID, a.Source, a.Title, a.URL, a.Published.Format(time.RFC3339), a.Text}, "|"))
	}
	want := []string{
		"-:1|a1|Wire|T|https://w/1|2025-08-18T10:00:00Z|Seven died.\nIn Kharkiv.",
		"-:3|42|-:3|||0001-01-01T00:00:00Z|Eleven died.",
		"-:15||-:15|||0001-01-01T00:00:00Z|caf\uFFFD",
		"-:16||-:16|||0001-01-01T00:00:00Z|nul\uFFFDhere",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if a := arts[0]; a.File != "-" || a.Record != 1 || !a.Meta.Source || !a.Meta.Published || a.Format != FormatJSONL {
		t.Errorf("record 1: %+v", a)
	}
	if line, col := arts[0].Position(strings.Index(arts[0].Text, "Kharkiv")); line != 2 || col != 4 {
		t.Errorf("Position(Kharkiv) = %d:%d, want 2:4 of the record's text", line, col)
	}
	var reasons []string
	for _, in := range ins[1:] {
		reasons = append(reasons, in.Reason)
	}
	wantReasons := []string{
		`line 4, column 9: "text" must be a string, not a number`,
		`line 5, column 1: the record has no "text"`,
		`line 6, column 12: the JSON object is not closed by the end of the line`,
		`line 7, column 1: not a JSON object`,
		`line 8, column 1: a record must be a JSON object, {"text": "...", ...}, not an array`,
		`line 9, column 25: cannot read published date "Tuesday"`,
		`line 10, column 13: "text" appears twice in the record (first at column 9)`,
		`line 11, column 14: more after the record's closing brace`,
		`line 12, column 18: "id" must be a string or a number, not a boolean`,
		`line 13, column 22: "source" must be a string, not an array`,
		`line 14: longer than the 150B limit on a JSON-lines record; raise it with --max-line (e.g. --max-line 300B)`,
	}
	if len(reasons) != len(wantReasons) {
		t.Fatalf("bad records:\n%s", strings.Join(reasons, "\n"))
	}
	for i, r := range reasons {
		if !strings.HasPrefix(r, wantReasons[i]) {
			t.Errorf("bad record %d: %q\nwant prefix %q", i, r, wantReasons[i])
		}
	}
	first := ins[0]
	if first.Status != ReadOK || first.Articles != 4 || first.Count() != 4 || first.Format != FormatJSONL || len(first.Warnings) != 2 ||
		!strings.HasPrefix(first.Warnings[0], "line 15, column 13: invalid UTF-8") || !strings.HasPrefix(first.Warnings[1], "line 16: NUL") {
		t.Errorf("file input %+v", first)
	}

	// A record's text over --max-article-size.
	ins = ReadFile(File{Path: "-"}, strings.NewReader(`{"text":"`+strings.Repeat("x", 101)+`"}`), Limits{MaxSize: 100}, func(*Article) {})
	if len(ins) != 2 || !strings.Contains(ins[1].Reason, "line 1, column 9: the text is 101B, over the 100B limit on an article; raise it with --max-article-size") {
		t.Errorf("oversize text: %+v", ins)
	}
	// UTF-16 JSON lines, and a binary file.
	b, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(`{"text":"Seven died."}` + "\n")
	ins = ReadFile(File{Path: "-"}, strings.NewReader(b), Limits{}, func(a *Article) { got = append(got, a.Text) })
	if len(ins) != 1 || ins[0].Articles != 1 || got[len(got)-1] != "Seven died." {
		t.Errorf("UTF-16 JSON lines: %+v %q", ins, got)
	}
	ins = ReadFile(File{Path: "x.jsonl"}, nil, Limits{}, func(*Article) {})
	if len(ins) != 1 || ins[0].Status != Skipped || ins[0].Reason != "no such file or folder" {
		t.Errorf("missing file: %+v", ins)
	}
}

// TestReadFileLimits: a file over MaxSize is skipped before it is read,
// with the flag to raise; a binary file is a failure when named and benign
// when a walk found it.
func TestReadFileLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.md")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(1 << 40) // a terabyte, sparse: only its size is read
	f.Close()
	ins := ReadFile(File{Path: big}, nil, Limits{}, func(*Article) { t.Error("read a file over the limit") })
	if len(ins) != 1 || !strings.Contains(ins[0].Reason, "file is 1024GiB, over the 64MiB limit on an article; raise it with --max-article-size (e.g. --max-article-size 128MiB)") {
		t.Errorf("big file: %+v", ins)
	}
	ins = ReadFile(File{Path: "-"}, strings.NewReader(strings.Repeat("x", 11)), Limits{MaxSize: 10}, func(*Article) { t.Error("read stdin over the limit") })
	if !strings.Contains(ins[0].Reason, "more than 10B, over the 10B limit") {
		t.Errorf("stdin over the limit: %+v", ins)
	}
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("a\x00b"), 0o644)
	for _, walked := range []bool{false, true} {
		in := ReadFile(File{Path: bin, Walked: walked}, nil, Limits{}, func(*Article) {})[0]
		if in.Fails() == walked || in.Benign != walked || !strings.HasPrefix(in.Reason, "binary file") {
			t.Errorf("binary, walked %v: %+v", walked, in)
		}
	}
	// HTML and text through ReadFile carry their format and warnings.
	page := filepath.Join(dir, "p.htm")
	os.WriteFile(page, []byte("<p>Caf\xe9 seven.</p>"), 0o644)
	var a *Article
	in := ReadFile(File{Path: page}, nil, Limits{}, func(x *Article) { a = x })[0]
	if in.Format != FormatHTML || in.Count() != 1 || len(in.Warnings) != 1 || a == nil || !strings.Contains(a.Text, "Café seven.") {
		t.Errorf("page: %+v %+v", in, a)
	}
}

// TestWalkLinksAndFolders: link loops and dangling links are skipped with
// their reason, a link to a folder inside a walk is not followed (so a link
// to an ancestor cannot loop), and the new extensions are taken.
func TestWalkLinksAndFolders(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, dir, map[string]string{"c/a.html": "<p>a</p>", "c/b.jsonl": "{}", "c/d.NDJSON": "{}", "c/e.htm": "", "c/f.json": "{}"})
	for _, l := range [][2]string{{"x.md", "c/y.md"}, {"y.md", "c/x.md"}, {"nowhere.md", "c/gone.md"}, {"..", "c/up"}, {".", "c/self.md"}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Fatal(err)
		}
	}
	files, skipped := Walk([]string{"c", "c/x.md", "-", "-"})
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		if f.Walked != (f.Path != "-") {
			t.Errorf("%s: Walked %v", f.Path, f.Walked)
		}
	}
	if diff := cmp.Diff([]string{"c/a.html", "c/b.jsonl", "c/d.NDJSON", "c/e.htm", "-"}, paths); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	got := map[string]string{}
	for _, s := range skipped {
		got[s.Path] += s.Reason
	}
	loop := "symbolic link loop (too many levels of links); fix or remove the link"
	// c/x.md, walked in c and named too, is reported once.
	want := map[string]string{"c/gone.md": "no such file or folder", "c/x.md": loop, "c/y.md": loop}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

// BenchmarkParseHTML measures extraction of a news page of realistic size
// (a 40-paragraph article with navigation, about 60 KB), in bytes of page
// per second: go-readability walks the tree several times, and this is the
// cost an HTML corpus pays over Markdown.
func BenchmarkParseHTML(b *testing.B) {
	var page strings.Builder
	page.WriteString(pageFull[:strings.Index(pageFull, "<article>")+len("<article>")])
	for i := range 40 {
		page.WriteString("<p>Paragraph " + strings.Repeat("with words that a reporter wrote about the strike and its toll ", 20) + "and its figure " + string(rune('0'+i%10)) + ".</p>\n")
	}
	page.WriteString("</article><footer>© 2025</footer></body></html>")
	data := []byte(page.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseHTML("p.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMarkdown is the same article as Markdown, for comparison.
func BenchmarkParseMarkdown(b *testing.B) {
	var page strings.Builder
	page.WriteString("---\nsource: Capital Daily\npublished: 2025-08-18\n---\n")
	for i := range 40 {
		page.WriteString("Paragraph " + strings.Repeat("with words that a reporter wrote about the strike and its toll ", 20) + "and its figure " + string(rune('0'+i%10)) + ".\n\n")
	}
	data := []byte(page.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("p.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReadFileContext: a cancelled run stops a feed between records and
// says so, rather than reading the rest.
func TestReadFileContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	ins := ReadFileContext(ctx, File{Path: "-"}, strings.NewReader(strings.Repeat(`{"text":"a"}`+"\n", 10)), Limits{}, func(*Article) {
		if n++; n == 3 {
			cancel()
		}
	})
	if n != 3 || len(ins) != 2 || ins[0].Articles != 3 || ins[1].Reason != "line 4: not read: context canceled; the records before it were read" {
		t.Errorf("read %d records: %+v", n, ins)
	}
}

// A bad record's column is the bad character's, counted from the line's
// start, each invalid byte one character (found by review: the decoder's
// offsets count from where its last read began).
func TestJSONLinesErrorColumns(t *testing.T) {
	for _, tt := range []struct {
		line string
		want string
	}{
		{`{"text":"ab\x"}`, "line 1, column 13: "},
		{`{"text":"a",}`, "line 1, column 13: "},
		{`{"text":"a"}}`, "line 1, column 13: "},
		{`{"text":"a" "b"}`, "line 1, column 13: "},
		{`{"text":"a", "x": [1,}`, "line 1, column 22: "},
		{`{"text":"a", "x": tru}`, "line 1, column 22: "},
		{`{"text":"a"} x`, "line 1, column 14: "},
		{"{\"text\":\"\xff\xfe\xfd\", \"source\": 5}", "line 1, column 26: "},
	} {
		ins := ReadFile(File{Path: "-"}, strings.NewReader(tt.line+"\n"), Limits{}, func(*Article) {})
		var reasons []string
		for _, in := range ins {
			if in.Status == Skipped {
				reasons = append(reasons, in.Reason)
			}
		}
		if len(reasons) != 1 || !strings.HasPrefix(reasons[0], tt.want) {
			t.Errorf("%q: skipped %q, want one reason starting %q", tt.line, reasons, tt.want)
		}
	}
}

// TestReadBufferReuse: files are read into reused buffers, so an article
// kept after the next file is read must not change: Parse copies a text
// article out of its buffer. The articles are of every format and size
// order, so a buffer grows, shrinks and is handed on.
func TestReadBufferReuse(t *testing.T) {
	dir := t.TempDir()
	bodies := map[string]string{
		"a.md":   "---\nsource: A\n---\nSeven civilians were killed.\n",
		"b.md":   strings.Repeat("Twelve drones were shot down overnight. ", 200),
		"c.txt":  "Three people died.",
		"d.html": "<html><head><title>T</title></head><body><article><p>" + strings.Repeat("Nine soldiers were wounded in the attack on the port. ", 20) + "</p></article></body></html>",
		"e.md":   "\ufeffFour ships sank.\n",
	}
	var kept []*Article
	var texts []string
	for _, name := range []string{"a.md", "b.md", "c.txt", "d.html", "e.md", "a.md", "b.md"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(bodies[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		ReadFileContext(context.Background(), File{Path: path}, nil, Limits{}, func(a *Article) {
			kept = append(kept, a)
			texts = append(texts, strings.Clone(a.Text))
		})
		// Overwrite the file: a buffer still shared with an article
		// would show the next read's bytes.
		if err := os.WriteFile(path, []byte(strings.Repeat("x", len(bodies[name]))), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(bodies[name]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if len(kept) != 7 {
		t.Fatalf("read %d articles, want 7", len(kept))
	}
	for i, a := range kept {
		if a.Text != texts[i] {
			t.Errorf("article %d (%s) changed after later reads:\n%q\nwas\n%q", i, a.Path, a.Text, texts[i])
		}
	}
}
