package report

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// encodeIndented is v as encoding/json writes it with SetIndent(prefix,
// "  ") and no HTML escaping, without the trailing newline: what the
// hand-written encoders must write.
func encodeIndented(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// fill sets every field of the struct v points to, and of the structs its
// pointers point to, to a value that is not empty, each field's its own.
// It fails on a kind it does not know, so that a field of a new kind
// cannot go unchecked.
func fill(t *testing.T, v reflect.Value, n *int) {
	t.Helper()
	for i := range v.NumField() {
		fillValue(t, v.Field(i), v.Type().Field(i).Name, n)
	}
}

// fillStrings are what fill writes into strings, in turn: they hold what
// JSON escapes, and what it must not.
var fillStrings = []string{
	"plain", `q"uote\back`, "<b>&amp;</b>", "line\nbreak\ttab\x00\x1f\x7f",
	"line\u2028sep\u2029", "bad \xff\xfe utf-8 \xe2\x80", "€ — «cinquante» 五十",
}

// fillFloats are what fill writes into floats, in turn: either side of
// each of encoding/json's cut-offs between plain and exponent notation.
var fillFloats = []float64{3.6, 1e21, 1e-7, -2.5e-6, 999999999999999900000, 1e-6, 20146, -0.1, 5e-324, math.MaxFloat64}

func fillValue(t *testing.T, v reflect.Value, name string, n *int) {
	t.Helper()
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("%s %d %s", name, *n, fillStrings[*n%len(fillStrings)]))
	case reflect.Int:
		v.SetInt(int64(*n) * 1000003)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		v.SetFloat(fillFloats[*n%len(fillFloats)])
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillValue(t, v.Elem(), name, n)
	case reflect.Struct:
		fill(t, v, n)
	case reflect.Array:
		for i := range v.Len() {
			fillValue(t, v.Index(i), name, n)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 3, 3))
		for i := range v.Len() {
			fillValue(t, v.Index(i), name, n)
		}
	default:
		t.Fatalf("fill: field %s is a %s: teach fill, and the encoder, about it", name, v.Type())
	}
}

// variants are v with every field set, with none, and with every field
// but one.
func variants[T any](t *testing.T) []T {
	var full T
	n := 0
	fill(t, reflect.ValueOf(&full).Elem(), &n)
	vs := []T{full, *new(T)}
	for i := range reflect.TypeFor[T]().NumField() {
		v := full
		f := reflect.ValueOf(&v).Elem().Field(i)
		f.Set(reflect.Zero(f.Type()))
		vs = append(vs, v)
	}
	return vs
}

// checkAppend checks that appendFn appends each of vs as encoding/json
// writes it at indentation prefix.
func checkAppend[T any](t *testing.T, vs []T, prefix string, appendFn func([]byte, *T) ([]byte, error)) {
	t.Helper()
	for i, v := range vs {
		want, err := encodeIndented(&v, prefix)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendFn([]byte("prefix"), &v)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		got, ok := bytes.CutPrefix(got, []byte("prefix"))
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("%d: wrote\n%s\nencoding/json writes\n%s", i, got, want)
		}
	}
}

// TestAppendClaimFields: appendClaim writes what encoding/json writes for
// a claim with every field set, with none, and with every field but one.
// A field added to jsonClaim, or to jsonDates, and not to appendClaim
// fails it.
func TestAppendClaimFields(t *testing.T) {
	claims := variants[jsonClaim](t)
	full := claims[0]
	for i := range 2 * len(fillFloats) {
		c := full
		c.Dates = &jsonDates{Value: fillStrings[i%len(fillStrings)]}
		c.Value, c.Weight = fillFloats[i%len(fillFloats)], -fillFloats[(i+1)%len(fillFloats)]
		claims = append(claims, c)
	}
	checkAppend(t, claims, claimIndent, appendClaim)
}

// TestAppendInputFields: appendInput writes what encoding/json writes, as
// TestAppendClaimFields checks for claims.
func TestAppendInputFields(t *testing.T) {
	inputs := variants[jsonInput](t)
	zero, one := 0, 1
	inputs = append(inputs,
		jsonInput{Article: "a.jsonl", Status: "read", Articles: &zero, Warnings: []string{}},
		jsonInput{Article: "b.md", Status: "read", Warnings: []string{"one"}, Articles: &one})
	checkAppend(t, inputs, elementIndent, func(b []byte, in *jsonInput) ([]byte, error) {
		return appendInput(b, in), nil
	})
}

// appendFinding appends f as the writer writes a finding, its claims
// between its head and its tail.
func appendFinding(b []byte, f *jsonFinding) ([]byte, error) {
	b, err := appendFindingHead(b, f)
	if err != nil {
		return b, err
	}
	if len(f.Claims) == 0 {
		b = append(b, "[]"...)
	} else {
		sep := "[\n" + claimIndent
		for i := range f.Claims {
			b = append(b, sep...)
			sep = ",\n" + claimIndent
			if b, err = appendClaim(b, &f.Claims[i]); err != nil {
				return b, err
			}
		}
		b = append(b, "\n"+elementIndent+"  ]"...)
	}
	return appendFindingTail(b, f), nil
}

// TestAppendFindingFields: a finding written by hand is what
// encoding/json writes for it, as TestAppendClaimFields checks for claims.
func TestAppendFindingFields(t *testing.T) {
	findings := variants[jsonFinding](t)
	for i := range findings {
		// The writer writes claims from the checker's, so always an
		// array, as toJSONFinding's empty Claims is.
		if findings[i].Claims == nil {
			findings[i].Claims = []jsonClaim{}
		}
	}
	full := findings[0]
	for _, cons := range []*jsonConsensus{{Best: 1e21}, {Best: -0.5, Dates: &jsonConsensusDates{Best: "2025-02-27"}}} {
		f := full
		f.Consensus = cons
		findings = append(findings, f)
	}
	f := full
	f.Conflicts, f.SelfContradictions, f.Baselined = [][2]int{}, [][2]int{{0, 1}}, nil
	findings = append(findings, f)
	checkAppend(t, findings, elementIndent, appendFinding)
}

// TestAppendClaimUnsupported: a number JSON cannot write fails appendClaim,
// and appendFindingHead, with encoding/json's error.
func TestAppendClaimUnsupported(t *testing.T) {
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		for _, set := range []func(c *jsonClaim){
			func(c *jsonClaim) { c.Low = &x },
			func(c *jsonClaim) { c.High = &x },
			func(c *jsonClaim) { c.Value = x },
			func(c *jsonClaim) { c.Weight = x },
		} {
			var c jsonClaim
			set(&c)
			_, want := encodeIndented(&c, claimIndent)
			_, got := appendClaim(nil, &c)
			if want == nil || got == nil || got.Error() != want.Error() {
				t.Errorf("appendClaim of %v: err = %v, want %v", x, got, want)
			}
		}
		f := jsonFinding{Consensus: &jsonConsensus{Best: x}, Claims: []jsonClaim{}}
		_, want := encodeIndented(&f, elementIndent)
		_, got := appendFinding(nil, &f)
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("appendFindingHead of %v: err = %v, want %v", x, got, want)
		}
	}
}

func checkJSONString(t *testing.T, s string) {
	t.Helper()
	want, err := encodeIndented(s, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
		t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
	}
}

// TestAppendJSONString: appendJSONString quotes every byte, and every
// rune, as encoding/json does.
func TestAppendJSONString(t *testing.T) {
	for _, s := range fillStrings {
		checkJSONString(t, s)
	}
	for b := range 256 {
		checkJSONString(t, string([]byte{byte(b)}))
		checkJSONString(t, "a"+string([]byte{byte(b)})+"z")
	}
	var sb strings.Builder
	for r := rune(0); r <= utf8.MaxRune; r++ {
		sb.WriteRune(r)
		if sb.Len() > 4096 || r == utf8.MaxRune {
			checkJSONString(t, sb.String())
			sb.Reset()
		}
	}
	// Surrogates, overlong and truncated encodings.
	for _, s := range []string{"\xed\xa0\x80", "\xc0\x80", "\xe2\x80", "\xe2\x80\xa8\xe2\x80", "\xf4\x90\x80\x80"} {
		checkJSONString(t, s)
	}
}

// TestAppendJSONStringEveryPlace puts every byte value at every place of
// strings of up to 24 plain bytes: plainString checks whole words, the
// last of them overlapping the one before, and a short string filled out.
func TestAppendJSONStringEveryPlace(t *testing.T) {
	for n := range 25 {
		for pos := range n {
			for c := range 256 {
				b := []byte(strings.Repeat("ab c~", 5)[:n])
				b[pos] = byte(c)
				checkJSONString(t, string(b))
				if want := c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\'; plainString(string(b)) != want {
					t.Fatalf("plainString(%q) = %v, want %v", b, !want, want)
				}
			}
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range fillStrings {
		f.Add(s)
	}
	f.Add("<>&\u2028\u2029")
	f.Fuzz(func(t *testing.T, s string) {
		checkJSONString(t, s)
	})
}

func FuzzAppendJSONFloat(f *testing.F) {
	for _, x := range fillFloats {
		f.Add(x)
	}
	f.Add(math.NaN())
	f.Add(math.Inf(-1))
	f.Fuzz(func(t *testing.T, x float64) {
		want, wantErr := json.Marshal(x)
		got, err := appendJSONFloat(nil, x)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("appendJSONFloat(%v): err = %v, want %v", x, err, wantErr)
		}
		if err == nil && !bytes.Equal(got, want) {
			t.Fatalf("appendJSONFloat(%v) = %s, want %s", x, got, want)
		}
	})
}

// TestPlain8 holds plain8 to a byte at a time: every byte value in every
// position, among plain bytes and among others that are not.
func TestPlain8(t *testing.T) {
	plain := func(c byte) bool { return c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\' }
	for _, fill := range []byte{'a', ' ', '~', '!', '#', '[', ']', 0x7f} {
		for pos := range 8 {
			for c := range 256 {
				var w [8]byte
				for i := range w {
					w[i] = fill
				}
				w[pos] = byte(c)
				want := plain(byte(c)) && plain(fill)
				if got := plain8(binary.LittleEndian.Uint64(w[:])); got != want {
					t.Fatalf("plain8(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
}

// TestAppendJSONFloatWhole holds the whole numbers appendJSONFloat writes
// as integers to encoding/json, about the bound where it stops.
func TestAppendJSONFloatWhole(t *testing.T) {
	var xs []float64
	for _, x := range []float64{0, 1, 7, 10, 1e6, 20318, 1 << 30, 1 << 53, 1e14, 1e15, 1e16, 1e21} {
		for _, d := range []float64{-1, 0, 1} {
			xs = append(xs, x+d, -(x + d), math.Nextafter(x+d, 0), math.Nextafter(x+d, math.Inf(1)))
		}
	}
	xs = append(xs, math.Copysign(0, -1), 999999999999999, -999999999999999, 0.5, -0.5, 1.5)
	for _, x := range xs {
		want, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendJSONFloat(nil, x)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("appendJSONFloat(%v) = %s, %v; want %s", x, got, err, want)
		}
	}
}
