package sentence

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// texts returns the sentences Split finds, checking on the way that each
// span is trimmed and lies inside text[from:].
func texts(t testing.TB, text string, from int) []string {
	t.Helper()
	var out []string
	last := from
	for _, s := range Split(text, from) {
		if s.Pos < last || s.End < s.Pos || s.End > len(text) {
			t.Fatalf("span %v out of order or bounds (previous end %d, len %d)", s, last, len(text))
		}
		got := text[s.Pos:s.End]
		if strings.TrimSpace(got) != got {
			t.Errorf("span %v not trimmed: %q", s, got)
		}
		out = append(out, got)
		last = s.End
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The army moved. Talks stalled.",
			[]string{"The army moved.", "Talks stalled."}},
		{"question and exclamation", "Will it hold? Nobody knows! Wait.",
			[]string{"Will it hold?", "Nobody knows!", "Wait."}},
		{"repeated marks", "We won!!! Next week?! Maybe.",
			[]string{"We won!!!", "Next week?!", "Maybe."}},
		{"titles", "Mr. Kowal met Mrs. Ode and Ms. Lin. Dr. Reyes and Prof. Abe came.",
			[]string{"Mr. Kowal met Mrs. Ode and Ms. Lin.", "Dr. Reyes and Prof. Abe came."}},
		{"ranks and offices", "Gen. Aldo, Sen. Bray, Rep. Cole, Gov. Dunn, Lt. Ely and Col. Fox spoke. They left.",
			[]string{"Gen. Aldo, Sen. Bray, Rep. Cole, Gov. Dunn, Lt. Ely and Col. Fox spoke.", "They left."}},
		{"saint and suffixes", "They flew to St. Ives with Tom Hale Jr. and Ned Hale Sr. on board. It rained.",
			[]string{"They flew to St. Ives with Tom Hale Jr. and Ned Hale Sr. on board.", "It rained."}},
		{"companies inside a sentence", "Acme Inc. Chief Executive Bo Li said Orbit Corp. and Vela Ltd. and Dune Co. agreed.",
			[]string{"Acme Inc. Chief Executive Bo Li said Orbit Corp. and Vela Ltd. and Dune Co. agreed."}},
		{"company ending a sentence", "Shares fell at Acme Inc. The board met.",
			[]string{"Shares fell at Acme Inc.", "The board met."}},
		{"initialisms inside", "The U.S. President met U.K. and E.U. envoys at the U.N. Security Council.",
			[]string{"The U.S. President met U.K. and E.U. envoys at the U.N. Security Council."}},
		{"initialism ending a sentence", "Talks were held in the U.S. The meeting ran late.",
			[]string{"Talks were held in the U.S.", "The meeting ran late."}},
		{"initialism before a pronoun", "She lives in the U.K. It is cold there.",
			[]string{"She lives in the U.K.", "It is cold there."}},
		{"initialism before a quote", "He landed in the U.S. “We are ready,” he said.",
			[]string{"He landed in the U.S.", "“We are ready,” he said."}},
		{"initialism before lowercase", "The U.S. officials left.",
			[]string{"The U.S. officials left."}},
		{"initialism with hyphen", "A U.S.-led push began. It failed.",
			[]string{"A U.S.-led push began.", "It failed."}},
		{"latin", "Some towns, e.g. Ostrava, and rivers, i.e. the Oder, flooded. Cars vs. trains.",
			[]string{"Some towns, e.g. Ostrava, and rivers, i.e. the Oder, flooded.", "Cars vs. trains."}},
		{"number", "Route No. 5 closed. The detour is long.",
			[]string{"Route No. 5 closed.", "The detour is long."}},
		{"no ending a sentence", "The answer was No. Then they left.",
			[]string{"The answer was No.", "Then they left."}},
		{"months", "Talks began Jan. 5 and ended Sept. 12, before Oct. 3. Nothing changed.",
			[]string{"Talks began Jan. 5 and ended Sept. 12, before Oct. 3.", "Nothing changed."}},
		{"month abbreviation ending a sentence", "It was mild for Jan. The snow came later.",
			[]string{"It was mild for Jan.", "The snow came later."}},
		{"times", "The strike hit at 4 a.m. local time and ended by 6 p.m. on Friday. Power returned.",
			[]string{"The strike hit at 4 a.m. local time and ended by 6 p.m. on Friday.", "Power returned."}},
		{"time ending a sentence", "They met at 9 a.m. The talks lasted hours.",
			[]string{"They met at 9 a.m.", "The talks lasted hours."}},
		{"initials", "Former leader Harold T. Mabry and J. R. Okafor spoke. Both agreed.",
			[]string{"Former leader Harold T. Mabry and J. R. Okafor spoke.", "Both agreed."}},
		{"dotted initials", "Vice President K.D. Varga arrived. He spoke.",
			[]string{"Vice President K.D. Varga arrived.", "He spoke."}},
		{"decimals and money", "Output rose 3.5 percent to $100bn. Exports fell 0.8%. Imports held.",
			[]string{"Output rose 3.5 percent to $100bn.", "Exports fell 0.8%.", "Imports held."}},
		{"sentence ending in a number", "The toll rose to 12. Officials said 40 were hurt.",
			[]string{"The toll rose to 12.", "Officials said 40 were hurt."}},
		{"number after a word", "Casualties reached 1,200 in 2023. 2024 was worse.",
			[]string{"Casualties reached 1,200 in 2023.", "2024 was worse."}},
		{"ellipsis", "We will see... The vote is close. They wait… Then it ends.",
			[]string{"We will see...", "The vote is close.", "They wait…", "Then it ends."}},
		{"ellipsis inside", "He said “we may… perhaps” win... and smiled.",
			[]string{"He said “we may… perhaps” win... and smiled."}},
		{"comma inside quote", `"Nine were killed," he said. "More may be."`,
			[]string{`"Nine were killed," he said.`, `"More may be."`}},
		{"curly quote after period", "He warned of “further escalation.” The talks ended.",
			[]string{"He warned of “further escalation.”", "The talks ended."}},
		{"question in quote then said", "“Why now?” she asked. Nobody replied.",
			[]string{"“Why now?” she asked.", "Nobody replied."}},
		{"exclamation in brackets mid-sentence", "Tanks rolled (all of them!), and the town fell. Then calm.",
			[]string{"Tanks rolled (all of them!), and the town fell.", "Then calm."}},
		{"closing bracket", "The pact failed (again.) A new one is due.",
			[]string{"The pact failed (again.)", "A new one is due."}},
		{"dashes", "The port — the last one — fell. Kyiv – and Lviv – held.",
			[]string{"The port — the last one — fell.", "Kyiv – and Lviv – held."}},
		{"dash after a period", "It ended. — Later, it resumed.",
			[]string{"It ended. — Later, it resumed."}},

		{"blank line", "First part\n\nSecond part",
			[]string{"First part", "Second part"}},
		{"heading line", "Aid on the Table\nSince the summit, aid has grown.\nIt may grow more.",
			[]string{"Aid on the Table", "Since the summit, aid has grown.", "It may grow more."}},
		{"short line before lowercase", "Why it matters\nthe vote is close.",
			[]string{"Why it matters", "the vote is close."}},
		{"hard-wrapped paragraph",
			"The delegation arrived late on Tuesday evening after a long detour\nthrough the mountains, and talks began the next morning.\nA second round is planned.",
			[]string{"The delegation arrived late on Tuesday evening after a long detour\nthrough the mountains, and talks began the next morning.", "A second round is planned."}},
		{"hard wrap before a name",
			"Officials said the agreement would be signed in the presence of\nPresident Ilse Marr on Friday.",
			[]string{"Officials said the agreement would be signed in the presence of\nPresident Ilse Marr on Friday."}},
		{"hard wrap after a title",
			"The agreement was signed on Friday in the old capital city by Mr.\nOkafor and the envoy.",
			[]string{"The agreement was signed on Friday in the old capital city by Mr.\nOkafor and the envoy."}},
		{"long line ending a paragraph",
			"The delegation arrived late on Tuesday evening after a long detour.\nTalks began the next morning.",
			[]string{"The delegation arrived late on Tuesday evening after a long detour.", "Talks began the next morning."}},
		{"CRLF", "One line.\r\nAnother line\r\n\r\nLast.",
			[]string{"One line.", "Another line", "Last."}},

		{"markdown heading", "# Talks Resume\nThe envoys met.\n## Next Steps\nMore talks.",
			[]string{"Talks Resume", "The envoys met.", "Next Steps", "More talks."}},
		{"markdown list", "The demands:\n- a ceasefire\n- 20 observers\n* free elections\n+ aid",
			[]string{"The demands:", "a ceasefire", "20 observers", "free elections", "aid"}},
		{"numbered list", "Steps:\n1. Stop the shelling.\n2) Open the corridor.",
			[]string{"Steps:", "Stop the shelling.", "Open the corridor."}},
		{"numbered list after a long line",
			"The plan that the envoys brought to the table had three parts in all\n1. a truce",
			[]string{"The plan that the envoys brought to the table had three parts in all", "a truce"}},
		{"quote line", "> They will not pass.\n> Never.",
			[]string{"They will not pass.", "Never."}},
		{"hashtag", "Posted with\n#peace now",
			[]string{"Posted with", "#peace now"}},
		{"year at line start is not a list", "It began in\n2014. It goes on.",
			[]string{"It began in", "2014.", "It goes on."}},
		{"rule lines dropped", "Above.\n---\n***\nBelow.",
			[]string{"Above.", "Below."}},
		{"empty", "", nil},
		{"whitespace only", " \n\t\n", nil},
		{"no terminal", "  just words  ", []string{"just words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(t, tt.in, 0)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSplitFrom(t *testing.T) {
	text := "---\ntitle: x\n---\nFirst one. Second one."
	from := strings.Index(text, "First")
	spans := Split(text, from)
	want := []Span{{from, from + len("First one.")}, {from + len("First one. "), len(text)}}
	if diff := cmp.Diff(want, spans); diff != "" {
		t.Errorf("Split from %d (-want +got):\n%s", from, diff)
	}
	for _, from := range []int{-5, len(text), len(text) + 10} {
		for _, s := range Split(text, from) {
			if s.Pos < max(from, 0) {
				t.Errorf("Split(text, %d) gave span %v before from", from, s)
			}
		}
	}
}

func TestSplitOffsetsMultibyte(t *testing.T) {
	text := "  Prices hit €5.50 — a record.\u00a0“Enough,” she said.  "
	got := Split(text, 0)
	want := []string{"Prices hit €5.50 — a record.", "“Enough,” she said."}
	if len(got) != len(want) {
		t.Fatalf("got %d spans, want %d", len(got), len(want))
	}
	for i, s := range got {
		if text[s.Pos:s.End] != want[i] {
			t.Errorf("span %d = %q, want %q", i, text[s.Pos:s.End], want[i])
		}
		if strings.Index(text, want[i]) != s.Pos {
			t.Errorf("span %d starts at %d, want %d", i, s.Pos, strings.Index(text, want[i]))
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Mr. A met the U.S. The end.", "a.\n\nb", "# h\n- x\n1. y", "...!!!?”)]",
		"€—“”\r\n\r\n", "x\xff. Y", "Jan. 5. Sept. 12.", "> > 1) a",
	} {
		f.Add(s, 0)
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, text string, from int) {
		spans := Split(text, from)
		last := max(0, min(from, len(text)))
		for _, s := range spans {
			if s.Pos < last || s.Pos >= s.End || s.End > len(text) {
				t.Fatalf("Split(%q, %d): span %v out of order or bounds after %d", text, from, s, last)
			}
			last = s.End
		}
	})
}

// benchText is a few kilobytes of news-like prose with the abbreviations,
// quotes and numbers that make splitting slow.
var benchText = strings.Repeat(`Talks Resume in the Capital
The U.S. delegation, led by Sen. Mara Voss and Gen. T. R. Hale, arrived at 9 a.m. on Jan. 5 for talks that officials said could last “several days, perhaps weeks.” It was the first such visit since 2019.
“We are here to listen,” Ms. Voss told reporters. “Nothing is agreed until everything is agreed.” Analysts at Orbit Corp. estimated the cost of reconstruction at $480bn. The figure is contested — some put it at half that — and the E.U. has pledged 3.5 percent of its budget.
Meanwhile, shelling continued near the river (again!), killing 12 civilians, according to the regional governor. Is a ceasefire close? Few think so... The next round is set for Sept. 12 in Geneva.

`, 6)

func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Split(benchText, 0)
	}
}

// TestAppendBlocks: appending to a slice in use keeps what it holds and
// adds what Blocks gives, so one slice can serve text after text.
func TestAppendBlocks(t *testing.T) {
	texts := []string{
		"One paragraph.\n\nAnother one.\n- a list item\n- another\n\n# Heading\nText under it.",
		"",
		"Single line without a break",
		"\n\n\nLate start.\n",
	}
	var buf []Block
	for _, text := range texts {
		prefix := []Block{{Pos: -1, End: -1}}
		buf = AppendBlocks(append(buf[:0], prefix...), text, 0)
		want := append(prefix, Blocks(text, 0)...)
		if diff := cmp.Diff(want, buf); diff != "" {
			t.Errorf("AppendBlocks(%q) (-want +got):\n%s", text, diff)
		}
	}
}
