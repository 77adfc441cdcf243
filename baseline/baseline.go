// Package baseline records the findings a corpus already has, so that a
// check in CI fails only on what is new, the way Semgrep's baseline and
// golangci-lint's new-from-rev do for code.
//
// A baseline is a JSON file written by `crosscheck check --write-baseline`.
// Its entries are matched by fact, source and value, never by file, line or
// wording: editing an unrelated paragraph, moving a sentence or writing
// "seven" as "7" does not break it, while a new source or a new figure does.
//
//	{
//	  "version": 1,
//	  "entries": [
//	    {"fact": "kharkiv-civilian-deaths", "status": "conflict",
//	     "claims": [{"source": "Evening Post", "value": "number 3", "article": "…", "text": "three"},
//	                {"source": "Northern Wire", "value": "number 7", "article": "…", "text": "seven"}]}
//	  ]
//	}
//
// An entry whose status is conflict, self-contradiction or revised records
// one pair of disagreeing claims; an entry whose status is single records a
// single-source finding with every value its source gives. "article" and
// "text" are there for the reader and are not matched.
package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// Version is the version of the baseline file format.
const Version = 1

// maxSize bounds a baseline file: a baseline is a list of findings, and a
// file this large is almost certainly the wrong file.
const maxSize = 64 << 20

// File is a baseline: the problems a corpus had when it was written.
type File struct {
	Version int     `json:"version"`
	Entries []Entry `json:"entries"`
	// Dir is the folder of the baseline file. An article with no source
	// of its own counts as the source named by its path; the baseline
	// keeps that path relative to Dir, so a run from another folder
	// ("../articles/a.md") matches one from the root ("articles/a.md").
	Dir string `json:"-"`
}

// Entry records one problem.
type Entry struct {
	Fact string `json:"fact"`
	// Status is conflict, self-contradiction or revised for a pair, single
	// for a single-source finding.
	Status string  `json:"status"`
	Claims []Claim `json:"claims"`
}

// Claim is one side of an entry. Source and Value are matched; Article and
// Text only help a reader find the words.
type Claim struct {
	Source  string `json:"source"`
	Value   string `json:"value"`
	Article string `json:"article,omitempty"`
	Text    string `json:"text,omitempty"`
}

const statusSelf = "self-contradiction"

// Of records every open problem of findings: each disagreeing pair not
// already baselined, and each single-source finding not already known.
// Pairs already in Baselined are recorded too, so that rewriting a
// baseline keeps what it held and is still in the corpus.
func Of(findings []checker.Finding, dir string) *File {
	f := New(dir)
	for _, fd := range findings {
		f.Record(fd)
	}
	f.Sort()
	return f
}

// New returns an empty baseline for a file in dir, for Record to fill.
func New(dir string) *File {
	return &File{Version: Version, Entries: []Entry{}, Dir: dir}
}

// Record adds the open problems of one finding, as Of does for each: for
// a caller that has findings one at a time (checker.Store). Sort puts the
// entries in Of's order once the last is recorded.
func (f *File) Record(fd checker.Finding) {
	status := string(fd.Status)
	for _, p := range fd.Conflicts {
		f.Entries = append(f.Entries, f.pairEntry(fd, p, status))
	}
	for _, p := range fd.SelfContradictions {
		f.Entries = append(f.Entries, f.pairEntry(fd, p, statusSelf))
	}
	for _, p := range fd.Baselined {
		st := status
		if checker.SameSource(fd.Claims[p.I], fd.Claims[p.J]) {
			st = statusSelf
		}
		f.Entries = append(f.Entries, f.pairEntry(fd, p, st))
	}
	if fd.Status == checker.Single {
		e := Entry{Fact: fd.Fact, Status: string(checker.Single)}
		for _, c := range fd.Claims {
			e.Claims = append(e.Claims, f.claimOf(c))
		}
		e.Claims = sortClaims(e.Claims)
		e.Claims = slices.CompactFunc(e.Claims, func(a, b Claim) bool { return claimKey(a) == claimKey(b) })
		f.Entries = append(f.Entries, e)
	}
}

// Sort puts the entries in the order Of gives them: by fact, then by
// what they match.
func (f *File) Sort() { f.sort() }

func (f *File) pairEntry(fd checker.Finding, p checker.Pair, status string) Entry {
	return Entry{Fact: fd.Fact, Status: status, Claims: sortClaims([]Claim{f.claimOf(fd.Claims[p.I]), f.claimOf(fd.Claims[p.J])})}
}

func (f *File) claimOf(c checker.Claim) Claim {
	source := c.Source
	if source == c.Article {
		source = f.relative(c.Article)
	}
	return Claim{Source: source, Value: Value(c.Quantity), Article: c.Article, Text: c.Text}
}

// relative returns path relative to the baseline's folder, with forward
// slashes; the path unchanged when that cannot be done.
func (f *File) relative(path string) string {
	if f.Dir == "" {
		return path
	}
	abs, err := filepath.Abs(filepath.FromSlash(path))
	if err != nil {
		return path
	}
	dir, err := filepath.Abs(f.Dir)
	if err != nil {
		return path
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return path
	}
	return filepath.ToSlash(rel)
}

// Value is the canonical text of a quantity's value as a baseline keeps it:
// the kind, the currency or unit where they change the meaning, and the
// interval, e.g. "number 7", "percent [18, 22]", "money USD [0, 1e+11]",
// "number (1e+06, +Inf)". The words ("seven", "about 20%") are not part of
// it, so rewording a claim without changing its value keeps it matched.
func Value(q quantity.Quantity) string {
	var b strings.Builder
	b.WriteString(q.Kind.String())
	switch {
	case q.Kind == quantity.Money && q.Currency != "":
		b.WriteString(" " + q.Currency)
	case q.Kind == quantity.Duration && q.Unit != "", q.Unit == quantity.PercentagePoints:
		b.WriteString(" " + q.Unit)
	}
	b.WriteByte(' ')
	iv := q.Interval
	if iv.Low == iv.High && !iv.LowOpen && !iv.HighOpen {
		b.WriteString(num(iv.Low))
		return b.String()
	}
	if iv.LowOpen {
		b.WriteByte('(')
	} else {
		b.WriteByte('[')
	}
	b.WriteString(num(iv.Low) + ", " + num(iv.High))
	if iv.HighOpen || math.IsInf(iv.High, 1) {
		b.WriteByte(')')
	} else {
		b.WriteByte(']')
	}
	return b.String()
}

func num(x float64) string {
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// fold makes "Example Wire" and "example  wire" one source, as the checker
// does.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func claimKey(c Claim) string { return fold(c.Source) + "\x00" + c.Value }

func sortClaims(cs []Claim) []Claim {
	slices.SortStableFunc(cs, func(a, b Claim) int {
		if c := strings.Compare(claimKey(a), claimKey(b)); c != 0 {
			return c
		}
		return strings.Compare(a.Article, b.Article)
	})
	return cs
}

// key is what matching compares: fact, kind of entry, and the sides'
// sources and values. A pair's status is not in it, so a conflict that dates
// later turn into a revision stays recorded.
func (e Entry) key() string {
	kind := "pair"
	if e.Status == string(checker.Single) {
		kind = "single"
	}
	keys := make([]string, len(e.Claims))
	for i, c := range e.Claims {
		keys[i] = claimKey(c)
	}
	slices.Sort(keys)
	if kind == "single" {
		keys = slices.Compact(keys)
	}
	return e.Fact + "\x01" + kind + "\x01" + strings.Join(keys, "\x01")
}

func (f *File) sort() {
	slices.SortStableFunc(f.Entries, func(a, b Entry) int {
		if c := strings.Compare(a.Fact, b.Fact); c != 0 {
			return c
		}
		if c := strings.Compare(a.key(), b.key()); c != 0 {
			return c
		}
		return strings.Compare(a.Status, b.Status)
	})
	f.Entries = slices.CompactFunc(f.Entries, func(a, b Entry) bool { return a.key() == b.key() })
}

// Write writes the baseline as indented JSON, entries sorted, so the same
// problems always give the same bytes and a baseline diffs well in review.
func (f *File) Write(w io.Writer) error {
	out := File{Version: Version, Entries: f.Entries}
	if out.Entries == nil {
		out.Entries = []Entry{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Error is a baseline file that cannot be used; Line and Column are set
// when the problem has a place in the file.
type Error struct {
	File         string
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("baseline %s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("baseline %s: %s", e.File, e.Msg)
}

// Read reads and checks a baseline file.
func Read(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Msg: fmt.Sprintf("%v; write one with crosscheck check --write-baseline %s", errors.Unwrap(err), path)}
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxSize+1))
	if err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	if len(data) > maxSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("larger than %d MiB; is this a baseline?", maxSize>>20)}
	}
	return Parse(path, data)
}

// Parse checks and decodes a baseline from data; name is the file's path,
// used in errors and to set Dir.
func Parse(name string, data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, jsonError(name, data, err)
	}
	if dec.More() {
		off := int(dec.InputOffset())
		for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
			off++
		}
		line, col := position(data, off)
		return nil, &Error{File: name, Line: line, Column: col, Msg: "data after the baseline's closing brace"}
	}
	if f.Version != Version {
		return nil, &Error{File: name, Msg: fmt.Sprintf("version %d, want %d; write it again with crosscheck check --write-baseline", f.Version, Version)}
	}
	for i, e := range f.Entries {
		var msg string
		switch {
		case e.Fact == "":
			msg = "has no fact"
		case e.Status == "":
			msg = "has no status"
		case e.Status == string(checker.Single) && len(e.Claims) == 0:
			msg = "single entry has no claims"
		case e.Status != string(checker.Single) && len(e.Claims) != 2:
			msg = fmt.Sprintf("a %s entry records a pair: it has %d claims, want 2", e.Status, len(e.Claims))
		}
		if msg == "" {
			for _, c := range e.Claims {
				if c.Source == "" || c.Value == "" {
					msg = "a claim needs a source and a value"
					break
				}
			}
		}
		if msg != "" {
			return nil, &Error{File: name, Msg: fmt.Sprintf("entry %d (%s): %s", i+1, e.Fact, msg)}
		}
	}
	if f.Entries == nil {
		f.Entries = []Entry{}
	}
	f.Dir = filepath.Dir(name)
	f.sort()
	return &f, nil
}

func jsonError(name string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	off := -1
	switch {
	case errors.As(err, &syn):
		off = int(syn.Offset) - 1 // Offset counts the bad byte as read
	case errors.As(err, &typ):
		off = int(typ.Offset)
	case errors.Is(err, io.EOF):
		return &Error{File: name, Msg: "empty file; write a baseline with crosscheck check --write-baseline"}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.HasPrefix(msg, "unknown field") {
		// The likeliest cause: a JSON report given as the baseline.
		msg += "; a baseline holds only version and entries: is this a report? Write a baseline with crosscheck check --write-baseline"
	}
	if off >= 0 {
		line, col := position(data, off)
		return &Error{File: name, Line: line, Column: col, Msg: msg}
	}
	return &Error{File: name, Msg: msg}
}

// position turns a byte offset into a 1-based line and a column in
// characters.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, len([]rune(string(before))) + 1
}

// Apply moves every disagreeing pair the baseline records into the
// finding's Baselined and marks single-source findings it records as
// Known. It returns the findings (copies; the arguments are not modified)
// and the entries that matched nothing, which a caller may report as stale:
// the corpus no longer has that problem.
func (f *File) Apply(findings []checker.Finding) ([]checker.Finding, []Entry) {
	if f == nil {
		return findings, nil
	}
	a := f.Applier()
	out := make([]checker.Finding, len(findings))
	for i, fd := range findings {
		out[i] = a.Apply(fd)
	}
	return out, a.Stale()
}

// An Applier applies a baseline one finding at a time, for a caller that
// has them so (checker.Store), and remembers which entries matched.
type Applier struct {
	f           *File
	known, used map[string]bool
}

// Applier returns an Applier of f; a nil f applies nothing.
func (f *File) Applier() *Applier {
	a := &Applier{f: f, used: map[string]bool{}, known: map[string]bool{}}
	if f != nil {
		for _, e := range f.Entries {
			a.known[e.key()] = true
		}
	}
	return a
}

// Apply returns fd with the baseline applied, as File.Apply does to each
// finding; fd's slices are left as they are. Applying the same finding
// again gives the same result.
func (a *Applier) Apply(fd checker.Finding) checker.Finding {
	if a.f == nil {
		return fd
	}
	var moved []checker.Pair
	split := func(ps []checker.Pair, status string) []checker.Pair {
		var open []checker.Pair
		for _, p := range ps {
			k := a.f.pairEntry(fd, p, status).key()
			if a.known[k] {
				a.used[k] = true
				moved = append(moved, p)
			} else {
				open = append(open, p)
			}
		}
		return open
	}
	fd.Conflicts = split(fd.Conflicts, string(fd.Status))
	fd.SelfContradictions = split(fd.SelfContradictions, statusSelf)
	if len(moved) > 0 {
		fd.Baselined = append(slices.Clone(fd.Baselined), moved...)
		slices.SortFunc(fd.Baselined, func(a, b checker.Pair) int {
			if a.I != b.I {
				return a.I - b.I
			}
			return a.J - b.J
		})
	}
	if fd.Status == checker.Single {
		e := Entry{Fact: fd.Fact, Status: string(checker.Single)}
		for _, c := range fd.Claims {
			e.Claims = append(e.Claims, a.f.claimOf(c))
		}
		if k := e.key(); a.known[k] {
			a.used[k] = true
			fd.Known = true
		}
	}
	return fd
}

// Stale returns the entries no finding applied so far matched: after a
// pass over every finding, what the corpus no longer has.
func (a *Applier) Stale() []Entry {
	if a.f == nil {
		return nil
	}
	var stale []Entry
	for _, e := range a.f.Entries {
		if !a.used[e.key()] {
			stale = append(stale, e)
		}
	}
	return stale
}
