package baseline

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/quantity"
)

func count(v float64) quantity.Quantity {
	return quantity.Quantity{Kind: quantity.Number, Interval: quantity.Point(v), Value: v}
}

func claim(article, source string, line int, text string, q quantity.Quantity) checker.Claim {
	return checker.Claim{Fact: "deaths", Article: article, Source: source, Line: line, Column: 1, Offset: line * 100, Text: text, Quantity: q}
}

// corpus has one fact in conflict (7 and 7 against 3), one source that
// contradicts itself, and one single-source fact.
func corpus() []checker.Finding {
	return []checker.Finding{
		{
			Fact: "deaths", Status: checker.Conflict, Sources: 3,
			Claims: []checker.Claim{
				claim("a.md", "Wire", 3, "seven", count(7)),
				claim("b.md", "Post", 5, "three", count(3)),
				claim("b.md", "Post", 9, "five", count(5)),
				claim("c.md", "Daily", 2, "7", count(7)),
			},
			Conflicts:          []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}, {I: 1, J: 3}, {I: 2, J: 3}},
			SelfContradictions: []checker.Pair{{I: 1, J: 2}},
		},
		{
			Fact: "drones", Status: checker.Single, Sources: 1,
			Claims: []checker.Claim{claim("a.md", "Wire", 7, "about 270", quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 243, High: 297}, Value: 270})},
		},
		{Fact: "crimea", Status: checker.Absent},
	}
}

func roundTrip(t *testing.T, f *File) *File {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := Parse("baseline.json", buf.Bytes())
	if err != nil {
		t.Fatalf("Parse(Write(f)): %v\n%s", err, buf.String())
	}
	return g
}

func open(fs []checker.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Open() {
			out = append(out, f.Fact)
		}
	}
	return out
}

func TestBaselineHoldsEverythingItRecorded(t *testing.T) {
	fs := corpus()
	b := roundTrip(t, Of(fs, ""))
	if got := len(b.Entries); got != 6 {
		t.Errorf("%d entries, want 6 (4 conflicts, 1 self-contradiction, 1 single)", got)
	}
	got, stale := b.Apply(fs)
	if o := open(got); len(o) != 0 {
		t.Errorf("open after applying its own baseline: %v", o)
	}
	if len(stale) != 0 {
		t.Errorf("stale entries: %+v", stale)
	}
	if n := len(got[0].Baselined); n != 5 {
		t.Errorf("%d baselined pairs, want 5", n)
	}
	if !got[1].Known {
		t.Error("single-source finding not known")
	}
	// Apply must not touch its argument.
	if len(fs[0].Conflicts) != 4 || fs[0].Baselined != nil || fs[1].Known {
		t.Error("Apply modified the findings it was given")
	}
}

// TestBaselineSurvivesEdits is the point of matching by fact, source and
// value: moving the words, rewording "seven" as "7" and renaming the file
// of an outlet leaves the baseline holding.
func TestBaselineSurvivesEdits(t *testing.T) {
	b := roundTrip(t, Of(corpus(), ""))
	fs := corpus()
	c := &fs[0].Claims[0]
	c.Line, c.Offset, c.Column, c.Text = 40, 4000, 17, "7"
	fs[0].Claims[1].Article = "renamed/b.md"
	fs[0].Claims[2].Article = "renamed/b.md"
	fs[0].Claims[3].Source = "daily " // case and spacing fold
	got, stale := b.Apply(fs)
	if o := open(got); len(o) != 0 {
		t.Errorf("open after unrelated edits: %v", o)
	}
	if len(stale) != 0 {
		t.Errorf("stale entries: %+v", stale)
	}
}

func TestBaselineCatchesWhatIsNew(t *testing.T) {
	tests := []struct {
		name string
		edit func([]checker.Finding) []checker.Finding
		open []string
		pair []checker.Pair // open conflicts left in deaths
	}{
		{
			name: "new value",
			edit: func(fs []checker.Finding) []checker.Finding {
				fs[0].Claims[0].Quantity = count(11)
				return fs
			},
			open: []string{"deaths"},
			pair: []checker.Pair{{I: 0, J: 1}, {I: 0, J: 2}},
		},
		{
			name: "new source with an old value",
			edit: func(fs []checker.Finding) []checker.Finding {
				fs[0].Claims = append(fs[0].Claims, claim("d.md", "Courier", 1, "7", count(7)))
				fs[0].Conflicts = append(fs[0].Conflicts, checker.Pair{I: 1, J: 4}, checker.Pair{I: 2, J: 4})
				return fs
			},
			open: []string{"deaths"},
			pair: []checker.Pair{{I: 1, J: 4}, {I: 2, J: 4}},
		},
		{
			name: "single source changes its figure",
			edit: func(fs []checker.Finding) []checker.Finding {
				fs[1].Claims[0].Quantity = count(300)
				return fs
			},
			open: []string{"drones"},
		},
		{
			name: "hedge widened the interval",
			edit: func(fs []checker.Finding) []checker.Finding {
				fs[1].Claims[0].Quantity.Interval = quantity.Interval{Low: 216, High: 324}
				return fs
			},
			open: []string{"drones"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := roundTrip(t, Of(corpus(), ""))
			got, _ := b.Apply(tt.edit(corpus()))
			if diff := cmp.Diff(tt.open, open(got)); diff != "" {
				t.Errorf("open facts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.pair, got[0].Conflicts); tt.pair != nil && diff != "" {
				t.Errorf("open pairs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStaleEntries(t *testing.T) {
	b := roundTrip(t, Of(corpus(), ""))
	fs := corpus()
	fs[1].Status = checker.Agree // the drone count found a second source
	_, stale := b.Apply(fs)
	if len(stale) != 1 || stale[0].Fact != "drones" {
		t.Errorf("stale = %+v, want the drones entry", stale)
	}
}

func TestWriteIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	fs := corpus()
	if err := Of(fs, "").Write(&a); err != nil {
		t.Fatal(err)
	}
	fs[0], fs[1], fs[2] = fs[2], fs[0], fs[1]
	fs[1].Conflicts = []checker.Pair{{I: 2, J: 3}, {I: 1, J: 3}, {I: 0, J: 2}, {I: 0, J: 1}}
	if err := Of(fs, "").Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("same problems in another order wrote other bytes:\n%s\n---\n%s", a.String(), b.String())
	}
	if !strings.HasPrefix(a.String(), "{\n  \"version\": 1,\n  \"entries\": [\n") {
		t.Errorf("unexpected layout:\n%s", a.String())
	}
}

func TestValue(t *testing.T) {
	tests := []struct {
		q    quantity.Quantity
		want string
	}{
		{count(7), "number 7"},
		{quantity.Quantity{Kind: quantity.Percent, Interval: quantity.Interval{Low: 18, High: 22}}, "percent [18, 22]"},
		{quantity.Quantity{Kind: quantity.Percent, Unit: quantity.PercentagePoints, Interval: quantity.Point(2)}, "percent percentage points 2"},
		{quantity.Quantity{Kind: quantity.Money, Currency: "USD", Interval: quantity.Interval{Low: 0, High: 1e11}}, "money USD [0, 1e+11]"},
		{quantity.Quantity{Kind: quantity.Number, Interval: quantity.Interval{Low: 1e6, High: math.Inf(1), LowOpen: true}}, "number (1e+06, +Inf)"},
		{quantity.Quantity{Kind: quantity.Duration, Unit: "years", Interval: quantity.Interval{Low: 3.5, High: 4, HighOpen: true}}, "duration years [3.5, 4)"},
		{quantity.Quantity{Kind: quantity.Number, Unit: "people", Interval: quantity.Point(math.Copysign(0, -1))}, "number 0"},
	}
	for _, tt := range tests {
		if got := Value(tt.q); got != tt.want {
			t.Errorf("Value(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"empty", "", "baseline b.json: empty file; write a baseline with crosscheck check --write-baseline"},
		{"syntax", "{\n  \"version\": 1,\n  \"entries\": [}\n", "baseline b.json:3:15: invalid character '}' looking for beginning of value"},
		{"unknown field", "{\"version\": 1, \"entries\": [], \"extra\": 1}", `baseline b.json: unknown field "extra"; a baseline holds only version and entries: is this a report? Write a baseline with crosscheck check --write-baseline`},
		{"type", "{\"version\": \"1\"}", "baseline b.json:1:16: cannot unmarshal string into Go struct field File.version of type int"},
		{"version", `{"version": 2, "entries": []}`, "baseline b.json: version 2, want 1; write it again with crosscheck check --write-baseline"},
		{"trailing", "{\"version\": 1, \"entries\": []}\n{}", "baseline b.json:2:1: data after the baseline's closing brace"},
		{"no fact", `{"version": 1, "entries": [{"status": "conflict"}]}`, "baseline b.json: entry 1 (): has no fact"},
		{"pair of three", `{"version": 1, "entries": [{"fact": "x", "status": "conflict", "claims": [{"source": "a", "value": "number 1"}, {"source": "b", "value": "number 2"}, {"source": "c", "value": "number 3"}]}]}`, "baseline b.json: entry 1 (x): a conflict entry records a pair: it has 3 claims, want 2"},
		{"no source", `{"version": 1, "entries": [{"fact": "x", "status": "single", "claims": [{"value": "number 1"}]}]}`, "baseline b.json: entry 1 (x): a claim needs a source and a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("b.json", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestReadMissing(t *testing.T) {
	_, err := Read(t.TempDir() + "/none.json")
	if err == nil || !strings.Contains(err.Error(), "no such file or directory; write one with crosscheck check --write-baseline") {
		t.Errorf("err = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	var buf bytes.Buffer
	_ = Of(corpus(), "").Write(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(`{"version": 1, "entries": [{"fact": "x", "status": "single", "claims": [{"source": "a", "value": "number 1"}]}]}`))
	f.Add([]byte("{\"version\": 1,\n\"entries\": [}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("f.json", data)
		if err != nil {
			if e, ok := err.(*Error); ok && e.Line < 0 {
				t.Errorf("negative line: %v", err)
			}
			return
		}
		// A baseline that parses applies without panicking, and writes
		// back to one that parses to the same entries.
		b.Apply(corpus())
		again := roundTrip(t, b)
		if diff := cmp.Diff(b.Entries, again.Entries); diff != "" {
			t.Errorf("round trip changed entries:\n%s", diff)
		}
	})
}

// TestBaselineFromAnotherFolder: an article with no source of its own is
// keyed by its path relative to the baseline, so a run from a subfolder
// ("../articles/x.md") matches the baseline a run at the root wrote.
func TestBaselineFromAnotherFolder(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	finding := func(prefix string) []checker.Finding {
		a, b := prefix+"articles/x.md", prefix+"articles/y.md"
		return []checker.Finding{{
			Fact: "deaths", Status: checker.Conflict, Sources: 2,
			Claims:    []checker.Claim{claim(a, a, 1, "7", count(7)), claim(b, b, 1, "3", count(3))},
			Conflicts: []checker.Pair{{I: 0, J: 1}},
		}}
	}
	var buf bytes.Buffer
	if err := Of(finding(""), ".").Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"source": "articles/x.md"`) {
		t.Errorf("source not relative to the baseline:\n%s", buf.String())
	}
	if err := os.WriteFile("baseline.json", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(root, "sub"))
	b, err := Read("../baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	got, stale := b.Apply(finding("../"))
	if got[0].Open() || len(stale) != 0 {
		t.Errorf("run from a subfolder: open %v, stale %+v", got[0].Open(), stale)
	}
}

// TestOneAtATime: recording and applying a finding at a time, over as many
// passes as a run's reports make, gives what Of and Apply give over the
// slice, and Stale after a pass what Apply calls stale.
func TestOneAtATime(t *testing.T) {
	whole := Of(corpus(), "")
	rec := New("")
	for _, fd := range corpus() {
		rec.Record(fd)
	}
	rec.Sort()
	if diff := cmp.Diff(whole, rec); diff != "" {
		t.Errorf("Record differs from Of (-Of +Record):\n%s", diff)
	}

	b := roundTrip(t, whole)
	fs := corpus()
	fs[1].Status = checker.Agree // one entry goes stale
	// The same quarrel, now also a conflict: it matches the recorded self-contradiction.
	fs[0].Conflicts = append(fs[0].Conflicts, checker.Pair{I: 1, J: 2})
	want, wantStale := b.Apply(fs)
	// Apply is made of an Applier: hold it to what the baseline says.
	if len(wantStale) != 1 || wantStale[0].Fact != "drones" {
		t.Fatalf("stale = %+v, want the drones entry", wantStale)
	}
	if len(want[0].Baselined) != 6 || len(want[0].Conflicts)+len(want[0].SelfContradictions) != 0 {
		t.Fatalf("deaths: %d baselined, %d open; want all 6 recorded", len(want[0].Baselined), len(want[0].Conflicts)+len(want[0].SelfContradictions))
	}
	a := b.Applier()
	for pass := range 3 {
		for i, fd := range fs {
			if diff := cmp.Diff(want[i], a.Apply(fd)); diff != "" {
				t.Errorf("pass %d, finding %d differs from Apply (-Apply +Applier):\n%s", pass, i, diff)
			}
		}
		if diff := cmp.Diff(wantStale, a.Stale()); diff != "" {
			t.Errorf("pass %d: stale differs (-Apply +Applier):\n%s", pass, diff)
		}
	}
	if diff := cmp.Diff(corpus()[0].Conflicts, fs[0].Conflicts[:4]); diff != "" {
		t.Errorf("Apply changed its argument's pairs:\n%s", diff)
	}
	var none *File
	if got := none.Applier().Apply(fs[0]); !cmp.Equal(got, fs[0]) || none.Applier().Stale() != nil {
		t.Error("a nil baseline's Applier changes findings or has stale entries")
	}
}
