package rules

import (
	"fmt"
	"github.com/crosscheck-news/crosscheck/article"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// Parse checks and compiles one rule file; filename is used only in
// positions. It reports every error in the file as an ErrorList, and then
// returns no facts. It applies the default Limits.
func Parse(filename string, src []byte) ([]*Fact, error) {
	facts, errs := parse(filename, src, Limits{}.orDefault())
	if len(errs) > 0 {
		return nil, errs
	}
	return facts, nil
}

// ParseLimited is Parse under the limits lim (a field that is zero or less
// takes its default).
func ParseLimited(lim Limits, filename string, src []byte) ([]*Fact, error) {
	facts, errs := parse(filename, src, lim.orDefault())
	if len(errs) > 0 {
		return nil, errs
	}
	return facts, nil
}

// parse is Parse under the limits lim, which must have no unset field. It
// also returns the facts it could read when there are errors, so that Load
// can still find ids repeated across files.
func parse(filename string, src []byte, lim Limits) ([]*Fact, ErrorList) {
	return parseSharing(filename, src, lim, map[string]*Term{})
}

// parseSharing is parse with the terms compiled so far, by text, which it
// adds to: the files of one Load share their terms.
func parseSharing(filename string, src []byte, lim Limits, compiled map[string]*Term) ([]*Fact, ErrorList) {
	if int64(len(src)) > lim.MaxFileSize {
		return nil, ErrorList{lim.oversize(filename, src)}
	}
	return decodeSharing(filename, loadYAML(src), lim, compiled)
}

// parsedYAML is what yamldiag.Load makes of a file: the part of reading a
// rule file that needs nothing from the files before it, so that Load can
// do it for several files at once.
type parsedYAML struct {
	doc, next *yaml.Node
	errs      []yamldiag.SyntaxError
}

func loadYAML(src []byte) parsedYAML {
	doc, next, errs := yamldiag.Load(src)
	return parsedYAML{doc, next, errs}
}

// decodeSharing is parseSharing from the file's parsed YAML.
func decodeSharing(filename string, y parsedYAML, lim Limits, compiled map[string]*Term) ([]*Fact, ErrorList) {
	d := &decoder{file: filename, maxFacts: lim.MaxFacts, compiled: compiled}
	var facts []*Fact
	if root := d.root(y); root != nil {
		facts = d.ruleFile(root)
	}
	d.errs.Sort()
	return facts, d.errs
}

// Allowed fields at each level, in the order the documentation gives them.
var (
	fileFields    = []string{"version", "hedges", "facts"}
	factFields    = []string{"id", "title", "quantity", "unit", "match", "compare", "hedges", "examples"}
	matchFields   = []string{"all", "any", "none", "near", "within"}
	compareFields = []string{"tolerance", "trend", "consensus"}
	hedgesFields  = []string{"about", "vague"}
	exampleFields = []string{"sentence", "expect", "published"}
	expectFields  = []string{"low", "high", "low_open", "high_open"}
)

// quantityHint is the hint for a fact without a quantity.
var quantityHint = "add quantity: with one of " + strings.Join(kindStrings(), ", ")

// maxWithin bounds Match.Within: no sentence is that long.
const maxWithin = 1000

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// decoder walks one file's YAML nodes into facts, collecting errors.
type decoder struct {
	file     string
	maxFacts int // Limits.MaxFacts
	errs     ErrorList
	// guessed holds, per mapping, the fields that a misspelt key was taken
	// for, so that "missing" is not reported again for them.
	guessed map[*yaml.Node][]string
	// compiled holds each term compiled so far, by its text. Rule files
	// say the same few terms fact after fact (of 6748 in bench/genrules'
	// 1000 facts, 339 differ), and compiling one, inflections and all,
	// costs more than the YAML it is read from.
	compiled map[string]*Term
}

// field is one key and its value in a mapping.
type field struct{ key, val *yaml.Node }

func (d *decoder) pos(n *yaml.Node) Position { return Position{d.file, n.Line, n.Column} }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.addf(d.pos(n), format, args...)
}

// root is the file's root node, or nil after saying why there is none.
func (d *decoder) root(y parsedYAML) *yaml.Node {
	const empty = `file is empty; a rule file starts with "version: 1" and lists its facts under "facts:"`
	doc, next, errs := y.doc, y.next, y.errs
	for _, e := range errs {
		d.errs.Add(Position{d.file, e.Line, e.Column}, e.Msg)
	}
	switch {
	case len(errs) > 0:
		return nil
	case doc == nil:
		d.errs.Add(Position{d.file, 1, 1}, empty)
		return nil
	case next != nil && !emptyDoc(next):
		d.errorf(next, "a second YAML document starts here, but a rule file holds one; move its facts into their own file or into the first facts list")
	}
	if emptyDoc(doc) {
		d.errs.Add(Position{d.file, max(doc.Line, 1), max(doc.Column, 1)}, empty)
		return nil
	}
	return doc.Content[0]
}

func emptyDoc(doc *yaml.Node) bool {
	return len(doc.Content) == 0 || yamldiag.IsNull(doc.Content[0])
}

// ruleFile decodes the root mapping.
func (d *decoder) ruleFile(root *yaml.Node) []*Fact {
	if !d.want(root, yaml.MappingNode, "a rule file", `start it with "version: 1" and list facts under "facts:"`) {
		return nil
	}
	fs := d.fields(root, "rule file", fileFields)
	if v, ok := fs.lookup("version"); !ok {
		d.missing(root, "version", `missing "version"; add "version: 1" at the top of the file`)
	} else if !d.version(v) {
		return nil
	}
	var file hedges
	if fl, ok := fs.lookup("hedges"); ok {
		file = d.hedges(fl)
	}
	fl, ok := fs.lookup("facts")
	if !ok {
		d.missing(root, "facts", `missing "facts"; list the file's facts under "facts:"`)
		return nil
	}
	if yamldiag.IsNull(fl.val) || fl.val.Kind == yaml.SequenceNode && len(fl.val.Content) == 0 {
		d.errorf(fl.key, `"facts" is empty; list at least one fact under it, or delete the file`)
		return nil
	}
	if !d.want(fl.val, yaml.SequenceNode, `"facts"`, `write each fact as a list item starting with "- id:"`) {
		return nil
	}
	if n := fl.val.Content; len(n) > d.maxFacts {
		// Reported before any fact is compiled: that is the time the
		// limit is there to save.
		d.errorf(n[d.maxFacts], "fact %d of %d is over the limit of %d facts in one rule file; split the facts into several files in one folder, or raise the limit with --max-facts", d.maxFacts+1, len(n), d.maxFacts)
		return nil
	}
	facts := make([]*Fact, 0, len(fl.val.Content))
	ids := make(map[string]Position, len(fl.val.Content))
	for _, n := range fl.val.Content {
		f := d.fact(n, file)
		if f == nil || f.ID == "" {
			continue
		}
		if p, dup := ids[f.ID]; dup {
			d.errs.addf(f.idPos, "duplicate id %q, first used at %s; give each fact its own id", f.ID, p)
			continue
		}
		ids[f.ID] = f.idPos
		facts = append(facts, f)
	}
	return facts
}

// version checks the version field and reports whether the rest of the file
// can be read as version 1.
func (d *decoder) version(f field) bool {
	n := f.val
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		if v, err := strconv.ParseInt(n.Value, 0, 64); err == nil && v == 1 {
			return true
		}
		d.errorf(n, "unsupported version %s; this crosscheck reads version 1 rule files, so write version: 1 or upgrade crosscheck", n.Value)
		return false
	}
	d.errorf(n, "version must be the number 1, not %s; write version: 1", yamldiag.Describe(n))
	return true
}

// fact decodes one fact, which inherits the file's hedges. It returns nil
// when the node is no mapping, and otherwise the fact as far as it could be
// read: the caller discards it if there are errors, but Load still uses its
// id.
func (d *decoder) fact(n *yaml.Node, file hedges) *Fact {
	if !d.want(n, yaml.MappingNode, "a fact", `write it as a mapping with id, title, quantity and match`) {
		return nil
	}
	fs := d.fields(n, "fact", factFields)
	f := &Fact{Pos: d.pos(n)}
	what := "fact"
	if id, ok := d.text(&fs, "id", n, what, `add a unique kebab-case id such as "kharkiv-civilian-deaths"`); ok {
		f.idPos = d.pos(fs.get("id").val)
		if kebab.MatchString(id) {
			f.ID, what = id, fmt.Sprintf("fact %q", id)
		} else {
			msg := fmt.Sprintf("id %q is not kebab-case; use lower-case letters and digits joined by single hyphens", yamldiag.Clip(id))
			if s := toKebab(id); s != "" {
				msg += fmt.Sprintf(", such as %q", s)
			}
			d.errs.Add(f.idPos, msg)
		}
	}
	f.Title, _ = d.text(&fs, "title", n, what, "add a one-line title for reports")
	if q, ok := d.text(&fs, "quantity", n, what, quantityHint); ok {
		f.Quantity = Kind(q)
		if !slices.Contains(Kinds, f.Quantity) {
			d.errorf(fs.get("quantity").val, "unknown quantity %q; %s", yamldiag.Clip(q), yamldiag.Choose(q, kindStrings()))
			f.Quantity = ""
		}
	}
	if _, ok := fs.lookup("unit"); ok {
		f.Unit, _ = d.text(&fs, "unit", n, what, "")
		if f.Unit != "" {
			d.checkUnit(f, fs.get("unit").val)
		}
	} else {
		// Without a unit, "$100 million" and "€100 million" would agree and
		// "3 years" and "36 months" would conflict.
		switch f.Quantity {
		case Money:
			d.missing(n, "unit", what+` is missing "unit"; money is compared in one currency: add unit: USD (or another ISO 4217 code)`)
		case Duration:
			d.missing(n, "unit", what+` is missing "unit"; durations are compared in one time unit: add unit: years (or months, weeks, days, hours, minutes)`)
		}
	}
	if fl, ok := fs.lookup("match"); ok {
		f.Match = d.match(fl)
	} else {
		d.missing(n, "match", what+` is missing "match"; add match: with all: [...] (every term must occur) or any: [...] (at least one must occur)`)
	}
	if fl, ok := fs.lookup("compare"); ok {
		f.Compare = d.compare(fl)
		if f.Quantity == Date && f.Compare.Tolerance.Rel != 0 {
			if n := mapValue(fl.val, "tolerance"); n != nil {
				d.errorf(n, "tolerance %q is a share of the value, but a date's value is a day, not an amount; write a number of days, such as tolerance: 1", yamldiag.Clip(n.Value))
			}
		}
	}
	var own hedges
	if fl, ok := fs.lookup("hedges"); ok {
		own = d.hedges(fl)
	}
	f.Widths = file.widths(own)
	if fl, ok := fs.lookup("examples"); ok {
		f.Examples = d.examples(fl, f.Quantity)
	}
	return f
}

// mapValue returns the value of key in the mapping n, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Kind == yaml.ScalarNode && n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// checkUnit checks a unit against the fact's quantity.
func (d *decoder) checkUnit(f *Fact, n *yaml.Node) {
	switch f.Quantity {
	case Money:
		if isCurrencyCode(f.Unit) {
			return
		}
		fix := "use a three-letter ISO 4217 code such as USD, EUR or GBP"
		if c, ok := currencySymbols[f.Unit]; ok {
			fix = fmt.Sprintf("write %q", c)
		} else if u := strings.ToUpper(f.Unit); isCurrencyCode(u) {
			fix = fmt.Sprintf("write it in capitals: %q", u)
		}
		d.errorf(n, "money unit %q is not an ISO 4217 currency code; %s", yamldiag.Clip(f.Unit), fix)
	case Duration:
		if f.Unit == strings.ToLower(f.Unit) && slices.Contains(timeUnits, timeUnit(f.Unit)) {
			return
		}
		d.errorf(n, "duration unit %q is not a time unit; %s", yamldiag.Clip(f.Unit), yamldiag.Choose(f.Unit, timeUnits))
	case Percent:
		if isPoints(f.Unit) {
			f.Unit = percentagePoints
		}
	case Date:
		d.errorf(n, "a date takes no unit, and this one has unit %q: its values are calendar days; remove unit", yamldiag.Clip(f.Unit))
	}
}

func isCurrencyCode(s string) bool {
	return len(s) == 3 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// currencySymbols are symbols authors may write for a currency code.
var currencySymbols = map[string]string{
	"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₹": "INR",
}

// match decodes a match mapping.
func (d *decoder) match(fl field) Match {
	var m Match
	if !d.want(fl.val, yaml.MappingNode, `"match"`, `write it as a mapping such as match: {all: [Kharkiv], any: [killed, dead]}`) {
		return m
	}
	fs := d.fields(fl.val, "match", matchFields)
	m.All = d.terms(&fs, "all")
	m.Any = d.terms(&fs, "any")
	m.None = d.terms(&fs, "none")
	m.Near = d.terms(&fs, "near")
	_, all := fs.lookup("all")
	_, anyOf := fs.lookup("any")
	if g := d.guessed[fl.val]; !all && !anyOf && !slices.Contains(g, "all") && !slices.Contains(g, "any") {
		d.errorf(fl.key, `"match" needs "all" or "any" to pick sentences; add all: [...] (every term must occur) or any: [...] (at least one must occur)`)
	}
	w, ok := fs.lookup("within")
	if !ok {
		if len(m.Near) > 0 {
			m.Within = DefaultWithin
		}
		return m
	}
	if _, near := fs.lookup("near"); !near {
		d.errorf(w.key, `"within" has no effect without "near"; add near: [...] with the words the value must sit close to, or drop within`)
	}
	if w.val.Kind != yaml.ScalarNode || w.val.ShortTag() != "!!int" {
		if d.want(w.val, yaml.ScalarNode, `"within"`, "write a whole number of words such as 3") {
			d.errorf(w.val, `"within" must be a whole number of words, not %s; write a number such as 3`, yamldiag.Describe(w.val))
		}
		return m
	}
	v, err := strconv.ParseInt(w.val.Value, 0, 32)
	if err != nil || v < 1 || v > maxWithin {
		d.errorf(w.val, `"within" must be between 1 and %d words, not %s; write a number such as 3`, maxWithin, w.val.Value)
		return m
	}
	m.Within = int(v)
	return m
}

// terms decodes the list of terms under key, if present.
func (d *decoder) terms(fs *fieldSet, key string) []*Term {
	fl, ok := fs.lookup(key)
	if !ok {
		return nil
	}
	n := fl.val
	if yamldiag.IsNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(fl.key, "%q lists no terms; add at least one, or remove %s", key, key)
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		d.errorf(n, "%q must be a list of terms, not %s; write %s: [%s]", key, yamldiag.Describe(n), key, n.Value)
		return nil
	}
	// The messages for want are built only when it fails: a large file
	// has thousands of terms, and building them cost as much as checking.
	if n.Kind != yaml.SequenceNode {
		d.want(n, yaml.SequenceNode, strconv.Quote(key), "write a list such as "+key+": [Kharkiv, Kyiv]")
		return nil
	}
	terms := make([]*Term, 0, len(n.Content))
	for _, e := range n.Content {
		if yamldiag.IsNull(e) {
			d.errorf(e, "empty term in %q; write a word or phrase, or remove the entry", key)
			continue
		}
		if e.Kind != yaml.ScalarNode {
			d.want(e, yaml.ScalarNode, "a term in "+strconv.Quote(key), `write a word, a phrase or "re:" and a pattern`)
			continue
		}
		t, err := d.compileTerm(e.Value, d.pos(e))
		if err != nil {
			d.errorf(e, "%v", err)
			continue
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return nil
	}
	return terms
}

// compileTerm is compileTerm, once for each text: a term written again
// is a copy of the first with its own position. A Term is never changed
// once compiled, so the copies can share its pattern and its regexp.
func (d *decoder) compileTerm(text string, pos Position) (*Term, error) {
	if t := d.compiled[text]; t != nil {
		c := *t
		c.Pos = pos
		return &c, nil
	}
	t, err := compileTerm(text, pos)
	if err == nil {
		d.compiled[text] = t
	}
	return t, err
}

// compare decodes a compare mapping.
func (d *decoder) compare(fl field) Compare {
	var c Compare
	if !d.want(fl.val, yaml.MappingNode, `"compare"`, `write it as a mapping such as compare: {tolerance: "5%", trend: rising}`) {
		return c
	}
	fs := d.fields(fl.val, "compare", compareFields)
	if tl, ok := fs.lookup("tolerance"); ok {
		s, ok := d.text(&fs, "tolerance", fl.val, "", "")
		if ok {
			if tl.val.ShortTag() == "!!int" {
				// YAML integers may be written 0x10 or 1_000.
				if v, err := strconv.ParseInt(s, 0, 64); err == nil {
					s = strconv.FormatInt(v, 10)
				}
			}
			t, err := ParseTolerance(s)
			if err != nil {
				d.errorf(tl.val, "%v", err)
			}
			c.Tolerance = t
		}
	}
	if _, ok := fs.lookup("trend"); ok {
		s, ok := d.text(&fs, "trend", fl.val, "", "")
		switch tr := Trend(s); {
		case !ok:
		case tr == Rising || tr == Falling:
			c.Trend = tr
		default:
			d.errorf(fs.get("trend").val, "unknown trend %q; %s, or remove trend", yamldiag.Clip(s), yamldiag.Choose(s, []string{string(Rising), string(Falling)}))
		}
	}
	if _, ok := fs.lookup("consensus"); ok {
		s, ok := d.text(&fs, "consensus", fl.val, "", "")
		switch p := Policy(s); {
		case !ok:
		case slices.Contains(Policies, p):
			c.Consensus = p
		default:
			names := make([]string, len(Policies))
			for i, p := range Policies {
				names[i] = string(p)
			}
			d.errorf(fs.get("consensus").val, "unknown consensus %q; %s, or remove consensus (median is the default)", yamldiag.Clip(s), yamldiag.Choose(s, names))
		}
	}
	return c
}

// hedges is a hedges mapping as a rule file writes it: about is 0 when not
// given, and vague holds the phrases it gives values for.
type hedges struct {
	about float64
	vague map[string]quantity.Interval
}

// widths merges a fact's own hedges over its file's, key by key and vague
// phrase by vague phrase, into the widths the fact reads values with.
func (file hedges) widths(own hedges) quantity.Widths {
	w := quantity.Widths{About: quantity.AboutFraction}
	for _, h := range []hedges{file, own} {
		if h.about > 0 {
			w.About = h.about
		}
		for phrase, iv := range h.vague {
			if w.Vague == nil {
				w.Vague = make(map[string]quantity.Interval, len(file.vague)+len(own.vague))
			}
			w.Vague[phrase] = iv
		}
	}
	return w
}

// hedges decodes a hedges mapping, of the file or of a fact.
func (d *decoder) hedges(fl field) hedges {
	var h hedges
	if yamldiag.IsNull(fl.val) {
		d.errorf(fl.key, `"hedges" is empty; give it about: or vague:, or remove it`)
		return h
	}
	if !d.want(fl.val, yaml.MappingNode, `"hedges"`, `write it as a mapping such as hedges: {about: 0.2, vague: {dozens: [24, 99]}}`) {
		return h
	}
	fs := d.fields(fl.val, "hedges", hedgesFields)
	if _, ok := fs.lookup("about"); ok {
		h.about = d.about(&fs, fl.val)
	}
	if v, ok := fs.lookup("vague"); ok {
		h.vague = d.vague(v)
	}
	return h
}

// about decodes hedges' about: a fraction strictly between 0 and 1, or 0
// when it is not one.
func (d *decoder) about(fs *fieldSet, parent *yaml.Node) float64 {
	s, ok := d.text(fs, "about", parent, "", "")
	if !ok {
		return 0
	}
	n := fs.get("about").val
	const hint = `write the share of the figure that "about" reaches, such as 0.2 for 20%`
	v, isNum := number(n)
	switch {
	case !isNum:
		fix := hint
		if pct, ok := strings.CutSuffix(strings.TrimSpace(s), "%"); ok {
			if x, err := strconv.ParseFloat(strings.TrimSpace(pct), 64); err == nil && x > 0 && x < 100 {
				fix = "write the share as a fraction: about: " + formatNumber(x/100)
			}
		} else if x, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && x > 0 && x < 1 {
			fix = "write it without quotes: about: " + formatNumber(x)
		}
		d.errorf(n, `"about" must be a number between 0 and 1, not %s; %s`, yamldiag.Describe(n), fix)
	case v > 0 && v < 1:
		return v
	case v > 1 && v < 100:
		d.errorf(n, `"about" must be between 0 and 1, not %s; it is a fraction of the figure, so write %s for %s%%`, yamldiag.Clip(n.Value), formatNumber(v/100), formatNumber(v))
	default:
		d.errorf(n, `"about" must be between 0 and 1, not %s; %s`, yamldiag.Clip(n.Value), hint)
	}
	return 0
}

// vague decodes hedges' vague: each phrase, as Quantity.Hedge spells it,
// with the [low, high] it stands for.
func (d *decoder) vague(fl field) map[string]quantity.Interval {
	n := fl.val
	if yamldiag.IsNull(n) {
		d.errorf(fl.key, `"vague" is empty; give a vague phrase its values, such as dozens: [24, 99], or remove vague`)
		return nil
	}
	if !d.want(n, yaml.MappingNode, `"vague"`, `write it as a mapping from vague phrase to [low, high], such as vague: {dozens: [24, 99]}`) {
		return nil
	}
	out := make(map[string]quantity.Interval, len(n.Content)/2)
	first := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind == yaml.ScalarNode && (k.Value == "<<" || k.ShortTag() == "!!merge"):
			d.errorf(k, "merge keys (<<) are not supported in rule files; write the fields out in full")
			continue
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, `"vague" has %s as a key; keys are vague phrases such as dozens or tens of thousands`, yamldiag.Describe(k))
			continue
		}
		phrase := k.Value
		def, ok := quantity.VagueDefault(phrase)
		if !ok {
			d.errorf(k, "unknown vague phrase %q; %s", yamldiag.Clip(phrase), chooseVague(phrase))
			continue
		}
		if line, dup := first[phrase]; dup {
			d.errorf(k, "vague phrase %q appears twice in vague, first at line %d; remove one", phrase, line)
			continue
		}
		first[phrase] = k.Line
		if iv, ok := d.vagueRange(k, v, def); ok {
			out[phrase] = iv
		}
	}
	return out
}

// chooseVague says how to replace an unknown vague phrase.
func chooseVague(s string) string {
	phrases := quantity.VaguePhrases()
	list := strings.Join(phrases, ", ")
	// "scores of" as the README's table writes it: the phrase is "scores".
	lower := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if p, ok := strings.CutSuffix(lower, " of"); ok {
		if _, known := quantity.VagueDefault(p); known {
			return fmt.Sprintf(`did you mean %q? write the phrase without "of" (phrases include: %s)`, p, list)
		}
	}
	if dym, _ := yamldiag.DidYouMean(s, phrases); dym != "" {
		return dym + "(phrases include: " + list + ")"
	}
	return "use a phrase crosscheck reads as vague, such as " + list
}

// vagueRange decodes the [low, high] of the vague phrase at key; def is the
// phrase's default, for hints.
func (d *decoder) vagueRange(key, n *yaml.Node, def quantity.Interval) (quantity.Interval, bool) {
	phrase := key.Value
	example := fmt.Sprintf("%s: [%s, %s]", phrase, formatNumber(def.Low), formatNumber(def.High))
	fix := "write [low, high] such as " + example + ", its default"
	if yamldiag.IsNull(n) {
		d.errorf(key, "vague phrase %q has no values; %s", phrase, fix)
		return quantity.Interval{}, false
	}
	if n.Kind == yaml.ScalarNode {
		d.errorf(n, "vague phrase %q must be a list of two numbers [low, high], not %s; %s", phrase, yamldiag.Describe(n), fix)
		return quantity.Interval{}, false
	}
	if !d.want(n, yaml.SequenceNode, fmt.Sprintf("vague phrase %q", phrase), fix) {
		return quantity.Interval{}, false
	}
	if len(n.Content) != 2 {
		d.errorf(n, "vague phrase %q needs two numbers [low, high], not %d; %s", phrase, len(n.Content), fix)
		return quantity.Interval{}, false
	}
	var ends [2]float64
	ok := true
	for i, e := range n.Content {
		end := [2]string{"low", "high"}[i]
		v, isNum := number(e)
		switch {
		case !isNum:
			d.errorf(e, "%s of vague phrase %q must be a number, not %s; %s", end, phrase, yamldiag.Describe(e), fix)
			ok = false
		case math.IsInf(v, 0) || math.IsNaN(v):
			d.errorf(e, "%s of vague phrase %q must be a finite number, not %s; %s", end, phrase, yamldiag.Clip(e.Value), fix)
			ok = false
		case v < 0:
			d.errorf(e, "%s of vague phrase %q is negative (%s); a vague amount counts things, so write 0 or more, such as %s", end, phrase, yamldiag.Clip(e.Value), example)
			ok = false
		}
		ends[i] = v
	}
	if !ok {
		return quantity.Interval{}, false
	}
	if ends[0] > ends[1] {
		d.errorf(n, "vague phrase %q runs from %s down to %s; write the low end first: [%s, %s]", phrase,
			yamldiag.Clip(n.Content[0].Value), yamldiag.Clip(n.Content[1].Value), yamldiag.Clip(n.Content[1].Value), yamldiag.Clip(n.Content[0].Value))
		return quantity.Interval{}, false
	}
	return quantity.Interval{Low: ends[0], High: ends[1]}, true
}

// number reads a YAML number node; ok is false for anything else, quoted
// numbers included. YAML's .inf and .nan read as ±Inf and NaN.
func number(n *yaml.Node) (v float64, ok bool) {
	if n.Kind != yaml.ScalarNode {
		return 0, false
	}
	s := strings.ReplaceAll(n.Value, "_", "")
	switch n.ShortTag() {
	case "!!int":
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return float64(i), true
		}
	case "!!float":
		switch strings.ToLower(strings.TrimPrefix(s, "+")) {
		case ".inf":
			return math.Inf(1), true
		case "-.inf":
			return math.Inf(-1), true
		case ".nan":
			return math.NaN(), true
		}
	default:
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// formatNumber writes a number as a rule file would: 0.2, 24, 1e+06.
func formatNumber(v float64) string { return strconv.FormatFloat(v, 'g', 12, 64) }

// fieldSet is a mapping's fields, each allowed key at most once. It is
// small enough to live on the stack, where a map for each of the mappings
// of a large file (a few for each fact) would cost more than decoding them.
type fieldSet struct {
	n  int
	fs [maxFields]field
}

// maxFields is the most fields a mapping is allowed: those of a fact.
const maxFields = 8

func (s *fieldSet) add(f field) {
	s.fs[s.n] = f
	s.n++
}

// lookup returns the field key, if the mapping has it.
func (s *fieldSet) lookup(key string) (field, bool) {
	for _, f := range s.fs[:s.n] {
		if f.key.Value == key {
			return f, true
		}
	}
	return field{}, false
}

// get returns the field key, which the mapping must have.
func (s *fieldSet) get(key string) field {
	f, _ := s.lookup(key)
	return f
}

// fields checks a mapping's keys against the allowed ones and returns its
// fields by key.
func (d *decoder) fields(n *yaml.Node, what string, allowed []string) fieldSet {
	var fs fieldSet
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind == yaml.ScalarNode && (k.Value == "<<" || k.ShortTag() == "!!merge"):
			d.guess(n, allowed...) // the merge was meant to supply them
			d.errorf(k, "merge keys (<<) are not supported in rule files; write the fields out in full")
			continue
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "%s has %s as a key; keys are plain names: %s", what, yamldiag.Describe(k), strings.Join(allowed, ", "))
			continue
		case !slices.Contains(allowed, k.Value):
			if s, g := yamldiag.DidYouMean(k.Value, allowed); s != "" {
				d.guess(n, g)
				d.errorf(k, "unknown field %q in %s; %s(allowed: %s)", yamldiag.Clip(k.Value), what, s, strings.Join(allowed, ", "))
			} else {
				d.errorf(k, "unknown field %q in %s; remove it (allowed: %s)", yamldiag.Clip(k.Value), what, strings.Join(allowed, ", "))
			}
			continue
		}
		if prev, dup := fs.lookup(k.Value); dup {
			d.errorf(k, "field %q appears twice in %s, first at line %d; remove one", k.Value, what, prev.key.Line)
			continue
		}
		fs.add(field{k, v})
	}
	return fs
}

// text returns the single value of the field key. When the field is absent
// it reports "<what> is missing" at parent with the given hint, unless hint
// is empty (the field is optional).
func (d *decoder) text(fs *fieldSet, key string, parent *yaml.Node, what, hint string) (string, bool) {
	fl, ok := fs.lookup(key)
	if !ok {
		if hint != "" {
			d.missing(parent, key, fmt.Sprintf("%s is missing %q; %s", what, key, hint))
		}
		return "", false
	}
	if yamldiag.IsNull(fl.val) || fl.val.Kind == yaml.ScalarNode && strings.TrimSpace(fl.val.Value) == "" {
		d.errorf(fl.key, "%q is empty; give it a value, or remove it", key)
		return "", false
	}
	if !d.want(fl.val, yaml.ScalarNode, strconv.Quote(key), "write a single value") {
		return "", false
	}
	return fl.val.Value, true
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
		d.errs.Add(d.pos(parent), msg)
	}
}

// want reports whether n is of the wanted kind, and reports an error if not.
func (d *decoder) want(n *yaml.Node, kind yaml.Kind, what, hint string) bool {
	switch {
	case n.Kind == kind:
		return true
	case n.Kind == yaml.AliasNode:
		d.errorf(n, "%s is an alias (*%s); rule files do not support anchors and aliases, so write the value out in full", what, n.Value)
	default:
		d.errorf(n, "%s must be %s, not %s; %s", what, yamldiag.KindName(kind), yamldiag.Describe(n), hint)
	}
	return false
}

func kindStrings() []string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return s
}

// toKebab suggests a kebab-case form of an id.
func toKebab(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// Hints for examples, which say how to write what the fact must take.
const (
	expectHint     = "write a number such as expect: 7, a range such as expect: {low: 0, high: 1e11} (high: .inf for no upper end), or expect: none"
	rangeHint      = "write a range such as expect: {low: 0, high: 1e11}, with high: .inf for no upper end"
	dateExpectHint = "write a date such as expect: 2025-08-18, a range of days such as expect: {low: 2025-02-01, high: 2025-02-28}, or expect: none"
	dateRangeHint  = "write a range of days such as expect: {low: 2025-02-01, high: 2025-02-28}, with low: -.inf or high: .inf for no end"
)

// hints returns the expect and range hints for a fact of kind k.
func hints(k Kind) (expect, rng string) {
	if k == Date {
		return dateExpectHint, dateRangeHint
	}
	return expectHint, rangeHint
}

// dateValue reads a date as an example writes it, 2025-08-18, quoted or
// not, as its day number (quantity.Day).
func dateValue(n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!timestamp" && n.ShortTag() != "!!str" {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(n.Value))
	if err != nil {
		return 0, false
	}
	return quantity.DayOf(t), true
}

// examples decodes a fact's examples: sentences, each with the value the
// fact, of kind k, must take from it.
func (d *decoder) examples(fl field, k Kind) []Example {
	n := fl.val
	if yamldiag.IsNull(n) || n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		d.errorf(fl.key, `"examples" is empty; add a sentence with the value the fact must take from it, or remove examples`)
		return nil
	}
	if !d.want(n, yaml.SequenceNode, `"examples"`, `write each example as a list item "- sentence: ..." with "expect: ..." under it`) {
		return nil
	}
	var out []Example
	for _, e := range n.Content {
		if ex, ok := d.example(e, k); ok {
			if out == nil {
				out = make([]Example, 0, len(n.Content))
			}
			out = append(out, ex)
		}
	}
	return out
}

// example decodes one example of a fact of kind k; ok is false when it
// has errors.
func (d *decoder) example(n *yaml.Node, k Kind) (ex Example, ok bool) {
	if !d.want(n, yaml.MappingNode, "an example", `write it as a mapping with "sentence:" and "expect:", such as {sentence: "Seven civilians were killed.", expect: 7}`) {
		return Example{}, false
	}
	ex.Pos = d.pos(n)
	fs := d.fields(n, "example", exampleFields)
	ok = true
	switch fl, has := fs.lookup("sentence"); {
	case !has:
		d.missing(n, "sentence", `example is missing "sentence"; add sentence: with a sentence the fact should read`)
		ok = false
	case yamldiag.IsNull(fl.val) || fl.val.Kind == yaml.ScalarNode && strings.TrimSpace(fl.val.Value) == "":
		d.errorf(fl.key, `"sentence" is empty; write the sentence the fact should read, or remove the example`)
		ok = false
	case d.want(fl.val, yaml.ScalarNode, `"sentence"`, "write the sentence as text"):
		ex.Sentence = fl.val.Value
	default:
		ok = false
	}
	if fl, has := fs.lookup("published"); has {
		if d.want(fl.val, yaml.ScalarNode, `"published"`, "write a date such as published: 2025-08-19") {
			t, valid := article.ParseDate(fl.val.Value)
			if valid {
				ex.Published = t
			} else {
				d.errorf(fl.val, "cannot read published date %q; write it as %s", yamldiag.Clip(fl.val.Value), article.DateForms)
				ok = false
			}
		} else {
			ok = false
		}
	}
	if fl, has := fs.lookup("expect"); has {
		ex.ExpectPos = d.pos(fl.val)
		ok = d.expect(fl, &ex, k) && ok
	} else {
		hint, _ := hints(k)
		d.missing(n, "expect", `example is missing "expect"; add the value the fact must take from the sentence: `+hint)
		ok = false
	}
	return ex, ok
}

// expect decodes an example's expect into ex: a number, a range or none;
// for a date fact (k), a date, a range of dates or none.
func (d *decoder) expect(fl field, ex *Example, k Kind) bool {
	n := fl.val
	expectHint, rangeHint := hints(k)
	what := `"expect" must be a number, a range {low, high} or none`
	if k == Date {
		what = `"expect" of a date must be a date, a range {low, high} of dates or none`
	}
	switch {
	case yamldiag.IsNull(n):
		d.errorf(fl.key, `"expect" is empty; %s`, expectHint)
		return false
	case n.Kind == yaml.MappingNode:
		iv, ok := d.expectRange(n, k)
		ex.Expect = iv
		return ok
	case n.Kind == yaml.SequenceNode:
		fix := rangeHint
		if len(n.Content) == 2 {
			_, lowNum := number(n.Content[0])
			_, highNum := number(n.Content[1])
			if lowNum && highNum {
				fix = fmt.Sprintf("write the range as a mapping: expect: {low: %s, high: %s}", yamldiag.Clip(n.Content[0].Value), yamldiag.Clip(n.Content[1].Value))
			}
		}
		d.errorf(n, "%s, not a list; %s", what, fix)
		return false
	case n.Kind != yaml.ScalarNode:
		d.want(n, yaml.ScalarNode, `"expect"`, expectHint)
		return false
	}
	if k == Date {
		if v, ok := dateValue(n); ok {
			ex.Expect = quantity.Point(v)
			return true
		}
		if n.Value == "none" && n.ShortTag() == "!!str" {
			ex.None = true
			return true
		}
		d.errorf(n, "%s, not %s; %s", what, yamldiag.Describe(n), expectHint)
		return false
	}
	if v, isNum := number(n); isNum {
		switch {
		case math.IsNaN(v):
			d.errorf(n, `"expect" must be a number, not %s; write the value the fact must take, such as expect: 7`, yamldiag.Clip(n.Value))
		case math.IsInf(v, 0):
			d.errorf(n, `"expect" must be a finite number, not %s; for a value with no upper end write a range such as expect: {low: 1e6, high: .inf}`, yamldiag.Clip(n.Value))
		default:
			ex.Expect = quantity.Point(v)
			return true
		}
		return false
	}
	s := n.Value
	if s == "none" && n.ShortTag() == "!!str" {
		ex.None = true
		return true
	}
	fix := expectHint
	switch t := strings.TrimSpace(s); {
	case strings.EqualFold(t, "none"):
		fix = "write none in lower case: expect: none"
	case n.ShortTag() == "!!str" && isFloat(t):
		fix = "write it without quotes: expect: " + t
	default:
		if _, isDate := dateValue(n); isDate {
			fix = "a fact takes a date only with quantity: date; write that, or a number such as expect: 7"
		}
	}
	d.errorf(n, "%s, not %s; %s", what, yamldiag.Describe(n), fix)
	return false
}

// expectRange decodes expect written as a range: {low, high}, closed unless
// low_open or high_open says otherwise; an infinite end is always open.
// For a date fact (k) the ends are dates.
func (d *decoder) expectRange(n *yaml.Node, k Kind) (quantity.Interval, bool) {
	fs := d.fields(n, "expect", expectFields)
	var iv quantity.Interval
	low, lowOK := d.expectBound(&fs, n, "low", k)
	high, highOK := d.expectBound(&fs, n, "high", k)
	lowOpen, lowOpenOK := d.expectOpen(&fs, "low_open", lowOK && math.IsInf(low, -1), "-.inf")
	highOpen, highOpenOK := d.expectOpen(&fs, "high_open", highOK && math.IsInf(high, 1), ".inf")
	if !lowOK || !highOK || !lowOpenOK || !highOpenOK {
		return iv, false
	}
	iv = quantity.Interval{Low: low, High: high, LowOpen: lowOpen, HighOpen: highOpen}
	lo, hi := fs.get("low").val.Value, fs.get("high").val.Value
	switch {
	case low > high:
		d.errorf(n, "expect runs from %s down to %s; write the low end first: {low: %s, high: %s}",
			yamldiag.Clip(lo), yamldiag.Clip(hi), yamldiag.Clip(hi), yamldiag.Clip(lo))
		return quantity.Interval{}, false
	case low == high && (lowOpen || highOpen):
		d.errorf(n, "expect {low: %s, high: %s} has an open end, so it holds no value; write the point as expect: %s", yamldiag.Clip(lo), yamldiag.Clip(hi), yamldiag.Clip(lo))
		return quantity.Interval{}, false
	}
	return iv, true
}

// expectBound decodes the low or high end of an expect range: a number (a
// date for a date fact, of kind k), or for an unbounded end .inf (high) or
// -.inf (low), which may also be written as text: inf, +inf, -inf.
func (d *decoder) expectBound(fs *fieldSet, parent *yaml.Node, key string, k Kind) (float64, bool) {
	_, rangeHint := hints(k)
	fl, ok := fs.lookup(key)
	if !ok {
		d.missing(parent, key, fmt.Sprintf("expect is missing %q; a range needs both ends: %s", key, rangeHint))
		return 0, false
	}
	n := fl.val
	if yamldiag.IsNull(n) {
		d.errorf(fl.key, "%q is empty; %s", key, rangeHint)
		return 0, false
	}
	if !d.want(n, yaml.ScalarNode, strconv.Quote(key), rangeHint) {
		return 0, false
	}
	v, isNum := number(n)
	if !isNum && n.ShortTag() == "!!str" {
		v, isNum = infinity(n.Value)
	}
	if k == Date {
		if day, ok := dateValue(n); ok {
			return day, true
		}
		if isNum && !math.IsInf(v, 0) {
			d.errorf(n, "%q of expect must be a date, not %s; %s", key, yamldiag.Describe(n), rangeHint)
			return 0, false
		}
	}
	wrongInf := key == "low" && math.IsInf(v, 1) || key == "high" && math.IsInf(v, -1)
	switch {
	case !isNum && k == Date:
		d.errorf(n, "%q of expect must be a date, not %s; %s", key, yamldiag.Describe(n), rangeHint)
	case !isNum:
		fix := rangeHint
		if t := strings.TrimSpace(n.Value); n.ShortTag() == "!!str" && isFloat(t) {
			fix = fmt.Sprintf("write it without quotes: %s: %s", key, t)
		}
		d.errorf(n, "%q of expect must be a number, not %s; %s", key, yamldiag.Describe(n), fix)
	case math.IsNaN(v):
		d.errorf(n, "%q of expect must be a number, not %s; %s", key, yamldiag.Clip(n.Value), rangeHint)
	case wrongInf:
		d.errorf(n, "%q of expect cannot be %s; only high may be .inf (no upper end) and only low -.inf (no lower end)", key, yamldiag.Clip(n.Value))
	default:
		return v, true
	}
	return 0, false
}

// expectOpen decodes low_open or high_open. An infinite end is open: then
// the key may be true or left out, not false.
func (d *decoder) expectOpen(fs *fieldSet, key string, infinite bool, inf string) (bool, bool) {
	fl, ok := fs.lookup(key)
	if !ok {
		return infinite, true
	}
	n := fl.val
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		if d.want(n, yaml.ScalarNode, strconv.Quote(key), "write true or false") {
			d.errorf(n, "%q must be true or false, not %s; write %s: true for an open end, or remove it for a closed one", key, yamldiag.Describe(n), key)
		}
		return false, false
	}
	open := strings.EqualFold(n.Value, "true")
	if infinite && !open {
		d.errorf(n, "%q is false, but an end at %s is always open; remove %s", key, inf, key)
		return false, false
	}
	return open, true
}

// infinity reads the text forms of an unbounded end: inf, +inf, -inf,
// optionally with YAML's dot (.inf) and in any case.
func infinity(s string) (float64, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "inf", "+inf", ".inf", "+.inf":
		return math.Inf(1), true
	case "-inf", "-.inf":
		return math.Inf(-1), true
	}
	return 0, false
}

// isFloat reports whether s is a finite number as Go writes one.
func isFloat(s string) bool {
	v, err := strconv.ParseFloat(s, 64)
	return err == nil && !math.IsInf(v, 0) && !math.IsNaN(v)
}
