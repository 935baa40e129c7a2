package extract

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
			if s := sc.speakerAt(j); s >= 0 && sc.slots[s].first < v {
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
