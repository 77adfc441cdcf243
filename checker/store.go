package checker

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"slices"
	"sync"
	"unsafe"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/rules"
)

// A Store gathers a run's claims fact by fact and compares them into
// findings, holding no more than a bounded amount of them in memory: past
// Options.SpillAbove bytes of encoded claims it moves them to a temporary
// file, and Findings reads each finding's claims back only when it is
// asked for. A run over a million articles then holds the matcher, a
// window of articles, one fact's claims and pairs, and each finding's
// verdict (status, counts, consensus), whatever the size of the corpus; with
// every claim in memory a 1 GB corpus × 1000 rules held 320 000 claims at
// 384 bytes each, with their sentences, and twice that while they grew.
//
// Encoded claims carry no pointers, so even in memory they cost the
// garbage collector nothing to scan.
//
// Use: Add the claims as they come (from one goroutine), Compare once,
// then range over Findings as many times as needed; Close removes the
// temporary file.
type Store struct {
	sorted []*rules.Fact
	rankOf func(id string) int
	sp     *spill

	// Claims added since the last flush, encoded one after another, and
	// which fact each belongs to; flush writes them out fact by fact, so
	// a fact's claims are a few long runs of the spill, not one run per
	// claim.
	pend    []byte
	recs    []pendRec
	flushAt int     // bytes pending that make Add flush; tests lower it
	out     []byte  // flush's buffer, kept for the next
	runs    [][]run // per fact rank: where its added claims are
	counts  []int   // per fact rank: how many claims
	blocks  []run   // what each flush wrote, in order
	// ahead is how many bytes raw reads from the file at least, 0 for
	// readAhead's choice; tests lower it.
	ahead int

	inputs inputLog

	found    []Finding // Claims and pairs nil: kept in found[i]'s runs
	at       []run     // found[i]'s claims
	n        []int     // how many
	pairsAt  []run     // found[i]'s pairs
	compared bool
	err      error // the first error of Add or Compare; the store is unusable after it
	jobs     int   // facts Compare compares at once
}

type pendRec struct {
	rank       int32
	start, end int32
}

// run is n bytes of encoded claims at off in the spill.
type run struct {
	off int64
	n   int
}

// pendLimit is how many bytes of encoded claims Add keeps before it sorts
// them by fact into the spill: large enough that a fact's claims land in
// long runs, small enough not to count in a run's memory.
const pendLimit = 1 << 20

// pendSlack is the room past flushAt a pending buffer starts with: the
// claim that reaches flushAt is encoded before the flush.
const pendSlack = 16 << 10

// DefaultSpillAbove is how many bytes of encoded claims (and as many of
// inputs) a Store keeps in memory before it moves them to a temporary
// file. The claims are held twice, as extracted and as compared: the
// bench's 100 MB corpus (16 000 articles) stays in memory with 10 rules
// (1.2 MB of claims, 1.3 MB of inputs) and goes to disk with 100.
const DefaultSpillAbove = 4 << 20

// NewStore returns a store for the claims of facts; claims of any other
// fact are dropped, as Compare drops them. opt.SpillAbove and opt.TempDir
// say when and where claims go to disk.
func NewStore(facts []*rules.Fact, opt Options) *Store {
	sorted, rankOf := factOrder(facts)
	limit := opt.SpillAbove
	if limit == 0 {
		limit = DefaultSpillAbove
	}
	jobs := opt.Jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	return &Store{
		sorted:  sorted,
		rankOf:  rankOf,
		sp:      &spill{dir: opt.TempDir, limit: max(limit, 0), what: "claims"},
		inputs:  inputLog{sp: &spill{dir: opt.TempDir, limit: max(limit, 0), what: "inputs"}},
		runs:    make([][]run, len(sorted)),
		counts:  make([]int, len(sorted)),
		flushAt: pendLimit,
		jobs:    jobs,
	}
}

// Add keeps cs, copying them: the caller may reuse the slice. An error
// (the temporary file could not be written) is final: later calls return
// it too.
func (s *Store) Add(cs []Claim) error {
	if s.err != nil {
		return s.err
	}
	if s.compared {
		return errors.New("checker: Store.Add after Compare")
	}
	for i := range cs {
		r := s.rankOf(cs[i].Fact)
		if r >= len(s.sorted) {
			continue
		}
		if s.pend == nil {
			// Room for a flush's worth at once: grown by append, a
			// quarter at a time past 256 KB, it left five times its
			// size in garbage, and each collection is a pass over the
			// matcher of a large rule set.
			s.pend = make([]byte, 0, s.flushAt+pendSlack)
		}
		start := len(s.pend)
		s.pend = appendClaim(s.pend, &cs[i])
		s.recs = append(s.recs, pendRec{rank: int32(r), start: int32(start), end: int32(len(s.pend))})
		s.counts[r]++
		if len(s.pend) >= s.flushAt {
			if err := s.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

// flush writes the pending claims to the spill grouped by fact, each
// fact's in the order they were added, and records the runs.
func (s *Store) flush() error {
	if len(s.recs) == 0 {
		return nil
	}
	// A counting sort by rank: stable, and linear in the claims.
	first := make([]int32, len(s.sorted)+1)
	for _, rec := range s.recs {
		first[rec.rank+1]++
	}
	for r := 1; r < len(first); r++ {
		first[r] += first[r-1]
	}
	order := make([]int32, len(s.recs))
	next := append([]int32(nil), first[:len(s.sorted)]...)
	for i, rec := range s.recs {
		order[next[rec.rank]] = int32(i)
		next[rec.rank]++
	}
	// out is allocated at its size, not grown into it; the spill keeps it
	// while it holds claims in memory, and a file's spill lets flush use
	// it again.
	out := s.out[:0]
	if cap(out) < len(s.pend) {
		out = make([]byte, 0, len(s.pend))
	}
	base := s.sp.size // where out will start
	for r := range s.sorted {
		if first[r] == first[r+1] {
			continue
		}
		start := len(out)
		for _, i := range order[first[r]:first[r+1]] {
			rec := s.recs[i]
			out = append(out, s.pend[rec.start:rec.end]...)
		}
		s.runs[r] = append(s.runs[r], run{off: base + int64(start), n: len(out) - start})
	}
	s.blocks = append(s.blocks, run{off: base, n: len(out)})
	kept, err := s.sp.writeKept(out)
	if err != nil {
		s.err = err
		return err
	}
	s.out = nil
	if !kept {
		s.out = out
	}
	s.pend, s.recs = s.pend[:0], s.recs[:0]
	return nil
}

// Compare compares the claims of each fact, several small facts at once
// on as many cores as Options.Jobs says but never more claims at once
// than the largest fact has (or 1 MB of them, encoded), and keeps the
// findings: their claims, sorted and marked as Compare marks them,
// and the pairs that disagree go back to the spill, and the verdicts stay
// in memory. Compare gives
// the findings Compare would for the same claims in the same order.
func (s *Store) Compare() error {
	if s.err != nil {
		return s.err
	}
	if s.compared {
		return nil
	}
	if err := s.flush(); err != nil {
		return err
	}
	if err := s.inputs.flush(); err != nil {
		s.err = err
		return err
	}
	s.compared = true
	s.pend, s.recs, s.out = nil, nil, nil
	s.found = make([]Finding, len(s.sorted))
	s.at = make([]run, len(s.sorted))
	s.n = make([]int, len(s.sorted))
	s.pairsAt = make([]run, len(s.sorted))
	// Facts are compared on every core: after the extraction, comparing
	// a large corpus's claims one fact after another was the longest
	// stretch of a run on one core. This goroutine alone touches the
	// spill, reading each fact's bytes and writing its result back; the
	// workers decode, compare and encode. Bytes read from memory are
	// never written again, so a worker may decode them while more is
	// written; bytes read from the file get a buffer each.
	type task struct {
		r   int
		raw [][]byte
	}
	type result struct {
		r          int
		fd         Finding
		enc        []byte
		claimBytes int
		err        error
	}
	tasks := make(chan task)
	results := make(chan result)
	// quit lets a worker go when this loop has stopped taking results:
	// otherwise a panic here would wait for ever, in the deferred Wait,
	// on workers blocked sending, and a bug would hang the run instead of
	// ending it with its stack.
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for range s.jobs {
		wg.Go(func() {
			var cs []Claim // decoded into, fact after fact
			for t := range tasks {
				res := result{r: t.r}
				res.fd, res.enc, res.claimBytes, res.err = s.compareRaw(t.r, t.raw, &cs)
				select {
				case results <- res:
				case <-quit:
					return
				}
			}
		})
	}
	defer func() {
		close(quit)
		close(tasks)
		wg.Wait()
	}()
	// A fact goes to a worker while the others' claims in flight and its
	// own come to no more than the largest fact's (or 1 MB, encoded):
	// memory then peaks about where comparing one fact at a time peaked,
	// with that fact, and the many small facts of a large rule set still
	// go side by side.
	size := make([]int, len(s.sorted))
	budget := 1 << 20
	for r, runs := range s.runs {
		for _, rn := range runs {
			size[r] += rn.n
		}
		budget = max(budget, size[r])
	}
	next, inFlight, inBytes := 0, 0, 0
	var t *task // the next fact's, read and not yet taken
	rd := s.newRawReader()
	for {
		if t == nil && next < len(s.sorted) && s.err == nil &&
			inFlight < s.jobs && (inFlight == 0 || inBytes+size[next] <= budget) {
			raw, err := rd.raw(s.runs[next])
			if err != nil {
				s.err = err
			} else {
				t = &task{r: next, raw: raw}
			}
		}
		var send chan task
		if t != nil && s.err == nil {
			send = tasks
		}
		if send == nil && inFlight == 0 {
			break // all done, or an error and nothing left to wait for
		}
		var sent task
		if t != nil {
			sent = *t
		}
		select {
		case send <- sent:
			s.runs[next] = nil
			t = nil
			inBytes += size[next]
			next++
			inFlight++
		case res := <-results:
			if testHookResult != nil {
				testHookResult()
			}
			inFlight--
			inBytes -= size[res.r]
			if s.err != nil {
				continue
			}
			if res.err != nil {
				s.err = res.err
				continue
			}
			off, err := s.sp.writeOwned(res.enc)
			if err != nil {
				s.err = err
				continue
			}
			r, fd := res.r, res.fd
			s.at[r] = run{off: off, n: res.claimBytes}
			s.pairsAt[r] = run{off: off + int64(res.claimBytes), n: len(res.enc) - res.claimBytes}
			s.n[r] = len(fd.Claims)
			fd.Claims, fd.Conflicts, fd.SelfContradictions, fd.Baselined = nil, nil, nil, nil
			s.found[r] = fd
		}
	}
	if s.err != nil {
		return s.err
	}
	s.runs = nil
	return nil
}

// testHookResult, when set by a test, is called as Compare takes each
// worker's result.
var testHookResult func()

// compareRaw compares fact r's claims, encoded in raw, and encodes the
// marked claims (the first claimBytes of enc) and then the pairs that
// disagree: a fact stated 12 000 times in 50 figures has half a million,
// and every fact's would stay in memory. The claims are decoded into
// *scratch, and cleared once encoded: fd.Claims then says only how many
// there are (Compare keeps no claim). A worker's facts share one slice of
// claims, not one each, which for a thousand facts was a fifth of what
// comparing allocated.
func (s *Store) compareRaw(r int, raw [][]byte, scratch *[]Claim) (fd Finding, enc []byte, claimBytes int, err error) {
	cs, err := decodeClaims(raw, s.counts[r], (*scratch)[:0])
	if err != nil {
		return Finding{}, nil, 0, err
	}
	fd = compareGroup(s.sorted[r], cs)
	// The claims encode to about what they were read from: one
	// allocation, not a doubling series.
	n := 0
	for _, b := range raw {
		n += len(b)
	}
	enc = make([]byte, 0, n+n/4)
	for i := range fd.Claims {
		enc = appendClaim(enc, &fd.Claims[i])
	}
	claimBytes = len(enc)
	enc = appendPairs(enc, fd.Conflicts)
	enc = appendPairs(enc, fd.SelfContradictions)
	enc = appendPairs(enc, fd.Baselined)
	if cs != nil {
		// Cleared, so that the claims' strings do not keep the bytes
		// they were decoded from.
		clear(cs)
		*scratch = cs[:0]
	}
	return fd, enc, claimBytes, nil
}

// A rawReader reads the facts' claims back for Compare, fact after fact.
// From a file it reads ahead: a fact's claims are a run in each flush's
// block, and the next fact's run in a block follows it, so one read of a
// block's next bytes serves the runs of the facts after it too. A run a
// fact and a flush was a read a fact and a megabyte of claims, mostly of
// a few hundred bytes each: with 1000 rules over a 1 GB corpus, 128 000
// system calls.
type rawReader struct {
	s     *Store
	ahead int
	// wins[k] is the bytes last read of block k, at off. Each is a
	// buffer of its own, never written again: workers decode slices of
	// it while more is read.
	wins []rawWindow
}

type rawWindow struct {
	off int64
	buf []byte
}

// Reading ahead holds a window a block: about aheadTotal bytes in all,
// between minAhead and maxAhead a block, however many blocks there are.
// The windows outlive their reads (decoded claims borrow them), so 4 MB
// of them held 7-10 MB more at the peak of 1 GB × 1000 rules (49-51
// against 42 MB): past the 1.5× of 100 MB. 1 MB keeps most of
// the reads saved and the peak at 43-44 MB.
const (
	aheadTotal = 1 << 20
	minAhead   = 4 << 10
	maxAhead   = 64 << 10
)

func (s *Store) newRawReader() *rawReader {
	rd := &rawReader{s: s, ahead: s.ahead}
	if rd.ahead == 0 {
		rd.ahead = min(maxAhead, max(minAhead, aheadTotal/max(len(s.blocks), 1)))
	}
	return rd
}

// raw returns the encoded claims in runs, for a worker to decode: slices
// of the spill's memory, or of buffers read from its file that are never
// written again.
func (rd *rawReader) raw(runs []run) ([][]byte, error) {
	out := make([][]byte, 0, len(runs))
	for _, rn := range runs {
		b, err := rd.read(rn)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func (rd *rawReader) read(rn run) ([]byte, error) {
	sp := rd.s.sp
	if sp.f == nil {
		return sp.read(rn, nil)
	}
	blocks := rd.s.blocks
	k, found := slices.BinarySearchFunc(blocks, rn.off, func(b run, off int64) int { return cmp.Compare(b.off, off) })
	if !found {
		k--
	}
	if k < 0 || rn.off+int64(rn.n) > blocks[k].off+int64(blocks[k].n) {
		return nil, fmt.Errorf("reading back claims: bytes %d to %d are in no block written", rn.off, rn.off+int64(rn.n))
	}
	if rd.wins == nil {
		// Made on the first read from the file, which may come after
		// Compare's own writes moved the claims there.
		rd.wins = make([]rawWindow, len(blocks))
	}
	w := &rd.wins[k]
	if rn.off < w.off || rn.off+int64(rn.n) > w.off+int64(len(w.buf)) {
		end := min(blocks[k].off+int64(blocks[k].n), rn.off+int64(max(rn.n, rd.ahead)))
		var buf []byte // a fresh one each: workers keep it
		b, err := sp.read(run{off: rn.off, n: int(end - rn.off)}, &buf)
		if err != nil {
			return nil, err
		}
		*w = rawWindow{off: rn.off, buf: b}
	}
	at := rn.off - w.off
	return w.buf[at : at+int64(rn.n) : at+int64(rn.n)], nil
}

// decodeClaims decodes the n claims encoded in raw, into cs if it has room
// for them.
func decodeClaims(raw [][]byte, n int, cs []Claim) ([]Claim, error) {
	if n == 0 {
		return nil, nil
	}
	if cap(cs) < n {
		cs = make([]Claim, 0, n)
	}
	var d claimDecoder
	for _, b := range raw {
		var err error
		// Compare gives each fact's raw bytes to one worker, and they
		// are never written again (see Compare).
		if cs, err = d.appendAll(cs, b); err != nil {
			return nil, err
		}
	}
	return counted(cs, n)
}

// appendAll appends the claims encoded in b to cs. Their strings are
// slices of b itself (unsafe.String, as article.decode borrows a file's
// bytes), so b must never be written again: the spill's memory, or a
// buffer read from its file for these claims alone. A fact's claims are
// then held in the bytes they were read from, not in those and a copy.
func (d *claimDecoder) appendAll(cs []Claim, b []byte) ([]Claim, error) {
	s := unsafe.String(unsafe.SliceData(b), len(b))
	for off := 0; off < len(b); {
		cs = append(cs, Claim{})
		n, err := d.decodeInto(&cs[len(cs)-1], b[off:], s[off:])
		if err != nil {
			return nil, fmt.Errorf("reading back claims: %w", err)
		}
		off += n
	}
	return cs, nil
}

// counted returns cs, or an error if it does not hold the n claims stored.
func counted(cs []Claim, n int) ([]Claim, error) {
	if len(cs) != n {
		return nil, fmt.Errorf("reading back claims: %d claims where %d were stored", len(cs), n)
	}
	return cs, nil
}

// readFinding reads the claims and pairs of fd, the finding of fact rank
// r, back (see Compare). Compare wrote them one after the other, and they
// are read in one: a read from the file is a system call. The claims'
// strings are slices of the spill's memory, or of *buf, which must be
// the finding's own.
func (s *Store) readFinding(r int, fd *Finding, buf *[]byte) error {
	at, pairs := s.at[r], s.pairsAt[r]
	if pairs.off != at.off+int64(at.n) {
		return fmt.Errorf("reading back %s: its pairs do not follow its claims", fd.Fact)
	}
	b, err := s.sp.read(run{off: at.off, n: at.n + pairs.n}, buf)
	if err != nil {
		return err
	}
	if s.n[r] > 0 {
		var d claimDecoder
		cs := make([]Claim, 0, s.n[r])
		if cs, err = d.appendAll(cs, b[:at.n]); err != nil {
			return err
		}
		if fd.Claims, err = counted(cs, s.n[r]); err != nil {
			return err
		}
	}
	b = b[at.n:]
	for _, ps := range []*[]Pair{&fd.Conflicts, &fd.SelfContradictions, &fd.Baselined} {
		if *ps, b, err = decodePairs(b); err != nil {
			return fmt.Errorf("reading back the pairs of %s: %w", fd.Fact, err)
		}
	}
	if len(b) != 0 {
		return fmt.Errorf("reading back the pairs of %s: %d bytes too many", fd.Fact, len(b))
	}
	return nil
}

// appendPairs appends ps: a count (plus one, so that nil stays nil) and
// each pair's I and J.
func appendPairs(b []byte, ps []Pair) []byte {
	if ps == nil {
		return binary.AppendUvarint(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(ps))+1)
	for _, p := range ps {
		b = binary.AppendUvarint(b, uint64(p.I))
		b = binary.AppendUvarint(b, uint64(p.J))
	}
	return b
}

// decodePairs decodes what appendPairs wrote from the front of b.
func decodePairs(b []byte) ([]Pair, []byte, error) {
	r := &claimReader{b: b}
	n := r.uvarint("pairs")
	if r.err == nil && n > 0 && n-1 > uint64(len(b)-r.off)/2 {
		r.fail("pairs", r.off, io.ErrUnexpectedEOF) // two bytes a pair at least
	}
	if r.err != nil || n == 0 {
		return nil, b[r.off:], r.err
	}
	ps := make([]Pair, n-1)
	for i := range ps {
		ps[i] = Pair{I: int(r.uvarint("pair")), J: int(r.uvarint("pair"))}
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	return ps, b[r.off:], nil
}

// Len is the number of findings: one per fact, after Compare.
func (s *Store) Len() int { return len(s.found) }

// Findings yields the findings in fact id order, each with its claims read
// back; a finding's claims are its own, and the store keeps no reference
// to them. Each call is a new pass. A pass stops at the first error (a
// temporary file that can no longer be read), which it yields.
func (s *Store) Findings() iter.Seq2[Finding, error] {
	return func(yield func(Finding, error) bool) {
		if s.err != nil {
			yield(Finding{}, s.err)
			return
		}
		if !s.compared {
			yield(Finding{}, errors.New("checker: Store.Findings before Compare"))
			return
		}
		for r := range s.found {
			fd := s.found[r]
			// A buffer a finding, not one for all: its claims' strings
			// are slices of it (see readFinding).
			var buf []byte
			if err := s.readFinding(r, &fd, &buf); err != nil {
				yield(Finding{}, err)
				return
			}
			if !yield(fd, nil) {
				return
			}
		}
	}
}

// AddInput keeps the account of one input, for Inputs to give back in
// path order.
func (s *Store) AddInput(in article.Input) error {
	if s.err != nil {
		return s.err
	}
	if s.compared {
		return errors.New("checker: Store.AddInput after Compare")
	}
	if err := s.inputs.add(in); err != nil {
		s.err = err
		return err
	}
	return nil
}

// Inputs yields the inputs added, in path order (inputs of one path in
// the order they were added), once Compare has run. Each call is a new
// pass; a pass stops at the first error, which it yields.
func (s *Store) Inputs() iter.Seq2[article.Input, error] {
	return func(yield func(article.Input, error) bool) {
		switch {
		case s.err != nil:
			yield(article.Input{}, s.err)
		case !s.compared:
			yield(article.Input{}, errors.New("checker: Store.Inputs before Compare"))
		default:
			s.inputs.all()(yield)
		}
	}
}

// InputCount, FailedInputs, SkippedInputs and WarnedInputs count the
// inputs added: all, those that fail a run (article.Input.Fails), those
// skipped, and those read with warnings; a caller that wants only the
// inputs with a problem need not read the others back when there are
// none.
func (s *Store) InputCount() int    { return s.inputs.count }
func (s *Store) FailedInputs() int  { return s.inputs.failed }
func (s *Store) SkippedInputs() int { return s.inputs.skipped }
func (s *Store) WarnedInputs() int  { return s.inputs.warned }

// Warning says why claims or inputs that should have gone to a temporary
// file are held in memory instead: the file could not be made (TMPDIR
// missing, read-only or full). The run goes on, in more memory; nil when
// nothing went wrong.
func (s *Store) Warning() error {
	if s.sp.warn != nil {
		return s.sp.warn
	}
	return s.inputs.sp.warn
}

// Close removes the temporary files, if there are any. The store cannot
// be used after it: Findings and Inputs then yield an error.
func (s *Store) Close() error {
	if s.err == nil {
		s.err = errors.New("checker: Store used after Close")
	}
	return errors.Join(s.sp.close(), s.inputs.sp.close())
}

// spill holds encoded claims: in memory up to limit bytes, then in a
// temporary file, the bytes held so far written to it first so that
// offsets stay what they were. In memory each write is a block of its own
// (a run never spans two writes), so holding more copies nothing, as
// growing one slice would, twice over, in garbage.
type spill struct {
	dir   string
	limit int64
	what  string // "claims" or "inputs", for messages

	mem   [][]byte // the writes, while in memory
	start []int64  // the offset of each
	f     *os.File
	name  string // the file's path while it still has one (see create)
	size  int64
	// warn is why there is no file when there should be one: the
	// temporary file could not be made, and everything stays in memory,
	// as it did before there was a spill, rather than failing the run.
	warn error
}

// write appends b, which the caller may reuse, and returns its offset.
func (sp *spill) write(b []byte) (int64, error) { return sp.put(b, false) }

// writeOwned is write for a b the caller gives up: kept in memory as it
// is, spare capacity and all, without a copy.
func (sp *spill) writeOwned(b []byte) (int64, error) { return sp.put(b, true) }

// writeKept is writeOwned for a caller that takes b back unless it is
// kept: it reports whether the spill holds b itself, in memory, and the
// caller must leave it alone, or wrote it to its file, and b is the
// caller's again.
func (sp *spill) writeKept(b []byte) (kept bool, err error) {
	_, kept, err = sp.putKept(b, true)
	return kept, err
}

func (sp *spill) put(b []byte, owned bool) (int64, error) {
	off, _, err := sp.putKept(b, owned)
	return off, err
}

func (sp *spill) putKept(b []byte, owned bool) (off int64, kept bool, err error) {
	off = sp.size
	if len(b) == 0 {
		return off, false, nil
	}
	if sp.f == nil && sp.warn == nil && sp.size+int64(len(b)) > sp.limit {
		sp.create()
	}
	if sp.f == nil {
		if !owned {
			b = bytes.Clone(b)
		}
		sp.mem = append(sp.mem, b)
		sp.start = append(sp.start, off)
		sp.size += int64(len(b))
		return off, owned, nil
	}
	if _, err := sp.f.Write(b); err != nil {
		return 0, false, fmt.Errorf("writing %s to the temporary file: %w; set TMPDIR to a folder with room", sp.what, err)
	}
	sp.size += int64(len(b))
	return off, false, nil
}

// create moves what is held so far to a new temporary file, or records in
// warn why it could not.
func (sp *spill) create() {
	f, err := os.CreateTemp(sp.dir, "crosscheck-*."+sp.what)
	if err != nil {
		sp.warn = sp.cannot(err)
		return
	}
	name := f.Name()
	// Removed at once where the system allows it (Unix): the open file
	// lives on until it is closed, and a run that is killed leaves
	// nothing behind. Elsewhere close removes it.
	removed := os.Remove(name) == nil
	for _, b := range sp.mem {
		if _, err := f.Write(b); err != nil {
			f.Close()
			if !removed {
				os.Remove(name)
			}
			sp.warn = sp.cannot(err)
			return
		}
	}
	sp.f, sp.mem, sp.start = f, nil, nil
	if !removed {
		sp.name = name
	}
}

func (sp *spill) cannot(err error) error {
	dir := sp.dir
	if dir == "" {
		dir = os.TempDir()
	}
	return fmt.Errorf("%s past %s could not go to a temporary file in %s (%w), so all of them are kept in memory; set TMPDIR to a folder with room",
		sp.what, bytesText(sp.limit), dir, err)
}

// bytesText says n bytes the way a person reads them: "4 MB", "512 KB".
func bytesText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// read returns the bytes of rn: a slice of the spill's memory, or of *buf
// read from the file.
func (sp *spill) read(rn run, buf *[]byte) ([]byte, error) {
	if sp.f == nil {
		if rn.n == 0 {
			return nil, nil
		}
		k, _ := slices.BinarySearch(sp.start, rn.off+1)
		b := sp.mem[k-1]
		at := rn.off - sp.start[k-1]
		return b[at : at+int64(rn.n)], nil
	}
	if cap(*buf) < rn.n {
		*buf = make([]byte, rn.n)
	}
	b := (*buf)[:rn.n]
	if _, err := sp.f.ReadAt(b, rn.off); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("reading back claims from the temporary file: %w", err)
	}
	return b, nil
}

// readAt reads len(p) bytes at off, which may span writes.
func (sp *spill) readAt(p []byte, off int64) error {
	if sp.f != nil {
		if _, err := sp.f.ReadAt(p, off); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("reading back from the temporary file: %w", err)
		}
		return nil
	}
	if off < 0 || off+int64(len(p)) > sp.size {
		return fmt.Errorf("reading back: bytes %d to %d of %d: %w", off, off+int64(len(p)), sp.size, io.ErrUnexpectedEOF)
	}
	k, _ := slices.BinarySearch(sp.start, off+1)
	for k--; len(p) > 0; k++ {
		n := copy(p, sp.mem[k][off-sp.start[k]:])
		p, off = p[n:], off+int64(n)
	}
	return nil
}

func (sp *spill) close() error {
	sp.mem, sp.start = nil, nil
	if sp.f == nil {
		return nil
	}
	err := sp.f.Close()
	if sp.name != "" {
		if rerr := os.Remove(sp.name); err == nil {
			err = rerr
		}
	}
	sp.f = nil
	return err
}
