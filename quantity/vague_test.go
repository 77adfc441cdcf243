package quantity

import "testing"

func TestVagueDefault(t *testing.T) {
	for _, tt := range []struct {
		phrase    string
		low, high float64
		ok        bool
	}{
		{"a few", 2, 5, true},
		{"several", 3, 9, true},
		{"dozens", 24, 99, true},
		{"tens of thousands", 20000, 99999, true},
		{"hundreds of thousands", 200000, 999999, true},
		{"a few hundred", 200, 500, true},
		{"several million", 3e6, 9e6, true},
		{"a few dozen", 24, 60, true},
		{"a few hundred thousand", 200000, 500000, true},
		{"several hundred million", 3e8, 9e8, true},
		{"several thousand hundred", 0, 0, false},
		{"a few  hundred", 0, 0, false},
		{"dozens of dozens", 0, 0, false},
		{"hundreds of", 0, 0, false},
		{"heaps", 0, 0, false},
		{"", 0, 0, false},
	} {
		iv, ok := VagueDefault(tt.phrase)
		if ok != tt.ok || ok && (iv.Low != tt.low || iv.High != tt.high) {
			t.Errorf("VagueDefault(%q) = %v, %v; want [%v, %v], %v", tt.phrase, iv, ok, tt.low, tt.high, tt.ok)
		}
	}
	for _, p := range VaguePhrases() {
		if _, ok := VagueDefault(p); !ok {
			t.Errorf("VaguePhrases lists %q, which VagueDefault does not know", p)
		}
	}
}

func TestWidthsApply(t *testing.T) {
	scan1 := func(text string) Quantity {
		t.Helper()
		qs := Scan(text)
		if len(qs) != 1 {
			t.Fatalf("Scan(%q) = %d quantities, want 1", text, len(qs))
		}
		return qs[0]
	}
	w := Widths{About: 0.2, Vague: map[string]Interval{"dozens": {Low: 13, High: 99}}}
	for _, tt := range []struct {
		text string
		want Interval
	}{
		{"about 20%", Interval{Low: 16, High: 24}},
		{"nearly 40 people", Interval{Low: 32, High: 40, HighOpen: true}},
		{"just over 40 trucks", Interval{Low: 40, High: 48, LowOpen: true}},
		{"up to 40 trucks", Interval{Low: 0, High: 40}},
		{"7 people", Interval{Low: 7, High: 7}},
		{"3-5 people", Interval{Low: 3, High: 5}},
	} {
		if got := w.Apply(scan1(tt.text)).Interval; got != tt.want {
			t.Errorf("Apply(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
	// A hedged year keeps its span of years: 20% of 1850 is no width.
	circa := scan1("circa 1850")
	if got := w.Apply(circa); got != circa {
		t.Errorf("Apply widened a year: %+v to %+v", circa.Interval, got.Interval)
	}
	// Zero widths change nothing.
	q := scan1("around 20%")
	if got := (Widths{}).Apply(q); got != q {
		t.Errorf("zero Widths changed %+v to %+v", q, got)
	}
}
