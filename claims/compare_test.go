package claims

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/rules"
)

// TestCompare: streams compare into the findings of a run over their
// articles; a bad line, a stream that cannot be opened and standard input
// that is not given are skipped inputs that fail the run; an article met
// again is read once, and said so.
func TestCompare(t *testing.T) {
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := checker.Run(context.Background(), set, []string{"../testdata/articles"}, checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, in := range res.Inputs {
		if err := w.Input(in); err != nil {
			t.Fatal(err)
		}
		for c := range res.AllClaims() {
			if c.Article == in.Path {
				if err := w.Claim(*c); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.jsonl")
	broken := filepath.Join(dir, "broken.jsonl")
	if err := os.WriteFile(whole, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(broken, []byte(`{"type":"header","version":1}`+"\n"+`{"type":"claim","fact":7}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	type account struct {
		findings []string
		inputs   []string
		failed   int
		warnings []string
	}
	compare := func(names ...string) account {
		var a account
		st, err := Compare(context.Background(), set.Facts, names, checker.Options{}, func(w string) { a.warnings = append(a.warnings, w) })
		if err != nil {
			t.Fatalf("Compare(%q): %v", names, err)
		}
		defer st.Close()
		for f, err := range st.Findings() {
			if err != nil {
				t.Fatal(err)
			}
			a.findings = append(a.findings, f.Fact+" "+string(f.Status)+" "+strings.Repeat("c", len(f.Claims)))
		}
		for in, err := range st.Inputs() {
			if err != nil {
				t.Fatal(err)
			}
			if in.Status != "read" {
				a.inputs = append(a.inputs, strings.TrimPrefix(in.Path, dir+"/")+" "+in.Reason)
			}
		}
		a.failed = st.FailedInputs()
		return a
	}
	var want []string
	for _, f := range res.Findings {
		want = append(want, f.Fact+" "+string(f.Status)+" "+strings.Repeat("c", len(f.Claims)))
	}

	got := compare(whole)
	if diff := cmp.Diff(account{findings: want}, got, cmp.AllowUnexported(account{})); diff != "" {
		t.Errorf("one stream (-run +compare):\n%s", diff)
	}

	got = compare(whole, broken, filepath.Join(dir, "missing.jsonl"), "-", whole)
	wantBad := []string{
		"- no standard input is given to this run",
		`broken.jsonl:2:24 "fact" must be a string, not a number`,
		"missing.jsonl no such file or folder",
	}
	if !slices.Equal(got.findings, want) || !slices.Equal(got.inputs, wantBad) || got.failed != 3 {
		t.Errorf("with bad streams and a repeat:\nfindings %q\nwant     %q\nskipped %q\nwant    %q\nfailed %d, want 3", got.findings, want, got.inputs, wantBad, got.failed)
	}
	if len(got.warnings) != 4 || !strings.Contains(got.warnings[0], "was read already") || !strings.Contains(got.warnings[3], "more inputs that were read already are counted once too") {
		t.Errorf("warnings of the repeated stream: %q", got.warnings)
	}
}

// TestCompareCancelled: a cancelled run stops within a stream, not at its
// end.
func TestCompareCancelled(t *testing.T) {
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	claim := `{"type":"claim","fact":"kharkiv-civilian-deaths","article":"a.md","offset":5,"end":6,"text":"7","sentence":"x","sentence_offset":0,"quantity":{"kind":"number","low":7,"high":7,"value":7}}` + "\n"
	stream := `{"type":"header","version":1}` + "\n" + strings.Repeat(claim, 50000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &cancelAfter{r: strings.NewReader(stream), n: len(stream) / 10, cancel: cancel}
	st, err := Compare(ctx, set.Facts, []string{"-"}, checker.Options{Stdin: r}, nil)
	if err != context.Canceled {
		if st != nil {
			st.Close()
		}
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if r.read > len(stream)/2 {
		t.Errorf("read %d of %d bytes after the cancel at %d", r.read, len(stream), len(stream)/10)
	}
}

// cancelAfter reads r and calls cancel once n bytes are read.
type cancelAfter struct {
	r      io.Reader
	n      int
	read   int
	cancel func()
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += n
	if c.read >= c.n {
		c.cancel()
	}
	return n, err
}
