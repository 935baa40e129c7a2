package article

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// headerLines is how many non-blank lines at the top of a .txt article are
// searched for its date: news pages put the date near the headline.
const headerLines = 10

// bom is the UTF-8 byte order mark some editors put at the start of a file.
var bom = []byte("\ufeff")

// readText reads a .txt file as one article.
func (w *walker) readText(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return w.report(path, 0, err)
	}
	defer f.Close()
	// Read one byte past the limit to tell a file at the limit from a longer one.
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, int64(w.opt.MaxLine)+1)); err != nil {
		return w.report(path, 0, err)
	}
	a, line, err := parseText(buf.Bytes(), w.opt.MaxLine)
	if err != nil {
		return w.report(path, line, err)
	}
	a.ID = filepath.Base(path)
	a.Source = path
	return w.emit(a)
}

// parseText makes an article of a .txt file's content, without ID and
// Source. On error, line is the line at fault, or 0.
func parseText(data []byte, limit int) (a Article, line int, err error) {
	if len(data) > limit {
		return Article{}, 0, tooLong("file", limit)
	}
	// A byte order mark stays in the text, so that offsets in the article
	// are offsets in the file; it is invisible to titles, dates and
	// extraction alike.
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Article{}, lineAt(data, i), ErrBinary
	}
	if i := invalidUTF8(data); i >= 0 {
		return Article{}, lineAt(data, i), ErrNotUTF8
	}
	text := string(data)
	title, date := header(text)
	if title == "" {
		return Article{}, 0, ErrEmpty
	}
	return Article{Title: title, Date: date, Text: text, Hash: HashText(text)}, 0, nil
}

// header returns the first non-blank line of text and the first date found
// in its first headerLines non-blank lines.
func header(text string) (title string, date time.Time) {
	n := 0
	first := ""
	for line := range strings.Lines(text) {
		line = strings.TrimFunc(line, isBlank)
		if line == "" {
			continue
		}
		if first == "" {
			first = line
		}
		d, isDate := ParseDate(line)
		// A page that starts with its date and time («الجمعة، 18 أكتوبر
		// 2024», «08:44 ص») has its headline after them.
		if title == "" && !(isDate && len(strings.Fields(line)) <= maxDateLineWords) && !isTimeLine(line) {
			title = line
		}
		if isDate && date.IsZero() {
			date = d
		}
		if n++; n == headerLines || title != "" && !date.IsZero() {
			break
		}
	}
	if title == "" {
		title = first
	}
	return title, date
}

// maxDateLineWords is the most words a line holding a date may have and
// still be only a dateline, not a headline that mentions a date.
const maxDateLineWords = 5

// isTimeLine reports whether a line is only a time of day: digits, colons and
// an AM/PM mark («08:44 ص», «5:32 PM»).
func isTimeLine(line string) bool {
	digits := false
	for _, w := range strings.Fields(line) {
		switch strings.ToLower(w) {
		case "ص", "م", "am", "pm":
			continue
		}
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				digits = true
			case r != ':' && r != '.':
				return false
			}
		}
	}
	return digits
}

// isBlank reports whether r is space or an invisible format character (bidi
// marks, zero-width joiners), which web pages scatter around Arabic text.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// invalidUTF8 returns the offset of the first byte of data that is not valid
// UTF-8, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt returns the 1-based line number of offset i in data.
func lineAt(data []byte, i int) int {
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}
