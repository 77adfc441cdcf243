package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// GitHub writes GitHub Actions workflow commands that annotate the articles
// in a pull request, one line per problem (see findingProblems) whose level
// is error or warning, in fact id order:
//
//	::error file=articles/a.md,line=5,col=19,endLine=5,endColumn=24,title=crosscheck kharkiv-civilian-deaths%3A conflict::Civilians killed …
//
// A finding that fails the run (Report.FailOn) is an error, a conflict that
// does not is a warning; notes (revisions, single sources below the
// threshold) are not written. Columns count characters, as in the text
// report. Values are escaped as GitHub's toolkit escapes them
// (actions/toolkit, core/src/command.ts): "%", CR and LF in messages, and
// also ":" and "," in properties, so no article text can end a command or
// start another.
//
// GitHub shows at most 10 error and 10 warning annotations per step; all are
// written anyway, and the log keeps them. The last line is Summary's, which
// is not a command.
//
// GitHub writes as it goes, through a buffer, and reads the inputs once,
// to count them: should Report.Each or Report.EachInput fail, it returns
// the error having written part of the annotations.
func GitHub(w io.Writer, r *Report) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	threshold := failOn(r)
	// The summary is the last line, so the findings are counted as they
	// are annotated rather than in a pass of their own.
	var c Counts
	i := 0
	for f, err := range eachFinding(r) {
		if err != nil {
			return err
		}
		c.add(&f)
		open, _ := findingProblems(&f, i, threshold)
		i++
		for _, p := range open {
			if p.Level != levelError && p.Level != levelWarning {
				continue
			}
			writeAnnotation(bw, p)
		}
	}
	for in, err := range eachInput(r) {
		if err != nil {
			return err
		}
		c.addInput(&in)
	}
	bw.WriteString(c.String() + "\n")
	return bw.Flush()
}

func writeAnnotation(w io.Writer, p problem) {
	place := placeOf(p.Finding.Claims[p.Claim])
	props := []string{"file=" + escapeProperty(place.File)}
	if place.Line >= 1 {
		props = append(props, fmt.Sprintf("line=%d", place.Line))
		if place.Column >= 1 {
			props = append(props, fmt.Sprintf("col=%d", place.Column))
		}
		props = append(props, fmt.Sprintf("endLine=%d", place.EndLine))
		if place.Column >= 1 {
			props = append(props, fmt.Sprintf("endColumn=%d", place.EndColumn))
		}
	}
	props = append(props, "title="+escapeProperty("crosscheck "+p.Finding.Fact+": "+string(p.Finding.Status)))
	fmt.Fprintf(w, "::%s %s::%s\n", p.Level, strings.Join(props, ","), escapeData(p.Message))
}

// escapeData escapes a workflow command's message as the toolkit's
// escapeData does.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value as the
// toolkit's escapeProperty does.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
