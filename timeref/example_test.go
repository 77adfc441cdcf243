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

// An article published on Tuesday 2025-08-19 reads its dates against that
// day; a date written out in full needs no publication date.
func ExampleFindDates() {
	pub := time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
	sentence := "The strike on Monday, like yesterday's, was the worst since talks in February; " +
		"the one on August 16, 2025 killed seven, and more are feared next week."
	for _, r := range timeref.FindDates(sentence) {
		q := timeref.ResolveDate(r, pub)
		fmt.Println(timeref.DescribeDate(r, pub, q))
		fmt.Printf("\t%v [%g, %g] value=%g written=%v\n", q.Kind, q.Interval.Low, q.Interval.High, q.Value, r.Written)
	}
	// Output:
	// "on Monday" from 2025-08-19 → 2025-08-18
	// 	date [20318, 20318] value=20318 written=false
	// "yesterday" from 2025-08-19 → 2025-08-18
	// 	date [20318, 20318] value=20318 written=false
	// "in February" from 2025-08-19 → 2025-02-01 to 2025-02-28
	// 	date [20120, 20147] value=20133 written=false
	// "on August 16, 2025" → 2025-08-16
	// 	date [20316, 20316] value=20316 written=true
	// "next week" from 2025-08-19 → 2025-08-25 to 2025-08-31
	// 	date [20325, 20331] value=20328 written=false
}
