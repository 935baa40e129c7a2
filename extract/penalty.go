package extract

import "kg/arabic"

// Penalties promised in reported speech: «قال ترامب إن دمشق ستدفع ثمنا
// باهظا», «توعد أردوغان بأن إسرائيل "ستدفع الثمن"». The one said to pay
// is threatened by the one who says so.

// penalties emits, for each future «pay» with a penalty as its object,
// a threat from the clause's speaker to the one who will pay.
func (sc *sentenceCtx) penalties() {
	lx := sc.st.x.lx
	for i, t := range sc.toks {
		if t.Kind != arabic.Word {
			continue
		}
		at := i // where the future verb, or its «سوف», stands
		if i > 0 && lx.payFuture[stripConj(sc.toks[i-1].Norm)+" "+t.Norm] {
			at = i - 1
		} else if !lx.payFuture[stripConj(t.Norm)] {
			continue
		}
		payer, j := -1, i+1
		if k := sc.firstSlot(i+1, i+2, plain); k >= 0 {
			payer, j = k, sc.slots[k].end // VSO: «ستدفع إيران الثمن»
		}
		j = skipQuotes(sc.toks, j)
		n := 0
		if j < len(sc.toks) {
			n = lx.penalties.matchAt(sc.toks, j)
		}
		if n == 0 {
			continue
		}
		open := at // where the reported clause opens
		if payer < 0 {
			// SVO: «إن دمشق "ستدفع"»; a pronoun («إنها ستدفع») names no one.
			b := at - 1
			for b >= 0 && isQuote(sc.toks[b]) {
				b--
			}
			k := sc.lastSlot(b, b+1, plain)
			if k < 0 {
				continue
			}
			payer, open = k, sc.slots[k].first
		}
		speaker := sc.clauseSpeaker(open)
		if speaker < 0 || sc.slots[speaker].group == sc.slots[payer].group || sameActors(sc.slots[speaker], sc.slots[payer]) {
			continue
		}
		f := found{i: i, end: j + n, t: trigger{rel: Threaten, kind: verbTrigger}}
		sc.add(Threaten, f, sc.groupOf(speaker), sc.groupOf(payer), Source, Target, confClause)
	}
}

// skipQuotes returns the first token from j that is no quotation mark.
func skipQuotes(toks []arabic.Token, j int) int {
	for j < len(toks) && isQuote(toks[j]) {
		j++
	}
	return j
}

// clauseSpeaker returns who says the clause that opens at token i after
// «إن», «أن» or «بأن»: the subject of the verb of saying or threatening
// before it («قال ترامب إن …», «توعد أردوغان بأن …»), or of the main
// clause a participle carries on («، محذرا بأن …»). -1 if none.
func (sc *sentenceCtx) clauseSpeaker(i int) int {
	reported := sc.st.x.lx.reportedThat
	return sc.speakerBefore(i, func(w string) bool { return reported[stripConj(w)] }, true)
}

// threatAt reports whether a threat trigger of the kind starts at token v.
func (sc *sentenceCtx) threatAt(v int, kind triggerKind) bool {
	return sc.firstTrig(v, v+1, func(t found) bool { return t.t.rel == Threaten && t.t.kind == kind }) >= 0
}
