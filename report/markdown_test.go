package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
)

func TestMdEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain words, 7.5% — “quoted”", "plain words, 7.5% — “quoted”"},
		{"| ** <script> [x](y) \\ `", "\\| \\*\\* &lt;script&gt; \\[x\\](y) \\\\ \\`"},
		{"a & b > c", "a &amp; b &gt; c"},
		{"_under_ ~~strike~~ ![img](u)", `\_under\_ \~\~strike\~\~ \!\[img\](u)`},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"= underline", `\= underline`},
		{"2025. A year", `2025\. A year`},
		{"3) three", `3\) three`},
		{"19 per cent", "19 per cent"},
		{"line\nbreak\r\n# not a heading", `line break  \# not a heading`},
		{"esc\x1b[31m", "esc\ufffd\\[31m"},
		{"", ""},
	} {
		if got := mdEscape(tc.in); got != tc.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMarkdownHostile puts the same hostile text in a title, a fact id, a
// source, a path, the words and the sentence, and checks that none of it
// becomes markup: no HTML, no link, no extra table cell, no new line.
func TestMarkdownHostile(t *testing.T) {
	const hostile = "| ** <script> [x](y) \\ `"
	sentence := "Officials said 7 " + hostile + " people died.\n# Injected\n| a | b |"
	c := checker.Claim{
		Article: "a" + hostile + ".md", Source: "Src " + hostile, Line: 2, Column: 16,
		Text: "7", Sentence: sentence, SentenceOffset: 100, Offset: 115, End: 116, New: true,
	}
	c.Quantity.Interval.Low, c.Quantity.Interval.High = 7, 7
	d := c
	d.Article, d.Source, d.New = "b.md", "Other", false
	d.Quantity.Interval.Low, d.Quantity.Interval.High = 11, 11
	r := &Report{
		Findings: []checker.Finding{{
			Fact: "fact" + hostile, Title: "Title " + hostile, Status: checker.Conflict, Sources: 2,
			Claims: []checker.Claim{c, d}, Conflicts: []checker.Pair{{I: 0, J: 1}}, Baselined: []checker.Pair{{I: 1, J: 0}},
			Note: "note " + hostile,
		}},
		Inputs: []article.Input{{Path: "x" + hostile, Status: inputSkipped, Reason: "reason " + hostile}},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>", "[x](y)", "<b", "\n# Injected", "\n| a | b |"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q:\n%s", bad, out)
		}
	}
	esc := mdEscape(hostile)
	for _, want := range []string{
		"> Officials said **7** " + esc + " people died. \\# Injected " + `\| a \| b \|` + "\n",
		"#### ❌ conflict: Title " + esc + " (fact" + esc + ")\n",
		"Note: note " + esc + "\n",
		"- a" + esc + ".md:2:16 (new) — **7** — Src " + esc + "\n",
		"In the baseline:\n\n- b.md:2:16 (11) vs a" + esc + ".md:2:16 (7)\n",
		"- x" + esc + ": reason " + esc + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Table rows keep their seven cell borders.
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| ") {
			continue
		}
		rows++
		if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
			t.Errorf("row with %d unescaped pipes: %s", n, line)
		}
	}
	if rows != 3 { // header, alignment, one finding
		t.Errorf("%d table rows, want 3", rows)
	}
	// Headings are only ours.
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "### crosscheck") && !strings.HasPrefix(line, "#### ") {
			t.Errorf("unexpected heading: %s", line)
		}
	}
}

// TestMarkdownStatus: status is always in words; the emoji only repeats it.
func TestMarkdownStatus(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"| ❌ conflict | contested | Civilians killed in the Russian strike on Kharkiv (kharkiv-civilian-deaths) | 3 | 3 | low 6, best 7, high 11 |",
		"| ➖ conflict, in the baseline | contested | Residents evacuated from Kherson (kherson-evacuees) |",
		"| ➖ single, in the baseline | single | Drones launched at Kyiv in one night (drones-launched-kyiv) |",
		"| ⚠️ single | single | Refugees who crossed into Poland (refugees-to-poland) |",
		"| ⚠️ revised | revised | People killed in the strike on Dnipro (dnipro-strike-deaths) |",
		"| ✅ agree | confirmed | EU aid package for Ukraine — total value (eu-aid-package) |",
		"| ➖ absent | unreported | Strikes on the port of Odesa (odesa-port-strikes) | 0 | 0 | — |",
		"> The strike killed **seven** civilians in Kharkiv, officials said.\n",
		"- articles/d.md:3:1 (new) — **\\[6, 8\\]** \"Between six and eight\" — Ukrainska Pravda, per local officials\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	// Only open findings get a section.
	for _, fact := range []string{"kherson-evacuees", "drones-launched-kyiv", "eu-aid-package", "odesa-port-strikes"} {
		if strings.Contains(out, "("+fact+")\n") {
			t.Errorf("%s has a section", fact)
		}
	}
	if !strings.HasPrefix(out, "### crosscheck\n\n"+Summary(fixture()).String()+"\n") {
		t.Errorf("markdown does not open with the heading and summary:\n%.200s", out)
	}
}
