package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/claims"
	"github.com/crosscheck-news/crosscheck/report"
)

// repoRoot makes report paths read as a user at the repository root would
// see them ("testdata/articles/…"), not relative to this package.
func repoRoot(t *testing.T) {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

// TestGoldenReports checks the reports of the bundled example, the run the
// README opens with. Refresh with: go test ./... -update
func TestGoldenReports(t *testing.T) {
	repoRoot(t)
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := runCLI(t, "check", "--rules", "testdata/rules/ukraine.yaml", "--format", format, "--no-color", "testdata/articles")
			if code != exitFindings {
				t.Fatalf("exit code %d, want %d (the example holds conflicts); stderr:\n%s", code, exitFindings, stderr)
			}
			golden := filepath.Join("testdata", "golden", "report."+format)
			compareGolden(t, golden, out)
		})
	}
}

func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is right, run go test ./... -update:\n%s", file, diff)
	}
}

// seedFact is the part of a finding that must not change on the seed
// articles: statuses and where each claim is and what it means. Sentences
// are left out because the seeds' text stays out of the repository.
type seedFact struct {
	Fact   string      `json:"fact"`
	Status string      `json:"status"`
	Claims []seedClaim `json:"claims"`
}

type seedClaim struct {
	File   string   `json:"file"`
	Line   int      `json:"line"`
	Column int      `json:"column"`
	Low    float64  `json:"low"`
	High   *float64 `json:"high"`
}

// TestSeeds runs the checker on the five real articles the project started
// from (../shared/seeds, beside the repository in CI) and compares the
// decisive fields with testdata/seeds.expected.json. Set CROSSCHECK_SEEDS to
// the folder to require it; without it the test skips when the folder is
// missing.
// seedsDir returns the seed articles' folder, absolute: CROSSCHECK_SEEDS
// (required to exist when set, as CI sets it), else ../shared/seeds beside
// the repository; without either the test is skipped.
func seedsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("CROSSCHECK_SEEDS")
	required := dir != ""
	if !required {
		dir = filepath.Join("..", "..", "..", "shared", "seeds")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		if required {
			t.Fatalf("CROSSCHECK_SEEDS=%s: %v", dir, err)
		}
		t.Skipf("no seed articles at %s", abs)
	}
	return abs
}

func TestSeeds(t *testing.T) {
	abs := seedsDir(t)
	// The folder also holds a README about the articles, which a folder
	// walk leaves out: the run is the one the issue names.
	repoRoot(t)
	out, stderr, code := runCLI(t, "check", "--rules", "testdata/rules/ukraine.yaml", "--format", "json", abs)
	if code != exitFindings && code != exitClean {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Fact   string `json:"fact"`
			Status string `json:"status"`
			Claims []struct {
				Article string   `json:"article"`
				Line    int      `json:"line"`
				Column  int      `json:"column"`
				Low     float64  `json:"low"`
				High    *float64 `json:"high"`
			} `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("decoding report: %v", err)
	}
	got := []seedFact{}
	for _, f := range rep.Findings {
		sf := seedFact{Fact: f.Fact, Status: f.Status, Claims: []seedClaim{}}
		for _, c := range f.Claims {
			sf.Claims = append(sf.Claims, seedClaim{File: path.Base(filepath.ToSlash(c.Article)), Line: c.Line, Column: c.Column, Low: c.Low, High: c.High})
		}
		got = append(got, sf)
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, filepath.Join("testdata", "seeds.expected.json"), string(b)+"\n")
}

// TestREADMEShowsARealRun keeps the run the README opens with true: it must
// be the golden text report of the bundled example, word for word.
func TestREADMEShowsARealRun(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "report.text"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readme, golden) {
		t.Error("README.md does not show the current report of the bundled example; paste the output of\n\tgo run ./cmd/crosscheck check --rules testdata/rules/ukraine.yaml testdata/articles")
	}
}

// readmeScan is a console example in the README that pipes text into scan.
var readmeScan = regexp.MustCompile("(?m)^\\$ (printf|echo) '([^']*)' \\| go run \\./cmd/crosscheck scan(.*)\\n((?:[^`].*\\n)*)```")

// TestREADMEScanExamples runs every "... | crosscheck scan" example in the
// README and checks that it prints what the README shows, so the examples
// stay real as the reader learns more.
func TestREADMEScanExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ms := readmeScan.FindAllSubmatch(readme, -1)
	if len(ms) < 2 {
		t.Fatalf("found %d scan examples in README.md, want at least 2", len(ms))
	}
	for _, m := range ms {
		input := string(m[2])
		if string(m[1]) == "printf" {
			input = strings.NewReplacer(`\n`, "\n", "%%", "%").Replace(input)
		} else {
			input += "\n"
		}
		var out, errOut bytes.Buffer
		root := newRootCmd()
		root.SetArgs(append([]string{"scan"}, strings.Fields(string(m[3]))...))
		root.SetIn(strings.NewReader(input))
		root.SetOut(&out)
		root.SetErr(&errOut)
		if err := root.Execute(); err != nil {
			t.Errorf("scan %q: %v %s", input, err, errOut.String())
			continue
		}
		if got, want := out.String(), string(m[4]); got != want {
			t.Errorf("README.md shows for %q:\n%s\nscan now prints:\n%s", input, want, got)
		}
	}
}

// TestReportsAreDeterministic runs the bundled example twice in every
// format, with one job and with many, and wants the same bytes: reports
// are committed and diffed, and CI compares them.
func TestReportsAreDeterministic(t *testing.T) {
	repoRoot(t)
	for _, format := range report.Formats {
		var outs []string
		for _, jobs := range []string{"1", "8", "8"} {
			out, stderr, code := runCLI(t, "check", "--rules", "testdata/rules/ukraine.yaml", "--format", format, "--no-color", "--jobs", jobs, "testdata/articles")
			if code != exitFindings {
				t.Fatalf("%s: exit %d; stderr:\n%s", format, code, stderr)
			}
			outs = append(outs, out)
		}
		if outs[0] != outs[1] || outs[1] != outs[2] {
			t.Errorf("%s: the report differs between runs:\n%s", format, cmp.Diff(outs[0], outs[1]))
		}
	}
}

// readmeCheck is a console example in the README that runs check.
var readmeCheck = regexp.MustCompile("(?m)^```console\\n\\$ go run \\./cmd/crosscheck (check .*)\\n((?:[^`].*\\n)*)```")

var readmeExit = regexp.MustCompile(`exit status (\d+)\n$`)

// TestREADMECheckRuns replays every "go run ./cmd/crosscheck check" console
// example in the README and wants exactly the standard output it shows, so
// the README never shows a run that is not real.
func TestREADMECheckRuns(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ms := readmeCheck.FindAllStringSubmatch(string(readme), -1)
	if len(ms) < 2 {
		t.Fatalf("found %d check examples in README.md, want at least 2 (the opening run and the CI run)", len(ms))
	}
	repoRoot(t)
	for _, m := range ms {
		args := append(strings.Fields(m[1]), "--no-color")
		got, stderr, code := runCLI(t, args...)
		// go run ends with "exit status N" on standard error when the
		// program exits non-zero; the README shows it, and it must be true.
		want, wantCode := m[2], exitClean
		if s := readmeExit.FindStringSubmatch(want); s != nil {
			want = strings.TrimSuffix(want, s[0])
			wantCode, _ = strconv.Atoi(s[1])
		}
		if code != wantCode {
			t.Errorf("%s: exit %d, README shows %d\n%s", m[1], code, wantCode, stderr)
		}
		if got != want {
			t.Errorf("README.md shows for %q:\n%s\ncrosscheck now prints (diff -README +now):\n%s", m[1], want, cmp.Diff(want, got))
		}
	}
}

// TestREADMEBadLineLimit: the README's account of compare gives the limit
// of bad lines claims.MaxBadLines has, as compare --help does.
func TestREADMEBadLineLimit(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("more than %d bad lines", claims.MaxBadLines)
	if !strings.Contains(strings.Join(strings.Fields(string(readme)), " "), want) {
		t.Errorf("README.md does not say %q, the limit compare has", want)
	}
}
