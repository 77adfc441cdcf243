package quantity

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// found is what a test checks of a Quantity: the span as text rather than
// offsets, so a table reads like the sentence it is about.
type found struct {
	Span              string
	Kind              Kind
	Low, High         float64
	LowOpen, HighOpen bool
	Value             float64
	Hedge             string
	Unit              string
	Currency          string
	Vague             bool
}

var inf = math.Inf(1)

// q builds an expectation; Value defaults to Low, the figure of an exact or
// closed-below amount, and is set with v otherwise.
func q(span string, k Kind, lo, hi float64) found {
	return found{Span: span, Kind: k, Low: lo, High: hi, Value: lo}
}

func (f found) open(lo, hi bool) found { f.LowOpen, f.HighOpen = lo, hi; return f }
func (f found) v(v float64) found      { f.Value = v; return f }
func (f found) h(h string) found       { f.Hedge = h; return f }
func (f found) u(u string) found       { f.Unit = u; return f }
func (f found) cur(c string) found     { f.Currency = c; return f }
func (f found) vague() found           { f.Vague = true; f.Value = (f.Low + f.High) / 2; return f }

func num(span string, v float64, unit string) found { return q(span, Number, v, v).u(unit) }
func year(span string, y float64) found             { return q(span, Year, y, y) }
func dur(span string, n float64, unit string) found {
	return q(span, Duration, n, n+1).open(false, true).u(unit)
}

func scanFound(text string) []found {
	var out []found
	for _, x := range Scan(text) {
		out = append(out, found{
			Span: text[x.Pos:x.End], Kind: x.Kind,
			Low: x.Interval.Low, High: x.Interval.High,
			LowOpen: x.Interval.LowOpen, HighOpen: x.Interval.HighOpen,
			Value: x.Value, Hedge: x.Hedge, Unit: x.Unit, Currency: x.Currency, Vague: x.Vague,
		})
	}
	return out
}

var scanTests = []struct {
	name string
	text string
	want []found
}{
	// DESIGN, "Values are intervals", row by row.
	{"design: seven", "The blast killed seven people.", []found{num("seven", 7, "people")}},
	{"design: 7", "The blast killed 7 people.", []found{num("7", 7, "people")}},
	{"design: around", "Turnout was around 20% in the east.", []found{q("around 20%", Percent, 18, 22).v(20).h("about")}},
	{"design: about", "It controls about 20 percent of the land.", []found{q("about 20 percent", Percent, 18, 22).v(20).h("about")}},
	{"design: roughly", "Roughly 20% voted.", []found{q("Roughly 20%", Percent, 18, 22).v(20).h("about")}},
	{"design: some", "Some 20% of homes lost power.", []found{q("Some 20%", Percent, 18, 22).v(20).h("about")}},
	{"design: nearly", "The siege lasted nearly four years.", []found{q("nearly four years", Duration, 3.6, 4).open(false, true).v(4).h("nearly").u("years")}},
	{"design: almost", "The siege lasted almost four years.", []found{q("almost four years", Duration, 3.6, 4).open(false, true).v(4).h("nearly").u("years")}},
	{"design: up to", "A package of up to $100 billion was floated.", []found{q("up to $100 billion", Money, 0, 1e11).v(1e11).h("up to").cur("USD")}},
	{"design: as many as", "Officials said as many as $100 billion could move.", []found{q("as many as $100 billion", Money, 0, 1e11).v(1e11).h("up to").cur("USD")}},
	{"design: more than", "More than 1 million fled.", []found{q("More than 1 million", Number, 1e6, inf).open(true, false).h("more than")}},
	{"design: over", "Over 1 million fled.", []found{q("Over 1 million", Number, 1e6, inf).open(true, false).h("more than")}},
	{"design: at least", "At least 3 died.", []found{q("At least 3", Number, 3, inf).h("at least")}},
	{"design: between", "Between 3 and 5 towers fell.", []found{q("Between 3 and 5", Number, 3, 5).v(4).h("between").u("towers")}},
	{"design: 3-5", "Police detained 3-5 suspects.", []found{q("3-5", Number, 3, 5).v(4).h("range").u("suspects")}},
	{"design: three to five", "Police detained three to five suspects.", []found{q("three to five", Number, 3, 5).v(4).h("range").u("suspects")}},
	{"design: dozens", "Dozens were hurt.", []found{q("Dozens", Number, 24, 99).vague().h("dozens")}},
	{"design: hundreds", "Hundreds gathered outside.", []found{q("Hundreds", Number, 200, 999).vague().h("hundreds")}},

	// Digits and number words.
	{"separators", "A crowd of 1,200 and a budget line of 1,000,000.", []found{num("1,200", 1200, ""), num("1,000,000", 1e6, "")}},
	{"decimals", "Prices rose 3.5 points, then .5 more.", []found{num("3.5", 3.5, "points"), num(".5", 0.5, "")}},
	{"decimal comma is two numbers", "It was 1,5 at most.", []found{num("1", 1, ""), num("5", 5, "")}},
	{"hundred and", "One hundred and twenty guests came.", []found{num("One hundred and twenty", 120, "guests")}},
	{"hyphenated", "The forty-two envoys met.", []found{num("forty-two", 42, "envoys")}},
	{"spaced tens", "There were twenty one drivers.", []found{num("twenty one", 21, "drivers")}},
	{"capitalised", "Seven men and ELEVEN women", []found{num("Seven", 7, "men"), num("ELEVEN", 11, "women")}},
	{"and stops words", "Officers arrested three protesters and injured two.", []found{num("three", 3, "protesters"), num("two", 2, "")}},
	{"a dozen", "They fired a dozen rockets.", []found{num("a dozen", 12, "rockets")}},
	{"two dozen", "They fired two dozen rockets.", []found{num("two dozen", 24, "rockets")}},
	{"scale words", "It cost 1.5 million and then three million more.", []found{num("1.5 million", 1.5e6, ""), num("three million", 3e6, "")}},
	{"scale words to trillions", "a debt of two trillion", []found{num("two trillion", 2e12, "")}},
	{"number words compound", "two thousand five hundred and six votes", []found{num("two thousand five hundred and six", 2506, "votes")}},
	{"a million", "A million people marched.", []found{num("A million", 1e6, "people")}},
	{"glued scales", "It had 1.2M views and 10K likes.", []found{num("1.2M", 1.2e6, "views"), num("10K", 1e4, "likes")}},
	{"glued measure", "A 10km convoy.", []found{num("10km", 10, "km")}},

	// Money.
	{"dollar bn", "a $100bn fund", []found{q("$100bn", Money, 1e11, 1e11).cur("USD")}},
	{"dollar tn", "a $1.2tn economy", []found{q("$1.2tn", Money, 1.2e12, 1.2e12).cur("USD")}},
	{"euro million", "a €50 million grant", []found{q("€50 million", Money, 5e7, 5e7).cur("EUR")}},
	{"pound m", "a £3m loan", []found{q("£3m", Money, 3e6, 3e6).cur("GBP")}},
	{"dollars word", "100 billion dollars in aid", []found{q("100 billion dollars", Money, 1e11, 1e11).cur("USD")}},
	{"US dollars", "5 million U.S. dollars", []found{q("5 million U.S. dollars", Money, 5e6, 5e6).cur("USD")}},
	{"euros word", "40 euros a month", []found{q("40 euros", Money, 40, 40).cur("EUR")}},
	{"pounds word", "2,000 pounds each", []found{q("2,000 pounds", Money, 2000, 2000).cur("GBP")}},
	{"pounds of is weight", "20 pounds of explosives", []found{num("20", 20, "pounds")}},
	{"US$", "a US$5 fee", []found{q("US$5", Money, 5, 5).cur("USD")}},
	{"ISO code", "USD 40 and 30 EUR", []found{q("USD 40", Money, 40, 40).cur("USD"), q("30 EUR", Money, 30, 30).cur("EUR")}},
	{"$50 billion", "valuing the stakes at $50 billion", []found{q("$50 billion", Money, 5e10, 5e10).cur("USD")}},
	{"money range", "a $3-5 billion bill", []found{q("$3-5 billion", Money, 3e9, 5e9).v(4e9).h("range").cur("USD")}},
	{"vague money", "millions of dollars were lost", []found{q("millions of dollars", Money, 2e6, 1e9-1).vague().h("millions").cur("USD")}},
	{"up to money, unit left to rules", "buying up to $100 billion in U.S. arms", []found{q("up to $100 billion", Money, 0, 1e11).v(1e11).h("up to").cur("USD")}},

	// Percent.
	{"percent sign", "face 100% tariffs", []found{q("100%", Percent, 100, 100)}},
	{"percent word", "a 5 percent cut", []found{q("5 percent", Percent, 5, 5)}},
	{"per cent", "a 20 per cent rise", []found{q("20 per cent", Percent, 20, 20)}},
	{"percent range", "a 20-25% share", []found{q("20-25%", Percent, 20, 25).v(22.5).h("range")}},
	{"percentage points", "down 3 percentage points", []found{q("3 percentage points", Percent, 3, 3).u("percentage points")}},

	// Hedges.
	{"approximately", "approximately 40 trucks", []found{q("approximately 40", Number, 36, 44).v(40).h("about").u("trucks")}},
	{"an estimated", "an estimated 40 trucks", []found{q("an estimated 40", Number, 36, 44).v(40).h("about").u("trucks")}},
	{"close to", "close to 40 trucks", []found{q("close to 40", Number, 36, 44).v(40).h("about").u("trucks")}},
	{"just under", "just under 40 trucks", []found{q("just under 40", Number, 36, 40).open(false, true).v(40).h("nearly").u("trucks")}},
	{"as much as", "as much as 40 tonnes", []found{q("as much as 40", Number, 0, 40).v(40).h("up to").u("tonnes")}},
	{"at most", "at most 40 trucks", []found{q("at most 40", Number, 0, 40).v(40).h("up to").u("trucks")}},
	{"no more than", "no more than 40 trucks", []found{q("no more than 40", Number, 0, 40).v(40).h("up to").u("trucks")}},
	{"above", "above 40 trucks", []found{q("above 40", Number, 40, inf).open(true, false).h("more than").u("trucks")}},
	{"exceeding", "exceeding 40 trucks", []found{q("exceeding 40", Number, 40, inf).open(true, false).h("more than").u("trucks")}},
	{"just over", "just over 40 trucks", []found{q("just over 40", Number, 40, 44).open(true, false).h("just over").u("trucks")}},
	{"no fewer than", "no fewer than 40 trucks", []found{q("no fewer than 40", Number, 40, inf).h("at least").u("trucks")}},
	{"a minimum of", "a minimum of 40 trucks", []found{q("a minimum of 40", Number, 40, inf).h("at least").u("trucks")}},
	{"or more", "40 or more trucks", []found{q("40 or more", Number, 40, inf).h("at least").u("trucks")}},
	{"fewer than", "fewer than 40 trucks", []found{q("fewer than 40", Number, 0, 40).open(false, true).v(40).h("fewer than").u("trucks")}},
	{"under", "under 40 trucks", []found{q("under 40", Number, 0, 40).open(false, true).v(40).h("fewer than").u("trucks")}},
	{"below", "below 40 trucks", []found{q("below 40", Number, 0, 40).open(false, true).v(40).h("fewer than").u("trucks")}},
	{"en dash range", "3–5 trucks", []found{q("3–5", Number, 3, 5).v(4).h("range").u("trucks")}},
	{"from to", "from 3 to 5 trucks", []found{q("from 3 to 5", Number, 3, 5).v(4).h("between").u("trucks")}},
	{"from to after change verb is two values", "Deaths rose from 3 to 5.", []found{num("3", 3, ""), num("5", 5, "")}},
	{"or range", "3 or 4 trucks", []found{q("3 or 4", Number, 3, 4).v(3.5).h("range").u("trucks")}},
	{"words or range", "one or two trucks", []found{q("one or two", Number, 1, 2).v(1.5).h("range").u("trucks")}},
	{"between million", "between 3 and 5 million people", []found{q("between 3 and 5 million", Number, 3e6, 5e6).v(4e6).h("between").u("people")}},
	{"falling range is a score", "The vote was 52-48.", nil},
	{"more than a dozen", "more than a dozen drones", []found{q("more than a dozen", Number, 12, inf).open(true, false).h("more than").u("drones")}},

	// Vague amounts.
	{"a few", "a few villages", []found{q("a few", Number, 2, 5).vague().h("a few").u("villages")}},
	{"several", "several villages", []found{q("several", Number, 3, 9).vague().h("several").u("villages")}},
	{"scores of", "scores of villages", []found{q("scores", Number, 40, 99).vague().h("scores").u("villages")}},
	{"scores alone is not an amount", "test scores fell", nil},
	{"thousands", "thousands fled", []found{q("thousands", Number, 2000, 9999).vague().h("thousands")}},
	{"tens of thousands", "tens of thousands fled", []found{q("tens of thousands", Number, 20000, 99999).vague().h("tens of thousands")}},
	{"hundreds of thousands", "hundreds of thousands of his nation’s conscripts", []found{q("hundreds of thousands", Number, 200000, 999999).vague().h("hundreds of thousands").u("conscripts")}},
	{"millions", "millions of viewers", []found{q("millions", Number, 2e6, 999999999).vague().h("millions").u("viewers")}},
	{"dozens of", "dozens of people", []found{q("dozens", Number, 24, 99).vague().h("dozens").u("people")}},
	{"injured dozens", "The strike killed three civilians and injured dozens.", []found{num("three", 3, "civilians"), q("dozens", Number, 24, 99).vague().h("dozens")}},
	{"several million", "several million more live abroad", []found{q("several million", Number, 3e6, 9e6).vague().h("several million")}},
	{"a few hundred", "a few hundred metres", []found{q("a few hundred", Number, 200, 500).vague().h("a few hundred").u("metres")}},
	{"several years", "it took several years", []found{q("several years", Duration, 3, 9).vague().h("several").u("years")}},

	// Durations.
	{"three-year", "the three-year, ongoing war", []found{dur("three-year", 3, "years")}},
	{"a three-year", "a three-year war", []found{dur("three-year", 3, "years")}},
	{"nearly four-year-long", "the nearly four-year-long war", []found{q("nearly four-year-long", Duration, 3.6, 4).open(false, true).v(4).h("nearly").u("years")}},
	{"four-year-old", "a four-year-old boy", []found{dur("four-year-old", 4, "years")}},
	{"two years", "two years later", []found{dur("two years", 2, "years")}},
	{"80 years", "the deadliest conflict in 80 years", []found{dur("80 years", 80, "years")}},
	{"months weeks days", "3 months, 2 weeks and 10 days", []found{dur("3 months", 3, "months"), dur("2 weeks", 2, "weeks"), dur("10 days", 10, "days")}},
	{"hours minutes", "within the first 24 hours and 30 minutes", []found{dur("24 hours", 24, "hours"), dur("30 minutes", 30, "minutes")}},
	{"12-hour", "a 12-hour curfew", []found{dur("12-hour", 12, "hours")}},
	{"more than two years", "spent more than two years trying to advance less than 7 miles", []found{
		q("more than two years", Duration, 2, inf).open(true, false).h("more than").u("years"),
		q("less than 7", Number, 0, 7).open(false, true).v(7).h("fewer than").u("miles"),
	}},
	{"ago", "(12 years ago, without a shot", []found{dur("12 years ago", 12, "years").h("ago")}},
	{"duration range", "two to three years", []found{q("two to three years", Duration, 2, 4).open(false, true).v(2.5).h("range").u("years")}},
	{"2,000 years is a duration", "2000 years of history", []found{dur("2000 years", 2000, "years")}},

	// Years.
	{"in years", "annexed Crimea in 2014 and, in 2022, declared", []found{year("2014", 2014), year("2022", 2022)}},
	{"attributive year", "the 2022 invasion", []found{year("2022", 2022)}},
	{"since", "since 2007", []found{year("2007", 2007)}},
	{"year range", "the 2014-2022 period", []found{q("2014-2022", Year, 2014, 2022).v(2018).h("range")}},
	{"mid-year", "until mid-2014", []found{year("2014", 2014)}},
	{"possessive year", "2014’s vote", []found{year("2014", 2014)}},
	{"count not year", "1500 soldiers crossed", []found{num("1500", 1500, "soldiers")}},
	{"hedged four digits is a count", "about 2000 people", []found{q("about 2000", Number, 1800, 2200).v(2000).h("about").u("people")}},
	{"separator is a count", "2,014 people", []found{num("2,014", 2014, "people")}},
	{"out of range is a count", "in 2500", []found{num("2500", 2500, "")}},

	// Units.
	{"unit seven civilians", "strikes killed seven civilians in Kharkiv", []found{num("seven", 7, "civilians")}},
	{"unit more", "wounded two more people", []found{num("two", 2, "people")}},
	{"unit such", "the 10 such systems", []found{num("10", 10, "systems")}},
	{"unit other", "five other ships", []found{num("five", 5, "ships")}},
	{"unit additional", "5 additional ships", []found{num("5", 5, "ships")}},
	{"unit two", "launched 270 drones and 10 missiles", []found{num("270", 270, "drones"), num("10", 10, "missiles")}},
	{"unit miles", "7 miles", []found{num("7", 7, "miles")}},
	{"unit times", "roughly 3.5 times the population", []found{q("roughly 3.5", Number, 3.15, 3.85).v(3.5).h("about").u("times")}},
	{"unit past proper adjective", "declared four more Ukrainian regions", []found{num("four", 4, "regions")}},
	{"unit past U.S.", "selling 17 U.S. Patriot missile systems", []found{num("17", 17, "systems")}},
	{"unit of", "any of its 32 members", []found{num("32", 32, "members")}},
	{"unit a dozen of", "a dozen of the war’s largest drone strikes", []found{num("a dozen", 12, "strikes")}},
	{"unit capitalised plural", "It hired 7 Ukrainians.", []found{num("7", 7, "ukrainians")}},
	{"unit abbreviation alone", "It sent 3 U.S.", []found{num("3", 3, "")}},
	{"unit hyphen compound", "a 10-point plan", []found{num("10", 10, "point")}},
	{"unit verb", "at least 3 were killed", []found{q("at least 3", Number, 3, inf).h("at least")}},
	{"unit one person", "one person died", []found{num("one", 1, "person")}},
	{"more than 1 million people", "more than 1 million people", []found{q("more than 1 million", Number, 1e6, inf).open(true, false).h("more than").u("people")}},

	// Unicode and odd text.
	{"nbsp", "about\u00a025%\u00a0of Donetsk", []found{q("about\u00a025%", Percent, 22.5, 27.5).v(25).h("about")}},
	{"curly quotes", "“seven” drones", []found{num("seven", 7, "")}},
	{"em dash", "seven—and perhaps more", []found{num("seven", 7, "")}},
	{"invalid utf-8", "\xff7 drones\xfe", []found{num("7", 7, "drones")}},

	// Exclusions: nothing is emitted.
	{"ordinal words", "the first, second and third waves", nil},
	{"ordinal hyphen", "second- and third-order effects", nil},
	{"ordinal digits", "the 21st century and the 24th brigade", nil},
	{"day after month", "on August 18", nil},
	{"day before month", "on 18 August", nil},
	{"abbreviated month", "Aug. 18, 2025", []found{year("2025", 2025)}},
	{"slash date", "on 8/15", nil},
	{"iso date", "on 2022-02-24", nil},
	{"clock", "at 10:30", nil},
	{"p.m.", "at 5 p.m.", nil},
	{"pm", "at 5pm and 6 PM", nil},
	{"o'clock", "at 5 o'clock", nil},
	{"article", "NATO's Article 5 collective defense", nil},
	{"No.", "Resolution No. 5", nil},
	{"G7", "the G7 summit", nil},
	{"F-16", "F-16 jets", nil},
	{"COVID-19", "COVID-19 cases", nil},
	{"Su-34", "a Su-34 bomber", nil},
	{"glued letters", "3D maps on 5G phones in the 1990s", []found{q("1990s", Year, 1990, 1999).v(1994.5).h("range")}},
	{"version", "version 1.2.3", nil},
	{"one of the", "one of the largest", nil},
	{"no one", "no one was hurt", nil},
	{"U.S.", "in the U.S.", nil},
	{"fraction", "two-thirds of the land", []found{q("two-thirds", Percent, 200.0/3, 200.0/3)}},
}

func TestScan(t *testing.T) {
	opt := cmpopts.EquateApprox(0, 1e-9)
	for _, tt := range scanTests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanFound(tt.text)
			if diff := cmp.Diff(tt.want, got, opt, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestScanSpans checks the byte offsets themselves on text where runes are
// wider than a byte.
func TestScanSpans(t *testing.T) {
	text := "“Around 20%” — and €50 million"
	qs := Scan(text)
	if len(qs) != 2 {
		t.Fatalf("Scan(%q) = %d quantities, want 2", text, len(qs))
	}
	if got, want := qs[0].Pos, strings.Index(text, "Around"); got != want {
		t.Errorf("Pos = %d, want %d", got, want)
	}
	if got, want := qs[1].End, len(text); got != want {
		t.Errorf("End = %d, want %d", got, want)
	}
}

func TestScanAllocs(t *testing.T) {
	text := strings.Repeat(benchText, 2)
	Scan(text) // warm the token pool
	n := testing.AllocsPerRun(20, func() { Scan(text) })
	// The result slice grows by doubling; nothing else should allocate.
	if max := 12.0; n > max {
		t.Errorf("Scan allocates %.0f times per run, want at most %.0f", n, max)
	}
}

// TestAppendScan: appending to a buffer in use keeps what it holds and adds
// what Scan gives, so one buffer can serve text after text.
func TestAppendScan(t *testing.T) {
	var buf []Quantity
	for _, tt := range scanTests {
		prefix := []Quantity{{Pos: -1, End: -1}}
		buf = AppendScan(append(buf[:0], prefix...), tt.text)
		if want := append(prefix, Scan(tt.text)...); !sameScan(buf, want) {
			t.Errorf("AppendScan(%q)\n got %+v\nwant %+v", tt.text, buf, want)
		}
	}
	// What is left is the units Scan lowercases.
	scan := testing.AllocsPerRun(20, func() { Scan(benchText) })
	if n := testing.AllocsPerRun(20, func() { buf = AppendScan(buf[:0], benchText) }); n >= scan {
		t.Errorf("AppendScan into a buffer that fits allocates %.0f times per run, Scan %.0f", n, scan)
	}
}

func FuzzScan(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.text)
	}
	f.Add(benchText)
	f.Add("between 3 and")
	f.Add("$")
	f.Add("99999999999999999999999999999999999999 trillion")
	f.Add("between 3,000 and 5,000 people, up from 12.5% to 40 per cent of $1.2tn")
	f.Add("€\u00a0100 million, ۳۰ drones, 1,2,3 and 10\u00a0000\u202f000")
	f.Add("some 3.7 millionth dozens of 2025-08-18 9/11 \xff7\x00 ½ ⅔")
	f.Fuzz(func(t *testing.T, text string) {
		qs := Scan(text)
		// A second scan must give the same quantities: findings and
		// reports are byte-identical run after run only if Scan is.
		if again := Scan(text); !slices.Equal(qs, again) {
			t.Fatalf("Scan is not deterministic:\n%+v\n%+v", qs, again)
		}
		valid := utf8.ValidString(text)
		end := 0
		for i, x := range qs {
			if x.Pos < end {
				t.Fatalf("quantity %d at %d overlaps or precedes the previous one ending at %d", i, x.Pos, end)
			}
			if x.Pos < 0 || x.Pos >= x.End || x.End > len(text) {
				t.Fatalf("quantity %d has span [%d, %d) in a text of %d bytes", i, x.Pos, x.End, len(text))
			}
			iv := x.Interval
			if math.IsNaN(iv.Low) || math.IsNaN(iv.High) || math.IsNaN(x.Value) {
				t.Fatalf("quantity %d %q has NaN: %+v", i, text[x.Pos:x.End], x)
			}
			if iv.Low > iv.High {
				t.Fatalf("quantity %d %q has Low > High: %+v", i, text[x.Pos:x.End], iv)
			}
			if x.Kind < Number || x.Kind > Duration {
				t.Fatalf("quantity %d has kind %v", i, x.Kind)
			}
			if valid && !utf8.ValidString(x.Unit) {
				t.Fatalf("quantity %d has unit %q not valid UTF-8", i, x.Unit)
			}
			// Columns are counted in characters when a claim is printed,
			// so a span must not cut one in two.
			if valid && (!utf8.RuneStart(text[x.Pos]) || x.End < len(text) && !utf8.RuneStart(text[x.End])) {
				t.Fatalf("quantity %d has span [%d, %d) that splits a character in %q", i, x.Pos, x.End, text)
			}
			end = x.End
		}
	})
}

func BenchmarkScan(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(benchText)
	}
}

// benchText is news prose written for these tests.
const benchText = `KYIV, Ukraine — Russian forces launched 270 drones and 10 missiles at Ukrainian cities overnight, officials said on Tuesday, in one of the largest aerial attacks since the full-scale invasion began in 2022. Strikes on Kharkiv killed seven civilians, among them two children, and injured dozens more, the regional governor said in a statement posted at 7:45 a.m.

The air force said it had shot down 241 of the drones and eight of the missiles. Emergency crews worked for more than 12 hours to reach people trapped under the rubble of a five-storey building, and about 40 firefighters remained at the scene on Wednesday.

The attack came as envoys prepared for talks in Geneva on a ceasefire that would freeze the front line. Moscow already occupies roughly 20% of Ukraine’s territory, including Crimea, which it annexed in 2014, and most of the Donetsk region. Analysts estimate that Russian troops have advanced less than 7 miles in some sectors over the past year, at a cost of hundreds of thousands of casualties.

Washington has offered a deal worth up to $100 billion in U.S. weapons purchases, and European governments have pledged €50 million for emergency repairs to the power grid. A separate fund of $1.2tn for reconstruction, proposed by the World Bank, would run for nearly a decade. “We need at least 3 more Patriot systems,” an adviser to the president said, adding that the country had received 17 U.S. Patriot missile systems so far.

The war, now nearly four years long, is the deadliest conflict in Europe in 80 years. More than 1 million people have been killed or wounded on both sides, according to estimates by Western governments, though neither Kyiv nor Moscow publishes full figures. Between 3 and 5 million Ukrainians remain displaced inside the country, and several million more live abroad.

Twelve years ago, without a shot being fired, Russian troops took control of the peninsula. In the three-year, ongoing war that followed the invasion, the two sides have exchanged thousands of prisoners in 60 separate swaps, the most recent on August 18.

NATO’s Article 5 collective defence clause has not been invoked, but any of its 32 members could request consultations under Article 4. Defence ministers from the G7 and from 14 other countries will meet in Brussels on Aug. 25, 2025, to discuss sending a further 40 F-16 jets and as many as 1,500 trainers. The alliance says spending by its members rose from 1.5 to 2.1 percent of output in 2024, and that 23 of them now meet the 2% target, up from only three in 2014.

Prices for bread have risen 3.5 times since the start of the war, and the central bank expects inflation of 8-9% this year. Some 3.7 million people need food aid, the United Nations said, and the agency has appealed for $2.7 billion, of which it has received less than a third. The COVID-19 pandemic and the second- and third-order effects of the blockade of Black Sea ports have left one in five households short of money.
`

// TestHedgedBoundsAreExact: bounds computed from a hedge are shown to people
// and written to JSON, so float noise ("3300.0000000000005") must not leak.
func TestHedgedBoundsAreExact(t *testing.T) {
	for _, tt := range []struct {
		in        string
		low, high float64
	}{
		{"roughly 3,000 bombs", 2700, 3300},
		{"some 14,000 people", 12600, 15400},
		{"around 113,000 square kilometres", 101700, 124300},
		{"nearly 20 percent", 18, 20},
		{"about 3.5 times", 3.15, 3.85},
	} {
		qs := Scan(tt.in)
		if len(qs) != 1 {
			t.Fatalf("%q: %d quantities", tt.in, len(qs))
		}
		if iv := qs[0].Interval; iv.Low != tt.low || iv.High != tt.high {
			t.Errorf("%q: [%v, %v], want exactly [%v, %v]", tt.in, iv.Low, iv.High, tt.low, tt.high)
		}
	}
}
