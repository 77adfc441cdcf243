package ruletest

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

// TestBundled runs the tests the bundled corpus carries: the examples of
// testdata/rules/ukraine.yaml and the annotations of testdata/articles,
// which name every claim the rules must take there and no more.
func TestBundled(t *testing.T) {
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := Examples(set.Facts)
	for _, f := range set.Facts {
		if len(f.Examples) == 0 {
			t.Errorf("fact %s has no examples", f.ID)
		}
	}
	files, skipped := article.Files([]string{"../testdata/articles"})
	if len(skipped) > 0 || len(files) == 0 {
		t.Fatalf("articles: %d read, skipped %v", len(files), skipped)
	}
	for _, file := range files {
		a, err := article.Read(file)
		if err != nil {
			t.Fatal(err)
		}
		if !Annotated(a) {
			t.Errorf("%s has no annotations", file)
		}
		ar := Article(a, set.Facts)
		r.Annotations += ar.Annotations
		r.Failures = append(r.Failures, ar.Failures...)
	}
	for _, f := range r.Failures {
		t.Error(f)
	}
	if r.Examples < 2*len(set.Facts) || r.Annotations == 0 {
		t.Errorf("ran %d examples and %d annotations", r.Examples, r.Annotations)
	}
}
