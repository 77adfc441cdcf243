package claims

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/rules"
)

// TestRoundTrip: the claims of the bundled example, and of HTML and
// JSON-lines articles with a bad record and a warning, read back equal to
// what was written, and compare into the same findings.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"page.html":  "<html><head><meta property=og:site_name content='Capital Daily'></head><body><article><p>Russian drone strikes killed seven civilians in Kharkiv, the city's mayor said.</p></article></body></html>",
		"feed.jsonl": `{"text":"Regional officials said the strikes on Kharkiv killed three civilians.","id":"n1","source":"Northern Wire","published":"2025-08-18"}` + "\n{\"text\":7}\n" + `{"text":"Officials in Kharkiv said the strike killed 11 people.\u00e9` + "\xff" + `"}` + "\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, corpus := range []string{"../testdata/articles", dir} {
		roundTrip(t, corpus)
	}
}

func roundTrip(t *testing.T, corpus string) {
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := checker.Run(context.Background(), set, []string{corpus}, checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var taken []checker.Claim
	for c := range res.AllClaims() {
		taken = append(taken, *c)
	}
	if len(taken) == 0 {
		t.Fatalf("%s: no claims", corpus)
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, in := range res.Inputs {
		if err := w.Input(in); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range taken {
		if err := w.Claim(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	inputs, claims, err := Read("claims.jsonl", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Inputs, inputs); diff != "" {
		t.Errorf("inputs (-written +read):\n%s", diff)
	}
	// Published times read back in a fixed zone; compare instants.
	opt := cmp.Comparer(func(a, b checker.Claim) bool {
		pa, pb := a.Published, b.Published
		a.Published, b.Published = pa.UTC(), pb.UTC()
		return cmp.Equal(a, b)
	})
	// What Compare sets (the run's claims went through it) is not in the
	// stream: compare sets it again.
	written := slices.Clone(taken)
	for i := range written {
		c := &written[i]
		c.SourceID, c.CopyOf, c.Superseded, c.Cluster = "", "", false, 0
	}
	if diff := cmp.Diff(written, claims, opt); diff != "" {
		t.Errorf("claims (-written +read):\n%s", diff)
	}
	if diff := cmp.Diff(res.Findings, checker.Compare(set.Facts, claims), opt); diff != "" {
		t.Errorf("findings differ after the round trip (-check +compare):\n%s", diff)
	}
}

func TestEmptyStream(t *testing.T) {
	var buf bytes.Buffer
	if err := NewWriter(&buf).Flush(); err != nil {
		t.Fatal(err)
	}
	if buf.String() != `{"type":"header","version":1}`+"\n" {
		t.Errorf("empty stream = %q", buf.String())
	}
	ins, cs, err := Read("e", &buf)
	if err != nil || len(ins)+len(cs) != 0 {
		t.Errorf("read %d inputs, %d claims, err %v", len(ins), len(cs), err)
	}
}

func TestReadErrors(t *testing.T) {
	const h = `{"type":"header","version":1}` + "\n"
	claim := `{"type":"claim","fact":"f","article":"a.md","offset":5,"end":6,"sentence":"x","sentence_offset":0,"quantity":{"kind":"number","low":7,"high":7,"value":7}}`
	for _, tt := range []struct{ name, in, want string }{
		{"nothing", "", "s:0: empty: no header line"},
		{"not json", h + "hello\n", "s:2: not a claims line"},
		{"no header", `{"type":"input","article":"a","status":"read"}` + "\n", "s:1: the stream does not start with a header line"},
		{"other version", `{"type":"header","version":2}` + "\n", "s:1: claims stream version 2; this crosscheck reads version 1"},
		{"unknown type", h + `{"type":"finding"}` + "\n", `s:2: unknown line type "finding"`},
		{"bad input", h + `{"type":"input","article":"a","status":"lost"}` + "\n", `s:2: an input needs "article" and a "status" of read or skipped`},
		{"claim without fact", h + `{"type":"claim","article":"a"}` + "\n", `s:2: a claim needs "fact", "article" and "quantity"`},
		{"unknown kind", h + strings.Replace(claim, `"number"`, `"weight"`, 1) + "\n", `s:2: unknown quantity kind "weight"`},
		{"low above high", h + strings.Replace(claim, `"low":7`, `"low":9`, 1) + "\n", "s:2: the quantity's low is above its high"},
		{"bad published", h + strings.Replace(claim, `"fact"`, `"published":"yesterday","fact"`, 1) + "\n", `s:2: published "yesterday" is not an RFC 3339 time`},
		{"term outside", h + strings.Replace(claim, `"fact"`, `"terms":[[0,9]],"fact"`, 1) + "\n", "s:2: term span [0, 9) is outside the sentence"},
		{"offsets", h + strings.Replace(claim, `"end":6`, `"end":2`, 1) + "\n", "s:2: offsets out of order"},
		{"too long", h + `{"type":"claim","text":"` + strings.Repeat("x", MaxLine) + `"}` + "\n", "s:2: line longer than"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Read("s", strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want one containing %q", err, tt.want)
			}
		})
	}
	// Two streams concatenated, blank lines between: one read.
	ins, cs, err := Read("s", strings.NewReader(h+claim+"\n\n"+h+`{"type":"input","article":"a.md","status":"skipped","reason":"binary file"}`+"\n"))
	if err != nil || len(cs) != 1 || len(ins) != 1 || !reflect.DeepEqual(ins[0], article.Input{Path: "a.md", Status: "skipped", Reason: "binary file"}) {
		t.Errorf("concatenated: %v %v %v", ins, cs, err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"type":"header","version":1}` + "\n" + `{"type":"claim","fact":"f","article":"a.md","offset":5,"end":6,"sentence":"x","terms":[[0,1]],"quantity":{"kind":"number","low":null,"high":7,"value":7}}`)
	f.Add(`{"type":"header","version":1}` + "\n" + `{"type":"input","article":"a","status":"read"}`)
	f.Add(`{"type":"header","version":1}` + "\n" + `{"type":"input","article":"f.jsonl","status":"read","format":"jsonl","articles":2,"warnings":["line 1: x"]}`)
	f.Fuzz(func(t *testing.T, s string) {
		ins, cs, err := Read("f", strings.NewReader(s))
		if err != nil {
			return
		}
		// What reads must write back and read again the same.
		var buf bytes.Buffer
		w := NewWriter(&buf)
		for _, in := range ins {
			if err := w.Input(in); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range cs {
			if err := w.Claim(c); err != nil {
				return // a claim the writer refuses (NaN) was never written by it
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		ins2, cs2, err := Read("f", &buf)
		if err != nil {
			t.Fatalf("rewritten stream does not read: %v", err)
		}
		if len(ins2) != len(ins) || len(cs2) != len(cs) {
			t.Fatalf("rewritten stream lost lines: %d/%d inputs, %d/%d claims", len(ins2), len(ins), len(cs2), len(cs))
		}
	})
}

// TestReadFuncStops: an error from a callback ends the read at that line
// and comes back as it was, and nothing after it is handed on.
func TestReadFuncStops(t *testing.T) {
	stream := `{"type":"header","version":1}
{"type":"input","article":"a.md","status":"read"}
{"type":"claim","fact":"deaths","article":"a.md","offset":3,"end":8,"line":1,"column":4,"text":"seven","sentence":"It seven.","quantity":{"kind":"number","low":7,"high":7,"value":7}}
{"type":"input","article":"b.md","status":"read"}
`
	full := 0
	if err := ReadFunc("s", strings.NewReader(stream), func(article.Input) error { full++; return nil }, func(checker.Claim) error { full++; return nil }); err != nil {
		t.Fatal(err)
	}
	if full != 3 {
		t.Fatalf("handed on %d lines, want 3", full)
	}
	stop := errors.New("disk full")
	var seen []string
	err := ReadFunc("s", strings.NewReader(stream), func(in article.Input) error {
		seen = append(seen, "input "+in.Path)
		return nil
	}, func(c checker.Claim) error {
		seen = append(seen, "claim "+c.Text)
		return stop
	})
	if err != stop {
		t.Errorf("err = %v, want the callback's", err)
	}
	if want := []string{"input a.md", "claim seven"}; !slices.Equal(seen, want) {
		t.Errorf("handed on %q, want %q", seen, want)
	}
}
