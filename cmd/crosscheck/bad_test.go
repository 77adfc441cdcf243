package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
)

// badCorpus builds, in a temporary folder it makes the working directory,
// the bundled example (articles/) beside the bad-input corpus (bad/): the
// files committed in testdata/bad, and those that cannot be committed,
// made here: a link loop, a dangling link, a link to a folder that holds
// it, a file over the default --max-article-size (sparse, so it costs no
// disk), a JSON-lines record over the default --max-line, and, unless the
// test runs as root (whom no permission stops), an unreadable file and an
// unreadable folder. It returns the reason expected for each bad path, a
// substring of the report's line for it.
func badCorpus(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	for src, dst := range map[string]string{"../../testdata/articles": "articles", "../../testdata/bad": "bad"} {
		if err := os.CopyFS(filepath.Join(dir, dst), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink("loop-b.md", "bad/loop-a.md"))
	must(os.Symlink("loop-a.md", "bad/loop-b.md"))
	must(os.Symlink("nowhere.md", "bad/dangling.md"))
	must(os.Symlink(".", "bad/cycle")) // a folder link: never followed in a walk
	huge, err := os.Create("bad/huge.txt")
	must(err)
	must(huge.Truncate(article.DefaultMaxSize + 1))
	must(huge.Close())
	long := `{"text":"` + strings.Repeat("a", article.DefaultMaxLine) + `"}` + "\n" + `{"text":"The bridge will cost $1 billion, a wire said.","source":"Long Wire"}` + "\n"
	must(os.WriteFile("bad/long.jsonl", []byte(long), 0o644))

	want := map[string]string{
		"bad/bad-front-matter.md": "line 1, column 1: front matter is never closed",
		"bad/binary.txt":          "binary file (NUL byte at offset 5)",
		"bad/dangling.md":         "no such file or folder",
		"bad/feed.jsonl":          "line 3, column 39: \"text\" must be a string, not a number",
		"bad/huge.txt":            "file is 64.0MiB, over the 64MiB limit on an article; raise it with --max-article-size",
		"bad/long.jsonl":          "line 1: longer than the 16MiB limit on a JSON-lines record; raise it with --max-line",
		"bad/loop-a.md":           "symbolic link loop",
		"bad/loop-b.md":           "symbolic link loop",
	}
	if os.Geteuid() != 0 {
		must(os.WriteFile("bad/unreadable.md", []byte("The bridge will cost $5 billion.\n"), 0o000))
		must(os.MkdirAll("bad/locked", 0o755))
		must(os.WriteFile("bad/locked/a.md", []byte("The bridge will cost $5 billion.\n"), 0o644))
		must(os.Chmod("bad/locked", 0o000))
		t.Cleanup(func() { os.Chmod(filepath.Join(dir, "bad/locked"), 0o755) })
		want["bad/unreadable.md"] = "permission denied"
		want["bad/locked"] = "permission denied"
	} else {
		t.Log("running as root: the unreadable file and folder are left out, as root reads them")
	}
	return want
}

// TestBadInputCorpus runs check over the bundled example and the bad-input
// corpus together: the example's findings are the same as without the bad
// inputs, every bad input is reported by name with its reason, the good
// HTML, JSON-lines, UTF-16 and Latin-1 articles are read, the run exits 2
// (input errors), and the report is the same bytes with one job or eight,
// run after run, and through extract | compare.
func TestBadInputCorpus(t *testing.T) {
	example, _ := os.ReadFile("../../testdata/golden/report.text")
	rules, err := filepath.Abs("../../testdata/rules/ukraine.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := badCorpus(t)
	args := []string{"check", "--rules", rules, "--rules", "bad/rules.yaml", "--no-color"}
	alone, _, _ := runCLI(t, "check", "--rules", rules, "--no-color", "articles")

	out, stderr, code := runCLI(t, append(args, "--jobs", "1", "articles", "bad")...)
	if code != exitError {
		t.Fatalf("exit %d, want %d (input errors)\n%s", code, exitError, stderr)
	}
	// The example's findings are unchanged: each block of the report on the
	// example alone is in the report on both.
	blocks := strings.Split(strings.TrimSpace(alone), "\n\n")
	for _, b := range blocks[:len(blocks)-1] {
		if !strings.Contains(out, b) {
			t.Errorf("the example's finding changed beside the bad inputs:\n%s", b)
		}
	}
	if len(example) > 0 && !strings.Contains(string(example), strings.SplitN(blocks[0], "\n", 2)[0]) {
		t.Errorf("the example alone no longer reports as the golden file:\n%s", blocks[0])
	}
	for path, reason := range want {
		if !strings.Contains(out, "  "+path+": ") || !strings.Contains(out, reason) {
			t.Errorf("report lacks %s: %s\n%s", path, reason, out)
		}
	}
	for _, s := range []string{
		"bad/page.html:3:26", "extracted from HTML",
		"bad/feed.jsonl:1 (id w1) +1:22", "bad/feed.jsonl:7 (id 9) +1:53",
		"bad/long.jsonl:2 +1:22",
		"bad/utf16le.txt:4:39", "bad/utf16be.md:4:22", "bad/bom.md:4:37", "bad/latin1.md:4:58",
		"warnings:\n  bad/empty.html: the page has no text\n  bad/latin1.md: line 4, column 4: invalid UTF-8 (byte 0xe9 at offset 32) replaced",
		"it was found in a folder, not named, so it is skipped without failing the run",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q", s)
		}
	}
	if strings.Contains(out, "bad/cycle") {
		t.Error("a link to a folder was followed in a walk")
	}
	if !strings.Contains(stderr, "input(s) could not be read") {
		t.Errorf("stderr: %s", stderr)
	}

	// Every input is accounted for in JSON, and nothing is lost silently.
	js, _, _ := runCLI(t, append(args, "--format", "json", "articles", "bad")...)
	var doc struct {
		Inputs []struct {
			Article, Status, Reason string
			Articles                *int
			Benign                  bool
			Warnings                []string
		}
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, in := range doc.Inputs {
		seen[in.Article] += in.Status + " "
	}
	entries, _ := os.ReadDir("bad")
	for _, e := range entries {
		p := "bad/" + e.Name()
		if e.Name() == "cycle" || e.Name() == "rules.yaml" {
			continue
		}
		if seen[p] == "" {
			t.Errorf("%s is not in the JSON inputs", p)
		}
	}
	if got := seen["bad/feed.jsonl"]; got != "read "+strings.Repeat("skipped ", 8) {
		t.Errorf("feed.jsonl inputs: %s", got)
	}

	// Byte for byte the same with any number of jobs, and run after run.
	for _, format := range []string{"text", "json"} {
		base, _, _ := runCLI(t, append(args, "--format", format, "--jobs", "1", "articles", "bad")...)
		for _, jobs := range []string{"8", "8", "2"} {
			got, _, _ := runCLI(t, append(args, "--format", format, "--jobs", jobs, "articles", "bad")...)
			if got != base {
				t.Errorf("%s with --jobs %s differs from --jobs 1:\n%s", format, jobs, cmp.Diff(base, got))
			}
		}
		// extract | compare is check, HTML and JSON lines included.
		claims, _, _ := runCLI(t, "extract", "--rules", rules, "--rules", "bad/rules.yaml", "--jobs", "8", "articles", "bad")
		got, _, ccode := runCLIIn(t, claims, "compare", "--rules", rules, "--rules", "bad/rules.yaml", "--no-color", "--format", format)
		if got != base || ccode != exitError {
			t.Errorf("%s: extract | compare (exit %d) differs from check:\n%s", format, ccode, cmp.Diff(base, got))
		}
	}
}

// TestInputExitRule: which inputs fail a run (exit 2) and which are only
// reported, the rule check --help states.
func TestInputExitRule(t *testing.T) {
	badCorpus(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll("walk", 0o755))
	for _, f := range []string{"binary.txt", "latin1.md", "page.html", "empty.html"} {
		b, err := os.ReadFile("bad/" + f)
		must(err)
		must(os.WriteFile("walk/"+f, b, 0o644))
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
	}{
		{"binary found in a walk, invalid UTF-8 and an empty page: warnings", []string{"walk"}, exitClean},
		{"binary named", []string{"walk", "bad/binary.txt"}, exitError},
		{"a bad JSON-lines record", []string{"walk", "bad/feed.jsonl"}, exitError},
		{"a record over --max-line", []string{"walk", "bad/long.jsonl"}, exitError},
		{"--max-line raised", []string{"--max-line", "17MiB", "walk", "bad/long.jsonl"}, exitClean},
		{"a file over --max-article-size", []string{"walk", "bad/huge.txt"}, exitError},
		{"--max-article-size lowered", []string{"--max-article-size", "100B", "walk"}, exitError},
		{"a link loop", []string{"walk", "bad/loop-a.md"}, exitError},
		{"a missing path", []string{"walk", "missing.md"}, exitError},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check", "--rules", "bad/rules.yaml", "--no-color"}, tt.args...)
			out, stderr, code := runCLI(t, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out, stderr)
			}
		})
	}
}

// TestStdinArticles: "-" reads an article, or JSON lines, from standard
// input, the format sniffed from the first bytes.
func TestStdinArticles(t *testing.T) {
	badCorpus(t)
	page, err := os.ReadFile("bad/page.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, in, want string }{
		{"text", "The bridge will cost $1 billion.\n", "  -:1:22 "},
		{"html", string(page), "  -:3:26 "},
		{"json lines", "\n" + `{"id":"a","text":"The bridge will cost $1 billion."}` + "\n", "  -:2 (id a) +1:22 "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCLIIn(t, tt.in, "check", "--rules", "bad/rules.yaml", "--no-color", "-")
			if code != exitClean || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, want a claim at %q:\n%s%s", code, tt.want, out, stderr)
			}
		})
	}
}
