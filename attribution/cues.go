package attribution

import "strings"

// A cand is a cue found in the figure's clause, with its claimant and the
// tokens [lo, hi) it speaks for.
type cand struct {
	cue            string // a phrase the sentence does not spell out; else s[cuePos:cueEnd]
	cuePos, cueEnd int    // bytes
	cueTok         int
	pos, end       int  // claimant bytes
	bare           bool // a pronoun, or data naming no one
	lo, hi         int
	unitLo, unitHi int // tokens of the attribution itself: claimant, cue, adjuncts
	citing         bool
}

// cueWords are the words cues tests a token for by name, in lower case:
// byCue's and those of its switch.
var cueWords = []string{"according", "citing", "per", "by", "quoted", "adding", "saying",
	"reported", "confirmed", "estimated", "compiled", "published", "released", "provided",
	"verified", "documented", "recorded", "counted", "tallied", "issued", "gathered", "collected",
	"conducted"}

// cues returns every cue in the figure's clause.
func (a *analysis) cues(cs []cand) []cand {
	for i := a.cs; i < a.ce; i++ {
		// A word that is none of cueWords, data or a reporting verb
		// starts no cue: most words of a clause are passed over on their
		// flags, not tested against each cue's words.
		if !a.word(i) || a.toks[i].fl&(fCueWord|fData|fCue) == 0 || inUnit(cs, i) && !a.is(i, "citing") {
			continue
		}
		t := a.toks[i]
		var c cand
		ok := false
		switch {
		case a.is(i, "according") && a.is(i+1, "to"):
			c, ok = a.prepCue(i, i+1, "according to")
		case a.is(i, "citing"):
			c, ok = a.prepCue(i, i, "citing")
			c.citing = true
		case a.is(i, "per"):
			c, ok = a.prepCue(i, i, "per")
		case a.is(i, "by"):
			// "by the CBO's estimate", "by one count": the head must be data
			c, ok = a.prepCue(i, i, "by")
			ok = ok && a.has(c.unitHi, fData)
		case a.lower(i) && a.is(i+1, "by") && byCue(a.s[t.pos:t.end]):
			c, ok = a.prepCue(i, i+1, "")
		case t.fl&fData != 0 && (a.is(i+1, "from") || a.is(i+1, "by")):
			c, ok = a.prepCue(i, i+1, "")
			ok = ok && !(a.lower(c.unitHi+1) && a.toks[c.unitHi+1].fl&fCue != 0) // left to the verb
		case a.lower(i) && a.is(i, "quoted"):
			c, ok = a.quoted(i)
		case a.lower(i) && (a.is(i, "adding") || a.is(i, "saying")) && i > 0 && a.toks[i-1].kind == kComma && len(cs) > 0:
			c, ok = a.adding(i, cs[len(cs)-1])
		case a.lower(i) && t.fl&fCue != 0:
			c, ok = a.verbCue(i)
		}
		if ok && !a.overlapsFigure(c.unitLo, c.unitHi) {
			cs = append(cs, c)
		}
	}
	return cs
}

func inUnit(cs []cand, i int) bool {
	for _, c := range cs {
		if c.unitLo <= i && i <= c.unitHi {
			return true
		}
	}
	return false
}

// byCue reports whether w, before "by", names the agent of a figure:
// "as reported by", "confirmed by", "figures compiled by".
func byCue(w string) bool {
	switch w {
	case "reported", "confirmed", "estimated", "compiled", "published", "released", "provided",
		"verified", "documented", "recorded", "counted", "tallied", "issued", "gathered", "collected",
		"conducted":
		return true
	}
	return false
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

func lowerCue(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// prepCue reads a cue whose claimant follows it, tokens i..j: "according to
// X", "citing X", "per X", "reported by X", "figures from X". It speaks for
// its whole clause.
func (a *analysis) prepCue(i, j int, cue string) (cand, bool) {
	from, to, ok := a.npFwd(j+1, a.ce)
	if !ok {
		return cand{}, false
	}
	first := from
	if a.has(first, fDet) && first < to {
		first++
	}
	switch cue {
	case "according to":
		if a.toks[first].fl&fNotSource != 0 && !a.toks[first].upper {
			return cand{}, false // according to plan
		}
	case "per":
		if !a.toks[first].upper && !a.has(to, fData) {
			return cand{}, false // per cent, per day, per the agreement
		}
	case "by":
		// The caller requires a data head: "by the CBO's estimate".
	default:
		if !a.sourceLike(from, to) {
			return cand{}, false // citing security concerns
		}
	}
	c := cand{cue: cue, cuePos: a.toks[i].pos, cueEnd: a.toks[j].end, cueTok: i,
		lo: a.cs, hi: a.ce, unitLo: i, unitHi: to}
	if a.is(i-1, "as") {
		c.unitLo = i - 1 // as per, as reported by
	}
	// "according to the head of the region, Oleh Syniehubov, ..."
	if a.role(from) && to+2 < a.ce && a.toks[to+1].kind == kComma && a.word(to+2) && a.toks[to+2].upper {
		f2, t2, ok := a.npFwd(to+2, a.ce)
		if ok && t2 > f2 && a.isName(f2, t2) && a.endish(t2+1) {
			from, to = f2, t2
			c.unitHi = t2
		}
	}
	c.pos, c.end, c.bare = a.party(from, to)
	c.bare = c.bare || a.pronoun(from, to)
	return c, true
}

// role reports whether the phrase at from describes someone by office: "the
// mayor", "Kharkiv's governor", "a spokesman".
func (a *analysis) role(from int) bool {
	t := a.toks[from]
	return t.fl&fDet != 0 && t.fl&fPron == 0 || t.poss
}

func (a *analysis) pronoun(from, to int) bool {
	return from == to && a.toks[from].fl&fPron != 0 && !a.toks[from].acronym
}

// verbCue reads a reporting verb at token i, its claimant before it, or
// after it when inverted (", said the mayor").
func (a *analysis) verbCue(i int) (cand, bool) {
	t := a.toks[i]
	w := a.s[t.pos:t.end]
	if w == "claimed" || w == "claims" || w == "claim" {
		for k := i + 1; k <= i+3 && k < a.ce; k++ {
			if a.is(k, "lives") || a.is(k, "life") || a.is(k, "responsibility") || a.is(k, "credit") {
				return cand{}, false // the attack claimed 40 lives
			}
		}
	}
	if t.fl&fInvert != 0 && i > a.cs {
		if p := a.toks[i-1].kind; p == kComma || p == kDash || p == kQuote {
			if c, ok := a.inverted(i); ok {
				return c, true
			}
		}
	}
	if a.word(i-1) && a.toks[i-1].poss {
		return cand{}, false // analysts' estimates, Russia's claims
	}
	if t.fl&fPut == 0 && a.is(i+1, "at") && !a.is(i+2, "least") && !a.is(i+2, "most") {
		return cand{}, false // "territory – currently estimated at 20%": a participle
	}
	lo := a.cs
	if a.figHi < i && a.figHi >= a.cs {
		lo = a.figHi + 1
	}
	k := i - 1
	for k >= lo && a.word(k) {
		u := a.toks[k]
		if u.fl&fNeg != 0 || u.fl&(fModal|fBe) != 0 || a.is(k, "to") {
			return cand{}, false // did not say, could confirm, was reported, declined to say
		}
		if u.fl&fConj != 0 && !a.has(k-1, fHave) {
			break
		}
		if u.fl&(fHave|fAdv) != 0 && u.fl&fDet == 0 {
			k--
			continue
		}
		if k2, ok := a.adjunctBack(k, lo); ok {
			k = k2
			continue
		}
		// A word of no class; cueWords are named there, not classed.
		if !u.upper && u.fl&^fCueWord == 0 && hasSuffix(a.s[u.pos:u.end], "ed") && a.has(k-1, fData|fSource) {
			k-- // "figures released on Monday show"
			continue
		}
		break
	}
	if k >= lo+2 && a.toks[k].kind == kClose {
		// "the International Organization for Migration (IOM) said"
		o := k - 1
		for o > lo && o >= k-4 && a.word(o) {
			o--
		}
		if a.toks[o].kind == kOpen && o < k-1 && a.word(o-1) {
			k = o - 1
		}
	}
	if k < lo {
		return cand{}, false
	}
	var from, to int
	ok := false
	unitLo := 0
	switch {
	case a.toks[k].kind == kComma || a.toks[k].kind == kDash:
		from, to, unitLo, ok = a.appositive(k, lo)
	case a.has(k, fRel) && !a.is(k, "that") && k-1 >= lo && a.toks[k-1].kind == kComma:
		// "the Observatory, which said 40 people died"
		to = k - 2
		from, ok = a.npBack(to, lo)
		unitLo = from
	case a.word(k):
		to = k
		from, ok = a.npBack(to, lo)
		unitLo = from
	}
	if !ok || a.overlapsFigure(from, to) || a.has(from, fNeg) {
		return cand{}, false
	}
	if w == "say" && a.sayNoun(to) {
		return cand{}, false // have the final say
	}
	needsData := t.fl&fNeedsData != 0 && !a.hasData(from, to)
	if t.fl&fPut != 0 && !a.putAt(i) {
		return cand{}, false
	}
	c := cand{cuePos: t.pos, cueEnd: t.end, cueTok: i, unitLo: unitLo}
	c.pos, c.end, c.bare = a.party(from, to)
	c.bare = c.bare || a.pronoun(from, to)
	after := a.adjunctFwd(i+1, t.fl&fTold != 0)
	if a.has(after, fIdiom) || (a.is(after, "yes") || a.is(after, "no")) && a.is(after+1, "to") {
		return cand{}, false // said goodbye, said no to
	}
	if after < a.ce && a.toks[after].kind == kComma {
		after = a.asideThat(after)
	}
	if (t.fl&fNeedsThat != 0 || needsData) && !a.endish(after) && !a.is(after, "that") &&
		a.toks[after].kind != kQuote && a.toks[after].kind != kColon {
		return cand{}, false // employers added 254,000 jobs; satellite images show 40 jets
	}
	return a.scope(c, after, t.fl&fPut != 0)
}

// newSubject reports whether token i opens a clause with a subject of its
// own: after "said the bridge was closed, and" come "its shares fell",
// "Russia launched", "30 were hurt" — but "had shot down" and "that" carry on
// what was said.
func (a *analysis) newSubject(i int) bool {
	return a.word(i) && !a.has(i, fAdv|fHave|fBe|fModal|fRel|fPrep) &&
		(a.has(i, fDet|fPron) || a.toks[i].upper || a.toks[i].num)
}

// asideThat skips a parenthetical between a cue and "that": in "Trump
// claimed, without evidence, that ..." and "Reuters reported, citing two
// officials, that ..." the complement starts at "that". It returns comma when
// no "that" follows the aside.
func (a *analysis) asideThat(comma int) int {
	for j := comma + 1; j < a.ce && j <= comma+10; j++ {
		if a.toks[j].kind == kComma {
			if a.is(j+1, "that") {
				return j + 1
			}
			return comma
		}
		if a.toks[j].kind != kWord || a.has(j, fRel) {
			return comma
		}
	}
	return comma
}

// scope sets what cue c speaks for, given after, the first token past the
// cue and its adjuncts: the rest of the clause when a complement follows,
// or, when none does (", the air force said."), the clause before it.
func (a *analysis) scope(c cand, after int, lead bool) (cand, bool) {
	c.unitHi = after - 1
	if lead || !a.endish(after) {
		c.lo, c.hi = c.cueTok+1, a.ce
		// A cue in a subordinate or relative clause speaks up to the comma
		// that closes it: "After officials said 40 people had died, the
		// governor ...", "The toll, which officials said stood at 40, rose
		// to 52".
		aside := a.has(c.unitLo-1, fSub) || a.has(c.unitLo-1, fRel) && !a.is(c.unitLo-1, "that")
		for j := after; j+1 < a.ce; j++ {
			if aside && (a.toks[j].kind == kComma || a.toks[j].kind == kDash) {
				c.hi = j
				break
			}
			if a.toks[j].kind == kComma && (a.has(j+1, fContrast) && !a.is(j+2, "that") ||
				(a.is(j+1, "and") || a.is(j+1, "so")) && a.newSubject(j+2)) {
				c.hi = j
				break
			}
		}
		return c, true
	}
	p := c.unitLo - 1
	if p < a.cs || !(a.toks[p].kind != kWord && a.toks[p].kind != kStop || a.is(p, "as")) {
		return cand{}, false // Russia launched 40 drones and the air force said.
	}
	c.lo, c.hi = a.cs, a.goesOn(c.unitLo, after)
	return c, true
}

// goesOn returns the end of the scope of a trailing cue whose unit is
// [unitLo, after). A verbless phrase after it is part of the claim ("...,
// the commission said, up from 59% in 2019"; "..., the air force said, most
// of them Shahed drones"); a clause is not ("..., the air force said, and
// Ukraine shot down 30").
func (a *analysis) goesOn(unitLo, after int) int {
	if after+1 >= a.ce || a.toks[after].kind != kComma || !a.word(after+1) {
		return unitLo
	}
	if n := a.toks[after+1]; n.fl&(fConj|fRel) != 0 || !n.upper && hasSuffix(a.s[n.pos:n.end], "ing") {
		return unitLo // ", and Ukraine shot down 30"; ", adding that"
	}
	for j := after + 1; j+1 < a.ce; j++ {
		if a.toks[j].kind == kComma && a.has(j+1, fConj) {
			return j
		}
	}
	return a.ce
}

// inverted reads ", said X" with the cue at token i; X runs to the end of
// the clause or to a comma, and a name in apposition after it ("said the
// mayor, Ihor Terekhov.") is preferred to the role.
func (a *analysis) inverted(i int) (cand, bool) {
	from, to, ok := a.npFwd(i+1, a.ce)
	if !ok || a.has(from, fNeg) {
		return cand{}, false
	}
	unitHi := to
	if n := to + 1; n+1 < a.ce && a.toks[n].kind == kComma && a.word(n+1) && (a.toks[n+1].upper || a.has(n+1, fDet)) {
		f2, t2, ok := a.npFwd(n+1, a.ce)
		if ok && a.endish(t2+1) {
			unitHi = t2
			if a.isName(f2, t2) && !a.isName(from, to) {
				from, to = f2, t2
			}
		}
	}
	if !a.endish(unitHi+1) && !(a.has(unitHi+1, fRel) && !a.is(unitHi+1, "that")) {
		return cand{}, false // "The group, which monitors the war, said the toll rose."
	}
	t := a.toks[i]
	c := cand{cuePos: t.pos, cueEnd: t.end, cueTok: i,
		lo: a.cs, hi: i - 1, unitLo: i, unitHi: unitHi}
	if a.toks[i-1].kind == kQuote && i >= 2 && a.toks[i-2].kind == kComma {
		c.hi = i - 2 // '"...," said X'
	}
	c.pos, c.end, c.bare = a.party(from, to)
	c.bare = c.bare || a.pronoun(from, to)
	return c, true
}

// appositive reads the claimant of "X, Y, said" where k is the comma or dash
// before the cue. Chunks that open with a relative pronoun or a lower-case
// word ("which monitors the war", "speaking to reporters", "however") are
// skipped; of two noun phrases in apposition the name wins.
func (a *analysis) appositive(k, lo int) (from, to, unitLo int, ok bool) {
	sep := k
	skipped := false
	for range 4 {
		p := sep - 1
		q := p
		for q >= lo && a.word(q) {
			q--
		}
		if p <= q {
			return 0, 0, 0, false
		}
		ft := a.toks[q+1]
		if ft.fl&fRel != 0 || !ft.upper && !ft.num && ft.fl&(fDet|fPron) == 0 {
			if q < lo || a.toks[q].kind != kComma && a.toks[q].kind != kDash {
				return 0, 0, 0, false
			}
			sep, skipped = q, true
			continue
		}
		if !skipped && (q < a.cs || a.toks[q].kind != a.toks[k].kind) {
			// "The damage, estimated at": a participle, not a verb. The
			// marks around a parenthetical match: "X, Y, said", "X — Y — said".
			return 0, 0, 0, false
		}
		f1, ok := a.npBack(p, lo)
		if !ok {
			return 0, 0, 0, false
		}
		from, to, unitLo = f1, p, f1
		if f1 != q+1 || q < lo || a.toks[q].kind != kComma && a.toks[q].kind != kDash {
			return from, to, unitLo, true
		}
		// Y fills its chunk: is the chunk before it the head X?
		p0 := q - 1
		q0 := p0
		for q0 >= lo && a.word(q0) {
			q0--
		}
		f0, ok := a.npBack(p0, lo)
		if !ok || f0 != q0+1 || q0 >= a.cs && a.word(q0) {
			return from, to, unitLo, true
		}
		switch {
		case a.isName(f0, p0):
			return f0, p0, f0, true
		case a.isName(f1, p):
			return f1, p, f0, true
		case a.role(f0):
			return f0, p0, f0, true // "the observatory, a Britain-based monitor, said"
		}
		return from, to, unitLo, true
	}
	return 0, 0, 0, false
}

// quoted reads "quoted X as saying" at token i, and the passive "X was
// quoted as saying".
func (a *analysis) quoted(i int) (cand, bool) {
	var from, to, say int
	ok := false
	unitLo := i
	if a.is(i+1, "as") {
		k := i - 1
		if a.has(k, fBe) {
			k--
		}
		to = k
		from, ok = a.npBack(k, a.cs)
		unitLo, say = from, i+2
	} else {
		from, to, ok = a.npFwd(i+1, a.ce)
		say = to + 2
		if ok && !a.is(to+1, "as") {
			return cand{}, false
		}
		if f, ok := a.npBack(i-1, a.cs); ok {
			unitLo = f
		}
	}
	if !ok || !(a.is(say, "saying") || a.is(say, "telling")) {
		return cand{}, false
	}
	c := cand{cue: "quoted as saying", cuePos: a.toks[i].pos, cueEnd: a.toks[say].end, cueTok: i, unitLo: unitLo}
	c.pos, c.end, c.bare = a.party(from, to)
	c.bare = c.bare || a.pronoun(from, to)
	c, ok = a.scope(c, a.adjunctFwd(say+1, false), false)
	if ok && c.lo == i+1 {
		c.lo = say + 1
	}
	return c, ok
}

// adding carries the claimant of the cue before it over ", adding that ...".
func (a *analysis) adding(i int, prev cand) (cand, bool) {
	if prev.unitHi >= i {
		return cand{}, false
	}
	after := a.adjunctFwd(i+1, false)
	if a.endish(after) {
		return cand{}, false
	}
	t := a.toks[i]
	c := prev
	c.cue, c.cuePos, c.cueEnd, c.cueTok = "", t.pos, t.end, i
	c.unitLo, c.citing = i, false
	return a.scope(c, after, true)
}

func (a *analysis) hasData(from, to int) bool {
	for i := from; i <= to; i++ {
		if a.toks[i].fl&fData != 0 {
			return true
		}
	}
	return false
}

// sayNoun reports whether the word before "say" makes it a noun: "the
// final say", "a bigger say".
func (a *analysis) sayNoun(i int) bool {
	for _, w := range [...]string{"final", "bigger", "greater", "more", "equal", "little", "much", "any", "big", "real", "direct", "larger", "strong", "stronger"} {
		if a.is(i, w) {
			return true
		}
	}
	return false
}

// putAt reports whether "put" at token i reads "put the toll at", with a
// determiner or possessive after it and "at" within ten words.
func (a *analysis) putAt(i int) bool {
	if !(a.has(i+1, fDet) || a.word(i+1) && a.toks[i+1].poss || a.is(i+1, "it") || a.is(i+1, "them")) {
		return false
	}
	for k := i + 2; k < a.ce && k <= i+11; k++ {
		if a.is(k, "at") {
			return true
		}
		if !a.word(k) {
			return false
		}
	}
	return false
}
