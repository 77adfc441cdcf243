//go:build unix

package article

import (
	"os"
	"syscall"
)

// fileID returns the device and inode of the file fi describes: what
// os.SameFile compares on Unix, in 16 bytes.
func fileID(fi os.FileInfo) ([2]uint64, bool) {
	if fi == nil {
		return [2]uint64{}, false
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return [2]uint64{}, false
	}
	return [2]uint64{uint64(st.Dev), uint64(st.Ino)}, true
}
