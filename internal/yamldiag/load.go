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

// MaxDepth is how deep Load lets values nest, in brackets or in
// indentation (each counted on its own). A rule file, the deepest of
// crosscheck's files, needs six levels (the file, facts, a fact, examples,
// an example, expect); go-yaml's own limit is 10 000, and 10 KB of
// brackets nested that deep cost it 30 MB. Past 64 levels a file is
// broken or hostile, and the parser stops at the first bracket or key
// too deep, before any tree is built.
const MaxDepth = 64

// MaxAliasValues is how many values aliases may stand for in one file,
// counted as if each alias, and each merge key (<<) naming one, were
// replaced by a copy of what it names. go-yaml does not expand aliases
// when it loads nodes, and its own check against alias bombs counts only
// values decoded into Go types, never nodes; but whatever walked the
// aliases of a "billion laughs" file would never finish. No crosscheck
// file takes aliases, so the limit decides only which error a file
// gets: the readers' own "write the value out in full" for a few aliases,
// this one, at the first alias over the limit, for a file that would
// expand to something huge.
const MaxAliasValues = 10_000

// Load reads the first YAML document of src into doc, and the one after it,
// if any, into next: a file is meant to hold one document, and the caller
// decides what to say about a second. doc is nil when src holds no document
// at all (it is empty, or only comments).
//
// When src is not valid YAML, Load returns every syntax error go-yaml
// reports, with advice (indent with spaces, save as UTF-8, check the
// brackets), and the nodes are to be ignored. So it does for values nested
// more than MaxDepth deep, aliases that would expand past MaxAliasValues,
// and an alias inside the value it names: these fail fast, at the place
// the trouble starts, and no caller ever has to walk such a tree. A panic
// in go-yaml becomes an error too: a file must never crash the run.
func Load(src []byte) (doc, next *yaml.Node, errs []SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			errs = append(errs, SyntaxError{1, 1, fmt.Sprintf("cannot parse YAML (%v); simplify the file", r)})
			doc, next = nil, nil
		}
	}()
	doc, next, errs = load(src)
	if len(errs) == 0 {
		if e := checkAliases(doc, next); e != nil {
			return nil, nil, []SyntaxError{*e}
		}
	}
	return doc, next, errs
}

// load is Load without the check of aliases.
func load(src []byte) (doc, next *yaml.Node, errs []SyntaxError) {
	l, err := yaml.NewLoader(bytes.NewReader(src), yaml.WithPlugin(limits{}))
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
		if le.Message == errTooDeep.Error() {
			// In a block, go-yaml notices at the colon after a key, and
			// marks the key itself as the context: point at the key.
			if c := le.ContextMark; strings.Contains(le.ContextMsg, "indent") && c.Line == line && c.Column > 0 && c.Column < col {
				col = c.Column
			}
			*errs = append(*errs, SyntaxError{line, col, fmt.Sprintf("values nest more than %d levels deep here; crosscheck's files need a few levels, so close the brackets or undo the indentation that opened too many, or check that this is the right file", MaxDepth)})
			return
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
