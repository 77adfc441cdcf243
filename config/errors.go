package config

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// Error is one thing wrong with a config file. Line and Column are 1-based,
// Column counting characters as editors do, and point at the YAML node at
// fault (the misspelt key, the bad value);
// Line is 0 when the error is about the whole file (it cannot be read, or is
// too big). Msg says both what is wrong and how to put it right, with no
// position and no trailing period:
//
//	unknown key "failon"; did you mean "fail-on"? (keys: rules, paths, format, fail-on, baseline)
type Error struct {
	File         string
	Line, Column int
	Msg          string
}

// Error returns "file:line:col: msg", leaving out the parts that are
// unknown.
func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(e.Line)
		if e.Column > 0 {
			s += ":" + strconv.Itoa(e.Column)
		}
	}
	if s == "" {
		return e.Msg
	}
	return s + ": " + e.Msg
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
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
		)
	})
}

// Error returns the first error and how many more follow, as go/scanner
// does; range over the list to print them all.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
