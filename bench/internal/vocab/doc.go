// Package vocab is the vocabulary bench/gencorpus and bench/genrules share,
// so that the generated rules match the generated articles by construction:
// the subjects articles are about (cities, countries, invented companies and
// people), the outlets they come from, and the topics that turn a subject
// into a fact (civilians killed in a strike on a city, the unemployment
// rate of a country, the price of a company's acquisition). A topic carries
// both the rule of its facts (kind, unit, match terms, tolerance) and the
// sentence patterns that state them or nearly do, so a change to one is
// tested against the other (TestPatterns).
//
// Everything here is deterministic for a seed: its own random number
// generator (Rand), no maps iterated, no floating-point operation left for
// the compiler to fuse.
package vocab
