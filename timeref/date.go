package timeref

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// DateRef is one expression in a sentence that names a calendar day or a
// run of days: "August 18, 2025", "on Monday", "yesterday", "in February",
// "last week". The package documentation lists the forms read.
type DateRef struct {
	// Pos and End are the byte span of the expression in the sentence,
	// End exclusive. A preposition before it is part of it ("on Monday",
	// "in February", "over the weekend"); a possessive "'s" is not
	// ("Monday's strike" gives "Monday").
	Pos, End int
	// Text is sentence[Pos:End].
	Text string
	// Written reports whether the words write the date out, year
	// included: "August 18, 2025", "18 August 2025", "2025-08-18", "in
	// August 2025". ResolveDate needs no publication date for it, and a
	// report need not say how it was read. Every other expression counts
	// from the publication date, a year-less "August 18" included.
	Written bool

	form    dateForm
	year    int        // the year written; 0 when none
	yearRel bool       // the year is counted from publication's:
	years   int        // "February last year" is -1, "this year" 0
	month   time.Month // the month written; 0 when none
	day     int        // the day written; 0 for a whole month
	dayTo   int        // the last day of a written range ("August 18-19"); 0 when none
	part    datePart   // a part of the month or week
	weekday time.Weekday
	dir     dateDir // which occurrence of a weekday, a month or a weekend
	weeks   int     // with inWeek, the week of a weekday, from publication's:
	inWeek  bool    // "Tuesday last week" is -1
	unit    dateUnit
	near    int    // counted units from publication's: -1 "yesterday", -2 "two weeks ago"
	far     int    // a range's other end ("two or three days ago"), 0 when none
	hedge   string // the hedge of a count, as Ref.Hedge
}

// dateForm is how an expression fixes its days.
type dateForm uint8

const (
	formCalendar dateForm = iota + 1 // a month, and perhaps a day and a year: "August 18, 2025", "in February"
	formWeekday                      // "on Monday", "last Monday", "Tuesday last week"
	formCount                        // units counted from publication's own: "yesterday", "last week", "two months ago"
	formWeekend                      // "over the weekend", "last weekend"
	formNight                        // "last night": the night before publication, either side of midnight
)

// datePart narrows a month ("early February") or the publication's week or
// month ("earlier this week").
type datePart uint8

const (
	partWhole   datePart = iota
	partEarly            // days 1-15
	partMid              // days 10-20
	partLate             // day 16 to the end
	partEarlier          // from the start to the day before publication
	partLater            // from the day after publication to the end
)

// dateDir says which occurrence of a weekday, a month or a weekend is
// meant.
type dateDir int8

const (
	dirNearest dateDir = iota // a weekday: on or before publication; a month: the year's window; a weekend: the latest begun
	dirLast                   // "last Monday", "last February", "last weekend": strictly before
	dirNext                   // "next Monday", "next February", "next weekend": strictly after
	dirAhead                  // a weekday in a clause about the future: on or after publication
	dirThis                   // "this weekend"
)

// dateUnit is the unit counted by a formCount expression.
type dateUnit uint8

const (
	unitDay dateUnit = iota + 1
	unitWeek
	unitMonth
)

// maxDateCount bounds a counted date: "999 days ago" is read, no more.
const maxDateCount = 999

// FindDates returns the date expressions of sentence, left to right, each
// once and none overlapping another. It allocates only when it finds one.
func FindDates(sentence string) []DateRef {
	var refs []DateRef
	floor := 0
	for w, ok := nextWord(sentence, 0); ok; w, ok = nextWord(sentence, w.end) {
		r, ok := dateAt(sentence, w, floor)
		if !ok {
			continue
		}
		r.Text = sentence[r.Pos:r.End]
		refs = append(refs, r)
		floor = r.End
		w.end = max(w.end, r.End)
	}
	return refs
}

// dateAt reads the date expression whose head word is w, if w is one.
func dateAt(s string, w word, floor int) (DateRef, bool) {
	base, poss := possessive(s, w)
	t := s[base.pos:base.end]
	if len(t) >= 10 && isDigit(rune(t[0])) {
		y, m, d, ok := isoDate(t)
		if !ok || poss {
			return DateRef{}, false
		}
		r := DateRef{Pos: base.pos, End: base.end, form: formCalendar, year: y, month: m, day: d, Written: true}
		return finish(s, r, floor, false, "on")
	}
	dw := classify(t)
	switch dw.class {
	case cNone:
		// "mid-February", "early-March"
		if len(t) < len("mid-May") {
			return DateRef{}, false
		}
		switch t[0] | 0x20 {
		case 'm', 'e', 'l':
		default:
			return DateRef{}, false
		}
		a, b, ok := compound(s, base)
		if !ok {
			return DateRef{}, false
		}
		p := partWord(a)
		mw := classify(b)
		if p == partWhole || mw.class != cMonth || mw.abbr || b[0] < 'A' || b[0] > 'Z' {
			return DateRef{}, false
		}
		return monthAt(s, base, time.Month(mw.val), false, poss, p, floor)
	case cMonth:
		if !isCapital(s, base) {
			return DateRef{}, false
		}
		return monthAt(s, base, time.Month(dw.val), dw.abbr, poss, partWhole, floor)
	case cWeekday:
		return weekdayAt(s, base, time.Weekday(dw.val), poss, floor)
	case cYesterday, cToday, cTomorrow, cTonight:
		return dayWordAt(s, base, dw.class, poss, floor)
	case cDay, cWeek, cMonthUnit:
		u := unitDay
		switch dw.class {
		case cWeek:
			u = unitWeek
		case cMonthUnit:
			u = unitMonth
		}
		return unitAt(s, base, u, dw.plural, poss, floor)
	case cWeekend:
		return weekendAt(s, base, poss, floor)
	case cNight, cDaytime:
		return partOfDayAt(s, base, dw.class, poss, floor)
	}
	return DateRef{}, false
}

// partWord reads "early", "mid" and "late" before a month.
func partWord(t string) datePart {
	switch {
	case strings.EqualFold(t, "early"):
		return partEarly
	case strings.EqualFold(t, "mid"), strings.EqualFold(t, "middle"):
		return partMid
	case strings.EqualFold(t, "late"):
		return partLate
	}
	return partWhole
}

// finish takes into r the preposition before it, if one of preps, and
// refuses it after a word that makes it the bound of a stretch of time
// ("since Monday", "until August 18", "between Monday and Wednesday", "as
// of Friday"). A possessive names the day of what follows it ("since
// Monday's strike"), and is taken after any word.
func finish(s string, r DateRef, floor int, poss bool, preps ...string) (DateRef, bool) {
	if p, ok := before(s, r.Pos); ok && p.pos >= floor && p.isAny(s, preps...) {
		r.Pos = p.pos
	}
	if poss {
		return r, true
	}
	if p, ok := before(s, r.Pos); ok {
		if boundWord(s, p) || afterBetween(s, p) {
			return DateRef{}, false
		}
		if q, ok := before(s, p.pos); ok && p.is(s, "of") && q.is(s, "as") {
			return DateRef{}, false
		}
	}
	return r, true
}

// monthAt reads the expressions whose head is the month name w: "August
// 18, 2025", "Aug. 18", "18 August 2025", "the 18th of August", "August
// 18-19", "in August 2025", "in February", "early February",
// "mid-February", "last February", "in February last year". part is set
// when w is a compound that gives it ("mid-February").
func monthAt(s string, w word, m time.Month, abbr, poss bool, part datePart, floor int) (DateRef, bool) {
	r := DateRef{form: formCalendar, month: m, part: part}
	start, end := w.pos, w.end
	dot := ""
	if abbr {
		dot = "."
	}
	compoundPart := part != partWhole

	// A day before the month: "18 August", "18-19 August", "18 and 19
	// August", "the 18th of August".
	if !poss && !compoundPart {
		if p, ok := before(s, w.pos); ok && p.pos >= floor {
			if d, to := dayRange(s, p); d > 0 {
				r.day, r.dayTo, start = d, to, p.pos
				if to == 0 {
					if d0, at, ok := dayBefore(s, p.pos, floor); ok && d0 < d {
						r.day, r.dayTo, start = d0, d, at
					}
				}
			} else if p.is(s, "of") && !abbr {
				if q, ok := before(s, p.pos); ok && q.pos >= floor && !isDigit(rune(s[q.end-1])) {
					if d := dayNumber(s[q.pos:q.end]); d > 0 {
						r.day, start = d, q.pos
						if the, ok := before(s, q.pos); ok && the.pos >= floor && the.is(s, "the") {
							start = the.pos
						}
					}
				}
			}
		}
	}
	// A day after it: "August 18", "Aug. 18", "August 18-19", "August 18
	// and 19". Not "May 20 people": a figure that counts something.
	if r.day == 0 && !poss && !compoundPart {
		if d, ok := follow(s, end, dot); ok && !nounAfter(s, d.end) {
			if from, to := dayRange(s, d); from > 0 {
				r.day, r.dayTo, end = from, to, d.end
				if to == 0 {
					if to, at, ok := dayAfter(s, d.end); ok && to > from {
						r.dayTo, end = to, at
					}
				}
			}
		}
	}
	// A year after the day or the month: "August 18, 2025", "18 August
	// 2025", "August 2025", "Aug. 2025", "August of 2025"; or one counted
	// from publication's: "February last year", "August 18 of this year".
	if !poss {
		marks := ","
		if r.day == 0 {
			marks = dot
		}
		if y, ok := follow(s, end, marks); ok {
			if n := yearNumber(s[y.pos:y.end]); n > 0 && !nounAfter(s, y.end) {
				r.year, end = n, y.end
			} else if y.is(s, "of") && r.day == 0 {
				if y2, ok := after(s, y.end); ok {
					if n := yearNumber(s[y2.pos:y2.end]); n > 0 && !nounAfter(s, y2.end) {
						r.year, end = n, y2.end
					}
				}
			}
		}
		if r.year == 0 {
			if n, at, ok := yearAfter(s, end); ok {
				r.yearRel, r.years, end = true, n, at
			}
		}
	}
	if r.day > 0 && (r.day > maxDaysIn(m) || r.dayTo > maxDaysIn(m)) {
		return DateRef{}, false
	}
	if r.year > 0 && r.day > 0 && (r.day > daysIn(r.year, m) || r.dayTo > daysIn(r.year, m)) {
		return DateRef{}, false
	}

	// A month alone must be marked as a time: "in March", "early May",
	// "last February", "February's strike", "in February last year". "May
	// said" is a name, "the march" a walk, and "Jan" may be Jan.
	if r.day == 0 && r.year == 0 {
		if abbr {
			return DateRef{}, false
		}
		cue := compoundPart || poss && m != time.May || r.yearRel && m != time.May
		if p, ok := before(s, start); ok && p.pos >= floor && !compoundPart {
			switch {
			case partWord(s[p.pos:p.end]) != partWhole:
				r.part, start, cue = partWord(s[p.pos:p.end]), p.pos, true
			case p.is(s, "of"):
				// "the end of February", "the beginning of March"
				q, ok1 := before(s, p.pos)
				the, ok2 := before(s, q.pos)
				if ok1 && ok2 && the.pos >= floor && the.is(s, "the") {
					switch {
					case q.isAny(s, "beginning", "start"):
						r.part = partEarly
					case q.is(s, "middle"):
						r.part = partMid
					case q.is(s, "end"):
						r.part = partLate
					}
					if r.part != partWhole {
						start, cue = the.pos, true
					}
				}
			case p.isAny(s, "last", "next") && !r.yearRel:
				if determinerBefore(s, p.pos) {
					return DateRef{}, false
				}
				r.dir, start, cue = dirLast, p.pos, true
				if p.is(s, "next") {
					r.dir = dirNext
				}
			case p.is(s, "this") && !r.yearRel:
				r.yearRel, r.years, start, cue = true, 0, p.pos, true
			}
		}
		if p, ok := before(s, start); ok && p.pos >= floor && p.isAny(s, "in", "during") {
			cue = true
		}
		if !cue {
			return DateRef{}, false
		}
	}
	r.Pos, r.End, r.Written = start, end, r.year > 0
	preps := []string{"on", "in", "during"}
	if r.part != partWhole && r.day == 0 {
		preps = []string{"in", "during", "at"}
	}
	return finish(s, r, floor, poss, preps...)
}

// dayBefore reads the first day of "18 and 19 August" or "18 to 19
// August", the second day's word starting at pos.
func dayBefore(s string, pos, floor int) (day, at int, ok bool) {
	c, ok := before(s, pos)
	if !ok || c.pos < floor || !c.isAny(s, "and", "to", "or") {
		return 0, 0, false
	}
	d, ok := before(s, c.pos)
	if !ok || d.pos < floor {
		return 0, 0, false
	}
	if n, to := dayRange(s, d); n > 0 && to == 0 {
		return n, d.pos, true
	}
	return 0, 0, false
}

// dayAfter reads the second day of "August 18 and 19", "August 18 to 19",
// "August 18 through 19", the first day ending at end.
func dayAfter(s string, end int) (day, at int, ok bool) {
	c, ok := after(s, end)
	if !ok || !c.isAny(s, "and", "to", "or", "through") {
		return 0, 0, false
	}
	d, ok := after(s, c.end)
	if !ok || nounAfter(s, d.end) {
		return 0, 0, false
	}
	if n, to := dayRange(s, d); n > 0 && to == 0 {
		return n, d.end, true
	}
	return 0, 0, false
}

// yearAfter reads a year counted from publication's after a date: "last
// year", "of last year", "this year", "next year".
func yearAfter(s string, end int) (years, at int, ok bool) {
	a, ok := after(s, end)
	if ok && a.is(s, "of") {
		a, ok = after(s, a.end)
	}
	if !ok {
		return 0, 0, false
	}
	b, ok := after(s, a.end)
	if !ok {
		return 0, 0, false
	}
	base, _ := possessive(s, b)
	if !base.is(s, "year") {
		return 0, 0, false
	}
	switch {
	case a.is(s, "last"):
		return -1, base.end, true
	case a.is(s, "this"):
		return 0, base.end, true
	case a.is(s, "next"):
		return 1, base.end, true
	}
	return 0, 0, false
}

// nounAfter reports whether a plural noun follows end: then the number
// before it counts something ("May 20 people died", "on August 18, 1500
// soldiers"), and is no day or year.
func nounAfter(s string, end int) bool {
	a, ok := after(s, end)
	if !ok {
		return false
	}
	if a.isAny(s, "people", "children", "men", "women", "police", "personnel", "staff", "troops") {
		return true
	}
	t := s[a.pos:a.end]
	if len(t) < 4 || t[0] < 'a' || t[0] > 'z' || t[len(t)-1] != 's' {
		return false
	}
	return !a.isAny(s, "was", "has", "is", "as", "this", "his", "its", "has", "towards", "across", "whereas",
		"marks", "sees", "saw", "looks", "seems", "remains", "becomes", "comes", "brings", "begins",
		"ends", "starts", "means", "makes", "takes", "gives", "shows", "says", "goes")
}

// weekdayAt reads the expressions whose head is the weekday name w: "on
// Monday", "Monday's strike", "last Monday", "next Friday", "Tuesday last
// week", and a date written after it, "Monday, August 18, 2025", which is
// the date.
func weekdayAt(s string, w word, wd time.Weekday, poss bool, floor int) (DateRef, bool) {
	if !isCapital(s, w) {
		return DateRef{}, false
	}
	r := DateRef{form: formWeekday, weekday: wd}
	start, end := w.pos, w.end
	if p, ok := before(s, start); ok {
		if weekdayNamePrefix(s, p) || newspaperOn(s, p) {
			return DateRef{}, false // "Bloody Sunday", "Black Friday", "the Mail on Sunday"
		}
		switch {
		case p.pos < floor:
		case p.isAny(s, "last", "next"):
			if determinerBefore(s, p.pos) {
				return DateRef{}, false // "the last Monday of the month"
			}
			r.dir, start = dirLast, p.pos
			if p.is(s, "next") {
				r.dir = dirNext
			}
		case p.is(s, "coming"):
			r.dir, start = dirNext, p.pos
			if q, ok := before(s, p.pos); ok && q.pos >= floor && q.isAny(s, "this", "the") {
				start = q.pos
			}
		case p.isAny(s, "this", "that", "the", "a", "an", "every", "each", "any", "one", "some",
			"following", "previous", "same", "whose", "another", "no", "which", "what"):
			return DateRef{}, false // "a Monday", "every Friday", "the following Monday"
		}
	}
	if !poss {
		if a, ok := follow(s, end, ","); ok {
			// The date written after the weekday is the date.
			if d, ok := dateAfterWeekday(s, a); ok {
				d.Pos = start
				return finish(s, d, floor, false, "on")
			}
		}
		if a, ok := after(s, end); ok {
			if weekdayNameSuffix(s, a) {
				return DateRef{}, false // "the Sunday Times"
			}
			if a.isAny(s, "to", "through", "thru", "till", "until", "or") {
				if b, ok := after(s, a.end); ok && classify(s[b.pos:b.end]).class == cWeekday {
					return DateRef{}, false // "Monday to Friday": no one day
				}
			}
			// "Tuesday last week", "on Friday this week"
			if r.dir == dirNearest && a.isAny(s, "last", "this", "next") {
				if b, ok := after(s, a.end); ok {
					if bb, _ := possessive(s, b); bb.is(s, "week") {
						r.inWeek, end = true, bb.end
						switch {
						case a.is(s, "last"):
							r.weeks = -1
						case a.is(s, "next"):
							r.weeks = 1
						}
					}
				}
			}
		}
	}
	if r.dir == dirNearest && !r.inWeek && !poss && futureBefore(s, start) {
		r.dir = dirAhead
	}
	r.Pos, r.End = start, end
	return finish(s, r, floor, poss, "on")
}

// dateAfterWeekday reads a date written out after a weekday, starting at
// the word a: "August 18", "Aug. 18, 2025", "18 August 2025".
func dateAfterWeekday(s string, a word) (DateRef, bool) {
	if m, abbr := monthOf(s, a); m > 0 && isCapital(s, a) {
		d, ok := monthAt(s, a, m, abbr, false, partWhole, a.pos)
		return d, ok && d.day > 0 && d.Pos == a.pos
	}
	if n, _ := dayRange(s, a); n > 0 {
		b, ok := after(s, a.end)
		if !ok {
			return DateRef{}, false
		}
		if m, abbr := monthOf(s, b); m > 0 && isCapital(s, b) {
			d, ok := monthAt(s, b, m, abbr, false, partWhole, a.pos)
			return d, ok && d.day > 0 && d.Pos == a.pos
		}
	}
	return DateRef{}, false
}

// dayWordAt reads "yesterday", "today", "tomorrow", "tonight", "the day
// before yesterday" and "the day after tomorrow".
func dayWordAt(s string, w word, c dateClass, poss bool, floor int) (DateRef, bool) {
	r := DateRef{form: formCount, unit: unitDay}
	start := w.pos
	switch c {
	case cYesterday:
		r.near = -1
	case cTomorrow:
		r.near = 1
	case cToday:
		// "Russia Today", "USA Today", "the Today programme": a name.
		if _, ok := before(s, w.pos); ok && isCapital(s, w) {
			return DateRef{}, false
		}
	}
	if c == cYesterday || c == cTomorrow {
		link := "before"
		if c == cTomorrow {
			link = "after"
		}
		b, ok1 := before(s, w.pos)
		d, ok2 := before(s, b.pos)
		the, ok3 := before(s, d.pos)
		if ok1 && ok2 && ok3 && the.pos >= floor && b.is(s, link) && d.is(s, "day") && the.is(s, "the") {
			r.near *= 2
			start = the.pos
		}
	}
	r.Pos, r.End = start, w.end
	return finish(s, r, floor, poss)
}

// unitAt reads the expressions whose head is "day", "week" or "month":
// "last week", "this month", "next week", "earlier this week", "later this
// month", "the week before last", and counts: "two days ago", "a month
// ago", "three weeks from now", "in a week's time", "about two weeks ago".
func unitAt(s string, w word, u dateUnit, plural, poss bool, floor int) (DateRef, bool) {
	r := DateRef{form: formCount, unit: u}
	if !plural && u != unitDay {
		p, ok := before(s, w.pos)
		if ok && p.pos >= floor {
			if p.isAny(s, "this", "last", "next") && !poss && repeatedUnit(s, w) {
				return DateRef{}, false // "week after week"
			}
			switch {
			case p.is(s, "this"):
				r.Pos, r.End = p.pos, w.end
				if q, ok := before(s, p.pos); ok && q.pos >= floor && q.isAny(s, "earlier", "later") {
					r.part, r.Pos = partEarlier, q.pos
					if q.is(s, "later") {
						r.part = partLater
					}
				}
				return finish(s, r, floor, poss)
			case p.isAny(s, "last", "next"):
				if determinerBefore(s, p.pos) {
					return DateRef{}, false // "the last week", "his next month"
				}
				r.near = -1
				if p.is(s, "next") {
					r.near = 1
				}
				r.Pos, r.End = p.pos, w.end
				return finish(s, r, floor, poss)
			case p.is(s, "the") && !poss:
				a, ok1 := after(s, w.end)
				b, ok2 := after(s, a.end)
				switch {
				case !ok1 || !ok2:
				case a.is(s, "before") && b.is(s, "last"):
					r.near, r.Pos, r.End = -2, p.pos, b.end
					return finish(s, r, floor, false)
				case a.is(s, "after") && b.is(s, "next"):
					r.near, r.Pos, r.End = 2, p.pos, b.end
					return finish(s, r, floor, false)
				}
			}
		}
	}
	c, ok := readCount(s, unit{w: w, plural: plural, poss: poss}, floor)
	if !ok || c.q%4 != 0 || c.far%4 != 0 {
		return DateRef{}, false // "a week and a half ago" falls on no one day
	}
	near, far := c.q/4, c.far/4
	if near < 1 || near > maxDateCount || far > maxDateCount {
		return DateRef{}, false
	}
	r.near, r.hedge, r.Pos, r.End = c.sign*near, c.hedge, c.pos, c.end
	if far != 0 {
		r.far = c.sign * far
	}
	return finish(s, r, floor, false)
}

// repeatedUnit reports "week after week", "month on month", "week by week".
func repeatedUnit(s string, w word) bool {
	a, ok1 := after(s, w.end)
	b, ok2 := after(s, a.end)
	return ok1 && ok2 && a.isAny(s, "after", "on", "by", "to", "over", "upon") && strings.EqualFold(s[b.pos:b.end], s[w.pos:w.end])
}

// weekendAt reads "over the weekend", "at the weekend", "last weekend",
// "this weekend", "next weekend", "this past weekend".
func weekendAt(s string, w word, poss bool, floor int) (DateRef, bool) {
	r := DateRef{form: formWeekend}
	p, ok := before(s, w.pos)
	if !ok || p.pos < floor {
		return DateRef{}, false
	}
	start := p.pos
	switch {
	case p.isAny(s, "last", "next"):
		if determinerBefore(s, p.pos) {
			return DateRef{}, false
		}
		r.dir = dirLast
		if p.is(s, "next") {
			r.dir = dirNext
		}
	case p.is(s, "this"):
		r.dir = dirThis
	case p.is(s, "past"):
		q, ok := before(s, p.pos)
		if !ok || q.pos < floor || !q.is(s, "this") {
			return DateRef{}, false
		}
		r.dir, start = dirLast, q.pos
	case p.is(s, "the"):
		q, ok := before(s, p.pos)
		if !ok || q.pos < floor || !q.isAny(s, "over", "at", "during", "on") {
			return DateRef{}, false
		}
		r.dir = dirNearest
	default:
		return DateRef{}, false
	}
	r.Pos, r.End = start, w.end
	return finish(s, r, floor, poss, "over", "at", "during", "on")
}

// partOfDayAt reads "last night", "tonight"'s kin "this morning", "this
// afternoon" and "this evening".
func partOfDayAt(s string, w word, c dateClass, poss bool, floor int) (DateRef, bool) {
	p, ok := before(s, w.pos)
	if !ok || p.pos < floor || determinerBefore(s, p.pos) {
		return DateRef{}, false
	}
	r := DateRef{Pos: p.pos, End: w.end}
	switch {
	case c == cNight && p.is(s, "last"):
		r.form = formNight
	case c == cDaytime && p.is(s, "this"):
		r.form, r.unit = formCount, unitDay
	default:
		return DateRef{}, false
	}
	return finish(s, r, floor, poss)
}

// ResolveDate turns r into a Date quantity for an article published at pub:
// Interval holds the first and last day the words allow, as day numbers
// (quantity.Day), Value the day written or the middle of the run, Hedge the
// hedge of a count, or "range" for a written range of days ("August
// 18-19"). Pos and End are r's, in the sentence; the caller shifts them.
//
// A written date (r.Written) needs no pub. Any other needs one: without it
// ResolveDate returns the zero Quantity, of no kind, which no rule takes.
// So does a year-less "February 29" that falls in a year without one.
// The calendar is pub's own: its date in its own location, weeks from
// Monday to Sunday.
func ResolveDate(r DateRef, pub time.Time) quantity.Quantity {
	if r.form == 0 || !r.Written && pub.IsZero() {
		return quantity.Quantity{}
	}
	iv, value, hedge, ok := r.days(pub)
	if !ok || math.IsNaN(iv.Low) || math.IsNaN(iv.High) {
		return quantity.Quantity{}
	}
	if _, ok := quantity.DayDate(value); !ok {
		return quantity.Quantity{}
	}
	return quantity.Quantity{Pos: r.Pos, End: r.End, Kind: quantity.Date, Interval: iv, Value: value,
		Hedge: hedge, Unit: quantity.DateUnit}
}

// days resolves r into an interval of day numbers and the day written.
func (r DateRef) days(pub time.Time) (iv quantity.Interval, value float64, hedge string, ok bool) {
	Y, M, _ := pub.Date()
	P := quantity.DayOf(pub)
	wd := pub.Weekday()
	point := func(d float64) (quantity.Interval, float64, string, bool) { return quantity.Point(d), d, "", true }
	run := func(lo, hi float64) (quantity.Interval, float64, string, bool) {
		return quantity.Interval{Low: lo, High: hi}, math.Floor((lo + hi) / 2), "", true
	}
	switch r.form {
	case formCalendar:
		y := r.year
		switch {
		case r.year > 0:
		case r.yearRel:
			y = Y + r.years
		case r.dir == dirLast:
			y = Y
			if r.month >= M {
				y--
			}
		case r.dir == dirNext:
			y = Y
			if r.month <= M {
				y++
			}
		default:
			// The eight months before the publication month, that month
			// and the three after: "in December" is last December, "on
			// November 5" this year's, in an article of August.
			y = Y
			switch dm := int(r.month) - int(M); {
			case dm > 3:
				y--
			case dm < -8:
				y++
			}
		}
		n := daysIn(y, r.month)
		if r.day > 0 {
			if r.day > n || r.dayTo > n {
				return iv, 0, "", false
			}
			lo := quantity.Day(y, r.month, r.day)
			if r.dayTo == 0 {
				return point(lo)
			}
			iv, value, _, ok = run(lo, quantity.Day(y, r.month, r.dayTo))
			return iv, value, "range", ok
		}
		first, last := 1, n
		switch r.part {
		case partEarly:
			last = 15
		case partMid:
			first, last = 10, 20
		case partLate:
			first = 16
		}
		return run(quantity.Day(y, r.month, first), quantity.Day(y, r.month, last))
	case formWeekday:
		back := float64((int(wd) - int(r.weekday) + 7) % 7)
		ahead := float64((int(r.weekday) - int(wd) + 7) % 7)
		switch {
		case r.inWeek:
			return point(weekStart(P, wd) + float64(7*r.weeks) + float64((int(r.weekday)+6)%7))
		case r.dir == dirLast:
			if back == 0 {
				back = 7
			}
			return point(P - back)
		case r.dir == dirNext:
			if ahead == 0 {
				ahead = 7
			}
			return point(P + ahead)
		case r.dir == dirAhead:
			return point(P + ahead)
		}
		return point(P - back)
	case formWeekend:
		sat := P - float64((int(wd)+1)%7) // the latest Saturday on or before publication
		in := wd == time.Saturday || wd == time.Sunday
		switch {
		case r.dir == dirLast && in:
			sat -= 7 // the weekend before this one
		case r.dir == dirThis && !in, r.dir == dirNext:
			sat += 7 // the weekend ahead
		}
		return run(sat, sat+1)
	case formNight:
		iv, _, _, ok = run(P-1, P)
		return iv, P - 1, "", ok
	case formCount:
		return r.counted(P, Y, M, wd)
	}
	return iv, 0, "", false
}

// counted resolves a formCount expression: units counted from
// publication's own, perhaps a range, perhaps hedged.
func (r DateRef) counted(P float64, Y int, M time.Month, wd time.Weekday) (quantity.Interval, float64, string, bool) {
	// span is the k-th unit from publication's own: a day, a week from
	// Monday to Sunday, a month.
	span := func(k int) (lo, hi float64) {
		switch r.unit {
		case unitWeek:
			lo = weekStart(P, wd) + float64(7*k)
			return lo, lo + 6
		case unitMonth:
			mi := Y*12 + int(M) - 1 + k
			y, m := floorDiv(mi, 12), time.Month(mod(mi, 12)+1)
			return quantity.Day(y, m, 1), quantity.Day(y, m, daysIn(y, m))
		}
		return P + float64(k), P + float64(k)
	}
	near, far := r.near, r.far
	if far == 0 {
		far = near
	}
	lo1, hi1 := span(near)
	lo2, hi2 := span(far)
	exact := quantity.Interval{Low: math.Min(lo1, lo2), High: math.Max(hi1, hi2)}
	value := math.Floor((exact.Low + exact.High) / 2)
	if r.near == 0 {
		switch r.part {
		case partEarlier:
			exact.High = math.Max(exact.Low, P-1)
		case partLater:
			exact.Low = math.Min(exact.High, P+1)
		}
		return exact, math.Floor((exact.Low + exact.High) / 2), "", true
	}
	hedge := r.hedge
	if hedge == "" {
		if near != far {
			hedge = "range"
		}
		return exact, value, hedge, true
	}
	// The hedge shapes the distance in units, as for years; then the
	// distance becomes days, counted back or ahead.
	dn, df := abs(near), abs(far)
	if dn > df {
		dn, df = df, dn
	}
	lo, hi := hedgeDistance(hedge, dn, df)
	var iv quantity.Interval
	if near < 0 {
		iv.High = math.Min(P, edge(span, -int(lo), false))
		iv.Low = math.Inf(-1)
		if !math.IsInf(hi, 1) {
			iv.Low = edge(span, -int(hi), true)
		}
	} else {
		iv.Low = math.Max(P, edge(span, int(lo), true))
		iv.High = math.Inf(1)
		if !math.IsInf(hi, 1) {
			iv.High = edge(span, int(hi), false)
		}
	}
	return iv, value, hedge, true
}

// edge returns the first (low) or last day of the k-th unit.
func edge(span func(int) (float64, float64), k int, low bool) float64 {
	lo, hi := span(k)
	if low {
		return lo
	}
	return hi
}

// weekStart returns the Monday of the week of day p, whose weekday is wd.
func weekStart(p float64, wd time.Weekday) float64 { return p - float64((int(wd)+6)%7) }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - floorDiv(a, b)*b }

// DescribeDate says in words how r was resolved into q, for reports:
//
//	"yesterday" from 2025-08-19 → 2025-08-18
//	"in February" from 2025-08-18 → 2025-02-01 to 2025-02-28
//	"more than a week ago" from 2025-08-18 → 2025-08-10 or earlier
//	"August 18, 2025" → 2025-08-18
//
// A written date says no publication date. It reads the interval of q.
func DescribeDate(r DateRef, pub time.Time, q quantity.Quantity) string {
	from := ""
	if !r.Written {
		if pub.IsZero() {
			return fmt.Sprintf("%q: no publication date to count from", r.Text)
		}
		from = " from " + pub.Format(time.DateOnly)
	}
	if q.Kind != quantity.Date {
		return fmt.Sprintf("%q%s: not resolved", r.Text, from)
	}
	day := func(x float64) string {
		if s, ok := quantity.FormatDay(x); ok {
			return s
		}
		return "?"
	}
	iv := q.Interval
	var to string
	switch lo, hi := math.IsInf(iv.Low, -1), math.IsInf(iv.High, 1); {
	case lo && hi:
		to = "any date"
	case lo:
		to = day(iv.High) + " or earlier"
	case hi:
		to = day(iv.Low) + " or later"
	case iv.Low == iv.High:
		to = day(iv.Low)
	default:
		to = day(iv.Low) + " to " + day(iv.High)
	}
	return fmt.Sprintf("%q%s → %s", r.Text, from, to)
}
