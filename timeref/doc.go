// Package timeref finds the years a sentence names relative to its own
// time of writing ("12 years ago", "last year", "in two years' time") and
// resolves them, against the article's publication date, into Year
// quantities: in an article published on 2025-08-18, "12 years ago" is
// 2013, and a rule of kind year compares it with "in 2013" elsewhere. It
// also reads the days a sentence names ("on Monday", "yesterday", "in
// February", "August 18, 2025") into Date quantities; see Dates below.
//
// Find reads the text only; Resolve adds the date; Describe says what came
// of it for a report. FindDates, ResolveDate and DescribeDate do the same
// for dates. The caller shifts spans from the sentence to the article, as
// it does for quantity.Scan.
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
//     years: FindDates reads them (all but "half a year ago").
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
//
// # Dates
//
// FindDates reads the expressions that name a calendar day or a run of
// days, and ResolveDate turns each into a quantity.Date: the first and last
// day the words allow, as day numbers (quantity.Day). The examples resolve
// in an article published on Monday 2025-08-18.
//
//	written out   August 18, 2025; Aug. 18, 2025; 18 August 2025;     2025-08-18
//	              the 18th of August 2025; 2025-08-18
//	              August 2025, in August of 2025                     2025-08-01 to 2025-08-31
//	              August 14-15, 2025; 14 and 15 August 2025           2025-08-14 to 2025-08-15
//	no year       on August 16, 16 August, the 16th of August         2025-08-16
//	              in February, during February, February's           2025-02-01 to 2025-02-28
//	              early / mid- / late February                       days 1-15 / 10-20 / 16-end
//	              the beginning / middle / end of February           the same
//	              last February, next March, this June                2025-02, 2026-03, 2025-06
//	              in February last year, February 24 last year        2024-02, 2024-02-24
//	weekdays      on Monday, Monday's, Monday (AP style)              2025-08-18
//	              on Sunday                                           2025-08-17
//	              last Tuesday, next Monday                           2025-08-12, 2025-08-25
//	              Tuesday last week                                   2025-08-12
//	              Monday, August 18 (the date written wins)           2025-08-18
//	counted       today, tonight, this morning                        2025-08-18
//	              yesterday, the day before yesterday                 2025-08-17, 2025-08-16
//	              tomorrow, the day after tomorrow                    2025-08-19, 2025-08-20
//	              last night                                          2025-08-17 to 2025-08-18
//	              last week, this week, next week                     2025-08-11 to 2025-08-17, ...
//	              earlier this week, later this month                 2025-08-18, 2025-08-19 to 2025-08-31
//	              the week before last                                2025-08-04 to 2025-08-10
//	              last month, this month, next month                  2025-07-01 to 2025-07-31, ...
//	              three days ago, two weeks ago, 18 months ago        2025-08-15, 2025-08-04 to 2025-08-10, 2024-02
//	              three days from now, in two weeks' time             2025-08-21, 2025-09-01 to 2025-09-07
//	weekends      over / at the weekend, this past weekend            2025-08-16 to 2025-08-17
//	              last weekend, this weekend, next weekend
//
// A preposition before the expression ("on", "in", "during"; "over" and
// "at" for the weekend) is part of its span; a possessive "'s" is not.
//
// Only a date written out with its year is read without the publication
// date (DateRef.Written). Every other expression counts from it, a year-less
// "August 18" included, and without one ResolveDate gives nothing.
//
// The calendar of the publication date:
//
//   - A month or a day without a year falls in the twelve months from
//     eight months before the publication month to three after it: in an
//     article of August 2025, "in February" is February 2025, "in December"
//     December 2024, and "on November 5" (the election ahead) 2025-11-05.
//     "last February" is the latest February before the publication month,
//     "next March" the first after it.
//   - A weekday is the latest on or before the publication date: "on
//     Monday" in an article of Tuesday is the day before, in an article of
//     Monday that day. In a clause about the future ("talks will resume on
//     Thursday": will, shall, 'll, won't, scheduled, slated, upcoming,
//     expected, before the weekday and after any verb of saying) it is the
//     first on or after. "last Monday" is the latest strictly before,
//     "next Monday" the first strictly after.
//   - Weeks run from Monday to Sunday; "last week" is the whole week
//     before the publication week, "two weeks ago" the whole week two
//     before, so "a week ago" holds the day seven days back, however
//     loosely it was meant. Months are calendar months.
//   - The weekend is a Saturday and a Sunday: "over the weekend" is the
//     latest begun on the publication date, "last weekend" the one before
//     that when the article is dated on a weekend, "this weekend" the one
//     ahead on a weekday.
//   - Counts take the hedges of years, in their unit, and a range ("two or
//     three days ago") gives both ends: "about two weeks ago" is the weeks
//     one to three back, "more than three days ago" any day up to 2025-08-15.
//     A count must be whole: "a week and a half ago" is no day.
//
// # Dates not taken
//
//   - Bounds of a stretch of time: a date after since, until, till,
//     through, by, before, after, from, to, between ("between Monday and
//     Wednesday" names neither), or "as of". A possessive is taken after
//     any word: "since Monday's strike" names the strike's day.
//   - Month names that are something else: "May" as a verb or a name ("May
//     said", "prices may rise"), "the march", "March organisers". A month
//     alone must be written as a time ("in May", "early May", "last May",
//     "May's"); month names are capitalised, abbreviations ("Aug") taken
//     only with a day or a year.
//   - Weekdays that are names: "Bloody Sunday", "Black Friday", "Super
//     Tuesday", "the Sunday Times", "the Mail on Sunday", "Sunday school",
//     "USA Today"; after a determiner ("a Monday", "every Friday", "the
//     following Monday"); "Monday to Friday".
//   - A number that counts: "In May 20 people died" is May, not May 20.
//   - An ordinal alone ("on the 18th"), clock times ("at 3 p.m."), spans of
//     hours ("a 24-hour period", "24 hours ago"), seasons ("this summer"),
//     numeric dates other than ISO 8601 ("8/18/2025", "18.08.2025", whose
//     order of day and month the text does not say), vague counts ("days
//     ago"), "in N days" without "time" (as for years), and expressions
//     counted from another event ("the next day", "a week later").
//   - Dates that are names: "the September 11 attacks" resolves as a date
//     in the publication's year window. A rule that meets them can exclude
//     them with none: terms.
package timeref
