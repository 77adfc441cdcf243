package timeref

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/quantity"
)

// dref is what a test checks of a DateRef resolved against datePub: the
// span as text, the first and last day as ISO dates, the hedge, and
// whether the words write the date out.
type dref struct {
	text, low, high string
	hedge           string
	written         bool
}

// dd is a date expression that resolves to one day, or to the run of days
// from low to high.
func dd(text, low string, high ...string) dref {
	x := dref{text: text, low: low, high: low}
	if len(high) > 0 {
		x.high = high[0]
	}
	return x
}
func (x dref) h(hedge string) dref { x.hedge = hedge; return x }
func (x dref) w() dref             { x.written = true; return x }

// datePub is a Monday.
var datePub = time.Date(2025, 8, 18, 9, 0, 0, 0, time.UTC)

var findDateTests = []struct {
	name, sentence string
	want           []dref
}{
	// Written out: no publication date needed.
	{"month day year", "The strike on August 18, 2025 killed seven.", []dref{dd("on August 18, 2025", "2025-08-18").w()}},
	{"day month year", "The strike on 18 August 2025 killed seven.", []dref{dd("on 18 August 2025", "2025-08-18").w()}},
	{"abbreviated", "The strike on Aug. 18, 2025 killed seven.", []dref{dd("on Aug. 18, 2025", "2025-08-18").w()}},
	{"abbreviated no dot", "Filed Aug 18 2025.", []dref{dd("Aug 18 2025", "2025-08-18").w()}},
	{"sept", "The attacks of Sept. 11, 2001 changed that.", []dref{dd("Sept. 11, 2001", "2001-09-11").w()}},
	{"ordinal", "It ended on August 18th, 2025.", []dref{dd("on August 18th, 2025", "2025-08-18").w()}},
	{"iso", "Updated 2025-08-18 at noon.", []dref{dd("2025-08-18", "2025-08-18").w()}},
	{"iso with time", "Updated 2025-08-18T14:30:00Z.", []dref{dd("2025-08-18T14", "2025-08-18").w()}},
	{"month year", "The strike happened in August 2025.", []dref{dd("in August 2025", "2025-08-01", "2025-08-31").w()}},
	{"month of year", "It happened in February of 2024.", []dref{dd("in February of 2024", "2024-02-01", "2024-02-29").w()}},
	{"weekday and date", "On Monday, August 18, 2025, Russia struck.", []dref{dd("On Monday, August 18, 2025", "2025-08-18").w()}},
	{"weekday and day first", "On Tuesday 19 August 2025 it rained.", []dref{dd("On Tuesday 19 August 2025", "2025-08-19").w()}},
	{"written range", "Talks were held on August 14-15, 2025.", []dref{dd("on August 14-15, 2025", "2025-08-14", "2025-08-15").h("range").w()}},
	{"written range day first", "Talks were held on 14 and 15 August 2025.", []dref{dd("on 14 and 15 August 2025", "2025-08-14", "2025-08-15").h("range").w()}},

	// Without a year: the publication date's year, or the one around it.
	{"month day", "The strike on August 16 killed seven.", []dref{dd("on August 16", "2025-08-16")}},
	{"day month", "The strike on 16 August killed seven.", []dref{dd("on 16 August", "2025-08-16")}},
	{"the nth of", "The 16th of August was hot.", []dref{dd("The 16th of August", "2025-08-16")}},
	{"ahead", "The ceasefire takes effect on September 1.", []dref{dd("on September 1", "2025-09-01")}},
	{"three months ahead", "Elections are due on November 5.", []dref{dd("on November 5", "2025-11-05")}},
	{"weekday and date no year", "Putin met Trump in Alaska on Friday, August 15.", []dref{dd("on Friday, August 15", "2025-08-15")}},
	{"day range", "It rained on August 16-17.", []dref{dd("on August 16-17", "2025-08-16", "2025-08-17").h("range")}},
	{"day range first", "It rained 16-17 August.", []dref{dd("16-17 August", "2025-08-16", "2025-08-17").h("range")}},
	{"day and day", "It rained on August 16 and 17.", []dref{dd("on August 16 and 17", "2025-08-16", "2025-08-17").h("range")}},
	{"last year", "It began on February 24 last year.", []dref{dd("on February 24 last year", "2024-02-24")}},

	// Months.
	{"in month", "Prices rose in February.", []dref{dd("in February", "2025-02-01", "2025-02-28")}},
	{"this month of the year", "Prices rose in August.", []dref{dd("in August", "2025-08-01", "2025-08-31")}},
	{"month last year", "In February last year prices rose.", []dref{dd("In February last year", "2024-02-01", "2024-02-29")}},
	{"month this year", "In March this year prices rose.", []dref{dd("In March this year", "2025-03-01", "2025-03-31")}},
	{"december", "In December it snowed.", []dref{dd("In December", "2024-12-01", "2024-12-31")}},
	{"last month name", "Last February prices rose.", []dref{dd("Last February", "2025-02-01", "2025-02-28")}},
	{"next month name", "Talks resume next March.", []dref{dd("next March", "2026-03-01", "2026-03-31")}},
	{"early", "It happened in early February.", []dref{dd("in early February", "2025-02-01", "2025-02-15")}},
	{"mid", "It happened in mid-March.", []dref{dd("in mid-March", "2025-03-10", "2025-03-20")}},
	{"late", "It happened late April.", []dref{dd("late April", "2025-04-16", "2025-04-30")}},
	{"end of", "It happened at the end of May.", []dref{dd("at the end of May", "2025-05-16", "2025-05-31")}},
	{"month possessive", "February's strike killed seven.", []dref{dd("February", "2025-02-01", "2025-02-28")}},

	// Weekdays: the latest on or before publication, a Monday.
	{"on weekday", "Russia struck Kharkiv on Monday, killing seven.", []dref{dd("on Monday", "2025-08-18")}},
	{"weekday before", "Russia struck Kharkiv on Sunday.", []dref{dd("on Sunday", "2025-08-17")}},
	{"weekday possessive", "Monday's strike killed seven.", []dref{dd("Monday", "2025-08-18")}},
	{"AP weekday", "Russia hit Kyiv Friday, killing 3.", []dref{dd("Friday", "2025-08-15")}},
	{"last weekday", "It rained last Monday.", []dref{dd("last Monday", "2025-08-11")}},
	{"next weekday", "It will rain next Monday.", []dref{dd("next Monday", "2025-08-25")}},
	{"future clause", "Talks will resume on Thursday.", []dref{dd("on Thursday", "2025-08-21")}},
	{"said stops the future", "Officials who will meet said on Thursday that seven died.", []dref{dd("on Thursday", "2025-08-14")}},
	{"weekday last week", "Tuesday last week, a strike hit.", []dref{dd("Tuesday last week", "2025-08-12")}},
	{"weekday night", "The strike on Sunday night killed seven.", []dref{dd("on Sunday", "2025-08-17")}},

	// Counted from publication.
	{"yesterday", "The strike on Kharkiv yesterday killed seven.", []dref{dd("yesterday", "2025-08-17")}},
	{"yesterday's", "Yesterday's strike killed seven.", []dref{dd("Yesterday", "2025-08-17")}},
	{"today", "Officials said today that seven died.", []dref{dd("today", "2025-08-18")}},
	{"tomorrow", "Talks resume tomorrow.", []dref{dd("tomorrow", "2025-08-19")}},
	{"day before yesterday", "It rained the day before yesterday.", []dref{dd("the day before yesterday", "2025-08-16")}},
	{"last night", "The strike last night killed seven.", []dref{dd("last night", "2025-08-17", "2025-08-18")}},
	{"this morning", "The strike this morning killed seven.", []dref{dd("this morning", "2025-08-18")}},
	{"last week", "Last week, Russia hit Kharkiv.", []dref{dd("Last week", "2025-08-11", "2025-08-17")}},
	{"last week's", "Last week's strike killed seven.", []dref{dd("Last week", "2025-08-11", "2025-08-17")}},
	{"this week", "Talks are this week.", []dref{dd("this week", "2025-08-18", "2025-08-24")}},
	{"later this week", "Talks are later this week.", []dref{dd("later this week", "2025-08-19", "2025-08-24")}},
	{"week before last", "It rained the week before last.", []dref{dd("the week before last", "2025-08-04", "2025-08-10")}},
	{"last month", "Prices rose last month.", []dref{dd("last month", "2025-07-01", "2025-07-31")}},
	{"earlier this month", "Prices rose earlier this month.", []dref{dd("earlier this month", "2025-08-01", "2025-08-17")}},
	{"days ago", "It happened three days ago.", []dref{dd("three days ago", "2025-08-15")}},
	{"weeks ago", "It happened two weeks ago.", []dref{dd("two weeks ago", "2025-08-04", "2025-08-10")}},
	{"months ago", "It happened 18 months ago.", []dref{dd("18 months ago", "2024-02-01", "2024-02-29")}},
	{"days range", "It happened two or three days ago.", []dref{dd("two or three days ago", "2025-08-15", "2025-08-16").h("range")}},
	{"about", "It happened about two weeks ago.", []dref{dd("about two weeks ago", "2025-07-28", "2025-08-17").h("about")}},
	{"more than", "It happened more than three days ago.", []dref{dd("more than three days ago", "-∞", "2025-08-15").h("more than")}},
	{"from now", "It opens three days from now.", []dref{dd("three days from now", "2025-08-21")}},
	{"weeks' time", "It opens in two weeks' time.", []dref{dd("in two weeks' time", "2025-09-01", "2025-09-07")}},
	{"over the weekend", "Russia struck over the weekend.", []dref{dd("over the weekend", "2025-08-16", "2025-08-17")}},
	{"this past weekend", "Russia struck this past weekend.", []dref{dd("this past weekend", "2025-08-16", "2025-08-17")}},
	{"tonight", "Talks end tonight.", []dref{dd("tonight", "2025-08-18")}},
	{"day after tomorrow", "Talks end the day after tomorrow.", []dref{dd("the day after tomorrow", "2025-08-20")}},
	{"next week", "Talks end next week.", []dref{dd("next week", "2025-08-25", "2025-08-31")}},
	{"this month", "Talks end this month.", []dref{dd("this month", "2025-08-01", "2025-08-31")}},
	{"by the end of", "Talks end by the end of May.", nil},
	{"next weekend", "Talks resume next weekend.", []dref{dd("next weekend", "2025-08-23", "2025-08-24")}},

	{"several", "Last week it rained; on Monday, August 18, it snowed, and on 2025-08-19 it froze.",
		[]dref{dd("Last week", "2025-08-11", "2025-08-17"), dd("on Monday, August 18", "2025-08-18"), dd("on 2025-08-19", "2025-08-19").w()}},

	// Not dates, or not one day.
	{"may verb and name", "Theresa May said prices may rise.", nil},
	{"may name and month", "Theresa May said prices may rise in May.", []dref{dd("in May", "2025-05-01", "2025-05-31")}},
	{"march", "The march on Washington drew thousands; March organisers and the Women's March agreed.", nil},
	{"hours", "The strike came after a 24-hour period of calm, at 3 p.m.", nil},
	{"ordinal alone", "On the 18th, it rained.", nil},
	{"counted people", "In May 20 people died.", []dref{dd("In May", "2025-05-01", "2025-05-31")}},
	{"counted soldiers", "On August 18, 1500 soldiers marched.", []dref{dd("On August 18", "2025-08-18")}},
	{"abbreviation alone", "Jan said it was mild in Jan.", nil},
	{"names", "The Sunday Times reported on Bloody Sunday, Black Friday and Super Tuesday; USA Today agreed.", nil},
	{"newspaper on", "The Mail on Sunday and Scotland on Sunday ran it; she taught Sunday school.", nil},
	{"due to", "Deaths due to the strike on Sunday rose.", []dref{dd("on Sunday", "2025-08-17")}},
	{"determiners", "The last week; his last month in office; every Monday; a Monday; the following Monday.", nil},
	{"bounds", "Strikes since Monday, until August 20, by Friday and before next week.", nil},
	{"between", "Between Monday and Wednesday, ten strikes hit.", nil},
	{"from to", "From August 1 to August 5, ten strikes hit.", nil},
	{"weekday range", "The shop is open Monday to Friday.", nil},
	{"as of", "As of Monday, seven had died.", nil},
	{"no such day", "On February 30, 2025 and April 31 it rained.", nil},
	{"half weeks", "A week and a half ago it rained.", nil},
	{"repeated", "Prices rose week after week and month on month.", nil},
	{"vague", "It happened days ago, weeks ago and months ago.", nil},
	{"past week", "Over the past week and this past month prices rose.", nil},
	{"in N days", "It was the first rain in 12 days.", nil},
	{"years", "It happened in 2014, 12 years ago and last year.", nil},
	{"lower case", "the monday strike in august.", nil},
}

func TestFindDates(t *testing.T) {
	for _, tt := range findDateTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []dref
			for _, x := range FindDates(tt.sentence) {
				if x.Text != tt.sentence[x.Pos:x.End] {
					t.Errorf("Text %q, sentence[%d:%d] %q", x.Text, x.Pos, x.End, tt.sentence[x.Pos:x.End])
				}
				q := ResolveDate(x, datePub)
				if q.Kind != quantity.Date {
					got = append(got, dref{text: x.Text, low: "unresolved", written: x.Written})
					continue
				}
				got = append(got, dref{x.Text, day(q.Interval.Low), day(q.Interval.High), q.Hedge, x.Written})
			}
			if !equalDates(got, tt.want) {
				t.Errorf("FindDates(%q)\n got %+v\nwant %+v", tt.sentence, got, tt.want)
			}
		})
	}
}

func day(x float64) string {
	if s, ok := quantity.FormatDay(x); ok {
		return s
	}
	if x < 0 {
		return "-∞"
	}
	return "∞"
}

func equalDates(a, b []dref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestResolveDate(t *testing.T) {
	at := func(s string) time.Time {
		p, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// 2025-08-19 is a Tuesday, 2025-08-23 a Saturday, 2025-08-24 a
	// Sunday, 2026-01-10 a Saturday, 2025-03-01 a Saturday.
	tests := []struct {
		expr, pub, low, high string
	}{
		// Weekdays: on publication day, that day; else the latest before.
		{"on Monday", "2025-08-19", "2025-08-18", "2025-08-18"},
		{"on Monday", "2025-08-18", "2025-08-18", "2025-08-18"},
		{"on Tuesday", "2025-08-18", "2025-08-12", "2025-08-12"},
		{"last Tuesday", "2025-08-19", "2025-08-12", "2025-08-12"},
		{"next Tuesday", "2025-08-19", "2025-08-26", "2025-08-26"},
		{"next Saturday", "2025-08-19", "2025-08-23", "2025-08-23"},
		{"it will open on Tuesday", "2025-08-19", "2025-08-19", "2025-08-19"},
		{"yesterday", "2025-08-19", "2025-08-18", "2025-08-18"},
		{"yesterday", "2025-03-01", "2025-02-28", "2025-02-28"},
		// Weeks run Monday to Sunday.
		{"last week", "2025-08-24", "2025-08-11", "2025-08-17"},
		{"last week", "2026-01-01", "2025-12-22", "2025-12-28"},
		{"earlier this week", "2025-08-21", "2025-08-18", "2025-08-20"},
		// Months across the new year.
		{"last month", "2026-01-10", "2025-12-01", "2025-12-31"},
		{"a month ago", "2025-03-31", "2025-02-01", "2025-02-28"},
		{"in December", "2026-01-10", "2025-12-01", "2025-12-31"},
		{"in April", "2026-01-10", "2026-04-01", "2026-04-30"},
		{"in May", "2026-01-10", "2025-05-01", "2025-05-31"},
		{"on January 5", "2025-12-28", "2026-01-05", "2026-01-05"},
		{"on December 20", "2025-08-18", "2024-12-20", "2024-12-20"},
		{"last January", "2026-01-10", "2025-01-01", "2025-01-31"},
		{"next January", "2026-01-10", "2027-01-01", "2027-01-31"},
		{"in February", "2024-08-18", "2024-02-01", "2024-02-29"},
		// Weekends: the latest begun, or the one ahead.
		{"over the weekend", "2025-08-19", "2025-08-16", "2025-08-17"},
		{"over the weekend", "2025-08-24", "2025-08-23", "2025-08-24"},
		{"last weekend", "2025-08-23", "2025-08-16", "2025-08-17"},
		{"this weekend", "2025-08-19", "2025-08-23", "2025-08-24"},
		{"this weekend", "2025-08-24", "2025-08-23", "2025-08-24"},
	}
	for _, tt := range tests {
		refs := FindDates(tt.expr)
		if len(refs) != 1 {
			t.Errorf("FindDates(%q) = %+v, want one", tt.expr, refs)
			continue
		}
		q := ResolveDate(refs[0], at(tt.pub))
		if got, want := day(q.Interval.Low)+" "+day(q.Interval.High), tt.low+" "+tt.high; got != want || q.Kind != quantity.Date {
			t.Errorf("ResolveDate(%q, %s) = %s (%v), want %s", refs[0].Text, tt.pub, got, q.Kind, want)
		}
	}
}

// The publication date is the writer's: an article dated late on August
// 18 in New York was written on the 18th, though it was the 19th in UTC.
func TestResolveDateLocation(t *testing.T) {
	ny := time.Date(2025, 8, 18, 23, 30, 0, 0, time.FixedZone("EDT", -4*3600))
	q := ResolveDate(FindDates("yesterday")[0], ny)
	if s := day(q.Value); s != "2025-08-17" {
		t.Errorf("yesterday from %v = %s, want 2025-08-17", ny, s)
	}
}

func TestResolveDateQuantity(t *testing.T) {
	const sentence = "in February"
	r := FindDates(sentence)[0]
	q := ResolveDate(r, datePub)
	want := quantity.Quantity{Pos: 0, End: len(sentence), Kind: quantity.Date,
		Interval: quantity.Interval{Low: quantity.Day(2025, 2, 1), High: quantity.Day(2025, 2, 28)},
		Value:    quantity.Day(2025, 2, 14), Unit: quantity.DateUnit}
	if q != want {
		t.Errorf("ResolveDate = %+v\nwant %+v", q, want)
	}
}

// A written date needs no publication date; any other does.
func TestResolveDateNoPub(t *testing.T) {
	for _, s := range []string{"on August 18, 2025", "2025-08-18", "in August 2025", "on Monday, 18 August 2025"} {
		r := FindDates(s)[0]
		if q := ResolveDate(r, time.Time{}); q.Kind != quantity.Date || !r.Written {
			t.Errorf("%q with no date: %+v (written %v), want a date", s, q, r.Written)
		}
	}
	for _, s := range []string{"on August 18", "on Monday", "yesterday", "last week", "in February", "two days ago", "on Monday, August 18"} {
		r := FindDates(s)[0]
		if q := ResolveDate(r, time.Time{}); q != (quantity.Quantity{}) || r.Written {
			t.Errorf("%q with no date: %+v (written %v), want the zero Quantity", s, q, r.Written)
		}
	}
	if q := ResolveDate(DateRef{}, datePub); q != (quantity.Quantity{}) {
		t.Errorf("zero DateRef: %+v", q)
	}
}

func TestDescribeDate(t *testing.T) {
	tue := time.Date(2025, 8, 19, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		sentence string
		pub      time.Time
		want     string
	}{
		{"in February", datePub, `"in February" from 2025-08-18 → 2025-02-01 to 2025-02-28`},
		{"yesterday", tue, `"yesterday" from 2025-08-19 → 2025-08-18`},
		{"on Monday", tue, `"on Monday" from 2025-08-19 → 2025-08-18`},
		{"more than a week ago", datePub, `"more than a week ago" from 2025-08-18 → 2025-08-17 or earlier`},
		{"more than a week from now", datePub, `"more than a week from now" from 2025-08-18 → 2025-08-25 or later`},
		{"on August 18, 2025", datePub, `"on August 18, 2025" → 2025-08-18`},
		{"on August 18, 2025", time.Time{}, `"on August 18, 2025" → 2025-08-18`},
		{"on Monday", time.Time{}, `"on Monday": no publication date to count from`},
	}
	for _, tt := range tests {
		r := FindDates(tt.sentence)[0]
		if got := DescribeDate(r, tt.pub, ResolveDate(r, tt.pub)); got != tt.want {
			t.Errorf("DescribeDate(%q) = %s, want %s", tt.sentence, got, tt.want)
		}
	}
	r := FindDates("on February 29")[0]
	if got, want := DescribeDate(r, datePub, ResolveDate(r, datePub)), `"on February 29" from 2025-08-18: not resolved`; got != want {
		t.Errorf("no such day: %s, want %s", got, want)
	}
}

// Every hedged date holds the unhedged one: a misread hedge costs
// precision, never truth.
func TestDateHedgesHoldThePoint(t *testing.T) {
	for _, u := range []string{"day", "week", "month"} {
		for _, n := range []string{"a", "two", "12"} {
			unit := u
			if n != "a" {
				unit += "s"
			}
			for _, dir := range []string{"ago", "from now"} {
				exact := ResolveDate(FindDates(n + " " + unit + " " + dir)[0], datePub).Interval
				for _, h := range []string{"about", "nearly", "just over", "more than", "at least", "less than", "up to"} {
					s := h + " " + n + " " + unit + " " + dir
					refs := FindDates(s)
					if len(refs) != 1 || refs[0].Text != s {
						t.Errorf("FindDates(%q) = %+v", s, refs)
						continue
					}
					got := ResolveDate(refs[0], datePub).Interval
					if got.Low > exact.Low || got.High < exact.High {
						t.Errorf("%s: %v does not hold %v", s, got, exact)
					}
				}
			}
		}
	}
}

func FuzzFindDates(f *testing.F) {
	for _, tt := range findDateTests {
		f.Add(tt.sentence, int64(0))
	}
	f.Add("Monday, 18 August, 2025 and the 3rd of May, mid-June, 18–19 Aug.", int64(86400*365))
	f.Add("’ ' - – , . \u00a0 \xff on Monday", int64(-86400*400))
	f.Fuzz(func(t *testing.T, s string, shift int64) {
		pub := datePub.Add(time.Duration(shift%(1<<40)) * time.Second)
		end := 0
		for _, x := range FindDates(s) {
			if x.Pos < end || x.Pos >= x.End || x.End > len(s) {
				t.Fatalf("FindDates(%q): span [%d, %d) after %d", s, x.Pos, x.End, end)
			}
			if x.Text != s[x.Pos:x.End] {
				t.Fatalf("FindDates(%q): Text %q, span %q", s, x.Text, s[x.Pos:x.End])
			}
			if utf8.ValidString(s) && strings.TrimSpace(x.Text) != x.Text {
				t.Fatalf("FindDates(%q): %q has white space at an end", s, x.Text)
			}
			q := ResolveDate(x, pub)
			if q.Kind == 0 {
				end = x.End
				continue
			}
			iv := q.Interval
			if q.Kind != quantity.Date || iv.Low > q.Value || q.Value > iv.High || q.Value != float64(int64(q.Value)) {
				t.Fatalf("ResolveDate(%+v) = %+v", x, q)
			}
			if _, ok := quantity.FormatDay(q.Value); !ok {
				t.Fatalf("ResolveDate(%+v) = %+v: no date", x, q)
			}
			_ = DescribeDate(x, pub, q)
			if x.Written {
				if nq := ResolveDate(x, time.Time{}); nq != q {
					t.Fatalf("written %q: %+v without a date, %+v with", x.Text, nq, q)
				}
			}
			end = x.End
		}
	})
}

var benchDateSentences = []struct{ name, s string }{
	{"none", "Russia holds around 20% of Ukraine's territory, and strikes on Kharkiv killed seven civilians, officials told reporters."},
	{"one", "Russia holds around 20% of Ukraine's territory, and strikes on Kharkiv killed seven civilians, officials said on Monday."},
	{"near misses", "The march drew a 24-hour vigil; Theresa May said prices may rise, and the Sunday Times sold 12 days of dozens of mid-sized papers."},
}

func BenchmarkFindDates(b *testing.B) {
	for _, bs := range benchDateSentences {
		b.Run(bs.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bs.s)))
			for b.Loop() {
				FindDates(bs.s)
			}
		})
	}
}

// A sentence with no date must cost no allocation: FindDates runs on every
// sentence of an article when a rule takes dates.
func TestFindDatesNoAlloc(t *testing.T) {
	for _, bs := range benchDateSentences {
		if bs.name == "one" {
			continue
		}
		if FindDates(bs.s) != nil {
			t.Fatalf("%s: found %+v", bs.name, FindDates(bs.s))
		}
		if n := testing.AllocsPerRun(100, func() { FindDates(bs.s) }); n != 0 {
			t.Errorf("%s: %v allocations", bs.name, n)
		}
	}
}
