package report

// The XML is written by hand: encoding/xml would escape every newline and
// quote in the failure bodies, and no maintained Go library writes JUnit
// XML well enough to be worth a dependency.

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/checker"
)

// JUnit writes the report as JUnit XML for CI test reports (Jenkins,
// GitLab, GitHub test-report actions): one <testsuite name="crosscheck">
// holding one <testcase classname="crosscheck" name="FACT-ID: Title"> per
// finding, in fact id order.
//
//   - A finding that fails the run (Report.FailOn) has one <failure> per
//     open pair, typed "conflict", "self-contradiction" or "revised", or one
//     typed "single" for a single source. The message names both claims on
//     one line; the body gives each claim's place, source, value and
//     sentence.
//   - An absent fact is <skipped message="no article states this fact"/>.
//   - Every other finding passes. Each finding with claims lists them in
//     <system-out>, with its disagreeing pairs, those a baseline records
//     marked "in baseline".
//
// Several <failure> elements in one testcase break the old Ant XSD, which
// allows one, but Jenkins, GitLab and the common GitHub test-report actions
// read them all. The testsuites and testsuite "failures" attributes count
// failing testcases, not <failure> elements: readers compute the passed
// tests as tests minus failures. Report.Version, when set, is a
// testsuite property "crosscheck.version". No timestamps or durations are
// written, so the output depends only on the report.
//
// The counts come first, so JUnit reads the findings twice: once to count,
// once to write. Should Report.Each fail on the second pass, JUnit returns
// the error having written part of the document.
func JUnit(w io.Writer, r *Report) error {
	threshold := failOn(r)
	tests, failures, skipped := 0, 0, 0
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		tests++
		switch {
		case f.Status == checker.Absent:
			skipped++
		case f.Fails(threshold):
			failures++
		}
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	counts := fmt.Sprintf(`tests="%d" failures="%d"`, tests, failures)
	fmt.Fprintf(bw, "<testsuites name=\"crosscheck\" %s>\n", counts)
	fmt.Fprintf(bw, "  <testsuite name=\"crosscheck\" %s errors=\"0\" skipped=\"%d\">\n", counts, skipped)
	if r != nil && r.Version != "" {
		fmt.Fprintf(bw, "    <properties>\n      <property name=\"crosscheck.version\" value=\"%s\"/>\n    </properties>\n", xmlAttr(r.Version))
	}
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		writeTestcase(bw, &f, threshold)
	}
	bw.WriteString("  </testsuite>\n</testsuites>\n")
	return bw.Flush()
}

// writeTestcase writes a finding's <testcase>.
func writeTestcase(w io.Writer, f *checker.Finding, threshold checker.Status) {
	fmt.Fprintf(w, "    <testcase classname=\"crosscheck\" name=\"%s\">\n", xmlAttr(f.Fact+": "+findingName(f)))
	switch {
	case f.Status == checker.Absent:
		io.WriteString(w, "      <skipped message=\"no article states this fact\"/>\n")
	case f.Fails(threshold):
		for _, fl := range junitFailures(f) {
			fmt.Fprintf(w, "      <failure type=\"%s\" message=\"%s\">%s</failure>\n",
				xmlAttr(fl.kind), xmlAttr(fl.message), xmlText(fl.body))
		}
	}
	if len(f.Claims) > 0 {
		fmt.Fprintf(w, "      <system-out>%s</system-out>\n", xmlText(junitClaims(f)))
	}
	io.WriteString(w, "    </testcase>\n")
}

type junitFailure struct{ kind, message, body string }

// junitFailures returns the failures of a failing finding: one per open
// pair, or one for a single source.
func junitFailures(f *checker.Finding) []junitFailure {
	if f.Status == checker.Single {
		var body strings.Builder
		for _, c := range f.Claims {
			body.WriteString(junitClaim(c) + "\n")
		}
		src := "one source"
		if len(f.Claims) > 0 {
			src = sourceName(f.Claims[0])
		}
		return []junitFailure{{kindSingle,
			fmt.Sprintf("%s: only %s states this fact (%s)", findingName(f), src, plural(len(f.Claims), "claim", "claims")),
			body.String()}}
	}
	var out []junitFailure
	add := func(p checker.Pair, self bool) {
		if !validPair(f, p) {
			return
		}
		out = append(out, junitFailure{relationKind(f, self), pairMessage(f, p, self),
			junitClaim(f.Claims[p.I]) + "\n" + junitClaim(f.Claims[p.J]) + "\n"})
	}
	for _, p := range f.Conflicts {
		add(p, false)
	}
	for _, p := range f.SelfContradictions {
		add(p, true)
	}
	return out
}

// junitClaims lists a finding's claims and its pairs for <system-out>.
func junitClaims(f *checker.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", clean(string(f.Status)), plural(f.Sources, "source", "sources"))
	for _, c := range f.Claims {
		b.WriteString(junitClaim(c) + "\n")
	}
	kind := "conflict"
	if f.Status == checker.Revised {
		kind = "revision"
	}
	for _, p := range f.Conflicts {
		line, _ := pairLine(*f, p)
		b.WriteString(kind + ": " + line + "\n")
	}
	for _, p := range f.SelfContradictions {
		line, _ := pairLine(*f, p)
		b.WriteString("self-contradiction: " + line + "\n")
	}
	for _, p := range f.Baselined {
		line, _ := pairLine(*f, p)
		b.WriteString("in baseline: " + line + "\n")
	}
	if f.Known && f.Status == checker.Single {
		b.WriteString("single source, recorded in the baseline\n")
	}
	return b.String()
}

// junitClaim is one claim on one line: place, source, value and the
// sentence with the value in «guillemets», as in the plain text report.
func junitClaim(c checker.Claim) string {
	val, words := claimValue(c)
	place := loc(c)
	if c.New {
		place += " new"
	}
	if c.Quantity.Vague {
		words = strings.TrimSpace(words + " (vague)")
	}
	return place + "  " + sourceName(c) + "  " + join(val, words) + "  " + markSentence(c, newPalette(false))
}

// xmlText escapes character data: &, < and > (so "]]>" cannot appear), and
// characters XML 1.0 cannot hold become U+FFFD. Newlines are kept.
func xmlText(s string) string {
	return xmlEscape(s, false)
}

// xmlAttr escapes an attribute value in double quotes: as xmlText, plus the
// quote and the white space an XML parser would otherwise normalise.
func xmlAttr(s string) string {
	return xmlEscape(s, true)
}

func xmlEscape(s string, attr bool) string {
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case attr && r == '"':
			b.WriteString("&quot;")
		case attr && (r == '\n' || r == '\r' || r == '\t'):
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case (r == utf8.RuneError && n == 1) || !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 allows r (production Char); CR is left
// out so that no parser rewrites it.
func xmlChar(r rune) bool {
	return r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
