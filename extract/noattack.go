package extract

import (
	"strings"

	"kg/arabic"
)

// droppedReach is how many tokens after a verb of striking what it drops
// may stand, past its subject («أسقطت مروحيات عسكرية سورية منشورات»).
const droppedReach = 6

// dropsGoods reports whether the verb of striking f drops leaflets or
// aid rather than strikes («أسقط الجيش السوري منشورات على إدلب»): what
// falls on a place from the air is no attack on it.
func (sc *sentenceCtx) dropsGoods(f found) bool {
	return sc.goodsAfter(f, droppedReach, func(j int) bool { return sc.st.x.lx.droppedGoods[stripConj(sc.toks[j].Norm)] })
}

// goodsAfter reports whether a word within reach after f, before any
// punctuation but a quote, is one of the goods: what the verb moves is in
// its own clause.
func (sc *sentenceCtx) goodsAfter(f found, reach int, goods func(j int) bool) bool {
	for j := f.end; j < len(sc.toks) && j < f.end+reach; j++ {
		if t := sc.toks[j]; t.Kind == arabic.Punct && !isQuote(t) {
			return false
		}
		if goods(j) {
			return true
		}
	}
	return false
}

// withdrawnReach is how far after a word of withdrawing what it takes out
// may stand: past a list of subjects («سحبت السعودية والإمارات والبحرين
// لأموالها»).
const withdrawnReach = 10

// withdrawsGoods reports whether retreat f withdraws money, aid, staff or
// a bid rather than forces («سحبت السعودية أموالها من الدوحة»): no
// military retreat from the place.
func (sc *sentenceCtx) withdrawsGoods(f found) bool {
	lx := sc.st.x.lx
	stem := false
	for _, s := range lx.withdrawStems {
		stem = stem || strings.Contains(sc.toks[f.i].Norm, s)
	}
	return stem && sc.goodsAfter(f, withdrawnReach, func(j int) bool { return sc.peeledIn(lx.withdrawnGoods, j) })
}

// withdrawnTie reports whether backing or aid f is taken back by a word of
// withdrawing right before it, and the taking back happened («أعلن سحب
// تأييده للبيان», «يسحب تأييده»).
func (sc *sentenceCtx) withdrawnTie(f found) bool {
	if f.i < 1 || f.t.kind != nounTrigger {
		return false
	}
	w := sc.toks[f.i-1].Norm
	for _, s := range sc.st.x.lx.withdrawStems {
		if strings.Contains(w, s) && !strings.Contains(w, "ان"+s) {
			return sc.haltDone(f.i - 1)
		}
	}
	return false
}

// sportSentence reports whether the sentence tells of a match: an
// attack, a strike or a clash there is a play, not an act of war
// («لاعبي الهجوم», «ضربة البداية», «المواجهات بين فرنسا وبلجيكا» of two
// national teams).
func (sc *sentenceCtx) sportSentence() bool {
	if sc.sport == 0 {
		sc.sport = 2
		for i := range sc.toks {
			if sc.toks[i].Kind == arabic.Word && sc.st.x.lx.sportWords.matchPeeledAt(sc.toks, i) > 0 {
				sc.sport = 1
				break
			}
		}
	}
	return sc.sport == 1
}
