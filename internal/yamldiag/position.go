package yamldiag

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// Position is a place in a YAML file. Line and Column are 1-based; Column
// counts characters, not bytes, as editors do. A Position with Line 0 names
// a whole file, and one with no File names no file at all.
type Position struct {
	File         string
	Line, Column int
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "file" or "-", dropping the
// parts that are unknown.
func (p Position) String() string {
	s := p.File
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line)
		if p.Column > 0 {
			s += ":" + strconv.Itoa(p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Message returns msg prefixed with "file:line:col: ", leaving out the
// parts of p that are unknown, or msg alone when p names neither a file nor
// a line.
func Message(p Position, msg string) string {
	if p.File == "" && !p.IsValid() {
		return msg
	}
	return p.String() + ": " + msg
}

// Compare orders positions by file, line and column.
func Compare(a, b Position) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
	)
}

// Sort orders errs by the file, line and column that pos gives for each.
// The sort is stable, so errors at one place keep the order they were found
// in.
func Sort[E any](errs []E, pos func(E) Position) {
	slices.SortStableFunc(errs, func(a, b E) int { return Compare(pos(a), pos(b)) })
}

// ListError is the Error method of a list of errors, after the fashion of
// go/scanner.ErrorList: the first error and how many more follow, or
// "no errors".
func ListError[E error](errs []E) string {
	switch len(errs) {
	case 0:
		return "no errors"
	case 1:
		return errs[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", errs[0], len(errs)-1)
}
