package main

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/bench/internal/vocab"
)

// The sentence mix, as shares of all sentences. Claims are about 2% of
// sentences (the share of the facts of a 1000-rule set; a smaller rule set
// sees fewer); near misses, which make a rule test every condition before
// it gives up, 3%; a third of all sentences hold a number-like token,
// about what news copy has.
const (
	pClaim  = 0.02
	pMiss   = 0.03
	pNumber = 0.22
	pVague  = 0.025
	pDecoy  = 0.05
	// pCopy is the share of articles that are wire copies of an earlier
	// one under another outlet's name, so that syndication detection has
	// something to find.
	pCopy = 0.03
)

// corpus is what every article of one generated corpus shares. Articles
// depend only on it and their index, so any number of workers can write
// them and the corpus is the same.
type corpus struct {
	seed  uint64
	facts []vocab.Fact
	cdf   []float64 // cumulative popularity of facts
	start time.Time
}

// newCorpus prepares a corpus whose claims are of the first k facts of the
// seed's universe: the ones `genrules -n k` writes.
func newCorpus(seed uint64, k int) *corpus {
	u := vocab.Universe(seed)
	k = min(max(k, 1), len(u))
	c := &corpus{seed: seed, facts: u[:k], start: time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)}
	// Fact i has weight 1/sqrt(i+1): some stories run for months, most
	// get a few articles. The first 10 facts get about 8% of the focus,
	// the first 100 about 30%.
	total := 0.0
	c.cdf = make([]float64, k)
	for i := range c.cdf {
		total += 1 / math.Sqrt(float64(i+1))
		c.cdf[i] = total
	}
	for i := range c.cdf {
		c.cdf[i] /= total
	}
	return c
}

func (c *corpus) popular(r *vocab.Rand) *vocab.Fact {
	x := r.Float64()
	i, _ := slices.BinarySearch(c.cdf, x)
	return &c.facts[min(i, len(c.facts)-1)]
}

// meta is an article's front matter and topic.
type meta struct {
	outlet    string
	published time.Time
	withTime  bool
	focus     *vocab.Fact // the article's main fact
	second    *vocab.Fact // another it touches on
}

func (c *corpus) meta(i int) meta {
	r := vocab.NewRand(c.seed, 1, uint64(i))
	m := meta{
		outlet:    vocab.Pick(r, vocab.Outlets),
		published: c.start.AddDate(0, 0, r.IntN(240)),
		focus:     c.popular(r),
		second:    c.popular(r),
	}
	if r.Chance(0.2) {
		m.withTime = true
		m.published = m.published.Add(time.Duration(r.IntN(24*60)) * time.Minute)
	}
	return m
}

// article appends the file of article i: front matter, then the body.
func (c *corpus) article(buf []byte, i int) []byte {
	r := vocab.NewRand(c.seed, 2, uint64(i))
	src := i
	if i > 0 && r.Chance(pCopy) {
		src = i - 1 - r.IntN(min(i, 200))
	}
	m := c.meta(src)
	orig := m.outlet
	if src != i {
		for m.outlet == orig {
			m.outlet = vocab.Pick(r, vocab.Outlets)
		}
		m.published = m.published.AddDate(0, 0, r.IntN(3))
	}
	w := &writer{c: c, m: &m, r: vocab.NewRand(c.seed, 3, uint64(src))}
	w.cast()

	buf = append(buf, "---\nsource: "...)
	buf = append(buf, m.outlet...)
	buf = append(buf, "\npublished: "...)
	if m.withTime {
		buf = m.published.AppendFormat(buf, "2006-01-02 15:04")
	} else {
		buf = m.published.AppendFormat(buf, "2006-01-02")
	}
	buf = append(buf, "\nurl: https://"...)
	buf = appendSlug(buf, m.outlet)
	buf = append(buf, ".example/"...)
	buf = m.published.AppendFormat(buf, "2006/01/02/")
	buf = append(buf, m.focus.ID...)
	buf = append(buf, '-')
	buf = strconv.AppendInt(buf, int64(i), 10)
	buf = append(buf, "\ntitle: '"...)
	t := len(buf)
	buf = vocab.Pick(w.r, headlines[m.focus.Subject.Kind]).Append(buf, w)
	vocab.Capitalize(buf, t)
	buf = append(buf, "'\n---\n"...)
	if src != i {
		buf = append(buf, '(')
		buf = append(buf, orig...)
		buf = append(buf, ") — "...)
	}
	return w.body(buf)
}

func appendSlug(buf []byte, s string) []byte {
	for _, b := range []byte(strings.ToLower(s)) {
		if b == ' ' {
			b = '-'
		}
		buf = append(buf, b)
	}
	return buf
}

// writer writes one article's body and fills the slots of its sentences.
type writer struct {
	c *corpus
	m *meta
	r *vocab.Rand
	// The few subjects of each kind the article names besides its focus,
	// so that an article keeps coming back to the same places and people.
	cast4 [4][2]vocab.Subject
}

func (w *writer) cast() {
	for k := range w.cast4 {
		pool := vocab.Subjects(vocab.SubjectKind(k))
		for j := range w.cast4[k] {
			w.cast4[k][j] = vocab.Pick(w.r, pool)
		}
	}
}

// body writes paragraphs of one to four sentences until the article has
// between 400 and 1500 words.
func (w *writer) body(buf []byte) []byte {
	r := w.r
	target := r.Between(400, 1500)
	words := 0
	for p := 0; words < target; p++ {
		if p > 2 && r.Chance(0.07) {
			buf = append(buf, "## "...)
			buf = append(buf, vocab.Pick(r, subheads)...)
			buf = append(buf, "\n\n"...)
		}
		for s := range 1 + r.IntN(4) {
			if s > 0 {
				buf = append(buf, ' ')
			}
			start := len(buf)
			buf = w.sentence(buf)
			vocab.Capitalize(buf, start)
			words += 1 + countSpaces(buf[start:])
		}
		buf = append(buf, "\n\n"...)
	}
	return buf[:len(buf)-1] // one newline at the end of the file
}

func countSpaces(b []byte) int {
	n := 0
	for _, c := range b {
		if c == ' ' {
			n++
		}
	}
	return n
}

// sentence writes one sentence of the mix.
func (w *writer) sentence(buf []byte) []byte {
	r := w.r
	fact := w.m.focus
	if r.Chance(0.25) {
		fact = w.m.second
	}
	switch x := r.Float64(); {
	case x < pClaim:
		return fact.AppendClaim(buf, r)
	case x < pClaim+pMiss:
		return fact.AppendMiss(buf, r)
	case x < pClaim+pMiss+pNumber:
		return vocab.Pick(r, numbers).Append(buf, w)
	case x < pClaim+pMiss+pNumber+pVague:
		return vocab.Pick(r, vagues).Append(buf, w)
	case x < pClaim+pMiss+pNumber+pVague+pDecoy:
		return vocab.Pick(r, decoys).Append(buf, w)
	}
	if r.Chance(0.2) {
		return vocab.Pick(r, focusProse[w.m.focus.Subject.Kind]).Append(buf, w)
	}
	return vocab.Pick(r, prose).Append(buf, w)
}

// Fill writes the text of a slot; see text.go.
func (w *writer) Fill(buf []byte, slot string) []byte {
	r := w.r
	switch slot {
	case "F":
		return append(buf, w.m.focus.Subject.Name...)
	case "place":
		if k := w.m.focus.Subject.Kind; k == vocab.City || k == vocab.Country {
			return append(buf, w.m.focus.Subject.Name...)
		}
		return append(buf, w.cast4[vocab.City][0].Name...)
	case "city":
		return append(buf, w.cast4[vocab.City][r.IntN(2)].Name...)
	case "country":
		return append(buf, w.cast4[vocab.Country][r.IntN(2)].Name...)
	case "company":
		return append(buf, w.cast4[vocab.Company][r.IntN(2)].Name...)
	case "person":
		return append(buf, w.cast4[vocab.Person][r.IntN(2)].Name...)
	case "outlet":
		return append(buf, vocab.Pick(r, vocab.Outlets)...)
	case "org":
		return append(buf, vocab.Pick(r, orgs)...)
	case "official":
		return append(buf, vocab.Pick(r, officials)...)
	case "day":
		return append(buf, vocab.Pick(r, days)...)
	case "month":
		return append(buf, vocab.Pick(r, months)...)
	case "quote":
		return append(buf, vocab.Pick(r, quotes)...)
	case "n":
		return vocab.AppendInt(buf, int64(w.magnitude()))
	case "nw":
		return vocab.AppendCount(buf, float64(r.Between(2, 12)), true)
	case "big":
		return vocab.AppendCount(buf, float64(r.Between(2, 90))*1e5, false)
	case "m":
		buf = append(buf, vocab.Pick(r, money)...)
		switch r.IntN(3) {
		case 0:
			buf = strconv.AppendInt(buf, int64(r.Between(1, 90)), 10)
			return append(buf, vocab.Pick(r, billions)...)
		case 1:
			buf = strconv.AppendInt(buf, int64(r.Between(2, 950)), 10)
			return append(buf, vocab.Pick(r, millions)...)
		}
		return vocab.AppendInt(buf, int64(r.Between(10, 990))*1000)
	case "p":
		return vocab.AppendPercent(buf, float64(r.Between(1, 600))/10, r.IntN(3))
	case "pp":
		buf = strconv.AppendFloat(buf, float64(r.Between(1, 30))/10, 'f', -1, 64)
		return append(buf, " percentage points"...)
	case "y":
		return strconv.AppendInt(buf, int64(r.Between(1950, 2025)), 10)
	case "dur":
		return vocab.AppendDuration(buf, r.Between(2, 30), vocab.Pick(r, units), false)
	case "dura":
		return vocab.AppendDuration(buf, r.Between(2, 10), vocab.Pick(r, units), true)
	case "h":
		buf = append(buf, vocab.Pick(r, hedges)...)
		buf = append(buf, ' ')
		return vocab.AppendInt(buf, int64(w.magnitude()))
	case "r":
		lo := r.Between(2, 40)
		if r.Chance(0.5) {
			buf = append(buf, "between "...)
			buf = strconv.AppendInt(buf, int64(lo), 10)
			buf = append(buf, " and "...)
		} else {
			buf = strconv.AppendInt(buf, int64(lo), 10)
			buf = append(buf, '-')
		}
		return strconv.AppendInt(buf, int64(lo+r.Between(1, 20)), 10)
	case "frac":
		return append(buf, vocab.Pick(r, fracs)...)
	case "vague":
		return append(buf, vocab.Pick(r, vague)...)
	case "date":
		buf = append(buf, vocab.Pick(r, months)...)
		buf = append(buf, ' ')
		return strconv.AppendInt(buf, int64(r.Between(1, 28)), 10)
	case "time":
		if r.Chance(0.5) {
			buf = strconv.AppendInt(buf, int64(r.Between(6, 23)), 10)
			buf = append(buf, ':')
			m := r.IntN(60)
			return append(buf, byte('0'+m/10), byte('0'+m%10))
		}
		buf = strconv.AppendInt(buf, int64(r.Between(1, 11)), 10)
		return append(buf, " p.m."...)
	case "ord":
		return append(buf, vocab.Pick(r, ordinals)...)
	case "code":
		return append(buf, vocab.Pick(r, codes)...)
	case "jet":
		return append(buf, vocab.Pick(r, jets)...)
	case "treaty":
		return append(buf, vocab.Pick(r, treaty)...)
	case "flight":
		return append(buf, vocab.Pick(r, flights)...)
	case "phone":
		buf = append(buf, "555-0"...)
		return strconv.AppendInt(buf, int64(r.Between(100, 199)), 10)
	case "score":
		return append(buf, vocab.Pick(r, scores)...)
	}
	panic("gencorpus: unknown slot {" + slot + "}")
}

// magnitude is a count of a random order of magnitude, rounded as reported
// counts are: 37, 450, 4,500, 45,000.
func (w *writer) magnitude() int {
	r := w.r
	switch r.IntN(4) {
	case 0:
		return r.Between(2, 99)
	case 1:
		return r.Between(10, 99) * 10
	case 2:
		return r.Between(10, 99) * 100
	}
	return r.Between(10, 99) * 1000
}
