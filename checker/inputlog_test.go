package checker

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/article"
)

// TestInputLogOrder: inputs come back in path order, inputs of one path in
// the order they were added, however they were added and whether they are
// in memory or on disk, read a byte or a window at a time.
func TestInputLogOrder(t *testing.T) {
	in := func(path string, more ...string) article.Input {
		return article.Input{Path: path, Status: article.ReadOK, Warnings: more}
	}
	long := strings.Repeat("w", 3000)
	orders := map[string][]article.Input{
		"sorted":   {in("a.md"), in("b.md"), in("c.md")},
		"reversed": {in("c.md"), in("b.md"), in("a.md")},
		// A folder walk visits "2024" before "2024.md", which sorts first.
		"walk": {in("2024/a.md"), in("2024/b.md"), in("2024.md"), in("2025/a.md")},
		// A JSON-lines file's bad records follow it under its path, and a
		// path given twice is two inputs.
		"same path": {in("b.jsonl"), {Path: "b.jsonl", Status: article.Skipped, Reason: "line 2"}, in("a.md"), {Path: "b.jsonl", Status: article.Skipped, Reason: "line 9"}, in("a.md", "again")},
		"long":      {in("z", long, long), in("y", long), in("x")},
		"empty":     nil,
	}
	for name, order := range orders {
		want := slices.Clone(order)
		slices.SortStableFunc(want, func(a, b article.Input) int { return strings.Compare(a.Path, b.Path) })
		for _, limit := range []int64{1 << 20, 0} {
			for _, window := range []int{1, 5, 64, 0} {
				t.Run(fmt.Sprintf("%s/limit %d/window %d", name, limit, window), func(t *testing.T) {
					l := inputLog{sp: &spill{dir: t.TempDir(), limit: limit}, window: window}
					defer l.sp.close()
					for _, x := range order {
						if err := l.add(x); err != nil {
							t.Fatal(err)
						}
					}
					if err := l.flush(); err != nil {
						t.Fatal(err)
					}
					if onDisk := l.sp.f != nil; onDisk != (limit == 0 && len(order) > 0) {
						t.Errorf("on disk = %v with limit %d", onDisk, limit)
					}
					for pass := range 2 {
						var got []article.Input
						for x, err := range l.all() {
							if err != nil {
								t.Fatal(err)
							}
							got = append(got, x)
						}
						if diff := cmp.Diff(want, got); diff != "" {
							t.Errorf("pass %d (-want +got):\n%s", pass, diff)
						}
					}
				})
			}
		}
	}
}

// TestInputCodecComplete fails when a field is added to article.Input and
// the codec is not taught it.
func TestInputCodecComplete(t *testing.T) {
	var want article.Input
	(&filler{}).fill(t, reflect.ValueOf(&want).Elem(), "Input")
	got, err := decodeInput(appendInput(nil, &want))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestInputCodecErrors: a cut or spoilt encoding is an error, never a panic
// or an input.
func TestInputCodecErrors(t *testing.T) {
	full := appendInput(nil, &article.Input{Path: "a.md", Status: article.Skipped, Reason: "why", Warnings: []string{"one", "two"}, Benign: true})
	for n := range len(full) {
		if _, err := decodeInput(full[:n]); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("first %d of %d bytes: err = %v, want unexpected EOF", n, len(full), err)
		}
	}
	for _, b := range [][]byte{
		append(bytes.Clone(full[:len(full)-1]), 2), // Benign neither 0 nor 1
		append(bytes.Clone(full), 0),               // a byte too many
	} {
		if _, err := decodeInput(b); err == nil {
			t.Errorf("% x: no error", b)
		}
	}
}

func FuzzInputCodec(f *testing.F) {
	f.Add(appendInput(nil, &article.Input{Path: "a.md", Status: article.ReadOK}), "p", "w", 3, true)
	f.Fuzz(func(t *testing.T, b []byte, path, warning string, articles int, benign bool) {
		// Whatever decodes encodes to what decodes the same (not to the
		// same bytes: a varint may be written longer than it need be).
		if in, err := decodeInput(b); err == nil {
			again, err := decodeInput(appendInput(nil, &in))
			if err != nil || !cmp.Equal(in, again) {
				t.Errorf("decode(% x) = %+v, which round-trips to %+v, %v", b, in, again, err)
			}
		}
		want := article.Input{Path: path, Status: article.Skipped, Reason: warning, Articles: articles, Warnings: []string{warning, path}, Benign: benign}
		got, err := decodeInput(appendInput(nil, &want))
		if err != nil || !cmp.Equal(want, got) {
			t.Errorf("round trip of %+v: %+v, %v", want, got, err)
		}
	})
}
