package attribution

// Attribution is who a sentence says gives a figure.
type Attribution struct {
	// Claimant is the source as written in the sentence, without surrounding
	// punctuation or quotes: "the city's mayor", "Ukrainian authorities",
	// "the UN", "Zelensky". It is always sentence[Pos:End].
	Claimant string
	// Pos and End are the byte offsets of Claimant in the sentence.
	Pos, End int
	// Cue is the word or words that tie the claimant to the figure, in lower
	// case: "according to", "said", "reported", "estimates", "told",
	// "citing", "per", "put", "figures from", "reported by", "show",
	// "quoted as saying", "adding".
	Cue string
}

// Find returns the attribution of the figure at sentence[valuePos:valueEnd],
// and false when the sentence names no source for it. A figure span outside
// the sentence, or reversed, has no source; an empty span is a point. Find
// allocates only for a sentence over 96 tokens or a cue written in capitals.
func Find(sentence string, valuePos, valueEnd int) (Attribution, bool) {
	if valuePos < 0 || valueEnd > len(sentence) || valuePos > valueEnd {
		return Attribution{}, false
	}
	var tb [96]token
	return find(sentence, prepare(sentence, tb[:0]), valuePos, valueEnd)
}

// Sentence is one sentence tokenized for the Finds of several figures in
// it: a sentence that states several facts is read once, not once a
// figure. The zero value is ready for Reset, and keeps its buffer from one
// sentence to the next. A Sentence is not safe for concurrent use.
type Sentence struct {
	s    string
	toks []token
}

// Reset makes p the sentence s.
func (p *Sentence) Reset(s string) {
	p.s, p.toks = s, prepare(s, p.toks[:0])
}

// Find is Find of the sentence p was last Reset to.
func (p *Sentence) Find(valuePos, valueEnd int) (Attribution, bool) {
	if valuePos < 0 || valueEnd > len(p.s) || valuePos > valueEnd {
		return Attribution{}, false
	}
	return find(p.s, p.toks, valuePos, valueEnd)
}

// prepare appends the tokens of sentence to toks, as every figure's
// analysis reads them.
func prepare(sentence string, toks []token) []token {
	toks = tokenize(sentence, toks)
	if !hasLower(sentence) {
		// A headline in capitals: case tells neither names nor verbs apart.
		for i := range toks {
			toks[i].upper, toks[i].acronym = false, false
		}
	}
	return toks
}

// find is Find on the sentence's tokens, which it does not change.
func find(sentence string, toks []token, valuePos, valueEnd int) (Attribution, bool) {
	a := analysis{s: sentence, toks: toks}
	a.locate(valuePos, valueEnd)
	var cb [8]cand
	c, ok := a.choose(a.cues(cb[:0]))
	if !ok {
		return Attribution{}, false
	}
	// Built here from sentence, not in choose from a.s: escape analysis is
	// not field-sensitive, and a result taken from a would move the token
	// buffer to the heap.
	cue := c.cue
	if cue == "" {
		cue = lowerCue(sentence[c.cuePos:c.cueEnd])
	}
	return Attribution{Claimant: sentence[c.pos:c.end], Pos: c.pos, End: c.end, Cue: cue}, true
}

// locate finds the figure's tokens and its clause. A figure between tokens
// (an empty span in whitespace) gets figHi == figLo-1, so that no phrase
// may straddle it.
func (a *analysis) locate(pos, end int) {
	a.figLo, a.figHi = len(a.toks), -1
	for i, t := range a.toks {
		if t.end > pos && t.pos < end || pos == end && t.pos <= pos && pos < t.end {
			a.figLo = min(a.figLo, i)
			a.figHi = i
		}
	}
	if a.figHi < 0 {
		a.figLo = len(a.toks)
		for i, t := range a.toks {
			if t.pos >= end {
				a.figLo = i
				break
			}
		}
		a.figHi = a.figLo - 1
	}
	// The clause runs between semicolons, within the window; a window edge
	// is moved onto punctuation, so that no phrase is cut in two.
	lo, hi := max(0, a.figLo-window), min(len(a.toks), max(a.figHi+1, a.figLo)+window)
	a.cs, a.ce = lo, hi
	for i := min(a.figLo, len(a.toks)) - 1; i >= lo; i-- {
		if a.toks[i].kind == kSemi {
			a.cs = i + 1
			break
		}
	}
	if a.cs == lo && lo > 0 {
		a.cs = a.figLo
		for i := lo; i < a.figLo; i++ {
			if a.toks[i].kind != kWord {
				a.cs = i + 1
				break
			}
		}
	}
	for i := max(a.figHi+1, a.figLo); i < hi; i++ {
		if a.toks[i].kind == kSemi {
			a.ce = i
			break
		}
	}
	if a.ce == hi && hi < len(a.toks) {
		a.ce = max(a.figHi+1, a.figLo)
		for i := hi - 1; i > a.figHi; i-- {
			if a.toks[i].kind != kWord {
				a.ce = i
				break
			}
		}
	}
	for a.first = 0; a.first < len(a.toks) && a.toks[a.first].kind != kWord; a.first++ {
	}
}

// window bounds the analysis to this many tokens either side of the figure.
// News sentences are shorter; a longer one is a list or a table read as
// prose, and the analysis of it would grow with the square of its length.
const window = 100

// choose returns the attribution of the cue nearest the figure among those
// that speak for it.
func (a *analysis) choose(cs []cand) (cand, bool) {
	best := a.nearest(cs, -1)
	if best < 0 {
		return cand{}, false
	}
	c := cs[best]
	for _, o := range cs {
		if o.citing && !a.overlapsFigure(o.unitLo, o.unitHi) && (o.cueTok == c.unitHi+1 ||
			o.cueTok == c.unitHi+2 && c.unitHi+1 < len(a.toks) && a.toks[c.unitHi+1].kind == kComma ||
			c.unitLo <= o.cueTok && o.cueTok <= c.unitHi) {
			c = o // Reuters reported, citing two officials
			break
		}
	}
	if c.bare {
		o := a.nearest(cs, c.cueTok)
		if o < 0 {
			return cand{}, false
		}
		c = cs[o]
	}
	return c, true
}

// nearest returns the index of the cue nearest the figure that speaks for
// it, or -1. With inside ≥ 0 it considers only cues with a real claimant
// whose scope holds token inside: the cues a pronoun's cue is nested in.
func (a *analysis) nearest(cs []cand, inside int) int {
	best, bestDist := -1, 0
	fpos, fend := a.figSpan()
	for i, c := range cs {
		if c.lo > a.figLo || a.figHi >= c.hi || a.overlapsFigure(c.unitLo, c.unitHi) {
			continue
		}
		if inside >= 0 && (c.bare || inside < c.lo || inside >= c.hi) {
			continue
		}
		d := c.cuePos - fend
		if c.cueEnd <= fpos {
			d = fpos - c.cueEnd
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

func (a *analysis) figSpan() (int, int) {
	if a.figHi < a.figLo {
		if a.figLo < len(a.toks) {
			return a.toks[a.figLo].pos, a.toks[a.figLo].pos
		}
		return len(a.s), len(a.s)
	}
	return a.toks[a.figLo].pos, a.toks[a.figHi].end
}
