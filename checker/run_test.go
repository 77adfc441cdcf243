package checker

import (
	"context"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

func loadExample(tb testing.TB) *rules.Set {
	tb.Helper()
	set, err := rules.Load("../testdata/rules/ukraine.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// TestRunDeterministic: the report must not depend on how many articles are
// read at once.
func TestRunDeterministic(t *testing.T) {
	set := loadExample(t)
	one, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	eight, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 8})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(one, eight); diff != "" {
		t.Errorf("jobs 1 and 8 differ (-1 +8):\n%s", diff)
	}
	if len(one.Claims) == 0 || one.Skipped() != 0 {
		t.Errorf("%d claims, %d skipped: the example should give claims and read every file", len(one.Claims), one.Skipped())
	}
}

func TestRunAccountsForEveryInput(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/good.txt", []byte("The strike killed seven civilians.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/bin.txt", []byte("abc\x00def"), 0o644); err != nil {
		t.Fatal(err)
	}
	set := &rules.Set{Facts: loadFacts(t, testRules)}
	res, err := Run(context.Background(), set, []string{dir, dir + "/missing.txt"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, in := range res.Inputs {
		status[in.Path] = in.Status
		if in.Status == article.Skipped && in.Reason == "" {
			t.Errorf("%s skipped without a reason", in.Path)
		}
	}
	want := map[string]string{dir + "/good.txt": article.ReadOK, dir + "/bin.txt": article.Skipped, dir + "/missing.txt": article.Skipped}
	if diff := cmp.Diff(want, status); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if res.Skipped() != 2 {
		t.Errorf("Skipped() = %d, want 2", res.Skipped())
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, loadExample(t), []string{"../testdata/articles"}, Options{Jobs: 1}); err == nil {
		t.Error("a cancelled run returned no error")
	}
}

// BenchmarkCheck measures the whole check — read, split, scan, match,
// compare — over the bundled example, in bytes of article per second.
func BenchmarkCheck(b *testing.B) {
	set := loadExample(b)
	files, _ := article.Files([]string{"../testdata/articles"})
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), set, []string{"../testdata/articles"}, Options{Jobs: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtract measures one article's extraction in memory, without
// file I/O: the part that scales with corpus size.
func BenchmarkExtract(b *testing.B) {
	set := loadExample(b)
	files, _ := article.Files([]string{"../testdata/articles"})
	var arts []*article.Article
	var size int64
	for _, f := range files {
		a, err := article.Read(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Extract(a, set.Facts)
		}
	}
}
