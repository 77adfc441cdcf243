package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// JSONVersion is the version of the JSON report written by JSON.
const JSONVersion = 1

type jsonFinding struct {
	Fact               string         `json:"fact"`
	Title              string         `json:"title"`
	Status             checker.Status `json:"status"`
	Grade              checker.Grade  `json:"grade"`
	Sources            int            `json:"sources"`
	Articles           int            `json:"articles"`
	Consensus          *jsonConsensus `json:"consensus"`
	Claims             []jsonClaim    `json:"claims"`
	Conflicts          [][2]int       `json:"conflicts"`
	SelfContradictions [][2]int       `json:"self_contradictions"`
	Baselined          [][2]int       `json:"baselined"`
	Known              bool           `json:"known,omitempty"`
	Note               string         `json:"note,omitempty"`
}

type jsonConsensus struct {
	Low    *float64            `json:"low"`
	Best   float64             `json:"best"`
	High   *float64            `json:"high"`
	Policy string              `json:"policy"`
	Dates  *jsonConsensusDates `json:"dates,omitempty"`
}

// jsonConsensusDates is a date fact's consensus as ISO dates.
type jsonConsensusDates struct {
	Low  *string `json:"low"`
	Best string  `json:"best"`
	High *string `json:"high"`
}

// jsonDates is a date's interval and value as ISO dates.
type jsonDates struct {
	Low   *string `json:"low"`
	High  *string `json:"high"`
	Value string  `json:"value"`
}

type jsonClaim struct {
	Article    string     `json:"article"`
	Source     string     `json:"source"`
	Published  string     `json:"published,omitempty"`
	Line       int        `json:"line"`
	Column     int        `json:"column"`
	Offset     int        `json:"offset"`
	Text       string     `json:"text"`
	Sentence   string     `json:"sentence"`
	Low        *float64   `json:"low"`
	High       *float64   `json:"high"`
	LowOpen    bool       `json:"low_open"`
	HighOpen   bool       `json:"high_open"`
	Hedge      string     `json:"hedge"`
	Vague      bool       `json:"vague"`
	Kind       string     `json:"kind"`
	Unit       string     `json:"unit"`
	Currency   string     `json:"currency"`
	Value      float64    `json:"value"`
	Dates      *jsonDates `json:"dates,omitempty"`
	New        bool       `json:"new,omitempty"`
	SourceID   string     `json:"source_id"`
	Weight     float64    `json:"weight,omitempty"`
	Claimant   string     `json:"claimant,omitempty"`
	Resolved   string     `json:"resolved,omitempty"`
	CopyOf     string     `json:"copy_of,omitempty"`
	Superseded bool       `json:"superseded,omitempty"`
	Cluster    int        `json:"cluster"`
	Format     string     `json:"format,omitempty"`
	File       string     `json:"file,omitempty"`
	Record     int        `json:"record,omitempty"`
	RecordID   string     `json:"record_id,omitempty"`
}

type jsonInput struct {
	Article  string   `json:"article"`
	Status   string   `json:"status"`
	Reason   string   `json:"reason,omitempty"`
	Format   string   `json:"format,omitempty"`
	Articles *int     `json:"articles,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
	Benign   bool     `json:"benign,omitempty"`
}

// JSON writes r as a version 1 JSON report. The format is a published
// contract: tools and CI read it, so keys change only with the version.
//
//	{
//	  "version": 1,
//	  "findings": [{
//	    "fact", "title", "status", "grade", "sources", "articles",
//	    "consensus": {"low", "best", "high", "policy",
//	      "dates": {"low", "best", "high"}     // date facts only
//	    },                                       // null when the fact has no claims
//	    "claims": [{
//	      "article", "source",
//	      "published",                           // omitted when unknown
//	      "line", "column", "offset",            // column in characters, offset in bytes
//	      "text", "sentence",
//	      "low", "high", "low_open", "high_open",
//	      "hedge", "vague", "kind", "unit", "currency", "value",
//	      "dates": {"low", "high", "value"},     // a date's days as ISO dates; omitted for other kinds
//	      "new",                                 // true, or omitted
//	      "source_id",                           // the independent source it counts for
//	      "weight",                              // the manifest's weight; omitted when unset
//	      "claimant",                            // who the sentence says gives it; omitted when no one
//	      "resolved",                            // how a relative expression was read; omitted otherwise
//	      "copy_of",                             // the article it is a syndicated copy of; omitted otherwise
//	      "superseded",                          // true when a later figure revised it, or omitted
//	      "cluster",                             // its agreement cluster: 0, 1, … from the lowest values
//	      "format",                              // "html" or "jsonl"; omitted for text and Markdown
//	      "file", "record", "record_id"          // a JSON-lines record's file, line and id; omitted otherwise
//	    }],
//	    "conflicts": [[i, j]],                   // always present, possibly []
//	    "self_contradictions": [[i, j]],         // always present, possibly []
//	    "baselined": [[i, j]],                   // always present, possibly []
//	    "known",                                 // true, or omitted
//	    "note"                                   // omitted when empty
//	  }],
//	  "inputs": [{"article", "status", "reason", // reason omitted when empty
//	    "format",                                // "html" or "jsonl"; omitted for text and Markdown
//	    "articles",                              // records read from a JSON-lines file; omitted otherwise
//	    "warnings",                              // problems it was read despite; omitted when none
//	    "benign"                                 // true for a skip that does not fail the run, or omitted
//	  }]
//	}
//
// Conventions:
//   - numbers are plain JSON numbers as encoding/json writes a float64
//     (1e11 is 100000000000, 3.6 is 3.6); NaN is never written: JSON fails
//     instead;
//   - an unbounded end is null: "high": null is +Inf, "low": null is -Inf
//     (for claims and for the consensus);
//   - a date ("kind": "date", unit "day") keeps numbers in "low", "high"
//     and "value", as every kind does: day numbers, the days since
//     1970-01-01 (2025-08-18 is 20318), which compare and subtract as
//     days; its "dates" object writes the same as ISO 8601 dates,
//     "2025-08-18", with null for an unbounded end, and so does the
//     consensus's "dates" when the fact's claims are dates. The key is
//     left out for every other kind, so version 1 readers that predate it
//     see the same documents;
//   - "published" is "2006-01-02" when the time is midnight UTC, else RFC 3339
//     with its offset (and fractional seconds only when present); the key is
//     omitted when the time is unknown (zero), like "reason" and "note";
//   - "hedge", "unit", "currency" and "kind" are always present, "" when
//     not applicable;
//   - "conflicts" and "self_contradictions" hold the pairs no baseline
//     records; "baselined" the disagreeing pairs a baseline already holds
//     (either kind). "known" is true for a single-source finding a baseline
//     records, and a claim's "new" is true when it comes from an article
//     under review (check --new); both keys are left out when false, so
//     version 1 readers that predate them see the same documents;
//   - "grade" is confirmed, single, contested, inconsistent, revised or
//     unreported (see checker.Grade); "sources" counts independent
//     sources (one outlet, or an article and its syndicated copies, count
//     once), "articles" the articles; "policy" is median, conservative or
//     latest;
//   - findings are sorted by fact id, claims keep the finding's order (the
//     pairs index into it), inputs keep the report's order;
//   - a claim's "line", "column" and "offset" count in the file for text
//     and Markdown, in the extracted text for "format": "html", and in the
//     record's decoded "text" for "format": "jsonl", whose "article" is
//     FILE:LINE ("feed.jsonl:12") and whose "file" and "record" tell the
//     two apart; these keys, and the inputs' "format", "articles",
//     "warnings" and "benign", are left out when empty, so version 1
//     readers that predate them see the same documents. A JSON-lines file
//     is one input, read, followed by one skipped input of the same
//     "article" per bad record, whose "reason" starts "line N, column C:";
//   - 2-space indentation, a trailing newline, no HTML escaping.
//
// JSON writes nothing when it fails, and it fails on a NaN anywhere in the
// numbers, naming the fact and claim, and on an error from Report.Each or
// Report.EachInput. To keep that promise with them it reads the findings
// and the inputs twice: once to look for errors, once to write. Each or
// EachInput failing only on the second pass (a file gone in between) is
// the one failure that leaves part of a report written. A caller that
// throws away what was written when JSON fails can spare the first pass
// with JSONOnce.
func JSON(w io.Writer, r *Report) error {
	// The report is written a finding at a time, and a finding a claim at
	// a time, not built whole: at a million articles it is hundreds of
	// megabytes, and one fact's claims over a large corpus tens, and the
	// document, its encoding and its indentation held at once were most of
	// a run's memory. A first pass finds any error, so nothing is written
	// then; it too goes claim by claim.
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		if _, err := toJSONFinding(f); err != nil {
			return err
		}
		for i := range f.Claims {
			if err := claimError(&f, i); err != nil {
				return err
			}
		}
	}
	for _, err := range eachInput(r) {
		if err != nil {
			return err
		}
	}
	return JSONOnce(w, r)
}

// JSONOnce writes what JSON writes, and fails as it does, but in one pass
// over the findings and the inputs, writing as it goes: when it fails it
// has written part of a report. It is for a caller that throws that away
// (a temporary file renamed into place only once the report is complete):
// JSON's first pass reads every claim back from a run's store, which at
// 1000 rules over a 100 MB corpus was a third of what writing the report
// cost.
func JSONOnce(w io.Writer, r *Report) error {
	jw := newJSONWriter(w)
	jw.writeString("{\n  \"version\": " + strconv.Itoa(JSONVersion) + ",\n  \"findings\": ")
	n := 0
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		if err := jw.finding(n, f); err != nil {
			return err
		}
		n++
	}
	jw.closeArray(n, "  ", ",\n  \"inputs\": ")
	n = 0
	for in, err := range eachInput(r) {
		if err != nil {
			return err
		}
		jw.separate(n, elementIndent)
		jw.input = toJSONInput(in)
		jw.buf = appendInput(jw.buf[:0], &jw.input)
		jw.write(jw.buf)
		n++
	}
	jw.closeArray(n, "  ", "\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return jw.bw.Flush()
}

// The indentation of the elements of the top-level arrays (findings and
// inputs), and of a finding's claims: what encoding/json gives them when
// it indents the whole document by two spaces.
const (
	elementIndent = "    "
	claimIndent   = elementIndent + "    "
)

// jsonWriter writes the report's arrays an element at a time, each at the
// indentation the whole document would give it. It remembers the first
// write error and writes nothing after it.
type jsonWriter struct {
	bw  *bufio.Writer
	err error
	// claim and input are the claim or input being written, and buf its
	// encoding, kept here to be reused from one to the next.
	claim   jsonClaim
	scratch claimScratch
	input   jsonInput
	buf     []byte
}

// claimScratch holds what a converted claim points to, kept from one claim
// to the next rather than allocated for each: its bounds, and its
// publication date as written, which an article's claims share.
type claimScratch struct {
	low, high float64
	pubAt     time.Time
	pub       string
}

func newJSONWriter(w io.Writer) *jsonWriter {
	return &jsonWriter{bw: bufio.NewWriterSize(w, 64<<10)}
}

func (jw *jsonWriter) writeString(s string) {
	if jw.err == nil {
		_, jw.err = jw.bw.WriteString(s)
	}
}

func (jw *jsonWriter) write(b []byte) {
	if jw.err == nil {
		_, jw.err = jw.bw.Write(b)
	}
}

// separate starts element i of an array whose elements are at indent,
// opening the array before the first.
func (jw *jsonWriter) separate(i int, indent string) {
	// Written in two: concatenating them allocated for every element.
	if i == 0 {
		jw.writeString("[\n")
	} else {
		jw.writeString(",\n")
	}
	jw.writeString(indent)
}

// closeArray closes an array of n elements whose own line is at indent,
// and writes tail after it.
func (jw *jsonWriter) closeArray(n int, indent, tail string) {
	if n == 0 {
		jw.writeString("[]" + tail)
		return
	}
	jw.writeString("\n" + indent + "]" + tail)
}

// finding writes f as element i of the findings, its claims one at a
// time between the rest of it.
func (jw *jsonWriter) finding(i int, f checker.Finding) error {
	jf, err := toJSONFinding(f)
	if err != nil {
		return err
	}
	jw.separate(i, elementIndent)
	if jw.buf, err = appendFindingHead(jw.buf[:0], &jf); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	jw.write(jw.buf)
	for j := range f.Claims {
		if jw.claim, err = toJSONClaim(&f, j, &jw.scratch); err != nil {
			return err
		}
		jw.separate(j, claimIndent)
		if jw.buf, err = appendClaim(jw.buf[:0], &jw.claim); err != nil {
			return fmt.Errorf("report: %w", err)
		}
		jw.write(jw.buf)
	}
	jw.closeArray(len(f.Claims), elementIndent+"  ", "")
	jw.buf = appendFindingTail(jw.buf[:0], &jf)
	jw.write(jw.buf)
	return jw.err
}

func toJSONInput(in article.Input) jsonInput {
	ji := jsonInput{Article: in.Path, Status: in.Status, Reason: in.Reason,
		Format: string(in.Format), Warnings: in.Warnings, Benign: in.Benign}
	if in.Format == article.FormatJSONL && in.Status == inputRead {
		articles := in.Articles
		ji.Articles = &articles
	}
	return ji
}

// toJSONFinding converts f but for its claims, which it leaves empty: JSON
// converts and writes them one at a time (toJSONClaim).
func toJSONFinding(f checker.Finding) (jsonFinding, error) {
	jf := jsonFinding{
		Fact:               f.Fact,
		Title:              f.Title,
		Status:             f.Status,
		Grade:              f.Grade,
		Sources:            f.Sources,
		Articles:           f.Articles,
		Claims:             []jsonClaim{},
		Conflicts:          pairs(f.Conflicts),
		SelfContradictions: pairs(f.SelfContradictions),
		Baselined:          pairs(f.Baselined),
		Known:              f.Known,
		Note:               f.Note,
	}
	if len(f.Claims) > 0 {
		c := f.Consensus
		if hasNaN(c.Low, c.Best, c.High) {
			return jf, fmt.Errorf("report: fact %q: consensus is NaN", f.Fact)
		}
		jf.Consensus = &jsonConsensus{Low: bound(c.Low), Best: zero(c.Best), High: bound(c.High), Policy: string(c.Policy)}
		if f.Claims[0].Quantity.Kind == quantity.Date {
			jf.Consensus.Dates = &jsonConsensusDates{Low: isoBound(c.Low), Best: isoDay(c.Best), High: isoBound(c.High)}
		}
	}
	return jf, nil
}

// claimError is the error converting f's claim i fails with, or nil.
func claimError(f *checker.Finding, i int) error {
	c := &f.Claims[i]
	q := &c.Quantity
	if hasNaN(q.Interval.Low, q.Interval.High, q.Value) || math.IsInf(q.Value, 0) {
		return fmt.Errorf("report: fact %q: claim %d (%s:%d:%d): value is not a number",
			f.Fact, i, c.Article, c.Line, c.Column)
	}
	return nil
}

// toJSONClaim converts f's claim i. The claim's bounds point into s, and
// are good until s converts the next.
func toJSONClaim(f *checker.Finding, i int, s *claimScratch) (jsonClaim, error) {
	if err := claimError(f, i); err != nil {
		return jsonClaim{}, err
	}
	c := &f.Claims[i]
	q := c.Quantity
	iv := q.Interval
	kind := ""
	if q.Kind != 0 {
		kind = q.Kind.String()
	}
	if c.Published != s.pubAt || s.pub == "" {
		s.pubAt, s.pub = c.Published, published(c.Published)
	}
	jc := jsonClaim{
		Article:    c.Article,
		Source:     c.Source,
		Published:  s.pub,
		Line:       c.Line,
		Column:     c.Column,
		Offset:     c.Offset,
		Text:       c.Text,
		Sentence:   c.Sentence,
		Low:        boundIn(&s.low, iv.Low),
		High:       boundIn(&s.high, iv.High),
		LowOpen:    iv.LowOpen,
		HighOpen:   iv.HighOpen,
		Hedge:      q.Hedge,
		Vague:      q.Vague,
		Kind:       kind,
		Unit:       q.Unit,
		Currency:   q.Currency,
		Value:      zero(q.Value),
		Dates:      dates(q),
		New:        c.New,
		SourceID:   c.SourceID,
		Weight:     c.Weight,
		Claimant:   c.Claimant,
		Resolved:   c.Resolved,
		CopyOf:     c.CopyOf,
		Superseded: c.Superseded,
		Cluster:    c.Cluster,
	}
	if o := c.Origin; o != nil {
		jc.Format, jc.File, jc.Record, jc.RecordID = string(o.Format), o.File, o.Record, o.RecordID
	}
	return jc, nil
}

// dates writes a date's interval and value as ISO dates; nil for other
// kinds.
func dates(q quantity.Quantity) *jsonDates {
	if q.Kind != quantity.Date {
		return nil
	}
	return &jsonDates{Low: isoBound(q.Interval.Low), High: isoBound(q.Interval.High), Value: isoDay(q.Value)}
}

// isoBound writes a day number as an ISO date, nil for an unbounded end.
func isoBound(x float64) *string {
	if math.IsInf(x, 0) {
		return nil
	}
	s := isoDay(x)
	return &s
}

// isoDay writes a day number as an ISO date. A number no date can write
// (beyond the years 1 to 9999) is written as the number, so the document
// still says what was read.
func isoDay(x float64) string {
	if s, ok := quantity.FormatDay(x); ok {
		return s
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

func pairs(ps []checker.Pair) [][2]int {
	out := make([][2]int, 0, len(ps))
	for _, p := range ps {
		out = append(out, [2]int{p.I, p.J})
	}
	return out
}

// bound returns nil for an unbounded end, so that it is written as null.
func bound(x float64) *float64 {
	if math.IsInf(x, 0) {
		return nil
	}
	x = zero(x)
	return &x
}

// boundIn is bound keeping x in *p.
func boundIn(p *float64, x float64) *float64 {
	if math.IsInf(x, 0) {
		return nil
	}
	*p = zero(x)
	return p
}

// zero turns -0 into 0, which encoding/json would write as "-0".
func zero(x float64) float64 {
	if x == 0 {
		return 0
	}
	return x
}

func hasNaN(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) {
			return true
		}
	}
	return false
}

// published formats a publication time: a bare date for midnight UTC (what
// front matter "published: 2025-03-01" gives), else RFC 3339.
func published(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if _, off := t.Zone(); off == 0 && t.Unix()%(24*60*60) == 0 && t.Nanosecond() == 0 {
		// Nearly every claim has a date, and time.Format, parsing its
		// layout for each, was most of what converting a claim cost.
		if y, m, d := t.Date(); 0 <= y && y <= 9999 {
			b := [10]byte{
				byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
				byte('0' + m/10), byte('0' + m%10), '-',
				byte('0' + d/10), byte('0' + d%10),
			}
			return string(b[:])
		}
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339Nano)
}
