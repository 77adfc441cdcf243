package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/bench/internal/vocab"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/rules/lint"
)

// TestRun: the rule file loads and lints clean, its facts are the prefix
// of the seed's universe, and the terms file lists their plain terms.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	out, terms := filepath.Join(dir, "rules.yaml"), filepath.Join(dir, "terms.txt")
	if err := run(25, 4, out, terms); err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if ds := lint.Lint(out); len(ds) > 0 {
		t.Errorf("lint: %v", ds)
	}
	u := vocab.Universe(4)
	for i, f := range set.Facts {
		if f.ID != u[i].ID {
			t.Errorf("fact %d is %s, want %s", i, f.ID, u[i].ID)
		}
	}
	b, err := os.ReadFile(terms)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join(vocab.PlainTerms(u[:25]), "\n") + "\n"
	if string(b) != want {
		t.Errorf("terms.txt:\n%s\nwant:\n%s", b, want)
	}
	for _, n := range []int{0, vocab.Combinations() + 1} {
		if err := run(n, 1, filepath.Join(dir, "x.yaml"), ""); err == nil {
			t.Errorf("-n %d accepted", n)
		}
	}
}
