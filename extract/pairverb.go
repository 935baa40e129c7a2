package extract

import (
	"slices"
	"strings"

	"kg/actor"
	"kg/arabic"
)

// A dual verb with no subject of its own («واتفقا على …», «وبحثا …»)
// goes on with the two sides of the sentence before: «التقى بوتين أردوغان
// في أنقرة. واتفقا على تعزيز التعاون». Only an unambiguous pair is taken:
// the sentence before met, called or agreed between exactly two states and
// named no third; a sentence naming other actors forgets it.

// dualVerbForm reports whether token t is a verb in the dual
// («اتفقا», «اتفقتا», «يبحثان»), not a plural («اتفقوا») or a first
// person («اتفقنا»).
func dualVerbForm(t arabic.Token) bool {
	w := stripConj(t.Norm)
	if strings.HasSuffix(w, "ان") {
		return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")
	}
	return strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "وا") && !strings.HasSuffix(w, "نا")
}

// pairVerb reports whether f is a dual verb of a symmetric act that can
// take the pair of the sentence before.
func pairVerb(toks []arabic.Token, f found) bool {
	return f.t.kind == verbTrigger && f.t.plural && f.t.rel.Symmetric() && f.i < len(toks) && dualVerbForm(toks[f.i])
}

// hasPairVerb reports whether the sentence holds such a verb, so that a
// sentence naming no actor is still read.
func (st *articleState) hasPairVerb(toks []arabic.Token) bool {
	if st.prevPair[0] == "" {
		return false
	}
	for i, t := range toks {
		if t.Kind != arabic.Word || !dualVerbForm(t) {
			continue
		}
		if f, ok := st.x.lx.triggerAt(toks, i); ok && pairVerb(toks, f) {
			return true
		}
	}
	return false
}

// sideOf returns the side actor id stands for: the ISO code of its state,
// or its own id for a body of no state («الاتحاد الأوروبي»); "" if unknown.
func (st *articleState) sideOf(id string) string {
	a, ok := st.x.lex.ByID(id)
	if !ok {
		i := slices.IndexFunc(st.newActors, func(a actor.Actor) bool { return a.ID == id })
		if i < 0 {
			return ""
		}
		a = st.newActors[i]
	}
	if a.Country == "" {
		return a.ID
	}
	return a.Country
}

// pairedVerbs gives each dual verb of a symmetric act that names no side
// the pair it goes on with, as a slot on the verb itself: the two sides
// named before it in its sentence when a symmetric act joins them there
// («التقى بوتين أردوغان في أنقرة واتفقا على …»), else the pair of the
// sentence before when this one names no other side than the pair's,
// other than as a topic.
func (sc *sentenceCtx) pairedVerbs() {
	for _, f := range sc.trigs {
		if !pairVerb(sc.toks, f) || overlaps(sc.slots, f.i) {
			continue
		}
		// «بحثا عن حل»: in search of, no talks.
		if f.end < len(sc.toks) && sc.st.x.lx.soughtAfter[sc.toks[f.end].Norm] {
			continue
		}
		pair, ok := sc.st.prevPair, sc.st.prevPair[0] != ""
		if sc.firstSlot(0, f.i, plain) >= 0 {
			pair, ok = sc.pairBeforeVerb(f)
		} else if ok && !sc.onlySides(pair, f) {
			ok = false
		}
		if !ok {
			continue
		}
		sc.slots = append(sc.slots, slot{first: f.i, end: f.i + 1, actors: []string{pair[0], pair[1]}, adjOf: -1, group: pairGroup + f.i})
		sortSlots(sc.slots)
	}
}

// pairBeforeVerb returns the two sides a symmetric act before dual verb f
// joins in its sentence, when f is joined to it by «و» and exactly two
// sides are named before f (not as a topic or place).
func (sc *sentenceCtx) pairBeforeVerb(f found) ([2]string, bool) {
	var pair [2]string
	if !startsWithConj(sc.toks[f.i].Norm) {
		return pair, false
	}
	act := false
	for _, g := range sc.trigs {
		if g.end <= f.i && g.t.rel.Symmetric() {
			act = true
		}
	}
	if !act {
		return pair, false
	}
	return pairOfSides(sc.slots, f.i, sc.st.sideOf)
}

// onlySides reports whether the sentence names no side but the pair's
// before dual verb f or as its partner after it (right after it or after
// «مع»), other than as a topic or place: «اتفقا على مبادرات قبل المجلس
// الأوروبي» still joins the pair.
func (sc *sentenceCtx) onlySides(pair [2]string, f found) bool {
	// «وبحثا مع الرئيس الفرنسي»: another side is in play.
	return sc.st.namesOnly(sc.slots, pair, func(s slot) bool {
		return s.first < f.end+2 || s.prep == "مع" || s.prep == "بين"
	})
}

// namesOnly reports whether the slots ss for which counts is true name, other
// than as a topic or place, no side but those of pair.
func (st *articleState) namesOnly(ss []slot, pair [2]string, counts func(slot) bool) bool {
	a, b := st.sideOf(pair[0]), st.sideOf(pair[1])
	for _, s := range ss {
		if topical(s) || !counts(s) {
			continue
		}
		for _, id := range s.actors {
			if k := st.sideOf(id); k != a && k != b {
				return false
			}
		}
	}
	return true
}

// notePrevPair keeps the pair of a sentence whose symmetric acts all join
// the same two states and which names no third, for a dual verb after it;
// a sentence naming no actor, or none but the pair's sides, keeps the
// pair before it.
func (st *articleState) notePrevPair(slots []slot, events []Event) {
	if len(slots) == 0 {
		return
	}
	last := st.prevPair
	st.prevPair = [2]string{}
	var pair [2]string
	for _, e := range events {
		if !e.Relation.Symmetric() {
			continue
		}
		ts := e.Triples()
		if len(ts) != 1 {
			return
		}
		p := [2]string{ts[0].Subject, ts[0].Object}
		if pair[0] == "" {
			pair = p
			continue
		}
		if !st.samePair(pair, p) {
			return
		}
	}
	if pair[0] == "" {
		// «وأكد بوتين أن …»: a sentence of one of the pair's sides alone
		// keeps the pair.
		pair = last
	}
	if pair[0] == "" {
		return
	}
	a, b := st.sideOf(pair[0]), st.sideOf(pair[1])
	if a == "" || b == "" || a == b {
		return
	}
	if !st.namesOnly(slots, pair, func(slot) bool { return true }) {
		return
	}
	st.prevPair = pair
}

// topical reports whether slot s names a state only as a topic or a
// place («الأزمة السورية», «الوضع في سوريا»), not as a side.
func topical(s slot) bool { return s.adjectival() || s.prep == "في" }

// samePair reports whether two pairs join the same two states.
func (st *articleState) samePair(p, q [2]string) bool {
	a, b := st.sideOf(p[0]), st.sideOf(p[1])
	c, d := st.sideOf(q[0]), st.sideOf(q[1])
	return a == c && b == d || a == d && b == c
}
