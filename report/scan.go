package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// Scanned is one input of crosscheck scan and every quantity read from it:
// what a rule author looks at to see what the reader made of a sentence.
type Scanned struct {
	// File names the input as the user gave it; "-" is standard input.
	File string
	// Text is the input exactly as read: the quantities' byte offsets point
	// into it, and lines and columns are counted in it.
	Text string
	// Quantities are the quantities found in Text, as quantity.Scan returns
	// them; each must lie within Text.
	Quantities []quantity.Quantity
}

type jsonQuantity struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Column   int      `json:"column"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Low      *float64 `json:"low"`
	High     *float64 `json:"high"`
	LowOpen  bool     `json:"low_open"`
	HighOpen bool     `json:"high_open"`
	Value    float64  `json:"value"`
	Hedge    string   `json:"hedge"`
	Unit     string   `json:"unit"`
	Currency string   `json:"currency"`
	Vague    bool     `json:"vague"`
}

// QuantitiesJSON writes one JSON object per quantity, one per line (JSON
// Lines), in the order of s.Quantities, every object with the same keys in
// the same order:
//
//	{"file", "line", "column", "start", "end", "text", "kind",
//	 "low", "high", "low_open", "high_open", "value",
//	 "hedge", "unit", "currency", "vague"}
//
// The keys:
//   - "file" is s.File ("-" for standard input);
//   - "start" and "end" are byte offsets into the input, end exclusive;
//     "line" and "column" are 1-based, the column counted in characters as
//     in the check report ("€" is one), a UTF-8 byte order mark not counted;
//   - "text" is the words as written (invalid UTF-8 becomes U+FFFD; the
//     offsets are exact);
//   - "kind" is number, percent, money, year or duration;
//   - "low", "high", "low_open", "high_open" are the interval, and "value"
//     the figure as written: a percentage's number ("20%" is 20), money in
//     whole currency units ("$100bn" is 100000000000); "high": null is
//     unbounded (+Inf), "low": null is -Inf;
//   - "hedge", "unit" and "currency" are "" when not applicable.
//
// Numbers are written as encoding/json writes a float64. QuantitiesJSON
// writes nothing when it fails: on a quantity outside s.Text, or a NaN or
// infinite value.
func QuantitiesJSON(w io.Writer, s Scanned) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	pos := newLineTable(s.Text)
	for _, q := range s.Quantities {
		if err := checkQuantity(s, q); err != nil {
			return err
		}
		iv := q.Interval
		line, col := pos.position(q.Pos)
		kind := ""
		if q.Kind != 0 {
			kind = q.Kind.String()
		}
		err := enc.Encode(jsonQuantity{
			File:     s.File,
			Line:     line,
			Column:   col,
			Start:    q.Pos,
			End:      q.End,
			Text:     s.Text[q.Pos:q.End],
			Kind:     kind,
			Low:      bound(iv.Low),
			High:     bound(iv.High),
			LowOpen:  iv.LowOpen,
			HighOpen: iv.HighOpen,
			Value:    zero(q.Value),
			Hedge:    q.Hedge,
			Unit:     q.Unit,
			Currency: q.Currency,
			Vague:    q.Vague,
		})
		if err != nil {
			return fmt.Errorf("report: %s:%d:%d: %w", s.File, line, col, err)
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// QuantitiesText writes one line per quantity for a person, in aligned
// columns: the place, the words as written, the kind and the interval (as
// the check report writes it: "7", "[18, 22]", "(1 million, ∞)"), then the
// hedge, unit and currency when set and "vague" when vague:
//
//	a.txt:3:14  around 20%          percent [18, 22]        hedge=about
//	a.txt:4:1   up to $100 billion  money [0, 100 billion]  hedge=up to  currency=USD
//
// Like the check report, it writes no control character from the input.
// It writes nothing when a quantity lies outside s.Text.
func QuantitiesText(w io.Writer, s Scanned) error {
	pos := newLineTable(s.Text)
	type row struct{ loc, words, value, extra string }
	rows := make([]row, 0, len(s.Quantities))
	var locW, wordsW, valueW int
	for _, q := range s.Quantities {
		if err := checkQuantity(s, q); err != nil {
			return err
		}
		line, col := pos.position(q.Pos)
		r := row{
			loc:   fmt.Sprintf("%s:%d:%d", clean(s.File), line, col),
			words: clean(s.Text[q.Pos:q.End]),
			value: clean(q.Kind.String()) + " " + interval(q.Interval, q.Kind),
		}
		var extra []string
		for _, f := range []struct{ name, v string }{
			{"hedge", q.Hedge}, {"unit", q.Unit}, {"currency", q.Currency},
		} {
			if f.v != "" {
				extra = append(extra, f.name+"="+clean(f.v))
			}
		}
		if q.Vague {
			extra = append(extra, "vague")
		}
		r.extra = strings.Join(extra, "  ")
		locW = max(locW, utf8.RuneCountInString(r.loc))
		wordsW = max(wordsW, utf8.RuneCountInString(r.words))
		valueW = max(valueW, utf8.RuneCountInString(r.value))
		rows = append(rows, r)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r.loc + pad(r.loc, locW) + "  " + r.words + pad(r.words, wordsW) + "  " + r.value)
		if r.extra != "" {
			b.WriteString(pad(r.value, valueW) + "  " + r.extra)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func checkQuantity(s Scanned, q quantity.Quantity) error {
	if q.Pos < 0 || q.Pos > q.End || q.End > len(s.Text) {
		return fmt.Errorf("report: %s: quantity at bytes %d-%d lies outside the input (%d bytes)", s.File, q.Pos, q.End, len(s.Text))
	}
	if hasNaN(q.Interval.Low, q.Interval.High, q.Value) || math.IsInf(q.Value, 0) {
		return fmt.Errorf("report: %s: quantity %q at byte %d: value is not a number", s.File, s.Text[q.Pos:q.End], q.Pos)
	}
	return nil
}

// lineTable turns byte offsets into 1-based lines and character columns,
// counted as article.Position counts them, for text that need not be an
// article (no front matter split, possibly invalid UTF-8, where each bad
// byte is one column).
type lineTable struct {
	text  string
	lines []int // byte offsets of line starts
}

func newLineTable(text string) lineTable {
	lines := make([]int, 1, 1+len(text)/64)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lineTable{text: text, lines: lines}
}

const bom = "\uFEFF"

func (t lineTable) position(off int) (line, col int) {
	off = max(0, min(off, len(t.text)))
	i := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off }) - 1
	start := t.lines[i]
	if i == 0 && strings.HasPrefix(t.text, bom) && off >= len(bom) {
		start = len(bom)
	}
	return i + 1, utf8.RuneCountInString(t.text[start:off]) + 1
}
