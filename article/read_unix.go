//go:build unix

package article

import (
	"io/fs"
	"os"
	"syscall"
)

// readRegular reads the file at path with system calls alone when it is a
// regular file. Anything else (a pipe, a device) it returns open, as
// stream, for the caller to read through os.File and close: opening a
// named pipe twice would drop the writer's data, or wait for a writer that
// has gone. Why not os.Open: it hands every file to the runtime's poller,
// which for a regular file costs four fcntl calls and an epoll_ctl that
// fails: five system calls more than the open, fstat, reads and close a
// read needs, 81 000 over the 16 000 files of the 100 MB bench corpus. A
// file over limit bytes is a *sizeError, checked by its size before
// reading. The file is read into buf when it fits, so a caller
// can reuse one.
func readRegular(path string, limit int64, buf []byte) (data []byte, stream *os.File, err error) {
	fd, err := retry(func() (int, error) { return syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0) })
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		syscall.Close(fd)
		return nil, nil, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFDIR:
		syscall.Close(fd)
		return nil, nil, errIsDir
	default:
		return nil, os.NewFile(uintptr(fd), path), nil
	}
	defer syscall.Close(fd)
	if st.Size > limit {
		return nil, nil, &sizeError{st.Size}
	}
	// One byte more than the size, for the read that meets the end (as
	// os.ReadFile does); a file that grew meanwhile grows the buffer.
	if need := min(st.Size, limit) + 1; int64(cap(buf)) >= need {
		data = buf[:0]
	} else {
		data = make([]byte, 0, max(need, 512))
	}
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := retry(func() (int, error) { return syscall.Read(fd, data[len(data):cap(data)]) })
		if err != nil {
			return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return data, nil, nil
		}
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return nil, nil, &sizeError{-1}
		}
	}
}

// retry calls f again while it is interrupted by a signal.
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
