package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	// The official schema, shipped in testdata (see testdata/README.md).
	// Draft-04 asserts formats, so "uri" and "uri-reference" are checked.
	return jsonschema.NewCompiler().Compile("testdata/sarif-schema-2.1.0.json")
})

func validateSARIF(t *testing.T, doc []byte) error {
	t.Helper()
	sch, err := sarifSchema()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	return sch.Validate(inst)
}

func renderSARIF(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := SARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hostileReport has what real corpora throw at SARIF: paths that are not
// URIs as they stand, claims over two lines, control characters, a version.
func hostileReport() *Report {
	r := fixture()
	r.Version = "v1.2.3"
	r.FailOn = "never"
	f := &r.Findings[3] // kharkiv-civilian-deaths
	f.Claims[0].Article = "my articles/ünïcode 100%.md"
	f.Claims[1].Article = `C:\news\b.md`
	f.Claims[2].Article = "/srv/news/d #1?.md"
	f.Claims[0].Text = "se\nven\x1b"
	f.Title = "Civilians \x1b[31mkilled\x1b[0m [x](1)"
	w := &r.Findings[len(r.Findings)-2] // war-duration
	w.Claims[0].Article = "a:b.md"
	w.Claims[1].Line, w.Claims[1].Column = 0, 0 // unknown place
	return r
}

// TestSARIFSchema validates the output against the official SARIF 2.1.0
// schema, and proves that the validator would notice a broken document.
func TestSARIFSchema(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *Report
	}{
		{"fixture", fixture()},
		{"hostile", hostileReport()},
		{"fail on single", func() *Report { r := fixture(); r.FailOn = checker.Single; return r }()},
		{"nil", nil},
		{"empty", &Report{}},
		{"odd", oddReport()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := validateSARIF(t, renderSARIF(t, tc.r)); err != nil {
				t.Errorf("output is not valid SARIF 2.1.0:\n%v", err)
			}
		})
	}

	// The validator rejects what the schema forbids.
	doc := map[string]any{}
	if err := json.Unmarshal(renderSARIF(t, fixture()), &doc); err != nil {
		t.Fatal(err)
	}
	results := doc["runs"].([]any)[0].(map[string]any)["results"].([]any)
	for _, tc := range []struct {
		name   string
		mutate func(res map[string]any)
	}{
		{"level fatal", func(res map[string]any) { res["level"] = "fatal" }},
		{"column 0", func(res map[string]any) {
			loc := res["locations"].([]any)[0].(map[string]any)
			loc["physicalLocation"].(map[string]any)["region"].(map[string]any)["startColumn"] = 0
		}},
		{"unknown key", func(res map[string]any) { res["severity"] = "high" }},
		// What go-sarif's own Suppression writes: status, location and guid
		// as null. This is why sarif.go writes suppressions itself.
		{"library suppression", func(res map[string]any) {
			b, err := json.Marshal(sarif.NewSuppression("external").WithJustifcation("recorded in the baseline"))
			if err != nil {
				t.Fatal(err)
			}
			var s any
			if err := json.Unmarshal(b, &s); err != nil {
				t.Fatal(err)
			}
			res["suppressions"] = []any{s}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := results[0].(map[string]any)
			b, _ := json.Marshal(first) // deep copy for the nested mutations
			var cp map[string]any
			if err := json.Unmarshal(b, &cp); err != nil {
				t.Fatal(err)
			}
			tc.mutate(cp)
			results[0] = cp
			defer func() { results[0] = first }()
			bad, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			err = validateSARIF(t, bad)
			if err == nil {
				t.Fatal("the validator accepted an invalid document")
			}
			t.Logf("rejected: %.300v", err)
		})
	}
}

type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name, InformationURI, Version string
				Rules                         []struct {
					ID               string `json:"id"`
					ShortDescription struct{ Text string }
				}
			}
		}
		Results []sarifDocResult
	}
}

type sarifDocResult struct {
	RuleID    string `json:"ruleId"`
	RuleIndex *int   `json:"ruleIndex"`
	Level     string
	Message   struct{ Text string }
	Locations []struct {
		PhysicalLocation sarifDocPhysical `json:"physicalLocation"`
	}
	RelatedLocations []struct {
		ID               int `json:"id"`
		PhysicalLocation sarifDocPhysical
		Message          struct{ Text string }
	} `json:"relatedLocations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Suppressions        []struct{ Kind, Justification string }
}

type sarifDocPhysical struct {
	ArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	} `json:"artifactLocation"`
	Region struct {
		StartLine, StartColumn, EndLine, EndColumn int
		Snippet                                    struct{ Text string }
	}
}

func decodeSARIF(t *testing.T, b []byte) sarifDoc {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(doc.Runs))
	}
	return doc
}

// TestSARIFContent reads the log back as a consumer would: one rule per
// fact, results that point at the claims' words and name their rule, and
// suppressed results exactly for what the baseline records.
func TestSARIFContent(t *testing.T) {
	r := fixture()
	doc := decodeSARIF(t, renderSARIF(t, r))
	run := doc.Runs[0]
	if doc.Version != "2.1.0" || !strings.HasPrefix(doc.Schema, "https://") || run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("version %q, $schema %q, columnKind %q", doc.Version, doc.Schema, run.ColumnKind)
	}
	d := run.Tool.Driver
	if d.Name != "crosscheck" || d.InformationURI != "https://github.com/crosscheck-news/crosscheck" || d.Version != "" {
		t.Errorf("driver = %+v", d)
	}
	fs := findings(r)
	if len(d.Rules) != len(fs) {
		t.Fatalf("%d rules, want one per finding (%d)", len(d.Rules), len(fs))
	}
	for i, f := range fs {
		if d.Rules[i].ID != f.Fact || d.Rules[i].ShortDescription.Text != f.Title {
			t.Errorf("rule %d = %+v, want %s: %s", i, d.Rules[i], f.Fact, f.Title)
		}
	}

	claims := map[string]checker.Claim{}
	for _, f := range fs {
		for _, c := range f.Claims {
			claims[loc(c)] = c
		}
	}
	suppressed := 0
	for _, res := range run.Results {
		if res.RuleIndex == nil || *res.RuleIndex >= len(d.Rules) || d.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %q: ruleIndex %v does not name its rule", res.Message.Text, res.RuleIndex)
		}
		pl := res.Locations[0].PhysicalLocation
		c, ok := claims[pl.ArtifactLocation.URI+":"+strconv.Itoa(pl.Region.StartLine)+":"+strconv.Itoa(pl.Region.StartColumn)]
		if !ok {
			t.Errorf("result %q is at no claim: %+v", res.Message.Text, pl)
			continue
		}
		el, ec := claimEnd(c)
		if pl.Region.EndLine != el || pl.Region.EndColumn != ec || pl.Region.Snippet.Text != c.Text || pl.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %q: region %+v, base %q", res.Message.Text, pl.Region, pl.ArtifactLocation.URIBaseID)
		}
		for i, rl := range res.RelatedLocations {
			if rl.ID != i+1 || rl.Message.Text == "" {
				t.Errorf("result %q: related location %d = %+v", res.Message.Text, i, rl)
			}
		}
		if len(res.PartialFingerprints["crosscheck/v1"]) != 64 {
			t.Errorf("result %q: fingerprints %v", res.Message.Text, res.PartialFingerprints)
		}
		if len(res.Suppressions) > 0 {
			suppressed++
			if s := res.Suppressions[0]; s.Kind != "external" || s.Justification != "recorded in the baseline" {
				t.Errorf("suppression %+v", s)
			}
		}
	}
	// kherson-evacuees' baselined pair at both claims, and the known
	// drones-launched-kyiv and year-crimea-annexed single sources.
	if suppressed != 4 {
		t.Errorf("%d suppressed results, want 4", suppressed)
	}
	if want := len(problems(r)) + 4; len(run.Results) != want {
		t.Errorf("%d results, want %d (every problem, and 4 suppressed)", len(run.Results), want)
	}

	r.Version = "v1.2.3"
	if v := decodeSARIF(t, renderSARIF(t, r)).Runs[0].Tool.Driver.Version; v != "v1.2.3" {
		t.Errorf("driver version = %q", v)
	}
}

// TestSARIFFingerprints: a fingerprint follows its problem when lines move
// and is different for different problems.
func TestSARIFFingerprints(t *testing.T) {
	prints := func(r *Report) []string {
		var out []string
		for _, res := range decodeSARIF(t, renderSARIF(t, r)).Runs[0].Results {
			out = append(out, res.PartialFingerprints["crosscheck/v1"])
		}
		return out
	}
	base := prints(fixture())
	moved := fixture()
	for i := range moved.Findings {
		for j := range moved.Findings[i].Claims {
			c := &moved.Findings[i].Claims[j]
			c.Line += 40
			c.Column += 3
			c.Offset += 1000
			c.End += 1000
		}
	}
	if got := prints(moved); !slices.Equal(got, base) {
		t.Errorf("fingerprints changed when lines moved:\n%v\n%v", base, got)
	}
	uniq := slices.Compact(slices.Sorted(slices.Values(base)))
	if len(uniq) != len(base) {
		t.Errorf("%d fingerprints for %d results", len(uniq), len(base))
	}
	// kharkiv-civilian-deaths: a.md now says 8, not 7. Its result changes
	// (its value); b.md's, which a.md's value relates to, does not: a
	// fingerprint holds the claim's own fact, source and value only.
	changed := fixture()
	changed.Findings[3].Claims[0].Quantity.Interval = quantity.Point(8)
	got := prints(changed)
	var diff []int
	for i := range base {
		if got[i] != base[i] {
			diff = append(diff, i)
		}
	}
	if want := []int{3}; !slices.Equal(diff, want) {
		t.Errorf("results %v changed fingerprint, want %v", diff, want)
	}

	// One outlet giving the same figure in two articles against the same
	// claim: two results, two fingerprints, so GitHub keeps two alerts.
	same := fixture()
	k := &same.Findings[3]
	dup := k.Claims[0]
	dup.Article, dup.Line = "articles/a2.md", 2
	k.Claims = append(k.Claims, dup)
	k.Conflicts = append(k.Conflicts, checker.Pair{I: 1, J: len(k.Claims) - 1})
	got = prints(same)
	if uniq := slices.Compact(slices.Sorted(slices.Values(got))); len(uniq) != len(got) {
		t.Errorf("%d fingerprints for %d results when a figure repeats", len(uniq), len(got))
	}
	// ...and the results that were there keep theirs.
	kept := 0
	for _, fp := range base {
		if slices.Contains(got, fp) {
			kept++
		}
	}
	if kept != len(base) {
		t.Errorf("a claim added elsewhere changed %d of %d fingerprints", len(base)-kept, len(base))
	}
}

func TestArtifactURI(t *testing.T) {
	for _, tc := range []struct {
		path     string
		uri      string
		relative bool
	}{
		{"articles/a.md", "articles/a.md", true},
		{`articles\a.md`, "articles/a.md", true},
		{"my articles/ünï 100%.md", "my%20articles/%C3%BCn%C3%AF%20100%25.md", true},
		{"d #1?.md", "d%20%231%3F.md", true},
		{"a:b.md", "./a:b.md", true},
		{"/srv/news/a.md", "file:///srv/news/a.md", false},
		{`C:\news\a.md`, "file:///C:/news/a.md", false},
		{`\\server\share\a.md`, "file://server/share/a.md", false},
	} {
		uri, rel := artifactURI(tc.path)
		if uri != tc.uri || rel != tc.relative {
			t.Errorf("artifactURI(%q) = %q, %v; want %q, %v", tc.path, uri, rel, tc.uri, tc.relative)
		}
		if u, err := url.Parse(uri); err != nil {
			t.Errorf("%q does not parse: %v", uri, err)
		} else if rel && strings.TrimPrefix(u.Path, "./") != strings.ReplaceAll(tc.path, `\`, "/") {
			t.Errorf("%q reads back as %q", uri, u.Path)
		}
	}
}

// TestSARIFRuleIndexes: two findings for one fact share one rule, and every
// result's ruleIndex names the rule of its ruleId.
func TestSARIFRuleIndexes(t *testing.T) {
	run := decodeSARIF(t, renderSARIF(t, oddReport())).Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"", "absent", "known-agree", "no-claims", "single-without-claims", "twice"}; !slices.Equal(ids, want) {
		t.Errorf("rules %q, want %q", ids, want)
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2 (one per twice finding)", len(run.Results))
	}
	for _, res := range run.Results {
		if res.RuleIndex == nil || ids[*res.RuleIndex] != res.RuleID {
			t.Errorf("result %q: ruleIndex %v", res.RuleID, res.RuleIndex)
		}
	}
}
