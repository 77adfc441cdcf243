package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/bench/internal/vocab"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/rules/lint"
	"github.com/crosscheck-news/crosscheck/ruletest"
)

// generate runs genrules for n rules, unmatched of them about invented
// subjects, into dir/rules.yaml (and terms, when named), and returns the
// rules loaded, failing t if they do not load or do not lint clean.
func generate(t *testing.T, dir string, n, unmatched int, seed uint64, terms string) *rules.Set {
	t.Helper()
	out := filepath.Join(dir, "rules.yaml")
	if err := run(n, unmatched, seed, out, terms); err != nil {
		t.Fatal(err)
	}
	set, err := rules.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if ds := lint.Lint(out); len(ds) > 0 {
		t.Errorf("lint: %v", ds)
	}
	return set
}

// TestRun: the rule file loads and lints clean, its facts are the prefix
// of the seed's universe, and the terms file lists their plain terms.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	terms := filepath.Join(dir, "terms.txt")
	set := generate(t, dir, 25, 0, 4, terms)
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
		if err := run(n, 0, 1, filepath.Join(dir, "x.yaml"), ""); err == nil {
			t.Errorf("-n %d accepted", n)
		}
	}
	for _, k := range []int{-1, 26} {
		if err := run(25, k, 1, filepath.Join(dir, "x.yaml"), ""); err == nil {
			t.Errorf("-n 25 -unmatched %d accepted", k)
		}
	}
}

// TestUnmatched: with -unmatched, the first facts are the universe's and
// the rest are the same topics about invented subjects, each its own, that
// no subject of the vocabulary contains; the file lints clean and its
// examples pass, so the rules work, on subjects the corpus never names.
func TestUnmatched(t *testing.T) {
	set := generate(t, t.TempDir(), 60, 50, 2, "")
	if res := ruletest.Examples(set.Facts); len(res.Failures) > 0 || res.Examples != 2*len(set.Facts) {
		t.Errorf("rules test: %d of %d examples fail: %v", len(res.Failures), res.Examples, res.Failures)
	}
	u := vocab.Universe(2)
	seen := map[string]bool{}
	for i, f := range set.Facts {
		subject := f.Match.All[0].String()
		switch {
		case i < 10 && f.ID != u[i].ID:
			t.Errorf("fact %d is %s, want %s", i, f.ID, u[i].ID)
		case i >= 10 && !strings.HasPrefix(subject, "Xq"):
			t.Errorf("fact %d (%s) is about %q, not an invented subject", i, f.ID, subject)
		case i >= 10 && seen[subject]:
			t.Errorf("fact %d (%s): %q is the subject of an earlier fact", i, f.ID, subject)
		}
		seen[subject] = true
	}
	for k := range 4 {
		for _, s := range vocab.Subjects(vocab.SubjectKind(k)) {
			if strings.Contains(s.Name, "Xq") {
				t.Errorf("the vocabulary's subject %q contains Xq", s.Name)
			}
		}
	}
}
