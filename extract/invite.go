package extract

import (
	"strings"

	"kg/actor"
	"kg/arabic"
)

// Invitations named as the circumstance of a visit: «وصل أردوغان إلى
// موسكو بدعوة من بوتين», «يزور وفد المجلس دمشق بدعوة من الحكومة السورية»,
// «تلبية لدعوة تلقاها من نظيره». The one who invited intends to meet the
// one who came.

// inviteGap is how many words («رسمية», «تلقاها») may stand between the
// noun of invitation and the «من» that names who invited.
const inviteGap = 2

// invitedBy returns the inviter of intend noun f read as a circumstance:
// «بدعوة (رسمية) من X», «تلبية لدعوة (تلقاها) من X», «بناء على دعوة من
// X», or the genitive «بدعوة الرئيس X». -1 otherwise.
func (sc *sentenceCtx) invitedBy(f found) int {
	lx := sc.st.x.lx
	// «بدعوته القوات الأمريكية إلى مغادرة منبج»: his call on someone.
	if f.t.kind != nounTrigger || f.end != f.i+1 || f.pronoun {
		return -1
	}
	if _, pron := arabic.StripPronoun(stripConj(sc.toks[f.i].Norm)); pron && !strings.HasSuffix(sc.toks[f.i].Text, "ة") {
		return -1
	}
	before := func(n int) string {
		if f.i-n < 0 {
			return ""
		}
		return stripConj(sc.toks[f.i-n].Norm)
	}
	received := false
	switch clitic := prepClitic(firstClitic(sc.toks[f.i].Norm)); {
	case clitic == "ب":
	case clitic == "ل" && lx.inviteFrames[before(1)]: // «تلبية لدعوة»
	case clitic == "" && before(1) == "علي" && lx.inviteFrames[before(2)]: // «بناء على دعوة»
	case clitic == "" && f.i > 0 && sc.accepts(f.i-1): // «قبول دعوة كيم لعقد قمة»
	case clitic == "" && sc.receivesInvitation(f.i): // «تلقى الحريري دعوة من»
		received = true
	default:
		return -1
	}
	if s := sc.slotStartingAt(f.end); s >= 0 && plain(sc.slots[s]) && !received {
		return s // «بدعوة الرئيس الروسي»
	}
	for j := f.end; j < len(sc.toks) && j <= f.end+inviteGap; j++ {
		t := sc.toks[j]
		if t.Kind != arabic.Word || overlaps(sc.slots, j) {
			return -1
		}
		if t.Norm == "من" {
			if s := sc.slotStartingAt(j + 1); s >= 0 && !sc.slots[s].adjectival() {
				return s
			}
			return -1
		}
		if lx.inviteSent[t.Norm] && !received {
			return sc.senderAfter(j + 1) // «لدعوة وجهها إليه نظيره»
		}
	}
	return -1
}

// receivesInvitation reports whether the invitation at token i is got by
// the one before it: a word of receiving right before it, or before the
// actor right before it («تلقى الحريري دعوة»).
func (sc *sentenceCtx) receivesInvitation(i int) bool {
	j := i - 1
	if k := sc.slotEndingAt(i); k >= 0 && sc.slots[k].end == i {
		j = sc.slots[k].first - 1
	}
	return j >= 0 && sc.st.x.lx.receiveInvite[stripConj(sc.toks[j].Norm)]
}

// senderAfter returns the slot that names who sent an invitation, at
// token j past the verb of sending and a pronoun of its addressee
// («وجهها إليه نظيره»), -1 if none.
func (sc *sentenceCtx) senderAfter(j int) int {
	if j < len(sc.toks) && !overlaps(sc.slots, j) {
		if _, pron := arabic.StripPronoun(sc.toks[j].Norm); pron && (strings.HasPrefix(sc.toks[j].Norm, "ال") || strings.HasPrefix(sc.toks[j].Norm, "ل")) {
			j++
		}
	}
	if s := sc.slotStartingAt(j); s >= 0 && plain(sc.slots[s]) {
		return s
	}
	return -1
}

// sentInvitation emits the intent of an invitation named with who sent it
// and to whom, wherever it stands: «كشفت الوكالة عن دعوة وجهها ترامب
// لأمير قطر لزيارة واشنطن». It reports whether it read f.
func (sc *sentenceCtx) sentInvitation(f found) bool {
	inviter, guest := sc.sentInvitationSides(f)
	if inviter < 0 {
		return false
	}
	sc.add(Intend, f, sc.groupOf(inviter), []int{guest}, Source, Target, confClause)
	return true
}

// sentInvitationSides returns who sent invitation f and to whom when both
// are named after it («دعوة وجهها كيم إلى ترامب»), -1s otherwise.
func (sc *sentenceCtx) sentInvitationSides(f found) (inviter, guest int) {
	if f.t.kind != nounTrigger || f.end != f.i+1 || f.end >= len(sc.toks) || !sc.st.x.lx.inviteSent[sc.toks[f.end].Norm] {
		return -1, -1
	}
	inviter = sc.senderAfter(f.end + 1)
	if inviter < 0 {
		return -1, -1
	}
	j := sc.slots[inviter].end
	if j < len(sc.toks) && sc.toks[j].Norm == "الي" {
		j++ // «إلى الرئيس»: the preposition a word of its own
	}
	guest = sc.slotStartingAt(j)
	if guest < 0 || sc.slots[guest].adjectival() || sc.slots[guest].prep != "ل" && sc.slots[guest].prep != "الي" ||
		sc.sameState(sc.slots[guest], sc.slots[inviter]) {
		return -1, -1
	}
	return inviter, guest
}

// handedInvitation emits the intent of an invitation handed over: «سلم
// العلولا الحريري دعوة رسمية لزيارة المملكة», «وسلمت كيم يو جونغ، مون،
// دعوة من شقيقها». The one who handed it invites for whoever it is «من»,
// or for itself. It reports whether it read f.
func (sc *sentenceCtx) handedInvitation(f found) bool {
	if f.t.kind != nounTrigger || f.end != f.i+1 || f.pronoun || firstClitic(sc.toks[f.i].Norm) != "" {
		return false
	}
	j := f.i
	if j > 0 && isComma(sc.toks[j-1]) {
		j--
	}
	guest := sc.slotEndingAt(j)
	if guest < 0 || sc.slots[guest].end != j || !plain(sc.slots[guest]) {
		return false
	}
	j = sc.slots[guest].first
	if j > 0 && isComma(sc.toks[j-1]) {
		j--
	}
	hand := sc.slotEndingAt(j)
	if hand < 0 || sc.slots[hand].end != j || !plain(sc.slots[hand]) || sc.slots[hand].group == sc.slots[guest].group ||
		sc.slots[hand].first == 0 || !sc.st.x.lx.handInvite[stripConj(sc.toks[sc.slots[hand].first-1].Norm)] {
		return false
	}
	inviter := hand
	if f.end+1 < len(sc.toks) && sc.toks[f.end].Norm == "من" {
		if k := sc.slotStartingAt(f.end + 1); k >= 0 && !sc.slots[k].adjectival() {
			inviter = k
		}
	} else if f.end+2 < len(sc.toks) && sc.toks[f.end+1].Norm == "من" && !overlaps(sc.slots, f.end) {
		if k := sc.slotStartingAt(f.end + 2); k >= 0 && !sc.slots[k].adjectival() {
			inviter = k // «دعوة رسمية من الملك»
		}
	}
	if sc.sameState(sc.slots[inviter], sc.slots[guest]) {
		return false
	}
	sc.add(Intend, f, sc.groupOf(inviter), []int{guest}, Source, Target, confClause)
	return true
}

// invitation emits the intent of the inviter of f towards the one who
// came: the first actor of the clause before f, named outright, not of the
// inviter's own state (the place visited, «زار كلاين الدوحة بدعوة من أمير
// قطر»), and no organization: a council that meets at someone's call
// («التأم مجلس الأمن بدعوة من الكويت») is convened, not invited.
func (sc *sentenceCtx) invitation(f found, inviter int) {
	guest := -1
	for k := len(sc.slots) - 1; k >= 0; k-- {
		s := sc.slots[k]
		if s.first >= f.i || k == inviter {
			continue
		}
		if sc.clauseEndsIn(s.end, f.i) {
			// «مجلس سوريا الديمقراطية الذي يزور دمشق بدعوة من الحكومة»:
			// the guest is the antecedent of the relative clause.
			if s.end < f.i && sc.st.x.lx.relative[stripConj(sc.toks[s.end].Norm)] && !sc.clauseEndsIn(s.end+1, f.i) &&
				s.prep == "" && !s.adjectival() && !sc.sameState(s, sc.slots[inviter]) && !sc.isOrganization(s) {
				guest = k
			}
			break
		}
		if s.prep == "" && !s.adjectival() && !sc.sameState(s, sc.slots[inviter]) && !sc.isOrganization(s) {
			guest = k
		}
	}
	if guest < 0 {
		return
	}
	sc.add(Intend, f, sc.groupOf(inviter), []int{guest}, Source, Target, confClause)
}

// clauseEndsIn reports whether a sentence mark or a clause opened by a
// comma and a particle stands in [from, to).
func (sc *sentenceCtx) clauseEndsIn(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		switch n := sc.toks[j].Norm; {
		case sentenceMark(n):
			return true
		case (n == "،" || n == ",") && j+1 < len(sc.toks) && sc.st.x.lx.complementizer[stripConj(sc.toks[j+1].Norm)]:
			return true
		case sc.st.x.lx.relative[stripConj(n)]:
			return true
		}
	}
	return false
}

// sameState reports whether two slots name the same state or people of it.
func (sc *sentenceCtx) sameState(a, b slot) bool {
	if sameActors(a, b) || a.group == b.group {
		return true
	}
	country := func(s slot) string {
		if len(s.actors) != 1 {
			return ""
		}
		if x, ok := sc.st.x.lex.ByID(s.actors[0]); ok {
			return x.Country
		}
		return ""
	}
	ca, cb := country(a), country(b)
	return ca != "" && ca == cb
}

// isOrganization reports whether slot s names one international or
// national organization.
func (sc *sentenceCtx) isOrganization(s slot) bool {
	if len(s.actors) != 1 {
		return false
	}
	a, ok := sc.st.x.lex.ByID(s.actors[0])
	return ok && a.Type == actor.Organization
}

// offers emits the intent of each offer or proposal in the sentence whose
// verb («عرض», «اقترح») is followed, past its subject, by «على» and the one
// offered to: «عرضت الحكومة اليمنية على الحوثيين تبادلا للأسرى», «اقترح
// بوتين على آبي توقيع اتفاق سلام». They are no triggers: what is offered
// (a meeting, a mediation, sanctions) is read by its own trigger.
func (sc *sentenceCtx) offers() {
	lx := sc.st.x.lx
	for i, t := range sc.toks {
		if t.Kind != arabic.Word || !lx.offerVerbs[t.Norm] && !(startsWithConj(t.Norm) && lx.offerVerbs[stripConj(t.Norm)]) {
			continue
		}
		f := found{i: i, end: i + 1, t: trigger{rel: Intend, kind: verbTrigger}}
		if sc.negatedOrPossible(f) {
			continue
		}
		agent, j := -1, i+1
		if k := sc.firstSlot(i+1, i+1+subjectAfter, plain); k >= 0 && !sc.crossesBoundary(i+1, sc.slots[k].first) && sc.subjectPhrase(i+1, sc.slots[k].first) {
			agent, j = k, sc.slots[k].end
		} else if k := sc.lastSlot(i-agentBefore, i, plain); k >= 0 && !sc.crossesBoundary(sc.slots[k].end, i) {
			agent = k
		}
		if agent < 0 {
			continue
		}
		j = sc.skipAdverbs(j)
		if j+1 >= len(sc.toks) || sc.toks[j].Norm != "علي" {
			continue
		}
		target := sc.slotStartingAt(j + 1)
		if target < 0 || sc.slots[target].adjectival() || sc.sameState(sc.slots[target], sc.slots[agent]) {
			continue
		}
		sc.add(Intend, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, confClause)
	}
}

// accepts reports whether token i is a word of accepting an invitation
// («قبول», «بقبول», «يقبل», «لبى»), with its proclitics peeled.
func (sc *sentenceCtx) accepts(i int) bool {
	for _, w := range arabic.Peel(sc.toks[i].Norm) {
		if sc.st.x.lx.acceptWords[w] {
			return true
		}
	}
	return false
}
