package attribution

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// split takes the figure out of a test sentence, where it is marked «so».
func split(t testing.TB, marked string) (string, int, int) {
	t.Helper()
	pos := strings.Index(marked, "«")
	end := strings.Index(marked, "»")
	if pos < 0 || end < pos {
		t.Fatalf("no «figure» in %q", marked)
	}
	s := marked[:pos] + marked[pos+len("«"):end] + marked[end+len("»"):]
	return s, pos, end - len("«")
}

var findTests = []struct {
	name     string
	sentence string // the figure marked «so»
	claimant string // "" for none
	cue      string
}{
	// according to X
	{"according to, trailing", "At least «40» people were killed in the strike, according to the UN.", "the UN", "according to"},
	{"according to, leading", "According to Ukraine's air force, Russia launched «270» drones and 10 missiles overnight.", "Ukraine's air force", "according to"},
	{"according to, mid-sentence", "Russia launched, according to Ukraine’s air force, «270» drones overnight.", "Ukraine’s air force", "according to"},
	{"according to, participle after", "Ukraine has offered to buy up to «$100 billion» in U.S. weapons, paid for largely by European partners, according to two officials briefed on the talks.", "two officials briefed on the talks", "according to"},
	{"according to, data of a party", "The war has killed more than «10,000» civilians, according to figures from the health ministry.", "the health ministry", "according to"},
	{"according to, possessive data", "Some «3.7 million» people remain displaced inside the country, according to the UN's latest estimates.", "the UN", "according to"},
	{"according to, unnamed estimates", "The war has killed or wounded more than «1 million» people, according to Western estimates.", "Western estimates", "according to"},
	{"according to, role and name", "According to the head of the regional administration, Oleh Syniehubov, «11» people were injured.", "Oleh Syniehubov", "according to"},
	{"according to, time after", "Turnout reached «62%», according to the election commission on Monday.", "the election commission", "according to"},
	{"according to plan", "The convoy of «40» trucks left on Monday, according to plan.", "", ""},
	{"according to schedule", "Construction of the «12» new shelters is proceeding according to schedule.", "", ""},

	// X said (that) ...
	{"said before", "Regional officials said the strikes on Kharkiv killed «three» civilians and injured dozens more.", "Regional officials", "said"},
	{"said that", "The health ministry said that «14» people had been hospitalised.", "The health ministry", "said"},
	{"said on a day that", "Poland's defence minister said on Thursday that «19» drones had crossed into its airspace.", "Poland's defence minister", "said"},
	{"have said", "Officials in Kharkiv have said the strike killed «11» people, among them two children.", "Officials in Kharkiv", "said"},
	{"time phrase before the cue", "Later in the day the regional governor said «seven» people had died in Kharkiv.", "the regional governor", "said"},
	{"time phrase between", "Ukraine's air force on Tuesday said it had shot down «241» of the drones.", "Ukraine's air force", "said"},
	{"says, present", "Analysts say the war has left at least «1.2 million» soldiers killed or wounded on both sides.", "Analysts", "say"},
	{"nested said, nearest", "Officials said the strike killed 11 people, while the governor said «seven» had died.", "the governor", "said"},
	{"told", "Mr. Zelensky told reporters in the U.S. capital that «2025» had tested the country more than any year.", "Mr. Zelensky", "told"},
	{"person familiar", "Kyiv proposed an arms package worth as much as «$100bn», a person familiar with the talks said.", "a person familiar with the talks", "said"},

	// trailing ", X said."
	{"trailing said", "While the leaders met, Russian drone strikes killed «seven» civilians in Kharkiv, the city's mayor said.", "the city's mayor", "said"},
	{"trailing said with day", "Russia launched «270» drones overnight, Ukraine's air force said on Tuesday, most of them Shahed-type attack drones.", "Ukraine's air force", "said"},
	{"trailing says", "Prices rose «4.1%» in the year to March, the statistics office says.", "the statistics office", "says"},
	{"trailing told reporters", "Around «600» soldiers were captured in the operation, Zelensky told reporters.", "Zelensky", "told"},
	{"trailing after quote", "“We shot down «30» of the 40 drones,” the air force said in a statement.", "the air force", "said"},
	{"trailing covers the sentence", "Crimea, which Russia annexed in «2014», was not on the agenda, the White House said.", "the White House", "said"},
	{"trailing as", "Exports fell by «12%» last year, as the central bank reported.", "the central bank", "reported"},

	// inverted ", said X."
	{"inverted", "The blast damaged «40» apartment blocks, said the mayor, Ihor Terekhov.", "Ihor Terekhov", "said"},
	{"inverted role", "“We have lost «12» men this week,” said a battalion commander near Pokrovsk.", "a battalion commander near Pokrovsk", "said"},
	{"inverted say", "Inflation will stay above «5%» until next year, say economists at the central bank.", "economists at the central bank", "say"},

	// reported, announced, confirmed, claimed, estimated
	{"reported that", "Ukrainian authorities reported that Russian strikes killed «three» civilians.", "Ukrainian authorities", "reported"},
	{"reported on a day that", "The Kyiv Independent reported on Tuesday that «17» people were wounded.", "The Kyiv Independent", "reported"},
	{"announced", "The Pentagon announced a further «$400 million» in military aid.", "The Pentagon", "announced"},
	{"confirmed", "The health ministry confirmed «23» new cases on Sunday.", "The health ministry", "confirmed"},
	{"claimed", "Russia's defence ministry claimed its forces had downed «85» Ukrainian drones.", "Russia's defence ministry", "claimed"},
	{"estimated", "The World Bank estimated the cost of reconstruction at «$524 billion».", "The World Bank", "estimated"},
	{"estimates trailing", "Russian forces occupy roughly «19%» of Ukraine's territory, the Institute for the Study of War estimates.", "the Institute for the Study of War", "estimates"},
	{"estimates leading", "The Institute for the Study of War estimates that Russia gained «500» square kilometres in May.", "The Institute for the Study of War", "estimates"},

	// put the toll at
	{"put the toll at", "Local officials put the death toll at «52», including six children.", "Local officials", "put"},
	{"puts the number at", "The UN refugee agency puts the number of refugees at «6.7 million».", "The UN refugee agency", "puts"},
	{"put share at", "Maps shown in the Oval Office put the Russian-occupied share of Ukraine at «around 20%» of the country.", "Maps shown in the Oval Office", "put"},

	// citing
	{"citing, cited party", "Reuters reported, citing two officials, that «40» drones had been launched.", "two officials", "citing"},
	{"citing, trailing", "The strike killed «14» people, Reuters reported, citing local officials.", "local officials", "citing"},
	{"citing a reason", "The company cut «1,200» jobs in March, citing weak demand.", "", ""},
	{"quoted as saying", "Interfax quoted the defence ministry as saying that «31» drones had been destroyed.", "the defence ministry", "quoted as saying"},

	// data
	{"possessive figures show", "The UN's figures show «12,000» civilians have been killed since 2022.", "The UN", "show"},
	{"data from", "Data from the central bank show reserves fell to «$38 billion».", "the central bank", "show"},
	{"figures from, trailing", "Unemployment rose to «7.4%» in the third quarter, figures from the statistics office showed.", "the statistics office", "showed"},
	{"per", "Russia has lost around «1,000» tanks this year, per Oryx.", "Oryx", "per"},
	{"per cent", "Unemployment rose to «7.4» per cent.", "", ""},
	{"report found", "A UN report found that «9,000» civilians had been killed.", "UN", "found"},
	{"bare figures", "The figures show «12,000» civilians have been killed since 2022.", "", ""},
	{"images show", "Satellite images show «40» aircraft at the base.", "", ""},
	{"reported by", "At least «18» deaths were confirmed by the regional prosecutor's office.", "the regional prosecutor's office", "confirmed by"},

	// appositives
	{"relative clause", "The Syrian Observatory for Human Rights, which monitors the war, said «40» people were killed.", "The Syrian Observatory for Human Rights", "said"},
	{"name, role", "Dmitry Peskov, the Kremlin's spokesman, said «two» rounds of talks were planned.", "Dmitry Peskov", "said"},
	{"role, name", "Kharkiv's mayor, Ihor Terekhov, said «seven» people had died.", "Ihor Terekhov", "said"},
	{"participle", "Officials, speaking on condition of anonymity, said «30» soldiers had deserted.", "Officials", "said"},
	{"name, role, trailing", "Russia launched «40» drones overnight, Yuriy Ihnat, the air force spokesman, said.", "Yuriy Ihnat", "said"},

	// channels
	{"wrote on Telegram", "Governor Oleh Syniehubov wrote on Telegram that «five» people were injured.", "Governor Oleh Syniehubov", "wrote"},
	{"posted", "The ministry posted on Telegram that «12» tanks had been destroyed.", "The ministry", "posted"},
	{"posted, a verb of fact", "The ministry posted a video showing «12» destroyed tanks.", "", ""},
	{"added, a verb of fact", "U.S. employers added «254,000» jobs in September.", "", ""},
	{"in a statement", "In a statement, the foreign ministry said «200» citizens had been evacuated.", "the foreign ministry", "said"},
	{"in a statement between", "The ministry in a statement said «200» citizens had been evacuated.", "The ministry", "said"},
	{"nightly address", "Zelensky in his nightly video address said «1,500» people had been rescued.", "Zelensky", "said"},
	{"tweeted", "Senator Lindsey Graham tweeted that «70» senators backed the sanctions bill.", "Senator Lindsey Graham", "tweeted"},

	// clauses
	{"semicolon ends the claim", "Officials said the bridge was closed; Russia launched «40» drones.", "", ""},
	{"but ends the claim", "Officials said the bridge was closed, but Russia launched «40» drones anyway.", "", ""},
	{"and keeps the claim", "The air force said it had tracked some 150 drones in the overnight attack, and had shot down «120» of them.", "The air force", "said"},
	{"figure before a leading cue", "Russia launched «40» drones and the air force said it shot down 30.", "", ""},
	{"trailing cue not before later clause", "Russia launched 40 drones, the air force said, and Ukraine shot down «30».", "", ""},
	{"adding", "Russia launched 40 drones, the air force said, adding that «30» had been shot down.", "the air force", "adding"},
	{"coordinated names", "Russia and Ukraine said «84» prisoners had been exchanged.", "Russia and Ukraine", "said"},

	// parentheticals, brackets, capitals
	{"parenthetical mid-sentence", "The ship, the agency said, was carrying «about 300» people.", "the agency", "said"},
	{"parenthetical after an adverb", "Still, the agency said, «nearly 90%» of claims were processed on time.", "the agency", "said"},
	{"verbless phrase after trailing cue", "Voter turnout was 67%, the electoral commission said, up from «59%» in 2019.", "the electoral commission", "said"},
	{"acronym in brackets", "The number of displaced people has reached «6.5 million», the International Organization for Migration (IOM) said.", "the International Organization for Migration", "said"},
	{"inside brackets", "Russia launched 40 drones overnight (the air force said «35» were downed).", "the air force", "said"},
	{"bracket does not reach out", "Russia launched «40» drones overnight (the air force said 35 were downed).", "", ""},
	{"dateline", "KYIV, Ukraine (AP) — Russia launched «40» drones overnight, officials said.", "officials", "said"},
	{"dashes", "Sales rose «8%» — the company said — the best quarter on record.", "the company", "said"},
	{"capitals", "RUSSIA LAUNCHED «40» DRONES, OFFICIALS SAID.", "OFFICIALS", "said"},
	{"aside before that", "Trump claimed, without evidence, that «millions» of votes were illegal.", "Trump", "claimed"},
	{"adjunct after the cue", "The Fed held rates at «5.25%», the central bank said in a statement after its two-day meeting.", "the central bank", "said"},
	{"name with and", "Revenue rose «12%», the company said in a filing with the Securities and Exchange Commission.", "the company", "said"},
	{"inverted with relative clause", "About «5,000» troops are deployed, said a senior U.S. defense official who spoke on condition of anonymity.", "a senior U.S. defense official", "said"},
	{"relative subject", "The ship sank on Tuesday, according to the International Organization for Migration, which said «61» bodies had been recovered.", "the International Organization for Migration", "said"},
	{"by an estimate", "By the CBO's estimate, the plan would cost «$1.5 trillion».", "the CBO", "by"},
	{"per a count", "The toll rose to «52», per the regional administration's count.", "the regional administration", "per"},
	{"by one count", "The toll rose to «52», by one count.", "", ""},
	{"expect", "Economists polled by Reuters expect the central bank to cut rates by «25» basis points.", "Economists polled by Reuters", "expect"},
	{"while keeps the claim", "Ukrainian authorities reported that strikes on Kharkiv killed three civilians, while an attack on Sumy wounded «two» more people.", "Ukrainian authorities", "reported"},
	{"nearest of two", "The White House put the figure at $1.5 trillion, while the CBO put it at «$2 trillion».", "the CBO", "put"},
	{"data by", "Russia made gains of «400» sq km last month, an AFP analysis of ISW data showed.", "AFP", "showed"},
	{"demonym data", "The Oct. 7 attack killed about «1,200» people, according to Israeli tallies.", "Israeli tallies", "according to"},
	{"named data", "Home Office figures show that «36,000» migrants crossed the Channel.", "Home Office", "show"},
	{"latest figures", "According to the latest figures, the city has «8.3 million» residents.", "", ""},
	{"quoted passive", "The mayor was quoted as saying «15» people were missing.", "The mayor", "quoted as saying"},
	{"told object then complement", "The minister told parliament «40» schools had been damaged.", "The minister", "told"},
	{"role, name, trailing told", "“We counted «40» drones,” the spokesman, Yuriy Ihnat, told Ukrainian television.", "Yuriy Ihnat", "told"},

	{"list of names", "The UN, the World Bank and the European Union estimated the damage at «$486 billion».", "The UN, the World Bank and the European Union", "estimated"},
	{"list after a data noun", "A joint assessment by the World Bank, the UN and the EU put the damage at «$486 billion».", "the World Bank, the UN and the EU", "put"},
	{"no list across a verb", "Russia fired drones at Kyiv and officials said «40» people were hurt.", "officials", "said"},
	{"maker after a participle", "According to a report published on Tuesday by the UN's food agency, «2 million» people faced famine.", "the UN's food agency", "according to"},
	{"compound adjective", "Nearly «2 million» people faced famine, according to a UN-backed assessment.", "a UN-backed assessment", "according to"},
	{"participle after data", "Health ministry figures released on Monday show «40» deaths.", "Health ministry figures", "show"},
	{"people found that", "Researchers found that «one in five» adults carried the gene.", "Researchers", "found"},
	{"cited party through a maker", "The survey of 2,000 adults, conducted by Ipsos, found «61%» support the measure.", "Ipsos", "conducted by"},

	// negatives
	{"subordinate clause ends at its comma", "As the UN warned that 2 million people faced famine, donors pledged «$1 billion».", "", ""},
	{"relative clause ends at its comma", "The toll, which officials said stood at 40 on Monday, rose to «52» on Tuesday.", "", ""},
	{"figure inside a cited phrase", "The vaccine was 95% effective, Pfizer said, citing data from a trial of «43,000» people.", "", ""},
	{"people found, a verb of fact", "Investigators found «40» bodies in the forest.", "", ""},
	{"participle, not a verb", "The damage, estimated at «$4 billion», will take years to repair.", "", ""},
	{"participle after a dash", "During the talks, the leaders studied maps of occupied territory – currently estimated at «around 20%» of the country.", "", ""},
	{"said nothing", "The government said nothing about the «$10 billion» shortfall.", "", ""},
	{"said goodbye", "The team said goodbye to «three» players on Friday.", "", ""},
	{"possessive noun", "Tesla delivered «435,000» vehicles in the third quarter, beating analysts' estimates.", "", ""},
	{"reportedly", "Ukraine has reportedly proposed purchasing «up to $100 billion» in U.S. weapons.", "", ""},
	{"have not said", "Officials have not said how many of the «1,000» troops will stay.", "", ""},
	{"passive estimate", "The damage is estimated at «$4 billion».", "", ""},
	{"no cue", "Russia launched «270» drones and 10 missiles overnight.", "", ""},
	{"so-called", "The so-called coalition of the willing includes «31» countries.", "", ""},
	{"pronoun", "“We lost «40» men in a single night,” he said.", "", ""},
	{"it said", "The company cut «1,200» jobs in March, it said.", "", ""},
	{"they said", "They said «seven» people had died.", "", ""},
	{"pronoun inside another cue", "The health ministry said it had recorded «30» new cases.", "The health ministry", "said"},
	{"new subject after and", "The company said profits would drop, and its shares fell «5%».", "", ""},
	{"did not say", "Officials did not say how many of the «270» drones were shot down.", "", ""},
	{"declined to say", "The ministry declined to say whether the «12» soldiers had been released.", "", ""},
	{"passive", "«Forty» people were reported killed in the attack.", "", ""},
	{"an estimated", "An estimated «40,000» people fled the city.", "", ""},
	{"neither confirms", "The war has left at least «1.2 million» soldiers killed or wounded, a figure neither government confirms.", "", ""},
	{"claimed lives", "The attack claimed the lives of «40» people.", "", ""},
	{"final say", "Parliament will have the final say on the «$50 billion» package.", "", ""},
	{"no comma before trailing", "Rescue crews were still searching «two» collapsed entrances by midday.", "", ""},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			s, pos, end := split(t, tt.sentence)
			got, ok := Find(s, pos, end)
			if tt.claimant == "" {
				if ok {
					t.Errorf("Find(%q, %q) = %+v, want none", s, s[pos:end], got)
				}
				return
			}
			if !ok {
				t.Fatalf("Find(%q, %q) found none, want %q (%s)", s, s[pos:end], tt.claimant, tt.cue)
			}
			if got.Claimant != tt.claimant || got.Cue != tt.cue {
				t.Errorf("Find(%q, %q) = %q (%s), want %q (%s)", s, s[pos:end], got.Claimant, got.Cue, tt.claimant, tt.cue)
			}
			if s[got.Pos:got.End] != got.Claimant {
				t.Errorf("span [%d, %d) is %q, Claimant %q", got.Pos, got.End, s[got.Pos:got.End], got.Claimant)
			}
		})
	}
}

func TestFindBadSpans(t *testing.T) {
	s := "Officials said 40 people died."
	for _, sp := range [][2]int{{-1, 3}, {3, 2}, {0, len(s) + 1}} {
		if a, ok := Find(s, sp[0], sp[1]); ok {
			t.Errorf("Find(%q, %d, %d) = %+v, want none", s, sp[0], sp[1], a)
		}
	}
	// An empty span is a point: the figure's position.
	if a, ok := Find(s, 15, 15); !ok || a.Claimant != "Officials" {
		t.Errorf("Find at a point = %+v, %v; want Officials", a, ok)
	}
}

// TestFindLongSentence runs Find on a list read as one sentence, which the
// analysis reads only around the figure.
func TestFindLongSentence(t *testing.T) {
	long := strings.Repeat("Kharkiv, Sumy, Odesa, ", 2000)
	s, pos, end := split(t, long+"the regional governor said «40» people had died, "+long+"officials said.")
	if a, ok := Find(s, pos, end); !ok || a.Claimant != "the regional governor" {
		t.Errorf("Find in a long sentence = %+v, %v; want the regional governor", a, ok)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"The UN", "the U.N."},
		{"the UN", "UN"},
		{"Ukraine's air force", "Ukraine’s Air  Force"},
		{"the city's mayor", "The City’s Mayor"},
		{"Mr. Zelensky", "Zelensky"},
		{"officials'", "officials"},
		{"“the Kremlin”", "Kremlin"},
	}
	for _, tt := range tests {
		if ka, kb := Key(tt.a), Key(tt.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tt.a, ka, tt.b, kb)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"The U.N.", "un"},
		{"Ukraine's air force", "ukraine air force"},
		{"the Institute for the Study of War", "institute for the study of war"},
		{"a Britain-based monitor", "britain based monitor"},
		{"", ""},
	} {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Key("the UN") == Key("the US") {
		t.Error("the UN and the US fold together")
	}
}

func TestFindAllocs(t *testing.T) {
	s, pos, end := split(t, benchSentence)
	n := testing.AllocsPerRun(100, func() { Find(s, pos, end) })
	if n > 0 {
		t.Errorf("Find allocates %.0f times per call, want 0", n)
	}
}

// TestSentence: a Sentence gives what Find gives, for every figure of a
// sentence, asked in any order and after other sentences used its buffer:
// no figure's analysis may change the tokens the next one reads.
func TestSentence(t *testing.T) {
	var p Sentence
	for _, tt := range findTests {
		s, _, _ := split(t, tt.sentence)
		p.Reset(s)
		// Every word of the sentence taken as a figure, from last to
		// first, so that no analysis runs on fresh tokens but the first.
		words := strings.Fields(s)
		for i, end := len(words)-1, len(s); i >= 0; i-- {
			pos := strings.LastIndex(s[:end], words[i])
			got, gotOK := p.Find(pos, pos+len(words[i]))
			want, wantOK := Find(s, pos, pos+len(words[i]))
			if got != want || gotOK != wantOK {
				t.Errorf("%s: figure %q: Sentence.Find = %+v, %v; Find = %+v, %v", tt.name, words[i], got, gotOK, want, wantOK)
			}
			end = pos
		}
	}
	if _, ok := p.Find(-1, 0); ok {
		t.Error("Sentence.Find of a span outside the sentence found a source")
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		s, pos, end := split(f, tt.sentence)
		f.Add(s, pos, end)
	}
	f.Add("", 0, 0)
	f.Add("said", 0, 4)
	f.Add(", said", 2, 6)
	f.Add("according to", 0, 0)
	f.Add("X, which, said 4", 15, 16)
	f.Add("\xff’s said”—…; according to «", 3, 9)
	f.Fuzz(func(t *testing.T, s string, pos, end int) {
		if pos < 0 || end > len(s) || pos > end {
			if a, ok := Find(s, pos, end); ok {
				t.Fatalf("Find(%q, %d, %d) = %+v for a span outside the sentence", s, pos, end, a)
			}
			// Fold the span into the sentence, so that random ints still
			// exercise the analysis.
			pos = abs(pos) % (len(s) + 1)
			end = pos + abs(end)%(len(s)-pos+1)
		}
		if got, want := tokenize(s, nil), frozenTokenize(s, nil); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) =\n%+v\nwant\n%+v", s, got, want)
		}
		a, ok := Find(s, pos, end)
		if ea, eok := findEveryWord(s, pos, end); ea != a || eok != ok {
			t.Fatalf("Find(%q, %d, %d) = %+v, %v but trying every word for a cue, %+v, %v", s, pos, end, a, ok, ea, eok)
		}
		var p Sentence
		p.Reset(s)
		if pa, pok := p.Find(pos, end); pa != a || pok != ok {
			t.Fatalf("Find(%q, %d, %d) = %+v, %v but Sentence.Find = %+v, %v", s, pos, end, a, ok, pa, pok)
		}
		if !ok {
			if a != (Attribution{}) {
				t.Fatalf("Find(%q, %d, %d) = %+v with false", s, pos, end, a)
			}
			return
		}
		if a.Pos < 0 || a.Pos >= a.End || a.End > len(s) {
			t.Fatalf("Find(%q, %d, %d): span [%d, %d) outside the sentence", s, pos, end, a.Pos, a.End)
		}
		if a.Claimant != s[a.Pos:a.End] {
			t.Fatalf("Find(%q, %d, %d): Claimant %q is not s[%d:%d] = %q", s, pos, end, a.Claimant, a.Pos, a.End, s[a.Pos:a.End])
		}
		if a.Pos < end && pos < a.End {
			t.Fatalf("Find(%q, %d, %d): claimant %q overlaps the figure", s, pos, end, a.Claimant)
		}
		if a.Cue == "" {
			t.Fatalf("Find(%q, %d, %d): empty cue", s, pos, end)
		}
		if utf8.ValidString(s) && !utf8.ValidString(a.Claimant) {
			t.Fatalf("Find(%q, %d, %d): claimant %q cuts a rune", s, pos, end, a.Claimant)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -(n + 1)
	}
	return n
}

const benchSentence = "Russia launched «270» drones and 10 missiles in an overnight attack on Kyiv and Kharkiv, the largest this month, Ukraine's air force said on Tuesday, adding that most were shot down."

func BenchmarkFind(b *testing.B) {
	s, pos, end := split(b, benchSentence)
	b.ReportAllocs()
	for b.Loop() {
		Find(s, pos, end)
	}
}

// BenchmarkFindTable runs Find over every sentence of the test table, a mix
// of shapes and lengths nearer an article than one sentence is.
func BenchmarkFindTable(b *testing.B) {
	type in struct {
		s        string
		pos, end int
	}
	var ins []in
	for _, tt := range findTests {
		s, pos, end := split(b, tt.sentence)
		ins = append(ins, in{s, pos, end})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range ins {
			Find(x.s, x.pos, x.end)
		}
	}
}

// findEveryWord is Find with every word flagged fCueWord, so that cues
// tries each as it did before it passed over words by their flags.
func findEveryWord(s string, pos, end int) (Attribution, bool) {
	toks := prepare(s, nil)
	for i := range toks {
		if toks[i].kind == kWord {
			toks[i].fl |= fCueWord
		}
	}
	return find(s, toks, pos, end)
}

// TestCueWords holds cues, which passes over a word that is none of
// cueWords, data or a reporting verb, to cues trying every word, on the
// table's sentences and on random ones made of the words cues and its
// helpers test by name, in either case, with every figure each holds.
func TestCueWords(t *testing.T) {
	var sentences []string
	for _, tt := range findTests {
		s, _, _ := split(t, tt.sentence)
		sentences = append(sentences, s)
	}
	// Written out, not taken from cueWords, which they are to check.
	words := []string{"according", "citing", "per", "by", "by", "by", "quoted", "adding", "saying",
		"reported", "confirmed", "estimated", "compiled", "published", "released", "provided",
		"verified", "documented", "recorded", "counted", "tallied", "issued", "gathered",
		"collected", "conducted", "to", "from", "figures", "data", "estimates", "said",
		"told", "the", "ministry", "officials", "Reuters", "UN", "on", "Monday", "that", "show",
		"put", "toll", "at", "as", "was", "he", "in", "a", "report", "quoted", "saying", "adding",
		"40", "1,200", "$5", "three", ",", ";", ".", "\"", "—", "(", ")", "’s"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 10000 {
		var b strings.Builder
		for range 3 + rng.IntN(14) {
			w := words[rng.IntN(len(words))]
			if rng.IntN(4) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		sentences = append(sentences, b.String())
	}
	found := 0
	for _, s := range sentences {
		for _, tok := range prepare(s, nil) {
			if tok.kind != kWord || !tok.num {
				continue
			}
			a, ok := Find(s, tok.pos, tok.end)
			if ea, eok := findEveryWord(s, tok.pos, tok.end); ea != a || eok != ok {
				t.Fatalf("Find(%q, %d, %d) = %+v, %v but trying every word for a cue, %+v, %v", s, tok.pos, tok.end, a, ok, ea, eok)
			}
			if ok {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d figures have a source: the test proves little", found)
	}
}
