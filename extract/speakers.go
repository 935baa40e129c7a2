package extract

import "kg/arabic"

// speechParticipleAt reports whether token v is a participle of saying
// («قائلا», «مضيفة») that carries on the main clause.
func (sc *sentenceCtx) speechParticipleAt(v int) bool {
	return sc.st.x.lx.speechParticiples[stripConj(sc.toks[v].Norm)]
}

// participleSpeaker returns who speaks through the participle of saying at
// token v: the subject of the nearest verb before it, a trigger or a verb
// of saying («وأدان الرئيس التركي الهجوم، قائلا إن …»). -1 if none.
func (sc *sentenceCtx) participleSpeaker(v int) int {
	firstComplementizer := v // the first «أن/إن» before v, v if none
	for j := 0; j < v; j++ {
		if sc.complementizerIn(j, j+1) {
			firstComplementizer = j
			break
		}
	}
	for j := v - 1; j >= 0; j-- {
		if sc.isSpeechVerb(j) {
			// «أعلن نتانياهو أنه سيكشف …، مؤكدا»: a verb whose subject is
			// a pronoun hands on to the one before it.
			// «ولفت إلى أن طائرات التحالف …»: a verb that goes straight on
			// to what was said has no subject after it.
			if s := sc.speakerAt(j); s >= 0 && sc.slots[s].first < v && !(sc.slots[s].first > j && sc.noSubjectAfter(j)) {
				return s
			}
			continue
		}
		// «لفت إلى أن طائرات التحالف آزرت …، مشيرا»: a verb in a
		// reported clause is not the main clause the participle goes on.
		if firstComplementizer < j {
			continue
		}
		for p, t := range sc.trigs {
			if t.i != j || t.t.kind != verbTrigger || t.relObject {
				continue
			}
			if s, _ := sc.agent(p, t); s >= 0 && sc.slots[s].first < v {
				return s
			}
			return -1
		}
	}
	return -1
}

// personAfterPrep reports whether slot s names a person governed by a
// preposition («مع المستشارة الألمانية أنجيلا ميركل»): a relative clause
// set off by a comma after it still says what that person does («، التي
// تزور إسرائيل»), which a place after a preposition does not.
func (sc *sentenceCtx) personAfterPrep(s slot) bool {
	return s.prep != "" && s.person && !s.adjectival()
}

// quoteReach bounds how far back from a verb in the first person the verb
// of saying that opens its quote may stand.
const quoteReach = 20

// firstPersonVerb reports whether trigger f is a verb in the first person
// only («ندعم», «سنرد», «أدين»).
func (sc *sentenceCtx) firstPersonVerb(f found) bool {
	return f.t.kind == verbTrigger && sc.st.x.lx.firstPersonOnly(stripConj(sc.toks[f.i].Norm))
}

// firstPersonSpeaker returns who speaks through verb f when f is in the
// first person («ندعم», «سنرد», «أدين»): the speaker of the verb of saying
// or the participle of saying before it, past «إننا», «نحن», a colon or a
// quote: «وقال لافروف إننا ندعم الحكومة السورية», «وقال نتنياهو: "سنرد
// على …"». Only a verb of saying speaks here: «نفى أن نكون دعمنا …» is
// denied, and a question or a condition is filtered as any other. -1 if
// none.
func (sc *sentenceCtx) firstPersonSpeaker(f found) int {
	if !sc.firstPersonVerb(f) {
		return -1
	}
	for j := f.i - 1; j >= 0 && j >= f.i-quoteReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isComma(t) && !isQuote(t) && t.Norm != ":" {
			return -1
		}
		if sc.speechParticipleAt(j) {
			return sc.participleSpeaker(j)
		}
		if !sc.isSpeechVerb(j) {
			continue
		}
		// «وأضاف: "…"»: the speaker of the sentence before, read off the
		// verb itself.
		if k := sc.slotStartingAt(j); k >= 0 && sc.slots[k].end == j+1 {
			return k
		}
		if k := sc.speakerAt(j); k >= 0 && sc.slots[k].end <= f.i {
			return k
		}
		return -1
	}
	// «وقال لافروف: "… . ندعم الحكومة السورية"»: a quote goes on past
	// the sentence that opened it; with no verb of saying of its own, the
	// sentence speaks with the one who spoke in the sentence before.
	if f.i > quoteReach || !sc.prevSpoke || len(sc.prevFirst) == 0 {
		return -1
	}
	return sc.prevSpeakerSlot(f.i)
}

// prevSpeakerSlot returns the slot, at token i, of the one who spoke in the
// sentence before, adding it once: agent asks again for earlier verbs
// (carriesConj), and a second slot would name the speaker twice.
func (sc *sentenceCtx) prevSpeakerSlot(i int) int {
	for k, s := range sc.slots {
		if s.group == speakerGroup+i {
			return k
		}
	}
	sc.slots = append(sc.slots, slot{first: i, end: i + 1, actors: sc.prevFirst, adjOf: -1, group: speakerGroup + i})
	return len(sc.slots) - 1
}
