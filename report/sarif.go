package report

// SARIF 2.1.0 for code scanning and SARIF viewers. Consumer quirks worth
// knowing:
//
//   - Columns. Claim columns count characters (Unicode code points), and the
//     run says so with columnKind "unicodeCodePoints". GitHub code scanning
//     ignores columnKind and reads columns as UTF-16 code units, so on a
//     line with a character outside the Basic Multilingual Plane (an emoji,
//     some CJK) before the claim its highlight shifts one column per such
//     character. "€", "—" and curly quotes are one unit either way. The VS
//     Code SARIF viewer honours columnKind.
//   - Paths. Relative article paths are written as relative URIs with
//     uriBaseId "%SRCROOT%"; GitHub resolves them against the checkout, so
//     run crosscheck from the repository root. Absolute paths become
//     file:// URIs, which GitHub cannot place in the repository.
//   - Identity. GitHub matches a result across runs by rule id and
//     partialFingerprints; ours leave out lines and paths, so an alert
//     follows its claim when text moves. Without them the upload action
//     computes a line hash of its own.
//   - Baselines. Baselined pairs and known single sources are written as
//     results with an external suppression. Consumers that honour
//     suppressions hide or mark them; others show them at their level.
//   - Size. GitHub caps the results per run and the related locations per
//     result it keeps; a corpus with thousands of open problems should be
//     checked with a baseline.
//   - Messages are plain text; one that contains "[text](n)" (from a title
//     or an article) may be shown by viewers as a link to related location
//     n, which is harmless.

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// sarifSchemaURI is the schema of the OASIS standard with its errata: the
// id the schema declares for itself. go-sarif's Version210 points at a path
// on the spec repository's main branch instead (where the schema has moved,
// to Schemata/), so the library's schema field is set by hand.
const sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

const (
	toolName           = "crosscheck"
	toolInformationURI = "https://github.com/crosscheck-news/crosscheck"
	fingerprintKey     = "crosscheck/v1"
)

// go-sarif v2.3.3 cannot write a valid suppression: its Suppression type
// writes "status", "location" and "guid" as null when they are not set, and
// the schema rejects null for each. So the result type is wrapped to carry
// suppressions of our own, and the run and log types are wrapped to carry
// those results. The outer fields shadow the library's fields of the same
// JSON name; everything else is the library's.
type (
	sarifLog struct {
		*sarif.Report
		Runs []*sarifRun `json:"runs"`
	}
	sarifRun struct {
		*sarif.Run
		Results []*sarifResult `json:"results"`
	}
	sarifResult struct {
		*sarif.Result
		Suppressions []sarifSuppression `json:"suppressions,omitempty"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification,omitempty"`
	}
)

// SARIF writes the report as a SARIF 2.1.0 log with one run. The driver
// "crosscheck" has one rule per finding, in fact id order, whose id is the
// fact id. Each problem (see findingProblems) is a result at its claim's
// words, with level "error" when the finding fails the run
// (Report.FailOn), the other claims of its pairs as related locations, and
// a partial fingerprint ("crosscheck/v1") of the fact, the status and the
// source and value of each claim involved. Pairs and single sources a baseline records are
// results too, suppressed ("recorded in the baseline").
//
// The output is deterministic: no timestamps, no GUIDs, 2-space
// indentation and a trailing newline.
//
// The rules come before the results, so SARIF reads the findings twice:
// once for the rules (a few strings per fact), once to write the results a
// finding at a time. An error from Report.Each on the first pass writes
// nothing; one on the second is returned with part of the log written.
func SARIF(w io.Writer, r *Report) error {
	doc, err := sarif.New(sarif.Version210, false)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	doc.Schema = sarifSchemaURI
	run := sarif.NewRunWithInformationURI(toolName, toolInformationURI)
	if r != nil && r.Version != "" {
		run.Tool.Driver.WithVersion(r.Version)
	}
	run.WithColumnKind("unicodeCodePoints")

	// One rule per fact id. The library drops a rule whose id it has (and
	// does not say at which index), so the indexes are kept here.
	rules := map[string]int{}
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		if _, ok := rules[f.Fact]; !ok {
			rules[f.Fact] = len(run.Tool.Driver.Rules)
			run.Tool.Driver.AddRule(sarifRule(&f))
		}
	}

	// The log is encoded whole without its results, which are the last
	// field of the run, and split where they go; each result is then
	// encoded at the indentation the whole log would give it. A key in
	// the text cannot be mistaken for the split: its quotes are escaped.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Report: doc, Runs: []*sarifRun{{Run: run}}}); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	const hole = `"results": null`
	at := bytes.LastIndex(buf.Bytes(), []byte(hole))
	if at < 0 {
		return fmt.Errorf("report: sarif: no results in the encoded log")
	}
	head := bytes.Clone(buf.Bytes()[:at+len(hole)-len("null")])
	tail := bytes.Clone(buf.Bytes()[at+len(hole):])

	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(head)
	enc.SetIndent("        ", "  ")
	n := 0
	// Fingerprint bases start with the fact id, and findings come in fact
	// id order, so the count of each base is kept for one fact at a time.
	var seen map[string]int
	fact := ""
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		if seen == nil || f.Fact != fact {
			seen, fact = map[string]int{}, f.Fact
		}
		open, baselined := findingProblems(&f, rules[f.Fact], failOn(r))
		for _, p := range append(open, baselined...) {
			base := fingerprintBase(p)
			buf.Reset()
			if err := enc.Encode(sarifResultOf(p, fingerprint(base, seen[base]))); err != nil {
				return fmt.Errorf("report: %w", err)
			}
			seen[base]++
			if n == 0 {
				bw.WriteString("[\n        ")
			} else {
				bw.WriteString(",\n        ")
			}
			bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
			n++
		}
	}
	if n == 0 {
		bw.WriteString("[]")
	} else {
		bw.WriteString("\n      ]")
	}
	bw.Write(tail)
	return bw.Flush()
}

func sarifRule(f *checker.Finding) *sarif.ReportingDescriptor {
	name := findingName(f)
	full := fmt.Sprintf("%s (fact %s in the rule files): every claim of this fact in the articles, compared with every other.",
		name, clean(f.Fact))
	help := "crosscheck finds every claim of this fact and compares each pair. " +
		"A conflict is two sources whose figures cannot both be right; a self-contradiction, one source disagreeing with itself; " +
		"a revision, figures that move the way the fact's trend says they may; a single source, a fact only one outlet states. " +
		"Check the claims against each other and against the sources, then correct the article, or record the finding in the baseline."
	if len(f.Claims) > 0 {
		q, c := f.Claims[0].Quantity, f.Consensus
		help += fmt.Sprintf(" In this run: %s, %s; low %s, best %s, high %s.", clean(string(f.Status)),
			plural(f.Sources, "source", "sources"), withUnit(c.Low, q), withUnit(c.Best, q), withUnit(c.High, q))
	} else {
		help += fmt.Sprintf(" In this run: %s, no claims.", clean(string(f.Status)))
	}
	return sarif.NewRule(f.Fact).
		WithShortDescription(sarif.NewMultiformatMessageString(name)).
		WithFullDescription(sarif.NewMultiformatMessageString(full)).
		WithHelp(sarif.NewMultiformatMessageString(help))
}

func sarifResultOf(p problem, fp string) *sarifResult {
	f := p.Finding
	res := sarif.NewRuleResult(f.Fact).
		WithRuleIndex(p.Rule).
		WithLevel(string(p.Level)).
		WithMessage(sarif.NewTextMessage(p.Message)).
		WithLocations([]*sarif.Location{sarifLocation(f.Claims[p.Claim])})
	for i, k := range p.Related {
		c := f.Claims[k]
		res.AddRelatedLocation(sarifLocation(c).
			WithId(i + 1).
			WithMessage(sarif.NewTextMessage(interval(c.Quantity.Interval, c.Quantity.Kind) + " (" + sourceName(c) + perPhrase(c) + ")")))
	}
	res.WithPartialFingerPrints(map[string]any{fingerprintKey: fp})
	out := &sarifResult{Result: res}
	if p.Baselined {
		out.Suppressions = []sarifSuppression{{Kind: "external", Justification: "recorded in the baseline"}}
	}
	return out
}

func sarifLocation(c checker.Claim) *sarif.Location {
	place := placeOf(c)
	uri, relative := artifactURI(place.File)
	al := sarif.NewArtifactLocation().WithUri(uri)
	if relative {
		al.WithUriBaseId("%SRCROOT%")
	}
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(al)
	if place.Line >= 1 {
		reg := sarif.NewRegion().WithStartLine(place.Line).WithEndLine(place.EndLine)
		if place.Column >= 1 {
			reg.WithStartColumn(place.Column).WithEndColumn(place.EndColumn)
		}
		if place.Exact && c.Text != "" {
			reg.WithSnippet(sarif.NewArtifactContent().WithText(c.Text))
		}
		pl.WithRegion(reg)
	}
	return sarif.NewLocationWithPhysicalLocation(pl)
}

// artifactURI turns an article path into a URI reference: forward slashes,
// characters a URI cannot hold percent-encoded, and absolute paths (Unix,
// Windows drive or UNC) as file:// URIs. relative reports a relative
// reference, to be resolved against %SRCROOT%.
func artifactURI(path string) (uri string, relative bool) {
	p := strings.ReplaceAll(path, `\`, "/")
	esc := (&url.URL{Path: p}).EscapedPath()
	switch {
	case strings.HasPrefix(p, "//"): // UNC: //server/share/x
		return "file:" + esc, false
	case strings.HasPrefix(p, "/"):
		return "file://" + esc, false
	case len(p) >= 3 && p[1] == ':' && p[2] == '/' && ('a' <= p[0]|0x20 && p[0]|0x20 <= 'z'):
		return "file:///" + esc, false
	}
	// A colon in the first segment would read as a scheme ("a:b.md").
	if first, _, _ := strings.Cut(esc, "/"); strings.Contains(first, ":") {
		esc = "./" + esc
	}
	return esc, true
}

// fingerprintBase identifies a problem without its place: the fact and the
// source and value of the claim it is reported at. Related claims are left
// out, so an article added elsewhere in the corpus does not change the
// fingerprints of problems already alerted on (GitHub would close those
// alerts and open new ones, losing dismissals); so are the status and the
// counted noun, which the baseline's matching leaves out too. Sources are
// folded as the checker folds them; values are intervals in shortest
// round-trip form.
func fingerprintBase(p problem) string {
	f := p.Finding
	c := f.Claims[p.Claim]
	return f.Fact + "\x00" + sourceKey(c.Source) + "\x00" + canonicalValue(c.Quantity)
}

// fingerprint hashes a base with its occurrence: the n-th problem of a run
// with the same base (one outlet giving the same figure in two articles)
// gets its own fingerprint, so GitHub does not merge the two alerts.
func fingerprint(base string, n int) string {
	sum := sha256.Sum256([]byte(base + "\x00" + strconv.Itoa(n)))
	return hex.EncodeToString(sum[:])
}

// canonicalValue writes a quantity's interval and kind the same way on
// every platform: "[7,7] number", "(1e+06,+Inf) number", "[0,5e+10] money EUR".
func canonicalValue(q quantity.Quantity) string {
	iv := q.Interval
	num := func(x float64) string { return strconv.FormatFloat(zero(x), 'g', -1, 64) }
	open, close := "[", "]"
	if iv.LowOpen {
		open = "("
	}
	if iv.HighOpen {
		close = ")"
	}
	s := open + num(iv.Low) + "," + num(iv.High) + close
	if q.Kind != 0 {
		s += " " + q.Kind.String()
	}
	if q.Currency != "" {
		s += " " + q.Currency
	}
	if q.Kind == quantity.Duration || q.Unit == quantity.PercentagePoints {
		s += " " + q.Unit
	}
	return s
}
