package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ParseHTML makes an Article of an HTML page: Text is the page's main text
// as go-readability extracts it (navigation, footers, scripts and the like
// dropped; one paragraph per block, separated by blank lines), and every
// offset, line and column is of that text (Format is FormatHTML, and
// reports say "extracted from HTML"). The page's metadata stand in for
// front matter and set Meta, so a sources manifest fills in only what the
// page lacks:
//
//   - title: go-readability's title (from <title>, og:title and headings);
//   - published: the first of article:published_time and its kin
//     (og:published_time, datePublished, pubdate, publish-date,
//     dc.date.issued, dcterms.created, sailthru.date, parsely-pub-date...)
//     in <meta> by property, name or itemprop; else <time datetime> marked
//     pubdate or itemprop=datePublished; else a JSON-LD "datePublished";
//     read as ParseDate reads front matter, plus RFC 1123 and a few other
//     forms, a time without a zone as UTC;
//   - source: og:site_name, else application-name, dc.publisher or
//     publisher;
//   - url: <link rel=canonical>, else og:url.
//
// A page that is not valid UTF-8 is decoded by its declared charset (or
// Windows-1252, the web's default), with a warning. Extraction never fails
// on a page that parses: when go-readability finds no article, or fails,
// the text of the whole <body> is used and a warning says so.
func ParseHTML(name string, data []byte) (*Article, error) {
	name = slash(name)
	var warnings []string
	if !bytes.HasPrefix(data, bomUTF16LE) && !bytes.HasPrefix(data, bomUTF16BE) && !utf8.Valid(data) {
		if e, label, _ := charset.DetermineEncoding(data, "text/html"); label != "utf-8" && label != "" {
			if d, err := e.NewDecoder().Bytes(data); err == nil {
				data = d
				warnings = append(warnings, fmt.Sprintf("not UTF-8: decoded as %s, as the page declares or browsers assume", label))
			}
		}
	}
	text, w, err := decode(name, data, false)
	if err != nil {
		return nil, err
	}
	warnings = append(warnings, w...)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, &Error{Path: name, Msg: "cannot parse HTML: " + err.Error()}
	}
	a := &Article{Path: name, Source: name, Format: FormatHTML, Warnings: warnings}
	m := pageMeta(doc)
	body, title, note := extractMain(doc)
	if note != "" {
		a.Warnings = append(a.Warnings, note)
	}
	if title == "" {
		title = m.title
	}
	set := func(dst *string, flag *bool, v string) {
		if v = strings.TrimSpace(strings.Join(strings.Fields(v), " ")); v != "" {
			*dst, *flag = v, true
		}
	}
	set(&a.Title, &a.Meta.Title, title)
	set(&a.Source, &a.Meta.Source, m.site)
	set(&a.URL, &a.Meta.URL, m.url)
	if m.published != "" {
		if t, ok := parseHTMLDate(m.published); ok {
			a.Published, a.Meta.Published = t, true
		} else {
			a.Warnings = append(a.Warnings, fmt.Sprintf("cannot read the page's publication date %q (%s); write it as %s, or give it in a sources manifest", m.published, m.publishedFrom, DateForms))
		}
	}
	a.Text = body
	a.lines = new(lineIndex)
	return a, nil
}

// extractMain returns the main text and title go-readability finds in doc,
// or the text of the whole body with a note saying why. go-readability is
// a port of Readability.js run on any page a user saves: a panic in it must
// not end the run, so it is recovered and the body used instead.
func extractMain(doc *html.Node) (text, title, note string) {
	func() {
		defer func() {
			if r := recover(); r != nil {
				text, title, note = "", "", fmt.Sprintf("go-readability failed (%v); the text of the whole page is read", r)
			}
		}()
		art, err := readability.FromDocument(doc, nil)
		if err != nil {
			note = fmt.Sprintf("go-readability found no article (%v); the text of the whole page is read", err)
			return
		}
		title = art.Title()
		if art.Node != nil {
			text = tidy(render.InnerText(art.Node))
		}
		if strings.TrimSpace(text) == "" && note == "" {
			note = "go-readability found no article text; the text of the whole page is read"
		}
	}()
	if strings.TrimSpace(text) != "" {
		return text, title, ""
	}
	if b := findElement(doc, "body"); b != nil {
		text = tidy(render.InnerText(b))
	}
	if strings.TrimSpace(text) == "" {
		return "", title, "the page has no text"
	}
	return text, title, note
}

// tidy trims the extracted text and ends it with a line break, as a text
// file would be. Control characters other than line breaks and tabs cannot
// come from HTML text but can from a malformed page; they are kept, since
// the reports clean them, and offsets must not shift.
func tidy(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	return s + "\n"
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// meta is what a page says about itself.
type meta struct {
	title, site, url         string
	published, publishedFrom string
}

// The <meta> keys (property, name or itemprop, compared in lower case)
// read for each field, best first.
var (
	publishedKeys = []string{
		"article:published_time", "og:article:published_time", "og:published_time",
		"article:published", "published_time", "datepublished", "date_published",
		"publish-date", "publish_date", "publishdate", "pubdate", "publication_date",
		"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
		"dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "date",
	}
	siteKeys = []string{"og:site_name", "application-name", "dc.publisher", "dcterms.publisher", "publisher"}
)

// pageMeta reads the page's metadata in one walk, before go-readability
// changes the tree.
func pageMeta(doc *html.Node) meta {
	var m meta
	metas := map[string]string{} // first value for each key
	var canonical, timeDate, ldDate, titleEl string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				content, ok := attr(n, "content")
				if !ok {
					break
				}
				for _, k := range []string{"property", "name", "itemprop"} {
					if key, ok := attr(n, k); ok {
						key = strings.ToLower(strings.TrimSpace(key))
						if _, seen := metas[key]; !seen && strings.TrimSpace(content) != "" {
							metas[key] = content
						}
					}
				}
			case "link":
				if rel, _ := attr(n, "rel"); canonical == "" && hasWord(rel, "canonical") {
					canonical, _ = attr(n, "href")
				}
			case "time":
				ip, _ := attr(n, "itemprop")
				_, pub := attr(n, "pubdate")
				if dt, ok := attr(n, "datetime"); ok && timeDate == "" && (pub || strings.EqualFold(ip, "datePublished")) {
					timeDate = dt
				}
			case "script":
				if typ, _ := attr(n, "type"); ldDate == "" && strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") && n.FirstChild != nil {
					ldDate = jsonLDPublished(n.FirstChild.Data)
				}
			case "title":
				if titleEl == "" && n.FirstChild != nil {
					titleEl = n.FirstChild.Data
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range publishedKeys {
		if v := metas[k]; v != "" {
			m.published, m.publishedFrom = v, `<meta> "`+k+`"`
			break
		}
	}
	switch {
	case m.published != "":
	case timeDate != "":
		m.published, m.publishedFrom = timeDate, "<time datetime>"
	case ldDate != "":
		m.published, m.publishedFrom = ldDate, `JSON-LD "datePublished"`
	}
	for _, k := range siteKeys {
		if v := metas[k]; v != "" {
			m.site = v
			break
		}
	}
	m.url = strings.TrimSpace(canonical)
	if m.url == "" {
		m.url = strings.TrimSpace(metas["og:url"])
	}
	m.title = metas["og:title"]
	if m.title == "" {
		m.title = titleEl
	}
	return m
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func hasWord(list, w string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// jsonLDPublished returns the first "datePublished" of a JSON-LD block: of
// the object itself, else of the items of an array or of its "@graph", in
// order. Nothing else is searched: Go maps have no order, and the first
// match must not change from run to run.
func jsonLDPublished(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 3 {
			return ""
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
				return s
			}
			return find(x["@graph"], depth+1)
		case []any:
			for _, it := range x {
				if s := find(it, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// htmlDateLayouts are the forms pages write dates in beyond those of front
// matter (publishedLayouts), tried in order; a form without a zone is UTC.
var htmlDateLayouts = []string{
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04:05",
	"Mon, 2 Jan 2006 15:04:05",
	"20060102",
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

// parseHTMLDate reads a page's publication date: every form ParseDate reads,
// then htmlDateLayouts. A trailing "GMT" or "UTC" is read as UTC; no other
// zone name is taken, because time.Parse gives a name the offset it has in
// the machine's local zone, and a report must not depend on the machine.
func parseHTMLDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, z := range []string{" GMT", " UTC"} {
		if t, ok := strings.CutSuffix(s, z); ok {
			s = strings.TrimSpace(t)
		}
	}
	if t, ok := ParseDate(s); ok {
		return t, true
	}
	for _, layout := range htmlDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
