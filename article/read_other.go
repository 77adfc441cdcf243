//go:build !unix

package article

import "os"

// readRegular opens the file through os.File on systems other than Unix,
// for the caller to read as a stream (see read_unix.go).
func readRegular(path string, limit int64, how readHow) (data []byte, stream *os.File, err error) {
	f, err := os.Open(path)
	return nil, f, err
}

// folder is a Reader's open folder, on Unix (see read_unix.go); here files
// are opened by their path.
type folder struct{}

func (d *folder) close() error { return nil }
