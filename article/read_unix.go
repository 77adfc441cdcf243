//go:build unix

package article

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
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
// reading. The file is read into how.buf when it fits, so a caller can
// reuse one.
//
// A file how.walked says a folder walk listed as a regular file is not
// asked its type and size again while it fits the buffer: one fstat a
// file, of five system calls, for most articles. One that fills the
// buffer is asked its size then, once: one over limit is refused without
// reading the rest, one under it gets a buffer of its size. Should a
// walked file have become a folder since, the read says so (EISDIR).
func readRegular(path string, limit int64, how readHow) (data []byte, stream *os.File, err error) {
	fd, err := how.dir.open(path)
	if err != nil {
		return nil, nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	size := int64(-1)
	if !how.walked {
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
		if st.Size > limit {
			syscall.Close(fd)
			return nil, nil, &sizeError{st.Size}
		}
		size = st.Size
	}
	defer syscall.Close(fd)
	// One byte more than the size, for the read that meets the end (as
	// os.ReadFile does); a file that grew meanwhile, or whose size is not
	// known, grows the buffer.
	need := int64(minReadBuffer)
	if size >= 0 {
		need = max(min(size, limit)+1, 512)
	}
	if int64(cap(how.buf)) >= need {
		data = how.buf[:0]
	} else {
		data = make([]byte, 0, need)
	}
	asked := size >= 0 // whether fstat has said the size
	for {
		if len(data) == cap(data) && !asked {
			asked = true
			var st syscall.Stat_t
			if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
				if st.Size > limit {
					return nil, nil, &sizeError{st.Size}
				}
				size = st.Size
				data = slices.Grow(data, max(0, int(min(size, limit)+1)-len(data)))
			}
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := retry(func() (int, error) { return syscall.Read(fd, data[len(data):cap(data)]) })
		if err == syscall.EISDIR {
			return nil, nil, errIsDir
		}
		if err != nil {
			return nil, nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return data, nil, nil
		}
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			var st syscall.Stat_t
			if !asked && syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG && st.Size > limit {
				return nil, nil, &sizeError{st.Size}
			}
			return nil, nil, &sizeError{-1}
		}
	}
}

// minReadBuffer is the least a file is read into when its size is not
// known: most news articles fit, so most take a single read and the one
// that meets the end.
const minReadBuffer = 32 << 10

// folder is the folder a Reader's last file was in, kept open so that the
// next file in it is opened by its name alone (openat) rather than by its
// whole path, each of whose folders the kernel would look up again: at
// 16 000 files to 100 MB of news, with a walk handing on a folder's files
// one after another, that path walk is a fifth of what the system does to
// read them. The folder is the one the path named when it was opened: were
// it renamed or replaced in the middle of a run, the files still to be read
// would come from the one that was listed.
type folder struct {
	path string // the folder, with its final slash
	fd   int    // -1 when it could not be opened: files are opened by path
}

// open opens path for reading, by its name in d's folder when d is not
// nil, opening that folder first when path is in another.
func (d *folder) open(path string) (int, error) {
	const flags = syscall.O_RDONLY | syscall.O_CLOEXEC
	i := strings.LastIndexByte(path, '/')
	if d == nil || i < 0 || i == len(path)-1 {
		return retry(func() (int, error) { return syscall.Open(path, flags, 0) })
	}
	dir, name := path[:i+1], path[i+1:]
	if dir != d.path {
		d.close()
		fd, err := retry(func() (int, error) { return syscall.Open(dir, flags|syscall.O_DIRECTORY, 0) })
		if err != nil {
			// A folder that can be searched but not read (mode
			// 0311) still lets its files be opened by path.
			fd = -1
		}
		d.path, d.fd = dir, fd
	}
	if d.fd < 0 {
		return retry(func() (int, error) { return syscall.Open(path, flags, 0) })
	}
	return retry(func() (int, error) { return unix.Openat(d.fd, name, flags, 0) })
}

// close closes d's folder, if it has one open.
func (d *folder) close() error {
	var err error
	if d.path != "" && d.fd >= 0 {
		err = syscall.Close(d.fd)
	}
	d.path, d.fd = "", -1
	return err
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
