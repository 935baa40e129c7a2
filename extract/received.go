package extract

import "kg/arabic"

// receivedFrom builds the act of a noun that the subject of one of verbs
// receives or undergoes: «حصلت مصر على قروض من صندوق النقد الدولي»,
// «تعول أرمينيا على الاستثمارات والمساعدات الروسية», «تعرضت موسكو لعقوبات
// أمريكية». The giver follows «من», is a nationality on the noun or its
// genitive; the receiver is the verb's subject.
// It reports whether such a verb governs the noun, so that its subject is
// not read as the giver, and whether it built the act.
func (sc *sentenceCtx) receivedFrom(f found, verbs map[string]bool) (governed, built bool) {
	v := sc.receivingVerb(f, verbs)
	if v < 0 {
		return false, false
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
	giver := sc.nationalityOn(f) // «المساعدات الروسية», «دعما عسكريا أمريكيا»
	if giver < 0 {
		giver = sc.firstSlot(f.end, f.end+4, func(s slot) bool { return s.prep == "من" && !s.adjectival() })
		if giver >= 0 && sc.crossesBoundary(f.end, sc.slots[giver].first) {
			giver = -1
		}
	}
	if giver < 0 {
		giver = sc.firstSlot(f.end, f.end+1, plain) // «حظيت روسيا بدعم الصين», «لعقوبات الولايات المتحدة»
	}
	if receiver < 0 || giver < 0 || sc.slots[receiver].group == sc.slots[giver].group {
		return true, false
	}
	sc.add(f.t.rel, f, sc.groupOf(giver), sc.groupOf(receiver), Source, Target, confClause)
	return true, true
}

// receivedObject reports whether verb trigger f is the noun object of a
// verb of receiving, its form shared with a verb: «تتلقى الفصائل دعما من
// تركيا» (not «دعما», they two backed). Only the receiver and «على» may
// stand between.
func (sc *sentenceCtx) receivedObject(f found) bool {
	if f.t.kind != verbTrigger || startsWithConj(sc.toks[f.i].Norm) {
		return false
	}
	v := sc.receivingVerb(f, sc.st.x.lx.receiveAid)
	if v < 0 {
		return false
	}
	for j := v + 1; j < f.i; j++ {
		if !overlaps(sc.slots, j) && !sc.st.x.lx.against[stripConj(sc.toks[j].Norm)] {
			return false
		}
	}
	return true
}

// nationalityOn returns the nationality adjective on the noun of f, or
// after the noun's own adjectives («المساعدات الروسية», «دعما عسكريا
// أمريكيا»); -1 if none.
func (sc *sentenceCtx) nationalityOn(f found) int {
	for i, s := range sc.slots {
		if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end+2 && sc.adjectivesOnly(f.end, s.adjOf+1) {
			return i
		}
	}
	return -1
}

// receivingVerb returns the token of the verb of receiving that governs
// the noun of f, -1 if none: before it, past its subject, «على» and words
// joined to the noun («تعول أرمينيا على الاستثمارات والمساعدات»).
func (sc *sentenceCtx) receivingVerb(f found, verbs map[string]bool) int {
	words := 0 // actors named between count for none: «قطعت السعودية والإمارات والبحرين ومصر العلاقات»
	for j := f.i - 1; j >= 0 && j >= f.i-16 && words < 6; j-- {
		if verbs[stripConj(sc.toks[j].Norm)] {
			return j
		}
		if !overlaps(sc.slots, j) {
			words++
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
	// «الأكراد بدعم أمريكي والنظام المدعوم»: not the nationality on an act.
	k := sc.lastSlot(before-2, before, func(s slot) bool { return s.adjectival() && !sc.isTriggerAt(s.adjOf) })
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

// backingAdjunct builds the act of a backing noun after ب that qualifies
// a whole clause: «ويواصل الأسد الهجوم، بدعم روسي», «تقدمت قوات المقاومة
// اليمنية، بإسناد التحالف العربي». Its giver is the nationality on it,
// or, when a comma sets it off, the actor right after it; the one backed
// acts just before it, else is the clause's subject. It reports whether it
// read the noun so.
func (sc *sentenceCtx) backingAdjunct(f found) bool {
	if prepClitic(firstClitic(sc.toks[f.i].Norm)) != "ب" || f.i == 0 {
		return false
	}
	// «اتهمت إيران بدعم الحوثيين»: the backing is a charge, not an act.
	lx := sc.st.x.lx
	for j := max(f.i-5, 0); j < f.i; j++ {
		if w := stripConj(sc.toks[j].Norm); lx.accuseOf[w] || lx.charged[w] {
			return false
		}
	}
	// «بدعم الجزائر للمغرب»: an object after ل is read as usual.
	if sc.firstSlot(f.end, f.end+4, func(s slot) bool { return s.prep == "ل" }) >= 0 {
		return false
	}
	giver := sc.nationalityOn(f) // «بدعم روسي», «بدعم جوي روسي»
	// «تورط النظام الإيراني بدعم الميليشيا»: without a comma the actor
	// after the noun is the one backed.
	if giver < 0 && isComma(sc.toks[f.i-1]) {
		giver = sc.firstSlot(f.end, f.end+2, plain) // «، بإسناد التحالف العربي»
		if giver >= 0 && sc.slots[giver].first > f.end && sc.isTriggerAt(f.end) {
			giver = -1
		}
	}
	// «تقدمت قوات الشرعية بمساندة التحالف»: right after a force the
	// actor after the noun is the force's backer, as after a comma.
	if giver < 0 && sc.forceEndingAt(f.i) && !sc.carriedBefore(f.i) {
		giver = sc.firstSlot(f.end, f.end+2, plain)
		if giver >= 0 && sc.slots[giver].first > f.end && sc.isTriggerAt(f.end) {
			giver = -1
		}
	}
	if giver < 0 {
		return false
	}
	patient := sc.lastSlot(f.i-4, f.i, func(s slot) bool {
		if s.adjectival() {
			return sc.bareHead(s.adjOf) // «تقدم المقاومة اليمنية», not «على مواقع سورية»
		}
		return (s.prep == "" || s.prep == "ل") && !s.place
	})
	if patient < 0 {
		if patient = sc.clauseSubject(f.i); patient >= 0 && sc.slots[patient].end < f.i-10 {
			patient = -1 // too far to be what the phrase qualifies
		}
	}
	if patient >= 0 && sc.slots[patient].group != sc.slots[giver].group {
		sc.add(f.t.rel, f, sc.groupOf(giver), sc.groupOf(patient), Source, Target, confClause)
	}
	return true
}

// forceEndingAt reports whether an actor's force ends right before token
// i: a slot headed by a noun of forces or fighters («قوات الشرعية»,
// «ميليشيات الحوثي»), or a nationality on such a noun («القوات اليمنية»).
func (sc *sentenceCtx) forceEndingAt(i int) bool {
	fw := sc.st.x.lx.forces
	for _, s := range sc.slots {
		if s.end != i {
			continue
		}
		head := s.first
		if s.adjectival() {
			if !sc.bareHead(s.adjOf) {
				continue
			}
			head = s.adjOf
		} else if s.prep != "" {
			continue
		}
		if w := stripConj(sc.toks[head].Norm); fw.heads[w] || fw.means[w] || fw.fighters[w] {
			return true
		}
	}
	return false
}

// carriedBefore reports whether a light verb such as «قام» opens the
// clause of the force ending at token i: «قامت القوات الروسية بدعم قوات
// النظام» carries out the backing, whose genitive is the one backed.
func (sc *sentenceCtx) carriedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if sc.st.x.lx.carrierVerbs[stripConj(sc.toks[j].Norm)] {
			return true
		}
	}
	return false
}

// cutTies builds the sanction a noun of relations reports when a verb of
// cutting governs it: «قطعت السعودية والإمارات العلاقات الدبلوماسية مع
// قطر», «قطع المغرب علاقاته مع إيران». The verb's subject cuts them with
// the side after «مع». Without such a verb relations are no act.
func (sc *sentenceCtx) cutTies(f found) {
	lx := sc.st.x.lx
	v := sc.receivingVerb(f, lx.cutVerbs)
	if v < 0 || v > 0 && lx.negation.matchAt(sc.toks, v-1) > 0 {
		return // «لم تقطع مصر علاقاتها»
	}
	// «قطعت السعودية العلاقات», «قطعت كل من السعودية والإمارات العلاقات»
	agent := sc.firstSlot(v+1, f.i, func(s slot) bool { return plain(s) || s.prep == "من" && sc.eachOf(s.first) })
	if agent < 0 {
		if agent = sc.slotEndingAt(v); agent >= 0 && (!plain(sc.slots[agent]) || !sc.opensClause(sc.slots[agent].first)) {
			agent = -1
		}
	}
	if agent < 0 && v > 0 && lx.relative[stripConj(sc.toks[v-1].Norm)] {
		if agent = sc.slotEndingAt(v - 1); agent >= 0 && !plain(sc.slots[agent]) {
			agent = -1 // «قطر التي قطعت الدول الأربع العلاقات معها»
		}
	}
	target := sc.firstSlot(f.end, f.end+4, func(s slot) bool { return s.prep == "مع" && !s.adjectival() })
	if agent < 0 || target < 0 || sc.crossesBoundary(f.end, sc.slots[target].first) || sc.slots[agent].group == sc.slots[target].group {
		return
	}
	sc.add(Sanction, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, confClause)
}
