package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestLoadReadsAhead: files read and parsed on several cores load into the
// same Set, with the same errors in the same order, as files read one at
// a time, and the files still share their compiled terms.
func TestLoadReadsAhead(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		var src string
		switch {
		case i%13 == 5:
			src = "version: 1\nfacts:\n  - id: [broken\n" // a YAML syntax error
		case i%17 == 3:
			src = strings.ReplaceAll(benchFacts(3), "fact-", fmt.Sprintf("f%d-", i)) + strings.Repeat("# padding\n", 400) // over MaxFileSize below
		case i == 21:
			src = benchFacts(2) // ids fact-0 and fact-1 again: duplicates of file 0's
		default:
			src = strings.ReplaceAll(benchFacts(6), "fact-", fmt.Sprintf("f%d-", i))
		}
		if i == 0 {
			src = benchFacts(2)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%02d.yaml", i)), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lim := Limits{MaxFileSize: 3500}
	load := func(procs int) (string, *Set) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		set, err := LoadLimited(lim, dir)
		var b strings.Builder
		if set != nil {
			for _, f := range set.Facts {
				fmt.Fprintf(&b, "%s %s\n", f.ID, f.Pos)
			}
		}
		if list, ok := err.(ErrorList); ok {
			b.WriteString(errorLines(list))
		} else if err != nil {
			t.Fatalf("LoadLimited with %d procs: %v (%T), want an ErrorList", procs, err, err)
		}
		return b.String(), set
	}
	one, _ := load(1)
	if strings.Count(one, "duplicate id") != 2 || strings.Count(one, "invalid YAML") != 3 || strings.Count(one, "byte limit") != 3 {
		t.Fatalf("the corpus of rule files does not have the errors it was written with:\n%s", one)
	}
	for _, procs := range []int{2, 4, 16} {
		if got, _ := load(procs); got != one {
			t.Errorf("with %d procs:\n%s\nwant, as with 1:\n%s", procs, got, one)
		}
	}

	// Without the broken files: a Set, whose facts share their terms.
	for _, name := range []string{"r05.yaml", "r18.yaml", "r31.yaml", "r03.yaml", "r20.yaml", "r37.yaml", "r21.yaml"} {
		os.Remove(filepath.Join(dir, name))
	}
	one, _ = load(1)
	got, set := load(4)
	if set == nil || len(set.Facts) != 2+32*6 {
		t.Fatalf("no Set of 194 facts from the good files:\n%s", one)
	}
	if got != one {
		t.Errorf("with 4 procs:\n%s\nwant, as with 1:\n%s", got, one)
	}
	// A term compiled once is copied with its own position; the copies
	// share the compiled segments.
	byText := map[string]*segment{}
	for _, f := range set.Facts {
		for _, term := range f.Match.Any {
			if len(term.segs) == 0 {
				continue
			}
			if prev, ok := byText[term.Text]; ok && prev != &term.segs[0] {
				t.Fatalf("term %q compiled twice: files read ahead no longer share their terms", term.Text)
			}
			byText[term.Text] = &term.segs[0]
		}
	}
	if len(byText) < 5 {
		t.Fatalf("only %d plain terms: the check of sharing checks nothing", len(byText))
	}
}

// TestReadAheadStops: a caller that stops early leaves no reader running.
func TestReadAheadStops(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 30 {
		p := filepath.Join(dir, fmt.Sprintf("r%02d.yaml", i))
		if err := os.WriteFile(p, []byte(benchFacts(3)), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	before := runtime.NumGoroutine()
	n := 0
	for i, r := range readAhead(files, DefaultLimits) {
		if i != n || r.err != nil || r.yaml.doc == nil {
			t.Fatalf("file %d came as %d, err %v", n, i, r.err)
		}
		n++
		if n == 3 {
			break
		}
	}
	// A reader's goroutine may still be on its way out after it said it
	// was done: give it a moment, not the benefit of the doubt.
	after := runtime.NumGoroutine()
	for wait := time.Millisecond; after > before && wait < time.Second; wait *= 2 {
		time.Sleep(wait)
		after = runtime.NumGoroutine()
	}
	if after > before {
		t.Errorf("%d goroutines before reading ahead, %d after stopping", before, after)
	}
}
