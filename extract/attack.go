package extract

import (
	"strings"

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
	if prepClitic(firstClitic(sc.toks[j].Norm)) != "ل" || !sc.isMeans(j) {
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
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		if sc.st.x.lx.forces.means[w] {
			return true
		}
	}
	return false
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
	start, killed := f.i, false
	for j := f.i - 1; j >= 0 && j >= f.i-agentBefore; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," || lx.complementizer[w] || lx.saidThat[w] || sc.triggerBetween(j, j+1) {
			break
		}
		start = j
		if lx.forces.casualties[w] && !overlaps(sc.slots, j) {
			killed = true
		}
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
	from := f.end
	if a := sc.slots[agent]; a.first >= f.end {
		from = a.end
	}
	for j := from; j+2 < len(sc.toks) && j < from+4; j++ {
		if overlaps(sc.slots, j) || !isTargetPrep(sc.toks[j].Norm) {
			continue
		}
		n := sc.toks[j+1]
		if n.Kind != arabic.Word || overlaps(sc.slots, j+1) || hasArticle(n.Norm) || sc.isTriggerAt(j+1) {
			return -1
		}
		k := sc.firstSlot(j+2, j+3, func(s slot) bool { return s.prep == "" && !s.adjectival() })
		if k < 0 || sc.slots[k].first != j+2 || sc.slots[k].group == sc.slots[agent].group {
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
// names the dead or soldiers: a word of killing, a number or a soldier.
func (sc *sentenceCtx) victimNoun(j int) bool {
	if j < 0 || j >= len(sc.toks) {
		return false
	}
	t := sc.toks[j]
	if t.Kind == arabic.Number {
		return true
	}
	fw := sc.st.x.lx.forces
	for _, w := range arabic.Peel(t.Norm) {
		if fw.casualties[w] || fw.soldiers[w] {
			return true
		}
	}
	return false
}
