//go:build !unix

package article

import "os"

// readRegular opens the file through os.File on systems other than Unix,
// for the caller to read as a stream (see read_unix.go).
func readRegular(path string, limit int64, buf []byte) (data []byte, stream *os.File, err error) {
	f, err := os.Open(path)
	return nil, f, err
}
