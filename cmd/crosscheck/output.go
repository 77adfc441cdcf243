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
	w      io.Writer
	path   string   // --output; empty for standard output
	tmp    *os.File // nil for standard output
	direct *os.File // a device or pipe written in place; nil otherwise
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// openOutput returns the output for --output path, or stdout when path is
// empty. The caller defers close.
func openOutput(stdout io.Writer, path string) (*output, error) {
	if path == "" {
		return &output{w: stdout}, nil
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		// A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written
		// in place: renaming a file over it would replace the device, and
		// as root that breaks the machine's /dev/null.
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, &codeError{code: exitError, err: fmt.Errorf("output %s: %w", path, unwrapPathErr(err))}
		}
		return &output{w: f, direct: f}, nil
	}
	// Through a symbolic link, the file it names is replaced, not the link.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
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
	if o.direct != nil {
		err := o.direct.Close()
		o.direct = nil
		if err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("writing report: %w", err)}
		}
		return nil
	}
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
	if o.direct != nil {
		o.direct.Close()
	}
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}
