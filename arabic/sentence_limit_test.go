package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSentencesMaxLength checks that a stretch without a sentence break is
// cut into sentences of at most MaxSentence bytes, at white space when there
// is some, losing no word.
func TestSentencesMaxLength(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantSplit bool // more than one sentence
		atSpace   bool // every cut falls on white space
	}{
		{"short", strings.Repeat("كلمة ", 100), false, true},
		{"words", strings.Repeat("روسيا وتركيا ", 3*MaxSentence/len("روسيا وتركيا ")), true, true},
		{"one word", strings.Repeat("ب", 3*MaxSentence/len("ب")), true, false},
		{"long quote", "قال «" + strings.Repeat("نعم ", MaxSentence) + "»", true, true},
		{"just over", strings.Repeat("a", MaxSentence-2) + " b c", true, true},
	}
	for _, tt := range tests {
		got := Sentences(tt.in)
		if split := len(got) > 1; split != tt.wantSplit {
			t.Errorf("%s: %d sentences, want split %v", tt.name, len(got), tt.wantSplit)
		}
		var words []string
		for i, s := range got {
			if len(s.Text) > MaxSentence {
				t.Errorf("%s: sentence %d has %d bytes, over %d", tt.name, i, len(s.Text), MaxSentence)
			}
			if tt.in[s.Start:s.End] != s.Text || !utf8.ValidString(s.Text) {
				t.Errorf("%s: sentence %d offsets [%d,%d) do not hold its text", tt.name, i, s.Start, s.End)
			}
			if i > 0 && tt.atSpace && strings.TrimSpace(tt.in[got[i-1].End:s.Start]) != "" {
				t.Errorf("%s: sentence %d cut inside a word", tt.name, i)
			}
			words = append(words, strings.Fields(s.Text)...)
		}
		if tt.atSpace && strings.Join(words, " ") != strings.Join(strings.Fields(tt.in), " ") {
			t.Errorf("%s: the sentences do not hold the text's words", tt.name)
		}
		if !tt.atSpace && strings.Join(words, "") != strings.Join(strings.Fields(tt.in), "") {
			t.Errorf("%s: the sentences do not hold the text", tt.name)
		}
	}
}
