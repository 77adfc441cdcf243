package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

// TextOptions tunes the text report.
type TextOptions struct {
	// Color turns on ANSI colour and bold. The command decides (terminal,
	// --no-color, NO_COLOR); Text never looks at the environment.
	Color bool
}

// Text writes the report for a person at a fact-check desk, fact by fact in
// fact id order:
//
//	CONFLICT kharkiv-civilian-deaths: Civilians killed in Kharkiv (2 sources; low 7, best 9, high 11)
//	  a.md:3:15  7 "seven"  The strike [killed] «seven» [civilians] in [Kharkiv].
//	  b.md:5:1   11         The strike [killed] «11» [civilians] in [Kharkiv].
//	  conflict: a.md:3:15 (7) vs b.md:5:1 (11)
//	    The strike killed -[seven]+{11} civilians in Kharkiv.
//
// Each claim line gives the place, the value as an interval ("7", "[0, 50
// billion]", "(1 million, ∞)", "[3.6, 4)"; a date as an ISO date,
// "2025-08-18", or a run of them, "[2025-02-01, 2025-02-28]") followed by
// the words as written when they differ, and the sentence with the value's words and the rule's
// terms marked. Without colour the value is in «guillemets» and terms in
// [brackets]; with colour the value is bold cyan and terms underlined. In
// diffs removed words are -[so] and added words +{so}, red and green with
// colour (the marks stay: a reader need not tell red from green). Control
// characters from the articles are never written: no input can reach the
// terminal as an escape sequence.
//
// A claim from an article under review (checker.Claim.New) is marked "new"
// after its place. Pairs a baseline already records follow the open ones as
// "in baseline: a.md:3:15 (7) vs b.md:5:1 (11)", without a diff, and a
// single source the baseline knows gets the note "single source, recorded
// in the baseline".
//
// Skipped inputs follow the findings, and the last line is Summary's.
//
// Text writes as it goes, through a buffer: should Report.Each or
// Report.EachInput fail, it returns the error having written part of the
// report. It reads the inputs once for the skipped ones and the counts,
// and once more for the warnings when there are any.
func Text(w io.Writer, r *Report, o TextOptions) error {
	p := newPalette(o.Color)
	bw := bufio.NewWriterSize(w, 64<<10)
	// The summary is the last line, so the findings are counted as they
	// are written rather than in a pass of their own.
	var c Counts
	wrote := false
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		if wrote {
			bw.WriteByte('\n')
		}
		writeFinding(bw, f, p)
		c.add(&f)
		wrote = true
	}
	// The skipped inputs, counting every input; then, when there are any,
	// the warnings, in a second pass rather than held until the skipped
	// inputs are written.
	skipped := false
	for in, err := range eachInput(r) {
		if err != nil {
			return err
		}
		c.addInput(&in)
		if in.Status != inputSkipped {
			continue
		}
		if !skipped {
			if wrote {
				bw.WriteByte('\n')
			}
			bw.WriteString(p.skipped.Sprint("skipped:") + "\n")
			skipped, wrote = true, true
		}
		reason := in.Reason
		if reason == "" {
			reason = "no reason given"
		}
		fmt.Fprintf(bw, "  %s: %s\n", clean(in.Path), clean(reason))
	}
	if c.Warnings > 0 {
		if err := writeWarnings(bw, eachInput(r), p, wrote); err != nil {
			return err
		}
		wrote = true
	}
	if wrote {
		bw.WriteByte('\n')
	}
	bw.WriteString(p.summary.Sprint(c.String()) + "\n")
	return bw.Flush()
}

// textWriter is what the text report's pieces write to: the report's
// bufio.Writer, or a strings.Builder.
type textWriter interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// writeWarnings lists the problems inputs were read despite (invalid UTF-8
// replaced, an HTML page without an article), after the skipped inputs,
// with a blank line first when after is set.
func writeWarnings(b textWriter, ins iter.Seq2[article.Input, error], p *palette, after bool) error {
	first := true
	for in, err := range ins {
		if err != nil {
			return err
		}
		for _, w := range in.Warnings {
			if first {
				if after {
					b.WriteByte('\n')
				}
				b.WriteString(p.skipped.Sprint("warnings:") + "\n")
				first = false
			}
			fmt.Fprintf(b, "  %s: %s\n", clean(in.Path), clean(w))
		}
	}
	return nil
}

// palette holds one color.Color per role, each switched on or off
// explicitly so that fatih/color's global detection never applies.
type palette struct {
	on                                         bool
	conflict, revised, agree, single, absent   *color.Color
	fact, value, term, del, ins, note, skipped *color.Color
	self, summary, baseline                    *color.Color
}

func newPalette(on bool) *palette {
	p := &palette{
		on:       on,
		conflict: color.New(color.FgRed, color.Bold),
		revised:  color.New(color.FgYellow, color.Bold),
		agree:    color.New(color.FgGreen, color.Bold),
		single:   color.New(color.FgCyan, color.Bold),
		absent:   color.New(color.FgMagenta, color.Bold),
		fact:     color.New(color.Bold),
		value:    color.New(color.Bold, color.FgCyan),
		term:     color.New(color.Underline),
		del:      color.New(color.FgRed),
		ins:      color.New(color.FgGreen),
		note:     color.New(color.FgYellow),
		skipped:  color.New(color.FgYellow),
		self:     color.New(color.FgMagenta),
		summary:  color.New(color.Bold),
		baseline: color.New(color.FgBlue),
	}
	for _, c := range []*color.Color{
		p.conflict, p.revised, p.agree, p.single, p.absent, p.fact, p.value,
		p.term, p.del, p.ins, p.note, p.skipped, p.self, p.summary, p.baseline,
	} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p *palette) status(s checker.Status) *color.Color {
	switch s {
	case checker.Conflict:
		return p.conflict
	case checker.Revised:
		return p.revised
	case checker.Agree:
		return p.agree
	case checker.Single:
		return p.single
	}
	return p.absent
}

func writeFinding(b textWriter, f checker.Finding, p *palette) {
	// Header: status, id, title, sources, consensus.
	label := strings.ToUpper(clean(string(f.Status)))
	b.WriteString(p.status(f.Status).Sprint(label))
	b.WriteString(strings.Repeat(" ", max(1, len("CONFLICT")+1-utf8.RuneCountInString(label))))
	b.WriteString(p.fact.Sprint(clean(f.Fact)))
	if f.Title != "" {
		b.WriteString(": " + clean(f.Title))
	}
	if len(f.Claims) == 0 {
		b.WriteString(" (no claims)\n")
	} else {
		q := f.Claims[0].Quantity
		c := f.Consensus
		fmt.Fprintf(b, " (%s; low %s, best %s, high %s)\n", sourcesPhrase(f),
			withUnit(c.Low, q), withUnit(c.Best, q)+policyPhrase(c.Policy), withUnit(c.High, q))
	}
	if f.Note != "" {
		b.WriteString("  " + p.note.Sprint("note:") + " " + clean(f.Note) + "\n")
	}
	if f.Known && f.Status == checker.Single {
		b.WriteString("  " + p.note.Sprint("note:") + " single source, recorded in the baseline\n")
	}

	// Claims, in two aligned columns before the sentence.
	locs := make([]string, len(f.Claims))
	vals := make([]string, len(f.Claims))
	words := make([]string, len(f.Claims))
	var locW, valW int
	for i, c := range f.Claims {
		locs[i] = loc(c)
		if c.New {
			locs[i] += " new"
		}
		vals[i], words[i] = claimValue(c)
		if c.Quantity.Vague {
			words[i] = strings.TrimSpace(words[i] + " (vague)")
		}
		locW = max(locW, utf8.RuneCountInString(locs[i]))
		valW = max(valW, utf8.RuneCountInString(join(vals[i], words[i])))
	}
	for i, c := range f.Claims {
		b.WriteString("  " + locs[i] + pad(locs[i], locW) + "  ")
		v := join(vals[i], words[i])
		b.WriteString(p.value.Sprint(vals[i]))
		if words[i] != "" {
			b.WriteString(" " + words[i])
		}
		b.WriteString(pad(v, valW) + "  " + markSentence(c, p) + "\n")
		if about := claimAbout(c); about != "" {
			b.WriteString(strings.Repeat(" ", 2+locW+2+valW+2) + p.note.Sprint("↳ "+about) + "\n")
		}
	}

	// Pairs that disagree, each with a word diff of the two sentences.
	kind, kc := "conflict", p.conflict
	if f.Status == checker.Revised {
		kind, kc = "revision", p.revised
	}
	for _, pr := range f.Conflicts {
		k := kind
		if checker.ClaimantsDiffer(f, pr) {
			k += " between claimants"
		}
		writePair(b, f, pr, k, kc, p)
	}
	for _, pr := range f.SelfContradictions {
		writePair(b, f, pr, "self-contradiction", p.self, p)
	}
	// Pairs a baseline records: named, not diffed; they need no reader.
	for _, pr := range f.Baselined {
		line, _ := pairLine(f, pr)
		b.WriteString("  " + p.baseline.Sprint("in baseline:") + " " + line + "\n")
	}
}

// pairLine names a pair: "a.md:3:15 (7) vs b.md:5:1 (11)", or says that its
// indexes are out of range (ok false).
func pairLine(f checker.Finding, pr checker.Pair) (line string, ok bool) {
	if pr.I < 0 || pr.J < 0 || pr.I >= len(f.Claims) || pr.J >= len(f.Claims) {
		return fmt.Sprintf("claims %d and %d (out of range: %d claims)", pr.I, pr.J, len(f.Claims)), false
	}
	a, c := f.Claims[pr.I], f.Claims[pr.J]
	return fmt.Sprintf("%s (%s) vs %s (%s)",
		loc(a), interval(a.Quantity.Interval, a.Quantity.Kind)+perPhrase(a),
		loc(c), interval(c.Quantity.Interval, c.Quantity.Kind)+perPhrase(c)), true
}

// sourcesPhrase is a finding's grade and how many independent sources and
// articles stand behind it: "confirmed · 2 sources", "contested · 3
// sources, 4 articles".
func sourcesPhrase(f checker.Finding) string {
	s := plural(f.Sources, "source", "sources")
	if f.Articles > f.Sources {
		s += ", " + plural(f.Articles, "article", "articles")
	}
	if f.Grade != "" {
		s = clean(string(f.Grade)) + " · " + s
	}
	return s
}

// policyPhrase names a consensus policy other than the default.
func policyPhrase(p rules.Policy) string {
	if p == "" || p == rules.Median {
		return ""
	}
	return " (" + clean(string(p)) + ")"
}

// perPhrase is ", per CLAIMANT" for a claim whose sentence names who gives
// the figure.
func perPhrase(c checker.Claim) string {
	if c.Claimant == "" {
		return ""
	}
	return ", per " + clean(c.Claimant)
}

// claimAbout says what a report must add about a claim beyond its row:
// who gives the figure, how a relative expression was read, whether it is
// a syndicated copy, whether a later figure superseded it.
func claimAbout(c checker.Claim) string {
	var parts []string
	if c.FormatOf() == article.FormatHTML {
		// The line and column count in the page's extracted text, not
		// its markup: say so where the place is read.
		parts = append(parts, "extracted from HTML (line:column of the page's text)")
	}
	if c.Claimant != "" {
		parts = append(parts, "per "+clean(c.Claimant))
	}
	if c.Resolved != "" {
		parts = append(parts, "resolved: "+clean(c.Resolved))
	}
	if c.CopyOf != "" {
		parts = append(parts, "copy of "+clean(c.CopyOf))
	}
	if c.Superseded {
		parts = append(parts, "superseded")
	}
	return strings.Join(parts, " · ")
}

func writePair(b textWriter, f checker.Finding, pr checker.Pair, kind string, kc *color.Color, p *palette) {
	b.WriteString("  " + kc.Sprint(kind+":") + " ")
	line, ok := pairLine(f, pr)
	b.WriteString(line + "\n")
	if !ok {
		return
	}
	a, c := f.Claims[pr.I], f.Claims[pr.J]
	if a.Sentence == c.Sentence {
		b.WriteString("    (same sentence)\n")
		return
	}
	b.WriteString("    " + renderDiff(wordDiff(a.Sentence, c.Sentence), p) + "\n")
}

// renderDiff writes a word diff inline (see diffRuns).
func renderDiff(diffs []diffmatchpatch.Diff, p *palette) string {
	var b strings.Builder
	for _, r := range diffRuns(diffs) {
		b.WriteString(clean(r.lead))
		if r.del != "" {
			b.WriteString(p.del.Sprint("-[" + clean(r.del) + "]"))
		}
		if r.ins != "" {
			b.WriteString(p.ins.Sprint("+{" + clean(r.ins) + "}"))
		}
		b.WriteString(clean(r.trail))
	}
	return b.String()
}

// diffRun is one step of a word diff as reports show it: unchanged text
// (lead only), or a change with the white space around it kept outside
// (lead and trail) so that marks read "-[seven] civilians", not
// "-[seven ]civilians".
type diffRun struct{ lead, del, ins, trail string }

// diffRuns groups a word diff into runs: each run of changes becomes one
// deletion and one insertion, with the spaces around them written as the
// second sentence has them; a change of spacing only is not marked.
func diffRuns(diffs []diffmatchpatch.Diff) []diffRun {
	var out []diffRun
	for i := 0; i < len(diffs); i++ {
		if diffs[i].Type == diffmatchpatch.DiffEqual {
			out = append(out, diffRun{lead: diffs[i].Text})
			continue
		}
		var del, ins string
		for ; i < len(diffs) && diffs[i].Type != diffmatchpatch.DiffEqual; i++ {
			if diffs[i].Type == diffmatchpatch.DiffDelete {
				del += diffs[i].Text
			} else {
				ins += diffs[i].Text
			}
		}
		i--
		cd, ci := strings.TrimSpace(del), strings.TrimSpace(ins)
		src := ins
		if ci == "" {
			src = del
		}
		core := strings.TrimSpace(src)
		if core == "" {
			out = append(out, diffRun{lead: ins})
			continue
		}
		lead := src[:strings.Index(src, core)]
		out = append(out, diffRun{lead: lead, del: cd, ins: ci, trail: src[len(lead)+len(core):]})
	}
	return out
}

// markSentence returns the claim's sentence with its value's words and the
// rule's terms marked (see sentenceMarks).
func markSentence(c checker.Claim, p *palette) string {
	s := c.Sentence
	var b strings.Builder
	last := 0
	for _, m := range sentenceMarks(c) {
		b.WriteString(clean(s[last:m.Pos]))
		t := clean(s[m.Pos:m.End])
		switch {
		case m.value && p.on:
			b.WriteString(p.value.Sprint(t))
		case m.value:
			b.WriteString("«" + t + "»")
		case p.on:
			b.WriteString(p.term.Sprint(t))
		default:
			b.WriteString("[" + t + "]")
		}
		last = m.End
	}
	b.WriteString(clean(s[last:]))
	return b.String()
}

// sentenceMark is a span of a claim's sentence to mark: the value's words
// (value) or a rule term.
type sentenceMark struct {
	checker.Span
	value bool
}

// sentenceMarks returns the spans of the claim's sentence that reports
// mark, sorted by position: its value's words and the rule's terms. Spans
// that fall outside the sentence, split a UTF-8 character, or overlap a
// span already marked (the value wins) are left out rather than garbling
// the text.
func sentenceMarks(c checker.Claim) []sentenceMark {
	s := c.Sentence
	valid := func(sp checker.Span) bool {
		return 0 <= sp.Pos && sp.Pos < sp.End && sp.End <= len(s) &&
			utf8.RuneStart(s[sp.Pos]) && (sp.End == len(s) || utf8.RuneStart(s[sp.End]))
	}
	var marks []sentenceMark
	add := func(sp checker.Span, value bool) {
		if !valid(sp) {
			return
		}
		for _, m := range marks {
			if sp.Pos < m.End && m.Pos < sp.End {
				return
			}
		}
		marks = append(marks, sentenceMark{sp, value})
	}
	add(checker.Span{Pos: c.Offset - c.SentenceOffset, End: c.End - c.SentenceOffset}, true)
	for _, t := range c.Terms {
		add(t, false)
	}
	slices.SortFunc(marks, func(a, b sentenceMark) int { return cmp.Compare(a.Pos, b.Pos) })
	return marks
}

// claimValue returns a claim's value as an interval ("7", "[0, 50
// billion]") and, when they read differently, the words as written in
// quotes (`"seven"`); words is empty otherwise.
func claimValue(c checker.Claim) (val, words string) {
	val = interval(c.Quantity.Interval, c.Quantity.Kind)
	if t := clean(c.Text); t != "" && t != val {
		words = `"` + t + `"`
	}
	return val, words
}

// loc is a claim's place, FILE:LINE:COLUMN.
//
// A claim of a JSON-lines record is "feed.jsonl:12 (id a1) +3:45": the
// record on line 12 of feed.jsonl, whose id is a1, and the value at line
// 3, column 45 of the record's text, so the record's line is never read
// as the text's.
func loc(c checker.Claim) string {
	if c.FormatOf() == article.FormatJSONL {
		id := ""
		if c.Origin.RecordID != "" {
			id = " (id " + clean(c.Origin.RecordID) + ")"
		}
		return fmt.Sprintf("%s%s +%d:%d", clean(c.Article), id, c.Line, c.Column)
	}
	return fmt.Sprintf("%s:%d:%d", clean(c.Article), c.Line, c.Column)
}

func join(a, b string) string {
	if b == "" {
		return a
	}
	return a + " " + b
}

func pad(s string, width int) string {
	return strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s)))
}

// clean makes text from an article safe and single-line for a terminal:
// tabs and line breaks become spaces, other control characters (ESC among
// them) and invalid UTF-8 become U+FFFD.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// interval formats an interval for a reader: "7" for a point, else its
// bounds with brackets for closed ends and parentheses for open or infinite
// ones: "[0, 50 billion]", "(1 million, ∞)", "[3.6, 4)".
func interval(iv quantity.Interval, k quantity.Kind) string {
	if iv.Low == iv.High && !iv.LowOpen && !iv.HighOpen && !math.IsInf(iv.Low, 0) {
		return number(iv.Low, k)
	}
	open, close := "[", "]"
	if iv.LowOpen || math.IsInf(iv.Low, -1) {
		open = "("
	}
	if iv.HighOpen || math.IsInf(iv.High, 1) {
		close = ")"
	}
	return open + number(iv.Low, k) + ", " + number(iv.High, k) + close
}

// withUnit formats a consensus bound with the unit the fact's claims share
// (taken from the first claim): "20%", "€50 billion", "3.6 years", "7",
// "2025-08-18".
func withUnit(x float64, q quantity.Quantity) string {
	n := number(x, q.Kind)
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return n
	}
	switch q.Kind {
	case quantity.Percent:
		return n + "%"
	case quantity.Money:
		if sym, ok := currencySymbols[q.Currency]; ok {
			if strings.HasPrefix(n, "-") {
				return "-" + sym + n[1:]
			}
			return sym + n
		}
		if q.Currency != "" {
			return n + " " + q.Currency
		}
	case quantity.Duration:
		if q.Unit != "" {
			return n + " " + q.Unit
		}
	}
	return n
}

var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

var scales = []struct {
	v    float64
	name string
}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}

// number formats x for a reader: "∞" for +Inf, "100 billion" from a
// million up, "12,500" below, "3.6" for fractions, years as written
// ("2014"), a date's day number as its ISO date ("2025-08-18"). Values are
// rounded to 10 significant digits first, so that hedge arithmetic such as
// 20×1.1 shows as 22, not 22.000000000000004. Beyond 999 trillion it falls
// back to exponent form ("1e+15").
func number(x float64, k quantity.Kind) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "-∞"
	}
	if k == quantity.Date {
		if d, ok := quantity.FormatDay(x); ok {
			return d
		}
	}
	x, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'g', 10, 64), 64)
	if x == 0 {
		return "0"
	}
	sign, a := "", x
	if a < 0 {
		sign, a = "-", -a
	}
	if k == quantity.Year {
		return sign + strconv.FormatFloat(a, 'f', -1, 64)
	}
	if a >= 1e15 {
		return sign + strconv.FormatFloat(a, 'g', -1, 64)
	}
	for _, s := range scales {
		if a >= s.v {
			v, _ := strconv.ParseFloat(strconv.FormatFloat(a/s.v, 'g', 10, 64), 64)
			return sign + strconv.FormatFloat(v, 'f', -1, 64) + " " + s.name
		}
	}
	str := strconv.FormatFloat(a, 'f', -1, 64)
	whole, frac, _ := strings.Cut(str, ".")
	if len(whole) > 3 {
		var g strings.Builder
		for i, d := range whole {
			if i > 0 && (len(whole)-i)%3 == 0 {
				g.WriteByte(',')
			}
			g.WriteRune(d)
		}
		whole = g.String()
	}
	if frac != "" {
		whole += "." + frac
	}
	return sign + whole
}
