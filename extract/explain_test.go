package extract

import (
	"errors"
	"strings"
	"testing"

	"kg/article"
)

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n++; f.n > 2 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestExplain: the report names actors, triggers and events of a sentence,
// and a failing writer is reported, not ignored.
func TestExplain(t *testing.T) {
	x := newTestExtractor(t)
	a := article.Article{ID: "a", Text: "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو.\n"}
	var b strings.Builder
	if err := x.Explain(&b, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"actor  vladimir-putin", "recep-tayyip-erdogan", "trig   consult", "EVENT"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, b.String())
		}
	}
	if err := x.Explain(&failingWriter{}, a); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write error not reported: %v", err)
	}
}
