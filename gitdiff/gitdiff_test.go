package gitdiff

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func run(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// repo makes a history of two commits and a work tree with every kind of
// change git can have.
func repo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	run(t, dir, "init", "-q", "-b", "main")
	write(t, dir, "articles/kept.md", "kept\n")
	write(t, dir, "articles/edited.md", "old\n")
	write(t, dir, "articles/deleted.md", "gone soon\n")
	write(t, dir, "articles/moved.md", "moving\n")
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "base")
	run(t, dir, "tag", "base")
	write(t, dir, "articles/committed new.md", "new in a commit\n")
	run(t, dir, "add", ".")
	run(t, dir, "commit", "-q", "-m", "second")
	write(t, dir, "articles/edited.md", "new\n")
	write(t, dir, "articles/staged-ü.md", "staged\n")
	run(t, dir, "add", "articles/staged-ü.md")
	write(t, dir, "articles/untracked.md", "not tracked\n")
	run(t, dir, "rm", "-q", "articles/deleted.md")
	run(t, dir, "mv", "articles/moved.md", "articles/renamed.md")
	return dir
}

func TestChanged(t *testing.T) {
	dir := repo(t)
	tests := []struct {
		name, dir, rev string
		want           []string
	}{
		{"since the base", dir, "base", []string{"articles/committed new.md", "articles/edited.md", "articles/renamed.md", "articles/staged-ü.md"}},
		{"since HEAD", dir, "HEAD", []string{"articles/edited.md", "articles/renamed.md", "articles/staged-ü.md"}},
		{"relative to a subfolder", filepath.Join(dir, "articles"), "HEAD", []string{"edited.md", "renamed.md", "staged-ü.md"}},
		{"a branch name", dir, "main", []string{"articles/edited.md", "articles/renamed.md", "articles/staged-ü.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Changed(context.Background(), tt.dir, tt.rev)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				got[i] = filepath.ToSlash(got[i])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestChangedOutsideDir(t *testing.T) {
	dir := repo(t)
	sub := filepath.Join(dir, "elsewhere")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := Changed(context.Background(), sub, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range got {
		if !filepath.IsAbs(p) {
			t.Errorf("%s: a file outside the folder must be absolute", p)
		}
	}
}

func TestChangedErrors(t *testing.T) {
	dir := repo(t)
	notRepo := t.TempDir()
	tests := []struct {
		name, dir, rev string
		kind           ErrorKind
		msg            string
	}{
		{"unknown revision", dir, "no-such-branch", UnknownRevision, "--changed-since no-such-branch: git knows no such revision; check its name with git log no-such-branch"},
		{"option as revision", dir, "--output=/tmp/x", UnknownRevision, "not a revision"},
		{"empty revision", dir, "", UnknownRevision, "not a revision"},
		{"not a repository", notRepo, "HEAD", NotRepository, "is not inside a git repository; run in a clone, or name the new articles with --new FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Changed(context.Background(), tt.dir, tt.rev)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.Kind != tt.kind || !strings.Contains(e.Error(), tt.msg) {
				t.Errorf("got kind %d %q, want kind %d containing %q", e.Kind, e.Error(), tt.kind, tt.msg)
			}
		})
	}
}

func TestChangedShallowClone(t *testing.T) {
	dir := repo(t)
	clone := filepath.Join(t.TempDir(), "clone")
	run(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)
	_, err := Changed(context.Background(), clone, "base")
	if err == nil || !strings.Contains(err.Error(), "this clone is shallow") {
		t.Errorf("err = %v, want advice about the shallow clone", err)
	}
}
