package extract

import (
	"strings"

	"kg/arabic"
)

// authoredReach bounds how far after an accusation or a rejection the
// clause naming the author of its object may begin («قانون "الدولة القومية
// للشعب اليهودي"، الذي تبناه الكنيست»).
const authoredReach = 10

// authoredObject returns the author of what an accusation or a rejection
// is about when its object names no actor itself: the subject of a relative
// clause on the object whose verb points back to it («دانت مصر القانون الذي
// أقره الكنيست الإسرائيلي», «رفض الاتهامات التي وجهتها لندن»), or the actor
// after «من قبل» («أعربت عن إدانتها لاستهداف المدنيين من قبل قوات
// الاحتلال»). It returns -1 when there is none.
func (sc *sentenceCtx) authoredObject(f found, agent int) int {
	if f.t.rel != Accuse && f.t.rel != Reject {
		return -1
	}
	ag := sc.slots[agent]
	from := f.end
	if ag.first >= f.end {
		if ag.first > f.end+1 {
			return -1 // «يتهم برونسون بدعم ميليشيات كردية»: no subject of the verb
		}
		from = sc.subjectEnd(agent)
		// «دانت الخارجية المصرية في بيان السبت، قانون …»
		if c := sc.circumstanceAside(from-1, len(sc.toks)); c >= 0 && f.t.kind == verbTrigger {
			from = c + 1
		}
	}
	// A verbal noun takes its object with «لـ» («إدانتها لاستهداف»);
	// a bare relative clause after one says who underwent it («الانتقادات
	// التي تلقتها المملكة»).
	if f.t.kind != verbTrigger {
		// «إدانتها الشديدة لـ»: adjectives may stand before it.
		for from < len(sc.toks) && from < f.end+2 && hasArticle(sc.toks[from].Norm) && prepClitic(firstClitic(sc.toks[from].Norm)) == "" && !overlaps(sc.slots, from) {
			from++
		}
		if from >= len(sc.toks) || prepClitic(firstClitic(sc.toks[from].Norm)) != "ل" {
			return -1
		}
	}
	differs := func(k int) bool {
		return k >= 0 && sc.slots[k].group != ag.group && !sameActors(sc.slots[k], ag)
	}
	for j := from; j+2 < len(sc.toks) && j < from+authoredReach; j++ {
		t := sc.toks[j]
		w, next := stripConj(t.Norm), stripConj(sc.toks[j+1].Norm)
		switch {
		case sc.st.x.lx.relative[w]:
			// «وصف غوتيريس الذي يرافقه رئيس البنك الدولي»: right after
			// the subject, the clause is about the subject; «انتقد ترامب
			// الاتفاق الذي وقعته …»: who signs a deal is not blamed for it.
			if j == from && ag.first >= f.end || sc.agreementBetween(from, j) {
				return -1
			}
			if k := sc.relativeAuthor(j); differs(k) {
				return k
			}
			return -1
		case w == "ما" || w == "بما" || w == "لما" || (w == "من" || w == "ممن") && sc.namedAct(j) >= 0:
			// «ما قامت به إسرائيل», «ما قاله ترامب»: who did or said it.
			if k := sc.namedAct(j); differs(k) {
				return k
			}
			if k := sc.relativeAuthor(j); differs(k) {
				return k
			}
		case w == "من" && sc.st.x.lx.agentNouns[next]:
			// «إدانة السعودية لهجمات سبتمبر وتعرضها لهجمات من قبل
			// القاعدة»: an act noun in between is what the author did.
			if sc.triggerBetween(from+1, j) || j == from || f.t.kind == verbTrigger && !sc.bareObject(from) {
				return -1 // «رفض من قبل البرلمان», «اتهموا لمرات من قبل النظام»: passive
			}
			k := sc.firstSlot(j+2, j+3, func(s slot) bool { return !s.adjectival() })
			if differs(k) {
				return k
			}
			return -1
		case j > from && strings.HasPrefix(t.Norm, "و") && hasArticle(stripConj(t.Norm)):
			return -1 // a new conjunct has its own author
		case j == from+1 && f.t.kind != verbTrigger && strings.HasPrefix(sc.toks[from].Norm, "لل") && sc.firstSlot(j, j+1, func(s slot) bool { return s.adjectival() && s.adjOf == from }) >= 0:
			// «أعربت عن إدانتها للهجوم الإسرائيلي»: a nationality on
			// the verbal noun's definite object is its author.
			if k := sc.firstSlot(j, j+1, func(s slot) bool { return s.adjectival() && s.adjOf == from }); differs(k) {
				return k
			}
			return -1
		case overlaps(sc.slots, j):
			// A nationality on the object names its victims or its kind
			// («استهداف المدنيين الفلسطينيين»), not its author.
			if k := sc.firstSlot(j, j+1, func(s slot) bool { return s.adjectival() }); k < 0 {
				return -1
			}
		case isComma(t):
			// «قانون "…"، الذي تبناه الكنيست»: only a relative pronoun
			// goes on with the object after a comma.
			if !sc.st.x.lx.relative[next] {
				return -1
			}
		case t.Kind == arabic.Punct && !isQuote(t):
			return -1
		case w == "من" || w == "في" || w == "الي" || w == "عن" || w == "مع" || w == "بين" || isTargetPrep(w):
			// A relative clause after it is about another noun
			// («الهجوم على المدينة التي تحتلها إسرائيل»).
			return -1
		}
	}
	return -1
}

// relativeAuthor returns the subject of the relative clause opened at rel
// when its verb points back to the antecedent as its object: a pronoun on
// the verb («الذي أقره الكنيست», «التي استخدمتها القوات الإسرائيلية») or
// «بها» after it («التي قامت بها إسرائيل»). A verb without one has the
// antecedent as its subject («القانون الذي يميز ضد الفلسطينيين»).
func (sc *sentenceCtx) relativeAuthor(rel int) int {
	v := rel + 1
	if v >= len(sc.toks) || overlaps(sc.slots, v) || sc.toks[v].Kind != arabic.Word {
		return -1
	}
	verb := sc.toks[v].Norm
	if hasArticle(verb) || sc.st.x.lx.isFunctionWord(verb) {
		return -1
	}
	// «الذي يدعمه صندوق النقد», «التي وقعتها واشنطن»: a friendly act of
	// its own; «الذي شهدته فرنسا»: the subject saw it done.
	for _, t := range sc.trigs {
		if t.i == v && t.t.rel != Accuse && t.t.rel != Reject && !hostileAct(t.t.rel) {
			return -1
		}
	}
	stem, pointsBack := arabic.StripThirdPersonObject(verb)
	if sc.st.x.lx.witness[stem] || sc.st.x.lx.suffer[stem] || sc.st.x.lx.receive[stem] || sc.st.x.lx.undergoSanction[stem] {
		return -1
	}
	subj := v + 1
	switch {
	case subj < len(sc.toks) && (sc.toks[subj].Norm == "بها" || sc.toks[subj].Norm == "به"):
		subj++
	case !pointsBack:
		return -1
	}
	return sc.firstSlot(subj, subj+1, plain)
}

// directedAccusation builds the event of an accusation noun whose relative
// clause names who makes it and whom it is directed to («الاتهامات التي
// وجهتها السلطات البريطانية إلى روسيا», «اتهامات وجهها ترامب إلى صادق
// خان»). It reports whether it did.
func (sc *sentenceCtx) directedAccusation(f found) bool {
	if f.t.rel != Accuse || f.t.kind != nounTrigger || f.pronoun {
		return false
	}
	v := f.end
	if v < len(sc.toks) && sc.st.x.lx.relative[stripConj(sc.toks[v].Norm)] {
		v++
	}
	if v+1 >= len(sc.toks) || overlaps(sc.slots, v) || !sc.directingVerb(sc.toks[v].Norm) {
		return false
	}
	accuser := sc.firstSlot(v+1, v+2, plain)
	if accuser < 0 {
		return false
	}
	from := sc.listFrom(accuser)
	end := sc.slots[from[len(from)-1]].end
	accused := sc.firstSlot(end, end+2, func(s slot) bool { return s.prep == "الي" || s.prep == "ل" || s.prep == "ضد" })
	if accused < 0 || sc.slots[accused].group == sc.slots[accuser].group {
		return false
	}
	sc.add(Accuse, f, from, sc.groupOf(accused), Source, Target, confRelative)
	return true
}

// directingVerb reports whether w is a light verb with a pronoun pointing
// back to the noun before it («وجهتها», «يوجهها», «وجهوها»).
func (sc *sentenceCtx) directingVerb(w string) bool {
	v, ok := arabic.StripThirdPersonObject(w)
	return ok && sc.st.x.lx.lightVerbs[v]
}

// agreementBetween reports whether an agreement noun stands in [from, to):
// the object is a deal («انتقد ترامب الاتفاق»), not an act of one side.
func (sc *sentenceCtx) agreementBetween(from, to int) bool {
	for _, t := range sc.trigs {
		if t.i >= from && t.i < to && (t.t.rel == Agree || t.t.rel == Cooperate) {
			return true
		}
	}
	return false
}

// bareObject reports whether the word at j can open a verb's direct
// object: no preposition on it or before it.
func (sc *sentenceCtx) bareObject(j int) bool {
	return j < len(sc.toks) && sc.toks[j].Kind == arabic.Word && sc.bareHead(j)
}

// rejectedAccusation builds the event of an accusation noun that a
// rejection takes as its object: its author, a nationality on it or its
// genitive, accuses the one who rejects it, or the actor after «لـ» when
// one follows («رفضت التشيك اتهامات أنقرة لها برعاية الإرهاب», «رفضت
// روسيا الاتهامات البريطانية»). It reports whether it did.
func (sc *sentenceCtx) rejectedAccusation(k int, f found) bool {
	if f.t.rel != Accuse || f.t.kind != nounTrigger || f.pronoun || k == 0 {
		return false
	}
	p := sc.trigs[k-1]
	if p.t.rel != Reject || p.t.kind != verbTrigger || p.end > f.i {
		return false
	}
	rejecter, _ := sc.agent(k-1, p)
	if rejecter < 0 {
		return false
	}
	// Only the rejecter may stand between the verb and the noun.
	for j := p.end; j < f.i; j++ {
		if s := sc.slots[rejecter]; j < s.first || j >= s.end {
			return false
		}
	}
	author := sc.firstSlot(f.end, f.end+1, func(s slot) bool { return s.prep == "" || s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end })
	if author < 0 {
		return false
	}
	from := sc.listFrom(author)
	end := sc.slots[from[len(from)-1]].end
	accused := []int{rejecter}
	if a := sc.firstSlot(end, end+1, func(s slot) bool { return s.prep == "ل" || s.prep == "الي" }); a >= 0 {
		accused = sc.groupOf(a)
	}
	if sc.slots[accused[0]].group == sc.slots[author].group || sameActors(sc.slots[accused[0]], sc.slots[author]) {
		return false
	}
	sc.add(Accuse, f, from, accused, Source, Target, confClause)
	return true
}

// namedAct returns the actor of what «ما» at j names in the accuser's
// words: the genitive or the nationality of the noun after «بـ» («انتقد ما
// وصفه بسياسة تركيا», «ندد بما سماه بالتدخل الإيراني»).
func (sc *sentenceCtx) namedAct(j int) int {
	v := j + 1
	if v+1 >= len(sc.toks) {
		return -1
	}
	if stem, _ := arabic.StripThirdPersonObject(sc.toks[v].Norm); !sc.st.x.lx.naming[stem] {
		return -1
	}
	n := v + 1
	for n < len(sc.toks) && isQuote(sc.toks[n]) {
		n++
	}
	if n < len(sc.toks) && sc.toks[n].Norm == "ب" {
		return sc.quotedName(n)
	}
	if n >= len(sc.toks) || overlaps(sc.slots, n) || prepClitic(firstClitic(sc.toks[n].Norm)) != "ب" {
		return -1
	}
	return sc.firstSlot(n+1, n+3, func(s slot) bool {
		return s.prep == "" && !s.adjectival() && (s.first == n+1 || s.first == n+2 && isQuote(sc.toks[n+1])) || s.adjectival() && s.adjOf == n
	})
}

// quotedName returns the nationality that qualifies a noun of the name
// after a bare «بـ» at n: «ما وصفه بـ"قوات العدوان الأمريكية"», «من
// وصفتهم بـ"الإرهابيين الحوثيين"». -1 if none.
func (sc *sentenceCtx) quotedName(n int) int {
	for j := n + 1; j < len(sc.toks) && j <= n+namedReach; j++ {
		if isQuote(sc.toks[j]) {
			continue
		}
		if sc.toks[j].Kind != arabic.Word {
			return -1
		}
		if k := sc.slotAt(j); k >= 0 {
			if s := sc.slots[k]; s.adjectival() && s.adjOf > n && s.adjOf < j {
				return k
			}
			return -1
		}
	}
	return -1
}

// namedReach is how many words of a quoted name after «بـ» may stand
// before the nationality that qualifies them.
const namedReach = 4

// blameByAt reports whether w is a verb that governs the accusation noun
// of f as its light verb only through «ب» («ألقت بغداد باللوم على
// أنقرة», «أشار بأصابع الاتهام إلى»).
func (sc *sentenceCtx) blameByAt(f found, w string) bool {
	return f.t.rel == Accuse && sc.st.x.lx.blameBy[w] && prepClitic(firstClitic(sc.toks[f.i].Norm)) == "ب"
}
