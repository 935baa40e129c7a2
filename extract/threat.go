package extract

import "kg/arabic"

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
		if overlaps(sc.slots, j) || isQuote(tok) || sc.st.x.lx.timeWords[stripConj(tok.Norm)] {
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
