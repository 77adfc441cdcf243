// Package rules loads crosscheck's rule files (version 1): it decodes each
// fact — what to look for in a sentence and how to compare the values found —
// checks every field, compiles every term, and reports all that is wrong,
// with file, line and column, before any article is read.
package rules

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// Set is the facts of one or more rule files, in load order: files sorted by
// path, facts in the order they are written. Ids are unique across the set.
type Set struct {
	Facts []*Fact
}

// Lookup returns the fact with the given id, or nil.
func (s *Set) Lookup(id string) *Fact {
	for _, f := range s.Facts {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// Fact is one figure that several articles may state, and the rule for
// finding it: a sentence states the fact when it passes Match, and the value
// it states is a scanned quantity that the fact Accepts (and, when Near is
// set, that sits close to a Near term). Compare says when two stated values
// agree.
//
// A Fact is built only by Parse or Load, which check every field; its terms
// are compiled and its fields valid, so a checker can use it without
// checking again. Facts are read-only after loading and safe to share
// between goroutines.
type Fact struct {
	// ID names the fact in reports, SARIF rule ids and on the command line.
	// It is kebab-case ("kharkiv-civilian-deaths") and unique across all
	// loaded rule files.
	ID string
	// Title is a one-line human description of the fact.
	Title string
	// Quantity is what kind of value the fact takes.
	Quantity Kind
	// Unit qualifies the value. For money it is an ISO 4217 code ("USD") and
	// restricts the currency; for durations it is a time unit ("years" or
	// "year", "months", "weeks", "days", "hours", "minutes") and restricts
	// the unit. For percent it keeps shares and differences of shares apart:
	// "percentage points" (which rule files may also spell "percentage
	// point", "points" or "pp"; Parse stores "percentage points") takes only
	// amounts written in percentage points ("3 percentage points"), and any
	// other unit, "percent", "%" or none, only plain percentages ("20%",
	// "20 per cent"). A date takes none: its values are calendar days. For
	// other kinds it is free text for reports ("people"). Empty means
	// unrestricted, except for percent as said.
	Unit string
	// Match selects the sentences that state the fact.
	Match Match
	// Compare says how values are compared across articles.
	Compare Compare
	// Widths say how far the fact's hedged and vague values reach: a
	// checker reads each scanned quantity through Widths.Apply before it
	// asks Accepts and before it uses the value. Parse always fills it in:
	// About is the fact's "hedges: about", else its file's, else
	// quantity.AboutFraction; Vague holds the vague phrases the file's
	// and the fact's hedges give values for (the fact's win phrase by
	// phrase), nil when neither gives any, and every other phrase keeps
	// its default (quantity.VagueDefault).
	Widths quantity.Widths
	// Examples are sentences with the value the rule must take from each,
	// or none; `crosscheck rules test` runs them.
	Examples []Example
	// Pos is where the fact starts in its rule file.
	Pos Position

	idPos Position // where the id is written
}

// Example is a sentence written into a rule with what the fact must take
// from it, the way analysistest's "// want" comments pin an analyzer's
// findings: a test of the rule that lives beside it. A rule file writes
// them under the fact's examples:
//
//	examples:
//	  - sentence: "The strike killed seven civilians in Kharkiv, officials said."
//	    expect: 7                                  # the point 7
//	  - sentence: "Up to $100 billion in U.S. weapons."
//	    expect: {low: 0, high: 1e11}               # the closed interval
//	  - sentence: "More than 1 million people."
//	    expect: {low: 1e6, high: .inf, low_open: true}
//	  - sentence: "On the anniversary, 12 people were killed in Kharkiv."
//	    expect: none                               # the fact takes nothing
//
// Values are in the units crosscheck scan prints: 20 for "20%", 1e11 for
// "$100bn". Both sentence and expect are required; a range needs low and
// high, and may set low_open or high_open to true.
type Example struct {
	// Sentence is the text to read, as one sentence.
	Sentence string
	// None says the fact must take nothing from the sentence (expect:
	// none); then Expect is the zero Interval.
	None bool
	// Expect is the interval the fact must take, after its hedge widths:
	// expect: 7 is the point 7, expect: {low: 0, high: 1e11} the closed
	// interval, and .inf (or inf) a bound unbounded above, -.inf below. An
	// end is closed unless low_open or high_open is true, and an infinite
	// end is always open; low <= high, and a point has no open end.
	Expect quantity.Interval
	// Published, when the example gives it, is the date the sentence is
	// read as published on: relative years ("12 years ago") count from it.
	Published time.Time
	// Pos is where the example is written; ExpectPos where its expect is.
	Pos, ExpectPos Position
}

// Match is the test a sentence must pass to state a fact. Every term is
// matched within the one sentence, as Term describes.
type Match struct {
	// All terms must occur in the sentence.
	All []*Term
	// Any: at least one of these must occur. A valid rule has All or Any.
	Any []*Term
	// None: a sentence with any of these is not about the fact.
	None []*Term
	// Near, when set, ties the value to the words: the value must sit
	// within Within words of one of these terms.
	Near []*Term
	// Within is the distance in words for Near; it is 3 when Near is set
	// and the rule gives none, and 0 when there is no Near.
	Within int
}

// DefaultWithin is Match.Within when a rule sets near without within.
const DefaultWithin = 3

// Compare says how the values stated for a fact are compared.
type Compare struct {
	// Tolerance is how far apart two values may be and still agree.
	Tolerance Tolerance
	// Trend, when set, is the direction the true figure moves over time:
	// a later claim that moves that way revises an earlier one rather than
	// contradicting it.
	Trend Trend
	// Consensus is how the best estimate is drawn from the sources'
	// figures; "" is Median.
	Consensus Policy
}

// Policy is how a finding's best estimate is chosen from the figures of
// its independent sources.
type Policy string

// Policies.
const (
	// Median takes the median of the sources' figures, the lower middle
	// one for an even count, so the best estimate is a figure some source
	// gave. The default.
	Median Policy = "median"
	// Conservative takes the lowest figure, as ACLED does for fatalities:
	// what every source supports at least.
	Conservative Policy = "conservative"
	// Latest takes the figure of the source published last; with no dates
	// it falls back to Median and the finding's note says so.
	Latest Policy = "latest"
)

// Policies lists the consensus policies in the order the documentation
// gives them.
var Policies = []Policy{Median, Conservative, Latest}

// Tolerance is how far apart two values may be and still agree: an
// absolute amount (tolerance: 2) or a share of the value (tolerance: "5%"
// gives Rel 0.05). The zero Tolerance demands overlap.
type Tolerance struct {
	Abs, Rel float64
}

// ParseTolerance reads a tolerance as rule files write it: a non-negative
// number ("2", "0.5") or a non-negative percentage ("5%").
func ParseTolerance(s string) (Tolerance, error) {
	num, pct := strings.CutSuffix(strings.TrimSpace(s), "%")
	v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	switch {
	case err != nil || math.IsInf(v, 0) || math.IsNaN(v):
		return Tolerance{}, fmt.Errorf(`tolerance %q is not a number or a percentage; write an amount such as 2 or a share such as "5%%"`, s)
	case v < 0:
		return Tolerance{}, fmt.Errorf(`tolerance %q is negative; write 0 to demand overlap, or an amount such as 2 or a share such as "5%%"`, s)
	}
	if pct {
		return Tolerance{Rel: v / 100}, nil
	}
	return Tolerance{Abs: v}, nil
}

// String returns the tolerance as a rule file writes it: "2", "5%", "0".
func (t Tolerance) String() string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', 12, 64) }
	switch {
	case t.Rel != 0 && t.Abs != 0:
		return f(t.Abs) + " + " + f(t.Rel*100) + "%"
	case t.Rel != 0:
		return f(t.Rel*100) + "%"
	}
	return f(t.Abs)
}

// Trend is the direction a fact's true value moves over time.
type Trend string

// Trends.
const (
	NoTrend Trend = ""
	Rising  Trend = "rising"  // tolls that only grow: deaths, arrests
	Falling Trend = "falling" // figures that only shrink: survivors, stocks
)

// Kind is the kind of value a fact takes, as rule files name it.
type Kind string

// Kinds.
const (
	Count    Kind = "count"    // a whole, non-negative number of things
	Number   Kind = "number"   // any plain number
	Percent  Kind = "percent"  // a share written with % or "percent"
	Money    Kind = "money"    // an amount of a currency
	Year     Kind = "year"     // a calendar year
	Date     Kind = "date"     // a calendar day, or a run of days
	Duration Kind = "duration" // a length of time
)

// Kinds lists the valid kinds in the order the documentation gives them.
var Kinds = []Kind{Count, Number, Percent, Money, Year, Date, Duration}

// Quantity returns the scanner kind a fact of kind k takes (Number for
// Count), or 0 for an unknown kind.
func (k Kind) Quantity() quantity.Kind {
	switch k {
	case Count, Number:
		return quantity.Number
	case Percent:
		return quantity.Percent
	case Money:
		return quantity.Money
	case Year:
		return quantity.Year
	case Date:
		return quantity.Date
	case Duration:
		return quantity.Duration
	}
	return 0
}

// Accepts reports whether a scanned quantity can be a value of the fact:
// its kind fits the fact's Quantity (a count must also be a whole number
// with a non-negative interval; vague counts such as "dozens" pass), for
// money and durations it is in the fact's Unit when one is set, and a
// percentage is in percentage points exactly when the fact's Unit is (see
// Fact.Unit). A checker passes the quantity through f.Widths.Apply first.
func (f *Fact) Accepts(q quantity.Quantity) bool { return f.Rejects(q) == "" }

// Rejects says why the fact does not accept q, in words an author can act
// on ("a percentage, not a count"), or "" when it accepts it. Accepts and
// explain share it, so the reason shown is the reason applied.
func (f *Fact) Rejects(q quantity.Quantity) string {
	want := f.Quantity.Quantity()
	if q.Kind == 0 || q.Kind != want {
		return kindName(q.Kind) + ", not " + phrases[f.Quantity]
	}
	switch f.Quantity {
	case Count:
		if q.Interval.Low < 0 {
			return "negative, and a count is not"
		}
		if !wholeCount(q) {
			return "not a whole number, and a count is"
		}
	case Money:
		if f.Unit != "" && q.Currency != f.Unit {
			cur := q.Currency
			if cur == "" {
				cur = "no currency"
			}
			return fmt.Sprintf("in %s, not %s", cur, f.Unit)
		}
	case Duration:
		if f.Unit != "" && timeUnit(q.Unit) != timeUnit(f.Unit) {
			return fmt.Sprintf("in %s, not %s", q.Unit, f.Unit)
		}
	case Percent:
		if isPoints(f.Unit) && q.Unit != percentagePoints {
			return "a percentage, not percentage points"
		}
		if !isPoints(f.Unit) && q.Unit != "" {
			return "in " + q.Unit + ", not a plain percentage"
		}
	}
	return ""
}

// phrases name the kinds of value as a rule author thinks of them, with
// their article: "an amount of money", not "a money".
var phrases = map[Kind]string{
	Count:    "a count",
	Number:   "a number",
	Percent:  "a percentage",
	Money:    "an amount of money",
	Year:     "a year",
	Date:     "a date",
	Duration: "a duration",
}

// kindName names a quantity kind found in text, with its article.
func kindName(k quantity.Kind) string {
	switch k {
	case quantity.Number:
		return phrases[Number]
	case quantity.Percent:
		return phrases[Percent]
	case quantity.Money:
		return phrases[Money]
	case quantity.Year:
		return phrases[Year]
	case quantity.Date:
		return phrases[Date]
	case quantity.Duration:
		return phrases[Duration]
	}
	return "of no kind"
}

// percentagePoints is the Unit the scanner gives a Percent quantity written
// in percentage points ("3 percentage points"), and the Unit Parse stores
// for a percent fact that takes them.
const percentagePoints = quantity.PercentagePoints

// pointsUnits are the spellings of percentagePoints a rule may write.
var pointsUnits = []string{percentagePoints, "percentage point", "points", "pp"}

// isPoints reports whether a percent fact's unit names percentage points,
// ignoring case and spacing.
func isPoints(unit string) bool {
	return slices.Contains(pointsUnits, strings.Join(strings.Fields(strings.ToLower(unit)), " "))
}

// wholeCount reports whether the figures as written are whole: "seven",
// "3-4" and "dozens" are counts; "3.5" is not. A range's midpoint and a vague
// amount's Value may be fractional, so their bounds decide.
func wholeCount(q quantity.Quantity) bool {
	whole := func(x float64) bool { return !math.IsNaN(x) && x == math.Trunc(x) }
	switch {
	case q.Vague:
		return true
	case q.Hedge == "range" || q.Hedge == "between":
		return whole(q.Interval.Low) && (math.IsInf(q.Interval.High, 1) || whole(q.Interval.High))
	}
	return !math.IsInf(q.Value, 0) && whole(q.Value)
}

// timeUnits are the duration units a rule may name, plural as the scanner
// writes them.
var timeUnits = []string{"years", "months", "weeks", "days", "hours", "minutes"}

// timeUnit normalizes a time unit to its plural lower-case form, so "Year"
// and "years" compare equal.
func timeUnit(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s != "" && !strings.HasSuffix(s, "s") {
		s += "s"
	}
	return s
}
