package quantity

import "strings"

// vagueWords are the defaults of the vague amounts, documented on Scan.
var vagueWords = []struct {
	phrase string
	lo, hi float64
}{
	{"a few", 2, 5},
	{"several", 3, 9},
	{"dozens", 24, 99},
	{"scores", 40, 99},
	{"tens", 20, 99},
	{"hundreds", 200, 999},
	{"thousands", 2000, 9999},
	{"millions", 2e6, 1e9 - 1},
	{"billions", 2e9, 1e12 - 1},
}

// vagueScales are what a vague word may count: "a few hundred", "several
// million", "tens of thousands".
type vagueScaleWord struct {
	singular, plural string
	v                float64
}

var vagueScales = []vagueScaleWord{
	{"dozen", "dozens", 12},
	{"hundred", "hundreds", 100},
	{"thousand", "thousands", 1e3},
	{"million", "millions", 1e6},
	{"billion", "billions", 1e9},
	{"trillion", "trillions", 1e12},
}

func (sc vagueScaleWord) pluralOnly(w string) bool { return len(w) == len(sc.plural) }

// The vague phrases the scanner can produce, made once so that a scan does
// not build strings: vaguePhrases[base][scale+1], with scale -1 for none.
var (
	vaguePhraseTab [][]string
	vagueBase      = map[uint16]int{} // lexicon entry of a vague word: index in vagueWords
	vagueScale     = map[uint16]int{} // lexicon entry of a scale word: index in vagueScales
)

// initVague runs after the lexicon is built.
func initVague() {
	for bi, w := range vagueWords {
		row := []string{w.phrase}
		for _, sc := range vagueScales {
			p := w.phrase + " of " + sc.plural
			if bi <= 1 {
				p = w.phrase + " " + sc.singular
			}
			row = append(row, p)
		}
		vaguePhraseTab = append(vaguePhraseTab, row)
		if i, ok := lexicon[w.phrase]; ok {
			vagueBase[i] = bi
		}
	}
	for i, sc := range vagueScales {
		for _, w := range []string{sc.singular, sc.plural} {
			if li, ok := lexicon[w]; ok {
				vagueScale[li] = i
			}
		}
	}
}

func vaguePhrase(base, scale int) string { return vaguePhraseTab[base][scale+1] }

// VagueDefault returns the values a vague phrase stands for when a rule does
// not say otherwise, with the phrase spelt as Quantity.Hedge gives it:
// "dozens", "a few hundred", "tens of thousands". A phrase "M of S" spans
// [lo(M)·S, (hi(M)+1)·S - 1]; "a few S" and "several S" span [lo·S, hi·S].
func VagueDefault(phrase string) (Interval, bool) {
	base, rest := phrase, ""
	for _, w := range vagueWords {
		if strings.HasPrefix(phrase, w.phrase) {
			base, rest = w.phrase, phrase[len(w.phrase):]
			if rest == "" {
				return Interval{Low: w.lo, High: w.hi}, true
			}
			if s, ok := strings.CutPrefix(rest, " of "); ok {
				for _, sc := range vagueScales {
					if s == sc.plural && sc.v >= 1e3 {
						return Interval{Low: w.lo * sc.v, High: (w.hi+1)*sc.v - 1}, true
					}
				}
				return Interval{}, false
			}
			if base == "a few" || base == "several" {
				// "a few hundred", "several hundred thousand": each scale
				// word multiplies, and each is larger than the one before.
				m, last := 1.0, 0.0
				for r := rest; r != ""; {
					var word string
					var ok bool
					if r, ok = strings.CutPrefix(r, " "); !ok {
						return Interval{}, false
					}
					word, r, _ = strings.Cut(r, " ")
					if r != "" {
						r = " " + r
					}
					v := 0.0
					for _, sc := range vagueScales {
						if word == sc.singular {
							v = sc.v
						}
					}
					if v <= last {
						return Interval{}, false
					}
					m, last = m*v, v
				}
				return Interval{Low: w.lo * m, High: w.hi * m}, true
			}
			return Interval{}, false
		}
	}
	return Interval{}, false
}

// VaguePhrases lists the vague phrases a rule may give its own values for,
// commonest forms first. Any phrase VagueDefault accepts may be used; these
// are the ones worth suggesting.
func VaguePhrases() []string {
	out := make([]string, 0, 24)
	for _, w := range vagueWords {
		out = append(out, w.phrase)
	}
	return append(out, "a few dozen", "a few hundred", "a few thousand", "a few million",
		"several dozen", "several hundred", "several thousand", "several million",
		"tens of thousands", "hundreds of thousands", "tens of millions", "hundreds of millions")
}
