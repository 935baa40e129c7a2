package extract_test

import (
	"context"
	"os"
	"testing"

	"kg/actor"
	"kg/eval"
	"kg/extract"
)

// benchCorpus holds the unseen news the dev and test gold files annotate;
// it lives outside the repository.
const benchCorpus = "../../shared/bench/news-ar-2018.jsonl.gz"

func score(t *testing.T, gold string, paths ...string) eval.Result {
	t.Helper()
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Run(context.Background(), ex, lex, gold, paths)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Missing) > 0 {
		t.Fatalf("%s: articles not found: %v", gold, r.Missing)
	}
	return r
}

// TestSeedsBar scores the extractor on the sample articles and fails below
// the bar of the product: country level F1 ≥ 0.90 with precision ≥ 0.90,
// entity level F1 ≥ 0.85.
func TestSeedsBar(t *testing.T) {
	r := score(t, "../testdata/gold.jsonl", "../testdata/articles")
	c, e := r.Country.Overall, r.Entity.Overall
	t.Logf("seeds: country P %.3f R %.3f F1 %.3f; entity P %.3f R %.3f F1 %.3f",
		c.Precision(), c.Recall(), c.F1(), e.Precision(), e.Recall(), e.F1())
	bars := []struct {
		name      string
		got, want float64
	}{
		{"country precision", c.Precision(), 0.90},
		{"country F1", c.F1(), 0.90},
		{"entity F1", e.F1(), 0.85},
	}
	for _, b := range bars {
		if b.got < b.want {
			t.Errorf("%s %.3f, below the bar %.2f", b.name, b.got, b.want)
		}
	}
}

// TestUnseenNews scores news the rules were not written on: the dev sets
// (studied for errors) and the test sets (held out, only their totals are
// read; test3 to test6 were annotated blind after all the others, and no
// rule was chosen on them). It fails when country precision or recall
// falls below the level reached. Measured (country level): dev P 0.983
// R 0.604, dev2 P 1.000 R 0.446, test P 0.846 R 0.196, test2 P 0.939
// R 0.333, test3 P 0.867 R 0.321, test4 P 0.877 R 0.417, test5 P 0.857
// R 0.254, test6 P 0.783 R 0.209; the floors leave room for noise of
// about one triple.
func TestUnseenNews(t *testing.T) {
	if _, err := os.Stat(benchCorpus); err != nil {
		t.Skipf("benchmark corpus not present at %s (it lives outside the repository): %v", benchCorpus, err)
	}
	for _, set := range []struct {
		gold              string
		precision, recall float64
		blind             bool // only the lead reads its figures
	}{
		{"../testdata/news-dev.jsonl", 0.96, 0.59, false},
		{"../testdata/news-dev2.jsonl", 0.95, 0.43, false},
		{"../testdata/news-test.jsonl", 0.80, 0.17, false},
		{"../testdata/news-test2.jsonl", 0.90, 0.32, false},
		{"../testdata/news-test3.jsonl", 0.83, 0.30, true},
		{"../testdata/news-test4.jsonl", 0.85, 0.40, true},
		{"../testdata/news-test5.jsonl", 0.80, 0.23, true},
		{"../testdata/news-test6.jsonl", 0.70, 0.19, true},
	} {
		r := score(t, set.gold, benchCorpus)
		c := r.Country.Overall
		if !set.blind {
			t.Logf("%s: country P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", set.gold, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
		}
		if c.Precision() < set.precision {
			t.Errorf("%s: country precision %.3f, below the floor %.2f", set.gold, c.Precision(), set.precision)
		}
		if c.Recall() < set.recall {
			t.Errorf("%s: country recall %.3f, below the floor %.2f", set.gold, c.Recall(), set.recall)
		}
	}
}
