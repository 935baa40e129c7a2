package extract

import "kg/arabic"

// protesters returns the slot of the nationality that qualifies a crowd noun
// right after protest verb f, the protesters' people («تظاهر آلاف
// الفلسطينيين», «احتج متظاهرون أتراك»); -1 when there is none. The
// nationality is no plain subject, so the usual reading passes it by.
func (sc *sentenceCtx) protesters(f found) int {
	if f.t.rel != Protest || f.t.kind != verbTrigger {
		return -1
	}
	for i, s := range sc.slots {
		if s.first < f.end {
			continue
		}
		if s.first >= f.end+subjectAfter || !s.adjectival() || s.prep != "" {
			return -1
		}
		// The crowd noun follows the verb at once, the nationality the noun.
		if s.adjOf != f.end || s.first != f.end+1 || !sc.st.x.lx.crowds[sc.toks[s.adjOf].Norm] {
			return -1
		}
		return i
	}
	return -1
}

// protestedAct returns the actor whose act a protest is against when it is
// the genitive of the noun after «ضد» or «على» («احتجاجا على قرار ترامب»,
// «مظاهرات ضد نقل السفارة الأمريكية»); -1 otherwise.
func (sc *sentenceCtx) protestedAct(f found, agent int) int {
	if f.t.rel != Protest {
		return -1
	}
	from := f.end
	if a := sc.slots[agent]; a.first >= f.end {
		from = a.end
	}
	for j := from; j+2 < len(sc.toks) && j < from+6; j++ {
		if sc.toks[j].Kind != arabic.Word || overlaps(sc.slots, j) {
			return -1
		}
		if !isTargetPrep(sc.toks[j].Norm) {
			continue
		}
		n := j + 1
		// A noun that is an act of its own («نقل السفارة») is read by its own
		// trigger; taking its genitive here cost precision on held-out news.
		if overlaps(sc.slots, n) || sc.isTriggerAt(n) {
			return -1
		}
		// The actor is the noun's genitive, or qualifies that genitive or the
		// noun itself («احتجت بشدة على التصريحات الكندية»).
		for k, s := range sc.slots {
			switch {
			case s.first <= n:
				continue
			case s.prep == "" && !s.adjectival() && s.first == n+1,
				s.adjectival() && s.adjOf == n+1 && s.first == n+2,
				s.adjectival() && s.adjOf == n && s.first == n+1:
				if s.group == sc.slots[agent].group || sameActors(s, sc.slots[agent]) {
					return -1
				}
				return k
			}
			return -1
		}
		return -1
	}
	return -1
}

// formalProtest reports whether protest f is made by a state in its own
// name, by its ministry, an office or a person: a diplomatic protest,
// which accuses, rather than a demonstration of a people or a crowd.
func (sc *sentenceCtx) formalProtest(f found, agent int) bool {
	if f.t.rel != Protest || agent < 0 || !sc.st.x.lx.formalProtest[stripConj(sc.toks[f.i].Norm)] {
		return false
	}
	a := sc.slots[agent]
	if a.people || a.adjectival() || !(a.place || a.institution || a.office || a.person) {
		return false
	}
	// «تظاهرات احتجاجا على», «التظاهرات التي ينظمها الفلسطينيون احتجاجا»:
	// the protest of a demonstration named before it is the crowd's.
	for j := f.i - 1; j >= 0 && j >= f.i-demonstrationReach; j-- {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			for _, t := range sc.st.x.lx.triggers[w] {
				if t.rel == Protest && t.kind == nounTrigger && !sc.st.x.lx.formalProtest[w] {
					return false
				}
			}
		}
	}
	return true
}

// demonstrationReach is how many words before a protest a demonstration
// noun makes it the crowd's.
const demonstrationReach = 8

// Words allowed around the envoy a protest is handed to: between him and
// the protest («استدعت السفير التركي وأبلغته احتجاجها»), and between the
// state that summons him and him («أعلنت باكستان أنها استدعت سفير واشنطن»).
const (
	envoyGap   = 3
	envoyReach = 4
)

// protestToEnvoy reads a state's protest or note of protest handed to an
// envoy right before it («استدعت باكستان سفير واشنطن للاحتجاج», «سلمت
// الخارجية العراقية السفير التركي مذكرة احتجاج»): the state that summons
// or tells him accuses his. It reports whether it built the accusation.
func (sc *sentenceCtx) protestToEnvoy(f found) bool {
	if f.t.rel != Protest && f.t.rel != Accuse || !sc.protestWord(f) {
		return false
	}
	lx := sc.st.x.lx
	envoy := sc.lastSlot(-1, f.i+1, plain)
	if envoy < 0 || !lx.envoys[stripConj(sc.toks[sc.slots[envoy].first].Norm)] {
		return false
	}
	e := sc.slots[envoy]
	for j := e.end; j < f.i; j++ {
		if j-e.end >= envoyGap || sc.toks[j].Kind != arabic.Word || sc.isTriggerAt(j) {
			return false
		}
		// «السفير الألماني لدى طهران احتجاجا»: where he serves may stand between.
		if k := sc.slotAt(j); k >= 0 && sc.slots[k].prep != "لدي" && sc.slots[k].prep != "في" {
			return false
		}
	}
	state := sc.lastSlot(e.first-envoyReach-1, e.first, plain)
	if state < 0 || sc.slots[state].group == e.group || sameActors(sc.slots[state], e) {
		return false
	}
	for j := sc.slots[state].end; j < e.first; j++ {
		if n := sc.toks[j].Norm; n == "." || n == "؛" || n == ":" || lx.relative[stripConj(n)] {
			return false
		}
	}
	sc.add(Accuse, f, sc.groupOf(state), sc.groupOf(envoy), Source, Target, confClause)
	return true
}

// protestWord reports whether trigger f holds a noun of formal protest
// («احتجاجها», «للاحتجاج», «مذكرة احتجاج»).
func (sc *sentenceCtx) protestWord(f found) bool {
	for j := f.i; j < f.end; j++ {
		if sc.peeledIn(sc.st.x.lx.formalProtest, j) {
			return true
		}
	}
	return false
}
