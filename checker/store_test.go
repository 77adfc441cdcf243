package checker

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

// collect gathers a pass of Findings, failing the test on an error.
func collect(tb testing.TB, st *Store) []Finding {
	tb.Helper()
	var fs []Finding
	for fd, err := range st.Findings() {
		if err != nil {
			tb.Fatal(err)
		}
		fs = append(fs, fd)
	}
	return fs
}

// TestRunStoredMatchesRun: whether the claims stay in memory, go to disk
// from the first, or go to disk part way, and whether a fact's claims are
// in one run or in one run per claim, the findings are Run's.
func TestRunStoredMatchesRun(t *testing.T) {
	set := loadExample(t)
	// Paths that do not exist are skipped inputs added after the rest: the
	// inputs are then more than one run in path order.
	paths := []string{"../testdata/articles", "../testdata/bad", "../testdata/zz-missing.md", "../testdata/aa-missing.md"}
	want, err := Run(context.Background(), set, paths, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Findings) == 0 {
		t.Fatal("the example gives no findings")
	}
	for _, tc := range []struct {
		name    string
		spill   int64
		flushAt int
		onDisk  bool
		ahead   int // bytes Compare reads at least from the file; 0 for its choice
	}{
		{"memory", 0, 0, false, 0},
		{"disk from the start", -1, 0, true, 0},
		{"disk part way", 2000, 0, true, 0},
		{"a run per claim in memory", 0, 1, false, 0},
		{"a run per claim on disk", -1, 1, true, 0},
		// Flushes kept in memory, then written to the file, whose
		// buffer flush uses again.
		{"disk part way, a flush every 500 bytes", 2000, 500, true, 0},
		// Reading ahead less than a claim, and a few claims.
		{"disk from the start, no reading ahead", -1, 0, true, 1},
		{"disk from the start, reading 700 bytes ahead", -1, 0, true, 700},
		{"a flush every 2000 bytes, reading 700 bytes ahead", -1, 2000, true, 700},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			opt := Options{Jobs: 2, SpillAbove: tc.spill, TempDir: dir}
			st := runStoredFlushing(t, set, paths, opt, tc.flushAt, tc.ahead)
			defer st.Close()
			if got := st.sp.f != nil; got != tc.onDisk {
				t.Errorf("on disk = %v, want %v", got, tc.onDisk)
			}
			if got := st.inputs.sp.f != nil; got != tc.onDisk {
				t.Errorf("inputs on disk = %v, want %v", got, tc.onDisk)
			}
			for pass := range 2 {
				if diff := cmp.Diff(want.Inputs, collectInputs(t, st)); diff != "" {
					t.Errorf("pass %d: inputs differ from Run's (-Run +RunStored):\n%s", pass, diff)
				}
			}
			warned := 0
			for _, in := range want.Inputs {
				if len(in.Warnings) > 0 {
					warned++
				}
			}
			if st.InputCount() != len(want.Inputs) || st.FailedInputs() != want.Failed() || st.SkippedInputs() != want.Skipped() || st.WarnedInputs() != warned {
				t.Errorf("counts %d inputs, %d failed, %d skipped, %d warned; want %d, %d, %d, %d",
					st.InputCount(), st.FailedInputs(), st.SkippedInputs(), st.WarnedInputs(), len(want.Inputs), want.Failed(), want.Skipped(), warned)
			}
			if want.Skipped() == 0 {
				t.Error("the test corpus skips nothing: it should")
			}
			if st.Len() != len(want.Findings) {
				t.Errorf("Len() = %d, want %d", st.Len(), len(want.Findings))
			}
			first := collect(t, st)
			if diff := cmp.Diff(want.Findings, first); diff != "" {
				t.Errorf("findings differ from Run's (-Run +RunStored):\n%s", diff)
			}
			// A pass's findings are the caller's: spoiling them changes
			// nothing in the next pass.
			for i := range first {
				for j := range first[i].Claims {
					first[i].Claims[j] = Claim{Fact: "spoilt"}
				}
			}
			if diff := cmp.Diff(want.Findings, collect(t, st)); diff != "" {
				t.Errorf("second pass differs (-Run +RunStored):\n%s", diff)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("Close left %d file(s) in the temporary folder", len(left))
			}
		})
	}
}

// TestStoreSpillsDuringCompare: claims held in memory through Add go to
// the file when Compare's findings pass the limit, and the facts compared
// after that read theirs back from it.
func TestStoreSpillsDuringCompare(t *testing.T) {
	set := loadExample(t)
	claims := exampleClaims(t, set)
	want := Compare(set.Facts, claims)
	for _, jobs := range []int{1, 2} {
		st := NewStore(set.Facts, Options{Jobs: jobs, TempDir: t.TempDir()})
		defer st.Close()
		if err := st.Add(claims); err != nil {
			t.Fatal(err)
		}
		if err := st.flush(); err != nil {
			t.Fatal(err)
		}
		if st.sp.f != nil {
			t.Fatal("the claims went to the file before Compare")
		}
		st.sp.limit = st.sp.size + 1
		if err := st.Compare(); err != nil {
			t.Fatal(err)
		}
		if st.sp.f == nil {
			t.Fatal("Compare's findings did not go to the file")
		}
		if diff := cmp.Diff(want, collect(t, st)); diff != "" {
			t.Errorf("jobs %d: findings differ from Compare's (-Compare +Store):\n%s", jobs, diff)
		}
	}
}

// collectInputs gathers a pass of Inputs, failing the test on an error.
func collectInputs(tb testing.TB, st *Store) []article.Input {
	tb.Helper()
	var ins []article.Input
	for in, err := range st.Inputs() {
		if err != nil {
			tb.Fatal(err)
		}
		ins = append(ins, in)
	}
	return ins
}

// runStoredFlushing is RunStored with the store flushing its pending claims
// every flushAt bytes, and its inputs every flushAt bytes too (0: as
// RunStored does), and Compare reading at least ahead bytes from the
// file (0: as RunStored does).
func runStoredFlushing(tb testing.TB, set *rules.Set, paths []string, opt Options, flushAt, ahead int) *Store {
	tb.Helper()
	st := NewStore(set.Facts, opt)
	st.ahead = ahead
	if flushAt > 0 {
		st.flushAt, st.inputs.window = flushAt, flushAt
	}
	st, err := runInto(context.Background(), st, set, paths, opt)
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// exampleClaims returns the claims Run takes from the example articles.
func exampleClaims(tb testing.TB, set *rules.Set) []Claim {
	tb.Helper()
	res, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var cs []Claim
	for c := range res.AllClaims() {
		cs = append(cs, *c)
	}
	return cs
}

// TestStoreDropsOtherFacts: claims of facts the store was not made for are
// left out, as Compare leaves them out.
func TestStoreDropsOtherFacts(t *testing.T) {
	set := loadExample(t)
	cs := exampleClaims(t, set)
	stray := cs[0]
	stray.Fact = "no-such-fact"
	cs = append([]Claim{stray}, cs...)
	st := NewStore(set.Facts, Options{SpillAbove: -1, TempDir: t.TempDir()})
	defer st.Close()
	if err := st.Add(cs); err != nil {
		t.Fatal(err)
	}
	if err := st.Compare(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Compare(set.Facts, cs), collect(t, st)); diff != "" {
		t.Errorf("differs from Compare (-Compare +Store):\n%s", diff)
	}
	if err := st.Add(cs); err == nil {
		t.Error("Add after Compare: no error")
	}
}

// TestStoreCannotSpill: a temporary folder that cannot be written keeps
// everything in memory, as runs did before there was a spill, with a
// warning that says what to do; the findings and inputs are Run's.
func TestStoreCannotSpill(t *testing.T) {
	set := loadExample(t)
	paths := []string{"../testdata/articles"}
	want, err := Run(context.Background(), set, paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing")
	st, err := RunStored(context.Background(), set, paths, Options{SpillAbove: -1, TempDir: missing})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.sp.f != nil || st.inputs.sp.f != nil {
		t.Error("a temporary file in a folder that does not exist")
	}
	warn := st.Warning()
	if warn == nil {
		t.Fatal("no warning")
	}
	for _, w := range []string{missing, "TMPDIR", "claims past 0 bytes", "kept in memory"} {
		if !strings.Contains(warn.Error(), w) {
			t.Errorf("warning %q does not mention %q", warn, w)
		}
	}
	if diff := cmp.Diff(want.Findings, collect(t, st)); diff != "" {
		t.Errorf("findings differ from Run's (-Run +RunStored):\n%s", diff)
	}
	if diff := cmp.Diff(want.Inputs, collectInputs(t, st)); diff != "" {
		t.Errorf("inputs differ from Run's (-Run +RunStored):\n%s", diff)
	}
}

// TestStoreWriteError: a temporary file that can no longer be written (a
// full disk) is an error that says what to do, from Add or Compare, and
// Findings yields it instead of findings.
func TestStoreWriteError(t *testing.T) {
	set := loadExample(t)
	cs := exampleClaims(t, set)
	st := NewStore(set.Facts, Options{SpillAbove: -1, TempDir: t.TempDir()})
	defer st.Close()
	st.flushAt = 1
	if err := st.Add(cs[:1]); err != nil {
		t.Fatal(err)
	}
	if st.sp.f == nil {
		t.Fatal("no temporary file after the first claim")
	}
	st.sp.f.Close() // what a full disk looks like to a write
	err := st.Add(cs[1:])
	if err == nil || !strings.Contains(err.Error(), "TMPDIR") {
		t.Fatalf("Add: err = %v, want one that says what to do", err)
	}
	if err := st.Compare(); err == nil {
		t.Error("Compare after a failed Add: no error")
	}
	n := 0
	for _, err := range st.Findings() {
		n++
		if err == nil {
			t.Error("Findings yielded a finding from a failed store")
		}
	}
	if n != 1 {
		t.Errorf("Findings yielded %d times, want the error once", n)
	}
}

// TestStoreCompareErrors: Compare, which reads each fact's claims back and
// hands them to workers, returns the first error, whether reading the
// spill fails or decoding the claims does, and waits for its workers; the
// store is unusable after it.
func TestStoreCompareErrors(t *testing.T) {
	set := loadExample(t)
	cs := exampleClaims(t, set)
	for _, jobs := range []int{1, 3} {
		for _, tt := range []struct {
			name, want string
			spoil      func(*Store)
		}{
			{"file closed", "temporary file", func(st *Store) { st.sp.f.Close() }},
			{"a claim missing", "claims where", func(st *Store) {
				for r := range st.counts {
					if st.counts[r] > 0 {
						st.counts[r]++
						return
					}
				}
			}},
		} {
			t.Run(fmt.Sprintf("%s/jobs %d", tt.name, jobs), func(t *testing.T) {
				st := NewStore(set.Facts, Options{SpillAbove: -1, TempDir: t.TempDir(), Jobs: jobs})
				defer st.Close()
				if err := st.Add(cs); err != nil {
					t.Fatal(err)
				}
				if err := st.flush(); err != nil {
					t.Fatal(err)
				}
				tt.spoil(st)
				err := st.Compare()
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("Compare: err = %v, want one saying %q", err, tt.want)
				}
				for _, err := range st.Findings() {
					if err == nil {
						t.Error("Findings yielded a finding from a failed store")
					}
				}
			})
		}
	}
}

// TestStoreClosed: a closed store yields an error, not a panic.
func TestStoreClosed(t *testing.T) {
	st, err := RunStored(context.Background(), loadExample(t), []string{"../testdata/articles"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, err := range st.Findings() {
		if err == nil {
			t.Error("a finding from a closed store")
		}
	}
	for _, err := range st.Inputs() {
		if err == nil {
			t.Error("an input from a closed store")
		}
	}
}

// TestStoreReadError: a temporary file that can no longer be read ends the
// pass with an error, not a panic or a short report.
func TestStoreReadError(t *testing.T) {
	set := loadExample(t)
	st, err := RunStored(context.Background(), set, []string{"../testdata/articles"}, Options{SpillAbove: -1, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.sp.f.Close() // what a removed disk would look like
	var errs int
	for _, err := range st.Findings() {
		if err != nil {
			errs++
			if !strings.Contains(err.Error(), "temporary file") {
				t.Errorf("error %q does not say what failed", err)
			}
		}
	}
	if errs != 1 {
		t.Errorf("%d errors, want 1", errs)
	}
}

// TestStoreBeforeCompare: Findings before Compare is an error, not an empty
// report.
func TestStoreBeforeCompare(t *testing.T) {
	st := NewStore(loadExample(t).Facts, Options{})
	for _, err := range st.Findings() {
		if err == nil {
			t.Error("a finding before Compare")
		}
	}
}

// TestPairsCodec: pairs round-trip, nil staying nil and empty empty, and a
// cut encoding is an error, not a panic or fewer pairs.
func TestPairsCodec(t *testing.T) {
	for _, ps := range [][]Pair{nil, {}, {{0, 1}}, {{3, 200}, {4, 1 << 20}, {5, 6}}} {
		b := appendPairs([]byte("x"), ps)[1:]
		got, rest, err := decodePairs(append(b, 7))
		if err != nil || !cmp.Equal(ps, got) || (ps == nil) != (got == nil) || len(rest) != 1 {
			t.Errorf("%v: decoded %v, rest %v, err %v", ps, got, rest, err)
		}
		for n := range len(b) {
			if ps == nil || len(ps) == 0 && n > 0 {
				continue
			}
			if got, _, err := decodePairs(b[:n]); err == nil {
				t.Errorf("%v cut to %d bytes: no error, %v", ps, n, got)
			}
		}
	}
}

// TestStoreComparePanics: a panic while Compare takes its workers'
// results comes out of Compare, with the workers gone, rather than
// leaving it waiting for ever on workers that cannot hand their results
// over.
func TestStoreComparePanics(t *testing.T) {
	set := loadExample(t)
	claims := exampleClaims(t, set)
	st := NewStore(set.Facts, Options{Jobs: 4})
	defer st.Close()
	if err := st.Add(claims); err != nil {
		t.Fatal(err)
	}
	testHookResult = func() { panic("bug") }
	defer func() { testHookResult = nil }()
	done := make(chan any)
	go func() {
		defer func() { done <- recover() }()
		st.Compare()
	}()
	select {
	case r := <-done:
		if r != "bug" {
			t.Errorf("Compare ended with %v, want the panic", r)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Compare hung after a panic")
	}
}
