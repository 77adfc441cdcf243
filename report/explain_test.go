package report

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// explainText is the article of the explain fixture: front matter, a value
// taken, failures of each kind, a sentence without a quantity whose terms
// match, and control characters in a sentence and a value's words.
const explainText = "---\nsource: Capital Daily\n---\n" +
	"The strike killed seven civilians in Kharkiv, officials said.\n" +
	"Around 20% of Ukraine is held, 12 years on; a deal worth up to €50 billion is near.\n" +
	"On the anniversary, more than 1 million people had fled Kharkiv, and dozens were killed.\n" +
	"The strike killed many civilians in Kharkiv.\n" +
	"Kharkiv\x1b[31m strike killed 7\tthen, officials said, civilians.\n"

// explainFixture builds an explanation by hand, as checker.Explain would,
// so the golden files test the rendering only.
func explainFixture() *checker.Explanation {
	const file = "articles/a.md"
	pos := newLineTable(explainText)
	sentence := func(text string) checker.ExplainedSentence {
		i := strings.Index(explainText, text)
		if i < 0 {
			panic("explain fixture: " + text + " not in the text")
		}
		line, col := pos.position(i)
		return checker.ExplainedSentence{Pos: i, End: i + len(text), Line: line, Column: col, Text: text}
	}
	found := func(s checker.ExplainedSentence, words string, q quantity.Quantity) checker.Found {
		i := strings.Index(s.Text, words)
		if i < 0 {
			panic("explain fixture: " + words + " not in " + s.Text)
		}
		q.Pos, q.End = s.Pos+i, s.Pos+i+len(words)
		line, col := pos.position(q.Pos)
		return checker.Found{Quantity: q, Text: words, Line: line, Column: col}
	}
	hit := func(s checker.ExplainedSentence, list checker.Condition, term, words string) checker.Hit {
		i := strings.Index(s.Text, words)
		if i < 0 {
			panic("explain fixture: " + words + " not in " + s.Text)
		}
		line, col := pos.position(s.Pos + i)
		return checker.Hit{List: list, Term: term, Text: words, Pos: s.Pos + i, End: s.Pos + i + len(words), Line: line, Column: col}
	}
	failed := func(id string, c checker.Condition, reason string, termsMatch bool, rejects ...string) checker.Verdict {
		return checker.Verdict{Fact: id, Value: -1, Failures: []checker.Failure{{Condition: c, Reason: reason}},
			Reason: reason, TermsMatch: termsMatch, Rejects: rejects}
	}

	// 1: kharkiv-civilian-deaths takes "seven".
	s1 := sentence("The strike killed seven civilians in Kharkiv, officials said.")
	seven := found(s1, "seven", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(7), Value: 7, Unit: "civilians"})
	hits1 := []checker.Hit{
		hit(s1, checker.CondAll, "Kharkiv", "Kharkiv"),
		hit(s1, checker.CondAny, "killed", "killed"),
		hit(s1, checker.CondNear, "civilians", "civilians"),
	}
	claim := checker.Claim{
		Fact: "kharkiv-civilian-deaths", Article: file, Source: "Capital Daily",
		Offset: seven.Pos, End: seven.End, Line: seven.Line, Column: seven.Column, Text: "seven",
		Sentence: s1.Text, SentenceOffset: s1.Pos, Quantity: seven.Quantity,
	}
	for _, h := range []checker.Hit{hits1[1], hits1[2], hits1[0]} {
		claim.Terms = append(claim.Terms, checker.Span{Pos: h.Pos - s1.Pos, End: h.End - s1.Pos})
	}
	s1.Quantities = []checker.Found{seven}
	s1.Verdicts = []checker.Verdict{
		{Fact: "kharkiv-civilian-deaths", Took: &claim, Value: 0, Anchor: &hits1[2], Distance: 1,
			Reason: `1 word from near term "civilians"`, TermsMatch: true, Rejects: []string{""}, Hits: hits1},
		failed("occupied-territory-share", checker.CondQuantity, "no quantity it accepts: «seven» is a number, not a percentage", false,
			"a number, not a percentage"),
		failed("arms-purchase-usd", checker.CondQuantity, "no quantity it accepts: «seven» is a number, not an amount of money", false,
			"a number, not an amount of money"),
	}

	// 2: hedged, bounded and dated quantities; every fact fails.
	s2 := sentence("Around 20% of Ukraine is held, 12 years on; a deal worth up to €50 billion is near.")
	s2.Quantities = []checker.Found{
		found(s2, "Around 20%", quantity.Quantity{Kind: quantity.Percent, Interval: quantity.Interval{Low: 18, High: 22}, Value: 20, Hedge: "about"}),
		found(s2, "12 years", quantity.Quantity{Kind: quantity.Duration, Interval: quantity.Point(12), Value: 12, Unit: "years"}),
		found(s2, "up to €50 billion", quantity.Quantity{Kind: quantity.Money, Interval: quantity.Interval{Low: 0, High: 5e10}, Value: 5e10, Hedge: "up to", Currency: "EUR"}),
	}
	s2.Verdicts = []checker.Verdict{
		failed("kharkiv-civilian-deaths", checker.CondQuantity,
			"no quantity it accepts: «Around 20%» is a percentage, not a count; «12 years» is a duration, not a count; «up to €50 billion» is an amount of money, not a count", false,
			"a percentage, not a count", "a duration, not a count", "an amount of money, not a count"),
		failed("occupied-territory-share", checker.CondAny, `no any term found: "occupied", "under Russian control"`, false,
			"", "a duration, not a percentage", "an amount of money, not a percentage"),
		failed("arms-purchase-usd", checker.CondQuantity,
			"no quantity it accepts, though its terms match: «Around 20%» is a percentage, not an amount of money; «12 years» is a duration, not an amount of money; «up to €50 billion» is in EUR, not USD", true,
			"a percentage, not an amount of money", "a duration, not an amount of money", "in EUR, not USD"),
	}

	// 3: a none term, an unbounded and a vague quantity; only one fact asked.
	s3 := sentence("On the anniversary, more than 1 million people had fled Kharkiv, and dozens were killed.")
	s3.Quantities = []checker.Found{
		found(s3, "more than 1 million", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 1e6, High: math.Inf(1), LowOpen: true}, Value: 1e6, Hedge: "more than", Unit: "people"}),
		found(s3, "dozens", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 24, High: 99}, Value: 61.5, Hedge: "dozens", Vague: true}),
	}
	none := hit(s3, checker.CondNone, "anniversary", "anniversary")
	v3 := failed("kharkiv-civilian-deaths", checker.CondNone, "none term \"anniversary\" found at 6:8", false, "", "")
	v3.Hits = []checker.Hit{none}
	s3.Verdicts = []checker.Verdict{v3}

	// 4: the terms match, but the reader found no quantity.
	s4 := sentence("The strike killed many civilians in Kharkiv.")
	s4.Verdicts = []checker.Verdict{
		failed("kharkiv-civilian-deaths", checker.CondQuantity, `no quantity found in the sentence, though its terms match: "Kharkiv", "killed"`, true),
	}

	// 5: control characters in the sentence, a value's words and a reason.
	s5 := sentence("Kharkiv\x1b[31m strike killed 7\tthen, officials said, civilians.")
	s5.Quantities = []checker.Found{
		found(s5, "7", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(7), Value: 7}),
	}
	s5.Verdicts = []checker.Verdict{
		failed("kharkiv-civilian-deaths", checker.CondWithin,
			"no accepted quantity close enough to a near term: «7» is 4 words from \"civilians\"; within is 3\x1b[0m", true, ""),
	}

	return &checker.Explanation{
		Article:   file,
		Facts:     []string{"kharkiv-civilian-deaths", "occupied-territory-share", "arms-purchase-usd"},
		Sentences: []checker.ExplainedSentence{s1, s2, s3, s4, s5},
	}
}

func TestExplainGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer, *checker.Explanation) error
	}{
		{"explain.golden.txt", func(w *bytes.Buffer, e *checker.Explanation) error { return Explain(w, e) }},
		{"explain.golden.json", func(w *bytes.Buffer, e *checker.Explanation) error { return ExplainJSON(w, e) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, explainFixture()); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name, buf.Bytes())
			if strings.HasSuffix(tc.name, ".txt") && bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Error("an escape character from the input reached the output")
			}
		})
	}
}

// TestExplainEmpty: an article with nothing to explain still says so, and
// names the facts that took nothing.
func TestExplainEmpty(t *testing.T) {
	var buf bytes.Buffer
	e := &checker.Explanation{Article: "b.md", Facts: []string{"x", "y"}}
	if err := Explain(&buf, e); err != nil {
		t.Fatal(err)
	}
	want := "b.md: no sentence holds a quantity or the terms of a rule\ntook nothing: x, y\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	buf.Reset()
	if err := ExplainJSON(&buf, e); err != nil {
		t.Fatal(err)
	}
	if want := `"sentences": []`; !strings.Contains(buf.String(), want) {
		t.Errorf("JSON of an empty explanation lacks %s:\n%s", want, buf.String())
	}
}

// TestExplainJSONContract reads the JSON back as a tool would: offsets
// that point at the words in the article, the value taken with its index
// and anchor, null where nothing was taken, lists never null.
func TestExplainJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := ExplainJSON(&buf, explainFixture()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version   int      `json:"version"`
		Article   string   `json:"article"`
		Facts     []string `json:"facts"`
		Sentences []struct {
			Start, End int
			Text       string
			Quantities []struct {
				Start, End int
				Text       string
				High       *float64
			}
			Verdicts []map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != ExplainJSONVersion || doc.Article != "articles/a.md" || len(doc.Facts) != 3 || len(doc.Sentences) != 5 {
		t.Fatalf("document: version %d, article %q, %d facts, %d sentences", doc.Version, doc.Article, len(doc.Facts), len(doc.Sentences))
	}
	for _, s := range doc.Sentences {
		if explainText[s.Start:s.End] != s.Text {
			t.Errorf("sentence bytes %d-%d are %q, text %q", s.Start, s.End, explainText[s.Start:s.End], s.Text)
		}
		for _, q := range s.Quantities {
			if explainText[q.Start:q.End] != q.Text {
				t.Errorf("quantity bytes %d-%d are %q, text %q", q.Start, q.End, explainText[q.Start:q.End], q.Text)
			}
		}
		for _, v := range s.Verdicts {
			for _, k := range []string{"failures", "rejects", "hits"} {
				if _, ok := v[k].([]any); !ok {
					t.Errorf("%s: %q is %v, want a list", v["fact"], k, v[k])
				}
			}
			took := v["took"] == true
			for _, k := range []string{"value", "quantity", "anchor", "distance"} {
				if (v[k] != nil) != took {
					t.Errorf("%s: took %v but %q is %v", v["fact"], took, k, v[k])
				}
			}
			if took != (v["failed"] == "") {
				t.Errorf("%s: took %v but failed %q", v["fact"], took, v["failed"])
			}
		}
	}
	if doc.Sentences[2].Quantities[0].High != nil {
		t.Error(`"more than 1 million" has a high bound; want null`)
	}
	v := doc.Sentences[0].Verdicts[0]
	if v["quantity"] != 0.0 || v["distance"] != 1.0 || v["anchor"].(map[string]any)["text"] != "civilians" {
		t.Errorf("value taken: %v", v)
	}
}

// A date found and taken reads as a date, with how it was resolved; the
// JSON keeps day numbers and writes the dates beside them.
func TestExplainDate(t *testing.T) {
	const text = "The strike on Kharkiv on Monday killed seven."
	i := strings.Index(text, "on Monday")
	day := quantity.Day(2025, 8, 18)
	q := quantity.Quantity{Pos: i, End: i + len("on Monday"), Kind: quantity.Date, Interval: quantity.Point(day), Value: day, Unit: quantity.DateUnit}
	const how = `"on Monday" from 2025-08-19 → 2025-08-18`
	c := checker.Claim{Fact: "strike-date", Article: "a.md", Offset: q.Pos, End: q.End, Line: 1, Column: i + 1,
		Text: "on Monday", Sentence: text, Quantity: q, Resolved: how}
	e := &checker.Explanation{Article: "a.md", Facts: []string{"strike-date"}, Sentences: []checker.ExplainedSentence{{
		Pos: 0, End: len(text), Line: 1, Column: 1, Text: text,
		Quantities: []checker.Found{{Quantity: q, Text: "on Monday", Line: 1, Column: i + 1, Resolved: how}},
		Verdicts:   []checker.Verdict{{Fact: "strike-date", Took: &c, Value: 0, Reason: "taken", TermsMatch: true, Rejects: []string{""}}},
	}}}
	var buf bytes.Buffer
	if err := Explain(&buf, e); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`quantities: «on Monday» date 2025-08-18, resolved: "on Monday" from 2025-08-19 → 2025-08-18` + "\n",
		"strike-date:  took 2025-08-18 («on Monday»), taken\n",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("explain lacks %q:\n%s", want, buf.String())
		}
	}
	buf.Reset()
	if err := ExplainJSON(&buf, e); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sentences []struct {
			Quantities []map[string]any `json:"quantities"`
			Verdicts   []struct {
				Value map[string]any `json:"value"`
			} `json:"verdicts"`
		} `json:"sentences"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"low": "2025-08-18", "high": "2025-08-18", "value": "2025-08-18"}
	for _, got := range []map[string]any{doc.Sentences[0].Quantities[0], doc.Sentences[0].Verdicts[0].Value} {
		if got["value"] != day || !cmpJSON(got["dates"], want) || got["resolved"] != how {
			t.Errorf("date in explain JSON: %v", got)
		}
	}
}
