//go:build unix

package article

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestReadFIFO: a named pipe is opened once and read as a stream. Opened a
// second time, the writer's data would be gone with the first reader, or
// the read would wait for a writer that had left.
func TestReadFIFO(t *testing.T) {
	for run := range 5 {
		p := filepath.Join(t.TempDir(), "a.md")
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		wrote := make(chan error, 1)
		go func() {
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				wrote <- err
				return
			}
			_, err = f.Write([]byte("Seven civilians were killed.\n"))
			f.Close()
			wrote <- err
		}()
		read := make(chan string, 1)
		go func() {
			var text string
			in := ReadFileContext(context.Background(), File{Path: p}, nil, Limits{}, func(a *Article) { text = a.Text })
			if in[0].Status != ReadOK {
				text = "skipped: " + in[0].Reason
			}
			read <- text
		}()
		select {
		case text := <-read:
			if text != "Seven civilians were killed.\n" {
				t.Errorf("run %d: read %q from the pipe", run, text)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("run %d: reading a named pipe did not finish", run)
		}
		if err := <-wrote; err != nil {
			t.Errorf("run %d: writer: %v", run, err)
		}
	}
}

// TestReadSizeZero: a file whose size says 0 but that holds bytes (the
// files of /proc) is read to its end, not stopped at the size fstat gave.
func TestReadSizeZero(t *testing.T) {
	const path = "/proc/self/status"
	if _, err := os.Stat(path); err != nil {
		t.Skip("no /proc here")
	}
	data, stream, err := readRegular(path, 1<<20, readHow{})
	if err != nil || stream != nil {
		t.Fatalf("readRegular(%s): stream %v, err %v", path, stream, err)
	}
	if !bytes.Contains(data, []byte("Name:")) {
		t.Errorf("read %d bytes of %s, without its first line", len(data), path)
	}
}

// TestReaderHoldsOneFolder: a Reader keeps at most one folder open,
// whatever the number of folders it reads from, and none once closed.
func TestReaderHoldsOneFolder(t *testing.T) {
	open := func() int {
		fds, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Skip("no /proc/self/fd here")
		}
		return len(fds)
	}
	dir := t.TempDir()
	var files []File
	for i := range 40 {
		d := filepath.Join(dir, "f"+strconv.Itoa(i))
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(d, "a.md")
		if err := os.WriteFile(p, []byte("Seven were killed.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Path: p, Walked: i%2 == 0})
	}
	before := open()
	var r Reader
	for _, f := range files {
		if in := r.ReadTransient(context.Background(), f, func(*Article) {}); in[0].Status != ReadOK {
			t.Fatalf("%s: %+v", f.Path, in[0])
		}
		if n := open(); n > before+1 {
			t.Fatalf("after %s, %d files open, %d before the Reader", f.Path, n, before)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if n := open(); n != before {
		t.Errorf("closed, the Reader leaves %d files open, %d before it", n, before)
	}
	if err := r.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
}

// TestReadWalkedHugeFile: a walked file far over the limit is refused by
// its size, not read up to the limit first. The walk does not ask a
// file's size; the read asks it once the file fills the buffer.
func TestReadWalkedHugeFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "dump.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: a gigabyte that takes no room on the disk.
	if err := f.Truncate(1 << 30); err != nil {
		f.Close()
		t.Skipf("truncate: %v", err)
	}
	f.Close()
	const limit = 64 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, stream, err := readRegular(p, limit, readHow{walked: true})
	runtime.ReadMemStats(&after)
	var big *sizeError
	if stream != nil || !errors.As(err, &big) || big.size != 1<<30 {
		t.Fatalf("readRegular(1 GiB file, limit 64 MiB) = stream %v, err %v; want the file's size refused", stream, err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing a 1 GiB file allocated %d bytes: it was read, not refused by its size", n)
	}
}
