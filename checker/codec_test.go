package checker

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
)

// decode decodes one claim from the front of b and returns it with the rest
// of b, as decodeIn does, but with strings of its own, sharing no memory
// with b: a copy of the claim's own bytes, not of all of b, so that
// decoding claim after claim copies each once. The claim's length is
// found by a decoder of its own, whose Origin, slices of b, d must not
// keep and share.
func (d *claimDecoder) decode(b []byte) (Claim, []byte, error) {
	var probe claimDecoder
	_, n, err := probe.decodeIn(b, unsafe.String(unsafe.SliceData(b), len(b)))
	if err != nil {
		return Claim{}, nil, err
	}
	c, _, err := d.decodeIn(b[:n], string(b[:n]))
	if err != nil {
		return Claim{}, nil, err
	}
	return c, b[n:], nil
}

// bitsEqual compares floats by their bits, so that NaN equals the same NaN
// and -0 differs from 0: the codec promises bit-exact floats.
var bitsEqual = cmp.Comparer(func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })

// diffClaim reports how got differs from want. cmp compares times with
// Equal, which ignores the zone, so the offset is checked apart.
func diffClaim(want, got *Claim) string {
	if d := cmp.Diff(want, got, bitsEqual); d != "" {
		return d
	}
	wname, woff := want.Published.Zone()
	_, goff := got.Published.Zone()
	if woff != goff {
		return fmt.Sprintf("Published zone offset: want %d (%s), got %d", woff, wname, goff)
	}
	return ""
}

// roundTrip encodes c after some bytes of another claim, so that decode
// cannot lean on starting at offset 0, and decodes it.
func roundTrip(t *testing.T, c *Claim) Claim {
	t.Helper()
	prefix := appendClaim(nil, &Claim{Fact: "before"})
	b := appendClaim(prefix, c)
	var d claimDecoder
	if _, rest, err := d.decode(b); err != nil || len(rest) != len(b)-len(prefix) {
		t.Fatalf("decoding the claim before: rest %d bytes, err %v", len(rest), err)
	}
	got, rest, err := d.decode(b[len(prefix):])
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if len(rest) != 0 {
		t.Fatalf("decode left %d bytes", len(rest))
	}
	return got
}

// filler sets every field it reaches to a value no other field has.
type filler struct{ n int }

var timeType = reflect.TypeFor[time.Time]()

func (f *filler) next() int { f.n++; return f.n }

func (f *filler) fill(t testing.TB, v reflect.Value, path string) {
	t.Helper()
	if v.Type() == timeType {
		n := f.next()
		// An offset with seconds, which time.AppendBinary would not keep.
		zone := time.FixedZone("Z", -(n*3600 + 56*60 + 2))
		v.Set(reflect.ValueOf(time.Date(2000+n, time.Month(n%12+1), n%28+1, n%24, n, n, n, zone)))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			sf := v.Type().Field(i)
			if !sf.IsExported() {
				t.Fatalf("fill: %s.%s is unexported; cmp cannot compare it, teach the test", path, sf.Name)
			}
			f.fill(t, v.Field(i), path+"."+sf.Name)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("%s «%d»", path, f.next()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := int64(f.next())
		if v.OverflowInt(n) {
			t.Fatalf("fill: %d overflows %s", n, path)
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := uint64(f.next())
		if v.OverflowUint(n) {
			t.Fatalf("fill: %d overflows %s", n, path)
		}
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(f.next()) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range s.Len() {
			f.fill(t, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		f.fill(t, p.Elem(), path)
		v.Set(p)
	default:
		t.Fatalf("fill: %s is a %s, which the test cannot fill: teach the test and the codec", path, v.Kind())
	}
}

// TestClaimCodecComplete fails when a field is added to Claim, or to a type
// within it, and the codec is not taught it: every field is filled, by
// reflection, with a value of its own, and must come back.
func TestClaimCodecComplete(t *testing.T) {
	var want Claim
	(&filler{}).fill(t, reflect.ValueOf(&want).Elem(), "Claim")
	got := roundTrip(t, &want)
	if d := diffClaim(&want, &got); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

func TestClaimCodecRoundTrip(t *testing.T) {
	realistic := benchClaim()
	tests := []struct {
		name string
		in   Claim
		want *Claim // nil when the claim comes back as it went
	}{
		{name: "zero"},
		{name: "realistic", in: realistic},
		{
			name: "floats",
			in: Claim{Weight: math.Copysign(0, -1), Quantity: quantity.Quantity{
				Interval: quantity.Interval{Low: math.Inf(-1), High: math.Inf(1), LowOpen: true, HighOpen: true},
				Value:    math.NaN(),
			}},
		},
		{
			name: "NaN payload and smallest values",
			in: Claim{Weight: math.SmallestNonzeroFloat64, Quantity: quantity.Quantity{
				Interval: quantity.Interval{Low: -math.MaxFloat64, High: math.MaxFloat64},
				Value:    math.Float64frombits(0x7ff8_dead_beef_0001),
			}},
		},
		{
			name: "extreme ints",
			in: Claim{
				Offset: math.MaxInt, End: math.MinInt, SentenceOffset: math.MinInt, Line: -1, Column: math.MaxInt,
				Cluster: math.MinInt, Terms: []Span{{math.MinInt, math.MaxInt}},
				Quantity: quantity.Quantity{Pos: math.MinInt, End: math.MaxInt, Kind: math.MaxUint8},
				Origin:   &Origin{Record: math.MinInt},
			},
		},
		{
			name: "unicode",
			in: Claim{
				Article: "日本/記事.md", Source: "Le Monde — édition", Text: "≈ 1 000 €",
				Sentence: "Selon l’ONU, « près de 1 000 € » 🇺🇦\u0000\xff invalid UTF-8 kept as bytes",
				Quantity: quantity.Quantity{Currency: "€", Unit: "человек"},
			},
		},
		{
			name: "empty Terms decode as nil",
			in:   Claim{Fact: "f", Terms: []Span{}},
			want: &Claim{Fact: "f"},
		},
		{name: "many Terms", in: Claim{Terms: manySpans(1000)}},
		{name: "zero Origin", in: Claim{Origin: &Origin{}}},
		{
			name: "JSON-lines Origin",
			in:   Claim{Article: "feed.jsonl:7", Origin: &Origin{Format: article.FormatJSONL, File: "feed.jsonl", Record: 7, RecordID: "a-7"}},
		},
		{name: "all flags", in: Claim{New: true, Superseded: true, Quantity: quantity.Quantity{Vague: true}}},
		{name: "Published UTC", in: Claim{Published: time.Date(2025, 8, 18, 9, 30, 0, 1, time.UTC)}},
		{name: "Published zone", in: Claim{Published: time.Date(2025, 8, 18, 9, 30, 0, 999_999_999, time.FixedZone("EEST", 3*3600))}},
		{name: "Published before 1970", in: Claim{Published: time.Date(1883, 11, 18, 11, 0, 0, 0, time.FixedZone("LMT", -(4*3600+56*60+2)))}},
		{name: "Published year 1", in: Claim{Published: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC)}},
		{name: "Published far future", in: Claim{Published: time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC)}},
		{name: "zero instant in a zone", in: Claim{Published: time.Time{}.In(time.FixedZone("", -90))}},
		{name: "Published with monotonic clock", in: Claim{Published: time.Now()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = &tt.in
			}
			got := roundTrip(t, &tt.in)
			if d := diffClaim(want, &got); d != "" {
				t.Errorf("round trip (-want +got):\n%s", d)
			}
			if want.Published.IsZero() && want.Published.Location() == time.UTC && got.Published != (time.Time{}) {
				t.Errorf("zero Published decoded as %#v, not the zero time", got.Published)
			}
		})
	}
}

func manySpans(n int) []Span {
	s := make([]Span, n)
	for i := range s {
		s[i] = Span{Pos: i * 7, End: i*7 + i%5}
	}
	return s
}

// TestClaimCodecSequence decodes many claims written one after another, as
// the spill store reads them back.
func TestClaimCodecSequence(t *testing.T) {
	var want []Claim
	var b []byte
	for i := range 500 {
		c := benchClaim()
		c.Article = fmt.Sprintf("news/%d.md", i%7)
		c.Offset, c.End = i*100, i*100+12
		c.Terms = c.Terms[:i%4]
		if i%3 == 0 {
			c.Origin = &Origin{Format: article.FormatHTML, File: c.Article}
		}
		if i%5 == 0 {
			c.Published = time.Time{}
		}
		want = append(want, c)
		b = appendClaim(b, &c)
	}
	var d claimDecoder
	for i := range want {
		got, rest, err := d.decode(b)
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		if i%4 == 0 {
			want[i].Terms = nil // encoded empty
		}
		if diff := diffClaim(&want[i], &got); diff != "" {
			t.Fatalf("claim %d (-want +got):\n%s", i, diff)
		}
		b = rest
	}
	if len(b) != 0 {
		t.Errorf("%d bytes left after the last claim", len(b))
	}
}

// TestClaimDecoderShares checks what the decoder shares between the claims
// it decodes: the bytes they were decoded from, for their strings (the
// store never writes those again), an array for their Terms, and one
// *Origin for a run of equal ones.
func TestClaimDecoderShares(t *testing.T) {
	html := func(file string) *Origin { return &Origin{Format: article.FormatHTML, File: file} }
	claims := []Claim{
		{Article: "a.html", Sentence: "Ten died.", Origin: html("a.html"), Terms: []Span{{0, 3}}},
		{Article: "a.html", Sentence: "Ten died.", Origin: html("a.html"), Terms: []Span{{4, 8}}},
		{Article: "b.html", Origin: html("b.html")},
		{Article: "a.html", Origin: html("a.html")},
		{Article: "a.html"},
		{Article: "a.html", Origin: html("a.html")},
	}
	var enc []byte
	for i := range claims {
		enc = appendClaim(enc, &claims[i])
	}
	var d claimDecoder
	got, err := d.appendAll(nil, enc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(claims) {
		t.Fatalf("%d claims decoded, want %d", len(got), len(claims))
	}
	// Borrowed, not copied: a copy would hold a fact's claims twice.
	lo := uintptr(unsafe.Pointer(&enc[0]))
	hi := lo + uintptr(len(enc))
	for i := range got {
		for _, s := range []string{got[i].Article, got[i].Sentence} {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); s != "" && (p < lo || p >= hi) {
				t.Errorf("claim %d: %q is a copy, not the encoded bytes", i, s)
			}
		}
	}
	// decode, for one claim, copies: its caller may reuse b.
	c, _, err := new(claimDecoder).decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	if p := uintptr(unsafe.Pointer(unsafe.StringData(c.Article))); p >= lo && p < hi {
		t.Error("decode's Article aliases the encoded bytes")
	}
	// Terms are cut from one array: appending to one claim's must not
	// write over the next claim's.
	_ = append(got[0].Terms, Span{99, 99})
	if got[1].Terms[0] != (Span{4, 8}) {
		t.Errorf("claim 1 Terms %v after an append to claim 0's, want [{4 8}]", got[1].Terms)
	}

	origins := []struct {
		i, j  int
		share bool
	}{
		{0, 1, true},  // consecutive and equal
		{1, 2, false}, // different files
		{2, 3, false},
		{0, 3, false}, // equal, but not consecutive: sharing would need a map
		{3, 5, true},  // a claim without Origin between does not break the run
	}
	for _, o := range origins {
		if share := got[o.i].Origin == got[o.j].Origin; share != o.share {
			t.Errorf("claims %d and %d share an Origin: %v, want %v", o.i, o.j, share, o.share)
		}
	}
	if got[4].Origin != nil {
		t.Errorf("claim 4 has Origin %+v, want nil", got[4].Origin)
	}
}

// TestClaimCodecTruncated checks that every proper prefix of an encoding is
// an error, not a panic or a claim.
func TestClaimCodecTruncated(t *testing.T) {
	var full Claim
	(&filler{}).fill(t, reflect.ValueOf(&full).Elem(), "Claim")
	for _, c := range []Claim{{}, benchClaim(), full} {
		b := appendClaim(nil, &c)
		for n := range len(b) {
			var d claimDecoder
			got, rest, err := d.decode(b[:n])
			if err == nil {
				t.Fatalf("prefix of %d of %d bytes decoded as %+v, rest %d bytes", n, len(b), got, len(rest))
			}
			if !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Errorf("prefix of %d bytes: %v, want an unexpected EOF", n, err)
			}
		}
	}
}

// TestClaimDecodeErrors checks that malformed input names the part being
// read and where.
func TestClaimDecodeErrors(t *testing.T) {
	valid := appendClaim(nil, &Claim{})
	// The zero claim is the flags byte, then one zero byte for each string
	// and integer, and eight for each float.
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "flags at offset 0: unexpected EOF"},
		{"UTC without time", append([]byte{flagPublishedUTC}, valid[1:]...), "flags at offset 0: UTC zone"},
		{"string longer than input", []byte{0, 0x7f, 'a'}, "Fact at offset 1: unexpected EOF"},
		{"huge string length", append([]byte{0}, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), "Fact at offset 1: unexpected EOF"},
		{"varint overflow", append([]byte{0}, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), "Fact at offset 1: varint overflows"},
		{"nanoseconds", append([]byte{flagPublished, 0, 0, 0, 0}, binary.AppendUvarint(nil, 1e9)...), "Published nanoseconds at offset 5: value out of range"},
		{"huge Terms count", append(append([]byte{}, valid[:11]...), 0xff, 0xff, 0xff, 0xff, 0x0f), "Terms count at offset 11: unexpected EOF"},
		{"Kind out of range", append(append([]byte{}, valid[:14]...), 0x80, 0x02), "Quantity.Kind at offset 14: value out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d claimDecoder
			c, rest, err := d.decode(tt.in)
			if err == nil {
				t.Fatalf("decoded %+v, rest %d bytes; want error %q", c, len(rest), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func FuzzClaimCodec(f *testing.F) {
	realistic := benchClaim()
	var full Claim
	(&filler{}).fill(f, reflect.ValueOf(&full).Elem(), "Claim")
	seed := appendClaim(appendClaim(nil, &realistic), &full)
	f.Add(seed, "fact", "a.md", "It said 3.", 3, -7, 1.5, math.Inf(1), math.NaN(), int64(1755500000), int64(5), 7200, uint16(0xffff))
	f.Add([]byte{0xff}, "", "", "", 0, 0, 0.0, 0.0, 0.0, int64(0), int64(0), 0, uint16(0))

	f.Fuzz(func(t *testing.T, data []byte, s1, s2, s3 string, i1, i2 int, f1, f2, f3 float64, sec, nsec int64, zone int, bits uint16) {
		// Arbitrary bytes: decode never panics, always moves on, and what it
		// decodes survives another round trip.
		var d claimDecoder
		for rest := data; len(rest) > 0; {
			c, next, err := d.decode(rest)
			if err != nil {
				break
			}
			if len(next) >= len(rest) {
				t.Fatalf("decode consumed nothing of %d bytes", len(rest))
			}
			rest = next
			checkRoundTrip(t, &c)
		}

		// A claim built from the fuzzed values round-trips.
		bit := func(i uint) bool { return bits&(1<<i) != 0 }
		c := Claim{
			Fact: s1, Article: s2, Source: s1 + s2, Offset: i1, End: i2, Line: i2, Column: -i1,
			Text: s3, Sentence: s2 + s3, SentenceOffset: i1 ^ i2,
			Quantity: quantity.Quantity{
				Pos: i2, End: i1, Kind: quantity.Kind(bits >> 8),
				Interval: quantity.Interval{Low: f1, High: f2, LowOpen: bit(0), HighOpen: bit(1)},
				Value:    f3, Hedge: s3, Unit: s1, Currency: s2, Vague: bit(2),
			},
			New: bit(3), Superseded: bit(4), Claimant: s3, Resolved: s1, Weight: f2 - f1,
			SourceID: s2, CopyOf: s3, Cluster: i1 - i2,
		}
		if n := uint(i1) % 8; n > 0 || bit(5) {
			c.Terms = make([]Span, n)
			for j := range c.Terms {
				c.Terms[j] = Span{Pos: i1 * j, End: i2 - j}
			}
		}
		if bit(6) {
			c.Origin = &Origin{Format: article.Format(s1), File: s2, Record: i2, RecordID: s3}
		}
		if bit(7) {
			loc := time.UTC
			if zone != 0 {
				loc = time.FixedZone(s1, zone)
			}
			c.Published = time.Unix(sec, nsec).In(loc)
		}
		checkRoundTrip(t, &c)
	})
}

// checkRoundTrip checks that c comes back from a round trip. It compares
// encodings rather than calling diffClaim, whose reflection would slow the
// fuzzer a hundredfold (and its minimizer with it): the encoding holds every
// field, which TestClaimCodecComplete sees to, with floats as bits and times
// as instant and offset, so claims that encode alike are equal but for what
// the codec documents it drops.
func checkRoundTrip(t *testing.T, c *Claim) {
	t.Helper()
	enc := appendClaim(nil, c)
	var d claimDecoder
	got, rest, err := d.decode(enc)
	if err != nil || len(rest) != 0 {
		t.Fatalf("decode: rest %d bytes, err %v", len(rest), err)
	}
	if len(c.Terms) == 0 && got.Terms != nil {
		t.Fatalf("empty Terms decoded as %#v, want nil", got.Terms)
	}
	if !bytes.Equal(appendClaim(nil, &got), enc) {
		want := *c
		if len(want.Terms) == 0 {
			want.Terms = nil
		}
		t.Fatalf("round trip (-want +got):\n%s", diffClaim(&want, &got))
	}
}

// benchClaim is a claim as extraction makes one from a news article.
func benchClaim() Claim {
	sentence := "The Ukrainian Air Force said on Monday that Russia had launched up to 810 drones and decoy drones overnight, " +
		"the largest single attack of the war so far, and that air defences had downed or jammed 747 of them."
	return Claim{
		Fact:           "drones-launched-2025-09-07",
		Article:        "corpus/2025/09/07/kyiv-independent-overnight-attack.md",
		Source:         "Kyiv Independent",
		Published:      time.Date(2025, 9, 7, 9, 12, 0, 0, time.FixedZone("", 3*3600)),
		Offset:         4182,
		End:            4192,
		Line:           37,
		Column:         58,
		Text:           "up to 810",
		Sentence:       sentence,
		SentenceOffset: 4124,
		Terms:          []Span{{4, 24}, {82, 88}, {100, 106}},
		Quantity: quantity.Quantity{
			Pos: 4182, End: 4192, Kind: quantity.Number,
			Interval: quantity.Interval{Low: 0, High: 810},
			Value:    810, Hedge: "up to", Unit: "drones",
		},
		Claimant: "the Ukrainian Air Force",
		SourceID: "kyiv independent",
		Cluster:  1,
	}
}

func BenchmarkClaimCodec(b *testing.B) {
	c := benchClaim()
	enc := appendClaim(nil, &c)
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(enc)))
		buf := make([]byte, 0, 2*len(enc))
		for b.Loop() {
			buf = appendClaim(buf[:0], &c)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/claim")
	})
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(enc)))
		var d claimDecoder
		for b.Loop() {
			if _, _, err := d.decode(enc); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/claim")
	})
}

// TestClaimCodecVarintEdges round-trips numbers about the one-byte varints
// the reader takes inline, signed and unsigned.
func TestClaimCodecVarintEdges(t *testing.T) {
	var b []byte
	var want []Claim
	for _, n := range []int{0, 1, -1, 63, 64, -64, -65, 127, 128, -128, 255, 1 << 20, -(1 << 40)} {
		c := Claim{Offset: n, End: n + 63, SentenceOffset: n - 64, Line: n, Column: -n,
			Sentence: strings.Repeat("x", max(0, min(n, 300))), Terms: []Span{{n, n + 64}, {-n, 128}}, Cluster: n}
		c.Quantity.Pos, c.Quantity.End = n-1, n+128
		want = append(want, c)
		b = appendClaim(b, &c)
	}
	var d claimDecoder
	got, err := d.appendAll(nil, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d claims, want %d", len(got), len(want))
	}
	for i := range want {
		if diff := diffClaim(&want[i], &got[i]); diff != "" {
			t.Errorf("claim %d (-want +got):\n%s", i, diff)
		}
	}
}
