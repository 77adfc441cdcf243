package quantity

import (
	"math"
	"testing"
	"time"
)

func TestDay(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want float64
		iso  string
	}{
		{1970, time.January, 1, 0, "1970-01-01"},
		{1970, time.January, 2, 1, "1970-01-02"},
		{1969, time.December, 31, -1, "1969-12-31"},
		{2025, time.August, 18, 20318, "2025-08-18"},
		{2024, time.February, 29, 19782, "2024-02-29"},
		{2025, time.February, 29, 20148, "2025-03-01"}, // normalized
		{1, time.January, 1, -719162, "0001-01-01"},
		{9999, time.December, 31, 2932896, "9999-12-31"},
	}
	for _, tt := range tests {
		got := Day(tt.y, tt.m, tt.d)
		if got != tt.want {
			t.Errorf("Day(%d, %v, %d) = %g, want %g", tt.y, tt.m, tt.d, got, tt.want)
		}
		if s, ok := FormatDay(got); !ok || s != tt.iso {
			t.Errorf("FormatDay(%g) = %q, %v, want %q", got, s, ok, tt.iso)
		}
	}
	// A fraction of a day is dropped, towards the earlier day.
	if s, _ := FormatDay(20318.5); s != "2025-08-18" {
		t.Errorf("FormatDay(20318.5) = %q", s)
	}
	if s, _ := FormatDay(-0.5); s != "1969-12-31" {
		t.Errorf("FormatDay(-0.5) = %q", s)
	}
	for _, x := range []float64{math.Inf(1), math.Inf(-1), math.NaN(), 1e300, -1e300, 2932897, -719163} {
		if s, ok := FormatDay(x); ok || s != "" {
			t.Errorf("FormatDay(%g) = %q, %v, want no date", x, s, ok)
		}
	}
}

// DayOf reads the date in the time's own location, as the writer dated it.
func TestDayOf(t *testing.T) {
	ny := time.Date(2025, 8, 18, 23, 30, 0, 0, time.FixedZone("EDT", -4*3600))
	if got := DayOf(ny); got != 20318 {
		t.Errorf("DayOf(%v) = %g, want 20318 (2025-08-18), not the UTC date", ny, got)
	}
}

func TestDateKind(t *testing.T) {
	if Date.String() != "date" {
		t.Errorf("Date.String() = %q", Date.String())
	}
	if k, ok := ParseKind("date"); !ok || k != Date {
		t.Errorf(`ParseKind("date") = %v, %v`, k, ok)
	}
	// Scan leaves dates alone: a date is read by package timeref, which
	// knows the article's publication date.
	for _, s := range []string{"on August 18, 2025", "on 18 August", "2025-08-18", "on Monday", "yesterday", "last week"} {
		for _, q := range Scan(s) {
			if q.Kind == Date || q.Kind == Number {
				t.Errorf("Scan(%q) found %v %q", s, q.Kind, s[q.Pos:q.End])
			}
		}
	}
}

// A rule's hedge widths reach a share of a figure; a day number is no
// figure, and a hedged date keeps the days it was read as.
func TestWidthsLeaveDates(t *testing.T) {
	q := Quantity{Kind: Date, Interval: Interval{Low: 20300, High: 20310}, Value: 20304, Hedge: "about", Unit: DateUnit}
	if got := (Widths{About: 0.3}).Apply(q); got != q {
		t.Errorf("Apply = %+v, want %+v", got, q)
	}
}
