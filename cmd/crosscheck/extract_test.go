package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/report"
)

// runCLIIn is runCLI with standard input.
func runCLIIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runIO(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// TestExtractCompareIsCheck: check ≡ extract | compare, byte for byte, in
// every report format, whether the corpus is extracted in one run or in
// shards, and whatever the number of jobs.
func TestExtractCompareIsCheck(t *testing.T) {
	repoRoot(t)
	const rules = "testdata/rules/ukraine.yaml"
	whole, stderr, code := runCLI(t, "extract", "--rules", rules, "--jobs", "1", "testdata/articles")
	if code != exitClean {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	many, _, _ := runCLI(t, "extract", "--rules", rules, "--jobs", "8", "testdata/articles")
	if many != whole {
		t.Error("extract with --jobs 8 differs from --jobs 1")
	}
	// Two shards, written to files, compared together.
	entries, err := os.ReadDir("testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var shardArgs []string
	for i, half := range [][]os.DirEntry{entries[:len(entries)/2], entries[len(entries)/2:]} {
		args := []string{"extract", "--rules", rules, "-o", filepath.Join(dir, "shard"+string(rune('1'+i))+".jsonl")}
		for _, e := range half {
			args = append(args, filepath.ToSlash(filepath.Join("testdata/articles", e.Name())))
		}
		if _, stderr, code := runCLI(t, args...); code != exitClean {
			t.Fatalf("extract shard: exit %d\n%s", code, stderr)
		}
		shardArgs = append(shardArgs, args[4])
	}
	for _, format := range report.Formats {
		want, _, wantCode := runCLI(t, "check", "--rules", rules, "--format", format, "--no-color", "testdata/articles")
		got, stderr, code := runCLIIn(t, whole, "compare", "--rules", rules, "--format", format, "--no-color")
		if code != wantCode {
			t.Errorf("%s: compare exit %d, check %d\n%s", format, code, wantCode, stderr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: extract | compare differs from check (-check +compare):\n%s", format, diff)
		}
		sharded, _, _ := runCLI(t, append([]string{"compare", "--rules", rules, "--format", format, "--no-color"}, shardArgs...)...)
		if diff := cmp.Diff(want, sharded); diff != "" {
			t.Errorf("%s: compare of two shards differs from check (-check +compare):\n%s", format, diff)
		}
	}
}
