package report

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// gotProblem is a problem as a test compares it: places instead of indexes.
type gotProblem struct {
	Fact, At      string
	Related       []string
	Kind          string
	Level         level
	Message       string
	Baselined     bool
	Rule          int
	FindingStatus checker.Status
}

func summarize(ps []problem) []gotProblem {
	var out []gotProblem
	for _, p := range ps {
		g := gotProblem{
			Fact: p.Finding.Fact, At: loc(p.Finding.Claims[p.Claim]), Kind: p.Kind, Level: p.Level,
			Message: p.Message, Baselined: p.Baselined, Rule: p.Rule, FindingStatus: p.Finding.Status,
		}
		for _, k := range p.Related {
			g.Related = append(g.Related, loc(p.Finding.Claims[k]))
		}
		out = append(out, g)
	}
	return out
}

// TestProblemsFixture pins down the problems of the shared fixture: a pair
// with a new claim is reported at that claim only, a pair without at both
// claims, a self-contradiction at both, a revision at both with the
// direction of the revision, an open single source once per claim; the
// baselined pair and the known single source give none.
func TestProblemsFixture(t *testing.T) {
	const (
		kharkiv = "Civilians killed in the Russian strike on Kharkiv: "
		war     = "Length of the war: "
		dnipro  = "People killed in the strike on Dnipro: "
	)
	want := []gotProblem{
		{"dnipro-strike-deaths", "articles/a.md:5:64", []string{"articles/b.md:8:58"}, kindRevised, levelNote,
			dnipro + `12 ("Twelve", per the regional governor) revised to 19 at articles/b.md:8:58 (BBC); the latest figure is the best estimate`, false, 0, checker.Revised},
		{"dnipro-strike-deaths", "articles/b.md:8:58", []string{"articles/a.md:5:64"}, kindRevised, levelNote,
			dnipro + `19 revises 12 at articles/a.md:5:64 (Reuters, per the regional governor); the latest figure is the best estimate`, false, 0, checker.Revised},
		{"kharkiv-civilian-deaths", "articles/a.md:5:19", []string{"articles/b.md:4:1"}, kindConflict, levelError,
			kharkiv + `7 ("seven", per officials) conflicts with 11 at articles/b.md:4:1 (BBC, per the mayor’s office)`, false, 3, checker.Conflict},
		// b.md's pair with the new d.md claim is reported at d.md only.
		{"kharkiv-civilian-deaths", "articles/b.md:4:1", []string{"articles/a.md:5:19"}, kindConflict, levelError,
			kharkiv + `11 (per the mayor’s office) conflicts with 7 at articles/a.md:5:19 (Reuters, per officials)`, false, 3, checker.Conflict},
		{"kharkiv-civilian-deaths", "articles/d.md:3:1", []string{"articles/b.md:4:1"}, kindConflict, levelError,
			kharkiv + `[6, 8] ("Between six and eight", per local officials) conflicts with 11 at articles/b.md:4:1 (BBC, per the mayor’s office)`, false, 3, checker.Conflict},
		{"refugees-to-poland", "articles/c.md:6:1", nil, kindSingle, levelNote,
			`Refugees who crossed into Poland: (1 million, ∞) ("More than 1 million", per the UN); only Kyiv Independent states this fact`, false, 8, checker.Single},
		{"war-duration", "articles/b.md:10:1", []string{"articles/b.md:15:5"}, kindSelf, levelError,
			war + `[3.6, 4) ("Nearly four years") contradicts 3 at articles/b.md:15:5 from the same source (BBC)`, false, 9, checker.Conflict},
		{"war-duration", "articles/b.md:15:5", []string{"articles/b.md:10:1"}, kindSelf, levelError,
			war + `3 ("three-year") contradicts [3.6, 4) at articles/b.md:10:1 from the same source (BBC)`, false, 9, checker.Conflict},
	}
	if d := cmp.Diff(want, summarize(problems(fixture()))); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}

	// What a baseline records comes back separately, for SARIF.
	fs := findings(fixture())
	var baselined []problem
	for i := range fs {
		_, b := findingProblems(&fs[i], i, checker.Conflict)
		baselined = append(baselined, b...)
	}
	wantBaselined := []gotProblem{
		{"drones-launched-kyiv", "articles/c.md:9:17", nil, kindSingle, levelNote,
			`Drones launched at Kyiv in one night: [24, 99] ("dozens", vague); only Kyiv Independent states this fact; recorded in the baseline`, true, 1, checker.Single},
		{"kherson-evacuees", "articles/a.md:13:1", []string{"articles/b.md:17:16"}, kindConflict, levelWarning,
			`Residents evacuated from Kherson: [2,700, 3,300] ("About 3,000") conflicts with 11,000 at articles/b.md:17:16 (BBC); recorded in the baseline`, true, 5, checker.Conflict},
		{"kherson-evacuees", "articles/b.md:17:16", []string{"articles/a.md:13:1"}, kindConflict, levelWarning,
			`Residents evacuated from Kherson: 11,000 conflicts with [2,700, 3,300] at articles/a.md:13:1 (Reuters); recorded in the baseline`, true, 5, checker.Conflict},
		{"year-crimea-annexed", "articles/d.md:5:26", nil, kindSingle, levelNote,
			`Year Russia annexed Crimea: 2013 ("12 years ago", per the president); only Ukrainska Pravda states this fact; recorded in the baseline`, true, 10, checker.Single},
	}
	if d := cmp.Diff(wantBaselined, summarize(baselined)); d != "" {
		t.Errorf("baselined problems (-want +got):\n%s", d)
	}
}

// pclaim is a small claim for the grouping tests: article, source, value,
// and whether it is new.
func pclaim(article, source string, v float64, isNew bool) checker.Claim {
	return checker.Claim{
		Article: article, Source: source, Line: 1, Column: 1, Text: number(v, quantity.Number),
		Quantity: quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(v), Value: v},
		New:      isNew,
	}
}

func TestProblemsGrouping(t *testing.T) {
	var (
		r7    = pclaim("r.md", "Reuters", 7, false)
		r7new = pclaim("r.md", "Reuters", 7, true)
		r9    = pclaim("r2.md", "reuters ", 9, false) // the same outlet, spelt otherwise
		b11   = pclaim("b.md", "BBC", 11, false)
		b11n  = pclaim("b.md", "BBC", 11, true)
		x3    = pclaim("x.md", "X", 3, false)
		x3new = pclaim("x.md", "X", 3, true)
	)
	type want struct {
		at      string
		related []string
		msg     string
	}
	for _, tc := range []struct {
		name string
		f    checker.Finding
		want []want
	}{
		{
			name: "old pair: both claims",
			f:    checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{r7, b11}, Conflicts: []checker.Pair{{I: 0, J: 1}}},
			want: []want{
				{"r.md:1:1", []string{"b.md:1:1"}, "T: 7 conflicts with 11 at b.md:1:1 (BBC)"},
				{"b.md:1:1", []string{"r.md:1:1"}, "T: 11 conflicts with 7 at r.md:1:1 (Reuters)"},
			},
		},
		{
			name: "new claim: only it",
			f:    checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{r7, x3new}, Conflicts: []checker.Pair{{I: 0, J: 1}}},
			want: []want{{"x.md:1:1", []string{"r.md:1:1"}, "T: 3 conflicts with 7 at r.md:1:1 (Reuters)"}},
		},
		{
			name: "both new: both",
			f:    checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{r7new, b11n}, Conflicts: []checker.Pair{{I: 0, J: 1}}},
			want: []want{
				{"r.md:1:1", []string{"b.md:1:1"}, "T: 7 conflicts with 11 at b.md:1:1 (BBC)"},
				{"b.md:1:1", []string{"r.md:1:1"}, "T: 11 conflicts with 7 at r.md:1:1 (Reuters)"},
			},
		},
		{
			name: "several pairs at one claim: related in claim order",
			f: checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{x3new, r7, b11},
				Conflicts: []checker.Pair{{I: 0, J: 2}, {I: 0, J: 1}, {I: 1, J: 2}}},
			want: []want{
				{"x.md:1:1", []string{"r.md:1:1", "b.md:1:1"}, "T: 3 conflicts with 7 at r.md:1:1 (Reuters) and 11 at b.md:1:1 (BBC)"},
				{"r.md:1:1", []string{"b.md:1:1"}, "T: 7 conflicts with 11 at b.md:1:1 (BBC)"},
				{"b.md:1:1", []string{"r.md:1:1"}, "T: 11 conflicts with 7 at r.md:1:1 (Reuters)"},
			},
		},
		{
			name: "three related: a list",
			f: checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{x3new, r7, b11, pclaim("z.md", "Z", 20, false)},
				Conflicts: []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}, {I: 0, J: 3}}},
			want: []want{{"x.md:1:1", []string{"r.md:1:1", "b.md:1:1", "z.md:1:1"},
				"T: 3 conflicts with 7 at r.md:1:1 (Reuters), 11 at b.md:1:1 (BBC) and 20 at z.md:1:1 (Z)"}},
		},
		{
			name: "conflict and self-contradiction at one claim",
			f: checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{b11, r7, r9},
				Conflicts: []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}}, SelfContradictions: []checker.Pair{{I: 1, J: 2}}},
			want: []want{
				{"b.md:1:1", []string{"r.md:1:1", "r2.md:1:1"}, "T: 11 conflicts with 7 at r.md:1:1 (Reuters) and 9 at r2.md:1:1 (reuters)"},
				{"r.md:1:1", []string{"b.md:1:1", "r2.md:1:1"}, "T: 7 conflicts with 11 at b.md:1:1 (BBC); contradicts 9 at r2.md:1:1 from the same source (Reuters)"},
				{"r2.md:1:1", []string{"b.md:1:1", "r.md:1:1"}, "T: 9 conflicts with 11 at b.md:1:1 (BBC); contradicts 7 at r.md:1:1 from the same source (reuters)"},
			},
		},
		{
			name: "revision both ways, by publication date",
			f: checker.Finding{Title: "T", Status: checker.Revised, Claims: []checker.Claim{
				withDate(b11, 3), withDate(r7, 1), withDate(x3, 0)},
				Conflicts: []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}, {I: 1, J: 2}}},
			want: []want{
				{"b.md:1:1", []string{"r.md:1:1", "x.md:1:1"}, "T: 11 revises 7 at r.md:1:1 (Reuters) and 3 at x.md:1:1 (X); the latest figure is the best estimate"},
				{"r.md:1:1", []string{"b.md:1:1", "x.md:1:1"}, "T: 7 revised to 11 at b.md:1:1 (BBC); revises 3 at x.md:1:1 (X); the latest figure is the best estimate"},
				{"x.md:1:1", []string{"b.md:1:1", "r.md:1:1"}, "T: 3 revised to 11 at b.md:1:1 (BBC) and 7 at r.md:1:1 (Reuters); the latest figure is the best estimate"},
			},
		},
		{
			name: "only baselined pairs: nothing open",
			f:    checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{r7, b11}, Baselined: []checker.Pair{{I: 0, J: 1}}},
		},
		{
			name: "pairs out of range are ignored",
			f:    checker.Finding{Title: "T", Status: checker.Conflict, Claims: []checker.Claim{r7, b11}, Conflicts: []checker.Pair{{I: 0, J: 5}, {I: -1, J: 0}, {I: 1, J: 1}}},
		},
		{
			name: "open single source: each claim",
			f:    checker.Finding{Fact: "id-only", Status: checker.Single, Claims: []checker.Claim{r7, r9}},
			want: []want{
				{"r.md:1:1", nil, "id-only: 7; only Reuters states this fact"},
				{"r2.md:1:1", nil, "id-only: 9; only reuters states this fact"},
			},
		},
		{
			name: "known single source: none",
			f:    checker.Finding{Title: "T", Status: checker.Single, Claims: []checker.Claim{r7}, Known: true},
		},
		{
			name: "agree: none",
			f:    checker.Finding{Title: "T", Status: checker.Agree, Claims: []checker.Claim{r7, b11}},
		},
		{
			name: "absent: none",
			f:    checker.Finding{Title: "T", Status: checker.Absent},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []want
			for _, p := range problems(&Report{Findings: []checker.Finding{tc.f}}) {
				w := want{at: loc(p.Finding.Claims[p.Claim]), msg: p.Message}
				for _, k := range p.Related {
					w.related = append(w.related, loc(p.Finding.Claims[k]))
				}
				got = append(got, w)
			}
			if d := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func withDate(c checker.Claim, day int) checker.Claim {
	c.Published = time.Date(2025, 3, 1+day, 0, 0, 0, 0, time.UTC)
	return c
}

// TestProblemLevels grades each kind of finding against each threshold.
func TestProblemLevels(t *testing.T) {
	r7, b11 := pclaim("r.md", "R", 7, false), pclaim("b.md", "B", 11, false)
	findings := map[string]checker.Finding{
		"conflict": {Status: checker.Conflict, Claims: []checker.Claim{r7, b11}, Conflicts: []checker.Pair{{I: 0, J: 1}}},
		"self":     {Status: checker.Conflict, Claims: []checker.Claim{r7, r7}, SelfContradictions: []checker.Pair{{I: 0, J: 1}}},
		"revised":  {Status: checker.Revised, Claims: []checker.Claim{r7, b11}, Conflicts: []checker.Pair{{I: 0, J: 1}}},
		"single":   {Status: checker.Single, Claims: []checker.Claim{r7}},
	}
	for _, tc := range []struct {
		threshold checker.Status
		want      map[string]level
	}{
		{"", map[string]level{"conflict": levelError, "self": levelError, "revised": levelNote, "single": levelNote}},
		{checker.Conflict, map[string]level{"conflict": levelError, "self": levelError, "revised": levelNote, "single": levelNote}},
		{checker.Single, map[string]level{"conflict": levelError, "self": levelError, "revised": levelNote, "single": levelError}},
		{checker.Revised, map[string]level{"conflict": levelError, "self": levelError, "revised": levelError, "single": levelError}},
		{"never", map[string]level{"conflict": levelWarning, "self": levelWarning, "revised": levelNote, "single": levelNote}},
	} {
		for name, f := range findings {
			ps := problems(&Report{FailOn: tc.threshold, Findings: []checker.Finding{f}})
			if len(ps) == 0 {
				t.Fatalf("%s: no problems", name)
			}
			for _, p := range ps {
				if p.Level != tc.want[name] {
					t.Errorf("fail-on %q, %s: level %s, want %s", tc.threshold, name, p.Level, tc.want[name])
				}
			}
		}
	}
}

func TestClaimEnd(t *testing.T) {
	for _, tc := range []struct {
		text              string
		line, col         int
		wantLine, wantCol int
	}{
		{"seven", 5, 19, 5, 24},
		{"€50bn", 3, 18, 3, 23},               // characters, not bytes
		{"up to\n€50 billion", 9, 70, 10, 12}, // after the last newline, plus one
		{"twenty\r\nfive", 2, 30, 3, 5},
		{"a\nb\nc", 1, 1, 3, 2},
		{"", 4, 7, 4, 7},
	} {
		gl, gc := claimEnd(checker.Claim{Text: tc.text, Line: tc.line, Column: tc.col})
		if gl != tc.wantLine || gc != tc.wantCol {
			t.Errorf("claimEnd(%q at %d:%d) = %d:%d, want %d:%d", tc.text, tc.line, tc.col, gl, gc, tc.wantLine, tc.wantCol)
		}
	}
}

func TestAndList(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b and c"},
	} {
		if got := andList(tc.in); got != tc.want {
			t.Errorf("andList(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestProblemsSanitized: titles, sources, paths and words from articles
// reach messages only as clean lets them: one line, no escape sequences.
func TestProblemsSanitized(t *testing.T) {
	a := pclaim("a\x1b[31m.md", "Reu\nters", 7, false)
	a.Text = "se\tven\x07"
	b := pclaim("b.md", "BBC\r", 11, false)
	f := checker.Finding{Title: "Dead\x1b]0;x\x07 in\nKharkiv", Status: checker.Conflict, Claims: []checker.Claim{a, b}, Conflicts: []checker.Pair{{I: 0, J: 1}}}
	for _, p := range problems(&Report{Findings: []checker.Finding{f}}) {
		for _, r := range p.Message {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("message has control %U: %q", r, p.Message)
			}
		}
	}
	want := "Dead\uFFFD]0;x\uFFFD in Kharkiv: 7 (\"se ven\uFFFD\") conflicts with 11 at b.md:1:1 (BBC)"
	if got := problems(&Report{Findings: []checker.Finding{f}})[0].Message; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}
