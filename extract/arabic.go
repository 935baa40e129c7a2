package extract

import (
	"fmt"
	"strings"

	"kg/actor"
	"kg/arabic"
	"kg/article"
)

// Arabic extracts events from Arabic news by rule: actor mentions come from
// the lexicon's gazetteer, triggers from a lexicon of verbs, verbal nouns and
// participles, and arguments from the word order and prepositions around the
// trigger.
type Arabic struct {
	lex *actor.Lexicon
	gaz *actor.Gazetteer
	lx  *lexicon
}

// NewArabic returns an Arabic extractor that knows the actors of lex.
func NewArabic(lex *actor.Lexicon) (*Arabic, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("arabic extractor: %w", err)
	}
	return &Arabic{lex: lex, gaz: lex.Gazetteer(), lx: lx}, nil
}

// Name identifies the extractor and its version in stored events.
func (x *Arabic) Name() string { return "arabic-rules/1" }

// Extract finds the events of one article. A fault in the rules on some
// unforeseen text is returned as an error naming the article, never a crash
// of the build.
func (x *Arabic) Extract(a article.Article) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = Result{}, fmt.Errorf("arabic extractor failed on article %s: %v", a.ID, p)
		}
	}()
	st := &articleState{x: x, art: a}
	for _, seg := range x.segments(a.Text) {
		for _, s := range arabic.Sentences(seg.text) {
			st.sentence(s.Text, seg.start+s.Start)
		}
	}
	return Result{Events: dedupe(st.events)}, nil
}

type segment struct {
	text  string
	start int
}

// segments returns the lines of text that belong to the article: page
// furniture (share buttons, prayer times, reading settings) and lines seen
// before (captions repeated under photos) are left out.
func (x *Arabic) segments(text string) []segment {
	var out []segment
	seen := map[string]bool{}
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if hasArabic(line) {
			key := lineKey(line)
			if !seen[key] && !x.lx.isBoilerplate(key) {
				seen[key] = true
				out = append(out, segment{line, start})
			}
		}
		start = end + 1
	}
	return out
}

func hasArabic(s string) bool {
	for _, r := range s {
		if arabic.IsArabicLetter(r) {
			return true
		}
	}
	return false
}

// articleState carries what one article's sentences share: the events found
// so far and the last two sides named, for «الجانبين» and the like.
type articleState struct {
	x         *Arabic
	art       article.Article
	events    []Event
	lastPair  [2]string
	lastTitle string
}

// dedupe keeps one event per sentence, relation and set of participants,
// the one with the highest confidence.
func dedupe(events []Event) []Event {
	best := map[string]int{}
	var out []Event
	for _, e := range events {
		k := eventKey(e)
		if i, ok := best[k]; ok {
			if e.Confidence > out[i].Confidence {
				out[i] = e
			}
			continue
		}
		best[k] = len(out)
		out = append(out, e)
	}
	return out
}

func eventKey(e Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d|%s", e.SentSpan.Start, e.Relation)
	for _, t := range e.Triples() {
		s, o := t.Subject, t.Object
		if e.Relation.Symmetric() && o < s {
			s, o = o, s
		}
		b.WriteString("|" + s + ">" + o)
	}
	return b.String()
}
