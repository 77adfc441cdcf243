package article

import (
	"context"
	"io"
)

// A Reader reads article files one after another, as ReadFileTransient
// does, keeping between them what one file leaves that the next can use:
// the buffer it was read into, and its folder, open, so that the next
// file in the same folder is opened by its name rather than by a walk of
// its whole path. A file a folder walk found (File.Walked) is not asked
// its type and size again either. Reading a corpus of small files, these
// are most of what the system does besides copying their bytes.
//
// A Reader is for one goroutine at a time. Close it when done, to close
// the folder it holds open. The zero Reader reads within DefaultLimits and
// has no standard input.
type Reader struct {
	Stdin  io.Reader // what the path "-" reads
	Limits Limits

	buf []byte
	dir folder
}

// ReadTransient reads f as ReadFileTransient does: the Article fn is
// given, and every string in it, may live in memory that the next file is
// read into, and must not be used once fn returns.
func (r *Reader) ReadTransient(ctx context.Context, f File, fn func(*Article)) []Input {
	return readFile(ctx, f, r.Stdin, r.Limits, true, r, fn)
}

// Close closes the folder r holds open. r may be used again after.
func (r *Reader) Close() error {
	return r.dir.close()
}

// readHow says how readRegular may read a file.
type readHow struct {
	buf    []byte  // to read into when the file fits
	dir    *folder // to open the file relative to, when not nil
	walked bool    // a folder walk listed it as a regular file
}
