package sources

import (
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
)

// Parse checks and decodes a manifest; name is the file's path, used in
// positions, and dir the folder that relative globs are relative to (for
// a file, filepath.Dir of its path). dir is made absolute now, against the
// working directory.
//
// Parse reports every error in the file, not just the first, as an
// ErrorList sorted by line and column; it then returns no Manifest.
func Parse(name string, data []byte, dir string) (*Manifest, error) {
	if len(data) > MaxSize {
		return nil, ErrorList{{Pos: Position{File: name}, Msg: fmt.Sprintf("file is over the %d MiB limit for a sources manifest; check that it is the right file, or split the corpus", MaxSize>>20)}}
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, ErrorList{{Pos: Position{File: name}, Msg: fmt.Sprintf("cannot resolve the manifest's folder %s: %v", dir, err)}}
	}
	d := &decoder{file: name, absDir: absDir}
	m := &Manifest{File: name, Dir: dir, absDir: absDir}
	if root := d.load(data); root != nil {
		m.Entries = d.manifest(root)
	}
	if len(d.errs) > 0 {
		d.errs.Sort()
		return nil, d.errs
	}
	return m, nil
}

// Fields at each level, in the order the documentation gives them.
var (
	fileFields  = []string{"sources"}
	entryFields = []string{"files", "outlet", "published", "url", "weight"}
)

// fileHints say what to do with a top-level key that a different file
// would have: a rule file or .crosscheck.yaml given as the manifest.
var fileHints = map[string]string{
	"version":  "this looks like a rule file; give it to --rules, and to --sources a manifest that lists entries under sources:",
	"facts":    "this looks like a rule file; give it to --rules, and to --sources a manifest that lists entries under sources:",
	"rules":    "this looks like a .crosscheck.yaml; a manifest lists entries under sources:",
	"paths":    "this looks like a .crosscheck.yaml; a manifest lists entries under sources:",
	"baseline": "this looks like a .crosscheck.yaml; a manifest lists entries under sources:",
}

// entryHints map keys that other tools use, or front matter uses, to the
// field meant; "" when the manifest has no such field.
var entryHints = map[string]struct{ field, hint string }{
	"source":    {"outlet", "front matter says source, a manifest says outlet"},
	"name":      {"outlet", "the outlet's name goes in outlet"},
	"publisher": {"outlet", "the outlet's name goes in outlet"},
	"date":      {"published", "the publication date goes in published"},
	"file":      {"files", "the globs go in files, one or a list"},
	"glob":      {"files", "the globs go in files, one or a list"},
	"globs":     {"files", "the globs go in files, one or a list"},
	"path":      {"files", "the globs go in files, one or a list"},
	"paths":     {"files", "the globs go in files, one or a list"},
	"title":     {"", "a manifest does not set titles; put title: in the article's front matter"},
}

// decoder walks one manifest's YAML nodes into entries, collecting errors.
type decoder struct {
	file   string
	absDir string
	errs   ErrorList
	// guessed holds, per mapping, the fields that a misspelt key was
	// taken for, so that they are not reported missing as well.
	guessed map[*yaml.Node][]string
}

type field struct{ key, val *yaml.Node }

func (d *decoder) pos(n *yaml.Node) Position {
	return Position{d.file, max(n.Line, 1), max(n.Column, 1)}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.addf(d.pos(n), format, args...)
}

// load parses src into its root node, or reports why it cannot.
func (d *decoder) load(src []byte) *yaml.Node {
	const empty = "the manifest is empty; list entries under sources:, each with files: and an outlet:, published: or url:"
	doc, next, errs := yamldiag.Load(src)
	for _, e := range errs {
		d.errs.Add(Position{d.file, e.Line, max(e.Column, 1)}, e.Msg)
	}
	switch {
	case len(errs) > 0:
		return nil
	case doc == nil:
		d.errs.Add(Position{d.file, 1, 1}, empty)
		return nil
	case next != nil && !emptyDoc(next):
		d.errorf(next, "a second YAML document starts here, but a manifest holds one; move its entries into the first sources: list and delete the --- line")
	}
	if emptyDoc(doc) {
		d.errs.Add(d.pos(doc), empty)
		return nil
	}
	return doc.Content[0]
}

func emptyDoc(doc *yaml.Node) bool {
	return len(doc.Content) == 0 || yamldiag.IsNull(doc.Content[0]) && doc.Content[0].Anchor == ""
}

// noAnchors reports every anchor and alias under n, as config files do:
// aliases can make a small file expand into a huge one, and a manifest
// has no need of them. The rest of the decoder skips aliases.
func (d *decoder) noAnchors(n *yaml.Node) {
	if n.Anchor != "" {
		d.errorf(n, "anchor &%s: manifests do not support anchors and aliases, so write the value out in full", yamldiag.Clip(n.Anchor))
	}
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "alias *%s: manifests do not support anchors and aliases, so write the value out in full", yamldiag.Clip(n.Value))
		return
	}
	for _, c := range n.Content {
		d.noAnchors(c)
	}
}

// manifest decodes the root node.
func (d *decoder) manifest(root *yaml.Node) []*Entry {
	d.noAnchors(root)
	switch {
	case root.Kind == yaml.AliasNode:
		return nil
	case root.Kind == yaml.SequenceNode:
		d.errorf(root, "a manifest is a mapping with one key, sources:, not a list; put the list under sources:")
		return nil
	case root.Kind != yaml.MappingNode:
		d.errorf(root, "a manifest must be a mapping with one key, sources:, not %s; list entries under sources:, each with files: and an outlet:, published: or url:", yamldiag.Describe(root))
		return nil
	}
	fs := d.fields(root, "the manifest", fileFields, nil)
	fl, ok := fs["sources"]
	if !ok {
		d.missing(root, "sources", `the manifest has no "sources"; list entries under sources:, each with files: and an outlet:, published: or url:`)
		return nil
	}
	switch n := fl.val; {
	case n.Kind == yaml.AliasNode:
		return nil
	case yamldiag.IsNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0:
		d.errorf(fl.key, `"sources" is empty; list at least one entry, such as - files: "articles/*.md" with outlet: Example Wire`)
		return nil
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, `"sources" must be a list, not %s; write each entry as a list item starting with "- files:"`, yamldiag.Describe(n))
		return nil
	}
	var entries []*Entry
	for _, n := range fl.val.Content {
		if e := d.entry(n); e != nil {
			entries = append(entries, e)
		}
	}
	return entries
}

// entry decodes one entry of the sources list; nil when it has errors.
func (d *decoder) entry(n *yaml.Node) *Entry {
	switch {
	case n.Kind == yaml.AliasNode:
		return nil
	case n.Kind != yaml.MappingNode:
		d.errorf(n, `an entry must be a mapping, not %s; write it as - files: "articles/*.md" with outlet:, published: or url: below it`, yamldiag.Describe(n))
		return nil
	}
	errs := len(d.errs)
	e := &Entry{Pos: d.pos(n), Weight: 1}
	fs := d.fields(n, "entry", entryFields, entryHints)
	if fl, ok := fs["files"]; ok {
		d.files(fl, e)
	} else {
		d.missing(n, "files", `entry is missing "files"; add the articles it covers, such as files: "articles/wire-*.md"`)
	}
	sets := false
	if fl, ok := fs["outlet"]; ok {
		sets = true
		if s, ok := d.text(fl, "Example Wire"); ok {
			e.Outlet = strings.TrimSpace(s)
		}
	}
	if fl, ok := fs["published"]; ok {
		sets = true
		d.published(fl, e)
	}
	if fl, ok := fs["url"]; ok {
		sets = true
		d.url(fl, e)
	}
	if fl, ok := fs["weight"]; ok {
		sets = true
		d.weight(fl, e)
	}
	if !sets && !slices.ContainsFunc(d.guessed[n], func(f string) bool { return f != "files" }) {
		d.errorf(n, "entry sets nothing for its files; give it outlet:, published: or url: (or weight:), or remove it")
	}
	if len(d.errs) > errs {
		return nil
	}
	return e
}

// fields returns the mapping n's keys and values by name, reporting
// unknown and repeated keys. hints say, for a known wrong key, the field
// meant and why.
func (d *decoder) fields(n *yaml.Node, what string, allowed []string, hints map[string]struct{ field, hint string }) map[string]field {
	fs := make(map[string]field, len(n.Content)/2)
	list := strings.Join(allowed, ", ")
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind == yaml.AliasNode:
			d.guess(n, allowed...)
			continue
		case k.Kind == yaml.ScalarNode && (k.Value == "<<" || k.ShortTag() == "!!merge"):
			d.guess(n, allowed...) // the merge was meant to supply them
			d.errorf(k, "merge keys (<<) are not supported in manifests; write the fields out in full")
			continue
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "%s has %s as a key; keys are plain names: %s", what, yamldiag.Describe(k), list)
			continue
		case !slices.Contains(allowed, k.Value):
			name := strings.ToLower(k.Value)
			if h, ok := hints[name]; ok {
				if h.field != "" {
					d.guess(n, h.field)
					d.errorf(k, "unknown key %q in %s; did you mean %q? (%s; allowed: %s)", yamldiag.Clip(k.Value), what, h.field, h.hint, list)
				} else {
					d.errorf(k, "unknown key %q in %s; %s (allowed: %s)", yamldiag.Clip(k.Value), what, h.hint, list)
				}
			} else if h, ok := fileHints[name]; ok && what == "the manifest" {
				d.errorf(k, "unknown key %q in %s; %s", yamldiag.Clip(k.Value), what, h)
			} else if s, g := yamldiag.DidYouMean(k.Value, allowed); s != "" {
				d.guess(n, g)
				d.errorf(k, "unknown key %q in %s; %s(allowed: %s)", yamldiag.Clip(k.Value), what, s, list)
			} else {
				d.errorf(k, "unknown key %q in %s; remove it (allowed: %s)", yamldiag.Clip(k.Value), what, list)
			}
			continue
		}
		if prev, dup := fs[k.Value]; dup {
			d.errorf(k, "key %q appears twice in %s, first at line %d; remove one", k.Value, what, prev.key.Line)
			continue
		}
		fs[k.Value] = field{k, v}
	}
	return fs
}

// guess records that keys of the mapping n were meant as the given fields.
func (d *decoder) guess(n *yaml.Node, fields ...string) {
	if d.guessed == nil {
		d.guessed = map[*yaml.Node][]string{}
	}
	d.guessed[n] = append(d.guessed[n], fields...)
}

// missing reports msg at parent, which lacks the field key, unless a
// misspelt key there was already taken for it.
func (d *decoder) missing(parent *yaml.Node, key, msg string) {
	if !slices.Contains(d.guessed[parent], key) {
		d.errorf(parent, "%s", msg)
	}
}

// text returns the value of a field that takes one piece of text: not
// empty, not a list, and not a number or boolean (which YAML would read
// differently from what was meant: quote it).
func (d *decoder) text(fl field, example string) (string, bool) {
	key, n := fl.key.Value, fl.val
	switch tag := n.ShortTag(); {
	case n.Kind == yaml.AliasNode:
		return "", false
	case yamldiag.IsNull(n) || n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "":
		d.errorf(fl.key, "%q is empty; give it a value, such as %s: %s, or remove it", key, key, example)
		return "", false
	case n.Kind != yaml.ScalarNode:
		d.errorf(n, "%q must be a single value, not %s; write %s: %s", key, yamldiag.Describe(n), key, example)
		return "", false
	case tag == "!!int" || tag == "!!float" || tag == "!!bool":
		d.errorf(n, "%q must be text, not %s; write it in quotes, %s, if you mean the text", key, yamldiag.Describe(n), strconv.Quote(n.Value))
		return "", false
	case tag != "!!str" && tag != "!!timestamp":
		d.errorf(n, "%q has the YAML tag %s, which manifests do not use; remove the tag", key, yamldiag.Clip(n.Tag))
		return "", false
	}
	return n.Value, true
}

// files decodes the files field: one glob or a list of them.
func (d *decoder) files(fl field, e *Entry) {
	n := fl.val
	switch {
	case n.Kind == yaml.AliasNode:
		return
	case yamldiag.IsNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0:
		d.errorf(fl.key, `"files" is empty; give a glob, such as files: "articles/*.md", or a list of them`)
		return
	case n.Kind == yaml.ScalarNode:
		d.glob(n, e)
		return
	case n.Kind != yaml.SequenceNode:
		d.errorf(n, `"files" must be a glob or a list of globs, not %s; write files: "articles/*.md" or files: ["a.md", "b/*.md"]`, yamldiag.Describe(n))
		return
	}
	for _, g := range n.Content {
		switch {
		case g.Kind == yaml.AliasNode:
		case yamldiag.IsNull(g):
			d.errorf(g, `empty entry in "files"; write a glob, or remove the entry`)
		case g.Kind != yaml.ScalarNode:
			d.errorf(g, `an entry in "files" must be a glob, not %s; write files: ["a.md", "b/*.md"]`, yamldiag.Describe(g))
		default:
			d.glob(g, e)
		}
	}
}

// glob checks one glob and adds it to e.
func (d *decoder) glob(n *yaml.Node, e *Entry) {
	s := n.Value
	switch tag := n.ShortTag(); {
	case tag == "!!int" || tag == "!!float" || tag == "!!bool":
		d.errorf(n, "glob must be text, not %s; write it in quotes, %s", yamldiag.Describe(n), strconv.Quote(s))
		return
	case tag != "!!str" && tag != "!!timestamp":
		d.errorf(n, "glob has the YAML tag %s, which manifests do not use; remove the tag", yamldiag.Clip(n.Tag))
		return
	case strings.TrimSpace(s) == "":
		d.errorf(n, `glob is empty; write one, such as "articles/*.md"`)
		return
	case s != strings.TrimSpace(s):
		d.errorf(n, "glob %q starts or ends with a space, which would have to be in the file's name; remove it", yamldiag.Clip(s))
		return
	case strings.HasSuffix(s, "/") || strings.HasSuffix(s, string(filepath.Separator)):
		d.errorf(n, "glob %q ends with a slash, so it names a folder, and articles are files; write %q to match the files in it", yamldiag.Clip(s), strings.TrimRight(s, `/\`)+"/**")
		return
	}
	g, err := compileGlob(s, d.absDir)
	if err != nil {
		d.errorf(n, "glob %q is malformed (%v); close each [ with ], and escape a literal *, ?, [ or \\ with \\", yamldiag.Clip(s), err)
		return
	}
	g.pos = d.pos(n)
	e.Files = append(e.Files, s)
	e.globs = append(e.globs, g)
}

// published decodes a date as front matter writes it.
func (d *decoder) published(fl field, e *Entry) {
	n := fl.val
	switch {
	case n.Kind == yaml.AliasNode:
		return
	case yamldiag.IsNull(n) || n.Kind == yaml.ScalarNode && strings.TrimSpace(n.Value) == "":
		d.errorf(fl.key, `"published" is empty; give a date, such as published: 2025-08-19, or remove it`)
		return
	case n.Kind != yaml.ScalarNode:
		d.errorf(n, `"published" must be a single date, not %s; write it as %s`, yamldiag.Describe(n), article.DateForms)
		return
	}
	t, ok := article.ParseDate(n.Value)
	if !ok {
		d.errorf(n, "cannot read published date %q; write it as %s", yamldiag.Clip(n.Value), article.DateForms)
		return
	}
	e.Published = t
}

// url decodes an absolute URL.
func (d *decoder) url(fl field, e *Entry) {
	s, ok := d.text(fl, "https://example.org/a")
	if !ok {
		return
	}
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	switch {
	case err != nil:
		d.errorf(fl.val, "url %q cannot be read (%v); write the address in full, such as https://example.org/a", yamldiag.Clip(s), unwrapURL(err))
		return
	case u.Scheme == "" || u.Host == "" && u.Opaque == "":
		d.errorf(fl.val, "url %q is not a full address; write it with its scheme, such as https://%s", yamldiag.Clip(s), yamldiag.Clip(strings.TrimPrefix(s, "//")))
		return
	}
	e.URL = s
}

func unwrapURL(err error) error {
	if ue, ok := err.(*url.Error); ok {
		return ue.Err
	}
	return err
}

// weight decodes a number more than 0.
func (d *decoder) weight(fl field, e *Entry) {
	n := fl.val
	switch tag := n.ShortTag(); {
	case n.Kind == yaml.AliasNode:
		return
	case yamldiag.IsNull(n):
		d.errorf(fl.key, `"weight" is empty; give a number more than 0, such as weight: 0.5, or remove it (the default is 1)`)
		return
	case n.Kind != yaml.ScalarNode || tag != "!!int" && tag != "!!float":
		d.errorf(n, `"weight" must be a number more than 0, not %s; write weight: 0.5, say, or remove it (the default is 1)`, yamldiag.Describe(n))
		return
	}
	w, err := parseNumber(n.Value, n.ShortTag())
	switch {
	case err != nil:
		d.errorf(n, `"weight" %s cannot be read as a number; write a plain decimal number such as 0.5`, yamldiag.Clip(n.Value))
	case math.IsInf(w, 0) || math.IsNaN(w):
		d.errorf(n, `"weight" must be a finite number more than 0, not %s; write a number such as 2`, yamldiag.Clip(n.Value))
	case w <= 0:
		d.errorf(n, `"weight" must be more than 0, not %s; to leave these articles out, leave them out of the paths checked`, yamldiag.Clip(n.Value))
	default:
		e.Weight = w
	}
}

// parseNumber reads a YAML int or float, in the forms YAML allows (0x10,
// 1_000, .5, .inf).
func parseNumber(s, tag string) (float64, error) {
	if tag == "!!int" {
		if v, err := strconv.ParseInt(s, 0, 64); err == nil {
			return float64(v), nil
		}
	}
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case ".inf":
		if strings.HasPrefix(s, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case ".nan":
		return math.NaN(), nil
	}
	return strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
}
