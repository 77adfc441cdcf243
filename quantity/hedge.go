package quantity

import (
	"math"
	"strconv"
)

// AboutFraction is how far "about", "around", "roughly", "some" and the
// like reach on either side of the figure: "around 20%" is [18, 22]. The
// lower bound of "nearly" and "almost" uses it too: "nearly 4" is [3.6, 4).
// It is a constant so that a scan depends on its text alone; a rule that
// needs more slack widens the interval with its tolerance.
const AboutFraction = 0.10

type hedge uint8

const (
	hNone hedge = iota
	hAbout
	hNearly
	hUpTo
	hMoreThan
	hAtLeast
	hFewerThan
	hBetween // "between 3 and 5", "from 3 to 5"
	hFrom    // only while parsing: becomes hBetween
	hRange   // "3-5", "three to five", "3 or 4"
	hAgo
	hJustOver // "just over 4": (4, 4.4]
)

var hedgeNames = [...]string{
	hAbout:     "about",
	hNearly:    "nearly",
	hUpTo:      "up to",
	hMoreThan:  "more than",
	hAtLeast:   "at least",
	hFewerThan: "fewer than",
	hBetween:   "between",
	hFrom:      "between",
	hRange:     "range",
	hAgo:       "ago",
	hJustOver:  "just over",
}

func (h hedge) String() string { return hedgeNames[h] }

// hedgePhrases are matched longest first at a word flagged fHedge; every
// word after the first must follow a space.
var hedgePhrases = []struct {
	words []string
	h     hedge
}{
	{[]string{"about"}, hAbout},
	{[]string{"around"}, hAbout},
	{[]string{"roughly"}, hAbout},
	{[]string{"approximately"}, hAbout},
	{[]string{"approx"}, hAbout},
	{[]string{"some"}, hAbout},
	{[]string{"circa"}, hAbout},
	{[]string{"an", "estimated"}, hAbout},
	{[]string{"estimated"}, hAbout},
	{[]string{"close", "to"}, hAbout},
	{[]string{"nearly"}, hNearly},
	{[]string{"almost"}, hNearly},
	{[]string{"just", "under"}, hNearly},
	{[]string{"just", "below"}, hNearly},
	{[]string{"just", "shy", "of"}, hNearly},
	{[]string{"up", "to"}, hUpTo},
	{[]string{"as", "many", "as"}, hUpTo},
	{[]string{"as", "much", "as"}, hUpTo},
	{[]string{"as", "high", "as"}, hUpTo},
	{[]string{"at", "most"}, hUpTo},
	{[]string{"no", "more", "than"}, hUpTo},
	{[]string{"not", "more", "than"}, hUpTo},
	{[]string{"a", "maximum", "of"}, hUpTo},
	{[]string{"more", "than"}, hMoreThan},
	{[]string{"over"}, hMoreThan},
	{[]string{"above"}, hMoreThan},
	{[]string{"exceeding"}, hMoreThan},
	{[]string{"just", "over"}, hJustOver},
	{[]string{"just", "above"}, hJustOver},
	{[]string{"slightly", "over"}, hJustOver},
	{[]string{"slightly", "above"}, hJustOver},
	{[]string{"slightly", "more", "than"}, hJustOver},
	{[]string{"a", "little", "over"}, hJustOver},
	{[]string{"a", "little", "more", "than"}, hJustOver},
	{[]string{"not", "quite"}, hNearly},
	{[]string{"slightly", "less", "than"}, hNearly},
	{[]string{"slightly", "under"}, hNearly},
	{[]string{"a", "little", "under"}, hNearly},
	{[]string{"a", "little", "less", "than"}, hNearly},
	{[]string{"in", "the", "region", "of"}, hAbout},
	{[]string{"on", "the", "order", "of"}, hAbout},
	{[]string{"somewhere", "around"}, hAbout},
	{[]string{"something", "like"}, hAbout},
	{[]string{"more", "or", "less"}, hAbout},
	{[]string{"north", "of"}, hMoreThan},
	{[]string{"south", "of"}, hFewerThan},
	{[]string{"as", "few", "as"}, hAtLeast},
	{[]string{"as", "little", "as"}, hAtLeast},
	{[]string{"as", "low", "as"}, hAtLeast},
	{[]string{"a", "minimum", "of"}, hAtLeast},
	{[]string{"well", "over"}, hMoreThan},
	{[]string{"well", "above"}, hMoreThan},
	{[]string{"in", "excess", "of"}, hMoreThan},
	{[]string{"upwards", "of"}, hMoreThan},
	{[]string{"greater", "than"}, hMoreThan},
	{[]string{"at", "least"}, hAtLeast},
	{[]string{"no", "fewer", "than"}, hAtLeast},
	{[]string{"no", "less", "than"}, hAtLeast},
	{[]string{"not", "less", "than"}, hAtLeast},
	{[]string{"fewer", "than"}, hFewerThan},
	{[]string{"less", "than"}, hFewerThan},
	{[]string{"under"}, hFewerThan},
	{[]string{"below"}, hFewerThan},
	{[]string{"more", "than", "or", "equal", "to"}, hAtLeast},
	{[]string{"greater", "than", "or", "equal", "to"}, hAtLeast},
	{[]string{"less", "than", "or", "equal", "to"}, hUpTo},
	{[]string{"fewer", "than", "or", "equal", "to"}, hUpTo},
	{[]string{"equal", "to", "or", "more", "than"}, hAtLeast},
	{[]string{"equal", "to", "or", "greater", "than"}, hAtLeast},
	{[]string{"equal", "to", "or", "less", "than"}, hUpTo},
	{[]string{"equal", "to", "or", "fewer", "than"}, hUpTo},
	{[]string{"larger", "than"}, hMoreThan},
	{[]string{"bigger", "than"}, hMoreThan},
	{[]string{"higher", "than"}, hMoreThan},
	{[]string{"smaller", "than"}, hFewerThan},
	{[]string{"lower", "than"}, hFewerThan},
	{[]string{"between"}, hBetween},
	{[]string{"from"}, hFrom},
}

// hedgeIndex maps a lexicon entry to the hedge phrases it begins.
var hedgeIndex = map[uint16][]int{}

// interval turns a figure x and its hedge into the values it allows. A
// duration in whole units means at least that many: "three years" is [3, 4).
// A bound below a figure starts at zero, as counts and amounts do; below a
// negative figure it has no lower end.
func interval(h hedge, x float64, whole bool) Interval {
	floor := 0.0
	if x <= 0 {
		floor = math.Inf(-1)
	}
	switch h {
	case hAbout, hNearly, hJustOver:
		return around(h, x, AboutFraction)
	case hUpTo:
		return Interval{Low: floor, High: x}
	case hMoreThan:
		return Interval{Low: x, High: math.Inf(1), LowOpen: true}
	case hAtLeast:
		return Interval{Low: x, High: math.Inf(1)}
	case hFewerThan:
		return Interval{Low: floor, High: x, HighOpen: true}
	}
	if whole {
		return Interval{Low: x, High: x + 1, HighOpen: true}
	}
	return Point(x)
}

// tidy rounds a computed bound to 15 significant digits, so "roughly 3,000"
// is [2700, 3300] and not [2700, 3300.0000000000005]: reports and JSON show
// bounds to people, and the lost digits are far below any hedge's width.
func tidy(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return v // fifteen digits or fewer: written and read back exactly
	}
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'g', 15, 64)), 64)
	if err != nil {
		return v
	}
	return r
}
