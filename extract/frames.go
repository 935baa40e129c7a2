package extract

import (
	"strings"

	"kg/arabic"
)

// found is a trigger found in a sentence.
type found struct {
	i, end  int // token range
	t       trigger
	pronoun bool // the noun carries an attached pronoun: «لقاءه», «زيارته»
}

// Window sizes, in tokens, within which arguments are looked for.
const (
	subjectAfter  = 4  // VSO: the subject follows the verb closely
	agentBefore   = 12 // SVO, light verbs and noun triggers: the agent before
	objectAfter   = 12 // the other side after the trigger
	modalityReach = 4  // «إمكانية عقد اجتماع»
)

// sentence extracts the events of one sentence that starts at byte base of
// the article.
func (st *articleState) sentence(text string, base int) {
	x := st.x
	toks := arabic.AppendTokens(nil, text, base-0)
	if len(toks) == 0 {
		return
	}
	r := slotResolver{x: x, toks: toks, day: st.art.Date, lastTitle: st.lastTitle, lastPair: st.lastPair}
	slots := r.resolve(x.gaz.Find(toks))
	st.lastTitle = r.lastTitle
	if len(slots) == 0 {
		return
	}
	question := isQuestion(toks)
	trigs := x.lx.findTriggers(toks, slots)
	sc := sentenceCtx{st: st, toks: toks, slots: slots, text: text, base: base}
	var mediations []found
	for k, f := range trigs {
		if question || sc.negatedOrPossible(f) || sc.isComplement(trigs, k) {
			continue
		}
		if f.t.rel == Mediate {
			mediations = append(mediations, f)
			continue
		}
		sc.emit(f, sc.intended(f))
	}
	for _, f := range mediations {
		sc.mediate(f)
	}
	for _, e := range sc.events {
		if ts := e.Triples(); len(ts) == 1 {
			st.lastPair = [2]string{ts[0].Subject, ts[0].Object}
		}
	}
	st.events = append(st.events, sc.events...)
}

type sentenceCtx struct {
	st     *articleState
	toks   []arabic.Token
	slots  []slot
	text   string
	base   int
	events []Event
}

func isQuestion(toks []arabic.Token) bool {
	last := toks[len(toks)-1].Norm
	return last == "؟" || last == "?" || stripConj(toks[0].Norm) == "هل"
}

// findTriggers finds the trigger words of a sentence outside actor mentions,
// the longest at each place.
func (lx *lexicon) findTriggers(toks []arabic.Token, slots []slot) []found {
	inSlot := make([]bool, len(toks))
	for _, s := range slots {
		for i := s.first; i < s.end && i < len(toks); i++ {
			inSlot[i] = true
		}
	}
	var out []found
	for i := 0; i < len(toks); i++ {
		if inSlot[i] || toks[i].Kind != arabic.Word {
			continue
		}
		best, ok := lx.triggerAt(toks, i)
		if !ok {
			continue
		}
		out = append(out, best)
		i = best.end - 1
	}
	return out
}

func (lx *lexicon) triggerAt(toks []arabic.Token, i int) (found, bool) {
	var best found
	ok := false
	w := toks[i].Norm
	for ri, reading := range arabic.Peel(w) {
		prefixed := ri > 0 && !strings.HasPrefix(w, "و"+reading) && !strings.HasPrefix(w, "ف"+reading)
		forms := []string{reading}
		stripped, hasPron := arabic.StripPronoun(reading)
		if hasPron {
			forms = append(forms, stripped)
		}
		for fi, form := range forms {
			for _, t := range lx.triggers[form] {
				if i+1+len(t.rest) > len(toks) || !restMatches(toks[i+1:], t.rest) {
					continue
				}
				// A word with ال or a preposition on it is a noun, not a verb.
				if t.kind == verbTrigger && (prefixed || fi > 0) {
					continue
				}
				f := found{i: i, end: i + 1 + len(t.rest), t: t, pronoun: fi > 0}
				if !ok || f.end > best.end || (f.end == best.end && best.t.kind != verbTrigger && t.kind == verbTrigger) {
					best, ok = f, true
				}
			}
		}
	}
	return best, ok
}

func restMatches(toks []arabic.Token, rest []string) bool {
	for k, w := range rest {
		if toks[k].Norm != w && stripConj(toks[k].Norm) != w {
			return false
		}
	}
	return true
}

// negatedOrPossible reports whether the trigger is negated («لم يتطرق»),
// merely possible («إمكانية عقد اجتماع», «اجتماع محتمل», «قد يعقد») or
// conditional. Its light verb, if any, counts as part of it.
func (sc *sentenceCtx) negatedOrPossible(f found) bool {
	lx := sc.st.x.lx
	start := f.i
	if j := sc.lightVerb(f); j >= 0 {
		start = j
	}
	for j := start - 1; j >= 0 && j >= start-2; j-- {
		if lx.negation.matchAt(sc.toks, j) > 0 && lx.notNegation.matchAt(sc.toks, j) == 0 {
			return true
		}
	}
	for j := start - 1; j >= 0 && j >= start-modalityReach; j-- {
		if n := lx.modalityBefore.matchAt(sc.toks, j); n > 0 {
			if stripConj(sc.toks[j].Norm) == "قد" && !sc.presentVerbAt(j+1) {
				continue // «قد تمت»: already happened
			}
			return true
		}
	}
	for j := f.end; j < len(sc.toks) && j <= f.end+1; j++ {
		if lx.modalityAfter.matchAt(sc.toks, j) > 0 {
			return true
		}
	}
	return false
}

// presentVerbAt reports whether token i has the shape of a present-tense
// verb (prefix ي ت ن).
func (sc *sentenceCtx) presentVerbAt(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	w := sc.toks[i].Norm
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن")
}

// intended reports whether the trigger is the object of stated intent
// («استعداده للقاء», «التزام باستئناف المحادثات»).
func (sc *sentenceCtx) intended(f found) bool {
	for j := f.i - 1; j >= 0 && j >= f.i-modalityReach; j-- {
		if sc.st.x.lx.intent.matchAt(sc.toks, j) > 0 {
			return true
		}
	}
	// «لاستئناف» is written onto the trigger's own phrase.
	return false
}

// isComplement reports whether trigger k only says what another act was
// about: a demand's or invitation's content («مطالبا بانسحاب القوات»,
// «وجه دعوة للأسد لعقد قمة»).
func (sc *sentenceCtx) isComplement(trigs []found, k int) bool {
	f := trigs[k]
	for j := k - 1; j >= 0; j-- {
		p := trigs[j]
		if f.i-p.end > modalityReach {
			break
		}
		if p.t.rel == Demand || p.t.rel == Intend {
			return true
		}
	}
	return false
}

// lightVerb returns the index of a light verb («أجرى», «عقد», «شن») that
// takes the noun trigger f as its object, or -1.
func (sc *sentenceCtx) lightVerb(f found) int {
	if f.t.kind != nounTrigger {
		return -1
	}
	for j := f.i - 1; j >= 0 && j >= f.i-6; j-- {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if sc.st.x.lx.lightVerbs[w] {
				return j
			}
		}
	}
	return -1
}
