package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
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

// Read reads and parses the article file at path. Every error is an *Error.
func Read(path string) (*Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: slash(path), Msg: Reason(err)}
	}
	return Parse(path, data)
}

// Parse makes an Article from the bytes of the file called name. Text keeps
// the bytes exactly (byte order mark, CRLF and all) so offsets stay file
// offsets; Body skips the byte order mark and any front matter. Every error
// is an *Error.
func Parse(name string, data []byte) (*Article, error) {
	name = slash(name)
	if i := bytes.IndexByte(data[:min(len(data), binarySniff)], 0); i >= 0 {
		return nil, &Error{Path: name, Msg: fmt.Sprintf(
			"binary file (NUL byte at offset %d); crosscheck reads text articles", i)}
	}
	// The default source is the whole path, not the base name: page bundles
	// (a/index.md, b/index.md) and numbered exports share base names, and
	// two outlets must never merge into one by accident.
	a := &Article{Path: name, Source: name, Text: string(data)}
	a.lines = lineStarts(a.Text)
	if !utf8.Valid(data) {
		off := firstInvalid(data)
		line, col := a.Position(off)
		return nil, &Error{Path: name, Line: line, Column: col, Msg: fmt.Sprintf(
			"invalid UTF-8 (byte 0x%02x at offset %d); save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
			data[off], off)}
	}
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
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
