package quantity

import (
	"math"
	"strings"
	"sync"
)

// Scan returns every quantity in text, ordered by Pos and never
// overlapping. It reads the text once, left to right, and never fails: what
// it cannot read as an amount it skips. Invalid UTF-8 is read as
// punctuation.
//
// Exact amounts are points ("seven", "7", "1,200", "1.2M", "a dozen") and
// a duration in whole units means at least that many ("three years" is
// [3, 4)). Hedges shape the interval around the figure x as written:
//
//	about, around, roughly, approximately, some, an estimated, close to
//	                                          [x-f·x, x+f·x], f = AboutFraction
//	nearly, almost, just under                [x-f·x, x)
//	up to, as many as, as much as, at most, no more than   [0, x]
//	more than, over, above, exceeding, just over           (x, +Inf)
//	at least, no fewer than, a minimum of, X or more       [x, +Inf)
//	fewer than, less than, under, below                    [0, x)
//	between X and Y, from X to Y                           [X, Y], hedge "between"
//	X-Y, X–Y, X to Y, X or Y                               [X, Y], hedge "range"
//
// A range of durations keeps the whole last unit: "two to three years" is
// [2, 4). Value is the midpoint of a range.
//
// Vague amounts are marked Vague, and their interval is a default; Value is
// its midpoint:
//
//	a few [2, 5]           several [3, 9]          dozens [24, 99]
//	scores of [40, 99]     hundreds [200, 999]     thousands [2000, 9999]
//	millions [2e6, 1e9-1]  billions [2e9, 1e12-1]
//	tens of thousands [20000, 99999], hundreds of thousands [200000, 999999]:
//	"M of S" spans [lo(M)·S, (hi(M)+1)·S - 1] for S a thousand, million or billion.
//
// Unit is the counted noun after a Number ("seven civilians"), reached past
// filler words ("two more people"), past "of" and determiners ("dozens of
// the people"), past capitalised modifiers and abbreviations ("17 U.S.
// Patriot missile systems" is "systems": a lower-case plural after a
// singular noun is taken as the head of a compound). A capitalised word is
// taken as the unit only when it looks plural and nothing lower-case
// follows ("7 Ukrainians"); an abbreviation ("U.S.") never is. Money and
// Percent quantities carry no unit, except "percentage points".
//
// A bare integer of four digits from 1000 to 2100 is a Year, unless a
// hedge, a currency, a percent sign, a scale or a time unit goes with it, or
// a plural noun follows it without a preposition or determiner before it
// ("1500 soldiers" is a Number, "the 2022 invasion" a Year).
//
// Nothing is emitted for ordinals ("21st"), day numbers ("August 18",
// "8/15"), clock times ("10:30", "5 p.m."), numbered names ("Article 5",
// "G7", "F-16", "COVID-19"), the "one" of "one of the" and "no one", and
// fractions written with a hyphen ("two-thirds").
func Scan(text string) []Quantity {
	p := tokPool.Get().(*[]token)
	s := scanner{text: text, toks: lex(text, (*p)[:0])}
	var out []Quantity
	for i := 0; i < len(s.toks)-1; {
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
	if k < 0 || k >= len(s.toks) {
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
	return t.kind == tWord && strings.EqualFold(s.text[t.pos:t.end], lit)
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
	one        bool // the bare word "one"
	pct        bool
	cur        string
	unit       string // glued measure ("10km") or "percentage points"
}

func (s *scanner) quantity(i int) (q Quantity, next int, ok bool) {
	t := s.at(i)
	switch t.kind {
	case tWord:
		if lexWords[t.w].flags&fStart == 0 && !(t.caps && s.punct(i+1, '$')) {
			return q, 0, false
		}
	case tPunct:
		if currencySymbol(t.r) == "" {
			return q, 0, false
		}
	case tNum:
	default:
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
		if a, ok = s.amount(j); !ok || a.vague || !s.spacedIs(a.end, conj) {
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
		if a.vague && h != hNone {
			return q, 0, false
		}
		if !a.vague {
			var orH hedge
			b, orH, rng = s.rangeTail(i, &a)
			if orH != hNone && h == hNone {
				h = orH
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
	case a.pct:
		q.Kind = Percent
		q.Unit = a.unit
	case dur != "":
		q.Kind = Duration
		q.Unit = dur
	case h == hNone && a.year && (rng == hNone || b.year) && s.yearContext(i, k):
		q.Kind = Year
	default:
		q.Kind = Number
	}

	switch {
	case a.vague:
		q.Vague = true
		q.Interval = Interval{Low: a.lo, High: a.hi}
		q.Value = (a.lo + a.hi) / 2
	case rng != hNone:
		q.Hedge = rng.String()
		q.Interval = Interval{Low: a.val, High: b.val}
		q.Value = (a.val + b.val) / 2
		if dur != "" && b.whole {
			q.Interval.High, q.Interval.HighOpen = b.val+1, true
		}
	default:
		q.Hedge = h.String()
		q.Value = a.val
		q.Interval = interval(h, a.val, dur != "" && a.whole)
	}
	if h == hAgo {
		q.Hedge = h.String()
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

// leftOK reports whether digits at token i may start an amount: not glued
// to a word ("G7") nor to a word or number through "-", "/", ":" or "."
// ("F-16", "COVID-19", "8/15", "10:30", "1.2.3"), nor named ("Article 5",
// "No. 5"), nor a day of the month ("August 18", "Aug. 18").
func (s *scanner) leftOK(i int) bool {
	t := s.at(i)
	if !t.space && i > 0 {
		p := s.at(i - 1)
		switch {
		case p.kind == tWord:
			return false
		case p.kind == tPunct:
			switch p.r {
			case '#', '_', '@':
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
	if t.kind != tWord || lexWords[t.w].flags&fHedge == 0 {
		return hNone, i
	}
	best, end := hNone, i
	for _, pi := range hedgeIndex[t.w] {
		p := hedgePhrases[pi]
		k := i
		for n, w := range p.words {
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
	return best, end
}

// rangeTail reads what may follow a first amount a that began the quantity
// at token i: "-5", "–5", " to 5", " or 4", " or more". It returns the
// second amount and the range hedge, or a bound hedge for "or more".
func (s *scanner) rangeTail(i int, a *amount) (b amount, h, rng hedge) {
	k := a.end
	var ok bool
	switch {
	case s.punct(k, '-') && s.glued(k) && s.glued(k+1) && s.at(k+1).kind == tNum,
		s.punct(k, '–') && s.at(k+1).kind != tWord:
		b, ok = s.amount2(k + 1)
		if ok && (s.punct(b.end, '-') || s.punct(b.end, '/')) && s.glued(b.end) {
			ok = false // a date: 2022-02-24
		}
	case s.spacedIs(k, "to"):
		// After a "from" that did not make a range, "to" joins two values.
		if s.is(a.start-1, "from") {
			return b, hNone, hNone
		}
		b, ok = s.amount2(k + 1)
	case s.spacedIs(k, "or"):
		switch {
		case s.spacedIs(k+1, "more"):
			a.end = k + 2
			return b, hAtLeast, hNone
		case s.spacedIs(k+1, "fewer"), s.spacedIs(k+1, "less"):
			a.end = k + 2
			return b, hUpTo, hNone
		}
		b, ok = s.amount2(k + 1)
	}
	if ok && joinRange(a, &b) {
		return b, hNone, hRange
	}
	return b, hNone, hNone
}

// joinRange lets each end of a range lend the other its scale, currency and
// percent sign ("20-25%", "$3-5 billion", "between 3 and 5 million"), and
// reports whether the two make a range.
func joinRange(a, b *amount) bool {
	if b.vague || a.vague || a.cur != "" && b.cur != "" && a.cur != b.cur {
		return false
	}
	if a.scale == 1 && b.scale != 1 {
		a.val *= b.scale
		a.scale = b.scale
		a.whole = a.val == math.Trunc(a.val)
	}
	if a.cur == "" {
		a.cur = b.cur
	}
	b.cur = a.cur
	if a.pct || b.pct {
		a.pct, b.pct = true, true
	}
	if a.unit == "" {
		a.unit = b.unit
	}
	return b.val > a.val
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
	}
	return ""
}

// prefixDollars are the letters glued before "$" that name another dollar.
var prefixDollars = map[string]string{"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "NT": "TWD"}

// currencyPrefix reads "$", "US$", "€", "USD " before digits.
func (s *scanner) currencyPrefix(k int) (string, int) {
	t := s.at(k)
	switch t.kind {
	case tPunct:
		if c := currencySymbol(t.r); c != "" && s.at(k+1).kind == tNum {
			return c, k + 1
		}
	case tWord:
		if t.caps && s.punct(k+1, '$') && s.glued(k+1) && s.at(k+2).kind == tNum {
			if c, ok := prefixDollars[s.str(k)]; ok {
				return c, k + 2
			}
		}
		if s.flag(k, fCode) && isUpper(s.str(k)) && s.at(k+1).kind == tNum {
			return s.lex(k).code, k + 1
		}
	}
	return "", k
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
	cur, k := s.currencyPrefix(j)
	if a, ok = s.numeral(k); !ok {
		return a, false
	}
	if cur != "" && !a.digits {
		return a, false
	}
	a.start, a.cur = j, cur
	k = a.end
	if a.vague {
		// "millions of dollars"
		if s.spacedIs(k, "of") && s.flag(k+1, fCurrency) && s.at(k+1).space {
			a.cur = s.lex(k + 1).code
			a.end = k + 2
		}
		return a, true
	}
	if a.digits && a.scale == 1 && s.at(k).space && s.flag(k, fScaleSpaced) {
		a.scale = s.lex(k).val
		a.val *= a.scale
		a.whole = a.val == math.Trunc(a.val)
		k++
	}
	if a.cur == "" {
		if c, k2 := s.currencySuffix(k); c != "" {
			a.cur, k = c, k2
		}
	}
	if a.cur == "" {
		switch {
		case s.punct(k, '%'):
			a.pct = true
			k++
		case s.spacedIs(k, "percent"), s.spacedIs(k, "pct"):
			a.pct = true
			k++
		case s.spacedIs(k, "per") && s.spacedIs(k+1, "cent"):
			a.pct = true
			k += 2
		case s.spacedIs(k, "percentage") && (s.spacedIs(k+1, "points") || s.spacedIs(k+1, "point")):
			a.pct = true
			a.unit = "percentage points"
			k += 2
		}
	}
	a.end = k
	a.year = a.year && a.scale == 1 && a.cur == "" && !a.pct
	return a, true
}

// currencySuffix reads "dollars", "U.S. dollars", "euros", "USD" after an
// amount. "pounds of" is a weight, not money.
func (s *scanner) currencySuffix(k int) (string, int) {
	if !s.at(k).space {
		return "", k
	}
	if s.flag(k, fCode) && isUpper(s.str(k)) {
		return s.lex(k).code, k + 1
	}
	c := k
	if s.at(k).caps && s.lex(k).flags&fCurrency == 0 {
		// "U.S. dollars", "US dollars"
		if k2 := s.skipAbbrev(k); s.lex(k2).code == "USD" {
			c = k2
		}
	}
	if !s.at(c).space || !s.flag(c, fCurrency) {
		return "", k
	}
	if (s.is(c, "pounds") || s.is(c, "pound")) && s.spacedIs(c+1, "of") {
		return "", k
	}
	return s.lex(c).code, c + 1
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
		case w.num != nNone:
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
	a = amount{start: k, end: k + 1, val: t.val, scale: 1, digits: true}
	a.whole = !t.frac
	a.year = t.end-t.pos == 4 && !t.sep && !t.frac && t.val >= 1000 && t.val <= 2100
	n := s.at(k + 1)
	if !n.space {
		switch n.kind {
		case tWord:
			w := s.lex(k + 1)
			switch {
			case w.flags&fScaleGlued != 0:
				a.scale = w.val
				a.val *= a.scale
				a.whole = a.val == math.Trunc(a.val)
				a.end++
			case w.flags&fMeasure != 0:
				a.unit = strings.ToLower(s.str(k + 1))
				a.end++
			default:
				return a, false // 21st, 5pm, 3D, 1990s
			}
			if nn := s.at(a.end); !nn.space && (nn.kind == tWord || nn.kind == tNum) {
				return a, false
			}
		case tPunct:
			switch n.r {
			case ':', '/', '.':
				if s.at(k+2).kind == tNum && s.glued(k+2) {
					return a, false // 10:30, 8/15, 1.2.3
				}
			case '-':
				if s.at(k+2).kind == tNum && s.glued(k+2) && s.glued(k+3) && (s.punct(k+3, '-') || s.punct(k+3, '/')) {
					return a, false // 2022-02-24
				}
			}
		}
	}
	// Clock times: "5 p.m.", "5 pm", "5 o'clock".
	if n.space && (s.flag(k+1, fClock) || (s.is(k+1, "p") || s.is(k+1, "a")) && s.punct(k+2, '.') && s.glued(k+2) && s.is(k+3, "m") && s.glued(k+3)) {
		return a, false
	}
	return a, true
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
	if last == nA || last == nNone || end == k {
		return a, false
	}
	a.end = end
	a.val = total + cur
	if end == k+1 && s.is(k, "one") {
		// "one of the", "no one", "one another"
		if s.spacedIs(k+1, "of") || s.spacedIs(k+1, "another") || s.is(k-1, "no") || s.is(k-1, "any") ||
			s.is(k-1, "every") || s.is(k-1, "the") || s.is(k-1, "this") || s.is(k-1, "that") || s.is(k-1, "which") || s.is(k-1, "each") {
			return a, false
		}
		a.one = true
	}
	// Number words glued to something else are not a count: "one-of-a-kind"
	// is caught by the unit step; "twoX" never lexes as a number word.
	return a, true
}

// vague reads "a few", "several", "dozens", "hundreds of thousands".
func (s *scanner) vague(k int) (a amount, ok bool) {
	a = amount{start: k, end: k + 1, scale: 1, vague: true}
	w := s.lex(k)
	a.lo, a.hi = w.lo, w.hi
	if s.is(k, "a") {
		a.lo, a.hi, a.end = 2, 5, k+2
	}
	if a.end == k+2 || s.is(k, "several") {
		// "a few hundred", "several million"
		if n := s.at(a.end); n.space && (s.lex(a.end).num == nHundred || s.flag(a.end, fScaleSpaced) && s.flag(a.end, fNum)) {
			sc := s.lex(a.end).val
			a.lo, a.hi, a.scale = a.lo*sc, a.hi*sc, sc
			a.end++
		}
		return a, true
	}
	if s.spacedIs(k+1, "of") && s.at(k+2).space && s.flag(k+2, fVague) && s.lex(k+2).val > 0 {
		sc := s.lex(k + 2).val
		a.lo, a.hi = w.lo*sc, (w.hi+1)*sc-1
		a.end = k + 3
		return a, true
	}
	if w.flags&fNeedsOf != 0 && !s.spacedIs(k+1, "of") {
		return a, false
	}
	if n := s.at(k + 1); !n.space && (n.kind == tWord || n.kind == tNum) {
		return a, false
	}
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
