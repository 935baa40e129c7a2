package extract

import "kg/arabic"

// Prepositions that may introduce the other side of a directed relation;
// "" is a direct object.
var targetPreps = map[Relation][]string{
	Attack:    {"", "علي", "ضد", "ل", "في", "داخل"},
	Support:   {"", "ل", "الي"},
	Aid:       {"", "ل", "الي"},
	Demand:    {"", "علي", "من", "ب", "الي"},
	Accuse:    {"", "علي", "ضد", "ب", "ل"},
	Threaten:  {"", "ب", "ل", "علي"},
	Reject:    {""},
	Sanction:  {"", "علي", "ضد", "مع"},
	Protest:   {"ضد", "علي", "امام"},
	Retreat:   {"من", ""},
	Intend:    {"ل", "مع", "", "الي"},
	Consult:   {"مع", "ب"},
	Agree:     {"مع"},
	Cooperate: {"مع"},
}

// emit builds the event of trigger f, if its arguments are found.
func (sc *sentenceCtx) emit(f found, intended bool) {
	agent, conf := sc.agent(f)
	rel := f.t.rel
	if rel.Symmetric() {
		sides := sc.companions(f, agent)
		if intended {
			if agent < 0 || len(sides) == 0 {
				return
			}
			sc.add(Intend, f, sc.groupOf(agent), sides, Source, Target, conf-0.1)
			return
		}
		var all []int
		if agent >= 0 {
			all = append(all, sc.groupOf(agent)...)
		}
		all = append(all, sides...)
		if countActors(sc.slots, all) < 2 {
			return
		}
		sc.add(rel, f, all, nil, Participant, Participant, conf)
		return
	}
	if f.t.kind == passiveTrigger {
		sc.passive(f)
		return
	}
	if agent < 0 {
		return
	}
	target := sc.target(f, agent, targetPreps[rel])
	if target < 0 {
		return
	}
	sc.add(rel, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, conf)
}

// agent finds the slot of the one who acts, and a confidence for how it
// was found; -1 if none.
func (sc *sentenceCtx) agent(f found) (int, float64) {
	// A nationality adjective on the noun: «الوساطة الروسية», «غارة إسرائيلية».
	if f.t.kind == nounTrigger {
		for k, s := range sc.slots {
			if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end {
				return k, 0.8
			}
		}
	}
	// VSO: «التقى بوتين الأسد», «دعمت روسيا الأسد».
	if f.t.kind == verbTrigger {
		if k := sc.firstSlot(f.end, f.end+subjectAfter, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 {
			return k, 0.9
		}
		// «أنقرة التي تدعم»: the relative clause's antecedent.
		if j := f.i - 1; j > 0 && sc.st.x.lx.relative[sc.toks[j].Norm] {
			if k := sc.slotEndingAt(j); k >= 0 {
				return k, 0.85
			}
		}
	}
	if f.t.kind == nounTrigger {
		// A light verb's subject: «أجرى الرئيس الروسي بوتين محادثات».
		if j := sc.lightVerb(f); j >= 0 {
			if k := sc.firstSlot(j+1, f.i, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 {
				return k, 0.85
			}
		}
		// A genitive: «اجتماع الرئيس الروسي بوتين», «زيارة الأسد لموسكو».
		if k := sc.firstSlot(f.end, f.end+1, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 {
			return k, 0.8
		}
	}
	// SVO, or the subject of the clause: the nearest actor before.
	reach := agentBefore
	if f.pronoun {
		reach = len(sc.toks) // «لقاءه»: the speaker, however far
	}
	if k := sc.lastSlot(f.i-reach, f.i, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 {
		return k, 0.75
	}
	return -1, 0
}

// companions finds the other sides of a meeting, agreement or cooperation:
// «مع X», «بين X و Y», a verb's object, a noun's genitives, a visit's
// destination.
func (sc *sentenceCtx) companions(f found, agent int) []int {
	var out []int
	inAgent := func(k int) bool { return agent >= 0 && sc.slots[k].group == sc.slots[agent].group }
	from := f.i - agentBefore
	if agent >= 0 && sc.slots[agent].first < f.i {
		from = sc.slots[agent].end
	}
	// «مع X»: the first one only, so «يناقش مع أردوغان العلاقة مع نظام الأسد»
	// is Putin and Erdogan.
	if k := sc.firstSlot(from, f.end+objectAfter, func(s slot) bool { return s.prep == "مع" }); k >= 0 && !inAgent(k) {
		out = append(out, sc.groupOf(k)...)
	}
	if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "بين" }); k >= 0 && !inAgent(k) {
		out = append(out, sc.groupOf(k)...)
	}
	if len(out) > 0 {
		return out
	}
	switch f.t.kind {
	case verbTrigger:
		// The object: the first plain actor after the subject.
		after := f.end
		if agent >= 0 && sc.slots[agent].first >= f.end {
			after = sc.slots[agent].end
		}
		if k := sc.firstSlot(after, after+subjectAfter+1, func(s slot) bool { return (s.prep == "" || s.prep == "ب") && !s.adjectival() }); k >= 0 && !inAgent(k) {
			out = append(out, sc.groupOf(k)...)
		}
	case nounTrigger:
		if k := sc.firstSlot(f.end, f.end+1, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 && !inAgent(k) {
			out = append(out, sc.groupOf(k)...)
		}
	}
	// A visit's destination stands for its host: «زيارة الأسد لموسكو».
	if len(out) == 0 && f.t.rel == Consult {
		if k := sc.firstSlot(f.end, f.end+4, func(s slot) bool { return (s.prep == "ل" || s.prep == "الي") && !s.adjectival() }); k >= 0 && !inAgent(k) {
			out = append(out, sc.groupOf(k)...)
		}
	}
	// «الجانبين», «البلدين»: the sides last named.
	if len(out) == 0 && (agent < 0 || len(sc.groupOf(agent)) < 2) {
		if k := sc.firstSlot(f.i-agentBefore, f.end+objectAfter, func(s slot) bool { return len(s.actors) == 2 }); k >= 0 {
			out = append(out, k)
		}
	}
	return out
}

// target finds the other side of a directed act after the trigger.
func (sc *sentenceCtx) target(f found, agent int, preps []string) int {
	ok := func(s slot) bool {
		if s.group == sc.slots[agent].group {
			return false
		}
		for _, p := range preps {
			if s.prep == p {
				// A nationality adjective is a target only of attacks
				// («ضربات داخل الأراضي السورية») and demands.
				return !s.adjectival() || f.t.rel == Attack || f.t.rel == Demand
			}
		}
		return false
	}
	after := f.end
	if sc.slots[agent].first >= f.end {
		after = sc.slots[agent].end
	}
	return sc.firstSlot(after, after+objectAfter, ok)
}

// passive handles participles whose agent follows a preposition:
// «الجماعات المدعومة من إيران، بما في ذلك حزب الله», «قوات سوريا
// الديمقراطية المتحالفة مع الولايات المتحدة».
func (sc *sentenceCtx) passive(f found) {
	agent := sc.firstSlot(f.end, f.end+3, func(s slot) bool { return s.prep == "من" || s.prep == "مع" || s.prep == "ل" || s.prep == "ب" })
	if agent < 0 {
		return
	}
	patient := sc.lastSlot(f.i-3, f.i, func(s slot) bool { return !s.adjectival() })
	if patient < 0 {
		// The patient is a generic noun; its members follow «بما في ذلك».
		for j := sc.slots[agent].end; j < len(sc.toks) && j < sc.slots[agent].end+6; j++ {
			if n := sc.st.x.lx.inclusion.matchAt(sc.toks, j); n > 0 {
				patient = sc.firstSlot(j+n, j+n+1, func(s slot) bool { return !s.adjectival() })
				break
			}
		}
	}
	if patient < 0 {
		return
	}
	sc.add(f.t.rel, f, sc.groupOf(agent), sc.groupOf(patient), Source, Target, 0.75)
}

// mediate builds a mediation: the mediator and the parties «بين X و Y», or
// else the sides of the meeting it brokered in the same sentence.
func (sc *sentenceCtx) mediate(f found) {
	mediator, conf := sc.agent(f)
	if mediator < 0 {
		return
	}
	var parties []int
	if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "بين" }); k >= 0 {
		parties = sc.groupOf(k)
	} else {
		for k, s := range sc.slots {
			if s.group != sc.slots[mediator].group && !s.adjectival() && s.prep != "في" && s.prep != "داخل" {
				parties = append(parties, k)
			}
		}
		if countActors(sc.slots, parties) < 2 {
			return
		}
		conf -= 0.15
	}
	sc.add(Mediate, f, sc.groupOf(mediator), parties, Mediator, Party, conf)
}

// add records an event between the actors of two sets of slots.
func (sc *sentenceCtx) add(rel Relation, f found, from, to []int, fromRole, toRole Role, conf float64) {
	e := Event{
		Relation:   rel,
		Date:       sc.st.art.Date,
		Article:    sc.st.art.ID,
		Sentence:   sc.text,
		SentSpan:   Span{sc.base, sc.base + len(sc.text)},
		Trigger:    sc.spanText(f.i, f.end),
		TrigSpan:   Span{sc.toks[f.i].Start, sc.toks[f.end-1].End},
		Confidence: clamp(conf),
		Extractor:  sc.st.x.Name(),
	}
	seen := map[string]bool{}
	addArgs := func(ks []int, role Role) {
		for _, k := range ks {
			s := sc.slots[k]
			for _, id := range s.actors {
				if seen[id+string(role)] {
					continue
				}
				seen[id+string(role)] = true
				e.Args = append(e.Args, Argument{Actor: id, Role: role, Mention: sc.spanText(s.first, s.end),
					Span: Span{sc.toks[s.first].Start, sc.toks[s.end-1].End}})
			}
		}
	}
	addArgs(from, fromRole)
	addArgs(to, toRole)
	if len(e.Triples()) == 0 {
		return
	}
	sc.events = append(sc.events, e)
}

func clamp(c float64) float64 {
	if c > 1 {
		return 1
	}
	if c < 0.05 {
		return 0.05
	}
	return c
}

func (sc *sentenceCtx) spanText(i, end int) string {
	return sc.text[sc.toks[i].Start-sc.base : sc.toks[end-1].End-sc.base]
}

// groupOf returns slot k and the slots listed with it.
func (sc *sentenceCtx) groupOf(k int) []int {
	var out []int
	for j, s := range sc.slots {
		if s.group == sc.slots[k].group {
			out = append(out, j)
		}
	}
	return out
}

func countActors(slots []slot, ks []int) int {
	seen := map[string]bool{}
	for _, k := range ks {
		for _, id := range slots[k].actors {
			seen[id] = true
		}
	}
	return len(seen)
}

// firstSlot returns the first slot starting in [from, to) that satisfies ok.
func (sc *sentenceCtx) firstSlot(from, to int, ok func(slot) bool) int {
	for k, s := range sc.slots {
		if s.first >= from && s.first < to && ok(s) {
			return k
		}
	}
	return -1
}

// lastSlot returns the last slot ending in (from, to] that satisfies ok.
func (sc *sentenceCtx) lastSlot(from, to int, ok func(slot) bool) int {
	for k := len(sc.slots) - 1; k >= 0; k-- {
		s := sc.slots[k]
		if s.end <= to && s.end > from && ok(s) {
			return k
		}
	}
	return -1
}

// slotEndingAt returns the slot that ends right before token j.
func (sc *sentenceCtx) slotEndingAt(j int) int {
	return sc.lastSlot(j-1, j, func(s slot) bool { return !s.adjectival() })
}

var _ = arabic.Word
