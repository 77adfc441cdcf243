package vocab

import (
	"math"
	"strconv"
)

var numberWords = [...]string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
}

// AppendInt writes n with thousands separators: 1,250.
func AppendInt(buf []byte, n int64) []byte {
	if n < 0 {
		buf = append(buf, '-')
		n = -n
	}
	if n < 1000 {
		return strconv.AppendInt(buf, n, 10)
	}
	buf = AppendInt(buf, n/1000)
	r := n % 1000
	return append(buf, ',', byte('0'+r/100), byte('0'+r/10%10), byte('0'+r%10))
}

// AppendCount writes a whole count as news copy does: a word up to twenty
// when words is set ("seven"), "1.2 million" for round millions, digits with
// separators otherwise.
func AppendCount(buf []byte, v float64, words bool) []byte {
	n := int64(math.Round(v))
	switch {
	case words && n >= 0 && n <= 20:
		return append(buf, numberWords[n]...)
	case n >= 1_000_000 && n%100_000 == 0:
		buf = strconv.AppendFloat(buf, float64(n)/1e6, 'f', -1, 64)
		return append(buf, " million"...)
	}
	return AppendInt(buf, n)
}

// AppendMoney writes a dollar amount in one of the styles newsrooms use:
// "$4.5bn", "$4.5 billion", "US$4.5 billion"; "$450 million", "$450m".
func AppendMoney(buf []byte, v float64, style int) []byte {
	if v >= 1e9 {
		m := v / 1e9
		switch style % 3 {
		case 0:
			buf = append(buf, '$')
			buf = strconv.AppendFloat(buf, m, 'f', -1, 64)
			return append(buf, "bn"...)
		case 1:
			buf = append(buf, '$')
			buf = strconv.AppendFloat(buf, m, 'f', -1, 64)
			return append(buf, " billion"...)
		default:
			buf = append(buf, "US$"...)
			buf = strconv.AppendFloat(buf, m, 'f', -1, 64)
			return append(buf, " billion"...)
		}
	}
	buf = append(buf, '$')
	buf = strconv.AppendFloat(buf, v/1e6, 'f', -1, 64)
	if style%2 == 0 {
		return append(buf, " million"...)
	}
	return append(buf, 'm')
}

// AppendPercent writes a share: "7.2%", "7.2 per cent" or "7.2 percent".
func AppendPercent(buf []byte, v float64, style int) []byte {
	buf = strconv.AppendFloat(buf, v, 'f', -1, 64)
	switch style % 3 {
	case 0:
		return append(buf, '%')
	case 1:
		return append(buf, " per cent"...)
	default:
		return append(buf, " percent"...)
	}
}

// AppendDuration writes a length of time in unit ("years", "weeks"):
// "five years", "12 weeks", or as an adjective "five-year", "12-week".
func AppendDuration(buf []byte, n int, unit string, adjective bool) []byte {
	if n <= 10 {
		buf = append(buf, numberWords[n]...)
	} else {
		buf = strconv.AppendInt(buf, int64(n), 10)
	}
	singular := unit[:len(unit)-1]
	if adjective {
		buf = append(buf, '-')
		return append(buf, singular...)
	}
	buf = append(buf, ' ')
	if n == 1 {
		return append(buf, singular...)
	}
	return append(buf, unit...)
}

// round2 rounds to two significant digits, as reported counts usually are
// ("4,500 evacuated", not "4,517").
func round2(x float64) float64 {
	if x < 100 {
		return math.Round(x)
	}
	p := math.Pow(10, math.Floor(math.Log10(x))-1)
	return math.Round(x/p) * p
}
