package timeref_test

import (
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/timeref"
)

// An article published on 2025-08-18 counts its years back from 2025.
func Example() {
	pub := time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC)
	sentence := "Crimea was taken (12 years ago, without a shot being fired!), more than a decade ago; " +
		"last year's talks failed, as talks had two and a half years ago."
	for _, r := range timeref.Find(sentence) {
		q := timeref.Resolve(r, pub)
		fmt.Println(timeref.Describe(r, pub, q))
		fmt.Printf("\t%v [%g, %g] value=%g hedge=%q\n", q.Kind, q.Interval.Low, q.Interval.High, q.Value, q.Hedge)
	}
	// Output:
	// "12 years ago" from 2025-08-18 → 2013
	// 	year [2013, 2013] value=2013 hedge=""
	// "more than a decade ago" from 2025-08-18 → 2015 or earlier
	// 	year [-Inf, 2015] value=2015 hedge="more than"
	// "last year" from 2025-08-18 → 2024
	// 	year [2024, 2024] value=2024 hedge=""
	// "two and a half years ago" from 2025-08-18 → 2022–2023
	// 	year [2022, 2023] value=2022.5 hedge="range"
}
