package yamldiag

import (
	"errors"
	"slices"
	"testing"
)

func TestPosition(t *testing.T) {
	tests := []struct {
		p       Position
		str     string // p.String()
		message string // Message(p, "bad")
	}{
		{Position{"c.yaml", 3, 7}, "c.yaml:3:7", "c.yaml:3:7: bad"},
		{Position{"c.yaml", 3, 0}, "c.yaml:3", "c.yaml:3: bad"},
		{Position{"c.yaml", 0, 5}, "c.yaml", "c.yaml: bad"},
		{Position{"", 2, 1}, "2:1", "2:1: bad"},
		{Position{"", 2, 0}, "2", "2: bad"},
		{Position{"", 0, 4}, "-", "bad"},
		{Position{}, "-", "bad"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.str {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.str)
		}
		if got := Message(tt.p, "bad"); got != tt.message {
			t.Errorf("Message(%+v, \"bad\") = %q, want %q", tt.p, got, tt.message)
		}
		if got, want := tt.p.IsValid(), tt.p.Line > 0; got != want {
			t.Errorf("%+v.IsValid() = %v, want %v", tt.p, got, want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		a, b Position
		want int
	}{
		{Position{"a", 1, 1}, Position{"a", 1, 1}, 0},
		{Position{"a", 9, 9}, Position{"b", 1, 1}, -1},
		{Position{"a", 2, 1}, Position{"a", 1, 9}, 1},
		{Position{"a", 1, 2}, Position{"a", 1, 3}, -1},
		{Position{}, Position{"a", 0, 0}, -1},
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// testError is an error list element, as rules.Error and config.Error are.
type testError struct {
	pos Position
	msg string
}

func (e *testError) Error() string { return Message(e.pos, e.msg) }

func TestSort(t *testing.T) {
	errs := []*testError{
		{Position{"b.yaml", 1, 1}, "5"},
		{Position{"a.yaml", 9, 2}, "4"},
		{Position{"a.yaml", 3, 7}, "2"},
		{Position{}, "0"},
		{Position{"a.yaml", 3, 7}, "3"}, // after "2": the sort is stable
		{Position{"a.yaml", 0, 0}, "1"},
	}
	Sort(errs, func(e *testError) Position { return e.pos })
	var got []string
	for _, e := range errs {
		got = append(got, e.msg)
	}
	if want := []string{"0", "1", "2", "3", "4", "5"}; !slices.Equal(got, want) {
		t.Errorf("sorted %v, want %v", got, want)
	}
}

func TestListError(t *testing.T) {
	errs := []*testError{
		{Position{"a.yaml", 2, 1}, "first"},
		{Position{"b.yaml", 1, 1}, "second"},
		{Position{}, "third"},
	}
	tests := []struct {
		n    int
		want string
	}{
		{0, "no errors"},
		{1, "a.yaml:2:1: first"},
		{2, "a.yaml:2:1: first (and 1 more errors)"},
		{3, "a.yaml:2:1: first (and 2 more errors)"},
	}
	for _, tt := range tests {
		if got := ListError(errs[:tt.n]); got != tt.want {
			t.Errorf("ListError of %d = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := ListError([]error{errors.New("plain")}); got != "plain" {
		t.Errorf("ListError of a plain error = %q", got)
	}
}
