package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputToADevice: a report to a device or a pipe is written in place.
// Renaming a temporary file over it would replace it: run as root with
// -o /dev/null, that broke the machine's /dev/null.
func TestOutputToADevice(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- b
	}()
	o, err := openOutput(nil, fifo)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(o.w, "report\n")
	if err := o.commit(); err != nil {
		t.Fatal(err)
	}
	o.close()
	if b := <-got; !bytes.Equal(b, []byte("report\n")) {
		t.Errorf("the pipe got %q", b)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi.Mode(), err)
	}
}

// TestOutputThroughALink: a report to a symbolic link replaces the file it
// names and leaves the link.
func TestOutputThroughALink(t *testing.T) {
	dir := t.TempDir()
	target, link := filepath.Join(dir, "report.txt"), filepath.Join(dir, "latest.txt")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	o, err := openOutput(nil, link)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(o.w, "new\n")
	if err := o.commit(); err != nil {
		t.Fatal(err)
	}
	o.close()
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new\n" {
		t.Errorf("target holds %q", b)
	}
}
