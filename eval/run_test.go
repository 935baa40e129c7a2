package eval

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"time"

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

// TestStateOfByDate: at the country level a person stands for the body whose
// office they hold on the article's date.
func TestStateOfByDate(t *testing.T) {
	lex, err := actor.Load()
	if err != nil {
		t.Fatal(err)
	}
	n := newNamer(lex)
	n.dates["un-2018"] = time.Date(2018, 4, 10, 0, 0, 0, 0, time.UTC)
	n.dates["pm-2000"] = time.Date(2000, 3, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ doc, name, want string }{
		{"un-2018", "Antonio Guterres", "United Nations"},
		{"pm-2000", "Antonio Guterres", "Portugal"},
		{"un-2018", "Vladimir Putin", "Russia"},
		{"un-2018", "Russia", "Russia"},
		{"un-2018", "Nobody Known", "Nobody Known"},
	}
	for _, tt := range tests {
		if got := n.stateOf(tt.doc, tt.name); got != tt.want {
			t.Errorf("stateOf(%s, %s) = %q, want %q", tt.doc, tt.name, got, tt.want)
		}
	}
}
