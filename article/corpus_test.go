package article

import (
	"compress/gzip"
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

// corpusPath is the shared benchmark corpus of real Arabic news, kept next
// to the repository rather than in it.
const corpusPath = "../../shared/bench/news-ar-2018.jsonl.gz"

func corpus(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(corpusPath); err != nil {
		tb.Skipf("benchmark corpus not available (want ../shared/bench/news-ar-2018.jsonl.gz beside the repository): %v", err)
	}
	return corpusPath
}

// TestWalkCorpus reads the real corpus, whose stray U+0002 characters and
// long lines are what this package must cope with.
func TestWalkCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 92 MB; skipped with -short")
	}
	path := corpus(t)
	seen := make(map[string]bool)
	undated, withControl := 0, 0
	err := Walk(context.Background(), []string{path}, Options{Strict: true}, func(a Article) error {
		if seen[a.ID] {
			t.Errorf("%s: id %s repeated", a.Source, a.ID)
		}
		seen[a.ID] = true
		if a.Date.IsZero() {
			undated++
		}
		if strings.ContainsRune(a.Text+a.Title, '\u0002') {
			withControl++
		}
		return nil
	}, nil)
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	// The corpus README: 30,049 articles, all dated, two with U+0002.
	if len(seen) != 30049 || undated != 0 || withControl != 2 {
		t.Errorf("read %d articles, %d undated, %d with U+0002; want 30049, 0, 2", len(seen), undated, withControl)
	}
}

func BenchmarkWalkCorpus(b *testing.B) {
	path := corpus(b)
	b.SetBytes(uncompressedSize(b, path))
	var articles, textBytes int
	for b.Loop() {
		articles, textBytes = 0, 0
		err := Walk(context.Background(), []string{path}, Options{Strict: true}, func(a Article) error {
			articles++
			textBytes += len(a.Text)
			return nil
		}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	perWalk := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/perWalk, "articles/s")
	b.ReportMetric(float64(textBytes)/1e6/perWalk, "text-MB/s")
}

// uncompressedSize returns the size of the JSON lines in a gzip file, so that
// the benchmark's MB/s counts the bytes parsed.
func uncompressedSize(b *testing.B, path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	n, err := io.Copy(io.Discard, zr)
	if err != nil {
		b.Fatal(err)
	}
	return n
}
