package quantity

import (
	"math"
	"strings"
	"sync"
)

// Scan returns every quantity in text, ordered by Pos and never
// overlapping. It reads the text once, left to right, and never fails: what
// it cannot read as an amount it skips. Invalid UTF-8 is read as
// punctuation. The package documentation lists what it reads and how.
func Scan(text string) []Quantity { return AppendScan(nil, text) }

// AppendScan appends to dst what Scan returns, so that a caller that scans
// text after text and keeps none of the slices can reuse one.
func AppendScan(dst []Quantity, text string) []Quantity {
	p := tokPool.Get().(*[]token)
	s := scanner{text: text, toks: lex(text, (*p)[:0])}
	out := dst
	for i := 0; i < len(s.toks)-1; {
		// Most tokens start nothing; testing that here spares building
		// and returning a Quantity for each of them.
		if !s.mayStart(i) {
			i++
			continue
		}
		q, next, ok := s.quantity(i)
		if ok && sane(q.Interval) && !math.IsNaN(q.Value) {
			out = append(out, q)
			i = max(next, i+1)
			continue
		}
		i++
	}
	if cap(s.toks) <= 1<<16 {
		*p = s.toks[:0]
		tokPool.Put(p)
	}
	return out
}

// tokPool keeps token buffers between scans: an article is scanned once but
// a corpus holds many articles.
var tokPool = sync.Pool{New: func() any { s := make([]token, 0, 512); return &s }}

func sane(iv Interval) bool {
	return !math.IsNaN(iv.Low) && !math.IsNaN(iv.High) && iv.Low <= iv.High
}

type scanner struct {
	text string
	toks []token
	// second is set while the second amount of a range is read: its digits
	// follow a dash glued to a number, which alone would mark an identifier.
	second bool
}

// at returns token k, or the final tEOF token past the end.
func (s *scanner) at(k int) *token {
	if uint(k) >= uint(len(s.toks)) {
		return &s.toks[len(s.toks)-1]
	}
	return &s.toks[k]
}

func (s *scanner) str(k int) string { t := s.at(k); return s.text[t.pos:t.end] }

func (s *scanner) lex(k int) *word {
	t := s.at(k)
	if t.kind != tWord {
		return &lexWords[0]
	}
	return &lexWords[t.w]
}

func (s *scanner) flag(k int, f uint32) bool { return s.lex(k).flags&f != 0 }

// is reports whether token k is the word lit (lower case, ASCII).
func (s *scanner) is(k int, lit string) bool {
	t := s.at(k)
	// Most calls are settled by kind and length, so those tests are kept
	// small enough to inline.
	if t.kind != tWord || t.ascii && t.end-t.pos != len(lit) {
		return false
	}
	return s.isWord(t, lit)
}

func (s *scanner) isWord(t *token, lit string) bool {
	w := s.text[t.pos:t.end]
	if !t.ascii {
		// Unicode folding may match words of other lengths: "ſo" is "so".
		return strings.EqualFold(w, lit)
	}
	// An ASCII word holds only letters and apostrophes, which setting
	// bit 0x20 lower-cases and leaves alone.
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lit[i] {
			return false
		}
	}
	return true
}

// spacedIs reports whether token k is the word lit after a space.
func (s *scanner) spacedIs(k int, lit string) bool { return s.at(k).space && s.is(k, lit) }

func (s *scanner) punct(k int, r rune) bool { t := s.at(k); return t.kind == tPunct && t.r == r }

// glued reports whether token k touches the token before it.
func (s *scanner) glued(k int) bool { t := s.at(k); return t.kind != tEOF && !t.space }

// amount is one figure as written, before hedges and ranges join it to
// others. start and end are token indices, end exclusive.
type amount struct {
	start, end int
	val        float64
	scale      float64 // 1, or the scale word that multiplied val
	lo, hi     float64 // vague
	vague      bool
	digits     bool // written in digits
	year       bool // could be a year: four bare digits, 1000..2100
	whole      bool // an integer
	pct        bool
	share      bool   // a fraction of something, as a percentage: "a third of"
	fraction   bool   // a fraction below one, which "of" turns into a share
	decade     bool   // "the 1990s": val is the first year
	phrase     string // vague: the phrase as Quantity.Hedge names it
	cur        string
	unit       string // glued measure ("10km") or "percentage points"
}

// scaleBy multiplies the figure by a scale word's value ("1.5 million"),
// rounding away float noise so 16.4 million is 16400000.
func (a *amount) scaleBy(v float64) {
	a.scale = v
	a.val = tidy(a.val * v)
	a.whole = a.val == math.Trunc(a.val)
}

// mayStart reports whether a quantity may begin at token i.
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tWord:
		return lexWords[t.w].flags&fStart != 0 || t.caps && s.punct(i+1, '$')
	case tPunct:
		return currencySymbol(t.r) != "" || s.signAt(i) || s.decadeAt(i) || symbolHedge(t.r) != hNone
	case tNum:
		return true
	}
	return false
}

func (s *scanner) quantity(i int) (q Quantity, next int, ok bool) {
	if !s.mayStart(i) {
		return q, 0, false
	}

	h, j := s.hedge(i)
	var a, b amount
	rng := hNone
	switch h {
	case hBetween, hFrom:
		conj := "and"
		if h == hFrom {
			conj = "to"
			if s.flag(i-1, fChange) {
				return q, 0, false
			}
		}
		if a, ok = s.amount(j); !ok || a.vague || a.decade || !s.spacedIs(a.end, conj) {
			return q, 0, false
		}
		if b, ok = s.amount2(a.end + 1); !ok || !joinRange(&a, &b) {
			return q, 0, false
		}
		h, rng = hNone, hBetween
	default:
		if a, ok = s.amount(j); !ok {
			return q, 0, false
		}
		if (a.vague || a.decade) && h != hNone {
			return q, 0, false
		}
		if !a.vague && !a.decade {
			var orH hedge
			var bad bool
			b, orH, rng, bad = s.rangeTail(&a)
			if bad {
				return q, 0, false
			}
			if orH != hNone && (h == hNone || h == hAbout) {
				h = orH // "about five hundred or more" is at least
			}
			if rng != hNone && h != hAbout {
				h = hNone // "up to 3-5" is the range
			}
		}
	}
	last := a
	if rng != hNone {
		last = b
	}
	k := last.end

	// A time unit makes a duration: "three-year", "four-year-long", "two years".
	dur := ""
	if a.cur == "" && !a.pct {
		switch {
		case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.flag(k+1, fTime):
			dur = s.lex(k + 1).code
			k += 2
			if s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.flag(k+1, fTimeSuffix) {
				k += 2
			}
		case s.at(k).space && s.flag(k, fTime):
			dur = s.lex(k).code
			k++
		case a.vague && s.spacedIs(k, "of") && s.flag(k+1, fTime):
			dur = s.lex(k + 1).code
			k += 2
		}
		if dur != "" && s.spacedIs(k, "ago") {
			k++
			if h == hNone && rng == hNone {
				h = hAgo
			}
		}
	}

	q.Pos, q.End = s.at(i).pos, s.at(k-1).end
	q.Currency = a.cur
	switch {
	case a.cur != "":
		q.Kind = Money
	case a.pct || a.share:
		q.Kind = Percent
		q.Unit = a.unit
	case a.decade:
		q.Kind = Year
	case dur != "":
		q.Kind = Duration
		q.Unit = dur
	case h == hNone && a.year && (rng == hNone || b.year) && s.yearContext(i, k):
		q.Kind = Year
	case a.year && rng == hNone && (!s.pluralNoun(k) || yearLevel(s.str(k))) && !(s.spacedIs(k, "of") && s.pluralNoun(k+1)):
		// "circa 1850", "around 2015" are years give or take one; "below
		// 2019 levels", "up to 2030" compare with a year and are no amount.
		if h != hAbout {
			return q, 0, false
		}
		q.Kind = Year
	default:
		q.Kind = Number
	}

	switch {
	case a.vague:
		q.Vague = true
		q.Hedge = a.phrase
		q.Interval = Interval{Low: a.lo, High: a.hi}
		q.Value = (a.lo + a.hi) / 2
	case a.decade:
		q.Hedge = hRange.String()
		q.Interval = Interval{Low: a.val, High: a.val + 9}
		q.Value = a.val + 4.5
	case rng != hNone:
		q.Hedge = rng.String()
		q.Interval = Interval{Low: a.val, High: b.val}
		q.Value = (a.val + b.val) / 2
		if dur != "" && b.whole {
			q.Interval.High, q.Interval.HighOpen = b.val+1, true
		}
		if h == hAbout {
			q.Hedge = h.String()
			q.Interval = aboutRange(a.val, q.Interval.High, AboutFraction)
		}
	case q.Kind == Year && h == hAbout:
		q.Hedge = h.String()
		q.Value = a.val
		q.Interval = Interval{Low: a.val - 1, High: a.val + 1}
	default:
		q.Hedge = h.String()
		q.Value = a.val
		q.Interval = interval(h, a.val, dur != "" && a.whole)
	}
	if h == hAgo && !a.vague {
		q.Hedge = h.String() // a vague "several years ago" keeps its phrase
	}
	if (h == hMoreThan || h == hAtLeast) && rng == hNone && (s.spacedIs(k, "and") || s.spacedIs(k, "but")) {
		// "above 1000 and below 1500", "at least 20 but no more than 30"
		if h2, j2 := s.hedge(k + 1); (h2 == hFewerThan || h2 == hUpTo) && s.at(k+1).space {
			if c, ok := s.amount2(j2); ok && !c.vague && c.val > a.val && c.cur == a.cur && c.pct == a.pct {
				q.Interval.High, q.Interval.HighOpen = c.val, h2 == hFewerThan
				q.Hedge = hBetween.String()
				q.Value = (a.val + c.val) / 2
				k = c.end
				q.End = s.at(k - 1).end
				last = c
			}
		}
	}
	if a.share && q.Interval.High > 100 {
		q.Interval.High, q.Interval.HighOpen = 100, false // "more than half of" is at most all
	}

	if q.Kind == Number && h == hNone && rng == hNone && a.digits && a.whole && a.scale == 1 && a.unit == "" && s.namedNumber(i) {
		return q, 0, false
	}
	if q.Kind == Number {
		switch {
		case last.unit != "":
			q.Unit = last.unit
		case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.at(k+1).kind == tWord:
			// "a 10-point plan"
			if s.flag(k+1, fFraction) {
				return q, 0, false
			}
			q.Unit = strings.ToLower(s.str(k + 1))
		default:
			q.Unit = s.unit(k, !a.vague && rng == hNone && a.val == 1)
		}
	}
	return q, k, true
}

// yearLevel reports the plural nouns after a year that compare with it:
// "below 2019 levels", "above 2020 prices".
func yearLevel(w string) bool {
	switch strings.ToLower(w) {
	case "levels", "figures", "prices", "rates", "rules", "standards", "highs", "lows", "values", "numbers", "terms":
		return true
	}
	return false
}

// namedNumber reports whether the bare integer at token i follows a
// capitalised word that is not the start of a sentence and is not followed
// by a counted noun: "Boeing 737", "Windows 11", "FTSE 100", "Area 51".
func (s *scanner) namedNumber(i int) bool {
	p := s.at(i - 1)
	if i == 0 || !s.at(i).space || p.kind != tWord || !p.caps || s.flag(i-1, fStop|fPrep|fMonth|fTime) || s.flag(i-1, fHedge) {
		return false
	}
	if i < 2 || s.at(i-2).kind == tPunct && strings.ContainsRune(".!?:;\"“”'‘’(", s.at(i-2).r) {
		return false // a capital that starts a sentence: "Officials 7" is not a name
	}
	return !s.pluralNoun(i+1) && !s.spacedIs(i+1, "of") && !s.at(i+1).caps
}

// leftOK reports whether digits at token i may start an amount: not glued
// to a word ("G7") nor to a word or number through "-", "/", ":" or "."
// ("F-16", "COVID-19", "8/15", "10:30", "1.2.3"), nor named ("Article 5",
// "No. 5"), nor a day of the month ("August 18", "Aug. 18").
func (s *scanner) leftOK(i int) bool {
	t := s.at(i)
	if t.space && i > 0 && s.at(i-1).kind == tNum && !s.at(i-1).sep && !t.sep && !s.second {
		return false // inside a run of digit groups: "+254 712 345 678"
	}
	if !t.space && i > 0 {
		p := s.at(i - 1)
		switch {
		case p.kind == tWord:
			return false
		case p.kind == tPunct:
			switch p.r {
			case '#', '_', '@', '%', '&', '=':
				return false
			case '-', '/', ':', '.', '‐', '‑', '–', '\\':
				if i >= 2 && !p.space {
					pp := s.at(i - 2)
					if pp.kind == tNum || pp.kind == tWord && !s.is(i-2, "mid") && !s.is(i-2, "pre") && !s.is(i-2, "post") {
						return false
					}
				}
			}
		}
	}
	if t.space {
		// The word before, or an abbreviation and its dot: "Aug. 18", "No. 5".
		p, dotted := i-1, false
		if s.punct(p, '.') && s.glued(p) {
			p, dotted = i-2, true
		}
		abbr := !dotted || s.at(p).end-s.at(p).pos <= 4
		if s.flag(p, fLabel) && abbr && (dotted || !s.is(p, "no")) {
			return false
		}
		if s.dayNumber(i) && abbr && s.at(p).caps && s.flag(p, fMonth) {
			return false
		}
	}
	if s.dayNumber(i) && s.at(i+1).space && s.at(i+1).caps && s.flag(i+1, fMonth) {
		return false
	}
	return true
}

func (s *scanner) dayNumber(i int) bool {
	t := s.at(i)
	return t.kind == tNum && !t.sep && !t.frac && t.end-t.pos <= 2 && t.val >= 1 && t.val <= 31
}

// yearContext decides between a year and a count for four bare digits at
// token i, the amount ending before token k.
func (s *scanner) yearContext(i, k int) bool {
	if s.flag(i-1, fPrep) || s.flag(i-1, fMonth) || s.punct(i-1, ',') && s.dayNumber(i-2) {
		return true
	}
	return !s.pluralNoun(k)
}

func (s *scanner) hedge(i int) (hedge, int) {
	t := s.at(i)
	if t.kind == tPunct {
		return s.symbolHedgeAt(i)
	}
	if t.kind != tWord || lexWords[t.w].flags&fHedge == 0 {
		return hNone, i
	}
	best, end := hNone, i
	for _, pi := range hedgeIndex[t.w] {
		p := hedgePhrases[pi]
		k := i
		for n, w := range p.words {
			// hedgeIndex already matched an ASCII first word.
			if n == 0 && t.ascii {
				k++
				continue
			}
			if (n > 0 && !s.at(k).space) || !s.is(k, w) {
				k = -1
				break
			}
			k++
		}
		if k > end {
			best, end = p.h, k
		}
	}
	if best != hNone && s.punct(end, '.') && s.glued(end) && s.is(end-1, "approx") {
		end++ // "approx. 300"
	}
	return best, end
}

// symbolHedge is the bound a comparison sign before a figure sets.
func symbolHedge(r rune) hedge {
	switch r {
	case '>':
		return hMoreThan
	case '<':
		return hFewerThan
	case '≥':
		return hAtLeast
	case '≤':
		return hUpTo
	case '~', '≈':
		return hAbout
	}
	return hNone
}

// symbolHedgeAt reads ">10", "> 10", ">= 30", "≤ 5", "~20%" at token i.
func (s *scanner) symbolHedgeAt(i int) (hedge, int) {
	h := symbolHedge(s.at(i).r)
	if h == hNone || !s.at(i).space && !s.punct(i-1, '(') {
		return hNone, i
	}
	j := i + 1
	if (h == hMoreThan || h == hFewerThan) && s.punct(j, '=') && s.glued(j) {
		h = hAtLeast
		if s.at(i).r == '<' {
			h = hUpTo
		}
		j++
	}
	if s.at(j).kind != tNum && !(s.at(j).kind == tPunct && currencySymbol(s.at(j).r) != "") && !s.signAt(j) {
		return hNone, i
	}
	return h, j
}

// rangeTail reads what may follow a first amount a: "-5", "–5", " to 5",
// " or 4", " or more", "+", "-plus". It returns the second amount and the
// range hedge, or a bound hedge for "or more". bad reports digits joined by
// a hyphen that make no range ("555-0123", "978-3"): an identifier, a phone
// number or a score, of which no part is a quantity.
func (s *scanner) rangeTail(a *amount) (b amount, h, rng hedge, bad bool) {
	k := a.end
	var ok bool
	switch {
	case s.punct(k, '+') && s.glued(k) && !(s.glued(k+1) && s.at(k+1).kind == tNum):
		a.end = k + 1 // "50+"
		return b, hAtLeast, hNone, false
	case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.is(k+1, "plus"):
		a.end = k + 2 // "50-plus"
		return b, hAtLeast, hNone, false
	case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && (s.at(k+1).kind == tNum || a.cur != "" && currencySymbol(s.at(k+1).r) != "" && s.glued(k+2)),
		s.punct(k, '–') && s.at(k+1).kind != tWord:
		glued := s.punct(k, '-')
		b, ok = s.amount2(k + 1)
		if ok && (s.punct(b.end, '-') || s.punct(b.end, '/')) && s.glued(b.end) {
			return b, hNone, hNone, glued // a date, 2022-02-24, or an identifier
		}
		if ok && a.year && b.digits && b.end == b.start+1 && s.at(b.start).end-s.at(b.start).pos == 2 {
			// "2022-23": the second year is written with two digits.
			b.val += math.Floor(a.val/100) * 100
			b.year = true
		}
		if ok && joinRange(a, &b) {
			return b, hNone, hRange, false
		}
		return b, hNone, hNone, glued && a.digits
	case s.punct(k, '-') && s.at(k).space && s.at(k+1).space && s.at(k+1).kind == tNum && a.digits:
		// "1000 - 5000", as some wires space their ranges
		b, ok = s.amount2(k + 1)
	case s.spacedIs(k, "through") || s.spacedIs(k, "thru"):
		b, ok = s.amount2(k + 1)
	case s.spacedIs(k, "to"):
		// After a "from" that did not make a range, "to" joins two values,
		// and "rose by 3 points to 5%" is a change and a level.
		if s.is(a.start-1, "from") || s.is(a.start-1, "by") || s.flag(a.start-1, fChange) {
			return b, hNone, hNone, false // "rose 0.8% to 4,604"
		}
		b, ok = s.amount2(k + 1)
	case s.spacedIs(k, "or") && s.spacedIs(k+1, "so"):
		a.end = k + 2 // "50 or so"
		return b, hAbout, hNone, false
	case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.is(k+1, "odd"):
		a.end = k + 2 // "100-odd"
		return b, hJustOver, hNone, false
	case s.spacedIs(k, "or"):
		if !s.spacedIs(k+2, "than") {
			switch {
			case s.spacedIs(k+1, "more"), s.spacedIs(k+1, "greater"), s.spacedIs(k+1, "above"), s.spacedIs(k+1, "higher"), s.spacedIs(k+1, "over"):
				a.end = k + 2
				return b, hAtLeast, hNone, false
			case s.spacedIs(k+1, "fewer"), s.spacedIs(k+1, "less"), s.spacedIs(k+1, "below"), s.spacedIs(k+1, "lower"), s.spacedIs(k+1, "under"):
				a.end = k + 2
				return b, hUpTo, hNone, false
			}
		}
		b, ok = s.amount2(k + 1)
	}
	if ok && joinRange(a, &b) {
		return b, hNone, hRange, false
	}
	return b, hNone, hNone, false
}

// joinRange lets each end of a range lend the other its scale, currency and
// percent sign ("20-25%", "$3-5 billion", "between 3 and 5 million"), and
// reports whether the two make a range.
func joinRange(a, b *amount) bool {
	if b.vague || a.vague || a.cur != "" && b.cur != "" && a.cur != b.cur {
		return false
	}
	if a.pct && b.cur != "" || b.pct && a.cur != "" || a.share || b.share || a.decade || b.decade {
		return false // "rose 8% to $13 billion" is a change and a level
	}
	if a.unit != b.unit && (a.pct && b.pct || a.unit != "" && b.unit != "") {
		return false // "3 percentage points to 5.25%"
	}

	// Work on copies: a rejected range must leave both figures as written
	// ("rose 12% to 3.4 million" is not 12 million per cent).
	x, y := *a, *b
	if x.scale == 1 && y.scale != 1 {
		x.val = tidy(x.val * y.scale)
		x.scale = y.scale
		x.whole = x.val == math.Trunc(x.val)
	}
	if x.cur == "" {
		x.cur = y.cur
	}
	y.cur = x.cur
	if x.pct || y.pct {
		x.pct, y.pct = true, true
	}
	if x.unit == "" {
		x.unit = y.unit
	}
	if y.val <= x.val {
		if !(x.val < 0 && y.val < x.val) {
			return false
		}
		x.val, y.val = y.val, x.val // "-10 to -15 degrees" is [-15, -10]
	}
	*a, *b = x, y
	return true
}

func currencySymbol(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '€':
		return "EUR"
	case '£':
		return "GBP"
	case '¥':
		return "JPY"
	case '₹':
		return "INR"
	case '₽':
		return "RUB"
	case '₴':
		return "UAH"
	case '₩':
		return "KRW"
	case '₪':
		return "ILS"
	case '₦':
		return "NGN"
	case '₺':
		return "TRY"
	case '฿':
		return "THB"
	case '₱':
		return "PHP"
	case '₫':
		return "VND"
	case '₾':
		return "GEL"
	case '₡':
		return "CRC"
	case '₸':
		return "KZT"
	case '元':
		return "CNY"
	}
	return ""
}

// prefixDollars are the letters glued before "$" that name another dollar.
var prefixDollars = map[string]string{"US": "USD", "CDN": "CAD", "R": "BRL", "Mex": "MXN", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "NT": "TWD"}

// currencyPrefix reads "$", "US$", "€", "USD " before digits.
func (s *scanner) currencyPrefix(k int) (string, int) {
	t := s.at(k)
	switch t.kind {
	case tPunct:
		if c := currencySymbol(t.r); c != "" && s.at(k+1).kind == tNum {
			return c, k + 1
		}
	case tWord:
		if t.caps && s.punct(k+1, '$') && s.at(k+2).kind == tNum && (s.glued(k+1) || t.end-t.pos == 2 && isUpper(s.str(k))) {
			// "US$5", "C$10", and with a space only after two capitals: "US $5", "HK $10"
			if c, ok := prefixDollars[s.str(k)]; ok {
				return c, k + 2
			}
		}
		if !t.caps && s.punct(k+1, '$') && s.at(k+2).kind == tNum && s.at(k+1).space && s.at(k+2).space {
			// Lower-cased copy, as some archives keep it: "c $ 16.4 million", "hk $ 10".
			switch s.str(k) {
			case "c", "hk", "nz", "us", "cdn":
				return prefixDollars[toUpperASCII(s.str(k))], k + 2
			}
		}
		if s.flag(k, fCode) && (isUpper(s.str(k)) || lowerCodeOK(s.str(k))) && s.at(k+1).kind == tNum && s.at(k+1).space {
			return s.lex(k).code, k + 1
		}
		if s.str(k) == "Rs" {
			// "Rs 500", "Rs. 500", "Rs500"
			n := k + 1
			if s.punct(n, '.') && s.glued(n) {
				n++
			}
			if s.at(n).kind == tNum {
				return "INR", n
			}
		}
	}
	return "", k
}

// lowerCodeOK reports the currency codes still money when written in lower
// case ("40 rmb", "usd 20"); the others are words too ("try", "rub").
func lowerCodeOK(w string) bool {
	switch w {
	case "usd", "eur", "gbp", "rmb", "cny", "jpy", "inr", "chf", "uah", "btc":
		return true
	}
	return false
}

func isUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !('A' <= w[i] && w[i] <= 'Z') {
			return false
		}
	}
	return true
}

// amount2 reads the second amount of a range.
func (s *scanner) amount2(j int) (amount, bool) {
	s.second = true
	defer func() { s.second = false }()
	return s.amount(j)
}

func (s *scanner) amount(j int) (a amount, ok bool) {
	if s.decadeAt(j) {
		return s.apostropheDecade(j), true
	}
	sign, k := s.sign(j)
	cur, k := s.currencyPrefix(k)
	if a, ok = s.numeral(k); !ok {
		return a, false
	}
	if cur != "" && !a.digits || sign < 0 && (a.vague || a.decade || a.share) {
		return a, false
	}
	a.start = j
	if cur != "" {
		a.cur = cur
	}
	if sign < 0 {
		a.val, a.year = -a.val, false
	}
	k = a.end
	if a.fraction && s.spacedIs(k, "of") && s.at(k+1).space {
		// "a quarter of a million" is an amount; "a quarter of the land" a share.
		if (s.is(k+1, "a") || s.is(k+1, "an")) && s.at(k+2).space && !s.is(k+2, "dozens") {
			if sc, ok := s.spacedScale(k + 2); ok {
				a.scaleBy(sc)
				a.fraction = false
				a.end = k + 3
				if c, f, k2 := s.currencySuffix(a.end); c != "" && cur == "" {
					a.cur, a.val, a.end = c, tidy(a.val*f), k2 // "a quarter of a million dollars"
				}
				return a, true
			}
			// "a quarter of a percentage point", "7/16 of an inch": a
			// fraction of a unit, not a share of something.
			a.fraction = false
			if s.is(k+2, "percentage") || s.is(k+2, "percent") {
				k += 2
			}
		} else if cur == "" {
			a.share, a.val = true, tidy(a.val*100)
			return a, true
		}
	}
	if a.vague {
		// "millions of dollars", "several million dollars"
		if s.spacedIs(k, "of") && s.flag(k+1, fCurrency) && s.at(k+1).space {
			a.cur = s.lex(k + 1).code
			a.end = k + 2
		} else if c, f, k2 := s.currencySuffix(k); c != "" && f == 1 {
			a.cur, a.end = c, k2
		}
		return a, true
	}
	if a.decade || a.share {
		return a, true
	}
	if a.digits && a.scale == 1 && s.at(k).space {
		if sc, ok := s.spacedScale(k); ok {
			a.scaleBy(sc)
			k++
		}
	} else if a.digits && a.scale == 1 && s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.flag(k+1, fScaleSpaced) && s.flag(k+1, fNum) {
		// "a $5-million fund"
		a.scaleBy(s.lex(k + 1).val)
		k += 2
	}
	if a.cur == "" && a.scale == 1 && a.whole && s.spacedIs(k, "over") && math.Abs(a.val) >= 1 {
		// "one over three": a fraction, when nothing is counted after it
		if d, ok := s.amount2(k + 1); ok && d.whole && !d.vague && !d.year && d.cur == "" && !d.pct && d.scale == 1 && d.val > math.Abs(a.val) &&
			(s.at(d.end).kind == tEOF || s.at(d.end).kind == tPunct && s.at(d.end).r != '-') {
			a.val, a.whole, a.year, a.end = a.val/d.val, false, false, d.end
			return a, true
		}
	}
	if a.cur == "" && a.scale == 1 && a.whole && sign > 0 && !s.second {
		if b, k2, ok := s.ratio(k, a.val); ok {
			a.val, a.pct, a.share, a.whole, a.year, a.end = b, true, true, b == math.Trunc(b), false, k2
			return a, true
		}
	}
	if c, f, k2 := s.currencySuffix(k); c != "" && (a.cur == "" || a.cur == c && f == 1) {
		a.cur, k = c, k2 // "$10 dollars" is still ten dollars
		a.val = tidy(a.val * f)
	}
	if a.cur != "" && a.scale == 1 && a.whole {
		// "15 dollars and 99 cents", "2 euros 50 cents"
		n := k
		if s.spacedIs(n, "and") {
			n++
		}
		if s.at(n).space && (s.at(n).kind == tNum || s.lex(n).num == nDigit || s.lex(n).num == nTeen || s.lex(n).num == nTens) {
			if c, ok := s.numeral(n); ok && c.whole && !c.vague && c.scale == 1 && c.val < 100 && c.cur == "" {
				switch {
				case s.at(c.end).space && s.lex(c.end).val == 0.01 && s.flag(c.end, fCurrency):
					a.val = tidy(a.val + c.val/100)
					a.whole = false
					k = c.end + 1
				case n == k && !c.digits && (s.at(c.end).kind == tEOF || s.punct(c.end, '.') || s.punct(c.end, ',')) && s.at(k-1).kind == tWord:
					// "thirteen dollars forty five", as people say prices
					a.val = tidy(a.val + c.val/100)
					a.whole = false
					k = c.end
				}
			}
		}
	}
	if a.cur == "" {
		switch {
		case s.punct(k, '%') || s.punct(k, '٪'):
			if n := s.at(k + 1); !n.space && (n.kind == tNum || n.kind == tWord) {
				return a, false // "%2D9114%29": an escaped URL
			}
			a.pct = true
			k++
		case s.spacedIs(k, "percents"), s.spacedIs(k, "percentage") && !s.spacedIs(k+1, "of") && !s.spacedIs(k+1, "points") && !s.spacedIs(k+1, "point"):
			a.pct = true
			k++
		case s.spacedIs(k, "percent"), s.spacedIs(k, "pct"):
			a.pct = true
			k++
		case s.spacedIs(k, "per") && s.spacedIs(k+1, "cent"):
			a.pct = true
			k += 2
		case s.spacedIs(k, "pp"), s.spacedIs(k, "ppt"), s.spacedIs(k, "ppts"):
			a.pct = true
			a.unit = PercentagePoints
			k++
		case s.spacedIs(k, "percentage") && (s.spacedIs(k+1, "points") || s.spacedIs(k+1, "point")):
			a.pct = true
			a.unit = PercentagePoints
			k += 2
		}
	}
	a.end = k
	a.year = a.year && a.scale == 1 && a.cur == "" && !a.pct
	return a, true
}

// sign reads a minus or plus before an amount: "-5", "−5", "+3%", "minus
// 5", "negative 5". It returns -1 or 1 and the index after the sign.
func (s *scanner) sign(j int) (float64, int) {
	switch {
	case s.signAt(j):
		if s.at(j).r == '+' {
			return 1, j + 1
		}
		return -1, j + 1
	case s.flag(j, fSign) && s.at(j+1).space && (s.at(j+1).kind == tNum || s.lex(j+1).num != nNone && s.lex(j+1).num != nA) &&
		s.at(j-1).kind != tNum && s.lex(j-1).num == nNone:
		// "minus 5", but not the subtraction "ten minus 5".
		return -1, j + 1
	}
	return 1, j
}

// signAt reports whether token i is a minus or plus sign written before an
// amount: glued to the digits or currency symbol after it and not to what
// comes before ("fell -3%", "(−5)", "-$2bn"; not "F-16", not "3-5").
func (s *scanner) signAt(i int) bool {
	t := s.at(i)
	if t.kind != tPunct || t.r != '-' && t.r != '−' && t.r != '+' {
		return false
	}
	n := s.at(i + 1)
	if n.space || n.kind != tNum && !(n.kind == tPunct && currencySymbol(n.r) != "") {
		return false
	}
	return t.space || s.punct(i-1, '(') || s.punct(i-1, '[')
}

// decadeAt reports whether an apostrophe at token i begins a decade:
// "the '90s".
func (s *scanner) decadeAt(i int) bool {
	t := s.at(i)
	if t.kind != tPunct || t.r != '\'' && t.r != '’' || !t.space {
		return false
	}
	n := s.at(i + 1)
	return n.kind == tNum && !n.space && n.end-n.pos == 2 && int(n.val)%10 == 0 && !n.frac &&
		s.glued(i+2) && s.str(i+2) == "s" && !(s.glued(i+3) && s.at(i+3).kind != tPunct)
}

// apostropheDecade reads "'90s" at token i; "'00s" to "'20s" are this
// century's.
func (s *scanner) apostropheDecade(i int) amount {
	v := s.at(i+1).val + 1900
	if v < 1930 {
		v += 100
	}
	return amount{start: i, end: i + 3, val: v, scale: 1, digits: true, decade: true}
}

// spacedScale reads a scale word after spaced digits: "1.5 million", "5
// hundred", "3 dozen".
func (s *scanner) spacedScale(k int) (float64, bool) {
	w := s.lex(k)
	switch {
	case w.flags&fScaleSpaced != 0, w.num == nHundred, w.num == nDozen:
		return w.val, true
	case s.is(k, "dozens"):
		return 12, true
	}
	return 0, false
}

// ratio reads the rest of "one in five", "1 in 5", "nine out of 10", "one
// in every four" after a first figure n ending before token k, and returns
// it as a percentage. The second figure is larger, not a year and not
// followed by a time unit ("2 in 10 days" is not a ratio).
func (s *scanner) ratio(k int, n float64) (float64, int, bool) {
	j := k
	switch {
	case s.spacedIs(j, "in"):
		j++
	case s.spacedIs(j, "out") && s.spacedIs(j+1, "of"):
		j += 2
	default:
		return 0, k, false
	}
	every := s.spacedIs(j, "every")
	if every {
		j++
	}
	if !s.at(j).space {
		return 0, k, false
	}
	var d amount
	var ok bool
	switch t := s.at(j); {
	case t.kind == tNum:
		d, ok = s.amount2(j)
	case s.lex(j).num == nDigit || s.lex(j).num == nTeen || s.lex(j).num == nTens || s.lex(j).num == nHundred:
		d, ok = s.words(j)
	}
	if !ok || d.vague || d.cur != "" || d.pct || !d.whole || d.val < 2 || d.val <= n || d.year && !every && s.is(k, "in") {
		return 0, k, false
	}
	if d.end < len(s.toks) && s.at(d.end).space && s.flag(d.end, fTime) {
		return 0, k, false
	}
	return tidy(100 * n / d.val), d.end, true
}

// currencySuffix reads "dollars", "U.S. dollars", "Canadian dollars",
// "euros", "USD", "cents" after an amount, and returns the ISO 4217 code, the
// factor that turns the amount into whole units (0.01 for cents and pence)
// and the index after the words. "pounds of" is a weight, not money.
func (s *scanner) currencySuffix(k int) (string, float64, int) {
	if s.at(k).space && s.flag(k, fCode) && (isUpper(s.str(k)) || lowerCodeOK(s.str(k))) {
		return s.lex(k).code, 1, k + 1 // "20 USD", "40 rmb"
	}
	if t := s.at(k); t.kind == tPunct && currencySymbol(t.r) != "" && !(s.at(k+1).kind == tNum || currencySymbol(s.at(k+1).r) != "") {
		return currencySymbol(t.r), 1, k + 1 // "10 €", "100£"
	}
	c := k
	if s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.flag(k+1, fCurrency) && !s.is(k+1, "pound") && !s.is(k+1, "pounds") {
		c = k + 1 // "a billion-dollar deal", "a 12-cent dividend"
	} else if !s.at(k).space {
		return "", 1, k
	}
	if s.at(k).kind == tWord && s.lex(k).flags&fCurrency == 0 {
		// "Canadian dollars", "Hong Kong dollars", "U.S. dollars", "US dollars"
		if code, k2 := s.nation(k); code != "" {
			if w := s.lex(k2); s.at(k2).space && (w.flags&fCurrency != 0 && w.val == 0 || nationOnlyCurrency(s.str(k2)) && !s.pluralNoun(k2+1) && !(s.at(k2+1).kind == tWord && !s.flag(k2+1, fStop))) {
				return code, 1, k2 + 1 // not "Brazilian real estate", "South Korean won medals"
			}
		}
		if k2 := s.skipAbbrev(k); s.at(k).caps && s.lex(k2).code == "USD" && s.lex(k2).val == 0 {
			c = k2
		}
	}
	if c == k && !s.at(c).space || !s.flag(c, fCurrency) || c > k+1 && !s.at(k).caps {
		return "", 1, k
	}
	if (s.is(c, "pounds") || s.is(c, "pound")) && s.spacedIs(c+1, "of") {
		return "", 1, k
	}
	w := s.lex(c)
	if w.val != 0 {
		return w.code, w.val, c + 1
	}
	if s.spacedIs(c+1, "cents") || s.spacedIs(c+1, "cent") {
		return w.code, 0.01, c + 2 // "20 euro cents"
	}
	return w.code, 1, c + 1
}

// nationOnlyCurrency reports the currency words that are other words too
// ("won", "real") and are money only after a nation: "South Korean won".
func nationOnlyCurrency(w string) bool {
	switch strings.ToLower(w) {
	case "won", "dong", "real", "koruna", "rial", "rials", "leu", "lei", "lev", "kuna", "tenge", "som", "manat", "dinar", "dinars",
		"mark", "marks", "punt", "punts":
		return true
	}
	return false
}

// nation reads a nation's adjective of one or two capitalised words at k
// ("Canadian", "Hong Kong", "South African") and returns its currency.
func (s *scanner) nation(k int) (string, int) {
	if t := s.at(k); t.kind != tWord || t.ascii && lexWords[t.w].flags&fNation == 0 {
		return "", k
	}
	var buf [40]byte
	key := buf[:0]
	for n := 0; n < 2; n++ {
		t := s.at(k + n)
		if t.kind != tWord || n > 0 && !t.space || len(key)+t.end-t.pos+1 > len(buf) {
			break
		}
		if n > 0 {
			key = append(key, ' ')
		}
		for i := t.pos; i < t.end; i++ {
			key = append(key, s.text[i]|0x20)
		}
		if code, ok := nationCurrencies[string(key)]; ok {
			return code, k + n + 1
		}
	}
	return "", k
}

// nationCurrencies maps a nation's adjective to the ISO 4217 code of its
// currency, for "Canadian dollars", "Swiss francs", "Pakistani rupees".
var nationCurrencies = map[string]string{
	"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "new zealand": "NZD",
	"hong kong": "HKD", "singapore": "SGD", "singaporean": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
	"new taiwan": "TWD", "swiss": "CHF", "japanese": "JPY", "chinese": "CNY", "indian": "INR",
	"pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "bangladeshi": "BDT",
	"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP", "colombian": "COP",
	"philippine": "PHP", "brazilian": "BRL", "south african": "ZAR", "turkish": "TRY", "russian": "RUB",
	"ukrainian": "UAH", "belarusian": "BYN", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK",
	"icelandic": "ISK", "polish": "PLN", "czech": "CZK", "hungarian": "HUF", "romanian": "RON",
	"bulgarian": "BGN", "serbian": "RSD", "israeli": "ILS", "nigerian": "NGN", "kenyan": "KES",
	"ugandan": "UGX", "tanzanian": "TZS", "ghanaian": "GHS", "egyptian": "EGP", "british": "GBP",
	"sterling": "GBP", "saudi": "SAR", "qatari": "QAR", "emirati": "AED", "uae": "AED",
	"kuwaiti": "KWD", "iraqi": "IQD", "iranian": "IRR", "jordanian": "JOD", "lebanese": "LBP",
	"syrian": "SYP", "south korean": "KRW", "korean": "KRW", "north korean": "KPW", "thai": "THB",
	"vietnamese": "VND", "indonesian": "IDR", "malaysian": "MYR", "kazakh": "KZT", "georgian": "GEL",
	"moldovan": "MDL", "jamaican": "JMD", "zimbabwean": "ZWL", "ethiopian": "ETB", "moroccan": "MAD",
	"algerian": "DZD", "tunisian": "TND", "libyan": "LYD", "venezuelan": "VES", "peruvian": "PEN",
	"uruguayan": "UYU", "cuban": "CUP", "fijian": "FJD",
	// Currencies the euro replaced, as older archives name them.
	"german": "DEM", "deutsche": "DEM", "west german": "DEM", "french": "FRF", "italian": "ITL",
	"dutch": "NLG", "belgian": "BEF", "spanish": "ESP", "portuguese": "PTE", "greek": "GRD",
	"austrian": "ATS", "finnish": "FIM", "irish": "IEP",
}

// skipAbbrev returns the index after a capitalised word or an abbreviation
// such as "U.S." that starts at token k.
func (s *scanner) skipAbbrev(k int) int {
	n := k + 1
	if s.at(k).end-s.at(k).pos > 2 {
		return n // "Ukrainians." ends a sentence
	}
	for s.punct(n, '.') && s.glued(n) {
		n++
		if s.at(n).kind == tWord && s.glued(n) && s.at(n).end-s.at(n).pos <= 2 {
			n++
			continue
		}
		break
	}
	return n
}

func (s *scanner) numeral(k int) (a amount, ok bool) {
	t := s.at(k)
	switch t.kind {
	case tNum:
		return s.digits(k)
	case tWord:
		w := &lexWords[t.w]
		switch {
		case w.flags&fVague != 0, w.num == nA && s.spacedIs(k+1, "few"):
			return s.vague(k)
		case s.is(k, "half"):
			return s.half(k)
		case s.is(k, "quarter") && s.at(k+1).space && s.flag(k+1, fScaleSpaced) && s.flag(k+1, fNum):
			v := s.lex(k + 1).val
			return amount{start: k, end: k + 2, scale: v, val: v / 4, whole: true}, true // "quarter million"
		case w.num != nNone && w.num != nFrac:
			return s.words(k)
		}
	}
	return a, false
}

func (s *scanner) digits(k int) (a amount, ok bool) {
	t := s.at(k)
	if t.end-t.pos > 40 {
		return a, false // an identifier, and it would overflow
	}
	if !s.second && !s.leftOK(k) {
		return a, false
	}
	if t.end-t.pos > 1 && s.text[t.pos] == '0' && isDigit(s.text[t.pos+1]) {
		return a, false // "007", "020 7946 0958": a code, not an amount
	}
	if s.punct(k-1, '(') && s.punct(k+1, ')') && s.glued(k+1) && s.at(k+2).kind == tNum && s.at(k+2).space {
		return a, false // "(202) 555-0143"
	}
	a = amount{start: k, end: k + 1, val: t.val, scale: 1, digits: true}
	a.whole = !t.frac
	a.year = t.end-t.pos == 4 && !t.sep && !t.frac && t.val >= 1000 && t.val <= 2100
	n := s.at(k + 1)
	if !n.space {
		switch n.kind {
		case tWord:
			w := s.lex(k + 1)
			switch {
			case w.flags&fScaleGlued != 0 && !s.gluedScaleOK(k):
				if s.str(k+1) != "m" {
					return a, false // "4K video", "221B Baker Street", "clade 1b"
				}
				a.unit = "m" // "the 100m sprint", "1.85m tall": metres
				a.end++
			case w.flags&fScaleGlued != 0:
				a.scaleBy(w.val)
				a.end++
			case w.flags&fMeasure != 0:
				a.unit = strings.ToLower(s.str(k + 1))
				a.end++
			case s.is(k+1, "pc") || s.is(k+1, "pct"):
				a.pct = true // "20pc", as British papers write it
				a.end++
			case s.str(k+1) == "p" && !t.frac:
				if t.val >= 1000 {
					return a, false // "1080p" is a screen, not pence
				}
				a.cur, a.val, a.whole = "GBP", tidy(t.val/100), false // "95p"
				a.end++
			case s.is(k+1, "pp") || s.is(k+1, "ppt") || s.is(k+1, "ppts"):
				a.pct, a.unit = true, PercentagePoints // "2pp"
				a.end++
			case a.year && int(t.val)%10 == 0 && s.str(k+1) == "s":
				a.decade, a.year = true, false // "the 1990s"
				a.end++
			default:
				return a, false // 21st, 5pm, 3D
			}
			if nn := s.at(a.end); !nn.space && (nn.kind == tWord || nn.kind == tNum) {
				return a, false
			}
		case tPunct:
			switch n.r {
			case '/':
				if s.at(k+2).kind == tNum && s.glued(k+2) {
					return s.slashFraction(k, 0)
				}
			case ':', '.':
				if s.at(k+2).kind == tNum && s.glued(k+2) {
					return a, false // 10:30, 1.2.3
				}
			case '-':
				if s.at(k+2).kind == tNum && s.glued(k+2) && s.glued(k+3) && (s.punct(k+3, '-') || s.punct(k+3, '/')) {
					return a, false // 2022-02-24
				}
			default:
				if f := vulgarFraction(n.r); f > 0 && a.whole && !t.sep {
					a.val += f // "2½"
					a.whole = false
					a.year = false
					a.end++
				}
			}
		}
	} else if n.kind == tNum && a.whole && !t.sep {
		// "2 1/4" is two and a quarter; other digits after digits are a
		// phone number or a code: "+1 202 555 0143".
		if s.punct(k+2, '/') && s.glued(k+2) && s.at(k+3).kind == tNum && s.glued(k+3) {
			if f, ok := s.slashFraction(k+1, a.val); ok {
				f.start = k
				return f, true
			}
		}
		if g, ok := s.spacedGroups(k); ok {
			return g, true
		}
		return a, false
	}
	// Clock times: "5 p.m.", "5 pm", "5 o'clock".
	if n.space && (s.flag(k+1, fClock) || (s.is(k+1, "p") || s.is(k+1, "a")) && s.punct(k+2, '.') && s.glued(k+2) && s.is(k+3, "m") && s.glued(k+3)) {
		return a, false
	}
	return a, true
}

// spacedGroups reads thousands separated by spaces, "40 000" or "1 234
// 567": a first group of one to three digits, then groups of exactly three.
// Anything else spaced between digits is a phone number or a code.
func (s *scanner) spacedGroups(k int) (amount, bool) {
	first := s.at(k)
	a := amount{start: k, scale: 1, digits: true, whole: true}
	if n := first.end - first.pos; n > 3 || first.frac || s.punct(k-1, '+') || s.punct(k-1, '(') {
		return a, false // "+254 712 345 678" is a phone number
	}
	v := first.val
	j := k + 1
	for ; s.at(j).kind == tNum && s.at(j).space; j++ {
		t := s.at(j)
		whole := strings.IndexByte(s.text[t.pos:t.end], '.')
		if whole < 0 {
			whole = t.end - t.pos
		}
		if t.sep || whole != 3 || !a.whole || j-k >= 5 {
			return a, false
		}
		v = v*1000 + t.val
		a.whole = !t.frac // "1 234 567.89": only the last group has decimals
	}
	if s.glued(j) && (s.at(j).kind == tNum || s.punct(j, '-') || s.punct(j, '/')) {
		return a, false
	}
	a.val, a.end = v, j
	return a, true
}

// gluedScaleOK reports whether the letters glued to the digits at k are a
// scale: always after a currency sign ("£10m", "$5bn") and for the
// abbreviations only scales use ("bn", "mn", "tn"); a single letter only
// before what is counted ("10m people", "10k of them"), or at the end of a
// clause when it is a capital or "k" ("1.2M.", "10k,"). Otherwise "m" is
// metres and "K" or "b" belongs to a name.
func (s *scanner) gluedScaleOK(k int) bool {
	if p := s.at(k - 1); k > 0 && p.kind == tPunct && currencySymbol(p.r) != "" || s.at(k+1).end-s.at(k+1).pos > 1 {
		return true
	}
	n := k + 2
	switch t := s.at(n); {
	case s.pluralNoun(n), s.spacedIs(n, "of"):
		return true
	case t.kind == tNum:
		return false
	}
	l := s.str(k + 1)
	letter := l == "k" || l == "K" || l == "M" || l == "B"
	if t := s.at(n); t.kind == tWord && t.space {
		c, _, _ := s.currencySuffix(n)
		return c != "" || letter && s.flag(n, fStop) && !t.caps // "750K in Uganda"
	}
	return letter
}

// slashFraction reads "1/5" at token k, plus a whole part w ("2 1/4"). A
// slash between figures is a fraction only when the numerator is the smaller
// and the denominator one that fractions use; "8/15", "9/11" and "24/7" are
// dates and names, and nothing is read of them.
func (s *scanner) slashFraction(k int, w float64) (amount, bool) {
	num, den := s.at(k), s.at(k+2)
	a := amount{start: k, end: k + 3, scale: 1, digits: true}
	if num.frac || den.frac || num.sep || den.sep || num.val < 1 || num.val >= den.val ||
		s.glued(k+3) && (s.punct(k+3, '/') || s.punct(k+3, '-') || s.at(k+3).kind == tWord || s.at(k+3).kind == tNum) {
		return a, false
	}
	switch den.val {
	case 2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100:
	default:
		return a, false
	}
	a.val = w + num.val/den.val
	a.fraction = w == 0
	return a, true
}

// vulgarFraction returns the value of a fraction character, or 0.
func vulgarFraction(r rune) float64 {
	switch r {
	case '½':
		return 0.5
	case '¼':
		return 0.25
	case '¾':
		return 0.75
	case '⅓':
		return 1.0 / 3
	case '⅔':
		return 2.0 / 3
	case '⅕':
		return 0.2
	case '⅛':
		return 0.125
	}
	return 0
}

// words reads number words: "seven", "forty-two", "twenty one", "one
// hundred and twenty", "a dozen", "three million".
func (s *scanner) words(k int) (a amount, ok bool) {
	a = amount{start: k, scale: 1, whole: true}
	var total, cur float64
	last := nNone
	lastScale := math.Inf(1)
	end := k
	for j := k; ; {
		w := s.lex(j)
		v := w.val
		switch w.num {
		case nDigit, nTeen:
			if !(last == nNone || last == nHundred || last == nScale || last == nTens && w.num == nDigit && v > 0) {
				goto done
			}
			cur += v
		case nTens:
			if !(last == nNone || last == nHundred || last == nScale) {
				goto done
			}
			cur += v
		case nHundred:
			if last == nNone && s.at(j+1).space && s.flag(j+1, fScaleSpaced) && s.flag(j+1, fNum) {
				cur = 100 // "hundred thousand dollars"
				break
			}
			if !(last == nDigit || last == nTeen || last == nA) || math.Mod(cur, 1000) >= 100 {
				goto done
			}
			cur = math.Max(cur, 1) * 100
			if last == nA {
				cur = 100
			}
		case nDozen:
			if !(last == nDigit || last == nTeen || last == nTens || last == nA) {
				goto done
			}
			if last == nA {
				cur = 1
			}
			cur *= 12
			end = j + 1
			last = nDozen
			goto done
		case nScale:
			if w.flags&fNum == 0 || !(last == nDigit || last == nTeen || last == nTens || last == nHundred || last == nA) || v >= lastScale {
				goto done
			}
			if last == nA {
				cur = 1
			}
			total += cur * v
			cur = 0
			lastScale = v
			a.scale = math.Max(a.scale, v)
		case nA:
			if j > k {
				goto done
			}
		default:
			if s.is(j, "dozens") && (last == nDigit || last == nTeen || last == nTens) {
				cur *= 12 // "three dozens"
				end, last = j+1, nDozen
			}
			goto done
		}
		last = w.num
		end = j + 1
		// The next word: after a space, after a hyphen ("forty-two"), or
		// after "and" that leads to more number words ("a hundred and
		// twenty").
		switch {
		case s.punct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && last == nTens && s.lex(j+2).num == nDigit:
			j += 2
		case s.spacedIs(j+1, "and") && (last == nHundred || last == nScale) &&
			s.at(j+2).space && (s.lex(j+2).num == nDigit || s.lex(j+2).num == nTeen || s.lex(j+2).num == nTens):
			j += 2
		case s.at(j+1).space && s.at(j+1).kind == tWord:
			j++
		default:
			goto done
		}
	}
done:
	if last == nA && end == k+1 {
		return s.aFraction(k)
	}
	if last == nA || last == nNone || end == k {
		return a, false
	}
	a.end = end
	a.val = total + cur
	if last != nDozen {
		s.wordsTail(&a, last, lastScale)
	}
	if a.end == k+1 && s.is(k, "one") {
		// "one of the", "no one", "one another"
		if s.spacedIs(k+1, "of") || s.spacedIs(k+1, "another") || s.spacedIs(k+1, "by") || s.spacedIs(k+1, "after") ||
			s.spacedIs(k+1, "said") || s.spacedIs(k+1, "says") || s.spacedIs(k+1, "told") ||
			s.is(k-1, "only") || s.is(k-1, "not") || s.punct(k-1, '-') && s.is(k-2, "no") ||
			s.is(k-1, "no") || s.is(k-1, "any") ||
			s.is(k-1, "every") || s.is(k-1, "the") || s.is(k-1, "this") || s.is(k-1, "that") || s.is(k-1, "which") || s.is(k-1, "each") {
			return a, false
		}
	}
	return a, true
}

// wordsTail reads what may follow whole number words in a: decimals ("two
// point five"), a fraction ("two thirds", "one-third"), "and a half", and
// then a scale ("one and a half million", "two point five billion").
func (s *scanner) wordsTail(a *amount, last numClass, lastScale float64) {
	k := a.end
	switch {
	case s.spacedIs(k, "point") && s.at(k+1).space:
		if f, end, ok := s.decimalWords(k + 1); ok {
			a.val += f
			a.whole = false
			k = end
		}
	default:
		// "two thirds", "one-third", "a hundred trillionths": the words so
		// far are a numerator.
		if j := s.nextWord(k - 1); j > 0 && s.lex(j).num == nFrac {
			if v, ok := s.fractionOf(a.val, j); ok {
				a.val, a.whole, a.fraction = v, false, v < 1
				a.end = j + 1
				if n := j + 1; a.scale == 1 && s.at(n).space && s.flag(n, fScaleSpaced) && s.flag(n, fNum) {
					a.scale = s.lex(n).val // "three quarters billion"
					a.val = tidy(a.val * a.scale)
					a.whole, a.fraction = a.val == math.Trunc(a.val), false
					a.end = n + 1
				}
				return
			}
		}
	}
	// "one and a half", "three-and-a-half", "two and three quarters".
	if f, end, ok := s.andFractionAt(k); ok {
		if last == nScale && a.scale > 1 {
			a.val += f * lastScale // "a million and a half"
			a.end, a.whole = end, false
			return
		}
		a.val += f
		a.whole = false
		k = end
	}
	a.end = k
	if a.scale == 1 && !a.whole && s.at(k).space && s.flag(k, fScaleSpaced) && s.flag(k, fNum) {
		a.scaleBy(s.lex(k).val)
		a.end = k + 1
	}
}

// nextWord returns the index of the word after token j when a space or a
// glued hyphen separates them, or -1.
func (s *scanner) nextWord(j int) int {
	switch {
	case s.at(j+1).space && s.at(j+1).kind == tWord:
		return j + 1
	case s.punct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && s.at(j+2).kind == tWord:
		return j + 2
	}
	return -1
}

// fractionOf returns n over the fraction word at j: "one third", "two
// thirds", "twenty-three fifths". The numerator one takes the singular,
// others the plural. "quarters" after a numerator other than three, and
// not followed by "of", are periods of a year: "two quarters".
func (s *scanner) fractionOf(n float64, j int) (float64, bool) {
	w := s.lex(j)
	plural := w.flags&fFracPlural != 0
	if n == 0 || plural != (n != 1) {
		return 0, false
	}
	if plural && w.val == 4 && n != 3 && !s.spacedIs(j+1, "of") {
		return 0, false
	}
	return tidy(n / w.val), true
}

// andFraction reads " and a half", " and a quarter", " and three quarters"
// or "-and-a-half" at token k.
func (s *scanner) andFraction(k int) (float64, int, bool) {
	if !s.is(k, "and") {
		return 0, k, false
	}
	hyph := s.punct(k-1, '-') && s.glued(k-1) && s.glued(k)
	if !hyph && !s.at(k).space {
		return 0, k, false
	}
	j := s.nextWord(k)
	if j < 0 {
		return 0, k, false
	}
	var n float64
	switch w := s.lex(j); {
	case w.num == nA || s.is(j, "one"):
		n = 1
	case w.num == nDigit || w.num == nTeen:
		n = w.val
	default:
		return 0, k, false
	}
	f := s.nextWord(j)
	if f < 0 || s.lex(f).num != nFrac {
		return 0, k, false
	}
	v, ok := s.fractionOf(n, f)
	if !ok || v >= 1 {
		return 0, k, false
	}
	return v, f + 1, true
}

// andFractionAt is andFraction for a tail that begins at a glued hyphen:
// "three-and-a-half".
func (s *scanner) andFractionAt(k int) (float64, int, bool) {
	if s.punct(k, '-') && s.glued(k) && s.glued(k+1) {
		return s.andFraction(k + 1)
	}
	return s.andFraction(k)
}

// decimalWords reads the digits of "point five", "point zero three",
// "point seventy-one" from token k and returns them as a fraction.
func (s *scanner) decimalWords(k int) (float64, int, bool) {
	var f, scale float64 = 0, 1
	end := k
	for j := k; ; {
		w := s.lex(j)
		switch w.num {
		case nDigit:
			scale /= 10
			f += w.val * scale
		case nTeen:
			scale /= 100
			f += w.val * scale
		case nTens:
			v := w.val
			if s.punct(j+1, '-') && s.glued(j+1) && s.glued(j+2) && s.lex(j+2).num == nDigit {
				v += s.lex(j + 2).val
				j += 2
			}
			scale /= 100
			f += v * scale
		default:
			return tidy(f), end, end > k
		}
		end = j + 1
		if !s.at(j+1).space || s.at(j+1).kind != tWord {
			return tidy(f), end, true
		}
		j++
	}
}

// aFraction reads what "a" or "an" at token k begins when it is not "a
// dozen" or "a million": "a third", "a half", "a quarter of a million", "a
// half million", "a couple of", "a couple hundred". "a third" before any
// other word is an ordinal ("a third term", "a third day") and is not read.
func (s *scanner) aFraction(k int) (amount, bool) {
	a := amount{start: k, scale: 1}
	j := k + 1
	if s.is(j, "couple") && s.at(j).space {
		a.val, a.whole, a.end = 2, true, j+1
		n := j + 1
		if s.spacedIs(n, "of") {
			n++
		}
		if sc, ok := s.spacedScale(n); ok && s.at(n).space && !s.is(n, "dozens") {
			a.val, a.scale, a.end = 2*sc, sc, n+1
			return a, true
		}
		if n == j+1 {
			return a, false // "a couple" is two people
		}
		a.end = n // "a couple of days": the unit follows "of"
		return a, true
	}
	w := s.lex(j)
	if w.num != nFrac || w.flags&fFracPlural != 0 || !s.at(j).space {
		return a, false
	}
	a.val, a.end = 1/w.val, j+1
	n := s.at(j + 1)
	switch {
	case n.kind == tEOF, n.kind == tPunct && !(n.r == '-' && !n.space):
		a.fraction = true
	case n.kind != tWord || !n.space:
		return a, false
	case s.flag(j+1, fScaleSpaced) && s.flag(j+1, fNum):
		a.scaleBy(s.lex(j + 1).val)
		a.end = j + 2
	case s.is(j+1, "of"):
		a.fraction = true
	case s.is(j, "half") && s.flag(j+1, fTime):
		// "a half hour": the duration follows.
	case s.flag(j+1, fStop) && !s.at(j+1).caps:
		a.fraction = true
	default:
		return a, false
	}
	return a, true
}

// half reads "half" at token k: "half a million", "half a dozen", "half an
// hour", and the share "half of" or "half the". Any other "half" ("the
// second half", "in half", "half-time") is not an amount.
func (s *scanner) half(k int) (amount, bool) {
	a := amount{start: k, end: k + 1, scale: 1, val: 0.5}
	if s.flag(k-1, fDet) || s.flag(k-1, fHalfSide) {
		return a, false // "the first half of 2024", "the other half"
	}
	n := k + 1
	switch {
	case !s.at(n).space:
		return a, false
	case s.is(n, "a") || s.is(n, "an"):
		if s.spacedIs(n+1, "percentage") || s.spacedIs(n+1, "percent") {
			a.end = n + 1 // "half a percentage point": the unit follows
			return a, true
		}
		if sc, ok := s.spacedScale(n + 1); ok && s.at(n+1).space && !s.is(n+1, "dozens") {
			a.scaleBy(sc)
			a.end = n + 2
			return a, true
		}
		if s.at(n+1).space && s.flag(n+1, fTime) {
			a.end = n + 1 // "half an hour"
			return a, true
		}
		return a, false
	case s.flag(n, fScaleSpaced) && s.flag(n, fNum):
		a.val, a.scale, a.end = 0.5*s.lex(n).val, s.lex(n).val, n+1 // "half million"
		return a, true
	case s.is(n, "of") || s.flag(n, fDet) || s.is(n, "all"):
		a.share, a.val = true, 50
		return a, true
	}
	return a, false
}

// vague reads "a few", "several", "dozens", "a few hundred", "several
// million", "hundreds of thousands".
func (s *scanner) vague(k int) (a amount, ok bool) {
	a = amount{start: k, end: k + 1, scale: 1, vague: true}
	base := vagueBase[s.at(k).w]
	if s.is(k, "a") {
		base, a.end = 0, k+2 // "a few"
	}
	sc := -1
	switch {
	case base <= 1:
		// "a few hundred", "several million", "a few dozen"
		if s.at(a.end).space {
			if i, ok := vagueScale[s.at(a.end).w]; ok && !vagueScales[i].pluralOnly(s.str(a.end)) {
				sc = i
				a.end++
			}
		}
	case s.spacedIs(k+1, "of") && s.at(k+2).space:
		if i, ok := vagueScale[s.at(k+2).w]; ok && vagueScales[i].v >= 1e3 && vagueScales[i].pluralOnly(s.str(k+2)) {
			sc = i
			a.end = k + 3
		}
	}
	if sc < 0 {
		if s.lex(k).flags&fNeedsOf != 0 && !s.spacedIs(k+1, "of") {
			return a, false
		}
	}
	if n := s.at(a.end); !n.space && (n.kind == tWord || n.kind == tNum) {
		return a, false
	}
	a.phrase = vaguePhrase(base, sc)
	if base <= 1 && sc >= 0 && s.at(a.end).space {
		// "a few hundred thousand", "several hundred million"
		if i, ok := vagueScale[s.at(a.end).w]; ok && i > sc && vagueScales[i].v >= 1e3 && !vagueScales[i].pluralOnly(s.str(a.end)) {
			a.phrase += " " + vagueScales[i].singular
			a.end++
		}
	}
	iv, ok := VagueDefault(a.phrase)
	if !ok {
		return a, false
	}
	a.lo, a.hi = iv.Low, iv.High
	return a, true
}

// pluralNoun reports whether token k is a lower-case plural noun after a
// space: what a count, not a year, is followed by.
func (s *scanner) pluralNoun(k int) bool {
	t := s.at(k)
	return t.space && !t.caps && s.plural(k)
}

func (s *scanner) plural(k int) bool {
	t := s.at(k)
	if t.kind != tWord {
		return false
	}
	w := &lexWords[t.w]
	if w.flags&fPlural != 0 {
		return true
	}
	if w.flags&fStop != 0 {
		return false
	}
	x := s.text[t.pos:t.end]
	n := len(x)
	if n < 3 || x[n-1]|0x20 != 's' || possessive(x) {
		return false
	}
	switch x[n-2] | 0x20 {
	case 's', 'u', 'i':
		return false
	}
	return true
}

func possessive(x string) bool {
	return strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s") || strings.HasSuffix(x, "'S") || strings.HasSuffix(x, "’S")
}

// unit finds the noun an amount counts, starting at token k. one says the
// amount is exactly one, when a singular noun is expected.
func (s *scanner) unit(k int, one bool) string {
	if s.spacedIs(k, "of") {
		k++
		for s.at(k).space && (s.flag(k, fDet) || s.at(k).kind == tWord && possessive(s.str(k))) {
			k++
		}
	}
	for s.at(k).space && s.flag(k, fFiller) {
		k++
	}
	for {
		t := s.at(k)
		if t.kind != tWord || !t.space {
			return ""
		}
		if !t.caps {
			break
		}
		n := s.skipAbbrev(k)
		if nt := s.at(n); nt.kind == tWord && nt.space && !s.flag(n, fStop) {
			k = n // "U.S. Patriot missile systems"
			continue
		}
		if n == k+1 && s.plural(k) && !s.flag(k, fStop|fNum) {
			return strings.ToLower(s.str(k))
		}
		return ""
	}
	if s.flag(k, fStop|fNum|fTime) {
		return ""
	}
	x := s.str(k)
	if len(x) >= 4 && strings.HasSuffix(x, "ed") {
		return "" // "three killed": a verb, not a noun
	}
	if nt := s.at(k + 1); len(x) >= 6 && strings.HasSuffix(x, "est") && nt.space && nt.kind == tWord && !nt.caps && !s.flag(k+1, fStop) {
		k++ // "the war's largest drone strikes"
	}
	for n := 0; n < 2 && !one && !s.plural(k); n++ {
		if !s.pluralNoun(k + 1) {
			break
		}
		k++ // "missile systems", "drone strikes"
	}
	return strings.ToLower(s.str(k))
}
