package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/sources"
)

// TestSeedsManifest checks testdata/seeds.sources.yaml against the seed
// articles (found as TestSeeds finds them): each of its globs matches a
// seed, and each seed's claims carry the date the manifest gives it. The
// manifest's globs assume CI's layout, X/main beside X/shared/seeds, which
// the test rebuilds in a temporary folder wherever the seeds are.
func TestSeedsManifest(t *testing.T) {
	seeds := seedsDir(t)
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds.sources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := filepath.Abs(filepath.Join("..", "..", "testdata", "rules", "ukraine.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	manifest := filepath.Join(root, "main", "testdata", "seeds.sources.yaml")
	linked := filepath.Join(root, "shared", "seeds")
	for _, d := range []string{filepath.Dir(manifest), filepath.Dir(linked)} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(manifest, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(seeds, linked); err != nil {
		t.Skipf("cannot rebuild the CI layout: %v", err)
	}

	m, err := sources.Load(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if ws := m.Unmatched(); len(ws) > 0 {
		t.Errorf("globs match no seed: %v", ws)
	}
	want := map[string]string{} // seed number → date
	for _, e := range m.Entries {
		if e.Outlet != "" || e.URL != "" {
			t.Errorf("entry at %s gives an outlet or URL; the seeds' are unknown", e.Pos)
		}
		for _, g := range e.Files {
			want[path.Base(g)[:3]] = e.Published.Format("2006-01-02")
		}
	}
	if len(want) != 5 {
		t.Errorf("the manifest dates %d seeds, want 5: %v", len(want), want)
	}

	out, stderr, code := runCLI(t, "check", "--no-config", "--rules", rules, "--sources", manifest, "--format", "json", linked)
	if code != exitFindings && code != exitClean || stderr != "" {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Fact   string `json:"fact"`
			Status string `json:"status"`
			Claims []struct {
				Article    string  `json:"article"`
				Published  string  `json:"published"`
				Low        float64 `json:"low"`
				Text       string  `json:"text"`
				Resolved   string  `json:"resolved"`
				Superseded bool    `json:"superseded"`
			} `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("decoding report: %v", err)
	}
	claims := 0
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			claims++
			seed := path.Base(filepath.ToSlash(c.Article))
			if d := want[seed[:3]]; !strings.HasPrefix(c.Published, d) || d == "" {
				t.Errorf("claim in %s published %q, want %q", seed, c.Published, d)
			}
		}
	}
	if claims == 0 {
		t.Error("the seeds gave no claims")
	}

	// With dates, the Kharkiv toll is a revision, 3 on 2025-08-18 then 7
	// on 2025-08-19, and "12 years ago" in 003 is 2013, against 2014.
	for _, f := range rep.Findings {
		switch f.Fact {
		case "kharkiv-civilian-deaths":
			var got []string
			for _, c := range f.Claims {
				got = append(got, fmt.Sprintf("%s %g %s superseded=%v", path.Base(filepath.ToSlash(c.Article))[:3], c.Low, c.Published, c.Superseded))
			}
			slices.Sort(got)
			want := []string{"001 7 2025-08-19 superseded=false", "003 3 2025-08-18 superseded=true"}
			if f.Status != "revised" || !slices.Equal(got, want) {
				t.Errorf("kharkiv-civilian-deaths: %s %v, want revised %v", f.Status, got, want)
			}
		case "crimea-annexation-year":
			resolved := false
			for _, c := range f.Claims {
				if c.Text == "12 years ago" && strings.HasPrefix(path.Base(filepath.ToSlash(c.Article)), "003") && c.Low == 2013 &&
					strings.Contains(c.Resolved, "12 years ago") && strings.Contains(c.Resolved, "2025-08-18") {
					resolved = true
				}
			}
			if f.Status != "conflict" || !resolved {
				t.Errorf("crimea-annexation-year: %s, want a conflict with \"12 years ago\" in 003 resolved to 2013: %+v", f.Status, f.Claims)
			}
		}
	}
}
