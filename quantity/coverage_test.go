package quantity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// coverage_test.go holds the contract of /work/notes/quantity-spec.md as a
// table of news sentences, one or more quantities each. It is written from
// the spec, not from the scanner: cases the scanner does not meet yet are
// the to-do list of the extension. Where the spec is silent the expectation
// follows the behaviour documented in doc.go and scan_test.go; a `guess:`
// comment marks the few places where neither settles it.

// mon is an exact amount of money.
func mon(span string, v float64, cur string) found { return q(span, Money, v, v).cur(cur) }

// pct is an exact percentage, or a share read as one ("two-thirds of").
func pct(span string, v float64) found { return q(span, Percent, v, v) }

var coverageTests = []struct {
	name string
	text string
	want []found
}{
	// ---------------------------------------------------------------
	// Numbers: digits, separators, decimals.
	{"digits: two separators", "The commission said 1,234,567 ballots had been counted by midnight on May 12, a turnout of 61%.", []found{num("1,234,567", 1234567, "ballots"), pct("61%", 61)}},
	{"digits: separator past filler", "Officials registered 48,000 new arrivals in the border town of Medyka, up from 35,000 a week earlier.", []found{num("48,000", 48000, "arrivals"), num("35,000", 35000, "")}},
	{"digits: trailing zeros after point", "The index closed at 4.800, its lowest level since March.", []found{num("4.800", 4.8, "")}},
	{"digits: leading point", "Rainfall measured .75 inches in the capital on Sunday, and 3 inches fell in the hills.", []found{num(".75", 0.75, "inches"), num("3", 3, "inches")}},
	{"digits: decimal before stop word", "The quake measured 6.8 on the Richter scale, the survey said.", []found{num("6.8", 6.8, "")}},
	{"digits: two counts", "A total of 12,500,000 doses arrived, with 300,000 more expected.", []found{num("12,500,000", 12.5e6, "doses"), num("300,000", 3e5, "")}},
	{"digits: after clock time", "At 10:30 on Tuesday, 2,300 workers walked out of the plant in Detroit.", []found{num("2,300", 2300, "workers")}},
	{"digits: compound unit", "Prosecutors said the network moved funds through 1,147 shell companies.", []found{num("1,147", 1147, "companies")}},
	{"digits: stadium", "The stadium, which holds 74,310 fans, was full for the final, and 12 people were treated for heat.", []found{num("74,310", 74310, "fans"), num("12", 12, "people")}},
	{"digits: toll at full stop", "After 48 hours of searching, the death toll from the flooding rose to 57.", []found{dur("48 hours", 48, "hours"), num("57", 57, "")}},
	{"digits: in quotes", "“We lost 40 men,” the commander said, adding that 15 were missing.", []found{num("40", 40, "men"), num("15", 15, "")}},

	// Numbers: signed.
	{"signed: hyphen minus", "Overnight temperatures of -5 degrees hampered rescue crews searching for 23 climbers.", []found{num("-5", -5, "degrees"), num("23", 23, "climbers")}},
	{"signed: U+2212", "The thermometer read −12 degrees at dawn in Kharkiv.", []found{num("−12", -12, "degrees")}},
	{"signed: minus word", "Forecasters expect minus 15 degrees by Friday in Moscow, where 4 people have died of cold.", []found{num("minus 15", -15, "degrees"), num("4", 4, "people")}},
	{"signed: negative word", "The index stood at negative 4 after the report, analysts said.", []found{num("negative 4", -4, "")}},
	{"signed: plus", "The survey gave the ruling party a net rating of +5, with 1,200 people polled.", []found{num("+5", 5, ""), num("1,200", 1200, "people")}},
	{"signed: negative percent", "Retail sales growth came in at -3% in January.", []found{pct("-3%", -3)}},
	{"signed: minus percent", "Japan kept its policy rate at minus 0.1 percent on Tuesday.", []found{pct("minus 0.1 percent", -0.1)}},
	{"signed: negative decimal percent", "The economy posted growth of -0.4% last year, officials said, after 1.2% in 2023.", []found{pct("-0.4%", -0.4), pct("1.2%", 1.2), year("2023", 2023)}},
	{"signed: beside a name", "Temperatures of -20 grounded the F-16 fleet at Aviano.", []found{num("-20", -20, "")}},
	{"signed: dash in a range is no sign", "The F-16 pilots flew 4-6 sorties a day.", []found{q("4-6", Number, 4, 6).v(5).h("range").u("sorties")}},

	// Numbers: words.
	{"words: hyphenated tens", "Twenty-one miners were rescued 36 hours after the collapse.", []found{num("Twenty-one", 21, "miners"), dur("36 hours", 36, "hours")}},
	{"words: hundred and hyphenated tens", "The court jailed one hundred and twenty-five protesters on Monday.", []found{num("one hundred and twenty-five", 125, "protesters")}},
	{"words: a hundred", "Police said a hundred officers were deployed to the square, where 3,000 people had gathered.", []found{num("a hundred", 100, "officers"), num("3,000", 3000, "people")}},
	{"words: a thousand", "A thousand volunteers cleared the streets of Valencia.", []found{num("A thousand", 1000, "volunteers")}},
	{"words: thousand and hundred", "The fund supports two thousand and two hundred families in the north.", []found{num("two thousand and two hundred", 2200, "families")}},
	{"words: teen at start", "Nineteen sailors were missing two days after the ship sank, the navy said.", []found{num("Nineteen", 19, "sailors"), dur("two days", 2, "days")}},
	{"words: zero", "The ministry reported zero deaths on Sunday for the first time since March 2020.", []found{num("zero", 0, "deaths"), year("2020", 2020)}},
	{"words: spaced tens", "The bill passed with ninety nine votes in favour.", []found{num("ninety nine", 99, "votes")}},
	{"words: tens thousand", "The rally drew seventy thousand supporters, organisers said; police put the figure at 40,000.", []found{num("seventy thousand", 7e4, "supporters"), num("40,000", 40000, "")}},
	{"words: hundred thousand", "Authorities evacuated four hundred thousand residents from the coast before the Category 4 storm made landfall 12 hours later.", []found{num("four hundred thousand", 4e5, "residents"), dur("12 hours", 12, "hours")}},
	{"words: a hundred and fifty", "A hundred and fifty ambulances were sent to the border.", []found{num("A hundred and fifty", 150, "ambulances")}},
	{"words: two counts joined by and", "Eleven soldiers and four medics were wounded in the shelling.", []found{num("Eleven", 11, "soldiers"), num("four", 4, "medics")}},
	{"words: trillion", "Economists put the cost of the war at nine trillion in total, or 5% of world output.", []found{num("nine trillion", 9e12, ""), pct("5%", 5)}},
	{"words: eighty-eight", "Eighty-eight lawmakers backed the motion, short of a majority.", []found{num("Eighty-eight", 88, "lawmakers")}},

	// Numbers: mixed scales.
	{"scale: digits million", "The war has displaced 3 million people inside the country and 6 million in Europe.", []found{num("3 million", 3e6, "people"), num("6 million", 6e6, "")}},
	{"scale: lower-case k", "The video drew 10k views within hours.", []found{num("10k", 1e4, "views")}},
	{"scale: glued M", "The petition gathered 2.5M signatures in a week, far above the 100,000 needed.", []found{num("2.5M", 2.5e6, "signatures"), num("100,000", 1e5, "")}},
	{"scale: point words", "The minister spoke of two point five billion in losses since 2019.", []found{num("two point five billion", 2.5e9, ""), year("2019", 2019)}},
	{"scale: digits hundred", "Organisers expected 5 hundred marchers, but only 80 came.", []found{num("5 hundred", 500, "marchers"), num("80", 80, "")}},
	{"scale: digits thousand", "The camp now shelters 40 thousand refugees, twice its capacity of 20,000, the agency said.", []found{num("40 thousand", 4e4, "refugees"), num("20,000", 20000, "")}},
	{"scale: decimal billion", "India's 1.4 billion people will vote in seven phases.", []found{num("1.4 billion", 1.4e9, "people"), num("seven", 7, "phases")}},
	{"scale: glued bn without currency", "The platform says it has 3bn users worldwide and 1,200 moderators.", []found{num("3bn", 3e9, "users"), num("1,200", 1200, "moderators")}},
	{"scale: glued m without currency", "India's 250m farmers face a second dry season.", []found{num("250m", 2.5e8, "farmers")}},
	{"scale: words million", "The census counted six million households across the country.", []found{num("six million", 6e6, "households")}},
	{"scale: two quantities", "The app has 1.5 million users in Kenya and 750K in Uganda.", []found{num("1.5 million", 1.5e6, "users"), num("750K", 7.5e5, "")}},

	// Numbers: dozens, couple, half.
	{"dozen: three dozen", "Rescuers pulled three dozen survivors from the rubble in the first 72 hours.", []found{num("three dozen", 36, "survivors"), dur("72 hours", 72, "hours")}},
	{"dozen: three dozens of", "Police held three dozens of protesters overnight.", []found{num("three dozens", 36, "protesters")}},
	{"dozen: half a dozen", "Half a dozen drones struck the port of Odesa before dawn on Monday, injuring 9.", []found{num("Half a dozen", 6, "drones"), num("9", 9, "")}},
	// guess: the span takes the spec's whole phrase "a couple of", though "a dozen of" stops before "of".
	{"couple: a couple of", "A couple of reporters were detained at the border crossing.", []found{num("A couple of", 2, "reporters")}},
	{"couple: a couple of weeks is a duration", "The talks resumed a couple of weeks later.", []found{dur("a couple of weeks", 2, "weeks")}},
	{"half: two and a half million", "Two and a half million people fled the region.", []found{num("Two and a half million", 2.5e6, "people")}},
	{"couple: a couple of hundred", "A couple of hundred fans waited outside the stadium for 5 hours.", []found{num("A couple of hundred", 200, "fans"), dur("5 hours", 5, "hours")}},
	{"couple: a couple hundred", "The convoy stopped a couple hundred metres from the checkpoint.", []found{num("a couple hundred", 200, "metres")}},
	{"half: a half", "Output at the mine fell by a half in the first year of the war.", []found{num("a half", 0.5, "")}},
	{"half: one and a half", "Bread now costs one and a half times its pre-war price.", []found{num("one and a half", 1.5, "times")}},
	{"half: one and a half million", "One and a half million children are out of school, UNICEF said, up 20% on last year.", []found{num("One and a half million", 1.5e6, "children"), pct("20%", 20)}},
	{"half: half a million", "Half a million people have fled the fighting in Sudan's capital.", []found{num("Half a million", 5e5, "people")}},
	{"half: a quarter of a million", "A quarter of a million refugees crossed into Poland that week, and 40,000 more into Moldova.", []found{num("A quarter of a million", 2.5e5, "refugees"), num("40,000", 40000, "")}},
	{"half: a third of a million", "Officials said a third of a million tonnes of grain were stuck.", []found{num("a third of a million", 1e6/3, "tonnes")}},
	{"dozen: with a count", "Half a dozen tanks and 40 other vehicles were lost, the ministry said.", []found{num("Half a dozen", 6, "tanks"), num("40", 40, "vehicles")}},

	// ---------------------------------------------------------------
	// Fractions as numbers (no "of" after them): Unit "".
	{"fraction number: a third", "Exports have fallen by a third since the blockade began in 2022.", []found{num("a third", 1.0/3, ""), year("2022", 2022)}},
	{"fraction number: hyphen two-thirds", "Two-thirds voted to strike, the union said.", []found{num("Two-thirds", 2.0/3, "")}},
	{"fraction number: one third", "Wheat prices jumped by one third after the blockade, to $320 a tonne.", []found{num("one third", 1.0/3, ""), mon("$320", 320, "USD")}},
	{"fraction number: three quarters", "Its reservoir is now at three quarters, officials said.", []found{num("three quarters", 0.75, "")}},
	{"fraction number: a fifth", "Grain shipments dropped by a fifth in May to 2.5 million tonnes.", []found{num("a fifth", 0.2, ""), num("2.5 million", 2.5e6, "tonnes")}},
	{"fraction number: five eighths", "The bond gained five eighths in late trading.", []found{num("five eighths", 0.625, "")}},
	{"fraction number: slash 1/5", "Bookmakers cut his odds to 1/5 on Friday, with 20 runners declared.", []found{num("1/5", 0.2, ""), num("20", 20, "runners")}},
	{"fraction number: slash 3/4", "The gauge showed the tank at 3/4, the pilot said.", []found{num("3/4", 0.75, "")}},
	{"fraction number: mixed 2 1/4", "Shares of the company rose 2 1/4 on Monday.", []found{num("2 1/4", 2.25, "")}},
	{"fraction number: hyphen three-quarters", "Turnout fell by three-quarters in the occupied districts.", []found{num("three-quarters", 0.75, "")}},

	// Fractions as shares: percent, value x100.
	{"share: two-thirds of the", "Floods have covered two-thirds of the country, the agency said, displacing 33 million people.", []found{pct("two-thirds", 200.0/3), num("33 million", 33e6, "people")}},
	{"share: a fifth of Ukraine's", "Moscow holds a fifth of Ukraine's territory, or about 115,000 square kilometres.", []found{pct("a fifth", 20), q("about 115,000", Number, 103500, 126500).v(115000).h("about").u("kilometres")}},
	{"share: half of all", "Half of all households in Gaza lack running water.", []found{pct("Half", 50)}},
	{"share: half the", "Half the city was without power on Monday after 12 missiles hit substations.", []found{pct("Half", 50), num("12", 12, "missiles")}},
	{"share: three quarters of", "Three quarters of voters back the deal, a poll of 2,000 adults found.", []found{pct("Three quarters", 75), num("2,000", 2000, "adults")}},
	{"share: three-quarters of the", "Defence takes three-quarters of the budget increase.", []found{pct("three-quarters", 75)}},
	{"share: a third of the", "Russian strikes have destroyed a third of the country's power plants.", []found{pct("a third", 100.0/3)}},
	{"share: one third of", "One third of the wheat crop was lost to the drought.", []found{pct("One third", 100.0/3)}},
	{"share: slash 2/3 of", "The coalition needs 2/3 of the seats to change the constitution.", []found{pct("2/3", 200.0/3)}},
	{"share: one in five", "One in five children in Gaza is malnourished, the agency said, and 50,000 need treatment.", []found{pct("One in five", 20), num("50,000", 50000, "")}},
	{"share: 1 in 5", "The survey found 1 in 5 adults had skipped meals.", []found{pct("1 in 5", 20)}},
	{"share: one out of five", "One out of five polling stations opened late in Lagos.", []found{pct("One out of five", 20)}},
	{"share: nine out of 10", "Nine out of 10 homes in the village were damaged, and 14 people died.", []found{pct("Nine out of 10", 90), num("14", 14, "people")}},
	{"share: one in three", "The report said one in three Ukrainians needs aid this winter, some 12.5 million people.", []found{pct("one in three", 100.0/3), q("some 12.5 million", Number, 11.25e6, 13.75e6).v(12.5e6).h("about").u("people")}},
	{"share: about a fifth", "Russia occupies about a fifth of Ukraine, including Crimea.", []found{q("about a fifth", Percent, 18, 22).v(20).h("about")}},
	{"share: nearly half of", "Nearly half of all schools in the region were damaged.", []found{q("Nearly half", Percent, 45, 50).open(false, true).v(50).h("nearly")}},
	// The spec's "more than" is (x, +Inf); doc.go adds that a share is at most
	// 100, which the spec does not contradict: (50, 100].
	{"share: more than half of", "More than half of Ukrainians oppose territorial concessions, a poll showed.", []found{q("More than half", Percent, 50, 100).open(true, false).h("more than")}},
	{"share: at least half of, capped", "At least half of the 40 victims were children.", []found{q("At least half", Percent, 50, 100).h("at least"), num("40", 40, "victims")}},
	{"share: a minimum of two-thirds, capped", "A minimum of two-thirds of members must agree.", []found{q("A minimum of two-thirds", Percent, 200.0/3, 100).v(200.0 / 3).h("at least")}},
	{"share: up to half of", "Up to half of the wells in the district are dry.", []found{q("Up to half", Percent, 0, 50).v(50).h("up to")}},
	{"share: just under half of", "Just under half of the budget went on salaries.", []found{q("Just under half", Percent, 45, 50).open(false, true).v(50).h("nearly")}},
	{"share: nearly one in five", "Nearly one in five adults in the city smoke.", []found{q("Nearly one in five", Percent, 18, 20).open(false, true).v(20).h("nearly")}},
	{"share: fewer than one in ten", "Fewer than one in ten voters trust parliament.", []found{q("Fewer than one in ten", Percent, 0, 10).open(false, true).v(10).h("fewer than")}},
	{"share: half of them", "Half of them were children, the hospital said.", []found{pct("Half", 50)}},
	{"share: spaced two thirds of", "The coalition took two thirds of the seats in 2022.", []found{pct("two thirds", 200.0/3), year("2022", 2022)}},
	{"share: hyphen one-third of", "One-third of voters stayed home.", []found{pct("One-third", 100.0/3)}},
	{"share: a tenth of", "A tenth of the budget goes to debt service.", []found{pct("A tenth", 10)}},
	{"share: One in 10", "One in 10 children is stunted, the survey found.", []found{pct("One in 10", 10)}},
	{"share: 1 out of 3", "In Mosul, 1 out of 3 homes was hit.", []found{pct("1 out of 3", 100.0/3)}},
	{"fraction number: a quarter", "Sales fell by a quarter after the ban.", []found{num("a quarter", 0.25, "")}},
	{"fraction number: after a count", "The Senate needs 60 votes, or three-fifths.", []found{num("60", 60, "votes"), num("three-fifths", 0.6, "")}},
	{"fraction number: third term is an ordinal", "She won a third term in 2019.", []found{year("2019", 2019)}},
	{"fraction number: the first half is no share", "In the first half of 2024, exports rose 4%.", []found{year("2024", 2024), pct("4%", 4)}},
	{"share: almost two-thirds of", "Almost two-thirds of voters backed the measure in 2016.", []found{q("Almost two-thirds", Percent, 60, 200.0/3).open(false, true).v(200.0 / 3).h("nearly"), year("2016", 2016)}},
	{"share: roughly one in four", "Roughly one in four workers in the city is a migrant.", []found{q("Roughly one in four", Percent, 22.5, 27.5).v(25).h("about")}},
	{"share: about a third of", "The agency has received about a third of the $2 billion it sought.", []found{q("about a third", Percent, 30, 110.0/3).v(100.0 / 3).h("about"), mon("$2 billion", 2e9, "USD")}},
	{"share: with count and percent", "A fifth of the 120 flights were cancelled, or 20% of traffic.", []found{pct("A fifth", 20), num("120", 120, "flights"), pct("20%", 20)}},
	{"share vs number: a quarter of a million stays a number", "A quarter of a million people signed, a third of the city.", []found{num("A quarter of a million", 2.5e5, "people"), pct("a third", 100.0/3)}},

	// Slash fractions vs dates.
	{"slash: 9/11 is no fraction", "The attacks of 9/11 killed nearly 3,000 people.", []found{q("nearly 3,000", Number, 2700, 3000).open(false, true).v(3000).h("nearly").u("people")}},
	{"slash: 12/25 is a date", "Shops will close on 12/25 and reopen the next morning.", nil},
	{"slash: a/b/c date", "The filing deadline is 8/15/2025, the agency said.", nil},
	{"slash: 8/15 beside a count", "The deadline is 8/15, and 300 firms have filed.", []found{num("300", 300, "firms")}},

	// ---------------------------------------------------------------
	// Percentages.
	{"percent: two values", "Unemployment rose to 7.4% in March from 6.9% in February.", []found{pct("7.4%", 7.4), pct("6.9%", 6.9)}},
	{"percent: pct", "Core prices rose 0.3 pct in the month, the data showed, and 2.5 pct on the year.", []found{pct("0.3 pct", 0.3), pct("2.5 pct", 2.5)}},
	{"percent: words percent", "Twenty percent of the vote went to independents, who won 14 seats.", []found{pct("Twenty percent", 20), num("14", 14, "seats")}},
	{"percent: words per cent", "Fifteen per cent of the budget goes to defence.", []found{pct("Fifteen per cent", 15)}},
	{"percent: decimal and a year", "The central bank lifted its key rate to 4.75%, its highest since 2008.", []found{pct("4.75%", 4.75), year("2008", 2008)}},
	{"percent: small decimal", "Prices edged up 0.5% in the week to Friday after a 0.2% fall the week before.", []found{pct("0.5%", 0.5), pct("0.2%", 0.2)}},
	{"percent: percentage point singular", "The Fed cut rates by 0.25 percentage point on Wednesday, to a range of 4.25% to 4.5%.", []found{pct("0.25 percentage point", 0.25).u("percentage points"), q("4.25% to 4.5%", Percent, 4.25, 4.5).v(4.375).h("range")}},
	{"percent: hedged percentage points", "Labour's lead narrowed by about 4 percentage points.", []found{q("about 4 percentage points", Percent, 3.6, 4.4).v(4).h("about").u("percentage points")}},
	{"percent: points alone are a count", "The Dow fell 120 points, or 0.3%, in early trading.", []found{num("120", 120, "points"), pct("0.3%", 0.3)}},
	{"percent: range with to", "Tariffs of 20 to 25 percent would hit exporters hardest, costing 150,000 jobs.", []found{q("20 to 25 percent", Percent, 20, 25).v(22.5).h("range"), num("150,000", 150000, "jobs")}},
	{"percent: with year and percent", "In 2023, GDP grew 2.5%.", []found{year("2023", 2023), pct("2.5%", 2.5)}},
	{"percent: target year", "The EU aims to cut emissions 55% by 2030.", []found{pct("55%", 55), year("2030", 2030)}},
	{"percent: with duration", "Inflation hit 9.1% in June, the highest in 40 years.", []found{pct("9.1%", 9.1), dur("40 years", 40, "years")}},
	{"percent: of the vote", "The incumbent took 52.5% of the vote against 41% for her rival.", []found{pct("52.5%", 52.5), pct("41%", 41)}},
	{"percent: change verb from to", "Unemployment climbed from 5% to 7% in the region.", []found{pct("5%", 5), pct("7%", 7)}},
	{"percent: change verb from to percent words", "Tariffs rose from 20 percent to 25 percent.", []found{pct("20 percent", 20), pct("25 percent", 25)}},
	{"percent: fell to negative", "Output growth fell to -3% in April.", []found{pct("-3%", -3)}},
	{"percent: words percentage points", "Turnout fell three percentage points.", []found{pct("three percentage points", 3).u("percentage points")}},
	{"percent: points change and level", "Turnout rose by 3 percentage points to 65%.", []found{pct("3 percentage points", 3).u("percentage points"), pct("65%", 65)}},
	// The spec: "pc" is no percent sign (doc.go reads "20pc" as one).
	// British papers write "pc" for per cent.
	{"percent: pc", "Shares fell 5pc on Monday.", []found{q("5pc", Percent, 5, 5)}},
	// guess: "half a" before "percentage point" halves it, as before a scale.
	{"percent: half a percentage point", "The bank raised rates by half a percentage point.", []found{pct("half a percentage point", 0.5).u("percentage points")}},
	{"percent: in quotes", "“Turnout was 38 percent,” the commission chairman said, against 52 percent in 2019.", []found{pct("38 percent", 38), pct("52 percent", 52), year("2019", 2019)}},

	// ---------------------------------------------------------------
	// Money: currency forms.
	{"money: dollar billion", "The IMF board approved a $15.5 billion loan on Friday, to be paid out within 4 years.", []found{mon("$15.5 billion", 1.55e10, "USD"), dur("4 years", 4, "years")}},
	{"money: US$ billion", "Kyiv will receive US$3.5 billion in budget support in 2025.", []found{mon("US$3.5 billion", 3.5e9, "USD"), year("2025", 2025)}},
	{"money: USD prefix", "The contract is worth USD 1.25 billion, the company said.", []found{mon("USD 1.25 billion", 1.25e9, "USD")}},
	{"money: USD suffix", "Investors pulled 250 million USD from the fund in March.", []found{mon("250 million USD", 2.5e8, "USD")}},
	{"money: euro bn", "Brussels pledged €4.5bn for the power grid, which has lost 9 gigawatts.", []found{mon("€4.5bn", 4.5e9, "EUR"), num("9", 9, "gigawatts")}},
	{"money: pound m", "The club sold the striker for £85m to a Saudi side, a record for a 19-year-old.", []found{mon("£85m", 8.5e7, "GBP"), dur("19-year-old", 19, "years")}},
	{"money: yen sign", "Japan approved ¥500 billion in aid for the quake zone, where 240 people died.", []found{mon("¥500 billion", 5e11, "JPY"), num("240", 240, "people")}},
	{"money: rupee sign", "Each family will get ₹75,000 in compensation, and 120 homes will be rebuilt.", []found{mon("₹75,000", 75000, "INR"), num("120", 120, "homes")}},
	{"money: ruble sign", "A Moscow court fined the outlet ₽3 million.", []found{mon("₽3 million", 3e6, "RUB")}},
	{"money: hryvnia sign", "Pensions rose to ₴6,000 for the first time.", []found{mon("₴6,000", 6000, "UAH")}},
	{"money: words dollars", "The family was offered five million dollars in compensation, 10 years after the crash.", []found{mon("five million dollars", 5e6, "USD"), dur("10 years", 10, "years")}},
	{"money: US dollars", "Reserves fell to 20 billion US dollars in June.", []found{mon("20 billion US dollars", 2e10, "USD")}},
	{"money: euros", "Germany will spend 100 billion euros on its armed forces, lifting defence to 2% of GDP.", []found{mon("100 billion euros", 1e11, "EUR"), pct("2%", 2)}},
	{"money: pounds", "The charity raised 40,000 pounds for the hospital in 48 hours.", []found{mon("40,000 pounds", 4e4, "GBP"), dur("48 hours", 48, "hours")}},
	{"money: pounds of is weight", "Troops found 300 pounds of cocaine in the van.", []found{num("300", 300, "pounds")}},
	// guess: a hyphenated "500-pound" is a weight, read like "a 10-point plan".
	{"money: 500-pound bomb", "A 500-pound bomb was found near the station.", []found{num("500", 500, "pound")}},
	// guess: as above; "2,000-pound bombs" are weights in war reporting.
	{"money: 2,000-pound bombs", "Washington paused a shipment of 1,800 2,000-pound bombs.", []found{num("1,800", 1800, ""), num("2,000", 2000, "pound")}},
	{"money: bucks", "Tickets went for 20 bucks apiece outside the arena, where 18,000 fans watched.", []found{mon("20 bucks", 20, "USD"), num("18,000", 18000, "fans")}},
	{"money: cents", "Gasoline fell 12 cents a gallon over the month to $3.10.", []found{mon("12 cents", 0.12, "USD"), mon("$3.10", 3.1, "USD")}},
	{"money: euro cents", "Motorway tolls rise by 20 euro cents from January.", []found{mon("20 euro cents", 0.2, "EUR")}},
	{"money: pence", "Fuel duty was cut by 5 pence a litre.", []found{mon("5 pence", 0.05, "GBP")}},
	{"money: p", "A pint of milk now costs 95p in most shops.", []found{mon("95p", 0.95, "GBP")}},
	{"money: p before a full stop", "A first-class stamp now costs 85p.", []found{mon("85p", 0.85, "GBP")}},
	{"money: p beside a clock time", "The 5 p.m. bus now costs 95p, the council said.", []found{mon("95p", 0.95, "GBP")}},
	{"money: euro cents plain", "A litre of milk costs 50 euro cents more than in 2021.", []found{mon("50 euro cents", 0.5, "EUR"), year("2021", 2021)}},
	{"money: euros and cents", "The fare rose to 2 euros 50 cents.", []found{mon("2 euros 50 cents", 2.5, "EUR")}},
	{"money: Rs crore", "The state approved Rs 500 crore for flood relief.", []found{mon("Rs 500 crore", 5e9, "INR")}},
	{"money: U.S. dollars", "Exports reached 40 billion U.S. dollars in 2023.", []found{mon("40 billion U.S. dollars", 4e10, "USD"), year("2023", 2023)}},
	{"money: yen word", "Toyota posted a profit of 1.5 trillion yen for the year.", []found{mon("1.5 trillion yen", 1.5e12, "JPY")}},
	{"money: yuan", "China's exports to Russia were worth 2 trillion yuan in 2023, up 60%.", []found{mon("2 trillion yuan", 2e12, "CNY"), year("2023", 2023), pct("60%", 60)}},
	{"money: rubles", "Moscow raised the fine to 500,000 rubles, or about $5,000.", []found{mon("500,000 rubles", 5e5, "RUB"), q("about $5,000", Money, 4500, 5500).v(5000).h("about").cur("USD")}},
	{"money: hryvnias", "Soldiers at the front earn 100,000 hryvnias a month.", []found{mon("100,000 hryvnias", 1e5, "UAH")}},
	{"money: rupees", "Farmers receive 6,000 rupees in annual support.", []found{mon("6,000 rupees", 6000, "INR")}},
	{"money: CHF", "The bank will pay CHF 40 million to settle the claims of 1,300 clients.", []found{mon("CHF 40 million", 4e7, "CHF"), num("1,300", 1300, "clients")}},
	{"money: C$", "Canada pledged C$500 million in military aid, including 8 tanks.", []found{mon("C$500 million", 5e8, "CAD"), num("8", 8, "tanks")}},
	{"money: A$", "Australia unveiled an A$1.5 billion drought package.", []found{mon("A$1.5 billion", 1.5e9, "AUD")}},
	{"money: three trillion yen", "The stimulus, worth three trillion yen, passed on Friday.", []found{mon("three trillion yen", 3e12, "JPY")}},

	// Money: scales.
	{"money: $10K", "Donors gave $10K each to the campaign, which raised $2.5M in June.", []found{mon("$10K", 1e4, "USD"), mon("$2.5M", 2.5e6, "USD")}},
	{"money: $5bn", "The company wrote down $5bn in Russian assets after closing 800 stores.", []found{mon("$5bn", 5e9, "USD"), num("800", 800, "stores")}},
	{"money: $750m", "Ukraine raised $750m from a bond sale in London, paying 9.75%.", []found{mon("$750m", 7.5e8, "USD"), pct("9.75%", 9.75)}},
	{"money: £2.5tn", "Britain's debt has passed £2.5tn for the first time.", []found{mon("£2.5tn", 2.5e12, "GBP")}},
	{"money: carries no unit", "The package includes $200 million worth of weapons and 30 Bradley vehicles.", []found{mon("$200 million", 2e8, "USD"), num("30", 30, "vehicles")}},
	{"money: two currencies", "The loan, worth 300 million euros ($325 million), will be repaid within 10 years.", []found{mon("300 million euros", 3e8, "EUR"), mon("$325 million", 3.25e8, "USD"), dur("10 years", 10, "years")}},
	{"money: year and percent", "In 2024, the budget gap reached $1.5 trillion, or 6.5% of GDP.", []found{year("2024", 2024), mon("$1.5 trillion", 1.5e12, "USD"), pct("6.5%", 6.5)}},
	{"money: G7 loan", "G7 leaders agreed on a $50 billion loan backed by Russian assets.", []found{mon("$50 billion", 5e10, "USD")}},

	// Money: ranges.
	{"money range: euro dash", "Repairs will cost €10-12 billion, the World Bank estimates, and take up to 10 years.", []found{q("€10-12 billion", Money, 1e10, 1.2e10).v(1.1e10).h("range").cur("EUR"), q("up to 10 years", Duration, 0, 10).v(10).h("up to").u("years")}},
	{"money range: between pounds", "The rail line will cost between £2 and £3 billion.", []found{q("between £2 and £3 billion", Money, 2e9, 3e9).v(2.5e9).h("between").cur("GBP")}},
	{"money range: to", "Analysts see oil at $70 to $80 a barrel next year, down from $85 now.", []found{q("$70 to $80", Money, 70, 80).v(75).h("range").cur("USD"), mon("$85", 85, "USD")}},
	{"money range: scale both ends", "The deal is valued at $2 billion to $3 billion.", []found{q("$2 billion to $3 billion", Money, 2e9, 3e9).v(2.5e9).h("range").cur("USD")}},
	{"money range: glued scale", "Officials put the cost at £2-3bn over the decade.", []found{q("£2-3bn", Money, 2e9, 3e9).v(2.5e9).h("range").cur("GBP")}},
	// guess: a currency sign on both ends of a dash still makes an "X-Y" range.
	{"money range: sign on both ends", "The scheme costs £3m-£4m a year to run.", []found{q("£3m-£4m", Money, 3e6, 4e6).v(3.5e6).h("range").cur("GBP")}},
	{"money range: between euros full", "Brussels expects between €2 billion and €3 billion in fines.", []found{q("between €2 billion and €3 billion", Money, 2e9, 3e9).v(2.5e9).h("between").cur("EUR")}},

	// ---------------------------------------------------------------
	// Hedges: "about" [x(1-f), x(1+f)].
	{"about: about", "The blast left about 300 homes without power in Dnipro, and 6 people were hurt.", []found{q("about 300", Number, 270, 330).v(300).h("about").u("homes"), num("6", 6, "people")}},
	{"about: around money", "The reconstruction bill stands at around $486 billion.", []found{q("around $486 billion", Money, 4.374e11, 5.346e11).v(4.86e11).h("about").cur("USD")}},
	{"about: roughly words", "Roughly forty thousand fans filled the stadium in Madrid for the 90-minute final.", []found{q("Roughly forty thousand", Number, 36000, 44000).v(40000).h("about").u("fans"), dur("90-minute", 90, "minutes")}},
	{"about: approximately percent", "Approximately 12 percent of the housing stock has been damaged since 2022.", []found{q("Approximately 12 percent", Percent, 10.8, 13.2).v(12).h("about"), year("2022", 2022)}},
	{"about: approx.", "The garrison numbers approx. 300 troops, a spokesman said.", []found{q("approx. 300", Number, 270, 330).v(300).h("about").u("troops")}},
	{"about: some words", "Some seven hundred migrants were rescued off Libya, and 40 remain missing.", []found{q("Some seven hundred", Number, 630, 770).v(700).h("about").u("migrants"), num("40", 40, "")}},
	{"about: approx. money", "Approx. $5 billion has been pledged so far.", []found{q("Approx. $5 billion", Money, 4.5e9, 5.5e9).v(5e9).h("about").cur("USD")}},
	{"about: approx without a point", "The garrison numbers approx 300 troops.", []found{q("approx 300", Number, 270, 330).v(300).h("about").u("troops")}},
	{"about: circa", "The cargo ship carried circa 40,000 tonnes of wheat and a crew of 21.", []found{q("circa 40,000", Number, 36000, 44000).v(40000).h("about").u("tonnes"), num("21", 21, "")}},
	{"about: an estimated money", "The floods caused an estimated $4 billion in damage and killed 230 people.", []found{q("an estimated $4 billion", Money, 3.6e9, 4.4e9).v(4e9).h("about").cur("USD"), num("230", 230, "people")}},
	{"about: estimated", "Quake kills estimated 2,000 in remote province", []found{q("estimated 2,000", Number, 1800, 2200).v(2000).h("about")}},
	{"about: close to percent", "Turnout was close to 70% in the capital but only 45% in the south.", []found{q("close to 70%", Percent, 63, 77).v(70).h("about"), pct("45%", 45)}},
	{"about: in the region of", "The club is asking in the region of £60 million for the midfielder, who has 2 years left on his contract.", []found{q("in the region of £60 million", Money, 5.4e7, 6.6e7).v(6e7).h("about").cur("GBP"), dur("2 years", 2, "years")}},
	{"about: on the order of", "Losses are on the order of 10,000 troops a month, officials said.", []found{q("on the order of 10,000", Number, 9000, 11000).v(10000).h("about").u("troops")}},
	{"about: duration", "The talks lasted about three hours.", []found{q("about three hours", Duration, 2.7, 3.3).v(3).h("about").u("hours")}},
	{"about: a dozen is exact", "About a dozen journalists were detained, and 3 were released.", []found{q("About a dozen", Number, 10.8, 13.2).v(12).h("about").u("journalists"), num("3", 3, "")}},

	// Hedges: "nearly" [x(1-f), x).
	{"nearly: money", "The state oil firm lost nearly $2 billion last year, and cut 3,000 jobs.", []found{q("nearly $2 billion", Money, 1.8e9, 2e9).open(false, true).v(2e9).h("nearly").cur("USD"), num("3,000", 3000, "jobs")}},
	{"nearly: fraction number and year", "Ukraine's economy shrank by nearly a third in 2022.", []found{q("nearly a third", Number, 0.3, 1.0/3).open(false, true).v(1.0 / 3).h("nearly"), year("2022", 2022)}},
	{"nearly: almost words", "Almost nine hundred prisoners were swapped on Wednesday.", []found{q("Almost nine hundred", Number, 810, 900).open(false, true).v(900).h("nearly").u("prisoners")}},
	{"nearly: just under percent", "The incumbent won just under 48% of the vote, and her rival 46%.", []found{q("just under 48%", Percent, 43.2, 48).open(false, true).v(48).h("nearly"), pct("46%", 46)}},
	{"nearly: just below", "The hryvnia traded just below 40 to the dollar.", []found{q("just below 40", Number, 36, 40).open(false, true).v(40).h("nearly")}},
	{"nearly: just shy of", "Turnout was just shy of 60 percent, the commission said.", []found{q("just shy of 60 percent", Percent, 54, 60).open(false, true).v(60).h("nearly")}},
	{"nearly: not quite", "The rally drew not quite 5,000 people to the square, far fewer than the 20,000 expected.", []found{q("not quite 5,000", Number, 4500, 5000).open(false, true).v(5000).h("nearly").u("people"), num("20,000", 20000, "")}},
	{"nearly: a dozen", "Nearly a dozen boats sank off Lampedusa.", []found{q("Nearly a dozen", Number, 10.8, 12).open(false, true).v(12).h("nearly").u("boats")}},

	// Hedges: "just over" (x, x(1+f)].
	{"just over: digits", "The army has just over 200 tanks left in reserve, down from 3,000 in 2022.", []found{q("just over 200", Number, 200, 220).open(true, false).v(200).h("just over").u("tanks"), num("3,000", 3000, ""), year("2022", 2022)}},
	{"just over: just above percent", "Inflation was just above 2% in May, and wages rose 4.5%.", []found{q("just above 2%", Percent, 2, 2.2).open(true, false).v(2).h("just over"), pct("4.5%", 4.5)}},
	{"just over: slightly more than money", "The bill came to slightly more than €3 billion.", []found{q("slightly more than €3 billion", Money, 3e9, 3.3e9).open(true, false).v(3e9).h("just over").cur("EUR")}},
	{"just over: a little over words", "A little over forty journalists have been killed in the conflict.", []found{q("A little over forty", Number, 40, 44).open(true, false).v(40).h("just over").u("journalists")}},
	{"just over: a little more than duration", "The ceasefire held for a little more than two weeks.", []found{q("a little more than two weeks", Duration, 2, 2.2).open(true, false).v(2).h("just over").u("weeks")}},
	{"just over: money in quotes", "“It will cost just over $1 million,” the mayor said.", []found{q("just over $1 million", Money, 1e6, 1.1e6).open(true, false).v(1e6).h("just over").cur("USD")}},

	// Hedges: "up to" [0, x].
	{"up to: percent", "The regulator allows up to 49% foreign ownership in 12 sectors.", []found{q("up to 49%", Percent, 0, 49).v(49).h("up to"), num("12", 12, "sectors")}},
	{"up to: as many as words", "As many as three hundred soldiers may have been trapped.", []found{q("As many as three hundred", Number, 0, 300).v(300).h("up to").u("soldiers")}},
	{"up to: as much as money", "The deal could be worth as much as $30 billion, or 15% of the market.", []found{q("as much as $30 billion", Money, 0, 3e10).v(3e10).h("up to").cur("USD"), pct("15%", 15)}},
	{"up to: as high as", "Youth unemployment is as high as 40 percent in some regions.", []found{q("as high as 40 percent", Percent, 0, 40).v(40).h("up to")}},
	{"up to: at most duration", "The operation will take at most 72 hours, the army said, and involve 5,000 troops.", []found{q("at most 72 hours", Duration, 0, 72).v(72).h("up to").u("hours"), num("5,000", 5000, "troops")}},
	{"up to: no more than money", "Fees will be capped at no more than £9,250 per student.", []found{q("no more than £9,250", Money, 0, 9250).v(9250).h("up to").cur("GBP")}},
	{"up to: not more than", "Each household may buy not more than 10 litres of fuel.", []found{q("not more than 10", Number, 0, 10).v(10).h("up to").u("litres")}},
	{"up to: a maximum of duration", "Offenders face a maximum of 15 years in prison.", []found{q("a maximum of 15 years", Duration, 0, 15).v(15).h("up to").u("years")}},
	{"up to: prison years", "He faces up to 20 years in jail and a fine of $250,000.", []found{q("up to 20 years", Duration, 0, 20).v(20).h("up to").u("years"), mon("$250,000", 250000, "USD")}},
	// guess: an infinite end is never marked open (as +Inf is not in scan_test.go).
	{"up to: negative figure", "The bank sees growth of at most -1.5% next year.", []found{q("at most -1.5%", Percent, -inf, -1.5).v(-1.5).h("up to")}},

	// Hedges: "more than" (x, +Inf).
	{"more than: money", "Russia's frozen assets total more than €200 billion, about two-thirds of them in Belgium.", []found{q("more than €200 billion", Money, 2e11, inf).open(true, false).h("more than").cur("EUR"), q("about two-thirds", Percent, 60, 220.0/3).v(200.0 / 3).h("about")}},
	{"more than: over words", "Over forty countries signed the declaration in Paris.", []found{q("Over forty", Number, 40, inf).open(true, false).h("more than").u("countries")}},
	{"more than: above percent", "Approval ratings stayed above 60% all year.", []found{q("above 60%", Percent, 60, inf).open(true, false).h("more than")}},
	{"more than: exceeding money", "Damage exceeding $1 billion was reported in Florida.", []found{q("exceeding $1 billion", Money, 1e9, inf).open(true, false).h("more than").cur("USD")}},
	{"more than: in excess of", "Sales in excess of 1,000 units were recorded in the first week.", []found{q("in excess of 1,000", Number, 1000, inf).open(true, false).h("more than").u("units")}},
	{"more than: upwards of", "Upwards of 10,000 people marched through Tbilisi for a 3rd night, and 50 were detained.", []found{q("Upwards of 10,000", Number, 10000, inf).open(true, false).h("more than").u("people"), num("50", 50, "")}},
	{"more than: greater than", "The quake had a magnitude greater than 7, seismologists said.", []found{q("greater than 7", Number, 7, inf).open(true, false).h("more than")}},
	{"more than: well over", "Russia has fired well over 1,000 drones this month, including 150 on Tuesday.", []found{q("well over 1,000", Number, 1000, inf).open(true, false).h("more than").u("drones"), num("150", 150, "")}},
	{"more than: well above money", "Wheat prices remain well above 300 euros per tonne.", []found{q("well above 300 euros", Money, 300, inf).open(true, false).h("more than").cur("EUR")}},
	{"more than: north of", "Bids came in north of $50 million for the painting.", []found{q("north of $50 million", Money, 5e7, inf).open(true, false).h("more than").cur("USD")}},
	{"more than: over duration", "The strike has lasted over six weeks.", []found{q("over six weeks", Duration, 6, inf).open(true, false).h("more than").u("weeks")}},
	{"more than: duration hours", "Rescuers worked for more than 24 hours to free 11 miners.", []found{q("more than 24 hours", Duration, 24, inf).open(true, false).h("more than").u("hours"), num("11", 11, "miners")}},

	// Hedges: "at least" [x, +Inf).
	{"at least: words", "At least twelve people were killed and 30 injured when the bus overturned on the A4.", []found{q("At least twelve", Number, 12, inf).h("at least").u("people"), num("30", 30, "")}},
	{"at least: in quotes", "“At least 40 people are still missing,” the mayor said.", []found{q("At least 40", Number, 40, inf).h("at least").u("people")}},
	{"at least: no fewer than", "No fewer than 14 ministers resigned on Thursday, the most since 1990.", []found{q("No fewer than 14", Number, 14, inf).h("at least").u("ministers"), year("1990", 1990)}},
	{"at least: no less than money", "The project needs no less than $2 billion in fresh funding.", []found{q("no less than $2 billion", Money, 2e9, inf).h("at least").cur("USD")}},
	{"at least: not less than duration", "The law sets a prison term of not less than 10 years.", []found{q("not less than 10 years", Duration, 10, inf).h("at least").u("years")}},
	{"at least: a minimum of percent", "Parties need a minimum of 5% to enter parliament.", []found{q("a minimum of 5%", Percent, 5, inf).h("at least")}},
	{"at least: or more words", "Families with three or more children get a monthly bonus of 2,000 hryvnias.", []found{q("three or more", Number, 3, inf).h("at least").u("children"), mon("2,000 hryvnias", 2000, "UAH")}},
	{"at least: or more money", "Donations of $1 million or more must be declared.", []found{q("$1 million or more", Money, 1e6, inf).h("at least").cur("USD")}},
	{"at least: -plus", "The 50-plus lawmakers who signed the letter want a vote.", []found{q("50-plus", Number, 50, inf).h("at least").u("lawmakers")}},
	{"at least: +", "The campaign has involved 10,000+ strikes since January.", []found{q("10,000+", Number, 10000, inf).h("at least").u("strikes")}},

	// Hedges: "fewer than" [0, x).
	{"fewer than: words", "Fewer than fifty civilians remain in the village, down from 4,000 before the war.", []found{q("Fewer than fifty", Number, 0, 50).open(false, true).v(50).h("fewer than").u("civilians"), num("4,000", 4000, "")}},
	{"fewer than: less than money", "The state spent less than $5 per pupil on books, against $40 in 2010.", []found{q("less than $5", Money, 0, 5).open(false, true).v(5).h("fewer than").cur("USD"), mon("$40", 40, "USD"), year("2010", 2010)}},
	{"fewer than: under percent", "Support for the measure fell to under 30% in polls.", []found{q("under 30%", Percent, 0, 30).open(false, true).v(30).h("fewer than")}},
	{"fewer than: below percent", "Growth slowed to below 1% in the third quarter.", []found{q("below 1%", Percent, 0, 1).open(false, true).v(1).h("fewer than")}},
	{"fewer than: less than duration", "The evacuation order gave residents less than 48 hours.", []found{q("less than 48 hours", Duration, 0, 48).open(false, true).v(48).h("fewer than").u("hours")}},
	// guess: an infinite end is never marked open (as +Inf is not in scan_test.go).
	{"fewer than: below zero", "Temperatures stayed below zero, forecasters said.", []found{q("below zero", Number, -inf, 0).open(false, true).v(0).h("fewer than")}},
	// guess: an infinite end is never marked open (as +Inf is not in scan_test.go).
	{"fewer than: below a negative", "Temperatures could fall below minus 20 degrees this week.", []found{q("below minus 20", Number, -inf, -20).open(false, true).v(-20).h("fewer than").u("degrees")}},

	// Hedges: "X or fewer" / "X or less" are "up to".
	{"or less: money", "Households earning $30,000 or less qualify for the grant.", []found{q("$30,000 or less", Money, 0, 30000).v(30000).h("up to").cur("USD")}},
	{"or fewer: count", "Schools with 50 or fewer pupils will close next year.", []found{q("50 or fewer", Number, 0, 50).v(50).h("up to").u("pupils")}},

	// Hedges: "between" and "from ... to".
	{"between: words", "Between five and seven bodies were recovered from the river, 2 days after the flood.", []found{q("Between five and seven", Number, 5, 7).v(6).h("between").u("bodies"), dur("2 days", 2, "days")}},
	{"between: percents", "Polls give the party between 20% and 30% of the vote.", []found{q("between 20% and 30%", Percent, 20, 30).v(25).h("between")}},
	{"between: from to count", "Estimates of the dead range from 40 to 60 people.", []found{q("from 40 to 60", Number, 40, 60).v(50).h("between").u("people")}},
	{"between: from to money", "Tickets cost from $50 to $200 each.", []found{q("from $50 to $200", Money, 50, 200).v(125).h("between").cur("USD")}},
	{"between: durations", "The repairs will take between two and three weeks.", []found{q("between two and three weeks", Duration, 2, 4).open(false, true).v(2.5).h("between").u("weeks")}},

	// Hedges: "range".
	{"range: dash", "Forecasters expect 8-10 inches of snow in Boston, and winds of 50 mph.", []found{q("8-10", Number, 8, 10).v(9).h("range").u("inches"), num("50", 50, "mph")}},
	{"range: en dash", "The poll puts the gap at 4–6 points.", []found{q("4–6", Number, 4, 6).v(5).h("range").u("points")}},
	{"range: to words duration", "The trial could last six to eight weeks.", []found{q("six to eight weeks", Duration, 6, 9).open(false, true).v(7).h("range").u("weeks")}},
	{"range: or words", "Five or six houses were flattened by the landslide, which buried 17 people.", []found{q("Five or six", Number, 5, 6).v(5.5).h("range").u("houses"), num("17", 17, "people")}},
	{"range: about widens both ends", "Analysts expect growth of about 3-5% next year.", []found{q("about 3-5%", Percent, 2.7, 5.5).v(4).h("about")}},
	{"range: roughly widens both ends", "The town is held by roughly 200-300 fighters.", []found{q("roughly 200-300", Number, 180, 330).v(250).h("about").u("fighters")}},

	// Hedges: "ago".
	{"ago: with a year", "The dam was destroyed two years ago, in June 2023.", []found{dur("two years ago", 2, "years").h("ago"), year("2023", 2023)}},
	{"ago: hours", "Fighting erupted 36 hours ago near Bakhmut, killing 8 soldiers.", []found{dur("36 hours ago", 36, "hours").h("ago"), num("8", 8, "soldiers")}},
	// guess: a hedge before a duration counted back wins over "ago"; the span still takes "ago".
	{"ago: hedged", "The deal was signed about two weeks ago in Riyadh.", []found{q("about two weeks ago", Duration, 1.8, 2.2).v(2).h("about").u("weeks")}},

	// ---------------------------------------------------------------
	// Ranges.
	{"ranges: en dash percent", "Mortgage rates of 6–7% have cooled the market.", []found{q("6–7%", Percent, 6, 7).v(6.5).h("range")}},
	{"ranges: between percent word", "Growth is forecast at between 3 and 4 percent.", []found{q("between 3 and 4 percent", Percent, 3, 4).v(3.5).h("between")}},
	{"ranges: separators", "Each battalion has 1,000-1,500 troops.", []found{q("1,000-1,500", Number, 1000, 1500).v(1250).h("range").u("troops")}},
	{"ranges: duration dash", "Repairs to the bridge will take 10-15 days.", []found{q("10-15 days", Duration, 10, 16).open(false, true).v(12.5).h("range").u("days")}},
	{"ranges: duration or", "Aid may arrive in two or three days.", []found{q("two or three days", Duration, 2, 4).open(false, true).v(2.5).h("range").u("days")}},
	{"ranges: shared scale", "The region's 3-4 million residents face shortages.", []found{q("3-4 million", Number, 3e6, 4e6).v(3.5e6).h("range").u("residents")}},
	{"ranges: words scale", "Two to three million people could lose access to water.", []found{q("Two to three million", Number, 2e6, 3e6).v(2.5e6).h("range").u("people")}},
	{"ranges: year en dash", "Data for the 2010–2015 period were revised.", []found{q("2010–2015", Year, 2010, 2015).v(2012.5).h("range")}},
	{"ranges: sport score is no amount", "Spain beat Italy 3-1 in front of 60,000 fans.", []found{num("60,000", 60000, "fans")}},
	{"ranges: between a negative and a positive", "Temperatures ranged between -5 and 5 degrees.", []found{q("between -5 and 5", Number, -5, 5).v(0).h("between").u("degrees")}},
	{"ranges: two ranges", "Wages rose 4-5% while rents rose 8–10%.", []found{q("4-5%", Percent, 4, 5).v(4.5).h("range"), q("8–10%", Percent, 8, 10).v(9).h("range")}},
	{"ranges: or with digits and a year", "In 2021, 20 or 30 boats left each night.", []found{year("2021", 2021), q("20 or 30", Number, 20, 30).v(25).h("range").u("boats")}},
	{"ranges: to with words", "Officials expect ten to twelve ships at the port.", []found{q("ten to twelve", Number, 10, 12).v(11).h("range").u("ships")}},

	// ---------------------------------------------------------------
	// Vague amounts: Vague, default interval, Hedge = the phrase.
	{"vague: a few", "A few protesters lingered outside parliament, where 5,000 had marched.", []found{q("A few", Number, 2, 5).vague().h("a few").u("protesters"), num("5,000", 5000, "")}},
	{"vague: several", "Several ministers resigned after the vote, and 40 lawmakers quit the party.", []found{q("Several", Number, 3, 9).vague().h("several").u("ministers"), num("40", 40, "lawmakers")}},
	{"vague: dozens of", "Dozens of drones were shot down overnight, and 3 got through.", []found{q("Dozens", Number, 24, 99).vague().h("dozens").u("drones"), num("3", 3, "")}},
	{"vague: scores of", "Scores of homes were flattened in Antakya.", []found{q("Scores", Number, 40, 99).vague().h("scores").u("homes")}},
	{"vague: hundreds of", "Hundreds of migrants crossed the Channel on Saturday in 12 small boats.", []found{q("Hundreds", Number, 200, 999).vague().h("hundreds").u("migrants"), num("12", 12, "boats")}},
	{"vague: thousands", "Thousands took to the streets of Belgrade after 15 people died in a station collapse.", []found{q("Thousands", Number, 2000, 9999).vague().h("thousands"), num("15", 15, "people")}},
	{"vague: tens of thousands", "Tens of thousands of Armenians fled Nagorno-Karabakh.", []found{q("Tens of thousands", Number, 20000, 99999).vague().h("tens of thousands").u("armenians")}},
	{"vague: hundreds of thousands", "Hundreds of thousands lost power in the storm.", []found{q("Hundreds of thousands", Number, 200000, 999999).vague().h("hundreds of thousands")}},
	{"vague: millions", "Millions tuned in to watch the final.", []found{q("Millions", Number, 2e6, 1e9-1).vague().h("millions")}},
	{"vague: billions", "The crash wiped billions off company valuations.", []found{q("billions", Number, 2e9, 1e12-1).vague().h("billions")}},
	{"vague: a few hundred", "A few hundred soldiers hold the town, 8 km from the front.", []found{q("A few hundred", Number, 200, 500).vague().h("a few hundred").u("soldiers"), num("8", 8, "km")}},
	{"vague: several million", "Several million Syrians remain in Turkey.", []found{q("Several million", Number, 3e6, 9e6).vague().h("several million").u("syrians")}},
	{"vague: a few dozen", "A few dozen activists blocked the road to the airport.", []found{q("A few dozen", Number, 24, 60).vague().h("a few dozen").u("activists")}},
	// guess: the hedge of vague money is the vague phrase alone, without "of dollars".
	{"vague: millions of dollars", "The scheme cost taxpayers millions of dollars.", []found{q("millions of dollars", Money, 2e6, 1e9-1).vague().h("millions").cur("USD")}},
	// guess: the hedge of vague money is the vague phrase alone, without "of euros".
	{"vague: billions of euros", "The subsidies are worth billions of euros to farmers.", []found{q("billions of euros", Money, 2e9, 1e12-1).vague().h("billions").cur("EUR")}},
	// guess: the hedge of vague money is the vague phrase alone, without "of pounds".
	{"vague: thousands of pounds", "Fraudsters stole thousands of pounds from pensioners.", []found{q("thousands of pounds", Money, 2000, 9999).vague().h("thousands").cur("GBP")}},
	// guess: "M of S" for S = millions is normalized to "hundreds of millions".
	{"vague: hundreds of millions of dollars", "The port needs hundreds of millions of dollars in repairs.", []found{q("hundreds of millions of dollars", Money, 2e8, 1e9-1).vague().h("hundreds of millions").cur("USD")}},
	// guess: "tens of millions" follows the "M of S" rule and names itself.
	{"vague: tens of millions", "Tens of millions of people watched the debate.", []found{q("Tens of millions", Number, 2e7, 1e8-1).vague().h("tens of millions").u("people")}},
	// guess: "several thousand" scales like "several million".
	{"vague: several thousand", "Several thousand troops crossed the river.", []found{q("Several thousand", Number, 3000, 9000).vague().h("several thousand").u("troops")}},
	// guess: "a few thousand" scales like "a few hundred".
	{"vague: a few thousand", "Only a few thousand residents stayed behind.", []found{q("a few thousand", Number, 2000, 5000).vague().h("a few thousand").u("residents")}},
	// guess: the hedge of a vague duration is the vague word, not the duration phrase.
	{"vague: several weeks", "The talks could take several weeks, diplomats said.", []found{q("several weeks", Duration, 3, 9).vague().h("several").u("weeks")}},
	// guess: the hedge of a vague duration is the vague word, not the duration phrase.
	{"vague: a few days", "The border will reopen in a few days.", []found{q("a few days", Duration, 2, 5).vague().h("a few").u("days")}},
	// guess: the hedge of a vague duration is the vague word, not the duration phrase.
	{"vague: hundreds of years", "The bridge had stood for hundreds of years.", []found{q("hundreds of years", Duration, 200, 999).vague().h("hundreds").u("years")}},
	{"vague: hedge before vague is dropped", "Officials said up to hundreds of homes may be lost.", []found{q("hundreds", Number, 200, 999).vague().h("hundreds").u("homes")}},
	{"vague: unit past determiner and possessive", "Dozens of the town's residents were evacuated.", []found{q("Dozens", Number, 24, 99).vague().h("dozens").u("residents")}},
	{"vague: dozens more", "Dozens more were wounded, and 12 died.", []found{q("Dozens", Number, 24, 99).vague().h("dozens"), num("12", 12, "")}},
	{"vague: mixed with counts", "Seven people died and hundreds were hurt when 2 trains collided.", []found{num("Seven", 7, "people"), q("hundreds", Number, 200, 999).vague().h("hundreds"), num("2", 2, "trains")}},
	{"vague: in quotes", "“Thousands of people have nowhere to go,” she said.", []found{q("Thousands", Number, 2000, 9999).vague().h("thousands").u("people")}},

	// ---------------------------------------------------------------
	// Units: the counted noun.
	{"unit: bodies", "Rescuers recovered nine bodies from the rubble on Friday, bringing the toll to 41.", []found{num("nine", 9, "bodies"), num("41", 41, "")}},
	{"unit: past capitalised adjective", "Israel freed 90 Palestinian prisoners on Sunday in exchange for 3 hostages.", []found{num("90", 90, "prisoners"), num("3", 3, "hostages")}},
	{"unit: past proper noun", "The brigade lost 40 Leopard tanks in the offensive.", []found{num("40", 40, "tanks")}},
	{"unit: two counts", "The storm destroyed 1,200 homes and 15 bridges.", []found{num("1,200", 1200, "homes"), num("15", 15, "bridges")}},
	{"unit: of his", "Police arrested three of his aides and seized $2 million in cash.", []found{num("three", 3, "aides"), mon("$2 million", 2e6, "USD")}},
	{"unit: compound", "The convoy included six cargo ships.", []found{num("six", 6, "ships")}},
	{"unit: nationals", "Five British nationals were among the dead.", []found{num("Five", 5, "nationals")}},
	{"unit: peacekeepers", "The UN has 11,000 peacekeepers in Lebanon from 46 countries.", []found{num("11,000", 11000, "peacekeepers"), num("46", 46, "countries")}},
	{"unit: irregular plural", "Two children and a woman died in the fire.", []found{num("Two", 2, "children")}},
	{"unit: firefighters", "It took 12 firefighters 5 hours to put out the blaze.", []found{num("12", 12, "firefighters"), dur("5 hours", 5, "hours")}},
	{"unit: spaced km", "The militia seized 20 km of road near Goma.", []found{num("20", 20, "km")}},
	{"unit: singular after one", "One soldier was killed in the ambush.", []found{num("One", 1, "soldier")}},
	{"unit: past U.S.", "The Pentagon will send 3,000 U.S. troops to Poland.", []found{num("3,000", 3000, "troops")}},
	{"unit: a dozen compound", "A dozen aid trucks crossed at Rafah.", []found{num("A dozen", 12, "trucks")}},
	// guess: a count whose "of" leads to another number has no unit of its own.
	{"unit: of the 10", "Eight of the 10 candidates have withdrawn.", []found{num("Eight", 8, ""), num("10", 10, "candidates")}},
	{"unit: per day", "The field pumps 2 million barrels per day.", []found{num("2 million", 2e6, "barrels")}},
	{"unit: times", "Bread now costs three times as much as before the war.", []found{num("three", 3, "times")}},
	{"unit: verb is no unit", "Fourteen wounded were flown to Lviv.", []found{num("Fourteen", 14, "")}},
	{"unit: abbreviation then noun", "The 27 EU members agreed the package.", []found{num("27", 27, "members")}},
	{"unit: crew", "The A320 carried 180 passengers and six crew.", []found{num("180", 180, "passengers"), num("six", 6, "crew")}},
	{"unit: sides", "The two sides exchanged 95 prisoners each.", []found{num("two", 2, "sides"), num("95", 95, "prisoners")}},
	{"unit: hyphen compound", "Scholz unveiled a 12-point plan for the economy.", []found{num("12", 12, "point")}},

	// ---------------------------------------------------------------
	// Durations.
	{"duration: days", "The ceasefire will last 60 days, officials said, and allow 600 trucks a day into Gaza.", []found{dur("60 days", 60, "days"), num("600", 600, "trucks")}},
	{"duration: hyphen hour", "Both sides agreed to a 72-hour truce to swap 150 prisoners.", []found{dur("72-hour", 72, "hours"), num("150", 150, "prisoners")}},
	{"duration: with count", "The government unveiled a five-year plan to rebuild 400 schools.", []found{dur("five-year", 5, "years"), num("400", 400, "schools")}},
	{"duration: hyphen month", "The 18-month siege of the city ended in May 2022.", []found{dur("18-month", 18, "months"), year("2022", 2022)}},
	{"duration: two and a half years", "The war has lasted two and a half years.", []found{q("two and a half years", Duration, 2.5, 2.5).u("years")}},
	{"duration: decimal is a point", "He served 2.5 years of a four-year sentence.", []found{q("2.5 years", Duration, 2.5, 2.5).u("years"), dur("four-year", 4, "years")}},
	{"duration: decades", "The country has been at war for two decades.", []found{dur("two decades", 2, "decades")}},
	{"duration: hyphen decade", "The coach ended a three-decade career on Sunday.", []found{dur("three-decade", 3, "decades")}},
	{"duration: seconds", "Witnesses said the shelling lasted 45 seconds and hit 3 buildings.", []found{dur("45 seconds", 45, "seconds"), num("3", 3, "buildings")}},
	{"duration: minutes", "The match was halted for 90 minutes after fans threw flares.", []found{dur("90 minutes", 90, "minutes")}},
	{"duration: year-old", "Police said a 24-year-old man was arrested in Leeds after 2 officers were hurt.", []found{dur("24-year-old", 24, "years"), num("2", 2, "officers")}},
	{"duration: weeks at start", "After six weeks of talks, the strike ended with a 4% pay rise.", []found{dur("six weeks", 6, "weeks"), pct("4%", 4)}},
	{"duration: decimal hours", "The flight took 1.5 hours, the airline said.", []found{q("1.5 hours", Duration, 1.5, 1.5).u("hours")}},
	{"duration: days ago", "The strike began five days ago and has halted 90% of flights.", []found{dur("five days ago", 5, "days").h("ago"), pct("90%", 90)}},
	{"duration: separator days", "The war passed 1,000 days on Tuesday.", []found{dur("1,000 days", 1000, "days")}},
	{"duration: one year", "He was jailed for one year and fined €5,000.", []found{dur("one year", 1, "years"), mon("€5,000", 5000, "EUR")}},
	{"duration: one and a half hours", "Rescue teams searched for one and a half hours.", []found{q("one and a half hours", Duration, 1.5, 1.5).u("hours")}},
	{"duration: hyphen day", "The 30-day deadline expires on Friday.", []found{dur("30-day", 30, "days")}},
	{"duration: with a measure", "In three weeks, the army advanced 10 km.", []found{dur("three weeks", 3, "weeks"), num("10", 10, "km")}},
	{"duration: hyphen minute", "The hospital is a 10-minute walk from the front line.", []found{dur("10-minute", 10, "minutes")}},
	{"duration: months", "Food prices have doubled in 12 months, and bread now costs 40 hryvnias.", []found{dur("12 months", 12, "months"), mon("40 hryvnias", 40, "UAH")}},
	{"duration: four digits with a time unit", "Engineers logged 1200 hours of testing.", []found{dur("1200 hours", 1200, "hours")}},
	{"duration: several in a sentence", "The 48-hour strike follows a 3-week walkout and 9 months of talks.", []found{dur("48-hour", 48, "hours"), dur("3-week", 3, "weeks"), dur("9 months", 9, "months")}},

	// ---------------------------------------------------------------
	// Years and decades.
	{"year: at start after In", "In 1991, Ukraine declared independence.", []found{year("1991", 1991)}},
	{"year: attributive", "The 2024 election drew record turnout of 67%.", []found{year("2024", 2024), pct("67%", 67)}},
	{"year: subject", "2024 was the hottest year on record.", []found{year("2024", 2024)}},
	{"year: decade", "Inflation last reached such levels in the 1990s.", []found{
		// guess: the span of a decade is "1990s", without "the".
		q("1990s", Year, 1990, 1999).v(1994.5).h("range"),
	}},
	{"year: two decades", "The fleet was built in the 1980s and 1990s.", []found{
		// guess: the span of a decade is the digits and "s", without "the".
		q("1980s", Year, 1980, 1989).v(1984.5).h("range"),
		q("1990s", Year, 1990, 1999).v(1994.5).h("range"),
	}},
	{"year: decade alone", "The plant still runs on 1970s technology, inspectors said.", []found{q("1970s", Year, 1970, 1979).v(1974.5).h("range")}},
	// guess: the span of "the '90s" is "'90s", the apostrophe included and "the" not.
	{"year: apostrophe decade", "The band was huge in the '90s.", []found{q("'90s", Year, 1990, 1999).v(1994.5).h("range")}},
	{"year: curly apostrophe decade", "He was born in the ’60s and raised in Kyiv.", []found{q("’60s", Year, 1960, 1969).v(1964.5).h("range")}},
	// A decade is a decade after any word: "a '90s hit".
	{"year: apostrophe decade after a", "He played a '90s hit on the radio.", []found{q("'90s", Year, 1990, 1999).v(1994.5).h("range")}},
	// A fraction of a unit is not a share: "a quarter of a percentage point", "7/16 of an inch".
	{"fraction: of a percentage point", "The bank cut rates by a quarter of a percentage point.", []found{q("a quarter of a percentage point", Percent, 0.25, 0.25).u("percentage points")}},
	{"fraction: of an inch", "The gap was 7/16 of an inch.", []found{q("7/16", Number, 7.0/16, 7.0/16)}},
	{"year: season", "The 2019-20 season was cut short by the pandemic.", []found{q("2019-20", Year, 2019, 2020).v(2019.5).h("range")}},
	{"year: decade 2010s", "Growth averaged 2% in the 2010s.", []found{pct("2%", 2), q("2010s", Year, 2010, 2019).v(2014.5).h("range")}},
	{"year: four digits before plural noun is a count", "Police counted 1200 protesters outside the court.", []found{num("1200", 1200, "protesters")}},
	{"year: votes is a count", "She won 1650 votes in the runoff.", []found{num("1650", 1650, "votes")}},
	{"year: since annexation", "Sanctions have tightened since the 2014 annexation, hitting 1,500 firms.", []found{year("2014", 2014), num("1,500", 1500, "firms")}},
	{"year: month year", "The offensive began in March 2022 with 190,000 troops.", []found{year("2022", 2022), num("190,000", 190000, "troops")}},
	{"year: abbreviated month date", "Russian troops crossed the border on Feb. 24, 2022, at dawn.", []found{year("2022", 2022)}},
	{"year: determiner before plural", "Fraud claims about the 2020 elections were rejected.", []found{year("2020", 2020)}},
	{"year: with currency is money", "The monthly minimum wage rose to 1500 euros.", []found{mon("1500 euros", 1500, "EUR")}},
	{"year: with percent is percent", "Prices of eggs rose 1200% in a year.", []found{pct("1200%", 1200)}},
	{"year: 2100", "Sea levels could rise a metre by 2100.", []found{year("2100", 2100)}},
	{"year: count and year", "By 2030, the city plans 2,000 new buses.", []found{year("2030", 2030), num("2,000", 2000, "buses")}},
	{"year: two years and a count", "In elections held in 2019 and 2024, 14 parties were banned.", []found{year("2019", 2019), year("2024", 2024), num("14", 14, "parties")}},
	{"year: report", "A 2019 report warned of the risk to 5 million people.", []found{year("2019", 2019), num("5 million", 5e6, "people")}},

	// ---------------------------------------------------------------
	// Not quantities.
	{"exclude: ordinal third alone", "Rescuers worked into the third day of the search for 14 missing hikers.", []found{num("14", 14, "hikers")}},
	{"exclude: third quarter", "Growth stalled in the third quarter, the data showed.", nil},
	{"exclude: 1st beside a count", "The 1st Armored Division sent 4,000 troops.", []found{num("4,000", 4000, "troops")}},
	{"exclude: 3rd", "The 3rd Assault Brigade holds the line with 2,000 men.", []found{num("2,000", 2000, "men")}},
	{"exclude: 47th", "Soldiers of the 47th Mechanized Brigade were withdrawn after 9 months.", []found{dur("9 months", 9, "months")}},
	{"exclude: month then day beside a count", "On August 18, 14 drones hit Odesa.", []found{num("14", 14, "drones")}},
	{"exclude: day then month", "Talks resumed on 18 August with 30 delegates.", []found{num("30", 30, "delegates")}},
	{"exclude: abbreviated month", "The summit opens Aug. 25 in Brussels with 32 leaders.", []found{num("32", 32, "leaders")}},
	{"exclude: clock and day", "At 5:45 a.m. on March 3, 12 missiles hit Kyiv.", []found{num("12", 12, "missiles")}},
	{"exclude: iso date", "The invasion began on 2022-02-24, records show, with 150,000 troops.", []found{num("150,000", 150000, "troops")}},
	{"exclude: slash date 9/11", "Security was tightened after 9/11 in the city's 5 airports.", []found{num("5", 5, "airports")}},
	{"exclude: clock a.m.", "At 10:30 a.m., sirens sounded across the capital for 20 minutes.", []found{dur("20 minutes", 20, "minutes")}},
	{"exclude: p.m. beside a duration", "The curfew starts at 5 p.m. and lasts 12 hours.", []found{dur("12 hours", 12, "hours")}},
	{"exclude: pm beside a count", "Polls close at 8pm, and 40 million voters are registered.", []found{num("40 million", 4e7, "voters")}},
	{"exclude: phone dash", "Call the hotline at 555-0123 for details, open 24 hours.", []found{dur("24 hours", 24, "hours")}},
	{"exclude: phone area code", "The embassy's number is (202) 555-0143.", nil},
	{"exclude: phone international", "Reach the consulate on +1 202 555 0143.", nil},
	{"exclude: phone UK", "The London office is on 020 7946 0958.", nil},
	{"exclude: A320", "The A320 was grounded at Heathrow for 3 days.", []found{dur("3 days", 3, "days")}},
	{"exclude: ISBN", "The report, ISBN 978-3-16-148410-0, runs to 412 pages.", []found{num("412", 412, "pages")}},
	{"exclude: COVID-19", "COVID-19 killed 7 million people worldwide, the WHO said.", []found{num("7 million", 7e6, "people")}},
	{"exclude: F-16", "The F-16 squadron flew 40 sorties.", []found{num("40", 40, "sorties")}},
	{"exclude: Su-34", "A Su-34 bomber was shot down, killing two pilots.", []found{num("two", 2, "pilots")}},
	{"exclude: G7", "The G7 met in Apulia with 7 guest nations.", []found{num("7", 7, "nations")}},
	{"exclude: 5G", "The operator built 5G masts in 12 cities.", []found{num("12", 12, "cities")}},
	{"exclude: 3D", "Engineers used 3D printers to build the parts in 48 hours.", []found{dur("48 hours", 48, "hours")}},
	{"exclude: Article", "Poland asked to invoke Article 4, and 31 allies agreed.", []found{num("31", 31, "allies")}},
	{"exclude: No.", "The world No. 5 lost in three sets.", []found{num("three", 3, "sets")}},
	{"exclude: Resolution", "Resolution 2334 was adopted with 14 votes in favour.", []found{num("14", 14, "votes")}},
	{"exclude: one of the", "It was one of the deadliest attacks since 2022.", []found{year("2022", 2022)}},
	{"exclude: no one", "No one was hurt in the blast, police said, though 3 cars burned.", []found{num("3", 3, "cars")}},
	{"exclude: one another", "The two leaders accused one another of lying.", []found{num("two", 2, "leaders")}},
	{"exclude: version", "The app's version 2.4.1 fixed the bug for 80 million users.", []found{num("80 million", 8e7, "users")}},
	{"exclude: IP address", "The attack was traced to 185.220.101.4, investigators said.", nil},
	{"exclude: flight number", "Flight 370 vanished with 239 people on board.", []found{num("239", 239, "people")}},
	{"exclude: IP address private", "The camera at 192.168.0.10 was hacked.", nil},
	{"exclude: ordinal word beside count", "The second convoy of 30 trucks arrived.", []found{num("30", 30, "trucks")}},
	// Found by review: figures a rejected range must not change, changes
	// that are not ranges, and names, metres and pronouns that are not counts.
	{"review: rose % to millions", "Sales grew 12% to 3.4 million units.", []found{q("12%", Percent, 12, 12), num("3.4 million", 3.4e6, "units")}},
	{"review: rose to a level", "The Nikkei fell 1.2% to 33,000.", []found{q("1.2%", Percent, 1.2, 1.2), num("33,000", 33000, "")}},
	{"review: oil rose $2 to $85", "Oil rose $2 to $85 a barrel.", []found{q("$2", Money, 2, 2).cur("USD"), q("$85", Money, 85, 85).cur("USD")}},
	{"review: ratio stays whole in a range", "It happened to three to four in 10 voters.", []found{q("three to four", Number, 3, 4).v(3.5).h("range"), num("10", 10, "voters")}},
	{"review: circa year", "The church was built circa 1850.", []found{q("circa 1850", Year, 1849, 1851).v(1850).h("about")}},
	{"review: below a year's levels", "Output is still below 2019 levels.", nil},
	{"review: a few hundred thousand", "a few hundred thousand people", []found{q("a few hundred thousand", Number, 2e5, 5e5).vague().h("a few hundred thousand").u("people")}},
	{"review: several million dollars", "It cost several million dollars.", []found{q("several million dollars", Money, 3e6, 9e6).vague().h("several million").cur("USD")}},
	{"review: a quarter of a million dollars", "a quarter of a million dollars", []found{q("a quarter of a million dollars", Money, 250000, 250000).cur("USD")}},
	{"review: 100m sprint", "He won the 100m sprint.", []found{num("100m", 100, "m")}},
	{"review: 4K video", "in 4K video", nil},
	{"review: Brazilian real estate", "Two Brazilian real estate firms merged.", []found{num("Two", 2, "real")}}, // a count, not BRL; the unit is a guess
	{"review: per dollar", "The rupee fell to 83 per dollar.", []found{num("83", 83, "")}},
	{"review: phone with plus", "Call +254 712 345 678 now.", nil},
	{"review: no-one", "no-one was injured", nil},
	{"review: Windows 11", "He upgraded to Windows 11 last year.", nil},
	{"review: negative range", "Temperatures of -10 to -15 degrees", []found{q("-10 to -15", Number, -15, -10).v(-12.5).h("range").u("degrees")}},
	{"review: 50 or so", "50 or so people", []found{q("50 or so", Number, 45, 55).v(50).h("about").u("people")}},
	{"review: 100-odd", "100-odd people", []found{q("100-odd", Number, 100, 110).open(true, false).v(100).h("just over").u("people")}},
	{"review: almost zero", "Growth was almost zero.", []found{q("almost zero", Number, 0, 0).h("nearly")}},
	{"review: more than one in three", "more than one in three voters", []found{q("more than one in three", Percent, 100.0/3, 100).open(true, false).v(100.0 / 3).h("more than")}},
}

func TestScanCoverage(t *testing.T) {
	opt := cmpopts.EquateApprox(0, 1e-9)
	for _, tt := range coverageTests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanFound(tt.text)
			if diff := cmp.Diff(tt.want, got, opt, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
