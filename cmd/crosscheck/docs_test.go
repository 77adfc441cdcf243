package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// codeBlock is one fenced block of a Markdown file.
type codeBlock struct{ lang, text string }

func codeBlocks(t *testing.T, file string) []codeBlock {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []codeBlock
	var cur *codeBlock
	for _, line := range strings.SplitAfter(string(data), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case cur == nil && strings.HasPrefix(trimmed, "```"):
			cur = &codeBlock{lang: strings.TrimPrefix(trimmed, "```")}
		case cur != nil && trimmed == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.text += line
		}
	}
	return blocks
}

// block returns the one block of lang whose text contains marker.
func block(t *testing.T, blocks []codeBlock, lang, marker string) string {
	t.Helper()
	var found []string
	for _, b := range blocks {
		if b.lang == lang && strings.Contains(b.text, marker) {
			found = append(found, b.text)
		}
	}
	if len(found) != 1 {
		t.Fatalf("docs/ci.md: %d %s blocks containing %q, want 1", len(found), lang, marker)
	}
	return found[0]
}

// binOnPath puts this test binary on PATH under the name crosscheck:
// TestMain runs Main when the binary is called by that name.
func binOnPath(t *testing.T) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(bin, "crosscheck")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// shell runs script with bash the way GitHub Actions runs a run: step
// (bash --noprofile --norc -eo pipefail) and returns its output and exit
// code.
func shell(t *testing.T, dir, script string, env ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("%s: %v", script, err)
	}
	return out.String(), errb.String(), code
}

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const (
	floodRules = `version: 1
facts:
  - id: flood-deaths
    title: People killed in the spring floods
    quantity: count
    match:
      all: [valley]
      any: [killed, died, dead]
      near: [people, residents]
      within: 3
`
	floodOne       = "---\nsource: Delta Herald\n---\nThe floods killed nine people in the valley, officials said.\n"
	floodTwo       = "---\nsource: Plains Daily\n---\nNine people died in the valley when the river broke its banks.\n"
	floodAgrees    = "---\nsource: River Times\n---\nThe floods killed 9 people in the valley, the mayor said.\n"
	floodConflicts = "---\nsource: River Times\n---\nResidents were shaken.\n\nThe floods killed 14 people in the valley, the mayor said.\n"
)

// corpusRepo makes a repository set up as docs/ci.md says: its
// .crosscheck.yaml, rules, two agreeing articles, and the baseline written
// by the set-up commands, committed on main.
func corpusRepo(t *testing.T, blocks []codeBlock) string {
	t.Helper()
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q", "-b", "main")
	writeFiles(t, dir, map[string]string{
		".crosscheck.yaml":   block(t, blocks, "yaml", "# .crosscheck.yaml"),
		"rules/floods.yaml":  floodRules,
		"articles/one.md":    floodOne,
		"articles/two.md":    floodTwo,
		"articles/README.md": "Folder READMEs are not articles.\n",
	})
	setup := block(t, blocks, "sh", "--write-baseline")
	if _, stderr, code := shell(t, dir, setup); code != 0 {
		t.Fatalf("set-up commands exited %d:\n%s", code, stderr)
	}
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-q", "-m", "corpus")
	return dir
}

func gitEnv(t *testing.T) {
	for k, v := range map[string]string{
		"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
		"GIT_AUTHOR_NAME": "Test Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
		"GIT_COMMITTER_NAME": "Test Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
	} {
		t.Setenv(k, v)
	}
}

type workflow struct {
	Jobs map[string]struct {
		Steps []struct {
			Name string            `yaml:"name"`
			Uses string            `yaml:"uses"`
			Run  string            `yaml:"run"`
			If   string            `yaml:"if"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// TestCIRecipes runs the commands docs/ci.md gives, so that the recipes a
// newsroom copies cannot rot.
func TestCIRecipes(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("needs git")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("needs bash")
	}
	blocks := codeBlocks(t, filepath.Join("..", "..", "docs", "ci.md"))
	binOnPath(t)
	gitEnv(t)

	t.Run("github actions", func(t *testing.T) {
		var wf workflow
		if err := yaml.Unmarshal([]byte(block(t, blocks, "yaml", "jobs:")), &wf); err != nil {
			t.Fatalf("workflow: %v", err)
		}
		if len(wf.Jobs) != 1 {
			t.Fatalf("%d jobs, want 1", len(wf.Jobs))
		}
		for _, job := range wf.Jobs {
			for _, pr := range []struct {
				name, article string
				wantCode      int
			}{
				{"agreeing article", floodAgrees, 0},
				{"contradicting article", floodConflicts, 1},
			} {
				t.Run(pr.name, func(t *testing.T) {
					// A pull request's checkout: a clone with origin/main,
					// on a branch that adds one article.
					origin := corpusRepo(t, blocks)
					work := filepath.Join(t.TempDir(), "checkout")
					gitIn(t, t.TempDir(), "clone", "-q", origin, work)
					gitIn(t, work, "checkout", "-q", "-b", "pr")
					writeFiles(t, work, map[string]string{"articles/new.md": pr.article})
					gitIn(t, work, "add", ".")
					gitIn(t, work, "commit", "-q", "-m", "new article")
					summary := filepath.Join(t.TempDir(), "step_summary.md")
					if err := os.WriteFile(summary, nil, 0o644); err != nil {
						t.Fatal(err)
					}
					env := []string{"GITHUB_BASE_REF=main", "GITHUB_STEP_SUMMARY=" + summary}

					var sarifFile string
					ran := 0
					for _, st := range job.Steps {
						switch {
						case strings.HasPrefix(st.Uses, "actions/checkout@"):
							if st.With["fetch-depth"] != "0" {
								t.Errorf("checkout without fetch-depth: 0; --changed-since needs the base branch")
							}
						case strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@"):
							sarifFile = st.With["sarif_file"]
							if !strings.HasPrefix(st.If, "always()") {
								t.Errorf("upload-sarif runs only on success; it must run when the check fails (if: always())")
							}
						case strings.HasPrefix(st.Run, "go install "):
							// The module is not fetched in a test: the binary
							// under test is on PATH. Check the step installs it.
							if !strings.Contains(st.Run, "github.com/crosscheck-news/crosscheck/cmd/crosscheck@") {
								t.Errorf("install step %q does not install this module's command", st.Run)
							}
						case st.Run != "":
							ran++
							stdout, stderr, code := shell(t, work, st.Run, env...)
							if code != pr.wantCode {
								t.Fatalf("step %q exited %d, want %d\nstdout:\n%s\nstderr:\n%s", st.Name, code, pr.wantCode, stdout, stderr)
							}
							if pr.wantCode == 1 && !strings.Contains(stdout, "::error file=articles/new.md,line=6,col=19,") {
								t.Errorf("no annotation on the new claim:\n%s", stdout)
							}
							if pr.wantCode == 0 && strings.Contains(stdout, "::error") {
								t.Errorf("annotations for a clean pull request:\n%s", stdout)
							}
						}
					}
					if ran == 0 {
						t.Fatal("the workflow runs no crosscheck command")
					}
					md, _ := os.ReadFile(summary)
					if !strings.Contains(string(md), "flood-deaths") {
						t.Errorf("step summary does not name the fact:\n%s", md)
					}
					if sarifFile == "" {
						t.Fatal("no upload-sarif step")
					}
					data, err := os.ReadFile(filepath.Join(work, sarifFile))
					if err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) {
						t.Errorf("%s: %v, not SARIF 2.1.0", sarifFile, err)
					}
				})
			}
		}
	})

	t.Run("pre-commit hook", func(t *testing.T) {
		dir := corpusRepo(t, blocks)
		hook := filepath.Join(dir, ".git", "hooks", "pre-commit")
		if err := os.WriteFile(hook, []byte(block(t, blocks, "sh", "#!/bin/sh")), 0o755); err != nil {
			t.Fatal(err)
		}
		head := gitIn(t, dir, "rev-parse", "HEAD")

		writeFiles(t, dir, map[string]string{"articles/new.md": floodConflicts})
		gitIn(t, dir, "add", "articles/new.md")
		// git sends a hook's standard output to standard error.
		stdout, stderr, code := shell(t, dir, "git commit -q -m 'a contradicting article'")
		out := stdout + stderr
		if code == 0 {
			t.Fatal("the hook let a contradicting article be committed")
		}
		if !strings.Contains(out, "articles/new.md:6:19") {
			t.Errorf("the hook's report does not point at the claim:\n%s", out)
		}
		if gitIn(t, dir, "rev-parse", "HEAD") != head {
			t.Fatal("a commit was made")
		}

		writeFiles(t, dir, map[string]string{"articles/new.md": floodAgrees})
		gitIn(t, dir, "add", "articles/new.md")
		if out, stderr, code := shell(t, dir, "git commit -q -m 'an agreeing article'"); code != 0 {
			t.Fatalf("the hook refused an agreeing article (exit %d):\n%s%s", code, out, stderr)
		}
	})

	t.Run("pre-commit framework", func(t *testing.T) {
		var cfg struct {
			Repos []struct {
				Hooks []struct {
					Entry string `yaml:"entry"`
				} `yaml:"hooks"`
			} `yaml:"repos"`
		}
		if err := yaml.Unmarshal([]byte(block(t, blocks, "yaml", "repos:")), &cfg); err != nil {
			t.Fatal(err)
		}
		if len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 {
			t.Fatalf("want one hook, got %+v", cfg)
		}
		entry := cfg.Repos[0].Hooks[0].Entry
		dir := corpusRepo(t, blocks)
		writeFiles(t, dir, map[string]string{"articles/new.md": floodConflicts})
		gitIn(t, dir, "add", "articles/new.md")
		if _, _, code := shell(t, dir, entry); code != 1 {
			t.Errorf("%s: exit %d on a contradicting article, want 1", entry, code)
		}
	})
}
