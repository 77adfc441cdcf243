package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

func renderGitHub(t *testing.T, r *Report) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := GitHub(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end in a newline: %q", out)
	}
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n")
}

// TestGitHubEscape checks escaping against actions/toolkit's
// core/src/command.ts: escapeData for messages, escapeProperty for values.
func TestGitHubEscape(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"%0A", "%250A", "%250A"}, // an escape in the input is not one in the output
		{"a\rb", "a%0Db", "a%0Db"},
		{"a\nb", "a%0Ab", "a%0Ab"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"x: y", "x: y", "x%3A y"},
		{"a,b", "a,b", "a%2Cb"},
		{"::error ::x", "::error ::x", "%3A%3Aerror %3A%3Ax"},
		{"k=v", "k=v", "k=v"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

// TestGitHubCommandEscaping: percent, CR, LF, colon and comma in a file
// name, a title (from the fact id) and a message stay inside their command.
func TestGitHubCommandEscaping(t *testing.T) {
	a := pclaim("dir/a,b:c%d\r\n.md", "Reu:ters, 100%", 7, true)
	b := pclaim("b.md", "BBC", 11, false)
	f := checker.Finding{
		Fact: "deaths:a,b%\n", Title: "Deaths, 50%: total\r\n::error::x",
		Status: checker.Conflict, Claims: []checker.Claim{a, b}, Conflicts: []checker.Pair{{I: 0, J: 1}},
	}
	lines := renderGitHub(t, &Report{Findings: []checker.Finding{f}})
	want := []string{
		"::error file=dir/a%2Cb%3Ac%25d%0D%0A.md,line=1,col=1,endLine=1,endColumn=2," +
			"title=crosscheck deaths%3Aa%2Cb%25%0A%3A conflict::" +
			"Deaths, 50%25: total  ::error::x: 7 conflicts with 11 at b.md:1:1 (BBC)",
		"1 fact: 1 conflict · 0 articles read, 0 skipped · 2 claims",
	}
	if d := cmp.Diff(want, lines); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// ghCommand is a parsed workflow command.
type ghCommand struct {
	level   string
	props   map[string]string
	message string
}

func parseCommand(t *testing.T, line string) ghCommand {
	t.Helper()
	rest, ok := strings.CutPrefix(line, "::")
	if !ok {
		t.Fatalf("not a command: %q", line)
	}
	head, msg, ok := strings.Cut(rest, "::")
	if !ok {
		t.Fatalf("no message: %q", line)
	}
	level, props, _ := strings.Cut(head, " ")
	c := ghCommand{level: level, props: map[string]string{}, message: msg}
	for _, p := range strings.Split(props, ",") {
		k, v, _ := strings.Cut(p, "=")
		c.props[k] = v
	}
	return c
}

// TestGitHubPositions: each annotation is at its problem's claim, line and
// column as the claim has them, and ends where its words end.
func TestGitHubPositions(t *testing.T) {
	r := fixture()
	lines := renderGitHub(t, r)
	var want []problem
	for _, p := range problems(r) {
		if p.Level == levelError || p.Level == levelWarning {
			want = append(want, p)
		}
	}
	if len(lines) != len(want)+1 {
		t.Fatalf("%d lines for %d problems:\n%s", len(lines), len(want), strings.Join(lines, "\n"))
	}
	for i, p := range want {
		cmd := parseCommand(t, lines[i])
		c := p.Finding.Claims[p.Claim]
		el, ec := claimEnd(c)
		for k, v := range map[string]int{"line": c.Line, "col": c.Column, "endLine": el, "endColumn": ec} {
			if cmd.props[k] != strconv.Itoa(v) {
				t.Errorf("%s: %s=%s, want %d", lines[i], k, cmd.props[k], v)
			}
		}
		if cmd.props["file"] != c.Article || cmd.level != string(p.Level) || cmd.message != p.Message {
			t.Errorf("%s: want file %s, level %s, message %q", lines[i], c.Article, p.Level, p.Message)
		}
		if want := "crosscheck " + p.Finding.Fact + "%3A " + string(p.Finding.Status); cmd.props["title"] != want {
			t.Errorf("title %q, want %q", cmd.props["title"], want)
		}
	}
	last := lines[len(lines)-1]
	if strings.HasPrefix(last, "::") || last != Summary(r).String() {
		t.Errorf("last line %q is not the plain summary", last)
	}
}

// TestGitHubLevels: notes are never written; below the threshold a
// conflict is a warning; a single source is written once it fails.
func TestGitHubLevels(t *testing.T) {
	count := func(failOn checker.Status) map[string]int {
		r := fixture()
		r.FailOn = failOn
		n := map[string]int{}
		lines := renderGitHub(t, r)
		for _, l := range lines[:len(lines)-1] {
			n[parseCommand(t, l).level]++
		}
		return n
	}
	for _, tc := range []struct {
		failOn checker.Status
		want   map[string]int
	}{
		{"", map[string]int{"error": 5}},
		{checker.Single, map[string]int{"error": 6}},
		{checker.Revised, map[string]int{"error": 8}},
		{"never", map[string]int{"warning": 5}},
	} {
		if d := cmp.Diff(tc.want, count(tc.failOn)); d != "" {
			t.Errorf("fail-on %q (-want +got):\n%s", tc.failOn, d)
		}
	}
}

// TestGitHubMultiLine: a claim whose words span lines ends on a later line.
func TestGitHubMultiLine(t *testing.T) {
	a := pclaim("a.md", "A", 7, false)
	a.Text, a.Line, a.Column = "seven\nhundred", 3, 10
	a.Quantity = quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(700), Value: 700}
	f := checker.Finding{Title: "T", Status: checker.Single, Claims: []checker.Claim{a}}
	lines := renderGitHub(t, &Report{FailOn: checker.Single, Findings: []checker.Finding{f}})
	if want := "::error file=a.md,line=3,col=10,endLine=4,endColumn=8,title=crosscheck %3A single::T: 700 (\"seven hundred\"); only A states this fact"; lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
}
