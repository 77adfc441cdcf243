// Package article reads news articles from files and folders into Articles:
// plain text, Markdown with YAML front matter, HTML pages (their main text
// extracted) and JSON lines (one article per line).
//
// Where offsets point. For text and Markdown in UTF-8, Text keeps the
// file's exact bytes, so every later offset, line and column points into
// the file as the user sees it. Three inputs cannot keep that promise, and
// each says so on the Article (Format, Warnings):
//
//   - UTF-16 files (with a byte order mark) are decoded to UTF-8: offsets
//     are bytes of the decoded text, lines and columns (in characters) are
//     the same as the file's.
//   - Invalid UTF-8 bytes are replaced by U+FFFD, one per run of bad bytes,
//     and a warning names the first: offsets after it are of the repaired
//     text, lines and columns are unchanged.
//   - HTML (FormatHTML) is read as the text go-readability extracts from
//     it: offsets, lines and columns are of that extracted text, one
//     paragraph per block separated by a blank line, not of the page's
//     markup. Reports say "extracted from HTML".
//   - A JSON-lines record (FormatJSONL) is the article FILE:LINE (Path),
//     where LINE is the record's line in the file; offsets, lines and
//     columns are of the record's "text" value once decoded (so "\n"
//     starts a new line), not of the JSON.
package article

import (
	"sort"
	"strings"
	"sync"
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
	// forward slashes; "-" is standard input. It identifies the article in
	// every report. A JSON-lines record is FILE:LINE ("feed.jsonl:12"), so
	// that each record is an article of its own (see File and Record).
	Path string
	// Format is how the article was read: FormatText (text and Markdown),
	// FormatHTML (main text extracted) or FormatJSONL (one record of a
	// JSON-lines file). It says what Text, and so every offset, is.
	Format Format
	// File, Record and ID locate a JSON-lines record: the file, the 1-based
	// line the record starts on, and its optional "id". File is "" and
	// Record 0 for every other format.
	File   string
	Record int
	ID     string
	// Warnings are problems the article was read despite, each a sentence
	// with its place ("line 3, column 7: invalid UTF-8 ..."): the report
	// lists them beside the input.
	Warnings []string
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

	lines *lineIndex // nil in an Article made by hand
	file  string     // the file's bytes before comments were blanked; "" when none were
}

// lineIndex finds an Article's lines. Most articles state nothing a rule
// asks for and are never asked a position, and the claims of the others
// come in text order, so it counts the line breaks from the last position
// asked to the next; a table of line starts, built for every article, had
// cost a twentieth of an extraction and a sixth of its garbage. Past
// tableAfter calls, asked in any order, it builds the table. The mutex
// lets goroutines share an Article, as they could when Parse built the
// table.
type lineIndex struct {
	mu     sync.Mutex
	calls  int
	off    int   // the last offset asked
	line   int   // its line, from 0
	start  int   // the first byte of that line
	starts []int // the table, once built
}

// tableAfter is how many positions an Article is asked before it builds a
// table of its lines: counting from one position to the next costs as
// much as the distance between them, which many positions asked out of
// order would make quadratic.
const tableAfter = 64

// find returns the line of off in text, from 0, and its first byte.
func (x *lineIndex) find(text string, off int) (line, start int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.calls++
	if x.starts == nil && x.calls > tableAfter {
		x.starts = lineStarts(text)
	}
	if x.starts != nil {
		line = sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
		return line, x.starts[line]
	}
	if off >= x.off {
		seg := text[x.off:off]
		line = x.line + strings.Count(seg, "\n")
		start = x.start
		if k := strings.LastIndexByte(seg, '\n'); k >= 0 {
			start = x.off + k + 1
		}
	} else {
		line = x.line - strings.Count(text[off:x.off], "\n")
		start = strings.LastIndexByte(text[:off], '\n') + 1
	}
	x.off, x.line, x.start = off, line, start
	return line, start
}

// Format says what an Article's Text is.
type Format string

// Formats. FormatText is empty so that claims and reports of text and
// Markdown, which were all there was before, do not change.
const (
	FormatText  Format = ""
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
)

// Meta records which fields of an Article its front matter set (or, for
// HTML, its <meta> and <link> elements; for JSON lines, the record's keys).
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
//
// A JSON-lines file is one Input with Status read, Format FormatJSONL and
// Articles the number of records read, followed by one skipped Input with
// the same Path per bad record, its Reason starting "line N, column C:".
type Input struct {
	Path   string
	Status string // "read" or "skipped"
	Reason string // why it was skipped; empty when read
	// Format is FormatJSONL for a JSON-lines file (whose Articles count)
	// and FormatHTML for a page; empty for text and Markdown.
	Format Format
	// Articles is how many articles a JSON-lines file gave; for every
	// other read input it is 0 and the input counts as one article (see
	// Count).
	Articles int
	// Warnings are problems the input was read despite (invalid UTF-8
	// replaced, for one).
	Warnings []string
	// Benign marks a skip that does not fail the run: a binary file met
	// while walking a folder is not an article someone meant to check.
	// A skipped input without it makes check and extract exit 2.
	Benign bool
}

// Count returns how many articles a read input gave: its Articles for a
// JSON-lines file, else 1; 0 for a skipped input.
func (in Input) Count() int {
	switch {
	case in.Status != ReadOK:
		return 0
	case in.Format == FormatJSONL:
		return in.Articles
	}
	return 1
}

// Fails reports whether the input makes the run fail (exit 2): it was
// skipped, and the skip is not Benign.
func (in Input) Fails() bool { return in.Status == Skipped && !in.Benign }

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
// The readers give an Article a lineIndex, which counts on from the last
// position asked, under a lock, so an Article can be shared between
// goroutines. An Article made by hand counts the lines before off at every
// call.
func (a *Article) Position(off int) (line, col int) {
	// Columns count the characters of the file, not of the blanked Text: a
	// blanked "€" is three spaces but was one character.
	text := a.Text
	if a.file != "" {
		text = a.file
	}
	off = max(0, min(off, len(text)))
	var i, start int // the line, from 0, and its first byte
	if a.lines != nil {
		i, start = a.lines.find(text, off)
	} else {
		i = strings.Count(text[:off], "\n")
		start = strings.LastIndexByte(text[:off], '\n') + 1
	}
	if i == 0 && len(text) >= len(bom) && text[:len(bom)] == bom && off >= len(bom) {
		start = len(bom)
	}
	return i + 1, utf8.RuneCountInString(text[start:off]) + 1
}

func lineStarts(s string) []int {
	lines := make([]int, 1, 1+len(s)/64)
	// IndexByte compares many bytes an instruction: lines of prose are
	// long, and a byte-by-byte loop was a twentieth of an extraction.
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			return lines
		}
		i += j + 1
		lines = append(lines, i)
	}
}
