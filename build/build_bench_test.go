package build

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kg/actor"
	"kg/arabic"
	"kg/article"
	"kg/extract"
	"kg/store"
)

// buildBenchCorpus is the shared corpus of real Arabic news, kept beside the
// repository rather than in it.
const buildBenchCorpus = "../../shared/bench/news-ar-2018.jsonl.gz"

// BenchmarkRun times the whole pipeline (read, extract on every core, store)
// into a fresh store: the sample articles, and the first 3,000 articles of
// the corpus written out as a JSON lines file.
func BenchmarkRun(b *testing.B) {
	lex, err := actor.Load()
	if err != nil {
		b.Fatal(err)
	}
	ex, err := extract.NewArabic(lex)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("testdata", func(b *testing.B) {
		benchRun(b, ex, "../testdata/articles")
	})
	b.Run("corpus", func(b *testing.B) {
		if _, err := os.Stat(buildBenchCorpus); err != nil {
			b.Skipf("benchmark corpus not available (want ../shared/bench/news-ar-2018.jsonl.gz beside the repository): %v", err)
		}
		benchRun(b, ex, sampleCorpus(b, 3000))
	})
}

// sampleCorpus writes the first n articles of the corpus to a JSON lines
// file and returns its path.
func sampleCorpus(b *testing.B, n int) string {
	path := filepath.Join(b.TempDir(), "sample.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	enough := errors.New("enough")
	count := 0
	enc := json.NewEncoder(f)
	err = article.Walk(context.Background(), []string{buildBenchCorpus}, article.Options{Strict: true}, func(a article.Article) error {
		line := map[string]string{"id": a.ID, "date": a.Date.Format(time.RFC3339), "url": a.URL, "title": a.Title, "text": a.Text}
		if err := enc.Encode(line); err != nil {
			return err
		}
		if count++; count == n {
			return enough
		}
		return nil
	}, nil)
	if err != nil && !errors.Is(err, enough) {
		b.Fatal(err)
	}
	return path
}

func benchRun(b *testing.B, ex extract.Extractor, path string) {
	b.Helper()
	var articles, sentences int
	err := article.Walk(context.Background(), []string{path}, article.Options{}, func(a article.Article) error {
		articles++
		sentences += len(arabic.Sentences(a.Text))
		return nil
	}, nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(context.Background(), st, ex, []string{path}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		if sum.Added != articles {
			b.Fatalf("added %d of %d articles", sum.Added, articles)
		}
	}
	perRun := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/perRun, "articles/s")
	b.ReportMetric(float64(sentences)/perRun, "sentences/s")
}
