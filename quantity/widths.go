package quantity

import "math"

// Widths say how far hedged and vague amounts reach. Scan applies the
// defaults (AboutFraction and the vague table on Scan); a rule that knows its
// sources better re-reads the quantities it takes with its own widths, so the
// one scan of an article still serves every rule.
type Widths struct {
	// About is the fraction of the figure that "about", "around" and their
	// kin reach on either side, and that "nearly" and "just over" reach on
	// their one side. Zero means AboutFraction.
	About float64
	// Vague maps a vague phrase, spelt as Quantity.Hedge gives it
	// ("dozens", "tens of thousands", "a few hundred"), to the values it
	// stands for. Phrases not in the map keep the default.
	Vague map[string]Interval
}

// Apply returns q as these widths read it. Exact amounts, bounds ("up to",
// "more than") and ranges without a hedge are unchanged: their ends are
// written, not assumed.
func (w Widths) Apply(q Quantity) Quantity {
	if q.Vague {
		if iv, ok := w.Vague[q.Hedge]; ok && sane(iv) {
			q.Interval = iv
			q.Value = (iv.Low + iv.High) / 2
		}
		return q
	}
	f := w.About
	// A hedged year ("circa 1850") is a span of calendar years, not a share
	// of the year's number: 30% of 1850 is no width a year can have. A
	// date ("about two weeks ago") is a span of days, likewise.
	if f <= 0 || f == AboutFraction || math.IsNaN(f) || q.Kind == Year || q.Kind == Date {
		return q
	}
	iv := q.Interval
	switch q.Hedge {
	case "about":
		if isRangeAbout(q) {
			// A hedged range, "about 3-5": recover its written ends.
			lo, hi := iv.Low/(1-AboutFraction), iv.High/(1+AboutFraction)
			if iv.Low < 0 {
				lo = iv.Low / (1 + AboutFraction)
			}
			if iv.High < 0 {
				hi = iv.High / (1 - AboutFraction)
			}
			q.Interval = aboutRange(lo, hi, f)
			return q
		}
		q.Interval = around(hAbout, q.Value, f)
	case "nearly", "just over":
		h := hNearly
		if q.Hedge == "just over" {
			h = hJustOver
		}
		q.Interval = around(h, q.Value, f)
	}
	return q
}

// isRangeAbout reports whether an "about" quantity was a hedged range: its
// interval is not the symmetric one around its value.
func isRangeAbout(q Quantity) bool {
	want := around(hAbout, q.Value, AboutFraction)
	return want.Low != q.Interval.Low || want.High != q.Interval.High
}

// around is the interval of the hedges that reach a fraction f of the figure.
func around(h hedge, x, f float64) Interval {
	if x == 0 {
		return Point(0) // "almost zero" is zero
	}
	lo, hi := tidy(x*(1-f)), tidy(x*(1+f))
	if x < 0 {
		lo, hi = hi, lo
	}
	switch h {
	case hNearly:
		if x < 0 {
			return Interval{Low: x, High: hi, LowOpen: true}
		}
		return Interval{Low: lo, High: x, HighOpen: true}
	case hJustOver:
		if x < 0 {
			return Interval{Low: lo, High: x, HighOpen: true}
		}
		return Interval{Low: x, High: hi, LowOpen: true}
	}
	return Interval{Low: lo, High: hi}
}

// aboutRange widens a written range [lo, hi] by f at each end.
func aboutRange(lo, hi, f float64) Interval {
	a, b := around(hAbout, lo, f), around(hAbout, hi, f)
	return Interval{Low: a.Low, High: b.High}
}
