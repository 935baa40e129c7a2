package extract

import (
	"strings"

	"kg/arabic"
)

// deniedReach bounds how far before an accusation noun the word denying it
// may stand: its subject and a day may come between («نفت وزارة
// الخارجية الإيرانية، الخميس، اتهامات واشنطن»).
const deniedReach = 10

// deniedAccusation builds the event of an accusation noun that a word of
// denial takes as its object: «نفى حزب الله اتهامات المغرب بإرسال
// أسلحة», «نفت طهران الاتهامات الأمريكية», «رافضا اتهامات واشنطن بأن
// موسكو تنتهك التزاماتها». The denial says the act was not done, yet the
// accusation was made: its author (the noun's genitive or nationality, or
// the actor after «الموجهة لها من») accuses the one who denies it, or the
// actor after «لـ» when one follows («اتهامات أنقرة لها»). It reports
// whether the noun is so governed, so that the denial filter does not
// drop the accusation with the act denied.
func (sc *sentenceCtx) deniedAccusation(k int, f found) bool {
	if f.t.rel != Accuse || f.t.kind != nounTrigger || f.pronoun {
		return false
	}
	d := sc.denialBefore(f)
	if d < 0 {
		return false
	}
	// «رفضت روسيا الاتهامات الموجهة لها من الأمم المتحدة», «ردت على
	// اتهام ترامب»: a rejection or an answer is no denial; unless their
	// author is found here, the noun is read as usual.
	denial := sc.st.x.lx.denyCharge[stripConj(sc.toks[d].Norm)] || sc.st.x.lx.denyChargeWords.matchAt(sc.toks, d) > 0
	author := sc.accusationAuthor(f)
	if sc.st.x.lx.wrongs.consider[stripConj(sc.toks[d].Norm)] {
		// «اعتبرت إيران الاتهامات الموجهة للنظام السوري ذرائع»: one who
		// judges a charge against another, its author unnamed, did not make
		// it. Not «تعتبر أنقرة الوحدات منظمة إرهابية», where the judged
		// stands between.
		between := 0
		for _, s := range sc.slots {
			if s.first > d && s.end <= f.i {
				between++
			}
		}
		// «اعتبر الكرملين أن اتهام جونسون الرئيس بوتين»: a genitive with
		// the accused after it made the charge.
		anySlot := func(slot) bool { return true }
		a := sc.firstSlot(f.end, f.end+4, anySlot)
		return author < 0 && between <= 1 && a >= 0 && sc.firstSlot(sc.slots[a].end, sc.slots[a].end+2, anySlot) < 0
	}
	if author < 0 {
		return denial
	}
	from := sc.listFrom(author)
	end := sc.slots[from[len(from)-1]].end
	// «انتقادات روحاني الحادة للولايات المتحدة»: past its adjectives.
	for end < len(sc.toks) && end < f.end+4 && sc.qualifier(end) && hasArticle(sc.toks[end].Norm) {
		end++
	}
	var accused []int
	if a := sc.firstSlot(end, end+1, func(s slot) bool { return s.prep == "ل" || s.prep == "الي" }); a >= 0 {
		accused = sc.groupOf(a)
	} else if a := sc.denier(k, d, f); a >= 0 {
		accused = []int{a}
	}
	if len(accused) == 0 || sc.slots[accused[0]].group == sc.slots[author].group || sameActors(sc.slots[accused[0]], sc.slots[author]) {
		return denial
	}
	sc.add(Accuse, f, from, accused, Source, Target, confClause)
	return true
}

// rejectVerbAt reports whether a trigger of rejection, a verb or its
// noun («أعلنت قطر رفضها لاتهامات المنامة»), starts at j.
func (sc *sentenceCtx) rejectVerbAt(j int) bool {
	return sc.firstTrig(j, j+1, func(t found) bool {
		return t.t.rel == Reject && (t.t.kind == verbTrigger || t.t.kind == nounTrigger)
	}) >= 0
}

// denialBefore returns the word of denial whose object is noun f: only its
// subject, commas, words of time and fillers («نفت صحة الاتهامات») may stand
// between. It returns -1 if there is none.
func (sc *sentenceCtx) denialBefore(f found) int {
	lx := sc.st.x.lx
	for j := f.i - 1; j >= 0 && j >= f.i-deniedReach; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if lx.denyCharge[w] || lx.denyChargeWords.matchAt(sc.toks, j) > 0 || sc.rejectVerbAt(j) || lx.wrongs.consider[w] {
			return j
		}
		// «اعتبر قاسمي أن اتهام النظام»: a judged charge may follow «أن».
		if lx.complementizer[w] && j > 0 && j == f.i-1 {
			continue
		}
		if w == "علي" {
			return sc.answerBefore(j)
		}
		if k := sc.slotAt(j); k >= 0 && plain(sc.slots[k]) || isComma(t) || lx.timeWord(t.Norm) || lx.denyFillers[w] {
			continue
		}
		return -1
	}
	return -1
}

// slotAt returns the slot covering token j, or -1.
func (sc *sentenceCtx) slotAt(j int) int {
	for k, s := range sc.slots {
		if j >= s.first && j < s.end {
			return k
		}
	}
	return -1
}

// denier returns who denies at d: the subject after a verb of denial, the
// actor right before it or a relative's antecedent («السعودية، التي تنفي
// الاتهامات»), or, for a participle («نافيا», «رافضا»), the subject of
// the clause it hangs on.
func (sc *sentenceCtx) denier(k, d int, f found) int {
	if i := sc.firstSlot(d+1, f.i, plain); i >= 0 {
		return i
	}
	// «أعلنت قطر رفضها لاتهامات»: the agent of the noun of rejecting.
	for p, t := range sc.trigs {
		if t.i == d && t.t.rel == Reject && t.t.kind == nounTrigger {
			i, _ := sc.agent(p, t)
			return i
		}
	}
	if w := stripConj(sc.toks[d].Norm); !sc.st.x.lx.denyCharge[w] && !sc.st.x.lx.answerVerbs[w] && !sc.rejectVerbAt(d) {
		// A participle: the agent of one hung on the last verb before it.
		p := 0
		for p < len(sc.trigs) && sc.trigs[p].i < d {
			p++
		}
		i, _ := sc.agent(p, found{i: d, end: d + 1, t: trigger{rel: Reject, kind: circumstantialTrigger}})
		return i
	}
	if r := d - 1; r >= 0 && sc.st.x.lx.relative[stripConj(sc.toks[r].Norm)] {
		if r > 0 && isComma(sc.toks[r-1]) {
			r--
		}
		if i := sc.slotEndingAt(r); i >= 0 && plain(sc.slots[i]) {
			return i
		}
		return -1
	}
	return sc.actorRightBefore(d)
}

// accusationAuthor returns who made the accusation of noun f, named
// right after it: its genitive («اتهامات المغرب»), a nationality on it
// («الاتهامات الأمريكية») or the actor after «الموجهة لها من»; -1 if
// none.
func (sc *sentenceCtx) accusationAuthor(f found) int {
	// «اتهامات المغرب»; not «انتقاد إسرائيل», whose genitive may be the
	// one criticised, nor «انتقاده ماي».
	plural := strings.HasSuffix(sc.toks[f.end-1].Norm, "ات")
	if a := sc.firstSlot(f.end, f.end+1, func(s slot) bool {
		return s.prep == "" && !s.adjectival() && plural || s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end
	}); a >= 0 {
		return a
	}
	j := f.end
	// «الاتهامات الموجهة لها من الأمم المتحدة»
	if j+1 < len(sc.toks) && sc.st.x.lx.directedTo[sc.toks[j].Norm] {
		// «الموجهة لها من», «الموجهة إليه من قبل»: past the pronoun.
		end := j + 1
		if t := sc.toks[end]; t.Kind == arabic.Word && t.Norm != "من" && !overlaps(sc.slots, end) && sc.st.x.lx.isFunctionWord(stripConj(t.Norm)) || prepClitic(firstClitic(t.Norm)) != "" && !overlaps(sc.slots, end) {
			end++
		}
		return sc.authorFrom(found{i: f.i, end: end, t: f.t})
	}
	// «الاتهامات التي توجهها تركيا»
	if j < len(sc.toks) && sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] {
		j++
	}
	if j+1 < len(sc.toks) && !overlaps(sc.slots, j) && sc.directingVerb(sc.toks[j].Norm) {
		return sc.firstSlot(j+1, j+2, plain)
	}
	return -1
}

// answerBefore returns the word of answering before «على» at j, right
// before it or before its subject («ردت وزارة الخارجية الروسية على»);
// -1 if none.
func (sc *sentenceCtx) answerBefore(j int) int {
	lx := sc.st.x.lx
	answer := func(i int) bool {
		w := stripConj(sc.toks[i].Norm)
		return lx.answerVerbs[w] || lx.answerNouns[w] || lx.answerNouns[sc.toks[i].Norm]
	}
	if j > 0 && answer(j-1) {
		return j - 1
	}
	if k := sc.slotEndingAt(j); k >= 0 && plain(sc.slots[k]) && sc.slots[k].first > 0 && lx.answerVerbs[stripConj(sc.toks[sc.slots[k].first-1].Norm)] {
		return sc.slots[k].first - 1
	}
	return -1
}
