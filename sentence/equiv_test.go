package sentence

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// equivCases are the inputs of this package's other tests and the texts
// whose edges the splitter's fast paths must not move: Unicode spaces, which
// unicode.IsSpace takes and a byte test would not, closers and quotes next
// to marks, abbreviations at the ends of lines and blocks, and invalid UTF-8.
var equivCases = []string{
	"The army moved. Talks stalled.",
	"Will it hold? Nobody knows! Wait.",
	"We won!!! Next week?! Maybe.",
	"Mr. Kowal met Mrs. Ode and Ms. Lin. Dr. Reyes and Prof. Abe came.",
	"Gen. Aldo, Sen. Bray, Rep. Cole, Gov. Dunn, Lt. Ely and Col. Fox spoke. They left.",
	"They flew to St. Ives with Tom Hale Jr. and Ned Hale Sr. on board. It rained.",
	"Acme Inc. Chief Executive Bo Li said Orbit Corp. and Vela Ltd. and Dune Co. agreed.",
	"Shares fell at Acme Inc. The board met.",
	"The U.S. President met U.K. and E.U. envoys at the U.N. Security Council.",
	"Talks were held in the U.S. The meeting ran late.",
	"She lives in the U.K. It is cold there.",
	"He landed in the U.S. “We are ready,” he said.",
	"The U.S. officials left.",
	"A U.S.-led push began. It failed.",
	"Some towns, e.g. Ostrava, and rivers, i.e. the Oder, flooded. Cars vs. trains.",
	"Route No. 5 closed. The detour is long.",
	"The answer was No. Then they left.",
	"Talks began Jan. 5 and ended Sept. 12, before Oct. 3. Nothing changed.",
	"It was mild for Jan. The snow came later.",
	"The strike hit at 4 a.m. local time and ended by 6 p.m. on Friday. Power returned.",
	"They met at 9 a.m. The talks lasted hours.",
	"Former leader Harold T. Mabry and J. R. Okafor spoke. Both agreed.",
	"Vice President K.D. Varga arrived. He spoke.",
	"Output rose 3.5 percent to $100bn. Exports fell 0.8%. Imports held.",
	"The toll rose to 12. Officials said 40 were hurt.",
	"Casualties reached 1,200 in 2023. 2024 was worse.",
	"We will see... The vote is close. They wait… Then it ends.",
	"He said “we may… perhaps” win... and smiled.",
	`"Nine were killed," he said. "More may be."`,
	"He warned of “further escalation.” The talks ended.",
	"“Why now?” she asked. Nobody replied.",
	"Tanks rolled (all of them!), and the town fell. Then calm.",
	"The pact failed (again.) A new one is due.",
	"The port — the last one — fell. Kyiv – and Lviv – held.",
	"It ended. — Later, it resumed.",
	"First part\n\nSecond part",
	"Aid on the Table\nSince the summit, aid has grown.\nIt may grow more.",
	"Why it matters\nthe vote is close.",
	"The delegation arrived late on Tuesday evening after a long detour\nthrough the mountains, and talks began the next morning.\nA second round is planned.",
	"Officials said the agreement would be signed in the presence of\nPresident Ilse Marr on Friday.",
	"The agreement was signed on Friday in the old capital city by Mr.\nOkafor and the envoy.",
	"The delegation arrived late on Tuesday evening after a long detour.\nTalks began the next morning.",
	"One line.\r\nAnother line\r\n\r\nLast.",
	"# Talks Resume\nThe envoys met.\n## Next Steps\nMore talks.",
	"The demands:\n- a ceasefire\n- 20 observers\n* free elections\n+ aid",
	"Steps:\n1. Stop the shelling.\n2) Open the corridor.",
	"The plan that the envoys brought to the table had three parts in all\n1. a truce",
	"> They will not pass.\n> Never.",
	"Posted with\n#peace now",
	"It began in\n2014. It goes on.",
	"Above.\n---\n***\nBelow.",
	"",
	" \n\t\n",
	"  just words  ",
	"---\ntitle: x\n---\nFirst one. Second one.",
	"  Prices hit €5.50 — a record.\u00a0“Enough,” she said.  ",
	"Mr. A met the U.S. The end.", "a.\n\nb", "# h\n- x\n1. y", "...!!!?”)]",
	"€—“”\r\n\r\n", "x\xff. Y", "Jan. 5. Sept. 12.", "> > 1) a",
	"One paragraph.\n\nAnother one.\n- a list item\n- another\n\n# Heading\nText under it.",
	"Single line without a break",
	"\n\n\nLate start.\n",
	benchText,
	newsText(1, 20),

	// Unicode spaces after marks, before words and around spans.
	"It ended.\u0085The rest.", "It ended.\u00a0The rest.", "It ended.\u2000The rest.",
	"It ended.\u200aThe rest.", "It ended.\u200bThe rest.", "It ended.\u2028The rest.",
	"It ended.\u2029The rest.", "It ended.\u3000The rest.", "It ended.\u202fThe rest.",
	"It ended.\u205fThe rest.", "It ended.\u1680The rest.", "It ended.\u180eThe rest.",
	"It ended.\v\fThe rest.", "\u3000\u00a0 A. B \u2029", "in the U.S.\u00a0The end",
	"by Mr.\u2003Okafor. Then", "x \u0085U.S. The", "word\u00a0Mr. Okafor",
	"\u00a0\u00a0.\u00a0\u00a0", "A\u2028. B", "He said.\u00a0\u00a0“Now.”\u3000Then.",
	// Marks, closers and continuing punctuation.
	"Done.” The", "Done.’ The", "Done.» The", "Done.› The", "Done.) The", "Done.] The",
	"Done.} The", "Done.* The", "Done._ The", "Done.\" The", "Done.' The", "Done.”)’ The",
	"Done. , the", "Done. ; x", "Done. : x", "Done. . x", "Done. … x", "Done. - x",
	"Done. – x", "Done. — x", "Done. ) x", "Done. ] x", "Done. é", "Done. É", "Done. ß",
	"Done.. The", "Done.… The", "Done…. The", "Done?. The", "Done.? The", "Done… The",
	"Done. 5", "No. 5", "No. The", "No. “The", "Inc. “The", "Inc. ‘The", "Inc. «The",
	"Inc. 'The", "Inc. \"The", "Inc. The", "Inc. Theirs", "Inc. The5", "Inc. Thé",
	"U.S. The", "U.S. President", "U.S. 5", "W. Bush", "W. The", "É. The", "é. The",
	"Ph.D. The", "Ph.D. He", "a.m. It", "abc.d. The", "A.B.C. The", "AB.C. The",
	"A..B. The", "A.B.. The", ".A. The", "A.5. The", "Ωμ.Ψ. The", "ﬁ. The",
	"(“U.S. The", "[Mr. Smith", "«Dr. X", "*Jan. 5", "_Inc. The", "'e.g. The", "‘vs. The",
	"x.\xff The", "\xff. The", "A.\xe2\x80 The", "A. \xe2\x80\xa6", "A\xe2. The", "…", "...",
	"a.\xc2\xa0b", "a.\xc2", "a.\xe2\x80", "A.\n", "A. ", "A.  ", "Mr.", "U.S.",
	"It is 4.5 million. The $1.2bn deal. No. 5 is here. Mr. Smith said “yes.” Then... fine.",
	// Lines and markers.
	"#", "# ", "#######", "####### x", "#\tx", "   # x", "    # x", ">", "> ", ">>x", "- ",
	"-\tx", "-x", "1.", "1. ", "1.x", "1)\tx", "1234. x", "123. x", "  1. x", "    1. x",
	"\n", "\r\n", "\r", "\n\r\n", "x\r", "x \t\r\n\r\ny", " \u00a0\n\u3000\ny",
	strings.Repeat("a", 59) + "\nb", strings.Repeat("a", 60) + "\nb",
	strings.Repeat("é", 59) + "\nb", strings.Repeat("é", 60) + "\nb",
	strings.Repeat("a ", 30) + "Mr.\nOkafor", strings.Repeat("a ", 30) + "U.S.\nOkafor",
	strings.Repeat("a ", 30) + "x,\nOkafor", strings.Repeat("a ", 30) + "x;\nOkafor",
	strings.Repeat("a ", 30) + "x.\nOkafor", strings.Repeat("a ", 30) + "X\nOkafor",
	strings.Repeat("a ", 30) + "x\n5 more", strings.Repeat("a ", 30) + "x\n\tmore",
	strings.Repeat("a ", 30) + "x\n- more", strings.Repeat("a ", 30) + "x\n# more",
	"# " + strings.Repeat("a ", 30) + "x\nmore", strings.Repeat("a ", 30) + "x\n  more",
	strings.Repeat("a ", 30) + "x\u00a0\nmore", strings.Repeat("a ", 30) + "Mr.\n\u00a0Okafor",
	strings.Repeat("a ", 30) + "end.\u2003Mr.\nOkafor",
}

// newsText is n paragraphs of generated news copy, with the figures,
// titles, initialisms, quotes, ellipses, headings and lists of the bench
// corpus.
func newsText(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, seed))
	pick := func(s ...string) string { return s[rng.IntN(len(s))] }
	var b strings.Builder
	sentence := func() {
		switch rng.IntN(14) {
		case 0:
			b.WriteString(pick("The", "A", "Officials said the", "In Accra, the") + " debt stands at " +
				pick("4.5 million", "$1.2bn", "US$469,000", "26.3 percent", "11.6 per cent", "0.8%") +
				", up from " + pick("20.2%", "3.1 million", "€5.50", "1,200") + " in 1969.")
		case 1:
			b.WriteString("Mr. Smith told reporters that the " + pick("U.S.", "U.K.", "E.U.", "U.N.") +
				" " + pick("would", "delegation would", "President would") + " not comment.")
		case 2:
			b.WriteString(`"There is no military solution," ` + pick("Kwame Mensah", "Dr. Reyes", "Sen. Bray") + " said.")
		case 3:
			b.WriteString("The opposition leader said in a statement: “The numbers speak for themselves.”")
		case 4:
			b.WriteString("Route No. " + pick("5", "12", "40") + " was closed on " + pick("Jan. 5", "Sept. 12", "Oct. 3") + ".")
		case 5:
			b.WriteString("Is a ceasefire close? Few think so...")
		case 6:
			b.WriteString("Talks were held in the " + pick("U.S.", "U.K.") + " " + pick("The", "It", "Officials") + " meeting ran late.")
		case 7:
			b.WriteString("Shares of Orbit Corp. fell " + pick("3.5", "12", "0.8") + " percent at 9 a.m. on Friday!")
		case 8:
			b.WriteString("The company, led by Harold T. Mabry and J. R. Okafor, employs 98,000 people (again!), analysts said.")
		case 9:
			b.WriteString("They wait… Then the vote comes; the result — close — is due at 10:19.")
		case 10:
			b.WriteString("Regulators fined Galecrest Airlines $730m, e.g. for misleading customers.")
		default:
			b.WriteString(pick("Police", "The ministry", "Belcourt Media", "Analysts") + " said " +
				pick("it was monitoring the situation closely", "they had opened an investigation into the incident",
					"the rain made the work of the rescue teams even harder", "nine out of 10 households had no running water") + ".")
		}
	}
	for range n {
		switch rng.IntN(10) {
		case 0:
			b.WriteString(pick("## A city on edge", "# What next for Galecrest Airlines", "### Aid on the table") + "\n\n")
		case 1:
			for range 1 + rng.IntN(3) {
				b.WriteString(pick("- ", "* ", "1. ", "2) "))
				sentence()
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
		}
		for k := range 3 + rng.IntN(4) {
			if k > 0 {
				b.WriteByte(' ')
			}
			sentence()
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// randomText joins pieces the splitter looks at, so that every rule meets
// every other at block and line edges and next to Unicode spaces.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{
		".", ".", ". ", ". ", "?", "!", "…", "...", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n",
		"\u00a0", "\u0085", "\u2003", "\u2028", "\u3000", "\u200b", "\v",
		"\"", "'", "”", "“", "’", "‘", "»", "«", "›", ")", "(", "]", "[", "}", "*", "_",
		",", ";", ":", "-", "–", "—", "#", "# ", "## ", "- ", "* ", "+ ", "> ", "1. ", "12) ", "1234. ",
		"0", "5", "12", "3.5", "1,200", "$1.2bn", "4.5 million",
		"A", "B", "W", "É", "é", "x", "ß", "Ω", "ﬁ",
		"the", "said", "officials", "talks", "between", "élan",
		"The", "It", "He", "But", "Officials", "President", "Chief", "Ives", "Smith", "Élise",
		"U.S", "U.K", "a.m", "p.m", "e.g", "i.e", "Ph.D", "K.D", "J", "T",
		"Mr", "Mrs", "Dr", "Gen", "Sen", "vs", "v", "No", "no", "Nos", "Jan", "Sept", "Oct", "p", "pp",
		"Inc", "Corp", "Co", "Jr", "St", "Calif", "Wash", "plc",
		"\xff", "\xe2", "\xe2\x80", "\xc2",
		strings.Repeat("word ", 12),
	}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// checkOracle fails t unless Split, Blocks, AppendBlocks and SplitBlock
// give on text exactly what the oracle gives.
func checkOracle(t testing.TB, text string, from int) {
	t.Helper()
	if got, want := Split(text, from), oracleSplit(text, from); !slices.Equal(got, want) {
		t.Fatalf("Split(%q, %d)\n got %v\nwant %v", text, from, got, want)
	}
	blocks := Blocks(text, from)
	if want := oracleBlocks(text, from); !slices.Equal(blocks, want) {
		t.Fatalf("Blocks(%q, %d)\n got %v\nwant %v", text, from, blocks, want)
	}
	prefix := []Block{{-1, -1}}
	if got := AppendBlocks(slices.Clone(prefix), text, from); !slices.Equal(got, append(prefix, blocks...)) {
		t.Fatalf("AppendBlocks(%q, %d) = %v", text, from, got)
	}
	for _, b := range blocks {
		dst := []Span{{-1, -1}}
		got := SplitBlock(text, b, slices.Clone(dst))
		want := oracleSplitBlock(text, b, slices.Clone(dst))
		if !slices.Equal(got, want) {
			t.Fatalf("SplitBlock(%q, %v)\n got %v\nwant %v", text, b, got, want)
		}
	}
	checkNear(t, text, from, blocks)
	// Blocks the splitter never gets from Blocks, but a caller may pass:
	// every cut of the text at a rune or byte boundary.
	if len(text) <= 64 {
		for pos := 0; pos <= len(text); pos++ {
			for end := pos; end <= len(text); end++ {
				b := Block{pos, end}
				if got, want := SplitBlock(text, b, nil), oracleSplitBlock(text, b, nil); !slices.Equal(got, want) {
					t.Fatalf("SplitBlock(%q, %v)\n got %v\nwant %v", text, b, got, want)
				}
			}
		}
	}
}

// checkNear fails t unless AppendBlocksNear and SplitBlockBefore keep what
// the extractor takes from them: of the blocks of text, those some span
// overlaps, for spans at every offset and of several lengths, across
// lines and blank lines; and of a block's sentences, every one that starts
// before the limit, as the prefix SplitBlock gives.
func checkNear(t testing.TB, text string, from int, blocks []Block) {
	t.Helper()
	overlapped := func(blocks []Block, near []Span) []Block {
		var out []Block
		for _, b := range blocks {
			for _, s := range near {
				if s.Pos < b.End && b.Pos < s.End {
					out = append(out, b)
					break
				}
			}
		}
		return out
	}
	var sets [][]Span
	step := max(1, len(text)/64)
	for _, n := range []int{1, 3, 40} {
		for pos := -1; pos <= len(text); pos += step {
			sets = append(sets, []Span{{pos, pos + n}})
		}
	}
	rng := rand.New(rand.NewPCG(uint64(len(text)), uint64(from+2)))
	for range 8 {
		var near []Span
		for range rng.IntN(6) {
			pos := rng.IntN(len(text)+1) - 1
			near = append(near, Span{pos, pos + 1 + rng.IntN(60)})
		}
		slices.SortFunc(near, func(a, b Span) int { return a.Pos - b.Pos })
		sets = append(sets, near)
	}
	prefix := []Block{{-1, -1}}
	for _, near := range sets {
		got := AppendBlocksNear(slices.Clone(prefix), text, from, near)
		if !slices.Equal(got[:1], prefix) {
			t.Fatalf("AppendBlocksNear(%q, %d, %v) lost what dst held: %v", text, from, near, got)
		}
		got = got[1:]
		// In order, each one of Blocks, every one a span overlaps.
		i := 0
		for _, b := range got {
			for i < len(blocks) && blocks[i] != b {
				i++
			}
			if i == len(blocks) {
				t.Fatalf("AppendBlocksNear(%q, %d, %v) = %v, not in order among Blocks' %v", text, from, near, got, blocks)
			}
		}
		if want := overlapped(blocks, near); !slices.Equal(overlapped(got, near), want) {
			t.Fatalf("AppendBlocksNear(%q, %d, %v) = %v, missing some of %v", text, from, near, got, want)
		}
	}
	for _, b := range blocks {
		all := SplitBlock(text, b, nil)
		for limit := b.Pos - 1; limit <= b.End+1; limit += max(1, (b.End-b.Pos)/32) {
			got := SplitBlockBefore(text, b, limit, []Span{{-1, -1}})
			if got[0] != (Span{-1, -1}) || !slices.Equal(got[1:], all[:len(got)-1]) {
				t.Fatalf("SplitBlockBefore(%q, %v, %d) = %v, not a prefix of %v", text, b, limit, got, all)
			}
			for _, s := range all[len(got)-1:] {
				if s.Pos < limit {
					t.Fatalf("SplitBlockBefore(%q, %v, %d) = %v, left out %v", text, b, limit, got, s)
				}
			}
			for k, s := range got[1:] {
				// The first sentence starts at the block's start, before
				// trim may move its Pos; the others where their Pos says.
				if start := s.Pos; start >= limit && (k > 0 || b.Pos >= limit) {
					t.Fatalf("SplitBlockBefore(%q, %v, %d) = %v, holds %v, which starts at or after limit", text, b, limit, got, s)
				}
			}
		}
	}
}

func TestOracleCases(t *testing.T) {
	for _, text := range equivCases {
		for _, from := range []int{-1, 0, 1, 2, 3, 5, len(text) / 2, len(text) - 1, len(text), len(text) + 1} {
			checkOracle(t, text, from)
		}
	}
}

func TestOracleRandom(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range n {
		text := randomText(rng, 1+rng.IntN(40))
		checkOracle(t, text, rng.IntN(len(text)+2)-1)
	}
}

func TestOracleNews(t *testing.T) {
	for seed := range uint64(20) {
		checkOracle(t, newsText(seed, 50), 0)
	}
}

// TestOracleCorpus compares with the oracle on every file of the directory
// SENTENCE_CORPUS names, such as the bench corpus; it is skipped without.
func TestOracleCorpus(t *testing.T) {
	dir := os.Getenv("SENTENCE_CORPUS")
	if dir == "" {
		t.Skip("SENTENCE_CORPUS not set")
	}
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		checkOracle(t, string(data), 0)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files agree", n)
}

func FuzzSplitOracle(f *testing.F) {
	for _, s := range equivCases {
		if len(s) < 200 {
			f.Add(s, 0)
		}
	}
	f.Add("Mr. A met the U.S. The end.", 3)
	f.Fuzz(func(t *testing.T, text string, from int) {
		checkOracle(t, text, from)
	})
}

var newsBench = newsText(7, 400)

// BenchmarkSplitNews splits bench-corpus-like copy: paragraphs of three to
// six sentences on one line each, headings and lists.
func BenchmarkSplitNews(b *testing.B) {
	b.SetBytes(int64(len(newsBench)))
	for b.Loop() {
		Split(newsBench, 0)
	}
}
