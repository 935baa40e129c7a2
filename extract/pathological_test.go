package extract_test

import (
	"strings"
	"testing"
	"time"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// TestExtractTimeGrowsLinearly guards against input that slows the extractor
// down more than in proportion to its size: a megabyte without a sentence
// break, a line of 100,000 actor names after a trigger. It measures the
// processor time of each input at a quarter of its size and at full size and
// fails when four times the size takes more than eight times as long. A ratio
// of processor times holds on a slow machine as on a fast one, and on a busy
// one, where wall-clock ratios had reached 9×.
func TestExtractTimeGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a few megabytes; skipped with -short")
	}
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.NewArabic(lex)
	if err != nil {
		t.Fatal(err)
	}
	// Every actor's first Arabic name, so that a long list names many
	// different actors, as a real list would.
	var names []string
	for _, a := range lex.All() {
		if len(a.Arabic) > 0 {
			names = append(names, a.Arabic[0])
		}
	}
	if len(names) < 100 {
		t.Fatalf("the lexicon has %d Arabic names; want a hundred or more", len(names))
	}
	// A clause with names, titles, triggers, prepositions, a list and dual
	// verbs (each looks ahead for what its sides agreed on), and no mark
	// that ends a sentence.
	const clause = "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو " +
		"وبحث الجانبان دعم الحكومة السورية بوساطة روسية بين روسيا وتركيا وإيران واتفقا واتفقا " +
		"واتهمت إسرائيل إيران بشن هجمات على مواقع أمريكية و "
	tests := []struct {
		name string
		text func(n int) string // an input of about n bytes or n names
		n    int                // the full size; the test also times n/4
	}{
		{"no sentence break", func(n int) string {
			return strings.Repeat(clause, n/len(clause))
		}, 1 << 20},
		{"dual verbs", func(n int) string {
			const dual = "واتفقا "
			return "التقى بوتين أردوغان " + strings.Repeat(dual, n/len(dual))
		}, 1 << 16},
		{"line of names", func(n int) string {
			var b strings.Builder
			b.WriteString("التقى ")
			for i := range n {
				if i > 0 {
					b.WriteString(" و")
				}
				b.WriteString(names[i%len(names)])
			}
			return b.String()
		}, 100_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Four times the input: linear work takes 4× as long, quadratic
			// 16×; the bar of 8× leaves room for the garbage collector.
			quarter := timeExtract(t, x, tt.text(tt.n/4))
			full := timeExtract(t, x, tt.text(tt.n))
			t.Logf("size %d: %v; size %d: %v (%.1f×)", tt.n/4, quarter, tt.n, full, float64(full)/float64(quarter))
			if full > 8*quarter {
				t.Errorf("four times the input took the extractor from %v to %v: more than eight times as long", quarter, full)
			}
		})
	}
}

// timeExtract returns the least processor time of three extractions of one
// article.
func timeExtract(t *testing.T, x extract.Extractor, text string) time.Duration {
	t.Helper()
	a := article.Article{ID: "pathological", Text: text, Hash: article.HashText(text),
		Date: time.Date(2018, 3, 1, 0, 0, 0, 0, time.UTC)}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := cpuTime()
		if _, err := x.Extract(a); err != nil {
			t.Fatal(err)
		}
		best = min(best, cpuTime()-start)
	}
	return best
}
