package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// inputsFixture is a report of an HTML page and a JSON-lines feed with a
// bad record, beside a file with a warning and a benign skip.
func inputsFixture() *Report {
	q := quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 7, High: 7}, Value: 7, Pos: 18, End: 23}
	html := checker.Claim{Fact: "deaths", Article: "page.html", Source: "Capital Daily", Line: 3, Column: 19, Offset: 18, End: 23,
		Text: "seven", Sentence: "The strike killed seven people.", Quantity: q, Origin: &checker.Origin{Format: article.FormatHTML}}
	rec := checker.Claim{Fact: "deaths", Article: "feed.jsonl:12", Source: "Wire", Line: 2, Column: 19, Offset: 40, End: 45,
		Text: "seven", Sentence: "The strike killed seven people.", SentenceOffset: 22, Quantity: q,
		Origin: &checker.Origin{Format: article.FormatJSONL, File: "feed.jsonl", Record: 12, RecordID: "a1"}}
	rec.Quantity.Pos, rec.Quantity.End = 40, 45
	return &Report{
		Findings: []checker.Finding{{Fact: "deaths", Title: "Deaths", Status: checker.Agree, Grade: checker.Confirmed, Sources: 2, Articles: 2,
			Consensus: checker.Consensus{Low: 7, Best: 7, High: 7}, Claims: []checker.Claim{rec, html}}},
		Inputs: []article.Input{
			{Path: "bin.txt", Status: article.Skipped, Reason: "binary file", Benign: true},
			{Path: "feed.jsonl", Status: article.ReadOK, Format: article.FormatJSONL, Articles: 3},
			{Path: "feed.jsonl", Status: article.Skipped, Reason: "line 4, column 9: \"text\" must be a string"},
			{Path: "latin1.md", Status: article.ReadOK, Warnings: []string{"line 1, column 4: invalid UTF-8"}},
			{Path: "page.html", Status: article.ReadOK, Format: article.FormatHTML},
		},
	}
}

// TestInputAccounting: the text report places a JSON-lines claim by record
// and by the text's line and column, says an HTML claim's place is of the
// extracted text, lists skips and warnings, and sums records as articles.
func TestInputAccounting(t *testing.T) {
	r := inputsFixture()
	var b bytes.Buffer
	if err := Text(&b, r, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"  feed.jsonl:12 (id a1) +2:19  7 \"seven\"  The strike killed «seven» people.\n",
		"  page.html:3:19               7 \"seven\"  The strike killed «seven» people.\n",
		"↳ extracted from HTML (line:column of the page's text)\n",
		"skipped:\n  bin.txt: binary file\n  feed.jsonl: line 4, column 9: \"text\" must be a string\n",
		"warnings:\n  latin1.md: line 1, column 4: invalid UTF-8\n",
		"1 fact: 1 agree · 5 articles read, 2 skipped, 1 warning · 2 claims\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if got := Summary(r); got.Read != 5 || got.Skipped != 2 || got.Warnings != 1 {
		t.Errorf("Summary = %+v", got)
	}

	b.Reset()
	if err := JSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Findings []struct{ Claims []map[string]any }
		Inputs   []map[string]any
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	rec, page := doc.Findings[0].Claims[0], doc.Findings[0].Claims[1]
	if rec["format"] != "jsonl" || rec["file"] != "feed.jsonl" || rec["record"] != 12.0 || rec["record_id"] != "a1" || rec["article"] != "feed.jsonl:12" {
		t.Errorf("JSON-lines claim: %v", rec)
	}
	if page["format"] != "html" || page["file"] != nil || page["record"] != nil {
		t.Errorf("HTML claim: %v", page)
	}
	if in := doc.Inputs[1]; in["articles"] != 3.0 || in["format"] != "jsonl" {
		t.Errorf("feed input: %v", in)
	}
	if in := doc.Inputs[0]; in["benign"] != true {
		t.Errorf("binary input: %v", in)
	}
	if in := doc.Inputs[4]; len(in) != 3 || in["format"] != "html" {
		t.Errorf("page input: %v", in)
	}
	// A text or Markdown input keeps exactly the keys it had.
	r.Inputs = []article.Input{{Path: "a.md", Status: article.ReadOK}}
	b.Reset()
	JSON(&b, r)
	if !strings.Contains(b.String(), `"inputs": [
    {
      "article": "a.md",
      "status": "read"
    }
  ]`) {
		t.Errorf("a Markdown input's JSON changed:\n%s", b.String())
	}
}
