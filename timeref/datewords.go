package timeref

import (
	"strings"
	"time"
	"unicode/utf8"
)

// dateClass is what a word is to the date reader: the head word every date
// expression holds, read outward from it.
type dateClass uint8

const (
	cNone      dateClass = iota
	cMonth               // "August", "Aug": val is the month
	cWeekday             // "Monday": val is the time.Weekday
	cYesterday           // "yesterday"
	cToday               // "today"
	cTomorrow            // "tomorrow"
	cTonight             // "tonight"
	cDay                 // "day", "days"
	cWeek                // "week", "weeks"
	cMonthUnit           // "month", "months"
	cWeekend             // "weekend"
	cNight               // "night": "last night"
	cDaytime             // "morning", "afternoon", "evening": "this morning"
)

// dateWord is a word as the date reader classes it.
type dateWord struct {
	class  dateClass
	val    int  // the month (1-12) or the weekday (0-6, Sunday first)
	abbr   bool // an abbreviated month: "Aug", "Sept"
	plural bool // "days", "weeks", "months"
}

var (
	monthNames = [...]string{"", "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	monthAbbrs = [...]string{"", "jan", "feb", "mar", "apr", "may", "jun",
		"jul", "aug", "sep", "oct", "nov", "dec"}
	weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

// dateWords holds the date words by their first letter, lower-case, so
// that most words of a sentence are turned away by one index.
var dateWords = func() (byLetter [26][]struct {
	text string
	dw   dateWord
}) {
	add := func(text string, dw dateWord) {
		i := text[0] - 'a'
		byLetter[i] = append(byLetter[i], struct {
			text string
			dw   dateWord
		}{text, dw})
	}
	for m := 1; m <= 12; m++ {
		add(monthNames[m], dateWord{class: cMonth, val: m})
		if m != 5 {
			add(monthAbbrs[m], dateWord{class: cMonth, val: m, abbr: true})
		}
	}
	add("sept", dateWord{class: cMonth, val: int(time.September), abbr: true})
	for d, n := range weekdayNames {
		add(n, dateWord{class: cWeekday, val: d})
	}
	for _, w := range []struct {
		text string
		dw   dateWord
	}{
		{"yesterday", dateWord{class: cYesterday}},
		{"today", dateWord{class: cToday}},
		{"tomorrow", dateWord{class: cTomorrow}},
		{"tonight", dateWord{class: cTonight}},
		{"day", dateWord{class: cDay}},
		{"days", dateWord{class: cDay, plural: true}},
		{"week", dateWord{class: cWeek}},
		{"weeks", dateWord{class: cWeek, plural: true}},
		{"month", dateWord{class: cMonthUnit}},
		{"months", dateWord{class: cMonthUnit, plural: true}},
		{"weekend", dateWord{class: cWeekend}},
		{"night", dateWord{class: cNight}},
		{"morning", dateWord{class: cDaytime}},
		{"afternoon", dateWord{class: cDaytime}},
		{"evening", dateWord{class: cDaytime}},
	} {
		add(w.text, w.dw)
	}
	return byLetter
}()

// classify reads the word t. Most words start with a letter no date word
// starts with, or match no date word of their length, and cost an index
// and a comparison of lengths; none allocates.
func classify(t string) dateWord {
	if len(t) < 3 || len(t) > len("wednesday") {
		return dateWord{}
	}
	c := t[0] | 0x20
	if c < 'a' || c > 'z' {
		return dateWord{}
	}
	for _, e := range dateWords[c-'a'] {
		if len(e.text) == len(t) && strings.EqualFold(e.text, t) {
			return e.dw
		}
	}
	return dateWord{}
}

// monthOf returns the month w names, written out or abbreviated, or 0.
func monthOf(s string, w word) (time.Month, bool) {
	d := classify(s[w.pos:w.end])
	if d.class != cMonth {
		return 0, false
	}
	return time.Month(d.val), d.abbr
}

// dayNumber reads a day of the month: "18", "18th", "1st", "3rd". It
// returns 0 for anything else.
func dayNumber(t string) int {
	n := 0
	i := 0
	for ; i < len(t) && i < 3 && isDigit(rune(t[i])); i++ {
		n = n*10 + int(t[i]-'0')
	}
	if i == 0 || i > 2 || n < 1 || n > 31 || t[0] == '0' && i == 1 {
		return 0
	}
	switch rest := t[i:]; {
	case rest == "":
	case len(rest) == 2 && (strings.EqualFold(rest, "st") || strings.EqualFold(rest, "nd") ||
		strings.EqualFold(rest, "rd") || strings.EqualFold(rest, "th")):
	default:
		return 0
	}
	return n
}

// dayRange reads a day or a range of days written as one word: "18",
// "18th", "18-19", "18–19". to is 0 for a single day.
func dayRange(s string, w word) (from, to int) {
	if d := dayNumber(s[w.pos:w.end]); d > 0 {
		return d, 0
	}
	a, b, ok := compound(s, w)
	if !ok {
		return 0, 0
	}
	x, y := dayNumber(a), dayNumber(b)
	if x == 0 || y <= x {
		return 0, 0
	}
	return x, y
}

// yearNumber reads a year written with four digits, 1000 to 2999, as a
// date writes it, or returns 0.
func yearNumber(t string) int {
	if len(t) != 4 || t[0] < '1' || t[0] > '2' {
		return 0
	}
	n := 0
	for i := 0; i < 4; i++ {
		if !isDigit(rune(t[i])) {
			return 0
		}
		n = n*10 + int(t[i]-'0')
	}
	return n
}

// isoDate reads a word written as an ISO 8601 date, "2025-08-18", or a
// date and time whose time is glued to it ("2025-08-18T14"); ok is false
// for anything else and for a date that does not exist.
func isoDate(t string) (y int, m time.Month, d int, ok bool) {
	if len(t) < 10 || t[4] != '-' || t[7] != '-' {
		return 0, 0, 0, false
	}
	if len(t) > 10 && (t[10] != 'T' || len(t) == 11) {
		return 0, 0, 0, false
	}
	y = yearNumber(t[:4])
	mm, dd := twoDigits(t[5:7]), twoDigits(t[8:10])
	if y == 0 || mm < 1 || mm > 12 || dd < 1 || dd > daysIn(y, time.Month(mm)) {
		return 0, 0, 0, false
	}
	return y, time.Month(mm), dd, true
}

func twoDigits(t string) int {
	if !isDigit(rune(t[0])) || !isDigit(rune(t[1])) {
		return -1
	}
	return int(t[0]-'0')*10 + int(t[1]-'0')
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// maxDaysIn is the most days month m ever has: February has 29.
func maxDaysIn(m time.Month) int { return daysIn(2024, m) }

// isCapital reports whether w starts with a capital letter, as month and
// weekday names are written: "March" is a month, "the march" a walk.
func isCapital(s string, w word) bool { return 'A' <= s[w.pos] && s[w.pos] <= 'Z' }

// boundWords are the words after which a date bounds a stretch of time
// instead of naming the day something happened: "since Monday", "until
// August 18", "by Friday", "between Monday and Wednesday".
func boundWord(s string, w word) bool {
	return w.isAny(s, "since", "until", "till", "til", "through", "thru", "by", "before", "after",
		"between", "from", "to", "pending")
}

// weekdayNames are preceded by these in names of days that are not dates:
// "Bloody Sunday", "Black Friday", "Super Tuesday", "Easter Monday".
func weekdayNamePrefix(s string, w word) bool {
	return isCapital(s, w) && w.isAny(s, "bloody", "black", "good", "super", "cyber", "easter", "palm",
		"ash", "holy", "maundy", "shrove", "giving", "blue", "mad", "whit", "plough", "fat", "great", "low")
}

// weekdayNameSuffix: "the Sunday Times", "Monday Night Football", "the
// Saturday Club". Capitalised: "Monday night" is a date. "Sunday school"
// is not, either way.
func weekdayNameSuffix(s string, w word) bool {
	return w.isAny(s, "school", "schools") || isCapital(s, w) && w.isAny(s, "times", "telegraph", "mirror",
		"express", "post", "herald", "mail", "independent", "star", "people", "sport", "tribune", "observer",
		"night", "morning", "club", "review", "sun", "record", "league")
}

// newspaperOn reports the "on" of "the Mail on Sunday", "Scotland on
// Sunday", "the Independent on Sunday": a newspaper, not a day.
func newspaperOn(s string, on word) bool {
	if !on.is(s, "on") {
		return false
	}
	p, ok := before(s, on.pos)
	return ok && isCapital(s, p) && p.isAny(s, "mail", "independent", "scotland", "wales")
}

// futureCue reports a word that puts its clause in the future: "talks
// will resume on Thursday", "the vote is scheduled for Friday". Not "due":
// "deaths due to the strike on Monday" report the past.
func futureCue(s string, w word) bool {
	if w.isAny(s, "will", "shall", "won't", "won\u2019t", "scheduled", "slated", "upcoming", "expected") {
		return true
	}
	t := s[w.pos:w.end]
	return len(t) > 3 && (hasFold(t, "'ll") || hasFold(t, "\u2019ll"))
}

// futureBefore reports whether the clause that ends at pos speaks of the
// future: a future cue among the words before pos, back to punctuation or
// to a verb of saying, which reports the past ("officials who will meet
// next month said on Monday").
func futureBefore(s string, pos int) bool {
	at := pos
	for range 12 {
		w, ok := before(s, at)
		if !ok || w.isAny(s, "said", "says", "told", "announced", "reported", "added", "confirmed",
			"stated", "wrote", "noted", "posted", "declared", "insisted", "claimed") {
			return false
		}
		if futureCue(s, w) {
			return true
		}
		at = w.pos
	}
	return false
}

// afterBetween reports whether the "and" at w closes a "between" phrase:
// "between Monday and Wednesday" names neither day.
func afterBetween(s string, w word) bool {
	if !w.is(s, "and") {
		return false
	}
	at := w.pos
	for range 8 {
		p, ok := beforeComma(s, at)
		if !ok {
			return false
		}
		if p.is(s, "between") {
			return true
		}
		at = p.pos
	}
	return false
}

// beforeComma is before, allowing a comma between the two words:
// "between Monday, August 18, and".
func beforeComma(s string, pos int) (word, bool) {
	if w, ok := before(s, pos); ok {
		return w, true
	}
	i := skipSpaceBack(s, pos)
	if i < 2 || s[i-1] != ',' {
		return word{}, false
	}
	j := i - 1 // the comma
	if r, _ := utf8.DecodeLastRuneInString(s[:j]); !isAlnum(r) {
		return word{}, false
	}
	return word{wordStart(s, j), j}, true
}

// follow returns the word after end, allowing one punctuation mark of
// marks right after end: "Aug. 18", "August 18, 2025", "Monday, August 18".
func follow(s string, end int, marks string) (word, bool) {
	if end < len(s) && strings.IndexByte(marks, s[end]) >= 0 {
		end++
	}
	return after(s, end)
}
