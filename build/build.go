// Package build runs kg's pipeline from article files to the store: it reads
// articles, extracts their events on several goroutines, and writes them to
// the store in batches, skipping articles the store already holds unchanged.
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"kg/article"
	"kg/extract"
	"kg/store"
)

// Options tune a build.
type Options struct {
	Workers  int       // extraction goroutines; runtime.NumCPU() when 0
	Strict   bool      // any bad input ends the build with an error
	MaxLine  int       // longest JSON line accepted; article.DefaultMaxLine when 0
	Progress io.Writer // receives a one-line progress report, rewritten in place; nil for none
	// OnProblem is told of every input skipped; nil to ignore them (they are
	// still counted in the summary).
	OnProblem func(article.Problem)
}

// Summary says what a build did.
type Summary struct {
	Read      int // articles read from the input
	Added     int // new articles stored
	Replaced  int // articles whose text changed; their old events were replaced
	Unchanged int // articles already stored with the same text
	Duplicate int // articles whose text another stored article already has
	Skipped   int // inputs skipped as bad (see Problems)
	Failed    int // articles the extractor failed on, skipped (see Problems)
	Problems  []article.Problem
	Events    int // events of the articles stored by this build
	Triples   int
	Elapsed   time.Duration
	Stopped   bool // the build was interrupted; what is counted is stored
}

// maxProblems bounds how many problems a summary keeps; the count stays exact.
const maxProblems = 1000

// work is one article on its way through the pipeline.
type work struct {
	art    article.Article
	res    extract.Result
	stored bool             // the store already has this id with this hash
	failed *article.Problem // extraction failed; the article is skipped
}

// Run builds the store from the articles under paths. It returns the summary
// of what was done even when it fails or is interrupted (ctx cancelled):
// every article counted there is stored whole, and Run flushes before it
// returns.
func Run(parent context.Context, st *store.Store, ex extract.Extractor, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	var sum Summary
	arts := make(chan article.Article, 4*workers)
	results := make(chan work, 4*workers)
	var walkErr error
	var skipped int
	var problems []article.Problem // the walker's own; merged into sum once it is done
	walkDone := make(chan struct{})
	go func() {
		defer close(walkDone)
		defer close(arts)
		walkErr = article.Walk(ctx, paths, article.Options{Strict: opt.Strict, MaxLine: opt.MaxLine},
			func(a article.Article) error {
				select {
				case arts <- a:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			},
			func(p article.Problem) {
				skipped++
				if len(problems) < maxProblems {
					problems = append(problems, p)
				}
				if opt.OnProblem != nil {
					opt.OnProblem(p)
				}
			})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range arts {
				w := work{art: a}
				if old, ok, err := st.Article(a.ID); err == nil && ok && old.Hash == a.Hash {
					w.stored = true // nothing to extract: a rebuild costs a read
				} else {
					res, err := ex.Extract(a)
					if err != nil {
						w.failed = &article.Problem{Path: a.Source, Err: fmt.Errorf("extract %s: %w", a.ID, err)}
					}
					w.res = res
				}
				select {
				case results <- w:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	writeErr := write(st, results, &sum, opt, start)
	if writeErr != nil {
		cancel()
		for range results { // let the workers finish
		}
	}
	cancel() // the walk may still be running if the workers stopped early
	<-walkDone
	sum.Skipped = skipped
	sum.Problems = append(problems, sum.Problems...)
	sum.Elapsed = time.Since(start)
	if opt.Progress != nil {
		fmt.Fprint(opt.Progress, "\r\033[K")
	}
	switch {
	case writeErr != nil:
		return sum, writeErr
	case walkErr != nil && parent.Err() != nil:
		sum.Stopped = true
		return sum, parent.Err()
	case walkErr != nil && !errors.Is(walkErr, context.Canceled):
		return sum, walkErr
	}
	return sum, nil
}

// write stores the results in batches and counts them.
func write(st *store.Store, results <-chan work, sum *Summary, opt Options, start time.Time) error {
	batch := st.NewBatch()
	lastReport := time.Now()
	progress := opt.Progress
	for w := range results {
		sum.Read++
		if w.stored {
			sum.Unchanged++
			continue
		}
		if w.failed != nil {
			if opt.Strict {
				batch.Discard()
				return w.failed
			}
			sum.Failed++
			if len(sum.Problems) < maxProblems {
				sum.Problems = append(sum.Problems, *w.failed)
			}
			if opt.OnProblem != nil {
				opt.OnProblem(*w.failed)
			}
			continue
		}
		status, err := batch.Put(w.art, w.res)
		if err != nil {
			batch.Discard()
			return err
		}
		switch status {
		case store.Added:
			sum.Added++
		case store.Replaced:
			sum.Replaced++
		case store.Unchanged:
			sum.Unchanged++
		case store.Duplicate:
			sum.Duplicate++
		}
		if status == store.Added || status == store.Replaced {
			sum.Events += len(w.res.Events)
			for _, e := range w.res.Events {
				sum.Triples += len(e.Triples())
			}
		}
		if progress != nil && time.Since(lastReport) > 200*time.Millisecond {
			lastReport = time.Now()
			rate := float64(sum.Read) / time.Since(start).Seconds()
			fmt.Fprintf(progress, "\r\033[K%d articles read, %d events, %.0f articles/s", sum.Read, sum.Events, rate)
		}
	}
	return batch.Flush()
}

// Write prints the summary for a person.
func (s Summary) Write(w io.Writer) error {
	fmt.Fprintf(w, "%d articles read: %d added, %d replaced, %d unchanged, %d duplicates; %d inputs skipped\n",
		s.Read, s.Added, s.Replaced, s.Unchanged, s.Duplicate, s.Skipped)
	if s.Failed > 0 {
		fmt.Fprintf(w, "%d articles skipped because extraction failed on them (see the warnings)\n", s.Failed)
	}
	_, err := fmt.Fprintf(w, "%d events, %d triples stored in %.1fs\n", s.Events, s.Triples, s.Elapsed.Seconds())
	return err
}
