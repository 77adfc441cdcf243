package checker

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

const dateRules = `version: 1
facts:
  - id: strike-date
    title: Date of the strike on Kharkiv
    quantity: date
    match:
      all: [Kharkiv]
      any: [strike]
  - id: strike-deaths
    title: People killed in the strike on Kharkiv
    quantity: count
    match:
      all: [Kharkiv]
      any: [killed]
      near: [people, civilians]
  - id: annexed-year
    title: Year of annexation
    quantity: year
    match:
      any: [annexed]
`

// found is what a test checks of a quantity read: its words, kind, first
// and last value, and how it was resolved.
type found struct {
	text     string
	kind     quantity.Kind
	low, hi  float64
	resolved string
}

func readAll(text string, pub time.Time, want resolving) ([]found, []string) {
	r := read(text, pub, want)
	var got []found
	for i, q := range r.qs {
		got = append(got, found{text[q.Pos:q.End], q.Kind, q.Interval.Low, q.Interval.High, r.resolved[i]})
	}
	var undated []string
	for _, sp := range r.undated {
		undated = append(undated, text[sp.Pos:sp.End])
	}
	return got, undated
}

func TestReadDates(t *testing.T) {
	tue := time.Date(2025, 8, 19, 10, 0, 0, 0, time.UTC)
	day := quantity.Day
	const text = "The strike on Monday killed seven people in Kharkiv, 11 years after Russia annexed Crimea on March 18, 2014, and a year ago."
	both := resolving{years: true, dates: true}

	// Dates join the scanned quantities in sentence order; only those
	// counted from the article's date say how they were resolved.
	got, undated := readAll(text, tue, both)
	want := []found{
		{"on Monday", quantity.Date, day(2025, 8, 18), day(2025, 8, 18), `"on Monday" from 2025-08-19 → 2025-08-18`},
		{"seven", quantity.Number, 7, 7, ""},
		{"11 years", quantity.Duration, 11, 12, ""},
		{"on March 18, 2014", quantity.Date, day(2014, 3, 18), day(2014, 3, 18), ""},
		{"2014", quantity.Year, 2014, 2014, ""},
		{"a year ago", quantity.Year, 2024, 2024, `"a year ago" from 2025-08-19 → 2024`},
	}
	if !equalFound(got, want) || undated != nil {
		t.Errorf("with a date:\n got %+v\nwant %+v\nundated %q", got, want, undated)
	}

	// Without the article's date, a written date is still read; "on
	// Monday" is not, and is kept for explain to point at.
	got, undated = readAll(text, time.Time{}, resolving{dates: true})
	want = []found{
		{"seven", quantity.Number, 7, 7, ""},
		{"11 years", quantity.Duration, 11, 12, ""},
		{"on March 18, 2014", quantity.Date, day(2014, 3, 18), day(2014, 3, 18), ""},
		{"2014", quantity.Year, 2014, 2014, ""},
	}
	if !equalFound(got, want) || len(undated) != 1 || undated[0] != "on Monday" {
		t.Errorf("without a date:\n got %+v\nwant %+v\nundated %q", got, want, undated)
	}

	// No fact takes dates: none is looked for.
	got, _ = readAll(text, tue, resolving{})
	for _, f := range got {
		if f.kind == quantity.Date {
			t.Errorf("read a date with no date fact: %+v", f)
		}
	}
}

func equalFound(a, b []found) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestResolves(t *testing.T) {
	facts := loadFacts(t, dateRules)
	dated := &article.Article{Published: time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)}
	undated := &article.Article{}
	date, deaths, year := facts[0], facts[1], facts[2]
	tests := []struct {
		a     *article.Article
		facts []*rules.Fact
		want  resolving
	}{
		{dated, []*rules.Fact{deaths}, resolving{}},
		{dated, []*rules.Fact{year}, resolving{years: true}},
		{undated, []*rules.Fact{year}, resolving{}},
		{dated, []*rules.Fact{date}, resolving{dates: true}},
		{undated, []*rules.Fact{date, year}, resolving{dates: true}}, // written dates need no date
		{dated, facts, resolving{years: true, dates: true}},
	}
	for i, tt := range tests {
		if got := resolves(tt.a, tt.facts); got != tt.want {
			t.Errorf("%d: resolves = %+v, want %+v", i, got, tt.want)
		}
	}
}

func TestExtractDates(t *testing.T) {
	f := loadFacts(t, dateRules)[0]
	tests := []struct {
		published, sentence, text, day, resolved string
	}{
		{"2025-08-19", "The strike on Kharkiv on Monday killed seven.", "on Monday", "2025-08-18", `"on Monday" from 2025-08-19 → 2025-08-18`},
		{"2025-08-19", "Yesterday's strike on Kharkiv killed seven.", "Yesterday", "2025-08-18", `"Yesterday" from 2025-08-19 → 2025-08-18`},
		{"2025-08-19", "The strike on Kharkiv on August 18 killed seven.", "on August 18", "2025-08-18", `"on August 18" from 2025-08-19 → 2025-08-18`},
		{"2025-08-19", "The strike on Kharkiv on August 18, 2025 killed seven.", "on August 18, 2025", "2025-08-18", ""},
		{"", "The strike on Kharkiv on August 18, 2025 killed seven.", "on August 18, 2025", "2025-08-18", ""},
		{"", "The strike on Kharkiv on Monday killed seven.", "", "", ""},
		{"2025-08-19", "The strike on Kharkiv killed seven.", "", "", ""},
	}
	for _, tt := range tests {
		a := &article.Article{Path: "a.txt", Source: "A", Text: tt.sentence}
		if tt.published != "" {
			a.Published, _ = time.Parse(time.DateOnly, tt.published)
		}
		claims := Extract(a, []*rules.Fact{f})
		if tt.text == "" {
			if len(claims) != 0 {
				t.Errorf("%q (published %q): took %+v, want nothing", tt.sentence, tt.published, claims)
			}
			continue
		}
		if len(claims) != 1 {
			t.Errorf("%q: %d claims, want 1", tt.sentence, len(claims))
			continue
		}
		c := claims[0]
		d, _ := quantity.FormatDay(c.Quantity.Value)
		if c.Text != tt.text || d != tt.day || c.Resolved != tt.resolved || c.Quantity.Kind != quantity.Date || tt.sentence[c.Offset:c.End] != c.Text {
			t.Errorf("%q: took %q %s resolved %q, want %q %s resolved %q", tt.sentence, c.Text, d, c.Resolved, tt.text, tt.day, tt.resolved)
		}
	}
}

// Without the article's date, explain says why "on Monday" was not taken,
// as it does for "12 years ago".
func TestExplainUndatedDate(t *testing.T) {
	facts := loadFacts(t, dateRules)
	_, v := explainOne(t, facts, "strike-date", "The strike on Kharkiv on Monday killed seven.")
	want := `no quantity it accepts, though its terms match: «seven» is a number, not a date; «on Monday» names a date only against the article's publication date: give one in front matter or with --sources`
	if v.Reason != want {
		t.Errorf("reason:\n got %s\nwant %s", v.Reason, want)
	}
	_, v = explainOne(t, facts, "strike-date", "The strike on Kharkiv yesterday or on Monday was deadly.")
	if !strings.HasSuffix(v.Reason, "«yesterday», «on Monday» name dates only against the article's publication date: give one in front matter or with --sources") ||
		!strings.HasPrefix(v.Reason, "no quantity found in the sentence, though its terms match") {
		t.Errorf("reason: %s", v.Reason)
	}
	// Another kind of fact gets no such hint.
	_, v = explainOne(t, facts, "strike-deaths", "The strike on Kharkiv on Monday killed seven.")
	if strings.Contains(v.Reason, "publication date") {
		t.Errorf("count fact: %s", v.Reason)
	}
}
