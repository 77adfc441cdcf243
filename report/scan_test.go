package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// scanText is the input of the scan golden files: several lines, a UTF-8
// byte order mark, "€" and "—" before a value on its line (so character
// and byte columns differ), and a control character in a value's words.
const scanText = "\uFEFFThe strike killed seven civilians.\n" +
	"Russia — which annexed Crimea in 2014 — holds around 20% of Ukraine.\n" +
	"\n" +
	"The EU pledged up to €50 billion; more than 1 million fled,\n" +
	"dozens of drones flew, in a nearly four-year-long war, 3\x1b[31m5 hours.\n"

// scanFixture builds the quantities by hand, as quantity.Scan would, so the
// golden files test the rendering only and stay put when the scanner
// learns more.
func scanFixture() Scanned {
	inf := math.Inf(1)
	at := func(words string, q quantity.Quantity) quantity.Quantity {
		i := strings.Index(scanText, words)
		if i < 0 {
			panic("scan fixture: " + words + " not in the text")
		}
		q.Pos, q.End = i, i+len(words)
		return q
	}
	return Scanned{
		File: "articles/a.md",
		Text: scanText,
		Quantities: []quantity.Quantity{
			at("seven", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(7), Value: 7, Unit: "civilians"}),
			at("2014", quantity.Quantity{Kind: quantity.Year, Interval: quantity.Point(2014), Value: 2014}),
			at("around 20%", quantity.Quantity{Kind: quantity.Percent, Interval: quantity.Interval{Low: 18, High: 22}, Value: 20, Hedge: "about"}),
			at("up to €50 billion", quantity.Quantity{Kind: quantity.Money, Interval: quantity.Interval{Low: 0, High: 5e10}, Value: 5e10, Hedge: "up to", Currency: "EUR"}),
			at("more than 1 million", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 1e6, High: inf, LowOpen: true}, Value: 1e6, Hedge: "more than"}),
			at("dozens", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 24, High: 99}, Value: 61.5, Unit: "drones", Vague: true}),
			at("nearly four-year-long", quantity.Quantity{Kind: quantity.Duration, Interval: quantity.Interval{Low: 3.6, High: 4, HighOpen: true}, Value: 4, Hedge: "nearly", Unit: "years"}),
			at("3\x1b[31m5 hours", quantity.Quantity{Kind: quantity.Duration, Interval: quantity.Interval{Low: 35, High: 36, HighOpen: true}, Value: 35, Unit: "hours"}),
		},
	}
}

func TestScanGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, Scanned) error
	}{
		{"scan.golden.jsonl", func(w *bytes.Buffer, s Scanned) error { return QuantitiesJSON(w, s) }},
		{"scan.golden.txt", func(w *bytes.Buffer, s Scanned) error { return QuantitiesText(w, s) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, scanFixture()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, buf.Bytes())
			if bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Error("an escape character from the input reached the output")
			}
		})
	}
}

// TestQuantitiesJSONContract reads the output back as a tool would: one
// object a line, every line the same keys in the same order, offsets that
// point at the words, null for an unbounded end.
func TestQuantitiesJSONContract(t *testing.T) {
	s := scanFixture()
	var buf bytes.Buffer
	if err := QuantitiesJSON(&buf, s); err != nil {
		t.Fatal(err)
	}
	wantKeys := []string{"file", "line", "column", "start", "end", "text", "kind", "low", "high",
		"low_open", "high_open", "value", "hedge", "unit", "currency", "vague"}
	out := buf.String()
	sc := bufio.NewScanner(strings.NewReader(out))
	n := 0
	for sc.Scan() {
		line := sc.Bytes()
		dec := json.NewDecoder(bytes.NewReader(line))
		var keys []string
		if _, err := dec.Token(); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
			keys = append(keys, k.(string))
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatalf("line %d: %v", n+1, err)
			}
		}
		if strings.Join(keys, ",") != strings.Join(wantKeys, ",") {
			t.Errorf("line %d: keys %v, want %v", n+1, keys, wantKeys)
		}
		var obj struct {
			File       string
			Line       int
			Column     int
			Start, End int
			Text       string
			Kind       string
			High       *float64
			Value      float64
		}
		if err := json.Unmarshal(line, &obj); err != nil {
			t.Fatal(err)
		}
		q := s.Quantities[n]
		if obj.File != s.File || obj.Start != q.Pos || obj.End != q.End || obj.Kind != q.Kind.String() {
			t.Errorf("line %d: %+v does not match %+v", n+1, obj, q)
		}
		if obj.Text != strings.ToValidUTF8(s.Text[q.Pos:q.End], "\uFFFD") {
			t.Errorf("line %d: text %q, want %q", n+1, obj.Text, s.Text[q.Pos:q.End])
		}
		if (obj.High == nil) != q.Interval.Unbounded() {
			t.Errorf("line %d: high %v for interval %+v", n+1, obj.High, q.Interval)
		}
		n++
	}
	if n != len(s.Quantities) {
		t.Errorf("%d lines, want %d", n, len(s.Quantities))
	}
	for _, want := range []string{`"value":50000000000,`, `"high":null,`, `"line":4,"column":35,"start":148,`, `"text":"up to €50 billion"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

// TestScanRealInput runs the real scanner on simple sentences, so that
// what quantity.Scan returns always renders (offsets inside the text,
// values finite) and the headline cases read as the issue says.
func TestScanRealInput(t *testing.T) {
	text := "Around 20% of the land. Kyiv was offered $100bn.\n\xff\xfe Seven people died in 2014.\n"
	s := Scanned{File: "-", Text: text, Quantities: quantity.Scan(text)}
	var js, txt bytes.Buffer
	if err := QuantitiesJSON(&js, s); err != nil {
		t.Fatal(err)
	}
	if err := QuantitiesText(&txt, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"text":"Around 20%","kind":"percent","low":18,"high":22,`,
		`"value":20,"hedge":"about"`,
		`"text":"$100bn","kind":"money","low":100000000000,"high":100000000000,`,
		`"currency":"USD"`,
		`"file":"-","line":2,"column":4,`,
		`"kind":"year"`,
	} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("JSON output lacks %s:\n%s", want, js.String())
		}
	}
	for _, want := range []string{"-:1:1  ", "percent [18, 22]", "hedge=about", "currency=USD", "-:2:4 "} {
		if !strings.Contains(txt.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, txt.String())
		}
	}
}

func TestQuantitiesRejectBadSpans(t *testing.T) {
	seven := quantity.Quantity{Pos: 0, End: 1, Kind: quantity.Number, Interval: quantity.Point(7), Value: 7}
	for _, q := range []quantity.Quantity{
		{Pos: 3, End: 99, Kind: quantity.Number},
		{Pos: 4, End: 2, Kind: quantity.Number},
		{Pos: 0, End: 1, Kind: quantity.Number, Value: math.NaN()},
	} {
		s := Scanned{File: "a.txt", Text: "7 or 8", Quantities: []quantity.Quantity{seven, q}}
		for name, write := range map[string]func(*bytes.Buffer, Scanned) error{
			"json": func(w *bytes.Buffer, s Scanned) error { return QuantitiesJSON(w, s) },
			"text": func(w *bytes.Buffer, s Scanned) error { return QuantitiesText(w, s) },
		} {
			var buf bytes.Buffer
			err := write(&buf, s)
			if err == nil || !strings.Contains(err.Error(), "a.txt") {
				t.Errorf("%s, %+v: err = %v, want an error naming the file", name, q, err)
			}
			if buf.Len() > 0 {
				t.Errorf("%s, %+v: wrote %q before failing", name, q, buf.String())
			}
		}
	}
}

// TestLineTable checks that scan counts lines and columns as the check
// report does (article.Position), so a rule author sees the same place in
// both.
func TestLineTable(t *testing.T) {
	for _, text := range []string{"", "a", "\uFEFFab\ncd", "€ — “x”\n\n\xffz 7\r\nend", "\n\n"} {
		lt := newLineTable(text)
		a := &article.Article{Text: text}
		for off := -1; off <= len(text)+1; off++ {
			l1, c1 := lt.position(off)
			l2, c2 := a.Position(off)
			if l1 != l2 || c1 != c2 {
				t.Errorf("%q at %d: %d:%d, article.Position says %d:%d", text, off, l1, c1, l2, c2)
			}
		}
	}
}
