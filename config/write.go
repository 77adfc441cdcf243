package config

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v4"
)

// Write writes c as a config file, for "crosscheck check --print-config":
// every key, in the order the package documentation gives them, one a line,
// each with a comment giving its Origin. A key with no value is written
// commented out ("# baseline:  # not set"). The output depends only on c.
//
// Paths are written as c holds them, resolved; so Parse reads the output
// back to the same values when it is given a name in the current folder,
// such as Name, or when the paths are absolute.
func (c *Config) Write(w io.Writer) error {
	var b bytes.Buffer
	for i := range keys {
		k := &keys[i]
		vals := k.get(c)
		from := c.Origin[k.name]
		if len(vals) == 0 {
			if from == "" {
				from = "not set"
			}
			fmt.Fprintf(&b, "# %s:  # %s\n", k.name, comment(from))
			continue
		}
		line, err := entry(k, vals)
		if err != nil {
			return err
		}
		if from == "" {
			from = "origin not recorded"
		}
		fmt.Fprintf(&b, "%s  # %s\n", line, comment(from))
	}
	_, err := w.Write(b.Bytes())
	return err
}

// entry returns the line "key: value" or "key: [value, ...]", quoted as
// YAML needs.
func entry(k *key, vals []string) (string, error) {
	scalar := func(s string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if strings.ContainsFunc(s, breaks) {
			// Else the emitter may choose a block scalar, over several lines.
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	v := scalar(vals[0])
	if k.strs != nil {
		v = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range vals {
			v.Content = append(v.Content, scalar(s))
		}
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: k.name}, v}}
	out, err := yaml.Dump(m, yaml.WithLineWidth(-1))
	if err != nil {
		return "", fmt.Errorf("writing config key %s: %w", k.name, err)
	}
	line, ok := strings.CutSuffix(string(out), "\n")
	if !ok || strings.Contains(line, "\n") {
		return "", fmt.Errorf("writing config key %s: value does not fit on one line: %q", k.name, out)
	}
	return line, nil
}

// breaks reports whether YAML could take r for a line break or must escape
// it.
func breaks(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\ufeff'
}

// comment makes s safe to write after "#".
func comment(s string) string {
	if strings.ContainsFunc(s, breaks) {
		return strconv.Quote(s)
	}
	return s
}
