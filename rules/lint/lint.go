// Package lint checks crosscheck rule files the way a careful reviewer
// would, for `crosscheck rules lint`. Every error the loader reports
// (rules.Load) is an error here too; on top of those, lint warns about
// rules that load but cannot do what their author meant:
//
//   - a rule that can never match: a term in none that also occurs in every
//     sentence with an all term (the fact never matches), with an any term
//     (that alternative never matches) or with a near term (a value can
//     never sit near it);
//   - an any list that is always satisfied, because one of its terms is
//     required by all;
//   - terms that match the same words, written twice in one list, or
//     spelt differently (in case, or as two forms of one word) in two of
//     all, any and near: terms match case-insensitively and in every
//     inflected form;
//   - a fact without examples, which `crosscheck rules test` cannot check,
//     and an example that repeats another's sentence.
//
// Terms are compared as matching compares them, through rules.Term.Find:
// a plain term is case-folded text, and a regular expression ("re:") is
// opaque, the same as another only when written the same. Each diagnostic
// has the position of the term or key at fault and a fix.
//
// Some mistakes a linter might warn about are errors of the loader, and so
// errors here: a match list that is empty, within without near.
package lint

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Severity says whether a diagnostic stops the rules from loading.
type Severity string

// Severities.
const (
	// Error is a mistake rules.Load reports: the rule files do not load.
	Error Severity = "error"
	// Warning is a rule that loads but does not do what it seems to.
	Warning Severity = "warning"
)

// Diagnostic is one finding about a rule file.
type Diagnostic struct {
	// Pos is where the term, key or fact at fault is written.
	Pos rules.Position
	// Severity is Error or Warning.
	Severity Severity
	// Msg says what is wrong, in one clause with no position and no
	// trailing period.
	Msg string
	// Fix says how to put it right.
	Fix string
}

// MarshalJSON writes a diagnostic flat, with the lower-case keys of
// crosscheck's other JSON: {"file", "line", "column", "severity",
// "message", "fix"}.
func (d Diagnostic) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		File     string   `json:"file"`
		Line     int      `json:"line"`
		Column   int      `json:"column"`
		Severity Severity `json:"severity"`
		Msg      string   `json:"message"`
		Fix      string   `json:"fix"`
	}{d.Pos.File, d.Pos.Line, d.Pos.Column, d.Severity, d.Msg, d.Fix})
}

// String returns "file:line:col: severity: msg", without the fix.
func (d Diagnostic) String() string {
	return yamldiag.Message(yamldiag.Position(d.Pos), string(d.Severity)+": "+d.Msg)
}

// Lint checks the rule files that rules.Load would read for paths (files,
// or folders searched for .yaml and .yml files) and returns what it finds,
// sorted by file, line and column, errors before warnings at one place.
// Every error rules.Load reports is an Error; warnings are given for every
// file that parses, even when another file has errors.
func Lint(paths ...string) []Diagnostic {
	return LintLimited(rules.DefaultLimits, paths...)
}

// LintLimited is Lint under the limits lim, as rules.LoadLimited applies
// them: a file over a limit is an error, and is not read again for
// warnings.
func LintLimited(lim rules.Limits, paths ...string) []Diagnostic {
	var ds []Diagnostic
	if _, err := rules.LoadLimited(lim, paths...); err != nil {
		ds = append(ds, fromError(err)...)
	}
	maxSize := lim.MaxFileSize
	if maxSize <= 0 {
		maxSize = rules.DefaultMaxFileSize
	}
	files, _ := rules.Files(paths...) // Load reported their errors
	for _, file := range files {
		if fi, err := os.Stat(file); err != nil || fi.Size() > maxSize {
			continue // reported by LoadLimited, and not worth reading whole
		}
		src, err := os.ReadFile(file)
		if err != nil {
			continue
		}
		if facts, err := rules.ParseLimited(lim, file, src); err == nil {
			ds = append(ds, lintFacts(facts)...)
		}
	}
	Sort(ds)
	return ds
}

// Source checks one rule file, as Lint does; filename is used only in
// positions. Ids repeated across files are Lint's business, not Source's.
func Source(filename string, src []byte) []Diagnostic {
	facts, err := rules.Parse(filename, src)
	ds := fromError(err)
	if err == nil {
		ds = lintFacts(facts)
	}
	Sort(ds)
	return ds
}

// Sort orders diagnostics by file, line and column, then errors before
// warnings, then by message, so that the order never depends on the order
// they were found in.
func Sort(ds []Diagnostic) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(
			yamldiag.Compare(yamldiag.Position(a.Pos), yamldiag.Position(b.Pos)),
			cmp.Compare(severityRank(a.Severity), severityRank(b.Severity)),
			cmp.Compare(a.Msg, b.Msg),
			cmp.Compare(a.Fix, b.Fix),
		)
	})
}

func severityRank(s Severity) int {
	if s == Error {
		return 0
	}
	return 1
}

// Count returns how many of ds are errors and how many warnings.
func Count(ds []Diagnostic) (errs, warnings int) {
	for _, d := range ds {
		if d.Severity == Error {
			errs++
		} else {
			warnings++
		}
	}
	return errs, warnings
}

// Format writes ds for people, one diagnostic a line with its fix indented
// on the next, and a summary line:
//
//	rules.yaml:8:21: warning: "killed" is in both any and none, so this alternative never matches
//	  fix: remove "killed" from any, or from none
//	0 errors, 1 warning
func Format(w io.Writer, ds []Diagnostic) error {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
		if d.Fix != "" {
			b.WriteString("  fix: " + d.Fix + "\n")
		}
	}
	errs, warnings := Count(ds)
	fmt.Fprintf(&b, "%s, %s\n", plural(errs, "error"), plural(warnings, "warning"))
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// genericFix is the fix of a load error whose message gives none.
const genericFix = "correct it so that the rule file loads (see the README's Rule files section)"

// fromError turns the error of rules.Load or rules.Parse into diagnostics,
// splitting each message into what is wrong and how to fix it.
func fromError(err error) []Diagnostic {
	if err == nil {
		return nil
	}
	var list rules.ErrorList
	if !errors.As(err, &list) {
		msg, fix := splitFix(err.Error())
		return []Diagnostic{{Severity: Error, Msg: msg, Fix: fix}}
	}
	ds := make([]Diagnostic, 0, len(list))
	for _, e := range list {
		msg, fix := splitFix(e.Msg)
		ds = append(ds, Diagnostic{Pos: e.Pos, Severity: Error, Msg: msg, Fix: fix})
	}
	return ds
}

// splitFix splits a loader message, "what is wrong; how to fix it", at its
// first "; " outside quotes, or gives genericFix when it has none.
func splitFix(msg string) (string, string) {
	var quote rune
	escaped := false
	for i, r := range msg {
		switch {
		case escaped:
			escaped = false
		case quote == '"' && r == '\\':
			escaped = true
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '`':
			quote = r
		case r == ';' && strings.HasPrefix(msg[i:], "; "):
			if fix := strings.TrimSpace(msg[i+2:]); fix != "" {
				return msg[:i], fix
			}
		}
	}
	return msg, genericFix
}

// list is one of a fact's match lists.
type list struct {
	name  string
	terms []*rules.Term
}

// lintFacts warns about facts that load but will not work as written.
func lintFacts(facts []*rules.Fact) []Diagnostic {
	var ds []Diagnostic
	for _, f := range facts {
		ds = append(ds, lintMatch(f.Match)...)
		ds = append(ds, lintExamples(f)...)
	}
	return ds
}

func warn(pos rules.Position, fix, format string, args ...any) Diagnostic {
	return Diagnostic{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...), Fix: fix}
}

// lintMatch checks a fact's match lists against each other.
func lintMatch(m rules.Match) []Diagnostic {
	var ds []Diagnostic
	lists := []list{{"all", m.All}, {"any", m.Any}, {"none", m.None}, {"near", m.Near}}
	// Terms that repeat one before them in the same list: warned about
	// once, and left out of the checks across lists.
	repeat := map[*rules.Term]bool{}
	for _, l := range lists {
		for i, t := range l.terms {
			for _, u := range l.terms[:i] {
				if repeat[u] || !same(u, t) {
					continue
				}
				repeat[t] = true
				if t.Text == u.Text {
					ds = append(ds, warn(t.Pos, "remove this one",
						"%s term %q is listed twice, first at line %d", l.name, t.Text, u.Pos.Line))
				} else {
					ds = append(ds, warn(t.Pos, fmt.Sprintf("remove %q", t.Text),
						"%s term %q matches the same words as %q at line %d: %s", l.name, t.Text, u.Text, u.Pos.Line, why(t, u)))
				}
				break
			}
		}
	}
	keep := func(terms []*rules.Term) []*rules.Term {
		return slices.DeleteFunc(slices.Clone(terms), func(t *rules.Term) bool { return repeat[t] })
	}
	all, anyOf, none, near := keep(m.All), keep(m.Any), keep(m.None), keep(m.Near)

	// A none term in every sentence that has an all, any or near term.
	for _, n := range none {
		for _, a := range all {
			switch {
			case same(n, a):
				ds = append(ds, warn(n.Pos, fmt.Sprintf("remove %q from none, or from all", n.Text),
					"%q is in both all and none, so the fact never matches", n.Text))
			case inside(n, a):
				ds = append(ds, warn(n.Pos, fmt.Sprintf("remove %q from none, or make it longer so that %q does not contain it", n.Text, a.Text),
					"none term %q occurs in every sentence with all term %q, so the fact never matches", n.Text, a.Text))
			}
		}
	}
	for _, a := range anyOf {
		for _, n := range none {
			switch {
			case same(n, a):
				ds = append(ds, warn(a.Pos, fmt.Sprintf("remove %q from any, or from none", a.Text),
					"%q is in both any and none, so this alternative never matches", a.Text))
			case inside(n, a):
				ds = append(ds, warn(a.Pos, fmt.Sprintf("remove %q from any, or %q from none", a.Text, n.Text),
					"any term %q always comes with none term %q, so this alternative never matches", a.Text, n.Text))
			}
		}
	}
	for _, r := range near {
		for _, n := range none {
			switch {
			case same(n, r):
				ds = append(ds, warn(r.Pos, fmt.Sprintf("remove %q from near, or from none", r.Text),
					"%q is in both near and none, so no value can sit near it", r.Text))
			case inside(n, r):
				ds = append(ds, warn(r.Pos, fmt.Sprintf("remove %q from near, or %q from none", r.Text, n.Text),
					"near term %q always comes with none term %q, so no value can sit near it", r.Text, n.Text))
			}
		}
	}

	// An any term that all already requires.
	for _, a := range anyOf {
		for _, r := range all {
			switch {
			case same(a, r):
				ds = append(ds, warn(a.Pos, fmt.Sprintf("remove %q from any: all already requires it", a.Text),
					"%q is in both all and any, so any is always satisfied", a.Text))
			case inside(a, r):
				ds = append(ds, warn(a.Pos, fmt.Sprintf("remove %q from any: all already requires it", a.Text),
					"any term %q occurs in every sentence with all term %q, so any is always satisfied", a.Text, r.Text))
			default:
				continue
			}
			break
		}
	}

	// One term spelt two ways in two lists. (In all and any it is
	// reported above; in any and near, or all and near, it is fine when
	// written the same.)
	pairs := [][2]list{{{"all", all}, {"near", near}}, {{"any", anyOf}, {"near", near}}}
	for _, p := range pairs {
		for _, a := range p[0].terms {
			for _, b := range p[1].terms {
				if a.Text == b.Text || !same(a, b) {
					continue
				}
				first, second, firstList, secondList := a, b, p[0].name, p[1].name
				if yamldiag.Compare(yamldiag.Position(b.Pos), yamldiag.Position(a.Pos)) < 0 {
					first, second, firstList, secondList = b, a, p[1].name, p[0].name
				}
				ds = append(ds, warn(second.Pos, fmt.Sprintf("write it %q in both lists", first.Text),
					"%s term %q and %s term %q at line %d are one term spelt two ways: %s", secondList, second.Text, firstList, first.Text, first.Pos.Line, why(first, second)))
			}
		}
	}
	return ds
}

// lintExamples checks a fact's examples.
func lintExamples(f *rules.Fact) []Diagnostic {
	if len(f.Examples) == 0 {
		return []Diagnostic{warn(f.Pos, "add examples: so `crosscheck rules test` can check this rule",
			"fact %q has no examples", f.ID)}
	}
	var ds []Diagnostic
	first := map[string]rules.Position{}
	for _, ex := range f.Examples {
		s := strings.Join(strings.Fields(ex.Sentence), " ")
		if p, dup := first[s]; dup {
			ds = append(ds, warn(ex.Pos, "remove one of the two, or change its sentence",
				"example repeats the sentence of the example at line %d", p.Line))
			continue
		}
		first[s] = ex.Pos
	}
	return ds
}

// same reports whether two terms match the same words in every sentence:
// two regular expressions written alike, or two plain terms each of which
// matches the whole of the other as written.
func same(a, b *rules.Term) bool {
	if a.IsRegexp() || b.IsRegexp() {
		return a.IsRegexp() && b.IsRegexp() && a.Text == b.Text
	}
	return whole(a, b) && whole(b, a)
}

// whole reports whether plain term a matches all of plain term b's text.
func whole(a, b *rules.Term) bool {
	s := strings.TrimSpace(b.Text)
	spans := a.Find(s)
	return len(spans) == 1 && spans[0] == rules.Span{Pos: 0, End: len(s)}
}

// inside reports whether plain term a matches within plain term b's text,
// and so occurs in every sentence that b matches.
func inside(a, b *rules.Term) bool {
	if a.IsRegexp() || b.IsRegexp() {
		return false
	}
	return len(a.Find(strings.TrimSpace(b.Text))) > 0
}

// why says why two plain terms written differently match the same words.
func why(a, b *rules.Term) string {
	if strings.EqualFold(a.Text, b.Text) {
		return "terms match case-insensitively"
	}
	if fold(a.Text) == fold(b.Text) {
		return "terms ignore case, runs of spaces and the kind of apostrophe"
	}
	return "a term matches the other forms of its words (kill, kills, killed, killing); quote a term to match it only as written"
}

// fold is a term's text as matching compares it, before inflection.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'").Replace(s)
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
