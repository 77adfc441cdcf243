package article

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Limits bound what one input may cost, so a stray disk image or a runaway
// export cannot take a run's memory. The zero value means DefaultLimits.
type Limits struct {
	// MaxSize is the largest article, in bytes: a text, Markdown or HTML
	// file, or the "text" of a JSON-lines record. A JSON-lines file as a
	// whole has no limit: it is read a line at a time.
	MaxSize int64
	// MaxLine is the longest line of a JSON-lines file, in bytes. One line
	// is one record, read whole before it is decoded, so this bounds the
	// memory each job holds.
	MaxLine int
}

// Default limits. 64 MiB is over a hundred times the longest news article
// (a long read is 100 KB of text; a saved page with inline images a few
// MB), yet small enough that a job per core can hold one. 16 MiB per
// JSON-lines record fits any article plus its metadata and escaping, and
// matches the line limit of claim streams (package claims), so a corpus
// exported as JSON lines and the claims extracted from it have one limit.
const (
	DefaultMaxSize = 64 << 20
	DefaultMaxLine = 16 << 20
)

// DefaultLimits are the limits of a run that sets none.
var DefaultLimits = Limits{MaxSize: DefaultMaxSize, MaxLine: DefaultMaxLine}

func (l Limits) orDefault() Limits {
	if l.MaxSize <= 0 {
		l.MaxSize = DefaultMaxSize
	}
	if l.MaxLine <= 0 {
		l.MaxLine = DefaultMaxLine
	}
	return l
}

// sizeUnits are the units ParseSize reads, longest first so that "MiB" is
// not read as "M" + "iB". kB, MB and GB are decimal (SI); KiB, MiB and GiB,
// and the bare K, M and G, binary.
var sizeUnits = []struct {
	name string
	n    int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40},
	{"b", 1},
}

// ParseSize reads a size as --max-article-size takes it: a number of
// bytes, optionally with a unit (case-insensitive, spaces allowed):
// "65536", "64MB" (64,000,000: SI units are decimal), "64MiB" or "64M"
// (binary), "1.5GiB". The size must be positive.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.n
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%q is not a size: write bytes, or a number with a unit (64MB, 64MiB, 1GiB)", s)
	}
	v := f * float64(mult)
	if v < 1 || v > math.MaxInt64/2 {
		return 0, fmt.Errorf("%q is out of range: give a size from 1 byte to 4 EiB", s)
	}
	return int64(v), nil
}

// FormatSize writes a size the way ParseSize reads it back: in the largest
// binary unit that divides it ("64MiB"), else to one decimal ("70.3MiB"),
// else in bytes.
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		n    int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.n {
			if n%u.n == 0 {
				return strconv.FormatInt(n/u.n, 10) + u.name
			}
			return strconv.FormatFloat(float64(n)/float64(u.n), 'f', 1, 64) + u.name
		}
	}
	return strconv.FormatInt(n, 10) + "B"
}
