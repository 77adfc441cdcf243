package rules

import (
	"encoding/json"
	"regexp"
	"slices"
	"testing"

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
