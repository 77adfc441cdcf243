package lint

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/rules"
)

// fact is the start of a rule file with one fact, whose match starts on
// line 7; example ends it with an example, so that the fact is not warned
// about for lacking one.
const (
	fact    = "version: 1\nfacts:\n  - id: a\n    title: A\n    quantity: count\n    match:\n"
	example = "    examples:\n      - {sentence: Seven were killed., expect: 7}\n"
)

// noExamples is the warning for the fact in fact without examples.
const noExamples = "3:5: warning: fact \"a\" has no examples | add examples: so `crosscheck rules test` can check this rule"

// lines formats diagnostics one a line: "line:col: severity: msg | fix".
func lines(ds []Diagnostic) []string {
	var s []string
	for _, d := range ds {
		s = append(s, fmt.Sprintf("%d:%d: %s: %s | %s", d.Pos.Line, d.Pos.Column, d.Severity, d.Msg, d.Fix))
	}
	return s
}

// full formats diagnostics one a line: "file:line:col: severity: msg | fix".
func full(ds []Diagnostic) []string {
	var s []string
	for _, d := range ds {
		s = append(s, d.String()+" | "+d.Fix)
	}
	return s
}

// TestSource gives one rule snippet per message, and checks the exact
// position and text of what Source says about it.
func TestSource(t *testing.T) {
	tests := []struct {
		name string
		src  string   // appended to fact, then example unless src has examples:
		want []string // lines(Source(...)), exactly
	}{{
		name: "clean",
		src:  "      all: [Kharkiv]\n      any: [killed, dead]\n      none: [anniversary]\n      near: [civilians, dead]\n",
	}, {
		// The same term in any and near is how near is used: no warning.
		name: "any and near share a term",
		src:  "      any: [dead]\n      near: [dead]\n",
	}, {
		name: "all and none",
		src:  "      all: [Kharkiv]\n      none: [kharkiv]\n",
		want: []string{`8:14: warning: "kharkiv" is in both all and none, so the fact never matches | remove "kharkiv" from none, or from all`},
	}, {
		name: "none inside all",
		src:  "      all: [Kharkiv region]\n      none: [Kharkiv]\n",
		want: []string{`8:14: warning: none term "Kharkiv" occurs in every sentence with all term "Kharkiv region", so the fact never matches | remove "Kharkiv" from none, or make it longer so that "Kharkiv region" does not contain it`},
	}, {
		name: "any and none",
		src:  "      any: [killed, dead]\n      none: [Killed]\n",
		want: []string{`7:13: warning: "killed" is in both any and none, so this alternative never matches | remove "killed" from any, or from none`},
	}, {
		name: "none inside any",
		src:  "      any: [civilians killed, dead]\n      none: [killed]\n",
		want: []string{`7:13: warning: any term "civilians killed" always comes with none term "killed", so this alternative never matches | remove "civilians killed" from any, or "killed" from none`},
	}, {
		name: "near and none",
		src:  "      any: [killed]\n      near: [people, civilians]\n      none: [People]\n",
		want: []string{`8:14: warning: "people" is in both near and none, so no value can sit near it | remove "people" from near, or from none`},
	}, {
		name: "none inside near",
		src:  "      any: [killed]\n      near: [civilians, \"people's\"]\n      none: [people]\n",
		want: []string{`8:25: warning: near term "people's" always comes with none term "people", so no value can sit near it | remove "people's" from near, or "people" from none`},
	}, {
		name: "all and any",
		src:  "      all: [Kharkiv]\n      any: [kharkiv, killed]\n",
		want: []string{`8:13: warning: "kharkiv" is in both all and any, so any is always satisfied | remove "kharkiv" from any: all already requires it`},
	}, {
		name: "any inside all",
		src:  "      all: [Kharkiv region]\n      any: [killed, Kharkiv]\n",
		want: []string{`8:21: warning: any term "Kharkiv" occurs in every sentence with all term "Kharkiv region", so any is always satisfied | remove "Kharkiv" from any: all already requires it`},
	}, {
		name: "listed twice",
		src:  "      any: [killed, dead, killed]\n",
		want: []string{`7:27: warning: any term "killed" is listed twice, first at line 7 | remove this one`},
	}, {
		name: "differ by case",
		src:  "      any:\n        - killed\n        - Killed\n",
		want: []string{`9:11: warning: any term "Killed" matches the same words as "killed" at line 8: terms match case-insensitively | remove "Killed"`},
	}, {
		name: "differ by apostrophe and spaces",
		src:  "      all: [\"Russia's  war\", \"RUSSIA’S war\"]\n",
		want: []string{`7:30: warning: all term "RUSSIA’S war" matches the same words as "Russia's  war" at line 7: terms ignore case, runs of spaces and the kind of apostrophe | remove "RUSSIA’S war"`},
	}, {
		name: "two forms of one word",
		src:  "      any: [killed, kills, dead]\n",
		want: []string{`7:21: warning: any term "kills" matches the same words as "killed" at line 7: a term matches the other forms of its words (kill, kills, killed, killing); quote a term to match it only as written | remove "kills"`},
	}, {
		// Quoted, a term matches only as written: two forms, two terms.
		name: "quoted forms differ",
		src:  "      any: [killed, '\"kills\"']\n",
	}, {
		name: "a form of a none term",
		src:  "      any: [under Russian control]\n      none: [controls]\n",
		want: []string{`7:13: warning: any term "under Russian control" always comes with none term "controls", so this alternative never matches | remove "under Russian control" from any, or "controls" from none`},
	}, {
		// A repeated term is reported once, not again against other lists.
		name: "repeat in none",
		src:  "      all: [Kharkiv]\n      none: [kharkiv, Kharkiv]\n",
		want: []string{
			`8:14: warning: "kharkiv" is in both all and none, so the fact never matches | remove "kharkiv" from none, or from all`,
			`8:23: warning: none term "Kharkiv" matches the same words as "kharkiv" at line 8: terms match case-insensitively | remove "Kharkiv"`,
		},
	}, {
		name: "spelt two ways in any and near",
		src:  "      any: [dead, killed]\n      near: [Dead]\n",
		want: []string{`8:14: warning: near term "Dead" and any term "dead" at line 7 are one term spelt two ways: terms match case-insensitively | write it "dead" in both lists`},
	}, {
		name: "spelt two ways in near and all",
		src:  "      near: [Kharkiv]\n      all: [KHARKIV]\n",
		want: []string{`8:13: warning: all term "KHARKIV" and near term "Kharkiv" at line 7 are one term spelt two ways: terms match case-insensitively | write it "Kharkiv" in both lists`},
	}, {
		// Regular expressions are opaque: the same only when written alike.
		name: "regular expressions",
		src:  "      any: [\"re:kill(ed)?\", \"re:Kill(ed)?\", killed]\n      none: [\"re:kill(ed)?\"]\n      near: [\"re:\\\\bdead\\\\b\", dead]\n",
		want: []string{`7:13: warning: "re:kill(ed)?" is in both any and none, so this alternative never matches | remove "re:kill(ed)?" from any, or from none`},
	}, {
		name: "no examples",
		src:  "      any: [killed]\n    compare: {trend: rising}\n",
		want: []string{noExamples},
	}, {
		name: "example repeated",
		src:  "      any: [killed]\n    examples:\n      - sentence: Seven were killed.\n        expect: 7\n      - sentence: \"Seven  were killed. \"\n        expect: none\n",
		want: []string{`11:9: warning: example repeats the sentence of the example at line 9 | remove one of the two, or change its sentence`},
	}, {
		// What the loader rejects is an error, with its fix apart: an empty
		// list, and within without near.
		name: "empty any",
		src:  "      all: [Kharkiv]\n      any: []\n",
		want: []string{`8:7: error: "any" lists no terms | add at least one, or remove any`},
	}, {
		name: "within without near",
		src:  "      any: [killed]\n      within: 3\n",
		want: []string{`8:7: error: "within" has no effect without "near" | add near: [...] with the words the value must sit close to, or drop within`},
	}, {
		// Warnings need a file that loads.
		name: "error hides warnings",
		src:  "      any: [killed, killed]\n      witin: 3\n",
		want: []string{`8:7: error: unknown field "witin" in match | did you mean "within"? (allowed: all, any, none, near, within)`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := fact + tt.src
			if !strings.Contains(tt.src, "examples:") && tt.name != "no examples" {
				src += example
			}
			ds := Source("f.yaml", []byte(src))
			for _, d := range ds {
				if d.Pos.File != "f.yaml" {
					t.Errorf("diagnostic in file %q, want f.yaml", d.Pos.File)
				}
			}
			if got := lines(ds); !slices.Equal(got, tt.want) {
				t.Errorf("Source:\n%s\nwant:\n%s\nsource:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), src)
			}
		})
	}
}

// TestSourceBad: every error of every bad rule file is an error diagnostic
// at the loader's position, its message split into what and fix.
func TestSourceBad(t *testing.T) {
	files, err := filepath.Glob("../testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad rule files: %v", err)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = rules.Parse(path, src)
		var list rules.ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("%s: %v", path, err)
		}
		// The same errors, at the same places; at one place the loader
		// keeps the order it found them in, Sort orders by message.
		var want, got []string
		for _, e := range list {
			want = append(want, e.Pos.String()+": "+e.Msg)
		}
		for _, d := range Source(path, src) {
			if d.Severity != Error || d.Msg == "" || d.Fix == "" || d.Fix == genericFix {
				t.Errorf("%s: diagnostic %+v", path, d)
			}
			got = append(got, d.Pos.String()+": "+d.Msg+"; "+d.Fix)
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: diagnostics joined back:\n%s\nwant the loader's errors:\n%s", path, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestLint(t *testing.T) {
	// Load's errors, across files too, and warnings for the files that
	// parse, in order of place.
	ds := Lint("../testdata/dup", "../testdata/bad/within-zero.yaml")
	want := []string{
		`../testdata/bad/within-zero.yaml:10:15: error: "within" must be between 1 and 1000 words, not 0 | write a number such as 3`,
		"../testdata/dup/one.yaml:4:5: warning: fact \"shared\" has no examples | add examples: so `crosscheck rules test` can check this rule",
		"../testdata/dup/two.yaml:4:5: warning: fact \"other\" has no examples | add examples: so `crosscheck rules test` can check this rule",
		"../testdata/dup/two.yaml:8:5: warning: fact \"shared\" has no examples | add examples: so `crosscheck rules test` can check this rule",
		`../testdata/dup/two.yaml:8:9: error: duplicate id "shared", first used at ../testdata/dup/one.yaml:4:9 | ids must be unique across all rule files, so rename one`,
	}
	if got := full(ds); !slices.Equal(got, want) {
		t.Errorf("Lint:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// The same however the paths are given.
	again := Lint("../testdata/bad/within-zero.yaml", "../testdata/dup/two.yaml", "../testdata/dup")
	if !slices.Equal(full(ds), full(again)) {
		t.Errorf("Lint depends on the order of paths:\n%s\nthen\n%s", strings.Join(full(ds), "\n"), strings.Join(full(again), "\n"))
	}

	// Errors without a place, or with only a file.
	if got, want := full(Lint()), []string{"error: no rule files given | name a rule file or a folder of .yaml files"}; !slices.Equal(got, want) {
		t.Errorf("Lint() = %q, want %q", got, want)
	}
	if got, want := full(Lint("../testdata/nonexistent")), []string{"../testdata/nonexistent: error: cannot read rules: no such file or directory | check the path"}; !slices.Equal(got, want) {
		t.Errorf("Lint(nonexistent) = %q, want %q", got, want)
	}
}

// LintLimited applies the limits Load applies: a file with more facts than
// allowed is an error naming the flag that raises the limit, and gets no
// warnings, since it is not read as rules.
func TestLintLimited(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "three.yaml")
	src := "version: 1\nfacts:\n"
	for _, id := range []string{"a", "b", "c"} {
		src += "  - id: " + id + "\n    title: A\n    quantity: count\n    match:\n      all: [killed]\n"
	}
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ds := LintLimited(rules.Limits{MaxFacts: 2}, file)
	if len(ds) != 1 || ds[0].Severity != Error || ds[0].Pos.Line != 13 || !strings.Contains(ds[0].Msg+ds[0].Fix, "--max-facts") {
		t.Errorf("LintLimited(MaxFacts 2) = %q, want one error at line 13 naming --max-facts", full(ds))
	}
	// Under the default limits the file is fine but for its missing
	// examples.
	for _, d := range Lint(file) {
		if d.Severity == Error {
			t.Errorf("Lint: %s", d)
		}
	}
}

func TestSplitFix(t *testing.T) {
	tests := []struct{ in, msg, fix string }{
		{"a is wrong; do b", "a is wrong", "do b"},
		{"only; one; split", "only", "one; split"},
		{`term "a; b" is bad; fix it`, `term "a; b" is bad`, "fix it"},
		{`term "a\"; b" is bad; fix it`, `term "a\"; b" is bad`, "fix it"},
		{"pattern `x; y` is bad; fix it", "pattern `x; y` is bad", "fix it"},
		{"no fix here", "no fix here", genericFix},
		{"trailing; ", "trailing; ", genericFix},
		{"a;b; c", "a;b", "c"},
	}
	for _, tt := range tests {
		if msg, fix := splitFix(tt.in); msg != tt.msg || fix != tt.fix {
			t.Errorf("splitFix(%q) = %q, %q; want %q, %q", tt.in, msg, fix, tt.msg, tt.fix)
		}
	}
}

func TestFormat(t *testing.T) {
	ds := []Diagnostic{
		{Severity: Error, Msg: "no rule files given", Fix: "name a rule file"},
		{Pos: rules.Position{File: "gone.yaml"}, Severity: Error, Msg: "cannot read rule file", Fix: "check the path"},
		{Pos: rules.Position{File: "r.yaml", Line: 8, Column: 21}, Severity: Warning, Msg: `"killed" is in both any and none`, Fix: `remove "killed" from any`},
		{Pos: rules.Position{File: "r.yaml", Line: 9, Column: 5}, Severity: Warning, Msg: "no fix"},
	}
	var b strings.Builder
	if err := Format(&b, ds); err != nil {
		t.Fatal(err)
	}
	want := "error: no rule files given\n" +
		"  fix: name a rule file\n" +
		"gone.yaml: error: cannot read rule file\n" +
		"  fix: check the path\n" +
		"r.yaml:8:21: warning: \"killed\" is in both any and none\n" +
		"  fix: remove \"killed\" from any\n" +
		"r.yaml:9:5: warning: no fix\n" +
		"2 errors, 2 warnings\n"
	if b.String() != want {
		t.Errorf("Format:\n%s\nwant:\n%s", b.String(), want)
	}

	for _, tt := range []struct {
		ds   []Diagnostic
		want string
	}{
		{nil, "0 errors, 0 warnings\n"},
		{ds[:1], "error: no rule files given\n  fix: name a rule file\n1 error, 0 warnings\n"},
		{ds[2:3], "r.yaml:8:21: warning: \"killed\" is in both any and none\n  fix: remove \"killed\" from any\n0 errors, 1 warning\n"},
	} {
		b.Reset()
		if err := Format(&b, tt.ds); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("Format(%d diagnostics) = %q, want %q", len(tt.ds), b.String(), tt.want)
		}
	}

	if err := Format(failWriter{}, ds); err == nil || err.Error() != "disk full" {
		t.Errorf("Format to a failing writer = %v, want disk full", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestSort(t *testing.T) {
	ds := []Diagnostic{
		{Pos: rules.Position{File: "b.yaml", Line: 1, Column: 1}, Severity: Warning, Msg: "z"},
		{Pos: rules.Position{File: "a.yaml", Line: 2, Column: 1}, Severity: Warning, Msg: "y"},
		{Pos: rules.Position{File: "a.yaml", Line: 2, Column: 1}, Severity: Error, Msg: "x"},
		{Pos: rules.Position{File: "a.yaml", Line: 1, Column: 9}, Severity: Warning, Msg: "b"},
		{Pos: rules.Position{File: "a.yaml", Line: 1, Column: 9}, Severity: Warning, Msg: "a"},
		{Severity: Error, Msg: "nowhere"},
	}
	Sort(ds)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{"error: nowhere", "a.yaml:1:9: warning: a", "a.yaml:1:9: warning: b", "a.yaml:2:1: error: x", "a.yaml:2:1: warning: y", "b.yaml:1:1: warning: z"}
	if !slices.Equal(got, want) {
		t.Errorf("Sort:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e, w := Count(ds); e != 2 || w != 4 {
		t.Errorf("Count = %d, %d; want 2, 4", e, w)
	}
}
