package rules

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
)

// Position is a place in a rule file. Line and Column are 1-based; Column
// counts characters, not bytes, as editors do. A Position with Line 0 names a
// whole file (one that cannot be read, say), and one with no File names no
// file at all.
type Position struct {
	File         string
	Line, Column int
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "file" or "-", dropping the
// parts that are unknown.
func (p Position) String() string { return yamldiag.Position(p).String() }

// Error is one thing wrong with a rule file. Pos points at the YAML node at
// fault (the misspelt key, the bad value, the fact that lacks a field), and
// Msg says both what is wrong and how to put it right, in one sentence with
// no position and no trailing period:
//
//	unknown field "qantity" in fact; did you mean "quantity"? (allowed: id, title, quantity, unit, match, compare, hedges, examples)
//
// Errors carry their position as data so that editors, SARIF and GitHub
// annotations can point at the line; Error() is for people.
type Error struct {
	Pos Position
	Msg string
}

// Error returns "file:line:col: msg".
func (e *Error) Error() string { return yamldiag.Message(yamldiag.Position(e.Pos), e.Msg) }

// ErrorList is every error found in a set of rule files, after the fashion
// of go/scanner.ErrorList. Load and Parse return one (never a bare *Error),
// sorted by file, line and column.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, msg string) { *l = append(*l, &Error{pos, msg}) }

// addf appends a formatted error.
func (l *ErrorList) addf(pos Position, format string, args ...any) {
	l.Add(pos, fmt.Sprintf(format, args...))
}

// Sort orders the list by file, line and column. The sort is
// stable, so errors at one place keep the order they were found in.
func (l ErrorList) Sort() {
	yamldiag.Sort(l, func(e *Error) yamldiag.Position { return yamldiag.Position(e.Pos) })
}

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
