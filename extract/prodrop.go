package extract

import (
	"strings"

	"kg/arabic"
)

// droppedSubject returns the subject an accusing or describing verb joined
// by «و» takes from the clause before it when it names none of its own:
// «لكن موسكو نفت ضلوعها، واتهمت البريطانيين باختلاق قصة», «وتخشى تركيا
// حكما ذاتيا كرديا وتتهم وحدات حماية الشعب بأنها …». The actor right
// before its «بـ» complement is its object, so the subject was dropped;
// it is the nearest actor before the verb that stands where a subject
// stands: right after a verb or an auxiliary, or opening the sentence.
// -1 when a reported clause, a verb with an agent of its own, or
// punctuation other than a comma lies between.
func (sc *sentenceCtx) droppedSubject(f found) int {
	lx := sc.st.x.lx
	w := stripConj(sc.toks[f.i].Norm)
	if f.t.kind != verbTrigger || f.t.plural || f.t.rel.Symmetric() || !startsWithConj(sc.toks[f.i].Norm) {
		return -1
	}
	obj := -1
	switch {
	case lx.blameVerbs[w]:
		obj = sc.objectBeforeWord(f, lx.blameWords)
	case lx.objectThenBi[w] || lx.objectThenAla[w] || lx.objectThenLi[w]:
		obj = sc.objectBeforeBi(f)
		if obj < 0 && lx.accusedBeforeBi[w] {
			obj = sc.objectBeforeThat(f)
		}
		if obj < 0 && (lx.objectThenBi[w] || lx.objectThenLi[w]) {
			obj = sc.objectBeforeReason(f, lx.objectThenLi[w])
		}
		// «وطالبت روسيا بانسحاب القوات» may name its own subject; only
		// an accusation, or an actor that cannot be the subject, leaves
		// it dropped.
		if obj >= 0 && !lx.accusedBeforeBi[w] && !sc.onlyObject(f, sc.slots[obj]) {
			obj = -1
		}
	}
	if obj < 0 {
		return -1
	}
	for j := f.i - 1; j >= 0; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		// Quotes mark words cited («إن الصواريخ "قادمة"، وانتقد»), not
		// the end of a clause.
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return -1
		}
		// «قال ترامب إن إيران تدعم الحوثيين، واتهمها …»: the subject of a
		// reported clause is not the speaker's; «التي» opens a clause
		// whose subject is another's.
		if lx.complementizer[w] || lx.saidThat[w] {
			return sc.speakerPast(f, obj, j)
		}
		// «حماس التي قالت …، واتهمت»: the verb may go on with the
		// relative clause, unless it cannot agree with its pronoun
		// («الأشخاص الذين حاولوا …، وحمّلت»).
		if lx.relative[w] && (w == "التي") == feminineVerb(sc.toks[f.i].Text) {
			return -1
		}
		// «لكن موسكو نفت ضلوعها، واتهمت …»: a verb of saying or denying
		// before names the subject next to it.
		if sc.isSpeechVerb(j) {
			if k := sc.speakerAt(j); k >= 0 && sc.slots[k].end <= f.i && !sameActors(sc.slots[k], sc.slots[obj]) && sc.agreesWith(f, sc.slots[k]) && !sc.verbTriggerIn(j+1, f.i) {
				return k
			}
			return -1
		}
		if k := sc.slotEndingAt(j + 1); k >= 0 && plain(sc.slots[k]) {
			s := sc.slots[k]
			if !sc.subjectPlace(s) {
				continue // a genitive or an object: look further back
			}
			if sameActors(s, sc.slots[obj]) || !sc.agreesWith(f, s) || sc.verbTriggerIn(s.end, f.i) {
				return -1
			}
			return k
		}
	}
	return -1
}

// speakerPast returns the speaker of the clause reported at token c («إن»,
// «أنها») when verb f, after that clause, goes on with the speaker's acts:
// «وتقول إسرائيل إن جنودها أطلقوا النار دفاعا، واتهمت حماس بـ…». When the
// reported clause opens with an actor that could be f's subject («قال إن
// الصين ترفض …، وتتهم واشنطن»), f may go on with that clause: -1.
func (sc *sentenceCtx) speakerPast(f found, obj, c int) int {
	lx := sc.st.x.lx
	if k := sc.firstSlot(c+1, c+3, plain); k >= 0 && !lx.saidThat[stripConj(sc.toks[c].Norm)] {
		if s := sc.slots[k]; !sameActors(s, sc.slots[obj]) && sc.agreesWith(f, s) {
			return -1
		}
	}
	for v := c - 1; v >= 0 && v >= c-agentBefore; v-- {
		if t := sc.toks[v]; t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return -1
		}
		// «ووصفت الخارجية التجمع بأنه …، وحملت حماس»: a description's
		// clause, too, is its author's.
		if !sc.isSpeechVerb(v) && !lx.describe[stripConj(sc.toks[v].Norm)] {
			continue
		}
		k := sc.speakerAt(v)
		if k < 0 || sc.slots[k].end > c || sameActors(sc.slots[k], sc.slots[obj]) || !sc.agreesWith(f, sc.slots[k]) {
			return -1
		}
		return k
	}
	return -1
}

// onlyObject reports whether slot s, right after verb f, cannot be its
// subject: a plural in «ـين» is accusative or genitive («وطالب الحوثيين»),
// and a state named by its name is feminine, so not the subject of a
// masculine verb («وحث أمريكا على»).
func (sc *sentenceCtx) onlyObject(f found, s slot) bool {
	if sc.objectOfMasculine(f, s) {
		return true
	}
	return sc.obliquePlural(s) && hasArticle(stripConj(sc.toks[s.first].Norm))
}

// objectBeforeThat returns the slot right after verb f when «بأن» (that)
// follows it at once: «وتتهم وحدات حماية الشعب بأنها امتداد», -1
// otherwise.
func (sc *sentenceCtx) objectBeforeThat(f found) int {
	i, end := sc.objectPhrase(f)
	if i < 0 {
		return -1
	}
	w := stripConj(sc.toks[end].Norm)
	if !strings.HasPrefix(w, "ب") || !sc.st.x.lx.saidThat[w] && !sc.st.x.lx.complementizer[w] {
		return -1
	}
	return i
}

// objectBeforeReason returns the slot right after verb f when its
// complement follows past a quote («واتهم إسرائيل "باتخاذ إجراءات"») or,
// when li, a reason in «لـ» follows at once («وانتقد موسكو لدعمها»);
// -1 otherwise.
func (sc *sentenceCtx) objectBeforeReason(f found, li bool) int {
	i, end := sc.objectPhrase(f)
	if i < 0 {
		return -1
	}
	for end < len(sc.toks) && isQuote(sc.toks[end]) {
		end++
	}
	if end >= len(sc.toks) || sc.slotStartingAt(end) >= 0 || sc.toks[end].Kind != arabic.Word {
		return -1
	}
	p := prepClitic(firstClitic(sc.toks[end].Norm))
	if p == "ب" && end > sc.slots[i].end || li && p == "ل" {
		return i
	}
	return -1
}

// objectBeforeWord returns the slot right after verb f when a word of words
// follows it at once («وحملت حماس المسؤولية»), -1 otherwise.
func (sc *sentenceCtx) objectBeforeWord(f found, words map[string]bool) int {
	i, end := sc.objectPhrase(f)
	if i < 0 || !words[stripConj(sc.toks[end].Norm)] {
		return -1
	}
	return i
}

// objectPhrase returns the plain slot right after verb f and the token
// after its whole coordinated group; -1 when there is none or nothing
// follows it.
func (sc *sentenceCtx) objectPhrase(f found) (int, int) {
	i := sc.firstSlot(f.end, f.end+1, plain)
	if i < 0 {
		return -1, 0
	}
	end := sc.slots[i].end
	for _, j := range sc.groupOf(i) {
		end = max(end, sc.slots[j].end)
	}
	if end >= len(sc.toks) {
		return -1, 0
	}
	return i, end
}

// subjectPlace reports whether slot s stands where a subject stands: it
// opens the sentence, or follows an auxiliary, a particle that opens a
// clause («لكن موسكو نفت»), or a word that reads as a verb («وتخشى
// تركيا»): no article, no preposition, no ending of a noun, no trigger
// noun («اتهامات لندن» is a genitive).
func (sc *sentenceCtx) subjectPlace(s slot) bool {
	lx := sc.st.x.lx
	if sc.obliquePlural(s) {
		return false
	}
	p := s.first - 1
	for p >= 0 && (isQuote(sc.toks[p]) || lx.timeWord(sc.toks[p].Norm)) {
		p--
	}
	if p < 0 {
		return true
	}
	t := sc.toks[p]
	w := stripConj(t.Norm)
	if t.Kind != arabic.Word || !hasArabic(t.Text) || overlaps(sc.slots, p) {
		return false
	}
	if lx.auxiliary[w] || lx.clauseOpeners[w] {
		return true
	}
	if sc.verbTriggerIn(p, p+1) {
		return true // «أدانت الرئاسة الفلسطينية …»
	}
	if hasArticle(w) || lx.isFunctionWord(w) || prepClitic(firstClitic(t.Norm)) != "" || sc.isTriggerAt(p) {
		return false
	}
	return !strings.HasSuffix(w, "ات") && !strings.HasSuffix(w, "ة") && !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ي")
}

// agreesWith reports whether slot s may be the subject of verb f by
// gender: a feminine verb has no man for subject, a masculine one no state
// named by its name.
func (sc *sentenceCtx) agreesWith(f found, s slot) bool {
	if feminineVerb(sc.toks[f.i].Text) {
		return !sc.namesPerson(s)
	}
	return !sc.objectOfMasculine(f, s)
}

// verbTriggerIn reports whether a verb trigger starts in [from, to).
func (sc *sentenceCtx) verbTriggerIn(from, to int) bool {
	return sc.firstTrig(from, to, func(t found) bool { return t.t.kind == verbTrigger }) >= 0
}

// conjVerbAt reports whether a verb trigger carrying «و» starts at token i.
func (sc *sentenceCtx) conjVerbAt(i int) bool {
	return sc.verbTriggerIn(i, i+1) && startsWithConj(sc.toks[i].Norm)
}

// speechVerbIn reports whether a verb of saying stands in [from, to): «بين
// روسيا والغرب منذ قال ترامب» ends the sides of «بين» before the speaker.
func (sc *sentenceCtx) speechVerbIn(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if sc.isSpeechVerb(j) {
			return true
		}
	}
	return false
}

// obliquePlural reports whether slot s is one plural noun of belonging in
// «ـيين», accusative or genitive, so never a verb's subject: «استهداف
// الحوثيين لمطار أبها», «وطالب الحوثيين بـ».
func (sc *sentenceCtx) obliquePlural(s slot) bool {
	last := sc.toks[s.end-1].Norm
	return s.end == s.first+1 && strings.HasSuffix(last, "يين")
}

// carriedLightSubject returns the subject a light verb joined by «و»
// shares with the clause before when it names none of its own:
// «استهدفت المقاتلات التركية مواقع لحزب العمال، وشنت غارات جوية» strikes with the jets, not with the party whose positions the
// first verb took as object. It is the agent of the act before, else the
// nearest actor standing where a subject stands; either must agree with
// the light verb at j (a feminine verb has no man for subject). -1 when
// none is found, or the verb may be a verbal noun.
func (sc *sentenceCtx) carriedLightSubject(k int, f found, j int) int {
	lx := sc.st.x.lx
	// «ويعلن قراره بشأن … بالاتفاق»: a noun after a preposition is not
	// the light verb's object.
	if prepClitic(firstClitic(sc.toks[f.i].Norm)) != "" || f.i > 0 && lx.isPreposition(stripConj(sc.toks[f.i-1].Norm)) {
		return -1
	}
	w := sc.toks[j].Norm
	// Only after «و»: «قرار أميركا فرض عقوبات» names its own subject, and
	// a verb after a bare comma often describes the noun before it («هجوم
	// كيميائي، وجهت أصابع الاتهام فيه لدمشق»).
	rest, ok := strings.CutPrefix(w, "و")
	if !ok || hasArticle(rest) || !sc.isLightWord(rest) {
		return -1
	}
	w = rest
	// «انسحاب أمريكا من الاتفاق وفرض عقوبات»: a past spelt as its verbal
	// noun («فرض», «شن») may go on with the noun before; only a verb
	// before makes it a verb.
	bare := lx.lightMasdars[w]
	light := f
	light.i, light.end = j, j+1
	prev := -1 // the act before, not one named in a complement («نددت بإطلاق صواريخ»)
	for p := k - 1; p >= 0 && prev < 0; p-- {
		t := sc.trigs[p]
		if t.i >= j || t.relObject {
			continue
		}
		if prepClitic(firstClitic(sc.toks[t.i].Norm)) != "" || t.i > 0 && (lx.isPreposition(stripConj(sc.toks[t.i-1].Norm)) || lx.circumstance[stripConj(sc.toks[t.i-1].Norm)]) {
			continue
		}
		prev = p
	}
	if bare && (prev < 0 || sc.trigs[prev].t.kind != verbTrigger) {
		return -1
	}
	// The nearest actor where a subject stands, up to the clause that
	// holds the verb; a relative clause is another's.
	for q := j - 1; q >= 0; q-- {
		t := sc.toks[q]
		w := stripConj(t.Norm)
		if lx.relative[w] {
			return -1
		}
		if t.Kind == arabic.Punct && !isComma(t) && !isQuote(t) && t.Norm != "(" && t.Norm != ")" || lx.complementizer[w] || lx.saidThat[w] {
			break
		}
		if i := sc.slotEndingAt(q + 1); i >= 0 && plain(sc.slots[i]) && sc.subjectPlace(sc.slots[i]) {
			if !sc.agreesWith(light, sc.slots[i]) {
				return -1
			}
			return i
		}
	}
	// Else the agent of the act before: «تنفذ تركيا ضربات … وتقول إنها …،
	// وشنت غارات».
	if prev < 0 {
		return -1
	}
	if i, _ := sc.agent(prev, sc.trigs[prev]); i >= 0 && sc.slots[i].end <= j && sc.agreesWith(light, sc.slots[i]) {
		return i
	}
	return -1
}

// isLightWord reports whether w, with its clitics, is a light verb.
func (sc *sentenceCtx) isLightWord(w string) bool {
	return peeledWordIn(sc.st.x.lx.lightVerbs, w)
}

// controller returns the subject of a verb of deciding or trying that
// governs verb f through «أن» when f names no subject before it: «قرر
// الاتحاد الأوروبي، الأربعاء، أن يتفاوض», «وحاولت قطر أن تستهدف». The
// one actor between the two verbs is the subject; -1 otherwise.
func (sc *sentenceCtx) controller(f found) int {
	lx := sc.st.x.lx
	if f.i < 3 || !lx.complementizer[stripConj(sc.toks[f.i-1].Norm)] || sc.toks[f.i-1].Norm != "ان" && sc.toks[f.i-1].Norm != "أن" {
		return -1
	}
	for v := f.i - 2; v >= 0 && v >= f.i-8; v-- {
		if sc.toks[v].Kind == arabic.Punct && !isComma(sc.toks[v]) {
			return -1
		}
		if !sc.controlVerbAt(v) {
			continue
		}
		i := sc.firstSlot(v+1, f.i-1, plain)
		if i < 0 || sc.firstSlot(sc.slots[i].end, f.i-1, func(s slot) bool { return s.group != sc.slots[i].group }) >= 0 {
			return -1
		}
		// «قررت الحكومة أن تدعم واشنطن المعارضة»: two actors after the
		// verb are its own subject and object.
		if o := sc.firstSlot(f.end, f.end+subjectAfter, plain); o >= 0 && !sc.crossesBoundary(f.end, sc.slots[o].first) &&
			sc.firstSlot(sc.slots[o].end, sc.slots[o].end+objectAfter, func(s slot) bool { return plain(s) && s.group != sc.slots[o].group }) >= 0 {
			return -1
		}
		if !sc.agreesWith(f, sc.slots[i]) {
			return -1
		}
		return i
	}
	return -1
}

// controlVerbAt reports whether token v is a control verb.
func (sc *sentenceCtx) controlVerbAt(v int) bool {
	return sc.peeledIn(sc.st.x.lx.controlVerbs, v)
}
