package timeref

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// ref is what a test checks of a Ref: the span as text, so a table reads
// like the sentence it is about.
type ref struct {
	text  string
	years int
	far   int
	hedge string
}

func r(text string, years int) ref { return ref{text: text, years: years} }
func (x ref) h(hedge string) ref   { x.hedge = hedge; return x }
func (x ref) to(far int) ref       { x.far = far; return x }

var findTests = []struct {
	name, sentence string
	want           []ref
}{
	// The case, and the parenthesis it was written in.
	{"ago", "Russia annexed Crimea 12 years ago.", []ref{r("12 years ago", -12)}},
	{"ago in parentheses", "Crimea was taken (12 years ago, without a shot being fired!)", []ref{r("12 years ago", -12)}},
	{"ago words", "Twelve years ago the city fell.", []ref{r("Twelve years ago", -12)}},
	{"ago compound", "The plant opened twenty-five years ago.", []ref{r("twenty-five years ago", -25)}},
	{"ago compound spaced", "The plant opened twenty five years ago.", []ref{r("twenty five years ago", -25)}},
	{"ago tens", "It was built forty years ago.", []ref{r("forty years ago", -40)}},
	{"ago hundred", "The bridge was built a hundred years ago.", []ref{r("a hundred years ago", -100)}},
	{"ago hundreds", "The town was founded three hundred years ago.", []ref{r("three hundred years ago", -300)}},
	{"a year ago", "A year ago, prices were lower.", []ref{r("A year ago", -1)}},
	{"one year ago", "One year ago today the dam burst.", []ref{r("One year ago", -1)}},
	{"decade", "The war began a decade ago.", []ref{r("a decade ago", -10)}},
	{"decades", "He left two decades ago.", []ref{r("two decades ago", -20)}},
	{"century", "The treaty was signed a century ago.", []ref{r("a century ago", -100)}},
	{"half a century", "Half a century ago the wall went up.", []ref{r("Half a century ago", -50)}},
	{"half-century", "It closed a half-century ago.", []ref{r("a half-century ago", -50)}},
	{"quarter of a century", "The party took power a quarter of a century ago.", []ref{r("a quarter of a century ago", -25)}},
	{"quarter century", "It began a quarter century ago.", []ref{r("a quarter century ago", -25)}},
	{"couple of", "A couple of years ago the mine closed.", []ref{r("A couple of years ago", -2)}},
	{"couple", "A couple years ago the mine closed.", []ref{r("A couple years ago", -2)}},
	{"dozen", "He fled a dozen years ago.", []ref{r("a dozen years ago", -12)}},
	{"half a dozen", "He fled half a dozen years ago.", []ref{r("half a dozen years ago", -6)}},
	{"decade and a half", "The pact was signed a decade and a half ago.", []ref{r("a decade and a half ago", -15)}},
	{"hundred and", "The law was passed a hundred and fifty years ago.", []ref{r("a hundred and fifty years ago", -150)}},
	{"yrs", "Founded 10 yrs ago, the firm employs 40.", []ref{r("10 yrs ago", -10)}},
	{"no-break space", "It ended 12\u00a0years ago.", []ref{r("12\u00a0years ago", -12)}},
	{"line break", "It ended 12\nyears ago.", []ref{r("12\nyears ago", -12)}},

	// Ranges and halves: the year is one of two.
	{"and a half", "The invasion began two and a half years ago.", []ref{r("two and a half years ago", -2).to(-3)}},
	{"hyphenated half", "Two-and-a-half years ago, Russia invaded.", []ref{r("Two-and-a-half years ago", -2).to(-3)}},
	{"year and a half", "He was arrested a year and a half ago.", []ref{r("a year and a half ago", -1).to(-2)}},
	{"or", "Two or three years ago the road was built.", []ref{r("Two or three years ago", -2).to(-3)}},
	{"to", "It happened two to three years ago.", []ref{r("two to three years ago", -2).to(-3)}},
	{"dash", "It happened 10-15 years ago.", []ref{r("10-15 years ago", -10).to(-15)}},
	{"en dash", "It happened 10–15 years ago.", []ref{r("10–15 years ago", -10).to(-15)}},
	{"a year or two", "A year or two ago nobody cared.", []ref{r("A year or two ago", -1).to(-2)}},
	{"a decade or two", "A decade or two ago nobody cared.", []ref{r("A decade or two ago", -10).to(-20)}},

	// Hedges.
	{"about", "The dam was built about 12 years ago.", []ref{r("about 12 years ago", -12).h("about")}},
	{"some", "Some 30 years ago the pit closed.", []ref{r("Some 30 years ago", -30).h("about")}},
	{"or so before", "It closed 20 or so years ago.", []ref{r("20 or so years ago", -20).h("about")}},
	{"or so after", "It closed a year or so ago.", []ref{r("a year or so ago", -1).h("about")}},
	{"or more before", "It closed 20 or more years ago.", []ref{r("20 or more years ago", -20).h("at least")}},
	{"or more after unit", "It closed a decade or more ago.", []ref{r("a decade or more ago", -10).h("at least")}},
	{"or more after ago", "It closed two years ago or more.", []ref{r("two years ago or more", -2).h("at least")}},
	{"or more recently", "It closed two years ago or more recently.", []ref{r("two years ago", -2)}},
	{"or so after ago", "It closed two years ago or so.", []ref{r("two years ago or so", -2).h("about")}},
	{"more than", "The war began more than a decade ago.", []ref{r("more than a decade ago", -10).h("more than")}},
	{"over", "It ended over two years ago.", []ref{r("over two years ago", -2).h("more than")}},
	{"well over", "It ended well over two years ago.", []ref{r("well over two years ago", -2).h("more than")}},
	{"nearly", "Nearly a year ago the talks stalled.", []ref{r("Nearly a year ago", -1).h("nearly")}},
	{"almost", "It began almost two decades ago.", []ref{r("almost two decades ago", -20).h("nearly")}},
	{"just over", "Just over a year ago it reopened.", []ref{r("Just over a year ago", -1).h("just over")}},
	{"a little more than", "A little more than a year ago it reopened.", []ref{r("A little more than a year ago", -1).h("just over")}},
	{"less than", "Less than a year ago it reopened.", []ref{r("Less than a year ago", -1).h("fewer than")}},
	{"at least", "At least 10 years ago it reopened.", []ref{r("At least 10 years ago", -10).h("at least")}},
	{"no more than", "No more than five years ago it was rebuilt.", []ref{r("No more than five years ago", -5).h("up to")}},
	{"figure before", "Inflation fell to 2.1 from 3.4 a year ago and from 120,000 two years ago.",
		[]ref{r("a year ago", -1), r("two years ago", -2)}},
	{"year before", "Prices rose between 2010 and two years ago.", []ref{r("two years ago", -2)}},
	{"a mere", "A mere two years ago, the plant employed 3,000.", []ref{r("two years ago", -2)}},
	{"not a hedge", "Only two years ago, and just a year ago, and as recently as three years ago.",
		[]ref{r("two years ago", -2), r("a year ago", -1), r("three years ago", -3)}},
	{"phrasal over", "The rebels took over two years ago.", []ref{r("two years ago", -2)}},
	{"phrasal about", "The change came about a decade ago.", []ref{r("a decade ago", -10)}},

	// The future.
	{"from now", "Two years from now the plant will close.", []ref{r("Two years from now", 2)}},
	{"hence", "Ten years hence, who knows.", []ref{r("Ten years hence", 10)}},
	{"years' time", "It will open in two years' time.", []ref{r("in two years' time", 2)}},
	{"years’ time", "It will open in two years’ time.", []ref{r("in two years’ time", 2)}},
	{"year's time", "It will open in a year's time.", []ref{r("in a year's time", 1)}},
	{"years time", "It will open in five years time.", []ref{r("in five years time", 5)}},
	{"hedged time", "It will open in about a decade's time.", []ref{r("in about a decade's time", 10).h("about")}},

	// Deictic years.
	{"last year", "Exports fell last year.", []ref{r("last year", -1)}},
	{"last year's", "Last year's harvest was poor.", []ref{r("Last year", -1)}},
	{"last year’s", "Last year’s harvest was poor.", []ref{r("Last year", -1)}},
	{"this year", "Earlier this year the bank cut rates.", []ref{r("this year", 0)}},
	{"next year", "Elections are due next year.", []ref{r("next year", 1)}},
	{"before last", "Prices peaked the year before last.", []ref{r("the year before last", -2)}},
	{"after next", "It opens the year after next.", []ref{r("the year after next", 2)}},
	{"same time last year", "Sales are up on the same time last year.", []ref{r("last year", -1)}},
	{"of last year", "In March of last year the plant closed.", []ref{r("last year", -1)}},
	{"object her", "Police arrested her last year.", []ref{r("last year", -1)}},
	{"contraction", "That's last year's figure.", []ref{r("last year", -1)}},
	{"several", "A decade ago it had 5 mines; last year it had 2, and next year none.",
		[]ref{r("A decade ago", -10), r("last year", -1), r("next year", 1)}},
	{"two in one phrase", "It opened a decade ago this year.", []ref{r("a decade ago", -10), r("this year", 0)}},

	// Not relative to publication, not a year, or not a point in time.
	{"old", "The boy is 12 years old.", nil},
	{"year-old", "A 12-year-old was hurt.", nil},
	{"earlier", "He was released 12 years earlier.", nil},
	{"later", "A decade later the plant closed.", nil},
	{"before", "Two years before, the plant had closed.", nil},
	{"previous year", "Sales rose 5% on the previous year.", nil},
	{"following year", "The following year, it closed.", nil},
	{"past year", "Over the past year prices doubled.", nil},
	{"this past year", "This past year was hard.", nil},
	{"the last year", "In the last year prices doubled.", nil},
	{"the next year", "Within the next year the plant will close.", nil},
	{"his last year", "In his last year in office he signed it.", nil},
	{"her last year", "During her last year at school she left.", nil},
	{"possessive", "Biden's last year was turbulent.", nil},
	{"plural possessive", "The players' last year together was 2019.", nil},
	{"very last", "The very last year of the war was the worst.", nil},
	{"year on year", "Sales rose year-on-year.", nil},
	{"year after year", "Batteries that last year after year.", nil},
	{"vague", "A few years ago, several decades ago, many years ago and years ago.", nil},
	{"scale", "Dinosaurs died out 65 million years ago.", nil},
	{"score", "Four score and seven years ago our fathers brought forth a new nation.", nil},
	{"thousand", "People lived here ten thousand years ago.", nil},
	{"decimal", "It closed 2.5 years ago.", nil},
	{"grouped", "It was built 1,000 years ago.", nil},
	{"too far", "The rock formed 999 centuries ago.", nil},
	{"months", "It closed 18 months ago, last week, yesterday, in February.", nil},
	{"half a year", "It closed half a year ago.", nil},
	{"in N years", "Turnout was the highest in 12 years.", nil},
	{"first in two decades", "It is the first visit in two decades.", nil},
	{"hyphen glued", "The 12-years-ago photo.", nil},
	{"duration", "The war has lasted three years.", nil},
	{"zero", "It closed 0 years ago.", nil},
	{"no time without in", "Where will we be two years' time?", nil},
	{"year-end", "Profits at last year-end rose.", nil},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []ref
			for _, x := range Find(tt.sentence) {
				if x.Text != tt.sentence[x.Pos:x.End] {
					t.Errorf("Text %q, sentence[%d:%d] %q", x.Text, x.Pos, x.End, tt.sentence[x.Pos:x.End])
				}
				if x.Approx != (x.Hedge != "") {
					t.Errorf("%q: Approx %v with Hedge %q", x.Text, x.Approx, x.Hedge)
				}
				got = append(got, ref{x.Text, x.Years, x.Far, x.Hedge})
			}
			if !equal(got, tt.want) {
				t.Errorf("Find(%q)\n got %+v\nwant %+v", tt.sentence, got, tt.want)
			}
		})
	}
}

func equal(a, b []ref) bool {
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

// year is what a test checks of a resolved Ref.
type year struct {
	low, high         float64
	lowOpen, highOpen bool
	value             float64
	hedge             string
}

var inf = math.Inf(1)

func TestResolve(t *testing.T) {
	aug := time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)
	jan2 := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	dec31 := time.Date(2025, 12, 31, 23, 59, 0, 0, time.UTC)
	// 2025 where it was written, 2026 in UTC: the writer's calendar counts.
	nyNewYear := time.Date(2025, 12, 31, 23, 30, 0, 0, time.FixedZone("EST", -5*3600))
	// 2026 in Kyiv, 2025 in UTC.
	kyivNewYear := time.Date(2026, 1, 1, 0, 30, 0, 0, time.FixedZone("EET", 2*3600))

	tests := []struct {
		sentence string
		pub      time.Time
		want     year
	}{
		{"12 years ago", aug, year{2013, 2013, false, false, 2013, ""}},
		{"12 years ago", jan2, year{2013, 2013, false, false, 2013, ""}},
		{"12 years ago", dec31, year{2013, 2013, false, false, 2013, ""}},
		{"last year", jan2, year{2024, 2024, false, false, 2024, ""}},
		{"last year", dec31, year{2024, 2024, false, false, 2024, ""}},
		{"a year ago", jan2, year{2024, 2024, false, false, 2024, ""}},
		{"next year", dec31, year{2026, 2026, false, false, 2026, ""}},
		{"this year", jan2, year{2025, 2025, false, false, 2025, ""}},
		{"this year", dec31, year{2025, 2025, false, false, 2025, ""}},
		{"last year", nyNewYear, year{2024, 2024, false, false, 2024, ""}},
		{"last year", kyivNewYear, year{2025, 2025, false, false, 2025, ""}},
		{"the year before last", jan2, year{2023, 2023, false, false, 2023, ""}},
		{"in two years' time", dec31, year{2027, 2027, false, false, 2027, ""}},

		{"about 12 years ago", aug, year{2012, 2014, false, false, 2013, "about"}},
		{"about 50 years ago", aug, year{1970, 1980, false, false, 1975, "about"}},
		{"about a year ago", aug, year{2023, 2025, false, false, 2024, "about"}},
		{"nearly 12 years ago", aug, year{2013, 2014, false, false, 2013, "nearly"}},
		{"nearly a year ago", jan2, year{2024, 2025, false, false, 2024, "nearly"}},
		{"just over a decade ago", aug, year{2014, 2015, false, false, 2015, "just over"}},
		{"more than a decade ago", aug, year{-inf, 2015, false, false, 2015, "more than"}},
		{"at least 10 years ago", aug, year{-inf, 2015, false, false, 2015, "at least"}},
		{"less than a year ago", jan2, year{2024, 2025, false, false, 2024, "fewer than"}},
		{"more than two years from now", aug, year{2027, inf, false, false, 2027, "more than"}},
		{"in about two years' time", aug, year{2026, 2028, false, false, 2027, "about"}},

		{"two and a half years ago", aug, year{2022, 2023, false, false, 2022.5, "range"}},
		{"two and a half years ago", jan2, year{2022, 2023, false, false, 2022.5, "range"}},
		{"a decade or two ago", aug, year{2005, 2015, false, false, 2010, "range"}},
		{"about two or three years ago", aug, year{2021, 2024, false, false, 2022.5, "about"}},
	}
	for _, tt := range tests {
		refs := Find(tt.sentence)
		if len(refs) != 1 || refs[0].Text != tt.sentence {
			t.Errorf("Find(%q) = %+v, want the whole of it", tt.sentence, refs)
			continue
		}
		q := Resolve(refs[0], tt.pub)
		iv := q.Interval
		got := year{iv.Low, iv.High, iv.LowOpen, iv.HighOpen, q.Value, q.Hedge}
		if got != tt.want {
			t.Errorf("Resolve(%q, %s)\n got %+v\nwant %+v", tt.sentence, tt.pub, got, tt.want)
		}
		if q.Kind != quantity.Year || q.Pos != 0 || q.End != len(tt.sentence) || q.Unit != "" || q.Currency != "" || q.Vague {
			t.Errorf("Resolve(%q) = %+v, want a Year over the whole sentence", tt.sentence, q)
		}
	}
}

// A resolved Ref must read like a Year quantity.Scan finds, so a rule of kind
// year takes "12 years ago" exactly as it takes "2013".
func TestResolveLikeScan(t *testing.T) {
	pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	const sentence = "12 years ago"
	scanned := quantity.Scan("in 2013")
	if len(scanned) != 1 {
		t.Fatalf("Scan: %+v", scanned)
	}
	want := scanned[0]
	want.Pos, want.End = 0, len(sentence)
	if got := Resolve(Find(sentence)[0], pub); got != want {
		t.Errorf("Resolve = %+v\nScan    = %+v", got, want)
	}
}

func TestResolveHandmade(t *testing.T) {
	pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	if q := Resolve(Ref{Years: -12}, time.Time{}); q != (quantity.Quantity{}) {
		t.Errorf("with no date: %+v, want the zero Quantity", q)
	}
	// Approx with no Hedge reads as "about".
	q := Resolve(Ref{Years: -12, Approx: true}, pub)
	if q.Hedge != "about" || q.Interval != (quantity.Interval{Low: 2012, High: 2014}) {
		t.Errorf("Approx: %+v", q)
	}
	// Far nearer than Years is the same range.
	a, b := Resolve(Ref{Years: -3, Far: -2}, pub), Resolve(Ref{Years: -2, Far: -3}, pub)
	if a != b {
		t.Errorf("reversed range: %+v, want %+v", a, b)
	}
}

func TestDescribe(t *testing.T) {
	pub := time.Date(2025, 8, 18, 12, 0, 0, 0, time.UTC)
	tests := []struct{ sentence, want string }{
		{"12 years ago", `"12 years ago" from 2025-08-18 → 2013`},
		{"about 12 years ago", `"about 12 years ago" from 2025-08-18 → 2012–2014`},
		{"more than a decade ago", `"more than a decade ago" from 2025-08-18 → 2015 or earlier`},
		{"more than a year from now", `"more than a year from now" from 2025-08-18 → 2026 or later`},
		{"in two years’ time", `"in two years’ time" from 2025-08-18 → 2027`},
	}
	for _, tt := range tests {
		x := Find(tt.sentence)[0]
		if got := Describe(x, pub, Resolve(x, pub)); got != tt.want {
			t.Errorf("Describe(%q) = %s, want %s", tt.sentence, got, tt.want)
		}
	}
	x := Find("last year")[0]
	if got, want := Describe(x, time.Time{}, Resolve(x, time.Time{})), `"last year": no publication date to count from`; got != want {
		t.Errorf("with no date: %s, want %s", got, want)
	}
	if got, want := Describe(x, pub, quantity.Quantity{}), `"last year" from 2025-08-18: not resolved`; got != want {
		t.Errorf("with no year: %s, want %s", got, want)
	}
}

// hedgeBefore takes the first phrase that matches, so a phrase must come
// before every phrase that ends it: "no more than" before "more than".
func TestHedgeOrder(t *testing.T) {
	for i, p := range hedgePhrases {
		for _, q := range hedgePhrases[:i] {
			if len(q.words) < len(p.words) {
				t.Errorf("%q comes after the shorter %q", p.words, q.words)
			}
		}
	}
}

// Every hedged year holds the unhedged one: a misread hedge costs
// precision, never truth.
func TestHedgesHoldThePoint(t *testing.T) {
	pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	for _, h := range []string{hAbout, hNearly, hJustOver, hMoreThan, hAtLeast, hFewerThan, hUpTo} {
		for _, y := range []int{-100, -12, -1, 1, 12} {
			exact := Resolve(Ref{Years: y}, pub).Interval
			if got := Resolve(Ref{Years: y, Hedge: h, Approx: true}, pub).Interval; !got.Overlaps(exact) || got.Low > exact.Low || got.High < exact.High {
				t.Errorf("%s %d: %+v does not hold %+v", h, y, got, exact)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.sentence)
	}
	f.Add("in about a year's time, the year before last")
	f.Add("’ ' - – , . \u00a0 \xff a year ago")
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
		for _, x := range Find(s) {
			if x.Pos < end || x.Pos >= x.End || x.End > len(s) {
				t.Fatalf("Find(%q): span [%d, %d) after %d", s, x.Pos, x.End, end)
			}
			if x.Text != s[x.Pos:x.End] {
				t.Fatalf("Find(%q): Text %q, span %q", s, x.Text, s[x.Pos:x.End])
			}
			if utf8.ValidString(s) && strings.TrimSpace(x.Text) != x.Text {
				t.Fatalf("Find(%q): %q has white space at an end", s, x.Text)
			}
			if x.Years == 0 && (x.Far != 0 || x.Hedge != "") || abs(x.Years) > maxYears || abs(x.Far) > maxYears {
				t.Fatalf("Find(%q): %+v", s, x)
			}
			q := Resolve(x, pub)
			if q.Kind != quantity.Year || q.Interval.Low > q.Value || q.Value > q.Interval.High {
				t.Fatalf("Resolve(%+v) = %+v", x, q)
			}
			end = x.End
		}
	})
}

var benchSentences = []struct{ name, s string }{
	{"none", "Russia holds around 20% of Ukraine's territory, and strikes on Kharkiv killed seven civilians, officials said on Monday."},
	{"one", "Russia annexed Crimea 12 years ago, and strikes on Kharkiv killed seven civilians, officials said on Monday."},
	{"near misses", "The 12-year-old said the past year, a decade later, was year-on-year the hardest in the last year of his life."},
}

func BenchmarkFind(b *testing.B) {
	for _, bs := range benchSentences {
		b.Run(bs.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bs.s)))
			for b.Loop() {
				Find(bs.s)
			}
		})
	}
}

// A sentence with no relative year must cost no allocation: Find runs on
// every sentence of every article.
func TestFindNoAlloc(t *testing.T) {
	for _, bs := range benchSentences {
		if bs.name == "one" {
			continue
		}
		if n := testing.AllocsPerRun(100, func() { Find(bs.s) }); n != 0 {
			t.Errorf("%s: %v allocations", bs.name, n)
		}
	}
}
