package report

import (
	"io"
	"testing"
)

// BenchmarkWrite renders the fixture report in every format, to keep the
// CI formats' cost in view next to the scan's.
func BenchmarkWrite(b *testing.B) {
	r := fixture()
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, format, r, TextOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
