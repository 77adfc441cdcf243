package main

import (
	"bytes"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for _, tt := range []struct {
		done, files, bytes int64
		elapsed            time.Duration
		want               string
	}{
		{0, 100, 0, 0, "0/100 files"},
		{25, 100, 50e6, 2 * time.Second, "25/100 files · 25.0 MB/s · 0:06 left"},
		{1, 61, 1e6, time.Second, "1/61 files · 1.0 MB/s · 1:00 left"},
		{100, 100, 1e8, 4 * time.Second, "100/100 files · 25.0 MB/s"},
	} {
		if got := progressLine(tt.done, tt.files, tt.bytes, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%d, %d, %d, %v) = %q, want %q", tt.done, tt.files, tt.bytes, tt.elapsed, got, tt.want)
		}
	}
}

// TestProgressSilentOffTerminal: a pipe or a file (CI logs) never sees the
// bar, however long the run.
func TestProgressSilentOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := startProgress(&buf, false)
	p.add(-3)
	p.add(100)
	p.finish()
	p.finish() // twice is harmless
	if buf.Len() != 0 {
		t.Errorf("progress wrote %q to a non-terminal", buf.String())
	}
}
