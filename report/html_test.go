package report

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// htmlFixture is fixture() with the agreement clusters checker.Compare
// would set: the shared fixture predates Claim.Cluster, and a chart of a
// conflict with every claim in one cluster would show nothing.
func htmlFixture() *Report {
	r := fixture()
	clusters := map[string][]int{
		"dnipro-strike-deaths":    {0, 1},
		"kharkiv-civilian-deaths": {0, 1, 0},
		"kherson-evacuees":        {0, 1},
		"war-duration":            {1, 0},
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		for j, k := range clusters[f.Fact] {
			f.Claims[j].Cluster = k
		}
	}
	return r
}

func renderHTML(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTMLGolden(t *testing.T) {
	got := renderHTML(t, htmlFixture())
	golden(t, "report.golden.html", []byte(got))

	r := htmlFixture()
	fs := r.Findings
	for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
		fs[i], fs[j] = fs[j], fs[i]
	}
	if renderHTML(t, r) != got {
		t.Error("output depends on the order of Report.Findings")
	}
}

// TestHTMLSelfContained wants a page that fetches nothing: no external
// script, style sheet, font or image, and no link out of the page.
func TestHTMLSelfContained(t *testing.T) {
	got := renderHTML(t, htmlFixture())
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bsrc\s*=`),
		regexp.MustCompile(`(?i)<link\b`),
		regexp.MustCompile(`(?i)@import`),
		regexp.MustCompile(`(?i)@font-face`),
		regexp.MustCompile(`(?i)url\(\s*['"]?[^#'"\s]`),
		regexp.MustCompile(`(?i)href\s*=\s*"[^#]`),
		regexp.MustCompile(`(?i)https?://`),
		regexp.MustCompile(`(?i)<(img|iframe|object|embed)\b`),
	} {
		if m := bad.FindString(got); m != "" {
			t.Errorf("page reaches outside itself: %q", m)
		}
	}
	for _, want := range []string{"<style>", "<script>", "<svg ", "@media print"} {
		if !strings.Contains(got, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestHTMLEscapes feeds markup through every field that comes from an
// article or a rule: none of it may reach the page as markup.
func TestHTMLEscapes(t *testing.T) {
	const evil = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&</text></svg>`
	sentence := "Officials said " + evil + " seven people died."
	pos := strings.Index(sentence, "seven")
	c := checker.Claim{
		Fact: "f" + evil, Article: "a" + evil + ".md", Source: "Src" + evil,
		Offset: pos, End: pos + len("seven"), Line: 1, Column: pos + 1,
		Text: "seven" + evil, Sentence: sentence, Claimant: "the " + evil,
		Resolved: evil, CopyOf: evil,
		Terms:    []checker.Span{{Pos: 0, End: len("Officials")}},
		Quantity: quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(7), Value: 7, Unit: evil},
	}
	d := c
	d.Sentence, d.Text, d.Offset, d.End = evil+" eleven died.", "eleven", len(evil)+1, len(evil)+7
	d.Quantity.Interval, d.Quantity.Value, d.Cluster = quantity.Point(11), 11, 1
	r := &Report{Findings: []checker.Finding{{
		Fact: "f" + evil, Title: "t" + evil, Note: evil, Status: checker.Conflict,
		Claims: []checker.Claim{c, d}, Conflicts: []checker.Pair{{I: 0, J: 1}},
		Consensus: checker.Consensus{Low: 7, Best: 9, High: 11},
	}}}
	got := renderHTML(t, r)
	for _, bad := range []string{"<script>alert", "<img", "</text></svg>\""} {
		if strings.Contains(got, bad) {
			t.Errorf("article text reached the page as markup: %q", bad)
		}
	}
	if n := strings.Count(got, "<script>"); n != 1 {
		t.Errorf("%d <script> elements, want the page's own one", n)
	}
	if !strings.Contains(got, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("escaped article text not found")
	}
}

func TestHTMLDeterministic(t *testing.T) {
	a, b := renderHTML(t, htmlFixture()), renderHTML(t, htmlFixture())
	if a != b {
		t.Error("two renderings of one report differ")
	}
}

func TestNewAxis(t *testing.T) {
	for _, tc := range []struct {
		name   string
		vals   []float64
		kind   quantity.Kind
		log    bool
		lo, hi float64
		ticks  string
	}{
		{"counts", []float64{3, 7, 11}, quantity.Number, false, 2, 12, "2 4 6 8 10 12"},
		{"one count starts at zero", []float64{5}, quantity.Number, false, 0, 5, "0 1 2 3 4 5"},
		{"one year", []float64{2014}, quantity.Year, false, 2012, 2016, "2012 2013 2014 2015 2016"},
		{"percent", []float64{17.1, 22}, quantity.Percent, false, 17, 22, "17 18 19 20 21 22"},
		{"orders of magnitude", []float64{12, 3000, 1.1e5}, quantity.Number, true, 10, 1e6, "10 100 1000 10000 100000 1e+06"},
		{"few decades get 2 and 5", []float64{3, 400}, quantity.Number, true, 1, 1000, "1 2 5 10 20 50 100 200 500 1000"},
		{"zero keeps it linear", []float64{0, 1e11}, quantity.Money, false, 0, 1e11, "0 2e+10 4e+10 6e+10 8e+10 1e+11"},
		{"years never log", []float64{20, 2014}, quantity.Year, false, 0, 2500, "0 500 1000 1500 2000 2500"},
		// Ten trillion against ten trillion and one gave 25 000 ticks, and
		// a hundred trillion did not finish.
		{"huge and close", []float64{1e13, 1e13 + 1}, quantity.Money, false, 1e13, 1.000000002e13, "1e+13 1.000000002e+13"},
		{"huger and close", []float64{1e14, 1e14 + 1}, quantity.Money, false, 1e14, 1.000000002e14, "1e+14 1.000000002e+14"},
		// A claims stream can say anything: the span of these overflowed,
		// and the ticks went on for ever. (The last tick overflows too.)
		{"the largest floats", []float64{-1e308, 1e308}, quantity.Number, false, -1.0000000000000004e+308, 1.0000000000000004e+308, "-1e+308 -5e+307 0 5e+307"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newAxis(tc.vals, tc.kind)
			var ts []string
			for _, x := range a.ticks {
				ts = append(ts, strconv.FormatFloat(x, 'g', -1, 64))
			}
			if a.log != tc.log || a.lo != tc.lo || a.hi != tc.hi || strings.Join(ts, " ") != tc.ticks {
				t.Errorf("newAxis(%v) = log %v [%g, %g] ticks %s; want log %v [%g, %g] ticks %s",
					tc.vals, a.log, a.lo, a.hi, strings.Join(ts, " "), tc.log, tc.lo, tc.hi, tc.ticks)
			}
			for _, v := range tc.vals {
				if x := a.x(v); x < plotL || x > plotR {
					t.Errorf("x(%g) = %g, outside the plot [%g, %g]", v, x, plotL, plotR)
				}
			}
		})
	}
}

// TestHTMLChart checks the geometry of the fixture's Kharkiv conflict: 7
// and [6, 8] in one cluster, 11 in another, a hatched gap between them, and
// the consensus marked.
func TestHTMLChart(t *testing.T) {
	r := htmlFixture()
	var f *checker.Finding
	for i := range r.Findings {
		if r.Findings[i].Fact == "kharkiv-civilian-deaths" {
			f = &r.Findings[i]
		}
	}
	hf := htmlFactOf(f, "f0", labels{})
	ch := hf.Chart
	glyphs := map[string]htmlGlyph{}
	for _, row := range ch.Rows {
		for _, g := range row.Glyphs {
			glyphs[g.Low+"-"+g.High] = g
		}
	}
	seven, eleven, range68 := glyphs["7-7"], glyphs["11-11"], glyphs["6-8"]
	if seven.Letter != "A" || range68.Letter != "A" || eleven.Letter != "B" {
		t.Errorf("clusters: 7 %s, [6, 8] %s, 11 %s; want A, A, B", seven.Letter, range68.Letter, eleven.Letter)
	}
	if seven.Bar || !range68.Bar {
		t.Error("a point drawn as a bar, or a range as a point")
	}
	if !strings.Contains(seven.Class, "conflicting") || !strings.Contains(eleven.Class, "conflicting") {
		t.Errorf("classes %q, %q: want both conflicting", seven.Class, eleven.Class)
	}
	if len(ch.Gaps) != 1 {
		t.Fatalf("%d gaps, want 1 (between 8 and 11)", len(ch.Gaps))
	}
	gx, _ := strconv.ParseFloat(ch.Gaps[0].X, 64)
	gw, _ := strconv.ParseFloat(ch.Gaps[0].W, 64)
	if !(range68.x2 < gx && gx+gw < eleven.x1) {
		t.Errorf("gap [%g, %g] not between 8 (x %g) and 11 (x %g)", gx, gx+gw, range68.x2, eleven.x1)
	}
	if ch.Gaps[0].Label != "conflict" {
		t.Errorf("gap label %q", ch.Gaps[0].Label)
	}
	var labels []string
	for _, l := range ch.Labels {
		labels = append(labels, l.Text)
	}
	if got := strings.Join(labels, " | "); got != "best 7 | low 6 | high 11" {
		t.Errorf("consensus labels %q", got)
	}
	if len(hf.Pairs) != 2 || hf.Pairs[0].Kind != "conflict between claimants" {
		t.Errorf("pairs %+v", hf.Pairs)
	}
}

func TestHTMLUnbounded(t *testing.T) {
	r := htmlFixture()
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Fact != "refugees-to-poland" {
			continue
		}
		g := htmlFactOf(f, "f0", labels{}).Chart.Rows[0].Glyphs[0]
		if g.Arrows == "" || !g.hiInf || g.x2 <= plotR {
			t.Errorf("more than 1 million: arrows %q, x2 %g; want an arrow past %g", g.Arrows, g.x2, plotR)
		}
		if strings.Count(g.Caps, "M") != 0 {
			t.Errorf("(1 million, ∞) has caps %q; its low end is open", g.Caps)
		}
	}
}

func TestClusterLetter(t *testing.T) {
	for n, want := range map[int]string{0: "A", 1: "B", 25: "Z", 26: "A2", 27: "B2", -1: "A"} {
		if got := clusterLetter(n); got != want {
			t.Errorf("clusterLetter(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestF1(t *testing.T) {
	for x, want := range map[float64]string{0: "0", -0.01: "0", 1.25: "1.3", 100: "100", math.Pi: "3.1"} {
		if got := f1(x); got != want {
			t.Errorf("f1(%g) = %q, want %q", x, got, want)
		}
	}
}

// Rows are named by outlet, or by the article's path less the folders all
// such articles share: two index.md files in two folders are two rows
// (found by review: they shared one, by base name).
func TestLabels(t *testing.T) {
	claim := func(article, source string) checker.Claim { return checker.Claim{Article: article, Source: source} }
	for _, tt := range []struct {
		claims []checker.Claim
		want   []string
	}{
		{[]checker.Claim{claim("news/a/index.md", ""), claim("news/b/index.md", "news/b/index.md")}, []string{"a/index.md", "b/index.md"}},
		{[]checker.Claim{claim("../seeds/001.txt", ""), claim("../seeds/002.txt", ""), claim("x.md", "Wire")}, []string{"001.txt", "002.txt", "Wire"}},
		{[]checker.Claim{claim("/abs/a.md", ""), claim("rel/b.md", "")}, []string{"/abs/a.md", "rel/b.md"}},
		{[]checker.Claim{claim("only.md", "")}, []string{"only.md"}},
	} {
		lb := labelsOf([]checker.Finding{{Claims: tt.claims}})
		var got []string
		for _, c := range tt.claims {
			got = append(got, lb.source(c))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("labels %q, want %q", got, tt.want)
		}
	}
}
