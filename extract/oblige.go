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

// obligation builds the demand of «على X أن …»: the speaker before it
// demands of X.
func (sc *sentenceCtx) obligation(f found) {
	target := sc.slotStartingAt(f.end)
	if target < 0 {
		return
	}
	sc.spoken(Demand, f, target)
}

// spoken adds the act rel of the speaker before trigger f on the target
// slot: the speaker of the speech verb before it in the sentence («وأضاف:
// "… وأعتقد أن على الإدارة الأمريكية …"» is the speaker's, not of the
// actor named last). A negated speech verb («ولا أن تقول على إيران»)
// reports no act.
func (sc *sentenceCtx) spoken(rel Relation, f found, target int) {
	lx := sc.st.x.lx
	agent := -1
	for v := f.i - 1; v >= 0; v-- {
		if n := sc.toks[v].Norm; n == "." || n == "؛" || n == "؟" || n == "!" {
			return
		}
		// «أدان الهجوم، قائلا إن …»: the participle speaks for the
		// main clause's subject.
		if sc.speechParticipleAt(v) {
			if agent = sc.participleSpeaker(v); agent >= 0 {
				break
			}
			continue
		}
		if !sc.isSpeechVerb(v) && !lx.isClaimVerb(sc.toks[v].Norm) {
			continue
		}
		for j := max(v-3, 0); j < v; j++ {
			if lx.negation.matchAt(sc.toks, j) > 0 && lx.notNegation.matchAt(sc.toks, j) == 0 {
				return
			}
		}
		agent = sc.speakerAt(v)
		if agent >= 0 && sc.slots[agent].first > v && sc.complementizerIn(v+1, sc.slots[agent].first) {
			// «أميركا تعتقد أن روسيا»: Russia is what is believed of; with
			// no subject right before, «وذكر بأن» goes on the speech before.
			if agent = sc.lastSlot(v-1, v, plain); agent < 0 && sc.slotStartingAt(v) < 0 {
				continue
			}
		}
		if k := sc.slotStartingAt(v); k >= 0 && sc.slots[k].end == v+1 {
			agent = k // the speaker of the sentence before, read off «وأضاف»
		}
		if agent < 0 {
			agent = sc.nationalSpeaker(v)
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
	sc.add(rel, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, confClause)
}

// nationalSpeaker returns the nationality adjective on the subject right
// after speech verb v, -1 if none: «قال المبعوث الأمريكي إن …», «قال مسؤول
// روسي إن …» speak for their state; «تفيد بوجود مخطط روسي» names no one
// who speaks.
func (sc *sentenceCtx) nationalSpeaker(v int) int {
	for k, s := range sc.slots {
		if s.adjectival() && s.adjOf > v && s.first <= v+1+subjectAfter && !sc.complementizerIn(v+1, s.first) && !sc.crossesBoundary(v+1, s.first) {
			// The one who speaks heads the words the nationality ends.
			for j := v + 1; j < s.first; j++ {
				if w := stripConj(sc.toks[j].Norm); sc.st.x.lx.wrongs.speakers[w] || sc.st.x.lx.wrongs.organs[w] {
					return k
				}
			}
			return -1
		}
	}
	return -1
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

// chargeAt finds «أن X مسؤولة عن …» (that X is responsible for …) in
// what a speaker says: «تقول لندن إن موسكو مسؤولة عن تسميم سكريبال»,
// «من المرجح أن تكون موسكو مسؤولة عن الهجوم». The word of responsibility
// is an accusation of the actor before it, which a complementizer opens
// (a form of «كان» or «هي» may stand between).
func (lx *lexicon) chargeAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	if !lx.responsible[toks[i].Norm] || i+1 >= len(toks) || toks[i+1].Norm != "عن" {
		return found{}, false
	}
	j := i - 1
	if j >= 0 && lx.personal[toks[j].Norm] {
		j-- // «أن بريطانيا هي المسؤولة عن»
	} else if strings.HasPrefix(toks[i].Norm, "ال") {
		return found{}, false // «الرجل المسؤول عن الهجوم»: an attribute
	}
	for _, s := range slots {
		if s.end != j+1 || s.adjectival() || s.first == 0 {
			continue
		}
		c := s.first - 1
		if lx.copula[toks[c].Norm] && c > 0 {
			c-- // «أن تكون موسكو مسؤولة»
		}
		if !lx.complementizer[stripConj(toks[c].Norm)] {
			return found{}, false
		}
		return found{i: i, end: i + 1, t: trigger{rel: Accuse, kind: nounTrigger}, charge: true}, true
	}
	return found{}, false
}

// charge builds the accusation of «أن X مسؤولة عن …»: the speaker
// accuses X, the actor right before the word of responsibility.
func (sc *sentenceCtx) charge(f found) {
	j := f.i - 1
	if sc.st.x.lx.personal[sc.toks[j].Norm] {
		j--
	}
	if target := sc.slotEndingAt(j + 1); target >= 0 {
		sc.spoken(Accuse, f, target)
	}
}

// oweReach is how far back from an act «على» may stand and still say who
// owes it: past a noun, its modifiers and an apposition that names the
// actors («على الدول الضامنة لعملية آستانة، وهي روسيا وإيران وتركيا،»).
const oweReach = 16

// mustDo reports whether noun act f is what «على X» after a complementizer
// says X must do: «أن على الدول الضامنة، وهي روسيا وإيران وتركيا،
// الاجتماع بسرعة». An act owed is not yet done, whether or not the actors
// stand right after «على».
func (sc *sentenceCtx) mustDo(f found) bool {
	if f.t.kind != nounTrigger || f.t.rel == Demand {
		return false
	}
	lx := sc.st.x.lx
	for j := f.i - 1; j > 0 && j >= f.i-oweReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," {
			return false
		}
		if sc.isTriggerAt(j) && !sc.obligeAt(j) {
			return false
		}
		if stripConj(t.Norm) == "علي" && strings.HasSuffix(t.Text, "ى") && lx.complementizer[stripConj(sc.toks[j-1].Norm)] {
			return true
		}
	}
	return false
}
