package rules

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/crosscheck-news/crosscheck/sentence"
)

// checkScan scans each text with a Matcher of terms, built with each bound
// on the forms a term spells (so the path that checks a match from its
// start is tested too), and wants every term's Spans to be its Find, and All
// to list exactly the terms found.
func checkScan(t *testing.T, terms []*Term, texts []string) {
	t.Helper()
	for _, bound := range []int{maxForms, 1} {
		m := newMatcher(terms, bound)
		var h Hits
		for _, text := range texts {
			m.Scan(text, &h)
			var want []int
			for i, term := range terms {
				find := term.Find(text)
				if len(find) > 0 {
					want = append(want, i)
				}
				if got := h.Spans(i); !reflect.DeepEqual(got, find) {
					t.Fatalf("bound %d: Term(%q) in %q: Scan finds %v, Find %v", bound, term.Text, text, got, find)
				}
			}
			var got []int
			for i, spans := range h.All() {
				got = append(got, i)
				if !reflect.DeepEqual(spans, terms[i].Find(text)) {
					t.Fatalf("bound %d: All gives Term(%q) in %q %v, Find %v", bound, terms[i].Text, text, spans, terms[i].Find(text))
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("bound %d: All in %q lists terms %v, want %v", bound, text, got, want)
			}
			checkWindows(t, m, len(terms), text, &h)
		}
	}
}

// checkWindows wants every window of text that h, which has just scanned
// text, gives to find what a scan of the window's text finds: the same
// spans of every term, the same terms from All and Plain. Windows are
// every pair of byte offsets for a short text (rune boundaries or not), and
// for a long one its sentences, its words' edges and random pairs.
func checkWindows(t *testing.T, m *Matcher, terms int, text string, h *Hits) {
	t.Helper()
	type window struct{ pos, end int }
	var windows []window
	if len(text) <= 40 {
		for pos := 0; pos <= len(text); pos++ {
			for end := pos; end <= len(text); end++ {
				windows = append(windows, window{pos, end})
			}
		}
	} else {
		for _, s := range sentence.Split(text, 0) {
			windows = append(windows, window{s.Pos, s.End})
		}
		r := rand.New(rand.NewPCG(uint64(len(text)), 7))
		for range 40 {
			pos := r.IntN(len(text) + 1)
			windows = append(windows, window{pos, pos + r.IntN(len(text)-pos+1)})
		}
		for i := 1; i < len(text); i++ {
			if (text[i] == ' ') != (text[i-1] == ' ') {
				windows = append(windows, window{0, i}, window{i, len(text)})
			}
		}
	}
	var want Hits
	for _, w := range windows {
		got := h.Window(w.pos, w.end)
		sub := text[w.pos:w.end]
		m.Scan(sub, &want)
		for i := range terms {
			if g, s := got.Spans(i), want.Spans(i); !reflect.DeepEqual(g, s) {
				t.Fatalf("window [%d:%d] %q of %q: term %d: Window finds %v, Scan %v", w.pos, w.end, sub, text, i, g, s)
			}
		}
		var gotAll, wantAll, gotPlain, wantPlain []int
		for i := range got.All() {
			gotAll = append(gotAll, i)
		}
		for i := range want.All() {
			wantAll = append(wantAll, i)
		}
		got.Plain(func(i int) { gotPlain = append(gotPlain, i) })
		want.Plain(func(i int) { wantPlain = append(wantPlain, i) })
		slices.Sort(gotPlain)
		slices.Sort(wantPlain)
		if !slices.Equal(gotAll, wantAll) || !slices.Equal(gotPlain, wantPlain) {
			t.Fatalf("window [%d:%d] %q of %q: All %v, Plain %v; Scan's All %v, Plain %v", w.pos, w.end, sub, text, gotAll, gotPlain, wantAll, wantPlain)
		}
		// The scan of the whole text stands: a window does not change it.
		if h.text != text {
			t.Fatalf("Window changed the Hits it was taken from")
		}
	}
}

func compileTerms(t testing.TB, texts ...string) []*Term {
	t.Helper()
	var terms []*Term
	for _, s := range texts {
		term, err := compileTerm(s, Position{})
		if err != nil {
			t.Fatalf("compileTerm(%q): %v", s, err)
		}
		terms = append(terms, term)
	}
	return terms
}

// ruleFacts reads the facts of every rule file in the repository's
// testdata, the bad files' included (what of them parses), and the
// sentences of their examples.
func ruleFacts(t testing.TB) ([]*Fact, []string) {
	t.Helper()
	var files []string
	for _, root := range []string{"testdata", "../testdata/rules"} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var facts []*Fact
	var examples []string
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fs, _ := parse(file, src, Limits{}.orDefault())
		for _, f := range fs {
			facts = append(facts, f)
			for _, e := range f.Examples {
				examples = append(examples, e.Sentence)
			}
		}
	}
	if len(facts) < 10 {
		t.Fatalf("only %d facts in the rule files", len(facts))
	}
	return facts, examples
}

// articleTexts returns every sentence, line and whole text of the articles
// in the repository's testdata.
func articleTexts(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/articles/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		texts = append(texts, text)
		texts = append(texts, strings.Split(text, "\n")...)
		for _, s := range sentence.Split(text, 0) {
			texts = append(texts, text[s.Pos:s.End])
		}
	}
	return texts
}

// TestMatcherRules compares Scan with Find for every term of the rule files
// over every sentence of the articles and the rules' examples, and checks
// that NewFactMatcher's indexes name each fact's terms.
func TestMatcherRules(t *testing.T) {
	facts, examples := ruleFacts(t)
	texts := append(articleTexts(t), examples...)
	var terms []*Term
	for _, f := range facts {
		terms = slices.Concat(terms, f.Match.All, f.Match.Any, f.Match.None, f.Match.Near)
	}
	t.Logf("%d terms, %d texts", len(terms), len(texts))
	checkScan(t, terms, texts)

	m, idx := NewFactMatcher(facts)
	var h Hits
	for _, text := range texts {
		m.Scan(text, &h)
		for k, f := range facts {
			for _, l := range []struct {
				terms []*Term
				idx   []int
			}{{f.Match.All, idx[k].All}, {f.Match.Any, idx[k].Any}, {f.Match.None, idx[k].None}, {f.Match.Near, idx[k].Near}} {
				if len(l.terms) != len(l.idx) {
					t.Fatalf("fact %s: %d indexes for %d terms", f.ID, len(l.idx), len(l.terms))
				}
				for j, term := range l.terms {
					if got, want := h.Spans(l.idx[j]), term.Find(text); !reflect.DeepEqual(got, want) {
						t.Fatalf("fact %s, Term(%q) in %q: Scan finds %v, Find %v", f.ID, term.Text, text, got, want)
					}
				}
			}
		}
	}
}

// TestMatcherTricky compares Scan with Find where Find's rules meet: case
// folding, white space, apostrophes, hyphens, inflections, quotes, terms
// that overlap or repeat, combining marks and bad UTF-8.
func TestMatcherTricky(t *testing.T) {
	tests := []struct {
		terms []string
		texts []string
	}{
		{[]string{"łódź", "ŁÓDŹ", "Київ", "київ", "kyiv", "Kyiv", "k", "K", "killed", "\u212aill"},
			[]string{"in ŁÓDŹ today", "Łódź, łódź", "КИЇВ і Київ", "\u212aILLS \u212a k K", "Kyiv\u0301", "Kyiv\u0301 Kyiv", "kyiv\u0300kyiv"}},
		{[]string{"straße", "STRASSE", "ß", "ſ", "s", "zürich", "caf", "café", "café"},
			[]string{"STRASSE straße STRAẞE", "ſ s S", "— ZÜRICH —", "café cafe\u0301 café"}},
		{[]string{"aid package", "aid   package", "Kharkiv region", "civilians killed", `"aid package"`},
			[]string{"aid\n\t package", "aid\u00a0package", "aid \u2003\u00a0 packages", "Kharkiv\n region", "Kharkiv\u2028region", "Civilians\n Killed", "aidpackage", "aid\u200bpackage", "aid  \n  package aid package"}},
		{[]string{"Russia's", "Russia’s", "Russia", "'s", "’", "Russiaʼs"},
			[]string{"Russia’s war", "Russia's war", "Russia‘s", "Russiaʼs", "Russias", "Russia’’s", "the war's end 's"}},
		{[]string{"occupied", "Russian-occupied", "Russian occupied", "U.S.", "U.S.-led", "led", "drone-maker", "drone-makers", "maker", "$", "-", "7"},
			[]string{"Russian-occupied Crimea", "Russian-occupying", "U.S.-led coalition", "U.S.-leading", "drone-makers and drone-maker", "US$100", "a 7-year war, 17 dead", "--led"}},
		{[]string{"kill", "killed", "kills", "die", "dying", "industry", "industries", "fight", "fought", "eat", "ate", "see", "lay", "lie", "child", "crisis"},
			[]string{"kill kills killed killing killer", "dies died dying die", "the drone industries", "fought fighting fights", "ate eaten eats eating", "saw seen seed", "laid lay lying", "children crises child"}},
		{[]string{`"arms"`, "arms", `"kill"`, `"under control"`, "under control", `"re:set"`, "re:set", `"""`, `"`},
			[]string{"arms, armed, arming, arm", "KILL killed", "under controls", "re:set reset", `"""" "`}},
		{[]string{"death", "death toll", "toll", "dead", "undead", "a", "a a", "a a a"},
			[]string{"the death toll rose; death tolls", "dead, dead and undead", "a a a", "ba a a", "a a a a a"}},
		{[]string{"re:kill(ed|ing)", `re:\bwar\b`, "re:war", "re:x*y", `re:\d+ dead`},
			[]string{"Killing, then KILLED", "a warship at war", "aaa xy", "12 dead"}},
		{[]string{"dead", "\ufffd", "a\ufffdb", "é"},
			[]string{"dead\xffdead", "\xff\xfe", "a\xffb a\ufffdb", "\xc3", "e\xcc\x81 \xc3\xa9", "\xe2\x80"}},
		// Phrases of many inflected words, whose strings the automaton holds
		// only in part.
		{[]string{"civilians killed in attacks on industries", "killed wounded injured displaced missing", "civilian deaths"},
			[]string{"Civilian killing in attack on industry", "civilians killed in attacks on industries and civilian deaths", "kills wounds injures displaces missing", "killed wounded injured displaced missings", "killed  wounded\ninjured displaced missing"}},
	}
	for _, tt := range tests {
		checkScan(t, compileTerms(t, tt.terms...), tt.texts)
	}
}

func TestMatcherEmpty(t *testing.T) {
	m := NewMatcher(nil)
	var h Hits
	m.Scan("anything at all", &h)
	for i := range h.All() {
		t.Errorf("empty matcher finds term %d", i)
	}
	var zero Hits
	if zero.Spans(0) != nil {
		t.Error("Spans of unused Hits is not nil")
	}
	// A Term not compiled matches nothing, as its Find.
	checkScan(t, []*Term{{Text: "kill"}}, []string{"kill", ""})
}

// TestApostrophes checks that the matcher's list of apostrophes is
// isApos's.
func TestApostrophes(t *testing.T) {
	for r := range rune(unicode.MaxRune + 1) {
		if isApos(r) != slices.Contains(apostrophes, r) {
			t.Errorf("isApos(%U) = %v, but apostrophes disagrees", r, isApos(r))
		}
	}
}

func TestMatcherAllocs(t *testing.T) {
	facts, _ := ruleFacts(t)
	m, _ := NewFactMatcher(facts)
	text := "Russian strikes killed seven civilians in Kharkiv, and the death toll rose to 11 people, the mayor’s office said."
	var h Hits
	if n := testing.AllocsPerRun(100, func() { m.Scan(text, &h) }); n != 0 {
		t.Errorf("Scan allocates %v times once warm, want 0", n)
	}
}

// TestMatcherShared runs one Matcher from several goroutines, each with its
// own Hits (go test -race).
func TestMatcherShared(t *testing.T) {
	facts, examples := ruleFacts(t)
	m, idx := NewFactMatcher(facts)
	done := make(chan bool)
	for range 4 {
		go func() {
			defer func() { done <- true }()
			var h Hits
			for _, text := range examples {
				m.Scan(text, &h)
				for k, f := range facts {
					for j, term := range f.Match.Any {
						if got, want := h.Spans(idx[k].Any[j]), term.Find(text); !reflect.DeepEqual(got, want) {
							t.Errorf("Term(%q) in %q: Scan finds %v, Find %v", term.Text, text, got, want)
						}
					}
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}

// fuzzVocab are the words and pieces FuzzMatcher builds terms and sentences
// from: each meets a rule of Term.
var fuzzVocab = []string{
	"kill", "killed", "killing", "kills", "die", "dying", "died", "death", "toll",
	"death toll", "civilians", "civilian", "Russia's", "Russia’s", "Russia", "'s",
	"U.S.", "U.S.-led", "led", "lead", "drone-maker", "drone", "maker", "makers",
	"Russian-occupied", "occupied", "occupy", "industry", "industries", "fight",
	"fought", "a", "an", "war", "warship", "ŁÓDŹ", "łódź", "Київ", "\"arms\"",
	"arms", "armed", "\"kill\"", "\u212a", "k", "kyiv", "Kyiv\u0301",
	"re:kill(ed|ing)", `re:\bwar\b`, "eat", "ate", "$", "-", "dead", "undead",
	"the", "lay", "lie", "see", "saw", "children", "crisis", "ß", "ss", "\ufffd",
	"stop", "stopped", "travel", "travelled", "panic", "panicked", "gunmen",
	"taxes", "under", "control", "\"under control\"",
}

// fuzzSeps join the words of a generated sentence.
var fuzzSeps = []string{" ", " ", " ", "  ", "\n", "\u00a0", "-", ", ", ".", "’", "'", "\u0301", "", "\xff", "\t \n"}

// FuzzMatcher builds a list of terms from fuzzVocab (and from raw, split at
// "|"), and a sentence from the same words, and wants Scan to agree with
// Find for every term on that sentence and on text.
func FuzzMatcher(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 9}, "civilians killed|a a", "Seven civilians were killed in Kharkiv.")
	f.Add([]byte{10, 11, 12, 30, 31}, "Russia's|U.S.", "Russia’s U.S.-led war")
	f.Add([]byte{40, 41, 45, 46}, "łódź|\u212aill", "ŁÓDŹ \u212aILLS Kyiv\u0301")
	f.Add([]byte{200, 17, 255, 3}, "killed wounded injured displaced missing", "kills wounds injures displaces missing")
	f.Add([]byte{}, `"arms"|re:\d+`, "arms, armed 12 dead\xff")
	f.Fuzz(func(t *testing.T, picks []byte, raw, text string) {
		// Bounded, so the fuzzer tries many small cases rather than a few
		// large ones.
		picks, raw, text = picks[:min(len(picks), 64)], raw[:min(len(raw), 256)], text[:min(len(text), 1024)]
		texts := strings.Split(raw, "|")
		// Pairs of bytes pick a term: a word, or a phrase of up to five.
		for i := 0; i+1 < len(picks); i += 2 {
			n := int(picks[i+1]>>5)%5 + 1
			var words []string
			for j := range n {
				words = append(words, fuzzVocab[(int(picks[i])+j*int(picks[i+1]))%len(fuzzVocab)])
			}
			texts = append(texts, strings.Join(words, " "))
		}
		var terms []*Term
		for _, s := range texts {
			if term, err := compileTerm(s, Position{}); err == nil {
				terms = append(terms, term)
			}
		}
		// A sentence of the vocabulary, so the terms occur.
		var b strings.Builder
		r := rand.New(rand.NewPCG(uint64(len(text)), uint64(len(picks))))
		for _, p := range picks {
			b.WriteString(fuzzVocab[int(p)%len(fuzzVocab)])
			b.WriteString(fuzzSeps[(int(p)/len(fuzzVocab)+r.IntN(len(fuzzSeps)))%len(fuzzSeps)])
			if r.IntN(4) == 0 {
				b.WriteString(strings.ToUpper(fuzzVocab[r.IntN(len(fuzzVocab))]) + " ")
			}
		}
		checkScan(t, terms, []string{text, b.String(), b.String() + text})
	})
}

// Benchmarks: generated rules over a news vocabulary, scanned by one
// Matcher or by every term's Find.

// newsVocab is a news vocabulary for generated rules.
const newsVocab = `
	attack attacks strike strikes shelling missile missiles drone drones rocket
	artillery bomb bombing explosion blast raid offensive counteroffensive
	assault siege invasion occupation annexation ceasefire truce armistice
	negotiation negotiations talks summit meeting agreement deal accord treaty
	sanction sanctions embargo tariff tariffs export exports import imports
	trade deficit surplus budget spending debt loan loans grant aid package
	weapon weapons arms ammunition shell shells tank tanks jet jets fighter
	aircraft helicopter warship navy army troops soldier soldiers battalion
	brigade regiment division commander general minister president premier
	chancellor parliament congress senate lawmaker lawmakers official officials
	spokesman spokeswoman ministry government administration cabinet agency
	court judge trial verdict sentence prison prisoner prisoners detainee
	hostage hostages exchange release refugee refugees evacuee evacuation
	displaced shelter border frontline front line region province city town
	village district capital port harbour bridge railway station airport
	factory plant refinery pipeline grid power electricity blackout outage
	energy gas oil coal nuclear reactor uranium grain wheat corn harvest
	fertilizer food hunger famine drought flood wildfire earthquake storm
	hurricane typhoon heatwave temperature emissions carbon climate pollution
	vaccine virus outbreak pandemic hospital patient patients doctor doctors
	nurse clinic school schools student students teacher university children
	child family families woman women man men resident residents civilian
	civilians victim victims casualty casualties death deaths toll injury
	injuries wounded injured killed dead died missing survivor survivors body
	bodies funeral mourning protest protests protester protesters rally march
	strike riot police officer officers arrest arrests detention crackdown
	election elections vote votes voter voters ballot poll polls turnout
	candidate campaign party opposition coalition majority minority referendum
	inflation interest rate rates unemployment jobs wages salary pension tax
	taxes revenue profit profits loss losses shares stock stocks market markets
	investor investors bank banks currency dollar euro bond bonds growth
	recession economy output production industry industries company companies
	firm firms merger acquisition bankruptcy layoffs workers union unions
	contract contracts investment investments billion million trillion percent
	population census migrants migration asylum visa deportation smuggling
	trafficking cartel gang gangs murder homicide crime crimes fraud
	corruption bribery scandal investigation inquiry report reports study
	survey data figure figures estimate estimates forecast projection record
	satellite cyberattack hacker hackers network internet telecom broadcaster
	newspaper journalist journalists reporter reporters censorship propaganda
	territory territories land coast sea river mountain forest desert island
	Kharkiv Kyiv Odesa Donetsk Luhansk Zaporizhzhia Kherson Crimea Mariupol
	Bakhmut Avdiivka Sumy Dnipro Lviv Moscow Kursk Belgorod Minsk Warsaw Berlin
	Paris London Brussels Washington Beijing Tehran Gaza Israel Lebanon Syria
	Yemen Sudan Ethiopia Somalia Niger Mali Haiti Venezuela Mexico Brazil
	NATO UN EU IAEA WHO IMF OPEC G7 Pentagon Kremlin Rosatom Gazprom Naftogaz
`

// benchSentence has about 25 words of a news report.
const benchSentence = "Russian missile strikes on Kharkiv overnight killed at least seven civilians and injured 23 others, regional governor Oleh Syniehubov said on Tuesday morning."

// benchParagraph is a long paragraph of one.
const benchParagraph = `The death toll from Russia’s overnight missile and drone attack on Kharkiv rose to 11 on Wednesday, including two children, officials said, as rescuers searched the rubble of a five-storey apartment building in the city’s northern district. Ukraine’s air force said it shot down 38 of the 52 drones and four of the six missiles launched, while the energy ministry reported power outages affecting about 200,000 households across the region. President Volodymyr Zelensky renewed his appeal for more air defence systems, saying Kyiv needed at least seven additional Patriot batteries to protect its cities and critical infrastructure before winter. The attack came hours after talks in Istanbul on a prisoner exchange ended without agreement, and as European Union ministers prepared to discuss a new package of sanctions worth an estimated €4 billion.`

// genTerms generates the terms of n rules, 5 to 10 a rule: words and
// phrases of two or three words of newsVocab, a few of them quoted.
func genTerms(tb testing.TB, n int) []*Term {
	tb.Helper()
	vocab := strings.Fields(newsVocab)
	r := rand.New(rand.NewPCG(7, uint64(n)))
	var texts []string
	for range n {
		for range 5 + r.IntN(6) {
			words := make([]string, 1+r.IntN(3)*(r.IntN(2)))
			for j := range words {
				words[j] = vocab[r.IntN(len(vocab))]
			}
			term := strings.Join(words, " ")
			if r.IntN(10) == 0 {
				term = `"` + term + `"`
			}
			texts = append(texts, term)
		}
	}
	return compileTerms(tb, texts...)
}

var benchRules = []int{10, 100, 1000}

func BenchmarkMatcher(b *testing.B) {
	for _, text := range []struct{ name, s string }{{"sentence", benchSentence}, {"paragraph", benchParagraph}} {
		for _, n := range benchRules {
			terms := genTerms(b, n)
			m := NewMatcher(terms)
			b.Run(fmt.Sprintf("%s/rules=%d", text.name, n), func(b *testing.B) {
				var h Hits
				b.SetBytes(int64(len(text.s)))
				b.ReportAllocs()
				for b.Loop() {
					m.Scan(text.s, &h)
				}
				found := 0
				for range h.All() {
					found++
				}
				b.ReportMetric(float64(found), "found")
				b.ReportMetric(float64(len(terms)), "terms")
			})
		}
	}
}

// BenchmarkFindEach is what Matcher replaces: every term's Find.
func BenchmarkFindEach(b *testing.B) {
	for _, text := range []struct{ name, s string }{{"sentence", benchSentence}, {"paragraph", benchParagraph}} {
		for _, n := range benchRules {
			terms := genTerms(b, n)
			b.Run(fmt.Sprintf("%s/rules=%d", text.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text.s)))
				b.ReportAllocs()
				for b.Loop() {
					for _, t := range terms {
						t.Find(text.s)
					}
				}
			})
		}
	}
}

func BenchmarkNewMatcher(b *testing.B) {
	for _, n := range benchRules {
		terms := genTerms(b, n)
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var m *Matcher
			for b.Loop() {
				m = NewMatcher(terms)
			}
			b.ReportMetric(float64(len(m.nodes)), "states")
			b.ReportMetric(float64(matcherSize(m)), "bytes")
		})
	}
}

// matcherSize is about the memory a Matcher holds, in bytes.
func matcherSize(m *Matcher) int {
	n := len(m.nodes)*16 + len(m.outs)*16 + len(m.slotOf)*4 + len(m.terms)*8 + len(m.other)*16 + len(m.otherBits)*8
	for _, ts := range m.termsOf {
		n += 24 + len(ts)*4
	}
	return n
}

// TestHitsPlain: Plain names the plain terms that occur, the ones All names
// less the regular expressions, without running those.
func TestHitsPlain(t *testing.T) {
	var terms []*Term
	for _, s := range []string{"killed", "Kharkiv", `re:\bdrones?\b`, "absent", "kharkiv"} {
		tm, err := compileTerm(s, Position{})
		if err != nil {
			t.Fatal(err)
		}
		terms = append(terms, tm)
	}
	m := NewMatcher(terms)
	var h Hits
	m.Scan("Drones killed two in Kharkiv.", &h)
	got := map[int]bool{}
	h.Plain(func(i int) { got[i] = true })
	if want := map[int]bool{0: true, 1: true, 4: true}; !maps.Equal(got, want) {
		t.Errorf("Plain = %v, want %v", got, want)
	}
}

// TestMatcherRootSkips holds Scan to Find where it passes over bytes in the
// root state: runs of spaces and marks that start no term, words the filter
// on their first letters rules out, and words cut short by the end of the
// text or by a rune from 0x80; and where it steps through a word's letters
// without the general tests. Some terms start with marks, digits, spaces
// or apostrophes, so that some of those bytes do start a string.
func TestMatcherRootSkips(t *testing.T) {
	termSets := [][]string{
		{"kill", "killed", "ki", "k", "in", "inx", "x", "7", "7-year", "$", "$5", "- led", ".", "’s", "-"},
		{"aid package", "aid  package", "ab", "abc", "abcd", "a b", "zz", "z", "12", "1", "e", "é", "ék"},
		{"kyiv", `"kyiv"`, "kiev", "ki", "kyi", "re:k\\w+"},
		{"zürich", "z", "ü", "zu", "zur"},
	}
	texts := []string{
		"", " ", "  ", "k", "ki", "kil", "kill", "kyi", "kyiv", "kie", "xkill", "killx", "abc", "ab", "a", "zz", "z",
		"   kill   ", ",.;:!?kill!?", "\t\n kill\u00a0 \u2003killed", "  \u00a0  aid \u00a0  package  ",
		"...7-year...7 7-year 17-year 7", "$5 $$5 5$ $", "- led -led --led", "’s Russia’s 's",
		"abcabc abc ab abcd ab cd a b  a\tb", "é ék éké ekk ék", "zürich zurich Zürich zur zu z ü",
		"kill\u0301 ki\u0301ll k\u0301ill", "\xffkill \xff\xfe ki\xffll", "kill\u00e9 éki ékill",
		strings.Repeat(" ", 70) + "kill" + strings.Repeat(".", 70),
		"kyiv,kyiv;kyiv:kyiv kyivkyiv KYIV Kyiv's \"Kyiv\"",
		"x x x inx in inxin ink 7x x7",
		// Letters that no term holds, inside words a term starts.
		"kiqll killq kqill kyqiv kyivq inq iqn abqc abcq zzq",
	}
	// Every text cut at every byte, so the skips meet the end of the text
	// at each point.
	var all []string
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			all = append(all, s[:i], s[i:])
		}
	}
	for _, terms := range termSets {
		checkScan(t, compileTerms(t, terms...), all)
	}
}

// TestSkipWord holds skipWord, which reads eight bytes at a time, to a loop
// over the bytes, for every byte at every place of a word.
func TestSkipWord(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) && asciiWord[s[i]] {
			i++
		}
		return i
	}
	word := []byte("aZ09mnopqrstuvwxyz")
	for b := range 256 {
		for at := range len(word) {
			s := []byte(string(word))
			s[at] = byte(b)
			for i := 0; i <= len(s); i++ {
				if got, want := skipWord(string(s), i), slow(string(s), i); got != want {
					t.Fatalf("skipWord(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// TestMatcherWordStarts holds the filter on a word's first three bytes
// (Matcher.first) to Find: every word of three bytes from an alphabet of
// letters that terms start with and go on with, letters they do not hold,
// marks, spaces and a rune from 0x80, at the start of a text and after a
// space, then cut short or followed by more letters, so that the word's end
// falls both inside the eight bytes the filter reads at once and past them.
func TestMatcherWordStarts(t *testing.T) {
	terms := compileTerms(t, "kill", "ki", "k", "k.", "in", "inx", "x", "x-", "7", "7-year", "ab", "abc", "abcdefghijk", "a b", "é", "ék", "kyiv", "- led", "’s", "zz")
	alphabet := []string{"k", "i", "l", "n", "x", "a", "b", "c", "7", "q", "Z", "-", " ", ".", "é", "’"}
	tails := []string{"", "l", "ll", "defghijk", "defghijkl", "defghij k", " kill", "é"}
	m := NewMatcher(terms)
	var h Hits
	for _, a := range alphabet {
		for _, b := range alphabet {
			for _, c := range alphabet {
				for _, tail := range tails {
					for _, text := range []string{a + b + c + tail, " " + a + b + c + tail, "kill " + a + b + c + tail + " in"} {
						m.Scan(text, &h)
						for i, term := range terms {
							if got, want := h.Spans(i), term.Find(text); !reflect.DeepEqual(got, want) {
								t.Fatalf("Term(%q) in %q: Scan finds %v, Find %v", term.Text, text, got, want)
							}
						}
					}
				}
			}
		}
	}
}
