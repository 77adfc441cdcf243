package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testOptions are the values crosscheck's command allows, or near enough.
var testOptions = Options{
	Formats: []string{"text", "json", "sarif", "markdown", "github"},
	FailOn:  []string{"conflict", "single", "revised", "never"},
}

// TestBad parses each file in testdata/bad and checks its errors against
// the file's "# want: line:col: message" comments: every want must match an
// error (as a substring of "line:col: msg") and every error a want.
func TestBad(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad config files: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var wants []string
			sc := bufio.NewScanner(bytes.NewReader(src))
			for sc.Scan() {
				if w, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
					wants = append(wants, w)
				}
			}
			if len(wants) == 0 {
				t.Fatalf("%s has no # want: comment", name)
			}
			c, err := Parse(name, src, testOptions)
			if c != nil {
				t.Errorf("Parse returned a Config along with errors: %+v", c)
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("Parse(%s) = %v (%T), want an ErrorList", name, err, err)
			}
			matched := make([]bool, len(wants))
			for _, e := range list {
				if e.File != name || e.Line < 1 || e.Column < 1 {
					t.Errorf("error without a full position: %q at %+v", e, e)
				}
				got := fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Msg)
				// One error per want: two errors must not both pass on the
				// strength of one expectation.
				i := -1
				for j, w := range wants {
					if !matched[j] && strings.Contains(got, w) {
						i = j
						break
					}
				}
				if i < 0 {
					t.Errorf("unexpected error: %s", e)
					continue
				}
				matched[i] = true
			}
			for i, w := range wants {
				if !matched[i] {
					t.Errorf("missing error: %s", w)
				}
			}
		})
	}
}

func TestParse(t *testing.T) {
	const name = "repo/.crosscheck.yaml"
	tests := []struct {
		desc string
		src  string
		opt  Options
		want Config // File is always name
	}{
		{desc: "empty", src: ""},
		{desc: "comments only", src: "# nothing yet\n\n# still nothing\n"},
		{desc: "empty document", src: "---\n"},
		{desc: "null document", src: "~\n"},
		{
			desc: "every key as one value",
			src:  "rules: rules/\npaths: articles/\nformat: sarif:out/crosscheck.sarif\nfail-on: single\nbaseline: .crosscheck-baseline.json\nsources: meta/sources.yaml\n",
			want: Config{
				Rules:    []string{"repo/rules"},
				Paths:    []string{"repo/articles"},
				Format:   []string{"sarif:repo/out/crosscheck.sarif"},
				FailOn:   "single",
				Baseline: "repo/.crosscheck-baseline.json",
				Sources:  "repo/meta/sources.yaml",
				Origin: map[string]string{
					"rules": name + ":1", "paths": name + ":2", "format": name + ":3", "fail-on": name + ":4", "baseline": name + ":5", "sources": name + ":6",
				},
			},
		},
		{
			desc: "lists, flow and block",
			src:  "# comment\nrules: [a.yaml, ./b/, c/../d.yml]\npaths:\n  - articles/\n  - ../wires\nformat: [text, sarif:crosscheck.sarif, markdown:summary.md]\n",
			want: Config{
				Rules:  []string{"repo/a.yaml", "repo/b", "repo/d.yml"},
				Paths:  []string{"repo/articles", "wires"},
				Format: []string{"text", "sarif:repo/crosscheck.sarif", "markdown:repo/summary.md"},
				Origin: map[string]string{"rules": name + ":2", "paths": name + ":3", "format": name + ":6"},
			},
		},
		{
			desc: "split at the first colon only",
			src:  `format: ["sarif:C:\\reports\\x.sarif", "json:a:b"]`,
			want: Config{
				Format: []string{"sarif:" + filepath.Join("repo", `C:\reports\x.sarif`), "json:repo/a:b"},
				Origin: map[string]string{"format": name + ":1"},
			},
		},
		{
			desc: "text that looks like other things",
			src:  "paths: [2024-03-05, \"2024\", !!str 7, 'true', \"~\"]\n",
			want: Config{
				Paths:  []string{"repo/2024-03-05", "repo/2024", "repo/7", "repo/true", "repo/~"},
				Origin: map[string]string{"paths": name + ":1"},
			},
		},
		{
			desc: "any format name and fail-on without options",
			src:  "format: [yaml, html:out.html]\nfail-on: sometimes\n",
			opt:  Options{},
			want: Config{
				Format: []string{"yaml", "html:repo/out.html"},
				FailOn: "sometimes",
				Origin: map[string]string{"format": name + ":1", "fail-on": name + ":2"},
			},
		},
		{
			desc: "one format to standard output among files",
			src:  "format: [json:a.json, text, json:b.json]\n",
			want: Config{
				Format: []string{"json:repo/a.json", "text", "json:repo/b.json"},
				Origin: map[string]string{"format": name + ":1"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			if runtime.GOOS == "windows" && strings.Contains(tt.src, `C:\\`) {
				t.Skip(`C:\ is a volume on Windows, so the path is absolute`)
			}
			opt := tt.opt
			if opt.Formats == nil && opt.FailOn == nil && !strings.Contains(tt.desc, "without options") {
				opt = testOptions
			}
			got, err := Parse(name, []byte(tt.src), opt)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			want := tt.want
			want.File = name
			if want.Origin == nil {
				want.Origin = map[string]string{}
			}
			// Paths are written with slashes above.
			for _, l := range []*[]string{&want.Rules, &want.Paths, &want.Format} {
				for i, s := range *l {
					(*l)[i] = filepath.FromSlash(s)
				}
			}
			want.Baseline = filepath.FromSlash(want.Baseline)
			want.Sources = filepath.FromSlash(want.Sources)
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

func TestParseAbsolute(t *testing.T) {
	abs := t.TempDir()
	src := fmt.Sprintf("rules: %q\nformat: %q\nsources: %q\n", abs+string(filepath.Separator), "json:"+filepath.Join(abs, "x", "..", "r.json"), filepath.Join(abs, "s.yaml"))
	c, err := Parse(filepath.Join("elsewhere", Name), []byte(src), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{abs}; !cmp.Equal(c.Rules, want) {
		t.Errorf("Rules = %q, want %q", c.Rules, want)
	}
	if want := []string{"json:" + filepath.Join(abs, "r.json")}; !cmp.Equal(c.Format, want) {
		t.Errorf("Format = %q, want %q", c.Format, want)
	}
	if want := filepath.Join(abs, "s.yaml"); c.Sources != want {
		t.Errorf("Sources = %q, want %q", c.Sources, want)
	}
}

func TestSplitFormat(t *testing.T) {
	tests := []struct{ entry, name, file string }{
		{"text", "text", ""},
		{"sarif:out.sarif", "sarif", "out.sarif"},
		{`sarif:C:\out.sarif`, "sarif", `C:\out.sarif`},
		{"json:a:b", "json", "a:b"},
		{"sarif:", "sarif", ""},
		{"./out:1", "./out:1", ""},
		{":x", ":x", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if name, file := SplitFormat(tt.entry); name != tt.name || file != tt.file {
			t.Errorf("SplitFormat(%q) = %q, %q; want %q, %q", tt.entry, name, file, tt.name, tt.file)
		}
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{"c.yaml", 3, 7, "bad"}, "c.yaml:3:7: bad"},
		{Error{"c.yaml", 3, 0, "bad"}, "c.yaml:3: bad"},
		{Error{"c.yaml", 0, 0, "bad"}, "c.yaml: bad"},
		{Error{"", 2, 1, "bad"}, "2:1: bad"},
		{Error{"", 0, 0, "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
	var l ErrorList
	if l.Err() != nil {
		t.Errorf("empty ErrorList.Err() = %v, want nil", l.Err())
	}
	l.Add("b.yaml", 1, 1, "second")
	l.Add("a.yaml", 2, 1, "first")
	l.Sort()
	if got, want := l.Err().Error(), "a.yaml:2:1: first (and 1 more errors)"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
}

// tree makes the files and folders under root, a folder for each name
// ending in "/".
func tree(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(root, filepath.FromSlash(n))
		var err error
		if strings.HasSuffix(n, "/") {
			err = os.MkdirAll(p, 0o755)
		} else if err = os.MkdirAll(filepath.Dir(p), 0o755); err == nil {
			err = os.WriteFile(p, []byte("rules: rules/\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	if p, err := Find(filepath.Dir(root)); p != "" || err != nil {
		t.Skipf("a folder above the test's has a config file (%q, %v)", p, err)
	}
	tree(t, root,
		"found/.crosscheck.yaml", "found/a/b/c/",
		"none/a/",
		"yml/.crosscheck.yml", "yml/a/",
		"both/.crosscheck.yaml", "both/.crosscheck.yml",
		"nearer/.crosscheck.yaml", "nearer/a/.crosscheck.yml", "nearer/a/b/",
		"folder/.crosscheck.yaml/", "folder/a/",
	)
	in := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	tests := []struct {
		dir     string
		want    string
		wantErr string // substring of the error
	}{
		{dir: "found/a/b/c", want: "found/.crosscheck.yaml"},
		{dir: "found", want: "found/.crosscheck.yaml"},
		{dir: "none/a", want: ""},
		{dir: "yml/a", wantErr: in("yml/.crosscheck.yml") + ": crosscheck reads its config only from .crosscheck.yaml; rename this file to .crosscheck.yaml"},
		{dir: "both", wantErr: in("both/.crosscheck.yml") + ": crosscheck reads its config only from .crosscheck.yaml, which is beside this file"},
		{dir: "nearer/a/b", wantErr: in("nearer/a/.crosscheck.yml") + ": crosscheck reads its config only"},
		{dir: "folder/a", wantErr: in("folder/.crosscheck.yaml") + ": .crosscheck.yaml is a folder, not a file"},
	}
	for _, tt := range tests {
		got, err := Find(in(tt.dir))
		if tt.wantErr != "" {
			var list ErrorList
			if !errors.As(err, &list) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Find(%s) = %q, %v; want an ErrorList containing %q", tt.dir, got, err, tt.wantErr)
			}
			continue
		}
		want := ""
		if tt.want != "" {
			want = in(tt.want)
		}
		if got != want || err != nil {
			t.Errorf("Find(%s) = %q, %v; want %q", tt.dir, got, err, want)
		}
	}

	// From a relative folder, the path found is relative too (to the
	// current folder, as dir is).
	t.Chdir(root)
	if got, err := Find(filepath.FromSlash("found/a")); got != filepath.FromSlash("found/.crosscheck.yaml") || err != nil {
		t.Errorf("Find(found/a) = %q, %v; want found/.crosscheck.yaml", got, err)
	}
	t.Chdir(in("found/a/b/c"))
	for _, tt := range []struct{ dir, want string }{
		{".", "../../../.crosscheck.yaml"},
		{"..", "../../../.crosscheck.yaml"},
		{"../../../a", "../../../.crosscheck.yaml"},
	} {
		if got, err := Find(tt.dir); got != filepath.FromSlash(tt.want) || err != nil {
			t.Errorf("Find(%q) from found/a/b/c = %q, %v; want %q", tt.dir, got, err, tt.want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, Name)
	if err := os.WriteFile(good, []byte("rules: rules/\nfail-on: never\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(good, testOptions)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		File:   good,
		Rules:  []string{filepath.Join(dir, "rules")},
		FailOn: "never",
		Origin: map[string]string{"rules": good + ":1", "fail-on": good + ":2"},
	}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("Load mismatch (-want +got):\n%s", diff)
	}

	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, append([]byte("rules: rules/\n#"), bytes.Repeat([]byte("x"), MaxSize)...), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("rules: 1\npaths: 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.yaml"), filepath.Join(dir, "missing.yaml") + ": cannot read config: "},
		{dir, dir + ": cannot read config: "},
		{big, big + ": file is over the 1 MiB limit for a config file"},
		{bad, bad + `:1:8: "rules" must be text, not the number 1; write it in quotes, "1", if you mean the text (and 1 more errors)`},
	} {
		c, err := Load(tt.path, testOptions)
		var list ErrorList
		if c != nil || !errors.As(err, &list) || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Load(%s) = %v, %v; want an ErrorList starting %q", tt.path, c, err, tt.want)
		}
	}
}

func TestWrite(t *testing.T) {
	src := "rules: [rules/, more/]\nformat: [text, 'sarif:C:\\out.sarif', \"markdown:a b#c.md\"]\nbaseline: base.json\nsources: meta/sources.yaml\n"
	c, err := Parse(Name, []byte(src), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	c.Paths, c.Origin["paths"] = []string{"articles"}, "flag"
	c.FailOn, c.Origin["fail-on"] = "conflict", "default"
	var b bytes.Buffer
	if err := c.Write(&b); err != nil {
		t.Fatal(err)
	}
	want := filepath.FromSlash(`rules: [rules, more]  # .crosscheck.yaml:1
paths: [articles]  # flag
format: [text, 'sarif:C:\out.sarif', 'markdown:a b#c.md']  # .crosscheck.yaml:2
fail-on: conflict  # default
baseline: base.json  # .crosscheck.yaml:3
sources: meta/sources.yaml  # .crosscheck.yaml:4
`)
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Write mismatch (-want +got):\n%s", diff)
	}
	roundTrip(t, c, testOptions)

	// Unset keys are written commented out; odd text is quoted.
	odd := &Config{
		Rules:  []string{"true", "2024", "#x", "a, b", " lead", "x: y", "- z", "[q]", "a\nb", "tab\there", "a\u2028b", "é", "'", `"`, "~", "null"},
		FailOn: "never",
		Origin: map[string]string{"rules": "a\nb.yaml:1"},
	}
	b.Reset()
	if err := odd.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"# paths:  # not set\n", "# baseline:  # not set\n", "# sources:  # not set\n", "fail-on: never  # origin not recorded\n", `  # "a\nb.yaml:1"` + "\n"} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("Write output lacks %q:\n%s", line, b.String())
		}
	}
	if n := strings.Count(b.String(), "\n"); n != len(keys) {
		t.Errorf("Write wrote %d lines, want %d:\n%s", n, len(keys), b.String())
	}
	roundTrip(t, odd, Options{})
}

// roundTrip checks that c, written, parses back to the same values.
func roundTrip(t *testing.T, c *Config, opt Options) {
	t.Helper()
	var b bytes.Buffer
	if err := c.Write(&b); err != nil {
		t.Fatalf("Write: %v", err)
	}
	back, err := Parse(Name, b.Bytes(), opt)
	if err != nil {
		t.Fatalf("Write wrote what Parse rejects: %v\n%s", err, b.String())
	}
	if diff := cmp.Diff(values(c), values(back)); diff != "" {
		t.Errorf("Write then Parse changed the values (-before +after):\n%s\nwritten:\n%s", diff, b.String())
	}
}

// values is c without File and Origin, which a round trip changes.
func values(c *Config) Config {
	v := *c
	v.File, v.Origin = "", nil
	return v
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/bad/*.yaml")
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("rules: rules/\npaths: [articles/]\nformat: [text, sarif:crosscheck.sarif, markdown:summary.md]\nfail-on: conflict\nbaseline: .crosscheck-baseline.json\nsources: sources.yaml\n"))
	f.Add([]byte("format: ['sarif:C:\\x.sarif', json:a:b]\npaths: [2024-03-05, \"a\\nb\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opt := range []Options{{}, testOptions} {
			c, err := Parse(Name, data, opt)
			if err != nil {
				var list ErrorList
				if c != nil || !errors.As(err, &list) || len(list) == 0 {
					t.Fatalf("Parse = %v, %v (%T); want nil and an ErrorList", c, err, err)
				}
				for _, e := range list {
					if e.File != Name || e.Line < 1 || e.Column < 1 || e.Msg == "" {
						t.Errorf("error without a full position or message: %+v", e)
					}
				}
				continue
			}
			roundTrip(t, c, opt)
		}
	})
}

// TestFindStopsAtTheRepository: a config above the git work tree is not
// the repository's and is not read.
func TestFindStopsAtTheRepository(t *testing.T) {
	root := t.TempDir()
	repo := filepath.Join(root, "repo")
	sub := filepath.Join(repo, "articles")
	for _, d := range []string{filepath.Join(repo, ".git"), sub} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(root, Name), []byte("fail-on: never\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); got != "" || err != nil {
		t.Errorf("Find inside a repository = %q, %v; want none: the config above it is not the repository's", got, err)
	}
	if got, err := Find(root); got != filepath.Join(root, Name) || err != nil {
		t.Errorf("Find outside a repository = %q, %v", got, err)
	}
	if err := os.WriteFile(filepath.Join(repo, Name), []byte("fail-on: never\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(sub); got != filepath.Join(repo, Name) || err != nil {
		t.Errorf("Find = %q, %v; want the repository's own", got, err)
	}
}
