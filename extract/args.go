package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kg/actor"
	"kg/arabic"
)

// Confidences by how the arguments were found.
const (
	confVerbSubject = 0.9  // a verb and its subject right after it
	confLightVerb   = 0.85 // «أجرى بوتين محادثات»
	confRelative    = 0.85 // «أنقرة التي تدعم»
	confAdjective   = 0.8  // «الوساطة الروسية»
	confGenitive    = 0.8  // «اجتماع بوتين والأسد»
	confClause      = 0.75 // the nearest actor before the trigger
	confSidesOnly   = 0.6  // no agent, sides after the trigger: «محادثات بين X و Y»
	confActGenitive = 0.78 // the author of a plural act: «ضربات التحالف»
)

func plain(s slot) bool { return s.prep == "" && !s.adjectival() }

// emit builds the event of trigger k, if its arguments are found.
func (sc *sentenceCtx) emit(k int, f found) {
	rel := f.t.rel
	// «وصف بومبيو كيم بأنه محاور عقلاني», «ووصفه ترامب بأنه المفضل
	// لديه»: a description that praises blames no one, whether the one
	// described is named or a pronoun.
	if rel == Accuse && sc.triggerIn(f, sc.st.x.lx.describe) && sc.praising(f) {
		return
	}
	if rel == Accuse && (sc.convicted(f) || sc.accusedParticiple(f)) {
		return
	}
	if rel == Demand && sc.demandOfThing(f) {
		return
	}
	if (rel == Support || rel == Aid) && sc.namesBody(f) {
		return
	}
	// «حليفه السابق فتح الله غولن», «الحليف السابق لأردوغان»: a tie that was.
	if rel == Support && sc.formerAlly(f) {
		return
	}
	// Frames read in a way of their own.
	switch {
	case f.coordObject:
		sc.coordObject(f)
		return
	case f.relObject:
		// «القدس الشرقية، التي احتلتها إسرائيل في حرب عام 1967»; but a
		// name given stays («ووصفتها الخارجية الأمريكية في عام 1997
		// بأنها منظمة إرهابية»).
		if rel == Accuse || !sc.verbDatedLongAgo(f) {
			sc.relativeObject(f)
		}
		return
	case f.oblige:
		sc.obligation(f)
		return
	case f.charge:
		sc.charge(f)
		return
	case f.wrong:
		sc.wrongdoing(f)
		return
	}
	if f.t.kind == nounTrigger && sc.datedLongAgo(f) || sc.verbDatedLongAgo(f) || sc.inPastEra(f) || sc.mustDo(f) || sc.leftContest(f) {
		return
	}
	if rel == Sanction && f.t.kind == nounTrigger && sc.triggerIn(f, sc.st.x.lx.tiesNouns) {
		sc.cutTies(f)
		return
	}
	// «العقوبات الجديدة تستهدف نصر الله»: the verb says whom a sanction
	// falls on; it is no strike.
	if rel == Attack && f.t.kind == verbTrigger && sc.reachOfSanction(f) {
		return
	}
	// «أسقطت مروحيات سورية منشورات»: dropped, not struck; «لاعبي
	// الهجوم» in a match: a play.
	if rel == Attack && (f.t.kind == verbTrigger && sc.dropsGoods(f) || sc.sportSentence()) {
		return
	}
	if rel == Retreat && (sc.withdrawsGoods(f) || sc.peeledIn(sc.st.x.lx.retreatUndone, f.i-1)) {
		return
	}
	if rel == Intend {
		if inviter := sc.invitedBy(f); inviter >= 0 {
			sc.invitation(f, inviter)
			return
		}
		if sc.sentInvitation(f) || sc.handedInvitation(f) {
			return
		}
	}
	halted := false
	if rel == Sanction {
		// «رفعت الولايات المتحدة العقوبات عن السودان»: ended, not imposed;
		// but «طالبت برفع العقوبات» says they go on.
		if h := sc.lifted(f); h >= 0 && sc.haltDone(h) {
			return
		}
	}
	if (rel == Support || rel == Aid) && sc.withdrawnTie(f) {
		// «ترامب يسحب تأييده للبيان»: backing taken back; but «طالب
		// الكرملين بسحب دعمه للأسد» says it goes on.
		return
	}
	switch rel {
	case Cooperate, Aid, Support, Agree:
		// «وقف الدعم الإيراني للحوثيين»: who gives it is named on it, and
		// its giving goes on whoever stops it.
		if h := sc.halted(f); h >= 0 && !sc.ownAgent(k, f) {
			if !sc.haltDone(h) || rel == Agree {
				// «دعت قطر لوقف دعم الميليشيات»: asked for, not done.
				// «إلغاء الاتفاق»: leaving a deal is no agreement, and not
				// always a sanction.
				return
			}
			// «أوقفت واشنطن مساعداتها لباكستان»: cutting a tie sanctions
			// the other side.
			halted, rel, f.t.rel = true, Sanction, Sanction
		}
	}
	// A frame's object is its destination, which an intent does not seek.
	if cue := sc.intentCue(f); cue >= 0 && !f.frame && rel != Intend && rel != Mediate {
		switch rel {
		case Consult, Agree, Cooperate, Support, Aid, Retreat:
			sc.intend(k, f, cue, Intend)
		case Attack, Sanction:
			// «مستعدة لتوجيه ضربة»: readiness to strike is a threat.
			if sc.threatIntent(f, cue) {
				sc.intend(k, f, cue, Threaten)
			}
		}
		return
	}
	if rel == Attack || rel == Sanction {
		// «هددت بفرض عقوبات على إيران», «حذرت من شن هجوم»: not done.
		if p, threat := sc.threatOver(k); p >= 0 {
			if threat {
				sc.threatened(f, p)
			}
			return
		}
	}
	// «ستفرض عقوبات على السعودية إذا ثبت …»: a sanction promised on a
	// condition is a threat against its target; a strike on one («في حال
	// نشوب صراع») has not happened, and too often is none that is promised.
	conditional := (rel == Attack || rel == Sanction) && sc.conditioned(f)
	if conditional && rel == Attack {
		return
	}
	if f.t.kind == passiveTrigger {
		sc.passive(f)
		return
	}
	if rel == Support && sc.isAllyNoun(f) {
		sc.ownedAlly(f)
		return
	}
	if f.t.kind == participleTrigger {
		if sc.participle(f) {
			return
		}
		f.t.kind = nounTrigger // «الصين هي الداعم الرئيسي لكوريا الشمالية»
	}
	concludedBefore := true
	if rel == Agree && f.t.kind == nounTrigger {
		ok, before := sc.concluded(f)
		if !ok {
			return
		}
		concludedBefore = before
	}
	if rel == Demand && sc.isRequestBy(f) {
		return
	}
	if rel == Threaten && sc.posed(f) {
		return
	}
	if rel == Cooperate && f.t.kind == nounTrigger && sc.st.x.lx.allianceNouns[stripConj(sc.toks[f.i].Norm)] && !sc.allianceNamed(f) {
		return // «غارات التحالف», «تسليح التحالف الذي تقوده السعودية»: the coalition, no alliance
	}
	if rel == Consult && f.t.kind == nounTrigger {
		if sides := sc.gathered(f); countActors(sc.slots, sides) >= 2 {
			sc.add(rel, f, sides, nil, Participant, Participant, confLightVerb)
			return
		}
	}
	if rel == Consult {
		if guest, host, ok := sc.reception(f); ok {
			if guest >= 0 && host >= 0 {
				sc.add(rel, f, append(sc.groupOf(guest), sc.groupOf(host)...), nil, Participant, Participant, confClause)
			}
			return
		}
	}
	if !rel.Symmetric() && rel != Mediate && f.t.kind == nounTrigger {
		if a, b := sc.mutualSides(f); a >= 0 {
			sc.add(rel, f, []int{a}, []int{b}, Source, Target, confLightVerb)
			sc.add(rel, f, []int{b}, []int{a}, Source, Target, confLightVerb)
			return
		}
	}
	if (rel == Aid || rel == Support) && (f.t.kind == nounTrigger || sc.receivedObject(f)) {
		if governed, _ := sc.receivedFrom(f, sc.st.x.lx.receiveAid); governed {
			return
		}
	}
	// «كانت سوريا تخضع للعقوبات التي فرضها الاتحاد»: else read as usual.
	if rel == Sanction && f.t.kind == nounTrigger && !conditional {
		if _, built := sc.receivedFrom(f, sc.st.x.lx.undergoSanction); built {
			return
		}
	}
	if rel == Support && f.t.kind == nounTrigger && sc.backingAdjunct(f) {
		return
	}
	// «واجه منوتشين انتقادات من مجموعة السبع»: the subject undergoes it.
	if sc.facedAct(f) {
		return
	}
	if sc.directedAccusation(f) {
		return // «الاتهامات التي وجهتها لندن إلى موسكو»
	}
	if sc.rejectedAccusation(k, f) {
		return // «رفضت التشيك اتهامات أنقرة لها»
	}
	if sc.protestToEnvoy(f) {
		return // «استدعت السفير التركي وأبلغته احتجاجها»
	}
	agent, conf := sc.agent(k, f)
	// «وقال البيان إن …», «وأضاف أن …»: the speaker named back on a verb
	// that opens a clause speaks its own acts, an accusation or a demand;
	// what else its clause tells may be others' doing, but not a verb in
	// the first person («نحن ندعم»).
	if agent >= 0 && sc.slots[agent].namedBack && !sc.st.x.lx.recalledActs[rel] && !sc.firstPersonVerb(f) {
		agent = -1
	}
	// «وقفات … طالبت بطرد السفير الإسرائيلي»: a demand verb followed at
	// once by what is demanded with «ب» has no subject after it; the
	// actors after are inside the act demanded.
	if rel == Demand && f.t.kind == verbTrigger && agent >= 0 && sc.demandedActBefore(f, sc.slots[agent].first) {
		agent = -1
	}
	// «وكانت محكمة أمريكية وجهت الاتهام إلى 11 حارسا»: a state's court
	// charges or convicts people; the state accuses no one.
	if rel == Accuse && agent >= 0 && sc.stateCourt(sc.slots[agent]) {
		return
	}
	if sc.formalProtest(f, agent) {
		rel = Accuse
	}
	// «ناقش بومبيو مع ولي العهد قضية الغارات على اليمن»: an act named as a
	// case talked of is not done by the clause's subject.
	if agent >= 0 && f.t.kind == nounTrigger && sc.slots[agent].end < f.i && sc.peeledIn(sc.st.x.lx.caseNouns, f.i-1) {
		agent = -1
	}
	// «دعت روسيا، حليفة دمشق، إلى عقد اجتماع»: the one an apposition
	// says the subject is allied with does not act in its clause.
	if agent >= 0 && sc.allyOf(sc.slots[agent]) >= 0 && !sc.st.x.lx.agentTriggers[sc.toks[f.i].Norm] {
		agent = -1
	}
	if !concludedBefore && conf <= confClause {
		agent = -1 // «الاتفاق الذي توصل إليه الطرفان»: the parties are after it
	}
	// «بعد تهديد الولايات المتحدة بتوجيه ضربة لسوريا وإطلاق الحوثيين
	// صاروخا», «لن تجبر بواسطة تهديدات قيادات واشنطن»: a bare noun of
	// threat is rarely made by the nearest actor before it; only its own
	// pronoun («تهديداته») or a closer link names who threatens.
	if rel == Threaten && f.t.kind == nounTrigger && !f.pronoun && conf <= confClause && !sc.ownsThreat(f) {
		agent = -1
	}
	if rel.Symmetric() {
		sc.symmetric(f, agent, conf)
		return
	}
	// «الحرب بين إسرائيل وحماس»: each side attacks the other.
	// «تعرضت القوات التركية لهجوم من حزب العمال»: the one struck comes first.
	if rel == Attack && sc.undergone(k, f) {
		return
	}
	// «استهداف المدنيين من قبل قوات الاحتلال»: the author follows.
	if rel == Attack && (agent < 0 || conf < confAdjective) && sc.passiveAttack(f) {
		return
	}
	if rel == Attack && f.t.kind == nounTrigger {
		if b := sc.betweenAfter(f); b >= 0 && countActors(sc.slots, sc.groupOf(b)) == 2 {
			g := sc.groupOf(b)
			sc.add(rel, f, g[:1], g[1:], Source, Target, confSidesOnly)
			sc.add(rel, f, g[1:], g[:1], Source, Target, confSidesOnly)
			return
		}
		// «اشتباكات بين القوات الحكومية اليمنية والحوثيين»: each side
		// fights the other.
		if a, b := sc.forcesBetween(f); a >= 0 {
			sc.add(rel, f, sc.groupOf(a), sc.groupOf(b), Source, Target, confSidesOnly)
			sc.add(rel, f, sc.groupOf(b), sc.groupOf(a), Source, Target, confSidesOnly)
			return
		}
	}
	if agent < 0 {
		// «قتل عشرة حوثيين في مواجهات مع القوات اليمنية»: the side
		// fought with struck those killed.
		if side := sc.battleSide(f); side >= 0 {
			if v := sc.battleVictim(f, side); v >= 0 {
				sc.add(rel, f, sc.groupOf(side), sc.groupOf(v), Source, Target, confClause)
			} else if a := sc.battleSubject(f, side); a >= 0 {
				// «سيطر الجيش على البلدة إثر معارك مع داعش»
				sc.add(rel, f, sc.groupOf(a), sc.groupOf(side), Source, Target, confClause)
			}
		}
		return
	}
	preps := sc.st.x.lx.objectPreps[rel]
	switch {
	case conf == confActGenitive:
		// «ضربات التحالف على مواقع الحوثيين»: the genitive took the
		// place of a direct object.
		preps = withoutDirect(preps)
	case sc.triggerIn(f, sc.st.x.lx.placeNouns):
		preps = []string{"علي", "ضد"} // «الحرب على الإرهاب», not «الحرب في سوريا»
	case rel == Retreat && f.t.kind == nounTrigger && sc.triggerIn(f, sc.st.x.lx.releaseNouns):
		preps = []string{"", "عن"} // «إطلاق سراح برانسون», «الإفراج عن القس»
	case rel == Retreat && f.t.kind == nounTrigger:
		preps = []string{"من", "مع"} // «انسحاب القوات من سوريا», «هدنة مع الفصائل»
	case rel == Accuse && f.t.kind == nounTrigger && sc.lightVerb(f) >= 0:
		// «وجهت لندن أصابع الاتهام إلى موسكو»: an accusation is directed
		// to someone; after a bare verb «إلى» is where («حذر من السفر إلى»).
		preps = append(preps[:len(preps):len(preps)], "الي")
	}
	if rel == Attack && sc.triggerIn(f, sc.st.x.lx.battleNouns) {
		preps = append(preps[:len(preps):len(preps)], "مع") // «خاضت مواجهات مع الحوثيين»
	}
	if rel == Attack && sc.triggerIn(f, sc.st.x.lx.defeatWords) {
		preps = append(preps[:len(preps):len(preps)], "ب") // «إلحاق الهزيمة بداعش»
	}
	if f.t.tailPrep != "" && !slices.Contains(preps, f.t.tailPrep) {
		preps = append(preps[:len(preps):len(preps)], f.t.tailPrep) // «ألحق الهزيمة بداعش»
	}
	if halted {
		// «وقف المساعدات لباكستان», «قطع التمويل عن الأونروا»
		preps = append(preps[:len(preps):len(preps)], "ل", "الي", "عن")
	}
	target := sc.target(f, agent, preps)
	// «هاجم ترامب ألمانيا متهما إياها بأنها رهينة روسيا»: a detached
	// object pronoun names the object, an actor before it, not one in
	// what it is charged with.
	if target >= 0 && sc.slots[target].first > f.end && agent >= 0 {
		if k := sc.pronounObject(f, agent); k >= 0 {
			target = k
		}
	}
	if f.frame {
		if target = sc.slotStartingAt(f.dest); target < 0 || !sc.moverNamed(f, agent) {
			return
		}
	}
	if target < 0 {
		target = sc.pronounObject(f, agent) // «فرضت حظرا على قطر، متهمة إياها»
	}
	if target < 0 {
		target = sc.targetGenitive(f, agent) // «غارات على مواقع الحوثيين»
	}
	if target < 0 {
		target = sc.protestedAct(f, agent) // «احتجاجا على قرار ترامب»
	}
	if target < 0 && rel == Sanction {
		target = sc.hurtBySanction(f, agent) // «تراجعت صادرات إيران بسبب العقوبات الأمريكية»
	}
	if target < 0 {
		target = sc.authoredObject(f, agent) // «دانت مصر القانون الذي أقره الكنيست»
	}
	if target < 0 {
		target = sc.condemnedActGenitive(f, agent) // «إدانتها لاعتداء الميليشيات الحوثية»
	}
	if k := sc.battleSide(f); target < 0 && k >= 0 && sc.slots[k].group != sc.slots[agent].group && !sameActors(sc.slots[k], sc.slots[agent]) {
		target = k // «معارك مع مسلحي طالبان»
	}
	if target < 0 {
		target = sc.victimBefore(f, agent) // «مقتل عشرة من X في غارة إسرائيلية»
	}
	if target < 0 {
		target = sc.victimOfOutcome(f, agent, conf) // «غارة إسرائيلية أسفرت عن مقتل عشرة من X»
	}
	if target < 0 && rel == Attack {
		target = sc.struckTerritory(f, agent, conf) // «قصفت إسرائيل مواقع في سوريا»
	}
	if target < 0 && rel == Attack {
		target = sc.heldTarget(f, agent, conf) // «الغارات الروسية على إدلب»
	}
	if target < 0 && rel == Attack {
		target = sc.purposeTarget(f, agent) // «حملة عسكرية لطرد المقاتلين الأكراد»
	}
	byCondition := false
	if target < 0 && rel == Threaten {
		target = sc.conditionSubject(f, agent) // «سترد إذا استخدم النظام السوري …»
		byCondition = target >= 0
	}
	if target < 0 && rel == Threaten {
		target = sc.threatOn(f, agent) // «هدد بفرض رسوم جمركية على الصين»
	}
	promised := false
	if rel == Threaten && f.t.warn && agent >= 0 && (target < 0 || !sc.addressed(f, agent, target)) {
		if k := sc.warnedPromise(f, agent); k >= 0 {
			target, promised = k, true // «حذر بأن بلاده سترد إذا …»
		}
	}
	if f.t.brandish {
		// «لوحت أنقرة بعملية ضد …»: only its ب complement or a condition
		// names whom; an object or a ل is whom one waves to.
		if target = sc.conditionSubject(f, agent); target < 0 {
			target = sc.threatOn(f, agent)
		}
	}
	if f.t.never && (target < 0 || sc.slots[target].first != f.end || sc.slots[target].prep != "ل" || sc.slots[target].adjectival()) {
		return // «لن تسمح بعبور السوريين», «لن يسمحا لتدابير ترامب»: no one refused
	}
	if target < 0 {
		target = sc.recalledAuthor(f, agent) // «أدانت مصر الهجوم» after who carried it out
	}
	// «شنت إسرائيل غارات ليلية»: no side struck is named, but a later
	// «أدانت دمشق الهجوم» recalls who struck.
	if target < 0 && (rel == Attack || rel == Sanction) && conf >= confAdjective && !conditional {
		sc.st.rememberAuthor(rel, sc.groupOf(agent), sc.slots)
	}
	if target < 0 || rel == Retreat && (!sc.withdrawnFrom(target) || sc.diplomatsBetween(f, target) || sc.refused(k, f)) {
		return
	}
	if f.t.deny && !sc.deniedClaim(f, target) {
		return // «نفى تسليح الحوثيين»: an act denied rejects no one
	}
	// «خاض المقاتلون، في قتال داعش، معارك مع القوات التركية»: the
	// nearest actor is no subject; «حققت القوات اليمنية المدعومة من
	// التحالف تقدما، إثر معارك مع الحوثيين»: a fight named as the
	// circumstance of the clause is its subject's, past a comma too.
	if rel == Attack && (sc.slots[target].prep == "مع" || sc.battleSide(f) == target) && conf <= confClause && sc.punctBetween(sc.slots[agent].end, f.i) && sc.battleSubject(f, target) != agent {
		return
	}
	if rel == Intend {
		if sc.complementBefore(f, agent, target) {
			return // «دعا إلى المساهمة في تحول حزب الله»: no one called on
		}
		if !sc.callsToMeet(f, target) {
			rel = Demand // «دعت الأمم المتحدة الطرفين إلى ضبط النفس»
		}
	}
	// «حذر من عواقب وخيمة إذا انسحبت الولايات المتحدة»: consequences
	// warned of on a condition threaten the one who would meet it.
	if rel == Threaten && !promised && (sc.warnedAgainst(f, target) || f.t.warn && !sc.addressed(f, agent, target)) && !(byCondition && sc.consequencesWarned(f)) {
		return
	}
	from := sc.groupOf(agent)
	if rel == Attack {
		for i := agent + 1; i < len(sc.slots) && sc.conjoinedMeans(sc.slots[i], agent); i++ {
			from = append(from, i) // «مدمرات أميركية وطائرات حربية بريطانية»
		}
	}
	if j := f.i - 1; j > 0 && sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] && sc.slots[agent].end == j {
		from = []int{agent} // «بين دمشق وأنقرة التي تدعم»: التي is Ankara alone
	}
	// «الولايات المتحدة وروسيا، أقوى حليف للأسد»: a singular ally noun
	// is said of the last actor named, not of those coordinated with it.
	if w := stripConj(sc.toks[f.i].Norm); f.t.kind == nounTrigger && !f.pronoun && sc.st.x.lx.agentTriggers[w] && !pluralShape(w) && !strings.HasSuffix(w, "ان") && !strings.HasSuffix(w, "تا") {
		from = []int{agent}
	}
	if conditional {
		rel = Threaten
	}
	if rel == Sanction && sc.expelsFighters(f, target) {
		return
	}
	sc.add(rel, f, from, sc.groupOf(target), Source, Target, conf)
}

// objectBeforeBi returns the slot after verb f, carrying «و», of a verb
// whose object stands before a «بـ» complement, when a «بـ» word follows
// that slot at once; -1 otherwise.
func (sc *sentenceCtx) objectBeforeBi(f found) int {
	w := sc.toks[f.i].Norm
	lx := sc.st.x.lx
	ala := lx.objectThenAla[stripConj(w)]
	if !startsWithConj(w) || !lx.objectThenBi[stripConj(w)] && !ala {
		return -1
	}
	i := sc.firstSlot(f.end, f.end+1, plain)
	// «ووصف تصريحات يلدريم بأنها استفزازية»: describing what one said
	// describes its author, named right after the word for it.
	if i < 0 && f.end+1 < len(sc.toks) && lx.describe[stripConj(w)] && sc.toks[f.end].Norm != "ما" && lx.claimNouns[sc.toks[f.end].Norm] {
		i = sc.firstSlot(f.end+1, f.end+2, plain)
	}
	if i < 0 {
		return -1
	}
	// the whole coordinated group, then «بـ»
	end := sc.slots[i].end
	for _, j := range sc.groupOf(i) {
		end = max(end, sc.slots[j].end)
	}
	switch {
	case end >= len(sc.toks):
		return -1
	case ala:
		if sc.toks[end].Norm != "علي" {
			return -1
		}
	case prepClitic(firstClitic(sc.toks[end].Norm)) != "ب" && stripConj(sc.toks[end].Norm) != "ب":
		return -1
	}
	return i
}

// accusedBefore reports whether slot i after accusation verb f is its
// object: the phrase it leads, alone or coordinated with «و», runs into
// the «بـ» complement («اتهمت السلطات الجارة كولومبيا واليمين الفنزويلي
// بأنها», «واتهم ميليشيات الحوثي بتنفيذ أجندة إيران»).
func (sc *sentenceCtx) accusedBefore(f found, i int) bool {
	lx := sc.st.x.lx
	if !lx.accusedBeforeBi[stripConj(sc.toks[f.i].Norm)] {
		return false
	}
	// Only actors joined by «و» lead the phrase: «وتتهم بكين واشنطن بـ»
	// names the accuser, then the accused.
	end := sc.slots[i].end
	for end < len(sc.toks) {
		n := sc.slotStartingAt(end)
		if n < 0 && sc.toks[end].Norm == "و" {
			n = sc.slotStartingAt(end + 1)
		}
		if n < 0 || sc.slots[n].group != sc.slots[i].group {
			break
		}
		end = sc.slots[n].end
	}
	if closingQuoteAt(sc.toks, end) {
		end++ // «اتهم حركة "حماس" بـ»: the quote closes the name
	}
	bi := func(j int) bool {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		return t.Kind == arabic.Word && sc.slotStartingAt(j) < 0 && !lx.notBiComplement[w] && (prepClitic(firstClitic(t.Norm)) == "ب" || w == "ب")
	}
	if end < len(sc.toks) && bi(end) {
		return true
	}
	// «كولومبيا واليمين الفنزويلي بأنها»: a conjunct that names no actor.
	if end >= len(sc.toks) || !startsWithConj(sc.toks[end].Norm) || sc.slotStartingAt(end) >= 0 {
		return false
	}
	for j := end + 1; j < len(sc.toks) && j <= end+3; j++ {
		if n := sc.slotStartingAt(j); sc.toks[j].Kind == arabic.Punct || sc.isTriggerAt(j) || n >= 0 && !sc.slots[n].adjectival() {
			return false
		}
		if bi(j) {
			return true
		}
	}
	return false
}

// carriedSubject returns the agent of the verb before trigger k, when it
// stands before f: the subject a verb carrying «و» shares.
func (sc *sentenceCtx) carriedSubject(k int, f found) int {
	for p := k - 1; p >= 0; p-- {
		if t := sc.trigs[p]; t.t.kind == verbTrigger && !t.relObject {
			// Only a subject plainly its own: right before or right
			// after that verb («وندد خامنئي …، ووصف ترامب بـ»).
			if i, _ := sc.agent(p, t); i >= 0 && sc.slots[i].first < f.i && (sc.slots[i].end <= t.i || sc.slots[i].first == t.end) {
				return i
			}
			return -1
		}
	}
	return -1
}

// moverNamed reports whether the agent of a destination frame's noun is
// the one whose thing is moved: a nationality on the thing («نقل السفارة
// الأمريكية»), its genitive («نقل الولايات المتحدة لسفارتها», «نقل سفارة
// رومانيا»), or, when the thing carries a pronoun («نقل سفارتها», «سفارة
// بلاده»), the clause's subject. A bare thing («اعتراضات على نقل
// السفارة», «نقل أي سفارة») names no mover: the subject only speaks of it.
func (sc *sentenceCtx) moverNamed(f found, agent int) bool {
	if f.thing <= 0 {
		return true
	}
	for _, s := range sc.slots {
		if s.adjectival() && s.adjOf == f.thing || s.first <= f.thing && f.thing < s.end {
			return true // «السفارة الأمريكية»
		}
	}
	// «قرر ترامب نقل السفارة», «قرار ترامب نقل السفارة»: who decides
	// moves it.
	for j := f.i - 1; j >= 0 && j >= f.i-3; j-- {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if sc.st.x.lx.decideVerbs[w] || sc.st.x.lx.decisionNouns[w] {
				return true
			}
		}
	}
	if a := sc.slots[agent]; a.first >= f.end && a.first < f.thing || a.first == f.thing+1 {
		return true
	}
	if sc.st.x.lx.ownedThing(sc.toks[f.thing].Norm) {
		return true
	}
	if n := f.thing + 1; n < len(sc.toks) {
		if b, ok := arabic.StripPronoun(sc.toks[n].Norm); ok && b == "بلاد" {
			return true // «سفارة بلاده»
		}
	}
	return false
}

// expelsFighters reports whether f expels fighters, not envoys: a noun of
// fighters or an armed group stands between the verb of expelling and its
// target, and no envoy («طرد مسلحي داعش من المدينة», «طرد تنظيم الدولة من
// درنة»). Driving them out is fighting them, no sanction.
func (sc *sentenceCtx) expelsFighters(f found, target int) bool {
	lx := sc.st.x.lx
	w := stripConj(sc.toks[f.i].Norm)
	readings := arabic.Peel(w)
	if !lx.expelVerbs[w] && !lx.expelNouns[readings[len(readings)-1]] {
		return false
	}
	fighters := false
	for j := f.end; j < sc.slots[target].end && j < len(sc.toks); j++ {
		w := stripConj(sc.toks[j].Norm)
		if lx.envoys[w] {
			return false
		}
		if lx.forces.fighters[w] || lx.forces.fighters[strings.TrimPrefix(w, "ال")] {
			fighters = true
		}
		if s := sc.slotStartingAt(j); s >= 0 && len(sc.slots[s].actors) == 1 && !sc.slots[s].adjectival() {
			if a, ok := sc.st.x.lex.ByID(sc.slots[s].actors[0]); ok && a.Type == actor.Group {
				fighters = true
			}
		}
	}
	return fighters
}

// conditionAfterReach is how many tokens may stand between an act and the
// condition it is promised on («ستفرض "عقوبة شديدة" على السعودية إذا»).
const conditionAfterReach = 10

// conditioned reports whether act f is made to hang on a condition that
// follows it in its clause: «ستفرض عقوبات على تركيا في حال لم تفرج عن
// القس». Not past a negation («لن ترفع إلا إذا»: they go on), another
// act, or the clause's end; not «في حال الخطر» (a state, no condition).
func (sc *sentenceCtx) conditioned(f found) bool {
	lx := sc.st.x.lx
	for j := f.end; j < len(sc.toks) && j < f.end+conditionAfterReach; j++ {
		t := sc.toks[j]
		if t.Norm == "،" || t.Norm == "," || isQuote(t) || overlaps(sc.slots, j) {
			continue
		}
		if t.Kind != arabic.Word || lx.negation.matchAt(sc.toks, j) > 0 || stripConj(t.Norm) == "الا" || sc.isTriggerAt(j) {
			return false
		}
		if n := lx.condition.matchAt(sc.toks, j); n > 0 {
			return j+n < len(sc.toks) && !strings.HasPrefix(sc.toks[j+n].Norm, "ال")
		}
	}
	return false
}

// relativeObject builds the event of a verb whose attached pronoun refers
// back to the antecedent of a relative pronoun: its subject follows it and
// its object is the antecedent («غولن المقيم في الولايات المتحدة، والذي
// تتهمه تركيا» is Turkey accusing Gülen).
func (sc *sentenceCtx) relativeObject(f found) {
	if f.t.plural {
		return // «الذي اتهموه»: the subject is a pronoun
	}
	agent := sc.firstSlot(f.end, f.end+subjectAfter, plain)
	// «أعلن الوزير إجراءات ضد المفوضية، التي اتهمها بعرقلة العودة»: an
	// accusation after a relative pronoun whose «بـ» follows at once has
	// the pronoun of the sentence's subject for its own (not a
	// description: «وصفها بأنها» praises as often as it blames).
	dropped := f.t.rel == Accuse && f.i > 0 && sc.st.x.lx.relative[stripConj(sc.toks[f.i-1].Norm)] && !sc.st.x.lx.describesObject(sc.toks[f.i].Norm) && sc.bareBiAt(f.end)
	if dropped {
		agent = -1
	} else if agent < 0 || sc.crossesBoundary(f.end, sc.slots[agent].first) || !sc.subjectPhrase(f.end, sc.slots[agent].first) {
		return // «الصين التي زارها مرتين للقاء الرئيس»: the subject is a pronoun
	}
	rel := f.i - 1
	antecedent := -1
	if rel < 0 || !sc.st.x.lx.relative[stripConj(sc.toks[rel].Norm)] {
		antecedent = sc.describedBefore(f)
		if antecedent < 0 {
			return
		}
		rel = -1
	}
	for j := rel - 1; j >= 0 && j >= rel-agentBefore; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," {
			break
		}
		// «مرتفعات الجولان التي تحتلها إسرائيل», «كأس العالم التي
		// تستضيفها روسيا»: a noun right before the pronoun that names no
		// actor is the antecedent.
		if j == rel-1 && rel >= 0 && t.Kind == arabic.Word && !overlaps(sc.slots, j) && hasArticle(stripConj(t.Norm)) && sc.thingBefore(rel) {
			return
		}
		if k := sc.lastSlot(j-1, j+1, plain); k >= 0 && sc.slots[k].end == j+1 {
			antecedent = k
			break
		}
		// «نسب إلى نظام الأسد الذي تدعمه روسيا»: right before the
		// pronoun, an actor after a preposition is its antecedent too.
		if k := sc.slotEndingAt(j + 1); j == rel-1 && k >= 0 && !startsWithConj(sc.toks[rel].Norm) {
			antecedent = k
			break
		}
		// «البرنامج النووي الإيراني، الذي ينتقده ترامب»: to criticise or
		// reject a thing of a state, named by its nisba right before the
		// pronoun, is to criticise or reject that state.
		if (f.t.rel == Accuse || f.t.rel == Reject) && (j == rel-1 || j == rel-2 && isComma(sc.toks[rel-1])) {
			if k := sc.lastSlot(j, j+1, slot.adjectival); k >= 0 {
				antecedent = k
				break
			}
		}
	}
	if dropped && antecedent >= 0 {
		a := sc.slots[antecedent]
		agent = sc.firstSlot(0, a.first, func(s slot) bool { return plain(s) && sc.subjectPlace(s) && sc.agreesWith(f, s) && !sameActors(s, a) })
	}
	if antecedent < 0 || agent < 0 || sc.slots[antecedent].group == sc.slots[agent].group {
		return
	}
	if f.t.rel.Symmetric() {
		sc.add(f.t.rel, f, append(sc.groupOf(agent), antecedent), nil, Participant, Participant, confRelative)
		return
	}
	if f.t.rel == Mediate {
		return
	}
	sc.add(f.t.rel, f, sc.groupOf(agent), []int{antecedent}, Source, Target, confRelative)
}

// coordObject builds the event of a hostile verb opening a clause with «و»
// or «إذ», whose attached pronoun refers back to the sentence's topic and
// whose own subject follows it at once: «يعيش غولن في منفاه في الولايات
// المتحدة، وتتهمه أنقرة بتدبير محاولة الانقلاب» is Turkey accusing Gülen.
// The actor last named before the verb is often inside a phrase of
// another noun («دور روسيا في الانتخابات ... وانتقده ترامب»), so only
// the actor that opens the sentence as its subject is taken.
func (sc *sentenceCtx) coordObject(f found) {
	if f.t.plural {
		return // «واتهموها»: the subject is a pronoun
	}
	if !sc.subjectRightAfter(f) {
		sc.droppedCoordObject(f)
		return
	}
	agent := sc.slotStartingAt(f.end)
	antecedent := sc.firstSlot(0, f.i, func(s slot) bool { return !s.adjectival() })
	if antecedent < 0 || !sc.subjectPlace(sc.slots[antecedent]) || !sc.pronounAgrees(f, sc.slots[antecedent]) || sc.slots[antecedent].group == sc.slots[agent].group || sameActors(sc.slots[antecedent], sc.slots[agent]) {
		return
	}
	if sc.sentenceMarkIn(sc.slots[antecedent].end, f.i) {
		return
	}
	sc.add(f.t.rel, f, sc.groupOf(agent), []int{antecedent}, Source, Target, confRelative)
}

// droppedCoordObject builds the event of a hostile verb with «و» and an
// object pronoun whose subject is the one that opens the sentence: «انتقد
// الرئيس الفرنسي إيران وطالبها بوقف التخصيب». The pronoun stands for the
// last actor before the verb outside the subject.
func (sc *sentenceCtx) droppedCoordObject(f found) {
	if !startsWithConj(sc.toks[f.i].Norm) {
		return
	}
	// «وعارضها 39 بالمئة», «واتهمها المحتجون»: a subject no actor names.
	if n := f.end; n < len(sc.toks) && (sc.toks[n].Kind == arabic.Number || strings.HasPrefix(stripConj(sc.toks[n].Norm), "ال")) {
		return
	}
	lx := sc.st.x.lx
	agent := sc.firstSlot(0, f.i, func(s slot) bool { return !s.adjectival() })
	if agent < 0 || !sc.subjectPlace(sc.slots[agent]) || !sc.agreesWith(f, sc.slots[agent]) {
		return
	}
	a := sc.slots[agent]
	// «مواقع لحزب العمال في منطقة شمالي العراق، وتتهمه»: a place where
	// things are is no one the pronoun stands for.
	object := sc.lastSlot(a.end, f.i, func(s slot) bool {
		return !s.adjectival() && !lx.locative[s.prep] && s.group != a.group && !sameActors(s, a)
	})
	if object < 0 || !sc.pronounAgrees(f, sc.slots[object]) {
		return
	}
	if sc.sentenceMarkIn(a.end, f.i) {
		return
	}
	sc.add(f.t.rel, f, sc.groupOf(agent), []int{object}, Source, Target, confRelative)
}

// pronounAgrees reports whether the object pronoun on verb f may stand for
// slot s by gender: «ها» for no man, «ه» for no state named by a feminine
// name («دعمت الولايات المتحدة المقترح، لكن عارضته روسيا» opposes the
// proposal, not the United States).
func (sc *sentenceCtx) pronounAgrees(f found, s slot) bool {
	w := sc.toks[f.i].Norm
	switch {
	case strings.HasSuffix(w, "ها"):
		return !sc.namesPerson(s)
	case strings.HasSuffix(w, "هم"), strings.HasSuffix(w, "هما"):
		return true
	}
	// «مواقع للمسلحين الأكراد … وتتهمه»: a singular «ه» stands for no
	// plural.
	if sc.pluralHead(s) {
		return false
	}
	if sc.namesPerson(s) || !s.place || s.title != "" || len(s.actors) != 1 || sc.st.x.lx.masculineStates[s.actors[0]] {
		return true
	}
	// «البيت الأبيض», «الكرملين»: a name with the article is feminine only
	// when it ends in ة.
	last := sc.toks[s.end-1].Norm
	return hasArticle(stripConj(sc.toks[s.first].Norm)) && !strings.HasSuffix(last, "ة") && !strings.HasSuffix(last, "ه")
}

// pluralHead reports whether slot s opens with a sound plural noun
// («المسلحين», «القوات») or is a people named by a plural nationality; a
// state's or a person's name ending so («الصين», «بوتين») is no plural.
func (sc *sentenceCtx) pluralHead(s slot) bool {
	if s.people {
		return true
	}
	if s.place || s.person || sc.namesPerson(s) {
		return false
	}
	w := sc.toks[s.first].Norm
	return strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ات")
}

// thingBefore reports whether the words right before the relative pronoun
// at rel name a thing or a place rather than describe an actor named before
// them: they reach back to an actor only through nisba adjectives
// («الميليشيات الحوثية الانقلابية التي») or an apposition after a comma
// («غولن، رجل الدين الذي»).
func (sc *sentenceCtx) thingBefore(rel int) bool {
	noun := false
	for j := rel - 1; j >= 0 && j >= rel-agentBefore; j-- {
		t := sc.toks[j]
		if overlaps(sc.slots, j) {
			return noun
		}
		if t.Norm == "،" || t.Norm == "," {
			return j == 0 || !overlaps(sc.slots, j-1)
		}
		if t.Kind != arabic.Word || !nisba(stripConj(t.Norm)) {
			noun = true
		}
	}
	return true
}

// nisba reports whether a word with the article has the shape of a nisba
// adjective («الانقلابية», «الوطني»).
func nisba(w string) bool {
	if !hasArticle(w) {
		return false
	}
	for _, suf := range []string{"ي", "يه", "يين", "يون"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// newConjunct reports whether the noun right before token to (past its
// nisba adjectives), after from, names no actor and is joined by «و»
// («والقوات المدعومة», «والمتمردين الموالين»): the participle at to
// describes it. A comma before the participle ends that noun («الجيش
// والمقاومة، بدعم من»).
func (sc *sentenceCtx) newConjunct(from, to int) bool {
	for j := to - 1; j >= from; j-- {
		t := sc.toks[j]
		if t.Kind != arabic.Word || overlaps(sc.slots, j) {
			return false
		}
		w := stripConj(t.Norm)
		if nisba(w) && !startsWithConj(t.Norm) {
			continue
		}
		return startsWithConj(t.Norm) && hasArticle(w)
	}
	return false
}

// betweenBefore reports whether «بين» stands within two words before token
// i: «النزاع بين القوات الأوكرانية والمتمردين المدعومين من روسيا» names
// two sides, and the participle describes the second.
func (sc *sentenceCtx) betweenBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if sc.st.x.lx.between[stripConj(sc.toks[j].Norm)] {
			return true
		}
	}
	return false
}

// eachOf reports whether «كل من» stands at token i.
func (sc *sentenceCtx) eachOf(i int) bool {
	return i+1 < len(sc.toks) && stripConj(sc.toks[i].Norm) == "كل" && sc.toks[i+1].Norm == "من"
}

// halted returns the index of a word of ending a tie that stops trigger
// f: right before it («تعليق التعاون»), or before a verb's subject
// («أوقفت واشنطن مساعداتها»); -1 if none.
func (sc *sentenceCtx) halted(f found) int {
	lx := sc.st.x.lx
	isHalt := func(j int) bool { return sc.peeledIn(lx.halt, j) }
	if isHalt(f.i - 1) {
		return f.i - 1
	}
	// «أوقفت أكثر من نصف تمويلها», «إيقاف العمل باتفاقية الشراكة»: a share
	// or the deal that carries the tie is halted with it.
	for j := f.i - 1; j >= 0 && j >= f.i-3; j-- {
		if !sc.peeledIn(lx.haltBetween, j) && !lx.quantifiers[stripConj(sc.toks[j].Norm)] {
			break
		}
		if isHalt(j - 1) {
			return j - 1
		}
	}
	if k := sc.slotEndingAt(f.i); k >= 0 && sc.slots[k].prep == "" && isHalt(sc.slots[k].first-1) {
		return sc.slots[k].first - 1
	}
	return -1
}

// calledOff reports whether the meeting f was called off or put off, or is
// threatened to be: a word of calling off right before it, or before the
// subject of its verb, with only commas and words of time between
// («ألغى، الخميس، قمة», «ألغت واشنطن لقاء», «هددت بإلغاء المحادثات»).
func (sc *sentenceCtx) calledOff(f found) bool {
	lx := sc.st.x.lx
	for j, steps := f.i-1, 0; j >= 0 && steps < 6; steps++ {
		if sc.peeledIn(lx.callOff, j) {
			return true
		}
		w := sc.toks[j].Norm
		if w == "،" || w == "," || lx.timeWord(w) || lx.callOffBetween[w] {
			j--
			continue
		}
		k := sc.slotEndingAt(j + 1)
		if k < 0 || sc.slots[k].prep != "" {
			return false
		}
		j = sc.slots[k].first - 1
	}
	return false
}

// peeledIn reports whether the word at j, without some of its clitics, is
// in set; false for j out of the sentence.
func (sc *sentenceCtx) peeledIn(set map[string]bool, j int) bool {
	return j >= 0 && j < len(sc.toks) && peeledTokenIn(set, sc.toks[j])
}

// lifted returns the index of a word of lifting or easing that ends the
// sanction f: right before it, past a quantifier («ألغت بعض العقوبات»),
// or before a verb's subject («رفعت واشنطن العقوبات»); -1 if none.
func (sc *sentenceCtx) lifted(f found) int {
	lx := sc.st.x.lx
	if f.t.kind != nounTrigger {
		return -1
	}
	isLift := func(j int) bool { return sc.peeledIn(lx.lift, j) }
	j := f.i - 1
	if j >= 0 && lx.quantifiers[stripConj(sc.toks[j].Norm)] {
		j--
	}
	if k := sc.slotEndingAt(j + 1); k >= 0 && sc.slots[k].prep == "" {
		j = sc.slots[k].first - 1
	}
	if isLift(j) {
		return j
	}
	return -1
}

// ownAgent reports whether noun trigger f names who acts on itself, by a
// nationality adjective or a genitive («الدعم الإيراني», «دعم إيران
// للحوثيين»).
func (sc *sentenceCtx) ownAgent(k int, f found) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	_, conf := sc.agent(k, f)
	return conf == confAdjective || conf == confGenitive
}

// haltReach is how far before a word of ending a tie a call, a threat or a
// condition still governs it.
const haltReach = 10

// haltDone reports whether the ending of a tie at token h happened: not a
// purpose or a subjunctive («لوقف», «أن تلغي»), not what someone calls
// for, threatens or warns against, not under a condition («إذا أنهت»).
func (sc *sentenceCtx) haltDone(h int) bool {
	lx := sc.st.x.lx
	if prepClitic(firstClitic(sc.toks[h].Norm)) == "ل" {
		return false
	}
	if h > 0 && lx.complementizer[stripConj(sc.toks[h-1].Norm)] && (h < 2 || !lx.circumstance[stripConj(sc.toks[h-2].Norm)]) {
		return false // «أن تلغي», but «بعد أن أوقفت»
	}
	for j := h - 1; j >= 0 && j >= h-haltReach; j-- {
		if n := sc.toks[j].Norm; n == "." || n == ":" || n == "؛" {
			break
		}
		if lx.modalityBefore.matchAt(sc.toks, j) > 0 || lx.intent.matchAt(sc.toks, j) > 0 {
			return false
		}
	}
	for _, t := range sc.trigs {
		switch t.t.rel {
		case Threaten, Demand, Intend, Accuse, Reject:
			if t.end <= h && h-t.end <= haltReach {
				return false
			}
		}
	}
	return true
}

// subjectPhrase reports whether tokens [from, to) may open the subject of
// a verb: its head nouns («تدعمها بعثة الاتحاد الإفريقي»), words of time,
// pronouns. A preposition or a word carrying one ends the subject's place
// («التي زارها مرتين للقاء الرئيس»: the subject is a pronoun).
func (sc *sentenceCtx) subjectPhrase(from, to int) bool {
	lx := sc.st.x.lx
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if lx.timeWord(t.Norm) || lx.personal[w] || w == "كل" || w == "من" && j > 0 && stripConj(sc.toks[j-1].Norm) == "كل" {
			continue // «وصفتها كل من تركيا والولايات المتحدة»
		}
		// ل is a preposition on any word here; ب only before ال, since
		// many nouns begin with it («بعثة»).
		if lx.isPreposition(w) || lx.isFunctionWord(w) || strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "بال") {
			return false
		}
	}
	return true
}

// describedBefore returns the slot a verb of describing refers back to with
// its object pronoun: the actor right before it, past punctuation, a
// pronoun, a name in Latin letters and one indefinite noun («حزب العمال
// الكردستاني" أو "PKK"، وهي مجموعة وصفتها»), or, when the verb opens the sentence, the first actor of the
// sentence before, added as a slot. -1 if none.
func (sc *sentenceCtx) describedBefore(f found) int {
	lx := sc.st.x.lx
	words := 0
	for j := f.i - 1; j >= 0; j-- {
		t := sc.toks[j]
		if k := sc.lastSlot(j-1, j+1, func(s slot) bool { return !s.adjectival() }); k >= 0 && sc.slots[k].end == j+1 {
			return k
		}
		switch w := stripConj(t.Norm); {
		case t.Norm == "،" || t.Norm == "," || isQuote(t):
		case lx.personal[w]:
		case w == "او" || t.Kind == arabic.Word && !hasArabic(t.Text):
			// «حزب العمال الكردستاني" أو "PKK"»: another name of it
		case t.Kind == arabic.Word && words == 0 && !hasArticle(w) && !lx.isFunctionWord(w):
			words++
		default:
			return -1
		}
	}
	if f.i > 0 || len(sc.prevFirst) == 0 {
		return -1
	}
	sc.slots = append(sc.slots, slot{first: f.i, end: f.i + 1, actors: sc.prevFirst, adjOf: -1, group: carriedGroup + f.i})
	return len(sc.slots) - 1
}

func withoutDirect(preps []string) []string {
	var out []string
	for _, p := range preps {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// triggerIn reports whether the first word of trigger f, without its
// clitics and attached pronoun, is in set.
func (sc *sentenceCtx) triggerIn(f found, set map[string]bool) bool {
	for _, w := range arabic.Peel(sc.toks[f.i].Norm) {
		if set[w] {
			return true
		}
		if b, ok := arabic.StripPronoun(w); ok && set[b] {
			return true
		}
	}
	return false
}

// concluded reports whether an agreement noun reports an agreement being
// made: after a verb or noun of concluding or a light verb («توصلا إلى
// اتفاق», «توقيع اتفاقية»), or with its parties «بين X و Y». A deal only
// named («الاتفاق النووي مع إيران») is no new event.
func (sc *sentenceCtx) concluded(f found) (ok, before bool) {
	if sc.lightVerb(f) >= 0 {
		return true, true
	}
	// A document or a declaration is an agreement only when signed
	// («وقعا على وثيقة مشتركة»), not when leaked or announced.
	words, signed := sc.st.x.lx.conclude, sc.triggerIn(f, sc.st.x.lx.signNouns)
	if signed {
		words = sc.st.x.lx.sign
	}
	// Before it, or after it in the clause: «اتفاقية أوسلو التي وقعتها
	// إسرائيل», «اتفاقا ... تم التوصل إليه». Names of the signers between
	// a signing verb and the noun do not count against the reach («وقع
	// الرئيس الأمريكي دونالد ترامب والرئيس الكوري الشمالي كيم جونغ أون على
	// وثيقة»).
	from, reach := f.i, 5
	for from > 0 && reach > 0 {
		from--
		if !overlaps(sc.slots, from) {
			reach--
		}
	}
	for j := from; j < len(sc.toks) && j <= f.end+5; j++ {
		if j >= f.i && j < f.end {
			continue
		}
		if j >= f.end && sc.toks[j].Kind == arabic.Punct {
			break
		}
		forms := arabic.Peel(sc.toks[j].Norm)
		// «الاتفاق الذي وقعته واشنطن»: the verb after the noun carries
		// the noun as its object pronoun.
		for _, w := range conjReadings(sc.toks[j].Norm) {
			if v, ok := arabic.StripObjectPronoun(w); ok && j >= f.end {
				forms = append(forms, v)
			}
		}
		for _, w := range forms {
			// Past five words only signing: «أعلن الرئيس الأمريكي دونالد
			// ترامب خروج بلاده من الاتفاق» concludes nothing.
			if words[w] && (j >= f.i-5-sc.timeWordsBetween(j, f.i) || sc.st.x.lx.sign[w]) {
				if j < f.i && sc.sought(j) {
					return false, false // «شروطا للتوصل إلى اتفاق»: sought, not made
				}
				return true, j < f.i
			}
		}
	}
	if sc.triggerIn(f, sc.st.x.lx.reachNouns) {
		return false, false // «التفاهم الكبير بين الدولتين»: concord, no deal
	}
	// «العلاقات الوثيقة بين البلدين»: close ties, no document.
	if b := sc.betweenAfter(f); !signed && b >= 0 && countActors(sc.slots, sc.groupOf(b)) >= 2 {
		return true, false
	}
	// «الاتفاق الروسي التركي», «اتفاق روسي أمريكي»: nationalities of two
	// states on the noun name its parties, as «بين» does; one alone
	// («الاتفاق النووي الإيراني») is a deal of or with that state.
	if k := sc.nationalityOn(f); !signed && k >= 0 && countActors(sc.slots, sc.adjacentNationalities(k)) >= 2 {
		return true, false
	}
	return false, false
}

// awaitedReach reports whether the word of reaching at j is the object of
// a verb of awaiting or wanting, past its subject: «تنتظر تركيا التوصل».
func (sc *sentenceCtx) awaitedReach(j int) bool {
	lx := sc.st.x.lx
	if !sc.peeledIn(lx.seekWords, j) {
		return false
	}
	q := j - 1
	for k := sc.slotEndingAt(q + 1); k >= 0 && sc.slots[k].first <= q; k = sc.slotEndingAt(q + 1) {
		q = sc.slots[k].first - 1
	}
	return q >= 0 && lx.seekVerbs[stripConj(sc.toks[q].Norm)]
}

// timeWordsBetween counts the words of time strictly between i and j, which
// do not part a concluding verb from its agreement: «توصلت روسيا وتركيا
// الشهر الماضي إلى اتفاق».
func (sc *sentenceCtx) timeWordsBetween(i, j int) int {
	n := 0
	for k := i + 1; k < j; k++ {
		if sc.st.x.lx.timeWord(sc.toks[k].Norm) {
			n++
		}
	}
	return n
}

// adjacentNationalities returns slot k and the slots of its group that
// follow it with nothing between (the nationalities joined to it): «الاتفاق الروسي التركي
// الإيراني», not «الاتفاق النووي الإيراني والأزمة اليمنية».
func (sc *sentenceCtx) adjacentNationalities(k int) []int {
	ks, end := []int{k}, sc.slots[k].end
	for grown := true; grown; {
		grown = false
		for _, j := range sc.groupOf(k) {
			if s := sc.slots[j]; s.first == end {
				ks, end, grown = append(ks, j), s.end, true
			}
		}
	}
	return ks
}

// sought reports whether the concluding word at j seeks an agreement
// rather than reports one: it carries the «ل» of purpose («للتوصل»,
// «لإبرام») or follows a preposition of hope, need or ability («تأمل في
// التوصل», «تسعى إلى», «قادرين على», «لن تتمكن من إبرام»), unless a verb
// of succeeding governs it («نجحت في التوصل»).
func (sc *sentenceCtx) sought(j int) bool {
	lx := sc.st.x.lx
	if prepClitic(firstClitic(sc.toks[j].Norm)) == "ل" {
		return true
	}
	if sc.awaitedReach(j) {
		return true
	}
	p := j - 1
	if p < 0 || !lx.soughtPreps[stripConj(sc.toks[p].Norm)] || !sc.peeledIn(lx.seekWords, j) {
		return false
	}
	q := p - 1
	for k := sc.slotEndingAt(q + 1); k >= 0 && sc.slots[k].first <= q; k = sc.slotEndingAt(q + 1) {
		q = sc.slots[k].first - 1 // «نجحت إيران وتركيا في التوصل»
	}
	return q < 0 || !lx.succeed[stripConj(sc.toks[q].Norm)]
}

// isRequestBy reports whether a demand word is the noun «طلب» of someone
// named after it or after «من» («بناء على طلب من فرنسا», «تدرس طلبا من
// إيران»): the one named made the request, and the one asked is not said.
func (sc *sentenceCtx) isRequestBy(f found) bool {
	if !sc.triggerIn(f, sc.st.x.lx.requestNouns) {
		return false
	}
	if f.i > 0 && stripConj(sc.toks[f.i-1].Norm) == "علي" {
		return true // «بناء على طلب X»
	}
	if f.end < len(sc.toks) && sc.toks[f.end].Norm == "من" {
		return sc.firstSlot(f.end+1, f.end+2, plain) >= 0
	}
	return false
}

// complementBefore reports whether what a call is for («إلى», a word
// with ل) comes before the actor taken as the one called on, so that actor
// belongs to the complement.
func (sc *sentenceCtx) complementBefore(f found, agent, target int) bool {
	from := sc.pastTrigger(f, agent)
	for j := from; j < sc.slots[target].first; j++ {
		w := stripConj(sc.toks[j].Norm)
		// «وجهت الصين دعوة (رسمية) إلى مصر»: right after the noun its
		// verb sends, «إلى» names the one invited, as «لمصر» does. A noun
		// with no verb («توجيهه دعوة», «ألغت دعوة») has no clear inviter.
		if w == "الي" && f.t.kind == nounTrigger && j+1 == sc.slots[target].first && j <= f.end+1 && j >= f.end && sc.lightVerb(f) >= 0 {
			continue
		}
		if !overlaps(sc.slots, j) && (w == "الي" || strings.HasPrefix(w, "ل") && len(w) > len("ل")) {
			return true
		}
	}
	return false
}

// callsToMeet reports whether a call («دعا», «دعوة») is to meet, talk or
// agree, which is an invitation: its complement after the one called on
// is a meeting word. A call to do anything else is a demand.
func (sc *sentenceCtx) callsToMeet(f found, target int) bool {
	from := f.end
	for _, k := range sc.groupOf(target) {
		from = max(from, sc.slots[k].end)
	}
	complement := false
	from = sc.skipAdverbs(from)
	for j := from; j < len(sc.toks) && j < from+4; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) {
			break
		}
		// «إلى عدم السفر», «بعدم المشاركة»: a call not to come is a demand.
		if j <= from+1 && sc.st.x.lx.negation.matchPeeledAt(sc.toks, j) > 0 {
			return false
		}
		// «للمشاركة في مؤتمر», «إلى القيام بزيارة»: to take part or come;
		// «إلى احترام الاتفاق»: to keep a deal, which is a demand.
		for _, r := range arabic.Peel(t.Norm) {
			if sc.st.x.lx.callToComply[r] && !overlaps(sc.slots, j) {
				return false
			}
			if sc.st.x.lx.inviteTo[r] && !overlaps(sc.slots, j) {
				return true
			}
		}
		// «دعا بوتين إلى واشنطن»: to come to a place.
		if s := sc.slotStartingAt(j); s >= 0 && sc.slots[s].place && sc.slots[s].prep == "الي" && j <= from+1 {
			return true
		}
		for _, g := range sc.trigs {
			if g.i == j {
				switch g.t.rel {
				case Consult, Agree, Cooperate, Intend, Mediate:
					return true
				}
				return false
			}
		}
		if w := stripConj(t.Norm); w == "الي" || strings.HasPrefix(w, "ل") && !overlaps(sc.slots, j) {
			complement = true
		}
	}
	return !complement
}

// symmetric builds a meeting, agreement or cooperation between the agent's
// side and its companions, or between the sides «بين X و Y».
func (sc *sentenceCtx) symmetric(f found, agent int, conf float64) {
	// «قصفت مقاتلات التحالف اجتماعا لقيادات حوثية»: a meeting struck is
	// the object of the strike; those who strike it do not meet. (A tie
	// «targeted» by a bill still holds.)
	if f.t.rel == Consult && f.t.kind == nounTrigger {
		for _, t := range sc.trigs {
			if t.end == f.i && t.t.rel == Attack && t.t.kind == verbTrigger {
				return
			}
		}
	}
	if conf <= confClause && agent >= 0 && sc.slots[agent].first < f.i {
		// «للقمة، التي ستجمع بين كيم وترامب»: named sides need no
		// actor from elsewhere in the sentence.
		if b := sc.betweenAfter(f); b >= 0 && countActors(sc.slots, sc.groupOf(b)) >= 2 {
			agent = -1
		}
	}
	if f.t.travel && (agent < 0 || !sc.slots[agent].person) {
		return // «وصلت القوات إلى …»: troops arriving visit no one
	}
	if agent < 0 && f.t.kind == verbTrigger && sc.unknownSubject(f.end, len(sc.toks)) {
		return // «زار مانديلا قطاع غزة وإسرائيل»: the actors are whom he visited
	}
	if f.t.rel == Consult && f.t.kind == verbTrigger && (agent < 0 || sc.slots[agent].first >= f.end) && sc.unknownSubjectBefore(f) {
		return // «أن نائبة المدير التقت الأحد سفيري إيطاليا واليونان»: those met, not a meeting of theirs
	}
	// «في اجتماع لمجلس الأمن»: a body whose session the meeting is hosts
	// those who speak there; they do not meet it.
	if agent >= 0 && sc.sessionOf(f, agent) {
		agent = -1
	}
	sides := slices.DeleteFunc(sc.companions(f, agent), func(k int) bool { return sc.sessionOf(f, k) })
	// «اتفقا على وجوب محاسبة نظام الأسد»: what is agreed on names no party.
	if f.t.rel == Agree && f.t.kind == verbTrigger {
		if on := sc.agreedOn(f); on >= 0 {
			sides = slices.DeleteFunc(sides, func(k int) bool { return sc.slots[k].first > on })
		}
	}
	// «زارت خلالها غانا ومالاوي»: states after a verb of visiting with no
	// one else named are the places one traveller went, not a meeting.
	if f.t.visit && (agent < 0 || len(sides) == 0 && sc.slots[agent].first >= f.end && sc.placesOnly(sc.groupOf(agent))) {
		return
	}
	// «التقى الوفد مسؤولين أميركيين وصينيين»: after a subject that names
	// no actor, the list is whom it met, one by one; they do not meet
	// each other.
	// Nor do they by a noun later in the sentence («… بهدف الدفع نحو
	// الحوار»).
	if f.t.rel == Consult && agent >= 0 && len(sides) == 0 && countActors(sc.slots, sc.groupOf(agent)) > 1 && sc.metOneByOne(agent) {
		return
	}
	// «التقى الوفد مع مسؤولين فرنسيين وإيطاليين»: with no actor to hold
	// them, talks «مع» a list still are with each of it, not among them.
	if f.t.rel == Consult && agent < 0 && sc.withList(sides) && !sc.joint() &&
		(f.t.kind == verbTrigger || sc.triggerIn(f, sc.st.x.lx.serialMeetings) || sc.inContact(f) || sc.triggerIn(f, sc.st.x.lx.serialTalks)) {
		return
	}
	// «اتفاق نووي أبرمته مع بريطانيا وفرنسا وألمانيا»: those a deal is
	// made «مع» are its other side, not parties to it with each other.
	if f.t.rel == Agree && agent < 0 && sc.withList(sides) && sc.runOn(sides) && !sc.joint() {
		return
	}
	var all []int
	if agent >= 0 {
		all = append(all, sc.groupOf(agent)...)
	} else {
		conf = confSidesOnly
	}
	all = append(all, sides...)
	if countActors(sc.slots, all) < 2 {
		return
	}
	// «بين إيران والقوى الست، بريطانيا والصين…»: the members of a group
	// of states named with it are one side; each meets or agrees with the
	// others named, not with its fellow members.
	if outside, members := sc.collectiveSplit(all); len(outside) > 0 && len(members) > 0 {
		for _, k := range members {
			sc.add(f.t.rel, f, append(slices.Clone(outside), k), nil, Participant, Participant, conf)
		}
		return
	}
	// «تحدث ترامب هاتفيا مع ماكرون وماي», «زار بومبيو الرياض وعمان»: one
	// side meets each of a list in turn, by a verb or a noun of visits or
	// calls, and those listed do not meet each other, unless the meeting is
	// joint («مشتركة») or «بين» names all its sides. So do rounds of talks
	// one side holds «مع» each of a list («المباحثات مع الاتحاد الأوروبي
	// وكندا والمكسيك»); one «لقاء» with a list is a meeting of all.
	if (f.t.rel == Consult && (f.t.kind == verbTrigger || sc.triggerIn(f, sc.st.x.lx.serialMeetings) || sc.inContact(f) || sc.triggerIn(f, sc.st.x.lx.serialTalks) && sc.withList(sides)) ||
		f.t.rel == Agree && f.t.kind != verbTrigger && sc.withList(sides) && sc.runOn(sides)) &&
		agent >= 0 && countActors(sc.slots, sc.groupOf(agent)) > 0 && countActors(sc.slots, sides) > 1 && !sc.betweenSides(sides) && !sc.joint() {
		for _, k := range sides {
			sc.add(f.t.rel, f, append(sc.groupOf(agent), k), nil, Participant, Participant, conf)
		}
		return
	}
	sc.add(f.t.rel, f, all, nil, Participant, Participant, conf)
}

// collectiveSplit divides slots ks into the members of the one group of
// states among them and the rest; members is nil unless exactly one group
// is named.
func (sc *sentenceCtx) collectiveSplit(ks []int) (outside, members []int) {
	group := 0
	for _, k := range ks {
		c := sc.slots[k].collective
		switch {
		case c == 0:
			outside = append(outside, k)
		case group != 0 && c != group:
			return nil, nil
		default:
			group = c
			members = append(members, k)
		}
	}
	return outside, members
}

// bareSubject reports whether the first word from token i on, shortly
// before slot k, is a definite noun that names no actor: the subject of the verb
// before i, so that slot k is its object («التقى الوفد مسؤولين صينيين»).
// A dual or plural («الجانبان», «القادة») names the sides themselves, and a
// nationality after the noun qualifies it («الوفد الأمريكي»).
func (sc *sentenceCtx) bareSubject(i, k int) bool {
	lx := sc.st.x.lx
	j := sc.skipAdverbs(i)
	if j >= sc.slots[k].first || sc.slots[k].first > j+3 || overlaps(sc.slots, j) || sc.toks[j].Kind != arabic.Word || sc.isTriggerAt(j) {
		return false
	}
	w := stripConj(sc.toks[j].Norm)
	if !strings.HasPrefix(w, "ال") || lx.honorifics[w] || lx.isFunctionWord(w) || lx.timeWord(sc.toks[j].Norm) ||
		strings.HasSuffix(w, "ان") || strings.HasSuffix(w, "ون") || strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "اء") {
		return false
	}
	for _, s := range sc.slots {
		if s.adjectival() && s.adjOf >= j && s.adjOf < sc.slots[k].first {
			return false
		}
	}
	return true
}

// metOneByOne reports whether slot k is the object of a verb of meeting
// before it whose subject names no actor.
func (sc *sentenceCtx) metOneByOne(k int) bool {
	k = sc.groupOf(k)[0] // the list's head
	for _, g := range sc.trigs {
		if g.t.rel == Consult && g.t.kind == verbTrigger && g.end <= sc.slots[k].first && sc.bareSubject(g.end, k) {
			return true
		}
	}
	return false
}

// withList reports whether the slots ks are all governed by «مع» and name
// more than one actor: the partners of talks, one by one.
func (sc *sentenceCtx) withList(ks []int) bool {
	for _, k := range ks {
		if sc.slots[k].prep != "مع" {
			return false
		}
	}
	return countActors(sc.slots, ks) > 1
}

// runOn reports whether slots ks follow each other with nothing between
// (a slot opened by «و» begins at its «و»): one list, not a name followed
// by an apposition set off by a comma («مع إيران، بريطانيا وفرنسا»).
func (sc *sentenceCtx) runOn(ks []int) bool {
	for i := 1; i < len(ks); i++ {
		if sc.slots[ks[i]].first != sc.slots[ks[i-1]].end {
			return false
		}
	}
	return true
}

// agreedOn returns the token of the «على» that opens what verb f agrees
// on, up to the end of its clause; -1 if none. The word is tested before
// the slots: every dual verb asks, and a long clause has many slots.
func (sc *sentenceCtx) agreedOn(f found) int {
	for j := f.end; j < len(sc.toks); j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return -1
		}
		if stripConj(t.Norm) == "علي" && !overlaps(sc.slots, j) {
			return j
		}
	}
	return -1
}

// sessionOf reports whether slot k names the body whose session noun
// trigger f is: right after it, bare or with ل, past its adjectives
// («اجتماع طارئ لمجلس الأمن», «جلسة مجلس الأمن»).
func (sc *sentenceCtx) sessionOf(f found, k int) bool {
	s := sc.slots[k]
	if f.t.kind != nounTrigger || s.prep != "" && s.prep != "ل" || s.first < f.end || !sc.adjectivesOnly(f.end, s.first) {
		return false
	}
	for _, id := range s.actors {
		if !sc.st.x.lx.sessionBodies[id] {
			return false
		}
	}
	return len(s.actors) > 0
}

// betweenSides reports whether any of the slots ks stands after «بين».
func (sc *sentenceCtx) betweenSides(ks []int) bool {
	for _, k := range ks {
		if sc.slots[k].prep == "بين" {
			return true
		}
	}
	return false
}

// joint reports whether the sentence names a joint meeting («قمة ثلاثية»,
// «مؤتمر صحفي مشترك»), whose sides all meet each other.
func (sc *sentenceCtx) joint() bool {
	for j := range sc.toks {
		if sc.peeledIn(sc.st.x.lx.joint, j) {
			return true
		}
	}
	return false
}

// intend builds stated intent: the one who offers, invites or declares
// readiness, towards the other side of the meeting or act intended.
func (sc *sentenceCtx) intend(k int, f found, cue int, rel Relation) {
	var agent int
	if _, pron := arabic.StripPronoun(sc.toks[cue].Norm); pron {
		agent = sc.lastSlot(-1, cue, plain) // «استعداده»: the speaker
	} else {
		agent = sc.lastSlot(cue-8, cue, plain)
	}
	if s := sc.subjectAfterCue(k, f, cue); s >= 0 && rel == Intend {
		agent = s
	}
	planned := rel == Intend && sc.plannedMeeting(f, cue)
	// «… . وسيلتقي بالرئيس الروسي»: a planned meeting that opens its
	// sentence goes on with the subject of the sentence before.
	if agent < 0 && planned {
		v := f.i
		if j := sc.lightVerb(f); j >= 0 {
			v = j
		}
		agent = sc.droppedTalksSubject(f, v)
	}
	// «ستجري محادثات مع المكسيك إذا وافقت واشنطن»: a meeting promised on
	// a condition is not yet planned.
	if agent < 0 || planned && sc.conditioned(f) {
		return
	}
	// «وكان من المقرر أن يلتقي بنس مع كيم يو-جونغ»: a plan told in the
	// past was called off or overtaken; the article tells what came of it.
	if rel == Intend && cue > 0 && sc.planToldInPast(cue) && sc.st.x.lx.planned.matchAt(sc.toks, cue) > 0 {
		return
	}
	sides := sc.companions(f, agent)
	// «السعي إلى عقد اتفاقات بين إسرائيل وحماس», «عرض الوساطة بين تركيا
	// والأكراد»: a deal or talks sought between others bring them together;
	// the one who seeks it does not intend to meet them.
	if rel == Intend && sc.betweenSides(sides) && countActors(sc.slots, sides) > 1 && !sc.amongSides(agent, sides) {
		return
	}
	if len(sides) == 0 {
		if t := sc.target(f, agent, sc.st.x.lx.objectPreps[Intend]); t >= 0 {
			sides = sc.groupOf(t)
		}
	}
	if len(sides) == 0 && planned {
		// «سيعقد ترامب وكيم قمة»: sides planning to meet each other each
		// intend the meeting with the other. Those a call or an offer
		// names («دعا روسيا وتركيا إلى الحوار») are asked, not planning.
		if group := sc.groupOf(agent); countActors(sc.slots, group) > 1 && sc.meetsAsOne(f, agent) {
			for _, a := range group {
				sc.add(rel, f, []int{a}, others(group, a), Source, Target, confClause-0.1)
			}
		}
		sc.pairIntends(f, agent)
		return
	}
	if len(sides) == 0 {
		return
	}
	sc.add(rel, f, sc.groupOf(agent), sides, Source, Target, confClause-0.1)
}

// amongSides reports whether the agent's state is one of the sides, by name
// or in a dual («بين البلدين»): it takes part in what it intends.
func (sc *sentenceCtx) amongSides(agent int, sides []int) bool {
	for _, k := range sides {
		if len(sc.slots[k].actors) > 1 || sc.sameState(sc.slots[agent], sc.slots[k]) {
			return true
		}
	}
	return false
}

// planToldInPast reports whether the plan word at j is told in the past,
// after a form of «كان» in the two words before it («وكان من المقرر أن يلتقي»): the plan was called
// off or overtaken, and the article tells what came of it.
func (sc *sentenceCtx) planToldInPast(j int) bool {
	return sc.wordIn(sc.st.x.lx.auxiliary, j-2, j)
}

// plannedMeeting reports whether the cue of an intent to meet is the plan
// itself: the meeting verb or the verb of holding it in the future
// («سيلتقي», «ستجري محادثات»), or «من المقرر».
func (sc *sentenceCtx) plannedMeeting(f found, cue int) bool {
	if f.t.rel != Consult {
		return false
	}
	if f.t.kind == verbTrigger && cue == f.i || f.t.kind == nounTrigger && cue == sc.futureHold(f) {
		return true
	}
	return sc.st.x.lx.planned.matchAt(sc.toks, cue) > 0
}

// meetsAsOne reports whether the conjoined agent of a planned meeting is
// its subject, whose members meet each other: before a verb of meeting or
// after a dual or plural one («ترامب وكيم سيلتقيان», «سيلتقيان»), or the
// subject of a noun's verb of holding («ستجري إيران وروسيا مفاوضات»).
// The places a visit names («سيزور فرنسا وإيطاليا») are not, nor those
// after a singular verb, its object as often as its subject («سيلتقي
// بعثة الاتحاد الأوروبي والمنظمة الدولية للهجرة»).
func (sc *sentenceCtx) meetsAsOne(f found, agent int) bool {
	if f.t.kind != verbTrigger {
		return true
	}
	if f.t.visit || f.t.travel {
		return false
	}
	// «ترى موسكو وبكين في منظمة شنغهاي التي ستبحث»: the relative verb's
	// subject is the noun before it.
	if f.i > 0 && sc.st.x.lx.relative[stripConj(sc.toks[f.i-1].Norm)] {
		return false
	}
	return f.t.plural || sc.slots[agent].first < f.i
}

// others returns the members of group but k.
func others(group []int, k int) []int {
	var out []int
	for _, j := range group {
		if j != k {
			out = append(out, j)
		}
	}
	return out
}

// subjectAfterCue returns the subject of an intent that stands after its
// cue: between the cue and a noun («يعتزم لافروف زيارة تركيا»), or right
// after a verb the cue governs («من المقرر أن يزور ماكرون الجزائر»,
// «سيزور بوتين الصين»). -1 if none.
func (sc *sentenceCtx) subjectAfterCue(k int, f found, cue int) int {
	// «مساعي التحالف لدعم الشرعية»: support sought by effort is given.
	effort := (f.t.rel == Support || f.t.rel == Aid) && sc.st.x.lx.threatIntent.matchPeeledAt(sc.toks, cue) == 0
	if cue < f.i && !effort {
		// «وتأمل الولايات المتحدة أن يبدأ اللقاء»: past a complementizer
		// the act is another verb's.
		if s := sc.firstSlot(cue+1, f.i, plain); s >= 0 && !sc.crossesBoundary(cue+1, sc.slots[s].first) && sc.slots[s].end <= f.i && !sc.complementizerIn(sc.slots[s].end, f.i) {
			return s
		}
	}
	if f.t.kind != verbTrigger {
		return -1
	}
	// The verb's own subject, as any verb finds it; one before the cue
	// is found by the caller.
	if s, _ := sc.agent(k, f); s >= 0 && sc.slots[s].first >= f.end && !effort && !sc.triggerBetween(f.end, sc.slots[s].first) {
		return s
	}
	return -1
}

// agent finds the slot of the one who acts, and a confidence for how it
// was found; -1 if none.
func (sc *sentenceCtx) agent(k int, f found) (int, float64) {
	// A nationality adjective on the noun: «الوساطة الروسية», «غارة إسرائيلية».
	// After a noun of releasing, a nationality is of those released.
	release := f.t.rel == Retreat && sc.triggerIn(f, sc.st.x.lx.releaseNouns)
	if f.t.kind == nounTrigger && !sc.triggerIn(f, sc.st.x.lx.placeNouns) && !release {
		for i, s := range sc.slots {
			if s.adjectival() && (s.adjOf >= f.i && s.adjOf < f.end || f.thing > 0 && s.adjOf == f.thing) {
				return i, confAdjective
			}
			// «قصف مدفعي إسرائيلي»: other adjectives come first.
			if s.adjectival() && s.adjOf >= f.end && s.adjOf < f.end+2 && sc.adjectivesOnly(f.end, s.adjOf+1) {
				return i, confAdjective
			}
		}
		// «قصف مدفعي عنيف شنته قوات الجيش»: a light verb right after the
		// noun, its pronoun the noun, has the agent as its subject.
		if i := sc.lightVerbAfter(f); i >= 0 {
			return i, confLightVerb
		}
	}
	// «الحرب الأمريكية على سوريا»: right before «على» or «ضد», a war's
	// nationality wages it («الحرب السورية» alone is where it is fought).
	if f.t.kind == nounTrigger && f.t.rel == Attack && sc.triggerIn(f, sc.st.x.lx.placeNouns) {
		for i, s := range sc.slots {
			if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end && s.first == f.end && sc.onTarget(s.end) {
				return i, confAdjective
			}
		}
	}
	// «الحرب التي تشنها السعودية على الحوثيين»: a war, too, is waged by
	// the subject of the light verb after it.
	if f.t.kind == nounTrigger && f.t.rel == Attack && sc.triggerIn(f, sc.st.x.lx.placeNouns) {
		if i := sc.lightVerbAfter(f); i >= 0 {
			return i, confLightVerb
		}
	}
	if i := sc.protesters(f); i >= 0 {
		return i, confVerbSubject
	}
	switch f.t.kind {
	case verbTrigger:
		if j := f.i - 1; j >= 0 && sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] && f.end < len(sc.toks) && sc.st.x.lx.resumptive[sc.toks[f.end].Norm] {
			return sc.resumptiveSubject(f, j)
		}
		if i := sc.firstPersonSpeaker(f); i >= 0 {
			return i, confClause // «وقال لافروف: "ندعم الحكومة السورية"»
		}
		if i := sc.statementOwner(f); i >= 0 {
			return i, confClause // «تصريحات لجونسون هاجم فيها روسيا»
		}
		if i := sc.statementSubject(f); i >= 0 {
			return i, confClause // «أصدر مجلس الأمن بيانا أدان فيه …»
		}
		if i := sc.reportAuthor(f); i >= 0 {
			return i, confClause // «اتهم تقرير للأمم المتحدة كوريا الشمالية»
		}
		// «أنقرة التي تدعم», «أنقرة التي كانت تدعم»: the relative
		// clause's antecedent.
		j := f.i - 1
		if j > 1 && (sc.st.x.lx.auxiliary[sc.toks[j].Norm] || sc.toks[j].Norm == "قد") && sc.st.x.lx.relative[stripConj(sc.toks[j-1].Norm)] {
			j-- // «الذي كان يقاتل»: the auxiliary's subject is the antecedent too
		}
		if j > 0 && j < f.i-1 && sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] {
			if i := sc.slotEndingAt(j); i >= 0 {
				return sc.backedOne(i), confRelative
			}
			return -1, 0
		}
		if j := f.i - 1; j > 0 && sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] {
			if i := sc.subjectAfterRelative(f); i >= 0 {
				return i, confRelative
			}
			if i := sc.slotEndingAt(j); i >= 0 {
				return sc.backedOne(i), confRelative
			}
			// «وزير الدفاع الأمريكي، الذي يزور بكين»: set off by a
			// comma, the clause still hangs on the actor named before it.
			// Only meetings and visits: «برلوسكوني، الذي يرفض دي مايو
			// لقاءه» is what Di Maio rejects.
			if i := sc.slotEndingAt(j - 1); i >= 0 && f.t.rel == Consult && isComma(sc.toks[j-1]) && (plain(sc.slots[i]) || sc.personAfterPrep(sc.slots[i])) {
				return sc.backedOne(i), confRelative
			}
			// «تحالف دعم الشرعية، الذي يقصف مواقع الحوثيين», «الجيش، الذي
			// اتهم الفلسطينيين»: any act, unless the clause takes the
			// antecedent as its object.
			if i := sc.slotEndingAt(j - 1); i >= 0 && isComma(sc.toks[j-1]) && sc.describedActor(sc.slots[i]) && !sc.antecedentObject(f) {
				return sc.backedOne(i), confRelative
			}
			return -1, 0 // the antecedent is no actor («المتمردين الذين طالبوا»)
		}
		if i := sc.contrastedSubject(k, f); i >= 0 {
			return i, confClause // «أشاد ماكرون بالاتفاق، لكنه حث موسكو»
		}
		// SVO right after a complementizer, a quote or the start: «قال
		// جيفري إن "فرنسا دعت الولايات المتحدة"», «روسيا تستأنف غاراتها».
		// The actor just before the verb is its subject, not the one after.
		if i := sc.controller(f); i >= 0 {
			return i, confClause
		}
		if i := sc.subjectBefore(f); i >= 0 {
			return i, confVerbSubject
		}
		if i := sc.reportedSpeaker(f.i); i >= 0 {
			return i, confClause
		}
		// «هجمات ... تستهدف الميليشيات»: a verb describing an act named
		// just before has that act as its subject and shares its agent; the
		// actors after the verb are its objects.
		if k > 0 && !f.t.plural {
			p := sc.trigs[k-1]
			// «طرد … بعد أن طردت لندن»: a verb after «أن» opens a clause
			// of its own; after «حيث» the act goes on.
			if p.t.rel == f.t.rel && p.t.kind == nounTrigger && f.i-p.end <= 8 && sc.firstSlot(p.end, f.i, plain) < 0 && !sc.newClauseBetween(p.end, f.i) {
				if i, c := sc.agent(k-1, p); i >= 0 {
					return i, c - 0.1
				}
			}
		}
		if i := sc.continuedSubject(f); i >= 0 {
			return i, confClause
		}
		// «استهدفت غارات إسرائيلية مواقع …»: an act of striking as the
		// subject; its author strikes.
		if i := sc.strikerAfter(f); i >= 0 {
			return i, confAdjective
		}
		if i := sc.strikerBefore(f); i >= 0 {
			return i, confAdjective
		}
		// «ووصف ترامب بالمجرم», «واتهم إيران بدعم الإرهاب»: an actor right
		// before the «بـ» complement is the object; the subject is carried.
		if i := sc.objectBeforeBi(f); i >= 0 && k > 0 {
			if j := sc.carriedSubject(k, f); j >= 0 {
				return j, confClause
			}
		}
		if i := sc.droppedSubject(f); i >= 0 {
			return i, confClause
		}
		if i := sc.droppedTalksSubject(f, f.i); i >= 0 {
			return i, confClause
		}
		// VSO: «التقى بوتين الأسد». Only a singular verb comes before its
		// subject.
		if !f.t.plural {
			if i := sc.firstSlot(f.end, f.end+subjectAfter, plain); i >= 0 && !sc.crossesBoundary(f.end, sc.slots[i].first) && !sc.complementizerIn(f.end, sc.slots[i].first) &&
				(!sc.unknownSubject(f.end, sc.slots[i].first) || sc.officeOf(f, sc.slots[i].first)) && !sc.ownCounterpart(sc.slots[i]) && !sc.accusedBefore(f, i) {
				if sc.inBiComplement(f, sc.slots[i]) {
					return -1, 0 // what is asked for; its asker is not named here
				}
				// «"… . ندعو نظام الأسد وداعميه"»: a verb in the first
				// person whose speaker is not found above has its subject
				// in itself; the actor after it is its object.
				if sc.st.x.lx.firstPersonOnly(stripConj(sc.toks[f.i].Norm)) {
					return -1, 0
				}
				return i, confVerbSubject
			}
			if sc.newClauseSubject(f) {
				return -1, 0
			}
		}
		// «استدعت الخارجية السفير وطلبت منه», «وصف الكرملين …، وطالب
		// بأن»: a verb carrying و with no subject of its own shares the
		// subject of the verb before it; so does one after «حيث» («زار
		// البشير روسيا، حيث التقى نظيره الروسي»).
		if (sc.carriesConj(f) || sc.afterWhere(f)) && k > 0 {
			for p := k - 1; p >= 0; p-- {
				if t := sc.trigs[p]; t.t.kind == verbTrigger && !t.relObject {
					// «ودعا المشاركون السلطات السعودية …، وناشدوا»: a verb
					// agreeing with a plural does not share a singular
					// verb's one actor.
					if i, _ := sc.agent(p, t); i >= 0 && sc.slots[i].first < f.i && (!f.t.plural || t.t.plural || len(sc.listFrom(i)) > 1) {
						return i, confClause
					}
					break
				}
			}
		}
	case circumstantialTrigger:
		// «زعم الأسد ...، مطالبا بانسحاب القوات»: the subject of the last
		// verb before it, else the sentence's first actor.
		limit := f.i
		for p := k - 1; p >= 0; p-- {
			if t := sc.trigs[p]; t.t.kind == verbTrigger {
				// «قال لافروف إن واشنطن تدعم الإرهابيين، داعيا …»: after
				// a reported clause the participle is the speaker's.
				if i := sc.speakerOfClause(t.i); i >= 0 {
					return i, confClause
				}
				if i, _ := sc.agent(p, t); i >= 0 {
					return i, confClause
				}
				// «ودعا البيان المصري إلى تفعيل قرارات الأمم المتحدة،
				// مطالبا»: an actor past a preposition after the verb is
				// in what it governs, not its subject («ووصف مدير المرصد»).
				limit = t.end + subjectAfter
				for j := t.end; j < limit && j < f.i; j++ {
					if w := sc.toks[j].Norm; sc.st.x.lx.isPreposition(stripConj(w)) || prepClitic(firstClitic(w)) != "" {
						limit = j
						break
					}
				}
				limit = min(limit, f.i)
				break
			}
		}
		if i := sc.firstSlot(0, limit, plain); i >= 0 {
			// «اعتبر أن فرنسا …، داعيا الصين»: an actor inside a reported
			// clause is not who calls; the speaker is. A feminine
			// participle after a masculine verb agrees with the clause's
			// subject («وقال إن الإدارة تنتفض، مهددة القضاة»).
			if v := sc.reportingVerb(sc.slots[i].first); v >= 0 && !(feminineEnding(sc.toks[f.i].Text) && !feminineVerb(sc.toks[v].Text)) {
				return sc.speakerOfClause(sc.slots[i].first), confClause
			}
			return i, confClause
		}
		return -1, 0
	case nounTrigger:
		// A light verb's subject: «أجرى الرئيس الروسي بوتين محادثات».
		if j := sc.lightVerb(f); j >= 0 {
			if i := sc.firstSlot(j+1, f.i, plain); i >= 0 {
				return i, confLightVerb
			}
			// «استهدفت مواقع للحزب، وشنت غارات»: the subject of the clause
			// before, not its object.
			if i := sc.carriedLightSubject(k, f, j); i >= 0 {
				return i, confClause
			}
			if i := sc.droppedTalksSubject(f, j); i >= 0 {
				return i, confClause
			}
			// «يزور الوزير رام الله حيث يجري مباحثات»: after «حيث» the
			// light verb goes on with the subject of the verb before, not
			// the place it names.
			if j > 0 && sc.toks[j-1].Norm == "حيث" {
				for p := k - 1; p >= 0; p-- {
					if t := sc.trigs[p]; t.t.kind == verbTrigger && t.i < j {
						// «اتصل تميم بروحاني … حيث شنت عملية»: a feminine
						// verb has no man for subject.
						if i, _ := sc.agent(p, t); i >= 0 && !(feminineVerb(sc.toks[j].Text) && sc.namesPerson(sc.slots[i])) {
							return i, confClause
						}
						break
					}
				}
			}
			// «روسيا التي بدأت قصفا جويا»: the relative's antecedent.
			if f.t.rel == Attack && j > 0 && sc.st.x.lx.relative[stripConj(sc.toks[j-1].Norm)] && sc.st.x.lx.strikeVerbs[stripConj(sc.toks[j].Norm)] {
				if i := sc.slotEndingAt(j - 1); i >= 0 && !sc.slots[i].adjectival() {
					return i, confRelative
				}
				// «بإسناد من مقاتلات التحالف، التي شنت غارات»: set off by
				// a comma, the clause still hangs on the one before it.
				if j > 2 && isComma(sc.toks[j-2]) {
					if i := sc.slotEndingAt(j - 2); i >= 0 && !sc.slots[i].adjectival() {
						return i, confRelative
					}
				}
			}
			if i := sc.reportedSpeaker(j); i >= 0 {
				return i, confClause
			}
		}
		// «غارات لطائرات التحالف»: the author after ل.
		if i := sc.attackGenitive(f); i >= 0 {
			return i, confActGenitive
		}
		g := sc.firstSlot(f.end, f.end+1, plain)
		// «مقاطعة كل من السعودية والإمارات لقطر»: «كل من» opens the
		// genitive's list.
		if g < 0 && f.t.rel != Threaten && sc.eachOf(f.end) {
			g = sc.firstSlot(f.end+2, f.end+3, plain)
		}
		if g >= 0 && f.t.rel.Symmetric() && sc.placeGenitive(f, g) {
			g = -1
		}
		// «تقعان تحت احتلال بلغاريا», «قطر تحت الحصار»: what stands
		// before «تحت» suffers the act; its genitive, if any, is the author.
		if f.i > 0 && sc.st.x.lx.sufferedUnder[stripConj(sc.toks[f.i-1].Norm)] && !f.t.rel.Symmetric() && f.t.rel != Mediate {
			if g >= 0 {
				return g, confGenitive
			}
			return -1, 0
		}
		// «بعد اتهام موسكو إسرائيل بـ», «بعد اتهامها إسرائيل»: a verbal
		// noun of speech takes its object in the accusative; its genitive
		// (a noun or an attached pronoun) is who speaks.
		if g >= 0 && speechAct(f.t.rel) {
			if f.pronoun || sc.pronounOn(f) {
				if i := sc.lastSlot(0, f.i, plain); i >= 0 && sc.slots[i].group != sc.slots[g].group && !sc.relativeIn(sc.slots[i].end, f.i) {
					return i, confClause
				}
			} else if n := sc.slotStartingAt(sc.slots[g].end); n >= 0 && plain(sc.slots[n]) && sc.slots[n].group != sc.slots[g].group {
				return g, confGenitive
			}
		}
		// «ضربات التحالف», «اتهامات الرباط», «انسحاب القوات»: the
		// genitive of a plural act or of a withdrawal is who acts.
		if g >= 0 && (f.t.rel == Retreat && !sc.triggerIn(f, sc.st.x.lx.releaseNouns) || sc.pluralAct(f)) {
			return g, confActGenitive
		}
		// «حرب تركيا على الأكراد», «هجوم الحوثيين ضد السعودية»: before
		// «على» or «ضد», an attack's genitive is who strikes. One person's
		// «هجوم» on another is words («هجوم ترامب على كيم»).
		// Of «هجوم» (strike_nouns) it is so with no target after it too,
		// unless a person's.
		if g >= 0 && f.t.rel == Attack && !f.pronoun && (sc.onTarget(sc.slots[g].end) || sc.triggerIn(f, sc.st.x.lx.strikeNouns) && !sc.slots[g].person) &&
			!(sc.slots[g].person && sc.firstSlot(sc.slots[g].end+1, sc.slots[g].end+2, func(s slot) bool { return s.person }) >= 0) {
			return g, confGenitive
		}
		// «تهديد ترامب بفرض رسوم», «تحذير روسيا من أن …», «تهديد كل من
		// واشنطن وباريس بالرد»: a threat's genitive followed by what it
		// threatens is who threatens.
		if g < 0 && f.t.rel == Threaten && f.end+2 < len(sc.toks) && stripConj(sc.toks[f.end].Norm) == "كل" && sc.toks[f.end+1].Norm == "من" {
			g = sc.firstSlot(f.end+2, f.end+3, plain)
		}
		if g >= 0 && f.t.rel == Threaten && !f.pronoun && sc.threatComplementAfter(g) {
			return g, confGenitive
		}
		// A meeting's genitive is its side: «اجتماع بوتين والأسد», «زيارة
		// الأسد لموسكو». A directed act's genitive is its agent when a
		// preposition names the other side («دعم بلاده لروسيا») and its
		// object otherwise («إنقاذ حكومة الأسد»).
		// «لقائه رئيس الوزراء»: the pronoun is the genitive, the actor
		// after it the side met.
		if g >= 0 && !f.pronoun && (f.t.rel.Symmetric() || f.t.rel == Mediate) {
			return g, confGenitive
		}
		// «روسيا حليفة النظام السوري، مع الفصائل»: the genitive of an ally
		// noun is the one allied with, never who acts.
		if g >= 0 && !sc.st.x.lx.agentTriggers[stripConj(sc.toks[f.i].Norm)] &&
			sc.firstSlot(sc.slots[g].end, sc.slots[g].end+3, func(s slot) bool { return s.prep == "ل" || s.prep == "الي" || s.prep == "مع" }) >= 0 {
			return g, confGenitive
		}
		// «تمويل إيران للإرهاب», «مساندة قطر للإرهاب»: before what it
		// goes to, the genitive of a gift or of backing is who gives it,
		// even when that is no actor.
		if g >= 0 && (f.t.rel == Aid || f.t.rel == Support && !sc.st.x.lx.agentTriggers[stripConj(sc.toks[f.i].Norm)]) && !f.pronoun && sc.slots[g].end < len(sc.toks) &&
			sc.slotStartingAt(sc.slots[g].end) < 0 && prepClitic(firstClitic(sc.toks[sc.slots[g].end].Norm)) == "ل" {
			return g, confGenitive
		}
		// «زعم أوكرانيا بأن روسيا …»: the genitive of a claim that opens a
		// clause is who claims.
		if g >= 0 && f.t.rel == Accuse && sc.slots[g].end < len(sc.toks) && sc.st.x.lx.complementizer[sc.toks[sc.slots[g].end].Norm] {
			return g, confGenitive
		}
		// «في الحرب», «خلال الهجوم»: a circumstance of the clause, not its
		// subject's act.
		// A meeting after «بعد أشهر من المحادثات مع الصين» is still one
		// the subject held.
		if f.i > 0 && sc.st.x.lx.circumstance[stripConj(sc.toks[f.i-1].Norm)] || !f.t.rel.Symmetric() && sc.datedOrConcurrent(f.i) {
			// «في حربها ضد الحوثيين»: but its own war on a target is the
			// clause's subject's.
			if f.t.rel == Attack && f.pronoun {
				return sc.ownWarOwner(f), confClause
			}
			// «قال ماكرون خلال اتصال هاتفي بنظيره الإيراني»: a meeting
			// held as the subject speaks or acts is one it took part in.
			if f.t.rel == Consult {
				// «قال ترامب عقب اجتماعه مع بوتين»: the pronoun on the
				// meeting is the clause's subject; so is the one of «يقوم
				// بها» in «خلال الزيارة التي يقوم بها إلى الصين».
				if f.pronoun || sc.carriedByPronoun(f) >= 0 {
					// «بعد محادثات جمعته بنظيرته»: when the verb's pronoun
					// finds no one, the clause's subject is still read.
					if i, c := sc.meetingOwner(f); i >= 0 || f.pronoun {
						return i, c
					}
				}
				if i := sc.actorRightBefore(f.i - 1); i >= 0 {
					return i, confClause
				}
				// «اتفق ترامب وميركل على …، وذلك في اتصال هاتفي»: «وذلك»
				// refers back to the whole clause, whose subject met.
				if sc.closesClause(f.i - 1) {
					if i := sc.clauseSubject(f.i); i >= 0 {
						return i, confClause
					}
				}
				if i, c := sc.meetingBefore(k, f); i >= 0 {
					return i, c
				}
			}
			return -1, 0
		}
	}
	if f.t.kind == nounTrigger && f.t.rel == Consult && (f.pronoun || sc.carriedByPronoun(f) >= 0) {
		// «على استقباله نتانياهو», «خلال الزيارة التي يقوم بها إلى الصين»
		if i, c := sc.meetingOwner(f); i >= 0 || f.pronoun {
			return i, c
		}
	}
	// SVO, or the subject of the clause: the nearest actor before.
	reach := agentBefore
	if f.pronoun {
		reach = len(sc.toks) // «لقاءه»: the speaker, however far
	}
	if i := sc.lastSlot(f.i-reach, f.i, plain); i >= 0 {
		// «الصدر، الذي يناصب الولايات المتحدة العداء ويعارض …»: the
		// object of a relative clause's verb does not act in the clause
		// after it; the antecedent does.
		if f.t.kind == verbTrigger {
			if a, ok := sc.objectOfRelative(sc.groupOf(i)[0]); ok {
				return a, confRelative
			}
			// «وتنافس إسرائيل الولايات المتحدة …، وتتعاون مع روسيا»: of
			// two actors right after a verb, the second is its object; a
			// verb joined by و goes on with the first, its subject.
			if startsWithConj(sc.toks[f.i].Norm) {
				if p := sc.subjectBeforeObject(sc.groupOf(i)[0]); p >= 0 {
					return p, confClause
				}
			}
		}
		// «العرض، الذي تقوده الصين، يهدد المنتجين»: the subject of a
		// relative clause is not the subject of the clause it hangs in.
		// «روسيا، حليفة الأسد» after the clause names the actor itself.
		if sc.relativeSubject(sc.slots[i]) && sc.commaBetween(sc.slots[i].end, f.i) && !(f.t.kind == nounTrigger && f.i == sc.slots[i].end+1) {
			return -1, 0
		}
		if sc.territoryOf(sc.slots[i]) {
			return -1, 0
		}
		// «جدد وزراء الخارجية العرب رفضهم قرار الولايات المتحدة …، ودانوا
		// العملية التركية»: past a comma, a verb joined by و agreeing with a
		// plural («ودانوا») does not hang on one actor named before.
		if f.t.kind == verbTrigger && f.t.plural && startsWithConj(sc.toks[f.i].Norm) && strings.HasSuffix(sc.toks[f.i].Norm, "وا") &&
			sc.commaBetween(sc.slots[i].end, f.i) && len(sc.listFrom(i)) == 1 {
			return -1, 0
		}
		if f.t.kind == nounTrigger && !f.t.rel.Symmetric() && sc.suffered(f) {
			return -1, 0
		}
		// «قالت الخارجية إن مسلحين هاجموا …»: the clause after «إن»
		// names its own subject; the speaker before it does not act.
		if f.t.kind == verbTrigger && sc.otherSubjectAfter(sc.slots[i].end, f.i) {
			return -1, 0
		}
		// «ثمن باهظ للهجوم», «باعتداء»: a directed act named after ل or ب
		// is a purpose or a manner, not an act of the clause's subject.
		if f.t.kind == nounTrigger && !f.pronoun && !f.t.rel.Symmetric() && f.t.rel != Mediate && prepClitic(firstClitic(sc.toks[f.i].Norm)) != "" {
			if sc.purposeOf(f, i) || sc.expelledBy(f, i) {
				return i, confClause
			}
			return -1, 0
		}
		// «رفضت روسيا دعوة بريطانيا»: the act rejected or condemned is
		// not the rejecter's.
		if f.t.kind == nounTrigger && !f.pronoun && !f.t.rel.Symmetric() && sc.objectOfVerdict(sc.slots[i], f.i) {
			return -1, 0
		}
		// «روسيا، أقوى حلفاء الأسد» names Russia an ally; «انتقد ترامب
		// حلفاء الولايات المتحدة», «أحرج ترامب، العام الماضي، حلفاء
		// واشنطن» name others.
		if f.t.kind == nounTrigger && !f.pronoun && sc.st.x.lx.agentTriggers[stripConj(sc.toks[f.i].Norm)] && !sc.predicatedOf(sc.slots[i], f.i) {
			return -1, 0
		}
		return i, confClause
	}
	return -1, 0
}

// subjectBeforeObject returns the plain actor that stands between a verb
// and slot k, naming another side, when k follows it at once: «تنافس
// إسرائيل الولايات المتحدة» (k the United States, Israel returned). The
// word before that actor must be a bare verb-like word: no preposition,
// article or function word. -1 if there is none.
func (sc *sentenceCtx) subjectBeforeObject(k int) int {
	if sc.slots[k].prep != "" {
		return -1
	}
	p := sc.slotEndingAt(sc.slots[k].first)
	if p < 0 || !plain(sc.slots[p]) || sc.slots[p].group == sc.slots[k].group || sameActors(sc.slots[p], sc.slots[k]) {
		return -1
	}
	v := sc.slots[p].first - 1
	if v < 0 {
		return -1
	}
	t := sc.toks[v]
	w := stripConj(t.Norm)
	lx := sc.st.x.lx
	if t.Kind != arabic.Word || overlaps(sc.slots, v) || hasArticle(w) || lx.isFunctionWord(w) ||
		prepClitic(firstClitic(t.Norm)) != "" || lx.timeWord(t.Norm) || lx.relative[w] || lx.complementizer[w] {
		return -1
	}
	return p
}

// objectOfRelative reports whether slot k is the object of a relative
// clause's verb: a relative pronoun, a verb with no pronoun on it, then
// k at once («الذي ينتقد الولايات المتحدة»). The verb's subject is then
// the antecedent, whose slot it returns (-1 when no actor names it). A
// pronoun on the verb («التي تدعمها إيران») makes k the subject, and a
// word between them («التي تسيطر عليها الحكومة») may too.
func (sc *sentenceCtx) objectOfRelative(k int) (int, bool) {
	v := sc.slots[k].first - 1
	if v < 1 || sc.slots[k].prep != "" {
		return -1, false
	}
	lx := sc.st.x.lx
	rel := v - 1
	if rel > 0 && (lx.auxiliary[sc.toks[rel].Norm] || sc.toks[rel].Norm == "قد") {
		rel-- // «الذي كان ينتقد واشنطن»
	}
	t := sc.toks[v]
	w := stripConj(t.Norm)
	if t.Kind != arabic.Word || !lx.relative[stripConj(sc.toks[rel].Norm)] || overlaps(sc.slots, v) || hasArticle(w) ||
		lx.isFunctionWord(w) || lx.timeWord(t.Norm) || lx.auxiliary[w] {
		return -1, false
	}
	if _, ok := arabic.StripPronoun(w); ok {
		return -1, false
	}
	if _, ok := arabic.StripPronoun(t.Norm); ok {
		return -1, false // «وجهها» is no «و» + «جهها»
	}
	return sc.antecedentOf(rel), true
}

// antecedentOf returns the actor a relative pronoun at token rel hangs on,
// right before it or before a comma, -1 if none.
func (sc *sentenceCtx) antecedentOf(rel int) int {
	if a := sc.slotEndingAt(rel); a >= 0 && plain(sc.slots[a]) {
		return sc.backedOne(a)
	}
	if rel > 1 && isComma(sc.toks[rel-1]) {
		if a := sc.slotEndingAt(rel - 1); a >= 0 && sc.describedActor(sc.slots[a]) {
			return sc.backedOne(a)
		}
	}
	return -1
}

// describedActor reports whether a slot can head a relative clause set off
// by a comma: a plain actor, a person after a preposition, or an actor
// after a preposition that does not name a place («غطاء من تحالف دعم
// الشرعية، الذي», «إلى إيران، التي تزود»).
func (sc *sentenceCtx) describedActor(s slot) bool {
	if plain(s) || sc.personAfterPrep(s) {
		return true
	}
	return !s.adjectival() && sc.st.x.lx.antecedentPreps[s.prep]
}

// antecedentObject reports whether a relative verb takes its antecedent as
// its object: a pronoun on the verb («ماكيب، الذي اتهمه الرئيس»), or an
// actor right after it followed by a word carrying a pronoun («غولن، الذي
// يطالب أردوغان بتسليمه»), which makes that actor the subject.
func (sc *sentenceCtx) antecedentObject(f found) bool {
	w := stripConj(sc.toks[f.i].Norm)
	if f.end == f.i+1 && len(sc.st.x.lx.triggers[w]) == 0 {
		if _, ok := arabic.StripPronoun(w); ok {
			return true
		}
	}
	i := sc.slotStartingAt(f.end)
	if i < 0 || !plain(sc.slots[i]) || sc.slots[i].end >= len(sc.toks) {
		return false
	}
	_, ok := arabic.StripPronoun(stripConj(sc.toks[sc.slots[i].end].Norm))
	return ok && !strings.HasSuffix(sc.toks[sc.slots[i].end].Text, "ة")
}

// gathered returns the sides of a meeting noun followed closely by a verb
// of gathering, which names them as its object: «القمة التاريخية التي
// جمعت ترامب وكيم», «لقاء جمع الأحد بوتين بنظيره الفرنسي», «قمة تجمع
// الرئيس الإيراني بالرئيسين التركي والروسي». nil if there is none.
func (sc *sentenceCtx) gathered(f found) []int {
	lx := sc.st.x.lx
	v := -1
	for j := f.end; j < len(sc.toks) && j < f.end+5; j++ {
		t := sc.toks[j]
		if lx.gather[t.Norm] {
			v = j
			break
		}
		// Between the noun and the verb: adjectives, a relative pronoun,
		// a place after في, a time; no other clause.
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," || sc.isTriggerAt(j) {
			return nil
		}
	}
	// Only where it met may be named in between («قمة سنغافورة التي
	// جمعت», «لقاء في موسكو جمع»), not a side.
	if v < 0 || sc.firstSlot(f.end, v, func(s slot) bool { return s.prep != "في" && !s.place }) >= 0 {
		return nil
	}
	from := v + 1
	for from < len(sc.toks) && (lx.timeWord(sc.toks[from].Norm) || lx.between[sc.toks[from].Norm]) {
		from++
	}
	first := sc.firstSlot(from, from+4, func(s slot) bool { return !s.adjectival() && (s.prep == "" || s.prep == "بين") })
	if first < 0 || !sc.subjectPhrase(from, sc.slots[first].first) {
		return nil
	}
	sides := sc.groupOf(first)
	end := sc.slots[first].end
	for _, k := range sides {
		end = max(end, sc.slots[k].end)
	}
	// «جمع ترامب بزعيم كوريا الشمالية», «جمع بولتون مع الرئيس الروسي»
	if k := sc.firstSlot(end, end+3, func(s slot) bool { return !s.adjectival() && (s.prep == "ب" && !s.place || s.prep == "مع") }); k >= 0 && !sc.crossesBoundary(end, sc.slots[k].first) {
		sides = append(sides, sc.groupOf(k)...)
	}
	return sides
}

// mutualSides returns the two sides of a directed act each does to the
// other: «تبادلت أنقرة وواشنطن الاتهامات», «التهديدات المتبادلة بين
// واشنطن وبيونغ يانغ». -1, -1 if f is no such act.
func (sc *sentenceCtx) mutualSides(f found) (int, int) {
	lx := sc.st.x.lx
	pair := func(k int) (int, int) {
		if k < 0 {
			return -1, -1
		}
		g := sc.groupOf(k)
		if len(g) == 1 && len(sc.slots[k].actors) == 2 {
			return k, k // «تبادل الطرفان القصف»: a dual names both
		}
		if len(g) != 2 || countActors(sc.slots, g) != 2 {
			return -1, -1
		}
		return g[0], g[1]
	}
	// «الاتهامات المتبادلة بين X و Y»
	for j := f.end; j < len(sc.toks) && j < f.end+2; j++ {
		if lx.mutual[sc.toks[j].Norm] {
			return pair(sc.firstSlot(j+1, j+3, func(s slot) bool { return s.prep == "بين" }))
		}
	}
	// «تبادلا الشتائم والاتهامات»: the noun may close a list of things
	// exchanged, each a definite word joined by «و».
	start := f.i
	for n := 0; n < 3 && start > 1 && startsWithConj(sc.toks[start].Norm) && sc.toks[start-1].Kind == arabic.Word && hasArticle(stripConj(sc.toks[start-1].Norm)) && !overlaps(sc.slots, start-1); n++ {
		start--
	}
	// «تبادل الاتهامات بين X و Y», «وسط تبادل للاتهامات بين»
	if start > 0 && lx.exchange[stripConj(sc.toks[start-1].Norm)] {
		if k := sc.firstSlot(f.end, f.end+3, func(s slot) bool { return s.prep == "بين" }); k >= 0 {
			return pair(k)
		}
	}
	// «تبادلت X و Y الاتهامات»
	k := sc.lastSlot(start-agentBefore, start, plain)
	if k < 0 || sc.slots[k].end != start && !sc.adjectivesOnly(sc.slots[k].end, start) {
		return -1, -1
	}
	g := sc.groupOf(k)
	first := sc.slots[g[0]].first
	for _, i := range g {
		first = min(first, sc.slots[i].first)
	}
	if first == 0 || !lx.exchange[stripConj(sc.toks[first-1].Norm)] {
		return -1, -1
	}
	// «تبادل ترامب الاتهامات مع نظيره الإيراني»: one side before the
	// noun, the other after «مع».
	if len(g) == 1 && len(sc.slots[k].actors) == 1 {
		if m := sc.firstSlot(f.end, f.end+2, func(s slot) bool { return s.prep == "مع" && !s.adjectival() }); m >= 0 && len(sc.groupOf(m)) == 1 && !sameActors(sc.slots[m], sc.slots[k]) {
			return k, m
		}
	}
	return pair(k)
}

// subjectAfterRelative returns the subject a verb right after a relative
// pronoun names after itself, followed at once by its object: «خان شيخون
// التي تتهم واشنطن النظام السوري بشنه», «الانقلاب الذي تتهم أنقرة غولن
// بتدبيره». The antecedent is then what the clause is about, not the
// verb's subject. -1 unless two plain actors of two lists follow the verb.
func (sc *sentenceCtx) subjectAfterRelative(f found) int {
	if f.t.kind != verbTrigger || f.t.rel.Symmetric() {
		return -1
	}
	k := sc.slotStartingAt(f.end)
	if k < 0 || !plain(sc.slots[k]) {
		return -1
	}
	g := sc.groupOf(k)
	last := sc.slots[g[len(g)-1]]
	o := sc.slotStartingAt(last.end)
	if o < 0 || !plain(sc.slots[o]) || sc.slots[o].group == last.group {
		return -1
	}
	return k
}

// subjectRightAfter reports whether verb f names its subject right after
// itself: a plain actor follows it at once.
func (sc *sentenceCtx) subjectRightAfter(f found) bool {
	k := sc.slotStartingAt(f.end)
	return f.t.kind == verbTrigger && k >= 0 && plain(sc.slots[k])
}

// resumptiveSubject finds the subject of a relative clause's verb followed
// by a pronoun that refers back to the antecedent as a time, place or
// occasion («المرة الأولى التي تتهم فيها إسرائيل إيران»): the antecedent is
// not the subject, which follows the pronoun. When a person stands right
// before the relative and a single actor follows, the person said or wrote
// what the antecedent names and the actor is the object («تصريحات ولي
// العهد السعودي، التي هاجم فيها إيران»).
func (sc *sentenceCtx) resumptiveSubject(f found, rel int) (int, float64) {
	from := f.end + 1
	s := sc.firstSlot(from, from+subjectAfter, plain)
	if s >= 0 && (sc.crossesBoundary(from, sc.slots[s].first) || !sc.subjectPhrase(from, sc.slots[s].first)) {
		s = -1
	}
	owner := sc.actorRightBefore(rel)
	if owner >= 0 && !sc.slots[owner].person {
		owner = -1
	}
	if owner < 0 {
		owner = sc.statementOwner(f) // «تصريحات زعيم الحوثيين، التي هدد فيها السعودية»
	}
	if s < 0 || owner >= 0 && !f.t.plural && !sc.objectRightAfter(s) {
		return owner, confRelative
	}
	return s, confRelative
}

// objectRightAfter reports whether a plain slot of another group follows
// slot s right away, as a verb's object follows its subject.
func (sc *sentenceCtx) objectRightAfter(s int) bool {
	end := sc.slots[s].end
	k := sc.firstSlot(end, end+1, plain)
	return k >= 0 && sc.slots[k].group != sc.slots[s].group
}

// purposeOf reports whether the support noun f, carrying ل, is the purpose
// of what the subject in slot i does («أرسلت روسيا قوات لدعم نظام الأسد»):
// the supported actor is its genitive. Not when a call, a warning or the
// like stands between («دعا ماكرون الدول لدعم أوكرانيا»), nor when the
// genitive is followed by ل and is the supporter («قطعت علاقاتها مع قطر
// لدعم الدوحة للإرهاب»).
func (sc *sentenceCtx) purposeOf(f found, i int) bool {
	lx := sc.st.x.lx
	w := sc.toks[f.i].Norm
	readings := arabic.Peel(w)
	// «فرضت واشنطن عقوبات للضغط على إيران»: pressure is put on whoever
	// follows its «على».
	if f.t.rel == Demand && len(f.t.rest) == 1 && f.t.rest[0] == "علي" && prepClitic(firstClitic(w)) == "ل" {
		g := sc.slotStartingAt(f.end)
		if g < 0 || sc.slots[g].prep != "علي" || sc.slots[g].adjectival() || sc.slots[g].group == sc.slots[i].group || sameActors(sc.slots[g], sc.slots[i]) {
			return false
		}
		return sc.ownClause(f, i)
	}
	if f.end != f.i+1 || prepClitic(firstClitic(w)) != "ل" || !lx.purposeNouns[readings[len(readings)-1]] {
		return false
	}
	g := sc.slotStartingAt(f.end)
	if g < 0 || !plain(sc.slots[g]) || sc.slots[g].group == sc.slots[i].group || sameActors(sc.slots[g], sc.slots[i]) {
		return false
	}
	if e := sc.slots[g].end; e < len(sc.toks) && prepClitic(firstClitic(sc.toks[e].Norm)) == "ل" {
		return false
	}
	return sc.ownClause(f, i)
}

// expelledBy reports whether the noun of expelling f, carrying ب or ل, is
// what the subject in slot i does («ردت روسيا بطرد 60 دبلوماسيا أمريكيا»),
// not what someone is asked or said to do.
func (sc *sentenceCtx) expelledBy(f found, i int) bool {
	w := sc.toks[f.i].Norm
	readings := arabic.Peel(w)
	return f.t.rel == Sanction && sc.st.x.lx.expelNouns[readings[len(readings)-1]] && sc.ownClause(f, i)
}

// ownClause reports whether the subject in slot i and the noun f are in one
// clause with no act between but the subject's own doing: not «دعا ماكرون
// الدول لدعم أوكرانيا», «طالب النواب الحكومة بطرد السفير».
func (sc *sentenceCtx) ownClause(f found, i int) bool {
	if sc.crossesBoundary(sc.slots[i].end, f.i) || sc.complementizerIn(sc.slots[i].end, f.i) {
		return false
	}
	for _, t := range sc.trigs {
		if t.i < f.i && t.i >= sc.slots[i].first-subjectAfter {
			switch t.t.rel {
			case Support, Aid, Attack, Consult, Cooperate, Sanction:
			default:
				return false
			}
		}
	}
	return true
}

// actorRightBefore returns the plain slot that ends right before token i,
// past commas and words of time («قال ماكرون، الأحد، خلال …»); -1 if
// none.
func (sc *sentenceCtx) actorRightBefore(i int) int {
	lx := sc.st.x.lx
	j := i - 1
	for j >= 0 && (isComma(sc.toks[j]) || lx.timeWord(sc.toks[j].Norm)) {
		j--
	}
	if j < 0 {
		return -1
	}
	if k := sc.lastSlot(j, j+1, plain); k >= 0 && sc.slots[k].end == j+1 {
		return k
	}
	return -1
}

// adjectivesOnly reports whether tokens [from, to) all have the shape of
// indefinite relational adjectives («مدفعي», «عسكرية»): no article or
// clitic, ending in ي or يه.
func (sc *sentenceCtx) adjectivesOnly(from, to int) bool {
	lx := sc.st.x.lx
	for j := from; j < to; j++ {
		w := sc.toks[j].Norm
		if sc.toks[j].Kind != arabic.Word || lx.isFunctionWord(w) || lx.timeWords[w] || len(arabic.Peel(w)) > 1 {
			return false
		}
		if !lx.nounAdjectives[w] && !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "يه") {
			return false
		}
	}
	return true
}

// lightVerbAfter returns the subject of a light verb that carries an object
// pronoun within three words after noun trigger f («غارات جوية شنتها
// طائرات إسرائيلية»), or -1.
func (sc *sentenceCtx) lightVerbAfter(f found) int {
	limit := f.end + 3
	for j := f.end; j < len(sc.toks) && j < limit; j++ {
		t := sc.toks[j]
		// «العقوبات الأخيرة، التي فرضتها الولايات المتحدة»: a relative
		// clause set off by a comma still describes the noun.
		if isComma(t) && j+1 < len(sc.toks) && sc.st.x.lx.relative[sc.toks[j+1].Norm] {
			limit++
			continue
		}
		if t.Kind != arabic.Word || overlaps(sc.slots, j) {
			return -1
		}
		// «فرضتها», «وجهتها»: a verb whose first letter reads as و or ف
		// is tried whole before the conjunction is peeled.
		light := false
		for _, w := range conjReadings(t.Norm) {
			// «الضربات التي نفذتها إسرائيل»: a verb of carrying out a
			// strike is light after an attack noun.
			v, ok := arabic.StripObjectPronoun(w)
			// «أجراها»: a weak past verb writes its last letter ا
			// before a pronoun.
			if ok && !sc.st.x.lx.lightVerbs[v] && strings.HasSuffix(v, "ا") && sc.st.x.lx.lightVerbs[strings.TrimSuffix(v, "ا")+"ي"] {
				v = strings.TrimSuffix(v, "ا") + "ي"
			}
			if ok && (sc.st.x.lx.lightVerbs[v] || f.t.rel == Attack && sc.st.x.lx.strikeVerbs[v]) {
				light = true
				break
			}
		}
		from := j + 1
		// «الزيارة التي يقوم بها أمير الكويت»: the pronoun rides on «بها»;
		// only visits, for «الهجمات التي قام بها» are as often words.
		if !light && f.t.rel == Consult && sc.st.x.lx.carrierVerbs[stripConj(t.Norm)] && j+1 < len(sc.toks) {
			if w := sc.toks[j+1].Norm; w == "بها" || w == "به" {
				light, from = true, j+2
			}
		}
		if !light {
			continue
		}
		k := sc.firstSlot(from, from+subjectAfter, plain)
		if k < 0 || sc.crossesBoundary(from, sc.slots[k].first) {
			return -1
		}
		if from > j+1 {
			// A visit's traveller only with where it went: «يقوم بها
			// مسؤول إريتري إلى أديس أبابا» names no host to meet.
			end := sc.slots[k].end
			if sc.firstSlot(end, end+4, func(s slot) bool { return (s.prep == "ل" || s.prep == "الي") && !s.adjectival() }) < 0 {
				return -1
			}
		}
		return k
	}
	return -1
}

// carriedByPronoun returns where the other side starts when a meeting noun
// is carried by a verb whose subject is only its pronoun: «الزيارة التي
// يقوم بها إلى القاهرة», «الاتصال الذي أجراه مع ترامب» (the one who met
// is named before); -1 otherwise.
func (sc *sentenceCtx) carriedByPronoun(f found) int {
	lx := sc.st.x.lx
	for j := f.end; j+3 < len(sc.toks) && j < f.end+3; j++ {
		if overlaps(sc.slots, j) {
			return -1
		}
		// «لقاء جمعه بنظيره»: an indefinite meeting takes its clause
		// without a relative.
		bare := j == f.end && sc.meetingPronounVerb(j) != ""
		if !bare && !lx.relative[stripConj(sc.toks[j].Norm)] {
			continue
		}
		if bare {
			j--
		}
		// «الاتصال الذي أجراه مع ترامب», «اللقاء الذي جمعه بالمعلم»
		// «أجراه»: a weak past verb writes its last letter ا before a
		// pronoun. Only the past: «القمة التي ستجمعه بكيم» is to come.
		if v := sc.meetingPronounVerb(j + 1); v != "" {
			if strings.IndexAny(v, "يتنس") == 0 {
				return -1
			}
			with := func(s slot) bool { return s.prep == "مع" || s.prep == "ب" }
			if k := sc.firstSlot(j+2, j+4, func(slot) bool { return true }); k >= 0 && with(sc.slots[k]) {
				return j + 2
			}
			if k := sc.sideAfterWhereAndWhen(j + 2); k >= 0 && with(sc.slots[k]) {
				return sc.slots[k].first // «التي جمعته في سنغافورة الثلاثاء بكيم»
			}
			return -1
		}
		if w := sc.toks[j+2].Norm; !lx.carrierVerbs[sc.toks[j+1].Norm] || w != "بها" && w != "به" {
			return -1
		}
		if k := sc.slotStartingAt(j + 4); k >= 0 && (sc.slots[k].prep == "الي" || sc.slots[k].prep == "ل") && !sc.slots[k].adjectival() ||
			sc.slotStartingAt(j+3) >= 0 && sc.slots[sc.slotStartingAt(j+3)].prep == "ل" {
			return j + 3
		}
		return -1
	}
	return -1
}

// meetingPronounVerb returns the verb of token j when it holds a meeting
// and carries its pronoun («أجراه», «جمعته»), "" otherwise.
func (sc *sentenceCtx) meetingPronounVerb(j int) string {
	lx := sc.st.x.lx
	v, ok := arabic.StripObjectPronoun(sc.toks[j].Norm)
	if ok && (lx.meetingPronoun[v] || strings.HasSuffix(v, "ا") && lx.meetingPronoun[strings.TrimSuffix(v, "ا")+"ي"]) {
		return v
	}
	return ""
}

// whereAndWhen is how many words the place and the day of an act may take
// between its verb and a side: «في سنغافورة، الثلاثاء الماضي،».
const whereAndWhen = 8

// sideAfterWhereAndWhen returns the first slot from token from past the
// place and the day of an act («في سنغافورة الثلاثاء»), -1 if a word of
// another kind comes first.
func (sc *sentenceCtx) sideAfterWhereAndWhen(from int) int {
	for j := from; j < len(sc.toks) && j < from+whereAndWhen; {
		if k := sc.slotStartingAt(j); k >= 0 {
			if sc.slots[k].prep == "في" && sc.slots[k].place {
				j = sc.slots[k].end
				continue
			}
			return k
		}
		t := sc.toks[j]
		if overlaps(sc.slots, j) || !(isComma(t) || t.Norm == "في" || sc.st.x.lx.timeWord(t.Norm)) {
			return -1
		}
		if t.Norm == "في" && j+1 < len(sc.toks) && sc.toks[j+1].Kind == arabic.Word && !overlaps(sc.slots, j+1) {
			j++ // «في سوتشي»: a place the lexicon does not know
		}
		j++
	}
	return -1
}

// unknownSubject reports whether a word the lexicon does not know stands
// in [from, to) right after a verb, where its subject goes: «زار مانديلا
// قطاع غزة» is a visit by Mandela, and the actors after it are its objects;
// so is a text right before an actor («وحض القرار اليونان»).
func (sc *sentenceCtx) unknownSubject(from, to int) bool {
	lx := sc.st.x.lx
	for j := from; j < to; j++ {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind != arabic.Word || lx.isFunctionWord(w) || lx.timeWord(t.Norm) || lx.honorifics[w] {
			continue
		}
		if j == from && sc.holderPlural(j) {
			// «وأدان وزراء خارجية روسيا وتركيا»: the holders stand for
			// the states right after them, or past one office joined to
			// the slot's own by و («وزيرا الدفاع والخارجية الصينيان»).
			m := j
			for m+1 < to && sc.holderPlural(m+1) {
				m++
			}
			if sc.slotStartingAt(m+1) >= 0 || m+2 < len(sc.toks) && overlaps(sc.slots, m+2) && startsWithConj(sc.toks[m+2].Norm) {
				j, from = m, m+1
				continue
			}
		}
		if b, ok := arabic.StripPronoun(w); ok && lx.isFunctionWord(b) || len([]rune(w)) < 4 {
			continue // «توسطت به روسيا», «وطلبت منه»
		}
		if j == from && lx.documentSubjects[w] && sc.slotStartingAt(j+1) >= 0 {
			return true // «وحض القرار اليونان»: a text is the subject
		}
		return j == from && !hasArticle(w) && prepClitic(firstClitic(t.Norm)) == "" && lx.givenNames[w] == false && !sc.isTriggerAt(j)
	}
	return false
}

// officeOf reports whether the words between verb f and token to are all
// bare office nouns whose genitive is the actor at to («توعد نائب قائد
// الحرس الثوري»): no unknown person but the body's office is the subject.
// Not when an actor comes right before the verb: it is the subject and the
// office its object («وانغ سيلتقي مساعد وزير الخزانة الأمريكي»).
func (sc *sentenceCtx) officeOf(f found, to int) bool {
	if f.end >= to || sc.actorRightBefore(f.i) >= 0 {
		return false
	}
	for j := f.end; j < to; j++ {
		if !sc.st.x.lx.officeHeads[stripConj(sc.toks[j].Norm)] {
			return false
		}
	}
	return true
}

// carriesConj reports whether verb f opens with the conjunction و or ف,
// not with a root letter of its own: «وصف» in «اتفاق تبادل حر وصف بأنه
// تاريخي» is a verb of its own, not «و» + «صف», and shares no subject.
func (sc *sentenceCtx) carriesConj(f found) bool {
	w := sc.toks[f.i].Norm
	return startsWithConj(w) && len(sc.st.x.lx.triggers[stripConj(w)]) > 0
}

// contrastedSubject returns, for verb f right after «لكنه» or the like,
// the subject the pronoun takes up: the speaker of the first verb of
// saying before the last verb of a relation before f («قال مسؤول إسرائيلي
// إن الدوحة حاولت …، لكنه اتهم الدوحة»), else the subject of that last
// verb of a relation. -1 if f follows no such word.
func (sc *sentenceCtx) contrastedSubject(k int, f found) int {
	if f.i == 0 || !sc.st.x.lx.contrastPronouns[sc.toks[f.i-1].Norm] {
		return -1
	}
	last := -1
	for p := k - 1; p >= 0; p-- {
		if t := sc.trigs[p]; t.t.kind == verbTrigger && !t.relObject && t.i < f.i {
			last = p
			break
		}
	}
	for v := 0; v < f.i-1; v++ {
		if sc.toks[v].Kind == arabic.Punct && !isComma(sc.toks[v]) && !isQuote(sc.toks[v]) {
			return -1 // the pronoun is of another sentence's subject
		}
		if last >= 0 && sc.trigs[last].i <= v {
			break
		}
		if sc.isSpeechVerb(v) {
			if i := sc.speakerAt(v); i >= 0 && sc.slots[i].first < f.i {
				return i
			}
			break
		}
	}
	if last < 0 {
		// «وتمنى ماكرون لبوتين النجاح، لكنه حث موسكو»: the subject right
		// after the verb that opens the sentence.
		if i := sc.firstSlot(1, 3, plain); i >= 0 && sc.slots[i].end < f.i && sc.toks[0].Kind == arabic.Word &&
			!sc.st.x.lx.isFunctionWord(stripConj(sc.toks[0].Norm)) && !sc.crossesBoundary(1, sc.slots[i].first) {
			return i
		}
		return -1
	}
	if i, _ := sc.agent(last, sc.trigs[last]); i >= 0 && sc.slots[i].first < f.i {
		return i
	}
	return -1
}

// holderPlural reports whether token j names several holders of an office
// or the office between them and the states they stand for («وزراء»,
// «خارجية»), read with or without a leading و («وزراء» is no «و» + «زراء»).
func (sc *sentenceCtx) holderPlural(j int) bool {
	return slices.ContainsFunc(conjReadings(sc.toks[j].Norm), func(w string) bool { return sc.st.x.lx.holderPlurals[w] })
}

// complementizerIn reports whether «أن», «بأن» or the like stands in
// [from, to): an actor after it is the subject of the clause it opens.
// unknownSubjectBefore reports whether verb f has a subject before it that
// names no actor, opening the clause after «أن» or «إن» («قالت الخارجية
// إن مساعدة المدير التقت …»).
func (sc *sentenceCtx) unknownSubjectBefore(f found) bool {
	lx := sc.st.x.lx
	for j := f.i - 1; j >= 0 && j >= f.i-7; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || overlaps(sc.slots, j) {
			return false
		}
		if lx.complementizer[stripConj(t.Norm)] {
			return j < f.i-1 && !lx.timeWord(sc.toks[j+1].Norm)
		}
	}
	return false
}

// speakerOfClause returns the speaker of the reported clause that token i
// stands in: the subject of a verb of saying before «إن» or «أن» before i
// («قال لافروف إن واشنطن تدعم»). -1 if i stands in no reported clause.
func (sc *sentenceCtx) speakerOfClause(i int) int {
	lx := sc.st.x.lx
	for c := i - 1; c > 0 && c >= i-agentBefore; c-- {
		t := sc.toks[c]
		if t.Kind == arabic.Punct && !isComma(t) && !isQuote(t) {
			return -1
		}
		w := stripConj(t.Norm)
		if !lx.complementizer[w] && !lx.saidThat[w] {
			continue
		}
		for v := c - 1; v >= 0 && v >= c-agentBefore; v-- {
			if u := sc.toks[v]; u.Kind == arabic.Punct && !isComma(u) {
				return -1
			}
			if v == c-1 && sc.speechParticipleAt(v) {
				return sc.participleSpeaker(v)
			}
			if sc.isSpeechVerb(v) {
				// «اعتبر أن فرنسا …»: an actor past «أن» is the clause's
				// subject, not the speaker.
				s := sc.speakerAt(v)
				if s >= 0 && sc.slots[s].first > v && sc.wordIn(lx.reportedThat, v+1, sc.slots[s].first) && !sc.wordIn(lx.impersonal, v, v+1) {
					return -1
				}
				return s
			}
		}
		return -1
	}
	return -1
}

// afterWhere reports whether singular verb f follows «حيث» with no subject
// of its own after it: «حيث التقى نظيره الروسي», «حيث بحث مع بوتين», but
// not «حيث بحث اللقاء».
func (sc *sentenceCtx) afterWhere(f found) bool {
	if f.t.plural || f.i == 0 || sc.toks[f.i-1].Norm != "حيث" || f.end >= len(sc.toks) {
		return false
	}
	return sc.slotStartingAt(f.end) >= 0 || !hasArticle(sc.toks[f.end].Norm)
}

// newClauseBetween reports whether a complementizer other than «حيث»
// stands in [from, to): «بعد أن», «بينما», «إن».
func (sc *sentenceCtx) newClauseBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if w := stripConj(sc.toks[j].Norm); sc.st.x.lx.complementizer[w] && w != "حيث" || sc.st.x.lx.timeClauses[w] {
			return true
		}
	}
	return false
}

// ownCounterpart reports whether slot s opens with a counterpart carrying a
// pronoun («نظيره التركي», «نظراءهم»): the pronoun is the verb's subject, so
// the counterpart is its object («بعد أن التقى نظيره التركي»).
func (sc *sentenceCtx) ownCounterpart(s slot) bool {
	w := stripConj(sc.toks[s.first].Norm)
	if !strings.HasPrefix(w, "نظير") && !strings.HasPrefix(w, "نظرا") {
		return false
	}
	// «بعد رفض نظيره أردوغان»: after «بعد» the verb is a noun, its
	// counterpart the genitive who acts.
	if j := s.first - 2; j >= 0 && sc.st.x.lx.circumstance[stripConj(sc.toks[j].Norm)] {
		return false
	}
	_, ok := arabic.StripPronoun(w)
	return ok
}

// otherSubjectAfter reports whether the last complementizer in [from, to)
// opens a clause whose subject, before the verb at to, is a noun naming no
// actor: «إن مسلحين», «أن الطائرات المسيرة». A subject carrying a pronoun
// («أن قواتها قصفت», «إن وزير خارجيته») is the speaker's own and does not
// count, nor does one that names the speaker's office or state (data
// speaker_own), nor a clause that names an actor.
func (sc *sentenceCtx) otherSubjectAfter(from, to int) bool {
	lx := sc.st.x.lx
	c := -1
	for j := to - 1; j >= from && j >= 0; j-- {
		if w := stripConj(sc.toks[j].Norm); lx.complementizer[w] || lx.saidThat[w] {
			c = j
			break
		}
	}
	if c < 0 || lx.saidThat[stripConj(sc.toks[c].Norm)] {
		return false
	}
	noun := false
	for j := c + 1; j < to; j++ {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if isQuote(t) {
			continue // «إن أعضاء الخلية "تكفيريون ويؤيدون داعش"»
		}
		if t.Kind != arabic.Word || overlaps(sc.slots, j) {
			return false
		}
		if lx.speakerOwn[t.Norm] || lx.speakerOwn[w] || lx.existential[w] { // «وزير» is no «و» + «زير»
			return false
		}
		if lx.isFunctionWord(w) || lx.timeWord(t.Norm) {
			continue
		}
		if !hasArticle(w) && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هم") || strings.HasSuffix(w, "هما")) {
			return false // «قواته», «بلادها»: the speaker's own
		}
		noun = true
	}
	return noun
}

func (sc *sentenceCtx) complementizerIn(from, to int) bool {
	return sc.wordIn(sc.st.x.lx.complementizer, from, to)
}

// wordIn reports whether a word of set, without its conjunction, stands in
// [from, to).
func (sc *sentenceCtx) wordIn(set map[string]bool, from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if set[stripConj(sc.toks[j].Norm)] {
			return true
		}
	}
	return false
}

// newClauseSubject reports whether a singular verb carrying و after a comma
// has a subject that names no actor right after it («، وزار العديد من
// القادة»): its clause is new, so the actor before the comma is not its
// subject.
func (sc *sentenceCtx) newClauseSubject(f found) bool {
	if f.t.plural || !startsWithConj(sc.toks[f.i].Norm) || f.i == 0 || sc.toks[f.i-1].Kind != arabic.Punct || f.end >= len(sc.toks) {
		return false
	}
	t := sc.toks[f.end]
	w := stripConj(t.Norm)
	lx := sc.st.x.lx
	return t.Kind == arabic.Word && !overlaps(sc.slots, f.end) && !lx.isFunctionWord(w) && !lx.timeWord(t.Norm) &&
		!lx.isPreposition(w) && prepClitic(firstClitic(t.Norm)) == ""
}

// pluralAct reports whether a directed noun trigger is a plural of acts
// (ضربات، اتهامات، تهديدات، مطالبات، عقوبات), whose genitive is their
// author, unlike the object of a verbal noun («إنقاذ حكومة الأسد»).
func (sc *sentenceCtx) pluralAct(f found) bool {
	switch f.t.rel {
	case Attack, Accuse, Threaten, Demand, Sanction:
	default:
		return false
	}
	w := arabic.Peel(sc.toks[f.i].Norm)
	return strings.HasSuffix(w[len(w)-1], "ات") && !sc.triggerIn(f, sc.st.x.lx.placeNouns)
}

// placeGenitive reports whether the genitive slot g of a meeting noun is
// where it met («قمة هلسنكي», «قمة سنغافورة»): one state or capital alone,
// on a meeting noun that is no visit (whose genitive is the host).
func (sc *sentenceCtx) placeGenitive(f found, g int) bool {
	if sc.triggerIn(f, sc.st.x.lx.visitNouns) || len(sc.groupOf(g)) > 1 || len(sc.slots[g].actors) != 1 {
		return false
	}
	// «اجتماع المسؤولين الروس», «لقاء الوفد التركي»: a state's officials
	// or delegation are people who meet, not where.
	if sc.slots[g].institution || sc.slots[g].office {
		return false
	}
	a, ok := sc.st.x.lex.ByID(sc.slots[g].actors[0])
	return ok && a.Type == actor.State
}

// subjectBefore returns the plain slot that ends right before verb f (a
// quotation mark may stand between) when that slot opens its clause: at the
// start of the sentence, after «إن», «أن», a quotation mark, a colon or a
// comma. A verb carrying و or ف starts a new clause whose subject is not
// the word before it. -1 if there is none.
func (sc *sentenceCtx) subjectBefore(f found) int {
	if startsWithConj(sc.toks[f.i].Norm) {
		return -1
	}
	end := f.i
	for end > 0 && isQuote(sc.toks[end-1]) {
		end--
	}
	if end > 0 && stripConj(sc.toks[end-1].Norm) == "قد" {
		end-- // «كانت فرنسا قد هددت»; without قد: «وكانت إدارة ترامب هددت طهران»
	}
	k := sc.lastSlot(end-1, end, plain)
	if k < 0 {
		k = sc.subjectAcrossAside(end)
	}
	if k < 0 {
		return -1
	}
	g := sc.groupOf(k)
	j := sc.slots[g[0]].first - 1
	if j > 0 && sc.toks[j].Norm == "من" && stripConj(sc.toks[j-1].Norm) == "كل" {
		j -= 2 // «كل من الولايات المتحدة وفرنسا»
	}
	if j < 0 {
		return k
	}
	t := sc.toks[j]
	if isQuote(t) || t.Norm == ":" || t.Norm == "،" || t.Norm == "," {
		return k
	}
	lx := sc.st.x.lx
	if lx.complementizer[stripConj(t.Norm)] || lx.auxiliary[stripConj(t.Norm)] {
		return k
	}
	return -1
}

// maxAside is how many tokens an aside between commas may span.
const maxAside = 25

// subjectAcrossAside returns the slot that ends right before asides set off
// by commas, the last of them ending at token end: «وكان ترامب، الذي سعى
// …، انتقد», «أن المبعوث الأميركي سونغ كيم، السفير الأميركي لدى الفلبين،
// التقى». An aside opens with a relative pronoun or an actor (a name or a
// title); one opening with و is an item of a list, one with a time word
// may follow an object («أبلغ العراق أنقرة، الأربعاء، رفض بغداد»). -1 if
// there is none.
func (sc *sentenceCtx) subjectAcrossAside(end int) int {
	lx := sc.st.x.lx
	if end < 2 || !isComma(sc.toks[end-1]) {
		return -1
	}
	closing := end - 1
	// «أن وزير الخارجية الإيراني، محمد جواد ظريف، سيزور»: the aside is
	// the name that one slot already joined to its title.
	if k := sc.lastSlot(closing-1, closing, plain); k >= 0 && slices.ContainsFunc(sc.toks[sc.slots[k].first:sc.slots[k].end], isComma) {
		return k
	}
	for asides := 0; asides < 3; asides++ {
		opening := -1
		for j := closing - 1; j >= 0 && j >= closing-maxAside; j-- {
			if sentenceMark(sc.toks[j].Norm) {
				return -1
			}
			if isComma(sc.toks[j]) {
				opening = j
				break
			}
			// «وكان الرئيس التركي الذي يزور باريس حاليا، انتقد فرنسا»: a
			// relative clause set off by its closing comma only.
			if asides == 0 && j < closing-1 && lx.relative[sc.toks[j].Norm] {
				if k := sc.lastSlot(j-1, j, plain); k >= 0 {
					return k
				}
			}
		}
		if opening < 1 || opening+1 >= closing {
			return -1
		}
		w := sc.toks[opening+1].Norm
		if !lx.relative[w] && (startsWithConj(w) || sc.slotStartingAt(opening+1) < 0) {
			return -1
		}
		if k := sc.lastSlot(opening-1, opening, plain); k >= 0 {
			return k
		}
		closing = opening
	}
	return -1
}

// pastRelativeAside returns the token after a relative clause set off by
// commas that opens at token i, the subject's aside before the object
// («اتهم أردوغان، الذي ينسب تراجع الليرة إلى مؤامرة أميركية، واشنطن»), or
// i when none opens there.
//
// An aside may also open with a definite adjective or participle that
// describes the subject («انتقدت منظمة العفو الدولية، المعنية بحقوق
// الإنسان، إيران»); such an aside names no actor outright, only after a
// preposition («، المدعومة من إيران،»): one it names is the object itself
// («وتتهم أنقرة، الداعية فتح الله غولن الموجود في الولايات المتحدة،»).
func (sc *sentenceCtx) pastRelativeAside(i int) int {
	if i+1 >= len(sc.toks) || !isComma(sc.toks[i]) {
		return i
	}
	relative := sc.st.x.lx.relative[sc.toks[i+1].Norm]
	if !relative && !sc.describingAside(i+1) {
		return i
	}
	for j := i + 2; j < len(sc.toks) && j <= i+maxAside; j++ {
		if sentenceMark(sc.toks[j].Norm) {
			return i
		}
		if isComma(sc.toks[j]) {
			if !relative && sc.firstSlot(i+1, j, func(s slot) bool { return s.prep == "" }) >= 0 {
				return i
			}
			return j + 1
		}
	}
	return i
}

// describingAside reports whether token i opens an aside that describes
// the actor before it: a definite word that names no actor and is no
// trigger, time word or word of circumstance.
func (sc *sentenceCtx) describingAside(i int) bool {
	t := sc.toks[i]
	if t.Kind != arabic.Word || !strings.HasPrefix(t.Norm, "ال") || overlaps(sc.slots, i) || sc.isTriggerAt(i) {
		return false
	}
	lx := sc.st.x.lx
	return !lx.circumstance[t.Norm] && !lx.isFunctionWord(t.Norm) && !lx.timeWords[t.Norm]
}

func isComma(t arabic.Token) bool { return t.Norm == "،" || t.Norm == "," }

func isQuote(t arabic.Token) bool {
	return t.Kind == arabic.Punct && strings.ContainsAny(t.Norm, "\"«»“”'’")
}

// sentenceMark reports whether w ends a sentence or a headline's clause.
func sentenceMark(w string) bool {
	return w == ":" || w == "." || w == "؛" || w == ";"
}

// sentenceMarkIn reports whether a sentence mark stands in [from, to).
func (sc *sentenceCtx) sentenceMarkIn(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if sentenceMark(sc.toks[j].Norm) {
			return true
		}
	}
	return false
}

// crossesBoundary reports whether a relative pronoun, a colon or another
// verb stands between tokens from and to: the words after it belong to another clause.
func (sc *sentenceCtx) crossesBoundary(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if sc.st.x.lx.relative[stripConj(sc.toks[j].Norm)] {
			return true
		}
		// «الحرب السورية: روسيا تستأنف …»: a headline's colon ends a clause.
		if sentenceMark(sc.toks[j].Norm) {
			return true
		}
		// «…، إذ كان …», «…، فيما …»: a comma and a particle open a new clause.
		if isComma(sc.toks[j]) && j+1 < len(sc.toks) && (sc.st.x.lx.complementizer[stripConj(sc.toks[j+1].Norm)] || sc.st.x.lx.contrastOpeners.matchAt(sc.toks, j+1) > 0) {
			return true
		}
	}
	for _, t := range sc.trigs {
		if t.t.kind == verbTrigger && !t.frame && t.i >= from && t.i < to {
			return true
		}
	}
	return false
}

// triggerBetween reports whether another trigger stands in [from, to).
func (sc *sentenceCtx) triggerBetween(from, to int) bool {
	return sc.firstTrig(from, to, func(t found) bool { return !t.frame }) >= 0
}

// companions finds the other sides of a meeting, agreement or cooperation:
// «مع X», «بين X و Y», a verb's object, a noun's genitives, a visit's
// destination. A phrase that belongs to a later trigger is not taken.
func (sc *sentenceCtx) companions(f found, agent int) []int {
	var out []int
	inAgent := func(k int) bool { return agent >= 0 && sc.slots[k].group == sc.slots[agent].group }
	free := func(k int) bool {
		return k >= 0 && !inAgent(k) && !sc.triggerBetween(f.end, sc.slots[k].first) && !sc.topicBetween(f.end, sc.slots[k].first)
	}
	from := f.end
	if agent >= 0 && sc.slots[agent].first < f.i && !sc.meetingBetween(f) {
		from = sc.slots[agent].end // «بوتين يناقش مع أردوغان»
	}
	with := func(s slot) bool { return s.prep == "مع" }
	// «دعا ترامب إلى اتفاق مع إيران، وذلك في اتصال أجراه مع ماي»: the
	// clause's own «مع» is not the call's when the call has one.
	if sc.closesClause(f.i-1) && sc.firstSlot(f.end, f.end+objectAfter, with) >= 0 {
		from = f.end
	}
	// «مع X»: the first one only, so «يناقش مع أردوغان العلاقة مع نظام الأسد»
	// is Putin and Erdogan.
	if k := sc.firstSlot(from, f.end+objectAfter, with); free(k) {
		out = append(out, sc.groupOf(k)...)
	} else if k >= 0 && !inAgent(k) && f.t.kind == nounTrigger && agent >= 0 && sc.slots[agent].first >= f.end && sc.lightVerbAfter(f) == agent &&
		!sc.crossesBoundary(sc.slots[agent].end, sc.slots[k].first) {
		// «المفاوضات التي تجريها الولايات المتحدة لتعديل اتفاق التجارة
		// مع كندا»: the relative clause's «مع» is its own, past a topic.
		out = append(out, sc.groupOf(k)...)
	}
	if k := sc.betweenAfter(f); free(k) {
		out = append(out, sc.groupOf(k)...)
	}
	// «اللقاء الذي جمعه بالمعلم»: the side after the relative clause's verb.
	if d := sc.carriedByPronoun(f); len(out) == 0 && d >= 0 && f.t.rel == Consult {
		if k := sc.slotStartingAt(d); free(k) && (sc.slots[k].prep == "مع" || sc.slots[k].prep == "ب") {
			out = append(out, sc.groupOf(k)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	if k := sc.calledObject(f, agent); free(k) {
		return append(out, sc.groupOf(k)...)
	}
	switch {
	case f.t.travel:
		// Only where one went: «وصل بوتين إلى أنقرة».
	case f.t.kind == verbTrigger && sc.st.x.lx.discussVerbs[stripConj(sc.toks[f.i].Norm)]:
		// «ناقشوا سرا كيفية استغلال كوشنر», «تبحث اليابان استبدال
		// إيران»: what one discusses is a topic; the other side comes
		// after «مع», or names those after it («مع مسؤولي الناتو»).
		if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return plain(s) && sc.genitiveOfPrep(s, []string{"مع"}) }); free(k) {
			out = append(out, sc.groupOf(k)...)
		}
	case f.t.kind == verbTrigger:
		// The object: the first plain actor after the subject.
		after := f.end
		if agent >= 0 && sc.slots[agent].first >= f.end {
			after = sc.slots[agent].end
		}
		if k := sc.firstSlot(after, after+subjectAfter+1, func(s slot) bool { return (s.prep == "" || s.prep == "ب") && !s.adjectival() }); free(k) && !sc.crossesBoundary(after, sc.slots[k].first) {
			out = append(out, sc.groupOf(k)...)
		}
	case f.t.kind == nounTrigger:
		// «اجتماع وزراء خارجية روسيا وتركيا»: the states the holders
		// stand for.
		gen := f.end
		for gen < len(sc.toks) && gen < f.end+2 && !overlaps(sc.slots, gen) && sc.holderPlural(gen) {
			gen++
		}
		if gen > f.end && (sc.slotStartingAt(gen) < 0 || countActors(sc.slots, sc.groupOf(sc.slotStartingAt(gen))) < 2) {
			gen = f.end // one body's session («اجتماع وزراء مالية مجموعة العشرين») meets no one
		}
		if k := sc.firstSlot(gen, gen+1, plain); free(k) && !sc.placeGenitive(f, k) {
			out = append(out, sc.groupOf(k)...)
		}
		// «اتصالا هاتفيا بنظيره», «لقائه بالرئيس»: a meeting's other side
		// after ب, unless it is a place named alone («اجتماع بموسكو»).
		if len(out) == 0 && f.t.rel == Consult {
			if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "ب" && !s.place && !s.adjectival() }); free(k) &&
				!sc.crossesBoundary(f.end, sc.slots[k].first) && !sc.punctBetween(f.end, sc.slots[k].first) {
				out = append(out, sc.groupOf(k)...)
			}
		}
		// «تلقى السيسي اتصالا هاتفيا من ماكرون»: a call received comes
		// from its other side.
		if len(out) == 0 && f.t.rel == Consult && sc.received(f) {
			if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "من" && !s.adjectival() }); free(k) && !sc.crossesBoundary(f.end, sc.slots[k].first) {
				out = append(out, sc.groupOf(k)...)
			}
		}
	}
	// A visit's destination stands for its host: «زيارة الأسد لموسكو»,
	// «وصل رئيس كوبا الجديد ميغيل دياز كانيل، الأربعاء، إلى فنزويلا».
	if len(out) == 0 && f.t.rel == Consult {
		dest, reach := f.end, 4
		if f.t.travel && agent >= 0 && sc.slots[agent].first >= f.end {
			dest, reach = sc.slots[agent].end, 6 // past «، مساء الأحد،»
		} else if f.t.kind == nounTrigger && agent >= 0 && sc.slots[agent].first >= f.end && sc.lightVerbAfter(f) == agent {
			dest = sc.slots[agent].end // «الزيارة التي يقوم بها أمير الكويت إلى الصين»
		} else if d := sc.carriedByPronoun(f); d >= 0 {
			dest = d // «الزيارة التي يقوم بها إلى الصين»
		} else if f.t.kind == nounTrigger && agent >= 0 && sc.slots[agent].first >= f.end && sc.slots[agent].first <= f.end+2 {
			// The visitor's genitive, however long its title, comes before
			// where it went: «زيارة الرئيس الروسي فلاديمير بوتين إلى
			// مصر», «الزيارة الأولى للسيسي إلى روسيا»; right after it or
			// past one epithet («زيارة كيم المفاجئة إلى بكين»), not past a
			// noun of its own («زيارة ماكرون رسالة لإيران»).
			dest, reach = sc.slots[agent].end, 1
			if dest < len(sc.toks) && !overlaps(sc.slots, dest) && strings.HasPrefix(stripConj(sc.toks[dest].Norm), "ال") {
				reach = 2
			}
		}
		k := sc.firstSlot(dest, dest+reach, func(s slot) bool { return (s.prep == "ل" || s.prep == "الي") && !s.adjectival() })
		if f.t.travel && k >= 0 && sc.byWordIn(dest, sc.slots[k].first) {
			k = -1 // «توجه سليماني بالكلام إلى ترامب»: words addressed, no visit
		}
		if free(k) {
			out = append(out, sc.groupOf(k)...)
		}
	}
	// «الجانبين», «البلدين»: the sides named before.
	if len(out) == 0 && (agent < 0 || countActors(sc.slots, sc.groupOf(agent)) < 2) {
		if k := sc.firstSlot(f.i-agentBefore, f.end+objectAfter, func(s slot) bool { return len(s.actors) == 2 }); k >= 0 && !inAgent(k) && !sc.topicBetween(f.end, sc.slots[k].first) {
			out = append(out, k)
		}
	}
	return out
}

// topicBetween reports whether a word that introduces a topic («عن»,
// «حول», «بشأن») stands in [from, to): actors after it are what was talked
// about («تحدث بوتين عن أهمية تعاون البلدين»), not a side of the talk.
func (sc *sentenceCtx) topicBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if n := sc.st.x.lx.topic.matchPeeledAt(sc.toks, j); n > 0 && !overlaps(sc.slots, j) {
			return true
		}
	}
	return false
}

// betweenAfter returns the first slot of a «بين X و Y» group after the
// trigger that no other trigger claims, or -1.
//
// A war's pair is another noun's after a noun of ties or contact («في
// الحرب ضد داعش، مما أضر بالعلاقات بين واشنطن وأنقرة», «الحرب السورية …
// وأصبح التواصل بين بوتين وأردوغان»); a visit or a deal may well name its
// sides so («زيارة تهدف إلى تخفيف التوتر بين تركيا وألمانيا»).
func (sc *sentenceCtx) betweenAfter(f found) int {
	k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "بين" })
	if k < 0 || sc.triggerBetween(f.end, sc.slots[k].first) {
		return -1
	}
	j := sc.slots[k].first - 1
	for j > f.end && !sc.st.x.lx.between[stripConj(sc.toks[j].Norm)] {
		j--
	}
	if f.t.rel == Attack && j > f.end && sc.peeledIn(sc.st.x.lx.betweenHeads, j-1) {
		return -1
	}
	return k
}

// target finds the other side of a directed act after the trigger.
func (sc *sentenceCtx) target(f found, agent int, preps []string) int {
	after := f.end
	if sc.slots[agent].first >= f.end {
		after = sc.subjectEnd(agent)
		for i := agent + 1; i < len(sc.slots) && sc.conjoinedMeans(sc.slots[i], agent); i++ {
			after = sc.slots[i].end // the object follows all the strikers
		}
		// «جراء ضرب سوريا، التي …»: after a word of circumstance the form
		// is a verbal noun, and its genitive no subject.
		if f.t.kind == verbTrigger && (f.i == 0 || !sc.st.x.lx.circumstance[stripConj(sc.toks[f.i-1].Norm)]) {
			after = sc.pastSpokesman(sc.pastCircumstance(sc.pastRelativeAside(sc.pastUnknownName(agent, after))))
		}
	} else if f.end > f.i+1 {
		after = f.i + 1 // «طرد السفير الإيراني»: the trigger's own noun names it
	}
	if f.t.kind == verbTrigger && after == f.end && after+1 < len(sc.toks) && sc.st.x.lx.resumptive[sc.toks[after].Norm] {
		after++ // «بيانا أدان فيه الهجمات الحوثية»: the object follows «فيه»
	}
	// «عقوبات جديدة تستهدف إيران»: whom the sanction falls on follows the
	// verb that says so.
	if f.t.rel == Sanction {
		if j := sc.sanctionReachAfter(f); j >= 0 && j >= after {
			after = j + 1
		}
	}
	// «الضربات التي وجهتها فرنسا لمواقع في سوريا وفقا لما قاله ترامب»: the
	// light verb's object is the noun itself, so no actor after it is one.
	lightObject := f.t.kind == nounTrigger && sc.slots[agent].first >= f.end && sc.lightVerbAfter(f) == agent
	// «استدعت باكستان سفيرها لدى الهند»: after a verb of recalling, the
	// envoy stands between it and the state, and only that state is hit.
	recall := f.t.rel == Sanction && f.t.kind == verbTrigger && sc.st.x.lx.recallVerbs[stripConj(sc.toks[f.i].Norm)]
	ok := func(s slot) bool {
		if s.group == sc.slots[agent].group || sameActors(s, sc.slots[agent]) {
			return false
		}
		if f.t.levy {
			return sc.leviedOn(s, after)
		}
		// «على البضائع القادمة من الولايات المتحدة»: the state goods come from.
		if f.t.rel == Sanction && sc.goodsFrom(s, after) {
			return true
		}
		// «حث اللاجئين السوريين على العودة»: refugees are not their state;
		// a strike on their camp is left to the rules of places.
		if s.adjectival() && f.t.rel != Attack && sc.st.x.lx.refugees[stripConj(sc.toks[s.adjOf].Norm)] {
			return false
		}
		// «أدان الجانبان الأمريكي والفرنسي»: the agent's own adjectives.
		if s.adjectival() && len(sc.slots[agent].actors) == 2 && s.adjOf >= sc.slots[agent].first && s.adjOf < sc.slots[agent].end {
			return false
		}
		// «دعت روسيا، حليفة دمشق، إلى …»: the actor an apposition says the
		// agent is allied with is not what the act is done to.
		if sc.allyOf(s) == agent && !sc.st.x.lx.agentTriggers[sc.toks[f.i].Norm] {
			return false
		}
		// «انتقدت الخارجية الروسية الغارة الإسرائيلية»: criticising an act
		// is criticising its author.
		if s.adjectival() && sc.isTriggerAt(s.adjOf) && s.adjOf >= f.end {
			return true
		}
		// «أعربت عن رفضها للقرار الأمريكي», «غضبه إزاء العرض الفرنسي»:
		// rejecting or blaming a state's act or proposal.
		if (f.t.rel == Reject || f.t.rel == Accuse) && f.t.kind == nounTrigger && s.adjectival() && sc.ownedActAt(f.end, s) {
			return true
		}
		// «رفضت أنقرة بشدة عرض الوساطة الفرنسي», «هاجم الأسد مشاركة
		// قوات عسكرية أمريكية»: the verb's object is a state's act or
		// forces, named in a chain that ends with its nationality.
		if (f.t.rel == Reject || f.t.rel == Accuse) && f.t.kind == verbTrigger && s.adjectival() && sc.ownedChain(f, sc.skipAdverbs(after), s) {
			return true
		}
		if sc.offeredBy(f, after, s) {
			return true
		}
		// «طرد السفير الإيراني»: the adjective of the trigger's own noun.
		if s.adjectival() && s.adjOf > f.i && s.adjOf < f.end {
			return true
		}
		// «طرد 23 دبلوماسيا روسيا»: the nationality of those expelled.
		if f.t.rel == Sanction && s.adjectival() && s.adjOf == s.first-1 && s.adjOf-1 == f.end && sc.countedBefore(s) {
			return true
		}
		// «بطرد دبلوماسيين روس», «طرد اثنين من الدبلوماسيين الفنزويليين»
		if f.t.rel == Sanction && s.adjectival() && s.adjOf >= f.end && s.adjOf <= f.end+3 && sc.st.x.lx.envoys[stripConj(sc.toks[s.adjOf].Norm)] {
			return true
		}
		if f.t.rel == Sanction && s.prep == "من" && s.first <= f.end+3 && sc.st.x.lx.envoys[sc.toks[s.first].Norm] {
			return true
		}
		// «عقوبات على قطاع النفط الإيراني», «على خمسة مسؤولين روس»: the
		// nationality of those sanctioned.
		if f.t.rel == Sanction && s.adjectival() && sc.sanctionedNationals(s, after) {
			return true
		}
		// «ضد برنامج الأسلحة الكيميائية السوري», «على منشآت عسكرية
		// سورية»: the nationality of what a strike hits.
		if f.t.rel == Attack && s.adjectival() && !sc.fromPlace(s) && sc.struckNationals(s, after) {
			return true
		}
		// «أطلقت القوات النار على عناصر من داعش»: the party whose
		// people are struck.
		if (f.t.rel == Attack || f.t.rel == Sanction) && s.prep == "من" && sc.membersStruck(s, after) {
			return true
		}
		if f.t.rel == Attack && s.adjectival() && sc.answered(s) {
			return false // «ردا على السياسة الأمريكية»
		}
		// «قصفت مدمرات أميركية وطائرات حربية بريطانية مواقع»: the
		// nationality of a means conjoined with the striker's strikes too.
		if f.t.rel == Attack && sc.conjoinedMeans(s, agent) {
			return false
		}
		// «استدعاء سفيرها في أنقرة», «سحب سفيره من موسكو»: one's own
		// envoy called home from a state sanctions that state.
		if f.t.rel == Sanction && s.first <= f.end+1 && sc.ownEnvoyAt(f.end-1) && recalledFromPrep(s.prep) {
			return true
		}
		if recall {
			return sc.envoyRecalledFrom(s)
		}
		// «عقوبات تستهدف الخطوط الجوية الإيرانية»: the nationality of
		// those the sanction falls on.
		if f.t.rel == Sanction && s.adjectival() && after > 0 && sc.st.x.lx.sanctionReach[stripConj(sc.toks[after-1].Norm)] && s.adjOf < after+3 {
			return true
		}
		// «رسوم جمركية على واردات الصين»: the state whose goods are taxed.
		if f.t.rel == Sanction && s.prep == "" && sc.goodsOf(s, after) {
			return true
		}
		// «الدعم الأمريكي للشعب الفلسطيني»: a people given to is its state,
		// when the giver is named on the noun itself; a giver from the
		// clause is often one who blocks or speaks of aid («تمنع وصول
		// المساعدات إلى الشعب اليمني»).
		if (f.t.rel == Support || f.t.rel == Aid) && s.adjectival() && sc.giverOnNoun(f, agent) && sc.peopleGivenTo(s, after) {
			return true
		}
		for _, p := range preps {
			if s.prep == p && !(p == "" && lightObject && !s.adjectival() && !sc.genitiveOfPrep(s, preps)) {
				// A nationality adjective is a target only of attacks
				// («ضربات داخل الأراضي السورية») and demands, and not
				// when its noun is where the act came from («من فوق
				// الأراضي اللبنانية»).
				if !s.adjectival() {
					return true
				}
				switch f.t.rel {
				case Attack, Demand:
					return !sc.fromPlace(s)
				case Retreat:
					// «أفرجت عن القس الأمريكي», «أطلقت سراح أسرى فلسطينيين»: the
					// nationality of those released.
					return s.adjOf > 0 && (stripConj(sc.toks[s.adjOf-1].Norm) == "عن" || sc.toks[s.adjOf-1].Norm == "سراح")
				case Support:
					// «تقاتل إلى جانب القوات الحكومية السورية»: backing a
					// nation's forces is backing the nation.
					// Only right after the verb, its subject, or the words
					// that name whom one backs («إلى جانب»).
					return sc.st.x.lx.forces.heads[stripConj(sc.toks[s.adjOf].Norm)] && (s.adjOf == f.end || after > f.end && s.adjOf >= after && s.adjOf <= after+2)
				case Accuse, Threaten, Sanction, Reject:
					// «انتقد مسؤولون بريطانيون المؤتمر الصحفي الروسي»:
					// criticising a nation's act or body is criticising
					// the nation, when that noun is the object.
					return p == "" && f.t.kind == verbTrigger
				}
				return false
			}
		}
		return false
	}
	k := sc.firstSlot(after, after+objectAfter, ok)
	// Past another act the actors are that act's («حملة عسكرية ... لدعم
	// حكومة الأسد»: the government is supported, not attacked), except in
	// what a demand or an intent is about («مطالبا بانسحاب القوات التركية»).
	if k >= 0 && sc.actObject(f, after, sc.slots[k]) {
		return k
	}
	crossesAct := f.t.rel != Demand && f.t.rel != Intend && k >= 0 && sc.triggerBetween(max(after, f.end), sc.slots[k].first)
	// Those sanctioned may be counted or described before their
	// nationality («على أربعة مسؤولين عسكريين سوريين»).
	nationals := k >= 0 && sc.slots[k].adjectival() && (f.t.rel == Sanction && sc.sanctionedNationals(sc.slots[k], after) || f.t.rel == Attack && sc.struckNationals(sc.slots[k], after))
	owned := k >= 0 && (f.t.rel == Reject || f.t.rel == Accuse) && f.t.kind == verbTrigger && sc.slots[k].adjectival() && sc.ownedChain(f, sc.skipAdverbs(after), sc.slots[k]) ||
		k >= 0 && sc.offeredBy(f, after, sc.slots[k])
	if owned && !sc.crossesBoundary(after, sc.slots[k].first) {
		return k
	}
	// «على البضائع القادمة من كندا»: the goods stand before the state.
	origin := k >= 0 && f.t.rel == Sanction && sc.goodsFrom(sc.slots[k], after)
	if k >= 0 && (sc.crossesBoundary(after, sc.slots[k].first) || !nationals && !origin && !recall && sc.objectBefore(f, after, sc.slots[k]) || crossesAct) {
		return -1
	}
	return k
}

// peopleGivenTo reports whether the nationality adjective in slot s
// qualifies a noun of a people governed by «ل» or «إلى», at most three
// words past token after: «الدعم الأمريكي للشعب الفلسطيني», «المساعدات
// الإماراتية المقدمة إلى الشعب اليمني».
func (sc *sentenceCtx) peopleGivenTo(s slot, after int) bool {
	j := s.adjOf
	if j < after || j > after+3 || s.first != j+1 || !peeledWordIn(sc.st.x.lx.peoples, stripConj(sc.toks[j].Norm)) {
		return false
	}
	if prepClitic(firstClitic(stripConj(sc.toks[j].Norm))) == "ل" {
		return true
	}
	return j > 0 && sc.st.x.lx.to[stripConj(sc.toks[j-1].Norm)]
}

// giverOnNoun reports whether the agent of noun f is named on the noun
// itself: a nationality on it («الدعم الأمريكي») or its possessive pronoun
// («دعمها»).
func (sc *sentenceCtx) giverOnNoun(f found, agent int) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	if a := sc.slots[agent]; a.adjectival() && a.adjOf >= f.i && a.adjOf < f.end {
		return true
	}
	_, ok := arabic.StripPronoun(stripConj(sc.toks[f.i].Norm))
	return ok
}

// sanctionedNationals reports whether the nationality adjective in slot s
// qualifies a noun governed by «على» or «ضد» at or after token after, with
// at most three words or counts between and no preposition among them:
// the people, firms or sector a sanction falls on («على 128 منتجا
// أميركيا»). Not after a compound preposition («على خلفية تسميم العميل
// الروسي»).
func (sc *sentenceCtx) sanctionedNationals(s slot, after int) bool {
	lx := sc.st.x.lx
	for j := s.adjOf - 1; j >= after && j >= s.adjOf-4; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Number && j > after {
			continue // «على 128 منتجا أميركيا»: those sanctioned counted
		}
		if t.Kind != arabic.Word {
			return false
		}
		if w := stripConj(t.Norm); w == "علي" || w == "ضد" {
			return !lx.compoundOn[stripConj(sc.toks[j+1].Norm)]
		}
		if lx.isPreposition(t.Norm) {
			return false
		}
	}
	return false
}

// envoyRecalledFrom reports whether slot s names the state one's own envoy
// is recalled from: «سفيرها لدى الهند», «سفيره في موسكو», «سفيرها من
// برلين».
func (sc *sentenceCtx) envoyRecalledFrom(s slot) bool {
	return recalledFromPrep(s.prep) && (sc.ownEnvoyAt(s.first-1) || sc.ownEnvoyAt(s.first-2))
}

// recalledFromPrep reports whether prep p names the post an envoy is
// recalled from («لدى الهند», «في موسكو», «من برلين»).
func recalledFromPrep(p string) bool {
	return p == "في" || p == "من" || p == "لدي"
}

// ownEnvoyAt reports whether token j is an envoy noun with a possessive
// pronoun: «سفيرها», «سفيره», «دبلوماسييها».
func (sc *sentenceCtx) ownEnvoyAt(j int) bool {
	if j < 0 {
		return false
	}
	return sc.st.x.lx.ownEnvoy(stripConj(sc.toks[j].Norm))
}

// ownEnvoy reports whether w is an envoy noun with a possessive pronoun.
func (lx *lexicon) ownEnvoy(w string) bool {
	stem, ok := arabic.StripPronoun(w)
	return ok && lx.envoys[w] && lx.envoys[stem]
}

// hurtBySanction returns the side a sanction noun falls on when the noun
// names only who imposes it, by a nationality on it, and a word of cause
// stands right before it («تراجعت صادرات إيران بسبب العقوبات الأمريكية»,
// «لن تسلم طائرات لإيران جراء العقوبات الأمريكية»): the nearest side
// before the cause in the sentence that is a state or of one, not a place
// after «في» («كأس العالم في روسيا»), is the one hurt. It returns -1 if
// there is none.
func (sc *sentenceCtx) hurtBySanction(f found, agent int) int {
	a := sc.slots[agent]
	if f.t.kind != nounTrigger || !a.adjectival() || a.adjOf < f.i || a.adjOf >= f.end+1 || a.first < f.end {
		return -1
	}
	cause := -1
	for j := f.i - 1; j >= 0 && j >= f.i-2; j-- {
		if sc.peeledIn(sc.st.x.lx.sanctionCauses, j) {
			cause = j
			break
		}
	}
	if cause < 0 {
		return -1
	}
	for k := len(sc.slots) - 1; k >= 0; k-- {
		s := sc.slots[k]
		if s.end > cause {
			continue
		}
		// «قالت روسيا إن أسعار النفط ارتفعت بسبب العقوبات»: the speaker
		// tells of a harm; it is not the one hurt.
		if sc.triggerBetween(s.end, cause) || sc.newClauseBetween(s.end, cause) {
			return -1
		}
		if sc.sameState(s, a) || s.prep == "في" || !sc.ofSomeState(s) {
			continue
		}
		return k
	}
	return -1
}

// ofSomeState reports whether slot s names one actor that is a state or
// belongs to one: a sanction hurts a state, not a bank or a union of them.
func (sc *sentenceCtx) ofSomeState(s slot) bool {
	if len(s.actors) != 1 {
		return false
	}
	x, ok := sc.st.x.lex.ByID(s.actors[0])
	return ok && x.Country != ""
}

// sanctionReachAfter returns the index of a verb saying whom sanction f
// falls on, past at most two adjectives and a relative pronoun after it
// («العقوبات الأمريكية الجديدة التي تستهدف»); -1 if none.
func (sc *sentenceCtx) sanctionReachAfter(f found) int {
	lx := sc.st.x.lx
	for j := f.end; j < len(sc.toks) && j <= f.end+3; j++ {
		t := sc.toks[j]
		if t.Norm == "،" || t.Norm == "," {
			continue // «عقوبات جديدة، تستهدف»
		}
		if t.Kind != arabic.Word {
			return -1
		}
		w := stripConj(t.Norm)
		if lx.sanctionReach[w] {
			return j
		}
		if !lx.relative[w] && !looksAdjective(w) && !sc.adjectivesOnly(j, j+1) && !sc.definiteAdjectives(j, j+1) && !overlaps(sc.slots, j) {
			return -1
		}
	}
	return -1
}

// reachOfSanction reports whether verb f is the one that says whom a
// sanction named before it falls on.
func (sc *sentenceCtx) reachOfSanction(f found) bool {
	for _, t := range sc.trigs {
		if t.t.rel == Sanction && t.end <= f.i && sc.sanctionReachAfter(t) == f.i {
			return true
		}
	}
	return false
}

// goodsOf reports whether slot s is the genitive of a noun of goods
// governed by «على» at or after token after: «على واردات الصين».
func (sc *sentenceCtx) goodsOf(s slot, after int) bool {
	j := s.first - 2
	if j < after || j < 0 || !sc.st.x.lx.goods[stripConj(sc.toks[j+1].Norm)] {
		return false
	}
	return stripConj(sc.toks[j].Norm) == "علي"
}

// leviedReach is how many words may stand between bare fees and the
// «على» of the state they fall on («رسوما جديدة إضافية على الصين»).
const leviedReach = 3

// leviedOn reports whether slot s names the state bare fees after token
// after fall on: the state right after «على» («رسوما على الصين»), or the
// one whose goods are taxed («على واردات أمريكية», «على الصلب التركي»,
// «على واردات الصين», «على السلع القادمة من كندا»). Fees on visas or
// tourists («على تأشيرات السياح الروس») sanction no one.
func (sc *sentenceCtx) leviedOn(s slot, after int) bool {
	lx := sc.st.x.lx
	switch {
	case s.adjectival():
		t := sc.toks[s.adjOf]
		return (lx.goods[stripConj(t.Norm)] || peeledTokenIn(lx.modal.tradeTargets, t)) && sc.sanctionedNationals(s, after)
	case s.prep == "":
		return sc.goodsOf(s, after)
	case s.prep == "علي":
		on := s.first - 1
		return !s.person && on >= after && on <= after+leviedReach && !slices.ContainsFunc(sc.toks[after:on], func(t arabic.Token) bool {
			return t.Kind != arabic.Word || lx.isPreposition(t.Norm)
		})
	}
	return sc.goodsFrom(s, after)
}

// goodsFrom reports whether slot s names the state goods come from, the
// goods taxed after token after: «على البضائع القادمة من الولايات
// المتحدة», «على الصلب المستورد من تركيا».
func (sc *sentenceCtx) goodsFrom(s slot, after int) bool {
	lx := sc.st.x.lx
	origin := s.first - 2
	if s.prep != "من" || origin <= after || !lx.goodsOrigin[stripConj(sc.toks[origin].Norm)] {
		return false
	}
	for j := origin - 1; j >= after && j >= origin-3; j-- {
		if t := sc.toks[j]; lx.goods[stripConj(t.Norm)] || peeledTokenIn(lx.modal.tradeTargets, t) {
			return true
		}
	}
	return false
}

// subjectEnd returns the token after subject slot agent and the members
// coordinated with it: «أدانت إيران وروسيا الضربة الأمريكية» takes its
// object after the whole subject, not after its first member.
func (sc *sentenceCtx) subjectEnd(agent int) int {
	end := sc.conjoinedNonActor(sc.slots[agent].end)
	for i := agent + 1; i < len(sc.slots) && sc.slots[i].group == sc.slots[agent].group; i++ {
		// «الرئيس الروسي، فلاديمير بوتين، والرئيس التركي، …»: a comma
		// closes the apposition before the next member's و.
		// Past it only when the next member does start there: a list that
		// ends keeps its comma out of the subject.
		next := end
		if next < len(sc.toks) && isComma(sc.toks[next]) && slices.ContainsFunc(sc.toks[sc.slots[i-1].first:sc.slots[i-1].end], isComma) {
			next++
		}
		if sc.slots[i].first != next || !startsWithConj(sc.toks[next].Norm) {
			break
		}
		end = sc.conjoinedNonActor(sc.slots[i].end)
	}
	return end
}

// conjoinedNonActor returns where a subject list that goes on past slot end
// i with items naming no known actor ends: «اتهمت واشنطن ودول غربية النظام
// السوري», «انتقد ترامب واثنان من مستشاريه ترودو», «واتهمت بريطانيا
// وحلفاؤها روسيا». Such an item opens with و on a noun and runs, with no
// act, comma or clause word, up to the next actor, which is the object. It
// returns i when there is no such item.
func (sc *sentenceCtx) conjoinedNonActor(i int) int {
	lx := sc.st.x.lx
	if i >= len(sc.toks) || overlaps(sc.slots, i) || !strings.HasPrefix(sc.toks[i].Norm, "و") || !startsWithConj(sc.toks[i].Norm) {
		return i
	}
	w := stripConj(sc.toks[i].Norm)
	stem, _ := arabic.StripPronoun(w)
	if lx.isFunctionWord(w) || sc.isTriggerAt(i) && !lx.agentTriggers[w] && !lx.agentTriggers[stem] {
		return i
	}
	for j := i + 1; j < len(sc.toks) && j <= i+conjoinedItem; j++ {
		if k := sc.slotStartingAt(j); k >= 0 || overlaps(sc.slots, j) {
			// «وحليفها الأمريكي»: a nationality describes the item.
			// «ومسؤولة السياسة الخارجية ... موغيريني», «وزير الخارجية
			// السابق جون كيري»: a singular noun before a person is the
			// person's title; only a plural item is a list member of its
			// own («واثنان من مستشاريه ترودو»).
			if k < 0 || sc.slots[k].adjectival() || sc.slots[k].person && !pluralShape(stem) && !strings.HasSuffix(stem, "ان") {
				return i
			}
			return j
		}
		t := sc.toks[j]
		w := stripConj(t.Norm)
		if t.Kind != arabic.Word || startsWithConj(t.Norm) && w != t.Norm || sc.isTriggerAt(j) || lx.complementizer[t.Norm] || lx.isFunctionWord(w) && !(w == "من" && j == i+1) {
			return i
		}
	}
	return i
}

// genitiveOfPrep reports whether slot s is the genitive of a noun that one
// of preps governs («ضد مواقع سورية», «لمواقع إيرانية»): the side struck is
// where the act landed, not an object of a verb before it.
func (sc *sentenceCtx) genitiveOfPrep(s slot, preps []string) bool {
	n := s.first - 1
	if n < 1 || sc.toks[n].Kind != arabic.Word || sc.st.x.lx.isFunctionWord(stripConj(sc.toks[n].Norm)) {
		return false
	}
	before := stripConj(sc.toks[n-1].Norm)
	clitic := prepClitic(firstClitic(sc.toks[n].Norm))
	for _, p := range preps {
		if p != "" && (before == p || clitic == p) {
			return true
		}
	}
	return false
}

// actObject reports whether an accusing verb's object is an act noun whose
// genitive or nationality adjective is slot s («وصف الكرملين زعم أوكرانيا»,
// «أدان الاتحاد هجوم روسيا», «نددت قطر بالغارات الروسية»): criticising an
// act is criticising its author.
func (sc *sentenceCtx) actObject(f found, after int, s slot) bool {
	// «سترد على أي هجوم إسرائيلي»: a retaliation promised for an act
	// threatens its author.
	retaliation := f.t.rel == Threaten && len(f.t.rest) > 0 && f.t.rest[len(f.t.rest)-1] == "علي"
	if f.t.rel != Accuse && f.t.rel != Reject && !retaliation || f.t.kind != verbTrigger || s.prep != "" {
		return false
	}
	lx := sc.st.x.lx
	describing := lx.describe[stripConj(sc.toks[f.i].Norm)]
	if retaliation {
		after = max(after, f.end) // past the trigger's own «على»
	}
	after = sc.skipAdverbs(after)
	if retaliation && after < len(sc.toks) && lx.anyQuantifier[sc.toks[after].Norm] {
		after++ // «على أي هجوم»
	}
	for _, t := range sc.trigs {
		if retaliation && t.i == after && !hostileAct(t.t.rel) {
			continue
		}
		if t.i != after || startsWithConj(sc.toks[t.i].Norm) {
			continue
		}
		// «ندد بالغارات»: a hostile act may come after the verb's own ب;
		// «اتهمها بدعم حماس» is the charge, not the object.
		if c := prepClitic(firstClitic(sc.toks[t.i].Norm)); c != "" && (c != "ب" || !hostileAct(t.t.rel)) {
			continue
		}
		// «انتقد حلفاء الولايات المتحدة» criticises the allies, not the
		// state; «وصف الاتفاق الروسي التركي بأنه مؤقت» describes an act
		// that is no wrong.
		if lx.agentTriggers[stripConj(sc.toks[t.i].Norm)] || describing && !blameworthy(t.t.rel) {
			continue
		}
		// «رفضت روسيا دعوة بريطانيا», «رفضت موسكو الاتهامات البريطانية»:
		// one rejects a demand, a call or an accusation of its author.
		if f.t.rel == Reject && !rejectable(t.t.rel) {
			continue
		}
		if s.adjectival() && s.adjOf >= t.i && s.adjOf < t.end || !s.adjectival() && t.end == s.first {
			return true
		}
	}
	return false
}

// predicatedOf reports whether the noun at token to, naming someone by an
// act («حليف», «داعم»), is said of slot subj: only commas, dashes, an aside
// in brackets, copulas and words like «أحد» or «أبرز» stand between them.
// Right after a verb's subject, a plural («انتقد ترامب حلفاء الولايات
// المتحدة», «أغضب ماكرون حلفاء بريطانيا») is the verb's object, not the
// subject's title.
func (sc *sentenceCtx) predicatedOf(subj slot, to int) bool {
	lx := sc.st.x.lx
	gap := false
	for j := subj.end; j < to; j++ {
		w := stripConj(sc.toks[j].Norm)
		switch {
		case w == "(":
			for j < to && sc.toks[j].Norm != ")" {
				j++
			}
			gap = true
		case sc.toks[j].Kind == arabic.Punct:
			gap = true
		case lx.allyPredicates[w]:
			gap = true
		case lx.timeWord(sc.toks[j].Norm):
		default:
			return false
		}
	}
	if gap || !pluralShape(stripConj(sc.toks[to].Norm)) {
		return true
	}
	// A plural right after its actor is said of it only where no verb
	// governs both: «روسيا حلفاء الأسد», «تعتبر إيران حلفاء دمشق».
	v := subj.first - 1
	if v < 0 || sc.toks[v].Kind == arabic.Punct {
		return true
	}
	w := stripConj(sc.toks[v].Norm)
	return lx.allyPredicates[w] || lx.complementizer[w]
}

// pluralShape reports whether a noun has the ending of a plural («حلفاء»,
// «الداعمين», «داعمي»).
func pluralShape(w string) bool {
	for _, suf := range []string{"اء", "ين", "ون", "ي"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// objectOfVerdict reports whether the noun at token to is the object of a
// verb of rejecting or accusing, a few words before it, whose subject is
// slot subj (before it, SVO, or after it, VSO). The charge after «بشن»
// («اتهمت بشن هجوم»), an act after «فرض» and an ally are no such object.
func (sc *sentenceCtx) objectOfVerdict(subj slot, to int) bool {
	lx := sc.st.x.lx
	if to > 0 && lx.actMasdars[strings.TrimPrefix(stripConj(sc.toks[to-1].Norm), "ب")] {
		return false
	}
	if lx.agentTriggers[stripConj(sc.toks[to].Norm)] {
		return false // «وصفت روسيا، أقوى حلفاء الأسد، …»: the subject's title
	}
	for _, t := range sc.trigs {
		if t.t.rel != Reject && t.t.rel != Accuse {
			continue
		}
		if t.t.kind != verbTrigger {
			// «دعت روسيا المجلس إلى إدانة العدوان»: the act right after a
			// noun of condemning is what is condemned.
			if t.t.kind == nounTrigger && t.i >= subj.end && t.i < to && sc.skipAdverbs(t.end) == to {
				return true
			}
			continue
		}
		if t.i >= subj.end && t.i < to && to-sc.pastAside(t.end) <= 3 || t.end == subj.first && to-sc.pastAside(subj.end) <= 3 {
			return true
		}
	}
	return false
}

// pastAside returns the first token from i on past adverbs, quotes and one
// aside between commas that names no actor and holds no trigger: «دان
// الكرملين "بأقصى درجات الحزم" الضربات», «استنكر الوزير، عبر حسابه على
// تويتر، إطلاق الصواريخ».
func (sc *sentenceCtx) pastAside(i int) int {
	i = sc.skipAdverbs(i)
	if i == 0 || i >= len(sc.toks) || sc.toks[i-1].Norm != "،" && sc.toks[i-1].Norm != "," {
		return i
	}
	for j := i; j < len(sc.toks) && j < i+6; j++ {
		if isComma(sc.toks[j]) {
			if !sc.busy(i, j) {
				return sc.skipAdverbs(j + 1)
			}
			break
		}
	}
	return i
}

// busy reports whether tokens [from, to) hold a slot or a trigger.
func (sc *sentenceCtx) busy(from, to int) bool {
	for _, s := range sc.slots {
		if s.first < to && s.end > from {
			return true
		}
	}
	for _, t := range sc.trigs {
		if t.i < to && t.end > from {
			return true
		}
	}
	return false
}

// rejectable reports whether an act of kind rel is one whose rejection
// rejects its author: a demand, a call or an accusation.
func rejectable(rel Relation) bool {
	return rel == Demand || rel == Intend || rel == Accuse
}

// blameworthy reports whether an act of kind rel is one a description may
// blame its author for: not a meeting, an agreement or help.
func blameworthy(rel Relation) bool {
	switch rel {
	case Consult, Agree, Cooperate, Support, Aid, Mediate:
		return false
	}
	return true
}

// skipAdverbs returns the first token from i on that is no comma, quote,
// adverb of time or adverb of manner: «أدانت فرنسا، الأحد، بشدة الهجوم»,
// «أدانت قطر "العدوان" الإسرائيلي».
func (sc *sentenceCtx) skipAdverbs(i int) int {
	lx := sc.st.x.lx
	for i < len(sc.toks) {
		t := sc.toks[i]
		switch {
		case t.Norm == "،" || t.Norm == "," || isQuote(t):
			i++
		case t.Kind == arabic.Word && lx.timeWords[t.Norm]:
			i++
		case lx.manner.matchAt(sc.toks, i) > 0:
			i += lx.manner.matchAt(sc.toks, i)
		default:
			return i
		}
	}
	return i
}

// pronounOn reports whether the noun of f carries an attached pronoun
// though the trigger list names that form whole («اتهامها», «انتقاده»).
func (sc *sentenceCtx) pronounOn(f found) bool {
	if f.end != f.i+1 {
		return false
	}
	// «إدانة» normalizes to a final «ه» that is no pronoun.
	if strings.HasSuffix(sc.toks[f.i].Text, "ة") {
		return false
	}
	stem, ok := arabic.StripPronoun(stripConj(sc.toks[f.i].Norm))
	if !ok {
		return false
	}
	for _, t := range sc.st.x.lx.triggers[stem] {
		if t.rel == f.t.rel && t.kind == nounTrigger && len(t.rest) == 0 {
			return true
		}
	}
	return false
}

// pronounObject returns, for a circumstantial participle followed by a
// detached object pronoun («متهمة إياها»), the nearest actor before it
// outside the agent's group: what the clause acted on. -1 otherwise.
func (sc *sentenceCtx) pronounObject(f found, agent int) int {
	if f.t.kind != circumstantialTrigger || f.end >= len(sc.toks) || !sc.st.x.lx.objectPronouns[sc.toks[f.end].Norm] ||
		sc.st.x.lx.describing[sc.toks[f.i].Norm] || sc.st.x.lx.describing[stripConj(sc.toks[f.i].Norm)] {
		return -1
	}
	for i := len(sc.slots) - 1; i >= 0; i-- {
		s := sc.slots[i]
		if s.end > f.i || s.adjectival() || s.group == sc.slots[agent].group || sameActors(s, sc.slots[agent]) {
			continue
		}
		if sc.relativeIn(s.end, f.i) {
			return -1
		}
		return i
	}
	return -1
}

// speechAct reports whether rel is said rather than done.
func speechAct(rel Relation) bool {
	return rel == Accuse || rel == Threaten || rel == Demand || rel == Reject
}

// hostileAct reports whether rel is a hostile act one condemns: an attack,
// a threat or a sanction.
func hostileAct(rel Relation) bool {
	return rel == Attack || rel == Threaten || rel == Sanction
}

// fromPlace reports whether the noun a nationality adjective qualifies
// follows a preposition of origin («من فوق الأراضي اللبنانية»).
func (sc *sentenceCtx) fromPlace(s slot) bool {
	for j := s.adjOf - 1; j >= 0 && j >= s.adjOf-2; j-- {
		if w := stripConj(sc.toks[j].Norm); sc.st.x.lx.from[w] || w == "فوق" {
			return true
		}
	}
	for _, w := range arabic.Peel(sc.toks[s.adjOf].Norm) {
		if strings.HasPrefix(sc.toks[s.adjOf].Norm, "من") && w != sc.toks[s.adjOf].Norm {
			return true
		}
	}
	return false
}

// objectBefore reports whether a noun that is no actor stands as the act's
// object between the trigger (or its subject) and candidate slot s, so that
// s belongs to another phrase: «اتهمت السلطات البلجيكية شخصين ... لجماعة
// مجاهدي خلق», «هجوم بالمتفجرات على اجتماع في فرنسا لجماعة …». A word
// after a preposition, an adverb of time and a noun that s qualifies or
// owns («مواقع للحوثيين», «مواقع تابعة لإيران») do not block.
func (sc *sentenceCtx) objectBefore(f found, from int, s slot) bool {
	lx := sc.st.x.lx
	to := s.first
	if s.adjectival() {
		to = s.adjOf
	}
	if s.prep == "داخل" || s.prep == "في" && f.t.rel == Attack {
		return false // where it happened: «قصفت أهدافا داخل سوريا»
	}
	if s.prep == "من" && f.t.rel == Retreat {
		return false // the forces withdrawn: «سحبت روسيا قواتها من سوريا»
	}
	if f.t.rel == Attack && f.t.kind != verbTrigger && s.prep == "ل" && !s.adjectival() && sc.lamAfterNoun(max(from, f.end), s) {
		return true
	}
	adverbial := false
	for j := from; j < to; j++ {
		t := sc.toks[j]
		// «انتقد أردوغان، في كلمة ألقاها أمام البرلمان، الولايات المتحدة»:
		// a circumstance between commas parts no object from its verb.
		if f.t.kind == verbTrigger && isComma(t) {
			if e := sc.circumstanceAside(j, to); e > j {
				j = e
				continue
			}
		}
		if t.Kind != arabic.Word || overlaps(sc.slots, j) {
			continue
		}
		w := stripConj(t.Norm)
		if f.t.kind != verbTrigger {
			// A noun's adjectives may follow it («هجمات شبه يومية ضد
			// إسرائيل»); only a target preposition's own noun blocks.
			if j > 0 && isTargetPrep(sc.toks[j-1].Norm) && j+1 != to && !sc.ownedBy(j, s) && !sc.targetsOf(j, to) && !(j+2 == to && s.prep == "من" && sc.membersStruck(s, j)) {
				return true
			}
			continue
		}
		if sc.isTriggerAt(j) || j == f.thing {
			continue
		}
		if lx.isFunctionWord(w) || lx.timeWord(t.Norm) || lx.loyal[w] {
			continue
		}
		if j > 0 && lx.isPreposition(sc.toks[j-1].Norm) {
			continue // the noun of a prepositional phrase
		}
		// «اتهمت واشنطن في بيان مشترك الاثنين موسكو»: the word after the
		// noun of «في» qualifies it when only a day or a comma parts it
		// from the object.
		if j > 1 && stripConj(sc.toks[j-2].Norm) == "في" && sc.toks[j-1].Kind == arabic.Word && !lx.isFunctionWord(stripConj(sc.toks[j-1].Norm)) &&
			!startsWithConj(t.Norm) && sc.onlyAdverbs(j+1, to) {
			continue
		}
		if prepClitic(firstClitic(t.Norm)) != "" {
			adverbial = true
			continue // «بالمتفجرات», «بشدة»: an adverbial phrase
		}
		if adverbial && looksAdjective("ال"+strings.TrimPrefix(w, "ال")) {
			continue // «بدليل مادي»: the phrase's adjective
		}
		if adverbial && f.t.rel == Attack && hasArticle(t.Norm) && !startsWithConj(t.Norm) && sc.isMeans(j-1) && prepClitic(firstClitic(sc.toks[j-1].Norm)) != "" {
			continue // «بالمدفعية الثقيلة»: the adjective of the means struck with
		}
		if j+1 == to || sc.ownedBy(j, s) {
			continue // «مواقع للحوثيين», «أهدافا عسكرية للجيش السوري»
		}
		if j+2 == to && f.t.rel == Attack && s.prep == "من" && sc.membersStruck(s, j) {
			continue // «عناصر من داعش»
		}
		// «مواقع وتحصينات الحوثيين»: the party owns them all. Not the
		// nationality of a noun after them: «مواقع الميليشيات الإيرانية»
		// names the militia's patron.
		if f.t.rel == Attack && !s.adjectival() && sc.targetsOf(j, to) {
			j = to - 1
			continue
		}
		// A preposition of the target must come right after the object
		// for the object to be the actor's («هجوم على اجتماع» then
		// «لجماعة» further on is not).
		return true
	}
	return false
}

// membersStruck reports whether slot s, after «من», names the party of
// the people an act hits: a noun of members at token after (the start of
// the object), or after a target preposition within two words of it
// («استهدفت عناصر من», «النار على مسلحين من»).
func (sc *sentenceCtx) membersStruck(s slot, after int) bool {
	h := s.first - 2
	if h < 1 || sc.toks[h+1].Norm != "من" || !sc.st.x.lx.forces.members[stripConj(sc.toks[h].Norm)] || overlaps(sc.slots, h) {
		return false
	}
	return h == after || isTargetPrep(sc.toks[h-1].Norm) && h-1 >= after && h-1 <= after+2
}

// targetsOf reports whether the words [j, to) are things an attack hits,
// joined by «و» or each the genitive of the one before, the party at to
// owning them all («مواقع وتجمعات الحوثيين», «أحد مواقع الجيش», «محيط
// مطار دمشق»).
func (sc *sentenceCtx) targetsOf(j, to int) bool {
	fw := sc.st.x.lx.forces
	if to-j < 2 || to-j > 4 {
		return false
	}
	if fw.targetCounts[stripConj(sc.toks[j].Norm)] {
		j++ // «أحد», «عدة»: how many of them
	}
	for i := j; i < to; i++ {
		w := stripConj(sc.toks[i].Norm)
		if !fw.targets[w] || sc.toks[i].Kind != arabic.Word || overlaps(sc.slots, i) || sc.isTriggerAt(i) || hasArticle(sc.toks[i].Norm) {
			return false
		}
		if i > j && startsWithConj(sc.toks[i].Norm) && !sc.conjoinedNoun(i, false) {
			return false
		}
	}
	return true
}

// circumstanceAside returns the index of the comma closing an aside opened
// by the comma at i with a preposition or a word of time («، في بيان،»,
// «، خلال مؤتمر صحفي،»), when it closes before to and holds no actor and
// no clause of its own; -1 otherwise.
func (sc *sentenceCtx) circumstanceAside(i, to int) int {
	lx := sc.st.x.lx
	if i+1 >= to {
		return -1
	}
	w := stripConj(sc.toks[i+1].Norm)
	// «، بحسب مصادر محلية،», «، للمرة الثانية،»: a preposition written
	// on the word opens an aside too.
	if !lx.isPreposition(w) && !lx.timeWord(sc.toks[i+1].Norm) && !lx.circumstance[w] && prepClitic(firstClitic(w)) == "" {
		return -1
	}
	for j := i + 2; j < to && j <= i+objectAfter; j++ {
		n := sc.toks[j].Norm
		if isComma(sc.toks[j]) {
			return j
		}
		if overlaps(sc.slots, j) || lx.relative[stripConj(n)] || lx.complementizer[stripConj(n)] || isQuote(sc.toks[j]) {
			return -1
		}
	}
	return -1
}

// onlyAdverbs reports whether tokens [from, to) are only commas, quotes and
// words of time.
func (sc *sentenceCtx) onlyAdverbs(from, to int) bool {
	for j := from; j < to; j++ {
		t := sc.toks[j]
		if !isComma(t) && !isQuote(t) && !sc.st.x.lx.timeWord(t.Norm) {
			return false
		}
	}
	return true
}

// lamAfterNoun reports whether an actor after ل belongs to another noun
// than the attack noun: to a place («غارات للتحالف في الساحل الغربي
// لليمن» names where) or to another actor as its patron («قصف لميليشيات
// الحوثي الموالية لإيران»), unless that noun is the struck one («على
// القواعد الخلفية لحزب العمال»).
func (sc *sentenceCtx) lamAfterNoun(from int, s slot) bool {
	lx := sc.st.x.lx
	j := s.first - 1
	for j >= from && j > 0 && sc.toks[j].Kind == arabic.Word && !overlaps(sc.slots, j) && !lx.loyal[stripConj(sc.toks[j].Norm)] &&
		(looksAdjective(stripConj(sc.toks[j].Norm)) || sc.adjectivesOnly(j, j+1) || lx.nounAdjectives[stripConj(sc.toks[j].Norm)]) {
		j-- // the adjectives of the noun before, if any
	}
	if j < from || j <= 0 || sc.toks[j].Kind != arabic.Word || overlaps(sc.slots, j) {
		return false
	}
	w := stripConj(sc.toks[j].Norm)
	if lx.loyal[w] {
		// «الموالية لإيران» right after an actor names its patron.
		j--
		for j > 0 && !overlaps(sc.slots, j) && (looksAdjective(stripConj(sc.toks[j].Norm)) || sc.adjectivesOnly(j, j+1)) {
			j--
		}
		return j >= 0 && overlaps(sc.slots, j)
	}
	return hasArticle(w) && !lx.isFunctionWord(w) && !sc.isTriggerAt(j) && !isTargetPrep(sc.toks[j-1].Norm)
}

// ownedBy reports whether slot s, after ل, owns the noun at j: only
// adjectives and a word of belonging stand between them («أهدافا عسكرية
// للجيش», «مواقع متفرقة تابعة لحزب الله», «المواقع العسكرية التابعة
// للنظام»).
func (sc *sentenceCtx) ownedBy(j int, s slot) bool {
	if s.prep != "ل" || s.adjectival() || s.first <= j {
		return false
	}
	lx := sc.st.x.lx
	definite := tokenHasArticle(sc.toks[j])
	// «مخزن سلاح تابعا للحوثيين»: a word of belonging before the owner
	// lets the noun struck have a genitive of its own.
	loyalAhead := s.first-1 > j && lx.loyal[stripConj(sc.toks[s.first-1].Norm)]
	for i := j + 1; i < s.first; i++ {
		w := stripConj(sc.toks[i].Norm)
		switch {
		case sc.toks[i].Kind != arabic.Word || overlaps(sc.slots, i) || sc.isTriggerAt(i) || lx.isFunctionWord(w):
			return false
		case lx.loyal[w] && i+1 == s.first:
		case definite && looksAdjective(w), !definite && (sc.adjectivesOnly(i, i+1) || lx.nounAdjectives[w]):
		case !definite && loyalAhead && strings.HasSuffix(w, "يا") && len([]rune(w)) > 4:
			// «مقرا عسكريا تابعا لحماس»: the accusative of a nisba
		case sc.conjoinedNoun(i, definite): // «مواقع وآليات للحوثيين»
		case loyalAhead && i == j+1 && !definite && prepClitic(firstClitic(w)) == "" && !lx.loyal[w] && !sc.fightersNoun(w):
			// not «مواقع الميليشيات الموالية لإيران», where the word of
			// belonging names the fighters' patron
			definite = hasArticle(w) // «مخازن الأسلحة التابعة»: the genitive's adjectives follow
		default:
			return false
		}
	}
	return true
}

// isTargetPrep reports whether w is a preposition that introduces the
// target of a hostile act («على», «ضد»).
func isTargetPrep(w string) bool {
	w = stripConj(w)
	return w == "علي" || w == "ضد"
}

// firstClitic returns the proclitics of w that arabic.Peel finds (the part
// before its shortest reading), "" when there are none.
func firstClitic(w string) string {
	rs := arabic.Peel(w)
	if len(rs) < 2 {
		return ""
	}
	return strings.TrimSuffix(w, rs[len(rs)-1])
}

// bareHead reports whether the noun at j stands with no preposition before
// it or on it.
func (sc *sentenceCtx) bareHead(j int) bool {
	if p := prepClitic(firstClitic(sc.toks[j].Norm)); p != "" {
		return false
	}
	return j == 0 || !sc.st.x.lx.isFunctionWord(stripConj(sc.toks[j-1].Norm))
}

// sameActors reports whether two slots name exactly the same actors
// («البيت الأبيض ... الولايات المتحدة»): one cannot be the other's target.
func sameActors(a, b slot) bool {
	if len(a.actors) != len(b.actors) {
		return false
	}
	for i := range a.actors {
		if a.actors[i] != b.actors[i] {
			return false
		}
	}
	return true
}

func (sc *sentenceCtx) isTriggerAt(i int) bool {
	for _, t := range sc.trigs {
		if t.i <= i && i < t.end {
			return true
		}
	}
	return false
}

// passive handles participles whose agent follows a preposition:
// «الجماعات المدعومة من إيران، بما في ذلك حزب الله», «قوات سوريا
// الديمقراطية المتحالفة مع الولايات المتحدة».
func (sc *sentenceCtx) passive(f found) {
	agent := sc.firstSlot(f.end, f.end+3, func(s slot) bool { return s.prep == "من" || s.prep == "مع" || s.prep == "ل" || s.prep == "ب" })
	if agent < 0 {
		agent = sc.nisbaAgent(f) // «المدعومة من التحالف الأمريكي»
	}
	if agent < 0 {
		return
	}
	before := sc.skipAside(f.i)
	// «تحرير المديرية من الميليشيات الحوثية بدعم من التحالف»: a backing
	// phrase after ب does not qualify the actor after «من» before it,
	// whom the act starts from.
	backing := prepClitic(firstClitic(sc.toks[f.i].Norm)) == "ب"
	// «وطالبت الحكومة بدعم من التحالف»: backing asked for is not given.
	if backing && sc.firstTrig(max(f.i-4, 0), f.i, func(t found) bool { return t.t.rel == Demand && t.end <= f.i }) >= 0 {
		return
	}
	patient := sc.lastSlot(before-3, before, func(s slot) bool {
		return !s.adjectival() && !(backing && s.prep == "من" && (s.first == 0 || sc.toks[s.first-1].Norm != "قبل"))
	})
	// «القوات الحكومية السورية المدعومة من روسيا»; after و the participle
	// describes a noun further back («في الشمال السوري والمدعومة»).
	if patient < 0 && prepClitic(firstClitic(sc.toks[f.i].Norm)) != "ب" && !startsWithConj(sc.toks[f.i].Norm) {
		patient = sc.nisbaPatient(f, before)
	}
	// «النزاع بين كييف والمتمردين المدعومين من روسيا»: the second side
	// of «بين», joined by «و» after the actor, is what the participle
	// describes.
	if patient >= 0 && sc.newConjunct(sc.slots[patient].end, before) && (sc.slots[patient].prep == "بين" || sc.betweenBefore(sc.slots[patient].first)) {
		return
	}
	if patient < 0 && prepClitic(firstClitic(sc.toks[f.i].Norm)) == "ب" {
		// «وحشد الجيش السوري قواته للهجوم بدعم من روسيا»: backing
		// phrase of the clause; the one backed is an actor that may act
		// right before it («الاعتداءات للميليشيا الانقلابية على الشعب
		// بدعم من إيران»), not a target, a place or a backer; else the
		// clause's subject.
		patient = sc.lastSlot(f.i-4, f.i, func(s slot) bool {
			if s.adjectival() {
				return sc.bareHead(s.adjOf) // «تقدم المقاومة اليمنية», not «على مواقع سورية»
			}
			return (s.prep == "" || s.prep == "ل") && !s.place
		})
		if patient < 0 {
			patient = sc.firstSlot(0, f.i, func(s slot) bool { return plain(s) || s.adjectival() && s.adjOf <= 2 })
			// «أقر زعيم الحوثيين بتقدم القوات المشتركة بإسناد من
			// التحالف»: a force no actor names, right before the phrase,
			// is the one backed, not an armed group heading the clause.
			if patient >= 0 && sc.isGroup(sc.slots[patient]) && sc.unnamedForceBefore(f.i) {
				patient = -1
			}
			// «تحصينات ميليشيات الحوثي … للمقاومة الوطنية بإسناد من
			// التحالف», «عناصر تنظيم القاعدة … بإسناد من التحالف»: a
			// fighting force no actor names, between the clause's first
			// actor and the phrase, is the one backed.
			if patient >= 0 && sc.foreignToForces(sc.slots[patient]) && sc.unnamedBackedBetween(sc.slots[patient].end, f.i) {
				patient = -1
			}
		}
	}
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
	patients := sc.groupOf(patient)
	// «القتال بين قوات التحالف والمسلحين الحوثيين المدعومين من إيران»:
	// the sides of «بين» are opponents; the participle right after the
	// last describes that one only.
	if sc.slots[patient].prep == "بين" && sc.slots[patient].end == before {
		patients = []int{patient}
	}
	sc.add(f.t.rel, f, sc.groupOf(agent), patients, Source, Target, confClause)
}

// formerAlly reports whether trigger f is a noun of an ally that «السابق»
// right after it says is one no more.
func (sc *sentenceCtx) formerAlly(f found) bool {
	if f.end >= len(sc.toks) || !sc.st.x.lx.former[sc.toks[f.end].Norm] {
		return false
	}
	return sc.triggerIn(f, sc.st.x.lx.allyNouns)
}

// namesBody reports whether trigger f, a bare noun with no article and no
// preposition, opens the name of the body or gathering right before it,
// past an opening quote («تحالف "دعم الشرعية في اليمن"», «مركز إسناد
// العمليات الإنسانية»).
func (sc *sentenceCtx) namesBody(f found) bool {
	w := stripConj(sc.toks[f.i].Norm)
	if strings.HasPrefix(w, "ال") || prepClitic(firstClitic(sc.toks[f.i].Norm)) != "" {
		return false
	}
	j := f.i - 1
	if j >= 0 && isQuote(sc.toks[j]) && !closingQuoteAt(sc.toks, j) {
		j--
	}
	return j >= 0 && sc.toks[j].Kind == arabic.Word && peeledWordIn(sc.st.x.lx.nameHeads, sc.toks[j].Norm)
}

// namedByAdjective reports whether a nationality names the noun at j
// («قوات الجيش اليمني»).
func (sc *sentenceCtx) namedByAdjective(j int) bool {
	return slices.ContainsFunc(sc.slots, func(s slot) bool { return s.adjectival() && s.adjOf == j })
}

// unnamedBackedBetween reports whether a noun of a fighting force that
// no actor names («المقاومة», «القوات المشتركة») stands in tokens [from,
// to): backing given «بإسناد من» goes to
// it, not to an actor named before it.
//
// The noun must stand bare or after «لـ» («تقدما للقوات المشتركة»),
// not after another preposition («بعد القوات الحكومية», «المنضوية في
// المقاومة»), and have no nationality naming it («قوات الجيش اليمني»).
func (sc *sentenceCtx) unnamedBackedBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if overlaps(sc.slots, j) || sc.toks[j].Kind != arabic.Word || !peeledWordIn(sc.st.x.lx.forces.backed, sc.toks[j].Norm) || sc.namedByAdjective(j) {
			continue
		}
		// «إن القوات المشتركة، بدعم من التحالف»: after «إن» it is a subject.
		if prepClitic(firstClitic(sc.toks[j].Norm)) == "ل" || sc.bareHead(j) || j > 0 && sc.st.x.lx.complementizer[stripConj(sc.toks[j-1].Norm)] {
			return true
		}
	}
	return false
}

// foreignToForces reports whether slot s names no state's own side: an
// armed group, a person (the clause's speaker, a group's leader), or a
// state after a noun of fighters («ميليشيات إيران»). Such an actor,
// named before an unnamed force, is not the one a backing phrase backs.
func (sc *sentenceCtx) foreignToForces(s slot) bool {
	if sc.isGroup(s) || s.person {
		return true
	}
	return s.first > 0 && peeledWordIn(sc.st.x.lx.forces.fighters, sc.toks[s.first-1].Norm)
}

// unnamedForceBefore reports whether a noun of forces that no actor
// names stands within the three words before token i, past a comma and
// adjectives only: «للقوات المشتركة، بإسناد من».
func (sc *sentenceCtx) unnamedForceBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if overlaps(sc.slots, j) || sc.toks[j].Kind != arabic.Word && !isComma(sc.toks[j]) {
			return false
		}
		if peeledWordIn(sc.st.x.lx.forces.heads, sc.toks[j].Norm) {
			return true
		}
	}
	return false
}

// skipAside returns where the words before token i end once a
// parenthesis right before it is left out: «قوات سوريا الديمقراطية (خليط
// من مقاتلين عرب وأكراد) المدعومة من قبل أمريكا».
// participle builds the act an active participle reports of the noun it
// qualifies: that noun, an actor or a nationality adjective right before
// it, is the agent, and the object follows after ل («روسيا وإيران
// الداعمتين للنظام السوري», «القوات الإيرانية الداعمة للأسد»).
func (sc *sentenceCtx) participle(f found) bool {
	agent := sc.lastSlot(f.i-1, f.i, func(slot) bool { return true })
	if agent < 0 {
		return false
	}
	target := sc.firstSlot(f.end, f.end+3, func(s slot) bool { return s.prep == "ل" && !s.adjectival() })
	if target < 0 || sc.slots[target].group == sc.slots[agent].group || sameActors(sc.slots[target], sc.slots[agent]) ||
		sc.crossesBoundary(f.end, sc.slots[target].first) {
		return true // the noun it qualifies is the agent, or none
	}
	// «الداعمتين للأسد وتركيا الداعمة للمعارضة»: a side that another
	// participle qualifies is that one's agent, not this one's object.
	var to []int
	for _, k := range sc.groupOf(target) {
		if !sc.isTriggerAt(sc.slots[k].end) {
			to = append(to, k)
		}
	}
	// «لحكومة الأسد وتركيا الداعمة»: a side right after an act is that
	// act's object, not one of this one's agents.
	from := []int{agent}
	for _, k := range sc.groupOf(agent) {
		if k != agent && !sc.isTriggerAt(sc.slots[k].first-1) {
			from = append(from, k)
		}
	}
	if len(to) > 0 {
		sc.add(f.t.rel, f, from, to, Source, Target, confRelative)
	}
	return true
}

// pastCircumstance returns where the object may start after a subject
// ending at i: past a circumstance the commas set off («وانتقدت روسيا، في
// بيان، الضربة الأمريكية», «استقبل هادي، في مكة المكرمة، وزير …»), or i.
func (sc *sentenceCtx) pastCircumstance(i int) int {
	// Not «، بمون يوم الجمعة،» nor «، بكين،»: an actor right after the
	// comma is the object itself, whatever letter opens its name.
	if i+1 < len(sc.toks) && isComma(sc.toks[i]) && !overlaps(sc.slots, i+1) {
		if c := sc.circumstanceAside(i, len(sc.toks)); c > i {
			return c + 1
		}
	}
	return i
}

// pastUnknownName returns the token after a name the lexicon does not know
// set off by commas right after a subject that is no person: «اتهم ممثل
// الحزب الديمقراطي الكردستاني الإيراني، محمد صالح قادري، إيران». The name
// is the office holder's, so the object follows it. Only bare words count:
// no article, clitic preposition, function word, trigger or actor. It
// returns i when there is no such name.
func (sc *sentenceCtx) pastUnknownName(agent, i int) int {
	if sc.slots[agent].person || i+2 >= len(sc.toks) || !isComma(sc.toks[i]) {
		return i
	}
	lx := sc.st.x.lx
	for j := i + 1; j < len(sc.toks) && j <= i+maxNameWords+1; j++ {
		t := sc.toks[j]
		if isComma(t) {
			if j == i+1 {
				return i
			}
			return j + 1
		}
		w := t.Norm
		if t.Kind != arabic.Word || overlaps(sc.slots, j) || sc.isTriggerAt(j) || hasArticle(w) || startsWithConj(w) ||
			prepClitic(firstClitic(w)) != "" || lx.isFunctionWord(w) || lx.timeWord(w) || lx.circumstance[w] || lx.complementizer[w] {
			return i
		}
	}
	return i
}

// pastSpokesman returns the token after a speaker phrase («على لسان») at i that
// closes with a comma, and after the name set off by commas that may follow
// it: «اتهمت الحكومة اليمنية على لسان وزير خارجيتها، إيران», «أدانت فرنسا
// على لسان رئيسها، إيمانويل ماكرون، العنف». Whose tongue it is names the
// subject's speaker, not the object. It returns i when there is no such
// phrase.
func (sc *sentenceCtx) pastSpokesman(i int) int {
	if i >= len(sc.toks) {
		return i
	}
	n := sc.st.x.lx.speakerPhrases.matchAt(sc.toks, i)
	if n == 0 || i+n >= len(sc.toks) {
		return i
	}
	for j := i + n; j < len(sc.toks) && j <= i+maxAside; j++ {
		t := sc.toks[j]
		if sentenceMark(t.Norm) || isQuote(t) || sc.st.x.lx.relative[stripConj(t.Norm)] || sc.st.x.lx.complementizer[stripConj(t.Norm)] {
			return i
		}
		if !isComma(t) {
			continue
		}
		if k := sc.slotStartingAt(j + 1); k >= 0 && sc.slots[k].person {
			if e := sc.slots[k].end; e < len(sc.toks) && isComma(sc.toks[e]) {
				return e + 1
			}
		}
		return j + 1
	}
	return i
}

func (sc *sentenceCtx) skipAside(i int) int {
	if i == 0 || sc.toks[i-1].Norm != ")" {
		return i
	}
	for j := i - 2; j >= 0 && j >= i-16; j-- {
		switch sc.toks[j].Norm {
		case "(":
			return j
		case ")":
			return i
		}
	}
	return i
}

// mediate builds a mediation: the mediator and the parties «بين X و Y», or
// else the sides of the meeting it brokered in the same sentence.
func (sc *sentenceCtx) mediate(f found) {
	// «اقترحت باريس وساطة بين أنقرة والأكراد», «عرض الوساطة»: an offer,
	// not a mediation, is the mediator's intent towards each side. (The
	// seeds' reference reads readiness, «استعداد بلاده للتوسط», as mediation.)
	rel := Mediate
	for j := f.i - 1; j >= 0 && j >= f.i-3; j-- {
		if sc.st.x.lx.offerVerbs[stripConj(sc.toks[j].Norm)] {
			rel = Intend
			break
		}
	}
	mediator, conf := sc.agent(-1, f)
	if mediator < 0 || !sc.sponsorAfter(f, mediator) {
		return
	}
	var parties []int
	if k := sc.firstSlot(f.end, f.end+objectAfter, func(s slot) bool { return s.prep == "بين" }); k >= 0 {
		parties = sc.groupOf(k)
	} else if f.i > 0 && sc.st.x.lx.relative[stripConj(sc.toks[f.i-1].Norm)] && f.end < len(sc.toks) && sc.st.x.lx.resumptive[sc.toks[f.end].Norm] {
		return // «الاتفاق الذي توسطت فيه واشنطن»: what was brokered is named, not between whom
	} else {
		// The sides of the meeting or deal it brokered, read in the same
		// sentence («توصلت حماس لاتفاق مع إسرائيل برعاية مصرية»); not every
		// actor named there («محادثات أستانة بشأن سوريا برعاية روسيا
		// وإيران وتركيا», «قراصنة برعاية الحكومة الروسية»).
		// Failing that, the sides named before it in a clause that names a
		// meeting or a deal («عقد مسؤولون من القوات التركية والنظام السوري
		// لقاء توسطت به روسيا»).
		brokered, before := sc.brokeredSides(), sc.dealBefore(f)
		for k, s := range sc.slots {
			if s.group == sc.slots[mediator].group || s.adjectival() || s.prep == "في" || s.prep == "داخل" {
				continue
			}
			if anyIn(s.actors, brokered) || before && s.end <= f.i && (s.prep == "" || s.prep == "من" || s.prep == "مع" || s.prep == "بين") && !sc.crossesBoundary(s.end, f.i) {
				parties = append(parties, k)
			}
		}
		if countActors(sc.slots, parties) < 2 {
			return
		}
		conf -= 0.15
	}
	sc.add(rel, f, sc.groupOf(mediator), parties, Mediator, Party, conf)
}

// sponsorAfter reports whether the mediator slot m stands where mediation
// f names it: after «بوساطة», «برعاية» or «تحت رعاية» only the words right
// after it or a nationality on it («برعاية الأمم المتحدة», «بوساطة
// مصرية»), not an actor before it («مجموعة عمل روسية أمريكية برعاية مركز
// عمان»).
func (sc *sentenceCtx) sponsorAfter(f found, m int) bool {
	// «بوساطة مصرية», not «قام بالوساطة»: the noun in construct.
	c := firstClitic(sc.toks[f.i].Norm)
	under := prepClitic(c) == "ب" && !strings.HasSuffix(c, "ال") || f.i > 0 && sc.st.x.lx.under[stripConj(sc.toks[f.i-1].Norm)]
	if !under || f.t.kind != nounTrigger {
		return true
	}
	s := sc.slots[m]
	return s.first == f.end || s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end
}

// allianceNamed reports whether the alliance noun f names its sides: by
// «بين» or «مع» a few words on («التحالف القديم بين اليابان والولايات
// المتحدة», «التحالف السري بينهما») or by nationalities on it («التحالف
// الإيراني الروسي»).
func (sc *sentenceCtx) allianceNamed(f found) bool {
	for _, s := range sc.slots {
		if s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end {
			return true
		}
	}
	for j := f.end; j < len(sc.toks) && j < f.end+4; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return false
		}
		if w := stripConj(t.Norm); strings.HasPrefix(w, "بين") || w == "مع" {
			return true
		}
	}
	return false
}

// brokeredSides returns the actors of the meetings, agreements, ties and
// truces read so far in the sentence: what a mediator may have brokered.
func (sc *sentenceCtx) brokeredSides() map[string]bool {
	out := map[string]bool{}
	for _, e := range sc.events {
		switch e.Relation {
		case Consult, Agree, Cooperate, Retreat:
			for _, a := range e.Args {
				out[a.Actor] = true
			}
		}
	}
	return out
}

// dealBefore reports whether a meeting, an agreement or a truce is named
// before the mediation f in its clause.
func (sc *sentenceCtx) dealBefore(f found) bool {
	for _, t := range sc.trigs {
		switch t.t.rel {
		case Consult, Agree, Retreat:
			if t.i < f.i && !sc.crossesBoundary(t.end, f.i) {
				return true
			}
		}
	}
	return false
}

func anyIn(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

// scopeBetween extends «بين» over the list that follows it even when a few
// nouns come first: «بين وزراء دفاع كل من روسيا وسوريا وتركيا», «بين وفد
// عسكري من تركيا ومسؤولين بالنظام السوري». The slots up to the next
// punctuation mark or trigger, within a few words, become one group.
func (sc *sentenceCtx) scopeBetween() {
	for j, t := range sc.toks {
		if stripConj(t.Norm) != "بين" {
			continue
		}
		group, lastEnd := -1, -1
		for k := range sc.slots {
			s := &sc.slots[k]
			if s.first <= j || s.first > j+9 || s.adjectival() {
				continue
			}
			if group >= 0 && s.first == lastEnd && s.prep != "" && s.prep != "بين" {
				break // «بين كيم وترامب بسنغافورة»: where, not a side
			}
			// «بين طالبان ومبعوث أمريكا إلى أفغانستان»: a preposition
			// right after a side, no «و» between, says where that side
			// is posted or from, not a further side.
			if group >= 0 && s.prep != "" && s.prep != "بين" && s.prep != "ب" && s.prep != "من" && s.first > lastEnd && !sc.conjoinedIn(lastEnd, s.first+1) {
				break
			}
			if sc.punctBetween(j+1, s.first) && group >= 0 || sc.triggerBetween(j+1, s.first) || group >= 0 && sc.speechVerbIn(lastEnd, s.first) {
				break
			}
			// «التقارب بين تركيا وإيران قد أغضب الحكومة في الرياض», «محادثات
			// السلام بين الإسرائيليين والفلسطينيين التي توقفت منذ أن قرر
			// ترامب»: past the sides, a noun with no «و» before it, after a
			// relative, «قد», a complementizer or a topic, is of another clause.
			if group >= 0 && s.first > lastEnd && !sc.conjoinedIn(lastEnd, s.first+1) &&
				(sc.relativeIn(lastEnd, s.first) || sc.wordIn(sc.st.x.lx.modalityLater, lastEnd, s.first) || sc.newClauseBetween(lastEnd, s.first) || sc.topicBetween(lastEnd, s.first)) {
				break
			}
			// «بين إسرائيل وحماس التي تدور رحاها في قطاع غزة»: where, not
			// a third side.
			if group >= 0 && s.prep == "في" {
				break
			}
			// «بين إسرائيل والقطاع الذي تسيطر عليه حماس»: the side is the
			// noun the relative clause describes, not the clause's subject.
			if sc.relativeSubject(*s) {
				continue
			}
			if group < 0 {
				group = s.group
			}
			for m := range sc.slots {
				if sc.slots[m].group == s.group && m != k {
					sc.slots[m].group = group
					sc.slots[m].prep = "بين"
				}
			}
			s.group, s.prep = group, "بين"
			lastEnd = s.end
		}
	}
}

// conjoinedIn reports whether a word in [from, to) carries «و»: a new
// member of a list starts there.
func (sc *sentenceCtx) conjoinedIn(from, to int) bool {
	for j := from; j < to && j < len(sc.toks); j++ {
		if strings.HasPrefix(sc.toks[j].Norm, "و") {
			return true
		}
	}
	return false
}

// newEvent returns an event of trigger f in the sentence, with no sides.
func (sc *sentenceCtx) newEvent(rel Relation, f found, conf float64) Event {
	return Event{
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
}

// add records an event between the actors of two sets of slots.
func (sc *sentenceCtx) add(rel Relation, f found, from, to []int, fromRole, toRole Role, conf float64) {
	if sc.onPitch(rel) || sc.teamsMeet(rel, f, from, to) {
		return
	}
	// «الكويت وعمان تتمتعان بعلاقات تعاون مع إيران»: each of the
	// conjoined states cooperates with the partner «مع» names, not with
	// the other.
	if rel == Cooperate && to == nil {
		if with, rest := sc.splitWith(from); len(with) > 0 && len(rest) > 1 {
			for _, a := range rest {
				sc.add(rel, f, append([]int{a}, with...), nil, fromRole, toRole, conf)
			}
			return
		}
	}
	if rel == Attack && sc.launchedInWords(f, from) {
		rel = Accuse
	}
	if sc.peopleFight(rel, f, from, to) || rel == Attack && sc.doneByOther(f, from) {
		return
	}
	if sc.amongTourStops(from, to) {
		return
	}
	e := sc.newEvent(rel, f, conf)
	seen := map[string]bool{}
	addArgs := func(ks []int, role Role) {
		for _, k := range ks {
			s := sc.slots[k]
			// The leader named after a party («التحالف بقيادة السعودية»)
			// only describes it: it is no side of the clause.
			if sc.ledParty(s) >= 0 {
				continue
			}
			// Insurgents named by a common noun («المتمردين») are sure
			// enough only as a side of fighting: «بدعم من التحالف» after
			// «الميليشيات» backs the forces before them.
			if s.rebel && rel != Attack {
				continue
			}
			// A party named by its head noun alone («مواقع التنظيم»), as
			// the rebels are, is sure enough only as a side of fighting,
			// and as its author only right after the verb («هاجم
			// التنظيم») or right before the act («شن الحزب هجمات»):
			// further off, the clause that governs it is too often another
			// one («عناصر التنظيم ... عملية نفذتها قوة»).
			if s.anaphor && (rel != Attack || role == Source && !(f.t.kind == verbTrigger && f.end == s.first || f.i == s.end)) {
				continue
			}
			// A body named by its head alone («الاتحاد», «المنظمة») fights
			// no one and is sanctioned by no one: near an attack or
			// sanctions it is one who suffers or speaks of them
			// («تعرض أحد أعضاء الحلف لهذا الاعتداء»).
			if s.body && (rel == Attack || rel == Sanction && role == Target) {
				continue
			}
			if sc.opposedAfter(rel, f, s) {
				continue
			}
			if !(role == Target && harmsPeople(rel)) && sc.privateNational(s) {
				continue // «الداعية الكويتي»: a citizen acts for no state
			}
			for _, id := range s.actors {
				if seen[id+string(role)] || sc.st.x.lx.watchdogBarred(id, rel, role) {
					continue
				}
				seen[id+string(role)] = true
				e.Args = append(e.Args, Argument{Actor: id, Role: role, Mention: sc.spanText(s.first, s.end),
					Span: Span{sc.toks[s.first].Start, sc.toks[s.end-1].End}})
			}
		}
	}
	// «زعيم الحوثيين عبد الملك الحوثي»: an office right before the person
	// who holds it names that person's own side, not a second one.
	for _, a := range from {
		for _, b := range to {
			if sc.holderOf(a, b) || sc.holderOf(b, a) {
				return
			}
		}
	}
	addArgs(from, fromRole)
	addArgs(to, toRole)
	if !rel.Symmetric() {
		e.Args = sc.withoutOwnSide(e.Args)
		if rel == Attack {
			e.Args = sc.withoutHost(e.Args)
		}
	} else if len(e.Args) == 2 {
		// «زيارة محمد بن سلمان … العلاقات مع الرياض»: one meets no
		// state of one's own.
		if a, b := e.Args[0].Actor, e.Args[1].Actor; sc.ofState(a, b) || sc.ofState(b, a) || sc.domesticParty(a, b) {
			return
		}
	}
	if len(e.Triples()) == 0 {
		return
	}
	sc.events = append(sc.events, e)
}

// peopleFight reports whether attack noun f sets one person against
// another («معركة إرادة بين أردوغان وترامب»): a fight of words or
// wills, not of arms. Killing a person («اغتيال») is an armed act
// whoever does it.
func (sc *sentenceCtx) peopleFight(rel Relation, f found, from, to []int) bool {
	if rel != Attack || f.t.kind != nounTrigger || len(from) == 0 || len(to) == 0 {
		return false
	}
	for _, k := range append(append([]int{}, from...), to...) {
		if !sc.namesPerson(sc.slots[k]) {
			return false
		}
	}
	nouns := sc.st.x.lx.incidents.nouns
	for _, r := range arabic.Peel(sc.toks[f.i].Norm) {
		if nouns[r] == masdarIncident {
			return false
		}
	}
	return true
}

// launchedInWords reports whether attack noun f is one a person launched
// himself with a past verb of launching before it («شن دوتيرتي هجوما
// عنيفا على الكويت», «وشن رئيس الوزراء هجوما على واشنطن»), with no armed
// kind, weapon or target after it: a person's own attack is made in words.
// Ordering one («أمر بشن هجوم») is not.
func (sc *sentenceCtx) launchedInWords(f found, from []int) bool {
	lx := sc.st.x.lx
	if f.t.kind != nounTrigger || f.end != f.i+1 || len(from) == 0 || !peeledTokenIn(lx.modal.verbalNouns, sc.toks[f.i]) {
		return false
	}
	for _, k := range from {
		if !sc.namesPerson(sc.slots[k]) {
			return false
		}
	}
	launched := false
	for j := f.i - 1; j >= 0 && j >= f.i-launchReach && !launched; j-- {
		if t := sc.toks[j].Norm; t == "." || t == "؛" {
			return false
		}
		// Past forms only: «سينفذ الهجوم», «بأن يشن هجوما» are yet to come.
		w := stripConj(sc.toks[j].Norm)
		r, _ := utf8.DecodeRuneInString(w)
		launched = lx.strikeVerbs[w] && !strings.ContainsRune("يتس", r)
		if launched && j > 0 && lx.barePreps[sc.toks[j-1].Norm] {
			return false // «على شن هجمات»: the verbal noun
		}
	}
	if !launched {
		return false
	}
	for j := f.end; j < len(sc.toks) && j < f.end+verbalReach; j++ {
		t := sc.toks[j]
		if t.Norm == "." || t.Norm == "؛" {
			break
		}
		if lx.modal.armedAt(t) {
			return false
		}
	}
	return true
}

// doneByReach is how far after an attack noun the verb naming its author
// may stand: past adjectives, quotes, a relative pronoun and «يشتبه في أن
// النظام».
const doneByReach = 10

// doneByOther reports whether attack noun f names its author with a verb
// of doing it that refers back to it («هجوم انتحاري تبناه تنظيم الدولة»,
// «ضربة أمرت بها حكومة الأسد», «هجوم، يشتبه في أن النظام شنه») and the
// slots from are not that author: the clause's subject only survives,
// condemns or answers the attack.
func (sc *sentenceCtx) doneByOther(f found, from []int) bool {
	if f.t.kind != nounTrigger || len(from) == 0 {
		return false
	}
	for j := f.end; j < len(sc.toks) && j < f.end+doneByReach; j++ {
		if t := sc.toks[j].Norm; t == "." || t == "؛" || sc.isTriggerAt(j) {
			return false
		}
		n := sc.st.x.lx.doneBy.matchAt(sc.toks, j)
		if n == 0 {
			continue
		}
		author := sc.firstSlot(j+n, j+n+1, plain)
		if author < 0 {
			author = sc.lastSlot(j-1, j, func(s slot) bool { return plain(s) && s.first >= f.end })
		}
		if author < 0 {
			return false
		}
		a := sc.slots[author]
		for _, k := range from {
			if s := sc.slots[k]; s.group == a.group || sameActors(s, a) {
				return false
			}
		}
		sc.authoredAttack = true
		return true
	}
	return false
}

// splitWith splits the sides of a joint act into those «مع» names and
// the others, when the others are one list.
func (sc *sentenceCtx) splitWith(ks []int) (with, rest []int) {
	for _, k := range ks {
		if sc.slots[k].prep == "مع" {
			with = append(with, k)
		} else {
			rest = append(rest, k)
		}
	}
	for _, k := range rest {
		if sc.slots[k].group != sc.slots[rest[0]].group {
			return nil, ks
		}
	}
	return with, rest
}

// leftContest reports whether retreat f withdraws from a race or a bid
// («انسحبت إسرائيل من المنافسة مع ألمانيا وبلجيكا»): no forces leave
// any ground.
func (sc *sentenceCtx) leftContest(f found) bool {
	if f.t.rel != Retreat {
		return false
	}
	// Past the subject, if it follows the verb.
	j := f.end
	for j < len(sc.toks) && overlaps(sc.slots, j) {
		j++
	}
	if j >= len(sc.toks) {
		return false
	}
	w := sc.toks[j].Norm
	if w == "من" && j+1 < len(sc.toks) {
		w = sc.toks[j+1].Norm
	} else if rest, ok := strings.CutPrefix(w, "من"); ok {
		w = rest
	} else {
		return false
	}
	return sc.st.x.lx.contestNouns[w]
}

// onPitch reports whether an act that teams also do — meet, attack,
// withdraw, march — stands in a sentence about a match: «توالت الهجمات على
// مرمى نيجيريا», «تلتقي بلجيكا مع البرازيل» after «لاعب الوسط».
func (sc *sentenceCtx) onPitch(rel Relation) bool {
	switch rel {
	case Attack, Consult, Retreat, Protest:
	default:
		return false
	}
	return sc.sportSentence()
}

// teamsMeet reports whether a meeting of states named by their names alone
// («تلتقي المكسيك مع السويد», «لقاء بين الأرجنتين وفرنسا») stands in an
// article that has told of matches: there national teams meet, and the
// sentence itself need not say so. A visit, and people or offices meeting,
// stay acts of states.
func (sc *sentenceCtx) teamsMeet(rel Relation, f found, from, to []int) bool {
	if rel != Consult || sc.st.matchTold < matchTellers || f.t.visit || f.t.travel || sc.triggerIn(f, sc.st.x.lx.visitNouns) {
		return false
	}
	n := 0
	for _, ks := range [][]int{from, to} {
		for _, k := range ks {
			s := sc.slots[k]
			if !s.place || s.person || s.title != "" || s.office || s.institution || s.adjectival() {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// opposedAfter reports whether slot s, after the trigger of a friendly act,
// follows a word of opposition in the trigger's clause: «بدعم من التحالف
// ضد الحوثيين», «حشد دعم دولي للتصدي لأنشطة إيران». Who stands there is
// the adversary the act is turned against, not its partner.
func (sc *sentenceCtx) opposedAfter(rel Relation, f found, s slot) bool {
	switch rel {
	case Support, Aid, Cooperate, Agree, Consult, Mediate:
	default:
		return false
	}
	// «عملياتها ضد داعش مع القوات العراقية»: «مع» names the partner again.
	if s.first < f.end || s.prep == "مع" {
		return false
	}
	for j := f.end; j < s.first; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return false
		}
		if sc.st.x.lx.againstWords[stripConj(t.Norm)] {
			return true
		}
	}
	return false
}

// holderOf reports whether slot p names a person right after slot o, an
// office that names no person: p holds o's office.
func (sc *sentenceCtx) holderOf(o, p int) bool {
	so, sp := sc.slots[o], sc.slots[p]
	return sp.person && !so.person && (so.office || so.title != "") && so.end == sp.first
}

// withoutOwnSide drops a target or party that every source stands for (the
// body whose office a person holds, else his state), or that stands for
// every source: a president does not condemn his own state, and «أدان
// ترامب اعتقال القس الأميركي» names the detainee's nationality, not a
// target. Of 569 such triples in the 2018 corpus, 25 drawn at random were
// all misread arguments.
func (sc *sentenceCtx) withoutOwnSide(args []Argument) []Argument {
	var sources []string
	for _, a := range args {
		if a.Role == Source || a.Role == Mediator {
			sources = append(sources, a.Actor)
		}
	}
	if len(sources) == 0 {
		return args
	}
	out := args[:0:0]
	for _, a := range args {
		own := a.Role == Target || a.Role == Party
		for _, s := range sources {
			own = own && (sc.standsFor(s) == a.Actor || sc.standsFor(a.Actor) == s || sc.ofState(s, a.Actor) || sc.ofState(a.Actor, s) || sc.domesticParty(s, a.Actor))
		}
		if !own {
			out = append(out, a)
		}
	}
	return out
}

// withoutHost drops from a strike the states its strikers fight for
// (data/forces.yaml, invited): «غارة جوية أميركية في مأرب اليمنية», «عملية
// عسكرية للتحالف لتحرير ميناء الحديدة غرب اليمن» hit the host's enemies,
// whom the sentence may not name, not the host.
func (sc *sentenceCtx) withoutHost(args []Argument) []Argument {
	var strikers []string
	for _, a := range args {
		if a.Role != Source {
			continue
		}
		// A national body or a person strikes for its state: «غارة للقيادة
		// المركزية الأمريكية على مأرب اليمنية».
		strikers = append(strikers, a.Actor)
		if st := sc.stateOfID(a.Actor); st != "" && st != a.Actor {
			strikers = append(strikers, st)
		}
	}
	out := args[:0:0]
	for _, a := range args {
		host := false
		if x, ok := sc.st.x.lex.ByID(a.Actor); ok && x.Type == actor.State && a.Role == Target {
			for _, s := range strikers {
				host = host || sc.fightsFor(s, a.Actor)
			}
		}
		if !host {
			out = append(out, a)
		}
	}
	return out
}

// standsFor returns the body whose office the person id holds on the
// article's day, or "" (see actor.Lexicon.StandsFor).
func (sc *sentenceCtx) standsFor(id string) string {
	a, ok := sc.st.x.lex.ByID(id)
	if !ok || a.Type != actor.Person {
		return ""
	}
	body, ok := sc.st.x.lex.StandsFor(a, sc.st.day)
	if !ok {
		return ""
	}
	return body.ID
}

func clamp(c float64) float64 {
	return min(max(c, 0.05), 1)
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

// firstTrig returns the first trigger starting in [from, to) that
// satisfies ok.
func (sc *sentenceCtx) firstTrig(from, to int, ok func(found) bool) int {
	for k, t := range sc.trigs {
		if t.i >= from && t.i < to && ok(t) {
			return k
		}
	}
	return -1
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

// backedOne returns, when slot i is the agent of a passive participle
// («حزب الله المدعوم من إيران والذي يقاتل»), the noun that participle
// qualifies: a relative clause after it still describes that noun. Else i.
func (sc *sentenceCtx) backedOne(i int) int {
	if sc.slots[i].prep == "" {
		return i
	}
	for _, t := range sc.trigs {
		if t.t.kind != passiveTrigger || t.end > sc.slots[i].first || sc.slots[i].first-t.end > 1 {
			continue
		}
		if p := sc.lastSlot(t.i-3, t.i, func(s slot) bool { return !s.adjectival() }); p >= 0 {
			return p
		}
	}
	return i
}

// slotEndingAt returns the slot that ends right before token j.
func (sc *sentenceCtx) slotEndingAt(j int) int {
	return sc.lastSlot(j-1, j, func(s slot) bool { return !s.adjectival() })
}

// slotStartingAt returns the slot that starts at token i, -1 if none.
func (sc *sentenceCtx) slotStartingAt(i int) int {
	for k, s := range sc.slots {
		if s.first == i {
			return k
		}
	}
	return -1
}

// meetingOwner finds whom the pronoun on a meeting named as a circumstance
// stands for: the nearest actor before it in the sentence («قال ترامب عقب
// اجتماعه مع بوتين»), else the subject of the clause that follows the side
// met («خلال لقائه ترامب، أكد أمير قطر»).
func (sc *sentenceCtx) meetingOwner(f found) (int, float64) {
	// «قمتهما», «لقاءاتهم»: the sides were named before, as a pair.
	w := sc.toks[f.i].Norm
	if strings.HasSuffix(w, "هما") || strings.HasSuffix(w, "هم") {
		if i := sc.actorRightBefore(f.i - 1); i >= 0 {
			return i, confClause // «ترامب وكيم خلال قمتهما»
		}
		return -1, 0
	}
	if i, decided := sc.pronounOwner(f, f.i); decided {
		if i < 0 {
			return -1, 0
		}
		return i, confClause
	}
	met := sc.firstSlot(f.end, f.end+2, func(s slot) bool { return s.prep == "" || s.prep == "مع" || s.prep == "ب" })
	if met < 0 {
		return -1, 0
	}
	end := sc.slots[met].end
	i := sc.firstSlot(end, end+8, func(s slot) bool { return plain(s) && !sameActors(s, sc.slots[met]) && s.group != sc.slots[met].group })
	if i < 0 || !sc.punctBetween(end, sc.slots[i].first) {
		return -1, 0
	}
	return i, confClause
}

// relativeIn reports whether a relative pronoun («الذي», «التي») stands in
// [from, to).
func (sc *sentenceCtx) relativeIn(from, to int) bool {
	return sc.wordIn(sc.st.x.lx.relative, from, to)
}

// namesPerson reports whether slot s names one person, by a title or name
// or as the speaker carried over from the sentence before.
func (sc *sentenceCtx) namesPerson(s slot) bool {
	if s.person {
		return true
	}
	if len(s.actors) != 1 {
		return false
	}
	a, ok := sc.st.x.lex.ByID(s.actors[0])
	return ok && a.Type == actor.Person
}

// byWordIn reports whether a word carrying the preposition ب stands in
// [from, to).
func (sc *sentenceCtx) byWordIn(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if sc.toks[j].Kind == arabic.Word && !overlaps(sc.slots, j) && prepClitic(firstClitic(sc.toks[j].Norm)) == "ب" {
			return true
		}
	}
	return false
}

// closesClause reports whether the circumstance word at j follows «وذلك»
// (and that), which hangs it on the whole clause before.
func (sc *sentenceCtx) closesClause(j int) bool {
	if j < 1 {
		return false
	}
	w := sc.toks[j-1].Norm
	return startsWithConj(w) && sc.st.x.lx.anaphoric[stripConj(w)]
}

// clauseSubject returns the first plain actor of the sentence before token
// to, as the subject of its main clause: not past a relative pronoun, and
// past a complementizer only close after it («أشارت إلى أن اللجان
// الأردنية السورية اتفقت», not «إنها ستبحث منع #إيران»). -1 if none.
func (sc *sentenceCtx) clauseSubject(to int) int {
	i := sc.firstSlot(0, to, plain)
	if i < 0 || sc.relativeIn(0, sc.slots[i].first) {
		return -1
	}
	lx := sc.st.x.lx
	opens := func(j int) bool { w := stripConj(sc.toks[j].Norm); return lx.complementizer[w] || lx.saidThat[w] }
	first := sc.slots[i].first
	for _, k := range sc.groupOf(i) {
		first = min(first, sc.slots[k].first) // «الأردنية» in «اللجان الأردنية السورية»
	}
	for j := first - 1; j >= 0; j-- {
		if opens(j) {
			if first-j > 3 || sc.punctBetween(j, first) {
				return -1
			}
			break
		}
	}
	return i
}

// pronounOwner finds whom the pronoun on meeting f stands for among the
// actors before token limit: the nearest single one (a person for «ه»).
// decided is false when no actor before settles it.
func (sc *sentenceCtx) pronounOwner(f found, limit int) (owner int, decided bool) {
	// «لقائه» is a man's: not «المسؤولين في سول» named before him.
	his := !strings.HasSuffix(sc.toks[f.i].Norm, "ها")
	scanned := limit
	for i := len(sc.slots) - 1; i >= 0; i-- {
		if sc.slots[i].end > limit || !plain(sc.slots[i]) {
			continue
		}
		// «خاشقجي، الذي اختفى بعد زيارته»: past a relative pronoun the
		// clause is another's.
		if sc.relativeIn(sc.slots[i].end, scanned) {
			return -1, true
		}
		scanned = min(scanned, sc.slots[i].end)
		// A list is what the clause acts on, not the one who met.
		if (!his || sc.namesPerson(sc.slots[i])) && countActors(sc.slots, sc.groupOf(i)) == 1 {
			// «سياسة الرئيس ترامب … خلال زيارته», «زوجة الرئيس … خلال
			// زيارتها»: an actor owning a noun is not what the pronoun
			// stands for; the noun is.
			if sc.ownedNoun(sc.slots[i]) {
				return -1, true
			}
			return i, true
		}
	}
	return -1, false
}

// reception reads «كان في استقبال(ه) الضيف المضيف» and «كان المضيف في
// استقبال(ه) الضيف»: the host is the subject of «كان», the guest the
// genitive of «استقبال» or whom its pronoun stands for. ok is false when f
// is no such reception.
func (sc *sentenceCtx) reception(f found) (guest, host int, ok bool) {
	lx := sc.st.x.lx
	stem, _ := arabic.StripPronoun(stripConj(sc.toks[f.i].Norm))
	if f.t.kind != nounTrigger || !lx.receptions[stem] || f.i < 2 || stripConj(sc.toks[f.i-1].Norm) != "في" {
		return -1, -1, false
	}
	isAux := func(j int) bool { return j >= 0 && lx.auxiliary[stripConj(sc.toks[j].Norm)] }
	host = -1
	switch h := sc.slotEndingAt(f.i - 1); {
	case isAux(f.i - 2):
		// «وكان في استقبال …»; «الرئيس السوداني كان في استقبال …».
		if h := sc.slotEndingAt(f.i - 2); h >= 0 && plain(sc.slots[h]) {
			host = h
		}
	case h >= 0 && plain(sc.slots[h]) && isAux(sc.slots[h].first-1):
		host = h // «كان آبيي في استقبال أفورقي»
	default:
		return -1, -1, false
	}
	before := f.i - 1
	if host >= 0 {
		before = sc.slots[host].first
	}
	if f.pronoun {
		guest, _ = sc.pronounOwner(f, before)
	} else if g := sc.firstSlot(f.end, f.end+1, plain); g >= 0 {
		guest = g
	} else {
		return -1, -1, true
	}
	if guest < 0 {
		return -1, -1, true
	}
	if host < 0 {
		// «وكان في استقبال بومبيو والوفد المرافق نظيره الكوري»: the
		// subject after the guest and those with him.
		after := f.end
		for _, k := range sc.groupOf(guest) {
			after = max(after, sc.slots[k].end)
		}
		host = sc.firstSlot(after, after+objectAfter, func(s slot) bool { return plain(s) && s.group != sc.slots[guest].group })
		if host >= 0 && sc.triggerBetween(after, sc.slots[host].first) {
			host = -1
		}
	}
	return guest, host, true
}

// received reports whether a verb of receiving («تلقى», «يتلقى») takes
// the noun f as its object, past its subject and words of time.
func (sc *sentenceCtx) received(f found) bool {
	lx := sc.st.x.lx
	for j := f.i - 1; j >= 0 && j >= f.i-agentBefore; j-- {
		t := sc.toks[j]
		switch {
		case lx.receive[stripConj(t.Norm)]:
			return true
		case overlaps(sc.slots, j), t.Norm == "،", t.Norm == ",", lx.timeWord(t.Norm):
			continue
		}
		return false
	}
	return false
}

// posed reports whether a threat noun is what something is said to be
// («إيران تشكل تهديدا لأمن المنطقة», «ليسوا تهديدا»): a danger described,
// not a threat made.
func (sc *sentenceCtx) posed(f found) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	for j := f.i - 1; j >= 0 && j >= f.i-3; j-- {
		w := stripConj(sc.toks[j].Norm)
		if sc.st.x.lx.poses[w] {
			return true
		}
		if !sc.st.x.lx.timeWord(sc.toks[j].Norm) && !overlaps(sc.slots, j) {
			return false // «تشكل إيران تهديدا»: past the subject only
		}
	}
	return false
}

// warnedAgainst reports whether the target of a threat stands in the «من»
// complement that opens right after the trigger, past its subject and
// object: «حذرت الجزائر من سعي إسرائيل» warns about Israel, not Israel;
// «تهديدات من داعش» are Islamic State's. The one warned is named before
// «من» («حذرت اليابان كوريا الشمالية من …»).
func (sc *sentenceCtx) warnedAgainst(f found, target int) bool {
	for j := f.i + 1; j < sc.slots[target].first; j++ {
		t := sc.toks[j]
		if overlaps(sc.slots, j) || t.Norm == "،" || t.Norm == "," || sc.st.x.lx.timeWord(t.Norm) {
			continue
		}
		if n := sc.st.x.lx.manner.matchAt(sc.toks, j); n > 0 {
			j += n - 1 // «هدد من جهته بـ…»
			continue
		}
		return stripConj(t.Norm) == "من"
	}
	return false
}

// addressed reports whether target is the one a warning f is addressed
// to: a direct object right after the verb, or after its subject when that
// follows, past commas and words of time («حذرت واشنطن، الأحد، طهران من
// …»). What the warning is about («حذر من أن الولايات المتحدة …») names
// no one warned.
func (sc *sentenceCtx) addressed(f found, agent, target int) bool {
	after := f.i + 1
	if a := sc.slots[agent]; a.first > f.i {
		after = sc.conjoinedNonActor(a.end)
	}
	j := sc.skipAdverbs(after)
	// «حذر الرئيس الأمريكي، دونالد ترامب، الحكومة السورية»: the subject
	// named again.
	for s := sc.slotStartingAt(j); s >= 0 && s != target && (sc.slots[s].group == sc.slots[agent].group || sameActors(sc.slots[s], sc.slots[agent])); s = sc.slotStartingAt(j) {
		j = sc.skipAdverbs(sc.slots[s].end)
	}
	t := sc.slots[target]
	if t.prep != "" {
		return false
	}
	if !t.adjectival() {
		// «بوتين يحذر الأسد في الكرملين»: a warning given him, of nothing
		// he might do, threatens no one.
		return t.first == j && sc.warnedOf(target)
	}
	// «حذرت سفينة حربية أمريكية»: the nationality of the one warned.
	for k := j; k < t.first; k++ {
		if k > j+2 || sc.toks[k].Kind != arabic.Word || overlaps(sc.slots, k) || prepClitic(firstClitic(sc.toks[k].Norm)) != "" || stripConj(sc.toks[k].Norm) == "من" {
			return false
		}
	}
	return t.adjOf >= j
}

// warningReach is how many words that belong to no actor may stand
// between the one warned and what he is warned of («الحكومة السورية
// وحلفاءها الروس من …», «الأسبوع الماضي من …»).
const warningReach = 4

// warnedOf reports whether what a warning is about follows the one warned
// in slot target within the clause: «من», a word carrying ب («بأن»,
// «بضرورة») or a word that opens its words («قائلا»).
func (sc *sentenceCtx) warnedOf(target int) bool {
	lx := sc.st.x.lx
	skipped := 0
	for j := sc.slots[target].end; j < len(sc.toks); j++ {
		t := sc.toks[j]
		if overlaps(sc.slots, j) || t.Norm == "،" || t.Norm == "," || isQuote(t) {
			continue
		}
		if t.Kind != arabic.Word {
			return false
		}
		w := stripConj(t.Norm)
		if w == "من" || prepClitic(firstClitic(t.Norm)) == "ب" || lx.warnedOf[w] {
			return true
		}
		if skipped++; skipped > warningReach {
			return false
		}
	}
	return false
}

// threatComplementAfter reports whether what is threatened or warned of
// opens right after the group of slot g, past commas and words of time: a
// word carrying ب («بفرض», «بأن») or «من».
func (sc *sentenceCtx) threatComplementAfter(g int) bool {
	end := 0
	for _, k := range sc.groupOf(g) {
		end = max(end, sc.slots[k].end)
	}
	j := sc.skipAdverbs(end)
	if j >= len(sc.toks) || sc.toks[j].Kind != arabic.Word || overlaps(sc.slots, j) {
		return false
	}
	w := sc.toks[j].Norm
	return stripConj(w) == "من" || prepClitic(firstClitic(w)) == "ب"
}

// isAllyNoun reports whether trigger f is a noun of an ally («حليفتها»).
func (sc *sentenceCtx) isAllyNoun(f found) bool {
	if f.end != f.i+1 {
		return false
	}
	// «الحليفة» has no pronoun, and «حليفة» ends in ة, not «his».
	if w := stripConj(sc.toks[f.i].Norm); strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "لل") || strings.HasSuffix(sc.toks[f.i].Text, "ة") {
		return false
	}
	for _, w := range arabic.Peel(sc.toks[f.i].Norm) {
		if stem, ok := arabic.StripPronoun(w); ok && sc.st.x.lx.allyNouns[stem] {
			return true
		}
	}
	return false
}

// ownedAlly reads an ally noun with a possessive pronoun: its owner, the
// actor just before it, backs the ally, named right after the noun (past
// its adjectives and a comma: «وحليفتها الرئيسية روسيا») or by a
// nationality on it («حليفتها السورية»). A group's ally that is a state,
// and plural allies («وحلفاؤها، القوات الروسية»), are the ones that back.
func (sc *sentenceCtx) ownedAlly(f found) {
	owner := sc.lastSlot(f.i-8, f.i, func(s slot) bool { return !s.adjectival() })
	if owner < 0 || sc.crossesBoundary(sc.slots[owner].end, f.i) {
		return
	}
	ally := -1
	for k, s := range sc.slots {
		if s.adjectival() && s.adjOf == f.i {
			ally = k // «حليفتها السورية»; a name after it wins
		}
	}
	skip := func(j int) (int, bool) {
		comma := false
		// «وحليفتها اللبنانية، جماعة حزب الله»: after a comma, a noun of
		// fighters heads the ally's name.
		for j < len(sc.toks) && !overlaps(sc.slots, j) && (isComma(sc.toks[j]) ||
			sc.adjectivesOnly(j, j+1) || sc.definiteAdjectives(j, j+1) || comma && sc.st.x.lx.forces.fighters[sc.toks[j].Norm]) {
			comma = comma || sc.toks[j].Kind == arabic.Punct
			j++
		}
		return j, comma
	}
	j, comma := skip(f.end)
	if ally >= 0 && sc.slots[ally].end > j {
		j, comma = skip(sc.slots[ally].end) // «وحليفها اللبناني ميليشيا حزب الله»
	}
	// «غزت الولايات المتحدة وحلفاؤها أفغانستان»: a name right after «and
	// its allies» is the verb's object; the allies' names come after a
	// comma or a nationality.
	plainAfter := j <= f.end+3 && (comma || ally >= 0 || !startsWithConj(sc.toks[f.i].Norm) || !sc.pluralAlly(f))
	if k := sc.firstSlot(j, j+1, func(s slot) bool { return s.prep == "" && !s.adjectival() }); k >= 0 && plainAfter {
		ally = k
	}
	if ally < 0 || sameActors(sc.slots[ally], sc.slots[owner]) {
		return
	}
	from, to := []int{owner}, sc.groupOf(ally)
	// «النظام السوري وحلفاؤه الروس»: the many allies joined to the one
	// back it («وحلفائنا» are the speaker's, whoever is named before), as
	// do allies that fight on the owner's side («وحليفتها روسيا»).
	joined := sc.pluralAlly(f) && startsWithConj(sc.toks[f.i].Norm) && !strings.HasSuffix(sc.toks[f.i].Norm, "نا")
	if sc.isGroup(sc.slots[owner]) && !sc.isGroup(sc.slots[ally]) || joined || sc.fightForOwner(owner, to) {
		from, to = to, from
	}
	sc.add(Support, f, from, to, Source, Target, confAdjective)
}

// fightForOwner reports whether every ally in slots allies fights on the
// side of the state in slot owner (data/forces.yaml, invited): «الحكومة
// السورية وحلفاؤها الروس والإيرانيون» are backed by them, not backing
// them.
func (sc *sentenceCtx) fightForOwner(owner int, allies []int) bool {
	o := sc.slots[owner]
	if len(o.actors) != 1 || len(allies) == 0 {
		return false
	}
	n := 0
	for _, k := range allies {
		a := sc.slots[k]
		if sameActors(a, o) {
			continue // «دمشق وحليفتها موسكو»: the owner is of the ally's list
		}
		if len(a.actors) != 1 || !sc.fightsFor(a.actors[0], o.actors[0]) {
			return false
		}
		n++
	}
	return n > 0
}

// inBiComplement reports whether actor s is of the noun with «بـ» or «لـ»
// right after verb f («طالب بخروج ميليشيات حزب الله من سوريا», «طالبت بطرد
// السفير الإسرائيلي»): what is asked for, not who asks. The subject comes
// before the verb's complements.
func (sc *sentenceCtx) inBiComplement(f found, s slot) bool {
	j := f.end
	if j >= len(sc.toks) || s.first <= j || s.first > j+2 || overlaps(sc.slots, j) || sc.toks[j].Kind != arabic.Word {
		return false
	}
	w := stripConj(sc.toks[j].Norm)
	return (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) && utf8.RuneCountInString(w) >= 5 && !sc.st.x.lx.adjunctOpeners[w]
}

// pluralAlly reports whether ally noun f is the plural «حلفاء».
func (sc *sentenceCtx) pluralAlly(f found) bool {
	for _, w := range arabic.Peel(sc.toks[f.i].Norm) {
		if stem, ok := arabic.StripPronoun(w); ok && strings.HasPrefix(stem, "حلفا") {
			return true
		}
	}
	return false
}

// placesOnly reports whether slots g are two or more states named by
// their names, none by a nationality or a person: what one can visit.
func (sc *sentenceCtx) placesOnly(g []int) bool {
	if len(g) < 2 {
		return false
	}
	for _, k := range g {
		s := sc.slots[k]
		if s.adjectival() || s.person || len(s.actors) != 1 {
			return false
		}
		if a, ok := sc.st.x.lex.ByID(s.actors[0]); !ok || a.Type != actor.State {
			return false
		}
	}
	return true
}

// isGroup reports whether the slot names an armed group or movement.
func (sc *sentenceCtx) isGroup(s slot) bool {
	if len(s.actors) != 1 {
		return false
	}
	a, ok := sc.st.x.lex.ByID(s.actors[0])
	return ok && a.Type == actor.Group
}

// chargedWith reports whether noun trigger k is what someone is accused
// of: it carries the ب of an accusing word before it in its clause, or is
// joined by و right after such a charge («اتهم المغرب الجزائر بدعم وتمويل
// جبهة البوليساريو», «اتهمت واشنطن موسكو برعاية أنشطة تجسس»). The
// accusation is the act; the backing, sponsoring or dealing is a claim.
func (sc *sentenceCtx) chargedWith(k int) bool {
	lx := sc.st.x.lx
	f := sc.trigs[k]
	w := sc.toks[f.i].Norm
	if startsWithConj(w) && k > 0 && sc.trigs[k-1].end == f.i && sc.trigs[k-1].t.kind == nounTrigger {
		return sc.chargedWith(k - 1)
	}
	if prepClitic(firstClitic(w)) != "ب" {
		return false
	}
	for j := f.i - 1; j >= 0 && j >= f.i-12; j-- {
		n := sc.toks[j].Norm
		if n == "." || n == "؛" || n == ";" || n == ":" || sc.toks[j].Kind == arabic.Word && lx.relative[stripConj(n)] {
			return false
		}
		for _, r := range arabic.Peel(n) {
			if lx.accuseOf[r] {
				return true
			}
		}
	}
	return false
}

// threatIntent reports whether the cue of intent before a hostile act f
// makes it a threat: a word of readiness or resolve («مستعدة لتوجيه ضربة»,
// «تعتزم فرض عقوبات»), not negated («ليست لديها أي نية للدخول في حرب»,
// «لا تسعى إلى معركة»), and no lifting («مستعدة لرفع العقوبات»).
func (sc *sentenceCtx) threatIntent(f found, cue int) bool {
	lx := sc.st.x.lx
	if lx.threatIntent.matchPeeledAt(sc.toks, cue) == 0 || f.t.rel == Sanction && sc.lifted(f) >= 0 {
		return false
	}
	for j := max(cue-3, 0); j < cue; j++ {
		if lx.negation.matchAt(sc.toks, j) > 0 && lx.notNegation.matchAt(sc.toks, j) == 0 {
			return false
		}
	}
	return true
}

// ownsThreat reports whether threat noun f carries an attached pronoun
// («تهديداته», «تحذيرها»): its owner is the speaker named before.
func (sc *sentenceCtx) ownsThreat(f found) bool {
	w := stripConj(sc.toks[f.i].Norm)
	_, pron := arabic.StripPronoun(w)
	return pron && !strings.HasSuffix(sc.toks[f.i].Text, "ة")
}

// sidesSplits finds each «بين X من جهة و Y من جهة أخرى»: the byte spans of
// its two sides.
func (sc *sentenceCtx) sidesSplits() [][2]Span {
	lx := sc.st.x.lx
	var marks []int // token index of each «من جهة»
	for j := 1; j < len(sc.toks); j++ {
		if lx.sideWords[stripConj(sc.toks[j].Norm)] && stripConj(sc.toks[j-1].Norm) == "من" {
			marks = append(marks, j-1)
		}
	}
	var out [][2]Span
	for k := 0; k+1 < len(marks); k += 2 {
		between := -1
		for j := marks[k] - 1; j >= 0 && j >= marks[k]-12; j-- {
			if stripConj(sc.toks[j].Norm) == "بين" {
				between = j
				break
			}
		}
		if between < 0 {
			continue
		}
		out = append(out, [2]Span{{sc.toks[between].End, sc.toks[marks[k]].Start}, {sc.toks[marks[k]+1].End, sc.toks[marks[k+1]].Start}})
	}
	return out
}

// acrossSides keeps, of events whose trigger stands outside the two sides
// of «بين X من جهة و Y من جهة أخرى», only the pairs across the sides: those
// named together on one side face the other, and do not meet, deal with or
// fight each other («الأزمة بين قطر من جهة والسعودية ومصر من جهة أخرى»,
// «اشتباكات بين داعش من جهة والتحالف وقسد من جهة أخرى»).
func (sc *sentenceCtx) acrossSides() {
	splits := sc.sidesSplits()
	if len(splits) == 0 {
		return
	}
	in := func(s, side Span) bool { return s.Start >= side.Start && s.End <= side.End }
	sideOf := func(s Span) int {
		for k, sp := range splits {
			for n, side := range sp {
				if in(s, side) {
					return 2*k + n + 1
				}
			}
		}
		return 0
	}
	var out []Event
	for _, e := range sc.events {
		// Those on one side of a deal signed it together («الاتفاق بين
		// إيران من جهة وبريطانيا والصين من جهة أخرى»).
		if sideOf(e.TrigSpan) != 0 || e.Relation == Agree {
			out = append(out, e)
			continue
		}
		out = append(out, pairsApart(e, func(x, y Argument) bool {
			sx := sideOf(x.Span)
			return sx != 0 && sx == sideOf(y.Span)
		})...)
	}
	sc.events = out
}

// pairsApart returns e itself when no two of its arguments are together,
// else one event for each pair of its arguments that are not: those named
// together make no triple with each other, each still does with the rest.
func pairsApart(e Event, together func(x, y Argument) bool) []Event {
	var pairs [][2]Argument
	same := false
	for i, x := range e.Args {
		for _, y := range e.Args[i+1:] {
			if x.Actor == y.Actor || !pairable(e.Relation, x.Role, y.Role) {
				continue
			}
			if together(x, y) {
				same = true
				continue
			}
			pairs = append(pairs, [2]Argument{x, y})
		}
	}
	if !same {
		return []Event{e}
	}
	out := make([]Event, 0, len(pairs))
	for _, p := range pairs {
		pe := e
		pe.Args = []Argument{p[0], p[1]}
		out = append(out, pe)
	}
	return out
}

// pairable reports whether arguments of roles r and s make a triple of
// relation rel: two participants of a symmetric act, or a source and a
// target.
func pairable(rel Relation, r, s Role) bool {
	if rel.Symmetric() && r == Participant && s == Participant {
		return true
	}
	from := func(x Role) bool { return x == Source || x == Mediator || x == Participant }
	to := func(x Role) bool { return x == Target || x == Party }
	return from(r) && to(s) || from(s) && to(r)
}

// ownedNoun reports whether slot s is the genitive of a noun right before
// it that is no trigger: a bare noun ending in «ة» («سياسة الرئيس»,
// «زوجة الرئيس»), which no verb does.
func (sc *sentenceCtx) ownedNoun(s slot) bool {
	j := s.first - 1
	// «زوجة الرئيس الأمريكي، دونالد ترامب»: an apposition is owned as
	// the name it restates.
	if j > 0 && isComma(sc.toks[j]) {
		if k := sc.slotEndingAt(j); k >= 0 && sameActors(sc.slots[k], s) {
			return sc.ownedNoun(sc.slots[k])
		}
	}
	if j < 0 || sc.toks[j].Kind != arabic.Word || !strings.HasSuffix(sc.toks[j].Text, "ة") || prepClitic(firstClitic(sc.toks[j].Norm)) != "" {
		return false // «برفقة ولي العهد»: a preposition, not an owned noun
	}
	return !hasArticle(stripConj(sc.toks[j].Norm)) && !sc.isTriggerAt(j)
}

// allyOf returns the actor slot that slot s is said to be allied with in
// an apposition right after it: «روسيا حليفة سوريا», «روسيا، الحليف
// الرئيسي لسوريا»; -1 if s is no such genitive.
func (sc *sentenceCtx) allyOf(s slot) int {
	lx := sc.st.x.lx
	for j := s.first - 1; j >= 0 && j >= s.first-3; j-- {
		if !lx.allyApposition[sc.toks[j].Norm] {
			continue
		}
		a := j - 1
		if a >= 0 && isComma(sc.toks[a]) {
			a--
		}
		if a < 0 {
			return -1
		}
		return sc.slotEndingAt(a + 1)
	}
	return -1
}

// reportingVerb returns the speech verb whose reported clause, opened by
// «أن» or «إن», holds token i: «اعتبر أن فرنسا», «أشار إلى أن». -1 if
// there is none, or it reports with no speaker («يذكر أن»).
func (sc *sentenceCtx) reportingVerb(i int) int {
	lx := sc.st.x.lx
	for c := i - 1; c > 0; c-- {
		if !lx.reportedThat[stripConj(sc.toks[c].Norm)] {
			continue
		}
		for v := c - 1; v >= 0 && v >= c-2; v-- {
			if lx.impersonal[stripConj(sc.toks[v].Norm)] {
				return -1
			}
			if sc.isSpeechVerb(v) {
				return v
			}
		}
		return -1
	}
	return -1
}

// feminineEnding reports whether a participle is feminine singular
// («مهددة», «متهمةً»).
func feminineEnding(w string) bool {
	w = strings.TrimRight(w, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
	return strings.HasSuffix(w, "ة")
}

// feminineVerb reports whether a verb carries a feminine subject marker:
// past «قالت», present «تقول».
func feminineVerb(w string) bool {
	w = strings.TrimPrefix(w, "و")
	return strings.HasSuffix(w, "ت") || strings.HasPrefix(w, "ت")
}

// ofState reports whether actor id belongs to state: «محمد بن سلمان» and
// «السعودية». A person or body never acts on its own state in these
// relations; such a pair is a misread side.
func (sc *sentenceCtx) ofState(id, state string) bool {
	a, ok := sc.st.x.lex.ByID(id)
	if !ok || a.Type == actor.State || a.Country == "" {
		return false
	}
	st, ok := sc.st.x.lex.ByID(state)
	return ok && st.Type == actor.State && st.Country == a.Country
}

// domesticParty reports whether one of a and b is a political party
// (cues.yaml, parties) and the other belongs to the state it is based in:
// the state, its people and bodies, or another party of it. Such a pair
// is home politics («اتهم ترامب الديمقراطيين», «تحالف حزب أردوغان مع حزب
// الحركة القومية»), no relation between states; a party's ties abroad
// stay.
func (sc *sentenceCtx) domesticParty(a, b string) bool {
	home := func(id string) string {
		x, ok := sc.st.x.lex.ByID(id)
		switch {
		case !ok:
			return ""
		case sc.st.x.lx.parties[id]:
			return x.Based
		}
		if body := sc.standsFor(id); body != "" {
			// Guterres acts for the United Nations, not Portugal.
			if st, ok := sc.st.x.lex.ByID(body); ok && st.Type == actor.State {
				return st.Country
			}
			return ""
		}
		return x.Country
	}
	lx := sc.st.x.lx
	if !lx.parties[a] && !lx.parties[b] {
		return false
	}
	ha, hb := home(a), home(b)
	return ha != "" && ha == hb
}

// relativeSubject reports whether actor s is the subject of a relative
// clause that opens just before it: a relative pronoun, its verb, then s
// («الذي تقوده الصين», «التي تدعمها إيران»). Not when the verb's pronoun
// points back into the clause («الذي يستعد فيه ترامب لعقد قمة»), nor
// when what the clause qualifies is itself an act, whose author s is
// («الضربة التي وجهها الجيش الإسرائيلي، استهدفت»).
func (sc *sentenceCtx) relativeSubject(s slot) bool {
	lx := sc.st.x.lx
	for j := s.first - 1; j >= 0 && j >= s.first-3; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || sc.isTriggerAt(j) || overlaps(sc.slots, j) || lx.resumptive[t.Norm] {
			return false
		}
		if lx.relative[stripConj(t.Norm)] {
			if j == s.first-1 {
				return false // no verb between them
			}
			for a := j - 1; a >= 0 && a >= j-3; a-- {
				if sc.isTriggerAt(a) {
					return false
				}
				if sc.toks[a].Kind == arabic.Punct {
					break
				}
			}
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands in [from, to).
func (sc *sentenceCtx) commaBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if isComma(sc.toks[j]) {
			return true
		}
	}
	return false
}

// suffered reports whether noun trigger f is what a verb of suffering or
// facing just before it governs («عانت فرنسا من هجمات», «يواجه العبادي
// اتهامات»): that verb's subject is struck or accused, it does not act.
func (sc *sentenceCtx) suffered(f found) bool {
	for j := f.i - 1; j >= 0 && j >= f.i-6; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || sc.isTriggerAt(j) {
			return false
		}
		if sc.st.x.lx.suffer[stripConj(t.Norm)] {
			return true
		}
		// Only its subject and «من» may stand between.
		if !overlaps(sc.slots, j) && stripConj(t.Norm) != "من" {
			return false
		}
	}
	return false
}

// territoryOf reports whether slot s is a bare nationality after a noun of
// territory («داخل الأراضي السورية»): a place, not an actor that acts.
func (sc *sentenceCtx) territoryOf(s slot) bool {
	if s.end-s.first != 1 || s.first < 1 || !nisba(sc.toks[s.first].Norm) {
		return false
	}
	return sc.st.x.lx.territory[stripConj(sc.toks[s.first-1].Norm)]
}

// deniedClaim reports whether denial f rejects target through what target
// said or charged: an accusation, a demand or a claim noun stands between
// the verb and target («نفت بكين اتهامات أميركية», «نفى ما قاله كومي»).
func (sc *sentenceCtx) deniedClaim(f found, target int) bool {
	first := sc.slots[target].first
	if sc.firstTrig(f.end, first, func(t found) bool { return rejectable(t.t.rel) }) >= 0 {
		return true
	}
	for j := f.end; j < first && j < len(sc.toks); j++ {
		if sc.peeledIn(sc.st.x.lx.claimNouns, j) {
			return true
		}
	}
	return false
}

// harmsPeople reports whether a relation may be done to a state through its
// citizens: killing, jailing or sanctioning them, releasing them or refusing
// to hand them over («أفرجت تركيا عن القس الأمريكي»), or demanding the
// release of an activist, asked most often of his own state.
func harmsPeople(rel Relation) bool {
	return rel == Attack || rel == Retreat || rel == Sanction || rel == Reject || rel == Demand
}

// convicted reports whether f is «أدان» or «إدانة» after a court named
// before it in its sentence («أدانت محكمة بريطانية مراهقا عراقيا»,
// «حكمت عليه المحكمة بعدما أدانته بتهم»): a verdict on a person, no
// condemnation; a court named after it is what is condemned («أدانت
// تركيا قرار المحكمة»).
func (sc *sentenceCtx) convicted(f found) bool {
	if !sc.triggerIn(f, sc.st.x.lx.convict) {
		return false
	}
	for j := 0; j < f.i; j++ {
		if peeledTokenIn(sc.st.x.lx.courts, sc.toks[j]) {
			return true
		}
	}
	// «وأدانت محكمة فرنسية دبلوماسيا إيرانيا»: the court is the verb's own
	// subject, right after it.
	if f.t.kind == verbTrigger && f.end < len(sc.toks) && peeledTokenIn(sc.st.x.lx.courts, sc.toks[f.end]) {
		return true
	}
	// «مسؤول كروي أدين في قضية فساد»: the passive is a verdict, whoever is
	// named around it.
	return f.t.kind == verbTrigger && sc.st.x.lx.convictedPassive[stripConj(sc.toks[f.i].Norm)]
}

// demandedActBefore reports whether an act demanded with «ب» («بطرد
// السفير») stands between demand verb f and token end, with no actor
// before it: a subject after the verb comes before what is demanded
// («طالبت روسيا بطرد»), so an actor after the act is inside it.
func (sc *sentenceCtx) demandedActBefore(f found, end int) bool {
	for j := f.end; j < end && j < f.end+3; j++ {
		if sc.slotStartingAt(j) >= 0 {
			return false
		}
		if strings.HasPrefix(sc.toks[j].Norm, "ب") && sc.isTriggerAt(j) {
			return true
		}
	}
	return false
}

// stateCourt reports whether slot s is a state's court («محكمة فرنسية»,
// «القضاء التركي»), not an international one known by its own name.
func (sc *sentenceCtx) stateCourt(s slot) bool {
	return s.institution && !s.person && peeledTokenIn(sc.st.x.lx.courts, sc.toks[s.first])
}

// accusedParticiple reports whether a participle of accusing with no one
// after it accused is a noun or passive: defendants counted («بإعدام 75
// متهما»), or one accused of something («شركات أدوية، متهمة بتقديم
// أدوية»). The active participle names whom it accuses before its «بـ»
// («متهمة إياها بدعم الإرهاب», «متهما بكين بـ»).
func (sc *sentenceCtx) accusedParticiple(f found) bool {
	if f.t.kind != circumstantialTrigger || !sc.triggerIn(f, sc.st.x.lx.accuseOf) || f.end >= len(sc.toks) || sc.st.x.lx.objectPronouns[sc.toks[f.end].Norm] || sc.slotStartingAt(f.end) >= 0 {
		return false
	}
	return f.i > 0 && sc.toks[f.i-1].Kind == arabic.Number || sc.bareBiAt(f.end)
}

// demandOfThing reports whether f is a demand noun with the article whose
// «بـ» follows at once («المسيرات المطالبة بحق العودة», «المطالبات
// بخروج إيران», «لا بد من المطالبة بلجنة تحقيق»): a cause or a demand
// in general, made of no one; who is asked is named before the thing
// («مطالبته واشنطن بـ»).
func (sc *sentenceCtx) demandOfThing(f found) bool {
	return f.t.kind == nounTrigger && f.end == f.i+1 && hasArticle(sc.toks[f.i].Norm) && sc.bareBiAt(f.end)
}

// bareBiAt reports whether the word at i carries «بـ» and starts no slot:
// the complement of what precedes it, not a side named with «بـ».
func (sc *sentenceCtx) bareBiAt(i int) bool {
	return i < len(sc.toks) && sc.slotStartingAt(i) < 0 && prepClitic(firstClitic(sc.toks[i].Norm)) == "ب"
}

// privateNational reports whether slot s is a nationality qualifying a
// private person («الداعية الكويتي», «رجل الأعمال الأمريكي», «شاب
// فلسطيني»): officials, forces and institutions stand for their state, a
// citizen does not. The noun may stand between the head found and the
// nationality, since nouns shaped like adjectives are skipped there, but
// not right after a definite noun it qualifies («المؤتمر الصحفي الروسي»).
func (sc *sentenceCtx) privateNational(s slot) bool {
	if !s.adjectival() || s.adjOf >= s.first {
		return false
	}
	private := func(j int) bool { return sc.st.x.lx.privatePeople[stripConj(sc.toks[j].Norm)] }
	for j := s.adjOf; j < s.first; j++ {
		if private(j) && (j == s.adjOf || !hasArticle(sc.toks[j-1].Norm) || private(j-1)) {
			return true
		}
	}
	return false
}

// visitedInTurn drops, of a visit or a journey, the pairs of places listed
// after «إلى» or «ل» as its destinations: places visited in turn do not
// meet each other («زيارة لبنغلادش وميانمار», «جولة تشمل زيارة إلى فيتنام
// وأبو ظبي»); the visitor still meets each of them.
func (sc *sentenceCtx) visitedInTurn() {
	visit := map[int]bool{}
	for _, f := range sc.trigs {
		if f.t.rel == Consult && (f.t.visit || f.t.travel || sc.triggerIn(f, sc.st.x.lx.visitNouns)) {
			visit[sc.toks[f.i].Start] = true
		}
	}
	if len(visit) == 0 {
		return
	}
	// destination returns the group of the slot an argument was read from
	// when that slot is a place after «إلى» or «ل», or -1.
	destination := func(a Argument) int {
		for _, s := range sc.slots {
			if sc.toks[s.first].Start == a.Span.Start && (s.prep == "الي" || s.prep == "ل") {
				return s.group
			}
		}
		return -1
	}
	sc.unpairListed(func(e Event) bool { return e.Relation == Consult && visit[e.TrigSpan.Start] }, destination)
}

// unpairListed replaces each event that split selects by its pairs whose
// sides are not of one group by groupOf (-1: of none): those named in one
// list did not meet each other.
func (sc *sentenceCtx) unpairListed(split func(Event) bool, groupOf func(Argument) int) {
	var out []Event
	for _, e := range sc.events {
		if !split(e) {
			out = append(out, e)
			continue
		}
		out = append(out, pairsApart(e, func(x, y Argument) bool {
			g := groupOf(x)
			return g >= 0 && g == groupOf(y)
		})...)
	}
	sc.events = out
}

// heldApart drops, of contacts told in a clause that says they were held
// apart («في اتصالات هاتفية منفصلة», «بشكل منفصل»), the pairs of those
// named together in one list: each met the other side, not each other.
func (sc *sentenceCtx) heldApart() {
	const apartReach = 30 // a clause's length: the list can stand far from the word
	apart := map[int]bool{}
	for _, f := range sc.trigs {
		if !f.t.rel.Symmetric() {
			continue
		}
		for _, step := range []int{-1, 1} {
			for j := f.i + step; j >= 0 && j < len(sc.toks) && j > f.i-apartReach && j < f.i+apartReach; j += step {
				if sc.toks[j].Kind == arabic.Punct && sc.toks[j].Norm != "\"" {
					break
				}
				if sc.st.x.lx.separately.matchAt(sc.toks, j) > 0 {
					apart[sc.toks[f.i].Start] = true
				}
			}
		}
	}
	if len(apart) == 0 {
		return
	}
	group := func(a Argument) int {
		for _, s := range sc.slots {
			if sc.toks[s.first].Start == a.Span.Start {
				return s.group
			}
		}
		return -1
	}
	sc.unpairListed(func(e Event) bool { return e.Relation.Symmetric() && apart[e.TrigSpan.Start] }, group)
}

// praiseReach is how far after a describing verb its «بأنه» may stand, past
// the one described; praiseSpan how many words after it the praise may be.
const (
	praiseReach = 20
	praiseSpan  = 4
)

// praising reports whether the description the describing verb f gives
// praises: a word of praise right after its «بأنه» or «بـ» («بأنه محاور
// عقلاني», «بالإيجابية»), not after a negation («بأنه غير نزيه»). The
// search goes past commas and triggers: the one described is often set
// off by commas («وصف بومبيو، الزعيم الكوري، كيم جونغ أون، بأنه») or is
// itself a trigger noun («وصفت ميركل اتفاق الاتحاد الأوروبي بأنه»).
func (sc *sentenceCtx) praising(f found) bool {
	lx := sc.st.x.lx
	for j := f.end; j < len(sc.toks) && j < f.end+praiseReach; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && (t.Norm == "." || t.Norm == "؟" || t.Norm == "؛") {
			return false
		}
		if t.Kind != arabic.Word {
			continue
		}
		// «بالإيجابية»: the description fused with its ب; only the word
		// read without it may praise, so «بناءة» itself does not.
		if rest, ok := strings.CutPrefix(t.Norm, "ب"); ok && peeledWordIn(lx.praise, rest) {
			return true
		}
		if !lx.describeAs[t.Norm] {
			continue
		}
		for k, n := j+1, 0; k < len(sc.toks) && n < praiseSpan; k++ {
			w := sc.toks[k]
			if isComma(w) || w.Norm == "." {
				return false
			}
			if w.Kind != arabic.Word {
				continue
			}
			n++
			if lx.negation.matchAt(sc.toks, k) > 0 {
				return false
			}
			if peeledTokenIn(lx.praise, w) {
				return true
			}
		}
		return false
	}
	return false
}

// datedOrConcurrent reports whether the noun at i names a circumstance of
// the clause, not an act of its subject, by what stands before it: after
// «بالتزامن مع», or after a span of time dated from it («بعد ساعات من
// اتهامات للنظام», «قبل أيام قليلة من الغارات»). Its caller tests a bare
// preposition of circumstance («خلال الهجوم») itself.
func (sc *sentenceCtx) datedOrConcurrent(i int) bool {
	lx := sc.st.x.lx
	if i < 2 {
		return false
	}
	before := stripConj(sc.toks[i-2].Norm)
	switch stripConj(sc.toks[i-1].Norm) {
	case "مع":
		return lx.circumstanceWith[before]
	case "من":
		j := i - 2
		if lx.spanQualifiers[before] && j > 0 {
			j--
		}
		return j > 0 && lx.timeSpans[stripConj(sc.toks[j].Norm)] && lx.circumstance[stripConj(sc.toks[j-1].Norm)]
	}
	return false
}

// ownedActAt reports whether the nationality adjective in slot s follows
// right after a noun of a state's act or proposal (data/cues.yaml
// owned_acts) that stands at token j, after one adjective of the noun
// before it, or after a preposition of whom one feels or acts toward:
// «رفضها القاطع للقرار الأمريكي», «غضبه إزاء العرض الفرنسي».
func (sc *sentenceCtx) ownedActAt(j int, s slot) bool {
	if s.first != s.adjOf+1 || s.adjOf < j || s.adjOf > j+2 {
		return false
	}
	if j < s.adjOf && sc.definiteAdjectives(j, j+1) && !peeledWordIn(sc.st.x.lx.ownedActs, sc.toks[j].Norm) {
		j++ // «رفضها القاطع»
	}
	if j < s.adjOf && sc.st.x.lx.ownedActPreps[stripConj(sc.toks[j].Norm)] {
		j++ // «إزاء», «تجاه»
	}
	return j == s.adjOf && peeledWordIn(sc.st.x.lx.ownedActs, sc.toks[j].Norm)
}

// offeredBy reports whether slot s names the maker of what verb f
// rejects: an offer or a request (data/cues.yaml offers) right after the
// verb and its subject, at most one word before «من» and s: «رفضت تركيا
// عرضا من فرنسا للوساطة», «رفضت إسرائيل دعوات متكررة من الأمم المتحدة».
func (sc *sentenceCtx) offeredBy(f found, after int, s slot) bool {
	if f.t.rel != Reject || f.t.kind != verbTrigger || s.prep != "من" || s.adjectival() {
		return false
	}
	j := sc.skipAdverbs(after)
	if j >= len(sc.toks) || s.first-1 < j+1 || s.first-1 > j+2 || sc.toks[s.first-1].Norm != "من" {
		return false
	}
	for i := j + 1; i < s.first-1; i++ {
		if sc.toks[i].Kind != arabic.Word || overlaps(sc.slots, i) {
			return false
		}
	}
	return peeledWordIn(sc.st.x.lx.offers, sc.toks[j].Norm)
}

// ownedChain reports whether the nationality adjective in slot s closes a
// noun chain that starts at token j, the object of f, a verb of rejecting
// or blaming, and names a state's act, proposal or forces (data/cues.yaml
// owned_acts, forces heads) in its first two words: «عرض الوساطة
// الفرنسي», «مشاركة قوات عسكرية أمريكية», «مقترحات الرسوم الجمركية
// الأميركية». At most four words, with no preposition but «ب» on the
// first, no name, and no indefinite word after a definite one (a new
// clause).
func (sc *sentenceCtx) ownedChain(f found, j int, s slot) bool {
	lx := sc.st.x.lx
	if s.adjOf < j || s.first-j > 4 || s.adjOf >= s.first {
		return false
	}
	// «وصفت الخارجية الأمريكية التمويل السعودي بأنه مساهمة قوية»: a
	// verb of describing blames only by what it says after.
	if lx.describe[stripConj(sc.toks[f.i].Norm)] {
		return false
	}
	owned, definite := false, false
	for i := j; i < s.first; i++ {
		t := sc.toks[i]
		w := stripConj(t.Norm)
		if t.Kind != arabic.Word || overlaps(sc.slots, i) || lx.isFunctionWord(w) || i == j && startsWithConj(t.Norm) {
			return false
		}
		if c := prepClitic(firstClitic(w)); c != "" && (i > j || c != "ب") {
			return false
		}
		if hasArticle(w) {
			definite = true
		} else if definite {
			return false
		}
		// «رفض إدانة التدخل الروسي»: blaming inside the object turns it.
		for _, g := range sc.trigs {
			if g.i <= i && i < g.end && (g.t.rel == Accuse || g.t.rel == Reject) {
				return false
			}
		}
		if i <= j+1 && i <= s.adjOf && (peeledWordIn(lx.ownedActs, t.Norm) || lx.forces.heads[w]) {
			owned = true
		}
	}
	return owned
}

// ledParty returns the slot of the party that slot s, named right after it,
// leads («التحالف العربي بقيادة السعودية», «التحالف الدولي، بقيادة
// الولايات المتحدة،», «التحالف الذي تقوده واشنطن»), or -1: the leader
// describes that party and is no side of what the clause tells of it.
func (sc *sentenceCtx) ledParty(s slot) int {
	j := s.first - 1
	if j < 1 || !sc.st.x.lx.forces.ledBy[stripConj(sc.toks[j].Norm)] || startsWithConj(sc.toks[j].Norm) {
		return -1
	}
	j--
	if w := sc.toks[j].Norm; w == "الذي" || w == "التي" {
		j--
	}
	if j >= 0 && (isComma(sc.toks[j])) {
		j--
	}
	for k, o := range sc.slots {
		if j >= 0 && o.first <= j && j < o.end {
			return k
		}
	}
	return -1
}

// tourReach is how far before a tour's list of stops its verb may stand
// («تشمل أيضا»), and how far before the verb its noun («جولة أفريقية
// قصيرة، تشمل»).
const tourReach = 4

// amongTourStops reports whether every side of an event is a stop of one
// tour the sentence names («جولة تشمل سويسرا والنمسا»): the stops are
// each met by the one touring, not by each other.
func (sc *sentenceCtx) amongTourStops(from, to []int) bool {
	stops := sc.tourStops()
	if len(stops) < 2 {
		return false
	}
	n := 0
	for _, k := range append(slices.Clone(from), to...) {
		for _, id := range sc.slots[k].actors {
			if !stops[id] {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// tourStops returns the actors listed as the stops of a tour in the
// sentence, or nil.
func (sc *sentenceCtx) tourStops() map[string]bool {
	var stops map[string]bool
	for _, s := range sc.slots {
		if !sc.afterTourVerb(s.first) {
			continue
		}
		for _, o := range sc.slots {
			if o.group == s.group {
				if stops == nil {
					stops = map[string]bool{}
				}
				for _, id := range o.actors {
					stops[id] = true
				}
			}
		}
	}
	return stops
}

// afterTourVerb reports whether a verb of including, itself after a noun
// of a tour, stands shortly before token i.
func (sc *sentenceCtx) afterTourVerb(i int) bool {
	lx := sc.st.x.lx
	for j := i - 1; j >= 0 && j >= i-tourReach; j-- {
		if !lx.tourVerbs[stripConj(sc.toks[j].Norm)] {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-tourReach; k-- {
			if lx.tourNouns[stripConj(sc.toks[k].Norm)] {
				return true
			}
		}
		return false
	}
	return false
}
