package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"kg/actor"
	"kg/article"
	"kg/extract"
)

// FuzzExtract runs the Arabic extractor on arbitrary text. It must not fail
// (Extract turns a panic into an error, which counts as a failure here);
// every event must point into the article: its sentence, trigger and
// mentions are the bytes their spans cover, the trigger inside the sentence;
// and every actor it discovers must be one the lexicon accepts.
func FuzzExtract(f *testing.F) {
	lex, err := actor.Load()
	if err != nil {
		f.Fatal(err)
	}
	x, err := extract.NewArabic(lex)
	if err != nil {
		f.Fatal(err)
	}
	probe, err := actor.Load() // learns the discovered actors
	if err != nil {
		f.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed articles: %v", err)
	}
	// Paragraphs of the sample articles, not whole articles: the fuzzer
	// minimizes what it finds byte by byte, which takes minutes on 5 KB.
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		n := 0
		for line := range strings.Lines(string(data)) {
			if len(line) >= 100 && len(line) <= 1000 && n < 6 {
				f.Add(line, int64(19000+n))
				n++
			}
		}
	}
	for _, s := range []string{
		"",
		"التقى الرئيس الروسي فلاديمير بوتين نظيره السوري بشار الأسد في موسكو.",
		"واتهمت إيران الولايات المتحدة و\u200fإسرائيل\u200f بـ«الهجوم» على منشآتها، ورفضت طهران العرض.",
		"أكد الجانبان\n\nالتقى\r\nبوتين\u00a0أردوغان؛ التقى التقى التقى.",
		"\xff\xfeبوتين\x00الأسد\u202e.",
		"وزير الخارجية وزير الخارجية وزير الخارجية الأمريكي أنتوني بلينكن ٢٠٢٣ 1999 2101",
		"«»«»«(((«بوتين»)))»",
		"ال ال ال و و ب ل ك",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(19000))
	}
	f.Fuzz(func(t *testing.T, text string, day int64) {
		a := article.Article{ID: "fuzz", Text: text, Hash: article.HashText(text)}
		if day != 0 {
			a.Date = time.Unix(0, 0).UTC().AddDate(0, 0, int(day%40000))
		}
		res, err := x.Extract(a)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		// A discovered actor is stored, and every query adds it to the
		// lexicon: one the lexicon refuses would break them all.
		introduced := map[string]bool{}
		for _, act := range res.NewActors {
			introduced[act.ID] = true
			if _, known := probe.ByID(act.ID); known {
				continue // a lexicon actor, or one checked before
			}
			if err := probe.Add(act); err != nil {
				t.Fatalf("the lexicon refuses a discovered actor: %v", err)
			}
		}
		inText := func(what string, s extract.Span, want string) {
			t.Helper()
			switch {
			case s.Start < 0 || s.Start > s.End || s.End > len(text):
				t.Fatalf("%s span %v outside the text of %d bytes", what, s, len(text))
			case text[s.Start:s.End] != want:
				t.Fatalf("%s span %v covers %q, the event says %q", what, s, text[s.Start:s.End], want)
			}
		}
		for i, e := range res.Events {
			if !e.Relation.Valid() {
				t.Fatalf("event %d: relation %q", i, e.Relation)
			}
			if e.Confidence < 0 || e.Confidence > 1 {
				t.Fatalf("event %d: confidence %v", i, e.Confidence)
			}
			inText("sentence", e.SentSpan, e.Sentence)
			if e.Sentence == "" || !utf8.ValidString(e.Sentence) && utf8.ValidString(text) {
				t.Fatalf("event %d: sentence %q", i, e.Sentence)
			}
			if e.TrigSpan != (extract.Span{}) {
				inText("trigger", e.TrigSpan, e.Trigger)
				if e.TrigSpan.Start < e.SentSpan.Start || e.TrigSpan.End > e.SentSpan.End {
					t.Fatalf("event %d: trigger %v outside its sentence %v", i, e.TrigSpan, e.SentSpan)
				}
			}
			for _, arg := range e.Args {
				if arg.Actor == "" {
					t.Fatalf("event %d: an argument without an actor: %+v", i, arg)
				}
				if _, ok := lex.ByID(arg.Actor); !ok && !introduced[arg.Actor] {
					t.Fatalf("event %d: argument %q is neither in the lexicon nor discovered", i, arg.Actor)
				}
				if arg.Span != (extract.Span{}) {
					inText("mention", arg.Span, arg.Mention)
				}
			}
			for _, tr := range e.Triples() {
				if tr.Subject == tr.Object || tr.Article != a.ID {
					t.Fatalf("event %d: triple %+v", i, tr)
				}
			}
		}
	})
}
