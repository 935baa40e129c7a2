package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"kg/actor"
	"kg/arabic"
	"kg/article"
	"kg/extract"
)

// extractBenchCorpus is the shared corpus of real Arabic news, kept beside the
// repository rather than in it.
const extractBenchCorpus = "../../shared/bench/news-ar-2018.jsonl.gz"

// benchSample is how many corpus articles BenchmarkExtract reads: enough for
// a stable rate, few enough to hold in memory and time in seconds.
const benchSample = 3000

// BenchmarkExtract times the Arabic extractor alone on one goroutine, so its
// sentences/s is the rate per core. Sentences are counted as arabic.Sentences
// splits the text, the measure scripts/bench.sh uses.
func BenchmarkExtract(b *testing.B) {
	lex, err := actor.Load()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.NewArabic(lex)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("testdata", func(b *testing.B) {
		files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
		if err != nil || len(files) == 0 {
			b.Fatalf("no sample articles: %v", err)
		}
		benchArticles(b, x, readArticles(b, files, 0))
	})
	b.Run("corpus", func(b *testing.B) {
		if _, err := os.Stat(extractBenchCorpus); err != nil {
			b.Skipf("benchmark corpus not available (want ../shared/bench/news-ar-2018.jsonl.gz beside the repository): %v", err)
		}
		benchArticles(b, x, readArticles(b, []string{extractBenchCorpus}, benchSample))
	})
}

// readArticles reads up to limit articles (all when limit is 0).
func readArticles(b *testing.B, paths []string, limit int) []article.Article {
	b.Helper()
	var arts []article.Article
	errEnough := errors.New("enough")
	err := article.Walk(context.Background(), paths, article.Options{Strict: true}, func(a article.Article) error {
		arts = append(arts, a)
		if limit > 0 && len(arts) == limit {
			return errEnough
		}
		return nil
	}, nil)
	if err != nil && !errors.Is(err, errEnough) {
		b.Fatal(err)
	}
	return arts
}

func benchArticles(b *testing.B, x extract.Extractor, arts []article.Article) {
	var sentences, size int
	for _, a := range arts {
		sentences += len(arabic.Sentences(a.Text))
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	perPass := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sentences)/perPass, "sentences/s")
	b.ReportMetric(float64(len(arts))/perPass, "articles/s")
}
