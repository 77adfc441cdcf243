package yamldiag

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// IsNull reports whether n is YAML's null: nothing, ~ or null.
func IsNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// KindName names a kind of node for an error message: "a mapping", "a
// list", "an alias", "a single value" or "a YAML document".
func KindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		return "a single value"
	}
	return "a YAML document"
}

// Describe names a node for an error message: a list, the number 2, the
// text "abc".
func Describe(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		return KindName(n.Kind)
	}
	v := Clip(n.Value)
	switch n.ShortTag() {
	case "!!null":
		return "nothing"
	case "!!int", "!!float":
		return "the number " + v
	case "!!bool":
		return "the boolean " + v
	}
	return "the text " + strconv.Quote(v)
}

// Clip shortens s for an error message: past 40 bytes, to its first 37 or
// fewer, not splitting a character, and "...".
func Clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 37
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// Choose says how to replace s with one of the options: `did you mean "x"?
// (valid: a, b)` when one is close, else `use one of a, b`.
func Choose(s string, options []string) string {
	list := strings.Join(options, ", ")
	if dym, _ := DidYouMean(s, options); dym != "" {
		return dym + "(valid: " + list + ")"
	}
	return "use one of " + list
}

// DidYouMean returns `did you mean "x"? ` for the option closest to s by
// edit distance, ignoring case, and the option; or "" when none is close.
// Options are expected in lower case.
func DidYouMean(s string, options []string) (string, string) {
	if len(s) > 64 {
		return "", ""
	}
	best, bestD := "", 3
	for _, o := range options {
		dist := editDistance(strings.ToLower(s), o)
		if dist < bestD && dist <= max(1, len(o)/3) {
			best, bestD = o, dist
		}
	}
	if best == "" {
		return "", ""
	}
	return fmt.Sprintf("did you mean %q? ", best), best
}

// editDistance is the optimal string alignment distance between a and b
// in runes: Levenshtein's, with a swap of neighbours ("tilte") one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// d[i][j] is the distance between ra[:i] and rb[:j]; three rows suffice.
	prev2, prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
