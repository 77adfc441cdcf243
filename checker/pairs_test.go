package checker

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/rules"
)

var fact = &rules.Fact{ID: "f", Title: "F"}

// bruteForce lists every disagreeing pair of claims, the definition the
// pairs of a finding are chosen from.
func bruteForce(claims []Claim, tol rules.Tolerance) (conflicts, self []Pair) {
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			if agrees(claims[i].Quantity.Interval, claims[j].Quantity.Interval, tol) {
				continue
			}
			if SameSource(claims[i], claims[j]) {
				self = append(self, Pair{i, j})
			} else {
				conflicts = append(conflicts, Pair{i, j})
			}
		}
	}
	return conflicts, self
}

// randomClaims makes n claims over the given values from a few outlets,
// some articles holding two claims.
func randomClaims(r *rand.Rand, n int, values []float64, outlets int) []Claim {
	var cs []Claim
	for i := range n {
		art := fmt.Sprintf("a%03d.md", i-r.IntN(2))
		src := fmt.Sprintf("outlet %d", r.IntN(outlets))
		if i > 0 && art == cs[len(cs)-1].Article {
			src = cs[len(cs)-1].Source
		}
		cs = append(cs, claim(art, src, quantity.Point(values[r.IntN(len(values))]), fmt.Sprintf("2025-08-%02d", 1+r.IntN(28))))
	}
	return cs
}

// When every value has one claim, which is what a desk reads, the finding
// lists every disagreeing pair.
func TestPairsAreAllPairsWhenValuesAreDistinct(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 1 + r.IntN(8)
		values := r.Perm(20)[:n]
		var cs []Claim
		for i, v := range values {
			cs = append(cs, claim(fmt.Sprintf("a%d.md", i/2), fmt.Sprintf("o%d", r.IntN(3)), quantity.Point(float64(v)), ""))
		}
		fd := compareFact(fact, slices.Clone(cs))
		wantC, wantS := bruteForce(fd.Claims, fact.Compare.Tolerance)
		if !slices.Equal(fd.Conflicts, wantC) || !slices.Equal(fd.SelfContradictions, wantS) {
			t.Fatalf("trial %d: conflicts %v self %v, want %v and %v", trial, fd.Conflicts, fd.SelfContradictions, wantC, wantS)
		}
	}
}

// Every claim of a value that disagrees with a value given by at least as
// many claims is shown against it, from another source where the other
// value has a claim from another source and from its own where it has one
// from its own; and no pair is made up.
func TestPairsCoverEveryDisagreement(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 300 {
		cs := randomClaims(r, 2+r.IntN(40), []float64{3, 7, 7, 11, 20}, 1+r.IntN(5))
		tol := rules.Tolerance{}
		if r.IntN(2) == 0 {
			tol.Rel = 0.5 // 7 and 11 agree, 3 and 7 do not
		}
		f := &rules.Fact{ID: "f", Compare: rules.Compare{Tolerance: tol}}
		fd := compareFact(f, cs)
		count := map[quantity.Interval]int{}
		for _, c := range fd.Claims {
			count[c.Quantity.Interval]++
		}
		wantC, wantS := bruteForce(fd.Claims, tol)
		for _, got := range [][2][]Pair{{fd.Conflicts, wantC}, {fd.SelfContradictions, wantS}} {
			for _, p := range got[0] {
				if !slices.Contains(got[1], p) {
					t.Fatalf("trial %d: pair %v is not a disagreement of its kind", trial, p)
				}
			}
			covered := map[[2]any]bool{}
			for _, p := range got[0] {
				covered[[2]any{p.I, fd.Claims[p.J].Quantity.Interval}] = true
				covered[[2]any{p.J, fd.Claims[p.I].Quantity.Interval}] = true
			}
			for _, p := range got[1] {
				a, b := fd.Claims[p.I].Quantity.Interval, fd.Claims[p.J].Quantity.Interval
				if count[a] <= count[b] && !covered[[2]any{p.I, b}] || count[b] <= count[a] && !covered[[2]any{p.J, a}] {
					t.Fatalf("trial %d: %v (%v ×%d vs %v ×%d) is not shown", trial, p, a, count[a], b, count[b])
				}
			}
		}
		if (len(wantC)+len(wantS) > 0) != (fd.Status == Conflict) {
			t.Fatalf("trial %d: status %s with %d disagreements", trial, fd.Status, len(wantC)+len(wantS))
		}
	}
}

// Fifteen hundred outlets saying 3 against five hundred saying 7 is five
// hundred pairs, each 7 against the first 3, not 750 000; as many on each
// side is each claim against the first of the other.
func TestPairsGrowWithClaims(t *testing.T) {
	for _, tt := range []struct{ threes, pairs int }{{1500, 500}, {1000, 1999}} {
		var cs []Claim
		for i := range 2000 {
			v := 7.0
			if i < tt.threes {
				v = 3
			}
			cs = append(cs, claim(fmt.Sprintf("a%04d.md", i), fmt.Sprintf("outlet %d", i), quantity.Point(v), ""))
		}
		fd := compareFact(fact, cs)
		if got := len(fd.Conflicts); got != tt.pairs {
			t.Errorf("%d against %d: %d conflict pairs, want %d", tt.threes, 2000-tt.threes, got, tt.pairs)
		}
		if len(fd.SelfContradictions) != 0 {
			t.Errorf("self-contradictions %v, want none", fd.SelfContradictions)
		}
	}
}

// One outlet saying 3 and 7 contradicts itself, and is in conflict with
// another outlet's 3, each shown once.
func TestPairsSelfAndConflict(t *testing.T) {
	cs := []Claim{
		claim("a.md", "Wire", quantity.Point(3), ""),
		claim("b.md", "Wire", quantity.Point(7), ""),
		claim("c.md", "Gazette", quantity.Point(3), ""),
		claim("d.md", "Gazette", quantity.Point(3), ""),
	}
	fd := compareFact(fact, cs)
	if want := []Pair{{0, 1}}; !slices.Equal(fd.SelfContradictions, want) {
		t.Errorf("self-contradictions %v, want %v", fd.SelfContradictions, want)
	}
	// b's 7, the figure fewer claims give, against Gazette's first 3 (c).
	if want := []Pair{{1, 2}}; !slices.Equal(fd.Conflicts, want) {
		t.Errorf("conflicts %v, want %v", fd.Conflicts, want)
	}
}

func TestClusters(t *testing.T) {
	iv := func(lo, hi float64) quantity.Interval { return quantity.Interval{Low: lo, High: hi} }
	tests := []struct {
		name   string
		values []quantity.Interval
		tol    rules.Tolerance
		want   []int // cluster per claim, in claim order
		n      int
	}{
		{"one value", []quantity.Interval{iv(7, 7), iv(7, 7)}, rules.Tolerance{}, []int{0, 0}, 1},
		{"two values", []quantity.Interval{iv(7, 7), iv(3, 3)}, rules.Tolerance{}, []int{1, 0}, 2},
		{"a range joins its ends", []quantity.Interval{iv(3, 3), iv(3, 5), iv(5, 5), iv(9, 9)}, rules.Tolerance{}, []int{0, 0, 0, 1}, 2},
		{"a wide range reaches past a narrow one", []quantity.Interval{iv(1, 10), iv(2, 2), iv(9, 9), iv(11, 11)}, rules.Tolerance{}, []int{0, 0, 0, 1}, 2},
		{"tolerance joins", []quantity.Interval{iv(100, 100), iv(105, 105), iv(200, 200)}, rules.Tolerance{Rel: 0.1}, []int{0, 0, 1}, 2},
		{"absolute tolerance", []quantity.Interval{iv(1, 1), iv(2, 2), iv(4, 4)}, rules.Tolerance{Abs: 1}, []int{0, 0, 1}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cs []Claim
			for i, v := range tt.values {
				cs = append(cs, claim(fmt.Sprintf("a%d.md", i), fmt.Sprintf("o%d", i), v, ""))
			}
			f := &rules.Fact{ID: "f", Compare: rules.Compare{Tolerance: tt.tol}}
			fd := compareFact(f, cs)
			var got []int
			for _, c := range fd.Claims {
				got = append(got, c.Cluster)
			}
			if !slices.Equal(got, tt.want) || fd.Clusters != tt.n {
				t.Errorf("clusters %v (%d), want %v (%d)", got, fd.Clusters, tt.want, tt.n)
			}
		})
	}
}

// The trend is decided between values, so it costs the same whatever the
// number of claims, and names the two claims that break it.
func TestTrendBetweenValueGroups(t *testing.T) {
	tests := []struct {
		name    string
		claims  []Claim
		revised bool
		note    string
	}{
		{"rising", []Claim{
			claim("a.md", "A", quantity.Point(3), "2025-08-18"),
			claim("b.md", "B", quantity.Point(3), "2025-08-18"),
			claim("c.md", "C", quantity.Point(7), "2025-08-19"),
			claim("d.md", "D", quantity.Point(11), "2025-08-20"),
		}, true, "rising in publication order"},
		{"one late low figure breaks it", []Claim{
			claim("a.md", "A", quantity.Point(3), "2025-08-18"),
			claim("b.md", "B", quantity.Point(3), "2025-08-21"),
			claim("c.md", "C", quantity.Point(7), "2025-08-19"),
		}, false, "against the rising trend: v (2025-08-19) then v (2025-08-21)"},
		{"same day", []Claim{
			claim("a.md", "A", quantity.Point(3), "2025-08-19"),
			claim("c.md", "C", quantity.Point(7), "2025-08-19"),
		}, false, "a.md and c.md disagree but were published at the same time"},
		{"agreeing claims need no order", []Claim{
			claim("a.md", "A", quantity.Point(3), "2025-08-20"),
			claim("b.md", "B", quantity.Interval{Low: 3, High: 7}, "2025-08-18"),
			claim("c.md", "C", quantity.Point(7), "2025-08-21"),
		}, true, "rising in publication order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &rules.Fact{ID: "f", Compare: rules.Compare{Trend: "rising"}}
			fd := compareFact(f, tt.claims)
			if (fd.Status == Revised) != tt.revised || !strings.Contains(fd.Note, tt.note) {
				t.Errorf("status %s, note %q; want revised %v, note containing %q", fd.Status, fd.Note, tt.revised, tt.note)
			}
		})
	}
}

// BenchmarkCompare compares a large archive's claims: 100 000 claims of
// ten facts, each fact with a handful of values and a thousand outlets.
func BenchmarkCompare(b *testing.B) {
	facts, cs := archiveClaims(10)
	b.ReportAllocs()
	for b.Loop() {
		Compare(facts, cs)
	}
}

// archiveClaims is a large archive's claims: 100 000 of n facts, from
// 1000 outlets, in a few figures.
func archiveClaims(n int) ([]*rules.Fact, []Claim) {
	r := rand.New(rand.NewPCG(5, 6))
	var facts []*rules.Fact
	var cs []Claim
	for f := range n {
		facts = append(facts, &rules.Fact{ID: fmt.Sprintf("f%d", f)})
	}
	for i := range 100_000 {
		c := claim(fmt.Sprintf("a%06d.md", i), fmt.Sprintf("outlet %d", r.IntN(1000)), quantity.Point(float64(3+r.IntN(5))), fmt.Sprintf("2025-08-%02d", 1+r.IntN(28)))
		c.Fact = facts[i%n].ID
		c.Sentence = fmt.Sprintf("Officials said %d people were killed in the strike on %s, the mayor told reporters.", 3+r.IntN(5), []string{"Kharkiv", "Odesa", "Dnipro"}[r.IntN(3)])
		cs = append(cs, c)
	}
	return facts, cs
}

// BenchmarkStoreCompare is BenchmarkCompare through a Store, on disk, with
// the claims of 200 facts, as a large rule set has them, compared one fact
// at a time and as many as there are cores; the Add is not timed.
func BenchmarkStoreCompare(b *testing.B) {
	facts, cs := archiveClaims(200)
	for _, jobs := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				st := NewStore(facts, Options{SpillAbove: -1, TempDir: b.TempDir(), Jobs: jobs})
				if err := st.Add(cs); err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				b.StartTimer()
				if err := st.Compare(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st.Close()
				b.StartTimer()
			}
		})
	}
}

// bruteIndependence is independence as first written: every two claims of
// one fact and value compared. The prefix-filtered version must give the
// same SourceIDs and copies.
func bruteIndependence(claims []Claim) {
	for i := range claims {
		claims[i].SourceID = outletKey(claims[i].Source)
		claims[i].CopyOf = ""
	}
	parent := make([]int, len(claims))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	earlier := func(a, b int) bool {
		pa, pb := claims[a].Published, claims[b].Published
		if !pa.Equal(pb) {
			return pa.Before(pb)
		}
		if claims[a].Article != claims[b].Article {
			return claims[a].Article < claims[b].Article
		}
		return claims[a].Offset < claims[b].Offset
	}
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			a, b := claims[i], claims[j]
			if a.Fact != b.Fact || a.Quantity.Interval != b.Quantity.Interval || a.Article == b.Article || a.SourceID == b.SourceID {
				continue
			}
			if jaccard(shingles(a.Sentence), shingles(b.Sentence)) >= SyndicationThreshold {
				ra, rb := find(i), find(j)
				if ra != rb {
					if earlier(ra, rb) {
						parent[rb] = ra
					} else {
						parent[ra] = rb
					}
				}
			}
		}
	}
	orig := make([]Claim, len(claims))
	for i := range claims {
		orig[i] = claims[find(i)]
	}
	for i := range claims {
		o := orig[i]
		if o.Article == claims[i].Article || o.SourceID == claims[i].SourceID {
			continue
		}
		claims[i].SourceID = o.SourceID
		claims[i].CopyOf = o.Article
	}
}

func TestIndependenceMatchesPairwise(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	base := strings.Fields("Russian drone strikes killed seven civilians in Kharkiv overnight the city's mayor said on Tuesday after a night of attacks")
	variant := func() string {
		w := slices.Clone(base)
		for range r.IntN(4) { // change, drop or add a word
			k := r.IntN(len(w))
			switch r.IntN(3) {
			case 0:
				w[k] = []string{"regional", "officials", "eight", "Odesa", "reported"}[r.IntN(5)]
			case 1:
				w = slices.Delete(w, k, k+1)
			default:
				w = slices.Insert(w, k, "local")
			}
		}
		if r.IntN(4) == 0 {
			w = w[:5] // too short to be a copy
		}
		return strings.Join(w, " ") + "."
	}
	for trial := range 300 {
		var cs []Claim
		// From one outlet to twelve: copies skips a group of one
		// outlet's claims, one sentence met again is not read again, and
		// independence folds the first eight outlets it meets apart from
		// the rest.
		outlets := 1 + trial%12
		for i := range 2 + r.IntN(30) {
			c := said(fmt.Sprintf("a%02d.md", i), fmt.Sprintf("Outlet %d", r.IntN(outlets)), quantity.Point(float64(7+r.IntN(2))), variant())
			c.Published = c.Published.AddDate(2025, 0, r.IntN(5))
			c.Fact = []string{"f", "g"}[r.IntN(2)]
			cs = append(cs, c)
		}
		want := slices.Clone(cs)
		bruteIndependence(want)
		got := slices.Clone(cs)
		sid, copyOf := independence(got)
		for i := range got {
			got[i].SourceID, got[i].CopyOf = sid[i], copyOf[i]
		}
		for i := range got {
			if got[i].SourceID != want[i].SourceID || got[i].CopyOf != want[i].CopyOf {
				t.Fatalf("trial %d, claim %d (%s: %q): source %q copy of %q, want %q and %q", trial, i, got[i].Article, got[i].Sentence,
					got[i].SourceID, got[i].CopyOf, want[i].SourceID, want[i].CopyOf)
			}
		}
	}
}

// CompareOwned gives what Compare gives, without copying: the findings'
// claims are parts of the slice handed over.
func TestCompareOwned(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	facts := []*rules.Fact{{ID: "g"}, {ID: "f"}}
	var cs []Claim
	for i := range 200 {
		c := claim(fmt.Sprintf("a%03d.md", r.IntN(50)), fmt.Sprintf("o%d", r.IntN(7)), quantity.Point(float64(r.IntN(4))), "")
		c.Offset = i
		c.Fact = []string{"f", "g", "other"}[r.IntN(3)]
		cs = append(cs, c)
	}
	want := Compare(facts, cs)
	owned := slices.Clone(cs)
	got := CompareOwned(facts, owned)
	if len(got) != len(want) {
		t.Fatalf("%d findings, want %d", len(got), len(want))
	}
	for i := range want {
		if !slices.EqualFunc(got[i].Claims, want[i].Claims, func(a, b Claim) bool {
			return a.Article == b.Article && a.Offset == b.Offset && a.SourceID == b.SourceID && a.Cluster == b.Cluster
		}) || !slices.Equal(got[i].Conflicts, want[i].Conflicts) || got[i].Status != want[i].Status {
			t.Errorf("%s: CompareOwned differs from Compare", want[i].Fact)
		}
		if len(got[i].Claims) > 0 && &got[i].Claims[0] != &owned[slices.IndexFunc(owned, func(c Claim) bool { return c.Fact == want[i].Fact })] {
			t.Errorf("%s: the finding's claims are a copy, not part of the slice handed over", want[i].Fact)
		}
	}
}

// refShingles is shingles as first written: the sentence folded and split
// into words, and each three-word shingle hashed. shingles must find the
// same words and so give sets of the same size that overlap alike.
func refShingles(s string) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < syndicationMinWords {
		return nil
	}
	out := make([]uint64, 0, len(words)-2)
	for i := 0; i+3 <= len(words); i++ {
		var h maphash.Hash
		h.SetSeed(shingleSeed)
		for _, w := range words[i : i+3] {
			h.WriteString(w)
			h.WriteByte(0)
		}
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestShinglesAsFolded(t *testing.T) {
	sentences := []string{
		"",
		"Seven people died.",
		"At least 73 people were killed in the strike on Kharkiv, officials said.",
		"AT LEAST 73 people were KILLED in the strike on Kharkiv, officials said on Monday.",
		"At least 73 people were killed in the strike on Kharkiv — officials said",
		"At least 74 people were killed in the strike on Kharkiv, officials said.",
		"Über 73 Menschen starben in Charkiw, sagten Beamte am Montag ÜBER alles.",
		"über 73 menschen starben in charkiw sagten beamte am montag über alles",
		"The \u212Aelvin sign folds to k, and İstanbul to i̇stanbul in this long sentence.",
		"The kelvin sign folds to k and istanbul to istanbul in this long sentence",
		"Bad \xff bytes \xfe split words in two, as the folded copy's U+FFFD did here.",
		"Bad \ufffd bytes \ufffd split words in two, as the folded copy's U+FFFD did here.",
		"one one one one one one one one one one one one one one one",
		strings.Repeat("a very long sentence of many words, ", 40),
		"Ελληνικά ΚΕΊΜΕΝΑ με τόνους και ΣΊΓΜΑ τελικό ς γράφονται σωστά εδώ πάντα.",
		"tabs\tand\nnewlines\u00a0and non-breaking spaces split words too, as before",
		// Words of eight bytes and more, and words that differ only
		// past their first eight, or only in them.
		"abcdefgh abcdefghabcdefgh internationalization counterrevolutionaries ΚΕΊΜΕΝΑΚΕΊΜΕΝΑ abcdefghi",
		"abcdefgh abcdefghabcdefgz internationalizatioN counterrevolutionariez ΚΕΊΜΕΝΑΚΕΊΜΕΝΟ abcdefghj",
		"abcdefgh zbcdefghabcdefgh internationalization zounterrevolutionaries ΚΕΊΜΕΝΑΚΕΊΜΕΝΑ abcdefghi",
		"abcdefgh abcdefghabcdefgh internationalization counterrevolutionaries ΚΕΊΜΕΝΑΚΕΊΜΕΝΑ abcdefgh",
		"abcdefg habcdefghabcdefgh internationalization counterrevolutionaries ΚΕΊΜΕΝΑΚΕΊΜΕΝΑ abcdefghi",
	}
	for i, a := range sentences {
		got, want := shingles(a), refShingles(a)
		if (got == nil) != (want == nil) || len(got) != len(want) {
			t.Errorf("shingles(%q): %d shingles (nil %v), want %d (nil %v)", a, len(got), got == nil, len(want), want == nil)
		}
		for _, b := range sentences[i+1:] {
			if g, w := jaccard(got, shingles(b)), jaccard(want, refShingles(b)); g != w {
				t.Errorf("jaccard(%q, %q) = %v, want %v", a, b, g, w)
			}
		}
	}
}

func TestOutletKeyFolded(t *testing.T) {
	for _, s := range []string{"", " ", "example wire", "Example Wire", " example wire", "example wire ",
		"example  wire", "example\twire", "exa\u00a0mple", "ÉCHO", "écho", "a", "A", "kyiv independent", "x\r"} {
		want := strings.ToLower(strings.Join(strings.Fields(s), " "))
		if got := outletKey(s); got != want {
			t.Errorf("outletKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// refGroup is a value group as valueGroups first made it, with a map of
// sources and one of articles each: valueGroups must give the groups and
// the first claims of a source and of an article it gave.
type refGroup struct {
	members, firsts     []int
	bySource, byArticle map[string]int
	earliest, latest    int
}

func refValueGroups(claims []Claim) []refGroup {
	index := map[ivKey]int{}
	var gs []refGroup
	for i := range claims {
		c := &claims[i]
		iv := c.Quantity.Interval
		k := ivKey{iv.Low, iv.High, iv.LowOpen, iv.HighOpen}
		g, ok := index[k]
		if !ok {
			g = len(gs)
			index[k] = g
			gs = append(gs, refGroup{bySource: map[string]int{}, byArticle: map[string]int{}, earliest: i, latest: i})
		}
		vg := &gs[g]
		vg.members = append(vg.members, i)
		sk := sourceKey(c)
		f, ok := vg.bySource[sk]
		switch {
		case !ok:
			vg.bySource[sk] = i
			vg.firsts = append(vg.firsts, i)
		case claims[f].CopyOf != "" && c.CopyOf == "":
			vg.bySource[sk] = i
			vg.firsts[slices.Index(vg.firsts, f)] = i
		}
		if _, ok := vg.byArticle[c.Article]; !ok {
			vg.byArticle[c.Article] = i
		}
		if c.Published.Before(claims[vg.earliest].Published) {
			vg.earliest = i
		}
		if c.Published.After(claims[vg.latest].Published) {
			vg.latest = i
		}
	}
	return gs
}

func (g *refGroup) ownSource(claims []Claim, c int) int {
	own := -1
	if f, ok := g.bySource[sourceKey(&claims[c])]; ok {
		own = f
	}
	if f, ok := g.byArticle[claims[c].Article]; ok && (own < 0 || f < own) {
		own = f
	}
	return own
}

// TestValueGroupsMatchMaps: with few sources a value and many, claims in
// article order (as a finding's are) and not, copies and SourceIDs or
// none, the groups and their first claims of a source and of an article
// are those of a map a group.
func TestValueGroupsMatchMaps(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for trial := range 400 {
		outlets := 1 + r.IntN(2*scanSources+4)
		cs := randomClaims(r, 1+r.IntN(60), []float64{3, 7, 7, 11}, outlets)
		for i := range cs {
			if r.IntN(3) > 0 {
				cs[i].SourceID = outletKey(cs[i].Source)
			}
			if r.IntN(4) == 0 {
				cs[i].CopyOf = fmt.Sprintf("a%03d.md", r.IntN(60))
				cs[i].SourceID = fmt.Sprintf("outlet %d", r.IntN(outlets))
			}
		}
		if trial%2 == 1 {
			r.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
		} else {
			slices.SortStableFunc(cs, func(a, b Claim) int { return claimOrder(&a, &b) })
		}
		got, want := valueGroups(cs), refValueGroups(cs)
		if len(got) != len(want) {
			t.Fatalf("trial %d: %d groups, want %d", trial, len(got), len(want))
		}
		for g := range want {
			if !slices.Equal(got[g].members, want[g].members) || !slices.Equal(got[g].firsts, want[g].firsts) ||
				got[g].earliest != want[g].earliest || got[g].latest != want[g].latest {
				t.Fatalf("trial %d, group %d: members %v firsts %v earliest %d latest %d; want %v, %v, %d, %d", trial, g,
					got[g].members, got[g].firsts, got[g].earliest, got[g].latest, want[g].members, want[g].firsts, want[g].earliest, want[g].latest)
			}
			for c := range cs {
				if o, w := got[g].ownSource(cs, c), want[g].ownSource(cs, c); o != w {
					t.Fatalf("trial %d, group %d: own source of claim %d (%s, %s) = %d, want %d", trial, g, c, cs[c].Article, sourceKey(&cs[c]), o, w)
				}
			}
		}
	}
}
