package rules

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// laughs is a "billion laughs" rule file: levels anchors, each nine aliases
// of the one before, after a fact that is itself fine.
func laughs(levels int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nfacts:\n  - {id: a, title: A, quantity: count, match: {any: [killed]}}\n")
	b.WriteString("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < levels; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 9), ", "))
	}
	return []byte(b.String())
}

// merges is a chain of merge keys, each merging the mapping before four
// times.
func merges(levels int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nm0: &m0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\n")
	for i := 1; i < levels; i++ {
		p := fmt.Sprintf("*m%d", i-1)
		fmt.Fprintf(&b, "m%d: &m%d {<<: [%s, %s, %s, %s], k: %d}\n", i, i, p, p, p, p, i)
	}
	return []byte(b.String())
}

// manyFacts is a rule file of n facts, one a line from line 3.
func manyFacts(n int) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nfacts:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - {id: f%d, title: F, quantity: count, match: {any: [killed]}}\n", i)
	}
	return []byte(b.String())
}

const (
	bombMsg  = ` expands the file past 10000 values (each alias counted as a copy of the value it names), as an alias bomb ("billion laughs") does; crosscheck's files do not use anchors and aliases: write the values out in full, and check where the file came from`
	deepMsg  = `values nest more than 64 levels deep here; crosscheck's files need a few levels, so close the brackets or undo the indentation that opened too many, or check that this is the right file`
	factsMsg = ` is over the limit of %d facts in one rule file; split the facts into several files in one folder, or raise the limit with --max-facts`
)

// limitTests are the rule files that a limit rejects, each with its one
// error, "line:col: msg" after the file name. src is nil for files too
// large to seed the fuzzer with.
var limitTests = []struct {
	name string
	src  func() []byte
	big  func() []byte // src, when it is too large for a fuzz seed
	lim  Limits
	want string
}{
	{
		name: "alias bomb",
		src:  func() []byte { return laughs(10) },
		// l4's first alias takes the count past 10 000: 9*10 + 9*91 +
		// 9*820 values before it, and 7381 more in it.
		want: "8:10: alias *l3" + bombMsg,
	},
	{
		name: "merge bomb",
		src:  func() []byte { return merges(16) },
		want: "7:15: merge key (<<) with *m4" + bombMsg,
	},
	{
		name: "alias in its own value",
		src:  func() []byte { return []byte("version: 1\nfacts: &f\n  - *f\n") },
		want: "3:5: alias *f is inside the value &f it names, so it would repeat without end; crosscheck's files do not use anchors and aliases: write the value out in full",
	},
	{
		name: "brackets too deep",
		src: func() []byte {
			return []byte("version: 1\nfacts: " + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "\n")
		},
		want: "2:72: " + deepMsg, // the 65th bracket
	},
	{
		name: "indentation too deep",
		src: func() []byte {
			var b strings.Builder
			b.WriteString("version: 1\nfacts:\n")
			for i := range 100 {
				fmt.Fprintf(&b, "%s- k:\n", strings.Repeat("  ", i))
			}
			return []byte(b.String())
		},
		// Each "- k:" opens one level, its mapping (the list under a key
		// at the key's own indentation opens none): line 66 opens the
		// 65th, and the error points at its key.
		want: "66:129: " + deepMsg,
	},
	{
		name: "too many facts",
		src:  func() []byte { return manyFacts(5) },
		lim:  Limits{MaxFacts: 3},
		want: "6:5: fact 4 of 5" + fmt.Sprintf(factsMsg, 3),
	},
	{
		name: "too many facts by default",
		big:  func() []byte { return manyFacts(DefaultMaxFacts + 2) },
		want: "10003:5: fact 10001 of 10002" + fmt.Sprintf(factsMsg, DefaultMaxFacts),
	},
	{
		name: "facts at the limit",
		src:  func() []byte { return manyFacts(3) },
		lim:  Limits{MaxFacts: 3},
	},
	{
		name: "file too large",
		src:  func() []byte { return manyFacts(3) },
		lim:  Limits{MaxFileSize: 100},
		// Byte 100 is on line 4, the second fact's.
		want: "4:19: rule file passes the 100-byte limit for a rule file here; check that it is a rule file, or split its facts into several files in one folder",
	},
	{
		name: "file too large by default",
		big: func() []byte {
			return []byte("version: 1\nfacts:\n# " + strings.Repeat("é", DefaultMaxFileSize/2))
		},
		// Line 3 is "# " and then two-byte characters from byte 20.
		want: "3:" + fmt.Sprint((DefaultMaxFileSize-20)/2+3) + ": rule file passes the 8 MiB limit for a rule file here; check that it is a rule file, or split its facts into several files in one folder",
	},
}

// TestLimits checks each limit's error, in full, through LoadLimited on a
// file and through parse.
func TestLimits(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range limitTests {
		t.Run(tt.name, func(t *testing.T) {
			src := tt.src
			if src == nil {
				src = tt.big
			}
			data := src()
			path := filepath.ToSlash(filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".yaml"))
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			set, err := LoadLimited(tt.lim, path)
			_, perr := parse("f.yaml", data, tt.lim.orDefault())
			if tt.want == "" {
				if err != nil || set == nil || len(perr) > 0 {
					t.Fatalf("LoadLimited = %v; parse = %v; want no errors", err, perr)
				}
				return
			}
			var list ErrorList
			if set != nil || !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("LoadLimited = %v, %v; want one error", set, err)
			}
			if got, want := list[0].Error(), path+":"+tt.want; got != want {
				t.Errorf("LoadLimited error\n got %s\nwant %s", got, want)
			}
			if len(perr) != 1 || perr[0].Error() != "f.yaml:"+tt.want {
				t.Errorf("parse errors = %v, want f.yaml:%s", perr, tt.want)
			}
		})
	}
}

// TestLimitsDefault: a zero or negative field of Limits takes its
// default, so the zero Limits is DefaultLimits.
func TestLimitsDefault(t *testing.T) {
	if got := (Limits{}).orDefault(); got != DefaultLimits {
		t.Errorf("Limits{}.orDefault() = %+v, want %+v", got, DefaultLimits)
	}
	if got := (Limits{MaxFacts: -1, MaxFileSize: 7}).orDefault(); got != (Limits{DefaultMaxFacts, 7}) {
		t.Errorf("orDefault kept %+v", got)
	}
}

// TestBombCost: a 1 KB bomb fails in milliseconds and a few megabytes, the
// same as any 1 KB file. The bounds are loose, for slow machines; the test
// logs what it measured.
func TestBombCost(t *testing.T) {
	for _, tt := range limitTests[:5] {
		src := tt.src()
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		start := time.Now()
		_, err := Parse("f.yaml", src)
		d := time.Since(start)
		runtime.ReadMemStats(&m1)
		alloc := m1.TotalAlloc - m0.TotalAlloc
		t.Logf("%s: %d bytes rejected in %v, %d KB allocated", tt.name, len(src), d, alloc>>10)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
		}
		if d > time.Second || alloc > 16<<20 {
			t.Errorf("%s: %v and %d bytes allocated to reject %d bytes", tt.name, d, alloc, len(src))
		}
	}
}
