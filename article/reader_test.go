package article

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReader reads files from folder to folder and back, by relative,
// absolute and bare paths, and holds each result to what ReadFileContext,
// which opens every file by its path, gives for the same file: a Reader
// that kept the wrong folder open would read another folder's file of the
// same name, or fail to find it.
func TestReader(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(p, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The same names in every folder, so a file read from the wrong one
	// shows in its text.
	for _, d := range []string{"a", "b", "a/deep", "c d"} {
		write(d+"/one.md", "Seven civilians were killed in "+d+".\n")
		write(d+"/two.txt", "Ten were wounded in "+d+".\n")
	}
	write("top.md", "Three were killed at the top.\n")
	write("big/huge.md", strings.Repeat("Forty people were killed. ", 400))
	write("empty/zero.md", "")
	if err := os.Mkdir("a/folder.md", 0o755); err != nil {
		t.Fatal(err)
	}
	abs := filepath.ToSlash(filepath.Join(dir, "b"))
	files := []File{
		{Path: "a/one.md", Walked: true},
		{Path: "a/two.txt", Walked: true},
		{Path: "b/one.md", Walked: true},
		{Path: "a/one.md"}, // back to a folder left
		{Path: "a/deep/one.md", Walked: true},
		{Path: "a/two.txt", Walked: true},
		{Path: abs + "/two.txt", Walked: true}, // b again, by another path
		{Path: abs + "/one.md"},
		{Path: "top.md", Walked: true},       // no folder in the path
		{Path: "./c d/one.md", Walked: true}, // not cleaned, with a space
		{Path: "c d/missing.md", Walked: true},
		{Path: "c d/two.txt", Walked: true},
		{Path: "a/folder.md", Walked: true}, // a folder now, though walked as a file
		{Path: "a/folder.md"},
		{Path: "big/huge.md", Walked: true}, // over the limit below
		{Path: "big/huge.md"},
		{Path: "empty/zero.md", Walked: true},
		{Path: "gone/one.md", Walked: true}, // a folder that is not there
		{Path: "b/one.md", Walked: true},
	}
	lim := Limits{MaxSize: 4000}
	var r Reader
	r.Limits = lim
	defer r.Close()
	for _, f := range files {
		var got, want string
		gotIn := r.ReadTransient(context.Background(), f, func(a *Article) { got = strings.Clone(a.Text) })
		wantIn := ReadFileContext(context.Background(), f, nil, lim, func(a *Article) { want = a.Text })
		if got != want {
			t.Errorf("%s: Reader read %q, want %q", f.Path, got, want)
		}
		if len(gotIn) != 1 || len(wantIn) != 1 || gotIn[0].Status != wantIn[0].Status || gotIn[0].Reason != wantIn[0].Reason {
			t.Errorf("%s: Reader gave %+v, want %+v", f.Path, gotIn, wantIn)
		}
	}
	// The cases that fail say why, as they did before the Reader.
	for path, reason := range map[string]string{
		"c d/missing.md": "no such file",
		"a/folder.md":    "is a folder",
		"big/huge.md":    "file is 10.2KiB, over the 3.9KiB limit",
		"gone/one.md":    "no such file",
	} {
		in := r.ReadTransient(context.Background(), File{Path: path, Walked: true}, func(*Article) {})
		if in[0].Status != Skipped || !strings.Contains(in[0].Reason, reason) {
			t.Errorf("%s: %+v, want it skipped because %q", path, in[0], reason)
		}
	}
}

// BenchmarkReadCorpus reads 2000 articles of 6 KB in 20 folders, the
// shape of the bench corpus, one after another: by path, as
// ReadFileTransient opens each file, and through a Reader.
func BenchmarkReadCorpus(b *testing.B) {
	dir := b.TempDir()
	text := strings.Repeat("Seven civilians were killed in the strike, officials said. ", 100)
	var files []File
	for d := range 20 {
		sub := filepath.Join(dir, "corpus", "part", string(rune('a'+d)))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		for f := range 100 {
			p := filepath.Join(sub, string(rune('a'+f%26))+string(rune('a'+f/26))+".md")
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			files = append(files, File{Path: p, Walked: true})
		}
	}
	read := func(b *testing.B, one func(File, func(*Article)) []Input) {
		b.SetBytes(int64(len(text) * len(files)))
		for b.Loop() {
			for _, f := range files {
				if in := one(f, func(*Article) {}); in[0].Status != ReadOK {
					b.Fatal(in[0].Reason)
				}
			}
		}
	}
	ctx := context.Background()
	b.Run("by-path", func(b *testing.B) {
		read(b, func(f File, fn func(*Article)) []Input {
			return ReadFileTransient(ctx, f, nil, Limits{}, fn)
		})
	})
	b.Run("reader", func(b *testing.B) {
		var r Reader
		defer r.Close()
		read(b, func(f File, fn func(*Article)) []Input { return r.ReadTransient(ctx, f, fn) })
	})
}
