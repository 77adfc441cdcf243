// Package article reads news articles from files and folders — plain text,
// and Markdown with YAML front matter — into Articles that keep the file's
// exact bytes, so every later offset, line and column points into the file
// as the user sees it.
package article

import (
	"sort"
	"time"
	"unicode/utf8"
)

// Article is one news article. Text is the whole file as read, but for HTML
// comments (<!-- … -->) in the prose, which are blanked to spaces with their
// line breaks kept: a reader of the published page never sees them, so they
// state nothing, and every offset stays a file offset. Comments keeps them.
// Body is the byte offset where the article's prose starts (after any front
// matter), so scanning Text[Body:] and adding Body gives offsets into the
// file.
type Article struct {
	// Path is the file's path as given or found by walking a folder, with
	// forward slashes. It identifies the article in every report.
	Path string
	// Source is the outlet the article counts as: front matter "source",
	// else the file's path (Path): two files with one base name in
	// different folders are two sources.
	Source    string
	Published time.Time // zero when unknown
	URL       string
	Title     string
	// Meta says which of the fields above the front matter gave a value;
	// the others are defaults, which a sources manifest may fill in (see
	// package sources). A key that is absent, null or blank is not set.
	Meta Meta
	// Weight is how much the article counts, from a sources manifest; 0
	// means not set, which counts as 1.
	Weight float64
	Text   string
	Body   int
	// Comments are the HTML comments blanked from Text, in order; rule
	// tests read their annotations from them.
	Comments []Comment

	lines []int  // byte offsets of line starts, built on first Position call
	file  string // the file's bytes before comments were blanked; "" when none were
}

// Meta records which fields of an Article its front matter set.
type Meta struct {
	Source, Published, URL, Title bool
}

// Comment is an HTML comment of an article: its byte span [Pos, End) in
// the file and its text between "<!--" and "-->".
type Comment struct {
	Pos, End int
	Text     string
}

// Input accounts for one path given or found: every input is either read or
// skipped with a reason, so nothing is lost silently.
type Input struct {
	Path   string
	Status string // "read" or "skipped"
	Reason string // why it was skipped; empty when read
}

// Input statuses. The read status is ReadOK rather than Read because the
// package's Read function owns that name.
const (
	ReadOK  = "read"
	Skipped = "skipped"
)

// Position returns the 1-based line and column of the byte offset off in
// Text; the column counts characters, not bytes, because news text is full of
// "€", "—" and curly quotes and a byte column would point past the words in
// every editor. A UTF-8 byte order mark is not counted. Offsets outside Text
// are clamped to it.
//
// Parse builds the line table once, so Position never writes to the Article
// and an Article can be shared between goroutines. An Article made by hand
// gets a table per call.
func (a *Article) Position(off int) (line, col int) {
	// Columns count the characters of the file, not of the blanked Text: a
	// blanked "€" is three spaces but was one character.
	text := a.Text
	if a.file != "" {
		text = a.file
	}
	off = max(0, min(off, len(text)))
	lines := a.lines
	if lines == nil {
		lines = lineStarts(text)
	}
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	start := lines[i]
	if i == 0 && len(text) >= len(bom) && text[:len(bom)] == bom && off >= len(bom) {
		start = len(bom)
	}
	return i + 1, utf8.RuneCountInString(text[start:off]) + 1
}

func lineStarts(s string) []int {
	lines := make([]int, 1, 1+len(s)/64)
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}
