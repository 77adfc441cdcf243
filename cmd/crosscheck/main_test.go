package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and testscript expectations")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"crosscheck": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the end-to-end scenarios in testdata/script: the built
// command, real files, real exit codes.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		// Scripts that make git repositories must not depend on, or
		// touch, the user's git configuration.
		Setup: func(env *testscript.Env) error {
			env.Setenv("GIT_CONFIG_GLOBAL", "/dev/null")
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			env.Setenv("GIT_AUTHOR_NAME", "Test Desk")
			env.Setenv("GIT_AUTHOR_EMAIL", "desk@example.org")
			env.Setenv("GIT_COMMITTER_NAME", "Test Desk")
			env.Setenv("GIT_COMMITTER_EMAIL", "desk@example.org")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
		},
	})
}

// cmdExits runs a program and checks its exit code: "exits 1 crosscheck
// check ...". Scripts need it because a conflict (1) and a broken run (2)
// must never be confused, and plain "! exec" accepts either.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit code %d, want %d", got, want)
	}
}

func TestUseColor(t *testing.T) {
	text := reportSpec{format: "text"}
	tests := []struct {
		name     string
		r        reportSpec
		flag     bool
		noColor  string
		terminal bool
		want     bool
	}{
		{"terminal", text, false, "", true, true},
		{"pipe", text, false, "", false, false},
		{"NO_COLOR", text, false, "1", true, false},
		{"--no-color", text, true, "", true, false},
		{"json", reportSpec{format: "json"}, false, "", true, false},
		{"--output", reportSpec{format: "text", path: "r.txt"}, false, "", true, false},
	}
	for _, tt := range tests {
		if got := useColor(tt.r, tt.flag, tt.noColor, tt.terminal); got != tt.want {
			t.Errorf("%s: useColor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
