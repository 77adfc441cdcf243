package yamldiag

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// node returns the value of the one-key mapping src.
func node(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return doc.Content[0].Content[1]
}

func TestDescribe(t *testing.T) {
	tests := []struct {
		src, want string
		null      bool
	}{
		{"v: {a: 1}", "a mapping", false},
		{"v: [1, 2]", "a list", false},
		{"v: &x 1\nw: *x", "the number 1", false},
		{"v:", "nothing", true},
		{"v: ~", "nothing", true},
		{"v: null", "nothing", true},
		{"v: 2", "the number 2", false},
		{"v: 0x1F", "the number 0x1F", false},
		{"v: 2.5", "the number 2.5", false},
		{"v: .inf", "the number .inf", false},
		{"v: true", "the boolean true", false},
		{"v: abc", `the text "abc"`, false},
		{`v: "2"`, `the text "2"`, false},
		{`v: "~"`, `the text "~"`, false},
		{"v: 2024-03-05", `the text "2024-03-05"`, false},
		{"v: " + strings.Repeat("x", 50), `the text "` + strings.Repeat("x", 37) + `..."`, false},
	}
	for _, tt := range tests {
		n := node(t, tt.src)
		if got := Describe(n); got != tt.want {
			t.Errorf("Describe(%q) = %q, want %q", tt.src, got, tt.want)
		}
		if got := IsNull(n); got != tt.null {
			t.Errorf("IsNull(%q) = %v, want %v", tt.src, got, tt.null)
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte("v: &x [1]\nw: *x\n"), &doc); err != nil {
		t.Fatal(err)
	}
	if got := Describe(doc.Content[0].Content[3]); got != "an alias" {
		t.Errorf("Describe(alias) = %q, want %q", got, "an alias")
	}
	if got := Describe(&doc); got != "a YAML document" {
		t.Errorf("Describe(document) = %q, want %q", got, "a YAML document")
	}
}

func TestKindName(t *testing.T) {
	tests := []struct {
		kind yaml.Kind
		want string
	}{
		{yaml.MappingNode, "a mapping"},
		{yaml.SequenceNode, "a list"},
		{yaml.AliasNode, "an alias"},
		{yaml.ScalarNode, "a single value"},
		{yaml.DocumentNode, "a YAML document"},
		{0, "a YAML document"},
	}
	for _, tt := range tests {
		if got := KindName(tt.kind); got != tt.want {
			t.Errorf("KindName(%v) = %q, want %q", tt.kind, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct{ s, want string }{
		{"", ""},
		{"short", "short"},
		{strings.Repeat("x", 40), strings.Repeat("x", 40)},
		{strings.Repeat("x", 41), strings.Repeat("x", 37) + "..."},
		// é is two bytes: byte 37 falls inside the 19th, which is dropped
		// whole.
		{strings.Repeat("é", 30), strings.Repeat("é", 18) + "..."},
	}
	for _, tt := range tests {
		if got := Clip(tt.s); got != tt.want {
			t.Errorf("Clip(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestDidYouMean(t *testing.T) {
	fields := []string{"id", "title", "quantity", "unit", "match", "compare", "hedges"}
	keys := []string{"rules", "paths", "format", "fail-on", "baseline"}
	tests := []struct {
		s       string
		options []string
		want    string // the option suggested, or ""
	}{
		{"qantity", fields, "quantity"},
		{"tilte", fields, "title"}, // a swap is one edit
		{"TITLE", fields, "title"}, // case is ignored
		{"Titel", fields, "title"}, // as is case, with a swap
		{"ids", fields, "id"},      // one edit in two letters
		{"idd", []string{"id"}, "id"},
		{"it", []string{"id"}, "id"},
		{"xy", []string{"id"}, ""}, // two edits in two letters is too many
		{"unti", fields, "unit"},
		{"comparre", fields, "compare"},
		{"colour", fields, ""},
		{"failon", keys, "fail-on"},
		{"fial-on", keys, "fail-on"},
		{"fail_on", keys, "fail-on"},
		{"path", keys, "paths"},
		{"base-line", keys, "baseline"},
		{"rule", keys, "rules"},
		{"formats", keys, "format"},
		{"", keys, ""},
		{"x", nil, ""},
		{strings.Repeat("a", 65), []string{strings.Repeat("a", 65)}, ""}, // too long to try
	}
	for _, tt := range tests {
		msg, got := DidYouMean(tt.s, tt.options)
		if got != tt.want {
			t.Errorf("DidYouMean(%q) suggests %q, want %q", tt.s, got, tt.want)
		}
		wantMsg := ""
		if tt.want != "" {
			wantMsg = `did you mean "` + tt.want + `"? `
		}
		if msg != wantMsg {
			t.Errorf("DidYouMean(%q) = %q, want %q", tt.s, msg, wantMsg)
		}
	}
}

func TestChoose(t *testing.T) {
	trends := []string{"rising", "falling"}
	tests := []struct {
		s    string
		want string
	}{
		{"risng", `did you mean "rising"? (valid: rising, falling)`},
		{"Falling", `did you mean "falling"? (valid: rising, falling)`},
		{"flat", "use one of rising, falling"},
	}
	for _, tt := range tests {
		if got := Choose(tt.s, trends); got != tt.want {
			t.Errorf("Choose(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"abc", "abc", 0},
		{"abc", "abd", 1},  // substitution
		{"abc", "abcd", 1}, // insertion
		{"abcd", "acd", 1}, // deletion
		{"tilte", "title", 1},
		{"ca", "abc", 3}, // optimal string alignment, not Damerau's 2
		{"kitten", "sitting", 3},
		{"naïve", "naive", 1}, // runes, not bytes
		{"fial-on", "fail-on", 1},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}
