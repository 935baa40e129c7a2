package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/actor"
	"kg/article"
	"kg/extract"
	"kg/store"
)

// seeds copies the sample articles into a fresh folder the test may change.
func seeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func newExtractor(t *testing.T) extract.Extractor {
	t.Helper()
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "kg.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestRunBuildsAndRebuilds(t *testing.T) {
	dir := seeds(t)
	st := openStore(t)
	ex := newExtractor(t)
	ctx := context.Background()

	first, err := Run(ctx, st, ex, []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if first.Read != 5 || first.Added != 5 || first.Events == 0 || first.Triples < first.Events {
		t.Fatalf("first build: %+v", first)
	}
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 5 || stats.Events != first.Events || stats.Triples != first.Triples {
		t.Fatalf("store holds %+v after a build that reported %+v", stats, first)
	}

	again, err := Run(ctx, st, ex, []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 5 || again.Added != 0 || again.Events != 0 {
		t.Fatalf("rebuild of unchanged articles: %+v", again)
	}
	if after, _ := st.Stats(); after != stats {
		t.Fatalf("rebuild changed the store: %+v, was %+v", after, stats)
	}

	// An article whose text changed replaces its old events.
	name := filepath.Join(dir, "004_aefd97f5f178b05d.txt")
	b, _ := os.ReadFile(name)
	if err := os.WriteFile(name, append(b, []byte("\nوانتقدت روسيا إسرائيل.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := Run(ctx, st, ex, []string{dir}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if changed.Replaced != 1 || changed.Unchanged != 4 {
		t.Fatalf("rebuild after one change: %+v", changed)
	}
	if after, _ := st.Stats(); after.Articles != 5 {
		t.Fatalf("a replaced article was stored twice: %+v", after)
	}
}

func TestRunSkipsBadInput(t *testing.T) {
	dir := seeds(t)
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.jsonl"), []byte("{\"id\": \"a\", \"text\": \"نص\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	var warned []string
	sum, err := Run(context.Background(), st, newExtractor(t), []string{dir}, Options{
		OnProblem: func(p article.Problem) { warned = append(warned, p.Error()) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 2 || sum.Read != 6 || len(warned) != 2 {
		t.Fatalf("summary %+v, warnings %q", sum, warned)
	}
	joined := strings.Join(warned, "\n")
	if !strings.Contains(joined, "empty.txt") || !strings.Contains(joined, "broken.jsonl:2") {
		t.Errorf("warnings do not name file and line: %q", warned)
	}

	// With Strict the first bad input ends the build with its error.
	_, err = Run(context.Background(), openStore(t), newExtractor(t), []string{dir}, Options{Strict: true})
	var p article.Problem
	if !errors.As(err, &p) {
		t.Fatalf("strict build: error %v, want an article.Problem", err)
	}
}

// failing is an extractor that fails on one article.
type failing struct {
	extract.Extractor
	bad string
}

func (f failing) Extract(a article.Article) (extract.Result, error) {
	if a.ID == f.bad {
		return extract.Result{}, errors.New("cannot read this one")
	}
	return f.Extractor.Extract(a)
}

func TestRunSkipsArticleTheExtractorFailsOn(t *testing.T) {
	st := openStore(t)
	ex := failing{newExtractor(t), "001_6309f5d26756ba1b.txt"}
	sum, err := Run(context.Background(), st, ex, []string{seeds(t)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Added != 4 {
		t.Fatalf("summary %+v", sum)
	}
	if _, ok, _ := st.Article("001_6309f5d26756ba1b.txt"); ok {
		t.Error("the article the extractor failed on was stored")
	}
}

func TestExtractEachGoesOnPastAFailedArticle(t *testing.T) {
	const bad = "001_6309f5d26756ba1b.txt"
	var got []string
	var problems []article.Problem
	failed, err := ExtractEach(context.Background(), failing{newExtractor(t), bad}, []string{seeds(t)}, article.Options{},
		func(a article.Article, _ extract.Result) error {
			got = append(got, a.ID)
			return nil
		},
		func(p article.Problem) { problems = append(problems, p) })
	if err != nil {
		t.Fatal(err)
	}
	if failed != 1 || len(got) != 4 || slices.Contains(got, bad) {
		t.Errorf("failed %d, results for %v; want 1 failed and the other 4 articles", failed, got)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), bad) {
		t.Errorf("problems %v; want one naming %s", problems, bad)
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := Run(ctx, st, newExtractor(t), []string{seeds(t)}, Options{})
	if !errors.Is(err, context.Canceled) || !sum.Stopped {
		t.Fatalf("cancelled build: %+v, %v", sum, err)
	}
	stats, err := st.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != sum.Added {
		t.Errorf("store holds %d articles, the summary says %d were added", stats.Articles, sum.Added)
	}
}

func TestSummaryWrite(t *testing.T) {
	var b strings.Builder
	s := Summary{Read: 7, Added: 5, Unchanged: 1, Duplicate: 1, Skipped: 2, Failed: 1, Events: 9, Triples: 12}
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"7 articles read", "5 added", "2 inputs skipped", "1 articles skipped because extraction failed", "9 events, 12 triples"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary %q lacks %q", b.String(), want)
		}
	}
}

// TestRunDuplicateIDs: two articles with one id in one build keep the first
// read, report the second, and a rebuild changes nothing.
func TestRunDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	lines := `{"id": "A", "text": "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان."}
{"id": "A", "text": "انتقدت روسيا إسرائيل."}
`
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	ex := newExtractor(t)
	var texts []string
	for range 3 {
		var warned []string
		sum, err := Run(context.Background(), st, ex, []string{dir}, Options{
			OnProblem: func(p article.Problem) { warned = append(warned, p.Error()) },
		})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Skipped != 1 || len(warned) != 1 || !strings.Contains(warned[0], "a.jsonl:2") || !strings.Contains(warned[0], "duplicate article id") {
			t.Fatalf("summary %+v, warnings %q", sum, warned)
		}
		a, ok, err := st.Article("A")
		if err != nil || !ok {
			t.Fatal(ok, err)
		}
		texts = append(texts, a.Text)
	}
	for _, text := range texts {
		if !strings.Contains(text, "بوتين") {
			t.Errorf("stored text %q, want the first article's, every time", text)
		}
	}
	_, err := Run(context.Background(), openStore(t), ex, []string{dir}, Options{Strict: true})
	if !errors.Is(err, ErrDuplicateID) {
		t.Errorf("strict build with a duplicate id: %v", err)
	}
}

func TestSummaryReasonsAndActors(t *testing.T) {
	dir := seeds(t)
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte("not json\nalso not\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), openStore(t), newExtractor(t), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reasons["empty"] != 1 || sum.Reasons["malformed JSON"] != 2 {
		t.Errorf("reasons %v", sum.Reasons)
	}
	if sum.Actors < 10 {
		t.Errorf("actors %d: the sample articles name more", sum.Actors)
	}
	var b strings.Builder
	if err := sum.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "skipped: 2 malformed JSON, 1 empty") || !strings.Contains(b.String(), " actors\n") {
		t.Errorf("summary:\n%s", b.String())
	}
}

// TestRunSkipsItsOwnStore: a store kept inside the folder being built is
// not read as input.
func TestRunSkipsItsOwnStore(t *testing.T) {
	dir := seeds(t)
	st, err := store.Open(filepath.Join(dir, "kg.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for range 2 {
		sum, err := Run(context.Background(), st, newExtractor(t), []string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Skipped != 0 || sum.Read != 5 {
			t.Errorf("build of a folder holding its store: %+v", sum)
		}
	}
}
