package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLoad loads one file of 1000 facts, about the size of the
// largest file bench/genrules writes for the end-to-end benchmarks: a run
// pays for it before it reads any article.
func BenchmarkLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), "rules.yaml")
	src := benchFacts(1000)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		set, err := Load(path)
		if err != nil {
			b.Fatal(err)
		}
		if len(set.Facts) != 1000 {
			b.Fatalf("loaded %d facts, want 1000", len(set.Facts))
		}
	}
}

// benchFacts returns a rule file of n facts written as bench/genrules
// writes them: a few kinds of story told of many places, so that, as in
// real rule files, the same terms come back fact after fact.
func benchFacts(n int) string {
	places := []string{"Kharkiv", "Kirkuk", "Quito", "Aleppo", "Chennai", "Krakow", "Jordan", "Chile",
		"Pakistan", "Colombia", "Lagos", "Odesa", "Mosul", "Dhaka", "Lima", "Gorvane", "Junova", "Halvorsen"}
	stories := []string{
		`    quantity: count
    unit: protesters
    match:
      all: ['%[1]s']
      any: ['arrested', 'detained']
      none: ['released']
      near: ['protesters', 'demonstrators', 'people']
      within: 3
    examples:
      - sentence: 'Police in %[1]s arrested 210 protesters on Saturday, officials said.'
        expect: 210
      - sentence: 'Police in %[1]s released 190 protesters who had been arrested last week.'
        expect: none
`,
		`    quantity: duration
    unit: years
    match:
      all: ['%[1]s']
      any: ['drought']
      none: ['forecast']
      near: ['drought']
    examples:
      - sentence: 'The three-year drought in %[1]s has emptied reservoirs.'
        expect: {low: 3, high: 4, high_open: true}
`,
		`    quantity: percent
    match:
      all: ['%[1]s']
      any: ['inflation', 'consumer prices']
      none: ['target']
      near: ['inflation', 'prices']
      within: 5
    compare:
      tolerance: '0.2'
    examples:
      - sentence: 'Inflation in %[1]s slowed to 21.7%% in June, the statistics office said.'
        expect: 21.7
`,
		`    quantity: count
    unit: drones
    match:
      all: ['%[1]s']
      any: ['drones', 're:\bShaheds?\b']
      near: ['launched', 'shot down']
    compare:
      trend: rising
    hedges:
      about: 0.1
      vague: {dozens: [24, 99]}
    examples:
      - sentence: 'Russia launched 120 drones at %[1]s overnight.'
        expect: 120
`,
		`    quantity: money
    unit: USD
    match:
      all: ['%[1]s']
      any: ['fined', 'penalty']
      none: ['appeal']
      near: ['fined', 'penalty']
      within: 4
    examples:
      - sentence: 'Regulators fined %[1]s Metals $580 million for misleading customers.'
        expect: 5.8e+08
`,
		`    quantity: year
    match:
      all: ['%[1]s', 'bridge']
      any: ['opened', 'built', 'completed', '"founded"']
      none: ['closed']
      near: ['opened', 'built']
      within: 3
    examples:
      - sentence: 'The old bridge in %[1]s, which opened in 1900, was damaged in the storm.'
        expect: 1900
`,
	}
	var b strings.Builder
	b.WriteString("version: 1\nfacts:\n")
	for i := range n {
		place := places[i%len(places)]
		fmt.Fprintf(&b, "  - id: fact-%d\n    title: 'Fact %d'\n", i, i)
		fmt.Fprintf(&b, stories[i%len(stories)], place)
	}
	return b.String()
}

// BenchmarkLoadFolder loads the same 1000 facts as BenchmarkLoad from a
// folder of 10 files, as a newsroom would keep them (a file per desk or
// story): with -cpu 1,2 it says what reading files ahead on other cores
// saves.
func BenchmarkLoadFolder(b *testing.B) {
	dir := b.TempDir()
	size := 0
	for i := range 10 {
		src := strings.ReplaceAll(benchFacts(100), "fact-", fmt.Sprintf("f%d-", i))
		size += len(src)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("desk-%d.yaml", i)), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		set, err := Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(set.Facts) != 1000 {
			b.Fatalf("loaded %d facts, want 1000", len(set.Facts))
		}
	}
}
