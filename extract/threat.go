package extract

import (
	"strings"

	"kg/arabic"
)

// Threatened acts: «هددت واشنطن بفرض عقوبات على طهران», «تهديدات أنقرة
// بشن عملية عسكرية ضد المقاتلين الأكراد». An attack or a sanction named
// in the ب complement of a threat has not happened; the one threatened is
// the act's target.

// threatComplementReach is how many words may stand between a threat and
// the ب word that opens its complement («هددت تركيا مرارا بشن»).
const threatComplementReach = 2

// threatOver returns the index of the threat trigger right before noun
// trigger k whose complement names it, or -1. threat is true for a ب
// complement; a warning («حذر من شن هجوم على سوريا») takes من and warns
// against the act: no act, and no threat against its target either.
func (sc *sentenceCtx) threatOver(k int) (p int, threat bool) {
	f := sc.trigs[k]
	if k == 0 || sc.trigs[k-1].t.rel != Threaten || f.t.kind != nounTrigger {
		return -1, false
	}
	skipped := 0
	for j := sc.trigs[k-1].end; j <= f.i; j++ {
		tok := sc.toks[j]
		if overlaps(sc.slots, j) || isQuote(tok) || sc.st.x.lx.timeWord(tok.Norm) || sc.appositionComma(j) {
			continue
		}
		if tok.Kind != arabic.Word {
			return -1, false
		}
		clitic := prepClitic(firstClitic(tok.Norm))
		if clitic == "ب" || stripConj(tok.Norm) == "من" {
			if sc.opensAct(j, f) {
				return k - 1, clitic == "ب"
			}
			return -1, false
		}
		if skipped++; skipped > threatComplementReach {
			return -1, false
		}
	}
	return -1, false
}

// appositionComma reports whether token j is the comma that closes a name
// given after a title («هدد الرئيس الأميركي، دونالد ترامب، بفرض»): the
// actor before it holds a comma of its own.
func (sc *sentenceCtx) appositionComma(j int) bool {
	k := sc.slotEndingAt(j)
	return isComma(sc.toks[j]) && k >= 0 && sc.apposed(sc.slots[k])
}

// opensAct reports whether the complement that opens at token j names act
// f itself: «بضربة», «بشن هجوم», «بإعادة فرض عقوبات», «من شن هجوم».
// «بنقل هجومها إلى منبج» names another act.
func (sc *sentenceCtx) opensAct(j int, f found) bool {
	if stripConj(sc.toks[j].Norm) == "من" {
		j++
	}
	switch {
	case j == f.i:
		return true
	case j+1 == f.i:
		return sc.actMasdar(j)
	case j+2 == f.i:
		return sc.actMasdar(j + 1)
	}
	return false
}

func (sc *sentenceCtx) actMasdar(j int) bool {
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		if sc.st.x.lx.actMasdars[w] {
			return true
		}
	}
	return false
}

// threatened emits the threat p against the target of the act f it
// names: the agent is the threat's, the target the act's. A condition
// («إذا لم تستطع بريطانيا …») names no target, and the adjective of the
// act's own noun («الهجوم التركي») is its author.
func (sc *sentenceCtx) threatened(f found, p int) {
	agent, conf := sc.agent(p, sc.trigs[p])
	if agent < 0 {
		return
	}
	preps := append([]string{"الي"}, sc.st.x.lx.objectPreps[f.t.rel]...) // «توجيه ضربة إلى»
	target := sc.target(f, agent, preps)
	if target < 0 {
		return
	}
	s := sc.slots[target]
	if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end {
		return
	}
	for j := f.end; j < s.first; j++ {
		if sc.st.x.lx.modalityBefore.matchAt(sc.toks, j) > 0 {
			return
		}
	}
	sc.add(Threaten, sc.trigs[p], sc.groupOf(agent), sc.groupOf(target), Source, Target, min(conf, confClause))
}

// masdarObject returns the object of attack masdar f that opens a threat's
// complement, named as its genitive or as that of the one noun after it:
// «هدد بضرب إيران», «باغتيال قادة حركة حماس». -1 if none.
func (sc *sentenceCtx) masdarObject(f found, agent int) int {
	if f.t.rel != Attack || f.end-f.i != 1 || prepClitic(firstClitic(sc.toks[f.i].Norm)) != "ب" {
		return -1
	}
	g := f.end
	if g < len(sc.toks) && sc.toks[g].Kind == arabic.Word && !overlaps(sc.slots, g) && !hasArticle(sc.toks[g].Norm) && !sc.isTriggerAt(g) {
		g++ // «قادة», «مواقع»
	}
	k := sc.firstSlot(g, g+1, plain)
	if k < 0 || sc.slots[k].first != g || sc.slots[k].group == sc.slots[agent].group || sameActors(sc.slots[k], sc.slots[agent]) {
		return -1
	}
	return k
}

// conditionReach is how many words may stand between a threat verb and the
// condition that names whom it is against («سترد "بقوة" إذا»).
const conditionReach = 3

// conditionSubject returns the first actor of a condition that follows
// threat verb f closely: a retaliation promised if someone acts is against
// that one («قالت الصين إنها سترد إذا اتخذت الولايات المتحدة خطوات
// أخرى»). -1 if none, or if the condition ends first.
func (sc *sentenceCtx) conditionSubject(f found, agent int) int {
	if f.t.kind != verbTrigger {
		return -1
	}
	lx := sc.st.x.lx
	j, far := f.end, false
	if a := sc.slots[agent]; a.first == f.end {
		far = true
		// «هددت كوريا الشمالية بإلغاء القمة إذا …»: past the subject and
		// those joined to it («واشنطن وباريس»).
		for j = a.end; ; {
			k := sc.firstSlot(j, j+1, plain)
			if k < 0 || sc.slots[k].first != j || sc.slots[k].group != a.group {
				break
			}
			j = sc.slots[k].end
		}
	}
	for k := f.i + 1; k < f.end; k++ {
		if lx.condition.matchAt(sc.toks, k) > 0 {
			j = k // «سترد إذا»: the trigger ends with its condition
		}
	}
	reach := conditionReach
	if j < len(sc.toks) && prepClitic(firstClitic(sc.toks[j].Norm)) == "ب" {
		reach, far = threatOnReach, true // the threatened act comes first: «هددت بشن ضربات في حال …»
	}
	for skipped := 0; j < len(sc.toks); j++ {
		if lx.condition.matchAt(sc.toks, j) > 0 {
			break
		}
		t := sc.toks[j]
		if isQuote(t) || lx.timeWord(t.Norm) {
			continue
		}
		if t.Kind != arabic.Word || overlaps(sc.slots, j) || far && sc.sanctionAt(j) {
			return -1
		}
		if skipped++; skipped > reach {
			return -1
		}
	}
	if j >= len(sc.toks) {
		return -1
	}
	from := j + lx.condition.matchAt(sc.toks, j)
	if from < len(sc.toks) && lx.undergo[stripConj(sc.toks[from].Norm)] {
		return -1 // «إذا تعرضت سوريا لضربة»: the one struck is no one threatened
	}
	until := from + objectAfter
	if far {
		// Far from the threat, only the condition's own subject is whom it
		// is against («إذا أصرت الولايات المتحدة», «في حال انضمام فلسطين»),
		// not an actor deeper in it («حال اتخاذها خطوة داعمة لعناصر …»).
		until = from + conditionSubjectReach
	}
	for k := from; k < len(sc.toks) && k < until; k++ {
		t := sc.toks[k]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return -1
		}
		if s := sc.firstSlot(k, k+1, plain); s >= 0 && sc.slots[s].first == k {
			if sc.slots[s].group == sc.slots[agent].group || sameActors(sc.slots[s], sc.slots[agent]) {
				return -1
			}
			return s
		}
	}
	return -1
}

// sanctionAt reports whether a sanction trigger covers token j. Sanctions
// threatened fall on their own target, which a condition need not name:
// «هدد بإعادة فرض العقوبات إذا لم تستطع بريطانيا …» is against Iran.
func (sc *sentenceCtx) sanctionAt(j int) bool {
	for _, t := range sc.trigs {
		if t.i <= j && j < t.end && t.t.rel == Sanction {
			return true
		}
	}
	return false
}

// conditionSubjectReach is how many words from the start of a condition
// its subject may stand at («إذا لم تنسحب الوحدات الكردية»).
const conditionSubjectReach = 3

// threatOnReach is how many words the ب complement of a threat may run
// before the «على» or «ضد» that names whom it falls on («هدد ترامب بفرض
// رسوم جمركية إضافية على الصين»).
const threatOnReach = 6

// threatOn returns the one a threatened measure falls on, when the measure
// is no act the extractor knows («بفرض رسوم جمركية على الصين», «باتخاذ
// تدابير مضادة على الصادرات الأمريكية», «بالرد على أي ضربة أمريكية»): an
// actor after «على» or «ضد» in the threat's ب complement, or a nationality
// describing what it falls on. -1 if none, or if the clause ends first.
func (sc *sentenceCtx) threatOn(f found, agent int) int {
	lx := sc.st.x.lx
	// «مما ينذر بهطول أمطار»: after «ما» what threatens is a state of
	// affairs, not the actor named before.
	if f.t.warn || f.i > 0 && lx.stateOfAffairs[stripConj(sc.toks[f.i-1].Norm)] {
		return -1
	}
	j := f.end
	if sc.slots[agent].first >= f.end {
		j = sc.slots[agent].end
	}
	// The complement opens right after the trigger or its subject.
	for skipped := 0; j < len(sc.toks); j++ {
		t := sc.toks[j]
		if t.Norm == "،" || t.Norm == "," || isQuote(t) || lx.timeWord(t.Norm) || overlaps(sc.slots, j) {
			continue
		}
		if t.Kind != arabic.Word {
			return -1
		}
		if prepClitic(firstClitic(t.Norm)) == "ب" {
			break
		}
		if skipped++; skipped > threatComplementReach {
			return -1
		}
	}
	from := j
	if from < len(sc.toks) {
		for _, t := range sc.trigs {
			if t.i == from {
				if k := sc.masdarObject(t, agent); k >= 0 {
					return k // «هددت إسرائيل بقصف مواقع حزب الله»
				}
			}
		}
	}
	for k := from + 1; k < len(sc.toks) && k <= from+threatOnReach; k++ {
		t := sc.toks[k]
		if t.Kind == arabic.Punct && !isQuote(t) || lx.complementizer[stripConj(t.Norm)] || lx.condition.matchAt(sc.toks, k) > 0 {
			return -1
		}
		if !isTargetPrep(t.Norm) {
			continue
		}
		for s := range sc.slots {
			slot := sc.slots[s]
			if slot.group == sc.slots[agent].group || sameActors(slot, sc.slots[agent]) {
				continue
			}
			if !slot.adjectival() && slot.first == k+1 || slot.adjectival() && slot.adjOf > k && slot.adjOf <= k+4 && !sc.targetPrepIn(k+1, slot.adjOf) && sc.sanctionedNationals(slot, k) {
				return s
			}
		}
		return -1
	}
	return -1
}

// targetPrepIn reports whether «على» or «ضد» stands in [from, to).
func (sc *sentenceCtx) targetPrepIn(from, to int) bool {
	for j := from; j < to; j++ {
		if isTargetPrep(sc.toks[j].Norm) {
			return true
		}
	}
	return false
}

// consequencesWarned reports whether the «من» complement of threat verb f
// names consequences («حذر من "عواقب وخيمة"», «هددت من العواقب»), not
// an act or a danger warned against.
func (sc *sentenceCtx) consequencesWarned(f found) bool {
	for j := f.end; j < len(sc.toks) && j <= f.end+subjectAfter; j++ {
		if stripConj(sc.toks[j].Norm) != "من" {
			continue
		}
		k := skipQuotes(sc.toks, j+1)
		return k < len(sc.toks) && sc.st.x.lx.consequences[sc.toks[k].Norm]
	}
	return false
}

// endangers reports whether threat verb or participle f says only that
// something is at risk: a verb with a thing endangered right after it
// («بشكل يهدد سلامة الطائرة الإماراتية»), or «مهدد» after a verb of
// becoming («بات العراق مهددا بفقدان مياهه»), which is passive.
func (sc *sentenceCtx) endangers(f found) bool {
	if f.t.rel != Threaten || f.t.warn || f.t.brandish || f.t.kind != verbTrigger && f.t.kind != circumstantialTrigger {
		return false
	}
	lx := sc.st.x.lx
	if f.t.kind == verbTrigger {
		return f.end < len(sc.toks) && lx.endangered[sc.toks[f.end].Norm]
	}
	// «بات مهددا», «ستكون حياته مهددة»: one word may stand between.
	for j := f.i - 1; j >= 0 && j >= f.i-2; j-- {
		if lx.become[stripConj(sc.toks[j].Norm)] {
			return true
		}
	}
	return false
}

// promiseReach is how many words the clause of a warning may run from its
// subject to the condition of what the subject promises («بأن بلاده
// ستستأنف تخصيب اليورانيوم بقوة إذا …»).
const promiseReach = 10

// warnedPromise returns whom a warning is against when its clause is a
// promise by the warner's own side on a condition another actor would
// meet: «حذر ظريف بأن بلاده ستستأنف التخصيب إذا تخلت واشنطن عن الاتفاق»,
// «حذر منوشين من أن بلاده ستفرض المزيد من العقوبات إذا لم تطلق أنقرة
// سراح القس». The promise is a future verb or a word of readiness right
// after the subject. -1 if none.
func (sc *sentenceCtx) warnedPromise(f found, agent int) int {
	lx := sc.st.x.lx
	j := f.end
	if a := sc.slots[agent]; a.first >= f.end && a.first <= f.end+1 {
		j = sc.pastJoined(agent)
	}
	j = sc.skipAdverbs(j)
	if j < len(sc.toks) && stripConj(sc.toks[j].Norm) == "من" {
		j++
	}
	if j >= len(sc.toks) {
		return -1
	}
	// The clause's subject: a pronoun on «أن», «بلاده», or the warner's state.
	w := stripConj(sc.toks[j].Norm)
	switch {
	case lx.saidThat[w]: // «أن» with its clause's subject: in a warning, the speaker itself
		// «وحذر طهران من أنها»: a pronoun that disagrees with the verb
		// is the one warned, not the warner.
		if strings.HasSuffix(w, "ها") != feminineVerb(sc.toks[f.i].Norm) && !strings.HasSuffix(w, "هم") {
			return -1
		}
		j++
	case lx.reportedThat[w] && j+1 < len(sc.toks) && lx.ownCountry[stripConj(sc.toks[j+1].Norm)]:
		j += 2
	case lx.reportedThat[w]:
		s := sc.slotStartingAt(j + 1)
		if s < 0 || !sc.sameState(sc.slots[s], sc.slots[agent]) {
			return -1
		}
		j = sc.pastJoined(s) // «الولايات المتحدة وحلفاءها»
	default:
		return -1
	}
	j = skipQuotes(sc.toks, j)
	if j >= len(sc.toks) || !sc.promiseAt(j) {
		return -1
	}
	for k := j + 1; k < len(sc.toks) && k <= j+promiseReach; k++ {
		t := sc.toks[k]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return -1
		}
		if lx.condition.matchAt(sc.toks, k) > 0 {
			return sc.conditionActor(k, agent)
		}
	}
	return -1
}

// pastJoined returns the token after slot s and the slots joined to it
// by و right after («حسن روحاني ومحمد جواد ظريف»).
func (sc *sentenceCtx) pastJoined(s int) int {
	j := sc.slots[s].end
	for k := sc.slotStartingAt(j); k >= 0 && sc.slots[k].group == sc.slots[s].group; k = sc.slotStartingAt(j) {
		j = sc.slots[k].end
	}
	return j
}

// promiseAt reports whether token j promises an act: a future verb
// («ستفرض», «سوف تنسحب») or a word of readiness («مستعدة», «على
// استعداد»).
func (sc *sentenceCtx) promiseAt(j int) bool {
	lx := sc.st.x.lx
	w := stripConj(sc.toks[j].Norm)
	if lx.futureParticles[w] || w == "علي" && j+1 < len(sc.toks) && lx.threatIntent.matchPeeledAt(sc.toks, j+1) > 0 {
		return true
	}
	if lx.threatIntent.matchPeeledAt(sc.toks, j) > 0 {
		return true
	}
	return lx.isFuture(w) || futureShape(w)
}

// futureShape reports whether w has the shape of a future verb that no
// trigger list knows: س and a present prefix («ستستأنف», «ستعود»), but
// not a noun's ending that shares it: ة («سياسة», «سيطرتها») or the plural
// ات («سنوات»).
func futureShape(w string) bool {
	rest, ok := strings.CutPrefix(w, "س")
	if !ok || len([]rune(rest)) < 3 || strings.IndexAny(rest, "يتن") != 0 {
		return false
	}
	for _, noun := range []string{"ه", "ات", "تها", "تهم", "تهما"} {
		if strings.HasSuffix(rest, noun) {
			return false
		}
	}
	return true
}

// conditionActor returns the subject of the condition that opens at token
// c: an actor within its first words that is not the warner's state, and
// not one that would undergo an act («إذا تعرضت سوريا لهجوم»). -1 if none.
func (sc *sentenceCtx) conditionActor(c, agent int) int {
	lx := sc.st.x.lx
	from := c + lx.condition.matchAt(sc.toks, c)
	if from < len(sc.toks) && stripConj(sc.toks[from].Norm) == "لم" {
		from++ // «إذا لم تطلق أنقرة»
	}
	if from < len(sc.toks) && lx.undergo[stripConj(sc.toks[from].Norm)] {
		return -1
	}
	for k := from; k < len(sc.toks) && k < from+conditionSubjectReach; k++ {
		t := sc.toks[k]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return -1
		}
		if s := sc.firstSlot(k, k+1, plain); s >= 0 && sc.slots[s].first == k {
			if sc.sameState(sc.slots[s], sc.slots[agent]) {
				return -1
			}
			return s
		}
	}
	return -1
}
