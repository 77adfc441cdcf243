package vocab

import "strings"

// Template is a sentence pattern: literal text with {slot} names, parsed
// once so that filling one is nothing but appends to a buffer. The corpus
// generator fills millions of them; formatting with fmt would cost more
// than everything else it does.
type Template []seg

type seg struct {
	lit  string
	slot string // "" for a literal
}

// Filler writes the text of a slot.
type Filler interface {
	Fill(buf []byte, slot string) []byte
}

// Parse reads a pattern; "{name}" is a slot and every other byte literal.
func Parse(s string) Template {
	var t Template
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, seg{lit: s})
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic("vocab: unclosed slot in " + s)
		}
		if i > 0 {
			t = append(t, seg{lit: s[:i]})
		}
		t = append(t, seg{slot: s[i+1 : i+j]})
		s = s[i+j+1:]
	}
	return t
}

// ParseAll parses each pattern.
func ParseAll(ss ...string) []Template {
	out := make([]Template, len(ss))
	for i, s := range ss {
		out[i] = Parse(s)
	}
	return out
}

// Append writes the template with its slots filled by f.
func (t Template) Append(buf []byte, f Filler) []byte {
	for _, s := range t {
		if s.slot == "" {
			buf = append(buf, s.lit...)
		} else {
			buf = f.Fill(buf, s.slot)
		}
	}
	return buf
}

// Has reports whether the template has the slot.
func (t Template) Has(slot string) bool {
	for _, s := range t {
		if s.slot == slot {
			return true
		}
	}
	return false
}

// Capitalize upper-cases the ASCII letter at buf[i], for a sentence that
// begins with a slot written in lower case ("dozens of…", "about 300…").
func Capitalize(buf []byte, i int) {
	if i < len(buf) && buf[i] >= 'a' && buf[i] <= 'z' {
		buf[i] -= 'a' - 'A'
	}
}
