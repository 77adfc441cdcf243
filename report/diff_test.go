package report

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
)

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{"", "", ""},
		{"same words.", "same words.", "same words."},
		{
			"The strike killed seven civilians in Kharkiv.",
			"The strike killed 11 civilians in Kharkiv.",
			"The strike killed -[seven]+{11} civilians in Kharkiv.",
		},
		{ // whole words, never a shared letter: "seven"/"eleven" share "even"
			"killed seven people",
			"killed eleven people",
			"killed -[seven]+{eleven} people",
		},
		{ // numbers with points and commas are one word each
			"nearly 3.6 years and 1,000 days",
			"nearly 3.9 years and 1,200 days",
			"nearly -[3.6]+{3.9} years and -[1,000]+{1,200} days",
		},
		{ // punctuation is its own token
			"officials said.",
			"officials said, citing police.",
			"officials said+{, citing police}.",
		},
		{
			"up to €50 billion in aid — the largest",
			"as much as €50bn in aid — the largest",
			"-[up to]+{as much as} €-[50 billion]+{50bn} in aid — the largest",
		},
		{ // changes with only a space between them read as one
			"killed seven civilians in Kharkiv",
			"killed 11 people in Kharkiv",
			"killed -[seven civilians]+{11 people} in Kharkiv",
		},
		{ // but not across a kept word
			"The strike killed seven civilians in Kharkiv, officials said.",
			"11 civilians were killed in Kharkiv on Sunday, the mayor’s office said.",
			"-[The strike]+{11 civilians were} killed -[seven civilians] in Kharkiv +{on Sunday}, -[officials]+{the mayor’s office} said.",
		},
		{"added at the end", "added at the end too", "added at the end +{too}"},
		{"removed from here", "removed", "removed -[from here]"},
		{"trailing space differs", "trailing  space differs", "trailing  space differs"}, // spacing only: unmarked,
		{"", "all new", "+{all new}"},
		{"“Ukraine’s land”", "“Ukraine’s territory”", "“Ukraine’s -[land]+{territory}”"},
	} {
		diffs := wordDiff(tc.a, tc.b)
		dmp := diffmatchpatch.New()
		if dmp.DiffText1(diffs) != tc.a || dmp.DiffText2(diffs) != tc.b {
			t.Errorf("wordDiff(%q, %q) does not rebuild its inputs: %v", tc.a, tc.b, diffs)
		}
		got := renderDiff(diffs, newPalette(false))
		if got != tc.want {
			t.Errorf("wordDiff(%q, %q)\n got %s\nwant %s", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Ukraine’s 3.6%,  U.S.", []string{"Ukraine’s ", "3.6", "%", ",  ", "U.S", "."}},
		{"  lead", []string{"  ", "lead"}},
		{"“€50bn”—ok", []string{"“", "€", "50bn", "”", "—", "ok"}},
		{"a,\tb", []string{"a", ",\t", "b"}},
	} {
		got := tokenize(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.Join(got, "") != tc.in {
			t.Errorf("tokenize(%q) loses text", tc.in)
		}
	}
}

// TestWordDiffManyWords checks the fallback when there are more distinct
// words than runes to stand for them: the diff still rebuilds both texts.
func TestWordDiffManyWords(t *testing.T) {
	var a, b strings.Builder
	for i := range 7000 {
		a.WriteString("w" + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + strconv.Itoa(i) + " ")
		if i != 3000 {
			b.WriteString("w" + strings.Repeat("x", i%50) + string(rune('a'+i%26)) + strconv.Itoa(i) + " ")
		}
	}
	var x, y strings.Builder
	for _, d := range wordDiff(a.String(), b.String()) {
		if d.Type != diffmatchpatch.DiffInsert {
			x.WriteString(d.Text)
		}
		if d.Type != diffmatchpatch.DiffDelete {
			y.WriteString(d.Text)
		}
	}
	if x.String() != a.String() || y.String() != b.String() {
		t.Error("diff does not rebuild its inputs")
	}
}
