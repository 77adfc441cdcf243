package quantity

import (
	"math"
	"strconv"
	"time"
)

// Kind says what a quantity measures. Years and durations are kinds of their
// own so that "in 2014" or "a three-year war" is never taken for a count.
type Kind uint8

const (
	// Number is a plain amount: a count ("seven civilians") or a measure
	// ("7 miles", "3.5 times").
	Number Kind = iota + 1
	// Percent is a share written with "%", "percent" or "per cent"; the
	// value is the number before the sign ("20%" is 20).
	Percent
	// Money is an amount of a currency, in whole currency units
	// ("$100bn" is 1e11); Quantity.Currency holds its ISO 4217 code.
	Money
	// Year is a calendar year ("in 2014", "the 2022 invasion").
	Year
	// Duration is a length of time in whole units ("a three-year war",
	// "24 hours"); Quantity.Unit holds the unit in the plural ("years").
	Duration
	// Date is a calendar day, or a run of days ("August 18, 2025", "in
	// February", "last week"). Its Interval and Value are day numbers (see
	// Day): the interval holds the first and last day the words allow,
	// closed, and Value is the day written, or the middle day of a run (the
	// earlier of two). Unit is DateUnit. Scan never returns a Date: it
	// leaves dates alone, and package timeref reads them, relative ones
	// against an article's publication date.
	Date
)

var kindNames = [...]string{Number: "number", Percent: "percent", Money: "money", Year: "year", Duration: "duration", Date: "date"}

// String returns the kind's name as rule files and reports spell it.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind is the inverse of Kind.String.
func ParseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n != "" && n == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// PercentagePoints is the Unit of a Percent quantity written in percentage
// points ("3 percentage points", "2pp"): a difference between two
// percentages, which is not itself a share and never compares with one.
const PercentagePoints = "percentage points"

// DateUnit is the Unit of a Date quantity: its values count days.
const DateUnit = "day"

// Day returns the day number of the calendar date y-m-d: the days from
// 1970-01-01 to it, negative before, as Date quantities count them. The
// date is a civil date, with no time of day and no time zone; a month or
// day out of range is normalized as time.Date normalizes it (February 30
// is March 2).
func Day(y int, m time.Month, d int) float64 {
	// Midnight UTC is a whole number of days from the epoch, either side.
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay)
}

// DayOf returns the day number of t's calendar date in t's own location:
// an article dated 2025-08-18T23:30-05:00 was written on 2025-08-18.
func DayOf(t time.Time) float64 {
	y, m, d := t.Date()
	return Day(y, m, d)
}

// DayDate returns the calendar date of day number x, as midnight UTC. A
// fraction of a day is dropped (x is rounded down). ok is false when x is
// not a finite number within years 1 to 9999, which no date string can
// write.
func DayDate(x float64) (t time.Time, ok bool) {
	if math.IsNaN(x) || x < minDay || x > maxDay {
		return time.Time{}, false
	}
	return time.Unix(int64(math.Floor(x))*secondsPerDay, 0).UTC(), true
}

// FormatDay writes day number x as an ISO 8601 date, "2025-08-18"; ok is
// false when DayDate cannot read x, and then s is empty.
func FormatDay(x float64) (s string, ok bool) {
	t, ok := DayDate(x)
	if !ok {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

const secondsPerDay = 24 * 60 * 60

// The days of years 1 to 9999, the years an ISO 8601 date writes with four
// digits.
var (
	minDay = Day(1, time.January, 1)
	maxDay = Day(9999, time.December, 31)
)

// Interval is the set of values a claim allows. An unbounded end is ±Inf.
// Open ends exclude the bound: "more than 3" is (3, +Inf).
type Interval struct {
	Low, High         float64
	LowOpen, HighOpen bool
}

// Point returns the closed interval [v, v].
func Point(v float64) Interval { return Interval{Low: v, High: v} }

// Unbounded reports whether the interval has no upper end.
func (iv Interval) Unbounded() bool { return math.IsInf(iv.High, 1) }

// Widen returns the interval grown by abs on each side and then by rel (a
// fraction, 0.05 for 5%) of each bound's magnitude. Open ends stay open.
func (iv Interval) Widen(abs, rel float64) Interval {
	w := iv
	if !math.IsInf(iv.Low, 0) {
		w.Low = iv.Low - abs - rel*math.Abs(iv.Low)
	}
	if !math.IsInf(iv.High, 0) {
		w.High = iv.High + abs + rel*math.Abs(iv.High)
	}
	return w
}

// Overlaps reports whether two intervals share at least one value, honouring
// open ends: [1, 3) and [3, 5] do not overlap, [1, 3] and [3, 5] do.
func (iv Interval) Overlaps(o Interval) bool {
	return below(iv.Low, iv.LowOpen, o.High, o.HighOpen) && below(o.Low, o.LowOpen, iv.High, iv.HighOpen)
}

// below reports whether a lower bound lo lies under an upper bound hi.
func below(lo float64, loOpen bool, hi float64, hiOpen bool) bool {
	if lo < hi {
		return true
	}
	return lo == hi && !loOpen && !hiOpen
}

// Quantity is one amount found in a text. Pos and End are byte offsets into
// the scanned text, End exclusive; they cover the whole phrase, hedge
// included ("up to $100 billion"). Line and column are not stored: callers
// compute them when they print, as go/token does.
type Quantity struct {
	Pos, End int
	Kind     Kind
	Interval Interval
	// Value is the figure as written, before any hedge widened it: 1e11 for
	// "up to $100 billion", 20 for "around 20%". It is what a reader would
	// quote and what a consensus "best" estimate is built from. For a range
	// ("3-5") it is the midpoint.
	Value float64
	// Hedge is the normalized hedge or bound word that shaped the interval:
	// "about", "nearly", "up to", "more than", "at least", "fewer than",
	// "between", "range" (for "3-5" and "three to five"); empty when exact.
	// A Duration counted back from the time of writing ("12 years ago") has
	// Hedge "ago" and the interval of the plain duration.
	Hedge string
	// Unit is the noun the amount counts, lower-cased as written
	// ("civilians", "drones", "miles"); for Duration the time unit in the
	// plural ("years"). Empty when none follows.
	Unit string
	// Currency is the ISO 4217 code of a Money quantity ("USD", "EUR").
	Currency string
	// Vague marks amounts stated only as an order of magnitude ("dozens",
	// "hundreds of thousands"); their interval is a documented default.
	Vague bool
}
