// Package report renders findings for people and for machines. The formats
// (Formats, and Write to pick one by name):
//
//   - text: the report for the terminal (Text);
//   - json: a versioned JSON document for tools (JSON);
//   - sarif: SARIF 2.1.0 for GitHub code scanning and SARIF viewers (SARIF);
//   - junit: JUnit XML for CI test reports (JUnit);
//   - github: GitHub Actions annotations on the articles (GitHub);
//   - markdown: a summary for $GITHUB_STEP_SUMMARY or a pull request
//     comment (Markdown);
//   - html: one self-contained page with a chart per fact, for a person
//     at a fact-check desk (HTML).
//
// The CI formats (sarif, github, junit) point at the same problems: the
// claims of each finding that still needs a reader, graded by
// Report.FailOn. Every renderer writes only to the io.Writer it is given,
// never decides an exit code (the command does, from the findings), and
// produces the same bytes for the same Report, whether its findings come
// in Report.Findings or from Report.Each, and its inputs in Report.Inputs
// or from Report.EachInput.
//
// Every renderer but HTML holds one finding at a time: it has finished with
// a finding when it asks Report.Each for the next, so a run whose findings
// are read back from disk need not hold all their claims at once. What a
// format needs before its findings (a count, the SARIF rules) it takes from
// a pass of its own over them, keeping only small values. Every renderer,
// HTML too, holds one input at a time in the same way, keeping of the
// inputs only counts and what it shows of them (HTML: the skipped inputs
// and the warnings).
package report

import (
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
)

// Report is everything a renderer needs: the verdict on every fact and the
// account of every input.
type Report struct {
	// Findings holds one finding per fact, sorted by fact id. Renderers sort
	// a copy by fact id again, so an unsorted slice still renders stably.
	Findings []checker.Finding
	// Each, when set, gives the findings in place of Findings (which is
	// then ignored), one at a time, sorted by fact id: renderers cannot
	// sort what they do not hold, so Each's order is the report's. Each
	// call starts a new pass over them, and renderers may make several (a
	// summary at the top, a first pass that looks for errors), so every
	// pass must give the same findings. A pass stops at the first error,
	// which the renderer returns, wrapped; how much it wrote by then each
	// renderer's documentation says.
	//
	// A renderer keeps nothing of a finding's claims once it asks for the
	// next finding, except HTML, which collects the findings as they come,
	// without copying their slices; so Each must give each finding memory
	// of its own (Claims, their Terms, the pairs) rather than reuse the
	// last one's.
	Each iter.Seq2[checker.Finding, error]
	// Inputs holds every path given or found, read or skipped, in the order
	// the command wants them shown (renderers keep that order).
	Inputs []article.Input
	// EachInput, when set, gives the inputs in place of Inputs (then
	// ignored), in the order to show them, one at a time; each call is a
	// new pass, every pass gives the same inputs; a pass stops at the first
	// error, which renderers return wrapped ("report: reading inputs: %w").
	//
	// A renderer keeps nothing of an input once it asks for the next but
	// counts and the strings it shows, so EachInput may reuse an input's
	// Warnings slice for the next. How many passes a format makes, and how
	// much it wrote by an error, its renderer's documentation says.
	EachInput iter.Seq2[article.Input, error]
	// FailOn is the --fail-on threshold. Formats that grade what they show
	// (SARIF levels, GitHub errors and warnings, JUnit failures) call a
	// finding that fails the run (checker.Finding.Fails) an error. Empty
	// means checker.Conflict; checker.Status("never") fails nothing.
	FailOn checker.Status
	// Version is the crosscheck version that SARIF and JUnit name; empty
	// leaves it out, so golden files do not change with each build.
	Version string
}

// failOn returns the report's threshold with the empty default applied.
func failOn(r *Report) checker.Status {
	if r == nil || r.FailOn == "" {
		return checker.Conflict
	}
	return r.FailOn
}

// Counts summarises a report: what the CLI prints with --quiet and what the
// text report ends with.
type Counts struct {
	// Facts is the number of findings; the status fields split it. A finding
	// with a status not listed here counts only in Facts.
	Facts                                    int
	Conflict, Revised, Agree, Single, Absent int
	// Read counts the articles read (a JSON-lines file counts its
	// records, article.Input.Count); Skipped the inputs skipped, each bad
	// JSON-lines record one; Warnings the warnings on inputs read.
	Read, Skipped, Warnings int
	// Claims is the number of claims across all findings.
	Claims int
}

// Summary counts facts by status, inputs read and skipped, and claims. With
// Report.EachInput it makes a pass over the inputs, and with Report.Each
// one over the findings, in that order; should one fail, it counts what it
// read before the error, and no findings when the inputs fail (the
// renderer's own pass reports the error).
func Summary(r *Report) Counts {
	c, _ := summary(r)
	return c
}

// summary is Summary with the error from Report.EachInput or Report.Each,
// for renderers that must return it.
func summary(r *Report) (Counts, error) {
	var c Counts
	if r == nil {
		return c, nil
	}
	for in, err := range eachInput(r) {
		if err != nil {
			return c, err
		}
		c.addInput(&in)
	}
	if r.Each == nil {
		for i := range r.Findings {
			c.add(&r.Findings[i])
		}
		return c, nil
	}
	for f, err := range eachFinding(r) {
		if err != nil {
			return c, err
		}
		c.add(&f)
	}
	return c, nil
}

// add counts a finding, so that a renderer that ends with the summary can
// count in the pass that writes the findings.
func (c *Counts) add(f *checker.Finding) {
	c.Facts++
	c.Claims += len(f.Claims)
	switch f.Status {
	case checker.Conflict:
		c.Conflict++
	case checker.Revised:
		c.Revised++
	case checker.Agree:
		c.Agree++
	case checker.Single:
		c.Single++
	case checker.Absent:
		c.Absent++
	}
}

// addInput counts an input, so that a renderer can count in a pass that
// writes the inputs.
func (c *Counts) addInput(in *article.Input) {
	switch in.Status {
	case inputRead:
		c.Read += in.Count()
	case inputSkipped:
		c.Skipped++
	}
	c.Warnings += len(in.Warnings)
}

// String returns the one-line summary, e.g.
//
//	9 facts: 1 conflict, 4 agree, 3 single, 1 absent · 5 articles read, 0 skipped · 14 claims
//	2 facts: 2 agree · 41 articles read, 3 skipped, 1 warning · 9 claims
//
// Statuses with a count of zero are left out, and so are warnings when
// there are none.
func (c Counts) String() string {
	var b strings.Builder
	b.WriteString(plural(c.Facts, "fact", "facts"))
	var parts []string
	for _, s := range []struct {
		n    int
		name string
	}{
		{c.Conflict, "conflict"}, {c.Revised, "revised"}, {c.Agree, "agree"},
		{c.Single, "single"}, {c.Absent, "absent"},
	} {
		if s.n > 0 {
			parts = append(parts, strconv.Itoa(s.n)+" "+s.name)
		}
	}
	if len(parts) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, " · %s read, %d skipped", plural(c.Read, "article", "articles"), c.Skipped)
	if c.Warnings > 0 {
		b.WriteString(", " + plural(c.Warnings, "warning", "warnings"))
	}
	fmt.Fprintf(&b, " · %s", plural(c.Claims, "claim", "claims"))
	return b.String()
}

// The statuses of an article.Input, spelt out here because they are also
// part of the JSON contract.
const (
	inputRead    = "read"
	inputSkipped = "skipped"
)

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// eachFinding is the pass every renderer makes over the findings: Each's,
// or else Findings sorted by fact id. It stops at the first error, which it
// yields with a zero finding, wrapped so that the renderers return it as
// it comes.
func eachFinding(r *Report) iter.Seq2[checker.Finding, error] {
	return func(yield func(checker.Finding, error) bool) {
		if r == nil {
			return
		}
		if r.Each == nil {
			for _, f := range findings(r) {
				if !yield(f, nil) {
					return
				}
			}
			return
		}
		for f, err := range r.Each {
			if err != nil {
				yield(checker.Finding{}, fmt.Errorf("report: reading findings: %w", err))
				return
			}
			if !yield(f, nil) {
				return
			}
		}
	}
}

// findings returns the report's findings sorted by fact id, without touching
// the caller's slice. It ignores Each: renderers go through eachFinding.
func findings(r *Report) []checker.Finding {
	if r == nil {
		return nil
	}
	fs := slices.Clone(r.Findings)
	slices.SortStableFunc(fs, func(a, b checker.Finding) int { return strings.Compare(a.Fact, b.Fact) })
	return fs
}

// eachInput is the pass every renderer makes over the inputs: EachInput's,
// or else Inputs in order. It stops at the first error, which it yields
// with a zero input, wrapped so that the renderers return it as it comes.
func eachInput(r *Report) iter.Seq2[article.Input, error] {
	return func(yield func(article.Input, error) bool) {
		if r == nil {
			return
		}
		if r.EachInput == nil {
			for _, in := range r.Inputs {
				if !yield(in, nil) {
					return
				}
			}
			return
		}
		for in, err := range r.EachInput {
			if err != nil {
				yield(article.Input{}, fmt.Errorf("report: reading inputs: %w", err))
				return
			}
			if !yield(in, nil) {
				return
			}
		}
	}
}

// Formats names the formats Write knows, in the order help text lists them.
var Formats = []string{"text", "json", "sarif", "junit", "github", "markdown", "html"}

// Write renders r in the named format; o applies to text only. An unknown
// format is an error naming the known ones, and nothing is written.
func Write(w io.Writer, format string, r *Report, o TextOptions) error {
	switch format {
	case "text":
		return Text(w, r, o)
	case "json":
		return JSON(w, r)
	case "sarif":
		return SARIF(w, r)
	case "junit":
		return JUnit(w, r)
	case "github":
		return GitHub(w, r)
	case "markdown":
		return Markdown(w, r)
	case "html":
		return HTML(w, r)
	}
	return fmt.Errorf("report: unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}
