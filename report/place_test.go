package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// Tools that open a file at a line get the file on disk: a JSON-lines
// claim's record line, an HTML claim's page without a line (its line and
// column are of the extracted text), a text claim's words.
func TestPlaceOf(t *testing.T) {
	text := checker.Claim{Article: "a.md", Line: 3, Column: 5, Text: "seven"}
	jsonl := checker.Claim{Article: "feed.jsonl:12", Line: 2, Column: 7, Text: "seven",
		Origin: &checker.Origin{Format: article.FormatJSONL, File: "feed.jsonl", Record: 12, RecordID: "a1"}}
	html := checker.Claim{Article: "page.html", Line: 4, Column: 9, Text: "seven",
		Origin: &checker.Origin{Format: article.FormatHTML}}
	for _, tt := range []struct {
		c    checker.Claim
		want filePlace
	}{
		{text, filePlace{File: "a.md", Line: 3, Column: 5, EndLine: 3, EndColumn: 10, Exact: true}},
		{jsonl, filePlace{File: "feed.jsonl", Line: 12, EndLine: 12}},
		{html, filePlace{File: "page.html"}},
	} {
		if got := placeOf(tt.c); got != tt.want {
			t.Errorf("placeOf(%s) = %+v, want %+v", tt.c.Article, got, tt.want)
		}
	}

	// The GitHub annotations of a conflict between the three.
	claim := func(c checker.Claim, v float64, src string) checker.Claim {
		c.Fact, c.Source, c.SourceID = "deaths", src, src
		c.Quantity = quantity.Quantity{Interval: quantity.Point(v), Value: v}
		return c
	}
	f := checker.Finding{Fact: "deaths", Title: "Deaths", Status: checker.Conflict,
		Claims:    []checker.Claim{claim(text, 3, "a"), claim(jsonl, 7, "b"), claim(html, 11, "c")},
		Conflicts: []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}, {I: 1, J: 2}}}
	var b bytes.Buffer
	if err := GitHub(&b, &Report{Findings: []checker.Finding{f}, FailOn: checker.Conflict}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"file=feed.jsonl,line=12,endLine=12,title=", "file=page.html,title="} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("GitHub annotations lack %q:\n%s", want, b.String())
		}
	}
}
