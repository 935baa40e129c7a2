// Package arabic prepares Arabic text for matching: it normalizes spelling
// variants, splits text into sentences and tokens that keep their byte
// offsets in the original, and peels clitics off words. The original text is
// never changed; normalized forms exist only to be compared.
package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize returns the matching form of s: alef forms (أ إ آ ٱ) become ا,
// ى becomes ي, ة becomes ه, Persian kaf and yeh become Arabic ones,
// Arabic-Indic digits become ASCII digits, Latin letters are lower-cased, and
// diacritics, tatweel and invisible format characters (bidi marks, zero-width
// joiners) are dropped.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if m, keep := foldRune(r); keep {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// isNormal reports whether Normalize would return s unchanged, so the common
// case costs no allocation.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, keep := foldRune(r); !keep || m != r {
			return false
		}
		i += size
	}
	return true
}

// foldRune maps one rune to its matching form; keep is false for runes that
// are dropped.
func foldRune(r rune) (m rune, keep bool) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A'), true
		}
		return r, true
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا', true
	case r == 'ى' || r == 'ی':
		return 'ي', true
	case r == 'ة':
		return 'ه', true
	case r == 'ک':
		return 'ك', true
	case r == 'ـ': // tatweel
		return 0, false
	case '\u0621' <= r && r <= '\u064A':
		// The other Arabic letters stand as they are: no case, no format
		// character among them. Most runes are these; the tests below are
		// table lookups.
		return r, true
	case isDiacritic(r):
		return 0, false
	case '٠' <= r && r <= '٩':
		return '0' + (r - '٠'), true
	case '۰' <= r && r <= '۹':
		return '0' + (r - '۰'), true
	case unicode.Is(unicode.Cf, r): // bidi marks, ZWJ, ZWNJ, BOM, soft hyphen
		return 0, false
	}
	return unicode.ToLower(r), true
}

// isDiacritic reports whether r is an Arabic vowel mark, tanween, shadda,
// sukun, superscript alef or another combining mark Arabic text carries.
func isDiacritic(r rune) bool {
	return ('\u064B' <= r && r <= '\u065F') || r == '\u0670' ||
		('\u06D6' <= r && r <= '\u06ED') || ('\u0610' <= r && r <= '\u061A')
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}
