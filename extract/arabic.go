package extract

import (
	"fmt"
	"strings"
	"time"

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
	// nisbaForms holds "state id NUL normalized adjective" for the
	// adjectives of every state, masculine and feminine, with and without ال.
	nisbaForms map[string]bool
	latin      romanization      // romanization of unknown people's names
	spelled    map[string]string // Latin spellings of name words, see latinSpellings
}

// NewArabic returns an Arabic extractor that knows the actors of lex.
func NewArabic(lex *actor.Lexicon) (*Arabic, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("arabic extractor: %w", err)
	}
	latin, err := loadRomanization("data/romanize.tsv")
	if err != nil {
		return nil, fmt.Errorf("arabic extractor: %w", err)
	}
	x := &Arabic{lex: lex, gaz: lex.Gazetteer(), lx: lx, nisbaForms: map[string]bool{}, latin: latin, spelled: latinSpellings(lex, latin)}
	for _, a := range lex.All() {
		for _, n := range a.Nisba {
			n = arabic.Normalize(n)
			for _, f := range []string{n, n + "ه", "ال" + n, "ال" + n + "ه"} {
				x.nisbaForms[a.ID+"\x00"+f] = true
			}
		}
	}
	return x, nil
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
	st := x.newState(a)
	for _, seg := range x.segments(a.Text) {
		for _, s := range arabic.Sentences(seg.text) {
			st.sentence(s.Text, seg.start+s.Start)
		}
	}
	return Result{Events: dedupe(st.events), NewActors: st.introducedActors()}, nil
}

// introducedActors returns the people the article introduced that its
// events name, each once.
func (st *articleState) introducedActors() []actor.Actor {
	used := map[string]bool{}
	for _, e := range st.events {
		for _, a := range e.Args {
			used[a.Actor] = true
		}
	}
	var out []actor.Actor
	seen := map[string]bool{}
	for _, a := range st.newActors {
		if used[a.ID] && !seen[a.ID] {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	return out
}

func (x *Arabic) newState(a article.Article) *articleState {
	return &articleState{x: x, art: a, day: referenceDay(a), surnames: map[string]string{}}
}

// referenceDay is the day on which titles are resolved to people: the
// article's date, or for an undated article the end of the latest year it
// mentions, since news reports what is recent. Without either, the current
// office-holders are taken.
func referenceDay(a article.Article) time.Time {
	if !a.Date.IsZero() {
		return a.Date
	}
	latest := 0
	for i := 0; i+4 <= len(a.Text); i++ {
		c := a.Text[i]
		if c != '1' && c != '2' || i > 0 && isDigit(a.Text[i-1]) {
			continue
		}
		if !isDigit(a.Text[i+1]) || !isDigit(a.Text[i+2]) || !isDigit(a.Text[i+3]) || i+4 < len(a.Text) && isDigit(a.Text[i+4]) {
			continue
		}
		y := int(c-'0')*1000 + int(a.Text[i+1]-'0')*100 + int(a.Text[i+2]-'0')*10 + int(a.Text[i+3]-'0')
		if y >= 1950 && y <= 2100 && y > latest {
			latest = y
		}
	}
	if latest == 0 {
		return time.Time{}
	}
	return time.Date(latest, time.December, 31, 0, 0, 0, 0, time.UTC)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

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
	x        *Arabic
	art      article.Article
	events   []Event
	lastPair [2]string // the pair of sides named most often (see notePair)
	pairs    map[[2]string]int
	// prevPair is the two sides of the last sentence that named actors,
	// when unambiguous (see notePrevPair).
	prevPair   [2]string
	lastTitle  string
	lastPerson string
	// lastSpeaker is the first actor of the sentence before, the speaker of
	// «وأضاف أن …» when that sentence names none.
	lastSpeaker []string
	lastSpoke   bool          // lastSpeaker spoke (a speech verb's subject), not just came first
	newActors   []actor.Actor // people introduced by a title and a name
	day         time.Time     // the reference day for titles (see referenceDay)
	// surnames maps the last word of people named in full earlier in the
	// article to them, so «السوداني» after «محمد شياع السوداني» is the man,
	// not a Sudanese.
	surnames map[string]string
	// lastArmy is the state of the last army named with its state (see
	// forceSlots).
	lastArmy      string
	lastCoalition string            // the last coalition named (see forceSlots)
	lastParty     map[string]string // a party or body head's last one (see partyAt, bodyAt)
	// home is the state the article is about, found on first need: few
	// articles name a force without its state, and finding it reads the
	// whole article again.
	home      string
	homeFound bool
	// homonymOther tells, per homonym of the lexicon, whether the article
	// reads it the other way (see articleState.reread); nil until needed.
	homonymOther []bool
	// acts are the strikes and sanctions told so far with their authors
	// (see rememberActs).
	acts []toldAct
	// matchTold counts the sentences so far that told of a match or a
	// tournament, up to matchTellers (see teamsMeet).
	matchTold int
}

// homeState returns the state the article is about (see Arabic.homeState).
func (st *articleState) homeState() string {
	if !st.homeFound {
		st.home, st.homeFound = st.x.homeState(st.art), true
	}
	return st.home
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

// nisbaShaped reports whether the word that named a state is one of its
// nationality adjectives too (روسية is Russia in some papers, «Russian» in
// most).
func (x *Arabic) nisbaShaped(id, word string) bool {
	return x.nisbaForms[id+"\x00"+word]
}
