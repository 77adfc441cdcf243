package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/config"
	"github.com/crosscheck-news/crosscheck/rules"
	"github.com/crosscheck-news/crosscheck/rules/lint"
	"github.com/crosscheck-news/crosscheck/ruletest"
)

// TestStarterFilesWork: what init writes loads without an error, and the
// worked example's examples pass, so a newcomer starts from green.
func TestStarterFilesWork(t *testing.T) {
	dir := t.TempDir()
	written, err := Write(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != len(Files) {
		t.Fatalf("wrote %v", written)
	}
	cfg, err := config.Load(filepath.Join(dir, ".crosscheck.yaml"), config.Options{})
	if err != nil {
		t.Fatalf("starter config: %v", err)
	}
	set, err := rules.Load(cfg.Rules...)
	if err != nil {
		t.Fatalf("starter rules: %v", err)
	}
	if len(set.Facts) != 1 || len(set.Facts[0].Examples) < 3 {
		t.Fatalf("want one fact with its examples, got %d facts", len(set.Facts))
	}
	if r := ruletest.Examples(set.Facts); len(r.Failures) > 0 {
		t.Errorf("the worked example fails its own examples: %v", r.Failures)
	}
	// A newcomer copies the worked example: it must be one lint has nothing
	// to say about.
	if ds := lint.Lint(cfg.Rules...); len(ds) > 0 {
		t.Errorf("lint warns about the worked example: %v", ds)
	}
	if fi, err := os.Stat(filepath.Join(dir, Articles)); err != nil || !fi.IsDir() {
		t.Errorf("no %s folder for the config's paths: %v", Articles, err)
	}
}

func TestWriteRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "rules"), 0o755); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "rules", "example.yaml")
	if err := os.WriteFile(mine, []byte("mine\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Write(dir)
	var ee *ExistsError
	if !errors.As(err, &ee) || len(ee.Paths) != 1 || ee.Paths[0] != mine {
		t.Fatalf("err = %v, want an ExistsError naming %s", err, mine)
	}
	if _, err := os.Stat(filepath.Join(dir, ".crosscheck.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Error("wrote the config although the rule file existed")
	}
	if data, _ := os.ReadFile(mine); string(data) != "mine\n" {
		t.Error("overwrote an existing file")
	}
}
