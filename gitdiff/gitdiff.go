// Package gitdiff asks git which files a change added or modified, so that
// a check in CI can look at the articles a pull request brings and leave the
// rest of the corpus alone.
//
// It runs the git command rather than reading the repository itself: git is
// on every CI runner that has a checkout, and it alone knows every way a
// revision can be written (origin/main, HEAD~3, a tag, a merge base).
package gitdiff

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Error says why the changed files could not be listed; Rev is the
// revision asked for.
type Error struct {
	Rev string
	// Kind lets a caller tell the cases apart.
	Kind ErrorKind
	Msg  string
}

// ErrorKind classifies an Error.
type ErrorKind int

const (
	// NoGit: the git command is not installed.
	NoGit ErrorKind = iota + 1
	// NotRepository: the folder is not inside a git work tree.
	NotRepository
	// UnknownRevision: git does not know the revision.
	UnknownRevision
	// Failed: git ran and failed for another reason.
	Failed
)

func (e *Error) Error() string { return fmt.Sprintf("--changed-since %s: %s", e.Rev, e.Msg) }

// Changed returns the files added or modified since rev, as `git diff
// --name-only rev` lists them: the revision against the work tree, so
// committed, staged and unstaged edits to tracked files all count, and
// files git does not track do not. Deleted files are left out; a renamed
// file counts as added at its new path. Paths are relative to dir when they
// lie below it, absolute otherwise, in git's order.
func Changed(ctx context.Context, dir, rev string) ([]string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		// A leading dash would reach git as an option.
		return nil, &Error{Rev: rev, Kind: UnknownRevision, Msg: "not a revision; give a branch, tag or commit such as origin/main or HEAD~1"}
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil, &Error{Rev: rev, Kind: NoGit, Msg: "git is not installed or not on PATH; install git, or name the new articles with --new FILE"}
	}
	top, err := git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		abs, _ := filepath.Abs(dir)
		return nil, &Error{Rev: rev, Kind: NotRepository, Msg: fmt.Sprintf("%s is not inside a git repository; run in a clone, or name the new articles with --new FILE", abs)}
	}
	top = strings.TrimRight(top, "\r\n")
	if _, err := git(ctx, dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		msg := "git knows no such revision"
		if shallow, _ := git(ctx, dir, "rev-parse", "--is-shallow-repository"); strings.TrimSpace(shallow) == "true" {
			msg += "; this clone is shallow: fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)"
		} else {
			msg += "; check its name with git log " + rev + ", and fetch it if it is a remote branch (git fetch origin)"
		}
		return nil, &Error{Rev: rev, Kind: UnknownRevision, Msg: msg}
	}
	// -z: names arrive raw, not quoted, whatever bytes they hold.
	out, err := git(ctx, top, "-c", "core.quotePath=false", "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AM", rev, "--")
	if err != nil {
		return nil, &Error{Rev: rev, Kind: Failed, Msg: err.Error()}
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, &Error{Rev: rev, Kind: Failed, Msg: err.Error()}
	}
	// git prints the top level with symlinks resolved; resolve dir too, or
	// a checkout under a symlinked folder would never lie below it.
	if real, err := filepath.EvalSymlinks(absDir); err == nil {
		absDir = real
	}
	var files []string
	for _, name := range strings.Split(out, "\x00") {
		if name == "" {
			continue
		}
		p := filepath.Join(top, filepath.FromSlash(name))
		if rel, err := filepath.Rel(absDir, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
		files = append(files, p)
	}
	return files, nil
}

// git runs git in dir and returns its standard output; an error carries
// what git printed on standard error.
func git(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	// Never prompt (credentials, pagers) in a CI job, and never read the
	// user's pager or external diff settings.
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_PAGER=cat", "GIT_EXTERNAL_DIFF=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", errors.New("git " + args[0] + ": " + msg)
		}
		return "", fmt.Errorf("git %s: %w", args[0], err)
	}
	return stdout.String(), nil
}
