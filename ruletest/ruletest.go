// Package ruletest runs the tests a rule carries: the examples written into
// each fact, and articles annotated with the claims they must yield, the
// way golang.org/x/tools/go/analysis/analysistest checks an analyzer
// against "// want" comments.
//
// An annotation is an HTML comment in an article, which a reader never sees
// and crosscheck never reads as prose:
//
//	The strike killed seven civilians in Kharkiv. <!-- crosscheck: kharkiv-civilian-deaths=7 -->
//
// A comment at the end of a line is about that line; a comment alone on its
// line is about the nearest line of text above it. It asserts the claims of
// the sentences on that line, so a sentence hard-wrapped over several lines
// is annotated once, after any of its lines. Entries are
// FACT=VALUE, separated by spaces or commas: VALUE is a number (the claim's
// value, "7", "1e11", "2014"), an interval "[LOW, HIGH]" (the claim's
// bounds; "inf" for unbounded) or "none" (the fact takes nothing there). An
// article with at least one annotation also asserts that it yields no other
// claim, of any fact.
package ruletest

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Failure is one expectation a rule did not meet.
type Failure struct {
	// File, Line and Column locate the expectation: the example's expect
	// in its rule file, or the annotated line of an article.
	File         string
	Line, Column int
	Fact         string
	// Want and Got say what was expected and what the rule took, in the
	// form the rule file or annotation uses ("7", "[0, 1e+11]", "none").
	Want, Got string
	// Sentence is the sentence read, for the reader.
	Sentence string
	// Why is what the rule made of each sentence concerned, as
	// crosscheck explain says it: the value it took and how it was tied to
	// the sentence, or the condition that stopped it. It is there so that a
	// failing test says what to change without a second command.
	Why []string
}

func (f Failure) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: want %s, got %s", f.File, f.Line, f.Column, f.Fact, f.Want, f.Got)
}

// Result counts what ran.
type Result struct {
	Examples, Annotations int
	Failures              []Failure
}

// Examples runs the examples of facts. Each example is read as an article
// of one sentence, and only its own fact is applied.
func Examples(facts []*rules.Fact) Result {
	var r Result
	for _, f := range facts {
		for _, ex := range f.Examples {
			r.Examples++
			a, err := article.Parse(ex.Pos.File+"#example", []byte(ex.Sentence))
			if err == nil {
				a.Published = ex.Published
			}
			if err != nil {
				r.Failures = append(r.Failures, Failure{File: ex.Pos.File, Line: ex.Pos.Line, Column: ex.Pos.Column,
					Fact: f.ID, Want: want(ex, f.Quantity.Quantity()), Got: "an error: " + article.Reason(err), Sentence: ex.Sentence})
				continue
			}
			claims := checker.Extract(a, []*rules.Fact{f})
			pos := ex.ExpectPos
			if pos.Line == 0 {
				pos = ex.Pos
			}
			fail := Failure{File: pos.File, Line: pos.Line, Column: pos.Column, Fact: f.ID, Want: want(ex, f.Quantity.Quantity()), Sentence: ex.Sentence}
			switch {
			case ex.None && len(claims) == 0:
			case len(claims) == 1 && !ex.None && sameInterval(claims[0].Quantity.Interval, ex.Expect):
			default:
				fail.Got = got(claims)
				fail.Why = why(checker.Explain(a, []*rules.Fact{f}), a, f.ID, 0)
				r.Failures = append(r.Failures, fail)
			}
		}
	}
	return r
}

// why returns the verdicts of fact on the sentences of e that cover line
// (all of them when line is 0), for Failure.Why.
func why(e *checker.Explanation, a *article.Article, fact string, line int) []string {
	var out []string
	for _, s := range e.Sentences {
		if line > 0 {
			last, _ := a.Position(max(s.Pos, s.End-1))
			if line < s.Line || line > last {
				continue
			}
		}
		for _, v := range s.Verdicts {
			switch {
			case v.Fact != fact || v.Reason == "":
			case v.Took != nil:
				out = append(out, fmt.Sprintf("took %s («%s»), %s", IntervalOf(v.Took.Quantity.Interval, v.Took.Quantity.Kind), v.Took.Text, v.Reason))
			default:
				out = append(out, v.Reason)
			}
		}
	}
	return out
}

func want(ex rules.Example, kind quantity.Kind) string {
	if ex.None {
		return "none"
	}
	return IntervalOf(ex.Expect, kind)
}

func got(claims []checker.Claim) string {
	if len(claims) == 0 {
		return "none"
	}
	var parts []string
	for _, c := range claims {
		parts = append(parts, fmt.Sprintf("%s (%q)", IntervalOf(c.Quantity.Interval, c.Quantity.Kind), c.Text))
	}
	return strings.Join(parts, " and ")
}

// Interval writes an interval as examples and annotations write it: a
// point as its number, else "[LOW, HIGH]" with ( or ) for open ends and inf
// for an unbounded one.
func Interval(iv quantity.Interval) string { return IntervalOf(iv, quantity.Number) }

// IntervalOf is Interval for a quantity of kind k: a Date's bounds are
// written as dates (2025-08-18), as annotations and rule files write them.
func IntervalOf(iv quantity.Interval, k quantity.Kind) string {
	num := num
	if k == quantity.Date {
		num = func(x float64) string {
			if d, ok := quantity.FormatDay(x); ok {
				return d
			}
			return numText(x)
		}
	}
	if iv.Low == iv.High && !iv.LowOpen && !iv.HighOpen {
		return num(iv.Low)
	}
	open, close := "[", "]"
	if iv.LowOpen {
		open = "("
	}
	if iv.HighOpen {
		close = ")"
	}
	return open + num(iv.Low) + ", " + num(iv.High) + close
}

var num = numText

func numText(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// sameInterval compares bounds with a relative slack for the float
// arithmetic of hedges ("about 20%" is 20 ± 10%); an unbounded end matches
// an unbounded end only. Openness is compared only where the example says
// so: expect: {low: 1e6, high: .inf} matches "more than 1 million".
func sameInterval(got, want quantity.Interval) bool {
	eq := func(a, b float64) bool {
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return a == b
		}
		return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
	}
	if !eq(got.Low, want.Low) || !eq(got.High, want.High) {
		return false
	}
	if want.LowOpen && !got.LowOpen {
		return false
	}
	if want.HighOpen && !got.HighOpen && !math.IsInf(want.High, 1) {
		return false
	}
	return true
}

// annotation is one FACT=VALUE entry of an article.
type annotation struct {
	line, col int
	fact      string
	value     string // as written
	none      bool
	point     float64
	iv        *quantity.Interval
}

var commentRE = regexp.MustCompile(`^\s*crosscheck:\s*(.*?)\s*$`)

// Annotated reports whether the article carries crosscheck annotations.
func Annotated(a *article.Article) bool {
	for _, c := range a.Comments {
		if commentRE.MatchString(c.Text) {
			return true
		}
	}
	return false
}

// Article checks an annotated article against facts: every annotation must
// be met, and no claim may be taken that no annotation names. An article
// without annotations passes with nothing checked. Malformed annotations
// are failures too, at their place.
func Article(a *article.Article, facts []*rules.Fact) Result {
	var r Result
	var notes []annotation
	known := map[string]bool{}
	for _, f := range facts {
		known[f.ID] = true
	}
	for _, c := range a.Comments {
		m := commentRE.FindStringSubmatch(c.Text)
		if m == nil {
			continue
		}
		line, col := a.Position(c.Pos)
		target := targetLine(a, c)
		for _, entry := range splitEntries(m[1]) {
			n, err := parseEntry(entry)
			if err != nil {
				r.Failures = append(r.Failures, Failure{File: a.Path, Line: line, Column: col, Fact: "annotation", Want: "FACT=VALUE", Got: fmt.Sprintf("%q: %v", entry, err)})
				continue
			}
			if !known[n.fact] {
				r.Failures = append(r.Failures, Failure{File: a.Path, Line: line, Column: col, Fact: n.fact, Want: "a fact in the rules", Got: "no fact with this id"})
				continue
			}
			n.line, n.col = target, 1
			notes = append(notes, n)
		}
	}
	if len(notes) == 0 && len(r.Failures) == 0 {
		return r
	}
	r.Annotations = len(notes)
	claims := checker.Extract(a, facts)
	var explained *checker.Explanation // made when a failure needs it
	explain := func(fact string, line int) []string {
		if explained == nil {
			explained = checker.Explain(a, facts)
		}
		return why(explained, a, fact, line)
	}
	used := make([]bool, len(claims))
	for _, n := range notes {
		var onLine []int
		for i, c := range claims {
			if c.Fact == n.fact && covers(a, c, n.line) {
				onLine = append(onLine, i)
			}
		}
		fail := Failure{File: a.Path, Line: n.line, Column: 1, Fact: n.fact, Want: n.value}
		if n.none {
			for _, i := range onLine {
				used[i] = true
			}
			if len(onLine) > 0 {
				fail.Got = got(pick(claims, onLine))
				fail.Sentence = claims[onLine[0]].Sentence
				fail.Why = explain(n.fact, n.line)
				r.Failures = append(r.Failures, fail)
			}
			continue
		}
		found := -1
		for _, i := range onLine {
			if !used[i] && n.matches(claims[i].Quantity) {
				found = i
				break
			}
		}
		if found >= 0 {
			used[found] = true
			continue
		}
		// The failure already shows what the line yields: those claims are
		// not reported again as unexpected.
		fail.Got = got(pick(claims, onLine))
		fail.Why = explain(n.fact, n.line)
		if len(onLine) > 0 {
			fail.Sentence = claims[onLine[0]].Sentence
		}
		for _, i := range onLine {
			used[i] = true
		}
		r.Failures = append(r.Failures, fail)
	}
	for i, c := range claims {
		if !used[i] {
			r.Failures = append(r.Failures, Failure{File: a.Path, Line: c.Line, Column: c.Column, Fact: c.Fact,
				Want: "no claim (no annotation names it)", Got: got([]checker.Claim{c}), Sentence: c.Sentence})
		}
	}
	slices.SortStableFunc(r.Failures, func(x, y Failure) int {
		return cmp.Or(cmp.Compare(x.Line, y.Line), cmp.Compare(x.Column, y.Column))
	})
	return r
}

// covers reports whether the claim's sentence runs over line: a sentence
// hard-wrapped over several lines is annotated once, after any of them.
func covers(a *article.Article, c checker.Claim, line int) bool {
	if c.Line == line {
		return true
	}
	first, _ := a.Position(c.SentenceOffset)
	last, _ := a.Position(c.SentenceOffset + max(len(c.Sentence)-1, 0))
	return first <= line && line <= last
}

func pick(claims []checker.Claim, idx []int) []checker.Claim {
	out := make([]checker.Claim, 0, len(idx))
	for _, i := range idx {
		out = append(out, claims[i])
	}
	return out
}

// targetLine is the line an annotation is about: its own when text comes
// before it on the line, else the nearest line above with text.
func targetLine(a *article.Article, c article.Comment) int {
	line, _ := a.Position(c.Pos)
	start := strings.LastIndexByte(a.Text[:c.Pos], '\n') + 1
	if strings.TrimSpace(a.Text[start:c.Pos]) != "" {
		return line
	}
	for off := start - 1; off > a.Body; {
		prev := strings.LastIndexByte(a.Text[:off], '\n') + 1
		if strings.TrimSpace(a.Text[prev:off]) != "" {
			l, _ := a.Position(prev)
			return l
		}
		off = prev - 1
	}
	return line
}

// splitEntries splits at spaces and commas outside brackets, so that
// "a=7, b=[0, 1e11]" is two entries.
func splitEntries(s string) []string {
	var out []string
	depth, start := 0, -1
	for i, r := range s {
		switch {
		case r == '[' || r == '(':
			depth++
		case r == ']' || r == ')':
			depth = max(0, depth-1)
		}
		sep := depth == 0 && (r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r')
		switch {
		case sep && start >= 0:
			out = append(out, s[start:i])
			start = -1
		case !sep && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func parseEntry(s string) (annotation, error) {
	fact, value, ok := strings.Cut(s, "=")
	if !ok || fact == "" || value == "" {
		return annotation{}, fmt.Errorf("write FACT=VALUE, such as kharkiv-civilian-deaths=7")
	}
	n := annotation{fact: fact, value: value}
	switch {
	case value == "none":
		n.none = true
	case strings.HasPrefix(value, "[") || strings.HasPrefix(value, "("):
		iv, err := parseInterval(value)
		if err != nil {
			return n, err
		}
		n.iv = &iv
	default:
		v, ok := parseValue(value)
		if !ok {
			return n, fmt.Errorf("value %q is not a number, a date (2025-08-18), an interval [LOW,HIGH] or none", value)
		}
		n.point = v
	}
	return n, nil
}

// parseValue reads a number, or a date written 2025-08-18 as its day
// number, the way date facts hold their values.
func parseValue(s string) (float64, bool) {
	if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsNaN(v) {
		return v, true
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return quantity.DayOf(t), true
	}
	return 0, false
}

func parseInterval(s string) (quantity.Interval, error) {
	var iv quantity.Interval
	if len(s) < 5 || !strings.ContainsAny(s[:1], "[(") || !strings.ContainsAny(s[len(s)-1:], "])") {
		return iv, fmt.Errorf("interval %q: write [LOW, HIGH]", s)
	}
	iv.LowOpen, iv.HighOpen = s[0] == '(', s[len(s)-1] == ')'
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok {
		return iv, fmt.Errorf("interval %q: write [LOW, HIGH]", s)
	}
	lo, hi = strings.TrimSpace(lo), strings.TrimSpace(hi)
	bound := func(t string) (float64, error) {
		switch strings.ToLower(t) {
		case "inf", "+inf":
			return math.Inf(1), nil
		case "-inf":
			return math.Inf(-1), nil
		}
		v, ok := parseValue(t)
		if !ok {
			return 0, fmt.Errorf("interval %q: %q is not a number or a date", s, t)
		}
		return v, nil
	}
	var err error
	if iv.Low, err = bound(lo); err != nil {
		return iv, err
	}
	if iv.High, err = bound(hi); err != nil {
		return iv, err
	}
	if iv.Low > iv.High {
		return iv, fmt.Errorf("interval %q: low is above high", s)
	}
	if math.IsInf(iv.High, 1) {
		iv.HighOpen = true
	}
	return iv, nil
}

func (n annotation) matches(q quantity.Quantity) bool {
	if n.iv != nil {
		return sameInterval(q.Interval, *n.iv)
	}
	return math.Abs(q.Value-n.point) <= 1e-9*math.Max(1, math.Abs(n.point))
}

// Format writes failures as a reader fixes them: the place, the fact, the
// sentence, and what was wanted against what was got, diff style, then a
// summary line.
//
//	rules/floods.yaml:20:17: flood-deaths
//	    The floods killed 11 people in the valley.
//	  - want 9
//	  + got  11 ("11")
//
//	2 examples, 0 annotations: 1 failed
func Format(w io.Writer, r Result) error {
	var b strings.Builder
	for _, f := range r.Failures {
		fmt.Fprintf(&b, "%s:%d:%d: %s\n", f.File, f.Line, f.Column, f.Fact)
		if s := strings.Join(strings.Fields(f.Sentence), " "); s != "" {
			fmt.Fprintf(&b, "    %s\n", s)
		}
		fmt.Fprintf(&b, "  - want %s\n  + got  %s\n", f.Want, f.Got)
		for _, w := range f.Why {
			fmt.Fprintf(&b, "    why: %s\n", w)
		}
		b.WriteByte('\n')
	}
	status := "all passed"
	if n := len(r.Failures); n > 0 {
		status = fmt.Sprintf("%d failed", n)
	}
	fmt.Fprintf(&b, "%s, %s: %s\n", plural(r.Examples, "example"), plural(r.Annotations, "annotation"), status)
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}
