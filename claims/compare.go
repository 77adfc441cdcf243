package claims

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/checker"
	"github.com/crosscheck-news/crosscheck/rules"
)

// Compare reads claim streams, the files names ("-" for opt.Stdin), and
// compares them as check would have compared their articles: it returns
// a store of the findings of every fact and of the inputs (in path
// order), which the caller closes. Claims go to the store as they are
// read, so a stream of any length is compared in the memory a run of
// check takes; opt.SpillAbove and opt.TempDir apply as to a run, and
// opt.Jobs to the comparing.
//
// A line that cannot be read is skipped as check skips an article it
// cannot read: it becomes a skipped input named NAME:LINE:COLUMN, with
// the reason, and the read goes on. So does a stream that cannot be read
// at all (a missing file, another version), under its name. A report of
// the store then covers the rest and lists what it lacks, and the store's
// FailedInputs counts it.
//
// An input met again (the same stream given twice, or parts that overlap)
// is read once: its later accounts and their claims are left out, with a
// warning, since a second copy of an article's claims would agree with
// the first and outvote the other sources.
//
// warn, when not nil, is told of the inputs met again: the first three of
// each stream by name, then how many more.
func Compare(ctx context.Context, facts []*rules.Fact, names []string, opt checker.Options, warn func(string)) (*checker.Store, error) {
	if warn == nil {
		warn = func(string) {}
	}
	in := opt.Stdin
	st := checker.NewStore(facts, opt)
	fail := func(err error) (*checker.Store, error) {
		st.Close()
		return nil, err
	}
	skip := func(path, reason string) error {
		return st.AddInput(article.Input{Path: path, Status: article.Skipped, Reason: reason})
	}
	// Inputs read so far, by a 128-bit hash of the account (not the
	// path: a JSON-lines file's bad records are inputs of their own under
	// its path, told apart by their reasons), 16 bytes an input at a
	// million articles.
	seen := map[[16]byte]struct{}{}
	var again map[[16]byte]struct{} // paths read twice: their later claims are dropped
	key := func(parts ...string) (k [16]byte) {
		h := fnv.New128a()
		for _, p := range parts {
			h.Write([]byte(p))
			h.Write([]byte{0})
		}
		h.Sum(k[:0])
		return k
	}
	one := make([]checker.Claim, 1)
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		repeats := 0
		// Standard input is a different article in every stream that
		// read it (each part of a sharded run reads its own): "-" is
		// known by the stream as well.
		stdin := func(path string) string {
			if path == "-" {
				return name
			}
			return ""
		}
		lines := 0
		// cancelled is asked at every line: a Ctrl-C ends a long stream
		// within a few thousand lines, not at its end.
		cancelled := func() error {
			if lines++; lines%4096 == 0 {
				return ctx.Err()
			}
			return nil
		}
		err := readStream(in, name, func(r io.Reader) error {
			input := func(in article.Input) error {
				if err := cancelled(); err != nil {
					return err
				}
				k := key(in.Path, in.Status, in.Reason, stdin(in.Path))
				if _, ok := seen[k]; ok {
					if in.Status == article.ReadOK {
						if again == nil {
							again = map[[16]byte]struct{}{}
						}
						again[key(in.Path, stdin(in.Path))] = struct{}{}
					}
					if repeats++; repeats <= 3 {
						warn(fmt.Sprintf("%s: %s was read already, from this or an earlier stream; its claims are counted once", name, in.Path))
					}
					return nil
				}
				seen[k] = struct{}{}
				return st.AddInput(in)
			}
			return ReadEach(name, r, input, func(c checker.Claim) error {
				if err := cancelled(); err != nil {
					return err
				}
				if again != nil {
					from := c.Article
					if c.Origin != nil && c.Origin.File != "" {
						from = c.Origin.File // a JSON-lines record's input is its file
					}
					if _, ok := again[key(from, stdin(from))]; ok {
						return nil
					}
				}
				one[0] = c
				return st.Add(one)
			}, func(e *Error) error {
				return skip(e.Position(), e.Msg)
			})
		})
		if repeats > 3 {
			more := fmt.Sprintf("%d more inputs", repeats-3)
			if repeats == 4 {
				more = "1 more input"
			}
			warn(fmt.Sprintf("%s: %s that were read already are counted once too", name, more))
		}
		var ce *Error
		var se *streamError
		switch {
		case errors.As(err, &ce):
			err = skip(ce.Position(), ce.Msg+"; the rest of the stream is not read")
		case errors.As(err, &se):
			err = skip(se.name, article.Reason(se.err))
		}
		if err != nil {
			return fail(err)
		}
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if err := st.Compare(); err != nil {
		return fail(err)
	}
	return st, nil
}

// readStream opens one claim stream, the file name or in for "-", for
// read. A stream that cannot be opened is a *streamError.
func readStream(in io.Reader, name string, read func(io.Reader) error) error {
	if name == "-" {
		if in == nil {
			return &streamError{name, errors.New("no standard input is given to this run")}
		}
		return read(in)
	}
	fh, err := os.Open(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &streamError{name, err}
	}
	defer fh.Close()
	if fi, err := fh.Stat(); err == nil && fi.IsDir() {
		return &streamError{name, errors.New("a folder, not a claims stream; name the files crosscheck extract wrote")}
	}
	return read(fh)
}

// streamError is a claim stream that cannot be opened.
type streamError struct {
	name string
	err  error
}

func (e *streamError) Error() string { return fmt.Sprintf("claims %s: %v", e.name, e.err) }
func (e *streamError) Unwrap() error { return e.err }
