// Package checker is the engine: it reads articles, takes from each sentence
// the claims that rules describe, and compares the claims of every fact
// across sources into findings. It never prints; callers render the
// Result.
//
// The stages are separate functions with small types between them, so a
// program can run any of them alone: Extract (one article → claims, safe to
// run in parallel) and Compare (all claims → findings) are what Run wires
// together.
package checker
