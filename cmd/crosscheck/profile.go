package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// profile starts the profiles the environment asks for and returns what
// stops them and writes them out:
//
//   - CROSSCHECK_CPUPROFILE=FILE, a CPU profile of the run;
//   - CROSSCHECK_MEMPROFILE=FILE, a heap profile taken when the heap was
//     at its largest, which is what peak RSS is made of (a profile at exit
//     would show what is left, not what the run held).
//
// Both are for go tool pprof: the benchmarks (bench/) time whole runs, and
// these say where the time and the memory went without a build of one's own.
func profile() (stop func(), err error) {
	var stops []func()
	stop = func() {
		for i := len(stops) - 1; i >= 0; i-- {
			stops[i]()
		}
	}
	if path := os.Getenv("CROSSCHECK_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return stop, fmt.Errorf("CROSSCHECK_CPUPROFILE: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return stop, fmt.Errorf("CROSSCHECK_CPUPROFILE: %w", err)
		}
		stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
	}
	if path := os.Getenv("CROSSCHECK_MEMPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			stop()
			return func() {}, fmt.Errorf("CROSSCHECK_MEMPROFILE: %w", err)
		}
		done, finished := make(chan struct{}), make(chan struct{})
		var peak bytes.Buffer
		go func() {
			defer close(finished)
			sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			var largest uint64
			take := func() {
				metrics.Read(sample)
				// A new profile when the heap has grown by a tenth: a
				// profile costs a few milliseconds, and one per tick
				// would slow the run it measures.
				if n := sample[0].Value.Uint64(); n > largest+largest/10 {
					largest = n
					peak.Reset()
					_ = pprof.Lookup("heap").WriteTo(&peak, 0)
				}
			}
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-tick.C:
					take()
				case <-done:
					take()
					return
				}
			}
		}()
		stops = append(stops, func() {
			close(done)
			<-finished
			if _, err := f.Write(peak.Bytes()); err != nil {
				fmt.Fprintf(os.Stderr, "crosscheck: CROSSCHECK_MEMPROFILE: %v\n", err)
			}
			f.Close()
		})
	}
	return stop, nil
}
