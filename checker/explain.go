package checker

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/sentence"
)

// Condition names one test a fact applies to a sentence, as the rule file
// names it. matchSentence applies them in the order of the constants.
type Condition string

// Conditions, in the order they are checked.
const (
	// CondQuantity: the sentence holds a quantity the fact accepts
	// (rules.Fact.Accepts, read through the fact's widths).
	CondQuantity Condition = "quantity"
	// CondAll: every all term is in the sentence.
	CondAll Condition = "all"
	// CondAny: at least one any term is.
	CondAny Condition = "any"
	// CondNone: no none term is.
	CondNone Condition = "none"
	// CondNear: a near term is, when the fact has near terms.
	CondNear Condition = "near"
	// CondWithin: an accepted quantity lies within Within words of a near
	// term.
	CondWithin Condition = "within"
)

// Explanation says, for one article, what the reader found in each sentence
// and why each fact took a value from it or did not.
type Explanation struct {
	// Article is the article's path, as article.Article.Path.
	Article string
	// Format is how the article was read (article.Article.Format): for
	// HTML, lines and columns are of the extracted text.
	Format article.Format
	// Facts are the ids of the facts explained, in the order given.
	Facts []string
	// Sentences are the article's sentences that hold a quantity, and
	// those that hold none but whose terms match one of the facts (the
	// usual miss: a figure the reader does not see), in article order.
	Sentences []ExplainedSentence
}

// ExplainedSentence is one sentence of an Explanation.
type ExplainedSentence struct {
	// Pos and End are the sentence's byte span in the article file; Line
	// and Column (1-based, column in characters) locate Pos.
	Pos, End     int
	Line, Column int
	// Text is the sentence as written.
	Text string
	// Quantities are the quantities the reader found in the sentence, as
	// it scanned them (default widths).
	Quantities []Found
	// Verdicts say, fact by fact in the order of Explanation.Facts, what
	// the fact took or why it took nothing. A sentence without quantities
	// has verdicts only for the facts whose terms match it.
	Verdicts []Verdict
}

// Found is one quantity the reader found in a sentence.
type Found struct {
	// Quantity is as quantity.Scan read it; Pos and End are byte offsets
	// into the article file.
	quantity.Quantity
	// Text is the quantity's words as written.
	Text string
	// Line and Column locate Pos.
	Line, Column int
	// Resolved says how a relative expression ("12 years ago") was read
	// against the article's date; "" for a value written out.
	Resolved string
}

// Verdict is one fact's decision on one sentence.
type Verdict struct {
	// Fact is the fact's id.
	Fact string
	// Took is the claim the fact takes from the sentence, exactly as
	// Extract takes it (its Quantity read through the fact's widths); nil
	// when it takes none.
	Took *Claim
	// Value is the index in the sentence's Quantities of the value taken,
	// -1 when none is. Anchor is the term hit it was measured from, and
	// Distance the words between them (1 for neighbours, 0 when they share
	// a word).
	Value    int
	Anchor   *Hit
	Distance int
	// Failures are the conditions that failed, in the order checked; the
	// first is the one that decided. Empty when the fact took a value.
	Failures []Failure
	// Reason is the verdict in one line: for a value taken, how it was tied
	// to the sentence (`1 word from near term "civilians"`); otherwise the
	// first failure's reason.
	Reason string
	// TermsMatch reports whether the all, any and none terms pass: the
	// sentence is about the fact, whatever became of its values.
	TermsMatch bool
	// Rejects says, for each of the sentence's Quantities, why the fact
	// does not accept it (rules.Fact.Rejects), "" when it does.
	Rejects []string
	// Hits are the fact's terms found in the sentence: all, any, none,
	// then near terms, each in rule order, each term's matches leftmost
	// first.
	Hits []Hit
}

// Failure is one condition a sentence failed, with its evidence in words.
type Failure struct {
	Condition Condition
	// Reason says what failed and shows the evidence:
	// `all term "Kharkiv" not found`, `no any term found: "killed", "dead"`,
	// `«seven» is 5 words from "civilians"; within is 3`.
	Reason string
}

// Hit is one match of a rule term in a sentence.
type Hit struct {
	// List is the match list the term belongs to: all, any, none or near.
	List Condition
	// Term is the term as the rule writes it; Text the words it matched.
	Term, Text string
	// Pos and End are the match's byte span in the article file; Line and
	// Column locate Pos.
	Pos, End     int
	Line, Column int
}

// Explain runs the facts over one article as Extract does, with the same
// matching code, and records why each fact took what it took from each
// sentence or which condition stopped it. It is for a rule author, and
// slower than Extract.
func Explain(a *article.Article, facts []*rules.Fact) *Explanation {
	e := &Explanation{Article: a.Path, Format: a.Format, Facts: make([]string, len(facts))}
	for i, f := range facts {
		e.Facts[i] = f.ID
	}
	want := resolves(a, facts)
	for _, s := range sentence.Split(a.Text, a.Body) {
		text := a.Text[s.Pos:s.End]
		r := read(text, a.Published, want)
		qs := r.qs
		var words sentenceWords
		var verdicts []Verdict
		for _, f := range facts {
			v := explainFact(a, s, f, &r, &words)
			if len(qs) == 0 && !v.TermsMatch {
				continue
			}
			verdicts = append(verdicts, v)
		}
		if len(qs) == 0 && len(verdicts) == 0 {
			continue
		}
		line, col := a.Position(s.Pos)
		es := ExplainedSentence{Pos: s.Pos, End: s.End, Line: line, Column: col, Text: text, Verdicts: verdicts}
		for i, q := range qs {
			ql, qc := a.Position(s.Pos + q.Pos)
			words := text[q.Pos:q.End]
			q.Pos += s.Pos
			q.End += s.Pos
			es.Quantities = append(es.Quantities, Found{Quantity: q, Text: words, Line: ql, Column: qc, Resolved: r.resolved[i]})
		}
		e.Sentences = append(e.Sentences, es)
	}
	return e
}

// explainFact runs matchSentence with a trace and turns the trace into a
// Verdict.
func explainFact(a *article.Article, s sentence.Span, f *rules.Fact, r *reading, words *sentenceWords) Verdict {
	text := a.Text[s.Pos:s.End]
	qs := r.qs
	tr := trace{value: -1}
	m, ok := matchSentence(f, finder{}, text, qs, words, &tr)
	v := Verdict{Fact: f.ID, Value: -1, Rejects: tr.rejects, TermsMatch: true}
	for _, h := range tr.hits {
		for _, sp := range h.spans {
			line, col := a.Position(s.Pos + sp.Pos)
			v.Hits = append(v.Hits, Hit{
				List: h.cond, Term: h.term.Text, Text: text[sp.Pos:sp.End],
				Pos: s.Pos + sp.Pos, End: s.Pos + sp.End, Line: line, Column: col,
			})
		}
	}
	for _, fl := range tr.failures {
		switch fl.cond {
		case CondAll, CondAny, CondNone:
			v.TermsMatch = false
		}
	}
	if ok {
		c := newClaim(a, s, f, m, r, nil)
		v.Took, v.Value, v.Distance = &c, tr.value, tr.dist
		lists := []Condition{CondAll, CondAny}
		if len(f.Match.Near) > 0 {
			lists = []Condition{CondNear}
		}
		for i, h := range v.Hits {
			if h.Pos-s.Pos == tr.anchor.Pos && h.End-s.Pos == tr.anchor.End && containsCond(lists, h.List) {
				v.Anchor = &v.Hits[i]
				break
			}
		}
		v.Reason = tookReason(v)
		return v
	}
	for _, fl := range tr.failures {
		v.Failures = append(v.Failures, Failure{Condition: fl.cond, Reason: failReason(f, text, r, &tr, fl, v)})
	}
	if len(v.Failures) > 0 {
		v.Reason = v.Failures[0].Reason
	}
	return v
}

func containsCond(list []Condition, c Condition) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// containsYear reports whether qs holds a year read from the same words as
// q: the relative expression was resolved.
func containsYear(qs []quantity.Quantity, q quantity.Quantity) bool {
	for _, p := range qs {
		if p.Kind == quantity.Year && p.Pos == q.Pos && p.End == q.End {
			return true
		}
	}
	return false
}

// undatedHint says, for a date fact, which date expressions of the
// sentence went unread for want of the article's date, as containsYear's
// hint does for years: "; «on Monday» names a date only against the
// article's publication date: give one in front matter or with --sources".
func undatedHint(f *rules.Fact, text string, r *reading) string {
	if f.Quantity != rules.Date || len(r.undated) == 0 {
		return ""
	}
	words := make([]string, len(r.undated))
	for i, sp := range r.undated {
		words[i] = "«" + text[sp.Pos:sp.End] + "»"
	}
	verb := "names a date"
	if len(words) > 1 {
		verb = "name dates"
	}
	return "; " + strings.Join(words, ", ") + " " + verb + " only against the article's publication date: give one in front matter or with --sources"
}

// tookReason says how a value taken was tied to its sentence.
func tookReason(v Verdict) string {
	if v.Anchor == nil {
		return "taken"
	}
	name := string(v.Anchor.List) + " term " + termName(*v.Anchor)
	if v.Distance == 0 {
		return "in the same word as " + name
	}
	return plural(v.Distance, "word", "words") + " from " + name
}

// failReason says in words why a condition failed, with its evidence.
func failReason(f *rules.Fact, text string, r *reading, tr *trace, fl traceFailure, v Verdict) string {
	qs := r.qs
	switch fl.cond {
	case CondQuantity:
		undated := undatedHint(f, text, r)
		if len(qs) == 0 {
			var matched []string
			for _, h := range v.Hits {
				if (h.List == CondAll || h.List == CondAny) && !containsString(matched, h.Term) {
					matched = append(matched, h.Term)
				}
			}
			if v.TermsMatch && len(matched) > 0 {
				return "no quantity found in the sentence, though its terms match: " + quoteList(matched) + undated
			}
			return "no quantity found in the sentence" + undated
		}
		why := make([]string, len(qs))
		for i, q := range qs {
			why[i] = "«" + text[q.Pos:q.End] + "» is " + tr.rejects[i]
			if f.Quantity == rules.Year && q.Kind == quantity.Duration && q.Hedge == "ago" && !containsYear(qs, q) {
				why[i] += " (it names a year only against the article's publication date: give one in front matter or with --sources)"
			}
		}
		head := "no quantity it accepts"
		if v.TermsMatch {
			head += ", though its terms match"
		}
		return head + ": " + strings.Join(why, "; ") + undated
	case CondAll:
		names := make([]string, len(fl.terms))
		for i, t := range fl.terms {
			names[i] = t.Text
		}
		if len(names) == 1 {
			return "all term " + quote(names[0]) + " not found"
		}
		return "all terms " + quoteList(names) + " not found"
	case CondAny:
		names := make([]string, len(f.Match.Any))
		for i, t := range f.Match.Any {
			names[i] = t.Text
		}
		return "no any term found: " + quoteList(names)
	case CondNone:
		var parts []string
		for _, t := range fl.terms {
			for _, h := range v.Hits {
				if h.List == CondNone && h.Term == t.Text {
					parts = append(parts, fmt.Sprintf("none term %s found at %d:%d", termName(h), h.Line, h.Column))
					break
				}
			}
		}
		return strings.Join(parts, "; ")
	case CondNear:
		names := make([]string, len(f.Match.Near))
		for i, t := range f.Match.Near {
			names[i] = t.Text
		}
		return "no near term in the sentence: " + quoteList(names)
	case CondWithin:
		var parts []string
		for _, n := range tr.nearest {
			q := qs[n.q]
			h := Hit{Term: n.term.Text, Text: text[n.anchor.Pos:n.anchor.End]}
			parts = append(parts, fmt.Sprintf("«%s» is %s from %s", text[q.Pos:q.End], plural(n.dist, "word", "words"), termName(h)))
		}
		return fmt.Sprintf("no accepted quantity close enough to a near term: %s; within is %d", strings.Join(parts, ", "), f.Match.Within)
	}
	return string(fl.cond) + " failed"
}

// termName quotes a term as the rule writes it, followed by the words it
// matched when they read differently: `"civilians"`, `"re:\bdrones?\b"
// ("drones")`.
func termName(h Hit) string {
	if strings.EqualFold(h.Term, h.Text) || h.Text == "" {
		return quote(h.Term)
	}
	return quote(h.Term) + " (" + quote(h.Text) + ")"
}

// quote puts a term or words in double quotes as written: a regular
// expression's backslashes are not doubled.
func quote(s string) string { return `"` + s + `"` }

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = quote(s)
	}
	return strings.Join(q, ", ")
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// trace is what matchSentence records when asked why (Explain). Extract
// passes nil and records nothing.
type trace struct {
	// rejects holds rules.Fact.Rejects of each quantity of the scan, read
	// through the fact's widths.
	rejects []string
	// hits are the terms found, by list.
	hits []traceHit
	// failures are the conditions that failed, in the order checked.
	failures []traceFailure
	// nearest holds, for each accepted quantity that lies beyond Within
	// words of every anchor, the anchor nearest to it.
	nearest []traceFar
	// value is the index of the quantity taken, -1 for none; dist and
	// anchor say how far it is from which term.
	value  int
	dist   int
	anchor Span
}

type traceHit struct {
	cond  Condition
	term  *rules.Term
	spans []rules.Span
}

type traceFailure struct {
	cond  Condition
	terms []*rules.Term // the all terms missing, the none terms found
}

type traceFar struct {
	q, dist int
	anchor  Span
	term    *rules.Term
}

// found records the matches of a term of the list c.
func (tr *trace) found(c Condition, t *rules.Term, spans []rules.Span) {
	tr.hits = append(tr.hits, traceHit{cond: c, term: t, spans: spans})
}

// fail records that condition c failed, for the term t when it is about
// one; successive failures of one condition make one failure.
func (tr *trace) fail(c Condition, t *rules.Term) {
	if n := len(tr.failures); n > 0 && tr.failures[n-1].cond == c {
		if t != nil {
			tr.failures[n-1].terms = append(tr.failures[n-1].terms, t)
		}
		return
	}
	fl := traceFailure{cond: c}
	if t != nil {
		fl.terms = []*rules.Term{t}
	}
	tr.failures = append(tr.failures, fl)
}

// far records that the quantity qs[q] is dist words from the near term at
// anchor, beyond Within; only the nearest anchor of each quantity is kept.
func (tr *trace) far(q, dist int, anchor Span) {
	var term *rules.Term
	for _, h := range tr.hits {
		if h.cond != CondNear {
			continue
		}
		for _, sp := range h.spans {
			if sp.Pos == anchor.Pos && sp.End == anchor.End {
				term = h.term
				break
			}
		}
		if term != nil {
			break
		}
	}
	for i := range tr.nearest {
		if tr.nearest[i].q == q {
			if dist < tr.nearest[i].dist {
				tr.nearest[i] = traceFar{q: q, dist: dist, anchor: anchor, term: term}
			}
			return
		}
	}
	tr.nearest = append(tr.nearest, traceFar{q: q, dist: dist, anchor: anchor, term: term})
}

// took records the value taken.
func (tr *trace) took(q, dist int, anchor Span) {
	tr.value, tr.dist, tr.anchor = q, dist, anchor
}
