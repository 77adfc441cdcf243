package report

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// TestTextColorIsExplicit checks that TextOptions alone decides colour,
// whatever fatih/color detected globally, and that no byte of an article
// reaches a plain report as an escape sequence.
func TestTextColorIsExplicit(t *testing.T) {
	saved := color.NoColor
	defer func() { color.NoColor = saved }()

	r := fixture()
	f := &r.Findings[3]
	f.Title = "Civilians \x1b[31mkilled\x1b[0m in Kharkiv"
	f.Claims[0].Sentence = strings.Replace(f.Claims[0].Sentence, "officials", "\x1b]0;pwned\x07officials\u009b", 1)
	f.Claims[1].Text = "11\r\n"
	r.Inputs[3].Reason = "bad byte \x1b"

	for _, global := range []bool{false, true} {
		color.NoColor = global
		var plain, colored bytes.Buffer
		if err := Text(&plain, r, TextOptions{Color: false}); err != nil {
			t.Fatal(err)
		}
		if err := Text(&colored, r, TextOptions{Color: true}); err != nil {
			t.Fatal(err)
		}
		if i := bytes.IndexByte(plain.Bytes(), 0x1b); i >= 0 {
			t.Errorf("color.NoColor=%v: plain text has ESC at byte %d: %q", global, i, plain.Bytes()[max(0, i-20):min(plain.Len(), i+20)])
		}
		for _, c := range []string{"\x07", "\u009b", "\r"} {
			if strings.Contains(plain.String(), c) {
				t.Errorf("plain text contains control %q", c)
			}
		}
		if !bytes.Contains(colored.Bytes(), []byte("\x1b[")) {
			t.Errorf("color.NoColor=%v: Color: true wrote no colour", global)
		}
		if strings.Contains(colored.String(), "\x1b[31mkilled") || strings.Contains(colored.String(), "\x1b]0;") {
			t.Error("an escape sequence from the article reached the coloured report")
		}
	}
}

func TestTextPlainMarks(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, fixture(), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"CONFLICT kharkiv-civilian-deaths: Civilians killed in the Russian strike on Kharkiv (contested · 3 sources; low 6, best 7, high 11)\n",
		"  articles/d.md:3:1 new  [6, 8] \"Between six and eight\"  «Between six and eight» [civilians] [died]",
		"  articles/a.md:5:19     7 \"seven\"",
		// Baselined pairs follow the open ones, without a diff.
		"  in baseline: articles/a.md:13:1 ([2,700, 3,300]) vs articles/b.md:17:16 (11,000)\n\nAGREE",
		"SINGLE   drones-launched-kyiv: Drones launched at Kyiv in one night (single · 1 source; low 24, best 24, high 99)\n  note: single source, recorded in the baseline\n",
		"The strike [killed] «seven» [civilians] in [Kharkiv], officials said.",
		"-[The strike]+{11 civilians were} killed -[seven civilians] in Kharkiv +{on Sunday}, -[officials]+{the mayor’s office} said.",
		`(1 million, ∞) "More than 1 million"`,
		`[0, 50 billion] "up to €50 billion"`,
		`[3.6, 4) "Nearly four years"`,
		`[24, 99] "dozens" (vague)`,
		"high ∞)",
		"low 18%, best 19.5%, high 22%)",
		"  note: the toll rises",
		"ABSENT   odesa-port-strikes: Strikes on the port of Odesa (no claims)\n",
		"self-contradiction: articles/b.md:10:1 ([3.6, 4)) vs articles/b.md:15:5 (3)\n",
		"revision: articles/a.md:5:64 (12, per the regional governor) vs articles/b.md:8:58 (19)\n",
		"conflict between claimants: articles/a.md:5:19 (7, per officials) vs articles/b.md:4:1 (11, per the mayor’s office)\n",
		"↳ per the UN · copy of articles/b.md\n",
		"best 3,000 (conservative)",
		"skipped:\n  articles/drafts/broken.md: front matter, line 3: unknown key “souce”\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if !strings.HasSuffix(out, "\n"+Summary(fixture()).String()+"\n") {
		t.Error("text report does not end with the summary line")
	}
}

func TestMarkSentence(t *testing.T) {
	s := "Officials said 7 people died."
	base := checker.Claim{Sentence: s, SentenceOffset: 100, Offset: 115, End: 116}
	for _, tc := range []struct {
		name  string
		terms []checker.Span
		value [2]int
		want  string
	}{
		{"value and term", []checker.Span{{Pos: 24, End: 28}}, [2]int{115, 116}, "Officials said «7» people [died]."},
		{"term overlapping the value", []checker.Span{{Pos: 15, End: 22}}, [2]int{115, 116}, "Officials said «7» people died."},
		{"term out of range", []checker.Span{{Pos: 20, End: 99}}, [2]int{115, 116}, "Officials said «7» people died."},
		{"value outside the sentence", []checker.Span{{Pos: 0, End: 9}}, [2]int{10, 12}, "[Officials] said 7 people died."},
		{"empty term", []checker.Span{{Pos: 3, End: 3}}, [2]int{115, 116}, "Officials said «7» people died."},
	} {
		c := base
		c.Terms = tc.terms
		c.Offset, c.End = tc.value[0], tc.value[1]
		if got := markSentence(c, newPalette(false)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	// A span that splits a UTF-8 character is not marked.
	c := checker.Claim{Sentence: "€50", Offset: 1, End: 5}
	if got := markSentence(c, newPalette(false)); got != "€50" {
		t.Errorf("split character: got %q", got)
	}
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		k    quantity.Kind
		want string
	}{
		{0, quantity.Number, "0"},
		{math.Copysign(0, -1), quantity.Number, "0"},
		{7, quantity.Number, "7"},
		{20, quantity.Percent, "20"},
		{3.6, quantity.Duration, "3.6"},
		{22.000000000000004, quantity.Percent, "22"},
		{999, quantity.Number, "999"},
		{1500, quantity.Number, "1,500"},
		{12500.5, quantity.Number, "12,500.5"},
		{999999, quantity.Number, "999,999"},
		{1e6, quantity.Number, "1 million"},
		{1.5e6, quantity.Number, "1.5 million"},
		{1e11, quantity.Money, "100 billion"},
		{3.7e9, quantity.Money, "3.7 billion"},
		{2.5e12, quantity.Money, "2.5 trillion"},
		{1e15, quantity.Number, "1e+15"},
		{-4000, quantity.Number, "-4,000"},
		{2014, quantity.Year, "2014"},
		{math.Inf(1), quantity.Number, "∞"},
		{math.Inf(-1), quantity.Number, "-∞"},
		{math.NaN(), quantity.Number, "NaN"},
	} {
		if got := number(tc.x, tc.k); got != tc.want {
			t.Errorf("number(%v, %v) = %q, want %q", tc.x, tc.k, got, tc.want)
		}
	}
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	for _, tc := range []struct {
		iv   quantity.Interval
		want string
	}{
		{quantity.Point(7), "7"},
		{quantity.Interval{Low: 0, High: 1e11}, "[0, 100 billion]"},
		{quantity.Interval{Low: 1e6, High: inf, LowOpen: true}, "(1 million, ∞)"},
		{quantity.Interval{Low: 3, High: inf}, "[3, ∞)"},
		{quantity.Interval{Low: 18, High: 22}, "[18, 22]"},
		{quantity.Interval{Low: 3.6, High: 4, HighOpen: true}, "[3.6, 4)"},
		{quantity.Interval{Low: 5, High: 5, LowOpen: true, HighOpen: true}, "(5, 5)"},
		{quantity.Interval{Low: math.Inf(-1), High: 10, HighOpen: true}, "(-∞, 10)"},
	} {
		if got := interval(tc.iv, quantity.Number); got != tc.want {
			t.Errorf("interval(%+v) = %q, want %q", tc.iv, got, tc.want)
		}
	}
}

// A date reads as a date wherever a person reads it: its day numbers are
// for machines.
func TestDates(t *testing.T) {
	day := quantity.Day
	for _, tc := range []struct {
		x    float64
		want string
	}{
		{day(2025, 8, 18), "2025-08-18"},
		{0, "1970-01-01"},
		{-1, "1969-12-31"},
		{day(2025, 8, 18) + 0.5, "2025-08-18"},
		{math.Inf(1), "∞"},
		{1e300, "1e+300"}, // no date can write it: the number, not a lie
	} {
		if got := number(tc.x, quantity.Date); got != tc.want {
			t.Errorf("number(%v, date) = %q, want %q", tc.x, got, tc.want)
		}
	}
	for _, tc := range []struct {
		iv   quantity.Interval
		want string
	}{
		{quantity.Point(day(2025, 8, 18)), "2025-08-18"},
		{quantity.Interval{Low: day(2025, 2, 1), High: day(2025, 2, 28)}, "[2025-02-01, 2025-02-28]"},
		{quantity.Interval{Low: math.Inf(-1), High: day(2025, 8, 17)}, "(-∞, 2025-08-17]"},
	} {
		if got := interval(tc.iv, quantity.Date); got != tc.want {
			t.Errorf("interval(%+v, date) = %q, want %q", tc.iv, got, tc.want)
		}
	}
	q := quantity.Quantity{Kind: quantity.Date, Unit: quantity.DateUnit}
	if got := withUnit(day(2025, 8, 18), q); got != "2025-08-18" {
		t.Errorf("withUnit = %q, want 2025-08-18 (no unit: a date is no amount of days)", got)
	}

	// A conflict between dates, in the text report and the CI formats.
	mk := func(path string, d int, words string) checker.Claim {
		v := day(2025, 8, d)
		s := "The strike on Kharkiv " + words + " killed seven."
		pos := strings.Index(s, words)
		return checker.Claim{Fact: "strike-date", Article: path, Source: path, SourceID: path, Line: 1, Column: pos + 1,
			Offset: pos, End: pos + len(words), Text: words, Sentence: s,
			Quantity: quantity.Quantity{Kind: quantity.Date, Interval: quantity.Point(v), Value: v, Unit: quantity.DateUnit, Pos: pos, End: pos + len(words)}}
	}
	r := &Report{Findings: []checker.Finding{{
		Fact: "strike-date", Title: "Date of the strike", Status: checker.Conflict, Grade: checker.Contested, Sources: 2, Articles: 2,
		Consensus: checker.Consensus{Low: day(2025, 8, 16), Best: day(2025, 8, 16), High: day(2025, 8, 18), Policy: rules.Median},
		Claims:    []checker.Claim{mk("a.md", 16, "on August 16"), mk("b.md", 18, "on Monday")},
		Conflicts: []checker.Pair{{I: 0, J: 1}},
	}}}
	for format, want := range map[string]string{
		"text":     "conflict: a.md:1:23 (2025-08-16) vs b.md:1:23 (2025-08-18)",
		"github":   `Date of the strike: 2025-08-16 ("on August 16") conflicts with 2025-08-18 at b.md:1:23`,
		"sarif":    `Date of the strike: 2025-08-16 (\"on August 16\") conflicts with 2025-08-18 at b.md:1:23`,
		"markdown": "low 2025-08-16, best 2025-08-16, high 2025-08-18",
	} {
		var buf bytes.Buffer
		if err := Write(&buf, format, r, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s report lacks %q:\n%s", format, want, buf.String())
		}
	}
}
