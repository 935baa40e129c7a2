package article

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"kg/arabic"
)

// Years outside this range are not taken for dates: it keeps Hijri years
// (14xx) written with Gregorian-looking separators from passing as dates.
const (
	minYear = 1900
	maxYear = 2199
)

//go:embed data/months.txt
var monthsData string

// months maps the normalized month names of data/months.txt to their
// numbers. It is built once from embedded data and never changed.
var months = mustParseMonths(monthsData)

// monthNames holds the month names, each split into normalized words, by
// their first word, so that a multi-word name such as «تشرين الأول» is
// matched word by word.
type monthNames map[string][]monthName

type monthName struct {
	words []string
	month time.Month
}

func mustParseMonths(data string) monthNames {
	m, err := parseMonths(data)
	if err != nil {
		// The file is embedded in the binary: a mistake in it is a bug caught
		// by the package's tests, not bad input.
		panic(fmt.Sprintf("article: data/months.txt: %v", err))
	}
	return m
}

// parseMonths reads lines of the form "number<TAB>name".
func parseMonths(data string) (monthNames, error) {
	names := make(monthNames)
	seen := make(map[string]time.Month)
	sc := bufio.NewScanner(strings.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		num, name, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want number<TAB>name, got %q", line, text)
		}
		n, err := strconv.Atoi(strings.TrimSpace(num))
		if err != nil || n < 1 || n > 12 {
			return nil, fmt.Errorf("line %d: month number %q is not 1 to 12", line, num)
		}
		words := dateWords(name)
		if len(words) == 0 {
			return nil, fmt.Errorf("line %d: %q is not a month name: want words only", line, name)
		}
		key := strings.Join(words, " ")
		if prev, dup := seen[key]; dup {
			if prev != time.Month(n) {
				return nil, fmt.Errorf("line %d: %q is month %d and month %d", line, name, prev, n)
			}
			continue
		}
		seen[key] = time.Month(n)
		names[words[0]] = append(names[words[0]], monthName{words: words, month: time.Month(n)})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return names, nil
}

// dateWords returns the normalized words of a month name.
func dateWords(name string) []string {
	var words []string
	for _, t := range dateTokens(name) {
		if t.kind != tokWord {
			return nil
		}
		words = append(words, t.text)
	}
	return words
}

// match reports the month named by the words starting at toks[i], taking the
// longest name that fits, and the index just after it.
func (m monthNames) match(toks []dateToken, i int) (time.Month, int, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return 0, i, false
	}
	var best monthName
	for _, cand := range m[toks[i].text] {
		if len(cand.words) <= len(best.words) || i+len(cand.words) > len(toks) {
			continue
		}
		fits := true
		for k, w := range cand.words {
			if toks[i+k].kind != tokWord || toks[i+k].text != w {
				fits = false
				break
			}
		}
		if fits {
			best = cand
		}
	}
	if best.words == nil {
		return 0, i, false
	}
	return best.month, i + len(best.words), true
}

type tokenKind uint8

const (
	tokNumber tokenKind = iota + 1 // a run of digits, as ASCII
	tokWord                        // a run of letters, normalized
	tokPunct                       // one punctuation or symbol rune
)

type dateToken struct {
	kind tokenKind
	text string
}

// dateTokens splits s into numbers, words and punctuation, dropping spaces.
// Text is normalized first, so Arabic-Indic digits come out as ASCII ones.
func dateTokens(s string) []dateToken {
	s = arabic.Normalize(s)
	var toks []dateToken
	start, kind := 0, tokenKind(0)
	flush := func(end int) {
		if kind != 0 {
			toks = append(toks, dateToken{kind: kind, text: s[start:end]})
			kind = 0
		}
	}
	for i, r := range s {
		var k tokenKind
		switch {
		case '0' <= r && r <= '9':
			k = tokNumber
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			k = tokWord
		case unicode.IsSpace(r):
			flush(i)
			continue
		default:
			k = tokPunct
		}
		if k != kind || k == tokPunct {
			flush(i)
			start, kind = i, k
		}
	}
	flush(len(s))
	return toks
}

// ParseDate finds the first calendar date written in s and returns it as
// midnight UTC. It understands day-month-year with a month name, Egyptian,
// Levantine, Maghrebi or English («الجمعة، 18 أكتوبر 2024», «18 تشرين الأول
// 2024», «18 مارس/آذار 2024», «October 18, 2024»), numeric day/month/year
// («18/10/2024», «18-10-2024», «18.10.2024»), and year-month-day as in ISO
// 8601 («2024-10-18», «2024/10/18»), in ASCII or Arabic-Indic digits. Years
// must lie between 1900 and 2199 and the day must exist in its month.
func ParseDate(s string) (time.Time, bool) {
	toks := dateTokens(s)
	for i := range toks {
		if t, ok := dateAt(toks, i); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateAt tries every date form starting at toks[i].
func dateAt(toks []dateToken, i int) (time.Time, bool) {
	switch toks[i].kind {
	case tokNumber:
		if y, m, d, ok := numericDate(toks, i); ok {
			return makeDate(y, m, d)
		}
		if y, m, d, ok := dayMonthYear(toks, i); ok {
			return makeDate(y, m, d)
		}
	case tokWord:
		if y, m, d, ok := monthDayYear(toks, i); ok {
			return makeDate(y, m, d)
		}
	}
	return time.Time{}, false
}

// numericDate reads d/m/yyyy or yyyy/m/d with one separator repeated.
func numericDate(toks []dateToken, i int) (y, m, d int, ok bool) {
	if i+4 >= len(toks) {
		return 0, 0, 0, false
	}
	a, sep1, b, sep2, c := toks[i], toks[i+1], toks[i+2], toks[i+3], toks[i+4]
	if a.kind != tokNumber || b.kind != tokNumber || c.kind != tokNumber ||
		sep1.kind != tokPunct || sep1.text != sep2.text || !strings.Contains("/-.", sep1.text) {
		return 0, 0, 0, false
	}
	switch {
	case isDay(a) && isDay(b) && isYear(c):
		return atoi(c.text), atoi(b.text), atoi(a.text), true
	case isYear(a) && isDay(b) && isDay(c):
		return atoi(a.text), atoi(b.text), atoi(c.text), true
	}
	return 0, 0, 0, false
}

// dayMonthYear reads «18 أكتوبر 2024» and its variants.
func dayMonthYear(toks []dateToken, i int) (y, m, d int, ok bool) {
	if !isDay(toks[i]) {
		return 0, 0, 0, false
	}
	j := skipPunct(toks, i+1, "-/.")
	month, j, ok := monthAt(toks, j)
	if !ok {
		return 0, 0, 0, false
	}
	j = skipPunct(toks, j, ",،-/.")
	if j >= len(toks) || !isYear(toks[j]) {
		return 0, 0, 0, false
	}
	return atoi(toks[j].text), int(month), atoi(toks[i].text), true
}

// monthDayYear reads «October 18, 2024» and «أكتوبر 18، 2024».
func monthDayYear(toks []dateToken, i int) (y, m, d int, ok bool) {
	month, j, ok := monthAt(toks, i)
	if !ok || j >= len(toks) || !isDay(toks[j]) {
		return 0, 0, 0, false
	}
	day := atoi(toks[j].text)
	j = skipPunct(toks, j+1, ",،")
	if j >= len(toks) || !isYear(toks[j]) {
		return 0, 0, 0, false
	}
	return atoi(toks[j].text), int(month), day, true
}

// monthAt reads a month name at toks[i], with an optional second name for
// the same month after a slash or in parentheses, as in «مارس/آذار» or
// «أكتوبر (تشرين الأول)». It returns the index after what it read.
func monthAt(toks []dateToken, i int) (time.Month, int, bool) {
	month, j, ok := months.match(toks, i)
	if !ok {
		return 0, i, false
	}
	if j < len(toks) && toks[j].kind == tokPunct && (toks[j].text == "/" || toks[j].text == "(") {
		open := toks[j].text == "("
		if alt, k, ok := months.match(toks, j+1); ok && alt == month {
			j = k
			if open && j < len(toks) && toks[j].text == ")" {
				j++
			}
		}
	}
	return month, j, true
}

// skipPunct skips at most one punctuation token found in set.
func skipPunct(toks []dateToken, i int, set string) int {
	if i < len(toks) && toks[i].kind == tokPunct && strings.Contains(set, toks[i].text) {
		return i + 1
	}
	return i
}

func isDay(t dateToken) bool {
	return t.kind == tokNumber && len(t.text) <= 2
}

func isYear(t dateToken) bool {
	return t.kind == tokNumber && len(t.text) == 4
}

// atoi converts a token already known to hold at most four ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// makeDate returns the date if it exists in the calendar.
func makeDate(y, m, d int) (time.Time, bool) {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 June rolls over into July
		return time.Time{}, false
	}
	return t, true
}

// isoLayouts are the ISO 8601 forms accepted in the date field of JSON
// lines, most common first.
var isoLayouts = [...]string{
	time.RFC3339Nano,
	"2006-01-02",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
}

// parseISODate parses the date field of a JSON line. Times without a zone
// are taken as UTC. Anything else that holds a date ParseDate understands is
// accepted too, since that field is filled by many different scrapers.
func parseISODate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return ParseDate(s)
}
