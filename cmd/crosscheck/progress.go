package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// progress draws a one-line progress bar on standard error while articles
// are read: files done of all, MB/s and the time left. It draws only on a
// terminal, never with --quiet, and only once a run has lasted long enough
// to need it, so short runs, pipes and CI logs see nothing.
type progress struct {
	w           io.Writer
	files, done atomic.Int64
	bytes       atomic.Int64
	start       time.Time
	stop        chan struct{}
	wg          sync.WaitGroup
	drawn       bool
	drawing     bool // a terminal, and not --quiet: the bar is drawn
}

// progressDelay is how long a run goes before the bar appears, and
// progressEvery how often it is redrawn.
const (
	progressDelay = time.Second
	progressEvery = 200 * time.Millisecond
)

// startProgress returns a progress bar on w, or an inert one when w is not
// a terminal or quiet is set. Its add is the checker's Options.Progress.
func startProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, start: time.Now(), stop: make(chan struct{})}
	if quiet || !isTerminal(w) {
		return p
	}
	p.drawing = true
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case now := <-t.C:
				if now.Sub(p.start) >= progressDelay {
					p.draw(now)
				}
			}
		}
	}()
	return p
}

// add is called with -files once, then with each article's bytes.
// callback is add for checker.Options.Progress when the bar is drawn, and
// nil when it is not: a run then skips the walk that counts the files.
func (p *progress) callback() func(int) {
	if !p.drawing {
		return nil
	}
	return p.add
}

func (p *progress) add(n int) {
	if n < 0 {
		p.files.Add(int64(-n))
		return
	}
	p.done.Add(1)
	p.bytes.Add(int64(n))
}

func (p *progress) draw(now time.Time) {
	p.drawn = true
	fmt.Fprint(p.w, "\r\x1b[K"+progressLine(p.done.Load(), p.files.Load(), p.bytes.Load(), now.Sub(p.start)))
}

// progressLine is the bar's text: "1,204/5,000 files · 48.3 MB/s · 0:42 left".
func progressLine(done, files, bytes int64, elapsed time.Duration) string {
	line := fmt.Sprintf("%d/%d files", done, files)
	if secs := elapsed.Seconds(); secs > 0 {
		line += fmt.Sprintf(" · %.1f MB/s", float64(bytes)/1e6/secs)
	}
	if done > 0 && files > done {
		left := time.Duration(float64(elapsed) * float64(files-done) / float64(done)).Round(time.Second)
		line += fmt.Sprintf(" · %d:%02d left", int(left.Minutes()), int(left.Seconds())%60)
	}
	return line
}

// finish stops the bar and clears its line, so the report that follows
// starts clean.
func (p *progress) finish() {
	select {
	case <-p.stop:
		return
	default:
	}
	close(p.stop)
	p.wg.Wait()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
