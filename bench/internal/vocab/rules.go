package vocab

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteRules writes facts as one rule file (version 1), each fact with two
// examples, a sentence it must take its true value from and a near miss it
// must take nothing from, so that `crosscheck rules lint` finds nothing to
// warn about and `crosscheck rules test` checks the rules against the very
// patterns the corpus is written from.
func WriteRules(w io.Writer, header string, facts []Fact) error {
	b := bufio.NewWriter(w)
	for _, line := range strings.Split(header, "\n") {
		fmt.Fprintf(b, "# %s\n", line)
	}
	b.WriteString("version: 1\nfacts:\n")
	for i := range facts {
		f := &facts[i]
		t := f.Topic
		all, anyOf, none, near := f.Terms()
		fmt.Fprintf(b, "  - id: %s\n", f.ID)
		fmt.Fprintf(b, "    title: %s\n", quote(f.Title))
		fmt.Fprintf(b, "    quantity: %s\n", t.Kind)
		if t.Unit != "" {
			fmt.Fprintf(b, "    unit: %s\n", t.Unit)
		}
		b.WriteString("    match:\n")
		list(b, "all", all)
		list(b, "any", anyOf)
		list(b, "none", none)
		list(b, "near", near)
		if len(near) > 0 {
			fmt.Fprintf(b, "      within: %d\n", t.Within)
		}
		if t.Tolerance != "" || t.Trend != "" {
			b.WriteString("    compare:\n")
			if t.Tolerance != "" {
				fmt.Fprintf(b, "      tolerance: %s\n", quote(t.Tolerance))
			}
			if t.Trend != "" {
				fmt.Fprintf(b, "      trend: %s\n", t.Trend)
			}
		}
		sentence, expect, miss := f.Example()
		b.WriteString("    examples:\n")
		fmt.Fprintf(b, "      - sentence: %s\n        expect: %s\n", quote(sentence), expect)
		fmt.Fprintf(b, "      - sentence: %s\n        expect: none\n", quote(miss))
	}
	return b.Flush()
}

func list(b *bufio.Writer, key string, terms []string) {
	if len(terms) == 0 {
		return
	}
	fmt.Fprintf(b, "      %s: [", key)
	for i, t := range terms {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(t))
	}
	b.WriteString("]\n")
}

// quote writes s as a single-quoted YAML scalar, which needs no escapes but
// a doubled quote, and keeps the double quotes of an exact term ('"arms"').
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// PlainTerms returns every term of the facts that is not a regular
// expression, without the quotes of exact terms, each once, sorted: the
// patterns of `grep -F -f`.
func PlainTerms(facts []Fact) []string {
	var out []string
	for i := range facts {
		all, anyOf, none, near := facts[i].Terms()
		for _, list := range [][]string{all, anyOf, none, near} {
			for _, t := range list {
				if strings.HasPrefix(t, "re:") {
					continue
				}
				out = append(out, strings.Trim(t, `"`))
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
