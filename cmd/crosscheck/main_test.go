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
	tests := []struct {
		name     string
		f        checkFlags
		noColor  string
		terminal bool
		want     bool
	}{
		{"terminal", checkFlags{format: "text"}, "", true, true},
		{"pipe", checkFlags{format: "text"}, "", false, false},
		{"NO_COLOR", checkFlags{format: "text"}, "1", true, false},
		{"--no-color", checkFlags{format: "text", noColor: true}, "", true, false},
		{"json", checkFlags{format: "json"}, "", true, false},
		{"--output", checkFlags{format: "text", output: "r.txt"}, "", true, false},
	}
	for _, tt := range tests {
		if got := useColor(&tt.f, tt.noColor, tt.terminal); got != tt.want {
			t.Errorf("%s: useColor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
