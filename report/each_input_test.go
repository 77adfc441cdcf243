package report

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
)

// manyInputsReport is the fixture's findings with the inputs fixture's
// inputs and two thousand more: read, skipped with and without a reason,
// benign, JSON-lines with records, with one or two warnings (skipped ones
// too), and paths that need escaping. Every format writes more of inputs
// than its 64 KiB buffer holds.
func manyInputsReport() *Report {
	r := fixture()
	r.Inputs = append(r.Inputs, inputsFixture().Inputs...)
	for i := range 2000 {
		in := article.Input{Path: fmt.Sprintf("articles/%04d <ü>|*_[x].md", i), Status: article.ReadOK}
		switch {
		case i%7 == 0:
			in.Status, in.Reason = article.Skipped, fmt.Sprintf("line %d: bad \x1b byte", i)
		case i%13 == 0:
			in.Status, in.Benign = article.Skipped, true
		case i%11 == 0:
			in.Format, in.Articles = article.FormatJSONL, i%5
		}
		if i%5 == 0 {
			in.Warnings = append(in.Warnings, fmt.Sprintf("line %d, column 4: invalid UTF-8", i))
			if i%10 == 0 {
				in.Warnings = append(in.Warnings, "an HTML page without an <article>")
			}
		}
		r.Inputs = append(r.Inputs, in)
	}
	return r
}

// streamedInputs returns r with its inputs given by EachInput instead of
// Inputs. Each pass yields fresh copies in order, as a reader of inputs
// kept on disk would; fail, when set, may end a pass with an error before
// the input at index i of the pass numbered pass (from 1); after is called
// with each input once the renderer has asked for the next one. passes
// counts the passes started.
func streamedInputs(r *Report, fail func(pass, i int) error, after func(*article.Input)) (s *Report, passes *int) {
	ins := r.Inputs
	passes = new(int)
	cp := *r
	cp.Inputs = nil
	cp.EachInput = func(yield func(article.Input, error) bool) {
		*passes++
		pass := *passes
		for i := range ins {
			if fail != nil {
				if err := fail(pass, i); err != nil {
					yield(article.Input{}, err)
					return
				}
			}
			in := ins[i]
			in.Warnings = slices.Clone(in.Warnings)
			if !yield(in, nil) {
				return
			}
			if after != nil {
				after(&in)
			}
		}
	}
	return &cp, passes
}

// poisonInput overwrites, in place, what a renderer's copy of an input
// shares with it: its warnings.
func poisonInput(in *article.Input) {
	for j := range in.Warnings {
		in.Warnings[j] = "POISON"
	}
}

// TestEachInput: inputs given by Report.EachInput render the same bytes as
// the same inputs in Report.Inputs, in every format, with the findings in
// Report.Findings or given by Report.Each; and Summary counts them alike.
func TestEachInput(t *testing.T) {
	for _, rc := range eachReports() {
		for _, each := range []bool{false, true} {
			for _, fc := range eachRender {
				name := rc.name + "/" + fc.name
				if each {
					name = rc.name + "/with Each/" + fc.name
				}
				t.Run(name, func(t *testing.T) {
					var want, got bytes.Buffer
					if err := fc.render(&want, rc.r); err != nil {
						t.Fatal(err)
					}
					s := rc.r
					if each {
						s, _ = streamed(s, nil, nil)
					}
					s, _ = streamedInputs(s, nil, nil)
					if err := fc.render(&got, s); err != nil {
						t.Fatal(err)
					}
					if d := cmp.Diff(want.String(), got.String()); d != "" {
						t.Errorf("with EachInput (-Inputs +EachInput):\n%s", d)
					}
				})
			}
		}
		s, _ := streamedInputs(rc.r, nil, nil)
		if got, want := Summary(s), Summary(rc.r); got != want {
			t.Errorf("%s: Summary with EachInput = %+v, want %+v", rc.name, got, want)
		}
	}
}

// TestEachInputKeepsNothing: every renderer, HTML too, has finished with an
// input when it asks for the next, so inputs whose warnings are
// overwritten once the renderer has moved on still render the right
// bytes. A renderer that held the inputs until the end would show the
// poison (TestEachKeepsNothing shows that it would for HTML's findings).
func TestEachInputKeepsNothing(t *testing.T) {
	for _, rc := range eachReports() {
		for _, fc := range eachRender {
			t.Run(rc.name+"/"+fc.name, func(t *testing.T) {
				var want, got bytes.Buffer
				if err := fc.render(&want, rc.r); err != nil {
					t.Fatal(err)
				}
				s, _ := streamedInputs(rc.r, nil, poisonInput)
				if err := fc.render(&got, s); err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(want.String(), got.String()); d != "" {
					t.Errorf("an input was used after the next was asked for (-want +got):\n%s", d)
				}
			})
		}
	}
}

var errInputs = errors.New("inputs.bin: unexpected EOF")

// TestEachInputError: an error from EachInput, on whichever pass a
// renderer makes, is returned with context, without a panic, whether the
// findings come from Findings or from Each; JSON, Markdown and HTML then
// write nothing when it comes on the first pass, even after more inputs
// than their buffers hold. A pass that never comes (SARIF and JUnit make
// none) changes nothing.
func TestEachInputError(t *testing.T) {
	nothing := map[string]bool{"json": true, "markdown": true, "html": true}
	last := len(manyInputsReport().Inputs) - 1
	for _, fc := range eachRender {
		var want bytes.Buffer
		if err := fc.render(&want, manyInputsReport()); err != nil {
			t.Fatal(err)
		}
		for _, each := range []bool{false, true} {
			for _, at := range []struct {
				name    string
				pass, i int
			}{
				{"first pass, at once", 1, 0},
				{"first pass, after one input", 1, 1},
				{"first pass, at the last input", 1, last},
				{"second pass, at once", 2, 0},
				{"second pass, after one input", 2, 1},
				{"second pass, at the last input", 2, last},
				{"third pass", 3, 1},
			} {
				name := fc.name + "/" + at.name
				if each {
					name = fc.name + "/with Each/" + at.name
				}
				t.Run(name, func(t *testing.T) {
					s := manyInputsReport()
					if each {
						s, _ = streamed(s, nil, nil)
					}
					s, passes := streamedInputs(s, func(pass, i int) error {
						if pass == at.pass && i == at.i {
							return errInputs
						}
						return nil
					}, nil)
					var got bytes.Buffer
					err := fc.render(&got, s)
					if *passes < at.pass {
						if err != nil {
							t.Fatalf("%d passes, none failing: %v", *passes, err)
						}
						if !bytes.Equal(got.Bytes(), want.Bytes()) {
							t.Error("output differs though EachInput never failed")
						}
						return
					}
					if !errors.Is(err, errInputs) || !strings.Contains(err.Error(), "report: reading inputs: "+errInputs.Error()) {
						t.Fatalf("err = %v, want one wrapping %q with context", err, errInputs)
					}
					if at.pass == 1 && nothing[fc.name] && got.Len() > 0 {
						t.Errorf("wrote %d bytes before failing", got.Len())
					}
				})
			}
		}
	}
}

// TestSummaryEachInput: on an error from EachInput, Summary counts the
// inputs read before it and no findings; the renderers' summary returns
// the error.
func TestSummaryEachInput(t *testing.T) {
	r := inputsFixture()
	s, _ := streamedInputs(r, func(_, i int) error {
		if i == 2 {
			return errInputs
		}
		return nil
	}, nil)
	got := Summary(s)
	if want := (Counts{Read: 3, Skipped: 1}); got != want {
		t.Errorf("Summary failing at the third input = %+v, want %+v", got, want)
	}
	if _, err := summary(s); !errors.Is(err, errInputs) {
		t.Errorf("summary: err = %v, want %v", err, errInputs)
	}
}
