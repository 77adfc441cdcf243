package config

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
)

// unknownKeys says what to write instead of a key that other tools'
// configs have and this one does not.
var unknownKeys = map[string]string{
	"output":  "name the report file in format instead: format: FORMAT:FILE, such as format: sarif:crosscheck.sarif",
	"outputs": "name the report files in format instead: format: [FORMAT:FILE, ...], such as format: [text, sarif:crosscheck.sarif]",
	"out":     "name the report file in format instead: format: FORMAT:FILE, such as format: sarif:crosscheck.sarif",
}

// decoder walks one file's YAML nodes into a Config, collecting errors.
type decoder struct {
	file string
	dir  string // relative paths are joined to it
	opt  Options
	errs ErrorList
	// outputs holds, by resolved file ("" for standard output), the format
	// entry that writes there.
	outputs map[string]string
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.addf(d.file, max(n.Line, 1), max(n.Column, 1), format, args...)
}

// load parses src into its root node, or reports why it cannot. It returns
// nil, and reports nothing, for a file with no content.
func (d *decoder) load(src []byte) *yaml.Node {
	doc, next, errs := yamldiag.Load(src)
	for _, e := range errs {
		d.errs.Add(d.file, e.Line, max(e.Column, 1), e.Msg)
	}
	switch {
	case len(errs) > 0 || doc == nil:
		return nil
	case next != nil && !emptyDoc(next):
		d.errorf(next, "a second YAML document starts here, but a config file holds one; move its keys into the first and delete the --- line")
	}
	if emptyDoc(doc) {
		return nil
	}
	return doc.Content[0]
}

func emptyDoc(doc *yaml.Node) bool {
	return len(doc.Content) == 0 || yamldiag.IsNull(doc.Content[0]) && doc.Content[0].Anchor == ""
}

// noAnchors reports every anchor and alias under n. Aliases can make a
// small file expand into a huge one, and a config file has no need of them.
// The rest of the decoder skips aliases, reported here.
func (d *decoder) noAnchors(n *yaml.Node) {
	if n.Anchor != "" {
		d.errorf(n, "anchor &%s: config files do not support anchors and aliases, so write the value out in full", yamldiag.Clip(n.Anchor))
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "alias *%s: config files do not support anchors and aliases, so write the value out in full", yamldiag.Clip(n.Value))
		return
	}
	for _, c := range n.Content {
		d.noAnchors(c)
	}
}

// config decodes the root node into c.
func (d *decoder) config(root *yaml.Node, c *Config) {
	d.noAnchors(root)
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "a config file must be a mapping of keys to values, not %s; write keys such as rules: rules/ and paths: articles/, one a line", yamldiag.Describe(root))
		return
	}
	first := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		kn, vn := root.Content[i], root.Content[i+1]
		k := d.key(kn)
		if k == nil {
			continue
		}
		if line, dup := first[k.name]; dup {
			d.errorf(kn, "key %q appears twice, first at line %d; remove one", k.name, line)
			continue
		}
		first[k.name] = kn.Line
		if vals := d.values(k, kn, vn); vals != nil {
			k.set(c, vals)
			c.Origin[k.name] = origin(d.file, kn.Line)
		}
	}
}

// origin names a line of file for Config.Origin.
func origin(file string, line int) string {
	if file == "" {
		return "line " + strconv.Itoa(line)
	}
	return file + ":" + strconv.Itoa(line)
}

// key returns the key that n names, or nil after reporting why there is
// none.
func (d *decoder) key(n *yaml.Node) *key {
	names := make([]string, len(keys))
	for i := range keys {
		if keys[i].name == n.Value && n.Kind == yaml.ScalarNode {
			return &keys[i]
		}
		names[i] = keys[i].name
	}
	list := strings.Join(names, ", ")
	switch {
	case n.Kind == yaml.AliasNode:
	case n.Kind == yaml.ScalarNode && (n.Value == "<<" || n.ShortTag() == "!!merge"):
		d.errorf(n, "merge keys (<<) are not supported in config files; write the keys out in full")
	case n.Kind != yaml.ScalarNode:
		d.errorf(n, "the config has %s as a key; keys are plain names: %s", yamldiag.Describe(n), list)
	default:
		if hint, ok := unknownKeys[strings.ToLower(n.Value)]; ok {
			d.errorf(n, "unknown key %q; %s (keys: %s)", yamldiag.Clip(n.Value), hint, list)
		} else if dym, _ := yamldiag.DidYouMean(n.Value, names); dym != "" {
			d.errorf(n, "unknown key %q; %s(keys: %s)", yamldiag.Clip(n.Value), dym, list)
		} else {
			d.errorf(n, "unknown key %q; remove it (keys: %s)", yamldiag.Clip(n.Value), list)
		}
	}
	return nil
}

// values decodes the value n of the key k, at kn. It returns nil when
// there are errors.
func (d *decoder) values(k *key, kn, n *yaml.Node) []string {
	what := strconv.Quote(k.name)
	switch {
	case n.Kind == yaml.AliasNode:
	case yamldiag.IsNull(n):
		d.errorf(kn, "%s is empty; give it a value, such as %s: %s, or remove it", what, k.name, k.example)
	case n.Kind == yaml.ScalarNode:
		if v, ok := d.value(k, n, false); ok {
			return []string{v}
		}
	case n.Kind == yaml.SequenceNode && k.strs == nil:
		d.errorf(n, "%s takes one value, not a list; write %s: %s", what, k.name, k.example)
	case n.Kind == yaml.SequenceNode && len(n.Content) == 0:
		d.errorf(n, "%s is an empty list; list at least one value, such as %s: [%s], or remove it", what, k.name, k.example)
	case n.Kind == yaml.SequenceNode:
		vals := make([]string, 0, len(n.Content))
		ok := true
		for _, e := range n.Content {
			v, good := d.value(k, e, true)
			vals = append(vals, v)
			ok = ok && good
		}
		if ok {
			return vals
		}
	case k.strs != nil:
		d.errorf(n, "%s must be a value or a list, not %s; write %s: %s, or %s: [%s, ...]", what, yamldiag.Describe(n), k.name, k.example, k.name, k.example)
	default:
		d.errorf(n, "%s must be a single value, not %s; write %s: %s", what, yamldiag.Describe(n), k.name, k.example)
	}
	return nil
}

// value decodes one value of the key k, a list entry if entry is set.
func (d *decoder) value(k *key, n *yaml.Node, entry bool) (string, bool) {
	what := strconv.Quote(k.name)
	if entry {
		what = "an entry in " + what
	}
	switch tag := n.ShortTag(); {
	case n.Kind == yaml.AliasNode:
		return "", false
	case entry && (yamldiag.IsNull(n) || n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == ""):
		d.errorf(n, "empty entry in %q; write a value, or remove the entry", k.name)
		return "", false
	case n.Kind != yaml.ScalarNode:
		d.errorf(n, "%s must be a single value, not %s; write %s: [%s, ...]", what, yamldiag.Describe(n), k.name, k.example)
		return "", false
	case tag == "!!int" || tag == "!!float" || tag == "!!bool":
		d.errorf(n, "%s must be text, not %s; write it in quotes, %s, if you mean the text", what, yamldiag.Describe(n), strconv.Quote(n.Value))
		return "", false
	case tag != "!!str" && tag != "!!timestamp":
		// A date (2024-03-05) is text to us: folders are often named so.
		d.errorf(n, "%s has the YAML tag %s, which config files do not use; remove the tag", what, yamldiag.Clip(n.Tag))
		return "", false
	case strings.TrimSpace(n.Value) == "":
		d.errorf(n, "%s is empty; give it a value, such as %s: %s, or remove it", what, k.name, k.example)
		return "", false
	}
	return k.value(d, n, n.Value)
}

// path resolves a path against the config file's folder.
func (d *decoder) path(_ *yaml.Node, s string) (string, bool) {
	return d.resolve(s), true
}

func (d *decoder) resolve(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(d.dir, p)
}

func (d *decoder) failOn(n *yaml.Node, s string) (string, bool) {
	if d.opt.FailOn != nil && !slices.Contains(d.opt.FailOn, s) {
		d.errorf(n, "unknown fail-on value %q; %s", yamldiag.Clip(s), yamldiag.Choose(s, d.opt.FailOn))
		return "", false
	}
	return s, true
}

// format checks a format entry, resolves its file, and checks that no two
// entries write to one place.
func (d *decoder) format(n *yaml.Node, s string) (string, bool) {
	name, file, split := splitFormat(s)
	listed := slices.Contains(d.opt.Formats, name)
	known := d.opt.Formats == nil || listed
	bad := func(format string, args ...any) (string, bool) {
		d.errorf(n, format, args...)
		return "", false
	}
	switch {
	case split && len(name) == 1 && !listed && (strings.HasPrefix(file, `\`) || strings.HasPrefix(file, "/")):
		return bad("format %q starts with a drive letter, not a format name; write FORMAT:FILE, such as sarif:%s", yamldiag.Clip(s), yamldiag.Clip(s))
	case strings.HasPrefix(s, ":"):
		return bad("format %q has no name before the colon; write FORMAT:FILE, such as sarif%s", yamldiag.Clip(s), yamldiag.Clip(s))
	case !isLetters(name):
		if ext := strings.TrimPrefix(filepath.Ext(s), "."); !strings.Contains(s, ":") && isLetters(ext) &&
			(d.opt.Formats == nil || slices.Contains(d.opt.Formats, strings.ToLower(ext))) {
			return bad("format %q names no format; write FORMAT:FILE, such as %s:%s", yamldiag.Clip(s), strings.ToLower(ext), yamldiag.Clip(s))
		}
		return bad("format %q is not FORMAT or FORMAT:FILE; a format name is lowercase letters, such as text or sarif, and a file follows it after a colon, such as sarif:crosscheck.sarif", yamldiag.Clip(s))
	case name != strings.ToLower(name):
		return bad("format name %q must be lowercase; write %s", yamldiag.Clip(name), yamldiag.Clip(strings.ToLower(name)+s[len(name):]))
	case !known:
		return bad("unknown format %q; %s", yamldiag.Clip(name), yamldiag.Choose(name, d.opt.Formats))
	case split && strings.TrimSpace(file) == "":
		return bad("format %q has no file after the colon; write %s:FILE, or %s alone for standard output", yamldiag.Clip(s), name, name)
	}
	v := name
	if split {
		file = d.resolve(file)
		v = name + ":" + file
	}
	// The format key appears once, so an earlier entry is in the same list.
	if prev, dup := d.outputs[file]; dup {
		if file == "" {
			return bad("format %q writes to standard output, as %q does before it; give one of them a file, such as %s:FILE", yamldiag.Clip(s), yamldiag.Clip(prev), name)
		}
		return bad("format %q writes to %s, as %q does before it; give each its own file", yamldiag.Clip(s), yamldiag.Clip(file), yamldiag.Clip(prev))
	}
	if d.outputs == nil {
		d.outputs = map[string]string{}
	}
	d.outputs[file] = s
	return v, true
}

// SplitFormat splits a format entry into its name and file: "sarif:out.sarif"
// into "sarif" and "out.sarif", and "text" into "text" and "". It splits at
// the first colon, and only when what comes before it could be a format
// name, letters only; so "sarif:C:\out.sarif" is sarif written to
// C:\out.sarif, and "./out:1" is no entry at all.
func SplitFormat(entry string) (name, file string) {
	name, file, _ = splitFormat(entry)
	return name, file
}

// splitFormat is SplitFormat that also reports whether there is a colon.
func splitFormat(s string) (name, file string, split bool) {
	if i := strings.IndexByte(s, ':'); i > 0 && isLetters(s[:i]) {
		return s[:i], s[i+1:], true
	}
	return s, "", false
}

// isLetters reports whether s is one or more ASCII letters.
func isLetters(s string) bool {
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return s != ""
}
