package checker

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/attribution"
	"github.com/crosscheck-news/crosscheck/timeref"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sentence"
)

// Extract returns the claims the facts take from one article, in the order
// of the article's sentences. To extract many articles, make one Extractor
// and use it for all of them: building its matcher is the costly part.
func Extract(a *article.Article, facts []*rules.Fact) []Claim {
	return NewExtractor(facts).Extract(a, nil)
}

// Extractor takes the claims of a set of facts from articles. Every term of
// every fact is compiled into one automaton (rules.Matcher), so an article
// is scanned for terms once whatever the number of facts, and only a
// sentence where some fact's terms all occur is scanned for quantities and
// matched further: most of a text costs one pass of the automaton. An
// Extractor is safe for concurrent use; each goroutine passes its own
// rules.Hits.
type Extractor struct {
	facts []*rules.Fact
	m     *rules.Matcher
	idx   []rules.FactTerms
	// keyed lists, for each slot of the matcher (terms that compile the
	// same share one: "Kharkiv" in ten rules), the facts its plain terms
	// can wake: one of a fact's plain all terms, or else each of its any
	// terms when all are plain. A sentence is matched against the facts
	// its terms wake, not against every fact: with a thousand facts, the
	// loop would cost more than the scan. Facts keyed on no plain term
	// (regular expressions only) are in always, tried on every sentence.
	keyed  [][]int // by slot; a slice, as a map lookup per hit cost a fifth of a 1000-rule run
	always []int
	// screens holds, by fact, the plain terms the filter of sentences
	// looks for (see sentences).
	screens []screen
	want    resolving // kindsWanted(facts)
	// scratch holds each goroutine's buffers between articles.
	scratch sync.Pool
}

// scratch is what one extraction reuses from the last.
type scratch struct {
	keyed []keyedHit
	// sortKeys and sorted are sortByPos's buffers.
	sortKeys []uint64
	sorted   []keyedHit
	hits     []sentence.Span
	blocks   []sentence.Block
	// The article each fact was last screened for (gen, stamped in
	// screened) and whether its terms all occur in it (occurs).
	gen      uint32
	screened []uint32
	occurs   []bool
	found    []uint32 // by slot: the article it was last found in (gen)
	// The block each fact was last screened for (block, stamped in
	// tried).
	block uint32
	tried []uint32
	spans []sentence.Span
	live  []int
	qs    []quantity.Quantity
	att   attribution.Sentence
	words sentenceWords
	// claims gathers an article's claims, which leave in one copy of
	// the length they come to: appended to a fresh slice, they were
	// copied at each doubling, the garbage a third of what Extract
	// allocated at 1000 rules.
	claims []Claim
}

// NewExtractor compiles the terms of facts into one matcher.
func NewExtractor(facts []*rules.Fact) *Extractor {
	m, idx := rules.NewFactMatcher(facts)
	x := &Extractor{facts: facts, m: m, idx: idx, want: kindsWanted(facts)}
	x.keyed = make([][]int, m.Slots())
	x.screens = make([]screen, len(facts))
	for k, f := range facts {
		x.screens[k] = newScreen(m, f, &idx[k])
		var keys []int
		for j, t := range f.Match.All {
			if !t.IsRegexp() {
				keys = idx[k].All[j : j+1]
				break
			}
		}
		if keys == nil && !slices.ContainsFunc(f.Match.Any, (*rules.Term).IsRegexp) {
			keys = idx[k].Any
		}
		if len(keys) == 0 {
			x.always = append(x.always, k)
			continue
		}
		for _, i := range keys {
			s := m.Slot(i)
			if l := x.keyed[s]; len(l) == 0 || l[len(l)-1] != k {
				x.keyed[s] = append(l, k)
			}
		}
	}
	return x
}

// Extract returns the claims the facts take from a, in the order of its
// sentences and, within one, of the facts. h is the goroutine's scratch
// space for term hits; nil makes one.
func (x *Extractor) Extract(a *article.Article, h *rules.Hits) []Claim {
	if h == nil {
		h = new(rules.Hits)
	}
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	defer x.scratch.Put(sc)
	claims := sc.claims[:0]
	want := x.want.in(a)
	live := sc.live[:0] // facts whose terms occur in the sentence
	own := owned{att: &sc.att}
	defer func() { sc.live = live }()
	for _, s := range x.sentences(a, h, sc) {
		text := a.Text[s.Pos:s.End]
		// The sentence's hits, from the scan of the whole body.
		h := h.Window(s.Pos-a.Body, s.End-a.Body)
		live = append(live[:0], x.always...)
		h.EachSlot(func(s int, _ []rules.Span) { live = append(live, x.keyed[s]...) })
		if len(live) == 0 {
			continue
		}
		// Claims come in fact order; a fact woken by two terms counts once.
		slices.Sort(live)
		live = slices.Compact(live)
		n := 0
		for _, k := range live {
			// A none term takes away the fact's claim whatever the
			// sentence's quantities: asked here, before the scan, it
			// spared a sixth of the sentences scanned at 1000 rules.
			if termsOccur(&x.idx[k], h) && !anyOccurs(x.idx[k].None, h) {
				live[n] = k
				n++
			}
		}
		live = live[:n]
		if len(live) == 0 {
			continue
		}
		r := readInto(sc.qs[:0], text, a.Published, want.of(x.facts, live))
		sc.qs = r.qs[:0]
		if len(r.qs) == 0 {
			continue
		}
		sc.words.reset()
		for _, k := range live {
			f := x.facts[k]
			m, ok := matchSentence(f, finder{h, x.idx[k]}, text, r.qs, &sc.words, nil)
			if !ok {
				continue
			}
			claims = append(claims, newClaim(a, s, f, m, &r, &own))
		}
	}
	if len(claims) == 0 {
		return nil
	}
	out := slices.Clone(claims)
	clear(claims) // the buffer holds on to no article's strings
	sc.claims = claims[:0]
	return out
}

// sentences scans the body of a into h and returns the sentences that can
// hold a claim: those that a term waking some fact touches, where that
// fact's other terms occur too (the screen, below). Only the blocks
// (paragraphs) the terms touch are split: most of a text is prose no rule
// is about. Each sentence's own hits are a window of h (Hits.Window), not a
// second scan. A term the scan finds across two sentences only makes a
// sentence be looked at for nothing; a term inside a sentence is one the
// scan of the whole text finds too (or one overlapping it, which touches
// the same sentence), so no sentence with a claim is left out.
// TestExtractorIsOracle holds Extract to extraction sentence by sentence,
// TestScreenedSentences the sentences to those where a fact's terms
// occur, and the bench corpus gives the same claims at 10, 100 and 1000
// rules.
func (x *Extractor) sentences(a *article.Article, h *rules.Hits, sc *scratch) []sentence.Span {
	x.m.Scan(a.Text[a.Body:], h)
	if len(x.always) > 0 {
		// A regular-expression fact can match any sentence.
		return sentence.Split(a.Text, a.Body)
	}
	if sc.gen++; sc.gen == 0 || len(sc.screened) < len(x.facts) {
		// Wrapped, or a new scratch: no stamp may look current.
		sc.screened, sc.occurs = make([]uint32, len(x.facts)), make([]bool, len(x.facts))
		sc.tried, sc.block = make([]uint32, len(x.facts)), 0
		sc.found = make([]uint32, x.m.Slots())
		sc.gen = 1
	}
	h.EachSlot(func(s int, _ []rules.Span) { sc.found[s] = sc.gen })
	keyed := sc.keyed[:0] // hits of terms that wake a fact, in the article's offsets
	h.EachSlot(func(s int, spans []rules.Span) {
		if !x.wakes(s, sc) {
			return
		}
		for _, sp := range spans {
			keyed = append(keyed, keyedHit{sentence.Span{Pos: a.Body + sp.Pos, End: a.Body + sp.End}, s})
		}
	})
	sc.keyed = keyed
	if len(keyed) == 0 {
		return nil
	}
	keyed = sortByPos(keyed, len(a.Text), sc)
	sc.keyed = keyed
	hits := sc.hits[:0]
	for _, k := range keyed {
		hits = append(hits, k.Span)
	}
	sc.hits = hits
	// Only the paragraphs the hits fall in are cut into blocks, and of
	// those blocks only the ones where the terms of a fact a hit wakes
	// occur are split, up to the sentence of their last hit.
	sc.blocks = sentence.AppendBlocksNear(sc.blocks[:0], a.Text, a.Body, hits)
	spans := x.splitWoken(a, h, sc.blocks, keyed, sc.spans[:0], sc)
	// Then the sentences of those blocks that a hit touches, screened
	// as the blocks were: in a paragraph about a fact, most sentences
	// are not, and each would be looked at again.
	spans = x.wokenSentences(a, h, spans, keyed, sc)
	sc.spans = spans
	return spans
}

// sortByPos sorts hits, which start before end, by start, hits that
// start together in no set order, into sc.sorted, and returns it, the
// hits' slice becoming sc.sorted. It sorts keys of start and index, compared as integers:
// slices.SortFunc called its comparison through a pointer, a tenth of
// the work left for each article's hits at 1000 rules.
func sortByPos(hits []keyedHit, end int, sc *scratch) []keyedHit {
	if len(hits) < 2 {
		return hits
	}
	if uint64(len(hits)) >= 1<<32 || uint64(end) >= 1<<32 {
		// Past what a key holds: a text of 4 GiB.
		slices.SortFunc(hits, func(p, q keyedHit) int { return cmp.Compare(p.Pos, q.Pos) })
		return hits
	}
	keys := sc.sortKeys[:0]
	for i, h := range hits {
		keys = append(keys, uint64(h.Pos)<<32|uint64(i))
	}
	slices.Sort(keys)
	sorted := sc.sorted[:0]
	for _, k := range keys {
		sorted = append(sorted, hits[uint32(k)])
	}
	sc.sortKeys, sc.sorted = keys, hits[:0]
	return sorted
}

// keyedHit is a hit of a term that wakes some fact, in the article's
// offsets, with the slot of the term.
type keyedHit struct {
	sentence.Span
	slot int
}

// splitWoken appends to spans the sentences of the blocks where some hit
// may wake a fact (screen.occurs), each block split only as far as the
// sentence where the last hit that reaches into it ends: sentences after
// it are touched by no hit. The blocks are sorted and do not overlap; the
// hits are sorted by start.
func (x *Extractor) splitWoken(a *article.Article, h *rules.Hits, blocks []sentence.Block, hits []keyedHit, spans []sentence.Span, sc *scratch) []sentence.Span {
	lo, j, reach := 0, 0, 0 // reach: the furthest end of the hits that start before the block ends
	for _, b := range blocks {
		for j < len(hits) && hits[j].Pos < b.End {
			reach = max(reach, hits[j].End)
			j++
		}
		if reach <= b.Pos {
			continue // no hit overlaps the block
		}
		for lo < j && hits[lo].End <= b.Pos {
			lo++
		}
		if x.blockWakes(h, hits[lo:j], b.Pos-a.Body, b.End-a.Body, sc) {
			spans = sentence.SplitBlockBefore(a.Text, b, reach, spans)
		}
	}
	return spans
}

// blockWakes reports whether a fact that one of hits wakes, a hit that
// overlaps the block body[pos:end], has its terms in the block.
func (x *Extractor) blockWakes(h *rules.Hits, hits []keyedHit, pos, end int, sc *scratch) bool {
	if sc.block++; sc.block == 0 { // wrapped: no stamp may look current
		clear(sc.tried)
		sc.block = 1
	}
	for _, hit := range hits {
		if hit.End <= pos {
			continue
		}
		for _, k := range x.keyed[hit.slot] {
			// A fact many hits of the block wake is screened once; the
			// hit's own term is in the block.
			if !sc.occurs[k] || sc.screened[k] != sc.gen || sc.tried[k] == sc.block {
				continue
			}
			sc.tried[k] = sc.block
			if x.screens[k].occurs(h, pos, end, hit.slot) {
				return true
			}
		}
	}
	return false
}

// wakes reports whether a fact keyed by slot s has its terms in the
// article, whose slots found are stamped in sc.found; each fact is
// screened once an article.
func (x *Extractor) wakes(s int, sc *scratch) bool {
	woken := false
	for _, k := range x.keyed[s] {
		if sc.screened[k] != sc.gen {
			sc.screened[k], sc.occurs[k] = sc.gen, x.screens[k].found(sc.found, sc.gen)
		}
		woken = woken || sc.occurs[k]
	}
	return woken
}

// A screen is what the filter of sentences asks of a fact's terms before
// a sentence is split out and scanned: that each plain all term, and some
// plain any and near term, have a hit in the text at hand, the article
// or a block. A sentence where the fact's terms occur (termsOccur) is one
// of those texts, so the screen only passes over texts without a claim of
// the fact:
//
//   - A sentence's hits are those of the article's scan that lie inside it
//     (Hits.Window), since no sentence starts or ends inside a word. Each
//     either is a hit of the article's, or was dropped from them by an
//     overlapping match of the same term that starts no later, so inside
//     the sentence too: either way the term has a hit that overlaps it.
//   - A regular expression, which the scan does not find, counts as
//     present; so does a list of any or near terms that holds one.
//   - None terms, which only take claims away, are not asked.
//
// TestExtractorIsOracle holds Extract to extraction sentence by sentence,
// TestScreenedSentences to extraction without the screen.
type screen struct {
	all []screenTerm
	// The any and near terms, nil when the list is empty or holds a
	// regular expression: nothing to ask.
	any, near []screenTerm
}

// screenTerm is a term's index, as Hits.Spans takes it, and its slot.
type screenTerm struct{ i, slot int }

func newScreen(m *rules.Matcher, f *rules.Fact, ix *rules.FactTerms) screen {
	var sc screen
	terms := func(ids []int) []screenTerm {
		ts := make([]screenTerm, 0, len(ids))
		for _, i := range ids {
			ts = append(ts, screenTerm{i, m.Slot(i)})
		}
		return ts
	}
	for j, t := range f.Match.All {
		if !t.IsRegexp() {
			sc.all = append(sc.all, screenTerm{ix.All[j], m.Slot(ix.All[j])})
		}
	}
	if len(ix.Any) > 0 && !slices.ContainsFunc(f.Match.Any, (*rules.Term).IsRegexp) {
		sc.any = terms(ix.Any)
	}
	if len(ix.Near) > 0 && !slices.ContainsFunc(f.Match.Near, (*rules.Term).IsRegexp) {
		sc.near = terms(ix.Near)
	}
	return sc
}

// occurs reports whether the terms of the screen have hits that overlap
// text[pos:end] of the scan h holds; the terms of slot known (-1 for
// none) are known to.
func (sc *screen) occurs(h *rules.Hits, pos, end, known int) bool {
	for _, t := range sc.all {
		if t.slot != known && !overlaps(h.Spans(t.i), pos, end) {
			return false
		}
	}
	return someOverlaps(h, sc.any, pos, end, known) && someOverlaps(h, sc.near, pos, end, known)
}

// found is occurs over the whole text: whether the slots of the screen's
// terms are stamped gen in found, the slots a scan found.
func (sc *screen) found(found []uint32, gen uint32) bool {
	for _, t := range sc.all {
		if found[t.slot] != gen {
			return false
		}
	}
	return someFound(sc.any, found, gen) && someFound(sc.near, found, gen)
}

func someFound(terms []screenTerm, found []uint32, gen uint32) bool {
	for _, t := range terms {
		if found[t.slot] == gen {
			return true
		}
	}
	return len(terms) == 0
}

// someOverlaps reports whether a hit of one of terms overlaps text[pos:end],
// those of slot known doing; an empty list asks for none.
func someOverlaps(h *rules.Hits, terms []screenTerm, pos, end, known int) bool {
	for _, t := range terms {
		if t.slot == known || overlaps(h.Spans(t.i), pos, end) {
			return true
		}
	}
	return len(terms) == 0
}

// overlaps reports whether one of spans, sorted and not overlapping, as
// Hits.Spans gives them, overlaps [pos, end).
func overlaps(spans []rules.Span, pos, end int) bool {
	for _, s := range spans {
		if s.Pos >= end {
			return false
		}
		if s.End > pos {
			return true
		}
	}
	return false
}

// wokenSentences keeps, in place and in order, the spans where a fact a
// hit overlapping the span wakes has its terms (blockWakes, asked of the
// sentence): the others hold no claim, and the window of the scan each
// would be read through (Hits.Window) costs many times the screen. The
// spans are sorted and do not overlap; the hits are sorted by start.
func (x *Extractor) wokenSentences(a *article.Article, h *rules.Hits, spans []sentence.Span, hits []keyedHit, sc *scratch) []sentence.Span {
	out := spans[:0]
	lo, j := 0, 0
	for _, sp := range spans {
		for j < len(hits) && hits[j].Pos < sp.End {
			j++
		}
		for lo < j && hits[lo].End <= sp.Pos {
			lo++
		}
		if lo < j && x.blockWakes(h, hits[lo:j], sp.Pos-a.Body, sp.End-a.Body, sc) {
			out = append(out, sp)
		}
	}
	return out
}

// termsOccur reports whether the sentence whose hits h holds can be one the
// fact takes a value from, on its terms alone: every all term, some any
// term, some near term. None terms are not asked here: Extract asks them
// apart (anyOccurs), and matchSentence reports them to explain.
func termsOccur(ix *rules.FactTerms, h *rules.Hits) bool {
	for _, i := range ix.All {
		if len(h.Spans(i)) == 0 {
			return false
		}
	}
	return someOccur(ix.Any, h) && someOccur(ix.Near, h)
}

// anyOccurs reports whether one of the terms occurs in h, none of an empty
// list doing.
func anyOccurs(terms []int, h *rules.Hits) bool {
	for _, i := range terms {
		if len(h.Spans(i)) > 0 {
			return true
		}
	}
	return false
}

// someOccur reports whether one of the terms occurs in h; an empty list
// asks for none.
func someOccur(terms []int, h *rules.Hits) bool {
	for _, i := range terms {
		if len(h.Spans(i)) > 0 {
			return true
		}
	}
	return len(terms) == 0
}

// finder gives matchSentence a fact's term matches: from the hits of one
// scan of the matcher when hits is set (Extract), else by each term's own
// Find (Explain, which reads few sentences and keeps the spans). Both give
// the same spans; rules' tests hold the matcher to Find.
type finder struct {
	hits *rules.Hits
	ix   rules.FactTerms
}

// find returns the matches of the j-th term of list in text.
func (fd finder) find(list Condition, j int, t *rules.Term, text string) []rules.Span {
	if fd.hits == nil {
		return t.Find(text)
	}
	switch list {
	case CondAll:
		return fd.hits.Spans(fd.ix.All[j])
	case CondAny:
		return fd.hits.Spans(fd.ix.Any[j])
	case CondNone:
		return fd.hits.Spans(fd.ix.None[j])
	}
	return fd.hits.Spans(fd.ix.Near[j])
}

// reading is what the reader finds in one sentence: the quantities the
// scanner reads and, when a fact takes them, the years and dates that
// time expressions name, in sentence order. Relative years ("12 years
// ago", "last year") are resolved against the article's date when it has
// one; dates are read when a fact takes dates, those written out in full
// ("August 18, 2025") with or without a date, those that count from it
// ("on Monday", "yesterday", "in February", "August 18") only with one.
type reading struct {
	qs []quantity.Quantity
	// resolved describes, for each quantity of qs that an expression
	// counted from the article's date gave, how it was read
	// (timeref.Describe, timeref.DescribeDate). A date written out in full
	// is read, not resolved, and has no entry.
	resolved map[int]string
	// undated holds the spans of the date expressions left unread for
	// want of the article's date, for explain to point at.
	undated []Span
}

// resolving says which time expressions the reader looks for in an
// article: relative years when some fact takes years and the article has
// a date to count from, dates when some fact takes dates.
type resolving struct{ years, dates bool }

// resolves returns what is worth resolving in a for the facts.
func resolves(a *article.Article, facts []*rules.Fact) resolving {
	return kindsWanted(facts).in(a)
}

// kindsWanted says which time expressions some of the facts take, whatever
// the article: Extract asks it once, not once per article per fact.
func kindsWanted(facts []*rules.Fact) resolving {
	var want resolving
	for _, f := range facts {
		switch f.Quantity {
		case rules.Year:
			want.years = true
		case rules.Date:
			want.dates = true
		}
	}
	return want
}

// in narrows what the facts want to what can be resolved in a: relative
// years need a publication date to count from.
func (want resolving) in(a *article.Article) resolving {
	want.years = want.years && !a.Published.IsZero()
	return want
}

// of narrows want to what the facts of live, indexes into facts, take: a
// sentence's year or date is read for a fact that takes one, and only
// such a fact accepts one (Fact.Accepts asks for its kind), so a sentence
// none of whose woken facts takes years or dates is not searched for them.
func (want resolving) of(facts []*rules.Fact, live []int) resolving {
	var of resolving
	for _, k := range live {
		switch facts[k].Quantity {
		case rules.Year:
			of.years = want.years
		case rules.Date:
			of.dates = want.dates
		}
	}
	return of
}

// read scans one sentence and adds the years and dates that want asks for.
func read(text string, published time.Time, want resolving) reading {
	return readInto(nil, text, published, want)
}

// readInto is read appending the quantities to qs, a buffer the caller
// reuses from sentence to sentence.
func readInto(qs []quantity.Quantity, text string, published time.Time, want resolving) reading {
	r := reading{qs: quantity.AppendScan(qs, text)}
	type extra struct {
		q    quantity.Quantity
		desc string
	}
	var add []extra
	if want.years {
		for _, ref := range timeref.Find(text) {
			q := timeref.Resolve(ref, published)
			add = append(add, extra{q, timeref.Describe(ref, published, q)})
		}
	}
	if want.dates {
		for _, ref := range timeref.FindDates(text) {
			q := timeref.ResolveDate(ref, published)
			switch {
			case q.Kind == 0 && !ref.Written && published.IsZero():
				r.undated = append(r.undated, Span{ref.Pos, ref.End})
			case q.Kind == 0:
				// A year-less February 29 in a year without one.
			case ref.Written:
				add = append(add, extra{q, ""})
			default:
				add = append(add, extra{q, timeref.DescribeDate(ref, published, q)})
			}
		}
	}
	if len(add) == 0 {
		return r
	}
	// Each list is in sentence order; together they may not be.
	slices.SortStableFunc(add, func(a, b extra) int { return cmp.Compare(a.q.Pos, b.q.Pos) })
	merged := make([]quantity.Quantity, 0, len(r.qs)+len(add))
	i := 0
	for _, e := range add {
		for i < len(r.qs) && r.qs[i].Pos <= e.q.Pos {
			merged = append(merged, r.qs[i])
			i++
		}
		if e.desc != "" {
			if r.resolved == nil {
				r.resolved = make(map[int]string, len(add))
			}
			r.resolved[len(merged)] = e.desc
		}
		merged = append(merged, e.q)
	}
	r.qs = append(merged, r.qs[i:]...)
	return r
}

// resolvedAs says how the quantity q, taken from the reading, was resolved
// from a relative expression, or "" for a value written out.
func (r *reading) resolvedAs(q quantity.Quantity) string {
	for i, desc := range r.resolved {
		if p := r.qs[i]; p.Pos == q.Pos && p.End == q.End && p.Kind == q.Kind {
			return desc
		}
	}
	return ""
}

// owned holds the copies of an article's strings that its claims share. A
// claim outlives its article: its strings are copied out of the article's
// text, or every claim would keep a whole article in memory. The copy of a
// sentence is made once however many facts take a value from it (at a
// thousand rules, a sentence gives several claims), and the source once
// per article.
// It also holds the sentence tokenized for attribution, once for its
// claims.
type owned struct {
	a        *article.Article
	source   string
	sentence sentence.Span
	text     string                // the copy of the sentence, "" before the first
	att      *attribution.Sentence // text, tokenized; nil makes one
}

func (o *owned) of(a *article.Article, s sentence.Span) (source, text string) {
	if o.a != a {
		o.a, o.source, o.text = a, strings.Clone(a.Source), ""
	}
	if o.text == "" || o.sentence != s {
		o.sentence, o.text = s, strings.Clone(a.Text[s.Pos:s.End])
		if o.att == nil {
			o.att = new(attribution.Sentence)
		}
		o.att.Reset(o.text)
	}
	return o.source, o.text
}

// newClaim is the claim of fact f that matchSentence found, as m, in the
// sentence s of article a, read as r. Its strings are the copies o holds,
// the value's words and the claimant parts of the sentence's copy; o may be
// nil, for a claim of its own.
func newClaim(a *article.Article, s sentence.Span, f *rules.Fact, m match, r *reading, o *owned) Claim {
	if o == nil {
		o = new(owned)
	}
	source, text := o.of(a, s)
	q := m.quantity
	q.Unit, q.Hedge, q.Currency = strings.Clone(q.Unit), strings.Clone(q.Hedge), strings.Clone(q.Currency)
	line, col := a.Position(s.Pos + q.Pos)
	abs := q
	abs.Pos += s.Pos
	abs.End += s.Pos
	c := Claim{
		Fact:           f.ID,
		Article:        a.Path,
		Source:         source,
		Published:      a.Published,
		Offset:         abs.Pos,
		End:            abs.End,
		Line:           line,
		Column:         col,
		Text:           text[q.Pos:q.End],
		Sentence:       text,
		SentenceOffset: s.Pos,
		Terms:          slices.Clone(m.terms), // of a buffer matchSentence reuses
		Quantity:       abs,
		Weight:         a.Weight,
		Resolved:       strings.Clone(r.resolvedAs(q)),
	}
	if at, ok := o.att.Find(q.Pos, q.End); ok {
		c.Claimant = at.Claimant
	}
	return c
}

// match is what matchSentence found: the quantity taken, as the fact reads
// it, and the spans of the terms that made the sentence qualify.
type match struct {
	quantity quantity.Quantity
	terms    []Span
}

// matchSentence applies one fact to one sentence. The value is the quantity
// of the fact's kind nearest to a near term within Within words; with no near
// terms, the one nearest to any matched all/any term. Ties go to the
// quantity before the anchor ("seven civilians"), then to the earlier one.
//
// The scan qs is shared by every fact, so each quantity is read through the
// fact's hedge widths here, before the fact judges it and before it becomes
// the claim's value: "about 20%" is [14, 26] to a fact with about: 0.3.
//
// The conditions are checked in this order: a quantity the fact accepts,
// every all term, some any term, no none term, some near term, and an
// accepted quantity within Within words of an anchor. With tr nil (Extract)
// the first that fails ends the test. With a trace (Explain) every condition
// is still checked and its outcome recorded, the first failure included, so
// an explanation can also say whether the terms matched a sentence that held
// no value; the result is the same either way. The trace costs nothing when
// nil: every recording is behind a tr != nil test.
func matchSentence(f *rules.Fact, fd finder, text string, qs []quantity.Quantity, words *sentenceWords, tr *trace) (match, bool) {
	m := match{terms: words.terms[:0]}
	defer func() {
		if cap(m.terms) > cap(words.terms) { // grown; normalizeSpans may have dropped it for nil
			words.terms = m.terms[:0]
		}
	}()
	// Cheapest test first: most sentences hold no quantity of the fact's
	// kind, and then no term needs to be searched for. Accepts refuses
	// another kind first, with a reason built as a string, so that test
	// comes before it.
	kind := f.Quantity.Quantity()
	candidates := false
	for _, q := range qs {
		if tr == nil && q.Kind != kind {
			continue
		}
		q = f.Widths.Apply(q)
		if tr != nil {
			tr.rejects = append(tr.rejects, f.Rejects(q))
		}
		if f.Accepts(q) {
			candidates = true
			if tr == nil {
				break
			}
		}
	}
	if !candidates {
		if tr == nil {
			return m, false
		}
		tr.fail(CondQuantity, nil)
	}
	for j, t := range f.Match.All {
		found := fd.find(CondAll, j, t, text)
		if len(found) == 0 {
			if tr == nil {
				return m, false
			}
			tr.fail(CondAll, t)
			continue
		}
		if tr != nil {
			tr.found(CondAll, t, found)
		}
		m.terms = appendSpans(m.terms, found)
	}
	if len(f.Match.Any) > 0 {
		hit := false
		for j, t := range f.Match.Any {
			found := fd.find(CondAny, j, t, text)
			if len(found) > 0 {
				hit = true
				m.terms = appendSpans(m.terms, found)
				if tr != nil {
					tr.found(CondAny, t, found)
				}
			}
		}
		if !hit {
			if tr == nil {
				return m, false
			}
			tr.fail(CondAny, nil)
		}
	}
	for j, t := range f.Match.None {
		if found := fd.find(CondNone, j, t, text); len(found) > 0 {
			if tr == nil {
				return m, false
			}
			tr.found(CondNone, t, found)
			tr.fail(CondNone, t)
		}
	}

	anchors := m.terms
	limit := -1
	if len(f.Match.Near) > 0 {
		anchors = words.anchors[:0]
		defer func() { words.anchors = anchors[:0] }()
		for j, t := range f.Match.Near {
			found := fd.find(CondNear, j, t, text)
			if tr != nil && len(found) > 0 {
				tr.found(CondNear, t, found)
			}
			anchors = appendSpans(anchors, found)
		}
		if len(anchors) == 0 {
			if tr == nil {
				return m, false
			}
			tr.fail(CondNear, nil)
		}
		limit = f.Match.Within
	}
	ws := words.of(text)
	best, bestDist, bestBefore := -1, 0, false
	var bestQ quantity.Quantity
	var bestA Span
	for i, q := range qs {
		if q.Kind != kind {
			continue
		}
		q = f.Widths.Apply(q)
		if !f.Accepts(q) {
			continue
		}
		for _, a := range anchors {
			d, before := wordDistance(ws, Span{q.Pos, q.End}, a)
			if limit >= 0 && d > limit {
				if tr != nil {
					tr.far(i, d, a)
				}
				continue
			}
			if best < 0 || d < bestDist || (d == bestDist && before && !bestBefore) {
				best, bestDist, bestBefore, bestQ, bestA = i, d, before, q, a
			}
		}
	}
	if best < 0 {
		if tr == nil {
			return m, false
		}
		if len(tr.nearest) > 0 {
			tr.fail(CondWithin, nil)
		}
	}
	if tr != nil {
		if len(tr.failures) > 0 {
			return m, false
		}
		tr.took(best, bestDist, bestA)
	}
	if len(f.Match.Near) > 0 {
		m.terms = append(m.terms, anchors...)
	}
	m.quantity = bestQ
	m.terms = normalizeSpans(m.terms, Span{bestQ.Pos, bestQ.End})
	return m, true
}

func appendSpans(dst []Span, src []rules.Span) []Span {
	for _, s := range src {
		dst = append(dst, Span{s.Pos, s.End})
	}
	return dst
}

// normalizeSpans sorts the term spans, drops duplicates and any span that
// overlaps the value itself, so a report can mark both without nesting.
func normalizeSpans(spans []Span, value Span) []Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Pos < value.End && value.Pos < s.End {
			continue
		}
		out = append(out, s)
	}
	sortSpans(out)
	dedup := out[:0]
	for i, s := range out {
		if i > 0 && s.Pos < dedup[len(dedup)-1].End {
			continue
		}
		dedup = append(dedup, s)
	}
	if len(dedup) == 0 {
		return nil
	}
	return dedup
}

func sortSpans(s []Span) {
	// Insertion sort: a sentence has a handful of term hits. At one start
	// the longer hit comes first, so "death toll" is kept over "death".
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (s[j].Pos < s[j-1].Pos || (s[j].Pos == s[j-1].Pos && s[j].End > s[j-1].End)); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sentenceWords holds a sentence's words, split on the first fact that
// needs distances and then shared by the others, in a buffer reused from
// sentence to sentence. It also lends matchSentence buffers for a fact's
// term spans and anchors: a claim keeps a copy of the spans (newClaim).
type sentenceWords struct {
	spans []Span
	split bool

	terms, anchors []Span
}

// reset readies w for the next sentence.
func (w *sentenceWords) reset() { w.split = false }

// of returns the words of text, the sentence since the last reset.
func (w *sentenceWords) of(text string) []Span {
	if !w.split {
		w.spans, w.split = appendWordSpans(w.spans[:0], text), true
	}
	return w.spans
}

// appendWordSpans appends to out the words of a sentence as a reader
// counts them: runs of non-space characters that hold at least one letter
// or digit, so a dash standing alone is not a word and "four-year-long"
// is one.
func appendWordSpans(out []Span, text string) []Span {
	start, hasAlnum := -1, false
	for i := 0; i < len(text); i++ {
		// ASCII bytes, nearly all of a sentence, from a table; other
		// runes as before.
		c := text[i]
		if c >= utf8.RuneSelf {
			return appendWordSpansFrom(out, text, i, start, hasAlnum)
		}
		switch class := asciiWordClass[c]; {
		case class == asciiSpace:
			if start >= 0 && hasAlnum {
				out = append(out, Span{start, i})
			}
			start, hasAlnum = -1, false
		default:
			if start < 0 {
				start = i
			}
			hasAlnum = hasAlnum || class == asciiAlnum
		}
	}
	if start >= 0 && hasAlnum {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// The classes of ASCII bytes appendWordSpans tells apart: unicode.IsSpace,
// unicode.IsLetter or IsDigit, neither.
const (
	asciiOther = iota
	asciiSpace
	asciiAlnum
)

var asciiWordClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range rune(utf8.RuneSelf) {
		switch {
		case unicode.IsSpace(c):
			t[c] = asciiSpace
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			t[c] = asciiAlnum
		}
	}
	return t
}()

// appendWordSpansFrom is appendWordSpans from byte from of text on, in
// the state the bytes before left it: a word open at start (or -1),
// holding a letter or digit or not.
func appendWordSpansFrom(out []Span, text string, from, start int, hasAlnum bool) []Span {
	for j, r := range text[from:] {
		i := from + j
		if unicode.IsSpace(r) {
			if start >= 0 && hasAlnum {
				out = append(out, Span{start, i})
			}
			start, hasAlnum = -1, false
			continue
		}
		if start < 0 {
			start = i
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			hasAlnum = true
		}
	}
	if start >= 0 && hasAlnum {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// wordIndex returns the index of the word holding byte offset off, or of
// the next word when off falls between words.
func wordIndex(words []Span, off int) int {
	lo, hi := 0, len(words)
	for lo < hi {
		mid := (lo + hi) / 2
		if words[mid].End <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// wordDistance counts the words from the value to the anchor: 1 when they
// are neighbours ("seven civilians"), 0 when they share a word. before
// reports whether the value comes first.
func wordDistance(words []Span, value, anchor Span) (dist int, before bool) {
	vFirst, vLast := wordIndex(words, value.Pos), wordIndex(words, value.End-1)
	aFirst, aLast := wordIndex(words, anchor.Pos), wordIndex(words, anchor.End-1)
	switch {
	case vLast < aFirst:
		return aFirst - vLast, true
	case aLast < vFirst:
		return vFirst - aLast, false
	}
	return 0, true
}
