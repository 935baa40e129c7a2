package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"kg/article"
	"kg/extract"
)

// TestPutTooLarge checks that an article the store cannot hold is refused
// with ErrTooLarge, without the value in the message, and that the batch it
// was put in goes on storing the others.
func TestPutTooLarge(t *testing.T) {
	day := time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC)
	plain := func(id, text string) article.Article {
		return article.Article{ID: id, Date: day, Text: text, Hash: article.HashText(text)}
	}
	// A meeting of n sides: n(n-1)/2 triples, each with two index entries.
	meeting := func(n int) extract.Result {
		ev := extract.Event{Relation: extract.Consult, Date: day, Sentence: "التقى الجميع", Trigger: "التقى", Confidence: 0.9}
		for k := range n {
			ev.Args = append(ev.Args, extract.Argument{Actor: fmt.Sprintf("actor-%03d", k), Role: extract.Participant})
		}
		return extract.Result{Events: []extract.Event{ev}}
	}
	tests := []struct {
		name string
		a    article.Article
		r    extract.Result
	}{
		{"text over MaxRecord", plain("big-text", strings.Repeat("ن", MaxRecord/2+1)), extract.Result{}},
		{"more triples than a transaction holds", plain("big-meeting", "التقى الجميع"), meeting(150)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t, t.TempDir(), Options{})
			b := s.NewBatch()
			if _, err := b.Put(plain("before", "نص أول"), extract.Result{}); err != nil {
				t.Fatal(err)
			}
			_, err := b.Put(tt.a, tt.r)
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("Put = %v, want ErrTooLarge", err)
			}
			if len(err.Error()) > 300 {
				t.Errorf("error message of %d bytes: %.300s…", len(err.Error()), err)
			}
			if _, err := b.Put(plain("after", "نص ثان"), extract.Result{}); err != nil {
				t.Fatalf("Put after the refused article: %v", err)
			}
			if err := b.Flush(); err != nil {
				t.Fatal(err)
			}
			for id, want := range map[string]bool{"before": true, tt.a.ID: false, "after": true} {
				if _, ok, err := s.Article(id); err != nil || ok != want {
					t.Errorf("Article(%s): stored %v (err %v), want %v", id, ok, err, want)
				}
			}
			st, err := s.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if st.Triples != 0 {
				t.Errorf("%d triples stored, want none of the refused article's", st.Triples)
			}
		})
	}
}
