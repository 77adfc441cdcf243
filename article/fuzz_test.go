package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTML: any bytes named .html either become an Article of valid UTF-8
// text whose every offset has a position, or an *Error; never a panic, and
// the same bytes always give the same Article (reports are diffed, so
// extraction must be deterministic).
func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		pageFull,
		"<p>Seven people died.</p>",
		"<html><head><meta property=article:published_time content=2025-08-18><title>t</title></head><body></body></html>",
		"<script type=application/ld+json>{\"@graph\":[{\"datePublished\":\"2025-08-18T10:00:00+02:00\"}]}</script><p>x</p>",
		"<meta charset=windows-1252><p>Caf\xe9 \x93quoted\x94</p>",
		"\xff\xfe<\x00p\x00>\x00a\x00",
		"<table><tr><td>1<td>2</table><pre>a\n\nb</pre><math><mi>x</mi></math>",
		"<div><div><div><div><p>deep</p></div></div></div></div>",
		"<time pubdate datetime='Mon, 18 Aug 2025 10:00:00 GMT'></time><p>t</p>",
		"<!doctype html><p>\x00</p>", "", "<", "<p>\r\n\t</p>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("f.html", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is %T, not *Error", err, err)
			}
			return
		}
		if a.Format != FormatHTML || a.Body != 0 || !utf8.ValidString(a.Text) {
			t.Fatalf("format %q, Body %d, valid UTF-8 %v", a.Format, a.Body, utf8.ValidString(a.Text))
		}
		if l, c := a.Position(len(a.Text)); l != strings.Count(a.Text, "\n")+1 || c < 1 {
			t.Fatalf("Position(end) = %d:%d", l, c)
		}
		b, err := ParseHTML("f.html", data)
		if err != nil || b.Text != a.Text || b.Title != a.Title || b.Source != a.Source ||
			!b.Published.Equal(a.Published) || b.URL != a.URL || !reflect.DeepEqual(a.Warnings, b.Warnings) {
			t.Fatalf("two parses differ:\n%+v\n%+v (%v)", a, b, err)
		}
	})
}

// FuzzJSONLines: any bytes read as JSON lines give each line once, as an
// article FILE:LINE or a bad record "line LINE, ...", in line order; never
// a panic, whatever the limits.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		`{"text":"Seven died.","id":"a1","source":"Wire","published":"2025-08-18","url":"u","title":"t"}` + "\n",
		"{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\\nc\",\"id\":7}\n{\"text\":1}\n{\"id\":\"x\"}\n{bad\n[1]\n",
		"\uFEFF{\"text\":\"\\u00e9\\ud800\"}\n{\"text\":\"x\"} {\"text\":\"y\"}\n{\"text\":\"x\",\"text\":\"y\"}",
		"{\"text\":\"" + strings.Repeat("a", 300) + "\"}\n{\"text\":\"ok\"}",
		"\xff\xfe{\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00a\x00\"\x00}\x00\n\x00",
		"{\"text\":\"\\u0000\",\"published\":\"Aug 2025\"}\n{\"text\":\"\xff\"}\n",
		"\x00", "", "\n\n", "{", "}", `{"text":null}`, `{"text":"a","published":null,"id":[1]}`,
	} {
		f.Add([]byte(s), uint16(256))
	}
	f.Fuzz(func(t *testing.T, data []byte, maxLine uint16) {
		lim := Limits{MaxSize: 1 << 10, MaxLine: int(maxLine) + 1}
		var arts []*Article
		in, bad, err := readJSONL(context.Background(), "f.jsonl", bytes.NewReader(data), lim, func(a *Article) { arts = append(arts, a) })
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !e.binary {
				t.Fatalf("error %v is not a binary file's", err)
			}
			return
		}
		if in.Articles != len(arts) || in.Status != ReadOK {
			t.Fatalf("input %+v for %d articles", in, len(arts))
		}
		lines := map[int]bool{}
		last := 0
		for _, a := range arts {
			if a.Record <= last || a.Path != fmt.Sprintf("f.jsonl:%d", a.Record) || a.File != "f.jsonl" {
				t.Fatalf("record %d (%s) after %d", a.Record, a.Path, last)
			}
			last = a.Record
			lines[a.Record] = true
			if !utf8.ValidString(a.Text) || int64(len(a.Text)) > lim.MaxSize || strings.IndexByte(a.Text, 0) >= 0 {
				t.Fatalf("record %d: text of %d bytes, valid %v", a.Record, len(a.Text), utf8.ValidString(a.Text))
			}
			a.Position(len(a.Text))
		}
		for _, b := range bad {
			var n int
			if _, err := fmt.Sscanf(b.Reason, "line %d", &n); err != nil || n < 1 || lines[n] || b.Status != Skipped {
				t.Fatalf("bad record %+v", b)
			}
			lines[n] = true
		}
	})
}

// pageFull is a saved news page: navigation, an article, a footer and every
// kind of metadata ParseHTML reads.
const pageFull = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Strike kills seven in Kharkiv | Capital Daily</title>
<meta property="og:site_name" content="Capital Daily">
<meta property="og:url" content="https://capital.example/og">
<meta property="article:published_time" content="2025-08-18T10:30:00+03:00">
<link rel="canonical" href="https://capital.example/world/kharkiv-strike">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Strike kills seven in Kharkiv</h1>
<p>Russian drone strikes killed seven civilians in Kharkiv on Monday, the city's mayor said, as rescuers searched the rubble of a five-storey building.</p>
<p>Regional officials said earlier that the strikes on Kharkiv killed three civilians and injured dozens more.</p>
<p>The air force said Russia launched 270 drones overnight, the largest attack this month.</p>
</article>
<footer>© 2025 Capital Daily. All rights reserved.</footer>
<script>var seven = 7;</script>
</body></html>
`

// FuzzFrontMatter holds the fast reader of plain front matter to the YAML
// one: whatever it accepts, go-yaml reads without error and to the same
// fields.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"source: Capital Daily\npublished: 2025-08-19\n",
		"title: After the talks\nurl: https://example.org/a?b=c#d\n",
		"source: ~\npublished: 2025-08-19 14:30\n# a comment\n\n",
		"source: \"Quoted\"\n",
		"source: a: b\n",
		"tags: [a, b]\n",
		"source: C# Weekly\r\ntitle: x\r\n",
		"true: 1\nTrue: 2\n",
		"source: x\nsource: y\n",
		"title: 2025\nauthor: Jane\n",
		"title:no space\n",
		"  source: indented\n",
		"title: 'What next for Halvorsen Shipping'\nsource: \"Pacific Bulletin\"\n",
		"title: 'It''s over'\npublished: '2025-08-19'\n",
		"published: ''\n",
		"title: \"a \\\" b\"\n",
		"title: 'a' # comment\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) {
		fast := &Article{Path: "a.md", Text: block}
		if !fast.simpleFrontMatter(block) {
			return
		}
		slow := &Article{Path: "a.md", Text: block}
		if err := slow.yamlFrontMatter(block, 0); err != nil {
			t.Fatalf("fast path accepted %q, YAML says %v", block, err)
		}
		if fast.Source != slow.Source || fast.URL != slow.URL || fast.Title != slow.Title ||
			!fast.Published.Equal(slow.Published) || fast.Meta != slow.Meta {
			t.Fatalf("%q: fast path %+v, YAML %+v", block,
				[]any{fast.Source, fast.URL, fast.Title, fast.Published, fast.Meta},
				[]any{slow.Source, slow.URL, slow.Title, slow.Published, slow.Meta})
		}
	})
}
