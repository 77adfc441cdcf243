package config

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
)

// Error is one thing wrong with a config file. Line and Column are 1-based,
// Column counting characters as editors do, and point at the YAML node at
// fault (the misspelt key, the bad value);
// Line is 0 when the error is about the whole file (it cannot be read, or is
// too big). Msg says both what is wrong and how to put it right, with no
// position and no trailing period:
//
//	unknown key "failon"; did you mean "fail-on"? (keys: rules, paths, format, fail-on, baseline, sources)
type Error struct {
	File         string
	Line, Column int
	Msg          string
}

// Error returns "file:line:col: msg", leaving out the parts that are
// unknown.
func (e *Error) Error() string { return yamldiag.Message(e.pos(), e.Msg) }

func (e *Error) pos() yamldiag.Position {
	return yamldiag.Position{File: e.File, Line: e.Line, Column: e.Column}
}

// ErrorList is every error found in a config file, after the fashion of
// go/scanner.ErrorList. Find, Load and Parse return one (never a bare
// *Error), sorted by file, line and column.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(file string, line, col int, msg string) {
	*l = append(*l, &Error{file, line, col, msg})
}

// addf appends a formatted error.
func (l *ErrorList) addf(file string, line, col int, format string, args ...any) {
	l.Add(file, line, col, fmt.Sprintf(format, args...))
}

// Sort orders the list by file, line and column. The sort is stable, so
// errors at one place keep the order they were found in.
func (l ErrorList) Sort() { yamldiag.Sort(l, (*Error).pos) }

// Error returns the first error and how many more follow, as go/scanner
// does; range over the list to print them all.
func (l ErrorList) Error() string { return yamldiag.ListError(l) }

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
