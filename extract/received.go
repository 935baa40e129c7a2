package extract

import "kg/arabic"

// receivedFrom builds the act of an aid or backing noun that the subject
// of a verb of receiving gets: «حصلت مصر على قروض من صندوق النقد الدولي»,
// «تعول أرمينيا على الاستثمارات والمساعدات الروسية». The giver follows
// «من» or is a nationality on the noun; the receiver is the verb's subject.
// It reports whether such a verb governs the noun, so that its subject is
// not read as the giver.
func (sc *sentenceCtx) receivedFrom(f found) bool {
	v := sc.receivingVerb(f)
	if v < 0 {
		return false
	}
	receiver := sc.firstSlot(v+1, f.i, plain) // «حصلت مصر على …»
	if receiver < 0 {
		receiver = sc.slotEndingAt(v) // «أن مصر حصلت على …»
		if receiver >= 0 && !sc.opensClause(sc.slots[receiver].first) {
			receiver = -1 // «دانت دمشق تلقي القوات دعما»: the object of another verb
		}
	}
	if receiver < 0 && v > 0 && sc.st.x.lx.relative[stripConj(sc.toks[v-1].Norm)] {
		receiver = sc.slotEndingAt(v - 1) // «الحوثيين الذين يتلقون الدعم»
	}
	if receiver >= 0 && !plain(sc.slots[receiver]) {
		receiver = -1 // «الميليشيات الداعمة للنظام التي تتلقى»: not the one after ل
	}
	giver := -1
	for i, s := range sc.slots {
		if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end+2 && sc.adjectivesOnly(f.end, s.adjOf+1) {
			giver = i // «المساعدات الروسية», «دعما عسكريا أمريكيا»
			break
		}
	}
	if giver < 0 {
		giver = sc.firstSlot(f.end, f.end+4, func(s slot) bool { return s.prep == "من" && !s.adjectival() })
		if giver >= 0 && sc.crossesBoundary(f.end, sc.slots[giver].first) {
			giver = -1
		}
	}
	if receiver < 0 || giver < 0 || sc.slots[receiver].group == sc.slots[giver].group {
		return true
	}
	sc.add(f.t.rel, f, sc.groupOf(giver), sc.groupOf(receiver), Source, Target, confClause)
	return true
}

// receivingVerb returns the token of the verb of receiving that governs
// the noun of f, -1 if none: before it, past its subject, «على» and words
// joined to the noun («تعول أرمينيا على الاستثمارات والمساعدات»).
func (sc *sentenceCtx) receivingVerb(f found) int {
	for j := f.i - 1; j >= 0 && j >= f.i-6; j-- {
		if sc.st.x.lx.receiveAid[stripConj(sc.toks[j].Norm)] {
			return j
		}
		if isComma(sc.toks[j]) || isQuote(sc.toks[j]) || sc.isTriggerAt(j) {
			return -1
		}
	}
	return -1
}

// opensClause reports whether a subject starting at token i opens its
// clause: the sentence's start, or after a comma or a complementizer.
func (sc *sentenceCtx) opensClause(i int) bool {
	if i == 0 {
		return true
	}
	p := sc.toks[i-1]
	return isComma(p) || isQuote(p) || sc.st.x.lx.complementizer[stripConj(p.Norm)]
}

// nisbaAgent returns the nationality adjective on the noun right after a
// passive participle's preposition, its agent: «المدعومة من التحالف
// الأمريكي», «المدعومة من قبل القوات الجوية الروسية»; -1 if none.
func (sc *sentenceCtx) nisbaAgent(f found) int {
	j := f.end
	if j >= len(sc.toks) || sc.toks[j].Norm != "من" {
		return -1
	}
	if j+1 < len(sc.toks) && sc.toks[j+1].Norm == "قبل" {
		j++
	}
	for i, s := range sc.slots {
		if s.adjectival() && s.adjOf == j+1 && sc.adjectivesOnly(j+2, s.first) {
			return i
		}
	}
	return -1
}

// nisbaPatient returns the nationality adjective on the noun a passive
// participle qualifies, when no actor names it: «القوات الحكومية السورية
// المدعومة من روسيا», «للمقاومة اليمنية، المدعومة من القوات الإماراتية»;
// -1 if none. Only a comma, or one more adjective, may stand between.
func (sc *sentenceCtx) nisbaPatient(f found, before int) int {
	if before > 0 && isComma(sc.toks[before-1]) {
		before--
	}
	k := sc.lastSlot(before-2, before, func(s slot) bool { return s.adjectival() })
	if k < 0 {
		return -1
	}
	for j := sc.slots[k].end; j < before; j++ {
		if sc.toks[j].Kind != arabic.Word || sc.st.x.lx.isFunctionWord(sc.toks[j].Norm) || sc.isTriggerAt(j) {
			return -1
		}
	}
	return k
}
