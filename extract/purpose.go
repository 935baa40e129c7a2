package extract

import (
	"slices"
	"strings"

	"kg/arabic"
)

// purposeReach is how many tokens after an act of war its purpose may
// begin («هجوم على منطقة عفرين شمال سوريا لإخراج …»).
const purposeReach = 7

// purposeTarget returns whom an act of war is waged against when its aim
// names it: «شنت تركيا حملة عسكرية لطرد المقاتلين الأكراد», «تخوض القوات
// المعارك لدحر الميليشيات الحوثية», «معارك لتحرير الموصل من داعش». -1 if
// no such aim follows the act within its clause.
func (sc *sentenceCtx) purposeTarget(f found, agent int) int {
	lx := sc.st.x.lx
	from := sc.pastTrigger(f, agent)
	for j := from; j < len(sc.toks)-1 && j < from+purposeReach; j++ {
		t := sc.toks[j]
		if isQuote(t) {
			continue // «عملية سميت "غصن الزيتون" لقتال …»
		}
		if t.Kind == arabic.Punct {
			return -1
		}
		if k := sc.slotStartingAt(j); k >= 0 && sc.slots[k].prep == "" && !sc.slots[k].adjectival() {
			return -1 // an actor of its own: no longer the act's phrase
		}
		if t.Kind != arabic.Word {
			continue
		}
		w := stripConj(t.Norm)
		if prepClitic(firstClitic(w)) != "ل" {
			continue
		}
		rs := arabic.Peel(w)
		base := rs[len(rs)-1]
		var k int
		switch {
		case lx.driveOutNouns[base]:
			g := j + 1
			if g < len(sc.toks) && isTargetPrep(sc.toks[g].Norm) {
				g++ // «للقضاء على الجماعات المتطرفة»
			}
			k = sc.purposeSide(g, "")
		case lx.freeFromNouns[base]:
			k = sc.freedFrom(j + 1)
		default:
			continue
		}
		if k < 0 || sc.slots[k].group == sc.slots[agent].group || sameActors(sc.slots[k], sc.slots[agent]) {
			return -1
		}
		return k
	}
	return -1
}

// purposeSide returns the actor's slot that starts at g past nouns of
// fighters («لطرد مسلحي داعش») and carries one of preps; -1 if none.
func (sc *sentenceCtx) purposeSide(g int, preps ...string) int {
	fw := sc.st.x.lx.forces
	for j := g; j < len(sc.toks) && j < g+3; j++ {
		if k := sc.slotStartingAt(j); k >= 0 {
			if s := sc.slots[k]; slices.Contains(preps, s.prep) && !s.adjectival() {
				return k
			}
			return -1
		}
		w := stripConj(sc.toks[j].Norm)
		if !fw.fighters[w] && !fw.heads[w] && !isQuote(sc.toks[j]) {
			return -1
		}
	}
	return -1
}

// freedFrom returns the actor after «من» that a place is freed from
// («لتحرير الحديدة من قبضة الحوثيين»), the place a few words long; -1 if
// none.
func (sc *sentenceCtx) freedFrom(g int) int {
	for j := g; j < len(sc.toks)-1 && j < g+4; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || sc.slotStartingAt(j) >= 0 {
			return -1
		}
		if t.Norm != "من" {
			continue
		}
		n := j + 1
		for n < len(sc.toks) && n < j+3 && sc.st.x.lx.holdNouns[stripConj(sc.toks[n].Norm)] {
			n++ // «من قبضة», «من أيدي»
		}
		return sc.purposeSide(n, "من", "")
	}
	return -1
}

// fightersNoun reports whether w, with or without its article, names
// fighters or an armed body («الميليشيات», «قوات»).
func (sc *sentenceCtx) fightersNoun(w string) bool {
	fw := sc.st.x.lx.forces
	b := strings.TrimPrefix(w, "ال")
	return fw.fighters[w] || fw.fighters[b] || fw.heads[w] || fw.heads[b]
}

// relativeAsideReach is how long a relative clause set off by commas may
// run («الضربات المصرية، التي جاءت بالتنسيق مع الحكومة الليبية،»).
const relativeAsideReach = 15

// relativeAsideEnd returns the comma that closes the relative clause
// opened by the comma at j, or j if none closes it within reach.
func (sc *sentenceCtx) relativeAsideEnd(j int) int {
	for i := j + 2; i < len(sc.toks) && i <= j+relativeAsideReach; i++ {
		t := sc.toks[i]
		if isComma(t) {
			return i
		}
		if t.Kind == arabic.Punct && !isQuote(t) {
			return j
		}
	}
	return j
}
