package extract

import "kg/arabic"

// facedAct builds the event of a charge, demand or sanction named by a noun that a verb
// of suffering, facing or undergoing governs: «واجه وزير المالية
// الأمريكي، ستيف منوتشين، انتقادات حادة من وزراء مجموعة السبع»,
// «تعرض ترامب لانتقادات من الصين», «يواجه العبادي اتهامات من إيران».
// The verb's subject is the target; the author is the nationality on the
// noun or the actor after «من» («من قبل»). With no author named there is
// no event. It reports whether such a verb governs the noun.
func (sc *sentenceCtx) facedAct(f found) bool {
	switch f.t.rel {
	case Accuse, Demand, Sanction:
	default: // «تواجه تهديدات من القاعدة»: a danger, not a threat made
		return false
	}
	if f.t.kind != nounTrigger || f.pronoun {
		return false
	}
	verb := sc.facingVerb(f)
	if verb < 0 {
		return false
	}
	if verb > 0 && sc.st.x.lx.negation.matchAt(sc.toks, verb-1) > 0 {
		return true // «لم تواجه تركيا انتقادات»: nothing was said
	}
	target := sc.firstSlot(verb+1, f.i, plain) // «واجه العبادي اتهامات»
	if target < 0 {
		target = sc.actorRightBefore(verb) // «العبادي يواجه اتهامات»
	}
	if target < 0 {
		return true
	}
	author := sc.nationalityOn(f) // «انتقادات أمريكية»
	if author < 0 {
		author = sc.authorFrom(f)
	}
	if author < 0 || sc.slots[author].group == sc.slots[target].group || sameActors(sc.slots[author], sc.slots[target]) {
		return true
	}
	sc.add(f.t.rel, f, sc.groupOf(author), sc.groupOf(target), Source, Target, confClause)
	return true
}

// facingVerb returns the verb of facing or suffering («واجه», «عانى»), or
// of undergoing before a noun after ل («تعرض لانتقادات»), that governs
// the noun of f; -1 if none. Only its subject, with the commas of an
// apposition to it, and «من» may stand between.
func (sc *sentenceCtx) facingVerb(f found) int {
	lx := sc.st.x.lx
	withL := prepClitic(firstClitic(sc.toks[f.i].Norm)) == "ل"
	for j := f.i - 1; j >= 0 && j >= f.i-12; j-- {
		w, n := stripConj(sc.toks[j].Norm), sc.toks[j].Norm
		// «واجه» itself starts with و.
		if !withL && (lx.suffer[w] || lx.suffer[n]) || withL && lx.undergo[w] {
			return j
		}
		if sc.isTriggerAt(j) {
			return -1
		}
		inSlot := overlaps(sc.slots, j)
		closing := isComma(sc.toks[j]) && sc.slotEndingAt(j) >= 0 // «، ستيف منوتشين،»
		if !inSlot && !closing && w != "من" {
			return -1
		}
	}
	return -1
}

// authorFrom returns the actor after «من» («من قبل», «من جانب») right
// after the noun and its adjectives, past at most two words that head it
// («من وزراء مالية مجموعة السبع»); -1 if none.
func (sc *sentenceCtx) authorFrom(f found) int {
	j := f.end
	// «انتقادات حادة من», «اتهامات شديدة اللهجة من»
	for j < len(sc.toks) && j < f.end+2 && sc.qualifier(j) {
		j++
	}
	if j >= len(sc.toks) || sc.toks[j].Norm != "من" {
		return -1
	}
	j++
	if j < len(sc.toks) && (sc.toks[j].Norm == "قبل" || sc.toks[j].Norm == "جانب") {
		j++
	}
	for head := 0; head <= 2 && j < len(sc.toks); head++ {
		if k := sc.slotStartingAt(j); k >= 0 {
			if sc.slots[k].adjectival() {
				return -1
			}
			return k
		}
		if !sc.qualifier(j) {
			return -1
		}
		j++
	}
	return -1
}

// qualifier reports whether token j is a content word outside any actor:
// an adjective on a noun or a noun heading an actor after it.
func (sc *sentenceCtx) qualifier(j int) bool {
	t := sc.toks[j]
	return t.Kind == arabic.Word && !overlaps(sc.slots, j) && !sc.st.x.lx.isFunctionWord(t.Norm) &&
		!sc.isTriggerAt(j)
}
