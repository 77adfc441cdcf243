package yamldiag

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// laughs is a "billion laughs": levels anchors, each nine aliases of the
// one before, standing for 9^levels values in a few hundred bytes.
func laughs(levels int) string {
	var b strings.Builder
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
	}
	return b.String()
}

// merges is a chain of merge keys, each merging the mapping before four
// times: merged as copies, 4^levels values.
func merges(levels int) string {
	var b strings.Builder
	b.WriteString("m0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\n")
	for i := 1; i < levels; i++ {
		p := fmt.Sprintf("*m%d", i-1)
		fmt.Fprintf(&b, "m%d: &m%d {<<: [%s, %s, %s, %s], k: %d}\n", i, i, p, p, p, p, i)
	}
	return b.String()
}

// indented nests n mappings by indentation, one a line.
func indented(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%sa:\n", strings.Repeat(" ", i))
	}
	return b.String()
}

func TestLoad(t *testing.T) {
	const (
		syntax = "; check the indentation, quotes and brackets here"
		tabs   = "; indent with spaces: YAML does not allow tabs"
		utf8   = "; save the file as UTF-8 text without control characters"
		bomb   = ` expands the file past 10000 values (each alias counted as a copy of the value it names), as an alias bomb ("billion laughs") does; crosscheck's files do not use anchors and aliases: write the values out in full, and check where the file came from`
		cycle  = ", so it would repeat without end; crosscheck's files do not use anchors and aliases: write the value out in full"
		deep   = "values nest more than 64 levels deep here; crosscheck's files need a few levels, so close the brackets or undo the indentation that opened too many, or check that this is the right file"
	)
	tests := []struct {
		desc      string
		src       string
		doc, next bool     // whether Load returns them
		errs      []string // "line:col: msg"
	}{
		{desc: "empty", src: ""},
		{desc: "comments only", src: "# nothing\n\n# still nothing\n"},
		{desc: "one document", src: "a: 1\n", doc: true},
		{desc: "null document", src: "~\n", doc: true},
		{desc: "two documents", src: "a: 1\n---\nb: 2\n", doc: true, next: true},
		{desc: "empty second document", src: "a: 1\n---\n", doc: true, next: true},
		{desc: "duplicate key is not a syntax error", src: "{a: 1, a: 2}\n", doc: true},
		{desc: "unclosed bracket", src: "a: [1\n", errs: []string{"2:1: invalid YAML: while parsing a flow sequence: did not find expected ',' or ']' (from line 1)" + syntax}},
		{desc: "unclosed quote", src: "a: 'x\n", errs: []string{"2:1: invalid YAML: while scanning a quoted scalar: found unexpected end of stream (from line 1)" + syntax}},
		{desc: "tab indentation", src: "a:\n\tb: 1\n", errs: []string{"2:1: invalid YAML: while scanning for the next token: found character that cannot start any token" + tabs}},
		{desc: "control character", src: "a: \x01\n", errs: []string{"1:4: invalid YAML: control characters are not allowed (value: 1)" + utf8}},
		{desc: "invalid UTF-8", src: "a: \xff\n", errs: []string{"1:4: invalid YAML: invalid leading UTF-8 octet (value: 255)" + utf8}},
		{desc: "unknown anchor", src: "a: *x\n", errs: []string{"1:4: invalid YAML: unknown anchor 'x' referenced" + syntax}},
		{desc: "bad second document", src: "a: 1\n--- [\n", errs: []string{"3:1: invalid YAML: while parsing a flow node: did not find expected node content" + syntax}},

		// Limits: each fails at the place the trouble starts.
		{desc: "aliases", src: "a: &a [1, 2]\nb: [*a, *a]\nc: {<<: *a}\n", doc: true},
		{desc: "alias bomb", src: laughs(10), errs: []string{"5:10: alias *a3" + bomb}},
		{desc: "alias bomb in the second document", src: "a: 1\n---\n" + laughs(10), errs: []string{"7:10: alias *a3" + bomb}},
		{desc: "merge bomb", src: merges(16), errs: []string{"6:15: merge key (<<) with *m4" + bomb}},
		{desc: "merge bomb in one list", src: "m: &m [" + strings.Repeat("x, ", 99) + "x]\nn: {<<: [" + strings.Repeat("*m, ", 100) + "*m]}\n", errs: []string{"2:406: merge key (<<) with *m" + bomb}},
		{desc: "alias in its own value", src: "a: &a [1, *a]\n", errs: []string{"1:11: alias *a is inside the value &a it names" + cycle}},
		{desc: "merge key in its own value", src: "a: &a {b: 1, <<: *a}\n", errs: []string{"1:18: merge key (<<) with *a is inside the value &a it names" + cycle}},
		{desc: "brackets at the depth limit", src: "a: " + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + "\n", doc: true},
		{desc: "brackets too deep", src: "a: " + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "\n", errs: []string{"1:68: " + deep}},
		{desc: "braces too deep", src: "a: " + strings.Repeat("{a: ", 100) + "1" + strings.Repeat("}", 100) + "\n", errs: []string{"1:260: " + deep}},
		{desc: "indentation too deep", src: indented(100), errs: []string{"65:65: " + deep}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			doc, next, errs := Load([]byte(tt.src))
			if (doc != nil) != tt.doc || (next != nil) != tt.next {
				t.Errorf("Load returned doc %v and next %v, want %v and %v", doc != nil, next != nil, tt.doc, tt.next)
			}
			var got []string
			for _, e := range errs {
				got = append(got, fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Msg))
			}
			if !slices.Equal(got, tt.errs) {
				t.Errorf("Load errors:\n got %q\nwant %q", got, tt.errs)
			}
		})
	}
}

func TestLocateBad(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
	}{
		{"", 1, 1},
		{"a: b\n", 1, 1},
		{"a: \x01", 1, 4},
		{"a: b\r\n\tc: \x7f\n", 2, 5},
		{"é: \xff", 1, 4}, // columns count characters
		{"a\nb\nc\x00", 3, 2},
	}
	for _, tt := range tests {
		if line, col := locateBad([]byte(tt.src)); line != tt.line || col != tt.col {
			t.Errorf("locateBad(%q) = %d:%d, want %d:%d", tt.src, line, col, tt.line, tt.col)
		}
	}
}

func TestTabIndent(t *testing.T) {
	tests := []struct {
		src  string
		line int
		want bool
	}{
		{"\ta: 1\n", 1, true},
		{"  \ta: 1\n", 1, true},
		{"a:\tb\n", 1, false},
		{"a:\n\tb: 1\n", 1, false},
		{"a:\n\tb: 1\n", 2, true},
		{"a:\n  b: 1", 2, false},
		{"a:\n", 5, false},
	}
	for _, tt := range tests {
		if got := tabIndent([]byte(tt.src), tt.line); got != tt.want {
			t.Errorf("tabIndent(%q, %d) = %v, want %v", tt.src, tt.line, got, tt.want)
		}
	}
}

// TestLoadBombCost: every limit stops a small file in well under a
// millisecond's work, however much it would expand; the bound is loose for
// slow machines.
func TestLoadBombCost(t *testing.T) {
	for _, src := range []string{laughs(30), merges(40), strings.Repeat("[", 1<<20), indented(2000)} {
		start := time.Now()
		if _, _, errs := Load([]byte(src)); len(errs) != 1 {
			t.Errorf("Load(%.20q...) gave %d errors, want 1", src, len(errs))
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("Load(%.20q...) took %v", src, d)
		}
	}
}
