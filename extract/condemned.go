package extract

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
	for _, t := range sc.trigs {
		if t.i == j {
			return t.t.rel != Accuse
		}
	}
	return false
}
