package extract

import (
	"slices"
	"strings"

	"kg/arabic"
)

// condemnedActGenitive returns the author of an act named after «لـ» as
// the object of a verbal noun of condemning or rejecting, when the act is
// itself a trigger whose genitive names who does it: «أعربت عن إدانتها
// لاعتداء الميليشيات الحوثية على السفارة», «رفضه لعقوبات واشنطن
// الجديدة». Whoever condemns or rejects an act accuses or rejects its
// author. It returns -1 if there is none.
func (sc *sentenceCtx) condemnedActGenitive(f found, agent int) int {
	if f.t.rel != Accuse && f.t.rel != Reject || f.t.kind != nounTrigger || agent < 0 {
		return -1
	}
	j := f.end
	// «إدانتها الشديدة لـ», «رفضها المطلق والقاطع لـ»
	for j < len(sc.toks) && j < f.end+3 && hasArticle(stripConj(sc.toks[j].Norm)) && sc.qualifier(j) {
		j++
	}
	if j+1 >= len(sc.toks) || prepClitic(firstClitic(sc.toks[j].Norm)) != "ل" || overlaps(sc.slots, j) || !sc.actTriggerAt(j) {
		return -1
	}
	k := sc.slotStartingAt(j + 1)
	if k < 0 || !plain(sc.slots[k]) {
		return -1
	}
	ag := sc.slots[agent]
	if sc.slots[k].group == ag.group || sameActors(sc.slots[k], ag) {
		return -1
	}
	return k
}

// actTriggerAt reports whether a trigger other than an accusation starts
// at j: «رفضها لاتهامات الاتحاد الأوروبي» is accused by its genitive, not
// a rejection of it.
func (sc *sentenceCtx) actTriggerAt(j int) bool {
	k := sc.firstTrig(j, j+1, func(found) bool { return true })
	return k >= 0 && sc.trigs[k].t.rel != Accuse
}

// statementReach bounds how far before a verb with «فيه» the subject of
// the clause naming the statement may end («أصدر مجلس الأمن الدولي اليوم
// الخميس بيانا رئاسيا حول اليمن، أدان فيه …»).
const statementReach = 10

// statementSubject returns the subject of a verb that describes an
// indefinite noun before it through «فيه» or «فيها», with no relative
// pronoun: «أصدر مجلس الأمن بيانا أدان فيه الهجمات الحوثية» — the
// Council condemns, in its statement. The subject is the last plain actor
// before the noun, past its adjectives, a day and actors after
// prepositions. When two actors follow «فيه» as subject and object
// («تقريرا اتهمت فيه واشنطن موسكو»), or a relative pronoun, a verb or a
// full stop stands between, it returns -1.
func (sc *sentenceCtx) statementSubject(f found) int {
	lx := sc.st.x.lx
	if f.t.kind != verbTrigger || f.i < 2 || f.end >= len(sc.toks) || !lx.resumptive[sc.toks[f.end].Norm] {
		return -1
	}
	if after := sc.firstSlot(f.end+1, f.end+2, plain); after >= 0 && sc.objectRightAfter(after) {
		return -1
	}
	noun := false
	for j := f.i - 1; j >= 0 && j >= f.i-statementReach; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if k := sc.slotAt(j); k >= 0 {
			if plain(sc.slots[k]) {
				if !noun {
					return -1 // «أول مرة يزور فيها»: no statement between
				}
				return k
			}
			j = sc.slots[k].first // past an actor after a preposition
			continue
		}
		switch {
		case isComma(t) || lx.timeWord(t.Norm):
		case t.Kind != arabic.Word || lx.relative[w] || lx.complementizer[w] || sc.isTriggerAt(j):
			return -1
		default:
			noun = noun || lx.statementNouns[w]
		}
	}
	return -1
}

// statementOwner returns the slot of the one whose statement a verb with
// «فيه» describes, named on the statement right after its noun, in the
// genitive or with «ل» or «من»: «تصريحات لوزير الخارجية البريطاني هاجم
// فيها روسيا», «مقال لعريقات اتهم فيه واشنطن», «تصريحات ولي العهد
// السعودي، التي اتهم فيها إيران». The verb's dropped subject is the one
// who made the statement. A relative pronoun, commas and a day may stand
// between; when «فيه» is followed by a subject and its object, or the
// owner does not agree with the verb, it returns -1.
func (sc *sentenceCtx) statementOwner(f found) int {
	lx := sc.st.x.lx
	if f.t.kind != verbTrigger || f.t.plural || f.end >= len(sc.toks) || !lx.resumptive[sc.toks[f.end].Norm] {
		return -1
	}
	if after := sc.firstSlot(f.end+1, f.end+2, plain); after >= 0 && sc.objectRightAfter(after) {
		return -1 // «تقريرا اتهمت فيه واشنطن موسكو»
	}
	j := f.i - 1
	if j >= 0 && lx.relative[stripConj(sc.toks[j].Norm)] {
		j--
	}
	for j >= 0 && (isComma(sc.toks[j]) || lx.timeWord(sc.toks[j].Norm)) {
		j--
	}
	if j < 1 {
		return -1
	}
	k := sc.lastSlot(j, j+1, func(slot) bool { return true })
	if k < 0 {
		return -1
	}
	s := sc.slots[k]
	if s.adjectival() {
		// «تصريحات روسية تتهم فيها الولايات المتحدة»: the nationality of
		// the statement is its author's.
		if n := s.adjOf; s.first == j && n == j-1 && lx.statementNouns[stripConj(sc.toks[n].Norm)] && sc.agreesWith(f, s) {
			return k
		}
		return -1
	}
	n := s.first - 1
	if n < 0 || overlaps(sc.slots, n) {
		return -1
	}
	// «مقال سابق لصائب عريقات»: one adjective may follow the noun.
	if t := sc.toks[n]; s.prep != "" && n > 0 && t.Kind == arabic.Word && !lx.statementNouns[stripConj(t.Norm)] && !lx.isFunctionWord(stripConj(t.Norm)) && !hasArticle(t.Norm) && prepClitic(firstClitic(t.Norm)) == "" && !sc.isTriggerAt(n) {
		n--
	}
	noun := stripConj(sc.toks[n].Norm)
	if !lx.statementNouns[noun] || overlaps(sc.slots, n) {
		return -1
	}
	switch s.prep {
	case "":
	case "ل":
		if lx.addressedStatements[noun] {
			return -1 // «رسالة لترامب»: sent to him
		}
	case "من":
	default:
		return -1
	}
	if !sc.agreesWith(f, s) {
		return -1
	}
	return k
}

// groundsAccusation builds the accusation given as the grounds of a
// sanction or a strike reported before it in the sentence: «قطعت
// السعودية والإمارات علاقاتهما مع قطر، لاتهامها بدعم الإرهاب», «شنت
// الولايات المتحدة ضربات على مواقع النظام السوري إثر اتهامه بشن هجوم
// كيماوي». The noun carries the pronoun of the one accused and is followed
// by the charge with «ب»; the sanctioning or striking side accuses the side
// it sanctions or strikes. It reports whether it built the event.
func (sc *sentenceCtx) groundsAccusation(f found) bool {
	if f.t.rel != Accuse || f.t.kind != nounTrigger || f.end != f.i+1 || f.end >= len(sc.toks) {
		return false
	}
	lx := sc.st.x.lx
	w := stripConj(sc.toks[f.i].Norm)
	grounds := false
	if rest, ok := strings.CutPrefix(w, "ل"); ok && lx.groundsNouns[rest] {
		grounds = true // «لاتهامها»
	} else if lx.groundsNouns[w] && f.i > 0 {
		prev := stripConj(sc.toks[f.i-1].Norm)
		grounds = lx.groundsBefore[prev]
	}
	if !grounds || prepClitic(firstClitic(sc.toks[f.end].Norm)) != "ب" || overlaps(sc.slots, f.end) {
		return false
	}
	start := sc.toks[f.i].Start
	for i := len(sc.events) - 1; i >= 0; i-- {
		e := sc.events[i]
		if e.TrigSpan.Start >= start || e.Relation != Sanction && e.Relation != Attack {
			continue
		}
		from, to := sc.slotsOf(e, Source), sc.slotsOf(e, Target)
		if len(from) == 0 || len(to) == 0 {
			return false
		}
		sc.add(Accuse, f, from, to, Source, Target, confClause)
		return true
	}
	return false
}

// slotsOf returns the slots whose actors fill role in event e.
func (sc *sentenceCtx) slotsOf(e Event, role Role) []int {
	var out []int
	for _, a := range e.Args {
		if a.Role != role {
			continue
		}
		for k, s := range sc.slots {
			if sc.toks[s.first].Start == a.Span.Start && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// reportAuthor returns the slot of the one a report or statement right
// after verb f is said to be by, with «ل»: «اتهم تقرير للأمم المتحدة كوريا
// الشمالية», «طالب بيان جديد لمجلس الأمن إسرائيل». The statement is the
// verb's subject and speaks for its author; -1 if none.
func (sc *sentenceCtx) reportAuthor(f found) int {
	if f.t.kind != verbTrigger {
		return -1
	}
	return sc.statementAuthor(f.end)
}

// statementAuthor returns the slot of the author of a report or statement
// named in the nominative at token j, -1 if none.
func (sc *sentenceCtx) statementAuthor(j int) int {
	lx := sc.st.x.lx
	if j >= len(sc.toks) || !lx.statementNouns[stripConj(sc.toks[j].Norm)] || overlaps(sc.slots, j) {
		return -1
	}
	// «انتقدت تقريرا للأمم المتحدة»: in the accusative it is the object.
	if strings.HasSuffix(sc.toks[j].Norm, "ا") {
		return -1
	}
	// One adjective may stand between: «تقرير جديد», «بيان مشترك»; or
	// «صادر عن» («بيان صادر عن الخارجية الروسية»); or the author's bureau
	// and its adjective («بيان للمكتب الإعلامي للبيت الأبيض»).
	issued, bureau := false, false
	for next := j + 1; next <= j+4 && next < len(sc.toks); next++ {
		if k := sc.slotStartingAt(next); k >= 0 {
			if s := sc.slots[k]; !s.adjectival() && (s.prep == "ل" || (issued || next == j+2) && (s.prep == "عن" || s.prep == "من")) {
				return k
			}
			return -1
		}
		t := sc.toks[next]
		switch {
		case t.Kind != arabic.Word:
			return -1
		case lx.issuedWords[t.Norm] && !issued && !bureau:
			issued = true
		case lx.from[t.Norm] && (issued || next == j+1):
		case strings.HasPrefix(t.Norm, "لل") && !bureau && !issued && !lx.isFunctionWord(t.Norm):
			bureau = true
		case hasArticle(t.Norm) && bureau:
		case next <= j+1 && !lx.isFunctionWord(stripConj(t.Norm)) && !hasArticle(t.Norm) && prepClitic(firstClitic(t.Norm)) == "":
		default:
			return -1
		}
	}
	return -1
}
