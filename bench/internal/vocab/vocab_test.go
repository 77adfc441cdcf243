package vocab

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/rules"
)

// load writes facts as a rule file and loads it as crosscheck does.
func load(t *testing.T, facts []Fact) []*rules.Fact {
	t.Helper()
	var b bytes.Buffer
	if err := WriteRules(&b, "test", facts); err != nil {
		t.Fatal(err)
	}
	fs, err := rules.Parse("rules.yaml", b.Bytes())
	if err != nil {
		t.Fatalf("generated rules do not load: %v", err)
	}
	return fs
}

// took reports the values fact takes from a one-sentence article.
func took(t *testing.T, f *rules.Fact, sentence string) []checker.Claim {
	t.Helper()
	a, err := article.Parse("a.md", []byte(sentence+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	return checker.Extract(a, []*rules.Fact{f})
}

// TestPatterns checks every fact's patterns against its rule: each claim,
// in its variants (hedged, ranged, another figure), gives the fact a value,
// and each near miss gives it none. This is what keeps the corpus's claims
// and the generated rules in step when either changes.
func TestPatterns(t *testing.T) {
	facts := Universe(1)
	compiled := load(t, facts)
	for i := range facts {
		f, rf := &facts[i], compiled[i]
		r := NewRand(7, uint64(i))
		for range 12 {
			s := string(f.AppendClaim(nil, r))
			if len(took(t, rf, s)) == 0 {
				t.Errorf("%s takes nothing from the claim %q", f.ID, s)
			}
		}
		for range 6 {
			s := string(f.AppendMiss(nil, r))
			if cs := took(t, rf, s); len(cs) > 0 {
				t.Errorf("%s takes %q from the near miss %q", f.ID, cs[0].Text, s)
			}
		}
	}
}

func TestUniverse(t *testing.T) {
	u := Universe(1)
	if len(u) != Combinations() {
		t.Fatalf("universe has %d facts, want %d", len(u), Combinations())
	}
	ids := map[string]bool{}
	for _, f := range u {
		if ids[f.ID] {
			t.Errorf("id %s twice", f.ID)
		}
		ids[f.ID] = true
	}
	// Every term of every subject must be unique, or a rule about one
	// would match sentences about another.
	terms := map[string]string{}
	for k := range subjects {
		for _, s := range subjects[k] {
			if prev, ok := terms[strings.ToLower(s.Term)]; ok {
				t.Errorf("subject term %q of %s is also %s's", s.Term, s.Name, prev)
			}
			terms[strings.ToLower(s.Term)] = s.Name
		}
	}
	same, other := Universe(1), Universe(2)
	if same[0].ID != u[0].ID || same[0].Value != u[0].Value {
		t.Error("Universe(1) differs between calls")
	}
	diff := 0
	for i := range u {
		if u[i].ID != other[i].ID {
			diff++
		}
	}
	if diff == 0 {
		t.Error("seeds 1 and 2 give the same order of facts")
	}
	load(t, u) // every fact of the universe is a valid rule
}

func TestPlainTerms(t *testing.T) {
	terms := PlainTerms(Universe(1)[:50])
	for _, term := range terms {
		if strings.HasPrefix(term, "re:") || strings.Contains(term, `"`) {
			t.Errorf("PlainTerms has %q", term)
		}
	}
	if len(terms) == 0 {
		t.Error("no terms")
	}
}

func TestAppendInt(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", 40005: "40,005"} {
		if got := string(AppendInt(nil, n)); got != want {
			t.Errorf("AppendInt(%d) = %q, want %q", n, got, want)
		}
	}
}
