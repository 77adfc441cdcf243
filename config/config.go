// Package config reads .crosscheck.yaml, the project configuration file: the
// rules, articles, report formats, failure threshold, baseline and sources
// manifest that "crosscheck check" uses where no flag says otherwise.
//
// The file is a YAML mapping with at most these keys, each optional:
//
//	rules: rules/                 # a rule file or folder, or a list of them
//	paths: [articles/]            # an article file or folder, or a list of them
//	format: [text, sarif:crosscheck.sarif, markdown:summary.md]
//	fail-on: conflict             # conflict, single, revised or never
//	baseline: .crosscheck-baseline.json
//	sources: sources.yaml         # the sources manifest (package sources)
//
// rules, paths and format take one value or a list; fail-on, baseline and
// sources take one value. A format entry is FORMAT, written to standard output, or
// FORMAT:FILE (see SplitFormat). Relative paths, and the FILE of a format
// entry, are relative to the folder that holds the config file. The caller
// says, in Options, which format names and fail-on values it accepts.
//
// Any other key is an error, as are a key given twice, empty values,
// numbers or booleans where a path or a name is wanted (quote them: "2024"),
// and YAML anchors and aliases. Parse reports every error in the file at
// once, each with its line and column.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v4"
)

// Name is the config file's name. It is the only name read, so that no
// folder can hold two config files and leave the reader to guess which one
// counts. Find reports a .crosscheck.yml as an error, so that it is renamed
// rather than silently ignored.
const Name = ".crosscheck.yaml"

// MaxSize is the largest config file read, in bytes. A real one is a few
// lines; the limit stops a wrong path, or a hostile file, from costing
// memory and time.
const MaxSize = 1 << 20

// Config is the configuration of a run: what Parse read from a file, over
// which the caller may set values from flags and defaults, recording each in
// Origin. A field that is empty (nil, "") was not set.
type Config struct {
	// File is the config file read, as given to Load or Parse; "" when
	// there is none.
	File string

	// Rules and Paths are the rule and article files or folders. Relative
	// paths in the file are joined to the folder holding it (see Parse).
	Rules []string
	Paths []string

	// Format holds the reports to write, each "NAME" (to standard output)
	// or "NAME:FILE", with FILE resolved as the paths are. Split an entry
	// with SplitFormat, not at its last colon: FILE may hold one ("C:\x").
	Format []string

	// FailOn is the least severe status that fails a run.
	FailOn string

	// Baseline is the baseline file, resolved as the paths are.
	Baseline string

	// Sources is the sources manifest, resolved as the paths are.
	Sources string

	// Origin says, for each key set, where its value came from, keyed by
	// the YAML key name ("fail-on"): "file:line" for a value that Parse
	// read, and by convention "flag" or "default" for one the caller set.
	// Write prints it beside each value.
	Origin map[string]string
}

// Options says which values Parse accepts where the set is the caller's to
// decide. A nil list accepts any value that is well formed.
type Options struct {
	// Formats lists the format names a format entry may use.
	Formats []string
	// FailOn lists the values fail-on may take.
	FailOn []string
}

// key is one top-level key of the file. Adding a key takes a field in
// Config and an entry in keys.
type key struct {
	name string
	// example is a value to show in hints.
	example string
	// str is the field of a key that takes one value, and strs that of a
	// key that takes a list; exactly one is set.
	str  func(*Config) *string
	strs func(*Config) *[]string
	// value checks one value, at n, and returns it as stored (a path
	// resolved, say); ok is false when it reported an error.
	value func(d *decoder, n *yaml.Node, s string) (v string, ok bool)
}

// keys are the file's keys, in the order that errors list them and Write
// writes them.
var keys = []key{
	{name: "rules", example: "rules/", strs: func(c *Config) *[]string { return &c.Rules }, value: (*decoder).path},
	{name: "paths", example: "articles/", strs: func(c *Config) *[]string { return &c.Paths }, value: (*decoder).path},
	{name: "format", example: "sarif:crosscheck.sarif", strs: func(c *Config) *[]string { return &c.Format }, value: (*decoder).format},
	{name: "fail-on", example: "conflict", str: func(c *Config) *string { return &c.FailOn }, value: (*decoder).failOn},
	{name: "baseline", example: ".crosscheck-baseline.json", str: func(c *Config) *string { return &c.Baseline }, value: (*decoder).path},
	{name: "sources", example: "sources.yaml", str: func(c *Config) *string { return &c.Sources }, value: (*decoder).path},
}

// get returns the key's values in c: nil when it is not set.
func (k *key) get(c *Config) []string {
	if k.strs != nil {
		return *k.strs(c)
	}
	if s := *k.str(c); s != "" {
		return []string{s}
	}
	return nil
}

// set stores the key's values in c.
func (k *key) set(c *Config, vals []string) {
	if k.strs != nil {
		*k.strs(c) = vals
	} else {
		*k.str(c) = vals[0]
	}
}

// Find looks for the config file in dir, then in each folder above it up
// to the top of the git work tree that holds dir (the first folder with a
// .git), or to the root of the file system outside one, and returns the
// path of the first found. Stopping at the repository keeps a stray
// .crosscheck.yaml in a home or temporary folder from changing every
// check of every repository below it.
// It returns "" and no error when there is none, and an ErrorList when a
// folder holds a .crosscheck.yml (see Name) or cannot be searched.
//
// When dir is relative, so is the path returned ("../.crosscheck.yaml"), so
// that paths resolved against it stay short in reports.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", ErrorList{{File: dir, Msg: fmt.Sprintf("cannot look for %s: %v", Name, err)}}
	}
	for d := abs; ; d = filepath.Dir(d) {
		found, err := lookIn(d, func(p string) string { return shorten(dir, abs, p) })
		if err != nil || found != "" {
			return found, err
		}
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil || filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// lookIn reports the config file in the folder d, if any, as show names it.
func lookIn(d string, show func(string) string) (string, error) {
	yamlPath, ymlPath := filepath.Join(d, Name), filepath.Join(d, ".crosscheck.yml")
	yamlInfo, yamlErr := os.Stat(yamlPath)
	_, ymlErr := os.Stat(ymlPath)
	for _, e := range []struct {
		path string
		err  error
	}{{yamlPath, yamlErr}, {ymlPath, ymlErr}} {
		if e.err != nil && !errors.Is(e.err, fs.ErrNotExist) {
			return "", ErrorList{{File: show(e.path), Msg: fmt.Sprintf("cannot look for %s: %v; check the folder's permissions", Name, unwrapPath(e.err))}}
		}
	}
	switch {
	case ymlErr == nil && yamlErr == nil:
		return "", ErrorList{{File: show(ymlPath), Msg: fmt.Sprintf("crosscheck reads its config only from %s, which is beside this file; move what this file holds into it, and delete this one", Name)}}
	case ymlErr == nil:
		return "", ErrorList{{File: show(ymlPath), Msg: fmt.Sprintf("crosscheck reads its config only from %s; rename this file to %s", Name, Name)}}
	case yamlErr != nil:
		return "", nil
	case yamlInfo.IsDir():
		return "", ErrorList{{File: show(yamlPath), Msg: fmt.Sprintf("%s is a folder, not a file; crosscheck reads its config from a file of that name, so rename or remove the folder", Name)}}
	}
	return show(yamlPath), nil
}

// shorten returns p, found while searching upward from dir (abs, made
// absolute), relative to dir if dir is relative. It keeps p absolute if the
// relative path leads elsewhere, as it can when dir is reached through a
// symbolic link.
func shorten(dir, abs, p string) string {
	if filepath.IsAbs(dir) {
		return p
	}
	rel, err := filepath.Rel(abs, p)
	if err != nil {
		return p
	}
	short := filepath.Join(dir, rel)
	a, errA := os.Stat(short)
	b, errB := os.Stat(p)
	if errA != nil || errB != nil || !os.SameFile(a, b) {
		return p
	}
	return short
}

// Load reads the config file at path, as Parse does. Its error, if any, is
// an ErrorList.
func Load(path string, opt Options) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, ErrorList{{File: path, Msg: fmt.Sprintf("cannot read config: %v; check the path and its permissions", unwrapPath(err))}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, ErrorList{{File: path, Msg: fmt.Sprintf("cannot read config: %v; check the path and its permissions", unwrapPath(err))}}
	}
	return Parse(path, data, opt)
}

// Parse checks and decodes a config file; name is the file's path, used in
// errors and Origin, and relative paths in the file are joined to its folder
// (filepath.Dir(name)): "rules/" in "repo/.crosscheck.yaml" is "repo/rules".
// Paths are cleaned, and absolute ones kept as they are.
//
// Parse reports every error in the file, not just the first, as an
// ErrorList sorted by line and column; it then returns no Config. An empty
// file, or one of only comments, is an empty Config.
func Parse(name string, data []byte, opt Options) (*Config, error) {
	if len(data) > MaxSize {
		return nil, ErrorList{{File: name, Msg: fmt.Sprintf("file is over the %d MiB limit for a config file; check that it is the right file: a config file holds a few lines", MaxSize>>20)}}
	}
	c := &Config{File: name, Origin: map[string]string{}}
	d := &decoder{file: name, dir: filepath.Dir(name), opt: opt}
	if root := d.load(data); root != nil {
		d.config(root, c)
	}
	if len(d.errs) > 0 {
		d.errs.Sort()
		return nil, d.errs
	}
	return c, nil
}

// unwrapPath drops the path from a *fs.PathError, since the error names the
// file already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
