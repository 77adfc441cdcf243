package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tutorialStep is a fenced block of the README's tutorial: a file to write
// (a block after "<!-- file: PATH -->"), a diff to apply to the file the
// same comment names, or a console session to replay.
var tutorialStep = regexp.MustCompile("(?m)(?:^<!-- file: (\\S+) -->\\n)?^```(\\w+)\\n((?:.*\\n)*?)```$")

// TestREADMETutorial replays the README's first session with a rule: it
// writes each file the README shows, applies each diff, runs each console
// command in order, and wants exactly the standard output shown. A newcomer
// following it sees what it shows.
func TestREADMETutorial(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const heading = "## Write a rule, test it, see why it missed\n"
	start := strings.Index(string(readme), heading)
	if start < 0 {
		t.Fatalf("README.md has no section %q", strings.TrimSpace(heading))
	}
	section := string(readme[start+len(heading):])
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	t.Chdir(t.TempDir())
	var lastFile string
	var commands int
	for _, m := range tutorialStep.FindAllStringSubmatch(section, -1) {
		file, lang, body := m[1], m[2], m[3]
		switch {
		case lang == "diff":
			applyDiff(t, file, body)
		case file != "":
			if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			lastFile = file
		case lang == "console":
			commands += replayConsole(t, body)
		}
	}
	if commands < 8 || lastFile == "" {
		t.Errorf("replayed %d commands and wrote %q: the tutorial lost its steps", commands, lastFile)
	}
}

// replayConsole runs each "$ crosscheck ..." or "$ cd DIR" line of a
// console block and compares what crosscheck prints on standard output with
// the lines that follow it. It returns the number of commands run.
func replayConsole(t *testing.T, block string) int {
	t.Helper()
	var n int
	lines := strings.SplitAfter(block, "\n")
	for i := 0; i < len(lines); {
		cmdline := strings.TrimSuffix(lines[i], "\n")
		if !strings.HasPrefix(cmdline, "$ ") {
			t.Fatalf("console block: %q is not a command", cmdline)
		}
		i++
		var want strings.Builder
		for i < len(lines) && !strings.HasPrefix(lines[i], "$ ") {
			want.WriteString(lines[i])
			i++
		}
		args := strings.Fields(strings.TrimPrefix(cmdline, "$ "))
		n++
		switch args[0] {
		case "cd":
			t.Chdir(args[1])
		case "crosscheck":
			got, _, _ := runCLI(t, args[1:]...)
			if got != want.String() {
				t.Errorf("README.md shows for %q:\n%s\ncrosscheck now prints (-README +now):\n%s", cmdline, want.String(), cmp.Diff(want.String(), got))
			}
		default:
			t.Fatalf("console block: cannot replay %q", cmdline)
		}
	}
	return n
}

// applyDiff applies a diff without hunk headers: its context and "-" lines
// must appear once in the file, and are replaced by its context and "+"
// lines.
func applyDiff(t *testing.T, file, diff string) {
	t.Helper()
	if file == "" {
		t.Fatal("a diff without <!-- file: PATH --> before it")
	}
	var before, after strings.Builder
	for _, l := range strings.SplitAfter(diff, "\n") {
		if l == "" {
			continue
		}
		switch l[0] {
		case '-':
			before.WriteString(l[1:])
		case '+':
			after.WriteString(l[1:])
		case ' ':
			before.WriteString(l[1:])
			after.WriteString(l[1:])
		default:
			t.Fatalf("diff line %q: want -, + or a space first", l)
		}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if c := strings.Count(string(data), before.String()); c != 1 {
		t.Fatalf("the diff's old lines occur %d times in %s, want once:\n%s", c, file, before.String())
	}
	out := strings.Replace(string(data), before.String(), after.String(), 1)
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}
