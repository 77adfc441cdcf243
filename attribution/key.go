package attribution

import (
	"unicode"
	"unicode/utf8"
)

// Key folds a claimant for comparison, so that the same source written two
// ways compares equal: "The UN" and "the U.N." give "un", "Ukraine's air
// force" and "Ukraine’s Air Force" give "ukraine air force", "Mr. Zelensky"
// and "Zelensky" give "zelensky".
//
// It lowers case; drops dots, so initialisms close up, and apostrophes, with
// a possessive "'s"; splits words at any other punctuation, hyphens included;
// collapses spaces; and drops a leading article ("the", "a", "an") and a
// leading courtesy title ("Mr", "Mrs", "Ms", "Dr"). It keeps ranks, offices
// and every other word, and knows no aliases: "the United Nations" is not
// "the UN", nor "President Zelensky" "Zelensky", because a single word can be
// all that tells two sources apart ("the Russian defence ministry", "the
// Ukrainian defence ministry").
func Key(claimant string) string {
	out := make([]byte, 0, len(claimant))
	words := 0
	for i := 0; i < len(claimant); {
		r, n := utf8.DecodeRuneInString(claimant[i:])
		if !inWord(r) {
			i += n
			continue
		}
		mark := len(out)
		if words > 0 {
			out = append(out, ' ')
		}
		start := len(out)
	word:
		for i < len(claimant) {
			r, n := utf8.DecodeRuneInString(claimant[i:])
			switch {
			case inWord(r):
				out = utf8.AppendRune(out, unicode.ToLower(r))
			case r == '.':
			case r == '\'' || r == '’':
				rest := claimant[i+n:]
				if len(rest) > 0 && (rest[0] == 's' || rest[0] == 'S') && !startsInWord(rest[1:]) {
					n++ // possessive 's
				}
			default:
				break word
			}
			i += n
		}
		switch string(out[start:]) {
		case "the", "a", "an", "mr", "mrs", "ms", "dr":
			if words == 0 {
				out = out[:mark]
				continue
			}
		case "":
			out = out[:mark]
			continue
		}
		words++
	}
	return string(out)
}

func startsInWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return len(s) > 0 && inWord(r)
}
