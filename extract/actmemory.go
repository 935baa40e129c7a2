package extract

import (
	"slices"

	"kg/arabic"
)

// toldAct is a hostile act the article told with its author: a strike or
// a sanction, remembered so that a later «الهجوم» or «هذه العقوبات» that
// names no author can be given its own.
type toldAct struct {
	rel     Relation
	authors []string
}

// rememberActs notes the authored strikes and sanctions among events, in
// the order told; the latest of a kind is the one a definite noun recalls.
func (st *articleState) rememberActs(events []Event) {
	for _, e := range events {
		if e.Relation != Attack && e.Relation != Sanction {
			continue
		}
		var authors []string
		for _, a := range e.Args {
			if a.Role == Source && !slices.Contains(authors, a.Actor) {
				authors = append(authors, a.Actor)
			}
		}
		if len(authors) > 0 {
			st.acts = append(st.acts, toldAct{rel: e.Relation, authors: authors})
		}
	}
}

// rememberAuthor notes a strike or a sanction told with its author but
// no actor struck («شنت إسرائيل غارات على مواقع عسكرية»).
func (st *articleState) rememberAuthor(rel Relation, group []int, slots []slot) {
	var authors []string
	for _, k := range group {
		for _, a := range slots[k].actors {
			if !slices.Contains(authors, a) {
				authors = append(authors, a)
			}
		}
	}
	if len(authors) > 0 {
		st.acts = append(st.acts, toldAct{rel: rel, authors: authors})
	}
}

// actReach bounds how far after a condemnation or a threat, and its
// subject, the act it is about may stand: «أدانت مصر بشدة الهجوم»,
// «هددت بالرد على هذا الهجوم».
const actReach = 5

// recalledAuthor returns the author of the act an accusation or a threat
// is about when the sentence names the act only by a definite or pointed
// noun of striking or sanctioning («أدانت مصر الهجوم», «توعدت بالرد على
// هذه الضربات») and names no other actor: the author of the latest act of
// that kind the article told before, as a slot of its own. -1 if none.
func (sc *sentenceCtx) recalledAuthor(f found, agent int) int {
	if f.t.rel != Accuse && f.t.rel != Threaten || len(sc.st.acts) == 0 {
		return -1
	}
	ag := sc.slots[agent]
	from := f.end
	if ag.first >= f.end {
		from = ag.end
	}
	n := sc.actNounAfter(from)
	if n < 0 {
		return -1
	}
	// Any other actor in the sentence may be the author, or the victim
	// the act is told of anew; past a comma after the act, a new clause
	// or an aside speaks of others («دانت موسكو العقوبات، وقال بيسكوف»).
	for _, s := range sc.slots {
		if s.group != ag.group && !sameActors(s, ag) && !(s.first > sc.trigs[n].end && sc.commaBetween(sc.trigs[n].end, s.first)) {
			return -1
		}
	}
	act := sc.trigs[n]
	var told *toldAct
	for i := len(sc.st.acts) - 1; i >= 0; i-- {
		if sc.st.acts[i].rel == act.t.rel {
			told = &sc.st.acts[i]
			break
		}
	}
	// The speaker condemning its own act, or an act of its own side, is
	// no reading of it.
	if told == nil || slices.ContainsFunc(told.authors, func(a string) bool { return slices.Contains(ag.actors, a) }) {
		return -1
	}
	sc.slots = append(sc.slots, slot{first: act.i, end: act.end, actors: told.authors, adjOf: -1, group: recalledGroup + act.i})
	return len(sc.slots) - 1
}

// actNounAfter returns the index in sc.trigs of a noun of striking or
// sanctioning standing within actReach of token from as the object of the
// verb before it: definite («الهجوم», «بالغارات») or pointed («هذا
// الهجوم»), past adverbs, a preposition and «بالرد على». -1 if none.
func (sc *sentenceCtx) actNounAfter(from int) int {
	lx := sc.st.x.lx
	for j := from; j < len(sc.toks) && j < from+actReach; {
		t := sc.toks[j]
		if t.Kind != arabic.Word {
			return -1
		}
		if k := sc.firstTrig(j, j+1, func(found) bool { return true }); k >= 0 {
			tr := sc.trigs[k]
			if tr.t.kind != nounTrigger || tr.t.rel != Attack && tr.t.rel != Sanction {
				return -1
			}
			pointed := j > from && lx.anaphoric[stripConj(sc.toks[j-1].Norm)]
			if !pointed && !hasArticle(t.Norm) {
				return -1
			}
			// «الهجوم الذي شنته …», «الهجوم، الذي …», «الهجوم على …»:
			// told anew here.
			e := tr.end
			if e < len(sc.toks) && isComma(sc.toks[e]) {
				e++
			}
			if e < len(sc.toks) && (lx.relative[stripConj(sc.toks[e].Norm)] || isTargetPrep(sc.toks[e].Norm)) {
				return -1
			}
			return k
		}
		if m := lx.manner.matchAt(sc.toks, j); m > 0 {
			j += m
			continue
		}
		w := stripConj(t.Norm)
		if !lx.anaphoric[w] && !isTargetPrep(w) && !sc.peeledIn(lx.answerNouns, j) && !lx.timeWords[w] {
			return -1
		}
		j++
	}
	return -1
}
