package report

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
)

// eachReports are the reports rendered both ways: between them they have
// findings of every status with claims, open, self- and baselined pairs,
// known single sources, skipped inputs, warnings, JSON-lines and HTML
// claims, hostile text, findings the checker never makes, none, and more
// inputs than any format's buffer holds.
func eachReports() []struct {
	name string
	r    *Report
} {
	return []struct {
		name string
		r    *Report
	}{
		{"fixture", fixture()},
		{"clusters", htmlFixture()},
		{"fail on single", func() *Report { r := fixture(); r.FailOn = checker.Single; return r }()},
		{"hostile", hostileReport()},
		{"inputs", inputsFixture()},
		{"odd", oddReport()},
		{"empty", &Report{}},
		{"large", largeReport()},
		{"many inputs", manyInputsReport()},
	}
}

// largeReport is the fixture's findings twenty times over, under fact ids
// of their own: every format writes more than its 64 KiB buffer holds.
func largeReport() *Report {
	r := fixture()
	base := r.Findings
	for n := range 19 {
		for _, f := range base {
			f.Fact = fmt.Sprintf("%s-%02d", f.Fact, n)
			r.Findings = append(r.Findings, f)
		}
	}
	return r
}

type eachFormat struct {
	name   string
	render func(*bytes.Buffer, *Report) error
}

// eachRender renders in every format Write knows, and as text in colour.
var eachRender = func() []eachFormat {
	var out []eachFormat
	for _, format := range Formats {
		out = append(out, eachFormat{format, func(w *bytes.Buffer, r *Report) error { return Write(w, format, r, TextOptions{}) }})
	}
	return append(out, eachFormat{"text color", func(w *bytes.Buffer, r *Report) error { return Text(w, r, TextOptions{Color: true}) }})
}()

// streamed returns r with its findings given by Each instead of Findings.
// Each pass yields fresh copies in fact id order, as a reader of findings
// kept on disk would; fail, when set, may end a pass with an error before
// the finding at index i of the pass numbered pass (from 1); after is
// called with each finding once the renderer has asked for the next one.
// passes counts the passes started.
func streamed(r *Report, fail func(pass, i int) error, after func(*checker.Finding)) (s *Report, passes *int) {
	fs := findings(r)
	passes = new(int)
	cp := *r
	cp.Findings = nil
	cp.Each = func(yield func(checker.Finding, error) bool) {
		*passes++
		pass := *passes
		for i := range fs {
			if fail != nil {
				if err := fail(pass, i); err != nil {
					yield(checker.Finding{}, err)
					return
				}
			}
			f := deepCopy(fs[i])
			if !yield(f, nil) {
				return
			}
			if after != nil {
				after(&f)
			}
		}
	}
	return &cp, passes
}

func deepCopy(f checker.Finding) checker.Finding {
	f.Claims = slices.Clone(f.Claims)
	for i := range f.Claims {
		c := &f.Claims[i]
		c.Terms = slices.Clone(c.Terms)
		if c.Origin != nil {
			o := *c.Origin
			c.Origin = &o
		}
	}
	f.Conflicts = slices.Clone(f.Conflicts)
	f.SelfContradictions = slices.Clone(f.SelfContradictions)
	f.Baselined = slices.Clone(f.Baselined)
	return f
}

// poison overwrites, in place, everything of a finding that a renderer's
// copy of it shares: the claims, their terms and origins, and the pairs.
func poison(f *checker.Finding) {
	for i := range f.Claims {
		c := &f.Claims[i]
		for j := range c.Terms {
			c.Terms[j] = checker.Span{Pos: -7, End: -7}
		}
		if c.Origin != nil {
			*c.Origin = checker.Origin{Format: "POISON", File: "POISON", Record: -7, RecordID: "POISON"}
		}
		c.Article, c.Source, c.Text, c.Sentence, c.Claimant = "POISON", "POISON", "POISON", "POISON", "POISON"
		c.Resolved, c.CopyOf, c.SourceID, c.Fact = "POISON", "POISON", "POISON", "POISON"
		c.Line, c.Column, c.Offset, c.End, c.SentenceOffset = -7, -7, -7, -7, -7
		c.Quantity.Interval.Low, c.Quantity.Interval.High, c.Quantity.Value = math.NaN(), math.NaN(), math.NaN()
		c.Quantity.Unit, c.Quantity.Currency, c.Quantity.Hedge = "POISON", "POISON", "POISON"
		c.New, c.Superseded, c.Cluster = !c.New, !c.Superseded, -7
	}
	for _, ps := range [][]checker.Pair{f.Conflicts, f.SelfContradictions, f.Baselined} {
		for j := range ps {
			ps[j] = checker.Pair{I: 1 << 20, J: 1 << 20}
		}
	}
}

// TestEach: findings given by Report.Each render the same bytes as the same
// findings in Report.Findings, in every format.
func TestEach(t *testing.T) {
	for _, rc := range eachReports() {
		for _, fc := range eachRender {
			t.Run(rc.name+"/"+fc.name, func(t *testing.T) {
				var want, got bytes.Buffer
				if err := fc.render(&want, rc.r); err != nil {
					t.Fatal(err)
				}
				s, _ := streamed(rc.r, nil, nil)
				if err := fc.render(&got, s); err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(want.String(), got.String()); d != "" {
					t.Errorf("with Each (-Findings +Each):\n%s", d)
				}
			})
		}
	}
}

// TestEachKeepsNothing: every renderer but HTML has finished with a finding
// when it asks for the next, so findings overwritten once the renderer has
// moved on still render the right bytes. HTML, which keeps them all, shows
// the poison, which proves the test would catch a renderer that kept one.
func TestEachKeepsNothing(t *testing.T) {
	for _, rc := range eachReports() {
		for _, fc := range eachRender {
			t.Run(rc.name+"/"+fc.name, func(t *testing.T) {
				var want, got bytes.Buffer
				if err := fc.render(&want, rc.r); err != nil {
					t.Fatal(err)
				}
				s, _ := streamed(rc.r, nil, poison)
				err := fc.render(&got, s)
				if fc.name == "html" {
					if err == nil && len(rc.r.Findings) > 1 && bytes.Equal(want.Bytes(), got.Bytes()) {
						t.Error("html renders findings overwritten after their turn unchanged; does it still keep them?")
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if d := cmp.Diff(want.String(), got.String()); d != "" {
					t.Errorf("a finding was used after the next was asked for (-want +got):\n%s", d)
				}
			})
		}
	}
}

var errDisk = errors.New("findings.bin: unexpected EOF")

// TestEachError: an error from Each, on whichever pass a renderer makes, is
// returned with context, without a panic; JSON, SARIF and HTML then write
// nothing when it comes on the first pass, even after more findings than
// their buffers hold. A pass that never comes changes nothing.
func TestEachError(t *testing.T) {
	nothing := map[string]bool{"json": true, "sarif": true, "html": true}
	for _, fc := range eachRender {
		var want bytes.Buffer
		if err := fc.render(&want, largeReport()); err != nil {
			t.Fatal(err)
		}
		last := len(largeReport().Findings) - 1
		for _, at := range []struct {
			name    string
			pass, i int
		}{
			{"first pass, at once", 1, 0},
			{"first pass, after one finding", 1, 1},
			{"first pass, at the last finding", 1, last},
			{"second pass, after one finding", 2, 1},
			{"second pass, at the last finding", 2, last},
			{"third pass, after one finding", 3, 1},
			{"fourth pass", 4, 1},
		} {
			t.Run(fc.name+"/"+at.name, func(t *testing.T) {
				s, passes := streamed(largeReport(), func(pass, i int) error {
					if pass == at.pass && i == at.i {
						return errDisk
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
						t.Error("output differs though Each never failed")
					}
					return
				}
				if !errors.Is(err, errDisk) || !strings.Contains(err.Error(), "report: reading findings: "+errDisk.Error()) {
					t.Fatalf("err = %v, want one wrapping %q with context", err, errDisk)
				}
				if at.pass == 1 && nothing[fc.name] && got.Len() > 0 {
					t.Errorf("wrote %d bytes before failing", got.Len())
				}
			})
		}
	}
}

// TestSummaryEach: Summary counts Each's findings as it counts Findings,
// and on an error what it read before it; the renderers' summary returns
// the error.
func TestSummaryEach(t *testing.T) {
	want := Summary(fixture())
	s, _ := streamed(fixture(), nil, nil)
	if got := Summary(s); got != want {
		t.Errorf("Summary with Each = %+v, want %+v", got, want)
	}

	fs := findings(fixture())
	s, _ = streamed(fixture(), func(_, i int) error {
		if i == 2 {
			return errDisk
		}
		return nil
	}, nil)
	got := Summary(s)
	if got.Facts != 2 || got.Claims != len(fs[0].Claims)+len(fs[1].Claims) || got.Read != want.Read || got.Skipped != want.Skipped {
		t.Errorf("Summary failing at the third finding = %+v, want the first two counted and every input", got)
	}
	if _, err := summary(s); !errors.Is(err, errDisk) {
		t.Errorf("summary: err = %v, want %v", err, errDisk)
	}
}
