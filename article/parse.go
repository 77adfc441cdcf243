package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// Error is a problem with one input file. It carries the position as data so
// reports can sort and annotate; Line and Column (1-based, column in
// characters) are zero when the problem is the file as a whole.
type Error struct {
	Path         string
	Line, Column int
	Msg          string

	binary bool // the file is binary: a walk skips it without failing
}

func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return e.Path + ": " + e.Msg
	case e.Column == 0:
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Column, e.Msg)
}

const bom = "\uFEFF"

// binarySniff is how much of a file is searched for a NUL byte, as git and
// grep do: text never has one, and binary formats have one early.
const binarySniff = 8 << 10

// publishedLayouts are the date forms accepted for "published", tried in
// order. A time without a zone is taken as UTC so runs do not depend on the
// machine's time zone.
//
// DateForms says the same for error messages; keep the two together.
var publishedLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
}

// DateForms says how to write a date that ParseDate reads, for error
// messages: "write it as " + DateForms.
const DateForms = "2025-08-19, 2025-08-19 14:30 or 2025-08-19T14:30:00Z (RFC 3339)"

// Read reads and parses the article file at path, within DefaultLimits.
// A JSON-lines file holds many articles: read it with ReadFile. Every error
// is an *Error.
func Read(path string) (*Article, error) {
	return ReadLimited(path, DefaultLimits)
}

// ReadLimited is Read within lim: a file larger than lim.MaxSize is an
// error naming the flag that raises it.
func ReadLimited(path string, lim Limits) (*Article, error) {
	if FormatOf(path, nil) == FormatJSONL {
		return nil, &Error{Path: slash(path), Msg: "a JSON-lines file holds one article per line: check and extract read it; commands that take one article a file do not"}
	}
	data, err := readLimited(path, nil, lim.orDefault().MaxSize)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// readLimited reads the file at path, or r when it is not nil, and fails
// with a message naming --max-article-size when it holds more than max
// bytes. A regular file's size is checked before reading it, so a huge file
// costs nothing; a pipe is read up to max+1 bytes.
func readLimited(path string, r io.Reader, max int64) ([]byte, error) {
	return readInto(path, r, max, readHow{})
}

// readInto is readLimited reading a regular file as how says.
func readInto(path string, r io.Reader, max int64, how readHow) ([]byte, error) {
	name := slash(path)
	tooBig := func(size string) error {
		return &Error{Path: name, Msg: fmt.Sprintf("%s, over the %s limit on an article; raise it with --max-article-size (e.g. --max-article-size %s) if this file is an article",
			size, FormatSize(max), FormatSize(max*2))}
	}
	size := int64(512)
	if r == nil {
		data, f, err := readRegular(path, max, how)
		var big *sizeError
		switch {
		case err == errIsDir:
			return nil, &Error{Path: name, Msg: "is a folder, not an article file"}
		case errors.As(err, &big) && big.size >= 0:
			return nil, tooBig(fmt.Sprintf("file is %s", FormatSize(big.size)))
		case big != nil:
			return nil, tooBig("more than " + FormatSize(max))
		case err != nil:
			return nil, &Error{Path: name, Msg: Reason(err)}
		case f == nil:
			return data, nil
		}
		// Not a regular file (or not Unix): read it as a stream.
		defer f.Close()
		if fi, err := f.Stat(); err == nil {
			if fi.IsDir() {
				return nil, &Error{Path: name, Msg: "is a folder, not an article file"}
			}
			if fi.Mode().IsRegular() && fi.Size() > max {
				return nil, tooBig(fmt.Sprintf("file is %s", FormatSize(fi.Size())))
			}
			// One byte more for the read that meets the end, as
			// os.ReadFile does.
			size = min(fi.Size(), max) + 1
			if size < 512 {
				size = 512
			}
		}
		r = f
	}
	// One allocation of the file's size, as os.ReadFile makes, growing
	// only for a file that grew or a pipe; reading stops past max.
	data := make([]byte, 0, size)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if int64(len(data)) > max {
			return nil, tooBig("more than " + FormatSize(max))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Error{Path: name, Msg: Reason(err)}
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
	return data, nil
}

// sizeError is a file over the size limit: size bytes, or -1 for one that
// grew past the limit while it was read.
type sizeError struct{ size int64 }

func (e *sizeError) Error() string { return fmt.Sprintf("file over the limit (%d bytes)", e.size) }

// errIsDir is a folder named where a file was wanted.
var errIsDir = errors.New("is a folder")

// FormatOf says how the input called name is read: by its extension
// (.html, .htm, .xhtml are HTML; .jsonl, .ndjson JSON lines; anything else
// text or Markdown), and for standard input ("-"), which has none, by its
// first bytes (Sniff).
func FormatOf(name string, head []byte) Format {
	if name == "-" {
		return Sniff(head)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	}
	return FormatText
}

// Sniff guesses the format of input without a name from its first bytes:
// JSON lines when the first character that is not white space (after any
// byte order mark) is "{", HTML when it is "<" followed by a letter, "!"
// (a doctype or comment) or "?" (an XML declaration), else text or
// Markdown. A Markdown article opens with prose, a heading or front
// matter, never a tag.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, []byte(bom))
	if bytes.HasPrefix(head, bomUTF16LE) || bytes.HasPrefix(head, bomUTF16BE) {
		if d, _, err := decode("", head[:len(head)&^1], false); err == nil {
			return Sniff([]byte(d))
		}
		return FormatText
	}
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '{':
		return FormatJSONL
	case head[0] == '<' && len(head) > 1:
		c := head[1] | 0x20
		if ('a' <= c && c <= 'z') || head[1] == '!' || head[1] == '?' {
			return FormatHTML
		}
	}
	return FormatText
}

// Parse makes an Article from the bytes of the file called name, read as
// FormatOf(name, data) says. For text and Markdown in UTF-8, Text keeps the
// bytes exactly (byte order mark, CRLF and all) so offsets stay file
// offsets, and Body skips the byte order mark and any front matter; see the
// package documentation for UTF-16, invalid UTF-8 and HTML. Every error is
// an *Error.
func Parse(name string, data []byte) (*Article, error) { return parse(name, data, false) }

// parse is Parse; with borrow, the Text of a text or Markdown article in
// UTF-8 is data itself rather than a copy (see ReadFileTransient).
func parse(name string, data []byte, borrow bool) (*Article, error) {
	name = slash(name)
	switch FormatOf(name, data) {
	case FormatHTML:
		return ParseHTML(name, data)
	case FormatJSONL:
		return nil, &Error{Path: name, Msg: "a JSON-lines file holds one article per line; read it with ReadFile"}
	}
	text, warnings, err := decode(name, data, borrow)
	if err != nil {
		return nil, err
	}
	// The default source is the whole path, not the base name: page bundles
	// (a/index.md, b/index.md) and numbered exports share base names, and
	// two outlets must never merge into one by accident.
	a := &Article{Path: name, Source: name, Text: text, Warnings: warnings}
	a.lines = new(lineIndex)
	if strings.HasPrefix(a.Text, bom) {
		a.Body = len(bom)
	}
	if err := a.frontMatter(); err != nil {
		return nil, err
	}
	a.blankComments()
	return a, nil
}

func slash(p string) string { return filepath.ToSlash(p) }

// blankComments moves the prose's HTML comments into Comments and blanks
// them in Text. An unclosed "<!--" is left as text: a stray marker must not
// swallow the rest of an article.
func (a *Article) blankComments() {
	rest := a.Text[a.Body:]
	if !strings.Contains(rest, "<!--") {
		return
	}
	var b []byte
	for off := a.Body; ; {
		i := strings.Index(a.Text[off:], "<!--")
		if i < 0 {
			break
		}
		start := off + i
		j := strings.Index(a.Text[start+4:], "-->")
		if j < 0 {
			break
		}
		end := start + 4 + j + 3
		if b == nil {
			b = []byte(a.Text)
		}
		a.Comments = append(a.Comments, Comment{Pos: start, End: end, Text: a.Text[start+4 : end-3]})
		for k := start; k < end; k++ {
			if b[k] != '\n' && b[k] != '\r' {
				b[k] = ' '
			}
		}
		off = end
	}
	if b != nil {
		a.file, a.Text = a.Text, string(b)
	}
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// line returns the line starting at off without its line ending, and the
// offset of the next line.
func line(s string, off int) (text string, next int) {
	end := strings.IndexByte(s[off:], '\n')
	if end < 0 {
		return strings.TrimSuffix(s[off:], "\r"), len(s)
	}
	return strings.TrimSuffix(s[off:off+end], "\r"), off + end + 1
}

// frontMatter reads a YAML block fenced by "---" lines at the top of the
// article, as Jekyll and Hugo write it, and moves Body past it. The block is
// split here and handed to the YAML parser, whose positions are then shifted
// to lines of the file.
func (a *Article) frontMatter() error {
	first, next := line(a.Text, a.Body)
	if strings.TrimRight(first, " \t") != "---" {
		return nil
	}
	open := a.Body
	start := next
	for off := next; off < len(a.Text); {
		l, after := line(a.Text, off)
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			a.Body = after
			return a.decodeFrontMatter(a.Text[start:off], start)
		}
		off = after
	}
	line, col := a.Position(open)
	return &Error{Path: a.Path, Line: line, Column: col,
		Msg: "front matter is never closed; end it with a line of three dashes (---), or remove the first line if it is not front matter"}
}

func (a *Article) decodeFrontMatter(block string, start int) error {
	if a.simpleFrontMatter(block) {
		return nil
	}
	return a.yamlFrontMatter(block, start)
}

// yamlFrontMatter reads front matter with go-yaml, with positions for every
// error; the block starts at byte start of the file.
func (a *Article) yamlFrontMatter(block string, start int) error {
	firstLine, _ := a.Position(start)
	// errAt maps a position in the block, as the YAML parser counts it, to
	// the file.
	errAt := func(line, col int, msg string) error {
		if line > 0 {
			line += firstLine - 1
		} else {
			line, col = firstLine, 0
		}
		return &Error{Path: a.Path, Line: line, Column: col, Msg: msg}
	}
	if strings.TrimSpace(block) == "" {
		return nil
	}
	// A Loader rather than yaml.Load, which calls a block of comments an
	// error; here it is front matter with nothing to say.
	loader, err := yaml.NewLoader(strings.NewReader(block))
	var doc yaml.Node
	if err == nil {
		err = loader.Load(&doc)
	}
	if err == io.EOF {
		return nil
	}
	if err != nil {
		var le *yaml.LoadError
		if !errors.As(err, &le) {
			return errAt(0, 0, "front matter is not valid YAML: "+err.Error())
		}
		msg := "front matter is not valid YAML: " + le.Message
		if le.ContextMsg != "" && le.ContextMark.Line > 0 {
			msg += fmt.Sprintf(" (%s at line %d)", le.ContextMsg, le.ContextMark.Line+firstLine-1)
		}
		return errAt(le.Mark.Line, le.Mark.Column, msg+"; fix the YAML, or quote the value if it holds a colon, # or bracket")
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil // comments only
		}
		root = root.Content[0]
	}
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return errAt(root.Line, root.Column,
			"front matter must be keys and values (source: ..., published: ...)")
	}
	seen := make(map[string]int, 4)
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		var dst *string
		var set *bool
		switch key.Value {
		case "source":
			dst, set = &a.Source, &a.Meta.Source
		case "url":
			dst, set = &a.URL, &a.Meta.URL
		case "title":
			dst, set = &a.Title, &a.Meta.Title
		case "published":
			set = &a.Meta.Published
		default:
			continue // CMS exports carry many keys crosscheck has no use for
		}
		if prev, ok := seen[key.Value]; ok {
			return errAt(key.Line, key.Column, fmt.Sprintf(
				"%q appears twice in the front matter (first on line %d); keep one", key.Value, prev+firstLine-1))
		}
		seen[key.Value] = key.Line
		if val.Kind == yaml.AliasNode && val.Alias != nil {
			val = val.Alias
		}
		if val.Kind != yaml.ScalarNode {
			return errAt(val.Line, val.Column, strconv.Quote(key.Value)+
				" must be a single value, not a list or mapping")
		}
		if val.Tag == "!!null" {
			continue
		}
		if dst != nil {
			if v := strings.TrimSpace(val.Value); v != "" {
				*dst, *set = v, true
			}
			continue
		}
		t, ok := ParseDate(val.Value)
		if !ok {
			return errAt(val.Line, val.Column, fmt.Sprintf(
				"cannot read published date %q; write it as %s", val.Value, DateForms))
		}
		a.Published, *set = t, true
	}
	return nil
}

// ParseDate reads a publication date as front matter writes it: a date
// (2025-08-19), an RFC 3339 date-time, or a date and a time without a zone
// (2025-08-19 14:30, 2025-08-19T14:30:00), taken as UTC so that runs do not
// depend on the machine's time zone. Spaces around it are ignored.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	// No two layouts read the same text: their date, ten bytes, is fixed
	// in width; then "2006-01-02" wants the end, RFC 3339 a "T" and a
	// zone, the others a "T" or a space and no zone, with seconds or
	// without. So the one the text's shape names is tried first: a
	// layout that fails builds its error, and front matter gave most
	// articles a date that four layouts failed before one read it.
	first := layoutOf(s)
	if t, err := time.Parse(first, s); err == nil {
		return t, true
	}
	for _, layout := range publishedLayouts {
		if layout == first {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// layoutOf returns the layout of publishedLayouts that the shape of s, a
// date and a time, names; any one when none reads it.
func layoutOf(s string) string {
	if len(s) <= 10 {
		return "2006-01-02"
	}
	clock := s[11:]
	seconds := strings.Count(clock, ":") >= 2
	switch {
	case s[10] == 'T' && strings.ContainsAny(clock, "Z+-"):
		return time.RFC3339
	case s[10] == 'T' && seconds:
		return "2006-01-02T15:04:05"
	case s[10] == 'T':
		return "2006-01-02T15:04"
	case seconds:
		return "2006-01-02 15:04:05"
	}
	return "2006-01-02 15:04"
}

// ReadFrom reads one article from r, named name ("-" for standard input,
// whose format is sniffed), within lim. JSON lines hold many articles: read
// them with ReadFile.
func ReadFrom(name string, r io.Reader, lim Limits) (*Article, error) {
	data, err := readLimited(name, r, lim.orDefault().MaxSize)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}
