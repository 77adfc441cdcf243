package checker

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

const testRules = `version: 1
facts:
  - id: deaths
    title: People killed in the strike
    quantity: count
    unit: people
    match:
      all: [strike]
      any: [killed, dead]
      none: [anniversary]
      near: [civilians, people]
      within: 3
  - id: deal-usd
    title: Value of the deal
    quantity: money
    unit: USD
    match:
      any: [deal]
  - id: share
    title: Share of land held
    quantity: percent
    match:
      any: [occupied]
      near: [territory]
      within: 4
  - id: war-years
    title: Length of the war
    quantity: duration
    unit: years
    match:
      any: [war]
      near: [war]
      within: 3
  - id: annexed-year
    title: Year of annexation
    quantity: year
    match:
      any: [annexed]
`

func loadFacts(t *testing.T, src string) []*rules.Fact {
	t.Helper()
	facts, err := rules.Parse("test.yaml", []byte(src))
	if err != nil {
		t.Fatalf("rules: %v", err)
	}
	return facts
}

func factByID(t *testing.T, facts []*rules.Fact, id string) *rules.Fact {
	t.Helper()
	for _, f := range facts {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no fact %q", id)
	return nil
}

// TestExtract checks which value each rule takes from a sentence, the
// analysistest way: each case is a sentence and the words that must be
// taken, or "" when the rule must take nothing.
func TestExtract(t *testing.T) {
	facts := loadFacts(t, testRules)
	tests := []struct {
		fact, sentence, want string
	}{
		{"deaths", "The strike killed seven civilians in the city.", "seven"},
		// The nearest value to a near term wins, and "dozens" and "two" lose.
		{"deaths", "The strike killed three civilians and injured dozens, while another wounded two more people.", "three"},
		{"deaths", "The strike killed 40 soldiers, officials said.", ""},                         // no near term within 3 words
		{"deaths", "On the anniversary of the strike, officials said 9 people were killed.", ""}, // none
		{"deaths", "The attack killed seven civilians.", ""},                                     // all not met
		{"deaths", "The strike injured seven civilians.", ""},                                    // any not met
		{"deaths", "The strike in 2022 killed people.", ""},                                      // a year is not a count
		{"deaths", "The strike killed between 3 and 4 civilians.", "between 3 and 4"},
		{"deaths", "The strike killed dozens of civilians.", "dozens"},
		{"deaths", "The strike killed 3.5 civilians.", ""}, // not a whole count
		{"deal-usd", "Ukraine offered a deal worth up to $100 billion.", "up to $100 billion"},
		{"deal-usd", "The deal covers 40 aircraft.", ""}, // kind: count, not money
		{"share", "Maps put the occupied territory at around 20% of the country.", "around 20%"},
		{"share", "Ukraine still holds about 25% of the occupied region, far from any territory.", ""},
		{"war-years", "The nearly four-year-long war goes on.", "nearly four-year-long"},
		{"war-years", "He promised to end the war within 24 hours.", ""}, // hours, not years
		{"annexed-year", "Russia annexed Crimea in 2014 and, in 2022, declared four more regions.", "2014"},
	}
	for _, tt := range tests {
		t.Run(tt.fact+"/"+tt.sentence, func(t *testing.T) {
			f := factByID(t, facts, tt.fact)
			a := &article.Article{Path: "a.txt", Source: "A", Text: tt.sentence}
			claims := Extract(a, []*rules.Fact{f})
			got := ""
			if len(claims) > 1 {
				t.Fatalf("%d claims from one sentence, want at most 1", len(claims))
			}
			if len(claims) == 1 {
				got = claims[0].Text
				c := claims[0]
				if tt.sentence[c.Offset:c.End] != c.Text {
					t.Errorf("offsets %d:%d give %q, want %q", c.Offset, c.End, tt.sentence[c.Offset:c.End], c.Text)
				}
			}
			if got != tt.want {
				t.Errorf("took %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExtractPositions(t *testing.T) {
	facts := loadFacts(t, testRules)
	text := "---\nsource: X\n---\nFirst line — “quoted”.\nThe strike killed seven civilians.\n"
	a, err := article.Parse("x.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	claims := Extract(a, facts)
	if len(claims) != 1 {
		t.Fatalf("got %d claims, want 1", len(claims))
	}
	c := claims[0]
	if c.Line != 5 || c.Column != 19 {
		t.Errorf("position %d:%d, want 5:19", c.Line, c.Column)
	}
	if c.Source != "X" || c.Sentence != "The strike killed seven civilians." {
		t.Errorf("source %q sentence %q", c.Source, c.Sentence)
	}
	var marked []string
	for _, s := range c.Terms {
		marked = append(marked, c.Sentence[s.Pos:s.End])
	}
	if diff := cmp.Diff([]string{"strike", "killed", "civilians"}, marked); diff != "" {
		t.Errorf("marked terms (-want +got):\n%s", diff)
	}
}

func claim(article, source string, iv quantity.Interval, published string) Claim {
	c := Claim{Fact: "f", Article: article, Source: source, Text: "v", Quantity: quantity.Quantity{Interval: iv, Value: iv.Low}}
	if published != "" {
		c.Published, _ = time.Parse("2006-01-02", published)
	}
	return c
}

// wire is a wire-service sentence that outlets syndicate.
const wire = "Russian drone strikes killed seven civilians in Kharkiv overnight, the city's mayor said on Tuesday."

// said is a claim read from sentence.
func said(article, source string, iv quantity.Interval, sentence string) Claim {
	c := claim(article, source, iv, "")
	c.Sentence = sentence
	return c
}

func TestCompare(t *testing.T) {
	pt := quantity.Point
	upTo := func(v float64) quantity.Interval { return quantity.Interval{Low: 0, High: v} }
	over := func(v float64) quantity.Interval {
		return quantity.Interval{Low: v, High: math.Inf(1), LowOpen: true}
	}
	tests := []struct {
		name       string
		rule       string // compare block
		claims     []Claim
		status     Status
		grade      Grade
		sources    int
		articles   int // when it differs from sources
		conflicts  []Pair
		self       []Pair
		note       string
		superseded []int          // claims marked superseded
		copyOf     map[int]string // claims marked as copies, and of what
	}{
		{name: "absent", status: Absent, grade: Unreported},
		{name: "single", claims: []Claim{claim("a", "A", pt(7), "")}, status: Single, grade: SingleSource, sources: 1},
		{name: "one outlet twice is single", claims: []Claim{claim("a", "A", pt(7), ""), claim("b", " a ", pt(7), "")}, status: Single, grade: SingleSource, sources: 1, articles: 2},
		{name: "agree", claims: []Claim{claim("a", "A", upTo(1e11), ""), claim("b", "B", pt(1e11), "")}, status: Agree, grade: Confirmed, sources: 2},
		{name: "conflict", claims: []Claim{claim("a", "A", pt(7), ""), claim("b", "B", pt(3), "")}, status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}},
		{name: "open ends do not touch", claims: []Claim{claim("a", "A", over(3), ""), claim("b", "B", pt(3), "")}, status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}},
		{name: "unbounded agrees", claims: []Claim{claim("a", "A", over(1e6), ""), claim("b", "B", pt(1.2e6), "")}, status: Agree, grade: Confirmed, sources: 2},
		{name: "absolute tolerance", rule: "tolerance: 2", claims: []Claim{claim("a", "A", pt(5), ""), claim("b", "B", pt(7), "")}, status: Agree, grade: Confirmed, sources: 2},
		{name: "absolute tolerance exceeded", rule: "tolerance: 2", claims: []Claim{claim("a", "A", pt(5), ""), claim("b", "B", pt(7.5), "")}, status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}},
		{name: "relative tolerance", rule: `tolerance: "10%"`, claims: []Claim{claim("a", "A", pt(100), ""), claim("b", "B", pt(109), "")}, status: Agree, grade: Confirmed, sources: 2},
		{name: "relative tolerance exceeded", rule: `tolerance: "10%"`, claims: []Claim{claim("a", "A", pt(100), ""), claim("b", "B", pt(112), "")}, status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}},
		{name: "one outlet revising itself", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(3), "2025-08-18"), claim("b", "A", pt(7), "2025-08-19")},
			status: Revised, grade: RevisedGrade, sources: 1, articles: 2, self: []Pair{{0, 1}}, note: "rising in publication order", superseded: []int{0}},
		{name: "self-contradiction", claims: []Claim{claim("a", "A", pt(11), ""), claim("a", "A", pt(7), "")}, status: Conflict, grade: Inconsistent, sources: 1, self: []Pair{{0, 1}}},
		{name: "rising toll is a revision", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(3), "2025-08-18"), claim("b", "B", pt(7), "2025-08-19")},
			status: Revised, grade: RevisedGrade, sources: 2, conflicts: []Pair{{0, 1}}, note: "rising in publication order", superseded: []int{0}},
		{name: "a revision two sources confirm", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(3), "2025-08-18"), claim("b", "B", pt(7), "2025-08-19"), claim("c", "C", pt(7), "2025-08-19")},
			// 3, the figure one claim gives, against the first 7.
			status: Revised, grade: Confirmed, sources: 3, conflicts: []Pair{{0, 1}}, note: "rising in publication order", superseded: []int{0}},
		{name: "falling against a rising trend", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(7), "2025-08-18"), claim("b", "B", pt(3), "2025-08-19")},
			status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}, note: "against the rising trend"},
		{name: "falling trend", rule: "trend: falling",
			claims: []Claim{claim("a", "A", pt(7), "2025-08-18"), claim("b", "B", pt(3), "2025-08-19")},
			status: Revised, grade: RevisedGrade, sources: 2, conflicts: []Pair{{0, 1}}, note: "falling in publication order", superseded: []int{0}},
		{name: "rising against a falling trend", rule: "trend: falling",
			claims: []Claim{claim("a", "A", pt(3), "2025-08-18"), claim("b", "B", pt(7), "2025-08-19")},
			status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}, note: "against the falling trend"},
		{name: "trend needs dates", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(3), ""), claim("b", "B", pt(7), "2025-08-19")},
			status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}, note: "no publication date"},
		{name: "trend needs an order", rule: "trend: rising",
			claims: []Claim{claim("a", "A", pt(3), "2025-08-19"), claim("b", "B", pt(7), "2025-08-19")},
			status: Conflict, grade: Contested, sources: 2, conflicts: []Pair{{0, 1}}, note: "same time"},
		{name: "a syndicated copy is one source",
			claims: []Claim{said("a", "Wire", pt(7), wire), said("b", "Daily", pt(7), "KYIV (Wire) — "+wire)},
			status: Single, grade: SingleSource, sources: 1, articles: 2, copyOf: map[int]string{1: "a"}},
		// The copied sentence counts for the wire; the article's own
		// reporting counts for its outlet.
		{name: "a syndicated copy with a figure of its own", rule: "tolerance: 0",
			claims: []Claim{said("a", "Wire", pt(7), wire), said("b", "Daily", pt(7), wire), said("b", "Daily", pt(9), "Later the toll rose to nine people, officials said.")},
			status: Conflict, grade: Contested, sources: 2, articles: 2, conflicts: []Pair{{0, 2}}, self: []Pair{{1, 2}}, copyOf: map[int]string{1: "a"}},
		{name: "a copy of a copy counts for the original",
			claims: []Claim{said("a", "Wire", pt(7), wire), said("b", "Daily", pt(7), "KYIV (Wire) — "+wire), said("c", "Post", pt(7), wire+" More follows.")},
			status: Single, grade: SingleSource, sources: 1, articles: 3, copyOf: map[int]string{1: "a", 2: "a"}},
		{name: "the same figure in other words is two sources",
			claims: []Claim{said("a", "Wire", pt(7), wire), said("b", "Daily", pt(7), "Seven people died in Kharkiv on Monday when Russian drones hit the city, the mayor said.")},
			status: Agree, grade: Confirmed, sources: 2},
		{name: "short sentences are never copies",
			claims: []Claim{said("a", "Wire", pt(7), "Seven people died."), said("b", "Daily", pt(7), "Seven people died.")},
			status: Agree, grade: Confirmed, sources: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "version: 1\nfacts:\n  - id: f\n    title: F\n    quantity: number\n    match:\n      any: [x]\n"
			if tt.rule != "" {
				src += "    compare:\n      " + tt.rule + "\n"
			}
			facts := loadFacts(t, src)
			fds := Compare(facts, tt.claims)
			if len(fds) != 1 {
				t.Fatalf("%d findings, want 1", len(fds))
			}
			fd := fds[0]
			if fd.Status != tt.status || fd.Sources != tt.sources || fd.Grade != tt.grade {
				t.Errorf("status %s grade %s sources %d, want %s %s %d (note %q)", fd.Status, fd.Grade, fd.Sources, tt.status, tt.grade, tt.sources, fd.Note)
			}
			articles := tt.articles
			if articles == 0 {
				articles = tt.sources
			}
			if fd.Articles != articles {
				t.Errorf("articles %d, want %d", fd.Articles, articles)
			}
			var superseded []int
			copyOf := map[int]string{}
			for i, c := range fd.Claims {
				if c.Superseded {
					superseded = append(superseded, i)
				}
				if c.CopyOf != "" {
					copyOf[i] = c.CopyOf
				}
			}
			if diff := cmp.Diff(tt.superseded, superseded); diff != "" {
				t.Errorf("superseded (-want +got):\n%s", diff)
			}
			if tt.copyOf == nil {
				tt.copyOf = map[int]string{}
			}
			if diff := cmp.Diff(tt.copyOf, copyOf); diff != "" {
				t.Errorf("copies (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.conflicts, fd.Conflicts); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.self, fd.SelfContradictions); diff != "" {
				t.Errorf("self-contradictions (-want +got):\n%s", diff)
			}
			if !strings.Contains(fd.Note, tt.note) {
				t.Errorf("note %q does not say %q", fd.Note, tt.note)
			}
		})
	}
}

func TestConsensus(t *testing.T) {
	pt := quantity.Point
	weighted := func(c Claim, w float64) Claim { c.Weight = w; return c }
	upTo := claim("a", "A", quantity.Interval{Low: 0, High: 1e11}, "2025-08-18")
	upTo.Quantity.Value = 1e11
	spread := []Claim{
		upTo,
		claim("b", "B", pt(9e10), "2025-08-19"),
		claim("c", "B", pt(8e10), "2025-08-17"), // B's own figure is the median of its two
		claim("d", "C", pt(1e11), "2025-08-18"),
	}
	tolls := []Claim{claim("a", "A", pt(3), "2025-08-18"), claim("b", "B", pt(7), "2025-08-20"), claim("c", "C", pt(5), "2025-08-19")}
	tests := []struct {
		name   string
		claims []Claim
		policy rules.Policy
		want   Consensus
		note   string
	}{
		// Sources: A 1e11, B lower median of (8e10, 9e10) = 8e10, C 1e11.
		{name: "median by default", claims: spread, want: Consensus{Low: 0, Best: 1e11, High: 1e11, Policy: rules.Median}},
		{name: "median", claims: tolls, policy: rules.Median, want: Consensus{Low: 3, Best: 5, High: 7, Policy: rules.Median}},
		{name: "median of an even count is a figure given", claims: tolls[:2], policy: rules.Median, want: Consensus{Low: 3, Best: 3, High: 7, Policy: rules.Median}},
		{name: "conservative is the lowest figure", claims: tolls, policy: rules.Conservative, want: Consensus{Low: 3, Best: 3, High: 7, Policy: rules.Conservative}},
		{name: "conservative over sources", claims: spread, policy: rules.Conservative, want: Consensus{Low: 0, Best: 8e10, High: 1e11, Policy: rules.Conservative}},
		{name: "latest", claims: tolls, policy: rules.Latest, want: Consensus{Low: 3, Best: 7, High: 7, Policy: rules.Latest}},
		{name: "latest without dates is the median",
			claims: []Claim{claim("a", "A", pt(3), ""), claim("b", "B", pt(7), ""), claim("c", "C", pt(5), "")}, policy: rules.Latest,
			want: Consensus{Low: 3, Best: 5, High: 7, Policy: rules.Median}, note: "no claim has a publication date"},
		{name: "latest with some undated",
			claims: []Claim{claim("a", "A", pt(3), ""), claim("b", "B", pt(7), "2025-08-19")}, policy: rules.Latest,
			want: Consensus{Low: 3, Best: 7, High: 7, Policy: rules.Latest}, note: "1 of 2 claims have no publication date"},
		{name: "a heavier source moves the median",
			claims: []Claim{claim("a", "A", pt(3), ""), weighted(claim("b", "B", pt(7), ""), 3), claim("c", "C", pt(5), "")},
			want:   Consensus{Low: 3, Best: 7, High: 7, Policy: rules.Median}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, note := consensus(tt.claims, tt.policy)
			if got != tt.want {
				t.Errorf("consensus %+v, want %+v", got, tt.want)
			}
			if !strings.Contains(note, tt.note) || (tt.note == "") != (note == "") {
				t.Errorf("note %q, want one saying %q", note, tt.note)
			}
		})
	}
}

// TestConsensusPolicyInRules: a rule's consensus reaches the finding,
// and a revised finding applies it to the latest claims.
func TestConsensusPolicyInRules(t *testing.T) {
	pt := quantity.Point
	src := "version: 1\nfacts:\n  - id: f\n    title: F\n    quantity: number\n    match:\n      any: [x]\n    compare: {consensus: conservative}\n"
	facts := loadFacts(t, src)
	fd := Compare(facts, []Claim{claim("a", "A", pt(11), ""), claim("b", "B", pt(7), ""), claim("c", "C", pt(9), "")})[0]
	if fd.Consensus.Best != 7 || fd.Consensus.Policy != rules.Conservative {
		t.Errorf("consensus %+v, want the lowest figure, 7", fd.Consensus)
	}
}

func TestMedianIsAReportedFigure(t *testing.T) {
	for _, tt := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{7}, 7},
		{[]float64{7, 3}, 3},
		{[]float64{3, 7, 11}, 7},
		{[]float64{11, 3, 7, 9}, 7},
	} {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median of nothing is not NaN")
	}
}

func TestCompareSortsClaims(t *testing.T) {
	facts := loadFacts(t, "version: 1\nfacts:\n  - id: f\n    title: F\n    quantity: number\n    match:\n      any: [x]\n")
	claims := []Claim{claim("b", "B", quantity.Point(1), ""), claim("a", "A", quantity.Point(1), "")}
	claims[0].Offset, claims[1].Offset = 5, 9
	fd := Compare(facts, claims)[0]
	if fd.Claims[0].Article != "a" || fd.Claims[1].Article != "b" {
		t.Errorf("claims not sorted by article: %s, %s", fd.Claims[0].Article, fd.Claims[1].Article)
	}
}

// extractPair extracts the claims of facts from two one-sentence articles
// of different outlets and compares them.
func extractPair(t *testing.T, facts []*rules.Fact, a, b string) Finding {
	t.Helper()
	var claims []Claim
	for i, text := range []string{a, b} {
		art := &article.Article{Path: string(rune('a'+i)) + ".txt", Source: string(rune('A' + i)), Text: text}
		claims = append(claims, Extract(art, facts)...)
	}
	if len(claims) != 2 {
		t.Fatalf("%d claims from %q and %q, want 2", len(claims), a, b)
	}
	fds := Compare(facts, claims)
	if len(fds) != 1 {
		t.Fatalf("%d findings, want 1", len(fds))
	}
	return fds[0]
}

// TestHedgeWidths: a fact reads "about" with its own width, its file's, or
// the default, and the widened interval is the claim's value.
func TestHedgeWidths(t *testing.T) {
	const src = "version: 1\n%sfacts:\n  - id: share\n    title: Share of land held\n    quantity: percent\n    match:\n      any: [occupied]\n%s"
	const (
		about  = "Russia has occupied about 20% of the country."
		twenty = "Russia has occupied 25% of the country."
	)
	tests := []struct {
		name, file, fact string
		b                string
		want             Status
		interval         quantity.Interval // of "about 20%"
	}{
		{name: "default width", b: twenty, want: Conflict, interval: quantity.Interval{Low: 18, High: 22}},
		{name: "fact about 0.3", fact: "    hedges: {about: 0.3}\n", b: twenty, want: Agree, interval: quantity.Interval{Low: 14, High: 26}},
		{name: "file about 0.3", file: "hedges: {about: 0.3}\n", b: twenty, want: Agree, interval: quantity.Interval{Low: 14, High: 26}},
		{name: "fact overrides file", file: "hedges: {about: 0.3}\n", fact: "    hedges: {about: 0.1}\n", b: twenty, want: Conflict, interval: quantity.Interval{Low: 18, High: 22}},
		// 0.3 of 20 reaches 26, not 27.
		{name: "beyond the width", fact: "    hedges: {about: 0.3}\n", b: "Russia has occupied 27% of the country.", want: Conflict, interval: quantity.Interval{Low: 14, High: 26}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := loadFacts(t, fmt.Sprintf(src, tt.file, tt.fact))
			fd := extractPair(t, facts, about, tt.b)
			if fd.Status != tt.want {
				t.Errorf("status %s, want %s", fd.Status, tt.want)
			}
			q := fd.Claims[0].Quantity
			if q.Interval != tt.interval || q.Value != 20 || q.Hedge != "about" {
				t.Errorf("about 20%% read as %+v (value %v, hedge %q), want %+v", q.Interval, q.Value, q.Hedge, tt.interval)
			}
		})
	}
}

// TestVagueWidths: a rule that says what "dozens" stands for turns a
// conflict with the default [24, 99] into agreement. It needs the scanner
// to give a vague quantity its phrase as Hedge.
func TestVagueWidths(t *testing.T) {
	const src = "version: 1\n%sfacts:\n  - id: deaths\n    title: People killed\n    quantity: count\n    match:\n      any: [killed]\n      near: [civilians]\n%s"
	const (
		dozens  = "The strike killed dozens of civilians."
		fifteen = "The strike killed 15 civilians."
	)
	tests := []struct {
		name, file, fact string
		want             Status
		interval         quantity.Interval // of "dozens"
	}{
		{name: "default", want: Conflict, interval: quantity.Interval{Low: 24, High: 99}},
		{name: "fact", fact: "    hedges:\n      vague:\n        dozens: [12, 99]\n", want: Agree, interval: quantity.Interval{Low: 12, High: 99}},
		{name: "file", file: "hedges:\n  vague: {dozens: [12, 99]}\n", want: Agree, interval: quantity.Interval{Low: 12, High: 99}},
		{name: "other phrase", fact: "    hedges:\n      vague:\n        hundreds: [100, 999]\n", want: Conflict, interval: quantity.Interval{Low: 24, High: 99}},
		{name: "fact overrides file", file: "hedges:\n  vague: {dozens: [12, 99]}\n", fact: "    hedges: {vague: {dozens: [20, 99]}}\n", want: Conflict, interval: quantity.Interval{Low: 20, High: 99}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := loadFacts(t, fmt.Sprintf(src, tt.file, tt.fact))
			fd := extractPair(t, facts, dozens, fifteen)
			if fd.Status != tt.want {
				t.Errorf("status %s, want %s", fd.Status, tt.want)
			}
			q := fd.Claims[0].Quantity
			if !q.Vague || q.Interval != tt.interval || q.Value != (tt.interval.Low+tt.interval.High)/2 {
				t.Errorf("dozens read as %+v (value %v, hedge %q, vague %v), want %+v", q.Interval, q.Value, q.Hedge, q.Vague, tt.interval)
			}
		})
	}
}

// TestPercentagePoints: a difference of shares is not a share.
func TestPercentagePoints(t *testing.T) {
	facts := loadFacts(t, `version: 1
facts:
  - id: share
    title: Share of the vote
    quantity: percent
    match:
      any: [vote]
  - id: lead
    title: Lead in the vote
    quantity: percent
    unit: points
    match:
      any: [vote]
`)
	for _, tt := range []struct{ fact, sentence, want string }{
		{"share", "The party won 41% of the vote, up 3 percentage points.", "41%"},
		{"lead", "The party won 41% of the vote, up 3 percentage points.", "3 percentage points"},
		{"share", "The vote moved 3 percentage points.", ""},
		{"lead", "The party won 41% of the vote.", ""},
	} {
		f := factByID(t, facts, tt.fact)
		claims := Extract(&article.Article{Path: "a.txt", Source: "A", Text: tt.sentence}, []*rules.Fact{f})
		got := ""
		if len(claims) == 1 {
			got = claims[0].Text
		}
		if got != tt.want {
			t.Errorf("%s took %q from %q, want %q", tt.fact, got, tt.sentence, tt.want)
		}
	}
}
