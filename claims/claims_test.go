package claims

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

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
		{"not json", h + "hello\n", "s:2:1: not a JSON object; each line of a claims stream is one JSON object"},
		{"not json after blanks", h + "  this\n", "s:2:3: not a JSON object"},
		{"not closed", h + `{"type":"claim"` + "\n", "s:2:16: the JSON object is not closed by the end of the line"},
		{"bad character", h + `{"type" "claim"}` + "\n", "s:2:9: not valid JSON: invalid character '\"' after object key"},
		{"not an object", h + "[1, 2]\n", "s:2:1: not a JSON object but an array"},
		{"number for string", h + `{"type":"claim", "fact": 3}` + "\n", `s:2:26: "fact" must be a string, not a number`},
		{"array for string", h + `{"type":"claim","fact":["a"]}` + "\n", `s:2:24: "fact" must be a string, not an array`},
		{"string for number", h + `{"type":"claim","quantity":{"low":"a \"b\" c"}}` + "\n", `s:2:35: "quantity.low" must be a number, not a string`},
		{"fraction for int", h + `{"type":"claim","line":1.5}` + "\n", `s:2:24: "line" must be a whole number, not 1.5`},
		{"wide characters", h + `{"type":"claim","text":"Київ","line":"x"}` + "\n", `s:2:38: "line" must be a whole number, not a string`},
		{"before the header", "hello\n" + h, "s:1:1: not a JSON object"},
		// An error at a line's last byte is not an object left open.
		{"trailing comma", h + `{"type":"claim","fact":"f",}` + "\n", `s:2:28: not valid JSON: invalid character '}' looking for beginning of object key string`},
		{"extra brace", h + `{"type":"claim"}}` + "\n", `s:2:17: not valid JSON: invalid character '}' after top-level value`},
		{"bad literal at the end", h + `{"a":1,"x":tru}` + "\n", `s:2:15: not valid JSON: invalid character '}' in literal true (expecting 'e')`},
		{"too deep", h + `{"terms":` + strings.Repeat("[", 200000) + strings.Repeat("]", 200000) + "}\n", "s:2:10009: not valid JSON: invalid character '[' exceeded max depth"},
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
	// A byte-order mark before the header, and lines of blanks, are no
	// trouble.
	if _, _, err := Read("s", strings.NewReader("\uFEFF"+h+"   \n\t\r\n"+claim+"\n")); err != nil {
		t.Errorf("a BOM and blank lines: %v", err)
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
	f.Add(`{"type":"header","version":1}` + "\n" + `{"type":"claim", "fact": [3]}` + "\n" + `{"quantity":{"low":"a\\"b"}}`)
	f.Add(`{"type":"header","version":1}` + "\n" + `{"type":"input","article":"f.jsonl","status":"read","format":"jsonl","articles":2,"warnings":["line 1: x"]}`)
	f.Fuzz(func(t *testing.T, s string) {
		// ReadEach hands on every line Read would, and what it cannot read
		// it places on a line of the stream, inside the line.
		lines := strings.Split(s, "\n")
		handed, bad := 0, 0
		eachErr := ReadEach("f", strings.NewReader(s), func(article.Input) error { handed++; return nil },
			func(checker.Claim) error { handed++; return nil },
			func(e *Error) error {
				bad++
				if e.Line < 1 || e.Line > len(lines) || e.Column < 0 || e.Column > utf8.RuneCountInString(lines[e.Line-1])+1 {
					t.Errorf("bad line placed at %s, outside the stream", e.Position())
				}
				return nil
			})
		ins, cs, err := Read("f", strings.NewReader(s))
		if err != nil {
			return
		}
		if eachErr != nil || bad > 0 || handed != len(ins)+len(cs) {
			t.Fatalf("Read reads the stream whole, ReadEach handed on %d of %d lines, %d bad, err %v", handed, len(ins)+len(cs), bad, eachErr)
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

// TestReadEach: bad lines are handed to bad, with their place, and the
// good lines around them are all read; what ends a stream still ends it.
func TestReadEach(t *testing.T) {
	const h = `{"type":"header","version":1}` + "\n"
	claim := func(text string) string {
		return `{"type":"claim","fact":"f","article":"a.md","offset":5,"end":6,"text":"` + text + `","sentence":"x","sentence_offset":0,"quantity":{"kind":"number","low":7,"high":7,"value":7}}` + "\n"
	}
	type result struct {
		handed []string
		bad    []string
		err    string
	}
	read := func(stream string) result {
		var r result
		err := ReadEach("s", strings.NewReader(stream), func(in article.Input) error {
			r.handed = append(r.handed, "input "+in.Path)
			return nil
		}, func(c checker.Claim) error {
			r.handed = append(r.handed, "claim "+c.Text)
			return nil
		}, func(e *Error) error {
			r.bad = append(r.bad, e.Position()+" "+e.Msg)
			return nil
		})
		if err != nil {
			r.err = err.Error()
		}
		return r
	}
	for _, tt := range []struct {
		name, stream string
		want         result
	}{
		{"all good", h + claim("one") + `{"type":"input","article":"a.md","status":"read"}` + "\n",
			result{handed: []string{"claim one", "input a.md"}}},
		{"bad lines between good", h + claim("one") + "{\"type\":\"claim\",\"fact\":3}\n" + claim("two") + `{"type":"finding"}` + "\n" + `{"type":"input","article":"a.md"}` + "\n" + claim("three") + `{"type":"claim"` + "\n",
			result{handed: []string{"claim one", "claim two", "claim three"}, bad: []string{
				`s:3:24 "fact" must be a string, not a number`,
				`s:5 unknown line type "finding" (header, input or claim)`,
				`s:6 an input needs "article" and a "status" of read or skipped`,
				`s:8:16 the JSON object is not closed by the end of the line; each line of a claims stream is one JSON object, as crosscheck extract writes`,
			}}},
		{"no header", "hello\n" + h + claim("one"),
			result{err: "s:1:1: not a JSON object; each line of a claims stream is one JSON object, as crosscheck extract writes"}},
		{"other version", h + claim("one") + `{"type":"header","version":2}` + "\n" + claim("two"),
			result{handed: []string{"claim one"}, err: "s:3: claims stream version 2; this crosscheck reads version 1: extract and compare with the same release"}},
		{"too many bad lines", h + strings.Repeat("{}\n", MaxBadLines+5) + claim("late"),
			result{err: fmt.Sprintf("s:%d: more than %d lines that cannot be read: is this a claims stream? compare reads what crosscheck extract writes", MaxBadLines+2, MaxBadLines)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := read(tt.stream)
			if tt.name == "too many bad lines" {
				if len(got.bad) != MaxBadLines {
					t.Errorf("%d bad lines handed on, want %d", len(got.bad), MaxBadLines)
				}
				got.bad = nil
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(result{})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	// An error from bad ends the read, as it is.
	stop := errors.New("enough")
	err := ReadEach("s", strings.NewReader(h+"{}\n"+claim("after")), func(article.Input) error { return nil },
		func(c checker.Claim) error {
			t.Errorf("claim %q handed on after bad stopped the read", c.Text)
			return nil
		},
		func(*Error) error { return stop })
	if err != stop {
		t.Errorf("err = %v, want bad's", err)
	}
}

// FuzzUnmarshalLine: goccy/go-json, which reads claims lines for speed,
// makes of every line the record encoding/json makes of it, and reads no
// line encoding/json refuses.
func FuzzUnmarshalLine(f *testing.F) {
	f.Add(`{"type":"header","version":1}`)
	f.Add(`{"type":"claim","fact":"f","article":"a.md","offset":5,"end":6,"text":"L\u00e9\ud83d\ude00","sentence":"x\n","sentence_offset":0,"terms":[[0,1]],"quantity":{"kind":"number","low":null,"high":7e3,"value":-0.5,"high_open":true}}`)
	f.Add(`{"type":"input","article":"f.jsonl","status":"read","format":"jsonl","articles":2,"warnings":["line 1: x"],"benign":false}`)
	f.Add(`{"TYPE":"claim","Fact":"f","fact":"g"}`)
	f.Add("{\"type\":\"cl\xffaim\"}")
	f.Add(`{"type":"claim","terms":[[1,2,3]]}`)
	f.Add(`{"type":"claim","offset":1e2,"line":-0}`)
	f.Add(`{"quantity":{"low":1,"low":null}}`)
	f.Add(`{"published":"2025-08-18T00:00:00Z","weight":0.25,"record":3,"record_id":"x\"y"}`)
	f.Fuzz(func(t *testing.T, line string) {
		var fast, std record
		errFast := fastUnmarshal([]byte(line), &fast)
		errStd := json.Unmarshal([]byte(line), &std)
		if errFast == nil && errStd != nil {
			t.Fatalf("goccy/go-json reads %q, encoding/json refuses it: %v", line, errStd)
		}
		if errFast == nil && !reflect.DeepEqual(fast, std) {
			t.Fatalf("%q:\ngoccy/go-json %+v\nencoding/json %+v", line, fast, std)
		}
		var got record
		if err := unmarshalLine([]byte(line), &got); (err == nil) != (errStd == nil) || err == nil && !reflect.DeepEqual(got, std) {
			t.Fatalf("unmarshalLine(%q) = %+v, %v; encoding/json gives %+v, %v", line, got, err, std, errStd)
		}
	})
}
