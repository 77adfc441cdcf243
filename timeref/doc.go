// Package timeref finds the years a sentence names relative to its own
// time of writing ("12 years ago", "last year", "in two years' time") and
// resolves them, against the article's publication date, into Year
// quantities: in an article published on 2025-08-18, "12 years ago" is
// 2013, and a rule of kind year compares it with "in 2013" elsewhere.
//
// Find reads the text only; Resolve adds the date; Describe says what came
// of it for a report. The caller shifts spans from the sentence to the
// article, as it does for quantity.Scan.
//
// # Expressions
//
// Only expressions counted from the time of writing are taken. Those counted
// from another event ("12 years earlier", "a decade later", "two years
// before", "the previous year", "the following year") name a year only once
// that event is known, and are left alone.
//
//	ago        N years ago, N decades ago, N centuries ago      -N, -10·N, -100·N
//	from now   N years from now, N years hence,                 +N
//	           in N years' time, in a year's time
//	deictic    this year 0, last year -1, next year +1,
//	           the year before last -2, the year after next +2
//
// N is a whole number: digits from 1 to 999 ("12"), words ("twelve",
// "twenty-five", "twenty five", "a hundred", "three hundred", "a hundred and
// fifty"), or "a", "one", "a couple of" (2), "a dozen" (12), "half a dozen"
// (6). Halves and quarters of a unit count too: "half a century" and "a
// half-century" (50), "a quarter of a century" and "a quarter-century" (25),
// "a decade and a half" (15), "two and a half years", "two-and-a-half
// years", "a year and a half". "Yr" and "yrs" are years. At most a thousand
// years are taken.
//
// A count that falls between two calendar years gives both: "two and a half
// years ago", written in August 2025, was some time in 2022 or 2023,
// depending on a month the words do not give, so it resolves to the range
// [2022, 2023]. Written ranges do the same: "two or three years ago", "2-3
// years ago", "two to three years ago", "a year or two ago", "a decade or two
// ago". A Ref holds a range as Years, the end nearer to publication, and Far.
//
// "Last year" and "next year" name a year only where they stand alone as an
// adverbial. After a determiner or a possessive ("the last year", "in the
// next year", "his last year in office", "Biden's last year", "the players'
// last year") they are a stretch of time, as "the past year" always is;
// "this past year" may be either, and is not taken; "last year after year"
// is no year at all. "Her" is read as a possessive only after a preposition:
// "in her last year" is a stretch of time, "police arrested her last year"
// is 2024.
//
// # Not taken
//
//   - Vague counts: "a few years ago", "several decades ago", "years ago",
//     "30-odd years ago", "a generation ago".
//   - Counts that are part of a larger figure: "65 million years ago", "ten
//     thousand years ago", "four score and seven years ago".
//   - Decimals and grouped digits: "2.5 years ago", "1,000 years ago".
//   - "In N years" without "time": news writes "the first time in 12 years"
//     and "the highest in two decades" far more often than a bare future
//     "in two years", so only "in two years' time" is read as future.
//   - Counts in other units. "18 months ago", "half a year ago", "last
//     week", "yesterday", "in February" and "last February" name dates, not
//     years; they are left for a date kind. Find dispatches on the unit word
//     each expression holds and reads the phrase outward from it, so such a
//     kind adds its unit words (month names, "week", "yesterday") to that
//     dispatch, and a unit to Ref, without changing what is here.
//   - Quoted speech is resolved against the publication date like the rest
//     of the article, whenever it was spoken.
//
// # Hedges
//
// A hedge widens the years a count allows. Resolve works on the distance d
// in years (12 for "12 years ago"), shapes it by the hedge, and then counts
// the distances back or ahead from the year of publication Y. The width w is
// d·quantity.AboutFraction rounded, and at least one year, a year being the
// finest step a Year has:
//
//	hedge        written as                                      distance     "N years ago"
//	about        about, around, roughly, approximately, some,    [d-w, d+w]   [Y-N-w, Y-N+w]
//	             circa, close to, "N or so years ago",
//	             "a year or so ago", "two years ago or so"
//	nearly       nearly, almost, just under, not quite,          [d-w, d]     [Y-N, Y-N+w]
//	             just shy of, a little under, a little less than
//	just over    just over, a little over, slightly over,        [d, d+w]     [Y-N-w, Y-N]
//	             a little more than, slightly more than
//	more than    more than, over, well over, upwards of,         [d, +Inf)    (-Inf, Y-N]
//	             in excess of
//	at least     at least, no less than, no fewer than,          [d, +Inf)    (-Inf, Y-N]
//	             "N or more years ago", "a decade or more ago",
//	             "two years ago or more", "or longer"
//	fewer than   less than, fewer than, under                    [0, d]       [Y-N, Y]
//	up to        up to, at most, no more than, not more than     [0, d]       [Y-N, Y]
//
// "About 12 years ago" is [2012, 2014] in 2025; "about 50 years ago" is
// [1970, 1980]. A hedged range widens both ends. The ends stay closed:
// "more than a decade ago", written in August 2025, is before August 2015,
// which may still be in 2015.
//
// Every hedged interval holds the unhedged year, so a hedge misread costs
// precision and never makes a false conflict: "higher now than a year ago"
// is 2024 (no hedge), but "spends more than a year ago" reads "more than".
// A hedge word that is the particle of a phrasal verb is no hedge: "the
// rebels took over two years ago" is 2023. "Only", "just", "barely",
// "exactly", "a mere" and "as recently as" are no hedges either: the count
// they stress is exact, and they are left out of the span.
//
// # Years
//
// The year of publication is pub.Year() in pub's own location, the calendar
// the writer dated the article by: an article dated 2025-12-31T23:30-05:00
// was written in 2025 although it was 2026 in UTC. "Twelve years ago" is
// twelve calendar years back whatever the month, as writers count.
package timeref
