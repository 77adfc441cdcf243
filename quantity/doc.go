// Package quantity reads the numbers English news writes — digits, number
// words, fractions, money, percentages, years and durations, hedged, ranged
// and vague — and turns each into an honest interval with the byte span of
// the words it came from.
//
// The scan is one pass over an article, shared by every rule: a rule never
// re-reads the text, it picks from the quantities found here, and may read
// hedged and vague ones with its own widths (Widths.Apply).
//
// # Kinds
//
// Every quantity has one of five kinds, so that "in 2014" is never taken
// for a count of 2014 things:
//
//	number    a count or a measure: "seven civilians", "1.2M", "3.5 times",
//	          "half a million", "minus 12", "two point five billion"
//	percent   a share: "20%", "20 per cent", "20pc", "one in five" (20),
//	          "two-thirds of the country" (66.67), "half the voters" (50),
//	          "3 percentage points" (Unit "percentage points", kept apart)
//	money     an amount of a currency in whole units: "$100bn" (1e11),
//	          "€50 million", "100 billion dollars", "99 cents" (0.99),
//	          "Rs 5 crore", "10 Canadian dollars"; Currency is ISO 4217
//	year      a calendar year or decade: "in 2014", "2022-23", "the 1990s"
//	duration  a length of time: "three years", "a three-year war",
//	          "two and a half years", "12 years ago"; Unit is the time unit
//
// A percentage's value is the number before the sign. A fraction followed by
// "of" something other than a scale is a share and so a percentage ("a fifth
// of Ukraine" is 20); a fraction that multiplies a scale stays a number ("a
// quarter of a million" is 250000), and so does one standing alone ("two
// thirds" is 0.667, "1/5" is 0.2).
//
// # Intervals and hedges
//
// Exact amounts are points ("seven", "7", "1,200", "a dozen"), and a
// duration in whole units means at least that many ("three years" is [3, 4)).
// Hedges shape the interval around the figure x as written, with
// f = AboutFraction (0.10) unless a rule gives its own:
//
//	hedge        written as                                         interval
//	about        about, around, roughly, approximately, some,       [x-f·x, x+f·x]
//	             circa, an estimated, close to, in the region of
//	nearly       nearly, almost, just under, not quite              [x-f·x, x)
//	just over    just over, slightly more than, a little over       (x, x+f·x]
//	up to        up to, as many as, as much as, at most,            [0, x]
//	             no more than, a maximum of, X or fewer
//	more than    more than, over, above, exceeding, in excess of,   (x, +Inf)
//	             upwards of, well over, north of
//	at least     at least, no fewer than, no less than,             [x, +Inf)
//	             a minimum of, X or more, X+, X-plus
//	fewer than   fewer than, less than, under, below                [0, x)
//	between      between X and Y, from X to Y                       [X, Y]
//	range        X-Y, X–Y, X to Y, X or Y, "2022-23"                [X, Y]
//	ago          "12 years ago": the duration, counted back
//
// Bounds below a negative figure have no lower end. A share is at most 100:
// "more than half of" is (50, 100]. A hedged range widens both ends: "about
// 3-5" is [2.7, 5.5]. A range of durations keeps the whole last unit: "two
// to three years" is [2, 4). Value is the figure as written, the midpoint of
// a range.
//
// # Vague amounts
//
// Vague amounts are marked Vague; Hedge holds the phrase and the interval is
// a default (VagueDefault), which a rule may replace; Value is its midpoint:
//
//	a few [2, 5]           several [3, 9]          dozens [24, 99]
//	scores of [40, 99]     hundreds [200, 999]     thousands [2000, 9999]
//	millions [2e6, 1e9-1]  billions [2e9, 1e12-1]
//	"a few S", "several S"  [lo·S, hi·S]              "a few hundred" [200, 500]
//	"M of S"                [lo(M)·S, (hi(M)+1)·S-1]  "tens of thousands" [20000, 99999]
//
// "A dozen", "a couple of" and "half a dozen" are exact: 12, 2 and 6.
//
// # Units
//
// Unit is the counted noun after a Number ("seven civilians"), reached past
// filler words ("two more people"), past "of" and determiners ("dozens of
// the people"), past capitalised modifiers and abbreviations ("17 U.S.
// Patriot missile systems" is "systems": a lower-case plural after a
// singular noun is taken as the head of a compound). A capitalised word is
// taken as the unit only when it looks plural and nothing lower-case
// follows ("7 Ukrainians"); an abbreviation ("U.S.") never is. Money and
// Percent quantities carry no unit, except "percentage points".
//
// # Years
//
// A bare integer of four digits from 1000 to 2100 is a Year, unless a
// hedge, a currency, a percent sign, a scale or a time unit goes with it, or
// a plural noun follows it without a preposition or determiner before it
// ("1500 soldiers" is a Number, "the 2022 invasion" a Year).
//
// # What is not a quantity
//
// Nothing is emitted for ordinals ("21st", "a third term", "the second
// half"), day numbers ("August 18", "18 August"), dates ("8/15", "9/11",
// "2022-02-24"), clock times ("10:30", "5 p.m."), numbered names ("Article
// 5", "Flight 370", "G7", "F-16", "COVID-19"), codes and phone numbers
// ("007", "555-0123", "+1 202 555 0143"), scores ("52-48"), the "one" of
// "one of the" and "no one". A slash between figures is a fraction only when
// the numerator is the smaller and the denominator one fractions use (2, 3,
// 4, 5, 6, 8, 10, 16, 32, 64, 100).
package quantity
