package extract

import "kg/arabic"

// contactWords are the nouns of contact that meet only with their other
// side after them (data/contact.yaml).
type contactWords struct {
	nouns, between, notAfter, tried map[string]bool
	// «مصر على اتصال مع …»: the state of being in contact, and the
	// pronoun-bearing words it may hold of.
	inContact, inContactSubjects map[string]bool
	// «في اتصال هاتفي»: a call the clause's act is done in.
	callLeads, calls map[string]bool
}

// triedReach is how far before a noun of contact a verb of trying governs
// it: «حاول رئيس وزراء قطر الاتصال».
const triedReach = 6

func loadContact(name string) (contactWords, error) {
	var raw struct {
		Nouns    []string `yaml:"nouns"`
		Between  []string `yaml:"between"`
		NotAfter []string `yaml:"not_after"`
		Tried    []string `yaml:"tried"`
		In       []string `yaml:"in_contact"`
		InSubj   []string `yaml:"in_contact_subjects"`
		Leads    []string `yaml:"call_leads"`
		Calls    []string `yaml:"calls"`
	}
	if err := decodeData(name, &raw); err != nil {
		return contactWords{}, err
	}
	return contactWords{nouns: wordSet(raw.Nouns), between: wordSet(raw.Between), notAfter: wordSet(raw.NotAfter), tried: wordSet(raw.Tried),
		inContact: wordSet(raw.In), inContactSubjects: wordSet(raw.InSubj), callLeads: wordSet(raw.Leads), calls: wordSet(raw.Calls)}, nil
}

// contactAt finds a bare noun of contact whose other side follows as its
// complement: «بعد اتصال الأربعاء بنظيره الأرميني», «اتصالات مع الرئيس
// الفرنسي», «الاتصال بين الرئيسين». The side is an actor after «بـ» on the
// next word, or after «مع» or «بين», one time or medium word allowed
// between. A place after «بـ» («اتصال بسوريا») may be where, not whom.
func (lx *lexicon) contactAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	cw := lx.contact
	if !cw.nouns[toks[i].Norm] && !cw.nouns[stripConj(toks[i].Norm)] {
		return found{}, false
	}
	if i > 0 && cw.notAfter[stripConj(toks[i-1].Norm)] {
		return found{}, false
	}
	// «حاول رئيس الوزراء الاتصال بالعبادي»: a contact only tried.
	for j := i - 1; j >= 0 && j >= i-triedReach && toks[j].Kind == arabic.Word; j-- {
		if cw.tried[stripConj(toks[j].Norm)] {
			return found{}, false
		}
	}
	// «شخص على اتصال بالنظام»: being in contact holds of the word before;
	// unless that is an actor or a pronoun's bearer, no side is named.
	if i > 1 && cw.inContact[toks[i-1].Norm] && !cw.inContactSubjects[stripConj(toks[i-2].Norm)] && !slotEndsAt(slots, i-1) {
		return found{}, false
	}
	if !cw.sideAfter(toks, i+1, slots) {
		return found{}, false
	}
	return found{i: i, end: i + 1, t: trigger{rel: Consult, kind: nounTrigger}}, true
}

// sideAfter reports whether the other side of a meeting follows from token
// j on: an actor after «بـ» on the next word, or after «مع» or «بين», one
// time or medium word allowed first.
func (cw contactWords) sideAfter(toks []arabic.Token, j int, slots []slot) bool {
	if j < len(toks) && cw.between[toks[j].Norm] {
		j++
	}
	if j >= len(toks) || toks[j].Kind != arabic.Word {
		return false
	}
	prep := toks[j].Norm
	for _, s := range slots {
		if s.adjectival() {
			continue
		}
		if s.first == j && s.prep == "ب" && !s.place || (prep == "مع" || prep == "بين") && s.first == j+1 {
			return true
		}
	}
	return false
}

// meetingBefore returns the agent of the meeting k names just before f
// when f follows it after a comma and a word of circumstance, its own side
// right after it: «أجرى بوتين اتصالا بماكرون، بعد اتصال الأربعاء
// بسركيسيان» — one caller made both calls; not «في لقاء هدفه تخفيف التوتر
// بين أنقرة وواشنطن». -1 when no such meeting stands there or a new clause opens
// between them.
func (sc *sentenceCtx) meetingBefore(k int, f found) (int, float64) {
	if k < 1 || !sc.laterMeeting(f) {
		return -1, 0
	}
	p := sc.trigs[k-1]
	if p.t.rel != Consult || p.frame || sc.newClauseBetween(p.end, f.i) || sc.crossesBoundary(p.end, f.i-1) {
		return -1, 0
	}
	// Only a meeting that was read as one: «وسيجتمع الرئيس مع نظيره، الأسبوع
	// المقبل، في قمة» is still to come.
	held := false
	for _, e := range sc.events {
		held = held || e.Relation == Consult && e.TrigSpan.Start == sc.toks[p.i].Start
	}
	if !held {
		return -1, 0
	}
	if i, c := sc.agent(k-1, p); i >= 0 {
		return i, c - 0.1
	}
	return -1, 0
}

// meetingBetween reports whether meeting f follows another meeting of the
// sentence after a comma and a word of circumstance, its own side right
// after it: the «مع» before belongs to the other one («بحث ماكرون مع
// الملك عبد الله الأزمة، بعد اتصال بروحاني»).
func (sc *sentenceCtx) meetingBetween(f found) bool {
	if f.t.rel != Consult || !sc.laterMeeting(f) {
		return false
	}
	for _, t := range sc.trigs {
		if t.end < f.i-2 && t.t.rel == Consult && !t.frame {
			return true
		}
	}
	return false
}

// laterMeeting reports whether f stands after a comma and a word of
// circumstance, its own side right after it: «، بعد اتصال الأربعاء
// بسركيسيان» goes on from a meeting told before.
func (sc *sentenceCtx) laterMeeting(f found) bool {
	return f.i >= 2 && isComma(sc.toks[f.i-2]) && sc.st.x.lx.circumstance[stripConj(sc.toks[f.i-1].Norm)] &&
		sc.st.x.lx.contact.sideAfter(sc.toks, f.end, sc.slots)
}

func slotEndsAt(slots []slot, end int) bool {
	for _, s := range slots {
		if s.end == end {
			return true
		}
	}
	return false
}

// inContact reports whether f is the state «على اتصال»: in contact with
// each of a list after it, not a meeting of all.
func (sc *sentenceCtx) inContact(f found) bool {
	cw := sc.st.x.lx.contact
	return f.i > 0 && cw.nouns[stripConj(sc.toks[f.i].Norm)] && cw.inContact[sc.toks[f.i-1].Norm]
}

// calledObject returns the slot of the other side of a call that is the
// occasion of the clause's act and names no side of its own: the verb's
// subject and its object, plain or after «ل» or «إلى», around the call
// («هنأ ترامب في اتصال هاتفي نظيره الروسي», «قال مون لنظيره الأمريكي في
// اتصال هاتفي»). agent is one of them; -1 if there is no other.
func (sc *sentenceCtx) calledObject(f found, agent int) int {
	cw := sc.st.x.lx.contact
	if f.t.rel != Consult || f.t.kind != nounTrigger || f.i == 0 || agent < 0 ||
		!cw.callLeads[stripConj(sc.toks[f.i-1].Norm)] || !cw.calls[stripConj(sc.toks[f.i].Norm)] {
		return -1
	}
	// The object stands right before the call's preposition, or right
	// after the call past times and commas only («عبر مكالمة هاتفية،
	// الثلاثاء، إلى أمير قطر»); one further on is in another clause
	// («في اتصال هاتفي على أن الاتحاد الأوروبي سيرد»).
	near := func(s slot) bool {
		if s.prep != "" && s.prep != "ل" && s.prep != "الي" || s.adjectival() {
			return false
		}
		if s.end == f.i-1 {
			return true
		}
		if s.first < f.end {
			return false
		}
		for j := f.end; j < s.first; j++ {
			t := sc.toks[j]
			if t.Kind != arabic.Punct && !cw.between[stripConj(t.Norm)] && !(j == s.first-1 && s.prep != "") {
				return false
			}
		}
		return true
	}
	// subjectBefore finds the plain actor before the object o in the
	// clause: its verb's subject.
	subjectBefore := func(o slot) int {
		for k := len(sc.slots) - 1; k >= 0; k-- {
			s := sc.slots[k]
			if s.first >= o.first || s.group == o.group {
				continue
			}
			if s.prep != "" || s.adjectival() || sc.crossesBoundary(s.end, o.first) {
				return -1
			}
			return k
		}
		return -1
	}
	a := sc.slots[agent]
	if near(a) {
		// «هنأ ترامب في اتصال هاتفي نظيره الروسي», «أبلغ ماكرون نظيره
		// الأمريكي خلال اتصال هاتفي»: the agent found may be the object.
		if k := subjectBefore(a); k >= 0 {
			return k
		}
	}
	if a.first >= f.i {
		return -1
	}
	for k, s := range sc.slots {
		if s.first > a.first && s.group != a.group && near(s) && !sc.crossesBoundary(a.end, s.first) {
			return k
		}
	}
	return -1
}
