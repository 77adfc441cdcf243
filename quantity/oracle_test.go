package quantity

import (
	_ "embed"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The scanner is tuned for speed; frozen_test.go holds the scanner as it was
// before, and these tests hold the two to the same answers.

// sameScan reports whether two scans found exactly the same quantities,
// NaN and signed zero included.
func sameScan(a, b []Quantity) bool {
	if len(a) != len(b) {
		return false
	}
	same := func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y)
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Pos != y.Pos || x.End != y.End || x.Kind != y.Kind || x.Hedge != y.Hedge || x.Unit != y.Unit ||
			x.Currency != y.Currency || x.Vague != y.Vague || !same(x.Value, y.Value) ||
			!same(x.Interval.Low, y.Interval.Low) || !same(x.Interval.High, y.Interval.High) ||
			x.Interval.LowOpen != y.Interval.LowOpen || x.Interval.HighOpen != y.Interval.HighOpen {
			return false
		}
	}
	return true
}

func checkOracle(t *testing.T, text string) {
	t.Helper()
	if got, want := Scan(text), frozenScan(text); !sameScan(got, want) {
		t.Fatalf("Scan(%q)\n got %+v\nwant %+v", text, got, want)
	}
}

// oracleWords are the pieces generated sentences are made of: what the
// scanner reads, in the spellings it reads them, and ordinary prose.
var oracleWords = []string{
	"0", "1", "3", "7", "12", "17", "20", "45", "100", "241", "999", "1000", "1,000", "1,500", "12,34,567",
	"3,000,000", "1.5", "3.75", ".5", "0.01", "2014", "2022", "2022-23", "1990s", "'90s", "mid-1990s",
	"99999999999999999999", "10,00", "1,5", "555-0123", "+254", "712", "7:45", "9/11", "8/15",
	"$", "$5", "US$", "US", "C$", "€", "£", "¥", "₹", "₽", "₴", "元", "USD", "EUR", "GBP", "usd", "rmb", "Rs", "Rs.",
	"%", "٪", "percent", "per", "cent", "pct", "percentage", "points", "point", "pp", "ppt",
	"zero", "one", "two", "three", "five", "seven", "Twelve", "twenty", "ninety", "hundred", "thousand",
	"million", "billion", "trillion", "bn", "m", "k", "mn", "tn", "lakh", "crore", "dozen", "dozens",
	"a", "an", "A", "half", "third", "thirds", "quarter", "quarters", "of",
	"about", "About", "around", "roughly", "some", "nearly", "almost", "more", "than", "less", "fewer",
	"up", "to", "at", "least", "most", "over", "under", "below", "above", "just", "between", "and", "from",
	"or", "so", "through", "thru", "plus", "odd", "approx", ".", "approx.", "circa", "ago", "over",
	"-", "–", "—", "+", ">", "<", ">=", "≤", "~", "≈", "(", ")", ",", ";", ":", "/", "'", "’", "\"", "#",
	"years", "year", "year-old", "days", "hours", "weeks", "months", "decade", "long", "old",
	"dollars", "euros", "cents", "pounds", "pence", "yen", "rupees", "bitcoin",
	"people", "civilians", "drones", "missiles", "km", "kg", "miles", "times", "levels", "prices",
	"August", "Aug.", "Aug", "May", "march", "18", "25,", "2025", "st", "th", "nd", "1st", "3rd", "am", "pm",
	"Article", "No.", "no", "Section", "Boeing", "737", "G7", "F-16", "COVID-19", "Windows",
	"minus", "negative", "rose", "fell", "by", "in", "since", "the", "its", "killed", "said", "officials",
	"several", "hundreds", "thousands", "millions", "scores", "tens", "couple", "few",
	"Canadian", "canadian", "New", "Zealand", "South", "Korean", "won", "Swiss", "francs", "Hong", "Kong",
	"Sri", "Lankan", "West", "German", "marks", "Saudi", "riyals", "Ünited",
	"war’s", "nation's", "o'clock", "ſo", "K", "Ünited", "naïve", "\u00a0", "\u202f",
}

// oracleSentence writes a random sentence from oracleWords, mostly spaced,
// sometimes glued, as news copy and its typos glue them.
func oracleSentence(r *rand.Rand) string {
	var b strings.Builder
	n := 1 + r.IntN(24)
	for i := 0; i < n; i++ {
		if i > 0 {
			switch r.IntN(8) {
			case 0:
			case 1:
				b.WriteString("-")
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(oracleWords[r.IntN(len(oracleWords))])
	}
	if r.IntN(2) == 0 {
		b.WriteByte('.')
	}
	return b.String()
}

func TestScanOracle(t *testing.T) {
	var texts []string
	for _, tt := range scanTests {
		texts = append(texts, tt.text)
	}
	for _, tt := range coverageTests {
		texts = append(texts, tt.text)
	}
	texts = append(texts, benchText, newsText)
	texts = append(texts, newsSentences()...)
	for _, text := range texts {
		checkOracle(t, text)
		if len(text) > 1000 {
			continue
		}
		// Every prefix and suffix: the lexer and parser look past the ends.
		for i := range len(text) {
			checkOracle(t, text[:i])
			checkOracle(t, text[i:])
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		checkOracle(t, oracleSentence(r))
	}
}

func FuzzScanOracle(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.text)
	}
	for _, tt := range coverageTests {
		f.Add(tt.text)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		f.Add(oracleSentence(r))
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkOracle(t, text)
	})
}

// newsText is the body of four articles from the benchmark corpus: news
// copy dense with counts, money, percentages, years, dates and ranges.
//
//go:embed testdata/news.txt
var newsText string

// newsSentences splits newsText roughly into sentences, as the checker
// scans it one sentence at a time.
func newsSentences() []string {
	var out []string
	for _, line := range strings.Split(newsText, "\n") {
		for s := range strings.SplitSeq(line, ". ") {
			if s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func BenchmarkScanNews(b *testing.B) {
	ss := newsSentences()
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range ss {
			Scan(s)
		}
	}
}

func TestTidyOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 1e15 - 1, 1e15, 1e15 + 1, -1e15, 1e16, 1e300, 3300.0000000000005,
		0.1, 16.4e6, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for range 100000 {
		vals = append(vals, math.Trunc(r.NormFloat64()*math.Pow10(r.IntN(20))), r.NormFloat64()*math.Pow10(r.IntN(30)-10))
	}
	for _, v := range vals {
		if got, want := tidy(v), frozenTidy(v); math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("tidy(%v) = %v, want %v", v, got, want)
		}
	}
}
