package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/checker"
)

// Markdown writes the report as GitHub-flavoured Markdown, for
// $GITHUB_STEP_SUMMARY or a pull request comment:
//
//	### crosscheck
//
//	9 facts: 3 conflict, … · 4 articles read, 2 skipped · 15 claims
//
//	| Status | Grade | Fact | Sources | Articles | Consensus |
//	| --- | --- | ---: | ---: | --- |
//	| ❌ conflict | Civilians killed in Kharkiv (kharkiv-civilian-deaths) | 2 | 2 | low 7, best 9, high 11 |
//
// then a section for each open finding (checker.Finding.Open): its claims
// (place, value, words, source, and the sentence as a quote with the value
// in bold), its disagreeing pairs, and the pairs its baseline records ("in
// the baseline"). Skipped inputs close the report.
//
// Status is always spelt out; the emoji beside it only repeats it (❌ fails
// the run, ⚠️ open below the threshold, ✅ agree, ➖ nothing to do). Every
// text from articles and rules is escaped: Markdown punctuation, "|" for
// tables, "<" and "&" so no HTML gets through, and line breaks and control
// characters as in the text report, so no article can add a row, a link, an
// image or markup.
//
// Size: GitHub caps a step summary at 1 MiB (above it the summary is cut
// off or dropped, with an error annotation) and a pull request comment at
// 65,536 characters; Markdown does not trim its output, so a report with
// hundreds of open findings is better checked against a baseline.
//
// The summary line and the table come before the sections, so Markdown
// reads the findings three times: to count, for the table, for the
// sections; and the inputs up to twice: to count, and, when some were
// skipped, to list those. Should Report.Each or Report.EachInput fail
// after the count, Markdown returns the error having written part of the
// report.
func Markdown(w io.Writer, r *Report) error {
	c, err := summary(r)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("### crosscheck\n\n")
	bw.WriteString(c.String() + "\n")
	threshold := failOn(r)
	if c.Facts > 0 {
		bw.WriteString("\n| Status | Grade | Fact | Sources | Articles | Consensus |\n| --- | --- | --- | ---: | ---: | --- |\n")
		for f, err := range eachFinding(r) {
			if err != nil {
				return err
			}
			cons := "—"
			if len(f.Claims) > 0 {
				q, c := f.Claims[0].Quantity, f.Consensus
				cons = mdEscape(fmt.Sprintf("low %s, best %s, high %s", withUnit(c.Low, q), withUnit(c.Best, q)+policyPhrase(c.Policy), withUnit(c.High, q)))
			}
			fmt.Fprintf(bw, "| %s | %s | %s | %d | %d | %s |\n",
				mdStatus(&f, threshold), mdEscape(clean(string(f.Grade))), mdFact(&f), f.Sources, f.Articles, cons)
		}
		for f, err := range eachFinding(r) {
			if err != nil {
				return err
			}
			if f.Open() {
				writeMarkdownFinding(bw, &f, threshold)
			}
		}
	}
	if c.Skipped > 0 {
		bw.WriteString("\nSkipped inputs:\n\n")
		for in, err := range eachInput(r) {
			if err != nil {
				return err
			}
			if in.Status == inputSkipped {
				reason := in.Reason
				if reason == "" {
					reason = "no reason given"
				}
				bw.WriteString("- " + mdEscape(in.Path) + ": " + mdEscape(reason) + "\n")
			}
		}
	}
	return bw.Flush()
}

// mdStatus is the status cell: an emoji, the status in words, and whether
// a baseline holds what would otherwise be open.
func mdStatus(f *checker.Finding, threshold checker.Status) string {
	emoji := "➖"
	switch {
	case f.Fails(threshold):
		emoji = "❌"
	case f.Open():
		emoji = "⚠️"
	case f.Status == checker.Agree:
		emoji = "✅"
	}
	s := emoji + " " + mdEscape(string(f.Status))
	if !f.Open() && (len(f.Baselined) > 0 || f.Known && f.Status == checker.Single) {
		s += ", in the baseline"
	}
	return s
}

func mdFact(f *checker.Finding) string {
	if f.Title == "" {
		return mdEscape(f.Fact)
	}
	return mdEscape(f.Title) + " (" + mdEscape(f.Fact) + ")"
}

func writeMarkdownFinding(b textWriter, f *checker.Finding, threshold checker.Status) {
	fmt.Fprintf(b, "\n#### %s: %s\n\n", mdStatus(f, threshold), mdFact(f))
	if f.Note != "" {
		b.WriteString("Note: " + mdEscape(f.Note) + "\n\n")
	}
	for _, c := range f.Claims {
		val, words := claimValue(c)
		place := loc(c)
		if c.New {
			place += " (new)"
		}
		item := mdEscape(place) + " — **" + mdEscape(val) + "**"
		if words != "" {
			item += " " + mdEscape(words)
		}
		if c.Quantity.Vague {
			item += " (vague)"
		}
		fmt.Fprintf(b, "- %s — %s\n  > %s\n", item, mdEscape(sourceName(c)+perPhrase(c)), mdSentence(c))
	}
	kind := "Conflicts"
	if f.Status == checker.Revised {
		kind = "Revisions"
	}
	mdPairs(b, f, kind, f.Conflicts)
	mdPairs(b, f, "Self-contradictions", f.SelfContradictions)
	mdPairs(b, f, "In the baseline", f.Baselined)
}

func mdPairs(b textWriter, f *checker.Finding, label string, pairs []checker.Pair) {
	if len(pairs) == 0 {
		return
	}
	b.WriteString("\n" + label + ":\n\n")
	for _, p := range pairs {
		line, _ := pairLine(*f, p)
		b.WriteString("- " + mdEscape(line) + "\n")
	}
}

// mdSentence is the claim's sentence, escaped, with the value's words in
// bold; a value span that falls outside the sentence or splits a character
// is left unmarked.
func mdSentence(c checker.Claim) string {
	s := c.Sentence
	pos, end := c.Offset-c.SentenceOffset, c.End-c.SentenceOffset
	if 0 <= pos && pos < end && end <= len(s) && utf8.RuneStart(s[pos]) && (end == len(s) || utf8.RuneStart(s[end])) {
		return mdEscape(s[:pos]) + "**" + mdEscapeInner(s[pos:end]) + "**" + mdEscapeInner(s[end:])
	}
	return mdEscape(s)
}

// mdEscape makes text safe to place anywhere in a Markdown line, including
// at its start and in a table cell: control characters and line breaks go
// as clean sends them, "&", "<" and ">" become entities, Markdown
// punctuation is backslash-escaped, and a leading list, heading or
// ordered-list marker is escaped.
func mdEscape(s string) string {
	out := mdEscapeInner(s)
	switch {
	case out == "":
	case strings.ContainsRune("-+=", rune(out[0])):
		out = `\` + out
	default:
		// "1. " or "1) " would start an ordered list.
		i := 0
		for i < len(out) && '0' <= out[i] && out[i] <= '9' {
			i++
		}
		if i > 0 && i < len(out) && (out[i] == '.' || out[i] == ')') {
			out = out[:i] + `\` + out[i:]
		}
	}
	return out
}

// mdEscapeInner escapes text that follows other text on its line.
func mdEscapeInner(s string) string {
	var b strings.Builder
	for _, r := range clean(s) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!':
			b.WriteString(`\` + string(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
