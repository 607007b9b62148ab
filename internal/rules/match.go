package rules

// The matchers: each accepts exactly the strings its pattern matches as a
// whole, and no string with a line feed. They look at bytes, not runes: a
// pattern's negated classes ([^ \t\r\n]) accept every byte of a multi-byte
// or invalid UTF-8 sequence, as RE2 does, and its other classes accept
// ASCII only.

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isAlpha(c byte) bool { return isUpper(c) || isLower(c) }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

// isSpace reports whether c is one of the bytes [^ \t\r\n] refuses.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// twoDigits returns the number s[i:i+2] writes, or -1.
func twoDigits(s string, i int) int {
	if !isDigit(s[i]) || !isDigit(s[i+1]) {
		return -1
	}
	return int(s[i]-'0')*10 + int(s[i+1]-'0')
}

// matchDate matches patternDate.
func matchDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	hi, lo := twoDigits(s, 0), twoDigits(s, 2)
	if hi < 0 || lo < 0 {
		return false
	}
	if len(s) == 4 {
		return true
	}
	if s[4] != '-' {
		return false
	}
	month := twoDigits(s, 5)
	if len(s) == 7 {
		return 1 <= month && month <= 12 || 21 <= month && month <= 41
	}
	if month < 1 || month > 12 || s[7] != '-' {
		return false
	}
	day := twoDigits(s, 8)
	return day >= 1 && day <= daysIn(hi*100+lo, month)
}

// daysIn returns the number of days of month in year, in the Gregorian
// calendar extended backwards (proleptic), as Go's time package counts.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// matchLanguageTag matches patternLanguageTag. Its subtags are told apart
// by their length and kind of character alone (3 letters: an extended
// language; 4 letters: a script; 2 letters or 3 digits: a region; 5 to 8
// letters and digits, or 4 starting with a digit: a variant), so a tag
// matches when each subtag has a kind and the kinds come in order.
func matchLanguageTag(s string) bool {
	const (
		extlang = iota + 1
		script
		region
		variant
	)
	stage, extlangs := 0, 0 // the kind of the last subtag after the language
	for i, first := 0, true; ; first = false {
		j := i
		letters, digits := 0, 0
		for ; j < len(s) && s[j] != '-'; j++ {
			switch c := s[j]; {
			case isAlpha(c):
				letters++
			case isDigit(c):
				digits++
			default:
				return false
			}
		}
		n := j - i
		switch {
		case first:
			if digits > 0 || n < 2 || n > 3 {
				return false
			}
		case digits == 0 && n == 3:
			if stage > extlang || extlangs == 3 {
				return false
			}
			stage, extlangs = extlang, extlangs+1
		case digits == 0 && n == 4:
			if stage >= script {
				return false
			}
			stage = script
		case digits == 0 && n == 2, letters == 0 && n == 3:
			if stage >= region {
				return false
			}
			stage = region
		case n >= 5 && n <= 8, n == 4 && isDigit(s[i]):
			stage = variant
		default:
			return false
		}
		if j == len(s) {
			return true
		}
		i = j + 1
	}
}

// byteSet is a set of bytes.
type byteSet [256]bool

// setOf returns the set of the bytes in each of the ranges, written as
// pairs of first and last byte ("azAZ").
func setOf(ranges string) *byteSet {
	var set byteSet
	for i := 0; i+1 < len(ranges); i += 2 {
		for c := int(ranges[i]); c <= int(ranges[i+1]); c++ {
			set[c] = true
		}
	}
	return &set
}

var (
	alnum       = setOf("azAZ09")
	lowerDigit  = setOf("az09")
	idSeparator = setOf("..__--")
	hyphen      = setOf("--")
)

// matchID matches patternID.
func matchID(s string) bool { return matchRuns(s, alnum, idSeparator) }

// matchCode matches patternCode.
func matchCode(s string) bool { return matchRuns(s, lowerDigit, hyphen) }

// matchRuns reports whether s is runs of bytes of in, joined by single
// bytes of sep: ^in+(sep in+)*$.
func matchRuns(s string, in, sep *byteSet) bool {
	run := 0 // the length of the current run
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case in[c]:
			run++
		case sep[c] && run > 0:
			run = 0
		default:
			return false
		}
	}
	return run > 0
}

// matchFormatVersion matches patternFormatVersion: a semantic version
// 1.MINOR.PATCH[-PRERELEASE][+BUILD].
func matchFormatVersion(s string) bool {
	if len(s) < 2 || s[0] != '1' || s[1] != '.' {
		return false
	}
	i, ok := number(s, 2)
	if !ok || i == len(s) || s[i] != '.' {
		return false
	}
	if i, ok = number(s, i+1); !ok {
		return false
	}
	if i < len(s) && s[i] == '-' {
		// Identifiers of letters, digits and hyphens, joined by dots; one
		// of digits alone has no leading zero.
		for {
			j := i + 1
			digitsOnly := true
			for ; j < len(s) && (isAlnum(s[j]) || s[j] == '-'); j++ {
				digitsOnly = digitsOnly && isDigit(s[j])
			}
			if j == i+1 || digitsOnly && s[i+1] == '0' && j > i+2 {
				return false
			}
			i = j
			if i == len(s) || s[i] != '.' {
				break
			}
		}
	}
	if i < len(s) && s[i] == '+' {
		// Identifiers of letters, digits and hyphens, joined by dots.
		for {
			j := i + 1
			for j < len(s) && (isAlnum(s[j]) || s[j] == '-') {
				j++
			}
			if j == i+1 {
				return false
			}
			i = j
			if i == len(s) || s[i] != '.' {
				break
			}
		}
	}
	return i == len(s)
}

// number reads (0|[1-9][0-9]*) at s[i:] and returns the index after it.
func number(s string, i int) (int, bool) {
	if i == len(s) || !isDigit(s[i]) {
		return i, false
	}
	if s[i] == '0' {
		return i + 1, true
	}
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i, true
}

// matchCountry matches patternCountry.
func matchCountry(s string) bool {
	return len(s) == 2 && isUpper(s[0]) && isUpper(s[1])
}

// matchSubdivision matches patternSubdivision.
func matchSubdivision(s string) bool {
	if len(s) < 4 || len(s) > 6 || !matchCountry(s[:2]) || s[2] != '-' {
		return false
	}
	for i := 3; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// matchURL matches patternURL.
func matchURL(s string) bool {
	switch {
	case len(s) >= 8 && s[:8] == "https://":
		return matchSchemaRef(s[8:])
	case len(s) >= 7 && s[:7] == "http://":
		return matchSchemaRef(s[7:])
	}
	return false
}

// matchEmail matches patternEmail: one "@" with something before it, and
// after it a dot with something on each side.
func matchEmail(s string) bool {
	at := -1
	for i := 0; i < len(s); i++ {
		switch {
		case isSpace(s[i]):
			return false
		case s[i] != '@':
		case at >= 0:
			return false
		default:
			at = i
		}
	}
	if at < 1 {
		return false
	}
	for i := at + 2; i < len(s)-1; i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// matchSchemaRef matches patternSchemaRef.
func matchSchemaRef(s string) bool {
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			return false
		}
	}
	return s != ""
}
