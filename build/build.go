// Package build runs kg's pipeline from article files to the store: it reads
// articles, extracts their events on several goroutines, and writes them to
// the store in batches, skipping articles the store already holds unchanged.
//
// A build's memory does not grow with the corpus: files are read one line at
// a time, at most DefaultMaxLine bytes each; the articles between the reader
// and the store are bounded in number (a few per worker) and in text
// (maxInFlight bytes); the store's transactions are committed when full, and
// at the latest every maxUncommitted bytes of text.
package build

import (
	"cmp"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"kg/article"
	"kg/extract"
	"kg/store"
)

// Options tune a build.
type Options struct {
	Workers  int       // extraction goroutines; runtime.NumCPU() when 0
	Strict   bool      // any bad input ends the build with an error
	MaxLine  int       // longest JSON line, and largest .txt file, accepted; DefaultMaxLine when 0
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
	Reasons   map[string]int // skipped inputs and failed articles by why: "empty", "malformed JSON", …
	Events    int            // events of the articles stored by this build
	Triples   int
	Actors    int // distinct actors in the triples stored by this build
	Elapsed   time.Duration
	Stopped   bool // the build was interrupted; what is counted is stored
}

// ErrDuplicateID is wrapped by the problem reported for an article whose id
// another article of the same build already has.
var ErrDuplicateID = errors.New("duplicate article id")

// maxProblems bounds how many problems a summary keeps; the count stays exact.
const maxProblems = 1000

// DefaultMaxLine is the longest JSON line, and the largest .txt file, a build
// reads when Options.MaxLine is 0; longer ones are skipped with a warning. An
// article's text and metadata must fit in one store value (the store refuses
// records over 16 MiB with store.ErrTooLarge, which a build also skips), and
// no news article comes near 8 MiB.
const DefaultMaxLine = 8 << 20

// maxInFlight bounds the text of the articles read but not yet stored; one
// article longer than that is let through alone.
const maxInFlight = 32 << 20

// maxUncommitted bounds the text a batch holds before it is committed. Badger
// commits a transaction when its size reaches a limit, but counts a value
// stored in its value log (a text over 1 MB) as a pointer only.
const maxUncommitted = 16 << 20

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
	if opt.MaxLine <= 0 {
		opt.MaxLine = DefaultMaxLine
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	sum := Summary{Reasons: map[string]int{}}
	arts := make(chan article.Article, 4*workers)
	results := make(chan work, 4*workers)
	inFlight := newBudget(maxInFlight)
	var walkErr error
	var skipped int
	var problems []article.Problem // the walker's own; merged into sum once it is done
	walkDone := make(chan struct{})
	ids := map[string]string{} // article id → where it was read, for this build
	walkReasons := map[string]int{}
	report := func(p article.Problem) {
		skipped++
		walkReasons[reason(p)]++
		if len(problems) < maxProblems {
			problems = append(problems, p)
		}
		if opt.OnProblem != nil {
			opt.OnProblem(p)
		}
	}
	go func() {
		defer close(walkDone)
		defer close(arts)
		walkErr = article.Walk(ctx, paths, article.Options{Strict: opt.Strict, MaxLine: opt.MaxLine, Exclude: []string{st.Dir()}},
			func(a article.Article) error {
				// One id, one article: a second article with an id already
				// read in this build (the same file name in two folders, an
				// id repeated in a .jsonl) would replace the first in one
				// build and be replaced by it in the next.
				if first, dup := ids[a.ID]; dup {
					p := article.Problem{Path: a.Source, Err: fmt.Errorf("%w: %q, first read from %s; skipped", ErrDuplicateID, a.ID, first)}
					if opt.Strict {
						return p
					}
					report(p)
					return nil
				}
				ids[a.ID] = a.Source
				if err := inFlight.acquire(ctx, len(a.Text)); err != nil {
					return err
				}
				select {
				case arts <- a:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			},
			report)
	}()

	var wg sync.WaitGroup
	var dropped atomic.Bool // a worker left an article unstored when ctx ended
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
					dropped.Store(true)
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	writeErr := write(st, results, inFlight, &sum, opt, start)
	if writeErr != nil {
		cancel()
		for range results { // let the workers finish
		}
	}
	cancel() // the walk may still be running if the workers stopped early
	<-walkDone
	sum.Skipped += skipped
	for r, n := range walkReasons {
		sum.Reasons[r] += n
	}
	sum.Problems = append(problems, sum.Problems...)
	if len(sum.Problems) > maxProblems {
		sum.Problems = sum.Problems[:maxProblems]
	}
	sum.Elapsed = time.Since(start)
	if opt.Progress != nil {
		fmt.Fprint(opt.Progress, "\r\033[K")
	}
	switch {
	case writeErr != nil:
		return sum, writeErr
	case parent.Err() != nil && (walkErr != nil || dropped.Load()):
		// Interrupted, whether while reading or once all was read.
		sum.Stopped = true
		return sum, parent.Err()
	case walkErr != nil && !errors.Is(walkErr, context.Canceled):
		return sum, walkErr
	}
	return sum, nil
}

// write stores the results in batches and counts them, returning the text of
// each article to the in-flight budget once it is handled.
func write(st *store.Store, results <-chan work, inFlight *budget, sum *Summary, opt Options, start time.Time) error {
	batch := st.NewBatch()
	lastReport := time.Now()
	progress := opt.Progress
	uncommitted := 0
	actors := map[string]bool{}
	defer func() { sum.Actors = len(actors) }()
	problem := func(p article.Problem) {
		sum.Reasons[reason(p)]++
		if len(sum.Problems) < maxProblems {
			sum.Problems = append(sum.Problems, p)
		}
		if opt.OnProblem != nil {
			opt.OnProblem(p)
		}
	}
	for w := range results {
		inFlight.release(len(w.art.Text))
		sum.Read++
		if w.stored {
			sum.Unchanged++
			continue
		}
		if w.failed != nil {
			if opt.Strict {
				// What the summary counted so far is stored, as it says.
				if err := batch.Flush(); err != nil {
					return err
				}
				return w.failed
			}
			sum.Failed++
			problem(*w.failed)
			continue
		}
		status, err := batch.Put(w.art, w.res)
		if errors.Is(err, store.ErrTooLarge) && !opt.Strict {
			// The batch is intact: Put wrote nothing of this article.
			sum.Skipped++
			problem(article.Problem{Path: w.art.Source, Err: err})
			continue
		}
		if err != nil {
			batch.Discard()
			return err
		}
		if uncommitted += len(w.art.Text); uncommitted >= maxUncommitted {
			if err := batch.Flush(); err != nil {
				return err
			}
			uncommitted = 0
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
				for _, t := range e.Triples() {
					sum.Triples++
					actors[t.Subject], actors[t.Object] = true, true
				}
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
	if len(s.Reasons) > 0 {
		reasons := make([]string, 0, len(s.Reasons))
		for r := range s.Reasons {
			reasons = append(reasons, r)
		}
		slices.SortFunc(reasons, func(a, b string) int { return cmp.Or(cmp.Compare(s.Reasons[b], s.Reasons[a]), cmp.Compare(a, b)) })
		for i, r := range reasons {
			reasons[i] = fmt.Sprintf("%d %s", s.Reasons[r], r)
		}
		fmt.Fprintf(w, "skipped: %s (the warnings name each file and line)\n", strings.Join(reasons, ", "))
	}
	_, err := fmt.Fprintf(w, "%d events, %d triples stored in %.1fs; %d actors\n", s.Events, s.Triples, s.Elapsed.Seconds(), s.Actors)
	return err
}

// reason says in a few words why an input was skipped.
func reason(p article.Problem) string {
	for _, r := range []struct {
		err  error
		what string
	}{
		{ErrDuplicateID, "duplicate id"},
		{store.ErrTooLarge, "too large to store"},
		{article.ErrEmpty, "empty"},
		{article.ErrBinary, "binary"},
		{article.ErrNotUTF8, "not UTF-8"},
		{article.ErrTooLong, "too long"},
		{article.ErrBadJSON, "malformed JSON"},
		{article.ErrMissing, "missing field"},
		{article.ErrUnsupported, "not an article file"},
		{article.ErrNotRegular, "not a regular file"},
		{article.ErrVisited, "already read"},
		{fs.ErrNotExist, "not found"},
		{fs.ErrPermission, "unreadable"},
		{gzip.ErrChecksum, "damaged gzip"},
		{gzip.ErrHeader, "damaged gzip"},
		{io.ErrUnexpectedEOF, "truncated"},
	} {
		if errors.Is(p, r.err) {
			return r.what
		}
	}
	if strings.HasPrefix(p.Err.Error(), "extract ") {
		return "extraction failed"
	}
	return "unreadable"
}

// budget bounds the bytes of text in flight between the reader and the
// store. One goroutine acquires, others release.
type budget struct {
	mu    sync.Mutex
	max   int
	used  int
	freed chan struct{} // a wake-up for the acquirer; holds at most one
}

func newBudget(max int) *budget {
	return &budget{max: max, freed: make(chan struct{}, 1)}
}

// acquire waits until n more bytes fit in the budget, or the budget is
// empty, or ctx is done.
func (b *budget) acquire(ctx context.Context, n int) error {
	for {
		b.mu.Lock()
		if b.used == 0 || b.used+n <= b.max {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		b.mu.Unlock()
		select {
		case <-b.freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	select {
	case b.freed <- struct{}{}:
	default: // a wake-up is already pending
	}
}
