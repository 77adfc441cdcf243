package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/checker"
)

type junitDoc struct {
	XMLName  xml.Name `xml:"testsuites"`
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name       string `xml:"name,attr"`
		Tests      int    `xml:"tests,attr"`
		Failures   int    `xml:"failures,attr"`
		Skipped    int    `xml:"skipped,attr"`
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			Classname string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failures  []struct {
				Type    string `xml:"type,attr"`
				Message string `xml:"message,attr"`
				Body    string `xml:",chardata"`
			} `xml:"failure"`
			Skipped *struct {
				Message string `xml:"message,attr"`
			} `xml:"skipped"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, r *Report) (junitDoc, string) {
	t.Helper()
	var buf bytes.Buffer
	if err := JUnit(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc junitDoc
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("JUnit output does not parse: %v\n%s", err, buf.String())
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d testsuites, want 1", len(doc.Suites))
	}
	return doc, buf.String()
}

// TestJUnitCounts parses the XML back and checks that the counts a CI
// server reads agree with the elements, and that the failures are exactly
// the open pairs of the failing findings, at each threshold.
func TestJUnitCounts(t *testing.T) {
	for _, tc := range []struct {
		failOn       checker.Status
		wantFailures int
		wantTypes    []string
	}{
		// kharkiv-civilian-deaths' two pairs, war-duration's one.
		{"", 3, []string{"conflict", "conflict", "self-contradiction"}},
		{checker.Single, 4, []string{"conflict", "conflict", "single", "self-contradiction"}},
		{checker.Revised, 5, []string{"revised", "conflict", "conflict", "single", "self-contradiction"}},
		{"never", 0, nil},
	} {
		t.Run(string(tc.failOn), func(t *testing.T) {
			r := fixture()
			r.FailOn = tc.failOn
			doc, _ := parseJUnit(t, r)
			s := doc.Suites[0]
			failures, failing, skipped := 0, 0, 0
			var types []string
			for _, c := range s.Cases {
				failures += len(c.Failures)
				if len(c.Failures) > 0 {
					failing++
				}
				for _, f := range c.Failures {
					types = append(types, f.Type)
					if f.Message == "" || strings.Count(f.Body, "\n") < 1 {
						t.Errorf("%s: failure %+v lacks a message or a body", c.Name, f)
					}
				}
				if c.Skipped != nil {
					skipped++
				}
				if c.Classname != "crosscheck" {
					t.Errorf("classname %q", c.Classname)
				}
			}
			if doc.Name != "crosscheck" || s.Name != "crosscheck" {
				t.Errorf("names %q, %q", doc.Name, s.Name)
			}
			if doc.Tests != len(s.Cases) || s.Tests != len(s.Cases) {
				t.Errorf("tests=%d/%d, %d testcases", doc.Tests, s.Tests, len(s.Cases))
			}
			// Readers compute passed = tests - failures, so the attribute
			// counts failing testcases, not <failure> elements.
			if doc.Failures != failing || s.Failures != failing {
				t.Errorf("failures=%d/%d, %d failing testcases", doc.Failures, s.Failures, failing)
			}
			if s.Skipped != skipped || skipped != 1 {
				t.Errorf("skipped=%d, %d <skipped> elements, want 1", s.Skipped, skipped)
			}

			// Failures are the open pairs (a single source counts one) of
			// the findings that fail the run.
			want := 0
			for _, f := range fixture().Findings {
				if f.Fails(failOn(r)) {
					if f.Status == checker.Single {
						want++
					} else {
						want += len(f.Conflicts) + len(f.SelfContradictions)
					}
				}
			}
			if failures != want || failures != tc.wantFailures {
				t.Errorf("%d failures, want %d (open pairs of failing findings), %d", failures, want, tc.wantFailures)
			}
			if d := cmp.Diff(tc.wantTypes, types); d != "" {
				t.Errorf("failure types (-want +got):\n%s", d)
			}
		})
	}
}

func TestJUnitContent(t *testing.T) {
	r := fixture()
	r.Version = "v1.2.3"
	doc, raw := parseJUnit(t, r)
	s := doc.Suites[0]
	if len(s.Properties) != 1 || s.Properties[0].Name != "crosscheck.version" || s.Properties[0].Value != "v1.2.3" {
		t.Errorf("properties = %+v", s.Properties)
	}
	for _, bad := range []string{"timestamp", "time="} {
		if strings.Contains(raw, bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	byName := map[string]int{}
	for i, c := range s.Cases {
		byName[c.Name] = i
	}
	kh := s.Cases[byName["kharkiv-civilian-deaths: Civilians killed in the Russian strike on Kharkiv"]]
	if len(kh.Failures) != 2 {
		t.Fatalf("kharkiv: %d failures", len(kh.Failures))
	}
	f := kh.Failures[0]
	if want := `Civilians killed in the Russian strike on Kharkiv: 7 ("seven", per officials) at articles/a.md:5:19 (Reuters) conflicts with 11 at articles/b.md:4:1 (BBC, per the mayor’s office)`; f.Message != want {
		t.Errorf("message %q, want %q", f.Message, want)
	}
	for _, want := range []string{"articles/a.md:5:19  Reuters  7 \"seven\"  The strike", "articles/b.md:4:1  BBC  11  «11» [civilians]"} {
		if !strings.Contains(f.Body, want) {
			t.Errorf("failure body lacks %q:\n%s", want, f.Body)
		}
	}
	odesa := s.Cases[byName["odesa-port-strikes: Strikes on the port of Odesa"]]
	if odesa.Skipped == nil || odesa.Skipped.Message != "no article states this fact" {
		t.Errorf("absent fact: skipped = %+v", odesa.Skipped)
	}
	kherson := s.Cases[byName["kherson-evacuees: Residents evacuated from Kherson"]]
	if len(kherson.Failures) != 0 || !strings.Contains(kherson.SystemOut, "in baseline: articles/a.md:13:1") {
		t.Errorf("baselined conflict: %+v", kherson)
	}
	drones := s.Cases[byName["drones-launched-kyiv: Drones launched at Kyiv in one night"]]
	if !strings.Contains(drones.SystemOut, "recorded in the baseline") {
		t.Errorf("known single: %q", drones.SystemOut)
	}
}

// TestJUnitHostile: whatever articles and rules contain, the XML stays
// well-formed and the text comes back as written, minus control characters.
func TestJUnitHostile(t *testing.T) {
	r := fixture()
	f := &r.Findings[3]
	f.Fact = `id"><script>&amp;`
	f.Title = "]]> <x> \x00\x1b\ufffe '\"&"
	f.Claims[0].Sentence = "The strike killed seven ]]><![CDATA[ civilians & <b>"
	f.Claims[0].Terms = nil
	f.Claims[0].Source = "Reu\"ters\t<"
	r.Version = `v1"&<`
	doc, _ := parseJUnit(t, r)
	s := doc.Suites[0]
	var names []string
	for _, c := range s.Cases {
		names = append(names, c.Name)
	}
	wantName := `id"><script>&amp;: ]]> <x> ` + "\ufffd\ufffd\ufffd" + ` '"&`
	found := false
	for _, c := range s.Cases {
		if c.Name == wantName {
			found = true
			if len(c.Failures) == 0 || !strings.Contains(c.Failures[0].Body, "«seven» ]]><![CDATA[ civilians & <b>") {
				t.Errorf("body did not survive: %+v", c.Failures)
			}
			if !strings.Contains(c.Failures[0].Message, `(Reu"ters <)`) {
				t.Errorf("message = %q", c.Failures[0].Message)
			}
		}
	}
	if !found {
		t.Errorf("no testcase named %q in %q", wantName, names)
	}
	if s.Properties[0].Value != `v1"&<` {
		t.Errorf("version = %q", s.Properties[0].Value)
	}
}

func TestXMLEscape(t *testing.T) {
	for _, tc := range []struct{ in, text, attr string }{
		{`a & b < c > d`, `a &amp; b &lt; c &gt; d`, `a &amp; b &lt; c &gt; d`},
		{`say "hi"`, `say "hi"`, `say &quot;hi&quot;`},
		{"l1\nl2\tx\ry", "l1\nl2\tx\ufffdy", "l1&#xa;l2&#x9;x&#xd;y"},
		{"]]>", "]]&gt;", "]]&gt;"},
		{"\x00\x1b\ufffe\xff", "\ufffd\ufffd\ufffd\ufffd", "\ufffd\ufffd\ufffd\ufffd"},
		{"€ — “x” 😀", "€ — “x” 😀", "€ — “x” 😀"},
	} {
		if got := xmlText(tc.in); got != tc.text {
			t.Errorf("xmlText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := xmlAttr(tc.in); got != tc.attr {
			t.Errorf("xmlAttr(%q) = %q, want %q", tc.in, got, tc.attr)
		}
	}
}
