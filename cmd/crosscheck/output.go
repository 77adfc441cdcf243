package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// output is where a command writes its report: standard output, or with
// --output a temporary file beside the named one, renamed into place by
// commit only once the report is complete. A failed or interrupted run
// never leaves a truncated report, and a bad path fails before any reading.
type output struct {
	w    io.Writer
	path string   // --output; empty for standard output
	tmp  *os.File // nil for standard output
}

// openOutput returns the output for --output path, or stdout when path is
// empty. The caller defers close.
func openOutput(stdout io.Writer, path string) (*output, error) {
	if path == "" {
		return &output{w: stdout}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".crosscheck-*.tmp")
	if err != nil {
		// The temporary name means nothing to the user: name the folder.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &codeError{code: exitError, err: fmt.Errorf("output %s: cannot write in folder %s: %w", path, filepath.Dir(path), err)}
	}
	return &output{w: tmp, path: path, tmp: tmp}, nil
}

// commit puts a complete report in place; for standard output it does
// nothing.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	// CreateTemp makes the file private (0600); a report is a document
	// like any other the user writes.
	if err := o.tmp.Chmod(0o644); err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("writing report: %w", err)}
	}
	if err := o.tmp.Close(); err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("writing report: %w", err)}
	}
	if err := os.Rename(o.tmp.Name(), o.path); err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("output: %w", err)}
	}
	return nil
}

// close removes the temporary file if commit did not rename it.
func (o *output) close() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
