package ruletest

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

const ruleSrc = `version: 1
facts:
  - id: flood-deaths
    title: People killed in the floods
    quantity: count
    match:
      all: [valley]
      any: [killed, died]
      near: [people]
      within: 3
  - id: aid-usd
    title: Flood aid
    quantity: money
    unit: USD
    match:
      any: [aid]
`

func facts(t *testing.T) []*rules.Fact {
	t.Helper()
	fs, err := rules.Parse("floods.yaml", []byte(ruleSrc))
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestExamples(t *testing.T) {
	pt := quantity.Point
	tests := []struct {
		name     string
		fact     int
		ex       rules.Example
		want     string // "" for a pass, else the failure's Error()
		sentence string
		why      []string // the failure's Why, when set
	}{
		{name: "takes the value", ex: rules.Example{Sentence: "The floods killed nine people in the valley.", Expect: pt(9)}},
		{name: "takes another value",
			ex:   rules.Example{Sentence: "The floods killed 11 people in the valley.", Expect: pt(9)},
			want: "floods.yaml:20:17: flood-deaths: want 9, got 11 (\"11\")",
			why:  []string{`took 11 («11»), 1 word from near term "people"`}},
		{name: "takes nothing as expected", ex: rules.Example{Sentence: "On the hill, nine people were killed.", None: true}},
		{name: "takes something it must not",
			ex:   rules.Example{Sentence: "The floods killed nine people in the valley.", None: true},
			want: "floods.yaml:20:17: flood-deaths: want none, got 9 (\"nine\")"},
		{name: "takes nothing where a value is expected",
			ex:   rules.Example{Sentence: "Nine houses in the valley were lost.", Expect: pt(9)},
			want: "floods.yaml:20:17: flood-deaths: want 9, got none",
			why:  []string{`no any term found: "killed", "died"`}},
		{name: "too far from its near term",
			ex:   rules.Example{Sentence: "In the valley, nine of the oldest people died.", Expect: pt(9)},
			want: "floods.yaml:20:17: flood-deaths: want 9, got none",
			why:  []string{`no accepted quantity close enough to a near term: «nine» is 4 words from "people"; within is 3`}},
		{name: "interval", fact: 1, ex: rules.Example{Sentence: "The valley gets up to $2 million in aid.", Expect: quantity.Interval{Low: 0, High: 2e6}}},
		{name: "unbounded", fact: 1, ex: rules.Example{Sentence: "More than $1 million in aid arrived.", Expect: quantity.Interval{Low: 1e6, High: math.Inf(1), LowOpen: true, HighOpen: true}}},
		{name: "interval missed", fact: 1,
			ex:   rules.Example{Sentence: "The valley gets $2 million in aid.", Expect: quantity.Interval{Low: 0, High: 2e6}},
			want: "floods.yaml:20:17: aid-usd: want [0, 2e+06], got 2e+06 (\"$2 million\")"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := facts(t)
			f := fs[tt.fact]
			tt.ex.Pos = rules.Position{File: "floods.yaml", Line: 19, Column: 9}
			tt.ex.ExpectPos = rules.Position{File: "floods.yaml", Line: 20, Column: 17}
			f.Examples = []rules.Example{tt.ex}
			r := Examples([]*rules.Fact{f})
			if r.Examples != 1 {
				t.Errorf("ran %d examples, want 1", r.Examples)
			}
			var got string
			if len(r.Failures) > 0 {
				got = r.Failures[0].Error()
			}
			if got != tt.want {
				t.Errorf("got failure %q\nwant %q", got, tt.want)
			}
			if tt.why != nil && len(r.Failures) > 0 && !cmp.Equal(r.Failures[0].Why, tt.why) {
				t.Errorf("why: %s", cmp.Diff(tt.why, r.Failures[0].Why))
			}
		})
	}
}

func TestArticle(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // failures, as Error() strings
		n    int      // annotations run
	}{
		{
			name: "no annotations: nothing checked",
			text: "The floods killed nine people in the valley.\n",
		},
		{
			name: "end-of-line annotation met",
			text: "The floods killed nine people in the valley. <!-- crosscheck: flood-deaths=9 -->\n",
			n:    1,
		},
		{
			name: "annotation on its own line is about the line above",
			text: "The floods killed nine people in the valley.\n\n<!-- crosscheck: flood-deaths=9 -->\n",
			n:    1,
		},
		{
			name: "wrong value",
			text: "The floods killed nine people in the valley. <!-- crosscheck: flood-deaths=7 -->\n",
			want: []string{"a.md:1:1: flood-deaths: want 7, got 9 (\"nine\")"},
			n:    1,
		},
		{
			name: "an unannotated claim fails an annotated article",
			text: "The floods killed nine people in the valley. <!-- crosscheck: flood-deaths=9 -->\nThe valley gets $2 million in aid.\n",
			want: []string{"a.md:2:17: aid-usd: want no claim (no annotation names it), got 2e+06 (\"$2 million\")"},
			n:    1,
		},
		{
			name: "none met, and none failed",
			text: "On the hill, nine people were killed. <!-- crosscheck: flood-deaths=none -->\nNine people died in the valley. <!-- crosscheck: flood-deaths=none -->\n",
			want: []string{"a.md:2:1: flood-deaths: want none, got 9 (\"Nine\")"},
			n:    2,
		},
		{
			name: "two facts on one line, interval",
			text: "The valley, where floods killed nine people, gets up to $2 million in aid. <!-- crosscheck: flood-deaths=9, aid-usd=[0,2e6] -->\n",
			n:    2,
		},
		{
			name: "malformed and unknown",
			text: "Quiet day. <!-- crosscheck: flood-deaths aid-usd=[2,1] storm-deaths=3 -->\n",
			want: []string{
				"a.md:1:12: annotation: want FACT=VALUE, got \"flood-deaths\": write FACT=VALUE, such as kharkiv-civilian-deaths=7",
				"a.md:1:12: annotation: want FACT=VALUE, got \"aid-usd=[2,1]\": interval \"[2,1]\": low is above high",
				"a.md:1:12: storm-deaths: want a fact in the rules, got no fact with this id",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := article.Parse("a.md", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			r := Article(a, facts(t))
			var got []string
			for _, f := range r.Failures {
				got = append(got, f.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("failures (-want +got):\n%s", diff)
			}
			if r.Annotations != tt.n {
				t.Errorf("%d annotations, want %d", r.Annotations, tt.n)
			}
			if Annotated(a) != strings.Contains(tt.text, "crosscheck:") {
				t.Error("Annotated disagrees with the text")
			}
		})
	}
}

func FuzzParseEntry(f *testing.F) {
	for _, s := range []string{"f=7", "f=none", "f=[0,1e11]", "f=(1e6,inf)", "=", "f=[", "f=[1,", "f=(,)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseEntry(s)
		if err != nil {
			return
		}
		if n.iv != nil && (math.IsNaN(n.iv.Low) || n.iv.Low > n.iv.High) {
			t.Errorf("%q: bad interval %+v", s, *n.iv)
		}
	})
}

func TestFormat(t *testing.T) {
	r := Result{Examples: 2, Failures: []Failure{{File: "rules/floods.yaml", Line: 20, Column: 17, Fact: "flood-deaths",
		Want: "9", Got: `11 ("11")`, Sentence: "The floods killed 11\n people in the valley.",
		Why: []string{`took 11 («11»), 1 word from near term "people"`}}}}
	var b strings.Builder
	if err := Format(&b, r); err != nil {
		t.Fatal(err)
	}
	want := `rules/floods.yaml:20:17: flood-deaths
    The floods killed 11 people in the valley.
  - want 9
  + got  11 ("11")
    why: took 11 («11»), 1 word from near term "people"

2 examples, 0 annotations: 1 failed
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	b.Reset()
	_ = Format(&b, Result{Examples: 1, Annotations: 3})
	if b.String() != "1 example, 3 annotations: all passed\n" {
		t.Errorf("got %q", b.String())
	}
}

// TestDates: date facts are tested and reported in dates, not day numbers.
func TestDates(t *testing.T) {
	fs, err := rules.Parse("d.yaml", []byte(`version: 1
facts:
  - id: strike-date
    title: Date of the strike
    quantity: date
    match:
      any: [strike]
    examples:
      - sentence: The strike came on Monday.
        published: 2025-08-19
        expect: 2025-08-17
`))
	if err != nil {
		t.Fatal(err)
	}
	r := Examples(fs)
	if len(r.Failures) != 1 {
		t.Fatalf("failures %v, want one", r.Failures)
	}
	if f := r.Failures[0]; f.Want != "2025-08-17" || !strings.HasPrefix(f.Got, "2025-08-18 (") {
		t.Errorf("want %q got %q: dates should read as dates", f.Want, f.Got)
	}
	a, err := article.Parse("a.md", []byte("---\npublished: 2025-08-19\n---\nThe strike came on Monday. <!-- crosscheck: strike-date=2025-08-18 -->\nA second strike came on Sunday. <!-- crosscheck: strike-date=[2025-08-17, 2025-08-17] -->\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r := Article(a, fs); r.Annotations != 2 || len(r.Failures) != 0 {
		t.Errorf("annotations %d, failures %v", r.Annotations, r.Failures)
	}
}
