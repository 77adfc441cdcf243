package sources

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/yamldiag"
)

// Position is a place in a manifest. Line and Column are 1-based; Column
// counts characters, not bytes, as editors do. A Position with Line 0 names
// a whole file (one that cannot be read, say).
type Position struct {
	File         string
	Line, Column int
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "file" or "-", dropping the
// parts that are unknown.
func (p Position) String() string { return yamldiag.Position(p).String() }

// Error is one thing wrong with a manifest. Pos points at the YAML node at
// fault (the misspelt key, the bad date, the entry that sets nothing), and
// Msg says both what is wrong and how to put it right, with no position and
// no trailing period:
//
//	cannot read published date "19/08/2025"; write it as 2025-08-19, 2025-08-19 14:30 or 2025-08-19T14:30:00Z (RFC 3339)
type Error struct {
	Pos Position
	Msg string
}

// Error returns "file:line:col: msg".
func (e *Error) Error() string { return yamldiag.Message(yamldiag.Position(e.Pos), e.Msg) }

// ErrorList is every error found in a manifest, after the fashion of
// go/scanner.ErrorList. Load and Parse return one (never a bare *Error),
// sorted by file, line and column.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, msg string) { *l = append(*l, &Error{pos, msg}) }

func (l *ErrorList) addf(pos Position, format string, args ...any) {
	l.Add(pos, fmt.Sprintf(format, args...))
}

// Sort orders the list by file, line and column. The sort is stable, so
// errors at one place keep the order they were found in.
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

// Warning is something in a manifest that is legal but likely wrong: a
// glob that matches no file. The run goes on.
type Warning struct {
	Pos Position
	Msg string
}

// String returns "file:line:col: warning: msg", as compilers print
// warnings.
func (w Warning) String() string {
	return yamldiag.Message(yamldiag.Position(w.Pos), "warning: "+w.Msg)
}
