// Package scaffold writes the starter files of a new crosscheck project: a
// commented .crosscheck.yaml and a rule file with one worked example, the
// files `crosscheck init` creates.
package scaffold

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

//go:embed files
var files embed.FS

// Files are the paths Write creates, relative to its folder, in order.
var Files = []string{".crosscheck.yaml", "rules/example.yaml"}

// source maps each file to its template in the embedded tree (a file name
// starting with a dot cannot be embedded without all:).
var source = map[string]string{
	".crosscheck.yaml":   "files/crosscheck.yaml",
	"rules/example.yaml": "files/rules/example.yaml",
}

// ExistsError says which starter files already exist; Write writes nothing
// then, so no work is ever overwritten.
type ExistsError struct{ Paths []string }

func (e *ExistsError) Error() string {
	verb := "exists"
	if len(e.Paths) > 1 {
		verb = "exist"
	}
	return fmt.Sprintf("%s already %s; init writes nothing over existing files: move them aside, or edit them instead", strings.Join(e.Paths, " and "), verb)
}

// Articles is the folder the starter config reads articles from; Write
// creates it, empty, when it is missing.
const Articles = "articles"

// Write creates the starter files in dir and returns their paths. When any
// of them exists it writes none and returns an *ExistsError.
func Write(dir string) ([]string, error) {
	var exist []string
	for _, f := range Files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if _, err := os.Lstat(p); err == nil {
			exist = append(exist, p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	if len(exist) > 0 {
		return nil, &ExistsError{Paths: exist}
	}
	var written []string
	for _, f := range Files {
		data, err := files.ReadFile(source[f])
		if err != nil {
			return written, err
		}
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return written, err
		}
		// O_EXCL: a file that appeared since the check is still not
		// overwritten.
		fh, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return written, err
		}
		_, err = fh.Write(data)
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return written, err
		}
		written = append(written, p)
	}
	if err := os.MkdirAll(filepath.Join(dir, Articles), 0o755); err != nil {
		return written, err
	}
	return written, nil
}
