package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// Explain writes a checker.Explanation for a rule author, sentence by
// sentence: the sentence's place and words, the quantities the reader found
// in it (words as written, kind, the interval they mean, hedge, unit,
// currency, vague; "; " between quantities), then one line per fact: the value it took and the term
// it was measured from, or the first condition that failed, with its
// evidence. Under a value taken, the sentence is repeated with the value in
// «guillemets» and the rule's terms in [brackets], as the check report
// marks them:
//
//	a.md:3:1  The strike killed seven civilians in Kharkiv, officials said.
//	  quantities: «seven» number 7, unit civilians
//	  kharkiv-civilian-deaths:   took 7 («seven»), 1 word from near term "civilians"
//	                             The strike [killed] «seven» [civilians] in [Kharkiv], officials said.
//	  occupied-territory-share:  no quantity it accepts: «seven» is a number, not a percentage
//
// Sentences are separated by a blank line. The last lines say which facts
// took a value from the article (and how many) and which took nothing.
// Like the check report, it writes no control character from the article
// or the rules.
func Explain(w io.Writer, e *checker.Explanation) error {
	var b strings.Builder
	if e.Format == article.FormatHTML {
		// Say once where the places are, as the check report does per
		// claim.
		fmt.Fprintf(&b, "%s: text extracted from HTML; lines and columns are of the extracted text\n\n", clean(e.Article))
	}
	taken := map[string]int{}
	for i, s := range e.Sentences {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s:%d:%d  %s\n", clean(e.Article), s.Line, s.Column, clean(s.Text))
		if len(s.Quantities) == 0 {
			b.WriteString("  quantities: none found\n")
		} else {
			qs := make([]string, len(s.Quantities))
			for j, q := range s.Quantities {
				qs[j] = describeFound(q)
			}
			b.WriteString("  quantities: " + strings.Join(qs, "; ") + "\n")
		}
		width := 0
		for _, v := range s.Verdicts {
			width = max(width, utf8.RuneCountInString(clean(v.Fact))+1)
		}
		indent := strings.Repeat(" ", 2+width+2)
		for _, v := range s.Verdicts {
			id := clean(v.Fact) + ":"
			b.WriteString("  " + id + pad(id, width) + "  ")
			if v.Took == nil {
				b.WriteString(clean(v.Reason) + "\n")
				continue
			}
			taken[v.Fact]++
			val, _ := claimValue(*v.Took)
			fmt.Fprintf(&b, "took %s («%s»), %s\n", val, clean(v.Took.Text), clean(v.Reason))
			b.WriteString(indent + markSentence(*v.Took, newPalette(false)) + "\n")
		}
	}
	if len(e.Sentences) > 0 {
		b.WriteByte('\n')
	}
	if len(e.Sentences) == 0 {
		fmt.Fprintf(&b, "%s: no sentence holds a quantity or the terms of a rule\n", clean(e.Article))
	}
	var took, none []string
	for _, id := range e.Facts {
		if n := taken[id]; n > 0 {
			took = append(took, fmt.Sprintf("%s (%d)", clean(id), n))
		} else {
			none = append(none, clean(id))
		}
	}
	if len(took) > 0 {
		b.WriteString("took a value: " + strings.Join(took, ", ") + "\n")
	}
	if len(none) > 0 {
		b.WriteString("took nothing: " + strings.Join(none, ", ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// describeFound writes a quantity found for the quantities line, kind
// first as scan's text does: «around 20%» percent [18, 22], hedge about.
func describeFound(q checker.Found) string {
	parts := []string{"«" + clean(q.Text) + "» " + kindLabel(q.Kind) + " " + interval(q.Interval, q.Kind)}
	unit := q.Unit
	if q.Kind == quantity.Date {
		unit = "" // a date's unit is its days: "date 2025-08-18" says so
	}
	for _, f := range []struct{ name, v string }{
		{"hedge", q.Hedge}, {"unit", unit}, {"currency", q.Currency},
	} {
		if f.v != "" {
			parts = append(parts, f.name+" "+clean(f.v))
		}
	}
	if q.Vague {
		parts = append(parts, "vague")
	}
	if q.Resolved != "" {
		parts = append(parts, "resolved: "+clean(q.Resolved))
	}
	return strings.Join(parts, ", ")
}

func kindLabel(k quantity.Kind) string {
	if k == 0 {
		return "no kind"
	}
	return clean(k.String())
}

// ExplainJSONVersion is the version of the document ExplainJSON writes.
const ExplainJSONVersion = 1

type jsonExplanation struct {
	Version   int                     `json:"version"`
	Article   string                  `json:"article"`
	Format    string                  `json:"format,omitempty"` // "html": lines and columns are of the extracted text
	Facts     []string                `json:"facts"`
	Sentences []jsonExplainedSentence `json:"sentences"`
}

type jsonExplainedSentence struct {
	Line       int                 `json:"line"`
	Column     int                 `json:"column"`
	Start      int                 `json:"start"`
	End        int                 `json:"end"`
	Text       string              `json:"text"`
	Quantities []jsonFoundQuantity `json:"quantities"`
	Verdicts   []jsonVerdict       `json:"verdicts"`
}

type jsonFoundQuantity struct {
	Line     int        `json:"line"`
	Column   int        `json:"column"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Text     string     `json:"text"`
	Kind     string     `json:"kind"`
	Low      *float64   `json:"low"`
	High     *float64   `json:"high"`
	LowOpen  bool       `json:"low_open"`
	HighOpen bool       `json:"high_open"`
	Value    float64    `json:"value"`
	Hedge    string     `json:"hedge"`
	Unit     string     `json:"unit"`
	Currency string     `json:"currency"`
	Vague    bool       `json:"vague"`
	Dates    *jsonDates `json:"dates,omitempty"`
	Resolved string     `json:"resolved,omitempty"`
}

type jsonVerdict struct {
	Fact       string             `json:"fact"`
	Took       bool               `json:"took"`
	Value      *jsonFoundQuantity `json:"value"`
	Quantity   *int               `json:"quantity"`
	Anchor     *jsonHit           `json:"anchor"`
	Distance   *int               `json:"distance"`
	Reason     string             `json:"reason"`
	Failed     string             `json:"failed"`
	Failures   []jsonFailure      `json:"failures"`
	TermsMatch bool               `json:"terms_match"`
	Rejects    []string           `json:"rejects"`
	Hits       []jsonHit          `json:"hits"`
}

type jsonFailure struct {
	Condition string `json:"condition"`
	Reason    string `json:"reason"`
}

type jsonHit struct {
	List   string `json:"list"`
	Term   string `json:"term"`
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// ExplainJSON writes a checker.Explanation as one JSON document:
//
//	{
//	  "version": 1,
//	  "article": "a.md",
//	  "facts": ["kharkiv-civilian-deaths", ...],  // the facts explained, in order
//	  "sentences": [{
//	    "line", "column", "start", "end", "text",
//	    "quantities": [{                          // as the reader scanned them
//	      "line", "column", "start", "end", "text", "kind",
//	      "low", "high", "low_open", "high_open", "value",
//	      "hedge", "unit", "currency", "vague",
//	      "dates",      // a date's days as ISO dates: {"low", "high", "value"}; omitted for other kinds
//	      "resolved"    // how an expression counted from the article's date was read; omitted otherwise
//	    }],
//	    "verdicts": [{
//	      "fact", "took",
//	      "value",        // the value taken, as the fact reads it (same keys as a quantity); null when none
//	      "quantity",     // its index in "quantities"; null when none
//	      "anchor",       // the term hit it was measured from; null when none
//	      "distance",     // words between them; null when none
//	      "reason",       // the verdict in one line, as the text form writes it
//	      "failed",       // the condition that decided: quantity, all, any, none, near or within; "" when took
//	      "failures": [{"condition", "reason"}],  // every condition that failed, in the order checked
//	      "terms_match",  // all, any and none terms pass
//	      "rejects",      // per quantity: why the fact does not accept it, "" when it does
//	      "hits": [{"list", "term", "text", "line", "column", "start", "end"}]
//	    }]
//	  }]
//	}
//
// Offsets ("start", "end") are bytes into the article file, end exclusive;
// "line" and "column" are 1-based, the column in characters. Numbers,
// null bounds for unbounded ends, and "" for hedge, unit and currency
// follow the check report's JSON (see JSON). Lists are always present,
// possibly []. 2-space indentation, a trailing newline, no HTML escaping.
// ExplainJSON writes nothing when it fails, on a NaN or infinite value.
func ExplainJSON(w io.Writer, e *checker.Explanation) error {
	doc := jsonExplanation{Version: ExplainJSONVersion, Article: e.Article, Format: string(e.Format), Facts: nonNil(e.Facts), Sentences: []jsonExplainedSentence{}}
	for _, s := range e.Sentences {
		js := jsonExplainedSentence{
			Line: s.Line, Column: s.Column, Start: s.Pos, End: s.End, Text: s.Text,
			Quantities: []jsonFoundQuantity{}, Verdicts: []jsonVerdict{},
		}
		for _, q := range s.Quantities {
			jq, err := foundJSON(q.Quantity, q.Text, q.Line, q.Column)
			if err != nil {
				return fmt.Errorf("report: %s:%d:%d: %w", e.Article, q.Line, q.Column, err)
			}
			jq.Resolved = q.Resolved
			js.Quantities = append(js.Quantities, jq)
		}
		for _, v := range s.Verdicts {
			jv := jsonVerdict{
				Fact: v.Fact, Took: v.Took != nil, Reason: v.Reason, TermsMatch: v.TermsMatch,
				Failures: []jsonFailure{}, Rejects: nonNil(v.Rejects), Hits: []jsonHit{},
			}
			if c := v.Took; c != nil {
				jq, err := foundJSON(c.Quantity, c.Text, c.Line, c.Column)
				if err != nil {
					return fmt.Errorf("report: %s:%d:%d: %s: %w", e.Article, c.Line, c.Column, v.Fact, err)
				}
				jq.Resolved = c.Resolved
				idx, dist := v.Value, v.Distance
				jv.Value, jv.Quantity, jv.Distance = &jq, &idx, &dist
			}
			if v.Anchor != nil {
				h := hitJSON(*v.Anchor)
				jv.Anchor = &h
			}
			for _, f := range v.Failures {
				jv.Failures = append(jv.Failures, jsonFailure{Condition: string(f.Condition), Reason: f.Reason})
			}
			if len(v.Failures) > 0 {
				jv.Failed = string(v.Failures[0].Condition)
			}
			for _, h := range v.Hits {
				jv.Hits = append(jv.Hits, hitJSON(h))
			}
			js.Verdicts = append(js.Verdicts, jv)
		}
		doc.Sentences = append(doc.Sentences, js)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("report: %s: %w", e.Article, err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func foundJSON(q quantity.Quantity, text string, line, col int) (jsonFoundQuantity, error) {
	iv := q.Interval
	if hasNaN(iv.Low, iv.High, q.Value) || math.IsInf(q.Value, 0) {
		return jsonFoundQuantity{}, fmt.Errorf("quantity %q: value is not a number", text)
	}
	kind := ""
	if q.Kind != 0 {
		kind = q.Kind.String()
	}
	return jsonFoundQuantity{
		Line: line, Column: col, Start: q.Pos, End: q.End, Text: text, Kind: kind,
		Low: bound(iv.Low), High: bound(iv.High), LowOpen: iv.LowOpen, HighOpen: iv.HighOpen,
		Value: zero(q.Value), Hedge: q.Hedge, Unit: q.Unit, Currency: q.Currency, Vague: q.Vague, Dates: dates(q),
	}, nil
}

func hitJSON(h checker.Hit) jsonHit {
	return jsonHit{List: string(h.List), Term: h.Term, Text: h.Text, Line: h.Line, Column: h.Column, Start: h.Pos, End: h.End}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
