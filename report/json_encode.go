package report

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// A report's claims are nearly all of its bytes, and encoding/json spent
// most of a large report's time on them: reflecting over each, then
// scanning its encoding again, byte by byte, to indent it. appendClaim
// writes a claim indented as it goes, in one pass. jsonClaim still says
// the keys: TestAppendClaimFields fails when a field is added to it and
// not here.

// claimKey starts every key of a claim but the first.
const claimKey = ",\n" + claimIndent + `  "`

// appendClaim appends c as encoding/json encodes it with SetIndent(
// claimIndent, "  ") and SetEscapeHTML(false), without Encode's trailing
// newline. Its error, on a number JSON cannot write, is the one Encode
// gives.
func appendClaim(b []byte, c *jsonClaim) ([]byte, error) {
	var err error
	b = append(b, "{\n"+claimIndent+`  "article": `...)
	b = appendJSONString(b, c.Article)
	b = append(b, claimKey+`source": `...)
	b = appendJSONString(b, c.Source)
	if c.Published != "" {
		b = append(b, claimKey+`published": `...)
		b = appendJSONString(b, c.Published)
	}
	b = append(b, claimKey+`line": `...)
	b = strconv.AppendInt(b, int64(c.Line), 10)
	b = append(b, claimKey+`column": `...)
	b = strconv.AppendInt(b, int64(c.Column), 10)
	b = append(b, claimKey+`offset": `...)
	b = strconv.AppendInt(b, int64(c.Offset), 10)
	b = append(b, claimKey+`text": `...)
	b = appendJSONString(b, c.Text)
	b = append(b, claimKey+`sentence": `...)
	b = appendJSONString(b, c.Sentence)
	b = append(b, claimKey+`low": `...)
	if b, err = appendJSONFloatPtr(b, c.Low); err != nil {
		return b, err
	}
	b = append(b, claimKey+`high": `...)
	if b, err = appendJSONFloatPtr(b, c.High); err != nil {
		return b, err
	}
	b = append(b, claimKey+`low_open": `...)
	b = strconv.AppendBool(b, c.LowOpen)
	b = append(b, claimKey+`high_open": `...)
	b = strconv.AppendBool(b, c.HighOpen)
	b = append(b, claimKey+`hedge": `...)
	b = appendJSONString(b, c.Hedge)
	b = append(b, claimKey+`vague": `...)
	b = strconv.AppendBool(b, c.Vague)
	b = append(b, claimKey+`kind": `...)
	b = appendJSONString(b, c.Kind)
	b = append(b, claimKey+`unit": `...)
	b = appendJSONString(b, c.Unit)
	b = append(b, claimKey+`currency": `...)
	b = appendJSONString(b, c.Currency)
	b = append(b, claimKey+`value": `...)
	if b, err = appendJSONFloat(b, c.Value); err != nil {
		return b, err
	}
	if d := c.Dates; d != nil {
		const dateKey = ",\n" + claimIndent + `    "`
		b = append(b, claimKey+"dates\": {\n"+claimIndent+`    "low": `...)
		b = appendJSONStringPtr(b, d.Low)
		b = append(b, dateKey+`high": `...)
		b = appendJSONStringPtr(b, d.High)
		b = append(b, dateKey+`value": `...)
		b = appendJSONString(b, d.Value)
		b = append(b, "\n"+claimIndent+"  }"...)
	}
	if c.New {
		b = append(b, claimKey+`new": true`...)
	}
	b = append(b, claimKey+`source_id": `...)
	b = appendJSONString(b, c.SourceID)
	if c.Weight != 0 {
		b = append(b, claimKey+`weight": `...)
		if b, err = appendJSONFloat(b, c.Weight); err != nil {
			return b, err
		}
	}
	if c.Claimant != "" {
		b = append(b, claimKey+`claimant": `...)
		b = appendJSONString(b, c.Claimant)
	}
	if c.Resolved != "" {
		b = append(b, claimKey+`resolved": `...)
		b = appendJSONString(b, c.Resolved)
	}
	if c.CopyOf != "" {
		b = append(b, claimKey+`copy_of": `...)
		b = appendJSONString(b, c.CopyOf)
	}
	if c.Superseded {
		b = append(b, claimKey+`superseded": true`...)
	}
	b = append(b, claimKey+`cluster": `...)
	b = strconv.AppendInt(b, int64(c.Cluster), 10)
	if c.Format != "" {
		b = append(b, claimKey+`format": `...)
		b = appendJSONString(b, c.Format)
	}
	if c.File != "" {
		b = append(b, claimKey+`file": `...)
		b = appendJSONString(b, c.File)
	}
	if c.Record != 0 {
		b = append(b, claimKey+`record": `...)
		b = strconv.AppendInt(b, int64(c.Record), 10)
	}
	if c.RecordID != "" {
		b = append(b, claimKey+`record_id": `...)
		b = appendJSONString(b, c.RecordID)
	}
	return append(b, "\n"+claimIndent+"}"...), nil
}

func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

func appendJSONFloatPtr(b []byte, f *float64) ([]byte, error) {
	if f == nil {
		return append(b, "null"...), nil
	}
	return appendJSONFloat(b, *f)
}

// appendJSONFloat appends f as encoding/json writes a float64: like
// strconv's shortest 'f', but 'e' for the very small and very large, with
// no leading zero in the exponent.
func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, &json.UnsupportedValueError{Value: reflect.ValueOf(f), Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	// Most of a report's numbers are whole (counts, day numbers), and an
	// integer below 1e15 is its own shortest decimal: strconv's float
	// formatting, three times a claim, cost more than the rest of it.
	if i := int64(f); float64(i) == f && -1e15 < f && f < 1e15 && (i != 0 || !math.Signbit(f)) {
		return strconv.AppendInt(b, i, 10), nil
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// 1e-07 is 1e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// appendJSONString appends s quoted as encoding/json quotes a string
// without HTML escaping: it escapes quotes, backslashes and control
// characters, U+2028 and U+2029 (for JSONP), and writes each byte of
// invalid UTF-8 as U+FFFD. TestAppendJSONString and FuzzAppendJSONString
// hold it to encoding/json.
func appendJSONString(b []byte, s string) []byte {
	// Nearly every string of a report (paths, outlets, sentences, units)
	// has nothing to escape: it is checked a word at a time and copied
	// whole, where the loop below took the last bytes of each, and all of
	// a short one, a byte at a time.
	if plainString(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	return appendJSONStringEscaped(b, s)
}

// plainString reports whether every byte of s is written as it is: none
// is a control character, a quote, a backslash or outside ASCII.
func plainString(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if !plain8(binary.LittleEndian.Uint64([]byte(s[i : i+8]))) {
			return false
		}
	}
	switch {
	case i == len(s):
		return true
	case len(s) >= 8:
		// The last eight bytes, some of them checked already.
		return plain8(binary.LittleEndian.Uint64([]byte(s[len(s)-8:])))
	}
	// Fewer than eight bytes, in a word filled out with plain ones.
	w := uint64(0x4141414141414141) // "AAAAAAAA"
	for j := range len(s) {
		w = w&^(0xff<<(8*j)) | uint64(s[j])<<(8*j)
	}
	return plain8(w)
}

// appendJSONStringEscaped is appendJSONString for a string with bytes to
// escape or to check as UTF-8.
func appendJSONStringEscaped(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	slow := 0 // up to here, a byte at a time
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a second look: a report
		// is mostly sentences of plain ASCII, and this loop, a byte at a
		// time, was a large part of writing one. The eight where that
		// stops are then taken a byte at a time, not tried again at each.
		if i >= slow {
			for i+8 <= len(s) && plain8(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
				i += 8
			}
			if i >= len(s) {
				break
			}
			slow = i + 8
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plain8 reports whether none of the eight bytes in x is a control
// character, a quote, a backslash or outside ASCII: whether they are
// written as they are. Each test finds whether some byte has a property
// (the classic "has a zero byte" trick: a byte's high bit is set in the
// result when it is below the bound, and no byte's is otherwise).
func plain8(x uint64) bool {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	q := x ^ (ones * '"')   // a quote is a zero byte in q
	bs := x ^ (ones * '\\') // a backslash is one in bs
	below := (x - ones*' ') &^ x
	quote := (q - ones) &^ q
	slash := (bs - ones) &^ bs
	return (below|quote|slash|x)&highs == 0
}

// inputKey starts every key of an input but the first.
const inputKey = ",\n" + elementIndent + `  "`

// appendInput appends in as encoding/json encodes it with SetIndent(
// elementIndent, "  ") and SetEscapeHTML(false), without Encode's trailing
// newline. A run has an input per article, and encoding/json took some
// microseconds over each. TestAppendInputFields fails when a field is
// added to jsonInput and not here.
func appendInput(b []byte, in *jsonInput) []byte {
	b = append(b, "{\n"+elementIndent+`  "article": `...)
	b = appendJSONString(b, in.Article)
	b = append(b, inputKey+`status": `...)
	b = appendJSONString(b, in.Status)
	if in.Reason != "" {
		b = append(b, inputKey+`reason": `...)
		b = appendJSONString(b, in.Reason)
	}
	if in.Format != "" {
		b = append(b, inputKey+`format": `...)
		b = appendJSONString(b, in.Format)
	}
	if in.Articles != nil {
		b = append(b, inputKey+`articles": `...)
		b = strconv.AppendInt(b, int64(*in.Articles), 10)
	}
	if len(in.Warnings) > 0 {
		b = append(b, inputKey+`warnings": [`...)
		for i, w := range in.Warnings {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, "\n"+elementIndent+"    "...)
			b = appendJSONString(b, w)
		}
		b = append(b, "\n"+elementIndent+"  ]"...)
	}
	if in.Benign {
		b = append(b, inputKey+`benign": true`...)
	}
	return append(b, "\n"+elementIndent+"}"...)
}

// findingKey starts every key of a finding but the first.
const findingKey = ",\n" + elementIndent + `  "`

// appendFindingHead appends what encoding/json writes for f, with
// SetIndent(elementIndent, "  ") and SetEscapeHTML(false), before the
// elements of its claims: up to `"claims": `. appendFindingTail appends
// what follows them; the claims' array is the writer's, a claim at a time.
// A run has a finding per rule, and encoding/json, indenting each, cost
// more than all of a finding's claims written by hand.
// TestAppendFindingFields fails when a field is added to jsonFinding, or
// the types it holds, and not here.
func appendFindingHead(b []byte, f *jsonFinding) ([]byte, error) {
	b = append(b, "{\n"+elementIndent+`  "fact": `...)
	b = appendJSONString(b, f.Fact)
	b = append(b, findingKey+`title": `...)
	b = appendJSONString(b, f.Title)
	b = append(b, findingKey+`status": `...)
	b = appendJSONString(b, string(f.Status))
	b = append(b, findingKey+`grade": `...)
	b = appendJSONString(b, string(f.Grade))
	b = append(b, findingKey+`sources": `...)
	b = strconv.AppendInt(b, int64(f.Sources), 10)
	b = append(b, findingKey+`articles": `...)
	b = strconv.AppendInt(b, int64(f.Articles), 10)
	b = append(b, findingKey+`consensus": `...)
	if c := f.Consensus; c == nil {
		b = append(b, "null"...)
	} else {
		const key = ",\n" + elementIndent + `    "`
		var err error
		b = append(b, "{\n"+elementIndent+`    "low": `...)
		if b, err = appendJSONFloatPtr(b, c.Low); err != nil {
			return b, err
		}
		b = append(b, key+`best": `...)
		if b, err = appendJSONFloat(b, c.Best); err != nil {
			return b, err
		}
		b = append(b, key+`high": `...)
		if b, err = appendJSONFloatPtr(b, c.High); err != nil {
			return b, err
		}
		b = append(b, key+`policy": `...)
		b = appendJSONString(b, c.Policy)
		if d := c.Dates; d != nil {
			const dateKey = ",\n" + elementIndent + `      "`
			b = append(b, key+"dates\": {\n"+elementIndent+`      "low": `...)
			b = appendJSONStringPtr(b, d.Low)
			b = append(b, dateKey+`best": `...)
			b = appendJSONString(b, d.Best)
			b = append(b, dateKey+`high": `...)
			b = appendJSONStringPtr(b, d.High)
			b = append(b, "\n"+elementIndent+"    }"...)
		}
		b = append(b, "\n"+elementIndent+"  }"...)
	}
	return append(b, findingKey+`claims": `...), nil
}

// appendFindingTail appends what follows f's claims; see
// appendFindingHead.
func appendFindingTail(b []byte, f *jsonFinding) []byte {
	b = append(b, findingKey+`conflicts": `...)
	b = appendPairs(b, f.Conflicts)
	b = append(b, findingKey+`self_contradictions": `...)
	b = appendPairs(b, f.SelfContradictions)
	b = append(b, findingKey+`baselined": `...)
	b = appendPairs(b, f.Baselined)
	if f.Known {
		b = append(b, findingKey+`known": true`...)
	}
	if f.Note != "" {
		b = append(b, findingKey+`note": `...)
		b = appendJSONString(b, f.Note)
	}
	return append(b, "\n"+elementIndent+"}"...)
}

// appendPairs appends a finding's pairs, each an array of its own lines,
// and null for nil, as encoding/json does, though toJSONFinding never
// gives nil.
func appendPairs(b []byte, ps [][2]int) []byte {
	if ps == nil {
		return append(b, "null"...)
	}
	if len(ps) == 0 {
		return append(b, "[]"...)
	}
	const indent = elementIndent + "    "
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n"+indent+"[\n"+indent+"  "...)
		b = strconv.AppendInt(b, int64(p[0]), 10)
		b = append(b, ",\n"+indent+"  "...)
		b = strconv.AppendInt(b, int64(p[1]), 10)
		b = append(b, "\n"+indent+"]"...)
	}
	return append(b, "\n"+elementIndent+"  ]"...)
}
