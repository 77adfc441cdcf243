package checker

import (
	"time"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Claim is one statement of a fact in one article: the quantity a rule took
// from a sentence, with everything a report needs to point at the words
// without reading the article again.
type Claim struct {
	// Fact is the id of the rule that took the claim.
	Fact string
	// Article is the path of the article as it was given or found, with
	// forward slashes; Source is the outlet it counts as (front matter
	// "source", else the file name).
	Article string
	Source  string
	// Published is the article's publication time; zero when unknown.
	Published time.Time
	// Offset and End are the byte span of the value's words in the article
	// file; Line and Column (1-based, column in characters) locate Offset.
	Offset, End  int
	Line, Column int
	// Text is the value's words as written ("up to $100 billion").
	Text string
	// Sentence is the whole sentence the claim was read from and
	// SentenceOffset its byte offset in the article file.
	Sentence       string
	SentenceOffset int
	// Terms are the byte spans, relative to Sentence, of the rule terms that
	// made the sentence match; reports mark them.
	Terms []Span
	// Quantity is the value as the scanner read it and the fact's hedge
	// widths (rules.Fact.Widths) widened it; its Pos and End are offsets
	// into the article file, like Offset and End.
	Quantity quantity.Quantity
	// New marks a claim from an article under review (check --new, or
	// --changed-since); Scope sets it. Reports point at new claims only
	// when a pair has one.
	New bool
	// Claimant is who the sentence says gives the figure ("Ukrainian
	// authorities", "the UN"), "" when it names no one (see package
	// attribution).
	Claimant string
	// Resolved says how a relative expression was read against the
	// article's publication date (`"12 years ago" from 2025-08-18 →
	// 2013`); "" for a value written out.
	Resolved string
	// Weight is the weight the sources manifest gives the article; 0 means
	// the default, 1.
	Weight float64
	// SourceID, set by Compare, identifies the independent source the
	// claim counts for: its outlet, folded, or the outlet of the article
	// its article is a syndicated copy of. Claims with one SourceID count
	// once.
	SourceID string
	// CopyOf, set by Compare, names the article this claim's article
	// repeats near word for word (a syndicated copy): the two count as one
	// source.
	CopyOf string
	// Superseded, set by Compare on a revised finding's claims, marks a
	// figure a later one revised.
	Superseded bool
	// Cluster, set by Compare, numbers the claim's agreement cluster in
	// its finding: claims whose values agree, directly or through a chain
	// of agreeing values, share a number; clusters are numbered from 0 in
	// order of their lowest value.
	Cluster int
	// Origin says where the claim's article came from when it is not a
	// text or Markdown file, and so what Offset, Line and Column count in;
	// nil for text and Markdown, whose places are the file's. A pointer,
	// shared by an article's claims, so the common case costs one word.
	Origin *Origin
}

// Origin is where an article that is not a text or Markdown file came from.
type Origin struct {
	// Format is article.FormatHTML when the claim's place is in the text
	// extracted from the page, article.FormatJSONL when it is in the
	// decoded "text" of a JSON-lines record.
	Format article.Format
	// File, Record and RecordID locate a JSON-lines record: the file, the
	// line the record is on, and its "id". The claim's Article is then
	// FILE:RECORD.
	File     string
	Record   int
	RecordID string
}

// FormatOf returns the format of the claim's article: its Origin's, or
// article.FormatText.
func (c *Claim) FormatOf() article.Format {
	if c.Origin == nil {
		return article.FormatText
	}
	return c.Origin.Format
}

// Span is a half-open byte range [Pos, End).
type Span struct{ Pos, End int }

// Status is a finding's verdict on one fact across the corpus.
type Status string

const (
	// Agree: two or more independent sources, and every pair of their
	// claims overlaps.
	Agree Status = "agree"
	// Conflict: at least one pair of claims does not overlap.
	Conflict Status = "conflict"
	// Revised: the claims disagree, but in publication order they move the
	// way the fact's trend says tolls move: a revision, not a contradiction.
	Revised Status = "revised"
	// Single: claims from one source only.
	Single Status = "single"
	// Absent: no article states the fact; a rule that never fires may be
	// broken.
	Absent Status = "absent"
)

// Severity orders statuses for --fail-on: a finding fails a run when its
// severity is at or above the threshold's.
func (s Status) Severity() int {
	switch s {
	case Conflict:
		return 3
	case Single:
		return 2
	case Revised:
		return 1
	}
	return 0
}

// Consensus is the fact's value across its sources, as conflict-event data
// sets keep it: the lowest and highest values any claim allows and the best
// single estimate. High is +Inf when some claim is unbounded above.
type Consensus struct {
	Low, Best, High float64
	// Policy is how Best was chosen (rules.Median, Conservative or
	// Latest).
	Policy rules.Policy
}

// Grade says how well the corpus supports a fact, in the spirit of the
// grades conflict monitors give claims: it counts independent sources, not
// articles.
type Grade string

// Grades.
const (
	// Confirmed: two or more independent sources agree (for a revised
	// fact: on the latest figure).
	Confirmed Grade = "confirmed"
	// SingleSource: one independent source, however many articles.
	SingleSource Grade = "single"
	// Contested: independent sources disagree.
	Contested Grade = "contested"
	// Inconsistent: the only disagreement is within one source.
	Inconsistent Grade = "inconsistent"
	// RevisedGrade: the figures move along the fact's trend, and the latest
	// rests on one source.
	RevisedGrade Grade = "revised"
	// Unreported: no article states the fact.
	Unreported Grade = "unreported"
)

// Pair indexes two claims of the same finding, I < J.
type Pair struct{ I, J int }

// Finding is the verdict on one fact: every claim of it, sorted by article
// then offset, and the pairs that disagree.
type Finding struct {
	Fact   string
	Title  string
	Status Status
	// Sources counts the independent sources among the claims: articles
	// of one outlet, and syndicated copies, count once. Articles counts
	// the articles.
	Sources  int
	Articles int
	// Grade is how well the sources support the fact.
	Grade     Grade
	Consensus Consensus
	Claims    []Claim
	// Clusters is the number of agreement clusters among the claims (see
	// Claim.Cluster).
	Clusters int
	// Tolerance is the fact's tolerance the claims were compared with;
	// Scope compares new claims again with it.
	Tolerance rules.Tolerance
	// Conflicts are pairs of claims from different sources whose
	// intervals, widened by the fact's tolerance, do not overlap: for
	// every two values that disagree, each claim of the value fewer claims
	// give, paired with the first claim of the other from another source
	// (see disagreements in pairs.go). Where each value has one claim,
	// that is every disagreeing pair; in a large archive the pairs grow
	// with the claims, not their square.
	Conflicts []Pair
	// SelfContradictions are pairs of claims from one source (one article,
	// or two articles of one outlet) that do not overlap: the source
	// contradicts itself. They are chosen as Conflicts are, with the first
	// claim of the other value from the claim's own source.
	SelfContradictions []Pair
	// Baselined holds the pairs of disagreeing claims that a baseline
	// already records. They are taken out of Conflicts and
	// SelfContradictions, which then hold only what is new; Status still
	// says what the claims do.
	Baselined []Pair
	// Known is set when a baseline records a single-source finding as it
	// stands: the same source and the same values.
	Known bool
	// Note explains a status that needs it (why a disagreement counts as a
	// revision, or why a trend could not be applied).
	Note string
}

// Open reports whether the finding still needs a reader: a conflict or a
// revision with a pair no baseline holds, or a single source no baseline
// knows. Agreement and absence are never open.
func (f *Finding) Open() bool {
	switch f.Status {
	case Conflict, Revised:
		return len(f.Conflicts)+len(f.SelfContradictions) > 0
	case Single:
		return !f.Known
	}
	return false
}

// Fails reports whether the finding fails a run whose --fail-on is
// threshold: it is open and its status is at least as severe. A threshold
// of no severity (such as "never") fails nothing.
func (f *Finding) Fails(threshold Status) bool {
	return threshold.Severity() > 0 && f.Status.Severity() >= threshold.Severity() && f.Open()
}
