// Command floor measures what any kg build of a corpus must spend before
// extraction: reading the files, decompressing them, decoding the JSON lines
// and splitting the texts into sentences, with the reader and the sentence
// splitter kg build uses (article.Walk, arabic.Sentences). With -extract it
// also times the Arabic extractor alone on one goroutine, which is its rate
// per core. scripts/bench.sh compares kg build with these figures.
//
//	go run ./scripts/floor [-extract] [-limit N] PATH...
//
// It prints one line of key=value pairs:
//
//	articles=30049 sentences=297162 text_bytes=... floor_seconds=3.1 [extract_seconds=23.0 sentences_per_second=12900]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"kg/actor"
	"kg/arabic"
	"kg/article"
	"kg/extract"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "floor: %v\n", err)
		os.Exit(1)
	}
}

// errLimit ends a walk once enough articles are read.
var errLimit = errors.New("article limit reached")

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("floor", flag.ContinueOnError)
	withExtract := fs.Bool("extract", false, "also time the extractor alone, on one goroutine")
	limit := fs.Int("limit", 0, "read at most this many articles (0: all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return errors.New("usage: floor [-extract] [-limit N] PATH...")
	}

	var ex extract.Extractor
	if *withExtract {
		lex, err := actor.Load()
		if err != nil {
			return err
		}
		if ex, err = extract.NewArabic(lex); err != nil {
			return err
		}
	}

	var articles, sentences, textBytes, problems int
	var extracting time.Duration
	start := time.Now()
	err := article.Walk(context.Background(), fs.Args(), article.Options{}, func(a article.Article) error {
		articles++
		textBytes += len(a.Text)
		sentences += len(arabic.Sentences(a.Text))
		if ex != nil {
			t := time.Now()
			if _, err := ex.Extract(a); err != nil {
				return err
			}
			extracting += time.Since(t)
		}
		if *limit > 0 && articles == *limit {
			return errLimit
		}
		return nil
	}, func(article.Problem) { problems++ })
	if err != nil && !errors.Is(err, errLimit) {
		return err
	}
	if articles == 0 {
		return fmt.Errorf("no articles read from %v (%d inputs skipped)", fs.Args(), problems)
	}
	floor := time.Since(start) - extracting
	fmt.Fprintf(w, "articles=%d sentences=%d text_bytes=%d skipped=%d floor_seconds=%.3f",
		articles, sentences, textBytes, problems, floor.Seconds())
	if ex != nil {
		fmt.Fprintf(w, " extract_seconds=%.3f sentences_per_second=%.0f",
			extracting.Seconds(), float64(sentences)/extracting.Seconds())
	}
	_, err = fmt.Fprintln(w)
	return err
}
