package checker

// A binary codec for Claim, so that a run can spill its claims to a
// temporary file and read them back one fact at a time instead of holding
// every claim of a million articles in memory.
//
// It is written by hand rather than with encoding/gob because gob sends a
// description of each type at the start of every stream and walks each value
// by reflection; the spill store decodes fact by fact, in small chunks that
// would each be a new stream, so gob would pay for the type descriptions
// again and again. The bytes never leave one run of one process, so the
// format has no version and no compatibility to keep: when Claim changes, the
// codec changes with it (TestClaimCodecComplete fails until it does).
//
// A claim is, in order:
//
//	flags      1 byte, the claimFlag bits
//	Fact, Article, Source                         strings
//	Published  if flagPublished: Unix seconds (varint), nanoseconds
//	           (uvarint), and unless flagPublishedUTC the zone offset in
//	           seconds (varint)
//	Offset                                        varint
//	End, SentenceOffset                           varint, minus Offset
//	Line, Column                                  varint
//	Text, Sentence                                strings
//	Terms      count (uvarint), then each Pos (varint) and End-Pos (varint)
//	Quantity   Pos and End (varint, minus Offset), Kind (uvarint),
//	           Interval.Low, Interval.High, Value (floats), Hedge, Unit,
//	           Currency (strings)
//	Claimant, Resolved                            strings
//	Weight                                        float
//	SourceID, CopyOf                              strings
//	Cluster                                       varint
//	Origin     if flagOrigin: Format, File (strings), Record (varint),
//	           RecordID (string)
//
// A string is its length (uvarint) and bytes; a float is its IEEE 754 bits,
// little-endian, so NaN payloads, infinities and -0 come back as they were.
// The offsets are stored relative to Offset because they lie near it: that
// keeps most of them to one byte.
//
// Published is not written with time.Time.AppendBinary: that format keeps
// the zone offset in whole minutes plus a byte of seconds, and cannot hold a
// negative offset with seconds (a local mean time such as New York's before
// 1883, -4:56:02, comes back as -4:51:46) or one between -1 and -2 minutes
// (AppendBinary fails, and appendClaim has no error to return); and
// UnmarshalBinary allocates a zone for every time. Seconds, nanoseconds and
// the offset in seconds hold every time exactly, and the decoder shares one
// zone per offset.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// The bits of a claim's flags byte.
const (
	flagNew byte = 1 << iota
	flagSuperseded
	flagVague    // Quantity.Vague
	flagLowOpen  // Quantity.Interval.LowOpen
	flagHighOpen // Quantity.Interval.HighOpen
	// flagPublished: Published is not the zero time, and follows.
	flagPublished
	// flagPublishedUTC: Published is in time.UTC, and no offset follows.
	flagPublishedUTC
	// flagOrigin: Origin is not nil, and follows.
	flagOrigin
)

// appendClaim appends the encoding of *c to b and returns the extended
// slice. Empty and nil Terms encode alike, and decode as nil. Published keeps
// its instant and zone offset but not its Location: it decodes in time.UTC
// if it was in UTC, else in a fixed zone with the same offset and no name
// (as a time read back from the JSON claims stream is). The zero time stays
// the zero time.
func appendClaim(b []byte, c *Claim) []byte {
	q := &c.Quantity
	var flags byte
	if c.New {
		flags |= flagNew
	}
	if c.Superseded {
		flags |= flagSuperseded
	}
	if q.Vague {
		flags |= flagVague
	}
	if q.Interval.LowOpen {
		flags |= flagLowOpen
	}
	if q.Interval.HighOpen {
		flags |= flagHighOpen
	}
	// Only the zero time in UTC is left out: the zero instant in another
	// zone has an offset to keep.
	pub := c.Published
	utc := pub.Location() == time.UTC
	if !pub.IsZero() || !utc {
		flags |= flagPublished
		if utc {
			flags |= flagPublishedUTC
		}
	}
	if c.Origin != nil {
		flags |= flagOrigin
	}

	b = append(b, flags)
	b = appendString(b, c.Fact)
	b = appendString(b, c.Article)
	b = appendString(b, c.Source)
	if flags&flagPublished != 0 {
		b = binary.AppendVarint(b, pub.Unix())
		b = binary.AppendUvarint(b, uint64(pub.Nanosecond()))
		if !utc {
			_, offset := pub.Zone()
			b = binary.AppendVarint(b, int64(offset))
		}
	}
	b = binary.AppendVarint(b, int64(c.Offset))
	b = binary.AppendVarint(b, int64(c.End-c.Offset))
	b = binary.AppendVarint(b, int64(c.SentenceOffset-c.Offset))
	b = binary.AppendVarint(b, int64(c.Line))
	b = binary.AppendVarint(b, int64(c.Column))
	b = appendString(b, c.Text)
	b = appendString(b, c.Sentence)
	b = binary.AppendUvarint(b, uint64(len(c.Terms)))
	for _, t := range c.Terms {
		b = binary.AppendVarint(b, int64(t.Pos))
		b = binary.AppendVarint(b, int64(t.End-t.Pos))
	}
	b = binary.AppendVarint(b, int64(q.Pos-c.Offset))
	b = binary.AppendVarint(b, int64(q.End-c.Offset))
	b = binary.AppendUvarint(b, uint64(q.Kind))
	b = appendFloat(b, q.Interval.Low)
	b = appendFloat(b, q.Interval.High)
	b = appendFloat(b, q.Value)
	b = appendString(b, q.Hedge)
	b = appendString(b, q.Unit)
	b = appendString(b, q.Currency)
	b = appendString(b, c.Claimant)
	b = appendString(b, c.Resolved)
	b = appendFloat(b, c.Weight)
	b = appendString(b, c.SourceID)
	b = appendString(b, c.CopyOf)
	b = binary.AppendVarint(b, int64(c.Cluster))
	if o := c.Origin; o != nil {
		b = appendString(b, string(o.Format))
		b = appendString(b, o.File)
		b = binary.AppendVarint(b, int64(o.Record))
		b = appendString(b, o.RecordID)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendFloat(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

// maxSpanChunk is the most Terms spans a claimDecoder allocates at once
// for claims with few terms each.
const maxSpanChunk = 256

// maxZones bounds the zones a claimDecoder keeps between claims.
const maxZones = 64

// claimDecoder decodes what appendClaim wrote. The strings of the claims
// it decodes are slices of the string it decodes them from (see decodeIn:
// the store's bytes themselves, or for decode a copy of them), not an
// allocation each. Interning them through a map instead (a fact's claims
// repeat the same article path, source and fact id) hashed every string,
// sentence and all, and was most of what decoding cost; the bytes hold
// no more than the encoding did. Consecutive claims with equal Origin values share one
// *Origin, as the claims of one article do when they are extracted. A
// caller that changes a decoded claim's Origin in place changes it for
// those claims too.
//
// The zero value is ready to use. A claimDecoder is not safe for concurrent
// use.
type claimDecoder struct {
	origin *Origin // the last Origin decoded
	zones  map[int]*time.Location
	// spans is where the next claims' Terms are cut from: one allocation
	// for many claims' Terms rather than one each. chunk is how many the
	// last allocation held: they double from a few, since most of a large
	// rule set's facts have a handful of claims, and a decoder a fact
	// that started at 256 spans allocated 4 KB for each.
	spans []Span
	chunk int
}

// Errors that decode wraps, besides io.ErrUnexpectedEOF for input that ends
// too soon.
var (
	errVarintOverflow = errors.New("varint overflows 64 bits")
	errOutOfRange     = errors.New("value out of range")
)

// decodeIn decodes one claim from the front of b, whose bytes s holds as a
// string too, and returns it with how many bytes it took; the claim's
// strings are slices of s. Malformed or truncated input is an error naming
// what was being read and its offset from the start of b, never a panic;
// the claim is then zero. Terms that were empty when encoded decode as
// nil.
func (d *claimDecoder) decodeIn(b []byte, s string) (Claim, int, error) {
	var c Claim
	n, err := d.decodeInto(&c, b, s)
	return c, n, err
}

// decodeInto is decodeIn decoding into *c, which must be the zero Claim:
// appendAll decodes in place, and a Claim, a few hundred bytes, is not
// copied out and into the slice. On an error *c is zero again.
func (d *claimDecoder) decodeInto(c *Claim, b []byte, s string) (int, error) {
	r := claimReader{b: b, s: s}
	q := &c.Quantity

	flags := r.byte("flags")
	c.New = flags&flagNew != 0
	c.Superseded = flags&flagSuperseded != 0
	q.Vague = flags&flagVague != 0
	q.Interval.LowOpen = flags&flagLowOpen != 0
	q.Interval.HighOpen = flags&flagHighOpen != 0
	if flags&(flagPublished|flagPublishedUTC) == flagPublishedUTC {
		r.fail("flags", 0, errors.New("UTC zone without a publication time"))
	}

	c.Fact = r.str("Fact")
	c.Article = r.str("Article")
	c.Source = r.str("Source")
	if flags&flagPublished != 0 {
		sec := r.varint("Published seconds")
		at := r.off
		nsec := r.uvarint("Published nanoseconds")
		if nsec >= 1e9 {
			r.fail("Published nanoseconds", at, errOutOfRange)
		}
		loc := time.UTC
		if flags&flagPublishedUTC == 0 {
			offset := r.int("Published zone offset")
			if r.err == nil {
				loc = d.zone(offset)
			}
		}
		if r.err == nil {
			c.Published = time.Unix(sec, int64(nsec)).In(loc)
		}
	}
	c.Offset = r.int("Offset")
	c.End = c.Offset + r.int("End")
	c.SentenceOffset = c.Offset + r.int("SentenceOffset")
	c.Line = r.int("Line")
	c.Column = r.int("Column")
	c.Text = r.str("Text")
	c.Sentence = r.str("Sentence")

	at := r.off
	n := r.uvarint("Terms count")
	// Each span takes at least two bytes, so a count the rest of b cannot
	// hold is corrupt; checking first keeps a bad count from allocating.
	if n > uint64(len(b)-r.off)/2 {
		r.fail("Terms count", at, io.ErrUnexpectedEOF)
	}
	if n > 0 && r.err == nil {
		if uint64(len(d.spans)) < n {
			d.chunk = min(maxSpanChunk, max(2*d.chunk, 16))
			d.spans = make([]Span, max(n, uint64(d.chunk)))
		}
		// Capped, so that an append to one claim's Terms cannot write
		// over the next claim's.
		c.Terms = d.spans[:n:n]
		d.spans = d.spans[n:]
		for i := range c.Terms {
			t := &c.Terms[i]
			t.Pos = r.int("Terms Pos")
			t.End = t.Pos + r.int("Terms End")
		}
	}

	q.Pos = c.Offset + r.int("Quantity.Pos")
	q.End = c.Offset + r.int("Quantity.End")
	at = r.off
	kind := r.uvarint("Quantity.Kind")
	q.Kind = quantity.Kind(kind)
	if uint64(q.Kind) != kind {
		r.fail("Quantity.Kind", at, errOutOfRange)
	}
	q.Interval.Low = r.float("Quantity.Interval.Low")
	q.Interval.High = r.float("Quantity.Interval.High")
	q.Value = r.float("Quantity.Value")
	q.Hedge = r.str("Quantity.Hedge")
	q.Unit = r.str("Quantity.Unit")
	q.Currency = r.str("Quantity.Currency")
	c.Claimant = r.str("Claimant")
	c.Resolved = r.str("Resolved")
	c.Weight = r.float("Weight")
	c.SourceID = r.str("SourceID")
	c.CopyOf = r.str("CopyOf")
	c.Cluster = r.int("Cluster")

	if flags&flagOrigin != 0 {
		var o Origin
		o.Format = article.Format(r.str("Origin.Format"))
		o.File = r.str("Origin.File")
		o.Record = r.int("Origin.Record")
		o.RecordID = r.str("Origin.RecordID")
		if r.err == nil {
			if d.origin == nil || *d.origin != o {
				// A new variable here, not &o: taking o's address would
				// move it to the heap on every claim, shared or not.
				p := new(Origin)
				*p = o
				d.origin = p
			}
			c.Origin = d.origin
		}
	}

	if r.err != nil {
		*c = Claim{}
		return 0, r.err
	}
	return r.off, nil
}

// zone returns the shared fixed zone with the given offset: time.FixedZone
// allocates a zone for most offsets, and a fact's claims have few.
func (d *claimDecoder) zone(offset int) *time.Location {
	if loc, ok := d.zones[offset]; ok {
		return loc
	}
	if d.zones == nil {
		d.zones = make(map[int]*time.Location)
	} else if len(d.zones) >= maxZones {
		clear(d.zones)
	}
	loc := time.FixedZone("", offset)
	d.zones[offset] = loc
	return loc
}

// claimReader reads the parts of one encoded claim. The first error sticks:
// reads after it return zero values, so decode checks once, at the end.
type claimReader struct {
	b   []byte
	s   string // b's bytes, which strings are read from; empty for a reader of numbers alone
	off int    // the next byte to read
	err error
}

func (r *claimReader) fail(what string, at int, cause error) {
	if r.err == nil {
		r.err = fmt.Errorf("checker: decoding claim: %s at offset %d: %w", what, at, cause)
	}
}

func (r *claimReader) byte(what string) byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.b) {
		r.fail(what, r.off, io.ErrUnexpectedEOF)
		return 0
	}
	v := r.b[r.off]
	r.off++
	return v
}

// uvarint and varint read a one-byte varint, which most of a claim's
// numbers are (lengths and offsets near Offset), inline; longer ones, and
// errors, take uvarintSlow and varintSlow.
func (r *claimReader) uvarint(what string) uint64 {
	if r.err == nil && r.off < len(r.b) && r.b[r.off] < 0x80 {
		r.off++
		return uint64(r.b[r.off-1])
	}
	return r.uvarintSlow(what)
}

func (r *claimReader) varint(what string) int64 {
	if r.err == nil && r.off < len(r.b) && r.b[r.off] < 0x80 {
		r.off++
		ux := uint64(r.b[r.off-1])
		return int64(ux>>1) ^ -int64(ux&1)
	}
	return r.varintSlow(what)
}

func (r *claimReader) uvarintSlow(what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.varintFail(what, n)
		return 0
	}
	r.off += n
	return v
}

func (r *claimReader) varintSlow(what string) int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.varintFail(what, n)
		return 0
	}
	r.off += n
	return v
}

// varintFail records the failure binary.Uvarint or Varint reported with n.
func (r *claimReader) varintFail(what string, n int) {
	if n == 0 {
		r.fail(what, r.off, io.ErrUnexpectedEOF)
	} else {
		r.fail(what, r.off, errVarintOverflow)
	}
}

// int reads a varint that must fit an int, which on a 32-bit machine not
// every one does. A one-byte varint, as most of a claim's are, is read
// here rather than by a call to varint, as str reads a short length.
func (r *claimReader) int(what string) int {
	if off := r.off; r.err == nil && off < len(r.b) && r.b[off] < 0x80 {
		r.off = off + 1
		ux := uint64(r.b[off])
		return int(int64(ux>>1) ^ -int64(ux&1))
	}
	return r.intSlow(what)
}

func (r *claimReader) intSlow(what string) int {
	at := r.off
	v := r.varint(what)
	if int64(int(v)) != v {
		r.fail(what, at, errOutOfRange)
		return 0
	}
	return int(v)
}

func (r *claimReader) float(what string) float64 {
	if r.err != nil {
		return 0
	}
	if len(r.b)-r.off < 8 {
		r.fail(what, r.off, io.ErrUnexpectedEOF)
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b[r.off:]))
	r.off += 8
	return v
}

// str reads a string, a slice of r.s. A string shorter than 128 bytes, as
// nearly all of a claim's are, has a length of one byte, read here rather
// than by a call to uvarint: a claim has some fifteen strings.
func (r *claimReader) str(what string) string {
	if off := r.off; r.err == nil && off < len(r.b) {
		if n := int(r.b[off]); n < 0x80 && n < len(r.s)-off {
			r.off = off + 1 + n
			return r.s[off+1 : off+1+n]
		}
	}
	return r.strSlow(what)
}

func (r *claimReader) strSlow(what string) string {
	at := r.off
	n := r.uvarint(what)
	if r.err != nil || n == 0 {
		return ""
	}
	// Bounded by r.s, which the string is sliced from, as str's fast path
	// is: a reader of numbers alone has no s to slice.
	if r.off > len(r.s) || n > uint64(len(r.s)-r.off) {
		r.fail(what, at, io.ErrUnexpectedEOF)
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

// bytes reads a string's bytes; they alias r.b.
func (r *claimReader) bytes(what string) []byte {
	at := r.off
	n := r.uvarint(what)
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)-r.off) {
		r.fail(what, at, io.ErrUnexpectedEOF)
		return nil
	}
	s := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}
