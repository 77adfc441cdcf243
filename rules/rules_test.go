package rules

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// TestBad parses each file in testdata/bad and checks its errors against
// the file's "# want: line:col: message" comments: every want must match an
// error (as a substring of "line:col: msg") and every error a want.
func TestBad(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad rule files: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var wants []string
			sc := bufio.NewScanner(bytes.NewReader(src))
			for sc.Scan() {
				if w, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
					wants = append(wants, w)
				}
			}
			if len(wants) == 0 {
				t.Fatalf("%s has no # want: comment", name)
			}
			facts, err := Parse(name, src)
			if facts != nil {
				t.Errorf("Parse returned %d facts along with errors", len(facts))
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Parse(%s) = %v (%T), want an ErrorList", name, err, err)
			}
			matched := make([]bool, len(wants))
			for _, e := range list {
				if e.Pos.File != name || e.Pos.Line < 1 || e.Pos.Column < 1 {
					t.Errorf("error without a full position: %q at %+v", e, e.Pos)
				}
				got := fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
				// One error per want: two errors must not both pass on the
				// strength of one expectation.
				i := -1
				for j, w := range wants {
					if !matched[j] && strings.Contains(got, w) {
						i = j
						break
					}
				}
				if i < 0 {
					t.Errorf("unexpected error: %s", e)
					continue
				}
				matched[i] = true
			}
			for i, w := range wants {
				if !matched[i] {
					t.Errorf("missing error: %s", w)
				}
			}
		})
	}
}

// termTexts returns the texts of terms, for comparison.
func termTexts(terms []*Term) []string {
	var s []string
	for _, t := range terms {
		s = append(s, t.Text)
	}
	return s
}

func TestGood(t *testing.T) {
	src, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	facts, err := Parse("good.yaml", src)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	type summary struct {
		ID, Title            string
		Quantity             Kind
		Unit                 string
		All, Any, None, Near []string
		Within               int
		Tolerance            Tolerance
		Trend                Trend
		Consensus            Policy
		Widths               quantity.Widths
		Pos                  string
	}
	var got []summary
	for _, f := range facts {
		got = append(got, summary{
			f.ID, f.Title, f.Quantity, f.Unit,
			termTexts(f.Match.All), termTexts(f.Match.Any), termTexts(f.Match.None), termTexts(f.Match.Near),
			f.Match.Within, f.Compare.Tolerance, f.Compare.Trend, f.Compare.Consensus, f.Widths, f.Pos.String(),
		})
	}
	// The file's hedges, which every fact inherits unless it says otherwise.
	fileWidths := func() quantity.Widths {
		return quantity.Widths{About: 0.15, Vague: map[string]quantity.Interval{
			"dozens": {Low: 13, High: 99},
			"a few":  {Low: 2, High: 4},
		}}
	}
	kharkiv := fileWidths()
	kharkiv.Vague["dozens"] = quantity.Interval{Low: 30, High: 99}
	poll := fileWidths()
	poll.About = 0.2
	want := []summary{{
		ID: "kharkiv-civilian-deaths", Title: "Civilians killed in the Russian strike on Kharkiv",
		Quantity: Count, Unit: "people",
		All: []string{"Kharkiv"}, Any: []string{"killed", "dead", "died", "deaths"},
		None: []string{"anniversary"}, Near: []string{"civilians", "people"}, Within: 4,
		Trend: Rising, Consensus: Conservative, Widths: kharkiv, Pos: "good.yaml:9:5",
	}, {
		ID: "aid-package", Title: "Size of the US aid package", Quantity: Money, Unit: "USD",
		All:  []string{"aid package", `re:\bcongress(ional)?\b`},
		Near: []string{"package"}, Within: DefaultWithin,
		Tolerance: Tolerance{Rel: 0.05}, Widths: fileWidths(), Pos: "good.yaml:26:5",
	}, {
		ID: "war-length", Title: "How long the war has lasted", Quantity: Duration, Unit: "year",
		Any: []string{"war"}, None: []string{`re:world war (i|ii|one|two)\b`},
		Widths: fileWidths(), Pos: "good.yaml:38:5",
	}, {
		// "pp" is stored as the scanner spells the unit.
		ID: "poll-lead", Title: "Lead of the governing party in the poll, in percentage points",
		Quantity: Percent, Unit: "percentage points", Any: []string{"lead", "ahead"},
		Widths: poll, Pos: "good.yaml:46:5",
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded:\n%+v\nwant:\n%+v", got, want)
	}
	// Terms keep their own positions, and are compiled.
	if len(facts) == 4 {
		if p := facts[0].Match.Any[1].Pos.String(); p != "good.yaml:15:21" {
			t.Errorf("position of term dead = %s, want good.yaml:15:21", p)
		}
		if p := facts[1].Match.All[1].Pos.String(); p != "good.yaml:33:11" {
			t.Errorf("position of regexp term = %s, want good.yaml:33:11", p)
		}
		if !facts[1].Match.All[1].IsRegexp() || facts[1].Match.All[0].IsRegexp() {
			t.Errorf("IsRegexp wrong for %v", facts[1].Match.All)
		}
		for _, f := range facts[:3] {
			if f.Examples != nil {
				t.Errorf("fact %s has examples %+v, want none", f.ID, f.Examples)
			}
		}
		pos := func(line, col int) Position { return Position{"good.yaml", line, col} }
		inf := math.Inf(1)
		wantExamples := []Example{
			{Sentence: "The governing party is 4 percentage points ahead.", Expect: quantity.Point(4), Pos: pos(54, 9), ExpectPos: pos(55, 17)},
			{Sentence: "Its lead is 2-5 points, pollsters say.", Expect: quantity.Interval{Low: 2, High: 5}, Pos: pos(56, 9), ExpectPos: pos(57, 17)},
			// An infinite end is open; low_open opens the other.
			{Sentence: "The party leads by more than 3 pp.", Expect: quantity.Interval{Low: 3, High: inf, LowOpen: true, HighOpen: true}, Pos: pos(58, 9), ExpectPos: pos(59, 17)},
			{Sentence: "Its lead is at least 2 percentage points.", Expect: quantity.Interval{Low: 2, High: inf, HighOpen: true}, Pos: pos(60, 9), ExpectPos: pos(61, 17)},
			{Sentence: "The party won 40% of the vote, ahead of its rival.", None: true, Pos: pos(62, 9), ExpectPos: pos(63, 17)},
		}
		if got := facts[3].Examples; !reflect.DeepEqual(got, wantExamples) {
			t.Errorf("examples:\n%+v\nwant:\n%+v", got, wantExamples)
		}
	}
}

// expectForms are the forms an example's expect may take, with what each
// decodes to; TestSchemaValidation checks that the schema allows them all.
var expectForms = []struct {
	expect string
	want   quantity.Interval
	none   bool
}{
	{"7", quantity.Point(7), false},
	{"-3.5", quantity.Point(-3.5), false},
	{"1e11", quantity.Point(1e11), false},
	{"1_000", quantity.Point(1000), false},
	{"0x10", quantity.Point(16), false},
	{"none", quantity.Interval{}, true},
	{`"none"`, quantity.Interval{}, true},
	{"{low: 0, high: 1e11}", quantity.Interval{Low: 0, High: 1e11}, false},
	{"{low: 1e6, high: .inf}", quantity.Interval{Low: 1e6, High: math.Inf(1), HighOpen: true}, false},
	{"{low: 1e6, high: .Inf, high_open: true}", quantity.Interval{Low: 1e6, High: math.Inf(1), HighOpen: true}, false},
	{"{low: 1e6, high: inf}", quantity.Interval{Low: 1e6, High: math.Inf(1), HighOpen: true}, false},
	{"{low: 1e6, high: +inf}", quantity.Interval{Low: 1e6, High: math.Inf(1), HighOpen: true}, false},
	{`{low: 1e6, high: ".inf"}`, quantity.Interval{Low: 1e6, High: math.Inf(1), HighOpen: true}, false},
	{"{low: -.inf, high: 0}", quantity.Interval{Low: math.Inf(-1), High: 0, LowOpen: true}, false},
	{"{low: -inf, high: 0, high_open: true}", quantity.Interval{Low: math.Inf(-1), High: 0, LowOpen: true, HighOpen: true}, false},
	{"{low: 3.6, high: 4, high_open: true}", quantity.Interval{Low: 3.6, High: 4, HighOpen: true}, false},
	{"{low: 3, high: 4, low_open: false, high_open: False}", quantity.Interval{Low: 3, High: 4}, false},
	{"{low: 7, high: 7}", quantity.Point(7), false},
}

// exampleFile is a rule file whose one fact has one example with the given
// expect.
func exampleFile(expect string) []byte {
	return []byte("version: 1\nfacts:\n  - id: a\n    title: A\n    quantity: number\n    match: {any: [x]}\n    examples:\n      - sentence: S\n        expect: " + expect + "\n")
}

// TestExpect decodes the forms an example's expect may take.
func TestExpect(t *testing.T) {
	for _, tt := range expectForms {
		facts, err := Parse("e.yaml", exampleFile(tt.expect))
		if err != nil {
			t.Errorf("expect: %s: %v", tt.expect, err)
			continue
		}
		ex := facts[0].Examples[0]
		if ex.Expect != tt.want || ex.None != tt.none || ex.Sentence != "S" {
			t.Errorf("expect: %s = %+v, want expect %+v none %v", tt.expect, ex, tt.want, tt.none)
		}
	}
}

// TestWidths: a fact's widths are always filled in, the fact's own hedges
// win key by key over the file's, and no fact shares another's map.
func TestWidths(t *testing.T) {
	const fact = "  - id: %s\n    title: T\n    quantity: count\n    match: {any: [killed]}\n"
	parse := func(src string) []*Fact {
		t.Helper()
		facts, err := Parse("w.yaml", []byte(src))
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		return facts
	}
	// No hedges anywhere: the documented defaults.
	facts := parse("version: 1\nfacts:\n" + fmt.Sprintf(fact, "a"))
	if got, want := facts[0].Widths, (quantity.Widths{About: quantity.AboutFraction}); !reflect.DeepEqual(got, want) {
		t.Errorf("widths without hedges = %+v, want %+v", got, want)
	}
	// A fact's own about alone; a file's vague alone; both, merged.
	facts = parse("version: 1\nhedges:\n  vague: {dozens: [13, 99], several: [3, 7]}\nfacts:\n" +
		fmt.Sprintf(fact, "a") + "    hedges: {about: 0.3}\n" +
		fmt.Sprintf(fact, "b") + "    hedges: {vague: {several: [2, 9], tens of thousands: [10000, 99999]}}\n" +
		fmt.Sprintf(fact, "c"))
	want := []quantity.Widths{
		{About: 0.3, Vague: map[string]quantity.Interval{"dozens": {Low: 13, High: 99}, "several": {Low: 3, High: 7}}},
		{About: quantity.AboutFraction, Vague: map[string]quantity.Interval{
			"dozens": {Low: 13, High: 99}, "several": {Low: 2, High: 9}, "tens of thousands": {Low: 10000, High: 99999}}},
		{About: quantity.AboutFraction, Vague: map[string]quantity.Interval{"dozens": {Low: 13, High: 99}, "several": {Low: 3, High: 7}}},
	}
	for i, f := range facts {
		if !reflect.DeepEqual(f.Widths, want[i]) {
			t.Errorf("fact %s widths = %+v, want %+v", f.ID, f.Widths, want[i])
		}
	}
	facts[0].Widths.Vague["dozens"] = quantity.Interval{}
	if facts[2].Widths.Vague["dozens"] != (quantity.Interval{Low: 13, High: 99}) {
		t.Error("facts share one vague map")
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		term, s string
		want    []Span // nil: no match
	}{
		{"Kharkiv", "In Kharkiv, 7 died.", []Span{{3, 10}}},
		{"kharkiv", "KHARKIV", []Span{{0, 7}}},
		{"KhArKiV", "kharkiv", []Span{{0, 7}}},
		{"dead", "dead, dead and undead", []Span{{0, 4}, {6, 10}}},
		{"", "anything", nil},
		{"dead", "", nil},
		// Whole words only.
		{"war", "a warship", nil},
		{"war", "postwar", nil},
		{"war", "the war's end", []Span{{4, 7}}},
		{"7", "17 dead", nil},
		{"7", "a 7-year war", []Span{{2, 3}}},
		{"kill", "killed", []Span{{0, 6}}},
		{`"kill"`, "killed", nil}, // quoted: only as written
		{`"kill"`, "KILL", []Span{{0, 4}}},
		// Hyphens are boundaries; a hyphen in the term matches a hyphen.
		{"occupied", "Russian-occupied Crimea", []Span{{8, 16}}},
		{"Russian-occupied", "Russian-occupied", []Span{{0, 16}}},
		{"Russian occupied", "Russian-occupied", nil},
		// Term edges that are not letters need no boundary.
		{"U.S.", "U.S.-led", []Span{{0, 4}}},
		{"$", "US$100", []Span{{2, 3}}},
		// Apostrophes.
		{"Russia", "Russia’s war", []Span{{0, 6}}},
		{"Russia's", "Russia’s war", []Span{{0, 10}}},
		{"Russia’s", "Russia's war", []Span{{0, 8}}},
		{"Russia", "Russias", nil},
		// Phrases: any run of white space.
		{"aid package", "the aid package", []Span{{4, 15}}},
		{"aid   package", "aid package", []Span{{0, 11}}},
		{"aid package", "aid\n\t package", []Span{{0, 13}}},
		{"aid package", "aid\u00a0package", []Span{{0, 12}}},
		{"aid package", "aidpackage", nil},
		{"aid package", "aid packages", []Span{{0, 12}}},
		{`"aid package"`, "aid packages", nil},
		{" padded ", "a padded term", []Span{{2, 8}}},
		{"a a", "a a a", []Span{{0, 3}}},
		{"a a", "ba a a", []Span{{3, 6}}},
		// Non-ASCII: Unicode case folding and letters as boundaries.
		{"łódź", "in ŁÓDŹ today", []Span{{3, 10}}},
		{"Київ", "КИЇВ і Київ", []Span{{0, 8}, {12, 20}}},
		{"kyiv", "Kyiv\u0301", nil}, // a combining mark continues the word
		{"caf", "café", nil},
		{"straße", "STRASSE", nil},      // simple folding only
		{"k", "\u212a", []Span{{0, 3}}}, // Kelvin sign folds to k
		{"zürich", "— ZÜRICH —", []Span{{4, 11}}},
		{"dead", "dead\xffdead", []Span{{0, 4}, {5, 9}}},
		// Regular expressions: case-insensitive, no boundaries.
		{"re:kill(ed|ing)", "Killing, then KILLED", []Span{{0, 7}, {14, 20}}},
		{"re:war", "a warship", []Span{{2, 5}}},
		{`re:\bwar\b`, "a warship at war", []Span{{13, 16}}},
		{`re:\d+ dead`, "12 dead", []Span{{0, 7}}},
		{"re:x*y", "aaa", nil},
	}
	for _, tt := range tests {
		term, err := compileTerm(tt.term, Position{})
		if err != nil {
			if tt.term != "" {
				t.Errorf("compileTerm(%q): %v", tt.term, err)
			}
			continue
		}
		if got := term.Find(tt.s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Term(%q).Find(%q) = %v, want %v", tt.term, tt.s, got, tt.want)
		}
	}
}

func TestFindAllocs(t *testing.T) {
	term, err := compileTerm("civilians killed", Position{})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Officials said the strike on Kharkiv hit a school. ", 50)
	if n := testing.AllocsPerRun(100, func() { term.Find(long) }); n != 0 {
		t.Errorf("Find with no match allocates %v times, want 0", n)
	}
	hit := long + "Seven civilians killed."
	if n := testing.AllocsPerRun(100, func() { term.Find(hit) }); n != 1 {
		t.Errorf("Find with one match allocates %v times, want 1", n)
	}
}

func TestParseTolerance(t *testing.T) {
	tests := []struct {
		in     string
		want   Tolerance
		ok     bool
		String string
	}{
		{"0", Tolerance{}, true, "0"},
		{"2", Tolerance{Abs: 2}, true, "2"},
		{"0.5", Tolerance{Abs: 0.5}, true, "0.5"},
		{"5%", Tolerance{Rel: 0.05}, true, "5%"},
		{" 7 % ", Tolerance{Rel: 0.07}, true, "7%"},
		{"12.5%", Tolerance{Rel: 0.125}, true, "12.5%"},
		{"abc", Tolerance{}, false, ""},
		{"-2", Tolerance{}, false, ""},
		{"-5%", Tolerance{}, false, ""},
		{"%", Tolerance{}, false, ""},
		{"", Tolerance{}, false, ""},
		{"inf", Tolerance{}, false, ""},
		{"NaN", Tolerance{}, false, ""},
		{"5%%", Tolerance{}, false, ""},
	}
	for _, tt := range tests {
		got, err := ParseTolerance(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseTolerance(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if !tt.ok {
			continue
		}
		if math.Abs(got.Abs-tt.want.Abs) > 1e-12 || math.Abs(got.Rel-tt.want.Rel) > 1e-12 {
			t.Errorf("ParseTolerance(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.String {
			t.Errorf("ParseTolerance(%q).String() = %q, want %q", tt.in, s, tt.String)
		}
	}
	if s := (Tolerance{Abs: 2, Rel: 0.05}).String(); s != "2 + 5%" {
		t.Errorf("String of both = %q", s)
	}
}

func TestAccepts(t *testing.T) {
	num := func(v float64, iv quantity.Interval) quantity.Quantity {
		return quantity.Quantity{Kind: quantity.Number, Value: v, Interval: iv}
	}
	seven := num(7, quantity.Point(7))
	inf := math.Inf(1)
	tests := []struct {
		kind Kind
		unit string
		q    quantity.Quantity
		want bool
	}{
		{Count, "people", seven, true},
		{Count, "", num(7, quantity.Interval{Low: 6, High: 8}), true},
		{Count, "", quantity.Quantity{Kind: quantity.Number, Value: 24, Interval: quantity.Interval{Low: 24, High: 99}, Vague: true}, true},
		{Count, "", num(3, quantity.Interval{Low: 3, High: inf, LowOpen: true}), true},
		{Count, "", num(3.5, quantity.Point(3.5)), false},
		{Count, "", quantity.Quantity{Kind: quantity.Number, Value: 61.5, Interval: quantity.Interval{Low: 24, High: 99}, Vague: true}, true},
		{Count, "", quantity.Quantity{Kind: quantity.Number, Value: 3.5, Hedge: "range", Interval: quantity.Interval{Low: 3, High: 4}}, true},
		{Count, "", quantity.Quantity{Kind: quantity.Number, Value: 3.5, Hedge: "about", Interval: quantity.Interval{Low: 3.15, High: 3.85}}, false},
		{Count, "", num(-2, quantity.Point(-2)), false},
		{Count, "", num(2, quantity.Interval{Low: -1, High: 5}), false},
		{Count, "", quantity.Quantity{Kind: quantity.Percent, Value: 7, Interval: quantity.Point(7)}, false},
		{Count, "", quantity.Quantity{Kind: quantity.Year, Value: 2014, Interval: quantity.Point(2014)}, false},
		{Number, "", num(3.5, quantity.Point(3.5)), true},
		{Number, "", num(-2, quantity.Point(-2)), true},
		{Number, "", quantity.Quantity{Kind: quantity.Money, Value: 1}, false},
		{Percent, "", quantity.Quantity{Kind: quantity.Percent, Value: 20}, true},
		{Percent, "", seven, false},
		// Percentage points are not percent: a difference of shares is
		// not a share.
		{Percent, "", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, false},
		{Percent, "percent", quantity.Quantity{Kind: quantity.Percent, Value: 20}, true},
		{Percent, "%", quantity.Quantity{Kind: quantity.Percent, Value: 20}, true},
		{Percent, "%", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, false},
		{Percent, "of the vote", quantity.Quantity{Kind: quantity.Percent, Value: 20}, true},
		{Percent, "percentage points", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, true},
		{Percent, "percentage points", quantity.Quantity{Kind: quantity.Percent, Value: 20}, false},
		{Percent, "percentage point", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, true},
		{Percent, "points", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, true},
		{Percent, "pp", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, true},
		{Percent, "PP", quantity.Quantity{Kind: quantity.Percent, Value: 3, Unit: "percentage points"}, true},
		{Percent, "pp", quantity.Quantity{Kind: quantity.Percent, Value: 20}, false},
		{Percent, "pp", quantity.Quantity{Kind: quantity.Number, Value: 3, Unit: "percentage points"}, false},
		{Money, "", quantity.Quantity{Kind: quantity.Money, Currency: "EUR"}, true},
		{Money, "USD", quantity.Quantity{Kind: quantity.Money, Currency: "USD"}, true},
		{Money, "USD", quantity.Quantity{Kind: quantity.Money, Currency: "EUR"}, false},
		{Money, "USD", seven, false},
		{Year, "", quantity.Quantity{Kind: quantity.Year, Value: 2014}, true},
		{Year, "", seven, false},
		{Date, "", quantity.Quantity{Kind: quantity.Date, Value: 20318, Interval: quantity.Point(20318), Unit: quantity.DateUnit}, true},
		{Date, "", quantity.Quantity{Kind: quantity.Year, Value: 2025, Interval: quantity.Point(2025)}, false},
		{Date, "", quantity.Quantity{Kind: quantity.Duration, Value: 3, Unit: "days"}, false},
		{Year, "", quantity.Quantity{Kind: quantity.Date, Value: 20318, Unit: quantity.DateUnit}, false},
		{Duration, "days", quantity.Quantity{Kind: quantity.Date, Value: 20318, Unit: quantity.DateUnit}, false},
		{Duration, "", quantity.Quantity{Kind: quantity.Duration, Unit: "days"}, true},
		{Duration, "years", quantity.Quantity{Kind: quantity.Duration, Unit: "years"}, true},
		{Duration, "year", quantity.Quantity{Kind: quantity.Duration, Unit: "years"}, true},
		{Duration, "years", quantity.Quantity{Kind: quantity.Duration, Unit: "year"}, true},
		{Duration, "years", quantity.Quantity{Kind: quantity.Duration, Unit: "months"}, false},
		{Duration, "", quantity.Quantity{Kind: quantity.Year}, false},
		{Count, "", quantity.Quantity{}, false},
		{Kind("bogus"), "", seven, false},
	}
	for _, tt := range tests {
		f := &Fact{ID: "f", Quantity: tt.kind, Unit: tt.unit}
		if got := f.Accepts(tt.q); got != tt.want {
			t.Errorf("%s/%s Accepts(%+v) = %v, want %v", tt.kind, tt.unit, tt.q, got, tt.want)
		}
	}
}

// A date is named as a reader thinks of it, on either side of a mismatch.
func TestRejectsDate(t *testing.T) {
	date := quantity.Quantity{Kind: quantity.Date, Value: 20318, Interval: quantity.Point(20318), Unit: quantity.DateUnit}
	if got, want := (&Fact{Quantity: Count}).Rejects(date), "a date, not a count"; got != want {
		t.Errorf("count fact: %q, want %q", got, want)
	}
	year := quantity.Quantity{Kind: quantity.Year, Value: 2025, Interval: quantity.Point(2025)}
	if got, want := (&Fact{Quantity: Date}).Rejects(year), "a year, not a date"; got != want {
		t.Errorf("date fact: %q, want %q", got, want)
	}
	if Date.Quantity() != quantity.Date {
		t.Errorf("Date.Quantity() = %v", Date.Quantity())
	}
}

// dateExpectForms are the forms a date fact's expect may take, in day
// numbers: 2025-08-18 is day 20318.
var dateExpectForms = []struct {
	expect string
	want   quantity.Interval
	none   bool
}{
	{"2025-08-18", quantity.Point(20318), false},
	{`"2025-08-18"`, quantity.Point(20318), false},
	{"none", quantity.Interval{}, true},
	{"{low: 2025-02-01, high: 2025-02-28}", quantity.Interval{Low: 20120, High: 20147}, false},
	{"{low: -.inf, high: 2025-08-17}", quantity.Interval{Low: math.Inf(-1), High: 20317, LowOpen: true}, false},
	{"{low: 2025-08-19, high: .inf}", quantity.Interval{Low: 20319, High: math.Inf(1), HighOpen: true}, false},
}

// dateExampleFile is exampleFile for a date fact.
func dateExampleFile(expect string) []byte {
	return []byte("version: 1\nfacts:\n  - id: a\n    title: A\n    quantity: date\n    match: {any: [x]}\n    examples:\n      - sentence: S\n        expect: " + expect + "\n")
}

func TestExpectDate(t *testing.T) {
	for _, tt := range dateExpectForms {
		facts, err := Parse("e.yaml", dateExampleFile(tt.expect))
		if err != nil {
			t.Errorf("expect: %s: %v", tt.expect, err)
			continue
		}
		ex := facts[0].Examples[0]
		if ex.Expect != tt.want || ex.None != tt.none {
			t.Errorf("expect: %s = %+v, want expect %+v none %v", tt.expect, ex, tt.want, tt.none)
		}
	}
}

func TestDates(t *testing.T) {
	facts, err := Load("testdata/dates.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := facts.Facts[0]
	if f.Quantity != Date || f.Unit != "" || f.Compare.Tolerance != (Tolerance{Abs: 1}) {
		t.Errorf("fact = %+v", f)
	}
	if len(f.Examples) != 5 {
		t.Fatalf("%d examples, want 5", len(f.Examples))
	}
	if got := f.Examples[1]; got.Expect != quantity.Point(quantity.Day(2025, 8, 18)) || got.Published.IsZero() {
		t.Errorf("example 2 = %+v", got)
	}
}

func TestLoad(t *testing.T) {
	// Given in any order, twice, and as folder and file: the same Set.
	for _, paths := range [][]string{
		{"testdata/load"},
		{"testdata/load/b.yaml", "testdata/load/a"},
		{"testdata/load/a/y.yml", "testdata/load", "testdata/load/a/x.yaml"},
	} {
		set, err := Load(paths...)
		if err != nil {
			t.Fatalf("Load(%q): %v", paths, err)
		}
		var ids, files []string
		for _, f := range set.Facts {
			ids = append(ids, f.ID)
			files = append(files, f.Pos.File)
			// Every fact says "killed": each says it at its own place.
			if p, want := f.Match.Any[0].Pos, (Position{f.Pos.File, f.Pos.Line + 3, 19}); p != want {
				t.Errorf("Load(%q): %s's term at %s, want %s", paths, f.ID, p, want)
			}
		}
		if want := []string{"a-one", "a-two", "a-three", "b-one"}; !slices.Equal(ids, want) {
			t.Errorf("Load(%q) ids = %q, want %q", paths, ids, want)
		}
		if want := []string{"testdata/load/a/x.yaml", "testdata/load/a/x.yaml", "testdata/load/a/y.yml", "testdata/load/b.yaml"}; !slices.Equal(files, want) {
			t.Errorf("Load(%q) files = %q, want %q", paths, files, want)
		}
		if f := set.Lookup("a-three"); f == nil || f.Title != "A three" {
			t.Errorf("Lookup(a-three) = %v", f)
		}
		if set.Lookup("nope") != nil {
			t.Errorf("Lookup(nope) found a fact")
		}
	}
}

func TestLoadErrors(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		paths []string
		want  []string // one substring per error, in order
	}{
		{[]string{"testdata/dup"}, []string{
			`testdata/dup/two.yaml:8:9: duplicate id "shared", first used at testdata/dup/one.yaml:4:9; ids must be unique across all rule files`,
		}},
		{nil, []string{"no rule files given"}},
		{[]string{"testdata/nonexistent"}, []string{"testdata/nonexistent: cannot read rules: no such file or directory"}},
		{[]string{empty}, []string{"folder holds no .yaml or .yml rule files"}},
		// Every error of every file, sorted; a broken file does not hide a
		// duplicate id in another.
		{[]string{"testdata/bad/tolerance-negative.yaml", "testdata/bad/duplicate-id.yaml", "testdata/dup"}, []string{
			"testdata/bad/duplicate-id.yaml:9:9: duplicate id",
			"testdata/bad/tolerance-negative.yaml:4:9: duplicate id \"a\", first used at testdata/bad/duplicate-id.yaml:4:9",
			"testdata/bad/tolerance-negative.yaml:9:18: tolerance",
			"testdata/dup/two.yaml:8:9: duplicate id",
		}},
	}
	for _, tt := range tests {
		set, err := Load(tt.paths...)
		if set != nil {
			t.Errorf("Load(%q) returned a Set with errors", tt.paths)
		}
		var list ErrorList
		if !errors.As(err, &list) {
			t.Errorf("Load(%q) = %v (%T), want an ErrorList", tt.paths, err, err)
			continue
		}
		if len(list) != len(tt.want) {
			t.Errorf("Load(%q) gave %d errors, want %d:\n%v", tt.paths, len(list), len(tt.want), errorLines(list))
			continue
		}
		for i, e := range list {
			if !strings.Contains(e.Error(), tt.want[i]) {
				t.Errorf("Load(%q) error %d = %q, want it to contain %q", tt.paths, i, e, tt.want[i])
			}
		}
	}
}

func errorLines(l ErrorList) string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error() + "\n")
	}
	return b.String()
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Errorf("empty list Err() = %v, want nil", l.Err())
	}
	l.Add(Position{"b.yaml", 1, 1}, "third")
	l.Add(Position{"a.yaml", 9, 2}, "second")
	l.Add(Position{"a.yaml", 3, 7}, "first")
	l.Add(Position{}, "no position")
	l.Sort()
	if got := errorLines(l); got != "no position\na.yaml:3:7: first\na.yaml:9:2: second\nb.yaml:1:1: third\n" {
		t.Errorf("sorted list:\n%s", got)
	}
	if got := l.Err().Error(); got != "no position (and 3 more errors)" {
		t.Errorf("Error() = %q", got)
	}
	if got := (Position{File: "a.yaml"}).String(); got != "a.yaml" {
		t.Errorf("file-only position = %q", got)
	}
}

// FuzzParse checks that no input makes Parse panic, that every error is an
// *Error with a line, that Parse gives the same answer twice, and that what
// loads can be matched against any text. It is seeded with every rule file
// in the repository, good and bad, and with alias bombs and deep nesting.
func FuzzParse(f *testing.F) {
	var seeds []string
	for _, root := range []string{"testdata", "../testdata/rules"} {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
				seeds = append(seeds, path)
			}
			return nil
		})
	}
	if len(seeds) == 0 {
		f.Fatal("no rule files to seed the fuzzer")
	}
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("version: 1\nfacts:\n  - &a {id: x, title: y, quantity: count, match: {any: [*a]}}\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	for _, tt := range limitTests {
		if tt.src != nil {
			f.Add(tt.src())
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		facts, err := Parse("f.yaml", src)
		if _, again := Parse("f.yaml", src); fmt.Sprint(err) != fmt.Sprint(again) {
			t.Fatalf("Parse is not deterministic: %v, then %v", err, again)
		}
		if err == nil {
			if len(facts) == 0 {
				t.Fatal("no facts and no error")
			}
			for _, f := range facts {
				for _, terms := range [][]*Term{f.Match.All, f.Match.Any, f.Match.None, f.Match.Near} {
					for _, term := range terms {
						for _, s := range term.Find(string(src)) {
							if s.Pos < 0 || s.End > len(src) || s.Pos >= s.End {
								t.Fatalf("bad span %v", s)
							}
						}
					}
				}
			}
			return
		}
		list, ok := err.(ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("error %v (%T) is not a non-empty ErrorList", err, err)
		}
		for _, e := range list {
			if e == nil || e.Pos.Line < 1 || e.Pos.File != "f.yaml" || e.Msg == "" {
				t.Fatalf("bad error %#v", e)
			}
		}
	})
}
