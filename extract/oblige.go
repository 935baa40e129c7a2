package extract

import (
	"strings"

	"kg/arabic"
)

// obligationAt finds «على X أن …» (X must …) opening what a speaker says:
// «وأكد ترامب أن على روسيا تقديم أجوبة», «وأضافت على روسيا أن تتعاون».
// Right after a complementizer or a speech verb, «على» with an actor after
// it and a verb or verbal noun after the actor is the speaker's demand on
// that actor.
func (lx *lexicon) obligationAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	// «على» is spelled with ى, the name «علي» with ي: both normalize alike.
	if stripConj(toks[i].Norm) != "علي" || !strings.HasSuffix(toks[i].Text, "ى") || i == 0 {
		return found{}, false
	}
	j := i - 1
	for j > 0 && isQuote(toks[j]) {
		j--
	}
	if w := stripConj(toks[j].Norm); !lx.complementizer[w] && !lx.isSpeechVerb(toks[j].Norm) {
		return found{}, false
	}
	for _, s := range slots {
		if s.first != i+1 || s.adjectival() {
			continue
		}
		// What X must do follows: «أن تتعاون», «تقديم أجوبة», «التوقف
		// عن»; not a preposition or the end («على تويتر»).
		if s.end >= len(toks) || toks[s.end].Kind != arabic.Word || lx.isPreposition(toks[s.end].Norm) {
			return found{}, false
		}
		return found{i: i, end: i + 1, t: trigger{rel: Demand, kind: nounTrigger}, oblige: true}, true
	}
	return found{}, false
}

// isSpeechVerb reports whether w is a form of a verb of saying.
func (lx *lexicon) isSpeechVerb(w string) bool {
	for _, r := range conjReadings(w) {
		if lx.speechVerbs[r] {
			return true
		}
	}
	return false
}

// obligation builds the demand of «على X أن …»: the speaker of the speech
// verb before it in the sentence demands of X («وأضاف: "… وأعتقد أن على
// الإدارة الأمريكية …"» is the speaker's, not of the actor named last).
// A negated speech verb («ولا أن تقول على إيران») demands nothing.
func (sc *sentenceCtx) obligation(f found) {
	target := sc.slotStartingAt(f.end)
	if target < 0 {
		return
	}
	lx := sc.st.x.lx
	agent := -1
	for v := f.i - 1; v >= 0; v-- {
		if n := sc.toks[v].Norm; n == "." || n == "؛" || n == "؟" || n == "!" {
			return
		}
		if !sc.isSpeechVerb(v) {
			continue
		}
		for j := max(v-3, 0); j < v; j++ {
			if lx.negation.matchAt(sc.toks, j) > 0 && lx.notNegation.matchAt(sc.toks, j) == 0 {
				return
			}
		}
		agent = sc.speakerAt(v)
		if k := sc.slotStartingAt(v); k >= 0 && sc.slots[k].end == v+1 {
			agent = k // the speaker of the sentence before, read off «وأضاف»
		}
		// «وكانت حكومة ميانمار قد قالت», «الجبير، أكد»: the subject set
		// off before the verb.
		if k := sc.lastSlot(v-agentBefore, v, plain); agent < 0 && k >= 0 && !sc.crossesBoundary(sc.slots[k].end, v) {
			agent = k
		}
		break
	}
	if agent < 0 || sc.slots[agent].group == sc.slots[target].group || sameActors(sc.slots[agent], sc.slots[target]) {
		return
	}
	sc.add(Demand, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, confClause)
}

// obligeAt reports whether an obligation «على X أن …» starts at token i.
func (sc *sentenceCtx) obligeAt(i int) bool {
	for _, f := range sc.trigs {
		if f.oblige && f.i == i {
			return true
		}
	}
	return false
}
