package rules

import (
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Load reads, checks and compiles rule files. Each path is a rule file
// (read whatever its name) or a folder, searched recursively for .yaml and
// .yml files; folders whose names start with "." are skipped. Files are
// loaded in order of their slash-separated paths, each once, so the Set is
// the same however the paths are given.
//
// Load reports every error in every file, not just the first: the error is
// an ErrorList, sorted by file, line and column. Fact ids must be unique
// across all the files. On error the Set is nil: a run never starts with
// some of its rules missing.
//
// Load applies the default Limits; LoadLimited takes others.
func Load(paths ...string) (*Set, error) {
	return LoadLimited(Limits{}, paths...)
}

// LoadLimited is Load with the limits lim on each file; a field of lim
// that is zero or less takes its default. A file over a limit is an error
// like any other, at the file (too large) or at the first fact over the
// limit (too many facts).
func LoadLimited(lim Limits, paths ...string) (*Set, error) {
	lim = lim.orDefault()
	var errs ErrorList
	files := ruleFiles(paths, &errs)
	if len(paths) == 0 {
		return nil, errs
	}
	set := &Set{}
	first := map[string]*Fact{}
	compiled := map[string]*Term{}
	for i, r := range readAhead(files, lim) {
		file := files[i]
		switch {
		case r.err != nil:
			errs.addf(Position{File: file}, "cannot read rule file: %v; check the path and its permissions", unwrapPath(r.err))
			continue
		case r.tooBig:
			errs = append(errs, lim.oversize(file, r.src))
			continue
		}
		facts, ferrs := decodeSharing(file, r.yaml, lim, compiled)
		errs = append(errs, ferrs...)
		for _, f := range facts {
			if f.ID == "" {
				continue
			}
			if g := first[f.ID]; g != nil {
				errs.addf(f.idPos, "duplicate id %q, first used at %s; ids must be unique across all rule files, so rename one", f.ID, g.idPos)
				continue
			}
			first[f.ID] = f
			set.Facts = append(set.Facts, f)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return set, nil
}

// Files returns the rule files Load reads for paths, in the order it reads
// them: each path that is a file, and the .yaml and .yml files in each
// folder. Paths that cannot be read, and folders that hold no rule files,
// are reported as Load reports them, in an ErrorList; the files found are
// returned all the same.
func Files(paths ...string) ([]string, error) {
	var errs ErrorList
	files := ruleFiles(paths, &errs)
	errs.Sort()
	return files, errs.Err()
}

// ruleFiles expands paths into the sorted, de-duplicated list of rule files.
func ruleFiles(paths []string, errs *ErrorList) []string {
	if len(paths) == 0 {
		errs.Add(Position{}, "no rule files given; name a rule file or a folder of .yaml files")
		return nil
	}
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs.addf(Position{File: filepath.ToSlash(p)}, "cannot read rules: %v; check the path", unwrapPath(err))
			continue
		}
		if !info.IsDir() {
			files = append(files, filepath.ToSlash(filepath.Clean(p)))
			continue
		}
		n := len(files)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				errs.addf(Position{File: filepath.ToSlash(path)}, "cannot read rules: %v; check the folder's permissions", unwrapPath(err))
			case d.IsDir() && path != p && strings.HasPrefix(d.Name(), "."):
				return filepath.SkipDir
			case !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")):
				files = append(files, filepath.ToSlash(filepath.Clean(path)))
			}
			return nil
		})
		if err == nil && len(files) == n {
			errs.addf(Position{File: filepath.ToSlash(p)}, "folder holds no .yaml or .yml rule files; add one, or name another folder")
		}
	}
	slices.Sort(files)
	return slices.Compact(files)
}

// unwrapPath drops the path from a *fs.PathError, since the Position
// already names the file.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// read is one rule file read and parsed as YAML, or why it was not.
type read struct {
	src    []byte
	tooBig bool
	err    error
	yaml   parsedYAML
}

// readAhead reads and parses the files, in order. Parsing the YAML is most
// of what loading a rule file costs and needs nothing from the other
// files, so while the caller decodes one file (in order: terms compiled
// for one are shared with the next), the next ones are read and parsed on
// the other cores. No more than a few files' trees are held at once,
// whatever the number of files.
func readAhead(files []string, lim Limits) iter.Seq2[int, read] {
	return func(yield func(int, read) bool) {
		workers := min(runtime.GOMAXPROCS(0), len(files))
		if workers <= 1 {
			for i, file := range files {
				if !yield(i, readOne(file, lim)) {
					return
				}
			}
			return
		}
		done := make([]chan read, len(files))
		for i := range done {
			done[i] = make(chan read, 1)
		}
		// A file is started only when fewer than 2×workers are parsed and
		// waiting, which bounds the trees held.
		ahead := make(chan struct{}, 2*workers)
		stop := make(chan struct{})
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					select {
					case ahead <- struct{}{}:
					case <-stop:
						return
					}
					i := int(next.Add(1) - 1)
					if i >= len(files) {
						return
					}
					done[i] <- readOne(files[i], lim)
				}
			})
		}
		defer func() {
			close(stop)
			wg.Wait()
		}()
		for i := range files {
			r := <-done[i]
			<-ahead
			if !yield(i, r) {
				return
			}
		}
	}
}

// readOne reads a rule file and, if it is not over the size limit,
// parses its YAML.
func readOne(file string, lim Limits) read {
	src, tooBig, err := readFile(file, lim)
	r := read{src: src, tooBig: tooBig, err: err}
	if err == nil && !tooBig {
		r.yaml = loadYAML(src)
	}
	return r
}
