package checker

import (
	"container/heap"
	"encoding/binary"
	"fmt"
	"io"
	"iter"

	"github.com/crosscheck-news/crosscheck/article"
)

// inputLog keeps the account of a run's inputs the way a Store keeps its
// claims: encoded, in memory up to a limit and then in a temporary file,
// and gives them back in path order. A report lists every input, and at a
// million files an article.Input each, with its path, was 200 MB that
// nothing needed until the report.
//
// Inputs come in the order files are read, which is path order but for a
// folder whose name is a prefix of a sibling's ("2024" before "2024.md",
// which sorts first) and for paths given in no order: the log is cut into
// runs that are each in path order, and a pass merges the runs. A
// corpus laid out the usual way is one run, or a few.
type inputLog struct {
	sp      *spill
	pend    []byte // encoded inputs not yet written: one write per window
	rec     []byte // the input being added, encoded
	runs    []inputRun
	last    string // the path of the last input added
	window  int    // bytes written and read at once; 0 means inputWindow
	count   int
	failed  int
	skipped int
	warned  int // inputs read with warnings
}

// inputRun is a run of inputs in path order: n encoded inputs at [off, end).
type inputRun struct {
	off, end int64
	n        int
}

const inputWindow = 64 << 10

func (l *inputLog) add(in article.Input) error {
	at := l.sp.size + int64(len(l.pend)) // where in will be
	if len(l.runs) == 0 || in.Path < l.last {
		l.runs = append(l.runs, inputRun{off: at, end: at})
	}
	l.rec = appendInput(l.rec[:0], &in)
	l.pend = binary.AppendUvarint(l.pend, uint64(len(l.rec)))
	l.pend = append(l.pend, l.rec...)
	r := &l.runs[len(l.runs)-1]
	r.end = l.sp.size + int64(len(l.pend))
	r.n++
	l.last = in.Path
	l.count++
	if in.Fails() {
		l.failed++
	}
	if in.Status == article.Skipped {
		l.skipped++
	}
	if len(in.Warnings) > 0 {
		l.warned++
	}
	if len(l.pend) >= l.windowSize() {
		return l.flush()
	}
	return nil
}

func (l *inputLog) flush() error {
	if len(l.pend) == 0 {
		return nil
	}
	if _, err := l.sp.write(l.pend); err != nil {
		return err
	}
	l.pend = l.pend[:0]
	return nil
}

func (l *inputLog) windowSize() int {
	if l.window > 0 {
		return l.window
	}
	return inputWindow
}

// all yields the inputs in path order, inputs of one path in the order
// they were added (a stable sort, as Run's).
func (l *inputLog) all() iter.Seq2[article.Input, error] {
	return func(yield func(article.Input, error) bool) {
		h := make(cursorHeap, 0, len(l.runs))
		for i, r := range l.runs {
			c := &inputCursor{sp: l.sp, pos: r.off, end: r.end, left: r.n, run: i, window: l.windowSize()}
			ok, err := c.next()
			if err != nil {
				yield(article.Input{}, err)
				return
			}
			if ok {
				h = append(h, c)
			}
		}
		heap.Init(&h)
		for len(h) > 0 {
			c := h[0]
			if !yield(c.head, nil) {
				return
			}
			ok, err := c.next()
			if err != nil {
				yield(article.Input{}, err)
				return
			}
			if ok {
				heap.Fix(&h, 0)
			} else {
				heap.Pop(&h)
			}
		}
	}
}

// inputCursor reads one run a window at a time.
type inputCursor struct {
	sp       *spill
	pos, end int64 // the bytes of the run not yet read into win
	win      []byte
	at       int // the next byte of win to decode
	left     int // inputs not yet decoded
	run      int
	window   int
	head     article.Input
}

// next decodes the run's next input into head, and reports false at the
// end of the run.
func (c *inputCursor) next() (bool, error) {
	if c.left == 0 {
		return false, nil
	}
	n, k := binary.Uvarint(c.win[c.at:])
	if k <= 0 {
		if err := c.fill(binary.MaxVarintLen64); err != nil {
			return false, err
		}
		if n, k = binary.Uvarint(c.win[c.at:]); k <= 0 {
			return false, fmt.Errorf("reading back inputs: a bad length at byte %d", c.pos)
		}
	}
	if uint64(len(c.win)-c.at-k) < n {
		if err := c.fill(k + int(n)); err != nil {
			return false, err
		}
		if uint64(len(c.win)-c.at-k) < n {
			return false, fmt.Errorf("reading back inputs: %w", io.ErrUnexpectedEOF)
		}
	}
	body := c.win[c.at+k : c.at+k+int(n)]
	in, err := decodeInput(body)
	if err != nil {
		return false, err
	}
	c.at += k + int(n)
	c.left--
	c.head = in
	return true, nil
}

// fill reads on until win holds at least need bytes from at, or the run
// ends.
func (c *inputCursor) fill(need int) error {
	rest := copy(c.win, c.win[c.at:])
	c.win, c.at = c.win[:rest], 0
	want := max(need, c.window)
	more := min(int64(want-rest), c.end-c.pos)
	if more <= 0 {
		return nil
	}
	if cap(c.win) < rest+int(more) {
		w := make([]byte, rest, rest+int(more))
		copy(w, c.win)
		c.win = w
	}
	b := c.win[rest : rest+int(more)]
	if err := c.sp.readAt(b, c.pos); err != nil {
		return err
	}
	c.win = c.win[:rest+int(more)]
	c.pos += more
	return nil
}

// cursorHeap orders cursors by their head's path, then by run, so that
// inputs of one path come in the order they were added.
type cursorHeap []*inputCursor

func (h cursorHeap) Len() int { return len(h) }
func (h cursorHeap) Less(i, j int) bool {
	if h[i].head.Path != h[j].head.Path {
		return h[i].head.Path < h[j].head.Path
	}
	return h[i].run < h[j].run
}
func (h cursorHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)   { *h = append(*h, x.(*inputCursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// appendInput appends the encoding of *in: Path, Status, Reason, Format
// (strings), Articles (varint), the Warnings (a count, then strings),
// Benign (a byte).
func appendInput(b []byte, in *article.Input) []byte {
	b = appendString(b, in.Path)
	b = appendString(b, in.Status)
	b = appendString(b, in.Reason)
	b = appendString(b, string(in.Format))
	b = binary.AppendVarint(b, int64(in.Articles))
	b = binary.AppendUvarint(b, uint64(len(in.Warnings)))
	for _, w := range in.Warnings {
		b = appendString(b, w)
	}
	if in.Benign {
		return append(b, 1)
	}
	return append(b, 0)
}

// decodeInput decodes what appendInput wrote, all of b. An input's strings
// are its own.
func decodeInput(b []byte) (article.Input, error) {
	r := &claimReader{b: b}
	var in article.Input
	in.Path = string(r.bytes("Path"))
	in.Status = string(r.bytes("Status"))
	in.Reason = string(r.bytes("Reason"))
	in.Format = article.Format(r.bytes("Format"))
	in.Articles = r.int("Articles")
	n := r.uvarint("Warnings")
	if r.err == nil && n > uint64(len(b)-r.off) {
		r.fail("Warnings", r.off, io.ErrUnexpectedEOF) // each takes a byte at least
	}
	if r.err == nil && n > 0 {
		in.Warnings = make([]string, n)
		for i := range in.Warnings {
			in.Warnings[i] = string(r.bytes("Warnings"))
		}
	}
	switch r.byte("Benign") {
	case 0:
	case 1:
		in.Benign = true
	default:
		r.fail("Benign", r.off-1, errOutOfRange)
	}
	if r.err == nil && r.off != len(b) {
		r.fail("the end", r.off, errOutOfRange)
	}
	if r.err != nil {
		return article.Input{}, fmt.Errorf("reading back inputs: %w", r.err)
	}
	return in, nil
}
