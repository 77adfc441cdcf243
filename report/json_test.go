package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func sorted(ks ...string) []string {
	slices.Sort(ks)
	return ks
}

// TestJSONContract reads the report back as a tool would, without our
// types, and checks the version 1 contract key by key.
func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	if !strings.HasSuffix(raw, "}\n") || !strings.HasPrefix(raw, "{\n  \"version\": 1,\n") {
		t.Errorf("not 2-space indented with a trailing newline:\n%.80s", raw)
	}
	for _, bad := range []string{"NaN", "Inf", "e+", `\u0026`, `\u003c`} {
		if strings.Contains(raw, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	if !strings.Contains(raw, `"value": 50000000000,`) || !strings.Contains(raw, `"low": 3.6,`) {
		t.Error("numbers are not written as plain JSON numbers")
	}

	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := keys(doc), sorted("version", "findings", "inputs"); !slices.Equal(got, want) {
		t.Fatalf("top-level keys %v, want %v", got, want)
	}
	if doc["version"] != 1.0 {
		t.Errorf("version = %v, want 1", doc["version"])
	}

	findingKeys := sorted("fact", "title", "status", "grade", "sources", "articles", "consensus", "claims", "conflicts", "self_contradictions", "baselined")
	claimKeys := sorted("article", "source", "published", "line", "column", "offset", "text", "sentence",
		"low", "high", "low_open", "high_open", "hedge", "vague", "kind", "unit", "currency", "value", "source_id", "cluster")
	// Keys left out when empty or false.
	optionalClaimKeys := []string{"claimant", "resolved", "copy_of", "weight"}
	seenOptional := map[string]bool{}
	byFact := map[string]map[string]any{}
	var facts []string
	for _, f := range doc["findings"].([]any) {
		f := f.(map[string]any)
		id := f["fact"].(string)
		facts = append(facts, id)
		byFact[id] = f
		want := slices.Clone(findingKeys)
		for _, k := range []string{"note", "known"} {
			if _, ok := f[k]; ok {
				want = sorted(append(want, k)...)
			}
		}
		if got := keys(f); !slices.Equal(got, want) {
			t.Errorf("%s: keys %v, want %v", id, got, want)
		}
		if v, ok := f["known"]; ok && v != true {
			t.Errorf("%s: known = %#v, want true or no key", id, v)
		}
		for _, k := range []string{"conflicts", "self_contradictions", "baselined", "claims"} {
			if _, ok := f[k].([]any); !ok {
				t.Errorf("%s: %s is %#v, want an array", id, k, f[k])
			}
		}
		for _, c := range f["claims"].([]any) {
			c := c.(map[string]any)
			want := claimKeys
			if _, ok := c["published"]; !ok {
				want = slices.DeleteFunc(slices.Clone(claimKeys), func(k string) bool { return k == "published" })
			}
			for _, k := range []string{"new", "superseded"} {
				if v, ok := c[k]; ok {
					if v != true {
						t.Errorf("%s: claim %s = %#v, want true or no key", id, k, v)
					}
					want = sorted(append(slices.Clone(want), k)...)
					seenOptional[k] = true
				}
			}
			// A date writes its days out too, and only a date does.
			if _, ok := c["dates"]; ok != (c["kind"] == "date") {
				t.Errorf("%s: claim of kind %v has dates: %v", id, c["kind"], ok)
			} else if ok {
				want = sorted(append(slices.Clone(want), "dates")...)
				seenOptional["dates"] = true
			}
			for _, k := range optionalClaimKeys {
				if v, ok := c[k]; ok {
					if v == "" || v == 0.0 {
						t.Errorf("%s: claim %s = %#v, want no key when empty", id, k, v)
					}
					want = sorted(append(slices.Clone(want), k)...)
					seenOptional[k] = true
				}
			}
			if got := keys(c); !slices.Equal(got, want) {
				t.Errorf("%s: claim keys %v, want %v", id, got, want)
			}
		}
	}
	for _, k := range append(optionalClaimKeys, "new", "superseded", "dates") {
		if !seenOptional[k] {
			t.Errorf("the fixture has no claim with %q: the contract test cannot check it", k)
		}
	}
	if !slices.IsSorted(facts) {
		t.Errorf("findings not sorted by fact: %v", facts)
	}

	// Unbounded: null high, for the claim and for the consensus.
	ref := byFact["refugees-to-poland"]
	if ref == nil {
		t.Fatal("refugees-to-poland missing")
	}
	cons := ref["consensus"].(map[string]any)
	if v, ok := cons["high"]; !ok || v != nil {
		t.Errorf("consensus high = %#v (present %v), want null", v, ok)
	}
	if cons["low"] != 1e6 {
		t.Errorf("consensus low = %#v, want 1e6", cons["low"])
	}
	cl := ref["claims"].([]any)[0].(map[string]any)
	if v, ok := cl["high"]; !ok || v != nil {
		t.Errorf("claim high = %#v (present %v), want null", v, ok)
	}
	if cl["low_open"] != true || cl["hedge"] != "more than" || cl["kind"] != "number" {
		t.Errorf("claim = %v", cl)
	}

	// Dates: day numbers where every kind has numbers, ISO dates beside.
	sd := byFact["kharkiv-strike-date"]
	if sd == nil {
		t.Fatal("kharkiv-strike-date missing")
	}
	if got := sd["consensus"]; !cmpJSON(got, map[string]any{"low": 20135.0, "best": 20146.0, "high": 20147.0, "policy": "median",
		"dates": map[string]any{"low": "2025-02-16", "best": "2025-02-27", "high": "2025-02-28"}}) {
		t.Errorf("date consensus = %v", got)
	}
	late := sd["claims"].([]any)[1].(map[string]any)
	if late["kind"] != "date" || late["unit"] != "day" || late["low"] != 20135.0 || late["high"] != 20147.0 || late["value"] != 20141.0 ||
		!cmpJSON(late["dates"], map[string]any{"low": "2025-02-16", "high": "2025-02-28", "value": "2025-02-22"}) {
		t.Errorf("date claim = %v", late)
	}
	if _, ok := byFact["kharkiv-civilian-deaths"]["consensus"].(map[string]any)["dates"]; ok {
		t.Error("a count's consensus has dates")
	}

	// No claims: null consensus, empty arrays.
	abs := byFact["odesa-port-strikes"]
	if v, ok := abs["consensus"]; !ok || v != nil {
		t.Errorf("absent consensus = %#v (present %v), want null", v, ok)
	}
	if n := len(abs["claims"].([]any)) + len(abs["conflicts"].([]any)); n != 0 {
		t.Errorf("absent finding has %d claims and conflicts", n)
	}

	// Pairs as [i, j]; note only where set.
	if got := byFact["kharkiv-civilian-deaths"]["conflicts"]; !cmpJSON(got, []any{[]any{0.0, 1.0}, []any{1.0, 2.0}}) {
		t.Errorf("conflicts = %v", got)
	}

	// Baselines: pairs a baseline records, a known single source, a new claim.
	kh := byFact["kherson-evacuees"]
	if !cmpJSON(kh["baselined"], []any{[]any{0.0, 1.0}}) || !cmpJSON(kh["conflicts"], []any{}) {
		t.Errorf("kherson-evacuees: baselined = %v, conflicts = %v", kh["baselined"], kh["conflicts"])
	}
	if byFact["drones-launched-kyiv"]["known"] != true {
		t.Error("drones-launched-kyiv: known is not true")
	}
	if _, ok := byFact["refugees-to-poland"]["known"]; ok {
		t.Error("refugees-to-poland: known written though false")
	}
	var news []string
	for _, id := range facts {
		for _, c := range byFact[id]["claims"].([]any) {
			if c := c.(map[string]any); c["new"] == true {
				news = append(news, id+" "+c["article"].(string))
			}
		}
	}
	if want := []string{"kharkiv-civilian-deaths articles/d.md"}; !slices.Equal(news, want) {
		t.Errorf("new claims %v, want %v", news, want)
	}
	if got := byFact["war-duration"]["self_contradictions"]; !cmpJSON(got, []any{[]any{0.0, 1.0}}) {
		t.Errorf("self_contradictions = %v", got)
	}
	if _, ok := byFact["dnipro-strike-deaths"]["note"]; !ok {
		t.Error("note missing on the revised finding")
	}

	// Published: a bare date at midnight UTC, RFC 3339 otherwise.
	dn := byFact["dnipro-strike-deaths"]["claims"].([]any)
	if got := dn[0].(map[string]any)["published"]; got != "2025-03-01" {
		t.Errorf("published = %v, want 2025-03-01", got)
	}
	if got := dn[1].(map[string]any)["published"]; got != "2025-03-02T18:30:00+02:00" {
		t.Errorf("published = %v, want 2025-03-02T18:30:00+02:00", got)
	}

	// Inputs: reason only when skipped.
	for _, in := range doc["inputs"].([]any) {
		in := in.(map[string]any)
		want := sorted("article", "status")
		if in["status"] == "skipped" {
			want = sorted("article", "status", "reason")
		}
		if got := keys(in); !slices.Equal(got, want) {
			t.Errorf("input %v: keys %v, want %v", in["article"], got, want)
		}
	}
}

func cmpJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func TestJSONEmpty(t *testing.T) {
	for _, r := range []*Report{nil, {}} {
		var buf bytes.Buffer
		if err := JSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		if want := "{\n  \"version\": 1,\n  \"findings\": [],\n  \"inputs\": []\n}\n"; buf.String() != want {
			t.Errorf("JSON(%v) =\n%s\nwant\n%s", r, buf.String(), want)
		}
	}
}

func TestJSONRejectsNaN(t *testing.T) {
	for _, mutate := range []func(f *checker.Finding){
		func(f *checker.Finding) { f.Consensus.Best = math.NaN() },
		func(f *checker.Finding) { f.Claims[1].Quantity.Interval.High = math.NaN() },
		func(f *checker.Finding) { f.Claims[0].Quantity.Value = math.NaN() },
	} {
		r := fixture()
		mutate(&r.Findings[3])
		var buf bytes.Buffer
		err := JSON(&buf, r)
		if err == nil || !strings.Contains(err.Error(), "kharkiv-civilian-deaths") {
			t.Errorf("JSON with a NaN: err = %v, want one naming the fact", err)
		}
		if buf.Len() != 0 {
			t.Errorf("JSON wrote %d bytes before failing", buf.Len())
		}
	}
}

// TestJSONOnce: JSONOnce writes the JSON report's golden file, and fails
// where JSON fails, with the same error; only JSON writes nothing first.
// (JSON ends by calling JSONOnce, so their outputs are not compared with
// each other: that could not fail.)
func TestJSONOnce(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "report.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := JSONOnce(&got, fixture()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("JSONOnce differs from testdata/report.golden.json:\n%s", cmp.Diff(string(want), got.String()))
	}
	for _, mutate := range []func(f *checker.Finding){
		func(f *checker.Finding) { f.Consensus.Best = math.NaN() },
		func(f *checker.Finding) { f.Claims[1].Quantity.Interval.High = math.NaN() },
		func(f *checker.Finding) { f.Claims[0].Quantity.Value = math.Inf(1) },
	} {
		r := fixture()
		mutate(&r.Findings[3])
		werr := JSON(io.Discard, r)
		err := JSONOnce(io.Discard, r)
		if err == nil || werr == nil || err.Error() != werr.Error() {
			t.Errorf("JSONOnce err = %v, want JSON's, %v", err, werr)
		}
	}
}

// TestJSONManyElements: long arrays, written a finding and an input at a
// time, come out in order and indented as encoding/json indents the whole
// document.
func TestJSONManyElements(t *testing.T) {
	r := fixture()
	base := r.Findings
	for len(r.Findings) < 700 {
		for _, f := range base {
			f.Fact = fmt.Sprintf("%s-%04d", f.Fact, len(r.Findings))
			r.Findings = append(r.Findings, f)
		}
	}
	r.Inputs = nil
	for i := range 1000 {
		r.Inputs = append(r.Inputs, article.Input{Path: fmt.Sprintf("articles/%04d.md", i), Status: article.ReadOK})
	}
	var out bytes.Buffer
	if err := JSON(&out, r); err != nil {
		t.Fatal(err)
	}
	var compact, indented bytes.Buffer
	if err := json.Compact(&compact, out.Bytes()); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	if !bytes.Equal(out.Bytes(), indented.Bytes()) {
		t.Error("the report is not the document as encoding/json indents it")
	}
	var doc struct {
		Findings []struct{ Fact string }
		Inputs   []struct{ Article string }
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Findings) != len(r.Findings) || len(doc.Inputs) != len(r.Inputs) {
		t.Fatalf("%d findings and %d inputs, want %d and %d", len(doc.Findings), len(doc.Inputs), len(r.Findings), len(r.Inputs))
	}
	for i, in := range doc.Inputs {
		if in.Article != r.Inputs[i].Path {
			t.Fatalf("input %d is %s, want %s", i, in.Article, r.Inputs[i].Path)
		}
	}
}

// jsonWhole is the report as encoding/json writes the whole document at
// once, the way JSON wrote it before it wrote a claim at a time: the
// oracle the streamed output must equal byte for byte. (Not
// json.MarshalIndent, which escapes <, > and &.)
func jsonWhole(t testing.TB, r *Report) []byte {
	t.Helper()
	doc := struct {
		Version  int           `json:"version"`
		Findings []jsonFinding `json:"findings"`
		Inputs   []jsonInput   `json:"inputs"`
	}{Version: JSONVersion, Findings: []jsonFinding{}, Inputs: []jsonInput{}}
	for f, err := range eachFinding(r) {
		if err != nil {
			t.Fatal(err)
		}
		jf, err := toJSONFinding(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range f.Claims {
			jc, err := toJSONClaim(&f, i, new(claimScratch))
			if err != nil {
				t.Fatal(err)
			}
			jf.Claims = append(jf.Claims, jc)
		}
		doc.Findings = append(doc.Findings, jf)
	}
	for in, err := range eachInput(r) {
		if err != nil {
			t.Fatal(err)
		}
		doc.Inputs = append(doc.Inputs, toJSONInput(in))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// largeFindingReport is one finding of n claims between two small ones,
// its text full of what JSON escapes or must not: quotes, backslashes,
// control characters, <&>, U+2028, invalid UTF-8, and the very bytes JSON
// splits the finding at.
func largeFindingReport(n int) *Report {
	hostile := []string{
		`"claims": []`, "\n      \"claims\": [],\n", `\"`, "tab\there", "<b>&amp;</b>",
		"€ — «cinquante» 五十", "line\u2028sep\u2029", "bad \xff\xfe utf-8", "nul\x00", "",
	}
	html := &checker.Origin{Format: article.FormatHTML}
	f := checker.Finding{
		Fact: "big-fact", Title: `Big "fact" ` + hostile[1], Status: checker.Conflict, Grade: checker.Contested,
		Sources: n / 3, Articles: n, Note: hostile[0] + hostile[6],
		Consensus: checker.Consensus{Low: 1, Best: 20146, High: math.Inf(1), Policy: rules.Median},
		Known:     true,
	}
	for i := range n {
		h := hostile[i%len(hostile)]
		c := checker.Claim{
			Fact: f.Fact, Article: fmt.Sprintf("articles/%05d %s.md", i, h), Source: "Source " + h,
			Line: i + 1, Column: i%80 + 1, Offset: i * 17,
			Text: h, Sentence: "The sentence says " + h + " and more.",
			Quantity: quantity.Quantity{Kind: quantity.Kind((i+5)%6 + 1), Interval: quantity.Interval{Low: float64(i) - 0.5, High: float64(i) * 1e11, LowOpen: i%2 == 0},
				Value: float64(i) * 3.6, Hedge: h, Unit: "day", Currency: "€"},
			New: i%7 == 0, SourceID: "src-" + h, Weight: float64(i % 3), Claimant: h, Resolved: h, CopyOf: h,
			Superseded: i%5 == 0, Cluster: i % 4,
		}
		switch i % 6 {
		case 0:
			c.Published = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
		case 1:
			c.Published = time.Date(2025, 3, 2, 18, 30, 0, 5, time.FixedZone("", 2*3600))
		case 2:
			c.Quantity.Interval.Low = math.Inf(-1)
			c.Quantity.Value = math.Copysign(0, -1)
		case 3:
			c.Origin = html
		case 4:
			c.Origin = &checker.Origin{Format: article.FormatJSONL, File: "feed " + h + ".jsonl", Record: i, RecordID: h}
		}
		f.Claims = append(f.Claims, c)
		if i%100 == 1 {
			f.Conflicts = append(f.Conflicts, checker.Pair{I: i - 1, J: i})
		}
	}
	f.Baselined = []checker.Pair{{I: 0, J: n - 1}}
	r := fixture()
	r.Findings = append(r.Findings, f)
	return r
}

// TestJSONWhole: the report written a finding, and a claim, at a time is
// the document encoding/json writes whole, for every report the tests
// know and for a finding of thousands of claims.
func TestJSONWhole(t *testing.T) {
	reports := eachReports()
	reports = append(reports, struct {
		name string
		r    *Report
	}{"large finding", largeFindingReport(3000)})
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := JSON(&got, tc.r); err != nil {
				t.Fatal(err)
			}
			if want := jsonWhole(t, tc.r); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("JSON differs from the whole document:\n%s", cmp.Diff(string(want), got.String()))
			}
		})
	}
}

// BenchmarkJSONLargeFinding: what JSON allocates for a finding of 30 000
// claims, which it once held encoded three times over.
func BenchmarkJSONLargeFinding(b *testing.B) {
	r := largeFindingReport(30000)
	b.ReportAllocs()
	for b.Loop() {
		if err := JSON(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONManyInputs: what JSON costs an input, of which a run has
// one per article.
func BenchmarkJSONManyInputs(b *testing.B) {
	r := manyInputsReport()
	r.Findings = nil
	b.ReportAllocs()
	for b.Loop() {
		if err := JSON(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPublished: published writes what time.Format writes, a bare date
// at midnight UTC (or at any zone's offset 0), RFC 3339 otherwise.
func TestPublished(t *testing.T) {
	want := func(t time.Time) string {
		if _, off := t.Zone(); off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
			return t.Format(time.DateOnly)
		}
		return t.Format(time.RFC3339Nano)
	}
	zones := []*time.Location{time.UTC, time.FixedZone("GMT", 0), time.FixedZone("", 2*3600), time.FixedZone("", -3600)}
	for day := time.Date(-2, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() <= 10001; day = day.AddDate(0, 0, 13) {
		for _, loc := range zones {
			for _, d := range []time.Duration{0, time.Nanosecond, time.Second, time.Hour, -time.Hour} {
				tm := day.Add(d).In(loc)
				if tm.IsZero() {
					continue
				}
				if got, want := published(tm), want(tm); got != want {
					t.Fatalf("published(%v) = %q, want %q", tm, got, want)
				}
			}
		}
	}
}
