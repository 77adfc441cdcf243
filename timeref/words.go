package timeref

import "strings"

// unit is a word that counts years: "year", "decades", "a quarter-century".
type unit struct {
	w      word // the word, without a possessive "'s"
	years  int  // how many years one of it is
	plural bool
	poss   bool // written "year's": only "in a year's time" and "last year's" take it
}

// unitOf reads w as a unit of years. Months, weeks and days are not units
// here: they name dates, which want a kind of their own.
func unitOf(s string, w word) (unit, bool) {
	base, poss := possessive(s, w)
	t := s[base.pos:base.end]
	if len(t) < 2 || len(t) > len("quarter-centuries")+2 {
		return unit{}, false
	}
	// Most words start with none of these letters; they cost no more.
	switch t[0] | 0x20 {
	case 'y', 'd', 'c', 'q', 'h':
	default:
		return unit{}, false
	}
	u := unit{w: base, poss: poss}
	switch {
	case strings.EqualFold(t, "year"), strings.EqualFold(t, "yr"):
		u.years = 1
	case strings.EqualFold(t, "years"), strings.EqualFold(t, "yrs"):
		u.years, u.plural = 1, true
	case strings.EqualFold(t, "decade"):
		u.years = 10
	case strings.EqualFold(t, "decades"):
		u.years, u.plural = 10, true
	case strings.EqualFold(t, "century"):
		u.years = 100
	case strings.EqualFold(t, "centuries"):
		u.years, u.plural = 100, true
	default:
		// "a quarter-century ago", "a half-century ago", any hyphen or dash.
		a, b, ok := compound(s, base)
		if !ok || !strings.EqualFold(b, "century") {
			return unit{}, false
		}
		switch {
		case strings.EqualFold(a, "quarter"):
			u.years = 25
		case strings.EqualFold(a, "half"):
			u.years = 50
		default:
			return unit{}, false
		}
	}
	return u, true
}

var (
	ones = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens = [...]string{2: "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// maxYears bounds how far back or ahead an expression may reach. Further
// than a thousand years is history or geology, not news arithmetic, and
// such figures come with a scale word ("65 million years ago") that is not
// read anyway.
const maxYears = 1000

// lookup returns the index of t in list, ignoring case, or 0.
func lookup(list []string, t string) int {
	for i, l := range list {
		if l != "" && strings.EqualFold(l, t) {
			return i
		}
	}
	return 0
}

// simpleNumber reads one word as a whole number from 1 to 999: "12",
// "twelve", "twenty". It returns 0 for anything else; zero years is no
// count either.
func simpleNumber(t string) int {
	if t == "" {
		return 0
	}
	if isDigit(rune(t[0])) {
		if len(t) > 3 {
			return 0
		}
		n := 0
		for i := 0; i < len(t); i++ {
			if !isDigit(rune(t[i])) {
				return 0
			}
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	if n := lookup(ones[:], t); n > 0 {
		return n
	}
	return lookup(tens[:], t) * 10
}

// number is a count read backward from a unit word: its value and range.
type number struct {
	lo, hi int // equal unless a range is written as one word: "10-15"
	pos    int // where its words begin
}

// numberBefore reads the whole number whose last word ends before the white
// space before pos: "12", "twelve", "twenty-five", "twenty five", "10-15",
// "a hundred", "three hundred". Words before floor are not read.
func numberBefore(s string, pos, floor int) (number, bool) {
	w, ok := before(s, pos)
	if !ok || w.pos < floor {
		return number{}, false
	}
	t := s[w.pos:w.end]
	if n := simpleNumber(t); n > 0 {
		nb := number{lo: n, hi: n, pos: w.pos}
		if isDigit(rune(t[0])) {
			return nb, true
		}
		// "twenty five": a tens word just before a units word.
		if n < 10 {
			if w2, ok := before(s, w.pos); ok && w2.pos >= floor {
				if t := lookup(tens[:], s[w2.pos:w2.end]); t > 0 {
					nb.lo, nb.hi, nb.pos = t*10+n, t*10+n, w2.pos
				}
			}
		}
		// "a hundred and fifty"
		if and, ok := before(s, nb.pos); ok && and.pos >= floor && and.is(s, "and") {
			if h, ok := before(s, and.pos); ok && h.is(s, "hundred") {
				if h, ok := numberBefore(s, and.pos, floor); ok {
					nb.lo, nb.hi, nb.pos = h.lo+nb.lo, h.lo+nb.lo, h.pos
				}
			}
		}
		return nb, true
	}
	if strings.EqualFold(t, "hundred") {
		w2, ok := before(s, w.pos)
		if !ok || w2.pos < floor {
			return number{}, false
		}
		m := 1
		if !w2.is(s, "a") {
			if m = lookup(ones[:10], s[w2.pos:w2.end]); m == 0 {
				return number{}, false
			}
		}
		return number{lo: 100 * m, hi: 100 * m, pos: w2.pos}, true
	}
	a, b, ok := compound(s, w)
	if !ok {
		return number{}, false
	}
	x, y := simpleNumber(a), simpleNumber(b)
	switch {
	case x >= 20 && x%10 == 0 && y > 0 && y < 10 && !isDigit(rune(a[0])) && !isDigit(rune(b[0])):
		return number{lo: x + y, hi: x + y, pos: w.pos}, true // "twenty-five"
	case x > 0 && y > x && isDigit(rune(a[0])) && isDigit(rune(b[0])) && !strings.ContainsAny(t, ".,"):
		return number{lo: x, hi: y, pos: w.pos}, true // "10-15", "10–15"
	}
	return number{}, false
}

// isScale reports the words that multiply a number: a count after one
// is part of a larger figure ("ten thousand and two years").
func isScale(s string, w word) bool {
	return w.isAny(s, "hundred", "thousand", "million", "billion", "trillion", "score", "dozen",
		"hundreds", "thousands", "millions", "billions", "scores", "dozens")
}

// isNumberWord reports a number written in words, or a scale word.
func isNumberWord(s string, w word) bool {
	t := s[w.pos:w.end]
	if !isDigit(rune(t[0])) && simpleNumber(t) > 0 {
		return true
	}
	if a, b, ok := compound(s, w); ok && !isDigit(rune(a[0])) && simpleNumber(a) > 0 && simpleNumber(b) > 0 {
		return true
	}
	return isScale(s, w)
}

// hedgePhrases are the words before a count that widen it, named as
// quantity names its hedges, so a report reads them alike. Longer phrases
// come first: "no more than" is tried before "more than".
var hedgePhrases = []struct {
	words []string
	hedge string
}{
	{[]string{"a", "little", "more", "than"}, hJustOver},
	{[]string{"a", "little", "less", "than"}, hNearly},
	{[]string{"slightly", "more", "than"}, hJustOver},
	{[]string{"a", "little", "over"}, hJustOver},
	{[]string{"no", "more", "than"}, hUpTo},
	{[]string{"not", "more", "than"}, hUpTo},
	{[]string{"no", "less", "than"}, hAtLeast},
	{[]string{"no", "fewer", "than"}, hAtLeast},
	{[]string{"a", "little", "under"}, hNearly},
	{[]string{"in", "excess", "of"}, hMoreThan},
	{[]string{"just", "shy", "of"}, hNearly},
	{[]string{"just", "over"}, hJustOver},
	{[]string{"slightly", "over"}, hJustOver},
	{[]string{"just", "under"}, hNearly},
	{[]string{"not", "quite"}, hNearly},
	{[]string{"close", "to"}, hAbout},
	{[]string{"more", "than"}, hMoreThan},
	{[]string{"well", "over"}, hMoreThan},
	{[]string{"upwards", "of"}, hMoreThan},
	{[]string{"at", "least"}, hAtLeast},
	{[]string{"less", "than"}, hFewerThan},
	{[]string{"fewer", "than"}, hFewerThan},
	{[]string{"up", "to"}, hUpTo},
	{[]string{"at", "most"}, hUpTo},
	{[]string{"about"}, hAbout},
	{[]string{"around"}, hAbout},
	{[]string{"roughly"}, hAbout},
	{[]string{"approximately"}, hAbout},
	{[]string{"some"}, hAbout},
	{[]string{"circa"}, hAbout},
	{[]string{"nearly"}, hNearly},
	{[]string{"almost"}, hNearly},
	{[]string{"over"}, hMoreThan},
	{[]string{"under"}, hFewerThan},
}

// hedgeBefore returns the hedge whose words end before the white space
// before pos, and where they begin.
func hedgeBefore(s string, pos, floor int) (string, int) {
	last, ok := before(s, pos)
	if !ok || last.pos < floor {
		return "", pos
	}
	for _, p := range hedgePhrases {
		if !last.is(s, p.words[len(p.words)-1]) {
			continue
		}
		at, ok := last.pos, true
		for k := len(p.words) - 2; k >= 0 && ok; k-- {
			var w word
			w, ok = before(s, at)
			ok = ok && w.pos >= floor && w.is(s, p.words[k])
			at = w.pos
		}
		if !ok {
			continue
		}
		if len(p.words) == 1 && particle(s, at) {
			// "taken over two years ago" was taken two years ago.
			return "", pos
		}
		return p.hedge, at
	}
	return "", pos
}

// particle reports whether the hedge word at pos may be the particle of a
// phrasal verb ("took over", "went under", "came about"), which makes it
// no hedge. The list is short on purpose: a hedge read where there is none
// only widens the interval, which still holds the year meant.
func particle(s string, pos int) bool {
	w, ok := before(s, pos)
	return ok && w.isAny(s,
		"take", "takes", "took", "taken", "taking",
		"hand", "hands", "handed", "handing",
		"come", "comes", "came", "coming",
		"bring", "brings", "brought", "bringing",
		"go", "goes", "went", "gone", "going",
		"get", "gets", "got", "gotten", "getting",
		"turn", "turns", "turned", "turning",
		"win", "wins", "won", "winning",
		"pass", "passed", "move", "moved", "switch", "switched", "sign", "signed",
		"set", "sets", "hold", "held", "knock", "knocked", "run", "ran")
}

// determinerBefore reports whether the word before pos ties what follows to
// a noun phrase: "the last year", "his last year", "Biden's next year",
// "the players' last year". Then "last year" is a stretch of time, not
// the year before publication.
func determinerBefore(s string, pos int) bool {
	w, ok := before(s, pos)
	if !ok {
		// "the players' last year": the apostrophe is no part of a word.
		i := skipSpaceBack(s, pos)
		if i == pos || i < 2 {
			return false
		}
		t := strings.TrimRight(s[:i], "'\u2019")
		return len(t) < i && len(t) > 0 && t[len(t)-1]|0x20 == 's'
	}
	switch {
	case w.isAny(s, "the", "a", "an", "his", "its", "their", "our", "my", "your", "whose",
		"this", "these", "those", "every", "each", "any", "no", "very"):
		return true
	case w.is(s, "her"):
		// "met her last year" is an object; "in her last year" a possessive.
		p, ok := before(s, w.pos)
		return ok && p.isAny(s, "in", "during", "of", "for", "into", "through", "throughout",
			"on", "at", "from", "since", "until", "over")
	}
	if b, poss := possessive(s, w); poss {
		// "Biden's last year", but not "that's last year's figure".
		return !b.isAny(s, "it", "that", "what", "there", "here", "he", "she", "who",
			"where", "let", "how", "when", "why", "which")
	}
	return false
}
