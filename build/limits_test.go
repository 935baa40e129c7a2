package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kg/article"
	"kg/store"
)

// TestRunSkipsOversizeArticles checks that an article over the reader's limit
// or over what the store holds is a skipped input with a warning, not a
// failed build, and that strict mode fails on it instead.
func TestRunSkipsOversizeArticles(t *testing.T) {
	// Latin letters: the extractor reads no line of it, so the test times
	// the limits, not extraction.
	huge := strings.Repeat("word ", store.MaxRecord/5+1)
	tests := []struct {
		name    string
		text    string // the oversize article's
		maxLine int
		want    error
	}{
		{"over MaxLine", strings.Repeat("word ", 8<<10), 32 << 10, article.ErrTooLong}, // the samples are under 8 KB
		{"over the store's record size", huge, 2 * store.MaxRecord, store.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := seeds(t)
			if err := os.WriteFile(filepath.Join(dir, "zz-big.txt"), []byte("title\n"+tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			var warned []article.Problem
			sum, err := Run(context.Background(), openStore(t), newExtractor(t), []string{dir},
				Options{Workers: 2, MaxLine: tt.maxLine, OnProblem: func(p article.Problem) { warned = append(warned, p) }})
			if err != nil {
				t.Fatalf("build failed: %v", err)
			}
			if sum.Added != 5 || sum.Skipped != 1 {
				t.Errorf("summary %+v, want the 5 sample articles added and 1 skipped", sum)
			}
			if len(warned) != 1 || !errors.Is(warned[0], tt.want) || !strings.Contains(warned[0].Error(), "zz-big.txt") {
				t.Errorf("warnings %v, want one naming zz-big.txt as %v", warned, tt.want)
			}
			if len(sum.Problems) != 1 || !errors.Is(sum.Problems[0], tt.want) {
				t.Errorf("summary problems %v, want one %v", sum.Problems, tt.want)
			}

			_, err = Run(context.Background(), openStore(t), newExtractor(t), []string{dir},
				Options{Workers: 2, MaxLine: tt.maxLine, Strict: true})
			if !errors.Is(err, tt.want) {
				t.Errorf("strict build: error %v, want %v", err, tt.want)
			}
		})
	}
}

// TestBudget checks the in-flight budget: bytes beyond it wait for a
// release, an article larger than all of it passes alone, and a cancelled
// context ends the wait.
func TestBudget(t *testing.T) {
	ctx := context.Background()
	b := newBudget(100)
	if err := b.acquire(ctx, 60); err != nil {
		t.Fatal(err)
	}
	got := make(chan error, 1)
	go func() { got <- b.acquire(ctx, 50) }()
	select {
	case err := <-got:
		t.Fatalf("acquired 50 more of 100 while 60 were held (err %v)", err)
	case <-time.After(50 * time.Millisecond):
	}
	b.release(60)
	select {
	case err := <-got:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a release did not wake the waiting acquire")
	}
	b.release(50)

	if err := b.acquire(ctx, 1000); err != nil {
		t.Fatalf("an article over the whole budget, alone: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	go func() { got <- b.acquire(cctx, 1) }()
	cancel()
	select {
	case err := <-got:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled acquire returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a cancelled acquire did not return")
	}
}
