package rules

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v4"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// TestSchema keeps the published JSON Schema in step with the decoder:
// the same fields at every level, the same kinds and trends.
func TestSchema(t *testing.T) {
	type object struct {
		Properties map[string]struct {
			Enum []string `json:"enum"`
		} `json:"properties"`
	}
	var s struct {
		object
		Defs map[string]object `json:"$defs"`
	}
	if err := json.Unmarshal(JSONSchema, &s); err != nil {
		t.Fatal(err)
	}
	keys := func(o object) []string {
		var k []string
		for name := range o.Properties {
			k = append(k, name)
		}
		slices.Sort(k)
		return k
	}
	sorted := func(s []string) []string { return slices.Sorted(slices.Values(s)) }
	for _, c := range []struct {
		name   string
		o      object
		fields []string
	}{
		{"file", s.object, fileFields},
		{"fact", s.Defs["fact"], factFields},
		{"match", s.Defs["match"], matchFields},
		{"compare", s.Defs["compare"], compareFields},
		{"hedges", s.Defs["hedges"], hedgesFields},
		{"example", s.Defs["example"], exampleFields},
		{"expectRange", s.Defs["expectRange"], expectFields},
	} {
		if got, want := keys(c.o), sorted(c.fields); !slices.Equal(got, want) {
			t.Errorf("schema %s fields = %q, decoder allows %q", c.name, got, want)
		}
	}
	if got := s.Defs["fact"].Properties["quantity"].Enum; !slices.Equal(got, kindStrings()) {
		t.Errorf("schema quantity enum = %q, want %q", got, kindStrings())
	}
	if got := s.Defs["compare"].Properties["trend"].Enum; !slices.Equal(got, []string{string(Rising), string(Falling)}) {
		t.Errorf("schema trend enum = %q", got)
	}
}

// TestSchemaVaguePhrases keeps the schema's pattern for vague phrases in
// step with quantity.VagueDefault, which the decoder asks.
func TestSchemaVaguePhrases(t *testing.T) {
	var s struct {
		Defs struct {
			Hedges struct {
				Properties struct {
					Vague struct {
						PropertyNames struct {
							Pattern string `json:"pattern"`
						} `json:"propertyNames"`
					} `json:"vague"`
				} `json:"properties"`
			} `json:"hedges"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(JSONSchema, &s); err != nil {
		t.Fatal(err)
	}
	re, err := regexp.Compile(s.Defs.Hedges.Properties.Vague.PropertyNames.Pattern)
	if err != nil {
		t.Fatalf("vague phrase pattern: %v", err)
	}
	words := []string{"a few", "several", "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "trillions",
		"dozen", "hundred", "thousand", "million", "billion", "trillion", "a couple", "heaps", "Dozens", ""}
	phrases := quantity.VaguePhrases()
	for _, a := range words {
		phrases = append(phrases, a)
		for _, b := range words {
			phrases = append(phrases, a+" of "+b, a+" "+b)
		}
	}
	for _, p := range phrases {
		_, known := quantity.VagueDefault(p)
		if re.MatchString(p) != known {
			t.Errorf("schema pattern matches %q: %v; quantity.VagueDefault knows it: %v", p, !known, known)
		}
	}
}

// schemaRejects are the bad rule files whose errors the schema can state
// too: an unknown field, a value of the wrong type or out of range, a
// missing field. TestSchemaValidation fails each against the schema.
var schemaRejects = []string{
	"consensus-unknown.yaml", "date-tolerance-share.yaml", "date-unit.yaml", "examples-date-for-count.yaml", "examples-date-number.yaml", "examples-published.yaml", "duration-no-unit.yaml", "duration-unit.yaml", "empty-list.yaml", "empty-term.yaml", "empty.yaml",
	"examples-empty-sentence.yaml", "examples-empty.yaml", "examples-expect-not-finite.yaml",
	"examples-expect-shape.yaml", "examples-expect-unknown-field.yaml", "examples-missing-expect.yaml",
	"examples-missing-sentence.yaml", "examples-not-list.yaml", "examples-range-bounds.yaml",
	"examples-range-missing.yaml", "examples-range-open.yaml", "examples-unknown-field.yaml",
	"fact-not-mapping.yaml", "facts-empty.yaml", "hedges-about-not-number.yaml", "hedges-about-range.yaml",
	"hedges-hedge.yaml", "hedges-not-mapping.yaml", "hedges-unknown-field.yaml", "hedges-vague-empty.yaml",
	"hedges-vague-not-mapping.yaml",
	"id-not-kebab.yaml", "list-for-scalar.yaml", "many-errors.yaml", "mapping-for-list.yaml",
	"match-no-all-any.yaml", "missing-id.yaml", "missing-match.yaml", "missing-title-quantity.yaml",
	"money-no-unit.yaml", "money-symbol.yaml", "money-unit.yaml", "not-mapping.yaml", "scalar-for-list.yaml",
	"tolerance-malformed.yaml", "tolerance-negative.yaml", "unknown-field-compare.yaml",
	"unknown-field-fact.yaml", "unknown-field-match.yaml", "unknown-field-nohint.yaml",
	"unknown-field-top.yaml", "unknown-quantity-nohint.yaml", "unknown-quantity.yaml", "unknown-trend.yaml",
	"version-2.yaml", "version-missing.yaml", "version-string.yaml", "within-float.yaml",
	"within-without-near.yaml", "within-zero.yaml",
}

// schemaCannotSay are the bad rule files whose errors lie beyond a JSON
// Schema (terms that do not compile, ids used twice, ranges that run
// backwards), or beyond JSON (aliases, merge keys, a second document), or
// that a YAML decoder refuses before a schema sees them (bad syntax, a key
// written twice, a list as a key, nesting past yamldiag.MaxDepth).
var schemaCannotSay = []string{
	"alias.yaml", "alias-bomb.yaml", "alias-cycle.yaml", "deep-block.yaml", "deep-flow.yaml", "merge-bomb.yaml", "bad-regex.yaml", "duplicate-field.yaml", "duplicate-id.yaml", "examples-low-high.yaml",
	"hedges-vague-unknown.yaml", "hedges-vague-values.yaml", "merge-key.yaml", "regex-empty-match.yaml",
	"regex-lookahead.yaml", "syntax.yaml", "tab.yaml", "two-documents.yaml",
}

// TestSchemaValidation validates rule files against the schema, as an
// editor does: every file the loader accepts must pass, and every bad file
// in schemaRejects must fail.
func TestSchemaValidation(t *testing.T) {
	schema := compileSchema(t)
	good, err := Files("testdata/good.yaml", "testdata/dates.yaml", "testdata/load", "../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range good {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(path, src); err != nil {
			t.Errorf("%s does not load: %v", path, err)
			continue
		}
		if err := validate(schema, src); err != nil {
			t.Errorf("schema rejects %s, which loads: %v", path, err)
		}
	}
	for _, f := range expectForms {
		if err := validate(schema, exampleFile(f.expect)); err != nil {
			t.Errorf("schema rejects expect: %s, which loads: %v", f.expect, err)
		}
	}
	for _, f := range dateExpectForms {
		if err := validate(schema, dateExampleFile(f.expect)); err != nil {
			t.Errorf("schema rejects expect: %s for a date, which loads: %v", f.expect, err)
		}
	}

	bad, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(bad) == 0 {
		t.Fatalf("no bad rule files: %v", err)
	}
	for _, path := range bad {
		name := filepath.Base(path)
		rejects, cannot := slices.Contains(schemaRejects, name), slices.Contains(schemaCannotSay, name)
		if rejects == cannot {
			t.Errorf("list %s in exactly one of schemaRejects and schemaCannotSay", name)
		}
		if !rejects {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var verr *jsonschema.ValidationError
		if err := validate(schema, src); !errors.As(err, &verr) {
			t.Errorf("schema accepts %s, which the loader rejects (validate: %v)", name, err)
		}
	}
	for _, list := range [][]string{schemaRejects, schemaCannotSay} {
		for _, name := range list {
			if !slices.Contains(bad, filepath.Join("testdata", "bad", name)) {
				t.Errorf("%s is listed but not in testdata/bad", name)
			}
		}
	}
}

// compileSchema compiles JSONSchema, checking it against the draft 2020-12
// meta-schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema))
	if err != nil {
		t.Fatal(err)
	}
	const url = "https://raw.githubusercontent.com/crosscheck-news/crosscheck/main/rules/schema.json"
	if id, _ := doc.(map[string]any)["$id"].(string); id != url {
		t.Errorf("schema $id = %q, want %q, where the README and crosscheck rules init point editors", id, url)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return s
}

// validate decodes a YAML rule file as an editor's YAML support does and
// validates it against the schema. An error decoding the YAML is returned
// as such.
func validate(s *jsonschema.Schema, src []byte) error {
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		return fmt.Errorf("YAML: %w", err)
	}
	return s.Validate(toJSON(v))
}

// toJSON turns a decoded YAML value into one the validator reads as JSON:
// map keys become strings, and since JSON has no infinity, YAML's .inf,
// -.inf and .nan become the text .inf, -.inf and .nan (which the schema
// allows exactly where the loader takes that text).
func toJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[k] = toJSON(e)
		}
		return m
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[fmt.Sprint(k)] = toJSON(e)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, e := range v {
			l[i] = toJSON(e)
		}
		return l
	case float64:
		switch {
		case math.IsInf(v, 1):
			return ".inf"
		case math.IsInf(v, -1):
			return "-.inf"
		case math.IsNaN(v):
			return ".nan"
		}
		return v
	case nil, bool, string, int, int64, uint64:
		return v
	}
	return strings.TrimSpace(fmt.Sprint(v))
}
