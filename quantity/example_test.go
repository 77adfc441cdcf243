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

// Shares and ratios are percentages, so "a fifth of" agrees with "20%";
// a fraction that multiplies a scale is a number.
func ExampleScan_shares() {
	text := "Russia holds a fifth of Ukraine; one in five homes lost power; half a million fled; 2pp higher."
	for _, q := range quantity.Scan(text) {
		fmt.Printf("%-16q %-7v %g %q\n", text[q.Pos:q.End], q.Kind, q.Value, q.Unit)
	}
	// Output:
	// "a fifth"        percent 20 ""
	// "one in five"    percent 20 ""
	// "half a million" number  500000 ""
	// "2pp"            percent 2 "percentage points"
}

// A vague amount keeps its phrase in Hedge, and its interval is a default.
func ExampleScan_vague() {
	text := "Dozens were hurt and tens of thousands fled; a few hundred stayed."
	for _, q := range quantity.Scan(text) {
		fmt.Printf("%-19q vague=%v hedge=%q [%g, %g]\n", text[q.Pos:q.End], q.Vague, q.Hedge, q.Interval.Low, q.Interval.High)
	}
	// Output:
	// "Dozens"            vague=true hedge="dozens" [24, 99]
	// "tens of thousands" vague=true hedge="tens of thousands" [20000, 99999]
	// "a few hundred"     vague=true hedge="a few hundred" [200, 500]
}

// A rule that knows its sources round more freely reads the same scan with
// wider hedges, and gives its own meaning to a vague word.
func ExampleWidths_Apply() {
	w := quantity.Widths{About: 0.25, Vague: map[string]quantity.Interval{"dozens": {Low: 13, High: 99}}}
	text := "around 20% of the land; dozens of villages"
	for _, q := range quantity.Scan(text) {
		iv := w.Apply(q).Interval
		fmt.Printf("%-12q [%g, %g]\n", text[q.Pos:q.End], iv.Low, iv.High)
	}
	// Output:
	// "around 20%" [15, 25]
	// "dozens"     [13, 99]
}

func ExampleVagueDefault() {
	for _, p := range []string{"several", "a few thousand", "hundreds of thousands"} {
		iv, _ := quantity.VagueDefault(p)
		fmt.Printf("%s: [%g, %g]\n", p, iv.Low, iv.High)
	}
	// Output:
	// several: [3, 9]
	// a few thousand: [2000, 5000]
	// hundreds of thousands: [200000, 999999]
}
