package report

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// HTML writes the report as one self-contained page for a person who would
// rather look than read: a summary of the facts by status, then a section
// per fact with a chart of its claims, the sentences behind them and a word
// diff of every pair that disagrees.
//
// The page needs nothing but itself: CSS and a little JavaScript are
// inline, the charts are SVG drawn here, and there are no fonts, images or
// links to fetch, so it opens from a mail attachment or an air-gapped
// machine. Every text from articles and rules goes through html/template,
// which escapes it for the context it lands in (element text, attribute,
// SVG), so no article can add markup or script. The bytes depend only on
// the Report: no clock, no map order, coordinates printed to a tenth of a
// unit.
//
// Sections come in order of severity (conflict, revised, single, agree,
// absent), then by fact id, so the disagreements an editor needs are on
// top. Each chart draws every claim as an interval on one number line, a
// row per source (by publication date where known), coloured, lettered
// and shaped by agreement cluster (checker.Claim.Cluster), with the
// consensus low, best and high marked and the gaps between claims that
// conflict hatched. With JavaScript, claims show their sentence on hover
// or focus, and the filters (status, source, search) work and keep their
// state in the URL fragment ("#status=conflict&source=BBC&q=kharkiv") so
// a view can be shared. Without it, each chart's table of claims (otherwise
// for screen readers and print) is shown instead of the cards.
//
// Unlike the other formats, HTML holds every finding at once: the page is
// one document whose summary, filters and severity order, and the row
// labels shared by all its charts, depend on all the findings, and a page
// of a report too large to hold would be too large to open. With
// Report.Each it collects the findings in one pass. Of the inputs it
// keeps only the counts and what the page lists (the skipped inputs and
// the warnings), from one pass. On an error from either it writes nothing.
func HTML(w io.Writer, r *Report) error {
	fs, err := collect(r)
	if err != nil {
		return err
	}
	p, err := htmlPageOf(r, fs)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := htmlTmpl().Execute(&buf, p); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// collect reads all of a report's findings, in eachFinding's order.
func collect(r *Report) ([]checker.Finding, error) {
	if r == nil || r.Each == nil {
		return findings(r), nil
	}
	var fs []checker.Finding
	for f, err := range eachFinding(r) {
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	return fs, nil
}

//go:embed html.tmpl
var htmlSource string

//go:embed html.css
var htmlCSS string

//go:embed html.js
var htmlJS string

// htmlTmpl is parsed when an HTML report is first written, not when the
// program starts: parsing it took 1-2 ms and 2 500 allocations of every
// run, HTML or not (GODEBUG=inittrace=1).
var htmlTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("html").Parse(htmlSource))
})

// htmlStatuses is the order statuses are counted, filtered and listed in:
// most in need of a reader first.
var htmlStatuses = []checker.Status{checker.Conflict, checker.Revised, checker.Single, checker.Agree, checker.Absent}

// htmlPage is what the template renders.
type htmlPage struct {
	Summary  string
	Statuses []htmlStatusCount
	Read     int
	Skipped  []htmlInput
	Warnings []htmlInput // inputs read despite a problem, one per warning
	Sources  []string    // every source named by a claim, sorted, for the filter
	NSources int         // independent sources across the report
	Claims   int
	Facts    []htmlFact
	CSS      template.CSS
	JS       template.JS
}

type htmlStatusCount struct {
	Status string
	Count  int
}

type htmlInput struct{ Path, Reason string }

// htmlFact is one fact's section.
type htmlFact struct {
	ID      string // the element id: "f0", "f1", … in page order
	Fact    string
	Title   string
	Status  string
	Support string // sourcesPhrase
	// Consensus is "low 3 · best 7 · high 11", empty without claims.
	Consensus string
	Note      string
	Known     bool
	// SourcesJSON lists the sources of the claims, for the source filter.
	SourcesJSON string
	Chart       *htmlChart
	Claims      []htmlClaim
	Pairs       []htmlPair
	Baselined   []string
}

// htmlClaim is a claim as its card and the claims table show it.
type htmlClaim struct {
	ID       string // "f0-c1": fact section and claim index
	Loc      string
	Source   string
	Date     string
	Value    string // interval, as the text report writes it
	Words    string // the words as written, when they read differently
	Vague    bool
	Sentence []htmlSeg
	About    string // claimAbout
	Cluster  string // the cluster's letter
	K        int    // the cluster's colour and shape, 0-5
	Conflict string // "conflicts with …", when an open pair holds it
	New      bool
}

// htmlSeg is a piece of text with a mark: "" for none, "v" the value, "t"
// a term, "del" and "ins" the two sides of a diff.
type htmlSeg struct{ Text, Mark string }

type htmlPair struct {
	Kind string // "conflict", "conflict between claimants", "revision", "self-contradiction"
	Line string // pairLine: both places and values, as the text report has them
	A, B *htmlClaim
	Same bool // the two claims share a sentence: nothing to diff
	Diff []htmlSeg
}

// htmlPageOf makes the page of r's findings, fs (sorted by fact id, and
// resorted here), and of its inputs.
func htmlPageOf(r *Report, fs []checker.Finding) (htmlPage, error) {
	var p htmlPage
	var c Counts
	for i := range fs {
		c.add(&fs[i])
	}
	for in, err := range eachInput(r) {
		if err != nil {
			return p, err
		}
		c.addInput(&in)
		if in.Status == inputSkipped {
			reason := in.Reason
			if reason == "" {
				reason = "no reason given"
			}
			p.Skipped = append(p.Skipped, htmlInput{clean(in.Path), clean(reason)})
		}
		for _, w := range in.Warnings {
			p.Warnings = append(p.Warnings, htmlInput{clean(in.Path), clean(w)})
		}
	}
	p.Summary, p.Read, p.Claims = c.String(), c.Read, c.Claims
	p.CSS, p.JS = template.CSS(htmlCSS), template.JS(htmlJS)
	counts := map[checker.Status]int{
		checker.Conflict: c.Conflict, checker.Revised: c.Revised, checker.Single: c.Single,
		checker.Agree: c.Agree, checker.Absent: c.Absent,
	}
	for _, s := range htmlStatuses {
		p.Statuses = append(p.Statuses, htmlStatusCount{string(s), counts[s]})
	}
	// Severity first, fact id second (findings already sorted by id).
	slices.SortStableFunc(fs, func(a, b checker.Finding) int {
		return statusRank(a.Status) - statusRank(b.Status)
	})
	var sources, ids []string
	lb := labelsOf(fs)
	for i := range fs {
		f := &fs[i]
		p.Facts = append(p.Facts, htmlFactOf(f, "f"+strconv.Itoa(i), lb))
		for _, c := range f.Claims {
			sources = append(sources, lb.source(c))
			ids = append(ids, cmp.Or(c.SourceID, strings.ToLower(lb.source(c))))
		}
	}
	slices.Sort(sources)
	p.Sources = slices.Compact(sources)
	slices.Sort(ids)
	p.NSources = len(slices.Compact(ids))
	return p, nil
}

func statusRank(s checker.Status) int {
	if i := slices.Index(htmlStatuses, s); i >= 0 {
		return i
	}
	return len(htmlStatuses)
}

// labels names the rows of claims: by outlet, or, when none is named, by
// article path without the folders every such article of the report
// shares ("a/index.md" and "b/index.md" stay two rows; "../seeds/001.txt"
// is "001.txt" when all are in ../seeds).
type labels struct{ prefix string }

func labelsOf(fs []checker.Finding) labels {
	var paths []string
	for _, f := range fs {
		for _, c := range f.Claims {
			if s := strings.TrimSpace(c.Source); s == "" || s == c.Article {
				paths = append(paths, c.Article)
			}
		}
	}
	if len(paths) == 0 {
		return labels{}
	}
	prefix := paths[0][:strings.LastIndexByte(paths[0], '/')+1]
	for _, p := range paths[1:] {
		for !strings.HasPrefix(p, prefix) {
			prefix = prefix[:strings.LastIndexByte(strings.TrimSuffix(prefix, "/"), '/')+1]
		}
	}
	return labels{prefix}
}

// source names a claim's row: its outlet, or its article when the outlet
// is unknown.
func (l labels) source(c checker.Claim) string {
	s := strings.TrimSpace(c.Source)
	if s == "" || s == c.Article {
		s = strings.TrimPrefix(c.Article, l.prefix)
	}
	return clean(s)
}

func htmlFactOf(f *checker.Finding, id string, lb labels) htmlFact {
	hf := htmlFact{
		ID:      id,
		Fact:    clean(f.Fact),
		Title:   clean(f.Title),
		Status:  clean(string(f.Status)),
		Support: sourcesPhrase(*f),
		Note:    clean(f.Note),
		Known:   f.Known && f.Status == checker.Single,
	}
	if hf.Status == "" {
		hf.Status = "unknown"
	}
	var srcs []string
	for _, c := range f.Claims {
		srcs = append(srcs, lb.source(c))
	}
	slices.Sort(srcs)
	b, _ := json.Marshal(slices.Compact(srcs)) // []string always marshals
	hf.SourcesJSON = string(b)
	if len(f.Claims) == 0 {
		return hf
	}
	hf.Consensus = consensusPhrase(f)

	// What each claim is in conflict with, for its card and label.
	against := make([][]int, len(f.Claims))
	open := slices.Concat(f.Conflicts, f.SelfContradictions)
	for _, pr := range open {
		if validPair(f, pr) {
			against[pr.I] = append(against[pr.I], pr.J)
			against[pr.J] = append(against[pr.J], pr.I)
		}
	}
	for i, c := range f.Claims {
		val, words := claimValue(c)
		hc := htmlClaim{
			ID:       id + "-c" + strconv.Itoa(i),
			Loc:      loc(c),
			Source:   lb.source(c),
			Date:     dateOf(c.Published),
			Value:    val,
			Words:    words,
			Vague:    c.Quantity.Vague,
			Sentence: htmlSentence(c),
			About:    claimAbout(c),
			Cluster:  clusterLetter(c.Cluster),
			K:        max(c.Cluster, 0) % 6,
			New:      c.New,
		}
		if len(against[i]) > 0 {
			var with []string
			for _, j := range against[i] {
				o := f.Claims[j]
				with = append(with, interval(o.Quantity.Interval, o.Quantity.Kind)+" ("+lb.source(o)+")")
			}
			hc.Conflict = "disagrees with " + strings.Join(with, ", ")
		}
		hf.Claims = append(hf.Claims, hc)
	}

	kind := "conflict"
	if f.Status == checker.Revised {
		kind = "revision"
	}
	for _, pr := range f.Conflicts {
		k := kind
		if checker.ClaimantsDiffer(*f, pr) {
			k += " between claimants"
		}
		hf.Pairs = append(hf.Pairs, htmlPairOf(f, hf.Claims, pr, k))
	}
	for _, pr := range f.SelfContradictions {
		hf.Pairs = append(hf.Pairs, htmlPairOf(f, hf.Claims, pr, "self-contradiction"))
	}
	for _, pr := range f.Baselined {
		line, _ := pairLine(*f, pr)
		hf.Baselined = append(hf.Baselined, line)
	}
	hf.Chart = newChart(f, id, hf.Claims, lb)
	return hf
}

// consensusPhrase is "low 3 · best 7 · high 11", as the text report's
// header gives it.
func consensusPhrase(f *checker.Finding) string {
	q, c := f.Claims[0].Quantity, f.Consensus
	return "low " + withUnit(c.Low, q) + " · best " + withUnit(c.Best, q) + policyPhrase(c.Policy) + " · high " + withUnit(c.High, q)
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// clusterLetter names agreement cluster n: A, B, …, Z, then A2, B2, ….
func clusterLetter(n int) string {
	if n < 0 {
		n = 0
	}
	l := string(rune('A' + n%26))
	if n >= 26 {
		l += strconv.Itoa(n/26 + 1)
	}
	return l
}

func htmlSentence(c checker.Claim) []htmlSeg {
	s := c.Sentence
	var out []htmlSeg
	last := 0
	for _, m := range sentenceMarks(c) {
		if m.Pos > last {
			out = append(out, htmlSeg{clean(s[last:m.Pos]), ""})
		}
		mark := "t"
		if m.value {
			mark = "v"
		}
		out = append(out, htmlSeg{clean(s[m.Pos:m.End]), mark})
		last = m.End
	}
	if last < len(s) {
		out = append(out, htmlSeg{clean(s[last:]), ""})
	}
	return out
}

func htmlPairOf(f *checker.Finding, claims []htmlClaim, pr checker.Pair, kind string) htmlPair {
	line, ok := pairLine(*f, pr)
	hp := htmlPair{Kind: kind, Line: line}
	if !ok {
		return hp
	}
	hp.A, hp.B = &claims[pr.I], &claims[pr.J]
	a, b := f.Claims[pr.I], f.Claims[pr.J]
	if a.Sentence == b.Sentence {
		hp.Same = true
		return hp
	}
	for _, r := range diffRuns(wordDiff(a.Sentence, b.Sentence)) {
		for _, s := range []htmlSeg{{r.lead, ""}, {r.del, "del"}, {r.ins, "ins"}, {r.trail, ""}} {
			if s.Text != "" {
				hp.Diff = append(hp.Diff, htmlSeg{clean(s.Text), s.Mark})
			}
		}
	}
	return hp
}

// Chart geometry, in SVG user units (the SVG scales to the page width).
const (
	chartW   = 760.0
	labelW   = 168.0 // the source names' column
	plotL    = labelW + 22
	plotR    = chartW - 60 // room on the right for arrows and cluster letters
	topH     = 44.0        // the consensus labels above the rows
	laneH    = 26.0
	rowPad   = 6.0
	axisH    = 50.0 // axis, tick labels and axis title under the rows
	glyphR   = 6.5  // half the size of a claim's shape
	arrowLen = 16.0 // how far an unbounded end runs past the plot
	plotPad  = 14.0 // keeps the ends of the domain off the plot's edges
)

// htmlChart is one fact's chart, laid out.
type htmlChart struct {
	ID            string
	W, H          string
	Title, Desc   string
	Rows          []htmlRow
	Ticks         []htmlTick
	AxisY, AxisX1 string
	AxisX2        string
	AxisTitleY    string
	AxisTitle     string
	AxisMid       string
	TickY         string
	TickLabelY    string
	LinesTop      string
	GapH          string
	GapLabelY     string
	RowsTop       string
	RowsBottom    string
	Lines         []htmlLine // consensus lines
	Labels        []htmlText // consensus labels
	Gaps          []htmlGap
	Hatch         string // the gaps' kind, which colours their hatching
}

type htmlRow struct {
	Y, H, TextY, SubY string
	Odd               bool
	Name, Full, Sub   string
	Glyphs            []htmlGlyph
}

// htmlGlyph is one claim drawn: an optional bar (with caps at closed
// finite ends and arrowheads at unbounded ones) and its cluster's shape,
// with the cluster's letter beside it.
type htmlGlyph struct {
	ID, Label           string
	Cluster             int // palette index, 0-5
	Letter              string
	Class               string
	Low, High           string // the interval's bounds, for tests and tools
	Bar                 bool
	BarX, BarY, BarW    string
	Caps, Arrows, Shape string // path data
	LetterX, LetterY    string
	LetterAnchor        string
	RingX, RingY, RingW string

	idx          int
	lane         int
	x1, x2, sx   float64 // bar ends (at the arrow tip when unbounded), shape
	loInf, hiInf bool
	loOpen       bool
	hiOpen       bool
	ex1, ex2     float64 // the extent: what the glyph covers, letter included
	conflicting  bool
	vague        bool
	superseded   bool
	New          bool
}

type htmlTick struct {
	X, Label string
	Major    bool
}

type htmlLine struct{ X, Class string }

type htmlText struct{ X, Y, Anchor, Text, Class string }

type htmlGap struct {
	X, W, LabelX, Label, Kind string
}

// f1 prints a coordinate to a tenth of a unit: enough for the eye, and the
// same bytes on every machine.
func f1(x float64) string {
	x = math.Round(x*10) / 10
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// axis maps values to x positions, linearly or on a log scale.
type axis struct {
	lo, hi float64 // the plot's domain, finite
	log    bool
	ticks  []float64
}

func (a axis) x(v float64) float64 {
	switch {
	case math.IsNaN(v):
		return plotL
	case math.IsInf(v, 1):
		return plotR + arrowLen
	case math.IsInf(v, -1):
		return plotL - arrowLen
	}
	var t float64
	if a.log {
		if v <= 0 {
			return plotL - arrowLen
		}
		t = (math.Log10(v) - math.Log10(a.lo)) / (math.Log10(a.hi) - math.Log10(a.lo))
	} else {
		t = (v - a.lo) / (a.hi - a.lo)
	}
	return plotL + plotPad + t*(plotR-plotL-2*plotPad)
}

// newAxis picks the scale for a set of finite values: log when they are all
// positive and span two orders of magnitude or more (a linear axis would
// crush the small ones into one point), else linear; the domain is widened
// to round ticks ("nice numbers": steps of 1, 2 or 5 times a power of ten).
func newAxis(vals []float64, k quantity.Kind) axis {
	var a axis
	if len(vals) == 0 {
		vals = []float64{0, 1}
	}
	lo, hi := slices.Min(vals), slices.Max(vals)
	if lo > 0 && hi/lo >= 100 && k != quantity.Year && k != quantity.Date {
		a.log = true
		e0, e1 := math.Floor(math.Log10(lo)), math.Ceil(math.Log10(hi))
		a.lo, a.hi = math.Pow(10, e0), math.Pow(10, e1)
		for e := e0; e <= e1; e++ {
			d := math.Pow(10, e)
			a.ticks = append(a.ticks, d)
			if e1-e0 <= 3 && e < e1 {
				a.ticks = append(a.ticks, 2*d, 5*d)
			}
		}
		return a
	}
	integral := k == quantity.Year || k == quantity.Date
	if !integral && (k == quantity.Number || k == quantity.Duration) {
		integral = true
		for _, v := range vals {
			if v != math.Trunc(v) {
				integral = false
			}
		}
	}
	if lo == hi {
		// One value: years and dates get a few either side; amounts are
		// shown against zero, so a lone $50 billion does not look like a
		// spread of $44 to $56 billion.
		switch {
		case k == quantity.Year:
			lo, hi = lo-2, hi+2
		case k == quantity.Date:
			lo, hi = lo-3, hi+3
		case lo > 0:
			lo = 0
		case lo < 0:
			hi = 0
		default:
			hi = 1
		}
	}
	raw := (hi - lo) / 5
	if math.IsInf(raw, 0) {
		// Values near the largest float (a claims stream may say
		// anything) overflow the span; halves of them do not.
		raw = hi/5 - lo/5
	}
	step := niceStep(raw, k)
	if integral {
		step = max(step, 1)
	}
	// Ticks are printed to 10 significant digits: a step finer than that
	// (10 trillion against 10 trillion and one) would print one tick
	// thousands of times, so the step is at least a billionth of the
	// values.
	step = max(step, niceStep(math.Max(math.Abs(lo), math.Abs(hi))*1e-9, k))
	a.lo, a.hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if a.lo == a.hi {
		a.hi = a.lo + step
	}
	// Bounded in steps as well as ticks: a step too fine to move a
	// rounded tick would otherwise go on for ever.
	for i := 0; i < 10*maxTicks && len(a.ticks) < maxTicks; i++ {
		v := a.lo + float64(i)*step
		// Rounded so that 0.1+0.2 steps print as 0.3.
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 10, 64), 64)
		if v > a.hi+step/1e6 {
			break
		}
		if n := len(a.ticks); n > 0 && v <= a.ticks[n-1] {
			continue
		}
		a.ticks = append(a.ticks, v)
	}
	return a
}

// maxTicks bounds an axis's ticks whatever its values: a nice step gives
// five to ten.
const maxTicks = 100

// niceStep rounds a raw step up to 1, 2 or 5 times a power of ten, or, for
// dates, to days, weeks, months or years.
func niceStep(raw float64, k quantity.Kind) float64 {
	if raw <= 0 || math.IsNaN(raw) || math.IsInf(raw, 0) {
		return 1
	}
	if k == quantity.Date {
		for _, d := range []float64{1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652} {
			if raw <= d {
				return d
			}
		}
	}
	e := math.Pow(10, math.Floor(math.Log10(raw)))
	switch f := raw / e; {
	case f <= 1:
		return e
	case f <= 2:
		return 2 * e
	case f <= 5:
		return 5 * e
	}
	return 10 * e
}

// textWidth estimates the width of a label in the chart's 11-12 unit
// type, to keep labels from running into each other.
func textWidth(s string) float64 { return 6.4 * float64(utf8.RuneCountInString(s)) }

// axisTitle names what the axis counts, from the fact's first claim.
func axisTitle(q quantity.Quantity, log bool) string {
	var t string
	switch q.Kind {
	case quantity.Percent:
		t = "percent"
		if q.Unit == quantity.PercentagePoints {
			t = quantity.PercentagePoints
		}
	case quantity.Money:
		t = cmp.Or(q.Currency, "money")
	case quantity.Year:
		t = "year"
	case quantity.Date:
		t = "date"
	case quantity.Duration:
		t = cmp.Or(q.Unit, "duration")
	default:
		t = cmp.Or(clean(q.Unit), "number")
	}
	if log {
		t += " · log scale"
	}
	return t
}

func newChart(f *checker.Finding, id string, claims []htmlClaim, lb labels) *htmlChart {
	q := f.Claims[0].Quantity
	var vals []float64
	unboundedHi, unboundedLo := false, false
	for _, c := range f.Claims {
		iv := c.Quantity.Interval
		for _, v := range []float64{iv.Low, iv.High, c.Quantity.Value} {
			if !math.IsInf(v, 0) && !math.IsNaN(v) {
				vals = append(vals, v)
			}
		}
		unboundedHi = unboundedHi || math.IsInf(iv.High, 1)
		unboundedLo = unboundedLo || math.IsInf(iv.Low, -1)
	}
	for _, v := range []float64{f.Consensus.Low, f.Consensus.Best, f.Consensus.High} {
		if !math.IsInf(v, 0) && !math.IsNaN(v) {
			vals = append(vals, v)
		}
	}
	// An unbounded end needs room to point past the largest (or smallest)
	// finite value.
	if len(vals) > 0 && (unboundedHi || unboundedLo) {
		lo, hi := slices.Min(vals), slices.Max(vals)
		room := 0.25 * (hi - lo)
		if room == 0 {
			room = 0.25 * math.Max(math.Abs(hi), 1)
		}
		if unboundedHi {
			vals = append(vals, hi+room)
		}
		if unboundedLo {
			vals = append(vals, lo-room)
		}
	}
	ax := newAxis(vals, q.Kind)
	ch := &htmlChart{ID: id, AxisTitle: axisTitle(q, ax.log)}

	// Rows: one per source, the earliest published first, undated last,
	// then in the order the finding lists them.
	type row struct {
		name  string
		first time.Time
		idx   []int
		dates []string
	}
	var rows []*row
	byName := map[string]*row{}
	for i, c := range f.Claims {
		n := lb.source(c)
		r := byName[n]
		if r == nil {
			r = &row{name: n}
			byName[n] = r
			rows = append(rows, r)
		}
		r.idx = append(r.idx, i)
		if !c.Published.IsZero() && (r.first.IsZero() || c.Published.Before(r.first)) {
			r.first = c.Published
		}
		if d := dateOf(c.Published); d != "" && !slices.Contains(r.dates, d) {
			r.dates = append(r.dates, d)
		}
	}
	slices.SortStableFunc(rows, func(a, b *row) int {
		switch {
		case a.first.IsZero() && b.first.IsZero():
			return 0
		case a.first.IsZero():
			return 1
		case b.first.IsZero():
			return -1
		}
		return a.first.Compare(b.first)
	})

	inConflict := make([]bool, len(f.Claims))
	for _, pr := range slices.Concat(f.Conflicts, f.SelfContradictions) {
		if validPair(f, pr) {
			inConflict[pr.I], inConflict[pr.J] = true, true
		}
	}

	y := topH
	var desc []string
	for ri, r := range rows {
		hr := htmlRow{Odd: ri%2 == 1, Full: r.name, Name: truncate(r.name, 22)}
		slices.Sort(r.dates)
		switch len(r.dates) {
		case 0:
			hr.Sub = "date unknown"
		case 1:
			hr.Sub = r.dates[0]
		default:
			hr.Sub = r.dates[0] + " to " + r.dates[len(r.dates)-1]
		}
		// Each claim of the row goes in the first lane, left to right,
		// where it does not touch the one before.
		idx := r.idx
		var laneEnd []float64
		var gs []htmlGlyph
		for _, i := range idx {
			g := glyph(i, f.Claims[i], ax, claims[i])
			g.conflicting = inConflict[i]
			gs = append(gs, g)
		}
		slices.SortStableFunc(gs, func(a, b htmlGlyph) int { return cmp.Compare(a.ex1, b.ex1) })
		for k := range gs {
			g := &gs[k]
			lane := 0
			for lane < len(laneEnd) && laneEnd[lane] > g.ex1 {
				lane++
			}
			if lane == len(laneEnd) {
				laneEnd = append(laneEnd, 0)
			}
			laneEnd[lane] = g.ex2
			g.lane = lane
		}
		// Back in the finding's order, so keyboard focus moves through a
		// row's claims the way the text report lists them.
		slices.SortStableFunc(gs, func(a, b htmlGlyph) int { return a.idx - b.idx })
		h := float64(len(laneEnd))*laneH + 2*rowPad
		hr.Y, hr.H = f1(y), f1(h)
		hr.TextY, hr.SubY = f1(y+h/2-2), f1(y+h/2+12)
		for _, g := range gs {
			place(&g, y+rowPad+laneH*(float64(g.lane)+0.5))
			hr.Glyphs = append(hr.Glyphs, g)
		}
		ch.Rows = append(ch.Rows, hr)
		y += h
	}
	rowsTop, rowsBottom := topH, y
	ch.RowsTop, ch.RowsBottom = f1(rowsTop), f1(rowsBottom)

	// Ticks, thinned until their labels do not touch.
	for _, t := range ax.ticks {
		ch.Ticks = append(ch.Ticks, htmlTick{X: f1(ax.x(t)), Label: withUnit(t, q), Major: true})
	}
	for stride := 2; stride <= len(ch.Ticks) && ticksCrowded(ch.Ticks, ax); stride++ {
		for i := range ch.Ticks {
			ch.Ticks[i].Major = i%stride == 0
		}
	}
	for i := range ch.Ticks {
		if !ch.Ticks[i].Major {
			ch.Ticks[i].Label = ""
		}
	}
	ch.AxisY, ch.AxisX1, ch.AxisX2 = f1(rowsBottom+6), f1(plotL), f1(plotR)
	ch.TickY, ch.TickLabelY = f1(rowsBottom+11), f1(rowsBottom+24)
	ch.AxisTitleY, ch.AxisMid = f1(rowsBottom+42), f1((plotL+plotR)/2)
	ch.LinesTop = f1(topH - 8)
	ch.GapH, ch.GapLabelY = f1(rowsBottom-rowsTop), f1(rowsTop-4)

	// Consensus: best solid, low and high dashed; labels above the rows,
	// best on the upper line, low and high on the lower one, equal values
	// named once.
	c := f.Consensus
	type mark struct {
		v    float64
		name string
	}
	ms := []mark{{c.Low, "low"}, {c.Best, "best"}, {c.High, "high"}}
	name := func(m mark) string {
		var same []string
		for _, o := range ms {
			if o.v == m.v {
				same = append(same, o.name)
			}
		}
		return strings.Join(same, " = ")
	}
	bestText := name(ms[1]) + " " + withUnit(c.Best, q) + policyPhrase(c.Policy)
	if x := ax.x(c.Best); !math.IsInf(c.Best, 0) {
		ch.Lines = append(ch.Lines, htmlLine{f1(x), "best"})
		ch.Labels = append(ch.Labels, label(x, 16, "middle", bestText, "best"))
	}
	for _, m := range []mark{ms[0], ms[2]} {
		if m.v == c.Best || math.IsNaN(m.v) {
			continue
		}
		x := ax.x(m.v)
		text := name(m) + " " + withUnit(m.v, q)
		anchor := "end"
		if m.name == "high" {
			anchor = "start"
		}
		if !math.IsInf(m.v, 0) {
			ch.Lines = append(ch.Lines, htmlLine{f1(x), "bound"})
		}
		ch.Labels = append(ch.Labels, label(x, 34, anchor, text, "bound"))
	}

	// Gaps: stretches of the axis no claim covers, between two claims that
	// disagree. They are hatched, so a conflict is visible without colour.
	var all []htmlGlyph
	for _, r := range ch.Rows {
		all = append(all, r.Glyphs...)
	}
	ch.Gaps = gaps(f, all)
	for _, g := range ch.Gaps {
		if ch.Hatch == "" || ch.Hatch == "in-baseline" {
			ch.Hatch = g.Kind
		}
	}

	ch.W = f1(chartW)
	ch.H = f1(rowsBottom + axisH)
	ch.Title = "Chart: " + cmp.Or(clean(f.Title), clean(f.Fact))
	for _, hc := range claims {
		desc = append(desc, hc.Source+": "+hc.Value+", cluster "+hc.Cluster)
	}
	scale := "linear"
	if ax.log {
		scale = "logarithmic"
	}
	ch.Desc = fmt.Sprintf("%s on a %s axis from %s to %s. %s. Consensus %s.",
		plural(len(claims), "claim", "claims"), scale, withUnit(ax.lo, q), withUnit(ax.hi, q),
		strings.Join(desc, "; "), consensusPhrase(f))
	if len(ch.Gaps) > 0 {
		ch.Desc += " Hatched bands mark values no claim covers between claims that disagree."
	}
	return ch
}

func label(x, y float64, anchor, text, class string) htmlText {
	w := textWidth(text)
	switch anchor {
	case "middle":
		if x-w/2 < plotL-20 {
			x, anchor = plotL-20, "start"
		} else if x+w/2 > chartW-4 {
			x, anchor = chartW-4, "end"
		}
	case "end":
		x -= 4
		if x-w < labelW {
			x, anchor = x+8, "start"
		}
	case "start":
		x += 4
		if x+w > chartW-4 {
			x, anchor = x-8, "end"
		}
	}
	x = math.Min(math.Max(x, 2), chartW-2)
	return htmlText{X: f1(x), Y: f1(y), Anchor: anchor, Text: text, Class: class}
}

func ticksCrowded(ts []htmlTick, ax axis) bool {
	last := math.Inf(-1)
	for _, t := range ts {
		if !t.Major {
			continue
		}
		x, _ := strconv.ParseFloat(t.X, 64)
		w := textWidth(t.Label)
		if x-w/2 < last+10 {
			return true
		}
		last = x + w/2
	}
	return false
}

// truncate shortens s to n characters. A file name loses its middle, so
// that its start and extension stay readable ("003_dc5d9eb…e75b.txt"); any
// other name loses its end.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if ext := path.Ext(s); ext == "" || len(ext) > 5 || strings.Contains(s, " ") {
		return strings.TrimSpace(string(r[:n-1])) + "…"
	}
	tail := (n - 1) / 3
	return string(r[:n-1-tail]) + "…" + string(r[len(r)-tail:])
}

// glyph lays out a claim along the axis; place sets its y coordinates
// once its lane is known.
func glyph(i int, c checker.Claim, ax axis, hc htmlClaim) htmlGlyph {
	iv := c.Quantity.Interval
	g := htmlGlyph{
		idx:        i,
		ID:         hc.ID,
		Cluster:    max(c.Cluster, 0) % 6,
		Letter:     hc.Cluster,
		Low:        number(iv.Low, c.Quantity.Kind),
		High:       number(iv.High, c.Quantity.Kind),
		loInf:      math.IsInf(iv.Low, -1),
		vague:      c.Quantity.Vague,
		superseded: c.Superseded,
		New:        c.New,
		hiInf:      math.IsInf(iv.High, 1),
		loOpen:     iv.LowOpen,
		hiOpen:     iv.HighOpen,
	}
	g.x1, g.x2 = ax.x(iv.Low), ax.x(iv.High)
	g.Bar = g.x2-g.x1 > 0.5
	// The shape marks the value as written ("up to $100 billion" at $100
	// billion) when it is a finite point of the bar, else the bar's middle.
	g.sx = g.x1
	if g.Bar {
		v := c.Quantity.Value
		g.sx = (math.Max(g.x1, plotL) + math.Min(g.x2, plotR)) / 2
		if !math.IsInf(v, 0) && !math.IsNaN(v) && iv.Low <= v && v <= iv.High {
			g.sx = ax.x(v)
		}
	}
	g.ex1, g.ex2 = math.Min(g.x1, g.sx)-glyphR-2, math.Max(g.x2, g.sx)+glyphR+16
	if g.hiInf {
		g.ex2 = g.x2 + 26
	}
	if g.loInf {
		g.ex1 = g.x1 - 12
	}
	if g.New {
		g.ex2 += 28 // the "new" tag after the letter
	}
	var parts []string
	parts = append(parts, hc.Source, hc.Value)
	if hc.Words != "" {
		parts = append(parts, hc.Words)
	}
	parts = append(parts, "cluster "+hc.Cluster)
	if hc.About != "" {
		parts = append(parts, hc.About)
	}
	if hc.Conflict != "" {
		parts = append(parts, hc.Conflict)
	}
	if hc.Date != "" {
		parts = append(parts, "published "+hc.Date)
	}
	parts = append(parts, hc.Loc)
	g.Label = strings.Join(parts, "; ")
	return g
}

// place sets a glyph's y coordinates and builds its paths.
func place(g *htmlGlyph, y float64) {
	x1, x2 := g.x1, g.x2
	g.Class = "claim k" + strconv.Itoa(g.Cluster)
	for _, c := range []struct {
		on   bool
		name string
	}{{g.conflicting, "conflicting"}, {g.vague, "vague"}, {g.superseded, "superseded"}, {g.New, "new"}} {
		if c.on {
			g.Class += " " + c.name
		}
	}
	if g.Bar {
		g.BarX, g.BarY, g.BarW = f1(x1), f1(y-4), f1(x2-x1)
	}
	var caps, arrows strings.Builder
	// A cap shows that a bound is included: none on an open end ("more
	// than 1 million", "nearly four years").
	if g.Bar && !g.loInf && !g.loOpen {
		fmt.Fprintf(&caps, "M%s %sV%s", f1(x1), f1(y-7), f1(y+7))
	}
	if g.Bar && !g.hiInf && !g.hiOpen {
		fmt.Fprintf(&caps, "M%s %sV%s", f1(x2), f1(y-7), f1(y+7))
	}
	if g.hiInf {
		fmt.Fprintf(&arrows, "M%s %sL%s %sL%s %sZ", f1(x2), f1(y-7), f1(x2+11), f1(y), f1(x2), f1(y+7))
	}
	if g.loInf {
		fmt.Fprintf(&arrows, "M%s %sL%s %sL%s %sZ", f1(x1), f1(y-7), f1(x1-11), f1(y), f1(x1), f1(y+7))
	}
	g.Caps, g.Arrows = caps.String(), arrows.String()
	g.Shape = shapePath(g.Cluster, g.sx, y)
	right := math.Max(x2, g.sx)
	if g.hiInf {
		right = x2 + 11
	}
	lx, anchor := right+glyphR+3, "start"
	if g.Bar && !g.hiInf {
		lx = right + 5
	}
	if lx+10 > chartW {
		lx, anchor = math.Min(x1, g.sx)-glyphR-4, "end"
	}
	g.LetterX, g.LetterY, g.LetterAnchor = f1(lx), f1(y+4), anchor
	rx1, rx2 := math.Min(x1, g.sx)-glyphR-3, math.Max(right, g.sx+glyphR)+3
	if g.loInf {
		rx1 = x1 - 14
	}
	g.RingX, g.RingY, g.RingW = f1(rx1), f1(y-11), f1(rx2-rx1)
}

// shapePath draws the shape of cluster k at (x, y): circle, square,
// diamond, triangle up, triangle down, hexagon. With the letter, it tells
// clusters apart without colour.
func shapePath(k int, x, y float64) string {
	r := glyphR
	p := func(pts ...float64) string {
		var b strings.Builder
		for i := 0; i < len(pts); i += 2 {
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(f1(x+pts[i]) + " " + f1(y+pts[i+1]))
		}
		b.WriteString("Z")
		return b.String()
	}
	switch k % 6 {
	case 1:
		s := r * 0.88
		return p(-s, -s, s, -s, s, s, -s, s)
	case 2:
		s := r * 1.25
		return p(0, -s, s, 0, 0, s, -s, 0)
	case 3:
		return p(0, -r*1.15, r*1.1, r*0.8, -r*1.1, r*0.8)
	case 4:
		return p(0, r*1.15, r*1.1, -r*0.8, -r*1.1, -r*0.8)
	case 5:
		h := r * 0.87
		return p(-r, 0, -r/2, -h, r/2, -h, r, 0, r/2, h, -r/2, h)
	}
	return fmt.Sprintf("M%s %sa%s %s 0 1 0 %s 0a%s %s 0 1 0 %s 0Z",
		f1(x-r), f1(y), f1(r), f1(r), f1(2*r), f1(r), f1(r), f1(-2*r))
}

// gaps finds the stretches between claims that disagree: the axis is cut
// where no claim's bar or shape reaches, and a cut is kept when a pair that
// disagrees lies on either side of it.
func gaps(f *checker.Finding, gs []htmlGlyph) []htmlGap {
	type seg struct{ a, b float64 }
	ext := make([]seg, len(f.Claims))
	var segs []seg
	for _, g := range gs {
		s := seg{math.Min(g.x1, g.sx) - glyphR - 1, math.Max(g.x2, g.sx) + glyphR + 1}
		if g.hiInf {
			s.b = g.x2 + 11
		}
		ext[g.idx] = s
		segs = append(segs, s)
	}
	slices.SortFunc(segs, func(p, q seg) int { return cmp.Compare(p.a, q.a) })
	var merged []seg
	for _, s := range segs {
		if n := len(merged); n > 0 && s.a <= merged[n-1].b {
			merged[n-1].b = math.Max(merged[n-1].b, s.b)
			continue
		}
		merged = append(merged, s)
	}
	kind := "conflict"
	if f.Status == checker.Revised {
		kind = "revision"
	}
	type pairKind struct {
		pr   checker.Pair
		kind string
	}
	var prs []pairKind
	for _, pr := range slices.Concat(f.Conflicts, f.SelfContradictions) {
		prs = append(prs, pairKind{pr, kind})
	}
	for _, pr := range f.Baselined {
		prs = append(prs, pairKind{pr, "in baseline"})
	}
	var out []htmlGap
	for i := 1; i < len(merged); i++ {
		a, b := merged[i-1].b, merged[i].a
		if b-a < 6 {
			continue
		}
		found := ""
		for _, p := range prs {
			if !validPair(f, p.pr) {
				continue
			}
			e1, e2 := ext[p.pr.I], ext[p.pr.J]
			if (e1.b <= a && e2.a >= b) || (e2.b <= a && e1.a >= b) {
				if found == "" || found == "in baseline" {
					found = p.kind
				}
			}
		}
		if found == "" {
			continue
		}
		x, w := a+2, b-a-4
		g := htmlGap{X: f1(x), W: f1(w), LabelX: f1(x + w/2), Kind: strings.ReplaceAll(found, " ", "-")}
		switch {
		case w >= textWidth(found)+8:
			g.Label = found
		case w >= 12:
			g.Label = "≠"
		}
		out = append(out, g)
	}
	return out
}
