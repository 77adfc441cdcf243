package quantity

import (
	"maps"
	"slices"
	"strings"
)

// The lexicon: every word the scanner needs to recognise, looked up once per
// word when the text is lexed, so the parser compares small integers and
// flags instead of strings.

type numClass uint8

const (
	nNone    numClass = iota
	nDigit            // zero..nine
	nTeen             // ten..nineteen
	nTens             // twenty..ninety
	nHundred          // hundred
	nDozen            // dozen
	nScale            // thousand..trillion, bn, m, k...
	nA                // "a", as in "a dozen", "a million"
	nFrac             // third, thirds, quarter...; val is the denominator
)

const (
	fStart       uint32 = 1 << iota // may begin a quantity
	fHedge                          // first word of a hedge phrase
	fNum                            // number word: never a unit
	fScaleGlued                     // scale suffix glued to digits: 10K, 1.2M, $100bn
	fScaleSpaced                    // scale word after spaced digits: 1.5 million, $5 bn
	fTime                           // time unit; code is the plural
	fCurrency                       // currency word after the amount; code is ISO 4217
	fCode                           // ISO 4217 code, written in capitals
	fMonth                          // month name: its neighbours are day numbers
	fLabel                          // "Article 5": the number is a name
	fStop                           // never the unit of an amount
	fFiller                         // skipped on the way to the unit: "two more people"
	fDet                            // skipped after "of": "dozens of the people"
	fPrep                           // before a 4-digit number it reads as a year
	fChange                         // "rose from 3 to 5" is two values, not a range
	fVague                          // dozens, hundreds...: defaults in vagueWords
	fNeedsOf                        // vague only when "of" follows: "scores of", "tens of"
	fOrdinal                        // st, nd, rd, th glued to digits
	fClock                          // am, pm
	fFraction                       // a fraction word: half, third, quarters...
	fFracPlural                     // thirds, quarters: after a numerator above one
	fSign                           // minus, negative
	fHalfSide                       // first, second, other: "the second half" is no amount
	fMeasure                        // unit glued to digits: 10km, 5kg
	fPlural                         // irregular plural noun: people, men
	fTimeSuffix                     // "-long", "-old" after "four-year"
	fNation                         // first word of a key of nationCurrencies
)

type word struct {
	flags uint32
	num   numClass
	val   float64 // number words, scales, fraction denominators; 0.01 for cents
	code  string  // plural time unit or ISO 4217 code
}

var (
	lexWords = []word{{}} // index 0: not in the lexicon
	lexicon  = map[string]uint16{}
)

// maxWord bounds the lower-casing buffer of the lexer; no lexicon word is
// longer.
const maxWord = 16

func add(w word, names ...string) {
	for _, n := range names {
		if len(n) > maxWord {
			panic("quantity: lexicon word too long: " + n)
		}
		if i, ok := lexicon[n]; ok {
			// A word can play several parts ("some" hedges and fills):
			// merge, keeping the first numeric meaning.
			old := &lexWords[i]
			old.flags |= w.flags
			if old.num == nNone && w.num != nNone {
				old.num, old.val = w.num, w.val
			}
			if old.code == "" {
				old.code = w.code
			}
			continue
		}
		lexWords = append(lexWords, w)
		lexicon[n] = uint16(len(lexWords) - 1)
		insertTable(n, lexicon[n])
	}
}

func flags(f uint32, names ...string) { add(word{flags: f}, names...) }

func init() {
	for i, n := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		add(word{flags: fStart | fNum | fStop, num: nDigit, val: float64(i)}, n)
	}
	for i, n := range []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		add(word{flags: fStart | fNum | fStop, num: nTeen, val: float64(10 + i)}, n)
	}
	for i, n := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(word{flags: fStart | fNum | fStop, num: nTens, val: float64(20 + 10*i)}, n)
	}
	add(word{flags: fNum | fStop | fStart, num: nHundred, val: 100}, "hundred")
	add(word{flags: fNum | fStop, num: nDozen, val: 12}, "dozen")
	add(word{flags: fStart | fNum | fStop, num: nA, val: 1}, "a", "an")
	for _, s := range []struct {
		v     float64
		f     uint32
		names []string
	}{
		{1e3, fScaleSpaced, []string{"thousand"}},
		{1e6, fScaleSpaced, []string{"million"}},
		{1e9, fScaleSpaced, []string{"billion"}},
		{1e12, fScaleSpaced, []string{"trillion"}},
		{1e5, fScaleSpaced, []string{"lakh", "lakhs", "lac"}},
		{1e7, fScaleSpaced, []string{"crore", "crores"}},
		{1e3, fScaleGlued, []string{"k"}},
		{1e6, fScaleGlued, []string{"m"}},
		{1e9, fScaleGlued, []string{"b"}},
		{1e6, fScaleGlued | fScaleSpaced, []string{"mn", "mln", "mil"}},
		{1e9, fScaleGlued | fScaleSpaced, []string{"bn", "bln"}},
		{1e12, fScaleGlued | fScaleSpaced, []string{"tn", "trn"}},
	} {
		f := s.f | fStop
		if s.f&fScaleSpaced != 0 && len(s.names[0]) > 3 {
			f |= fNum
		}
		add(word{flags: f, num: nScale, val: s.v}, s.names...)
	}

	// Vague amounts. The defaults are documented on Scan.
	// Vague amounts; their defaults are in vagueWords (vague.go).
	flags(fStart|fVague|fStop, "several", "dozens", "hundreds", "thousands", "millions", "billions")
	flags(fStart|fVague|fStop|fNeedsOf, "scores", "tens")
	flags(fStop, "few")

	for _, t := range []struct {
		plural string
		names  []string
	}{
		{"years", []string{"year", "years"}},
		{"months", []string{"month", "months"}},
		{"weeks", []string{"week", "weeks"}},
		{"days", []string{"day", "days"}},
		{"hours", []string{"hour", "hours"}},
		{"minutes", []string{"minute", "minutes"}},
		{"seconds", []string{"seconds"}}, // "second" is mostly the ordinal
		{"decades", []string{"decade", "decades"}},
	} {
		add(word{flags: fTime | fStop, code: t.plural}, t.names...)
	}
	flags(fTimeSuffix, "long", "old")

	for _, c := range []struct {
		code  string
		names []string
	}{
		{"USD", []string{"dollar", "dollars", "bucks"}},
		{"EUR", []string{"euro", "euros"}},
		{"GBP", []string{"pound", "pounds", "sterling", "quid"}},
		{"JPY", []string{"yen"}},
		{"CNY", []string{"yuan", "renminbi"}},
		{"RUB", []string{"ruble", "rubles", "rouble", "roubles"}},
		{"UAH", []string{"hryvnia", "hryvnias", "hryvnyas", "hryvnya"}},
		{"INR", []string{"rupee", "rupees"}},
		{"CHF", []string{"franc", "francs"}},
		{"MXN", []string{"peso", "pesos"}},
		{"BRL", []string{"reais"}},
		{"TRY", []string{"lira", "liras", "lire"}},
		{"PLN", []string{"zloty", "zlotys", "zlotych"}},
		{"ILS", []string{"shekel", "shekels"}},
		{"NGN", []string{"naira"}},
		{"ZAR", []string{"rand"}},
		{"THB", []string{"baht"}},
		{"SEK", []string{"krona", "kronor"}},
		{"NOK", []string{"krone", "kroner"}},
		{"SAR", []string{"riyal", "riyals"}},
		{"AED", []string{"dirham", "dirhams"}},
		{"HUF", []string{"forint", "forints"}},
		{"KES", []string{"shilling", "shillings"}},
		{"IDR", []string{"rupiah", "rupiahs"}},
		{"MYR", []string{"ringgit", "ringgits"}},
		{"FIM", []string{"markka", "markkaa"}},
		{"ESP", []string{"peseta", "pesetas"}},
		{"NLG", []string{"guilder", "guilders"}},
		{"PTE", []string{"escudo", "escudos"}},
		{"GRD", []string{"drachma", "drachmas"}},
		{"BTC", []string{"bitcoin", "bitcoins"}},
	} {
		add(word{flags: fCurrency, code: c.code}, c.names...)
	}
	// Hundredths of a currency: "50 cents" is $0.50.
	add(word{flags: fCurrency, code: "USD", val: 0.01}, "cent", "cents")
	add(word{flags: fCurrency, code: "GBP", val: 0.01}, "pence", "penny")
	for _, c := range []string{"usd", "eur", "gbp", "jpy", "cny", "rmb", "rub", "uah", "inr", "chf", "cad", "aud",
		"hkd", "nzd", "sgd", "sek", "nok", "dkk", "pln", "ils", "mxn", "brl", "zar", "try", "krw", "ngn", "kes",
		"sar", "aed", "huf", "czk", "twd", "thb", "idr", "myr", "php", "pkr", "egp", "ars", "clp", "cop", "btc"} {
		code := toUpperASCII(c)
		if code == "RMB" {
			code = "CNY"
		}
		add(word{flags: fStart | fCode | fStop, code: code}, c)
	}

	flags(fMonth, "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	flags(fLabel, "article", "articles", "section", "chapter", "paragraph", "clause",
		"resolution", "amendment", "phase", "stage", "level", "category", "page",
		"flight", "route", "title", "volume", "vol", "model", "version", "episode",
		"season", "part", "rule", "grade", "tier", "gate", "platform", "room",
		"number", "art", "sec", "para", "no", "nos", "protocol", "annex", "item")
	flags(fOrdinal, "st", "nd", "rd", "th")
	flags(fClock, "am", "pm", "gmt", "utc", "cet", "est", "edt", "bst", "o'clock")
	for _, f := range []struct {
		d                float64
		singular, plural string
	}{
		{2, "half", "halves"}, {3, "third", "thirds"}, {4, "quarter", "quarters"},
		{4, "fourth", "fourths"}, {5, "fifth", "fifths"}, {6, "sixth", "sixths"},
		{7, "seventh", "sevenths"}, {8, "eighth", "eighths"}, {9, "ninth", "ninths"},
		{10, "tenth", "tenths"}, {12, "twelfth", "twelfths"}, {20, "twentieth", "twentieths"},
		{100, "hundredth", "hundredths"}, {1000, "thousandth", "thousandths"},
		{1e6, "millionth", "millionths"}, {1e9, "billionth", "billionths"},
		{1e12, "trillionth", "trillionths"},
	} {
		add(word{flags: fFraction | fStop, num: nFrac, val: f.d}, f.singular)
		add(word{flags: fFraction | fFracPlural | fStop, num: nFrac, val: f.d}, f.plural)
	}
	flags(fStart, "half", "couple", "rs", "quarter", "c", "hk", "nz", "cdn", "us")
	flags(fHalfSide, "first", "second", "last", "other", "latter", "former", "back", "front",
		"top", "bottom", "upper", "lower", "better", "western", "eastern", "northern", "southern")
	flags(fStart|fSign|fStop, "minus", "negative")
	flags(fMeasure, "km", "kg", "mm", "cm", "ml", "mph", "kph", "kmh", "ft",
		"lb", "lbs", "mw", "gw", "kw", "kwh", "mwh", "gwh", "sq")
	flags(fPlural, "people", "men", "women", "children", "police", "personnel",
		"staff", "cattle", "feet", "aircraft", "livestock", "militia", "infantry", "crew")

	flags(fStop, "and", "or", "nor", "but", "of", "in", "on", "at", "to", "the",
		"an", "by", "for", "with", "from", "that", "which", "who", "whom",
		"whose", "as", "than", "was", "were", "is", "are", "be", "been", "being",
		"have", "has", "had", "will", "would", "could", "should", "may", "might",
		"can", "must", "not", "no", "if", "then", "so", "per", "percent",
		"cent", "pct", "via", "into", "onto", "upon", "over", "under", "about",
		"after", "before", "since", "until", "while", "when", "where", "this",
		"these", "those", "it", "its", "they", "them", "their", "he", "him",
		"his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my",
		"ago", "also", "each", "every", "all", "both", "either", "neither",
		"yet", "still", "just", "only", "even", "back", "out", "up", "down",
		"off", "there", "here", "what", "said", "says", "say", "told",
		"according", "more", "less", "fewer", "most", "least",
		"did", "do", "does", "against", "among", "between", "across", "through",
		"during", "within", "without", "toward", "towards", "since", "around",
		"ago", "again", "later", "earlier", "each", "apiece", "a", "another")
	// Verbs that often follow a count and are not its unit ("3 died" is
	// caught by the "-ed" rule; these are the irregular ones).
	flags(fStop, "fled", "fell", "rose", "left", "went", "came", "fought",
		"lost", "won", "took", "got", "saw", "met", "held", "made", "gave",
		"struck", "hit", "shot", "sent", "led", "stood", "ran", "remain",
		"remains", "die", "dies", "live", "flee", "fight", "face",
		"faces", "need", "needs", "say", "think", "know", "knew", "became",
		"become", "began", "begin", "seem", "seems", "spent", "spend")
	flags(fFiller, "more", "such", "other", "additional", "further", "extra", "new", "fresh")
	flags(fDet, "the", "his", "her", "its", "their", "our", "my", "your", "these", "those", "this", "that", "whose")
	flags(fPrep, "in", "since", "by", "until", "till", "before", "after", "during",
		"of", "from", "to", "through", "throughout", "between", "and", "or", "circa", "early", "late", "mid", "spring",
		"summer", "autumn", "fall", "winter", "the", "its", "his", "her", "their", "our", "this", "that")
	flags(fChange, "rose", "risen", "rise", "rises", "rising", "fell", "fallen",
		"fall", "falls", "falling", "increased", "increase", "increases",
		"increasing", "decreased", "decrease", "decreases", "decreasing", "grew",
		"grown", "grow", "grows", "growing", "dropped", "drop", "drops",
		"dropping", "declined", "decline", "declines", "declining", "climbed",
		"climb", "climbs", "jumped", "jump", "jumps", "surged", "plunged",
		"soared", "slumped", "cut", "raised", "raise", "raises", "reduced",
		"reduce", "reduces", "lowered", "boosted", "revised", "shrank",
		"shrunk", "doubled", "tripled", "went", "up", "down", "moved", "changed",
		"expanded", "narrowed", "widened")

	for _, p := range hedgePhrases {
		flags(fHedge|fStart, p.words[0])
	}
	for i, p := range hedgePhrases {
		k := lexicon[p.words[0]]
		hedgeIndex[k] = append(hedgeIndex[k], i)
	}
	initVague()
	// Flag the words that begin a nation's adjective, so that nation
	// refuses the other words without building a key.
	for _, k := range slices.Sorted(maps.Keys(nationCurrencies)) {
		first, _, _ := strings.Cut(k, " ")
		flags(fNation, first)
	}
}

func toUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// The lexer looks every word up, and a map's string hashing and probing
// cost more than the rest of reading a word: lexTable is an open-addressed
// copy of lexicon, hashed by wordHash from the word's first eight bytes.
const (
	tableBits = 11 // four times the lexicon, so probes are short
	tableMask = 1<<tableBits - 1
)

type tableEntry struct {
	key   string
	first uint64 // foldWord of the key, which decides most comparisons
	w     uint16
}

var lexTable [1 << tableBits]tableEntry

func insertTable(key string, w uint16) {
	if len(lexicon) > len(lexTable)/2 {
		panic("quantity: lexicon outgrew its table")
	}
	f := foldBytes([]byte(key))
	for k := wordHash(f, len(key)); ; k++ {
		e := &lexTable[k&tableMask]
		if e.w == 0 {
			e.key, e.first, e.w = key, f, w
			return
		}
	}
}

// foldBytes returns the foldWord of lower-case b.
func foldBytes(b []byte) uint64 {
	var first uint64
	for i := 0; i < len(b) && i < 8; i++ {
		first |= uint64(b[i]) << (8 * i)
	}
	return foldWord(first, len(b))
}

// lookupFolded returns the lexicon entry of ASCII word w, letters of any
// case, whose foldWord is f; 0 when w is not in it.
func lookupFolded(w string, f uint64) uint16 {
	for k := wordHash(f, len(w)); ; k++ {
		e := &lexTable[k&tableMask]
		if e.w == 0 {
			return 0
		}
		if e.first == f && len(e.key) == len(w) && (len(w) <= 8 || equalFolded(w[8:], e.key[8:])) {
			return e.w
		}
	}
}

// equalFolded reports whether letters w, of any case, spell lower-case key.
func equalFolded(w, key string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}

// lookup returns the lexicon entry of lower-cased b, 0 when none.
func lookup(b []byte) uint16 {
	for k := wordHash(foldBytes(b), len(b)); ; k++ {
		e := &lexTable[k&tableMask]
		if e.w == 0 {
			return 0
		}
		if e.key == string(b) {
			return e.w
		}
	}
}
