package quantity_test

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/quantity"
)

func ExampleScan() {
	text := "Strikes killed seven civilians, officials said, in a war now nearly four years long; " +
		"Kyiv was offered up to $100 billion in weapons and controls about 80% of its land."
	for _, q := range quantity.Scan(text) {
		iv := q.Interval
		fmt.Printf("%-20q %-8v [%g, %g] open=%v/%v hedge=%q unit=%q currency=%q\n",
			text[q.Pos:q.End], q.Kind, iv.Low, iv.High, iv.LowOpen, iv.HighOpen, q.Hedge, q.Unit, q.Currency)
	}
	// Output:
	// "seven"              number   [7, 7] open=false/false hedge="" unit="civilians" currency=""
	// "nearly four years"  duration [3.6, 4] open=false/true hedge="nearly" unit="years" currency=""
	// "up to $100 billion" money    [0, 1e+11] open=false/false hedge="up to" unit="" currency="USD"
	// "about 80%"          percent  [72, 88] open=false/false hedge="about" unit="" currency=""
}
