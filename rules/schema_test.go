package rules

import (
	"encoding/json"
	"slices"
	"testing"
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
