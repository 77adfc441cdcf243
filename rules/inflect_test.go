package rules

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFindInflected(t *testing.T) {
	tests := []struct {
		term, s string
		want    []Span // nil: no match
	}{
		// Regular verbs, from whichever form is written.
		{"kill", "kill kills killed killing", []Span{{0, 4}, {5, 10}, {11, 17}, {18, 25}}},
		{"killed", "kill kills killed killing", []Span{{0, 4}, {5, 10}, {11, 17}, {18, 25}}},
		{"kills", "they killed", []Span{{5, 11}}},
		{"killing", "to kill", []Span{{3, 7}}},
		{"killing", "the killings", []Span{{4, 12}}}, // an -ing word is a noun too
		{"die", "dies died dying", []Span{{0, 4}, {5, 9}, {10, 15}}},
		{"dying", "7 died", []Span{{2, 6}}},
		{"died", "die", []Span{{0, 3}}},
		{"occupy", "occupies occupied occupying", []Span{{0, 8}, {9, 17}, {18, 27}}},
		{"occupied", "to occupy", []Span{{3, 9}}},
		{"stop", "stopped stopping stops", []Span{{0, 7}, {8, 16}, {17, 22}}},
		{"stopped", "stop", []Span{{0, 4}}},
		{"seize", "seized seizes seizing", []Span{{0, 6}, {7, 13}, {14, 21}}},
		{"seized", "to seize", []Span{{3, 8}}},
		{"war", "wars, warring", []Span{{0, 4}, {6, 13}}},
		{"commit", "committed, commited", []Span{{0, 9}, {11, 19}}},
		{"travel", "travelled and traveled", []Span{{0, 9}, {14, 22}}},
		{"panic", "panicked", []Span{{0, 8}}},
		{"agree", "agreed agreeing", []Span{{0, 6}, {7, 15}}},
		{"need", "needs needed", []Span{{0, 5}, {6, 12}}},
		// Nouns.
		{"drone", "drones", []Span{{0, 6}}},
		{"drones", "a drone", []Span{{2, 7}}},
		{"industry", "industries", []Span{{0, 10}}},
		{"industries", "the drone industry", []Span{{10, 18}}},
		{"death", "deaths", []Span{{0, 6}}},
		{"deaths", "death", []Span{{0, 5}}},
		{"civilian", "civilians", []Span{{0, 9}}},
		{"civilians", "one civilian", []Span{{4, 12}}},
		{"tax", "taxes", []Span{{0, 5}}},
		{"veto", "vetoes vetos", []Span{{0, 6}, {7, 12}}},
		{"gunman", "gunmen", []Span{{0, 6}}},
		{"bias", "biases, biased", []Span{{0, 6}, {8, 14}}},
		// Irregulars.
		{"fight", "fought", []Span{{0, 6}}},
		{"fought", "fighting", []Span{{0, 8}}},
		{"take", "took taken", []Span{{0, 4}, {5, 10}}},
		{"seize", "took", nil},
		{"flee", "fled", []Span{{0, 4}}},
		{"fled", "fleeing", []Span{{0, 7}}},
		{"see", "saw seen", []Span{{0, 3}, {4, 8}}},
		{"see", "seed", nil}, // an irregular verb has no regular -ed
		{"child", "children", []Span{{0, 8}}},
		{"crisis", "crises", []Span{{0, 6}}},
		{"life", "lives", []Span{{0, 5}}},
		// Phrases inflect each word.
		{"death toll", "death tolls", []Span{{0, 11}}},
		{"civilians killed", "civilian killing", []Span{{0, 16}}},
		{"civilians killed", "Civilians\n Killed", []Span{{0, 17}}},
		{"killed or wounded", "kills or wounds", []Span{{0, 15}}},
		{"killed or wounded", "killed and wounded", nil},
		{"aid package", "aid packages", []Span{{0, 12}}},
		{"aid package", "aidpackages", nil},
		{"under Russian occupation", "under Russian occupations", []Span{{0, 25}}},
		// Hyphenated words inflect their last part.
		{"drone-maker", "drone-makers", []Span{{0, 12}}},
		{"Russian-occupied", "Russian-occupying", []Span{{0, 17}}},
		{"occupy", "Russian-occupied", []Span{{8, 16}}},
		// Capitals in the sentence are folded; in the term they mark a name.
		{"kill", "KILLED Killing", []Span{{0, 6}, {7, 14}}},
		{"killed", "\u212aILLS", []Span{{0, 7}}}, // Kelvin sign folds to k
		{"March", "protesters marched in March", []Span{{22, 27}}},
		{"Trump", "Trump trumped", []Span{{0, 5}}},
		{"Killed", "kills", nil},
		{"Killed", "KILLED", []Span{{0, 6}}},
		{"shahed", "Shaheds", []Span{{0, 7}}},
		{"Shahed", "Shaheds", nil},
		{"NATO", "NATOs", nil},
		// Apostrophes: the word with one stays as written, the one without
		// still ends at an apostrophe.
		{"Russia's", "Russia’s", []Span{{0, 10}}},
		{"country's", "countries", nil},
		{"civilian", "civilian’s", []Span{{0, 8}}},
		{"drone", "the drones' range", []Span{{4, 10}}},
		{"kill", "killin'", nil},
		// Whole words still.
		{"war", "a warship", nil},
		{"war", "postwar wars", []Span{{8, 12}}},
		{"kill", "killedx", nil},
		{"kill", "killings", nil},
		{"kill", "killed\u0301", nil}, // a combining mark continues the word
		{"state", "stated1", nil},
		// Words that stay as written.
		{"news", "new", nil},
		{"evening", "even", nil},
		{"under", "unders", nil},
		{"us", "uses", nil},
		{"7th", "7ths", nil},
		{"café", "cafés", nil},
		// Quoted terms match as written.
		{`"arms"`, "arms, armed, arm", []Span{{0, 4}}},
		{`"drones"`, "droned drones", []Span{{7, 13}}},
		{`"kill"`, "Kill killed", []Span{{0, 4}}},
		{`"death toll"`, "death tolls, Death Toll", []Span{{13, 23}}},
		{` "arms" `, "arms armed", []Span{{0, 4}}},
		{`"re:set"`, "re:set reset", []Span{{0, 6}}},
		{`"Russia's"`, "Russia’s", []Span{{0, 10}}},
		{`"`, `say "no"`, []Span{{4, 5}, {7, 8}}},        // a lone quote is a character
		{`"arms`, `"arms" armed "armed`, []Span{{0, 5}}}, // so is an unmatched one
		// Regular expressions are untouched.
		{"re:kill", "killed", []Span{{0, 4}}},
		{`re:\bkilled\b`, "kill", nil},
	}
	for _, tt := range tests {
		term, err := compileTerm(tt.term, Position{})
		if err != nil {
			t.Errorf("compileTerm(%q): %v", tt.term, err)
			continue
		}
		if got := term.Find(tt.s); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Term(%q).Find(%q) = %v, want %v", tt.term, tt.s, got, tt.want)
		}
	}
}

// TestOverMatch pins down what inflection must not reach: derived words and
// look-alikes that a stemmer would conflate, and where a word's inflection
// is another word, what it does reach (quote the term to avoid it).
func TestOverMatch(t *testing.T) {
	tests := []struct {
		term  string
		match []string // sentences the term matches
		not   []string // sentences it does not
	}{
		{"arms", []string{"arm", "armed", "arming"}, []string{"army", "armies", "armour", "alarms"}},
		{`"arms"`, nil, []string{"arm", "armed", "arming"}},
		{"armed", []string{"arms"}, []string{"army", "armament"}},
		{"war", []string{"wars", "warring", "warred"}, []string{"ward", "wards", "warship", "wary", "warrior", "warn"}},
		{"state", []string{"states", "stated", "stating"}, []string{"statement", "stat", "stats", "statehood", "stately"}},
		{"stated", []string{"state"}, []string{"stat", "statted"}},
		{"kill", nil, []string{"killer", "killers", "skill"}},
		{"occupied", []string{"occupy"}, []string{"occupation", "occupant"}},
		{"occupation", []string{"occupations"}, []string{"occupied", "occupy"}},
		{"drones", []string{"droned", "droning"}, []string{"dron"}},
		{`"drones"`, nil, []string{"droned", "drone"}},
		{"noted", []string{"note", "notes"}, []string{"not", "knot"}},
		{"hoped", []string{"hope", "hoping"}, []string{"hop", "hopping"}},
		{"stop", nil, []string{"stoped", "stoping"}}, // one syllable doubles
		{"plan", []string{"planned"}, []string{"planed", "plane"}},
		{"rated", []string{"rate"}, []string{"rat", "rats"}},
		{"find", []string{"found"}, []string{"founded"}},
		{"leave", []string{"leaves"}, []string{"left"}},
		{"meeting", []string{"meet", "met", "meetings"}, nil},
		{`"meeting"`, []string{"Meeting"}, []string{"met", "meetings"}},
		{"basis", nil, []string{"bases"}},
		{"bases", []string{"base", "based"}, []string{"basis"}},
		{"news", nil, []string{"new", "newer"}},
		{"large", nil, []string{"larger", "largest"}},
		{"organization", nil, []string{"organ"}},
		{"this", nil, []string{"thing", "thi"}},
		{"people", []string{"peoples"}, []string{"person"}},
	}
	for _, tt := range tests {
		term, err := compileTerm(tt.term, Position{})
		if err != nil {
			t.Fatalf("compileTerm(%q): %v", tt.term, err)
		}
		for _, s := range tt.match {
			if got := term.Find(s); len(got) != 1 || got[0] != (Span{0, len(s)}) {
				t.Errorf("Term(%q).Find(%q) = %v, want the whole word", tt.term, s, got)
			}
		}
		for _, s := range tt.not {
			if got := term.Find(s); got != nil {
				t.Errorf("Term(%q).Find(%q) = %v, want no match", tt.term, s, got)
			}
		}
	}
}

func TestWordForms(t *testing.T) {
	tests := []struct {
		word string
		want []string // real words among the forms
	}{
		{"kill", []string{"kill", "killed", "killing", "kills"}},
		{"die", []string{"die", "died", "dies", "dying"}},
		{"occupy", []string{"occupied", "occupies", "occupy", "occupying"}},
		{"play", []string{"play", "played", "playing", "plays"}},
		{"stop", []string{"stop", "stopped", "stopping", "stops"}},
		{"seize", []string{"seize", "seized", "seizes", "seizing"}},
		{"fight", []string{"fight", "fighting", "fights", "fought"}},
		{"push", []string{"push", "pushed", "pushes", "pushing"}},
		{"quit", []string{"quit", "quits", "quitting"}},
	}
	for _, tt := range tests {
		if got := wordForms(tt.word); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wordForms(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestInflectTables(t *testing.T) {
	for w, fam := range irregular() {
		if uninflected[w] {
			t.Errorf("%q is both irregular and uninflected", w)
		}
		if !inflectable(w) && len(w) >= minInflect {
			t.Errorf("irregular %q is not inflectable", w)
		}
		if !slices.Contains(wordForms(w), fam[0]) {
			t.Errorf("wordForms(%q) lacks its lemma %q", w, fam[0])
		}
		if !slices.Contains(wordForms(fam[0]), w) {
			t.Errorf("wordForms(%q) lacks %q", fam[0], w)
		}
	}
	for w := range uninflected {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("uninflected %q is not lower-case letters", w)
		}
	}
}

func TestQuotedTerm(t *testing.T) {
	term, err := compileTerm(`"arms"`, Position{})
	if err != nil {
		t.Fatal(err)
	}
	if term.Text != `"arms"` || term.String() != `"arms"` || term.IsRegexp() {
		t.Errorf("quoted term: Text %q, String %q, IsRegexp %v", term.Text, term.String(), term.IsRegexp())
	}
	for _, bad := range []string{`""`, `"  "`, ` "" `} {
		if _, err := compileTerm(bad, Position{}); err == nil || !strings.Contains(err.Error(), "quotes") {
			t.Errorf("compileTerm(%q) error = %v, want one about the quotes", bad, err)
		}
	}
}

func TestFindInflectedAllocs(t *testing.T) {
	term, err := compileTerm("civilians killed", Position{})
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Officials said the strike on Kharkiv killed a school's cook. ", 50)
	if n := testing.AllocsPerRun(100, func() { term.Find(long) }); n != 0 {
		t.Errorf("Find with no match allocates %v times, want 0", n)
	}
	hit := long + "Seven civilians were killed; one civilian killing."
	if n := testing.AllocsPerRun(100, func() { term.Find(hit) }); n != 1 {
		t.Errorf("Find with one match allocates %v times, want 1", n)
	}
}

func FuzzTermFind(f *testing.F) {
	for _, seed := range [][2]string{
		{"kill", "Seven civilians were killed in Kharkiv."},
		{"civilians killed", "civilian\u00a0killing"},
		{`"arms"`, "arms, armed"},
		{"Russia's", "Russia’s war"},
		{"drone-maker", "drone-makers"},
		{"re:kill(ed|ing)", "KILLING"},
		{"łódź", "ŁÓDŹ"},
		{"dying", "died\u0301 dies"},
		{"take", "took\xfftaken"},
		{"a a", "a a a"},
		{"\"", "\"\""},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, text, s string) {
		term, err := compileTerm(text, Position{})
		if err != nil {
			return
		}
		starts := runeStarts(s)
		end := 0
		for _, sp := range term.Find(s) {
			if sp.Pos < end || sp.End <= sp.Pos || sp.End > len(s) {
				t.Fatalf("Term(%q).Find(%q): span %v out of order, empty or out of range", text, s, sp)
			}
			if !starts[sp.Pos] || !starts[sp.End] {
				t.Fatalf("Term(%q).Find(%q): span %v splits a rune", text, s, sp)
			}
			end = sp.End
		}
		// Inflection only adds forms: where the term as written matches,
		// the inflected term matches too, or has matched just before.
		if term.IsRegexp() {
			return
		}
		exact, err := compileTerm(`"`+text+`"`, Position{})
		if err != nil {
			t.Fatalf("compileTerm(%q) fails quoted: %v", text, err)
		}
		got := term.Find(s)
		for _, e := range exact.Find(s) {
			if !slices.ContainsFunc(got, func(sp Span) bool { return sp.Pos < e.End && e.Pos < sp.End }) {
				t.Fatalf("Term(%q).Find(%q) = %v misses %v, which the quoted term finds", text, s, got, e)
			}
		}
	})
}

// runeStarts returns the offsets in s where a rune starts, as
// utf8.DecodeRuneInString walks it (so a stray byte of bad UTF-8 is a rune),
// and len(s).
func runeStarts(s string) map[int]bool {
	m := map[int]bool{len(s): true}
	for i := 0; i < len(s); {
		m[i] = true
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return m
}

// BenchmarkTermFind compares a term left as written with the same term
// inflected, on a sentence that holds neither.
func BenchmarkTermFind(b *testing.B) {
	s := strings.Repeat("Officials said the strike on Kharkiv hit a school and killed its cook. ", 20)
	for _, text := range []string{`"civilians killed"`, "civilians killed", `"deaths"`, "deaths"} {
		term, err := compileTerm(text, Position{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(text, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				term.Find(s)
			}
		})
	}
}
