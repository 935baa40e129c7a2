package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, with any marks and invisible characters inside
	Number             // digits, Arabic-Indic or ASCII, with inner separators
	Punct              // one punctuation or symbol character
)

// Token is a word, number or punctuation mark with its place in the text.
type Token struct {
	Text       string // as written
	Norm       string // Normalize(Text)
	Start, End int    // byte offsets of Text in the tokenized string
	Kind       Kind
}

// Tokenize splits s into tokens. White space separates tokens and is not
// returned; every other character belongs to exactly one token.
func Tokenize(s string) []Token {
	return AppendTokens(nil, s, 0)
}

// AppendTokens appends the tokens of s to dst, adding base to every offset so
// that tokens of a sentence can carry offsets in the whole article.
func AppendTokens(dst []Token, s string, base int) []Token {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) && !isInnerMark(r2) {
					break
				}
				j += n
			}
			dst = appendToken(dst, s[i:j], i+base, Word)
			i = j
		case unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if unicode.IsDigit(r2) {
					j += n
					continue
				}
				// 3.5, 1,000, 2023/03 stay one number when a digit follows.
				if (r2 == '.' || r2 == ',' || r2 == '٫' || r2 == '٬') && j+n < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsDigit(r3) {
						j += n
						continue
					}
				}
				break
			}
			dst = appendToken(dst, s[i:j], i+base, Number)
			i = j
		case unicode.Is(unicode.Cf, r):
			i += size // an invisible mark between tokens belongs to none
		case r == '#' || r == '_':
			// «#ميليشيات_الحوثي»: a hashtag is its words.
			i += size
		default:
			dst = appendToken(dst, s[i:i+size], i+base, Punct)
			i += size
		}
	}
	return dst
}

func appendToken(dst []Token, text string, start int, k Kind) []Token {
	return append(dst, Token{Text: text, Norm: Normalize(text), Start: start, End: start + len(text), Kind: k})
}

// isWordRune reports whether r starts or continues a word.
func isWordRune(r rune) bool {
	if '\u0621' <= r && r <= '\u065F' {
		return true // Arabic letters, tatweel and vowel marks, without a table lookup
	}
	return unicode.IsLetter(r) || r == 'ـ' || isDiacritic(r) || unicode.Is(unicode.Mn, r)
}

// isInnerMark reports whether r may sit inside a word without ending it: an
// invisible format character (a stray bidi mark or zero-width joiner).
func isInnerMark(r rune) bool {
	return unicode.Is(unicode.Cf, r)
}
