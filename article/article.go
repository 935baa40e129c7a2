// Package article defines a news article as kg reads it and finds articles in
// files and folders: plain-text files (one article each) and JSON lines files,
// optionally gzip-compressed (one article a line).
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one news article.
type Article struct {
	ID     string    `json:"id"`              // file name for .txt, the "id" field for JSON lines
	Source string    `json:"source"`          // path of the file it came from (and line, for JSON lines)
	Title  string    `json:"title,omitempty"` // first line for .txt, "title" field for JSON lines
	URL    string    `json:"url,omitempty"`
	Date   time.Time `json:"date"` // zero when unknown
	Text   string    `json:"-"`
	Hash   string    `json:"hash"` // hex SHA-256 of Text
}

// HashText returns the content hash kg uses to recognise an article it has
// already built.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
