package yamldiag

import (
	"errors"
	"fmt"

	"go.yaml.in/yaml/v4"
)

// errTooDeep is what limits says of a value nested past MaxDepth. go-yaml
// keeps only its text, in a LoadError, so addSyntaxErrors knows it by that.
var errTooDeep = errors.New("crosscheck: nested past MaxDepth")

// limits is a go-yaml loader-limits plugin: it stops the parser at the
// first bracket or indentation past MaxDepth, before the tree is built.
type limits struct{}

func (limits) CheckDepth(depth int, _ *yaml.DepthContext) error {
	if depth > MaxDepth {
		return errTooDeep
	}
	return nil
}

// CheckAlias is go-yaml's count of values decoded through aliases. Loading
// into nodes decodes one value, the document, so it never fires here;
// checkAliases does the counting instead.
func (limits) CheckAlias(aliasCount, constructCount int) error { return nil }

// checkAliases counts, over the documents given, the values their aliases
// stand for, and returns an error at the first alias that takes the count
// past MaxAliasValues or that lies inside the value it names (go-yaml
// accepts "a: &a [*a]", whose expansion never ends). It visits each node
// once: an alias can only name a value that starts before it, so that
// value's expanded size is known by the time the alias is reached, unless
// the alias is inside it.
func checkAliases(docs ...*yaml.Node) *SyntaxError {
	c := aliasCounter{sizes: map[*yaml.Node]int{}}
	for _, doc := range docs {
		if doc == nil {
			continue
		}
		if c.size(doc, false); c.err != nil {
			return c.err
		}
	}
	return nil
}

// aliasCounter holds checkAliases' state. Sizes are capped at
// MaxAliasValues+1, so the sums cannot overflow however the aliases nest.
type aliasCounter struct {
	sizes map[*yaml.Node]int // expanded size of each anchored value done
	total int                // values that the aliases seen stand for
	err   *SyntaxError
}

const sizeCap = MaxAliasValues + 1

// size returns the number of values n stands for, with its aliases
// expanded; merge says that n is the value of a merge key, for the message.
func (c *aliasCounter) size(n *yaml.Node, merge bool) int {
	if c.err != nil {
		return sizeCap
	}
	if n.Kind == yaml.AliasNode {
		what := fmt.Sprintf("alias *%s", Clip(n.Value))
		if merge {
			what = fmt.Sprintf("merge key (<<) with *%s", Clip(n.Value))
		}
		s, done := c.sizes[n.Alias]
		if n.Alias == nil || !done {
			c.err = &SyntaxError{n.Line, n.Column, fmt.Sprintf("%s is inside the value &%s it names, so it would repeat without end; crosscheck's files do not use anchors and aliases: write the value out in full", what, Clip(n.Value))}
			return sizeCap
		}
		if c.total = min(c.total+s, sizeCap); c.total > MaxAliasValues {
			c.err = &SyntaxError{n.Line, n.Column, fmt.Sprintf(`%s expands the file past %d values (each alias counted as a copy of the value it names), as an alias bomb ("billion laughs") does; crosscheck's files do not use anchors and aliases: write the values out in full, and check where the file came from`, what, MaxAliasValues)}
			return sizeCap
		}
		return s
	}
	s := 1
	for i, ch := range n.Content {
		isMerge := false
		if n.Kind == yaml.MappingNode && i%2 == 1 {
			k := n.Content[i-1]
			isMerge = k.Kind == yaml.ScalarNode && (k.Value == "<<" || k.ShortTag() == "!!merge")
		}
		if n.Kind == yaml.SequenceNode {
			isMerge = merge // <<: [*a, *b]
		}
		s = min(s+c.size(ch, isMerge), sizeCap)
	}
	if n.Anchor != "" {
		c.sizes[n] = s
	}
	return s
}
