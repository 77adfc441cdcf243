package checker

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
)

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"1/1", Shard{1, 1}, true},
		{"2/8", Shard{2, 8}, true},
		{" 8 / 8 ", Shard{8, 8}, true},
		{"0/8", Shard{}, false},
		{"9/8", Shard{}, false},
		{"1/0", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"2", Shard{}, false},
		{"a/b", Shard{}, false},
		{"", Shard{}, false},
	} {
		got, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestShardsPartition: the shards of a corpus read each file once between
// them, report each path that cannot be read once, and every shard gets a
// fair part; standard input is read by all.
func TestShardsPartition(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		sub := filepath.Join(dir, fmt.Sprintf("d%d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%03d.md", i)), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{dir, filepath.Join(dir, "missing-1.md"), filepath.Join(dir, "missing-2.md"), filepath.Join(dir, "missing-3.md")}
	all, allSkipped := Files(paths, Options{})
	if len(all) != 300 || len(allSkipped) != 3 {
		t.Fatalf("whole corpus: %d files, %d skipped; want 300 and 3", len(all), len(allSkipped))
	}
	for _, n := range []int{1, 2, 3, 8} {
		var files []string
		var skipped []string
		for k := 1; k <= n; k++ {
			opt := Options{Shard: Shard{k, n}}
			fs, sk := Files(paths, opt)
			if n > 1 && (len(fs) < 300/n/2 || len(fs) > 300/n*2) {
				t.Errorf("shard %v holds %d of 300 files: the parts are not fair", opt.Shard, len(fs))
			}
			for _, f := range fs {
				files = append(files, f.Path)
			}
			for _, in := range sk {
				skipped = append(skipped, in.Path)
			}
			// StreamPaths leaves out and reports what Files does.
			var streamed []string
			sk2, err := StreamPaths(t.Context(), nil, paths, opt, func(in article.Input, _ []Claim) error {
				streamed = append(streamed, in.Path)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := make([]string, len(fs))
			for i, f := range fs {
				want[i] = f.Path
			}
			if !slices.Equal(streamed, want) || len(sk2) != len(sk) {
				t.Errorf("shard %v: StreamPaths read %d files and skipped %d, Files %d and %d", opt.Shard, len(streamed), len(sk2), len(want), len(sk))
			}
		}
		slices.Sort(files)
		want := make([]string, len(all))
		for i, f := range all {
			want[i] = f.Path
		}
		slices.Sort(want)
		if !slices.Equal(files, want) {
			t.Errorf("%d shards read %d files between them, want each of the 300 once", n, len(files))
		}
		if len(skipped) != 3 {
			t.Errorf("%d shards reported %d missing paths between them, want each of the 3 once", n, len(skipped))
		}
	}
	for k := 1; k <= 4; k++ {
		if !(Shard{k, 4}).Holds("-") {
			t.Errorf("shard %d/4 does not read standard input", k)
		}
	}
}
