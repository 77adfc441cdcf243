package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
)

// level is how hard a CI format presses a problem. The names are SARIF's
// result levels; GitHub's workflow commands use the same words for error and
// warning and have no note.
type level string

const (
	levelError   level = "error"
	levelWarning level = "warning"
	levelNote    level = "note"
)

// The kinds of problem, named as JUnit's failure types name them.
const (
	kindConflict = "conflict"
	kindSelf     = "self-contradiction"
	kindRevised  = "revised"
	kindSingle   = "single"
)

// problem is one place the CI formats (SARIF, GitHub, JUnit) point at: a
// claim of a finding that needs a reader, with the claims it disagrees with.
type problem struct {
	// Finding is the finding the problem belongs to; Rule is the index of
	// its fact among the report's facts (the SARIF rule index).
	Finding *checker.Finding
	Rule    int
	// Claim indexes Finding.Claims; Related are the claims it disagrees
	// with, in claim index order (none for a single source).
	Claim   int
	Related []int
	// Kind is kindConflict, kindSelf, kindRevised or kindSingle: the kind of
	// the claim's first relation (conflicts come before self-contradictions).
	Kind    string
	Level   level
	Message string
	// Baselined marks a problem a baseline already records (its pairs are
	// in Finding.Baselined, or the single source is Known). SARIF writes
	// them as suppressed results; the other formats leave them out.
	Baselined bool
}

// relation is one claim a problem's claim disagrees with.
type relation struct {
	claim int
	self  bool // the same source: a self-contradiction
}

// findingProblems returns a finding's open problems, claim by claim, and,
// separately, the problems its baseline already records. The CI formats
// call it a finding at a time, in fact id order; rule is the finding's
// SARIF rule index. The open problems are:
//
//   - for a conflict or a revision, one problem per claim that an open pair
//     (Conflicts, then SelfContradictions) is reported at. A pair is
//     reported at its new claims (checker.Claim.New) if it has any, else at
//     both; the problem's related claims are the other claims of its pairs;
//   - for a single source that no baseline knows, one problem per claim;
//   - agreement and absence, none.
//
// Baselined pairs and known single sources are the baselined problems.
// The problems point into f, so they last as long as the caller keeps it.
func findingProblems(f *checker.Finding, rule int, threshold checker.Status) (open, baselined []problem) {
	lv := findingLevel(f, threshold)
	switch f.Status {
	case checker.Conflict, checker.Revised:
		var rels []pairRelation
		for _, p := range f.Conflicts {
			rels = append(rels, pairRelation{p, false})
		}
		for _, p := range f.SelfContradictions {
			rels = append(rels, pairRelation{p, true})
		}
		for _, g := range groupPairs(f, rels, true) {
			open = append(open, pairProblem(f, rule, lv, g, false))
		}
		rels = rels[:0]
		for _, p := range f.Baselined {
			if validPair(f, p) {
				rels = append(rels, pairRelation{p, checker.SameSource(f.Claims[p.I], f.Claims[p.J])})
			}
		}
		for _, g := range groupPairs(f, rels, false) {
			baselined = append(baselined, pairProblem(f, rule, lv, g, true))
		}
	case checker.Single:
		for k := range f.Claims {
			p := problem{
				Finding: f, Rule: rule, Claim: k, Kind: kindSingle, Level: lv,
				Message:   claimSubject(f, k) + "; only " + sourceName(f.Claims[k]) + " states this fact",
				Baselined: f.Known,
			}
			if f.Known {
				p.Message += "; recorded in the baseline"
				baselined = append(baselined, p)
			} else {
				open = append(open, p)
			}
		}
	}
	return open, baselined
}

// findingLevel grades a finding: an error when it fails the run, a warning
// for a conflict (between sources or within one) that does not, a note for
// the rest (a revision, a single source below the threshold).
func findingLevel(f *checker.Finding, threshold checker.Status) level {
	switch {
	case f.Fails(threshold):
		return levelError
	case f.Status == checker.Conflict:
		return levelWarning
	}
	return levelNote
}

type pairRelation struct {
	pair checker.Pair
	self bool
}

type claimGroup struct {
	claim int
	rels  []relation
}

// groupPairs groups pairs by the claim they are reported at: with newOnly, a
// pair with a new claim is reported at its new claims only. Groups come in
// claim order, each group's relations in claim order; pairs that index
// outside the claims are ignored.
func groupPairs(f *checker.Finding, pairs []pairRelation, newOnly bool) []claimGroup {
	by := map[int][]relation{}
	add := func(at, other int, self bool) {
		for _, r := range by[at] {
			if r.claim == other {
				return
			}
		}
		by[at] = append(by[at], relation{other, self})
	}
	for _, pr := range pairs {
		p := pr.pair
		if !validPair(f, p) {
			continue
		}
		ni, nj := f.Claims[p.I].New, f.Claims[p.J].New
		if !newOnly || ni == nj {
			ni, nj = true, true
		}
		if ni {
			add(p.I, p.J, pr.self)
		}
		if nj {
			add(p.J, p.I, pr.self)
		}
	}
	groups := make([]claimGroup, 0, len(by))
	for k, rels := range by {
		slices.SortFunc(rels, func(a, b relation) int { return a.claim - b.claim })
		groups = append(groups, claimGroup{k, rels})
	}
	slices.SortFunc(groups, func(a, b claimGroup) int { return a.claim - b.claim })
	return groups
}

func validPair(f *checker.Finding, p checker.Pair) bool {
	return p.I >= 0 && p.J >= 0 && p.I < len(f.Claims) && p.J < len(f.Claims) && p.I != p.J
}

func sourceKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func pairProblem(f *checker.Finding, rule int, lv level, g claimGroup, baselined bool) problem {
	p := problem{Finding: f, Rule: rule, Claim: g.claim, Level: lv, Baselined: baselined}
	for _, r := range g.rels {
		p.Related = append(p.Related, r.claim)
	}
	p.Kind = relationKind(f, g.rels[0].self)
	p.Message = claimSubject(f, g.claim) + " " + relationClauses(f, g.claim, g.rels)
	if baselined {
		p.Message += "; recorded in the baseline"
	}
	return p
}

// relationKind names what a disagreeing pair is: in a revised finding every
// pair is a revision (the checker applied the trend to all of them).
func relationKind(f *checker.Finding, self bool) string {
	switch {
	case f.Status == checker.Revised:
		return kindRevised
	case self:
		return kindSelf
	}
	return kindConflict
}

// relationClauses says what claim k disagrees with; after claimSubject it
// makes a problem's message:
//
//	Civilians killed in Kharkiv: 7 ("seven") conflicts with 11 at b.md:4:1 (BBC) and 3 at c.md:2:5 (X)
//	Length of the war: 3 contradicts [3.6, 4) at b.md:10:1 from the same source (BBC)
//	People killed in Dnipro: 12 ("Twelve") revised to 19 at b.md:8:58 (BBC); the latest figure is the best estimate
func relationClauses(f *checker.Finding, k int, rels []relation) string {
	var conflicts, selfs, later, earlier []string
	for _, r := range rels {
		c := f.Claims[r.claim]
		at := interval(c.Quantity.Interval, c.Quantity.Kind) + " at " + loc(c)
		src := " (" + sourceName(c) + perPhrase(c) + ")"
		switch relationKind(f, r.self) {
		case kindRevised:
			if isLater(f, r.claim, k) {
				later = append(later, at+src)
			} else {
				earlier = append(earlier, at+src)
			}
		case kindSelf:
			selfs = append(selfs, at)
		default:
			conflicts = append(conflicts, at+src)
		}
	}
	var clauses []string
	if len(conflicts) > 0 {
		clauses = append(clauses, "conflicts with "+andList(conflicts))
	}
	if len(selfs) > 0 {
		clauses = append(clauses, "contradicts "+andList(selfs)+" from the same source ("+sourceName(f.Claims[k])+")")
	}
	if len(later) > 0 {
		clauses = append(clauses, "revised to "+andList(later))
	}
	if len(earlier) > 0 {
		clauses = append(clauses, "revises "+andList(earlier))
	}
	msg := strings.Join(clauses, "; ")
	if len(later)+len(earlier) > 0 {
		msg += "; the latest figure is the best estimate"
	}
	return msg
}

// pairMessage says what one pair is, on one line, naming both claims:
//
//	Civilians killed in Kharkiv: 7 ("seven") at a.md:5:19 (Reuters) conflicts with 11 at b.md:4:1 (BBC)
func pairMessage(f *checker.Finding, p checker.Pair, self bool) string {
	a := f.Claims[p.I]
	msg := claimSubject(f, p.I) + " at " + loc(a)
	if !self || f.Status == checker.Revised {
		msg += " (" + sourceName(a) + ")"
	}
	return msg + " " + relationClauses(f, p.I, []relation{{p.J, self}})
}

// isLater reports whether claim a was published after claim b, by claim
// order when the dates do not tell.
func isLater(f *checker.Finding, a, b int) bool {
	ta, tb := f.Claims[a].Published, f.Claims[b].Published
	if !ta.IsZero() && !tb.IsZero() && !ta.Equal(tb) {
		return ta.After(tb)
	}
	return a > b
}

// claimSubject is the start of every problem message: the fact's title (its
// id when untitled) and the claim's value, with the words as written when
// they differ: `Civilians killed in Kharkiv: 7 ("seven")`.
func claimSubject(f *checker.Finding, k int) string {
	c := f.Claims[k]
	val, words := claimValue(c)
	var notes []string
	if words != "" {
		notes = append(notes, words)
	}
	if c.Quantity.Vague {
		notes = append(notes, "vague")
	}
	if c.Claimant != "" {
		notes = append(notes, "per "+clean(c.Claimant))
	}
	if len(notes) > 0 {
		val += " (" + strings.Join(notes, ", ") + ")"
	}
	return findingName(f) + ": " + val
}

// findingName is the fact's title, or its id when it has none, made safe.
func findingName(f *checker.Finding) string {
	if f.Title != "" {
		return clean(f.Title)
	}
	return clean(f.Fact)
}

// sourceName is the claim's source made safe, or its article when the
// source is unknown.
func sourceName(c checker.Claim) string {
	if s := clean(strings.TrimSpace(c.Source)); s != "" {
		return s
	}
	return clean(c.Article)
}

// andList joins items as prose: "a", "a and b", "a, b and c".
func andList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// claimEnd returns where a claim's words end: the line they end on and the
// column just after their last character, counted in characters like
// Column. Text is the exact words, so endLine is Line plus the newlines in
// Text.
// filePlace is where a claim is in the file on disk, for tools that open
// the file at a line (SARIF viewers, GitHub annotations): a claim of a
// JSON-lines record is at its record's line, the column unknown; a claim
// of an HTML page is in the page, whose extracted text's lines are not the
// file's, so at no line. Zero means unknown. Exact is set when the place
// covers the claim's words, so a snippet of them fits it.
type filePlace struct {
	File                             string
	Line, Column, EndLine, EndColumn int
	Exact                            bool
}

func placeOf(c checker.Claim) filePlace {
	switch c.FormatOf() {
	case article.FormatJSONL:
		return filePlace{File: c.Origin.File, Line: c.Origin.Record, EndLine: c.Origin.Record}
	case article.FormatHTML:
		return filePlace{File: c.Article}
	}
	if c.Line < 1 {
		return filePlace{File: c.Article}
	}
	pl := filePlace{File: c.Article, Line: c.Line, Exact: true}
	pl.EndLine, pl.EndColumn = claimEnd(c)
	if c.Column >= 1 {
		pl.Column = c.Column
	} else {
		pl.EndColumn = 0
	}
	return pl
}

func claimEnd(c checker.Claim) (endLine, endColumn int) {
	n := strings.Count(c.Text, "\n")
	if n == 0 {
		return c.Line, c.Column + utf8.RuneCountInString(c.Text)
	}
	last := c.Text[strings.LastIndexByte(c.Text, '\n')+1:]
	return c.Line + n, utf8.RuneCountInString(last) + 1
}
