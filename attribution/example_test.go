package attribution_test

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/attribution"
)

func Example() {
	for _, x := range []struct{ sentence, figure string }{
		{"Ukrainian authorities reported that Russian strikes killed three civilians.", "three"},
		{"Russia launched 270 drones overnight, Ukraine's air force said on Tuesday.", "270"},
		{"At least 13 people were killed, according to the U.N.", "13"},
		{"Reuters reported, citing two officials, that 40 drones had been launched.", "40"},
		{"The plan would cost $1.5 trillion, by the CBO's estimate.", "$1.5 trillion"},
		{"“We lost 40 men in a single night,” he said.", "40"},
		{"Officials said the bridge was closed; Russia launched 40 drones.", "40"},
	} {
		// A rule gives the figure's span; here it is looked up.
		pos := strings.Index(x.sentence, x.figure)
		if a, ok := attribution.Find(x.sentence, pos, pos+len(x.figure)); ok {
			fmt.Printf("%-14s %-24q %s\n", x.figure, a.Claimant, a.Cue)
		} else {
			fmt.Printf("%-14s no source\n", x.figure)
		}
	}
	// Output:
	// three          "Ukrainian authorities"  reported
	// 270            "Ukraine's air force"    said
	// 13             "the U.N."               according to
	// 40             "two officials"          citing
	// $1.5 trillion  "the CBO"                by
	// 40             no source
	// 40             no source
}

// Key folds the ways one source is written, so that claimants from
// different articles can be grouped.
func ExampleKey() {
	for _, c := range []string{"the U.N.", "The UN", "Ukraine’s Air Force", "Ukraine's air force", "Mr. Zelensky"} {
		fmt.Printf("%-22q %q\n", c, attribution.Key(c))
	}
	// Output:
	// "the U.N."             "un"
	// "The UN"               "un"
	// "Ukraine’s Air Force"  "ukraine air force"
	// "Ukraine's air force"  "ukraine air force"
	// "Mr. Zelensky"         "zelensky"
}
