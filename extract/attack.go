package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kg/actor"
	"kg/arabic"
)

// attackGenitive returns the author of an attack noun named after a means
// of striking that carries ل («غارات لطائرات التحالف», «قصف لمدفعية
// الجيش»). An actor right after ل is left alone: «ضربة للحوثيين» is a
// blow to them. -1 if none.
func (sc *sentenceCtx) attackGenitive(f found) int {
	if f.t.rel != Attack || f.t.kind != nounTrigger || f.pronoun || sc.triggerIn(f, sc.st.x.lx.placeNouns) {
		return -1
	}
	j := f.end
	for j < len(sc.toks) && j < f.end+2 && !overlaps(sc.slots, j) && sc.adjectivesOnly(j, j+1) {
		j++ // «قصف مدفعي», «الهجوم العنيف»
	}
	// «الهجوم العنيف»: a definite noun's adjectives are definite too.
	definite := hasArticle(sc.toks[f.end-1].Norm)
	for j < len(sc.toks) && j < f.end+2 && !overlaps(sc.slots, j) && !sc.isTriggerAt(j) &&
		(looksAdjective(sc.toks[j].Norm) || definite && strings.HasPrefix(sc.toks[j].Norm, "ال") && !sc.st.x.lx.isFunctionWord(sc.toks[j].Norm)) {
		j++
	}
	if j >= len(sc.toks) {
		return -1
	}
	if prepClitic(firstClitic(sc.toks[j].Norm)) != "ل" {
		return -1
	}
	// «غارة للتحالف العربي», «هجوم لقوات النظام»: after a raid or an
	// assault, unlike a blow, the actor after ل is who strikes.
	if sc.triggerIn(f, sc.st.x.lx.authoredAfterL) {
		if k := sc.slotStartingAt(j); k >= 0 && sc.slots[k].prep == "ل" && !sc.slots[k].adjectival() {
			return k
		}
	}
	if !sc.isMeans(j) {
		return -1
	}
	if k := sc.firstSlot(j+1, j+2, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 && sc.slots[k].first == j+1 {
		return k
	}
	return -1
}

// isMeans reports whether the word at j, without its clitics, is a means
// of striking (طائرات، مدفعية).
func (sc *sentenceCtx) isMeans(j int) bool {
	return sc.peeledIn(sc.st.x.lx.forces.means, j)
}

// victimBefore returns the target of an attack noun named as the cause of
// deaths or damage reported before it in its clause: «مقتل عشرة من
// مسلحي داعش في غارة أمريكية», «لقي عشرة حوثيين مصرعهم بغارات
// التحالف», «أصيب جنود أتراك في هجوم». The first actor of the clause
// before the noun, when a word of killing stands there too, is the one
// struck; -1 if none.
func (sc *sentenceCtx) victimBefore(f found, agent int) int {
	if f.t.rel != Attack || f.t.kind != nounTrigger || f.i == 0 {
		return -1
	}
	// The noun is a circumstance of the killing: «في غارة», «بغارات», «جراء القصف».
	if prepClitic(firstClitic(sc.toks[f.i].Norm)) != "ب" && !sc.st.x.lx.circumstance[stripConj(sc.toks[f.i-1].Norm)] {
		return -1
	}
	lx := sc.st.x.lx
	start, killed, after := f.i, false, -1
	for j := f.i - 1; j >= 0 && j >= f.i-agentBefore; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," || lx.complementizer[w] || lx.saidThat[w] || sc.triggerBetween(j, j+1) && !sc.backingAside(j) {
			break
		}
		start = j
		// «بمقتل», «لمقتل»: the word of killing may carry a preposition;
		// then the dead follow it, and who stands before it reports or
		// condemns the killing («ونددت تركيا بمقتل مدنيين في غارة»).
		if sc.isCasualty(j) && !overlaps(sc.slots, j) {
			killed = true
			if prepClitic(firstClitic(t.Norm)) != "" {
				after = j + 1
			}
		}
	}
	if after > start {
		start = after
	}
	if !killed {
		return -1
	}
	// A nationality stands for its state only on the dead themselves or on
	// soldiers («قتل فلسطيني», «مقتل ثلاثة جنود أتراك»): «مصرع المقاتلة
	// البريطانية» is no attack on Britain.
	k := sc.firstSlot(start, f.i, func(s slot) bool {
		return (s.prep == "" || s.prep == "من") && (!s.adjectival() || sc.victimNoun(s.adjOf))
	})
	if k < 0 || agent >= 0 && (sc.slots[k].group == sc.slots[agent].group || sameActors(sc.slots[k], sc.slots[agent])) {
		return -1
	}
	return k
}

// targetGenitive returns the owner of what an attack noun struck, named
// after «على» or «ضد» and one noun: «الهجوم على مواقع وحدات حماية
// الشعب», «غارات على معاقل داعش». -1 if none.
func (sc *sentenceCtx) targetGenitive(f found, agent int) int {
	if f.t.rel != Attack || f.t.kind != nounTrigger {
		return -1
	}
	from := sc.pastTrigger(f, agent)
	for j := from; j+2 < len(sc.toks) && j < from+4; j++ {
		if overlaps(sc.slots, j) || !isTargetPrep(sc.toks[j].Norm) {
			continue
		}
		n := sc.toks[j+1]
		if n.Kind != arabic.Word || overlaps(sc.slots, j+1) || hasArticle(n.Norm) || sc.isTriggerAt(j+1) {
			return -1
		}
		g := j + 2
		for g < len(sc.toks) && g < j+4 && sc.conjoinedNoun(g, false) {
			g++ // «على مواقع وتجمعات ميليشيات الحوثي»
		}
		k := sc.firstSlot(g, g+1, func(s slot) bool { return s.prep == "" && !s.adjectival() })
		if k < 0 || sc.slots[k].first != g || sc.slots[k].group == sc.slots[agent].group {
			return -1
		}
		return k
	}
	return -1
}

// qualifiesGroup reports whether a nisba right after slot s describes it
// rather than joining a list of nationalities: after an armed group's
// name it is the group's patron or origin («ميليشيات الحوثي الإيرانية»).
func (r *slotResolver) qualifiesGroup(s slot) bool {
	if len(s.actors) != 1 {
		return false
	}
	a, ok := r.actor(s.actors[0])
	return ok && a.Type == actor.Group
}

// victimNoun reports whether the noun at j that a nationality qualifies
// names the dead or soldiers: a word of killing, a number, a soldier, or
// one of the people an act of violence is done to («مدني», «طفل»).
func (sc *sentenceCtx) victimNoun(j int) bool {
	if j < 0 || j >= len(sc.toks) {
		return false
	}
	if sc.victimAt(j) {
		return true
	}
	t := sc.toks[j]
	if t.Kind == arabic.Number {
		return true
	}
	fw := sc.st.x.lx.forces
	return peeledTokenIn(fw.casualties, t) || peeledTokenIn(fw.soldiers, t)
}

// battleSide returns the side a noun of fighting names after «مع»,
// past its adjectives and a noun of fighters («مواجهات عنيفة مع
// الحوثيين», «معارك مع مقاتلي داعش»); -1 if none.
func (sc *sentenceCtx) battleSide(f found) int {
	if f.t.rel != Attack || f.t.kind != nounTrigger || !sc.triggerIn(f, sc.st.x.lx.battleNouns) {
		return -1
	}
	with := f.end
	for with < len(sc.toks) && with < f.end+3 && stripConj(sc.toks[with].Norm) != "مع" {
		with++
	}
	if with >= len(sc.toks) || stripConj(sc.toks[with].Norm) != "مع" || !sc.adjectivesOnly(f.end, with) && !sc.definiteAdjectives(f.end, with) {
		return -1
	}
	j := with + 1
	for j < len(sc.toks) && j < with+4 && !overlaps(sc.slots, j) && (sc.toks[j].Kind == arabic.Punct && sc.toks[j].Norm != "،" && sc.toks[j].Norm != "," && sc.toks[j].Norm != "." || sc.st.x.lx.forces.fighters[sc.toks[j].Norm] || sc.st.x.lx.forces.heads[sc.toks[j].Norm]) {
		j++ // «مع مقاتلي تنظيم "الدولة الإسلامية"», «مع قوات الجيش اليمني»
	}
	k := sc.firstSlot(j, j+1, func(s slot) bool { return !s.adjectival() && (s.prep == "مع" || s.prep == "") })
	if k < 0 || sc.slots[k].first != j {
		return -1
	}
	return k
}

// definiteAdjectives reports whether tokens [from, to) are definite words
// that are no function words, as adjectives of a definite noun are
// («المواجهات العنيفة»).
func (sc *sentenceCtx) definiteAdjectives(from, to int) bool {
	for j := from; j < to; j++ {
		t := sc.toks[j]
		if t.Kind != arabic.Word || !strings.HasPrefix(t.Norm, "ال") || sc.st.x.lx.isFunctionWord(t.Norm) || overlaps(sc.slots, j) || sc.isTriggerAt(j) {
			return false
		}
	}
	return true
}

// battleSubject returns the subject of the clause a noun of fighting is a
// circumstance of («تقدم الجيش السوري إثر معارك مع داعش»): the first
// actor of the clause before the noun; -1 if none, or if a word of
// killing stands in the clause (those killed are no side).
func (sc *sentenceCtx) battleSubject(f found, side int) int {
	start, killed := sc.battleClause(f)
	if start < 0 || killed >= 0 {
		return -1
	}
	k := sc.firstSlot(start, f.i, sc.forcesSubject)
	if k < 0 || sc.slots[k].group == sc.slots[side].group || sameActors(sc.slots[k], sc.slots[side]) {
		return -1
	}
	return k
}

// forcesSubject reports whether s can be the subject of a clause: a bare
// actor, or the nationality of an army or forces noun with no
// preposition («استعادت القوات الحكومية اليمنية», «قوات الجيش الوطني
// اليمني»), which names the state that fights.
func (sc *sentenceCtx) forcesSubject(s slot) bool {
	if plain(s) {
		return true
	}
	if s.prep != "" || !s.adjectival() {
		return false
	}
	heads := sc.st.x.lx.forces.heads
	j := s.adjOf
	if j < 0 || j >= len(sc.toks) || !heads[stripConj(sc.toks[j].Norm)] {
		return false
	}
	for j > 0 && heads[stripConj(sc.toks[j-1].Norm)] {
		j-- // «قوات الجيش»: the chain's first noun takes the preposition
	}
	// «للقوات اليمنية», «مع القوات اليمنية»: an oblique, no subject.
	return prepClitic(firstClitic(sc.toks[j].Norm)) == "" && (j == 0 || !sc.st.x.lx.isPreposition(sc.toks[j-1].Norm))
}

// battleVictim returns those killed in a fight with side: the first actor
// after the last word of killing before the noun («مقتل 17 فلسطينيا
// في مواجهات مع»), else the last before it («لقي 37 من الحوثيين
// مصرعهم في معارك مع»); -1 if none.
func (sc *sentenceCtx) battleVictim(f found, side int) int {
	start, killed := sc.battleClause(f)
	if start < 0 || killed < 0 {
		return -1
	}
	victim := func(s slot) bool {
		return (s.prep == "" || s.prep == "من") && (!s.adjectival() || sc.victimNoun(s.adjOf) || s.adjOf > killed && s.adjOf < s.first && sc.isCasualty(s.adjOf))
	}
	k := sc.firstSlot(killed+1, f.i, victim)
	if k < 0 {
		// «مصرعهم» follows the dead; «أردوغان بالتزامن مع مقتل» is no victim.
		if k = sc.lastSlot(start, killed, victim); k >= 0 && sc.slots[k].end < killed-1 {
			k = -1
		}
	}
	// «قتل 15 من الحوثيين، وأصيب آخرون، خلال مواجهات مع»: the wounded
	// have no name; the dead are named after the first word of killing.
	for j := start; k < 0 && j < killed; j++ {
		if !overlaps(sc.slots, j) && sc.isCasualty(j) {
			if k = sc.firstSlot(j+1, killed, victim); k >= 0 {
				break
			}
		}
	}
	if k < 0 || sc.slots[k].group == sc.slots[side].group || sameActors(sc.slots[k], sc.slots[side]) {
		return -1
	}
	return k
}

// battleClause returns where the clause of a noun of fighting named as a
// circumstance («في مواجهات», «بعد معارك», «بمعارك») begins, and its last
// word of killing before the noun, or -1; start is -1 if the noun is no
// circumstance.
func (sc *sentenceCtx) battleClause(f found) (start, killed int) {
	lx := sc.st.x.lx
	if f.i == 0 || prepClitic(firstClitic(sc.toks[f.i].Norm)) != "ب" && !lx.circumstance[stripConj(sc.toks[f.i-1].Norm)] {
		return -1, -1
	}
	start, killed = f.i, -1
	// A count of the dead and who they were may stand long before the noun.
	for j := f.i - 1; j >= 0 && j >= f.i-2*agentBefore; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," || lx.complementizer[w] || lx.saidThat[w] || sc.triggerBetween(j, j+1) && !sc.backingAside(j) {
			break
		}
		start = j
		if killed < 0 && !overlaps(sc.slots, j) && sc.isCasualty(j) {
			killed = j
		}
	}
	return start, killed
}

// isCasualty reports whether the word at j, without its clitics, is a word
// of killing or wounding («بمقتل», «القتلى»).
func (sc *sentenceCtx) isCasualty(j int) bool {
	return sc.peeledIn(sc.st.x.lx.forces.casualties, j)
}

// undergone builds the event of an attack noun after ل that a verb of
// undergoing governs («تعرضت القوات التركية لهجوم من حزب العمال»,
// «تعرضت سفينة إيرانية لقصف إسرائيلي») or of repelling («صد الجيش
// هجوما للحوثيين»): the verb's subject is struck,
// the noun's nationality or the actor after «من» strikes. It reports
// whether the noun was so governed.
func (sc *sentenceCtx) undergone(k int, f found) bool {
	lx := sc.st.x.lx
	if f.t.kind != nounTrigger {
		return false
	}
	// «تعرضت لهجوم», and «تلقت ضربة» with the noun as its object.
	withL := prepClitic(firstClitic(sc.toks[f.i].Norm)) == "ل"
	verb := -1
	for j := f.i - 1; j >= 0 && j >= f.i-6; j-- {
		if w := stripConj(sc.toks[j].Norm); withL && lx.undergo[w] || !withL && lx.receive[w] || lx.repel[w] {
			verb = j
			break
		}
		if sc.toks[j].Kind == arabic.Punct || sc.isTriggerAt(j) {
			break
		}
	}
	if verb < 0 {
		return false
	}
	struck := sc.firstSlot(verb+1, f.i, func(s slot) bool { return s.prep == "" || s.prep == "ل" }) // «دورية للجيش الأفغاني»
	if struck < 0 {
		struck = sc.actorRightBefore(verb)
	}
	if struck < 0 {
		return true
	}
	author := -1
	if a, conf := sc.agent(k, f); conf == confAdjective || conf == confActGenitive {
		author = a
	} else {
		author = sc.authorAfter(f)
	}
	if author < 0 && lx.repel[stripConj(sc.toks[verb].Norm)] {
		// «صد هجوما للحوثيين», «تصدت لهجوم شنته طالبان»
		if author = sc.lightVerbAfter(f); author < 0 {
			author = sc.ownerAfter(f)
		}
	}
	if author < 0 || sc.slots[author].group == sc.slots[struck].group || sameActors(sc.slots[author], sc.slots[struck]) {
		return true
	}
	from := sc.groupOf(author)
	for i, s := range sc.slots {
		// «لهجوم حوثي إيراني»: each nationality on the noun strikes.
		if i != author && s.adjectival() && s.adjOf >= f.i && s.first >= f.end && s.first < f.end+3 && sc.adjectivesOnly(f.end, s.first) && !slices.Contains(from, i) {
			from = append(from, i)
		}
	}
	sc.add(Attack, f, from, sc.groupOf(struck), Source, Target, confClause)
	return true
}

// authorAfter returns the actor named after «من» («من قبل», «من جانب») or
// «على يد»
// right after an attack noun and its adjectives; -1 if none.
func (sc *sentenceCtx) authorAfter(f found) int {
	j := f.end
	for j < len(sc.toks) && j < f.end+2 && !overlaps(sc.slots, j) && (sc.adjectivesOnly(j, j+1) || sc.definiteAdjectives(j, j+1)) {
		j++
	}
	switch {
	case j+1 < len(sc.toks) && stripConj(sc.toks[j].Norm) == "علي" && sc.toks[j+1].Norm == "يد":
		j += 2 // «على يد تنظيم الدولة»
	case j < len(sc.toks) && sc.toks[j].Norm == "من":
		j++
		if j < len(sc.toks) && (sc.toks[j].Norm == "قبل" || sc.toks[j].Norm == "جانب") {
			j++
		}
	default:
		return -1
	}
	for j < len(sc.toks) && !overlaps(sc.slots, j) && (sc.toks[j].Norm == "\"" || sc.st.x.lx.forces.fighters[sc.toks[j].Norm]) {
		j++
	}
	k := sc.firstSlot(j, j+1, func(s slot) bool { return !s.adjectival() })
	if k < 0 || sc.slots[k].first != j {
		return -1
	}
	return k
}

// ownerAfter returns the actor after «ل» right after an attack noun and
// its adjectives («هجوما عنيفا لميليشيات الحوثي»); -1 if none.
func (sc *sentenceCtx) ownerAfter(f found) int {
	j := f.end
	for j < len(sc.toks) && j < f.end+2 && !overlaps(sc.slots, j) && (sc.adjectivesOnly(j, j+1) || sc.definiteAdjectives(j, j+1)) {
		j++
	}
	k := sc.firstSlot(j, j+1, func(s slot) bool { return !s.adjectival() && s.prep == "ل" })
	if k < 0 || sc.slots[k].first != j {
		return -1
	}
	return k
}

// strikerAfter returns the author of an attack verb whose subject is an
// act of striking or a means of it: «استهدفت غارات إسرائيلية مواقع»,
// «قصفت طائرات التحالف», «استهدفت غارات للتحالف مواقع الحوثيين». The
// author is the noun's nationality, its genitive, or the actor after its
// ل; -1 if the word after the verb is no such noun or names no author.
func (sc *sentenceCtx) strikerAfter(f found) int {
	if f.t.rel != Attack || f.t.kind != verbTrigger || f.t.plural {
		return -1
	}
	j := f.end
	for j < len(sc.toks) && sc.st.x.lx.timeWord(sc.toks[j].Norm) {
		j++
	}
	if j >= len(sc.toks) || overlaps(sc.slots, j) {
		return -1
	}
	end := -1
	for _, t := range sc.trigs {
		if t.i == j && t.t.rel == Attack && t.t.kind == nounTrigger && prepClitic(firstClitic(sc.toks[j].Norm)) == "" {
			end = t.end
		}
	}
	if end < 0 && sc.isMeans(j) && prepClitic(firstClitic(sc.toks[j].Norm)) == "" {
		end = j + 1
	}
	if end < 0 {
		return -1
	}
	// «غارات جوية إسرائيلية»: its nationality, past other adjectives.
	for k, s := range sc.slots {
		if s.adjectival() && s.adjOf >= j && s.adjOf < end+2 && sc.adjectivesOnly(end, max(end, s.adjOf)) {
			return k
		}
	}
	a := end
	for a < len(sc.toks) && a < end+2 && !overlaps(sc.slots, a) && sc.adjectivesOnly(a, a+1) {
		a++
	}
	// «طائرات التحالف», «غارات للتحالف», «غارات لطائرات التحالف».
	if a < len(sc.toks) && !overlaps(sc.slots, a) && prepClitic(firstClitic(sc.toks[a].Norm)) == "ل" && sc.isMeans(a) {
		a++
	}
	return sc.firstSlot(a, a+1, func(s slot) bool { return !s.adjectival() && (s.prep == "" || s.prep == "ل") })
}

// withdrawnFrom reports whether the other side of a retreat may be slot k:
// what forces withdraw from («من») is a state or an armed group's ground,
// not a union, a council or an agreement's party («انسحاب بريطانيا من
// الاتحاد الأوروبي» is no retreat).
func (sc *sentenceCtx) withdrawnFrom(k int) bool {
	s := sc.slots[k]
	if s.prep != "من" || s.adjectival() {
		return true
	}
	for _, id := range s.actors {
		a, ok := sc.st.x.lex.ByID(id)
		if !ok || a.Type != actor.State && a.Type != actor.Group {
			return false
		}
	}
	return true
}

// diplomatsBetween reports whether diplomats or staff are what a retreat
// withdraws, named between the trigger and its other side («سحبت
// الولايات المتحدة معظم دبلوماسييها من هافانا»).
func (sc *sentenceCtx) diplomatsBetween(f found, target int) bool {
	for j := f.end; j < sc.slots[target].first && j < len(sc.toks); j++ {
		if sc.peeledIn(sc.st.x.lx.envoys, j) {
			return true
		}
	}
	return false
}

// refused reports whether a retreat is what a rejection just before it
// refuses («رفض أنقرة الإفراج عن القس»): it did not happen.
func (sc *sentenceCtx) refused(k int, f found) bool {
	for p := k - 1; p >= 0; p-- {
		t := sc.trigs[p]
		if t.end > f.i {
			continue
		}
		return t.t.rel == Reject && f.i-t.end <= 3 && !sc.punctBetween(t.end, f.i)
	}
	return false
}

// pastTrigger returns the first token after trigger f and, when the
// agent follows it («شنت الطائرات الروسية غارات»), after the agent too:
// where what f acts on is named. Past a list of agents too: «الضربات
// التي شنتها الولايات المتحدة وبريطانيا في سوريا».
func (sc *sentenceCtx) pastTrigger(f found, agent int) int {
	if a := sc.slots[agent]; a.first >= f.end {
		// Slots are in text order: walk the list without scanning them all.
		end := a.end
		for k := agent + 1; k < len(sc.slots); k++ {
			s := sc.slots[k]
			if s.first < end {
				continue
			}
			if s.group != a.group || s.first > end+1 || s.first == end+1 && !isComma(sc.toks[end]) {
				break
			}
			end = s.end
		}
		return end
	}
	return f.end
}

// fightsFor reports whether striker's forces fought on the side of
// ground's government on the article's day (data/forces.yaml, invited).
func (sc *sentenceCtx) fightsFor(striker, ground string) bool {
	p, ok := sc.st.x.lx.forces.invited[striker+" "+ground]
	return ok && p.covers(sc.st.day)
}

// struckTerritory returns the state whose ground a strike hit, named after
// «في» or «داخل» a few words after the strike or its object: «قصفت
// إسرائيل مواقع في سوريا», «شنت غارات على أهداف في سوريا». Only a state
// strikes another's territory: a group's attacks «في العراق» happen
// there, and a war or a battle «في اليمن» is where it is fought. A state
// that fights on the ground's government's side (data/forces.yaml,
// invited) strikes its enemies, not it. -1 if none.
func (sc *sentenceCtx) struckTerritory(f found, agent int, conf float64) int {
	lx := sc.st.x.lx
	if f.t.rel != Attack || sc.triggerIn(f, lx.placeNouns) || sc.triggerIn(f, lx.battleNouns) {
		return -1
	}
	// The nearest actor before a strike noun is often one who speaks of it
	// («معتبرا أن اعتداءات باريس»): only a subject of a verb that carries
	// it out, or a closer tie, authors it.
	if conf <= confClause && !sc.strikeSubject(f, agent) {
		return -1
	}
	// «قل ذلك لليمنيين الذين تدمر منازلهم»: one addressed before the
	// verb is no striker.
	if a := sc.slots[agent]; a.prep != "" && a.first < f.i {
		return -1
	}
	striker := sc.stateOf(sc.slots[agent])
	if striker == "" {
		return -1
	}
	from := sc.pastTrigger(f, agent)
	for j := from; j < len(sc.toks) && j < from+6; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "\"" || lx.complementizer[stripConj(t.Norm)] || sc.isTriggerAt(j) {
			return -1
		}
		k := sc.slotStartingAt(j)
		if k < 0 {
			k = sc.groundIn(j, striker) // «مواقع في مدينة مصياف»
		}
		if k < 0 {
			continue
		}
		s := sc.slots[k]
		if s.prep != "في" && s.prep != "داخل" && !sc.partOfGround(s) || !s.place || s.adjectival() || len(s.actors) != 1 {
			return -1 // another actor's phrase comes first
		}
		ground := sc.stateOf(s)
		if ground == "" || ground == striker || sc.fightsFor(striker, ground) || sc.namesMilitants() {
			return -1
		}
		return k
	}
	return -1
}

// partOfGround reports whether slot s is a part of a state struck («غارات
// على جنوب غزة», «مواقع شرقي سوريا»). Not after «في»: a strike «في شمال
// مالي» is mostly on insurgents there, and a place named before the part
// («جبال قنديل شمال العراق», «عفرين في شمال سوريا») is what is struck.
func (sc *sentenceCtx) partOfGround(s slot) bool {
	if !sc.st.x.lx.within[s.prep] || s.first < 2 {
		return false
	}
	j := s.first - 2
	return sc.st.x.lx.against[stripConj(sc.toks[j].Norm)] || sc.peeledIn(sc.st.x.lx.forces.targets, j)
}

// groundIn returns a state's city or region at j, after «في» or «داخل»
// or after one noun they govern («في مدينة مصياف»), as a slot of the
// sentence standing for the state as a place; -1 if none or if it is the
// striker's own.
func (sc *sentenceCtx) groundIn(j int, striker string) int {
	for _, h := range sc.held {
		if !h.ground || h.first != j || h.actors[0] == striker {
			continue
		}
		if h.prep == "" && j >= 2 && !overlaps(sc.slots, j-1) {
			if w := stripConj(sc.toks[j-2].Norm); w == "في" || w == "داخل" {
				h.prep = w
			}
		}
		if h.prep != "في" && h.prep != "داخل" || sc.fightsFor(striker, h.actors[0]) || sc.namesMilitants() {
			return -1
		}
		h.place = true
		sc.slots = append(sc.slots, h)
		return len(sc.slots) - 1
	}
	return -1
}

// stateOf returns the id of the state slot s names, or stands for through
// its national bodies and people; "" if it is no state's or names several.
func (sc *sentenceCtx) stateOf(s slot) string {
	if len(s.actors) != 1 {
		return ""
	}
	return sc.stateOfID(s.actors[0])
}

// stateOfID returns the id of the state actor id is, or stands for as one
// of its national bodies or people; "" if none.
func (sc *sentenceCtx) stateOfID(id string) string {
	a, ok := sc.st.x.lex.ByID(id)
	if !ok {
		return ""
	}
	if a.Type == actor.State {
		return a.ID
	}
	if a.Type == actor.Group || a.Country == "" {
		return ""
	}
	st, ok := sc.st.x.lex.StateOf(a.Country)
	if !ok {
		return ""
	}
	return st.ID
}

// strikeSubject reports whether slot agent is the subject of a verb that
// carries out strike noun f, standing between them («نفذت القوات
// الأمريكية ضربات», «شن الولايات المتحدة وبريطانيا غارات») or right
// before the verb («إن إسرائيل شنت غارات»).
func (sc *sentenceCtx) strikeSubject(f found, agent int) bool {
	a := sc.slots[agent]
	if f.t.kind != nounTrigger || a.end > f.i {
		return false
	}
	for j := f.i - 1; j >= 0 && j >= f.i-8; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," {
			return false
		}
		if sc.st.x.lx.strikeVerbs[stripConj(t.Norm)] {
			// «إن إسرائيل شنت غارات»: a subject right before the verb.
			return j < a.first || j == a.end && a.prep == "" && sc.clauseOpensAt(a.first)
		}
	}
	return false
}

// clauseOpensAt reports whether a subject put before its verb starts at
// j: at the sentence's start or after «إن», «أن» or «كان» («وكانت القوات
// السورية شنت»), not after another verb («أجاز ترامب شن ضربات»).
func (sc *sentenceCtx) clauseOpensAt(j int) bool {
	if j == 0 {
		return true
	}
	w := stripConj(sc.toks[j-1].Norm)
	return sc.st.x.lx.complementizer[w] || sc.st.x.lx.copula[w]
}

// namesMilitants reports whether the sentence names an armed group or
// insurgents, whom a strike on a state's ground then hits.
func (sc *sentenceCtx) namesMilitants() bool {
	return sc.namesMilitantsBesides(-1)
}

// namesMilitantsBesides is namesMilitants with slot k, the striker, left
// out: a group that strikes is not what it hits.
func (sc *sentenceCtx) namesMilitantsBesides(k int) bool {
	for i, s := range sc.slots {
		if i != k && sc.isGroup(s) {
			return true
		}
	}
	for _, t := range sc.toks {
		if peeledTokenIn(sc.st.x.lx.forces.militants, t) {
			return true
		}
	}
	return false
}

// byAuthor returns the one named after «من قبل», «على يد», «على أيدي» or
// «من جانب» within a few words after an attack noun and its object
// («استهداف المدنيين الفلسطينيين من قبل قوات الاحتلال», «قصف مكثف من
// قبل القوات التركية»), and the token after the author's phrase; -1 if
// none.
func (sc *sentenceCtx) byAuthor(f found) (int, int) {
	for j := f.end; j+1 < len(sc.toks) && j < f.end+6; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) {
			return -1, -1
		}
		w, next := stripConj(t.Norm), sc.toks[j+1].Norm
		if !(w == "من" && (next == "قبل" || next == "جانب") || w == "علي" && (next == "يد" || next == "ايدي")) {
			continue
		}
		a := j + 2
		for a < len(sc.toks) && !overlaps(sc.slots, a) && (isQuote(sc.toks[a]) || sc.st.x.lx.forces.fighters[sc.toks[a].Norm]) {
			a++
		}
		k := sc.firstSlot(a, a+1, func(s slot) bool { return !s.adjectival() })
		if k < 0 {
			return -1, -1
		}
		return k, sc.slots[k].end
	}
	return -1, -1
}

// passiveAttack builds the event of an attack noun whose author comes
// after «من قبل» or «على يد»: the one struck is the noun's object before
// it («استهداف المدنيين الفلسطينيين»), or what follows «على» or «ضد»
// after it («من قبل القوات التركية على مواقع القوات الكردية»). It
// reports whether it found the author.
func (sc *sentenceCtx) passiveAttack(f found) bool {
	if f.t.rel != Attack || f.t.kind != nounTrigger || f.pronoun {
		return false
	}
	author, after := sc.byAuthor(f)
	if author < 0 {
		return false
	}
	ag := sc.slots[author]
	differs := func(s slot) bool { return s.group != ag.group && !sameActors(s, ag) }
	// The object between the noun and «من قبل»: a genitive or its nationality.
	struck := sc.firstSlot(f.end, ag.first, func(s slot) bool {
		return differs(s) && (s.prep == "" || s.adjectival() && s.adjOf >= f.end)
	})
	if struck < 0 {
		for j := after; j+1 < len(sc.toks) && j < after+2; j++ {
			if !isTargetPrep(sc.toks[j].Norm) {
				continue
			}
			struck = sc.firstSlot(j+1, j+5, func(s slot) bool { return differs(s) && (s.prep == "" || isTargetPrep(s.prep)) })
			if struck >= 0 && sc.punctBetween(j, sc.slots[struck].first) {
				struck = -1
			}
		}
	}
	if struck < 0 {
		return true
	}
	sc.add(Attack, f, sc.listFrom(author), sc.groupOf(struck), Source, Target, confClause)
	return true
}

// listFrom returns slot k and the slots of its group that follow it with
// nothing but a comma between each («من قبل الولايات المتحدة
// وبريطانيا»), not those a verb parts from it.
func (sc *sentenceCtx) listFrom(k int) []int {
	out := []int{k}
	for _, g := range sc.groupOf(k) {
		last := sc.slots[out[len(out)-1]]
		s := sc.slots[g]
		if s.first < last.end {
			continue
		}
		if s.first > last.end+1 || s.first == last.end+1 && sc.toks[last.end].Norm != "،" && sc.toks[last.end].Norm != "," {
			break
		}
		out = append(out, g)
	}
	return out
}

// onTarget reports whether «على» or «ضد» at j introduces what is struck,
// not its author («على يد») or a compound («على خلفية»).
func (sc *sentenceCtx) onTarget(j int) bool {
	if j >= len(sc.toks) || !isTargetPrep(sc.toks[j].Norm) {
		return false
	}
	if j+1 < len(sc.toks) {
		w := stripConj(sc.toks[j+1].Norm)
		return w != "يد" && w != "ايدي" && !sc.st.x.lx.compoundOn[w]
	}
	return true
}

// heldTarget returns the slot of the group holding a place a state's
// strike hits: the place after «على» or «ضد», or right after the strike
// noun or the verb's subject («قصف الغوطة الشرقية», «قصفت الطائرات
// الروسية إدلب»). The strike's author must be named as such, not as one
// who speaks of it («أدان ماكرون الهجوم على دوما»). The place becomes a
// slot of the sentence; -1 if none.
func (sc *sentenceCtx) heldTarget(f found, agent int, conf float64) int {
	if f.t.rel != Attack || len(sc.held) == 0 || sc.triggerIn(f, sc.st.x.lx.battleNouns) {
		return -1
	}
	striker := sc.stateOf(sc.slots[agent])
	if striker == "" && !sc.isGroup(sc.slots[agent]) || conf <= confClause && !sc.strikeSubject(f, agent) && !sc.strikeNounSubject(f, agent) {
		return -1
	}
	from := sc.pastTrigger(f, agent)
	for j := from; j < len(sc.toks) && j < from+4; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) || overlaps(sc.slots, j) {
			return -1
		}
		for _, h := range sc.held {
			if h.first != j || h.prep != "" && !isTargetPrep(h.prep) || h.group == sc.slots[agent].group || sameActors(h, sc.slots[agent]) {
				continue
			}
			if h.ground && !sc.foreignStrike(striker, agent, h.actors[0]) || !h.ground && striker == "" {
				continue
			}
			// Only the word right after, or a preposition of the target
			// with one noun («على مدينة دوما»), may stand before it.
			// or a noun of a place («قصف الحوثيون مدينة نجران»).
			if j > from && !(isTargetPrep(h.prep) || j-1 > from && isTargetPrep(sc.toks[j-2].Norm) || j == from+1 && sc.st.x.lx.forces.placeHeads[stripConj(sc.toks[from].Norm)]) {
				continue
			}
			sc.slots = append(sc.slots, h)
			return len(sc.slots) - 1
		}
	}
	return -1
}

// strikeNounSubject reports whether verb f's subject is a strike noun
// right before it that the agent's nationality qualifies: «غارات
// إسرائيلية استهدفت حمص».
func (sc *sentenceCtx) strikeNounSubject(f found, agent int) bool {
	a := sc.slots[agent]
	if f.t.kind != verbTrigger || !a.adjectival() || a.end != f.i || a.adjOf >= a.first {
		return false
	}
	for _, t := range sc.trigs {
		if t.i <= a.adjOf && a.adjOf < t.end && t.t.rel == Attack && t.t.kind == nounTrigger {
			return true
		}
	}
	return false
}

// foreignStrike reports whether the party of slot agent, a state (striker)
// or an armed group, strikes ground, a state's city or region, as a foe
// of that state: not its own ground, not a state that fights on the
// ground's government's side, not a group based there, and not in a
// sentence naming other militants, who are then what is hit («غارات
// أمريكية على دير الزور تستهدف مسلحي داعش»).
func (sc *sentenceCtx) foreignStrike(striker string, agent int, ground string) bool {
	if striker == "" {
		a, ok := sc.st.x.lex.ByID(sc.slots[agent].actors[0])
		if !ok || a.Based == "" {
			return false
		}
		home, ok := sc.st.x.lex.StateOf(a.Based)
		return ok && home.ID != ground && !sc.fightsFor(a.ID, ground)
	}
	if striker == ground || sc.fightsFor(striker, ground) {
		return false
	}
	return !sc.namesMilitantsBesides(agent)
}

// coalitionWars adds the war a coalition named as fighting someone wages
// on them: «التحالف العربي بقيادة السعودية ضد الحوثيين», «التحالف الذي
// تقوده الولايات المتحدة ضد تنظيم الدولة». The coalition's name with
// «ضد» says what it is at war with.
func (sc *sentenceCtx) coalitionWars() {
	for k, s := range sc.slots {
		if len(s.actors) != 1 || !sc.isCoalitionID(s.actors[0]) || s.end+1 >= len(sc.toks) || stripConj(sc.toks[s.end].Norm) != "ضد" {
			continue
		}
		// «المبعوث للتحالف الدولي ضد داعش», «اجتماع التحالف»: a name
		// owned by another noun reports no fighting.
		if prepClitic(firstClitic(sc.toks[s.first].Norm)) == "ل" || sc.ownedName(s.first) {
			continue
		}
		j := s.end + 1
		for j < len(sc.toks) && j < s.end+3 && !overlaps(sc.slots, j) && (isQuote(sc.toks[j]) || sc.st.x.lx.forces.fighters[sc.toks[j].Norm]) {
			j++
		}
		t := sc.firstSlot(j, j+1, func(o slot) bool { return !o.adjectival() && o.group != s.group })
		if t < 0 || sc.attacked(s.actors[0], sc.slots[t].actors) {
			continue
		}
		f := found{i: s.end, end: s.end + 1, t: trigger{rel: Attack, kind: nounTrigger}}
		sc.add(Attack, f, []int{k}, sc.groupOf(t), Source, Target, confClause)
	}
}

// isCoalitionID reports whether id is one of the coalitions of
// data/forces.yaml.
func (sc *sentenceCtx) isCoalitionID(id string) bool {
	for _, c := range sc.st.x.lx.forces.coalitions {
		if c == id {
			return true
		}
	}
	return false
}

// attacked reports whether the sentence already has an attack by from on
// one of to.
func (sc *sentenceCtx) attacked(from string, to []string) bool {
	for _, e := range sc.events {
		if e.Relation != Attack {
			continue
		}
		for _, tr := range e.Triples() {
			if tr.Subject == from && slices.Contains(to, tr.Object) {
				return true
			}
		}
	}
	return false
}

// ownedName reports whether the name at i is the genitive of a noun of a
// meeting or of speaking for it («اجتماع التحالف», «باسم التحالف»).
func (sc *sentenceCtx) ownedName(i int) bool {
	if i == 0 {
		return false
	}
	w := stripConj(sc.toks[i-1].Norm)
	return w == "باسم" || w == "ضمن" || sc.isTriggerAt(i-1) && !startsWithConj(sc.toks[i-1].Norm) && func() bool {
		for _, t := range sc.trigs {
			if t.i == i-1 && t.t.kind == nounTrigger {
				return true
			}
		}
		return false
	}()
}

// ownWarOwner returns who wages an attack noun carrying a pronoun and
// followed by its target («في حربها ضد الحوثيين», «خلال معاركه ضد
// داعش»): the nearest actor before it in its clause, if no person; -1 if
// none, or if no «على» or «ضد» follows.
func (sc *sentenceCtx) ownWarOwner(f found) int {
	j := f.end
	for j < len(sc.toks) && j < f.end+2 && !overlaps(sc.slots, j) && (sc.adjectivesOnly(j, j+1) || sc.definiteAdjectives(j, j+1)) {
		j++ // «حملتها العسكرية ضد»
	}
	if !sc.onTarget(j) {
		return -1
	}
	// «السماح لدولة الإمارات ... في حربها ضد الحوثيين»: the nearest actor,
	// after a preposition too, but not where it is.
	k := sc.lastSlot(0, f.i, func(s slot) bool { return !s.adjectival() && s.prep != "في" })
	// A person's «هجومه» is mostly words («أكثر جرأة في هجومه على إيران»).
	if k < 0 || sc.slots[k].person || sc.relativeIn(sc.slots[k].end, f.i) {
		return -1
	}
	return k
}

// struckNationals reports whether the nationality adjective in slot s
// qualifies what a strike hits: a chain of at most two nouns right after
// «على» or «ضد», which follows the strike (or its agent, at token after)
// past its adjectives: «ضد برنامج الأسلحة الكيميائية السوري», «على ناقلة
// نفط سعودية». Not what is answered («ردا على السياسة الأمريكية»), goods
// («على البضائع الصينية»), a war of no arms («حرب نفسية على الأمة
// الإيرانية»), nor past a preposition or a verb («على المطار تصدت وسائط
// الدفاع الجوي السورية»).
func (sc *sentenceCtx) struckNationals(s slot, after int) bool {
	lx := sc.st.x.lx
	p := after
	for p < len(sc.toks) && p < after+2 && !overlaps(sc.slots, p) && !isTargetPrep(sc.toks[p].Norm) {
		if lx.figurativeWar[stripConj(sc.toks[p].Norm)] || !sc.adjectivesOnly(p, p+1) && !sc.definiteAdjectives(p, p+1) {
			return false
		}
		p++
	}
	if !sc.onTarget(p) || s.adjOf <= p || s.adjOf > p+2 || p > 0 && lx.replyWords[stripConj(sc.toks[p-1].Norm)] {
		return false
	}
	definite := false
	for j := p + 1; j <= s.adjOf; j++ {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind != arabic.Word || overlaps(sc.slots, j) || lx.isPreposition(w) || prepClitic(firstClitic(t.Norm)) != "" || lx.goods[w] || sc.isTriggerAt(j) {
			return false
		}
		// In a noun chain only its last noun and the adjectives after it
		// take the article: an indefinite word after a definite one
		// starts a new clause.
		if hasArticle(w) {
			definite = true
		} else if definite {
			return false
		}
	}
	return true
}

// answered reports whether the nationality adjective in slot s qualifies
// what «ردا على» answers: «هجماتها ردا على السياسة العسكرية الأمريكية»
// strike no American.
func (sc *sentenceCtx) answered(s slot) bool {
	for j := s.adjOf; j > 0 && j >= s.adjOf-3; j-- {
		if isTargetPrep(sc.toks[j].Norm) {
			return sc.st.x.lx.replyWords[stripConj(sc.toks[j-1].Norm)]
		}
	}
	return false
}

// conjoinedNoun reports whether the word at j is a noun joined by «و» to
// the one before it, of the same definiteness, sharing its genitive:
// «مواقع وتجمعات ميليشيات الحوثي», «مواقع وآليات للحوثيين».
func (sc *sentenceCtx) conjoinedNoun(j int, definite bool) bool {
	t := sc.toks[j]
	if t.Kind != arabic.Word || overlaps(sc.slots, j) || sc.isTriggerAt(j) || !startsWithConj(t.Norm) {
		return false
	}
	w := stripConj(t.Norm)
	if utf8.RuneCountInString(w) < 3 {
		return false // «وفد» is no «و» and «فد»
	}
	// The article is read off the text: «وآليات» normalizes to «واليات».
	article := strings.HasPrefix(strings.TrimPrefix(t.Text, "و"), "ال")
	return article == definite && !sc.st.x.lx.isFunctionWord(w) && !looksAdjective(w) && prepClitic(firstClitic(w)) == ""
}

// conjoinedMeans reports whether s is the nationality of a means of
// striking conjoined after the striker's own («مدمرات أميركية وطائرات
// حربية بريطانية وأخرى فرنسية»): the slots from agent on up to s are all
// such nationalities, each head after و.
func (sc *sentenceCtx) conjoinedMeans(s slot, agent int) bool {
	if agent < 0 || !sc.slots[agent].adjectival() || !sc.isMeans(sc.meansHead(sc.slots[agent])) || !s.adjectival() {
		return false
	}
	end := sc.slots[agent].end
	for i := agent + 1; i < len(sc.slots); i++ {
		t := sc.slots[i]
		h := sc.meansHead(t)
		if !t.adjectival() || h != end || !startsWithConj(sc.toks[h].Norm) || !sc.isMeans(h) && stripConj(sc.toks[h].Norm) != "اخري" {
			return false
		}
		if t.first == s.first {
			return true
		}
		end = t.end
	}
	return false
}

// meansHead returns the first token of the noun an adjectival slot
// qualifies, past one adjective («طائرات حربية بريطانية»).
func (sc *sentenceCtx) meansHead(s slot) int {
	if h := s.adjOf - 1; h >= 0 && sc.isMeans(h) {
		return h
	}
	return s.adjOf
}

// strikerBefore returns the author of an attack verb whose subject, right
// before it, is a means of striking with its nationality («أن صواريخ
// إسرائيلية استهدفت مواقع», «قذائف إسرائيلية تقصف»); -1 if none. A means
// after a preposition is what struck with, no subject.
func (sc *sentenceCtx) strikerBefore(f found) int {
	if f.t.rel != Attack || f.t.kind != verbTrigger {
		return -1
	}
	k := sc.lastSlot(f.i-1, f.i, func(s slot) bool { return s.adjectival() && s.end == f.i })
	if k < 0 {
		return -1
	}
	h := sc.meansHead(sc.slots[k])
	if h < 0 || !sc.isMeans(h) || prepClitic(firstClitic(sc.toks[h].Norm)) != "" || h > 0 && sc.st.x.lx.isPreposition(stripConj(sc.toks[h-1].Norm)) {
		return -1
	}
	return k
}

// victimOfOutcome returns those killed by an attack noun whose outcome
// is told with it: «أسفرت الضربات الجوية المصرية عن مقتل 64 مسلحا من
// داعش», «غارة إسرائيلية أدت إلى مقتل ثلاثة فلسطينيين». The verb of
// outcome stands right before the noun or within a few words after it, a
// word of killing after its preposition, and the first actor after that
// word, within the clause, is the one struck; -1 if none.
func (sc *sentenceCtx) victimOfOutcome(f found, agent int, conf float64) int {
	// Only an author named on the noun itself: the nearest actor of a
	// clause the noun is a circumstance of («غداة هجوم») is too loose.
	if f.t.rel != Attack || f.t.kind != nounTrigger || agent < 0 || conf < confActGenitive {
		return -1
	}
	before := f.i > 0 && sc.isOutcome(f.i-1)
	c := -1
	limit := f.end + 5
	for j := f.end; j+1 < len(sc.toks) && j < limit && c < 0; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isComma(t) {
			return -1
		}
		// «أسفرت الضربات المصرية، التي جاءت بالتنسيق مع …، عن مقتل»: a
		// relative clause set off by commas stands aside.
		if before && isComma(t) && sc.st.x.lx.relative[stripConj(sc.toks[j+1].Norm)] {
			if e := sc.relativeAsideEnd(j); e > j {
				limit += e - j
				j = e
				continue
			}
		}
		k := j
		switch {
		case !before && sc.isOutcome(j):
			k = j + 1
		case !before:
			continue
		}
		if p := stripConj(sc.toks[k].Norm); p == "عن" || p == "الي" || p == "في" {
			k++
		} else if before {
			continue
		}
		if k >= len(sc.toks) || !sc.isCasualty(k) {
			return -1
		}
		c = k
	}
	if c < 0 {
		return -1
	}
	end := c + 1
	for end < len(sc.toks) && end < c+10 && !sc.isTriggerAt(end) && (sc.toks[end].Kind != arabic.Punct || isComma(sc.toks[end]) || isQuote(sc.toks[end])) {
		end++
	}
	k := sc.firstSlot(c+1, end, func(s slot) bool {
		return (s.prep == "" || s.prep == "من") && (!s.adjectival() || sc.victimNoun(s.adjOf) || s.adjOf == c)
	})
	if k < 0 || sc.slots[k].group == sc.slots[agent].group || sameActors(sc.slots[k], sc.slots[agent]) {
		return -1
	}
	return k
}

// isOutcome reports whether the word at j is a verb of an act's outcome
// («أسفرت», «أدى»).
func (sc *sentenceCtx) isOutcome(j int) bool {
	for _, w := range conjReadings(sc.toks[j].Norm) {
		if sc.st.x.lx.incidents.outcome[w] {
			return true
		}
	}
	return false
}

// forcesBetween returns the two sides a noun of fighting names after
// «بين» when they stand in no group of two: one is an army named by its
// nationality («اشتباكات بين القوات الحكومية اليمنية والحوثيين»), or an
// aside parts them («بين قوات الجيش السوري، مسنودة بالطيران الروسي،
// وبين داعش»). It returns -1, -1 if there is no such pair.
func (sc *sentenceCtx) forcesBetween(f found) (int, int) {
	lx := sc.st.x.lx
	if f.t.rel != Attack || f.t.kind != nounTrigger || !sc.triggerIn(f, lx.battleNouns) {
		return -1, -1
	}
	at := f.end
	for at < len(sc.toks) && at < f.end+3 && !lx.between[stripConj(sc.toks[at].Norm)] {
		at++
	}
	if at >= len(sc.toks) || !lx.between[stripConj(sc.toks[at].Norm)] || !sc.adjectivesOnly(f.end, at) && !sc.definiteAdjectives(f.end, at) {
		return -1, -1
	}
	first := sc.sideAt(at + 1)
	if first < 0 {
		return -1, -1
	}
	// The second side follows «و» or «وبين» right after the first, or
	// after an aside set off by commas («قوات الجيش اليمني، مسنودة
	// بمقاتلات التحالف، وبين الحوثيين»).
	j := sc.slots[first].end
	if j < len(sc.toks) && isComma(sc.toks[j]) {
		for e := j + 1; e < len(sc.toks) && e < j+8; e++ {
			if isComma(sc.toks[e]) {
				j = e + 1
				break
			}
		}
	}
	if j < len(sc.toks) && sc.toks[j].Norm == "وبين" {
		j++
	} else if j >= len(sc.toks) || stripConj(sc.toks[j].Norm) == sc.toks[j].Norm {
		return -1, -1
	}
	second := sc.sideAt(j)
	// Two sides in one group, a pair or a list, are read by betweenAfter.
	if second < 0 || sc.slots[first].group == sc.slots[second].group || sameActors(sc.slots[first], sc.slots[second]) {
		return -1, -1
	}
	return first, second
}

// sideAt returns the slot of a side of a fight named from token j: an
// actor there, past nouns of fighters («ميليشيات الحوثي»), or the
// nationality of an army noun there («القوات الحكومية اليمنية»); -1 if
// none.
func (sc *sentenceCtx) sideAt(j int) int {
	fw := sc.st.x.lx.forces
	i := j
	for i < len(sc.toks) && i < j+2 && !overlaps(sc.slots, i) && fw.fighters[stripConj(sc.toks[i].Norm)] {
		i++
	}
	bare := func(s slot) bool { return !s.adjectival() && (s.prep == "" || s.prep == "بين") }
	if k := sc.firstSlot(i, i+1, bare); k >= 0 {
		return k
	}
	if i != j || i >= len(sc.toks) || !fw.heads[stripConj(sc.toks[i].Norm)] {
		return -1
	}
	// «قوات الجيش السوري»: the army's name after the noun of forces.
	if k := sc.firstSlot(i+1, i+2, bare); k >= 0 {
		return k
	}
	head := i
	for head+1 < len(sc.toks) && fw.heads[sc.toks[head+1].Norm] {
		head++ // «قوات الجيش»
	}
	return sc.firstSlot(head+1, head+4, func(s slot) bool {
		return s.adjOf == head && (s.first == head+1 || sc.definiteAdjectives(head+1, s.first))
	})
}

// backingAside reports whether the trigger at j is a participle of
// backing said of an actor («القوات اليمنية المدعومة من التحالف»,
// «مسنودة بمقاتلات التحالف»): it describes a side, and the clause it
// stands in goes on past it.
func (sc *sentenceCtx) backingAside(j int) bool {
	k := sc.firstTrig(j, j+1, func(t found) bool { return !t.frame })
	return k >= 0 && sc.trigs[k].t.rel == Support && (sc.trigs[k].t.kind == passiveTrigger || sc.trigs[k].t.kind == circumstantialTrigger)
}
