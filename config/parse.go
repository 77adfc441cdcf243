package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
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
func (d *decoder) load(src []byte) (root *yaml.Node) {
	defer func() {
		// go-yaml should not panic, but a config file must never crash the run.
		if r := recover(); r != nil {
			d.errs.addf(d.file, 1, 1, "cannot parse YAML (%v); simplify the file", r)
			root = nil
		}
	}()
	l, err := yaml.NewLoader(bytes.NewReader(src))
	if err != nil {
		d.yamlError(err, src)
		return nil
	}
	var doc yaml.Node
	if err := l.Load(&doc); err != nil {
		if err != io.EOF {
			d.yamlError(err, src)
		}
		return nil
	}
	var next yaml.Node
	switch err := l.Load(&next); {
	case err == io.EOF:
	case err != nil:
		d.yamlError(err, src)
		return nil
	case !emptyDoc(&next):
		d.errorf(&next, "a second YAML document starts here, but a config file holds one; move its keys into the first and delete the --- line")
	}
	if emptyDoc(&doc) {
		return nil
	}
	return doc.Content[0]
}

func emptyDoc(doc *yaml.Node) bool {
	return len(doc.Content) == 0 || isNull(doc.Content[0]) && doc.Content[0].Anchor == ""
}

// yamlError reports a go-yaml error at its position.
func (d *decoder) yamlError(err error, src []byte) {
	var les *yaml.LoadErrors
	var le *yaml.LoadError
	switch {
	case errors.As(err, &les):
		for _, e := range les.Errors {
			d.yamlError(e, src)
		}
	case errors.As(err, &le):
		line, col := le.Mark.Line, le.Mark.Column
		if line <= 0 {
			line, col = locateBad(src)
		}
		msg := strings.TrimPrefix(le.Message, "yaml: ")
		if le.ContextMsg != "" {
			msg = le.ContextMsg + ": " + msg
		}
		if c := le.ContextMark; c.Line > 0 && c.Line != line {
			msg += fmt.Sprintf(" (from line %d)", c.Line)
		}
		hint := "check the indentation, quotes and brackets here"
		if tabIndent(src, line) {
			hint = "indent with spaces: YAML does not allow tabs"
		} else if strings.Contains(msg, "control characters") || strings.Contains(msg, "UTF-8") {
			hint = "save the file as UTF-8 text without control characters"
		}
		d.errs.addf(d.file, line, max(col, 1), "invalid YAML: %s; %s", msg, hint)
	default:
		d.errs.addf(d.file, 1, 1, "invalid YAML: %v; check the file's syntax", err)
	}
}

// locateBad guesses where a go-yaml error without position lies: the first
// invalid UTF-8 or control character, else the start of the file.
func locateBad(src []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w == 1 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return line, col
		}
		if col++; r == '\n' {
			line, col = line+1, 1
		}
		i += w
	}
	return 1, 1
}

// tabIndent reports whether the 1-based line of src starts with a tab
// among its leading blanks.
func tabIndent(src []byte, line int) bool {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return false
		}
		src = src[i+1:]
	}
	blank := len(src) - len(bytes.TrimLeft(src, " \t"))
	return bytes.IndexByte(src[:blank], '\t') >= 0
}

// noAnchors reports every anchor and alias under n. Aliases can make a
// small file expand into a huge one, and a config file has no need of them.
// The rest of the decoder skips aliases, reported here.
func (d *decoder) noAnchors(n *yaml.Node) {
	if n.Anchor != "" {
		d.errorf(n, "anchor &%s: config files do not support anchors and aliases, so write the value out in full", clip(n.Anchor))
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "alias *%s: config files do not support anchors and aliases, so write the value out in full", clip(n.Value))
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
		d.errorf(root, "a config file must be a mapping of keys to values, not %s; write keys such as rules: rules/ and paths: articles/, one a line", describe(root))
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
		d.errorf(n, "the config has %s as a key; keys are plain names: %s", describe(n), list)
	default:
		if hint, ok := unknownKeys[strings.ToLower(n.Value)]; ok {
			d.errorf(n, "unknown key %q; %s (keys: %s)", clip(n.Value), hint, list)
		} else if dym, _ := didYouMean(n.Value, names); dym != "" {
			d.errorf(n, "unknown key %q; %s(keys: %s)", clip(n.Value), dym, list)
		} else {
			d.errorf(n, "unknown key %q; remove it (keys: %s)", clip(n.Value), list)
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
	case isNull(n):
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
		d.errorf(n, "%s must be a value or a list, not %s; write %s: %s, or %s: [%s, ...]", what, describe(n), k.name, k.example, k.name, k.example)
	default:
		d.errorf(n, "%s must be a single value, not %s; write %s: %s", what, describe(n), k.name, k.example)
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
	case entry && (isNull(n) || n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == ""):
		d.errorf(n, "empty entry in %q; write a value, or remove the entry", k.name)
		return "", false
	case n.Kind != yaml.ScalarNode:
		d.errorf(n, "%s must be a single value, not %s; write %s: [%s, ...]", what, describe(n), k.name, k.example)
		return "", false
	case tag == "!!int" || tag == "!!float" || tag == "!!bool":
		d.errorf(n, "%s must be text, not %s; write it in quotes, %s, if you mean the text", what, describe(n), strconv.Quote(n.Value))
		return "", false
	case tag != "!!str" && tag != "!!timestamp":
		// A date (2024-03-05) is text to us: folders are often named so.
		d.errorf(n, "%s has the YAML tag %s, which config files do not use; remove the tag", what, clip(n.Tag))
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
		d.errorf(n, "unknown fail-on value %q; %s", clip(s), choose(s, d.opt.FailOn))
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
		return bad("format %q starts with a drive letter, not a format name; write FORMAT:FILE, such as sarif:%s", clip(s), clip(s))
	case strings.HasPrefix(s, ":"):
		return bad("format %q has no name before the colon; write FORMAT:FILE, such as sarif%s", clip(s), clip(s))
	case !isLetters(name):
		if ext := strings.TrimPrefix(filepath.Ext(s), "."); !strings.Contains(s, ":") && isLetters(ext) &&
			(d.opt.Formats == nil || slices.Contains(d.opt.Formats, strings.ToLower(ext))) {
			return bad("format %q names no format; write FORMAT:FILE, such as %s:%s", clip(s), strings.ToLower(ext), clip(s))
		}
		return bad("format %q is not FORMAT or FORMAT:FILE; a format name is lowercase letters, such as text or sarif, and a file follows it after a colon, such as sarif:crosscheck.sarif", clip(s))
	case name != strings.ToLower(name):
		return bad("format name %q must be lowercase; write %s", clip(name), clip(strings.ToLower(name)+s[len(name):]))
	case !known:
		return bad("unknown format %q; %s", clip(name), choose(name, d.opt.Formats))
	case split && strings.TrimSpace(file) == "":
		return bad("format %q has no file after the colon; write %s:FILE, or %s alone for standard output", clip(s), name, name)
	}
	v := name
	if split {
		file = d.resolve(file)
		v = name + ":" + file
	}
	// The format key appears once, so an earlier entry is in the same list.
	if prev, dup := d.outputs[file]; dup {
		if file == "" {
			return bad("format %q writes to standard output, as %q does before it; give one of them a file, such as %s:FILE", clip(s), clip(prev), name)
		}
		return bad("format %q writes to %s, as %q does before it; give each its own file", clip(s), clip(file), clip(prev))
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

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// describe names a node for an error message: a list, the number 2, the
// text "abc".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
	default:
		return "a YAML document"
	}
	v := clip(n.Value)
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

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 37
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// choose says how to replace s with one of the options: `did you mean "x"?
// (valid: a, b)` when one is close, else `use one of a, b`.
func choose(s string, options []string) string {
	list := strings.Join(options, ", ")
	if dym, _ := didYouMean(s, options); dym != "" {
		return dym + "(valid: " + list + ")"
	}
	return "use one of " + list
}

// didYouMean returns `did you mean "x"? ` for the option closest to s by
// edit distance, ignoring case, and the option; or "" when none is close.
func didYouMean(s string, options []string) (string, string) {
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
// in runes: Levenshtein's, with a swap of neighbours ("fial-on") one edit.
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
