package timeref

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// The hedges of a Ref, named as quantity names its hedges.
const (
	hAbout     = "about"
	hNearly    = "nearly"
	hJustOver  = "just over"
	hMoreThan  = "more than"
	hAtLeast   = "at least"
	hFewerThan = "fewer than"
	hUpTo      = "up to"
)

// Ref is one relative time expression in a sentence.
type Ref struct {
	// Pos and End are the byte span of the expression in the sentence,
	// End exclusive, hedge included: "about 12 years ago", "last year",
	// "in two years' time". A possessive "'s" is left out ("last year's").
	Pos, End int
	// Text is sentence[Pos:End].
	Text string
	// Years is the offset, in calendar years, of the year the expression
	// names from the year of publication: -12 for "12 years ago", -1 for
	// "last year", 0 for "this year", +1 for "next year". For a range
	// ("two or three years ago", "two and a half years ago") it is the
	// end nearer to publication, -2.
	Years int
	// Far is the other end of a range, -3 for "two or three years ago";
	// 0 when the expression names one year.
	Far int
	// Hedge is the hedge of the count, named as quantity names its
	// hedges: "about", "nearly", "just over", "more than", "at least",
	// "fewer than", "up to"; empty when the count is exact. The package
	// documentation says how each widens the year.
	Hedge string
	// Approx reports whether a hedge widens the year: "about 12 years
	// ago", "more than a decade ago". Find sets it exactly when Hedge is
	// not empty; a Ref built by hand with Approx and no Hedge is read as
	// "about".
	Approx bool
}

// Find returns the relative year expressions of sentence, left to right,
// each once and none overlapping another. It allocates only when it finds
// one.
func Find(sentence string) []Ref {
	var refs []Ref
	floor := 0 // no expression begins inside the previous one
	for w, ok := nextWord(sentence, 0); ok; w, ok = nextWord(sentence, w.end) {
		// Every expression holds a unit word; the rest of the phrase is
		// read outward from it. A date kind would dispatch on its own unit
		// words here ("week", month names).
		u, ok := unitOf(sentence, w)
		if !ok {
			continue
		}
		r, ok := deictic(sentence, u, floor)
		if !ok {
			r, ok = counted(sentence, u, floor)
		}
		if !ok {
			continue
		}
		r.Text = sentence[r.Pos:r.End]
		refs = append(refs, r)
		floor = r.End
		w.end = r.End
	}
	return refs
}

// deictic reads "this year", "last year", "next year", "the year before
// last" and "the year after next" around the unit u.
func deictic(s string, u unit, floor int) (Ref, bool) {
	if u.years != 1 || u.plural {
		return Ref{}, false
	}
	p, ok := before(s, u.w.pos)
	if !ok || p.pos < floor {
		return Ref{}, false
	}
	switch {
	case p.isAny(s, "this", "last", "next") && !u.poss && repeated(s, u.w.end):
		// "batteries that last year after year"
		return Ref{}, false
	case p.is(s, "this"):
		return Ref{Pos: p.pos, End: u.w.end, Years: 0}, true
	case p.isAny(s, "last", "next"):
		if determinerBefore(s, p.pos) {
			return Ref{}, false
		}
		y := -1
		if p.is(s, "next") {
			y = 1
		}
		return Ref{Pos: p.pos, End: u.w.end, Years: y}, true
	case p.is(s, "the") && !u.poss:
		a, ok1 := after(s, u.w.end)
		b, ok2 := after(s, a.end)
		switch {
		case !ok1 || !ok2:
		case a.is(s, "before") && b.is(s, "last"):
			return Ref{Pos: p.pos, End: b.end, Years: -2}, true
		case a.is(s, "after") && b.is(s, "next"):
			return Ref{Pos: p.pos, End: b.end, Years: 2}, true
		}
	}
	return Ref{}, false
}

// repeated reports whether the year ending at end is the first of "year
// after year", "year on year", "year by year" or "year to year".
func repeated(s string, end int) bool {
	a, ok1 := after(s, end)
	b, ok2 := after(s, a.end)
	return ok1 && ok2 && a.isAny(s, "after", "on", "by", "to", "over", "upon") && b.isAny(s, "year", "years")
}

// counted reads a count of years from the time of writing around the unit
// u: "[hedge] count unit ago", "[hedge] count unit from now", "in [hedge]
// count unit's time".
func counted(s string, u unit, floor int) (Ref, bool) {
	p, ok := readCount(s, u, floor)
	if !ok {
		return Ref{}, false
	}
	// The count is in quarters of the unit; the distance in whole years
	// is its floor and ceiling, which differ for "two and a half years".
	hi := p.q
	if p.far > hi {
		hi = p.far
	}
	if p.q*u.years%2 != 0 {
		return Ref{}, false // a quarter of a year is a date
	}
	near, far := p.q*u.years/4, (hi*u.years+3)/4
	if near < 1 || far > maxYears {
		return Ref{}, false
	}
	r := Ref{Pos: p.pos, End: p.end, Years: p.sign * near, Hedge: p.hedge, Approx: p.hedge != ""}
	if far != near {
		r.Far = p.sign * far
	}
	return r, true
}

// countPhrase is a count of units from the time of writing, as readCount
// reads it: where its words begin and end, the count in quarters of the
// unit (and a range's far end, 0 when none), its hedge, and its direction,
// -1 for "ago", +1 for "from now", "hence" and "in ... time".
type countPhrase struct {
	pos, end int
	q, far   int
	hedge    string
	sign     int
}

// readCount reads "[hedge] count unit ago", "[hedge] count unit from now"
// and "in [hedge] count unit's time" around the unit word u, whatever the
// unit counts: years here, days, weeks and months for dates.
func readCount(s string, u unit, floor int) (countPhrase, bool) {
	c, ok := countBefore(s, u, floor)
	if !ok {
		return countPhrase{}, false
	}
	end := u.w.end
	hedge := ""
	if !u.poss {
		// "a year and a half ago", "a year or so ago", "a year or two ago".
		if a, ok := after(s, end); ok && a.is(s, "and") && c.far == 0 && c.q%4 == 0 {
			b, ok1 := after(s, a.end)
			h, ok2 := after(s, b.end)
			if ok1 && ok2 && b.is(s, "a") && h.is(s, "half") {
				c.q += 2
				end = h.end
			}
		}
		if a, ok := after(s, end); ok && a.is(s, "or") {
			if b, ok := after(s, a.end); ok {
				switch n := simpleNumber(s[b.pos:b.end]); {
				case orHedge(s, b) != "":
					hedge, end = orHedge(s, b), b.end
				case c.q == 4 && c.far == 0 && n > 1:
					c.far, end = 4*n, b.end
				}
			}
		}
	}
	if c.hedge != "" {
		hedge = c.hedge
	}

	sign := 0
	needIn := false
	switch a, ok := after(s, end); {
	case u.poss || end == u.w.end && followsApostrophe(s, end):
		// "in a year's time", "in two years' time"
		e := end
		if u.poss {
			e += len(s[e:]) - len(trimApostropheS(s[e:]))
		} else {
			e = afterApostrophe(s, e)
		}
		if t, ok := after(s, e); ok && t.is(s, "time") {
			sign, needIn, end = 1, true, t.end
		}
	case !ok:
	case a.is(s, "ago"):
		sign, end = -1, a.end
	case a.is(s, "hence"):
		sign, end = 1, a.end
	case a.is(s, "from"):
		if b, ok := after(s, a.end); ok && b.is(s, "now") {
			sign, end = 1, b.end
		}
	case a.is(s, "time"):
		sign, needIn, end = 1, true, a.end // "in five years time"
	}
	if sign == 0 {
		return countPhrase{}, false
	}
	// "two years ago or more", but not "two years ago or more recently".
	if a, ok := after(s, end); ok && a.is(s, "or") && hedge == "" {
		if b, ok := after(s, a.end); ok && orHedge(s, b) != "" {
			if _, more := after(s, b.end); !more {
				hedge, end = orHedge(s, b), b.end
			}
		}
	}

	start := c.pos
	if h, at := hedgeBefore(s, c.pos, floor); h != "" {
		if hedge == "" {
			hedge = h
		}
		start = at
	}
	if needIn {
		in, ok := before(s, start)
		if !ok || in.pos < floor || !in.is(s, "in") {
			return countPhrase{}, false
		}
		start = in.pos
	}
	return countPhrase{pos: start, end: end, q: c.q, far: c.far, hedge: hedge, sign: sign}, true
}

// count is a count of units read backward from a unit word.
type count struct {
	pos   int    // where its words begin
	q     int    // in quarters of the unit: "a" is 4, "half a" 2, "two and a half" 10
	far   int    // a range's far end, in quarters; 0 when none
	hedge string // "20 or so years ago" is about, "20 or more years ago" at least
}

// countBefore reads the count that ends before the unit u.
func countBefore(s string, u unit, floor int) (count, bool) {
	c, ok := countWords(s, u, floor)
	if !ok {
		return count{}, false
	}
	// The count must be the whole figure: not the "seven" of "four score
	// and seven". A figure before it is fine: "down from 3.4 a year ago",
	// "between 2010 and two years ago".
	if w, ok := before(s, c.pos); ok && w.pos >= floor {
		if isScale(s, w) {
			return count{}, false
		}
		if a, ok := before(s, w.pos); ok && a.pos >= floor && w.is(s, "and") && isNumberWord(s, a) {
			return count{}, false
		}
	}
	return c, true
}

// countWords reads the words of the count that ends before the unit u.
func countWords(s string, u unit, floor int) (count, bool) {
	w1, ok := before(s, u.w.pos)
	if !ok || w1.pos < floor {
		return count{}, false
	}
	// back returns the word k places before the unit: back(1) is w1.
	back := func(k int) word {
		w := w1
		for ; k > 1; k-- {
			p, ok := before(s, w.pos)
			if !ok || p.pos < floor {
				return word{-1, -1}
			}
			w = p
		}
		return w
	}
	is := func(k int, lit string) bool {
		w := back(k)
		return w.pos >= 0 && w.is(s, lit)
	}
	switch {
	case is(1, "of") && is(2, "couple") && is(3, "a"):
		return count{pos: back(3).pos, q: 8}, true
	case is(1, "couple") && is(2, "a"):
		return count{pos: back(2).pos, q: 8}, true // "a couple years ago"
	case is(1, "dozen") && is(2, "a") && is(3, "half"):
		return count{pos: back(3).pos, q: 24}, true
	case is(1, "dozen") && (is(2, "a") || is(2, "one")):
		return count{pos: back(2).pos, q: 48}, true
	case is(1, "half") && is(2, "a") && is(3, "and"):
		n, ok := numberBefore(s, back(3).pos, floor)
		if !ok || n.lo != n.hi {
			return count{}, false
		}
		return count{pos: n.pos, q: 4*n.lo + 2}, true // "two and a half years"
	case is(1, "half") && is(2, "a"):
		return count{pos: back(2).pos, q: 2}, true // "a half century"
	case is(1, "quarter") && is(2, "a"):
		return count{pos: back(2).pos, q: 1}, true // "a quarter century"
	case is(1, "a") && is(2, "of") && is(3, "quarter") && is(4, "a"):
		return count{pos: back(4).pos, q: 1}, true
	case is(1, "a") && is(2, "half"):
		return count{pos: back(2).pos, q: 2}, true // "half a century"
	case is(1, "a"):
		return count{pos: w1.pos, q: 4}, true
	case hasFold(s[w1.pos:w1.end], "-and-a-half"):
		// "two-and-a-half years"
		n := simpleNumber(s[w1.pos : w1.end-len("-and-a-half")])
		if n == 0 {
			return count{}, false
		}
		return count{pos: w1.pos, q: 4*n + 2}, true
	case (is(1, "so") || is(1, "more")) && is(2, "or"):
		n, ok := numberBefore(s, back(2).pos, floor)
		if !ok || n.lo != n.hi {
			return count{}, false
		}
		return count{pos: n.pos, q: 4 * n.lo, hedge: orHedge(s, w1)}, true // "20 or so years"
	}
	n, ok := numberBefore(s, u.w.pos, floor)
	if !ok {
		return count{}, false
	}
	c := count{pos: n.pos, q: 4 * n.lo}
	if n.hi != n.lo {
		c.far = 4 * n.hi // "10-15 years"
		return c, true
	}
	// "two or three years", "two to three years"
	if p, ok := before(s, n.pos); ok && p.pos >= floor && p.isAny(s, "or", "to") {
		if m, ok := numberBefore(s, p.pos, floor); ok && m.lo == m.hi && m.lo < n.lo {
			c = count{pos: m.pos, q: 4 * m.lo, far: 4 * n.lo}
		}
	}
	return c, true
}

// orHedge returns the hedge of "or so" and "or more" after a count.
func orHedge(s string, w word) string {
	switch {
	case w.is(s, "so"):
		return hAbout
	case w.isAny(s, "more", "longer"):
		return hAtLeast
	}
	return ""
}

// hasFold reports whether t ends with suffix, ignoring case.
func hasFold(t, suffix string) bool {
	return len(t) > len(suffix) && strings.EqualFold(t[len(t)-len(suffix):], suffix)
}

// followsApostrophe reports whether s[i:] starts with an apostrophe: the
// plural possessive of "two years' time".
func followsApostrophe(s string, i int) bool {
	return afterApostrophe(s, i) != i
}

// afterApostrophe returns i moved past an apostrophe at s[i:], if any.
func afterApostrophe(s string, i int) int {
	for _, a := range [...]string{"'", "\u2019"} {
		if len(s)-i >= len(a) && s[i:i+len(a)] == a {
			return i + len(a)
		}
	}
	return i
}

// trimApostropheS removes the "'s" that starts t.
func trimApostropheS(t string) string {
	if i := afterApostrophe(t, 0); i > 0 && i < len(t) && t[i]|0x20 == 's' {
		return t[i+1:]
	}
	return t
}

// Resolve turns r into a Year quantity for an article published at pub:
// Value is the year as written (the midpoint of a range), Interval the
// years it allows, Hedge the hedge, or "range" for an unhedged range, as
// quantity.Scan gives "2022-23". Pos and End are r's, in the sentence; the
// caller shifts them as it shifts a scanned quantity's.
//
// pub must not be zero: a text with no date has no year to count from, and
// Resolve returns the zero Quantity, of no kind, which no rule takes.
func Resolve(r Ref, pub time.Time) quantity.Quantity {
	if pub.IsZero() {
		return quantity.Quantity{}
	}
	y := float64(pub.Year())
	near, far := r.Years, r.Far
	if far == 0 {
		far = near
	}
	past := near < 0 || far < 0
	dn, df := abs(near), abs(far)
	if dn > df {
		dn, df = df, dn
	}
	hedge := r.Hedge
	if hedge == "" && r.Approx {
		hedge = hAbout
	}

	// The hedge shapes the distance in years; then the distance becomes
	// calendar years, counted back or ahead.
	lo, hi := hedgeDistance(hedge, dn, df)
	q := quantity.Quantity{Pos: r.Pos, End: r.End, Kind: quantity.Year, Hedge: hedge}
	mid := float64(dn+df) / 2
	if past {
		q.Interval = quantity.Interval{Low: y - hi, High: y - lo}
		q.Value = y - mid
	} else {
		q.Interval = quantity.Interval{Low: y + lo, High: y + hi}
		q.Value = y + mid
	}
	if hedge == "" && dn != df {
		q.Hedge = "range"
	}
	return q
}

// reach is how many years "about" a distance of d years reaches: a tenth of
// it, as quantity.AboutFraction has it for every figure, and at least one.
func reach(d int) float64 {
	return math.Max(1, math.Round(float64(d)*quantity.AboutFraction))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Describe says in words how r was resolved into q, for reports:
//
//	"12 years ago" from 2025-08-18 → 2013
//	"about 12 years ago" from 2025-08-18 → 2012–2014
//	"more than a decade ago" from 2025-08-18 → 2015 or earlier
//
// It reads the interval of q, so it shows a rule's wider hedges when q has
// been through them.
func Describe(r Ref, pub time.Time, q quantity.Quantity) string {
	switch {
	case pub.IsZero():
		return fmt.Sprintf("%q: no publication date to count from", r.Text)
	case q.Kind != quantity.Year:
		return fmt.Sprintf("%q from %s: not resolved", r.Text, pub.Format(time.DateOnly))
	}
	iv := q.Interval
	var to string
	switch lo, hi := math.IsInf(iv.Low, -1), math.IsInf(iv.High, 1); {
	case lo && hi:
		to = "any year"
	case lo:
		to = yearString(iv.High) + " or earlier"
		if iv.HighOpen {
			to = "before " + yearString(iv.High)
		}
	case hi:
		to = yearString(iv.Low) + " or later"
		if iv.LowOpen {
			to = "after " + yearString(iv.Low)
		}
	case iv.Low == iv.High:
		to = yearString(iv.Low)
	default:
		to = yearString(iv.Low) + "–" + yearString(iv.High)
	}
	return fmt.Sprintf("%q from %s → %s", r.Text, pub.Format(time.DateOnly), to)
}

func yearString(y float64) string { return strconv.FormatFloat(y, 'f', -1, 64) }

// hedgeDistance widens a distance of dn to df units (years, or the units of
// a date expression) by the hedge, before it becomes a span of the
// calendar: "about" reaches out both ways, "nearly" only nearer, "just
// over" only further, "more than" without end, "up to" back to now. The
// near end never goes past zero.
func hedgeDistance(hedge string, dn, df int) (lo, hi float64) {
	lo, hi = float64(dn), float64(df)
	switch hedge {
	case hAbout:
		lo, hi = lo-reach(dn), hi+reach(df)
	case hNearly:
		lo -= reach(dn)
	case hJustOver:
		hi += reach(df)
	case hMoreThan, hAtLeast:
		hi = math.Inf(1)
	case hFewerThan, hUpTo:
		lo = 0
	}
	return math.Max(lo, 0), hi
}
