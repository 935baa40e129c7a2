package extract

import (
	"kg/actor"
	"kg/arabic"
)

// A sentence that goes on with talks told in the one before often drops
// their subject: «وصل أردوغان إلى موسكو. وسيجري محادثات مع بوتين»,
// «… . والتقى خلال الزيارة بالرئيس العراقي». Such a sentence opens with
// its verb joined by «و» (or after «كما», «ثم») and names only the
// partner, after «مع» or «بـ»; the subject is the first actor or the
// speaker of the sentence before.

// droppedTalksSubject returns the slot of the subject a meeting verb, or a
// light verb v carrying a meeting noun f, shares with the sentence before
// when it opens its sentence and names only a partner in «مع» or «بـ»;
// -1 otherwise.
func (sc *sentenceCtx) droppedTalksSubject(f found, v int) int {
	if f.t.rel != Consult || len(sc.prevFirst) == 0 || !sc.opensSentence(v) {
		return -1
	}
	group := carriedGroup + f.i
	for k, s := range sc.slots {
		if s.group == group {
			return k // asked again for the same act
		}
	}
	if sc.firstSlot(0, f.end, func(slot) bool { return true }) >= 0 {
		return -1
	}
	// Between the verb and its noun only words of time: «وأجرى أمس
	// محادثات», not «وأجرى الوفد محادثات».
	if !sc.onlyAdverbs(v+1, f.i) {
		return -1
	}
	p := sc.firstSlot(f.end, f.end+subjectAfter, func(s slot) bool { return !s.adjectival() })
	if p < 0 || sc.slots[p].prep != "مع" && sc.slots[p].prep != "ب" {
		return -1
	}
	// «والتقى الوزير بالرئيس»: a noun before the partner is the subject.
	q := sc.slots[p].first
	if q > f.end && sc.slots[p].prep == "مع" && stripConj(sc.toks[q-1].Norm) == "مع" {
		q-- // the preposition stands on its own
	}
	if !sc.onlyAdverbs(f.end, q) {
		return -1
	}
	prev := slot{first: f.i, end: f.i + 1, actors: sc.prevFirst, adjOf: -1, group: group}
	if sc.sameSide(prev, sc.slots[p]) || !sc.carriedAgrees(v, prev) {
		return -1
	}
	sc.slots = append(sc.slots, prev)
	return len(sc.slots) - 1
}

// opensSentence reports whether the verb at v opens its sentence joined to
// the one before: «والتقى», «وسيجري», «كما التقى», «ثم زار».
func (sc *sentenceCtx) opensSentence(v int) bool {
	switch v {
	case 0:
		return startsWithConj(sc.toks[0].Norm)
	case 1:
		return sc.toks[0].Kind == arabic.Word && sc.st.x.lx.clauseOpeners[stripConj(sc.toks[0].Norm)]
	}
	return false
}

// sameSide reports whether slots a and b name the same side.
func (sc *sentenceCtx) sameSide(a, b slot) bool {
	for _, x := range a.actors {
		for _, y := range b.actors {
			if sx := sc.st.sideOf(x); sx != "" && sx == sc.st.sideOf(y) {
				return true
			}
		}
	}
	return false
}

// carriedAgrees reports whether the subject carried in s may be the
// subject of the verb at v by gender: a feminine verb has no man for
// subject, a masculine one no state.
func (sc *sentenceCtx) carriedAgrees(v int, s slot) bool {
	if len(s.actors) != 1 {
		return false
	}
	a, ok := sc.st.x.lex.ByID(s.actors[0])
	if !ok {
		return false
	}
	if feminineVerb(sc.toks[v].Text) {
		return a.Type != actor.Person
	}
	return a.Type != actor.State || sc.st.x.lx.masculineStates[a.ID]
}

// pairIntends gives each of the two sides a dual names («وسيجري الرئيسان
// محادثات», «وسيبحث الجانبان») the intent to meet the other, as for two
// sides named one by one («سيعقد ترامب وكيم قمة»).
func (sc *sentenceCtx) pairIntends(f found, agent int) {
	s := sc.slots[agent]
	if s.group < pairGroup || s.group >= ownCountryGroup || len(s.actors) != 2 {
		return
	}
	// The article's most named pair is often not the one planning to meet
	// («قبل أي اجتماع بين كيم وترامب. ومن المقرر أن يلتقي الرئيسان» in a
	// story of Kim in Beijing): only the pair of the sentence before.
	if s.articlePair && !sc.st.samePair([2]string{s.actors[0], s.actors[1]}, sc.st.prevPair) {
		return
	}
	n := len(sc.slots)
	for _, id := range s.actors {
		one := s
		one.actors = []string{id}
		sc.slots = append(sc.slots, one)
	}
	sc.add(Intend, f, []int{n}, []int{n + 1}, Source, Target, confClause-0.1)
	sc.add(Intend, f, []int{n + 1}, []int{n}, Source, Target, confClause-0.1)
	sc.slots = sc.slots[:n]
}
