package build

import (
	"context"
	"fmt"

	"kg/article"
	"kg/extract"
)

// ExtractEach extracts the articles under paths, in the order they are
// read, and hands each result to each; nothing is stored. Bad input and an
// article the extractor fails on go to onProblem and the walk goes on, as
// in a build, so one article cannot cut the output short. It returns how
// many articles the extractor failed on, and the first error of each or of
// the walk itself.
func ExtractEach(ctx context.Context, ex extract.Extractor, paths []string, opt article.Options,
	each func(article.Article, extract.Result) error, onProblem func(article.Problem)) (failed int, err error) {
	err = article.Walk(ctx, paths, opt, func(a article.Article) error {
		res, err := ex.Extract(a)
		if err != nil {
			failed++
			onProblem(article.Problem{Path: a.Source, Err: fmt.Errorf("extract %s: %w", a.ID, err)})
			return nil
		}
		return each(a, res)
	}, onProblem)
	return failed, err
}
