package yamldiag

import (
	"fmt"
	"slices"
	"testing"
)

func TestLoad(t *testing.T) {
	const (
		syntax = "; check the indentation, quotes and brackets here"
		tabs   = "; indent with spaces: YAML does not allow tabs"
		utf8   = "; save the file as UTF-8 text without control characters"
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
