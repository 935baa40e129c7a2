package eval

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"kg/actor"
	"kg/extract"
)

// TestRunPaths: a path that is not there, or one holding none of the gold
// articles, is an error, not a score of zero.
func TestRunPaths(t *testing.T) {
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	gold := "../testdata/gold.jsonl"
	if _, err := Run(context.Background(), ex, lex, gold, []string{"../testdata/no-such-folder"}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing path: %v", err)
	}
	if _, err := Run(context.Background(), ex, lex, gold, []string{t.TempDir()}); err == nil || !strings.Contains(err.Error(), "none of the") {
		t.Errorf("path without the gold articles: %v", err)
	}
	r, err := Run(context.Background(), ex, lex, gold, []string{"../testdata/articles"})
	if err != nil || r.Articles != 5 || r.Country.Overall.TP == 0 {
		t.Errorf("seeds: %+v, %v", r.Country.Overall, err)
	}
}
