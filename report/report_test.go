package report

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sentence places a sentence in an article file: its byte offset, and the
// line and column where it starts.
type sentence struct {
	article, source string
	published       time.Time
	offset          int
	line, col       int
	text            string
}

// claim builds a claim whose offsets agree with the sentence: words is the
// value's words (found in the sentence), terms the rule terms to mark.
func claim(fact string, s sentence, words string, terms []string, q quantity.Quantity) checker.Claim {
	pos := strings.Index(s.text, words)
	if pos < 0 {
		panic("fixture: " + words + " not in " + s.text)
	}
	c := checker.Claim{
		Fact:           fact,
		Article:        s.article,
		Source:         s.source,
		Published:      s.published,
		Offset:         s.offset + pos,
		End:            s.offset + pos + len(words),
		Line:           s.line,
		Column:         s.col + utf8.RuneCountInString(s.text[:pos]),
		Text:           words,
		Sentence:       s.text,
		SentenceOffset: s.offset,
		SourceID:       strings.ToLower(s.source),
	}
	for _, t := range terms {
		i := strings.Index(s.text, t)
		if i < 0 {
			panic("fixture: term " + t + " not in " + s.text)
		}
		c.Terms = append(c.Terms, checker.Span{Pos: i, End: i + len(t)})
	}
	q.Pos, q.End = c.Offset, c.End
	c.Quantity = q
	return c
}

func point(v float64) quantity.Interval { return quantity.Point(v) }

// fixture is the one report every golden file is rendered from. It has a
// fact of each status, hedged, open, unbounded and vague intervals, a note,
// skipped inputs, and the "€", "—" and curly quotes news text is full of;
// and for the CI formats:
//
//   - kharkiv-civilian-deaths: a conflict between old articles (a.md 7,
//     b.md 11) and one with the new article under review (d.md [6, 8]
//     against b.md 11), reported at the new claim only;
//   - war-duration: one source contradicting itself;
//   - kherson-evacuees: a conflict whose only pair is in the baseline;
//   - drones-launched-kyiv: a single source the baseline knows;
//   - refugees-to-poland: a single source it does not;
//   - dnipro-strike-deaths: a revision;
//   - kharkiv-strike-date: dates that agree, one written out, two resolved
//     against their articles' dates.
func fixture() *Report {
	const (
		a, b, c, d = "articles/a.md", "articles/b.md", "articles/c.md", "articles/d.md"
	)
	day1 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	day2 := time.Date(2025, 3, 2, 18, 30, 0, 0, time.FixedZone("EET", 2*3600))
	day3 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	var (
		a1 = sentence{a, "Reuters", day1, 120, 5, 1, "The strike killed seven civilians in Kharkiv, officials said."}
		a2 = sentence{a, "Reuters", day1, 183, 5, 64, "Twelve people were killed in Monday’s strike on Dnipro, the regional governor said."}
		a3 = sentence{a, "Reuters", day1, 420, 9, 1, "The EU approved up to €50 billion in aid for Ukraine — the largest package yet."}
		a4 = sentence{a, "Reuters", day1, 530, 11, 1, "Russia now occupies about 20% of Ukraine’s territory."}
		a5 = sentence{a, "Reuters", day1, 640, 13, 1, "About 3,000 residents were evacuated from Kherson on Friday."}
		a6 = sentence{a, "Reuters", day1, 750, 15, 1, "The strike on Kharkiv on Thursday killed seven civilians."}
		b1 = sentence{b, "BBC", day2, 95, 4, 1, "11 civilians were killed in Kharkiv on Sunday, the mayor’s office said."}
		b2 = sentence{b, "BBC", day2, 300, 8, 1, "By Tuesday evening the death toll in Dnipro had risen to 19 — among them three children."}
		b3 = sentence{b, "BBC", day2, 410, 10, 1, "Nearly four years into the war, the front line has barely moved."}
		b4 = sentence{b, "BBC", day2, 700, 15, 1, "The three-year war has displaced millions."}
		b5 = sentence{b, "BBC", day2, 800, 17, 1, "Officials said 11,000 people had left Kherson since the shelling began."}
		b6 = sentence{b, "BBC", day2, 900, 19, 1, "The Kharkiv strike came in late February, the mayor said."}
		c1 = sentence{c, "Kyiv Independent", time.Time{}, 40, 3, 1, "“We will provide as much as €50bn in aid,” the Commission’s president said."}
		c2 = sentence{c, "Kyiv Independent", time.Time{}, 200, 6, 1, "More than 1 million refugees have crossed into Poland since February, the UN said."}
		c3 = sentence{c, "Kyiv Independent", time.Time{}, 330, 8, 1, "Russian forces hold 19 per cent of the country’s land."}
		c4 = sentence{c, "Kyiv Independent", time.Time{}, 420, 9, 1, "Russia launched dozens of drones at Kyiv overnight."}
		d1 = sentence{d, "Ukrainska Pravda", day3, 60, 3, 1, "Between six and eight civilians died in the Kharkiv strike, according to local officials."}
		d2 = sentence{d, "Ukrainska Pravda", day3, 200, 5, 1, "“No getting back Crimea (12 years ago, without a shot being fired!),” the president wrote."}
		d3 = sentence{d, "Ukrainska Pravda", day3, 330, 7, 1, "The strike on Kharkiv on February 27, 2025 killed seven."}
	)
	newClaim := func(c checker.Claim) checker.Claim { c.New = true; return c }
	by := func(c checker.Claim, claimant string) checker.Claim { c.Claimant = claimant; return c }
	superseded := func(c checker.Claim) checker.Claim { c.Superseded = true; return c }
	copyOf := func(c checker.Claim, orig, sourceID string) checker.Claim {
		c.CopyOf, c.SourceID, c.Weight = orig, sourceID, 0.5
		return c
	}
	resolved := func(c checker.Claim, how string) checker.Claim { c.Resolved = how; return c }
	// date is the days from d1 to d2 of month m of year y.
	date := func(y int, m time.Month, d1, d2 int) quantity.Quantity {
		lo, hi := quantity.Day(y, m, d1), quantity.Day(y, m, d2)
		return quantity.Quantity{Kind: quantity.Date, Interval: quantity.Interval{Low: lo, High: hi}, Value: math.Floor((lo + hi) / 2), Unit: quantity.DateUnit}
	}
	money := func(hedge string) quantity.Quantity {
		return quantity.Quantity{Kind: quantity.Money, Interval: quantity.Interval{Low: 0, High: 5e10}, Value: 5e10, Hedge: hedge, Currency: "EUR"}
	}
	return &Report{
		Findings: []checker.Finding{
			{
				Fact: "dnipro-strike-deaths", Title: "People killed in the strike on Dnipro",
				Status: checker.Revised, Grade: checker.RevisedGrade, Sources: 2, Articles: 2,
				Consensus: checker.Consensus{Low: 12, Best: 19, High: 19, Policy: rules.Latest},
				Claims: []checker.Claim{
					superseded(by(claim("dnipro-strike-deaths", a2, "Twelve", []string{"killed", "Dnipro"},
						quantity.Quantity{Kind: quantity.Number, Interval: point(12), Value: 12, Unit: "people"}), "the regional governor")),
					claim("dnipro-strike-deaths", b2, "19", []string{"death toll", "Dnipro"},
						quantity.Quantity{Kind: quantity.Number, Interval: point(19), Value: 19}),
				},
				Conflicts: []checker.Pair{{I: 0, J: 1}},
				Note:      "the toll rises in publication order (12 on 2025-03-01, then 19 on 2025-03-02) and the rule’s trend is rising",
			},
			{
				Fact: "drones-launched-kyiv", Title: "Drones launched at Kyiv in one night",
				Status: checker.Single, Grade: checker.SingleSource, Sources: 1, Articles: 1,
				Consensus: checker.Consensus{Low: 24, Best: 24, High: 99, Policy: rules.Median},
				Claims: []checker.Claim{
					claim("drones-launched-kyiv", c4, "dozens", []string{"launched", "Kyiv"},
						quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 24, High: 99}, Value: 24, Unit: "drones", Vague: true}),
				},
				Known: true,
			},
			{
				Fact: "eu-aid-package", Title: "EU aid package for Ukraine — total value",
				Status: checker.Agree, Grade: checker.Confirmed, Sources: 2, Articles: 2,
				Consensus: checker.Consensus{Low: 0, Best: 5e10, High: 5e10, Policy: rules.Median},
				Claims: []checker.Claim{
					claim("eu-aid-package", a3, "up to €50 billion", []string{"EU", "aid"}, money("up to")),
					claim("eu-aid-package", c1, "as much as €50bn", []string{"Commission", "aid"}, money("up to")),
				},
			},
			{
				Fact: "kharkiv-civilian-deaths", Title: "Civilians killed in the Russian strike on Kharkiv",
				Status: checker.Conflict, Grade: checker.Contested, Sources: 3, Articles: 3,
				Consensus: checker.Consensus{Low: 6, Best: 7, High: 11, Policy: rules.Median},
				Claims: []checker.Claim{
					by(claim("kharkiv-civilian-deaths", a1, "seven", []string{"killed", "civilians", "Kharkiv"},
						quantity.Quantity{Kind: quantity.Number, Interval: point(7), Value: 7, Unit: "civilians"}), "officials"),
					by(claim("kharkiv-civilian-deaths", b1, "11", []string{"civilians", "killed", "Kharkiv"},
						quantity.Quantity{Kind: quantity.Number, Interval: point(11), Value: 11, Unit: "civilians"}), "the mayor’s office"),
					newClaim(by(claim("kharkiv-civilian-deaths", d1, "Between six and eight", []string{"civilians", "died", "Kharkiv"},
						quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 6, High: 8}, Value: 7, Hedge: "between", Unit: "civilians"}), "local officials")),
				},
				Conflicts: []checker.Pair{{I: 0, J: 1}, {I: 1, J: 2}},
			},
			{
				Fact: "kharkiv-strike-date", Title: "Date of the strike on Kharkiv",
				Status: checker.Agree, Grade: checker.Confirmed, Sources: 3, Articles: 3,
				Consensus: checker.Consensus{Low: quantity.Day(2025, 2, 16), Best: quantity.Day(2025, 2, 27), High: quantity.Day(2025, 2, 28), Policy: rules.Median},
				Claims: []checker.Claim{
					resolved(claim("kharkiv-strike-date", a6, "on Thursday", []string{"strike", "Kharkiv"}, date(2025, 2, 27, 27)),
						`"on Thursday" from 2025-03-01 → 2025-02-27`),
					resolved(by(claim("kharkiv-strike-date", b6, "in late February", []string{"Kharkiv", "strike"}, date(2025, 2, 16, 28)), "the mayor"),
						`"in late February" from 2025-03-02 → 2025-02-16 to 2025-02-28`),
					claim("kharkiv-strike-date", d3, "on February 27, 2025", []string{"strike", "Kharkiv"}, date(2025, 2, 27, 27)),
				},
			},
			{
				Fact: "kherson-evacuees", Title: "Residents evacuated from Kherson",
				Status: checker.Conflict, Grade: checker.Contested, Sources: 2, Articles: 2,
				Consensus: checker.Consensus{Low: 2700, Best: 3000, High: 11000, Policy: rules.Conservative},
				Claims: []checker.Claim{
					claim("kherson-evacuees", a5, "About 3,000", []string{"evacuated", "Kherson"},
						quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 2700, High: 3300}, Value: 3000, Hedge: "about", Unit: "residents"}),
					claim("kherson-evacuees", b5, "11,000", []string{"left", "Kherson"},
						quantity.Quantity{Kind: quantity.Number, Interval: point(11000), Value: 11000, Unit: "people"}),
				},
				Baselined: []checker.Pair{{I: 0, J: 1}},
			},
			{
				Fact: "occupied-territory-share", Title: "Share of Ukraine’s territory under Russian occupation",
				Status: checker.Agree, Grade: checker.Confirmed, Sources: 2, Articles: 2,
				Consensus: checker.Consensus{Low: 18, Best: 19.5, High: 22.000000000000004, Policy: rules.Median},
				Claims: []checker.Claim{
					claim("occupied-territory-share", a4, "about 20%", []string{"occupies", "territory"},
						quantity.Quantity{Kind: quantity.Percent, Interval: quantity.Interval{Low: 18, High: 22.000000000000004}, Value: 20, Hedge: "about"}),
					claim("occupied-territory-share", c3, "19 per cent", []string{"hold", "land"},
						quantity.Quantity{Kind: quantity.Percent, Interval: point(19), Value: 19}),
				},
			},
			{
				Fact: "odesa-port-strikes", Title: "Strikes on the port of Odesa",
				Status: checker.Absent, Grade: checker.Unreported,
			},
			{
				Fact: "refugees-to-poland", Title: "Refugees who crossed into Poland",
				Status: checker.Single, Grade: checker.SingleSource, Sources: 1, Articles: 1,
				Consensus: checker.Consensus{Low: 1e6, Best: 1e6, High: math.Inf(1), Policy: rules.Median},
				Claims: []checker.Claim{
					copyOf(by(claim("refugees-to-poland", c2, "More than 1 million", []string{"refugees", "Poland"},
						quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 1e6, High: math.Inf(1), LowOpen: true}, Value: 1e6, Hedge: "more than", Unit: "refugees"}), "the UN"), b, "bbc"),
				},
			},
			{
				Fact: "war-duration", Title: "Length of the war",
				Status: checker.Conflict, Grade: checker.Inconsistent, Sources: 1, Articles: 1,
				Consensus: checker.Consensus{Low: 3, Best: 4, High: 4, Policy: rules.Median},
				Claims: []checker.Claim{
					claim("war-duration", b3, "Nearly four years", []string{"war"},
						quantity.Quantity{Kind: quantity.Duration, Interval: quantity.Interval{Low: 3.6, High: 4, HighOpen: true}, Value: 4, Hedge: "nearly", Unit: "years"}),
					claim("war-duration", b4, "three-year", []string{"war"},
						quantity.Quantity{Kind: quantity.Duration, Interval: point(3), Value: 3, Unit: "years"}),
				},
				SelfContradictions: []checker.Pair{{I: 0, J: 1}},
			},
			{
				Fact: "year-crimea-annexed", Title: "Year Russia annexed Crimea",
				Known:  true,
				Status: checker.Single, Grade: checker.SingleSource, Sources: 1, Articles: 1,
				Consensus: checker.Consensus{Low: 2013, Best: 2013, High: 2013, Policy: rules.Median},
				Claims: []checker.Claim{
					func() checker.Claim {
						c := by(claim("year-crimea-annexed", d2, "12 years ago", []string{"Crimea"},
							quantity.Quantity{Kind: quantity.Year, Interval: point(2013), Value: 2013}), "the president")
						c.Resolved = `"12 years ago" from 2025-03-03 → 2013`
						return c
					}(),
				},
			},
		},
		Inputs: []article.Input{
			{Path: a, Status: "read"},
			{Path: b, Status: "read"},
			{Path: c, Status: "read"},
			{Path: d, Status: "read"},
			{Path: "articles/drafts/broken.md", Status: "skipped", Reason: "front matter, line 3: unknown key “souce”"},
			{Path: "articles/photo.jpg", Status: "skipped", Reason: "binary file"},
		},
	}
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs (-want +got; go test -update rewrites it):\n%s", path, d)
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		render func(*bytes.Buffer, *Report) error
	}{
		{"report.golden.json", func(w *bytes.Buffer, r *Report) error { return JSON(w, r) }},
		{"report.golden.txt", func(w *bytes.Buffer, r *Report) error { return Text(w, r, TextOptions{}) }},
		{"report.golden.color.txt", func(w *bytes.Buffer, r *Report) error { return Text(w, r, TextOptions{Color: true}) }},
		{"report.golden.sarif", func(w *bytes.Buffer, r *Report) error { return SARIF(w, r) }},
		{"report.golden.junit.xml", func(w *bytes.Buffer, r *Report) error { return JUnit(w, r) }},
		{"report.golden.github.txt", func(w *bytes.Buffer, r *Report) error { return GitHub(w, r) }},
		{"report.golden.md", func(w *bytes.Buffer, r *Report) error { return Markdown(w, r) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.render(&buf, fixture()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, buf.Bytes())

			// The same findings in another order render the same bytes.
			r := fixture()
			fs := r.Findings
			for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
				fs[i], fs[j] = fs[j], fs[i]
			}
			var again bytes.Buffer
			if err := tc.render(&again, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("output depends on the order of Report.Findings")
			}
			if r.Findings[0].Fact != "year-crimea-annexed" {
				t.Error("renderer reordered the caller's Findings")
			}
		})
	}
}

func TestSummary(t *testing.T) {
	got := Summary(fixture())
	want := Counts{Facts: 11, Conflict: 3, Revised: 1, Agree: 3, Single: 3, Absent: 1, Read: 4, Skipped: 2, Claims: 19}
	if got != want {
		t.Errorf("Summary = %+v, want %+v", got, want)
	}
	for _, tc := range []struct {
		c    Counts
		want string
	}{
		{got, "11 facts: 3 conflict, 1 revised, 3 agree, 3 single, 1 absent · 4 articles read, 2 skipped · 19 claims"},
		{Counts{Facts: 1, Agree: 1, Read: 1, Claims: 1}, "1 fact: 1 agree · 1 article read, 0 skipped · 1 claim"},
		{Counts{}, "0 facts · 0 articles read, 0 skipped · 0 claims"},
	} {
		if s := tc.c.String(); s != tc.want {
			t.Errorf("%+v.String() =\n%q, want\n%q", tc.c, s, tc.want)
		}
	}
	if Summary(nil) != (Counts{}) {
		t.Error("Summary(nil) is not zero")
	}
}

// TestRenderersEmpty runs every format on reports with nothing, or nothing
// sensible, in them: none may panic or fail.
func TestRenderersEmpty(t *testing.T) {
	odd := oddReport()
	for _, format := range Formats {
		for name, r := range map[string]*Report{"nil": nil, "zero": {}, "no findings": {Findings: []checker.Finding{}}, "odd": odd} {
			t.Run(format+"/"+name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, format, r, TextOptions{}); err != nil {
					t.Fatal(err)
				}
				if buf.Len() == 0 {
					t.Error("wrote nothing")
				}
			})
		}
	}
}

func TestWrite(t *testing.T) {
	direct := map[string]func(*bytes.Buffer, *Report) error{
		"text":     func(w *bytes.Buffer, r *Report) error { return Text(w, r, TextOptions{Color: true}) },
		"json":     func(w *bytes.Buffer, r *Report) error { return JSON(w, r) },
		"sarif":    func(w *bytes.Buffer, r *Report) error { return SARIF(w, r) },
		"junit":    func(w *bytes.Buffer, r *Report) error { return JUnit(w, r) },
		"github":   func(w *bytes.Buffer, r *Report) error { return GitHub(w, r) },
		"markdown": func(w *bytes.Buffer, r *Report) error { return Markdown(w, r) },
		"html":     func(w *bytes.Buffer, r *Report) error { return HTML(w, r) },
	}
	if len(direct) != len(Formats) {
		t.Fatalf("Formats = %v, test knows %d", Formats, len(direct))
	}
	for _, format := range Formats {
		var got, want bytes.Buffer
		if err := Write(&got, format, fixture(), TextOptions{Color: true}); err != nil {
			t.Fatal(err)
		}
		if err := direct[format](&want, fixture()); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("Write(%q) differs from its renderer", format)
		}
	}
	var buf bytes.Buffer
	err := Write(&buf, "yaml", fixture(), TextOptions{})
	if err == nil || !strings.Contains(err.Error(), `"yaml"`) || !strings.Contains(err.Error(), strings.Join(Formats, ", ")) {
		t.Errorf("unknown format: err = %v, want one naming it and the known formats", err)
	}
	if buf.Len() != 0 {
		t.Error("unknown format wrote output")
	}
}

// oddReport holds findings the checker never makes: pairs that index no
// claim, a single source with no claims, a known agreement, two findings
// for one fact, a finding with nothing set.
func oddReport() *Report {
	c := checker.Claim{Article: "a.md", Source: "A", Line: 1, Column: 1, Text: "7",
		Quantity: quantity.Quantity{Kind: quantity.Number, Interval: point(7), Value: 7}}
	return &Report{
		FailOn: checker.Revised,
		Findings: []checker.Finding{
			{Fact: "no-claims", Status: checker.Conflict, Conflicts: []checker.Pair{{I: 0, J: 1}}, Baselined: []checker.Pair{{I: 2, J: 3}}},
			{Fact: "single-without-claims", Status: checker.Single},
			{Fact: "known-agree", Status: checker.Agree, Known: true},
			{Fact: "twice", Title: "first", Status: checker.Single, Claims: []checker.Claim{c}},
			{Fact: "twice", Title: "second", Status: checker.Single, Claims: []checker.Claim{c}},
			{Fact: "absent", Status: checker.Absent},
			{},
		},
		Inputs: []article.Input{{}},
	}
}
