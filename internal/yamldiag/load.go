package yamldiag

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// SyntaxError is a file that go-yaml cannot read, as a position and a
// message that says what is wrong and how to put it right, with no position
// and no trailing period. Line is 1-based; Column is 1-based, or 0 when
// go-yaml gives a line but no column.
type SyntaxError struct {
	Line, Column int
	Msg          string
}

// Load reads the first YAML document of src into doc, and the one after it,
// if any, into next: a file is meant to hold one document, and the caller
// decides what to say about a second. doc is nil when src holds no document
// at all (it is empty, or only comments).
//
// When src is not valid YAML, Load returns every syntax error go-yaml
// reports, with advice (indent with spaces, save as UTF-8, check the
// brackets), and the nodes are to be ignored. A panic in go-yaml becomes an
// error too: a file must never crash the run.
func Load(src []byte) (doc, next *yaml.Node, errs []SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			errs = append(errs, SyntaxError{1, 1, fmt.Sprintf("cannot parse YAML (%v); simplify the file", r)})
			doc, next = nil, nil
		}
	}()
	l, err := yaml.NewLoader(bytes.NewReader(src))
	if err != nil {
		addSyntaxErrors(&errs, err, src)
		return nil, nil, errs
	}
	doc = new(yaml.Node)
	if err := l.Load(doc); err == io.EOF {
		return nil, nil, nil
	} else if err != nil {
		addSyntaxErrors(&errs, err, src)
		return nil, nil, errs
	}
	next = new(yaml.Node)
	switch err := l.Load(next); {
	case err == io.EOF:
		next = nil
	case err != nil:
		addSyntaxErrors(&errs, err, src)
		return nil, nil, errs
	}
	return doc, next, nil
}

// addSyntaxErrors appends the errors in a go-yaml error to *errs, each at
// its position.
func addSyntaxErrors(errs *[]SyntaxError, err error, src []byte) {
	var les *yaml.LoadErrors
	var le *yaml.LoadError
	switch {
	case errors.As(err, &les):
		for _, e := range les.Errors {
			addSyntaxErrors(errs, e, src)
		}
	case errors.As(err, &le):
		line, col := le.Mark.Line, le.Mark.Column
		if line <= 0 {
			line, col = locateBad(src)
		}
		msg := strings.TrimPrefix(le.Message, "yaml: ")
		if le.ContextMsg != "" {
			msg = le.ContextMsg + ": " + msg
		}
		if c := le.ContextMark; c.Line > 0 && c.Line != line {
			msg += fmt.Sprintf(" (from line %d)", c.Line)
		}
		hint := "check the indentation, quotes and brackets here"
		if tabIndent(src, line) {
			hint = "indent with spaces: YAML does not allow tabs"
		} else if strings.Contains(msg, "control characters") || strings.Contains(msg, "UTF-8") {
			hint = "save the file as UTF-8 text without control characters"
		}
		*errs = append(*errs, SyntaxError{line, col, fmt.Sprintf("invalid YAML: %s; %s", msg, hint)})
	default:
		*errs = append(*errs, SyntaxError{1, 1, fmt.Sprintf("invalid YAML: %v; check the file's syntax", err)})
	}
}

// locateBad guesses where a go-yaml error without position lies: the first
// invalid UTF-8 or control character, else the start of the file.
func locateBad(src []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && w == 1 || r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return line, col
		}
		if col++; r == '\n' {
			line, col = line+1, 1
		}
		i += w
	}
	return 1, 1
}

// tabIndent reports whether the 1-based line of src starts with a tab
// among its leading blanks.
func tabIndent(src []byte, line int) bool {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return false
		}
		src = src[i+1:]
	}
	blank := len(src) - len(bytes.TrimLeft(src, " \t"))
	return bytes.IndexByte(src[:blank], '\t') >= 0
}
