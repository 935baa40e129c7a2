package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const (
	// readBufferSize is the read buffer of a JSON lines file; longer lines
	// are gathered piece by piece, up to Options.MaxLine.
	readBufferSize = 64 << 10
	// sniffSize is how much of a JSON lines file is checked for NUL bytes,
	// to skip a binary file as a whole rather than line by line.
	sniffSize = 8 << 10
)

// readJSONLines reads a JSON lines file, gzip-compressed or not, one article
// a line, holding at most one line in memory.
func (w *walker) readJSONLines(path string, gzipped bool) error {
	f, err := os.Open(path)
	if err != nil {
		return w.report(path, 0, err)
	}
	defer f.Close()
	var r io.Reader = f
	if gzipped {
		zr, err := gzip.NewReader(bufio.NewReaderSize(f, readBufferSize))
		if err != nil {
			return w.report(path, 0, fmt.Errorf("damaged gzip stream: %w", err))
		}
		defer zr.Close()
		r = zr
	}
	br := bufio.NewReaderSize(r, readBufferSize)
	// A read error here is met again, at its line, by the loop below.
	head, _ := br.Peek(sniffSize)
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return w.report(path, lineAt(head, i), ErrBinary)
	}
	if bytes.HasPrefix(head, bom) {
		br.Discard(len(bom))
	}

	lines := lineReader{r: br, max: w.opt.MaxLine}
	lineNo, used := 0, 0
	for {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		line, long, err := lines.next()
		if err == io.EOF {
			break
		}
		lineNo++
		if err != nil {
			// What was read of this line is incomplete: drop it.
			if gzipped {
				err = fmt.Errorf("damaged gzip stream: %w", err)
			}
			return w.report(path, lineNo, err)
		}
		if long {
			used++
			if err := w.report(path, lineNo, tooLong("line", w.opt.MaxLine)); err != nil {
				return err
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		used++
		a, err := parseJSONLine(line)
		if err != nil {
			if err := w.report(path, lineNo, err); err != nil {
				return err
			}
			continue
		}
		a.Source = path + ":" + strconv.Itoa(lineNo)
		if err := w.emit(a); err != nil {
			return err
		}
	}
	if used == 0 {
		return w.report(path, 0, ErrEmpty)
	}
	return nil
}

// lineReader splits a stream on '\n' only: U+2028, U+0085 and lone '\r'
// are ordinary characters inside JSON strings, not line ends.
type lineReader struct {
	r   *bufio.Reader
	max int    // longest line returned; longer ones are skipped
	buf []byte // holds a line longer than r's buffer
}

// next returns the next line without its '\n'. The line is valid until the
// next call. When the line is longer than max, it is read to its end but not
// kept, and long is true. At the end of the stream, next returns io.EOF;
// another error comes with whatever was read of the line.
func (lr *lineReader) next() (line []byte, long bool, err error) {
	lr.buf = lr.buf[:0]
	size := 0 // bytes of this line seen so far, kept or not
	for {
		chunk, err := lr.r.ReadSlice('\n')
		complete := err == nil
		if complete {
			chunk = chunk[:len(chunk)-1]
		}
		size += len(chunk)
		switch {
		case size > lr.max:
			long = true
			lr.buf = lr.buf[:0]
		case complete && len(lr.buf) == 0:
			// The common case: the whole line is in r's buffer, no copy.
			return chunk, false, nil
		default:
			lr.buf = append(lr.buf, chunk...)
		}
		switch {
		case complete:
			return lr.buf, long, nil
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && size > 0:
			return lr.buf, long, nil // a last line without '\n'
		default:
			return lr.buf, long, err
		}
	}
}

// jsonArticle is the shape of one JSON line. ID and Date are kept raw so
// that an id written as a number, or a date in an unexpected form, does not
// cost the article.
type jsonArticle struct {
	ID    json.RawMessage `json:"id"`
	Date  json.RawMessage `json:"date"`
	URL   string          `json:"url"`
	Title string          `json:"title"`
	Text  string          `json:"text"`
}

// parseJSONLine makes an article of one JSON line, without Source. Fields id
// and text are required; a date that cannot be parsed is left zero.
func parseJSONLine(line []byte) (Article, error) {
	if i := invalidUTF8(line); i >= 0 {
		return Article{}, fmt.Errorf("%w at byte %d", ErrNotUTF8, i+1)
	}
	var rec jsonArticle
	if err := json.Unmarshal(line, &rec); err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrBadJSON, jsonErrorMessage(err))
	}
	id, err := jsonID(rec.ID)
	if err != nil {
		return Article{}, err
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Article{}, fmt.Errorf("%w %q", ErrMissing, "text")
	}
	a := Article{
		ID:    id,
		Title: strings.TrimSpace(rec.Title),
		URL:   strings.TrimSpace(rec.URL),
		Text:  rec.Text,
		Hash:  HashText(rec.Text),
	}
	var date string
	if json.Unmarshal(rec.Date, &date) == nil {
		if t, ok := parseISODate(date); ok {
			a.Date = t
		}
	}
	return a, nil
}

// jsonID returns the id field as text: a string, or a number as written.
func jsonID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", fmt.Errorf("%w %q", ErrMissing, "id")
	}
	switch raw[0] {
	case '"':
		var id string
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", fmt.Errorf("%w: id: %v", ErrBadJSON, err)
		}
		if id = strings.TrimSpace(id); id == "" {
			return "", fmt.Errorf("%w %q", ErrMissing, "id")
		}
		return id, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: id is neither a string nor a number", ErrBadJSON)
}

// jsonErrorMessage says what is wrong with a JSON line, with the byte
// offset of the fault where encoding/json knows it.
func jsonErrorMessage(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("%v (byte %d)", syn, syn.Offset)
	}
	return err.Error()
}
