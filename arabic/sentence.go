package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a stretch of text with its byte offsets in the original.
type Sentence struct {
	Text       string
	Start, End int
}

// maxQuote bounds how far an opening quotation mark keeps a sentence open: a
// quote that has not closed by then was a stray mark, not a quotation.
const maxQuote = 600

// MaxSentence is the longest sentence Sentences returns, in bytes. News
// sentences stay far below it (the longest of 300,000 in a news archive has
// 3.8 KB); a longer stretch without a break is a list or a scraping accident,
// and cutting it keeps the work of the sentence's readers, which look around
// every word, in proportion to the text.
const MaxSentence = 8 << 10

// Sentences splits text at . ? ! ؟ ؛ ; and line breaks. A full stop ends a
// sentence only before white space, a closing mark or the end, so 3.5, U.S.
// and أ.ف.ب stay whole. Inside a quotation («…», “…”, "…") sentence marks do
// not split, so reported speech stays with its speaker; a line break always
// splits. A stretch of more than MaxSentence bytes without a break is cut at
// its last white space before that size (mid-word only when there is none).
// Leading and trailing white space is trimmed from each sentence; empty
// sentences are dropped.
func Sentences(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	var closer rune // the quote mark that would close the open quotation
	quoteStart := 0
	lastSpace := -1 // the last white space of the current sentence
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		next := i + size
		if next-start > MaxSentence {
			cut := i
			if lastSpace > start {
				cut = lastSpace
			}
			emit(cut)
		}
		if unicode.IsSpace(r) {
			lastSpace = i
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2029' || r == '\u2028':
			closer = 0
			emit(next)
		case closer != 0:
			if r == closer || next-quoteStart > maxQuote {
				closer = 0
			}
		case r == '«' || r == '“' || r == '"' || r == '„':
			closer = closingQuote(r)
			quoteStart = i
		case r == '؟' || r == '?' || r == '!' || r == '؛' || r == ';':
			emit(afterClosers(text, next))
			next = start
		case r == '.':
			if end := afterClosers(text, next); end == len(text) || isBreakAfterStop(text, end) {
				emit(end)
				next = start
			}
		}
		i = next
	}
	emit(len(text))
	return out
}

// afterClosers moves past closing quotes and brackets and further stops that
// belong to the sentence just ended: «…».” or ...
func afterClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(".!?؟»”\")]'’", r) {
			break
		}
		i += size
	}
	return i
}

func closingQuote(open rune) rune {
	switch open {
	case '«':
		return '»'
	case '“':
		return '”'
	case '„':
		return '“'
	}
	return open
}

func isBreakAfterStop(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			break
		}
		e -= size
	}
	return s, e
}
