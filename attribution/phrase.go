package attribution

import "strings"

// maxWords caps a claimant: a longer run before a cue is nearly always a
// clause the rules failed to cut, and naming no source beats naming a wrong
// one. Real claimants run to a dozen words: "residents of the small town
// near the border with Russia".
const maxWords = 12

// analysis is one sentence, tokenized, with the figure's tokens [figLo,
// figHi] and its clause [cs, ce).
type analysis struct {
	s            string
	toks         []token
	figLo, figHi int
	cs, ce       int
	first        int // the first word
}

func (a *analysis) word(i int) bool { return i >= 0 && i < len(a.toks) && a.toks[i].kind == kWord }

func (a *analysis) has(i int, f flags) bool { return a.word(i) && a.toks[i].fl&f != 0 }

func (a *analysis) is(i int, w string) bool {
	return a.word(i) && a.toks[i].end-a.toks[i].pos == len(w) && strings.EqualFold(a.s[a.toks[i].pos:a.toks[i].end], w)
}

// lower reports whether token i is a word written in lower case, as reporting
// verbs are: "Said" is more often Edward Said than a cue.
func (a *analysis) lower(i int) bool { return a.word(i) && !a.toks[i].upper }

// initial reports whether token i is the first word of the sentence.
func (a *analysis) initial(i int) bool { return i == a.first }

// overlapsFigure reports whether tokens [i, j] share a token with the figure.
func (a *analysis) overlapsFigure(i, j int) bool { return i <= a.figHi && a.figLo <= j }

// endish reports whether token i closes what came before: the end of the
// clause or a mark that no complement starts with.
func (a *analysis) endish(i int) bool {
	if i >= a.ce {
		return true
	}
	switch a.toks[i].kind {
	case kStop, kComma, kSemi, kDash, kClose:
		return true
	case kQuote:
		return i+1 >= a.ce || a.toks[i+1].kind != kWord
	}
	return false
}

// npBack returns the first token of the noun phrase that ends at token to,
// going no further left than lo. The phrase runs back to a clause edge
// (punctuation, a conjunction, a relative pronoun, an auxiliary) or to a
// determiner not preceded by a preposition, so "Later in the day the regional
// governor" yields "the regional governor" and "the head of the agency"
// stays whole.
func (a *analysis) npBack(to, lo int) (int, bool) {
	if to < lo || !a.word(to) || a.toks[to].fl&(fPrep|fConj|fRel|fBe|fModal|fHave) != 0 {
		return 0, false
	}
	if a.toks[to].fl&fDet != 0 && a.toks[to].fl&fPron == 0 {
		return 0, false // "an estimated", "the said"
	}
	from := a.walkBack(to, to, lo)
	// Names joined by "and", and a list of them before: "Russia and Ukraine
	// said", "the UN, the World Bank and the EU said". A lower-case word
	// before "and" ends the phrase: "Kyiv burned and officials said".
	for list := false; ; list = true {
		sep := from - 1
		if !(a.is(sep, "and") || list && sep >= lo && a.toks[sep].kind == kComma) {
			break
		}
		k, ok := a.names(sep-1, lo)
		if !ok {
			break
		}
		if a.has(k-1, fPrep) {
			// "an assessment by the World Bank, the UN and the EU", but not
			// "Russia fired drones at Kyiv and officials said".
			if !a.has(k-2, fData|fSource) {
				break
			}
			from = a.walkBack(k-1, to, lo)
			break
		}
		from = k
	}
	from = a.trimLead(from, to)
	for from < to && a.toks[from].fl&fPrep != 0 {
		from++ // "according to the IOM, which said": the phrase is the IOM
	}
	if from > to {
		// walkBack stops before "according" and "citing" in any case,
		// which the test of to's flags above does not: "ACCording sAid
		// 40" left no word, and a claimant that ended before it began.
		return 0, false
	}
	words := 0
	for i := from; i <= to; i++ {
		if a.toks[i].kind == kWord {
			words++
		}
	}
	if words > maxWords {
		return 0, false
	}
	return from, true
}

// walkBack returns the first token of the run of words ending at token j
// and bounded as npBack says; to is the phrase's last token.
func (a *analysis) walkBack(j, to, lo int) int {
	for ; j >= lo; j-- {
		t := &a.toks[j]
		if t.kind != kWord || t.fl&(fConj|fRel|fBe|fModal|fHave) != 0 {
			break
		}
		if j < to && t.fl&fCue != 0 && t.fl&fData == 0 && !t.upper || a.is(j, "according") || a.is(j, "citing") {
			break // "officials said Zelensky said"
		}
		if t.fl&fDet != 0 && !a.has(j-1, fPrep) {
			return j
		}
	}
	return j + 1
}

// names returns the start of a short run of capitalised words, with their
// determiners, ending at token i ("the World Bank", "Russia"), when what
// precedes it lets it be one item of a list: a clause edge or a preposition.
func (a *analysis) names(i, lo int) (int, bool) {
	k, n := i, 0
	for ; k >= lo && a.word(k) && i-k < 5; k-- {
		t := a.toks[k]
		if t.fl&fDet != 0 && t.fl&fPron == 0 || a.inName(k) {
			continue
		}
		if !t.upper || t.num || t.fl&(fPron|fConj|fRel|fPrep|fAdv|fTime) != 0 {
			break
		}
		n++
	}
	if n == 0 || k >= lo && a.word(k) && !a.has(k, fPrep|fConj) {
		return 0, false
	}
	return k + 1, true
}

// trimLead drops a time or place phrase that opens the run without a comma:
// "On Tuesday officials", "Later in the day officials", "In Kharkiv
// officials", "Meanwhile officials".
func (a *analysis) trimLead(from, to int) int {
	for from < to {
		t := a.toks[from]
		if t.fl&(fAdv|fDay|fTimeLead) != 0 && t.fl&fDet == 0 {
			from++
			continue
		}
		if t.fl&fPrep == 0 {
			break
		}
		k := from + 1
		for k < to && a.toks[k].fl&fDet != 0 {
			k++
		}
		m := k
		for m < to && (a.toks[m].fl&(fTime|fTimeLead) != 0 || a.toks[m].num) {
			m++
		}
		if m > k && a.toks[m-1].fl&fTime != 0 {
			from = m
			continue
		}
		for m < to && a.toks[m].upper && !a.toks[m].poss {
			m++
		}
		if m > k && !a.toks[m].upper && a.toks[m].fl&(fPrep|fConj) == 0 {
			from = m
			continue
		}
		break
	}
	return from
}

// npFwd returns the last token of the noun phrase starting at from and
// ending before hi: up to punctuation, a clause word, or the figure.
func (a *analysis) npFwd(from, hi int) (int, int, bool) {
	if from < hi && a.toks[from].kind == kQuote {
		from++ // according to “senior officials”
	}
	j := from
	for n := 0; j < hi && n < maxWords; j++ {
		t := a.toks[j]
		if t.kind == kQuote && j > from && a.has(j-1, fDet|fPrep) && a.word(j+1) {
			continue
		}
		if j >= a.figLo && j <= a.figHi {
			if a.has(j-1, fPrep|fDet) {
				return 0, 0, false // "data from a trial of 43,000 people" holds the figure
			}
			break
		}
		if t.kind != kWord {
			break
		}
		if j > from && t.fl&fDet != 0 && !a.has(j-1, fPrep) {
			break // according to officials the strike ...: a new subject
		}
		if j > from && !a.inName(j) && (t.fl&(fConj|fRel|fBe|fModal|fHave) != 0 ||
			t.fl&fCue != 0 && t.fl&fData == 0 && !t.upper ||
			a.is(j, "cited") || a.is(j, "quoted")) {
			break
		}
		n++
	}
	to := a.trimTrail(from, j-1)
	for to >= from && (a.toks[to].kind != kWord || a.toks[to].fl&(fDet|fPrep) != 0 && a.toks[to].fl&fPron == 0) {
		to--
	}
	return from, to, to >= from
}

// trimTrail drops time and channel phrases from the end of tokens [from, to]:
// "the UN on Tuesday", "the ministry in a statement".
func (a *analysis) trimTrail(from, to int) int {
	for to > from {
		k, ok := a.adjunctBack(to, from+1)
		if !ok {
			break
		}
		to = k
	}
	return to
}

// adjunctBack recognises a time or channel phrase ending at token i and
// starting no earlier than lo ("on Tuesday", "in a statement", "last week",
// "in his nightly video address", "Tuesday") and returns the token before it.
func (a *analysis) adjunctBack(i, lo int) (int, bool) {
	if !a.word(i) {
		return i, false
	}
	t := a.toks[i]
	head := t.fl&(fTime|fChannel) != 0 || t.num && a.has(i-1, fMonth)
	if t.fl&fChannel != 0 && t.fl&fTime == 0 && t.upper && !a.has(i-1, fPrep) {
		head = false // "Telegram" alone is a name; "on Telegram" is a channel
	}
	if !head {
		return i, false
	}
	for k := i - 1; k >= lo && k >= i-5 && a.word(k); k-- {
		u := a.toks[k]
		if u.fl&fPrep != 0 {
			return k - 1, true
		}
		if u.fl&(fConj|fRel|fBe|fModal|fHave|fPron) != 0 && u.fl&fDet == 0 ||
			u.fl&fCue != 0 && !u.upper || u.upper && u.fl&(fTime|fChannel) == 0 && !u.poss {
			break
		}
	}
	if t.fl&fTime != 0 {
		j := i
		for j-1 >= lo && a.has(j-1, fTime|fTimeLead) {
			j--
		}
		if a.toks[j].fl&(fTimeLead|fDay) != 0 {
			return j - 1, true
		}
	}
	return i, false
}

// adjunctFwd skips what may stand between a cue and its complement or the
// end of its clause: adverbs, time words and prepositional phrases ("said on
// Tuesday in a statement"), and after told its object ("told reporters").
func (a *analysis) adjunctFwd(i int, told bool) int {
	if told {
		k := i
		if a.has(k, fDet) {
			k++
		}
		n := 0
		for ; k < a.ce && a.word(k) && n < 3; k, n = k+1, n+1 {
			if a.toks[k].fl&(fDet|fPrep|fConj|fRel|fPron|fBe|fModal|fHave|fNeg) != 0 || a.toks[k].num {
				break
			}
		}
		if n > 0 {
			i = k
		}
	}
	for i < a.ce && a.word(i) {
		t := a.toks[i]
		if t.fl&(fAdv|fTime|fTimeLead) != 0 && t.fl&(fDet|fConj) == 0 {
			i++
			continue
		}
		if t.fl&fPrep == 0 && !a.is(i, "after") && !a.is(i, "before") && !a.is(i, "following") || a.is(i, "that") {
			break
		}
		k := i + 1
		for ; k < a.ce && a.word(k) && k-i <= 8; k++ {
			u := a.toks[k]
			if a.inName(k) {
				continue // a filing with the Securities and Exchange Commission
			}
			if u.fl&(fConj|fRel|fPron|fBe|fModal|fHave|fPrep|fNeg) != 0 && u.fl&fDet == 0 ||
				u.fl&fDet != 0 && k > i+1 ||
				u.num && !a.has(k-1, fMonth) && !a.is(k-1, "in") {
				break
			}
		}
		if k == i+1 {
			break
		}
		i = k
	}
	return i
}

// inName reports whether token k is "and", "of", "for" or "&" between
// capitalised words, as in "Bureau of Labor Statistics".
func (a *analysis) inName(k int) bool {
	return (a.is(k, "and") || a.is(k, "of") || a.is(k, "for") || a.is(k, "&")) &&
		a.word(k-1) && a.toks[k-1].upper && a.word(k+1) && a.toks[k+1].upper
}

// isName reports whether tokens [from, to] name someone rather than describe
// a role: "Ihor Terekhov", "the UN", "the Syrian Observatory for Human
// Rights", but not "the city's mayor", "Kharkiv's mayor" or "a war monitor".
func (a *analysis) isName(from, to int) bool {
	if a.is(from, "the") && from < to {
		from++
	}
	t := a.toks[from]
	if t.fl&fSource != 0 && a.initial(from) {
		return false // "Officials", "Police": capitalised only because they open the sentence
	}
	return t.upper && !t.poss && t.fl&(fDet|fPron|fPrep|fConj|fAdv|fTime|fData) == 0 &&
		(from == to || !a.toks[to].poss && a.toks[to].upper || t.acronym)
}

// hyphenAdjective reports whether word i is a compound adjective ending in
// a lower-case part: "UN-backed", "Kremlin-run", "US-based".
func (a *analysis) hyphenAdjective(i int) bool {
	w := a.s[a.toks[i].pos:a.toks[i].end]
	h := strings.LastIndexAny(w, "-‑")
	return h >= 0 && h+1 < len(w) && 'a' <= w[h+1] && w[h+1] <= 'z'
}

// demonym reports whether word i reads as an adjective of place or people:
// Ukrainian, Western, Chinese, British, Israeli.
func (a *analysis) demonym(i int) bool {
	w := a.s[a.toks[i].pos:a.toks[i].end]
	for _, suf := range [...]string{"an", "ern", "ese", "ish", "i", "ic", "ch"} {
		if hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// sourceLike reports whether tokens [from, to] can be cited for a figure:
// a name, or a noun for people, bodies or data. "citing two officials" is a
// source; "citing security concerns" is a reason.
func (a *analysis) sourceLike(from, to int) bool {
	for i := from; i <= to; i++ {
		if a.toks[i].fl&(fSource|fData) != 0 {
			return true
		}
	}
	for i := from; i <= to; i++ {
		if a.toks[i].fl&fDet == 0 {
			return a.toks[i].upper
		}
	}
	return false
}

// party narrows a phrase built on a data noun to who produced the data:
// "figures from the health ministry" → "the health ministry", "the UN's
// latest figures" → "the UN", "a UN report" → "UN". Data naming no one
// ("the figures", "the latest report") returns bare, a claimant no report
// can compare, like a pronoun; other phrases come back unchanged.
func (a *analysis) party(from, to int) (pos, end int, bare bool) {
	pos, end = a.toks[from].pos, a.toks[to].end
	d := -1
	for i := from; i <= to; i++ {
		if a.toks[i].fl&fData != 0 && !a.toks[i].upper || a.toks[i].fl&fData != 0 && i == from {
			d = i
			break
		}
	}
	if d < 0 {
		return pos, end, false
	}
	m := from
	if a.has(m, fDet) {
		m++
	}
	// The maker after the data: "figures from the health ministry", "a
	// report published on Tuesday by the UN's food agency". "of" names the
	// maker only when nothing else does: "the estimates of the Pentagon",
	// but "an AFP analysis of ISW data" is AFP's.
	for k := d + 1; k < to && k <= d+6 && a.word(k) && !a.has(k, fConj|fRel); k++ {
		by := a.is(k, "from") || a.is(k, "by")
		if !by && !(a.is(k, "of") && k == d+1 && m == d && a.toks[k+1].upper) {
			if a.is(k, "of") {
				break
			}
			continue
		}
		if !a.sourceLike(k+1, to) {
			break // data from the war, figures from last year
		}
		if a.hasData(k+1, to) {
			return a.party(k+1, to) // an analysis of data from the ISW
		}
		return a.toks[k+1].pos, end, false
	}
	if d != to && !a.is(d+1, "of") {
		return pos, end, false
	}
	// Data as the head: look at what modifies it.
	p := -1
	for i := m; i < d; i++ {
		if a.toks[i].poss {
			p = i
		}
	}
	if p >= 0 {
		t := a.toks[p]
		cut := 2
		if hasSuffix(a.s[t.pos:t.end], "’s") {
			cut = 4
		} else if hasSuffix(a.s[t.pos:t.end], "'") {
			cut = 1
		} else if hasSuffix(a.s[t.pos:t.end], "’") {
			cut = 3
		}
		return pos, t.end - cut, false
	}
	acr, vague, caps := true, true, true
	for i := m; i < d; i++ {
		acr = acr && a.toks[i].acronym
		vague = vague && a.toks[i].fl&(fVague|fDet|fPron|fNumWord) != 0
		caps = caps && a.toks[i].upper && !a.hyphenAdjective(i)
	}
	// "Home Office figures" and "a Reuters tally" name a party; "Israeli
	// tallies" and "Western estimates" an adjective, and "Media reports"
	// may be capitalised only for opening the sentence.
	named := acr || caps && !a.demonym(d-1) && (d-m > 1 || !a.initial(m))
	switch {
	case m == d || vague:
		return pos, end, true
	case named:
		if a.is(from, "the") {
			return pos, a.toks[d-1].end, false
		}
		return a.toks[m].pos, a.toks[d-1].end, false
	}
	return pos, end, false
}
