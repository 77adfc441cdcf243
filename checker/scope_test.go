package checker

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/quantity"
)

func TestScope(t *testing.T) {
	pt := quantity.Point
	tests := []struct {
		name      string
		claims    []Claim
		newFiles  []string
		dropped   bool
		status    Status
		conflicts []Pair
		self      []Pair
		newClaims []bool
	}{
		{
			name:     "no new claim: the finding is not the change's business",
			claims:   []Claim{claim("a", "A", pt(7), ""), claim("b", "B", pt(3), "")},
			newFiles: []string{"z"},
			dropped:  true,
		},
		{
			name:      "new article contradicts the corpus",
			claims:    []Claim{claim("a", "A", pt(7), ""), claim("n", "N", pt(3), "")},
			newFiles:  []string{"n"},
			status:    Conflict,
			conflicts: []Pair{{0, 1}},
			newClaims: []bool{false, true},
		},
		{
			name: "an old quarrel is left out, the new claim's pair stays",
			// a=7 and b=3 already disagree; n=7 agrees with a, not with b.
			claims:    []Claim{claim("a", "A", pt(7), ""), claim("b", "B", pt(3), ""), claim("n", "N", pt(7), "")},
			newFiles:  []string{"n"},
			status:    Conflict,
			conflicts: []Pair{{1, 2}},
			newClaims: []bool{false, false, true},
		},
		{
			name:      "new claim agrees with everyone while the corpus quarrels",
			claims:    []Claim{claim("a", "A", pt(7), ""), claim("b", "B", quantity.Interval{Low: 3, High: 3}, ""), claim("n", "N", quantity.Interval{Low: 0, High: 10}, "")},
			newFiles:  []string{"n"},
			status:    Agree,
			newClaims: []bool{false, false, true},
		},
		{
			name:      "new article contradicts itself",
			claims:    []Claim{claim("n", "N", pt(11), ""), claim("n", "N", pt(7), "")},
			newFiles:  []string{"n"},
			status:    Conflict,
			self:      []Pair{{0, 1}},
			newClaims: []bool{true, true},
		},
		{
			name:      "new article is the only source",
			claims:    []Claim{claim("n", "N", pt(7), "")},
			newFiles:  []string{"n"},
			status:    Single,
			newClaims: []bool{true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := loadFacts(t, "version: 1\nfacts:\n  - id: f\n    title: F\n    quantity: number\n    match:\n      any: [x]\n")
			all := Compare(facts, tt.claims)
			before := make([]Finding, len(all))
			for i, f := range all {
				f.Claims = slices.Clone(f.Claims)
				f.Conflicts = slices.Clone(f.Conflicts)
				f.SelfContradictions = slices.Clone(f.SelfContradictions)
				before[i] = f
			}
			got := Scope(all, func(a string) bool {
				for _, n := range tt.newFiles {
					if n == a {
						return true
					}
				}
				return false
			})
			if diff := cmp.Diff(before, all); diff != "" {
				t.Fatalf("Scope modified its argument:\n%s", diff)
			}
			if tt.dropped {
				if len(got) != 0 {
					t.Fatalf("kept %+v, want it dropped", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d findings, want 1", len(got))
			}
			fd := got[0]
			if fd.Status != tt.status {
				t.Errorf("status %s, want %s", fd.Status, tt.status)
			}
			if diff := cmp.Diff(tt.conflicts, fd.Conflicts); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.self, fd.SelfContradictions); diff != "" {
				t.Errorf("self-contradictions (-want +got):\n%s", diff)
			}
			var isNew []bool
			for _, c := range fd.Claims {
				isNew = append(isNew, c.New)
			}
			if diff := cmp.Diff(tt.newClaims, isNew); diff != "" {
				t.Errorf("New marks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindingFails(t *testing.T) {
	tests := []struct {
		name      string
		f         Finding
		threshold Status
		want      bool
	}{
		{"open conflict", Finding{Status: Conflict, Conflicts: []Pair{{0, 1}}}, Conflict, true},
		{"conflict all baselined", Finding{Status: Conflict, Baselined: []Pair{{0, 1}}}, Conflict, false},
		{"open self-contradiction", Finding{Status: Conflict, SelfContradictions: []Pair{{0, 1}}}, Conflict, true},
		{"single under conflict", Finding{Status: Single}, Conflict, false},
		{"single under single", Finding{Status: Single}, Single, true},
		{"known single", Finding{Status: Single, Known: true}, Single, false},
		{"revised under revised", Finding{Status: Revised, Conflicts: []Pair{{0, 1}}}, Revised, true},
		{"conflict under never", Finding{Status: Conflict, Conflicts: []Pair{{0, 1}}}, Status("never"), false},
		{"agree under revised", Finding{Status: Agree}, Revised, false},
	}
	for _, tt := range tests {
		if got := tt.f.Fails(tt.threshold); got != tt.want {
			t.Errorf("%s: Fails(%s) = %v, want %v", tt.name, tt.threshold, got, tt.want)
		}
	}
}

func TestIsAny(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.md", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(dir, "a.md")
	is := IsAny([]string{"./a.md", "gone.md"})
	for _, p := range []string{"a.md", "./a.md", abs, "gone.md"} {
		if !is(p) {
			t.Errorf("%s: not recognised", p)
		}
	}
	for _, p := range []string{"b.md", "", "."} {
		if is(p) {
			t.Errorf("%s: recognised, want not", p)
		}
	}
}
