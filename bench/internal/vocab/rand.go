package vocab

import "math/bits"

// Rand is a small splitmix64 generator. The generators use their own rather
// than math/rand/v2 because their output must stay byte-for-byte the same
// for a seed across Go releases, and the standard library promises that
// only for its sources, not for the methods (IntN, Float64…) built on them.
// It is also cheap to create one per article, which is what lets articles
// be generated in parallel and still come out the same.
type Rand struct{ s uint64 }

// NewRand returns a generator for seed and the given stream numbers: the
// same arguments always give the same sequence, and streams of one seed
// are independent of each other (an article's index, a fact's index).
func NewRand(seed uint64, stream ...uint64) *Rand {
	r := &Rand{s: seed ^ 0x6a09e667f3bcc909}
	for _, x := range stream {
		r.s = mix(r.s + x*0x9e3779b97f4a7c15 + 1)
	}
	return r
}

func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Uint64 returns the next 64 random bits.
func (r *Rand) Uint64() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix(r.s)
}

// IntN returns a number in [0, n); n must be positive. Lemire's multiply
// and shift: the bias is below 2^-32 for the small n used here, far below
// anything a benchmark corpus could show.
func (r *Rand) IntN(n int) int {
	hi, _ := bits.Mul64(r.Uint64(), uint64(n))
	return int(hi)
}

// Between returns a number in [lo, hi].
func (r *Rand) Between(lo, hi int) int { return lo + r.IntN(hi-lo+1) }

// Float64 returns a number in [0, 1).
func (r *Rand) Float64() float64 { return float64(r.Uint64()>>11) / (1 << 53) }

// Chance reports true with probability p.
func (r *Rand) Chance(p float64) bool { return r.Float64() < p }

// Pick returns a random element of xs, which must not be empty.
func Pick[T any](r *Rand, xs []T) T { return xs[r.IntN(len(xs))] }
