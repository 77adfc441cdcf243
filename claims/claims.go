// Package claims writes and reads claims as JSON lines: the contract
// between `crosscheck extract`, which reads articles and takes claims, and
// `crosscheck compare`, which turns claims into findings. Extraction can
// then be sharded by article across machines and the claims of every shard
// compared together, with the same findings `crosscheck check` gives.
//
// A stream is a header line, then one line per input and per claim:
//
//	{"type":"header","version":1}
//	{"type":"input","article":"a.md","status":"read"}
//	{"type":"claim","fact":"kharkiv-deaths","article":"a.md",...}
//
// Fields added since version 1 was first written are left out when empty,
// so streams of text and Markdown articles read as they did: "format"
// ("html", "jsonl") on inputs and claims, "articles", "warnings" and
// "benign" on inputs, "file", "record" and "record_id" on claims of
// JSON-lines records.
//
// Several streams may be concatenated (one per shard): each brings its own
// header. Every field a report needs is written, so compare reads no
// article; numbers round-trip exactly (encoding/json writes the shortest
// form that parses back to the same float64), and an unbounded end is null.
package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	gojson "github.com/goccy/go-json"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// Version is the version of the stream format the header names.
const Version = 1

// record is one line of a stream; Type says which fields it uses.
type record struct {
	Type    string `json:"type"`
	Version int    `json:"version,omitempty"`

	// input and claim
	Article string `json:"article,omitempty"`
	// input
	Status   string   `json:"status,omitempty"`
	Reason   string   `json:"reason,omitempty"`
	Articles int      `json:"articles,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
	Benign   bool     `json:"benign,omitempty"`

	// input and claim: how the article was read (article.Format), "" for
	// text and Markdown
	Format string `json:"format,omitempty"`

	// claim
	Fact           string     `json:"fact,omitempty"`
	Source         string     `json:"source,omitempty"`
	Published      string     `json:"published,omitempty"`
	Offset         int        `json:"offset,omitempty"`
	End            int        `json:"end,omitempty"`
	Line           int        `json:"line,omitempty"`
	Column         int        `json:"column,omitempty"`
	Text           string     `json:"text,omitempty"`
	Sentence       string     `json:"sentence,omitempty"`
	SentenceOffset int        `json:"sentence_offset,omitempty"`
	Terms          [][2]int   `json:"terms,omitempty"`
	Quantity       *jsonQuant `json:"quantity,omitempty"`
	Claimant       string     `json:"claimant,omitempty"`
	Resolved       string     `json:"resolved,omitempty"`
	Weight         float64    `json:"weight,omitempty"`
	// a JSON-lines record's file, line and id
	File     string `json:"file,omitempty"`
	Record   int    `json:"record,omitempty"`
	RecordID string `json:"record_id,omitempty"`
}

type jsonQuant struct {
	Kind     string   `json:"kind"`
	Low      *float64 `json:"low"`
	High     *float64 `json:"high"`
	LowOpen  bool     `json:"low_open,omitempty"`
	HighOpen bool     `json:"high_open,omitempty"`
	Value    float64  `json:"value"`
	Hedge    string   `json:"hedge,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Currency string   `json:"currency,omitempty"`
	Vague    bool     `json:"vague,omitempty"`
}

// Writer writes a stream. It is not safe for concurrent use.
type Writer struct {
	w      *bufio.Writer
	enc    *json.Encoder
	header bool
}

// NewWriter returns a Writer on w; call Flush when done.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc}
}

func (w *Writer) write(r *record) error {
	if !w.header {
		w.header = true
		if err := w.enc.Encode(record{Type: "header", Version: Version}); err != nil {
			return err
		}
	}
	return w.enc.Encode(r)
}

// Input writes one input's account.
func (w *Writer) Input(in article.Input) error {
	return w.write(&record{Type: "input", Article: in.Path, Status: in.Status, Reason: in.Reason,
		Format: string(in.Format), Articles: in.Articles, Warnings: in.Warnings, Benign: in.Benign})
}

// Claim writes one claim. Fields Compare sets (SourceID, CopyOf,
// Superseded) and New, which a review sets, are not written.
func (w *Writer) Claim(c checker.Claim) error {
	q := c.Quantity
	if math.IsNaN(q.Interval.Low) || math.IsNaN(q.Interval.High) || math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
		return fmt.Errorf("claims: %s:%d:%d: %s: value is not a number", c.Article, c.Line, c.Column, c.Fact)
	}
	r := &record{
		Type: "claim", Fact: c.Fact, Article: c.Article, Source: c.Source,
		Offset: c.Offset, End: c.End, Line: c.Line, Column: c.Column,
		Text: c.Text, Sentence: c.Sentence, SentenceOffset: c.SentenceOffset,
		Claimant: c.Claimant, Resolved: c.Resolved, Weight: c.Weight,
		Quantity: &jsonQuant{
			Kind: q.Kind.String(), Low: bound(q.Interval.Low), High: bound(q.Interval.High),
			LowOpen: q.Interval.LowOpen, HighOpen: q.Interval.HighOpen, Value: q.Value,
			Hedge: q.Hedge, Unit: q.Unit, Currency: q.Currency, Vague: q.Vague,
		},
	}
	if o := c.Origin; o != nil {
		r.Format, r.File, r.Record, r.RecordID = string(o.Format), o.File, o.Record, o.RecordID
	}
	if !c.Published.IsZero() {
		r.Published = c.Published.Format(time.RFC3339Nano)
	}
	for _, t := range c.Terms {
		r.Terms = append(r.Terms, [2]int{t.Pos, t.End})
	}
	return w.write(r)
}

// Flush writes what is buffered; a stream with nothing in it still gets its
// header, so an empty shard is a valid stream.
func (w *Writer) Flush() error {
	if !w.header {
		w.header = true
		if err := w.enc.Encode(record{Type: "header", Version: Version}); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

// bound is nil for an infinite end: JSON has no infinity.
func bound(x float64) *float64 {
	if math.IsInf(x, 0) {
		return nil
	}
	return &x
}

// Error is a line of a stream that cannot be read.
type Error struct {
	Name string // the stream's name, "-" for standard input
	Line int
	// Column is the 1-based character of the line where the trouble is,
	// or 0 when it is the line as a whole (a claim whose fields do not fit
	// together, a stream without a header).
	Column int
	Msg    string
}

func (e *Error) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
}

// Position is where the error is, NAME:LINE or NAME:LINE:COLUMN: what
// compare names a skipped line by.
func (e *Error) Position() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d", e.Name, e.Line, e.Column)
	}
	return fmt.Sprintf("%s:%d", e.Name, e.Line)
}

// MaxBadLines is how many lines of one stream ReadEach skips before it
// gives the stream up: a file with that many lines that are not claims is
// not a claims stream, and one error per line of it would bury the rest.
const MaxBadLines = 20

// MaxLine is the longest line Read accepts; a claim line holds one sentence,
// so a longer line is not a claim stream.
const MaxLine = 16 << 20

// Read reads a stream named name (for errors) and returns its inputs and
// claims in stream order. The first error ends the read: a stream that is
// not whole would compare into findings that are wrong without saying so.
func Read(name string, r io.Reader) ([]article.Input, []checker.Claim, error) {
	var inputs []article.Input
	var claims []checker.Claim
	err := ReadFunc(name, r, func(in article.Input) error {
		inputs = append(inputs, in)
		return nil
	}, func(c checker.Claim) error {
		claims = append(claims, c)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return inputs, claims, nil
}

// ReadFunc is Read handing each input and claim on as it is read, so that
// a stream of millions of claims need not be held (compare keeps them in a
// checker.Store). An error from input or claim ends the read and is
// returned as it is; what was handed on before an error is not to be
// trusted, as Read's whole result is not.
func ReadFunc(name string, r io.Reader, input func(article.Input) error, claim func(checker.Claim) error) error {
	return read(name, r, input, claim, nil)
}

// ReadEach is ReadFunc that reads on past a line it cannot read, as check
// reads on past an article it cannot: each such line goes to bad, as an
// *Error, and the read goes on with the next line. What is handed on is
// then every good line of the stream, and bad has heard of every other.
//
// Some troubles still end the read, with an *Error: a stream that does not
// start with a header of this Version (nothing in it can be trusted to
// mean what this crosscheck would read it as), a line longer than MaxLine
// (the rest of the stream cannot be found from it), a read that fails,
// and a stream past MaxBadLines bad lines. An error from input, claim or
// bad ends the read and is returned as it is.
func ReadEach(name string, r io.Reader, input func(article.Input) error, claim func(checker.Claim) error, bad func(*Error) error) error {
	if bad == nil {
		bad = func(e *Error) error { return e }
	}
	return read(name, r, input, claim, bad)
}

// read is ReadFunc, and ReadEach when bad is not nil.
func read(name string, r io.Reader, input func(article.Input) error, claim func(checker.Claim) error, bad func(*Error) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	line := 0
	header := false
	nbad := 0
	fail := func(format string, args ...any) *Error {
		return &Error{Name: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	// skip hands a bad line to bad, or, in ReadFunc, ends the read with it.
	skip := func(e *Error) error {
		if bad == nil {
			return e
		}
		nbad++
		if nbad > MaxBadLines {
			return fail("more than %d lines that cannot be read: is this a claims stream? compare reads what crosscheck extract writes", MaxBadLines)
		}
		return bad(e)
	}
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if line == 1 {
			// A byte-order mark, which some editors and tools put before
			// UTF-8, is not part of the first line's JSON.
			b = bytes.TrimPrefix(b, []byte("\uFEFF"))
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue // blank, as the JSON-lines article reader takes it
		}
		var rec record
		if err := unmarshalLine(b, &rec); err != nil {
			e := lineError(name, line, b, err)
			if !header {
				return e // no header yet: not a claims stream at all
			}
			if err := skip(e); err != nil {
				return err
			}
			continue
		}
		if !header && rec.Type != "header" {
			return fail(`the stream does not start with a header line {"type":"header","version":%d}; compare reads what crosscheck extract writes`, Version)
		}
		switch rec.Type {
		case "header":
			if rec.Version != Version {
				return fail("claims stream version %d; this crosscheck reads version %d: extract and compare with the same release", rec.Version, Version)
			}
			header = true
		case "input":
			if rec.Article == "" || (rec.Status != article.ReadOK && rec.Status != article.Skipped) {
				if err := skip(fail(`an input needs "article" and a "status" of read or skipped`)); err != nil {
					return err
				}
				continue
			}
			if err := input(article.Input{Path: rec.Article, Status: rec.Status, Reason: rec.Reason,
				Format: article.Format(rec.Format), Articles: rec.Articles, Warnings: rec.Warnings, Benign: rec.Benign}); err != nil {
				return err
			}
		case "claim":
			c, err := toClaim(&rec)
			if err != nil {
				if err := skip(fail("%v", err)); err != nil {
					return err
				}
				continue
			}
			if err := claim(c); err != nil {
				return err
			}
		default:
			if err := skip(fail("unknown line type %q (header, input or claim)", rec.Type)); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		line++
		if errors.Is(err, bufio.ErrTooLong) {
			return fail("line longer than %d bytes; not a claims stream", MaxLine)
		}
		return fail("%v", err)
	}
	if !header {
		return fail("empty: no header line; compare reads what crosscheck extract writes")
	}
	return nil
}

// unmarshalLine decodes one line into rec. goccy/go-json reads a claims
// line in about half the instructions encoding/json takes, which halves
// what compare costs; encoding/json decodes the lines goccy refuses (or
// panics on), so that an error is encoding/json's, which lineError puts
// into words, and no line is read that encoding/json would refuse.
// FuzzUnmarshalLine holds the two to the same records.
func unmarshalLine(b []byte, rec *record) error {
	if fastUnmarshal(b, rec) == nil {
		return nil
	}
	*rec = record{}
	return json.Unmarshal(b, rec)
}

// fastUnmarshal is goccy/go-json's Unmarshal, which copies b: the strings
// it makes do not point into the scanner's buffer.
func fastUnmarshal(b []byte, rec *record) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("goccy/go-json: %v", r)
		}
	}()
	return gojson.Unmarshal(b, rec)
}

// lineError says why a line is not a JSON object of a claims stream, at
// the character where it goes wrong, in words for whoever wrote the line
// rather than encoding/json's Go types.
func lineError(name string, line int, b []byte, err error) *Error {
	at := func(off int64, format string, args ...any) *Error {
		off = max(0, min(off, int64(len(b))))
		return &Error{Name: name, Line: line, Column: utf8.RuneCount(b[:off]) + 1, Msg: fmt.Sprintf(format, args...)}
	}
	const advice = "each line of a claims stream is one JSON object, as crosscheck extract writes"
	// A line that does not open an object is said to be so at its first
	// character, not where encoding/json gives up on it ("this" fails at
	// its "h", read as the start of true).
	start := len(b) - len(bytes.TrimLeft(b, " \t\r"))
	if start < len(b) && b[start] != '{' && !json.Valid(b) {
		return at(int64(start), "not a JSON object; %s", advice)
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		if strings.Contains(se.Error(), "unexpected end of JSON input") {
			return at(int64(len(b)), "the JSON object is not closed by the end of the line; %s", advice)
		}
		return at(se.Offset-1, "not valid JSON: %s; %s", strings.TrimPrefix(se.Error(), "json: "), advice)
	case errors.As(err, &te):
		if te.Field == "" {
			return at(0, "not a JSON object but %s; %s", jsonKind(te.Value), advice)
		}
		return at(valueStart(b, te.Offset), "%q must be %s, not %s", te.Field, goKind(te.Type), jsonKind(te.Value))
	}
	return at(0, "not valid JSON: %s; %s", strings.TrimPrefix(err.Error(), "json: "), advice)
}

// valueStart is where the JSON value that encoding/json's
// UnmarshalTypeError places at end starts: that offset is just past a
// string, number or literal, and just past the bracket that opens an
// array or object.
func valueStart(b []byte, end int64) int64 {
	end = max(0, min(end, int64(len(b))))
	i := end - 1
	switch {
	case i < 0:
		return 0
	case b[i] == '[' || b[i] == '{':
		return i
	case b[i] == '"':
		// Back to the quote that opens the string: the first one not
		// escaped, that is, not after an odd run of backslashes.
		for i--; i >= 0; i-- {
			if b[i] != '"' {
				continue
			}
			n := 0
			for j := i - 1; j >= 0 && b[j] == '\\'; j-- {
				n++
			}
			if n%2 == 0 {
				return i
			}
		}
		return 0
	}
	for i > 0 && isLiteralByte(b[i-1]) {
		i--
	}
	return i
}

// isLiteralByte reports whether c may be part of a JSON number, true,
// false or null.
func isLiteralByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || c == '.' || c == '+' || c == '-' || c == 'E'
}

// jsonKind names the kind of JSON value encoding/json's UnmarshalTypeError
// calls v ("number", "string", "array", "object", "bool", "number 1.5").
func jsonKind(v string) string {
	v, n, ok := strings.Cut(v, " ")
	if ok {
		return n // "number 1.5": the number is clearer than its kind
	}
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	case "":
		return "that"
	}
	return "a " + v
}

// goKind names, in JSON's words, what a field of type t is written as.
func goKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Pointer:
		return goKind(t.Elem()) + " or null"
	}
	return "an object"
}

func toClaim(r *record) (checker.Claim, error) {
	if r.Fact == "" || r.Article == "" || r.Quantity == nil {
		return checker.Claim{}, errors.New(`a claim needs "fact", "article" and "quantity"`)
	}
	kind, ok := quantity.ParseKind(r.Quantity.Kind)
	if !ok {
		return checker.Claim{}, fmt.Errorf("unknown quantity kind %q", r.Quantity.Kind)
	}
	q := quantity.Quantity{
		Pos: r.Offset, End: r.End, Kind: kind,
		Interval: quantity.Interval{Low: math.Inf(-1), High: math.Inf(1), LowOpen: r.Quantity.LowOpen, HighOpen: r.Quantity.HighOpen},
		Value:    r.Quantity.Value, Hedge: r.Quantity.Hedge, Unit: r.Quantity.Unit, Currency: r.Quantity.Currency, Vague: r.Quantity.Vague,
	}
	if r.Quantity.Low != nil {
		q.Interval.Low = *r.Quantity.Low
	}
	if r.Quantity.High != nil {
		q.Interval.High = *r.Quantity.High
	}
	if q.Interval.Low > q.Interval.High || math.IsNaN(q.Value) {
		return checker.Claim{}, errors.New("the quantity's low is above its high")
	}
	if r.Offset < 0 || r.End < r.Offset || r.SentenceOffset < 0 || r.SentenceOffset > r.Offset {
		return checker.Claim{}, errors.New("offsets out of order: want 0 <= sentence_offset <= offset <= end")
	}
	c := checker.Claim{
		Fact: r.Fact, Article: r.Article, Source: r.Source,
		Offset: r.Offset, End: r.End, Line: r.Line, Column: r.Column,
		Text: r.Text, Sentence: r.Sentence, SentenceOffset: r.SentenceOffset,
		Quantity: q, Claimant: r.Claimant, Resolved: r.Resolved, Weight: r.Weight,
	}
	if r.Format != "" || r.File != "" || r.Record != 0 || r.RecordID != "" {
		c.Origin = &checker.Origin{Format: article.Format(r.Format), File: r.File, Record: r.Record, RecordID: r.RecordID}
	}
	if r.Published != "" {
		t, err := time.Parse(time.RFC3339Nano, r.Published)
		if err != nil {
			return checker.Claim{}, fmt.Errorf("published %q is not an RFC 3339 time", r.Published)
		}
		c.Published = t
	}
	for _, t := range r.Terms {
		if t[0] < 0 || t[1] < t[0] || t[1] > len(r.Sentence) {
			return checker.Claim{}, fmt.Errorf("term span [%d, %d) is outside the sentence", t[0], t[1])
		}
		c.Terms = append(c.Terms, checker.Span{Pos: t[0], End: t[1]})
	}
	return c, nil
}
