package checker

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

// explainRules adds to testRules a fact with a regular expression term and
// no near terms, and one with two all terms.
const explainRules = testRules + `  - id: drone-stake
    title: Value of a stake in the drone industry
    quantity: money
    unit: USD
    match:
      all: [re:\bdrones?\b]
      any: [stake]
  - id: two-all
    title: Both words needed
    quantity: count
    match:
      all: [Kharkiv, strike]
`

func explainOne(t *testing.T, facts []*rules.Fact, id, text string) (*Explanation, *Verdict) {
	t.Helper()
	a, err := article.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e := Explain(a, []*rules.Fact{factByID(t, facts, id)})
	if len(e.Sentences) != 1 {
		t.Fatalf("%q: %d sentences explained, want 1", text, len(e.Sentences))
	}
	s := e.Sentences[0]
	if len(s.Verdicts) != 1 {
		t.Fatalf("%q: %d verdicts, want 1", text, len(s.Verdicts))
	}
	return e, &s.Verdicts[0]
}

// TestExplain runs one sentence per outcome: a value taken, and a failure
// of each condition in the order matchSentence checks them, and checks the
// reason a rule author reads.
func TestExplain(t *testing.T) {
	facts := loadFacts(t, explainRules)
	tests := []struct {
		name, fact, text string
		took             string    // words of the value taken, "" for none
		failed           Condition // the deciding condition, "" when took
		reason           string
		termsMatch       bool
	}{
		{
			name: "took", fact: "deaths",
			text: "The strike killed seven civilians.",
			took: "seven", reason: `1 word from near term "civilians"`, termsMatch: true,
		},
		{
			name: "took without near", fact: "deal-usd",
			text: "The deal is worth $5 billion.",
			took: "$5 billion", reason: `3 words from any term "deal"`, termsMatch: true,
		},
		{
			name: "took from a regular expression", fact: "drone-stake",
			text: "A stake in the drone makers worth $50 billion was offered.",
			took: "$50 billion", reason: `3 words from all term "re:\bdrones?\b" ("drone")`, termsMatch: true,
		},
		{
			name: "kind", fact: "share",
			text:   "The strike killed seven civilians in occupied territory.",
			failed: CondQuantity, reason: "no quantity it accepts, though its terms match: «seven» is a number, not a percentage", termsMatch: true,
		},
		{
			name: "currency", fact: "deal-usd",
			text:   "The deal is worth €50 billion, or 2014 by another count.",
			failed: CondQuantity, reason: "no quantity it accepts, though its terms match: «€50 billion» is in EUR, not USD; «2014» is a year, not an amount of money", termsMatch: true,
		},
		{
			name: "kind, terms do not match", fact: "share",
			text:   "The strike killed seven civilians.",
			failed: CondQuantity, reason: "no quantity it accepts: «seven» is a number, not a percentage",
		},
		{
			name: "no quantity at all", fact: "deaths",
			text:   "The strike killed many civilians.",
			failed: CondQuantity, reason: `no quantity found in the sentence, though its terms match: "strike", "killed"`, termsMatch: true,
		},
		{
			name: "all", fact: "deaths",
			text:   "Seven civilians were killed.",
			failed: CondAll, reason: `all term "strike" not found`,
		},
		{
			name: "all, two missing", fact: "two-all",
			text:   "Seven civilians were killed.",
			failed: CondAll, reason: `all terms "Kharkiv", "strike" not found`,
		},
		{
			name: "any", fact: "deaths",
			text:   "The strike hit seven homes.",
			failed: CondAny, reason: `no any term found: "killed", "dead"`,
		},
		{
			name: "none", fact: "deaths",
			text:   "On the anniversary of the strike, seven civilians were killed.",
			failed: CondNone, reason: `none term "anniversary" found at 1:8`,
		},
		{
			name: "near", fact: "deaths",
			text:   "The strike killed seven on Monday.",
			failed: CondNear, reason: `no near term in the sentence: "civilians", "people"`, termsMatch: true,
		},
		{
			name: "within", fact: "deaths",
			text:   "The strike killed seven, officials said, and civilians fled.",
			failed: CondWithin, reason: `no accepted quantity close enough to a near term: «seven» is 4 words from "civilians"; within is 3`, termsMatch: true,
		},
		{
			name: "within, two quantities", fact: "deaths",
			text:   "The strike killed 7 and then 12, officials told the people in the city and the region.",
			failed: CondWithin, reason: `no accepted quantity close enough to a near term: «7» is 7 words from "people", «12» is 4 words from "people"; within is 3`, termsMatch: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, v := explainOne(t, facts, tt.fact, tt.text)
			if v.Reason != tt.reason {
				t.Errorf("reason:\n got %s\nwant %s", v.Reason, tt.reason)
			}
			if v.TermsMatch != tt.termsMatch {
				t.Errorf("terms match = %v, want %v", v.TermsMatch, tt.termsMatch)
			}
			if tt.took != "" {
				if v.Took == nil {
					t.Fatalf("took nothing, want %q", tt.took)
				}
				if v.Took.Text != tt.took {
					t.Errorf("took %q, want %q", v.Took.Text, tt.took)
				}
				if len(v.Failures) > 0 || v.Anchor == nil || v.Value < 0 {
					t.Errorf("a value taken with failures %v, anchor %v, value %d", v.Failures, v.Anchor, v.Value)
				}
				return
			}
			if v.Took != nil {
				t.Fatalf("took %q, want nothing", v.Took.Text)
			}
			if len(v.Failures) == 0 || v.Failures[0].Condition != tt.failed {
				t.Errorf("failures %v, want %s first", v.Failures, tt.failed)
			}
			if v.Anchor != nil || v.Value != -1 {
				t.Errorf("nothing taken, but anchor %v, value %d", v.Anchor, v.Value)
			}
		})
	}
}

// TestExplainEvidence checks what an explanation carries besides its
// reason: every failure in order, each quantity's rejection, the hits with
// their places, the anchor.
func TestExplainEvidence(t *testing.T) {
	facts := loadFacts(t, explainRules)

	// The first failure decides; the later ones are still recorded.
	_, v := explainOne(t, facts, "deaths", "On the anniversary, seven homes burned.")
	var conds []Condition
	for _, f := range v.Failures {
		conds = append(conds, f.Condition)
	}
	if want := []Condition{CondAll, CondAny, CondNone, CondNear}; !cmp.Equal(conds, want) {
		t.Errorf("failures %v, want %v", conds, want)
	}

	e, v := explainOne(t, facts, "deaths", "A heading\nThe strike killed seven civilians and 20% of the herd.")
	s := e.Sentences[0]
	if s.Line != 2 || s.Column != 1 || s.Pos != len("A heading\n") {
		t.Errorf("sentence at %d:%d (byte %d), want 2:1 (byte 10)", s.Line, s.Column, s.Pos)
	}
	if len(s.Quantities) != 2 || s.Quantities[0].Text != "seven" || s.Quantities[1].Text != "20%" {
		t.Fatalf("quantities %+v", s.Quantities)
	}
	if q := s.Quantities[0]; q.Line != 2 || q.Column != 19 || e.Article != "a.txt" || q.Pos != 10+18 || q.End != 10+23 {
		t.Errorf("seven at %d:%d bytes %d-%d", q.Line, q.Column, q.Pos, q.End)
	}
	if want := []string{"", "a percentage, not a count"}; !cmp.Equal(v.Rejects, want) {
		t.Errorf("rejects %q, want %q", v.Rejects, want)
	}
	if v.Value != 0 || v.Distance != 1 || v.Anchor == nil || v.Anchor.Text != "civilians" || v.Anchor.List != CondNear ||
		v.Anchor.Line != 2 || v.Anchor.Column != 25 {
		t.Errorf("value %d, distance %d, anchor %+v", v.Value, v.Distance, v.Anchor)
	}
	var hits []string
	for _, h := range v.Hits {
		hits = append(hits, string(h.List)+":"+h.Text)
	}
	if want := []string{"all:strike", "any:killed", "near:civilians"}; !cmp.Equal(hits, want) {
		t.Errorf("hits %v, want %v", hits, want)
	}

	// Sentences without a quantity appear only where a fact's terms match.
	a, err := article.Parse("b.txt", []byte("Nothing here.\nThe strike killed many civilians.\nThe deal is worth $5 billion."))
	if err != nil {
		t.Fatal(err)
	}
	e = Explain(a, facts)
	if len(e.Sentences) != 2 || e.Sentences[0].Line != 2 || e.Sentences[1].Line != 3 {
		t.Fatalf("sentences %+v", e.Sentences)
	}
	if vs := e.Sentences[0].Verdicts; len(vs) != 1 || vs[0].Fact != "deaths" {
		t.Errorf("verdicts on a sentence without quantities: %+v", vs)
	}
	if vs := e.Sentences[1].Verdicts; len(vs) != len(facts) {
		t.Errorf("%d verdicts on a sentence with a quantity, want one per fact (%d)", len(vs), len(facts))
	}
}

// TestExplainAgreesWithExtract runs both over the bundled corpus: the
// values Explain says were taken are exactly the claims Extract takes, and
// every verdict that took nothing names a failure.
func TestExplainAgreesWithExtract(t *testing.T) {
	set := loadExample(t)
	files, _ := article.Files([]string{"../testdata/articles"})
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	for _, f := range files {
		a, err := article.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		want := Extract(a, set.Facts)
		var got []Claim
		for _, s := range Explain(a, set.Facts).Sentences {
			for _, v := range s.Verdicts {
				switch {
				case v.Took != nil:
					got = append(got, *v.Took)
				case len(v.Failures) == 0 || v.Reason == "":
					t.Errorf("%s:%d: %s took nothing and gives no reason", f, s.Line, v.Fact)
				}
			}
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("%s: Explain and Extract disagree (-Extract +Explain):\n%s", f, d)
		}
	}
}
