package article

import (
	"strings"
	"time"
	"unicode/utf8"
)

// simpleFrontMatter reads the front matter most articles have, lines of
// "key: value" with plain values, without a YAML parser: parsing it with
// go-yaml was a quarter of reading a bench corpus of news articles. It
// reports false, having set nothing, for anything else (quotes, lists,
// indented or continued lines, comments after a value, anchors, a key
// given twice, a date it cannot read), which decodeFrontMatter then reads
// as YAML and reports on with positions. On what it accepts it gives
// exactly what the YAML path gives; FuzzFrontMatter holds the two equal.
func (a *Article) simpleFrontMatter(block string) bool {
	type field struct {
		key, value string
		quoted     bool
	}
	// Front matter has a handful of keys: room for them on the stack
	// spares every article an allocation or three.
	var room [8]field
	fields := room[:0]
	for rest := block; rest != ""; {
		var ln string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			ln, rest = rest, ""
		}
		ln = strings.TrimRight(ln, " \r")
		if !printable(ln) {
			return false // YAML rejects control characters, and breaks lines at U+0085, U+2028 and U+2029
		}
		if ln == "" || ln[0] == '#' {
			continue
		}
		colon := strings.IndexByte(ln, ':')
		if colon <= 0 || !plainKey(ln[:colon]) {
			return false
		}
		value := ln[colon+1:]
		if value != "" && value[0] != ' ' {
			return false // "key:value" is one scalar in YAML, not a pair
		}
		value = strings.TrimLeft(value, " ")
		quoted := false
		if v, ok := quotedValue(value); ok {
			value, quoted = v, true
		} else if !plainValue(value) {
			return false
		}
		for _, f := range fields {
			if f.key == ln[:colon] {
				return false // YAML reports a key given twice
			}
		}
		fields = append(fields, field{ln[:colon], value, quoted})
	}
	// Check everything before setting anything.
	var m Meta
	var source, url, title string
	var published time.Time
	for _, f := range fields {
		if !f.quoted && isNull(f.value) {
			continue
		}
		v := strings.TrimSpace(f.value)
		switch f.key {
		case "source":
			source, m.Source = v, v != ""
		case "url":
			url, m.URL = v, v != ""
		case "title":
			title, m.Title = v, v != ""
		case "published":
			t, ok := ParseDate(f.value)
			if !ok {
				return false // an error, which the YAML path places
			}
			published, m.Published = t, true
		}
	}
	if m.Published {
		a.Published = published
	}
	if m.Source {
		a.Source = source
	}
	if m.URL {
		a.URL = url
	}
	if m.Title {
		a.Title = title
	}
	a.Meta.Source = a.Meta.Source || m.Source
	a.Meta.URL = a.Meta.URL || m.URL
	a.Meta.Title = a.Meta.Title || m.Title
	a.Meta.Published = a.Meta.Published || m.Published
	return true
}

// quotedValue reads a value quoted on one line: 'single' (with ” for a
// quote) or "double" without a backslash escape. ok is false for anything
// else, including text after the closing quote.
func quotedValue(v string) (string, bool) {
	if len(v) < 2 {
		return "", false
	}
	switch q, body := v[0], v[1:len(v)-1]; {
	case q == '\'' && v[len(v)-1] == '\'':
		if strings.Contains(strings.ReplaceAll(body, "''", ""), "'") {
			return "", false
		}
		return strings.ReplaceAll(body, "''", "'"), true
	case q == '"' && v[len(v)-1] == '"':
		if strings.ContainsAny(body, "\"\\") {
			return "", false
		}
		return body, true
	}
	return "", false
}

// printable reports whether s holds only characters YAML allows in a
// plain scalar on one line (the YAML 1.2 printable set, less its line
// breaks, tab and byte order mark).
func printable(s string) bool {
	// Eight bytes at a time while they are printable ASCII, as front
	// matter nearly always is: a test of each byte cost five
	// instructions.
	const ones, high = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// A high bit of x: a byte from 0x80. Of (x-0x20)&^x: a byte
		// below 0x20, the bytes being ASCII. Of y: a byte 0x7f.
		y := x ^ 0x7f*ones
		if (x|(x-0x20*ones)&^x|(y-ones)&^y)&high != 0 {
			break
		}
	}
	return printableFrom(s, i)
}

// printableFrom is printable for s[i:], byte by byte.
func printableFrom(s string, i int) bool {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r <= 0x9f, r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff, r == utf8.RuneError && n == 1:
			return false
		}
		i += n
	}
	return true
}

// plainKey reports whether k is a key YAML reads as a string as written:
// a letter, then letters, digits, "_" and "-"; not a word YAML reads as a
// boolean or null, whose duplicates it might find under other spellings.
func plainKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !(letter || i > 0 && ('0' <= c && c <= '9' || c == '_' || c == '-')) {
			return false
		}
	}
	switch strings.ToLower(k) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
		return false
	}
	return true
}

// plainValue reports whether v, trimmed, is a YAML plain scalar that means
// its own text: it starts with no indicator, holds no ": " or " #" and no
// tab, and does not end in ":".
func plainValue(v string) bool {
	if v == "" {
		return true
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(v[0])) {
		return false
	}
	return !strings.Contains(v, ": ") && !strings.Contains(v, " #") &&
		!strings.ContainsRune(v, '\t') && !strings.HasSuffix(v, ":")
}

// isNull reports whether a plain scalar is YAML's null.
func isNull(v string) bool {
	switch v {
	case "", "~", "null", "Null", "NULL":
		return true
	}
	return false
}
