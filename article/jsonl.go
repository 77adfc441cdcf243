package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// File is an input to read: a path, and whether a folder walk found it
// (rather than the user naming it), which decides whether a binary file
// fails the run. A walk hands on regular files alone (or links to them),
// so a Reader does not ask a walked file's type again.
type File struct {
	Path   string
	Walked bool
}

// ReadFile reads the input f, "-" being stdin, and calls fn with each of its
// articles in order: one for text, Markdown and HTML, one per good record
// for JSON lines. It never fails: it returns the input's account, first the
// file's own Input (read, or skipped with the reason), then for JSON lines
// one skipped Input per bad record, whose Reason starts "line N, column
// C:". A binary file found by a folder walk is skipped as Benign.
//
// Standard input has no extension, so its format is sniffed (Sniff).
func ReadFile(f File, stdin io.Reader, lim Limits, fn func(*Article)) []Input {
	return ReadFileContext(context.Background(), f, stdin, lim, fn)
}

// ReadFileContext is ReadFile that stops reading a JSON-lines file, between
// records, once ctx is done: a run cancelled in the middle of a feed of a
// million records must not read the rest. The Input then says so.
func ReadFileContext(ctx context.Context, f File, stdin io.Reader, lim Limits, fn func(*Article)) []Input {
	return readFile(ctx, f, stdin, lim, false, nil, fn)
}

// ReadFileTransient is ReadFileContext for a caller that copies what it
// keeps of an article: the Article fn is given, and every string in it,
// may live in memory that the next file is read into, and must not be
// used once fn returns (strings.Clone what outlives it). A text or
// Markdown file's bytes then become its Text without a copy: reading a
// corpus no longer allocates its size over again, and the garbage
// collector has that much less to do. The Inputs it returns are the
// caller's to keep.
func ReadFileTransient(ctx context.Context, f File, stdin io.Reader, lim Limits, fn func(*Article)) []Input {
	return readFile(ctx, f, stdin, lim, true, nil, fn)
}

// readFile reads f for ReadFile and its kin, and for a Reader rd, whose
// buffer and folder it then uses; without one, the buffer comes from a
// pool and the file is opened by its path.
func readFile(ctx context.Context, f File, stdin io.Reader, lim Limits, borrow bool, rd *Reader, fn func(*Article)) []Input {
	lim = lim.orDefault()
	name := slash(f.Path)
	skip := func(err error) []Input {
		in := Input{Path: name, Status: Skipped, Reason: ErrorReason(err)}
		var e *Error
		if errors.As(err, &e) && e.binary && f.Walked {
			in.Benign = true
			in.Reason += "; it was found in a folder, not named, so it is skipped without failing the run"
		}
		return []Input{in}
	}
	var r io.Reader
	format := FormatOf(name, nil)
	if name == "-" {
		if stdin == nil {
			return skip(&Error{Path: name, Msg: "no standard input to read"})
		}
		br := bufio.NewReaderSize(stdin, binarySniff)
		head, _ := br.Peek(binarySniff)
		format, r = Sniff(head), br
	}
	if format == FormatJSONL {
		if r == nil {
			fh, err := os.Open(f.Path)
			if err != nil {
				return skip(&Error{Path: name, Msg: Reason(err)})
			}
			defer fh.Close()
			if fi, err := fh.Stat(); err == nil && fi.IsDir() {
				return skip(&Error{Path: name, Msg: "is a folder, not an article file"})
			}
			r = fh
		}
		in, bad, err := readJSONL(ctx, name, r, lim, fn)
		if err != nil {
			return skip(err)
		}
		return append([]Input{in}, bad...)
	}
	how := readHow{walked: f.Walked}
	var buf *[]byte
	if rd != nil {
		buf, how.dir = &rd.buf, &rd.dir
	} else if buf, _ = readBuffers.Get().(*[]byte); buf == nil {
		buf = new([]byte)
	}
	done := func() {
		if rd == nil {
			readBuffers.Put(buf)
		}
	}
	how.buf = *buf
	data, err := readInto(f.Path, r, lim.MaxSize, how)
	if err != nil {
		done()
		return skip(err)
	}
	a, err := parse(name, data, borrow)
	var ins []Input
	if err != nil {
		ins = skip(err)
	} else {
		fn(a)
		ins = []Input{{Path: name, Status: ReadOK, Format: a.Format, Warnings: a.Warnings}}
	}
	if borrow {
		// A reason or warning that quotes the text would quote the
		// buffer, which the next file overwrites.
		for i := range ins {
			ins[i].Reason = strings.Clone(ins[i].Reason)
			ins[i].Warnings = cloneStrings(ins[i].Warnings)
		}
	}
	switch {
	case (err != nil || a.Format == FormatText) && cap(data) <= maxPooledBuffer:
		// A text article is done with data (or has its own copy of
		// it, from decode), so the buffer can take the next file.
		*buf = data[:0]
	default:
		// An HTML page's parser may keep parts of data, which may be
		// the pooled buffer itself: it is not reused. Nor is a buffer
		// over the cap.
		*buf = nil
	}
	done()
	return ins
}

// cloneStrings returns a copy of ss whose strings share no memory with
// those of ss.
func cloneStrings(ss []string) []string {
	if len(ss) == 0 {
		return ss
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// readBuffers holds buffers files are read into (*[]byte), for
// ReadFileContext to reuse; maxPooledBuffer bounds what it keeps, so one
// large file does not hold its size for the rest of the run.
var readBuffers sync.Pool

const maxPooledBuffer = 1 << 20

// ErrorReason is an error as an Input's Reason: without the path, which the
// Input names, and with the line and column first when it has them.
func ErrorReason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		switch {
		case e.Line > 0 && e.Column > 0:
			return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
		case e.Line > 0:
			return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
		}
		return e.Msg
	}
	return err.Error()
}

// readJSONL reads JSON lines from r, a line at a time, and calls fn with
// the article of each good record. It returns the file's Input, the
// skipped Inputs of bad records, and an error only when the file as a
// whole is not JSON lines (binary).
//
// Each non-blank line must be one JSON object with a "text" string; "id"
// (string or number), "source", "published", "url" and "title" are read
// when present and not null, other keys ignored. A record is the article
// NAME:LINE.
func readJSONL(ctx context.Context, name string, r io.Reader, lim Limits, fn func(*Article)) (Input, []Input, error) {
	in := Input{Path: name, Status: ReadOK, Format: FormatJSONL}
	var bad []Input
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, []byte(bom)):
		br.Discard(len(bom))
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		// Lines and columns stay those of the file; offsets are of the
		// decoded text, as for any UTF-16 article.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
	}
	if sniff, _ := br.Peek(binarySniff); bytes.IndexByte(sniff, 0) >= 0 {
		return in, nil, &Error{Path: name, binary: true, Msg: fmt.Sprintf(
			"binary file (NUL byte at offset %d); crosscheck reads text, Markdown, HTML and JSON-lines articles", bytes.IndexByte(sniff, 0))}
	}
	for lineNo := 1; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			bad = append(bad, Input{Path: name, Status: Skipped, Reason: fmt.Sprintf(
				"line %d: not read: %v; the records before it were read", lineNo, err)})
			break
		}
		line, tooLong, err := readLine(br, lim.MaxLine)
		if tooLong {
			bad = append(bad, Input{Path: name, Status: Skipped, Reason: fmt.Sprintf(
				"line %d: longer than the %s limit on a JSON-lines record; raise it with --max-line (e.g. --max-line %s)",
				lineNo, FormatSize(int64(lim.MaxLine)), FormatSize(int64(lim.MaxLine)*2))})
		} else if len(bytes.TrimSpace(line)) > 0 {
			if !utf8.Valid(line) {
				off := firstInvalid(line)
				in.Warnings = append(in.Warnings, fmt.Sprintf(
					"line %d, column %d: invalid UTF-8 (byte 0x%02x at offset %d of the line) replaced with U+FFFD; save the file as UTF-8",
					lineNo, utf8.RuneCount(line[:off])+1, line[off], off))
				line = replaceInvalid(line)
			}
			a, e := parseRecord(name, lineNo, line, lim)
			if e != nil {
				bad = append(bad, Input{Path: name, Status: Skipped, Reason: ErrorReason(e)})
			} else {
				in.Articles++
				in.Warnings = append(in.Warnings, a.Warnings...)
				fn(a)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			bad = append(bad, Input{Path: name, Status: Skipped, Reason: fmt.Sprintf(
				"line %d: cannot read on: %s; the records before it were read", lineNo, Reason(err))})
			break
		}
	}
	return in, bad, nil
}

// readLine returns the next line without its line ending. A line longer
// than max bytes is read to its end and dropped (tooLong), so memory stays
// bounded whatever the file holds. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 { // room for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if e == nil && len(line) > 0 {
			line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		}
		if !tooLong && len(line) > max {
			tooLong, line = true, nil
		}
		if e == nil {
			return line, tooLong, nil
		}
		return line, tooLong, e
	}
}

// recordFields are the keys a record may set, and what Article field each
// fills.
var recordFields = []string{"text", "id", "source", "published", "url", "title"}

// parseRecord decodes one line into an Article. Errors carry the line and
// the column (in characters) of the offending value.
func parseRecord(name string, lineNo int, line []byte, lim Limits) (*Article, *Error) {
	col := func(off int) int {
		off = max(0, min(off, len(line)))
		return utf8.RuneCount(line[:off]) + 1
	}
	fail := func(off int, format string, args ...any) *Error {
		return &Error{Path: name, Line: lineNo, Column: col(off), Msg: fmt.Sprintf(format, args...)}
	}
	syntax := func(err error) *Error {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			// The decoder's offsets count from where its last read
			// began, not from the line's start; one pass over the whole
			// line gives the offset of the bad character itself.
			var raw json.RawMessage
			if err := json.Unmarshal(line, &raw); errors.As(err, &se) {
				return fail(int(se.Offset)-1, "not valid JSON: %s; each line must be one JSON object with a \"text\" string", strings.TrimPrefix(se.Error(), "json: "))
			}
			return fail(int(se.Offset)-1, "not valid JSON: %s; each line must be one JSON object with a \"text\" string", strings.TrimPrefix(se.Error(), "json: "))
		case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
			return fail(len(line), "the JSON object is not closed by the end of the line; a record must be whole on one line (write line breaks in the text as \\n)")
		}
		return fail(0, "not valid JSON: %v", err)
	}
	// A line that does not open an object is said to be so at its first
	// character, rather than where the JSON reader gives up on it ("not
	// JSON" fails at its "o", read as the start of null).
	start := len(line) - len(bytes.TrimLeft(line, " \t\r"))
	if line[start] != '{' {
		if !json.Valid(line) {
			return nil, fail(start, "not a JSON object; each line must be one JSON object with a \"text\" string, {\"text\": \"...\"}")
		}
		return nil, fail(start, "a record must be a JSON object, {\"text\": \"...\", ...}, not %s", kindOf(line[start:]))
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	if _, err := dec.Token(); err != nil {
		return nil, syntax(err)
	}
	a := &Article{File: name, Record: lineNo, Path: name + ":" + strconv.Itoa(lineNo), Format: FormatJSONL}
	a.Source = a.Path
	seen := map[string]int{}
	hasText := false
	for dec.More() {
		keyStart := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return nil, syntax(err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntax(err)
		}
		end := int(dec.InputOffset())
		start := end - len(raw)
		known := false
		for _, f := range recordFields {
			known = known || f == key
		}
		if !known {
			continue // exports carry many keys crosscheck has no use for
		}
		if prev, ok := seen[key]; ok {
			return nil, fail(keyStart+bytes.IndexByte(line[keyStart:], '"'), "%q appears twice in the record (first at column %d); keep one", key, col(prev))
		}
		seen[key] = start
		if string(raw) == "null" {
			continue
		}
		if key == "id" && raw[0] != '"' && raw[0] != '{' && raw[0] != '[' && raw[0] != 't' && raw[0] != 'f' {
			a.ID = string(raw) // a numeric id, as written
			continue
		}
		var v string
		if raw[0] != '"' || json.Unmarshal(raw, &v) != nil {
			want := "a string"
			if key == "id" {
				want = "a string or a number"
			}
			return nil, fail(start, "%q must be %s, not %s", key, want, kindOf(raw))
		}
		trim := strings.TrimSpace(v)
		switch key {
		case "text":
			if int64(len(v)) > lim.MaxSize {
				return nil, fail(start, "the text is %s, over the %s limit on an article; raise it with --max-article-size", FormatSize(int64(len(v))), FormatSize(lim.MaxSize))
			}
			a.Text, hasText = v, true
		case "id":
			a.ID = trim
		case "source":
			if trim != "" {
				a.Source, a.Meta.Source = trim, true
			}
		case "url":
			if trim != "" {
				a.URL, a.Meta.URL = trim, true
			}
		case "title":
			if trim != "" {
				a.Title, a.Meta.Title = trim, true
			}
		case "published":
			if trim == "" {
				continue
			}
			t, ok := parseHTMLDate(trim)
			if !ok {
				return nil, fail(start, "cannot read published date %q; write it as %s", v, DateForms)
			}
			a.Published, a.Meta.Published = t, true
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, syntax(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		off := int(dec.InputOffset())
		if err != nil {
			return nil, syntax(err)
		}
		return nil, fail(off-1, "more after the record's closing brace; put one record on each line")
	}
	if !hasText {
		return nil, fail(0, "the record has no \"text\"; each record needs the article's text as a string")
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		// A NUL in decoded text ("\u0000") would reach every report.
		a.Text = strings.ReplaceAll(a.Text, "\x00", "\uFFFD")
		a.Warnings = append(a.Warnings, fmt.Sprintf("line %d: NUL characters in the text replaced with U+FFFD", lineNo))
	}
	a.lines = new(lineIndex)
	return a, nil
}

// kindOf names the kind of the JSON value raw starts with, for errors.
func kindOf(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// replaceInvalid replaces each invalid byte of b with U+FFFD, one for one
// (bytes.ToValidUTF8 makes one of a run), so that columns after them count
// every byte as the character position() says it is.
func replaceInvalid(b []byte) []byte {
	out := make([]byte, 0, len(b)+8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = append(out, "\uFFFD"...)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}
