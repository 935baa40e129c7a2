package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"kg/actor"
	"kg/arabic"
)

// found is a trigger found in a sentence.
type found struct {
	i, end  int // token range
	t       trigger
	pronoun bool // the noun carries an attached pronoun: «لقاءه», «زيارته»
	// relObject marks a verb after a relative pronoun, or a verb of
	// describing, whose attached pronoun is its object: «غولن ... الذي
	// تتهمه تركيا», «مجموعة وصفتها تركيا بالإرهابية».
	relObject bool
	// coordObject marks a hostile verb opening a new clause with «و» or
	// «إذ» whose attached pronoun is its object and whose subject follows
	// it: «ألمانيا ... وتتهمها الإدارات الأمريكية», «إذ تتهمها إسرائيل».
	coordObject bool
	// thing is a word of the act after its subject, 0 if none: «سفارتها»
	// in «تنقل الولايات المتحدة سفارتها» is no object of its own.
	thing int
	// frame marks an act found by a destination frame; the acts of
	// other triggers reach past it («رفضها نقل السفارة الأميركية»).
	frame bool
	dest  int // a frame's destination token: its object
	// oblige marks «على X أن …» after a speech verb: the speaker's
	// demand on X.
	oblige bool
	// charge marks «أن X مسؤولة عن …» in what a speaker says: the
	// speaker accuses X.
	charge bool
	// wrong marks wrongdoing said of the actor at dest in what a speaker
	// says: the speaker accuses it.
	wrong bool
}

// Window sizes, in tokens, within which arguments are looked for.
const (
	subjectAfter  = 4  // VSO: the subject follows the verb closely
	saidReach     = 8  // «وتابع وزير الخارجية السعودي أن»: a verb of saying to its clause
	agentBefore   = 12 // SVO, light verbs and noun triggers: the agent before
	objectAfter   = 12 // the other side after the trigger
	copulaReach   = 4  // «ستكون هذه المرة الأولى التي»: copula to relative
	conjoinedItem = 4  // words of a list item naming no actor («واثنان من مستشاريه»)
	modalityReach = 4  // «إمكانية عقد اجتماع»
	clauseReach   = 10 // how far back a possibility or intent reaches within a clause
	lightReach    = 6  // how far before its noun a light verb stands («ستجري الولايات المتحدة في جنيف محادثات»)
	decisionReach = 4  // «قرار بعد بشأن نقل»: a decision to the act it is about
	warnReach     = 8  // «حذرت موسكو واشنطن وحلفاءها من»: a warning's verb to its «من»
	// A time to come scheduling an act: right before it («تشهد القاهرة
	// الأسبوع المقبل اجتماعات») or after it and its sides.
	scheduleBefore = 3
	scheduleAfter  = 6
	// Sentences of sport an article needs before a meeting of bare states
	// in it is taken for a match: one alone is often an aside («الرئيس
	// المنتخب», «الألعاب الأولمبية» in a story of diplomacy).
	matchTellers = 2
)

// sentence extracts the events of one sentence that starts at byte base of
// the article.
func (st *articleState) sentence(text string, base int) {
	x := st.x
	toks := arabic.AppendTokens(nil, text, base-0)
	if len(toks) == 0 {
		return
	}
	if st.matchTold < matchTellers && x.lx.aboutMatch(toks) {
		st.matchTold++
	}
	r := st.resolver(toks)
	slots := dropDateline(x.lx, toks, r.resolve(st.reread(toks, x.lx.dropNotActors(toks, x.gaz.Find(toks)))))
	st.lastTitle, st.lastArmy, st.lastCoalition, st.lastParty = r.lastTitle, r.lastArmy, r.lastCoalition, r.lastParty
	st.newActors = append(st.newActors, r.newActors...)
	st.rememberSurnames(toks, slots)
	destTrigs, destSlots := x.lx.destinations(toks, slots)
	if len(destSlots) > 0 {
		slots = append(slots, destSlots...)
		sortSlots(slots)
	}
	if len(slots) == 0 && !st.hasPairVerb(toks) {
		st.lastSpeaker, st.lastSpoke = nil, false
		sc := sentenceCtx{st: st, toks: toks, text: text, base: base}
		sc.incidents() // violence with no side named
		st.events = append(st.events, sc.events...)
		return
	}
	// A question reports nothing; a match report names teams, not states.
	question := isQuestion(toks) || x.lx.aboutSport(toks)
	trigs := mergeTriggers(x.lx.findTriggers(toks, slots), destTrigs)
	sc := sentenceCtx{st: st, toks: toks, slots: slots, trigs: trigs, text: text, base: base, prevFirst: st.lastSpeaker, prevSpoke: st.lastSpoke, held: r.heldSlots(slots)}
	sc.impliedSpeaker()
	sc.pairedVerbs()
	sc.countedNisbas()
	sc.verbalNouns()
	sc.scopeBetween()
	var mediations []found
	calledOff := map[int]bool{} // trigger starts of meetings called off
	// Around a tournament, teams meet, host and attack each other; a
	// boycott, a bid's backing or a visit to a match stay acts of states.
	tournament := x.lx.aboutTournament(toks)
	for k, f := range trigs {
		if !question && sc.meetingToCome(f) {
			calledOff[toks[f.i].Start] = true // no meeting yet, but its sides are the pair
			sc.emit(k, f)
			continue
		}
		if !question && sc.setMeeting(f) {
			continue // «القمة المرتقبة بين ترامب وكيم»: each side's plan
		}
		if !question && sc.groundsAccusation(f) {
			continue // «قطعت علاقاتها مع قطر لاتهامها بدعم الإرهاب»
		}
		if !question && sc.deniedAccusation(k, f) {
			continue // «نفت طهران اتهامات واشنطن»: denied, but made
		}
		// «تأييدها للضربات التي شنتها أمريكا على سوريا», «حول الضربات
		// التي شنتها»: a strike or a sanction whose own clause names who
		// carried it out is told as done, whatever the noun is the
		// complement or the topic of.
		told := f.t.kind == nounTrigger && (f.t.rel == Attack || f.t.rel == Sanction) && sc.toldByClause(f)
		// «تحدثت سيول عن دعوة وجهها كيم إلى ترامب»: sent, whatever it is
		// the topic of.
		if inviter, _ := sc.sentInvitationSides(f); inviter >= 0 && f.t.rel == Intend {
			told = true
		}
		if question || sc.negatedOrPossible(f) || !told && (sc.isComplement(trigs, k) || sc.isTopic(f)) || sc.directed(trigs, k) || sc.isAnaphoric(f) || sc.isCharge(f) ||
			f.t.kind == nounTrigger && sc.chargedWith(k) || sc.endangers(f) {
			continue
		}
		if tournament && (f.t.rel == Consult && !f.t.visit && !f.t.travel && !sc.triggerIn(f, x.lx.visitNouns) || f.t.rel == Attack) {
			continue
		}
		if f.t.rel == Mediate {
			mediations = append(mediations, f)
			continue
		}
		if f.t.rel == Consult && sc.calledOff(f) {
			calledOff[toks[f.i].Start] = true
		}
		sc.emit(k, f)
	}
	for _, f := range mediations {
		sc.mediate(f)
	}
	if !question {
		sc.offers()
		sc.penalties()
	}
	sc.incidents()
	if !question {
		sc.coalitionWars()
	}
	sc.acrossSides()
	sc.visitedInTurn()
	sc.heldApart()
	// «الجانبين» and «الرجلين» refer to the sides of the meetings named.
	for _, e := range sc.events {
		// A dual names a pair met before; counting it again would let
		// «البلدين», read as states, outweigh the two leaders.
		if ts := e.Triples(); len(ts) == 1 && e.Relation.Symmetric() && !st.namedByDual(e) {
			st.notePair(ts[0].Subject, ts[0].Object)
		}
	}
	// «ألغى ترامب القمة مع كيم»: no meeting, but its sides are still the
	// pair the story is about.
	if len(calledOff) > 0 {
		sc.events = slices.DeleteFunc(sc.events, func(e Event) bool { return calledOff[e.TrigSpan.Start] })
	}
	st.rememberActs(sc.events)
	st.notePrevPair(slots, sc.events)
	st.events = append(st.events, sc.events...)
}

// speakerAt returns the slot that is the subject of a speech verb at token
// j: the first plain actor right after it (VSO), or the one right before it
// when it opens the clause (SVO); -1 if none.
func (sc *sentenceCtx) speakerAt(j int) int {
	if k := sc.statementAuthor(j + 1); k >= 0 {
		return k // «وقال بيان صادر عن الخارجية الروسية إنها …»
	}
	if k := sc.firstSlot(j+1, j+1+subjectAfter, plain); k >= 0 && !sc.crossesBoundary(j+1, sc.slots[k].first) {
		return k
	}
	if k := sc.lastSlot(j-1, j, plain); k >= 0 && !startsWithConj(sc.toks[j].Norm) {
		return k
	}
	return -1
}

// isSpeechVerb reports whether token j is a verb of saying.
func (sc *sentenceCtx) isSpeechVerb(j int) bool {
	lx := sc.st.x.lx
	for _, w := range conjReadings(sc.toks[j].Norm) {
		if lx.speechVerbs[w] || lx.clauseSpeechVerbs[w] && sc.clauseFollows(j) {
			return true
		}
	}
	return false
}

// clauseFollows reports whether a reported clause («أن», «إنه») opens
// within a few words after token j, before any quote, colon or stop:
// «وتابع وزير الخارجية أن …», «وشدد على أن …».
func (sc *sentenceCtx) clauseFollows(j int) bool {
	for k := j + 1; k < len(sc.toks) && k <= j+saidReach; k++ {
		t := sc.toks[k]
		if sc.thatAt(k) {
			return true
		}
		if isQuote(t) || t.Kind == arabic.Punct && !isComma(t) {
			return false
		}
	}
	return false
}

// reportedSpeaker returns the speaker a clause at token i reports, when
// «إنه», «أنها», «بأنهم» (that he, that she) opens it: the subject of the
// speech verb before, «وأعلنت المكسيك أنها سترد». -1 if none.
func (sc *sentenceCtx) reportedSpeaker(i int) int {
	said := sc.st.x.lx.saidThat
	return sc.speakerBefore(i, func(w string) bool { return said[w] }, false)
}

// speakerBefore returns the subject of the verb of saying before the word
// that opens a clause at token i (past quotes), when opens accepts that
// word; with threats, a verb or participle of threatening speaks too
// («توعد أردوغان بأن …»). -1 if none.
func (sc *sentenceCtx) speakerBefore(i int, opens func(string) bool, threats bool) int {
	j := i - 1
	for j >= 0 && isQuote(sc.toks[j]) {
		j--
	}
	if j < 1 || !opens(sc.toks[j].Norm) {
		return -1
	}
	for v := j - 1; v >= 0 && v >= j-agentBefore; v-- {
		if sc.toks[v].Kind == arabic.Punct && !isComma(sc.toks[v]) {
			return -1
		}
		if v == j-1 && (sc.speechParticipleAt(v) || threats && sc.threatAt(v, circumstantialTrigger)) {
			return sc.participleSpeaker(v)
		}
		if sc.isSpeechVerb(v) || threats && sc.threatAt(v, verbTrigger) {
			return sc.speakerAt(v)
		}
	}
	return -1
}

// impliedSpeaker gives a sentence that opens with a speech verb but names
// no speaker («وأضاف أن بلاده …») the speaker of the sentence before, as
// an actor read off the verb itself. It then notes who spoke last.
func (sc *sentenceCtx) impliedSpeaker() {
	st := sc.st
	last := st.lastSpeaker
	st.lastSpeaker, st.lastSpoke = nil, false
	for j := 0; j < len(sc.toks) && j < 3; j++ {
		if !sc.isSpeechVerb(j) {
			continue
		}
		// «وقال البيان إن واشنطن …», «وأضاف أن إيران …»: the actor after
		// «إن» is not who spoke; after «ويذكر أن» (it is told that) it may be.
		end := sc.recalledSpeakerEnd(j)
		k := sc.speakerAt(j)
		namedBack := startsWithConj(sc.toks[j].Norm) && !sc.wordIn(sc.st.x.lx.impersonal, j, j+1) && sc.noSubjectAfter(end) &&
			(end > j && sc.thatAt(sc.pastAsides(end)) || k >= 0 && sc.thatAt(sc.pastAsides(j)))
		if k >= 0 && !namedBack {
			st.lastSpeaker, st.lastSpoke = sc.slots[k].actors, true
			return
		}
		if end > j && !namedBack {
			return // «وأضاف البيان: "…"» may quote others
		}
		if len(last) == 0 || !startsWithConj(sc.toks[j].Norm) || overlaps(sc.slots, j) || !sc.noSubjectAfter(end) {
			return
		}
		sc.slots = append(sc.slots, slot{first: j, end: j + 1, actors: last, adjOf: -1, group: impliedGroup + j, namedBack: namedBack})
		sortSlots(sc.slots)
		st.lastSpeaker, st.lastSpoke = last, true
		return
	}
	for _, s := range sc.slots {
		if plain(s) && len(s.actors) == 1 {
			st.lastSpeaker = s.actors // the sentence's first actor speaks next
			return
		}
	}
}

// speechOpenerEnd returns the token after a word that opens the sentence
// going on with the one who spoke before («كما», «إلى ذلك،»), past its
// comma; 0 if none.
func (sc *sentenceCtx) speechOpenerEnd() int {
	n := sc.st.x.lx.speechOpeners.matchAt(sc.toks, 0)
	if n > 0 && n < len(sc.toks) && isComma(sc.toks[n]) {
		n++
	}
	return n
}

// continuedSubject returns the subject a directed verb joined by و shares
// with the speaker before it in the sentence, when the one actor right after
// the verb is its object: «وأكد مندوب روسيا أن …، واتهم بريطانيا
// بالتبعية». -1 when the verb has a subject and object of its own.
func (sc *sentenceCtx) continuedSubject(f found) int {
	opened := f.i > 0 && f.i == sc.speechOpenerEnd() // «كما اتهم بريطانيا»
	if f.t.kind != verbTrigger || f.t.plural || f.t.rel.Symmetric() || !startsWithConj(sc.toks[f.i].Norm) && !opened {
		return -1
	}
	obj := sc.firstSlot(f.end, f.end+subjectAfter, plain)
	if obj < 0 || sc.crossesBoundary(f.end, sc.slots[obj].first) || !sc.objectOfMasculine(f, sc.slots[obj]) {
		return -1
	}
	// Only right after the verb: a noun before it is an unknown subject
	// («وطالب الأكراد دمشق», «واتهم مصدر إماراتي قطر»).
	for j := f.end; j < sc.slots[obj].first; j++ {
		if t := sc.toks[j]; !isQuote(t) && !sc.st.x.lx.timeWord(t.Norm) {
			return -1
		}
	}
	// Another actor as object after it makes the first one the subject:
	// «واتهمت بريطانيا روسيا», «وندد ترامب بإيران».
	g := sc.slots[obj].group
	other := sc.firstSlot(sc.slots[obj].end, sc.slots[obj].end+objectAfter, func(s slot) bool {
		return s.group != g && !s.adjectival() && (s.prep == "" || s.prep == "ب" || isTargetPrep(s.prep))
	})
	if other >= 0 && !sc.crossesBoundary(sc.slots[obj].end, sc.slots[other].first) {
		return -1
	}
	for v := f.i - 1; v >= 0; v-- {
		if sc.toks[v].Kind == arabic.Punct && !isComma(sc.toks[v]) {
			return -1
		}
		if sc.isSpeechVerb(v) {
			if s := sc.speakerAt(v); s >= 0 && !sameActors(sc.slots[s], sc.slots[obj]) {
				return s
			}
			return -1
		}
	}
	// At a sentence's start the subject is the one who spoke in the
	// sentence before («قال لافروف إن … . واتهم واشنطن بـ…»); the first
	// actor of any sentence before was right on too few corpus sentences.
	if (f.i == 0 || opened) && sc.prevSpoke && len(sc.prevFirst) > 0 && !slices.Equal(sc.prevFirst, sc.slots[obj].actors) {
		return sc.prevSpeakerSlot(f.i)
	}
	return -1
}

// objectOfMasculine reports whether slot s, right after verb f, cannot be
// its subject by gender: a state named by its name is feminine, so after a
// masculine singular verb it is the object («واتهم بريطانيا بالسعي»,
// not «واتهمت بريطانيا روسيا»).
func (sc *sentenceCtx) objectOfMasculine(f found, s slot) bool {
	w := stripConj(sc.toks[f.i].Norm)
	if strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "ت") || !s.place || s.person || s.title != "" || len(s.actors) != 1 {
		return false
	}
	// «البيت الأبيض», «الكرملين»: a name with the article is feminine only
	// when it ends in ة («السعودية», «الولايات المتحدة»).
	last := sc.toks[s.end-1].Norm
	if hasArticle(stripConj(sc.toks[s.first].Norm)) && !strings.HasSuffix(last, "ة") && !strings.HasSuffix(last, "ه") {
		return false
	}
	// A verb in the first person is the speaker's side: «ونساعد».
	if strings.HasPrefix(w, "ن") || strings.HasPrefix(w, "أ") {
		return false
	}
	return !sc.st.x.lx.masculineStates[s.actors[0]]
}

// pastAsides returns the first token after j that is not a comma or a
// time word: where the clause after a speaker opens («وقال البيان، الأحد،
// إن», «وأضاف أمس أن»).
func (sc *sentenceCtx) pastAsides(j int) int {
	k := j + 1
	for k < len(sc.toks) && (isComma(sc.toks[k]) || sc.st.x.lx.timeWord(sc.toks[k].Norm)) {
		k++
	}
	return k
}

// thatAt reports whether token i opens a reported clause: «أن», «إنه».
func (sc *sentenceCtx) thatAt(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	w := stripConj(sc.toks[i].Norm)
	return sc.st.x.lx.complementizer[w] || sc.st.x.lx.saidThat[w]
}

// recalledSpeakerEnd returns the last token of a noun after the verb of
// saying at j that names the speaker before, or its statement or
// spokesman («وقال البيان», «وقال المتحدث باسمها»); j if none.
func (sc *sentenceCtx) recalledSpeakerEnd(j int) int {
	lx := sc.st.x.lx
	k := j + 1
	if k >= len(sc.toks) || !lx.recalledSpeakers[sc.toks[k].Norm] || overlaps(sc.slots, k) {
		return j
	}
	if k+1 >= len(sc.toks) {
		return k
	}
	if n := lx.recalledOf.matchAt(sc.toks, k+1); n > 0 && !overlaps(sc.slots, k+n) {
		return k + n
	}
	return k
}

// noSubjectAfter reports whether the speech verb at j goes straight on to
// what was said: «وأضاف أن», «وقال، الأحد، إن», «وتابع: "…"». A noun
// after it is a subject the lexicon does not know («وقالت مصادر طبية»).
func (sc *sentenceCtx) noSubjectAfter(j int) bool {
	lx := sc.st.x.lx
	for k := j + 1; k < len(sc.toks) && k <= j+4; k++ {
		t := sc.toks[k]
		w := stripConj(t.Norm)
		switch {
		case t.Norm == "،" || t.Norm == ",", lx.timeWord(t.Norm):
			continue
		case t.Norm == ":", isQuote(t), lx.complementizer[w], lx.saidThat[w]:
			return true
		case (w == "علي" || w == "الي") && k+1 < len(sc.toks) && lx.complementizer[stripConj(sc.toks[k+1].Norm)]:
			return true // «وأشار إلى أن», «وشدد على أن»
		case w == "علي":
			return sc.obligeAt(k) // «وأضافت على روسيا أن تتعاون»
		}
		return false
	}
	return false
}

// countedNisbas reads a country name right after a counted noun in the
// accusative («طرد 23 دبلوماسيا روسيا», «15 جنديا تركيا») as the
// nationality adjective it is spelled like: the noun's nationality, not
// the state acting.
func (sc *sentenceCtx) countedNisbas() {
	for k := range sc.slots {
		s := &sc.slots[k]
		if !plain(*s) || s.end-s.first != 1 {
			continue
		}
		if sc.countedBefore(*s) {
			s.adjOf = s.first - 1
		}
	}
}

// countedBefore reports whether slot s stands right after a counted noun
// in the accusative: a number, then an indefinite word ending in ا.
func (sc *sentenceCtx) countedBefore(s slot) bool {
	if s.first < 2 {
		return false
	}
	noun, count := sc.toks[s.first-1], sc.toks[s.first-2].Text
	return noun.Kind == arabic.Word && strings.HasSuffix(noun.Norm, "ا") && !hasArticle(noun.Norm) &&
		count != "" && isDigit(count[len(count)-1])
}

// verbalNouns reads a verb form right after a light verb, or another
// verb, and its subject as the verbal noun it also spells: «أعلن المغرب
// طرد السفير الإيراني», «أكد دعم بلاده», «وصف الكرملين زعم أوكرانيا».
func (sc *sentenceCtx) verbalNouns() {
	for k := range sc.trigs {
		f := &sc.trigs[k]
		if f.t.kind != verbTrigger || startsWithConj(sc.toks[f.i].Norm) {
			continue
		}
		j := f.i - 1
		for j >= 0 && overlaps(sc.slots, j) {
			j--
		}
		if j >= 0 && (sc.isLightVerb(j) || sc.isDecideVerb(j)) {
			f.t.kind = nounTrigger
		}
		// «وصف الكرملين زعم أوكرانيا»: right after a verb and its subject
		// the form is the verb's object, a verbal noun.
		if j >= 0 && j < f.i-1 && k > 0 && sc.trigs[k-1].t.kind == verbTrigger && sc.trigs[k-1].end == j+1 {
			f.t.kind = nounTrigger
		}
	}
}

// isDecideVerb reports whether token j is a verb of deciding, whose object
// is the act decided («قررت روسيا طرد 60 دبلوماسيا»). Unlike a light
// verb it does not carry out a deal or talks named after it («قرر تعليق
// الاتفاق»).
func (sc *sentenceCtx) isDecideVerb(j int) bool {
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		if sc.st.x.lx.decideVerbs[w] {
			return true
		}
	}
	return false
}

func (sc *sentenceCtx) isLightVerb(j int) bool {
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		if sc.st.x.lx.lightVerbs[w] {
			return true
		}
	}
	return false
}

// namedByDual reports whether a side of e was named by a dual («البلدين»).
func (st *articleState) namedByDual(e Event) bool {
	for _, a := range e.Args {
		for _, w := range strings.Fields(arabic.Normalize(a.Mention)) {
			if peeledWordIn(st.x.lx.dual, w) {
				return true
			}
		}
	}
	return false
}

// notePair counts a pair of sides; the pair named most often (the latest
// on a tie) is what «الجانبين» refers to.
func (st *articleState) notePair(a, b string) {
	if b < a {
		a, b = b, a
	}
	k := [2]string{a, b}
	if st.pairs == nil {
		st.pairs = map[[2]string]int{}
	}
	st.pairs[k]++
	if st.pairs[k] >= st.pairs[st.lastPair] {
		st.lastPair = k
	}
}

// dropDateline leaves out the places of a dateline that opens a story
// («دبي، الإمارات العربية المتحدة (CNN)—»): where it was filed, not who
// acts. A dateline is a parenthesis within the first words that holds a
// name in Latin letters or a news agency.
// dropNotActors removes the mentions that begin inside a name that is no
// actor («صحيفة واشنطن بوست», «مجلس الأمن القومي»).
func (lx *lexicon) dropNotActors(toks []arabic.Token, ms []actor.Mention) []actor.Mention {
	var skip []bool
	for i := range toks {
		if toks[i].Kind != arabic.Word {
			continue
		}
		if n := lx.notActors.matchPeeledAt(toks, i); n > 0 {
			if skip == nil {
				skip = make([]bool, len(toks))
			}
			for j := i; j < i+n; j++ {
				skip[j] = true
			}
		}
		// «المرصد السوري، ومقره بريطانيا»: where a body sits, not an actor.
		if lx.seats[toks[i].Norm] {
			j := i + 1
			if j < len(toks) && lx.locative[toks[j].Norm] {
				j++
			}
			if j < len(toks) {
				if skip == nil {
					skip = make([]bool, len(toks))
				}
				skip[j] = true
			}
		}
	}
	if skip == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if !skip[m.First] {
			out = append(out, m)
		}
	}
	return out
}

func dropDateline(lx *lexicon, toks []arabic.Token, slots []slot) []slot {
	end := -1
	for i := 0; i < len(toks) && i < 12; i++ {
		if toks[i].Norm != "(" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+5 && toks[j].Norm != ")" {
			j++
		}
		if j >= len(toks) || toks[j].Norm != ")" || j == i+1 {
			break
		}
		if lx.agencies.matchAt(toks, i+1) > 0 || !hasArabic(toks[i+1].Text) && toks[i+1].Kind == arabic.Word {
			end = j
		}
		break
	}
	if end < 0 {
		return slots
	}
	out := slots[:0]
	for _, s := range slots {
		if s.first > end {
			out = append(out, s)
		}
	}
	return out
}

func (st *articleState) resolver(toks []arabic.Token) *slotResolver {
	return &slotResolver{x: st.x, toks: toks, day: st.day, lastTitle: st.lastTitle, lastPair: st.lastPair,
		surnames: st.surnames, lastPerson: st.lastPerson, introducedSoFar: st.newActors,
		homeState: st.homeState, lastArmy: st.lastArmy, lastCoalition: st.lastCoalition, lastParty: st.lastParty}
}

// rememberSurnames notes the last word of every person named in two words
// or more.
func (st *articleState) rememberSurnames(toks []arabic.Token, slots []slot) {
	for _, s := range slots {
		if s.person && len(s.actors) == 1 {
			st.lastPerson = s.actors[0]
		}
		if s.nameEnd > 0 {
			s.end = s.nameEnd // the office after the name is no part of it
		}
		// «الأمين العام للجامعة العربية»: an office's words are no surname.
		if !s.person || len(s.actors) != 1 || s.end-s.first < 2 || s.org != "" {
			continue
		}
		if w := st.familyName(toks, s); w != "" {
			st.surnames[w] = s.actors[0]
			continue
		}
		last := toks[s.end-1].Norm
		if st.x.lx.isSurname(last) && (!st.nationality(toks[s.end-1:s.end]) || st.nameHas(s.actors[0], last)) {
			st.surnames[last] = s.actors[0]
		}
	}
}

// nationality reports whether the words are a state's nationality
// adjective: a title with no name («رئيس الوزراء الإسرائيلي») ends in one,
// and the adjective met again later is the state, not that person.
func (st *articleState) nationality(toks []arabic.Token) bool {
	for _, m := range st.x.gaz.Find(toks) {
		if m.Kind == actor.MentionNisba && m.First == 0 && m.End == len(toks) {
			return true
		}
	}
	return false
}

// nameHas reports whether one of the names of actor id has the word w
// («السوداني» of Mohammed Shia al-Sudani).
func (st *articleState) nameHas(id, w string) bool {
	a, ok := st.x.lex.ByID(id)
	if !ok {
		return false
	}
	for _, name := range a.Arabic {
		if slices.Contains(strings.Fields(arabic.Normalize(name)), w) {
			return true
		}
	}
	return false
}

// familyName returns the family name of a person of a state whose names
// start with it, written first in slot s as in one of the person's names
// in the lexicon («كيم» of «الزعيم الكوري الشمالي كيم جونغ أون»); "" for
// anyone else.
func (st *articleState) familyName(toks []arabic.Token, s slot) string {
	a, ok := st.x.lex.ByID(s.actors[0])
	if !ok || !st.x.lex.FamilyNameFirst(a.Country) {
		return ""
	}
	lx := st.x.lx
	for _, name := range a.Arabic {
		words := strings.Fields(arabic.Normalize(name))
		if len(words) < 2 {
			continue
		}
		w := words[0]
		if lx.function[w] || lx.personal[w] || !arabic.IsArabicLetter([]rune(w)[0]) {
			continue
		}
		for i := s.first; i < s.end-1; i++ {
			if toks[i].Norm == w || strings.TrimPrefix(toks[i].Norm, "و") == w {
				return w
			}
		}
	}
	return ""
}

type sentenceCtx struct {
	st     *articleState
	toks   []arabic.Token
	slots  []slot
	trigs  []found
	text   string
	base   int
	events []Event
	// prevFirst is the speaker or first actor of the sentence before.
	prevFirst []string
	prevSpoke bool // prevFirst is who spoke in the sentence before
	// held are the places the sentence names that an armed group holds
	// (see heldTarget); they are no slots until a strike is found on one.
	held []slot
	// authoredAttack marks an attack the sentence names with its author
	// whose sides were read wrong (see doneByOther): the sentence has an
	// attack, so no incident is read in its place.
	authoredAttack bool
	// sport caches sportSentence, asked for each act of a sentence:
	// 0 not yet known, 1 a match, 2 not.
	sport int8
}

func isQuestion(toks []arabic.Token) bool {
	last := toks[len(toks)-1].Norm
	return last == "؟" || last == "?" || stripConj(toks[0].Norm) == "هل"
}

// adjectiveOfDefinite reports whether the word at i is a signed-only noun
// («الوثيقة») with the article right after another word with the article:
// there it is the adjective «close» («العلاقات الوثيقة», «الحليفة الوثيقة»).
func (lx *lexicon) adjectiveOfDefinite(toks []arabic.Token, i int) bool {
	w := stripConj(toks[i].Norm)
	if i == 0 || !hasArticle(w) || !lx.signNouns[w] || toks[i-1].Kind != arabic.Word {
		return false
	}
	return hasArticle(stripConj(toks[i-1].Norm))
}

// personNameAt reports whether the word at i, spelled like a verb, is a
// given name followed by a family name: «ناصر الخليفي» is a person, not «he
// backed». A family name is a word joining names («بن», «آل») or a definite
// nisba that names no actor.
func (lx *lexicon) personNameAt(toks []arabic.Token, i int, inSlot []bool) bool {
	if !lx.givenNames[stripConj(toks[i].Norm)] || i+1 >= len(toks) || toks[i+1].Kind != arabic.Word {
		return false
	}
	w := toks[i+1].Norm
	return lx.nameLinks[w] || !inSlot[i+1] && hasArticle(w) && strings.HasSuffix(w, "ي")
}

// figurativeFight reports whether attack noun f is qualified right after
// it, past a quote, as fought with no arms («المعركة الاقتصادية»,
// «معاركها التجارية», «هجماته الكلامية», «الحرب النفسية»). An electronic
// attack is still a strike.
func (lx *lexicon) figurativeFight(toks []arabic.Token, f found) bool {
	if f.t.rel != Attack || f.t.kind != nounTrigger {
		return false
	}
	j := f.end
	for j < len(toks) && isQuote(toks[j]) {
		j++
	}
	if j >= len(toks) {
		return false
	}
	w := toks[j].Norm
	return lx.figurativeWar[w] && !lx.modal.armedKinds[w]
}

// amountReach is how many tokens after «إلى» its amount may stand, after
// words of approximation («إلى أكثر من 25»).
const amountReach = 3

// reachesAmount reports whether the words from token j, after at most one
// word («قيمتها»), are «إلى» and an amount: a number, perhaps after words
// of approximation («إلى أكثر من 25 بالمئة», «تصل قيمتها إلى نحو 60»).
func (lx *lexicon) reachesAmount(toks []arabic.Token, j int) bool {
	if j < len(toks) && toks[j].Kind == arabic.Word && stripConj(toks[j].Norm) != "الي" {
		j++
	}
	if j >= len(toks) || stripConj(toks[j].Norm) != "الي" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+amountReach; k++ {
		switch {
		case toks[k].Kind == arabic.Number:
			return true
		case toks[k].Kind != arabic.Word || !lx.approximators[toks[k].Norm]:
			return false
		}
	}
	return false
}

// levyReach is how many words after bare fees the «على» that lays them
// on someone may stand («الرسوم التي فرضتها الولايات المتحدة على»).
const levyReach = 8

// leviedAfter reports whether «على», or a word of where goods come from,
// follows bare fees at token i within the clause: without one «رسوم» are
// drawings or fees laid on no one («الرسوم الدنماركية», «بفرض رسوم جديدة
// إذا …»).
func (lx *lexicon) leviedAfter(toks []arabic.Token, i int) bool {
	for j := i; j < len(toks) && j < i+levyReach; j++ {
		if toks[j].Kind == arabic.Punct && toks[j].Norm != "%" {
			return false // a number or a rate may come first: «رسوما بنسبة 25% على»
		}
		if w := stripConj(toks[j].Norm); w == "علي" || lx.goodsOrigin[w] {
			return true
		}
	}
	return false
}

// findTriggers finds the trigger words of a sentence outside actor mentions,
// the longest at each place.
func (lx *lexicon) findTriggers(toks []arabic.Token, slots []slot) []found {
	inSlot := make([]bool, len(toks))
	for _, s := range slots {
		for i := s.first; i < s.end && i < len(toks); i++ {
			inSlot[i] = true
		}
	}
	var out []found
	for i := 0; i < len(toks); i++ {
		if inSlot[i] || toks[i].Kind != arabic.Word || lx.notTriggers[toks[i].Norm] {
			continue
		}
		if n := lx.fixed.matchPeeledAt(toks, i); n > 0 {
			i += n - 1 // «صفارات الإنذار»: a trigger word inside a name of a thing
			continue
		}
		best, ok := lx.triggerAt(toks, i)
		if recall, isRecall := lx.recallAt(toks, i, inSlot); isRecall {
			best, ok = recall, true // «سحبت تركيا سفيرها»: no withdrawal of forces
		}
		if ok {
			best = lx.tradeSense(toks, lx.verbalSense(toks, lx.assaultSense(toks, best)))
			if lx.figurativeFight(toks, best) {
				continue
			}
		}
		// «قمة السخرية»: wrongdoing said of an actor, no summit; a longer
		// reading wins.
		if wrong, isWrong := lx.wrongdoingAt(toks, i, slots); isWrong && (!ok || wrong.end > best.end) {
			best, ok = wrong, true
		}
		if ok && best.t.levy && !lx.leviedAfter(toks, best.end) {
			continue // «احتجاجا على الرسوم الدنماركية»: drawings, no duties
		}
		if ok && best.t.travel && lx.reachesAmount(toks, best.end) {
			continue // «رسوما تصل إلى 25 في المائة»: an amount reached, no one come
		}
		if ok && lx.adjectiveOfDefinite(toks, i) {
			continue // «الحليفة الوثيقة»: a close ally, no document
		}
		if !ok && (i > 0 && lx.relative[stripConj(toks[i-1].Norm)] || lx.describesObject(toks[i].Norm)) {
			best, ok = lx.relObjectAt(toks, i)
		}
		if !ok && (startsWithConj(toks[i].Norm) || i > 0 && lx.objectClauseOpeners[toks[i-1].Norm]) {
			if best, ok = lx.relObjectAt(toks, i); ok {
				// «وطلبه»: a request of his, as often as a verb.
				if ok = hostileObject(best.t.rel) && !lx.twoSenses(toks[i].Norm) && !lx.requestWithPronoun(toks[i].Norm); ok {
					best.relObject, best.coordObject = false, true
				}
			}
		}
		if !ok {
			best, ok = lx.blameAt(toks, i, inSlot, slots)
		}
		if !ok {
			best, ok = lx.obligationAt(toks, i, slots)
		}
		if !ok {
			best, ok = lx.chargeAt(toks, i, slots)
		}
		if !ok {
			best, ok = lx.expelAt(toks, i)
		}
		if !ok {
			best, ok = lx.giveAt(toks, i)
		}
		if !ok {
			best, ok = lx.contactAt(toks, i, slots)
		}
		if ok && best.t.kind == verbTrigger && len(best.t.rest) == 0 {
			best = lx.tailAfterSubject(toks, best, slots, func(trigger) bool { return true })
		}
		if !ok {
			// «تقف الكويت إلى جانب الأردن», «ضغطت واشنطن على أنقرة»: a verb
			// that is a trigger only with the words after it, its subject
			// between. Not «تدافع إسرائيل عن ممارساتها»: what one defends is
			// often a thing.
			// Not a future («ستحمل طهران مسؤولية»): that act is yet to come.
			if !lx.isFuture(toks[i].Norm) {
				best = lx.tailAfterSubject(toks, found{i: i, end: i + 1}, slots, func(t trigger) bool {
					return t.rel != Support || t.rest[0] != "عن"
				})
			}
			ok = best.t.rel != ""
		}
		if !ok {
			best = lx.tailAfterGenitive(toks, i, slots)
			ok = best.t.rel != ""
		}
		if !ok || best.t.kind == verbTrigger && lx.personNameAt(toks, i, inSlot) {
			continue
		}
		if best.t.kind == verbTrigger && !best.t.plural && lx.adjectiveAfter(toks, best.end, slots) {
			// «قصف مدفعي», «قصف إسرائيلي»: the verbal noun; a word that is
			// no such noun is a name here («تحالف دولي»).
			if !lx.isNounOf(toks[i].Norm, best.t.rel) {
				continue
			}
			best.t.kind = nounTrigger
		} else if best.t.kind == verbTrigger && lx.isNounOf(toks[i].Norm, best.t.rel) && lx.adjectiveAfter(toks, best.end, slots) {
			best.t.kind = nounTrigger // «قصفا إسرائيليا»: the accusative noun, not the dual verb
		}
		if best.t.rel == Attack && !best.wrong && lx.wrongs.attacks.matchPeeledAt(toks, i) > 0 {
			// «قال إن عدوان إسرائيل على سوريا»: an attack named in what a
			// speaker says accuses its author as well.
			if wrong, isWrong := lx.wrongMasdarAt(toks, i, slots); isWrong {
				out = append(out, wrong)
			}
		}
		out = append(out, best)
		i = best.end - 1
	}
	return out
}

func (lx *lexicon) triggerAt(toks []arabic.Token, i int) (found, bool) {
	var best found
	ok := false
	w := toks[i].Norm
	for ri, reading := range arabic.Peel(w) {
		prefixed := ri > 0 && !strings.HasPrefix(w, "و"+reading) && !strings.HasPrefix(w, "ف"+reading)
		forms := []string{reading}
		stripped, hasPron := arabic.StripPronoun(reading)
		if hasPron {
			forms = append(forms, stripped)
		}
		for fi, form := range forms {
			for _, t := range lx.triggers[form] {
				n, matched := tailMatch(toks[i+1:], t.rest)
				if !matched {
					continue
				}
				if t.hamza && !strings.ContainsAny(toks[i].Text, "أإآ") {
					continue // «هنا أو هناك»: here, not «هنأ»
				}
				// A word with ال or a preposition on it is a noun, not a verb.
				if t.kind == verbTrigger && (prefixed || fi > 0) {
					continue
				}
				f := found{i: i, end: i + 1 + n, t: t, pronoun: fi > 0}
				if !ok || f.end > best.end || (f.end == best.end && best.t.kind != verbTrigger && t.kind == verbTrigger) {
					best, ok = f, true
				}
			}
		}
	}
	return best, ok
}

// expelAt finds a noun of expelling, with any proclitic, that envoys
// follow within a few words: «بطرد 23 دبلوماسيا», «طرد اثنين من
// الدبلوماسيين».
func (lx *lexicon) expelAt(toks []arabic.Token, i int) (found, bool) {
	readings := arabic.Peel(toks[i].Norm)
	if !lx.expelNouns[readings[len(readings)-1]] {
		return found{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if lx.envoys[stripConj(toks[j].Norm)] {
			return found{i: i, end: i + 1, t: trigger{rel: Sanction, kind: nounTrigger}}, true
		}
	}
	return found{}, false
}

// recallAt finds a verb of recalling that one's own envoy follows in its
// clause, past the subject: «استدعت باكستان سفيرها لدى الهند», «سحبت
// الرياض سفيرها من برلين». The envoy's state is sanctioned.
func (lx *lexicon) recallAt(toks []arabic.Token, i int, inSlot []bool) (found, bool) {
	w := toks[i].Norm
	if !lx.recallVerbs[stripConj(w)] || hasArticle(w) {
		return found{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+maxSubjectTokens; j++ {
		if toks[j].Kind == arabic.Punct {
			break
		}
		if inSlot[j] {
			continue
		}
		if lx.ownEnvoy(stripConj(toks[j].Norm)) {
			return found{i: i, end: i + 1, t: trigger{rel: Sanction, kind: verbTrigger}}, true
		}
		if _, isTrig := lx.triggerAt(toks, j); isTrig {
			break
		}
	}
	return found{}, false
}

// giveAt finds a verb of handing over followed in its clause by a bare,
// indefinite gift: «قدمت السعودية مساعدات لليمن», «سلمت باريس القاهرة
// أسلحة», «منحت اليابان الأردن 100 مليون دولار».
func (lx *lexicon) giveAt(toks []arabic.Token, i int) (found, bool) {
	if !lx.giveVerbs[stripConj(toks[i].Norm)] {
		return found{}, false
	}
	gift := false
	for j := i + 1; j < len(toks) && j <= i+objectAfter; j++ {
		n := toks[j].Norm
		if n == "،" || n == "," || n == "." || n == ":" || n == "؛" {
			break
		}
		// «قدمت ... من المساعدات العسكرية للبنان», «لدعم لبنان»: an act
		// named in the clause carries the gift itself.
		if t, ok := lx.triggerAt(toks, j); ok && (t.t.rel == Aid || t.t.rel == Support) {
			return found{}, false
		}
		if j <= i+8 && (lx.giftNouns[stripConj(n)] || lx.giftSums[n] && j+1 < len(toks) && lx.currencies[toks[j+1].Norm]) {
			gift = true
		}
	}
	if !gift {
		return found{}, false
	}
	return found{i: i, end: i + 1, t: trigger{rel: Aid, kind: verbTrigger}}, true
}

// tailAfterSubject reads a verb whose subject follows it with the sense
// the word after the subject gives it: «حذر البيت الأبيض من أن …» is
// «حذر من», a warning, not «حذر», a rebuke; the word may follow the
// object too. The trigger keeps its span. Only triggers that pass keep
// are tried.
func (lx *lexicon) tailAfterSubject(toks []arabic.Token, f found, slots []slot, keep func(trigger) bool) found {
	// «ضغطت واشنطن على أنقرة», «وقفت السعودية والإمارات، والبحرين مع»:
	// the subject and the list it heads.
	end := listAfter(toks, f.end, slots)
	// «وحذرت اليابان كوريا الشمالية من …»: past the object too.
	for _, s := range slots {
		if s.first == end && s.prep == "" && !s.adjectival() {
			end = listAfter(toks, end, slots)
			break
		}
	}
	if end < 0 || end >= len(toks) || end-f.end > maxSubjectTokens {
		return f
	}
	// «ألقت بريطانيا باللوم على روسيا»: a tail that is a trigger itself
	// reads the act on its own.
	if own, ok := lx.triggerAt(toks, end); ok && own.t.kind != verbTrigger {
		return f
	}
	for _, reading := range conjReadings(toks[f.i].Norm) {
		for _, t := range lx.triggers[reading] {
			if t.kind == verbTrigger && t.plural == f.t.plural && len(t.rest) > 0 && restMatches(toks[end:], t.rest) && keep(t) {
				t.rest = nil
				f.t = t
				return f
			}
		}
	}
	return f
}

// isStandNoun reports whether word w, peeled and with or without an
// attached pronoun, is a noun of standing by someone («وقوفها»).
func (lx *lexicon) isStandNoun(w string) bool {
	return peeledOrOwnedIn(lx.standNouns, w)
}

// tailAfterGenitive reads a verbal noun that is a trigger only with the
// words after it, its subject in the genitive and its adjectives between:
// «وقوف البحرين إلى جانب السعودية», «وقوف دولة الكويت التام إلى جانب
// المملكة», «وقوفها الكامل إلى جانب». The trigger keeps the noun's span.
func (lx *lexicon) tailAfterGenitive(toks []arabic.Token, i int, slots []slot) found {
	if !lx.isStandNoun(toks[i].Norm) {
		return found{} // the common case, before any work on the words after
	}
	end := listAfter(toks, i+1, slots)
	if end < 0 {
		end = i + 1
	}
	inSlot := covered(slots, len(toks))
	for n := 0; n < 2 && end < len(toks) && toks[end].Kind == arabic.Word && strings.HasPrefix(toks[end].Norm, "ال") && !lx.isFunctionWord(toks[end].Norm) && !inSlot[end]; n++ {
		end++ // «التام», «الكامل», «الثابت»
	}
	if end >= len(toks) || end-i > maxSubjectTokens {
		return found{}
	}
	for _, reading := range arabic.Peel(toks[i].Norm) {
		forms := []string{reading}
		if stripped, ok := arabic.StripPronoun(reading); ok {
			forms = append(forms, stripped)
		}
		for _, form := range forms {
			for _, t := range lx.triggers[form] {
				if t.kind == nounTrigger && len(t.rest) > 0 && end > i+1 && restMatches(toks[end:], t.rest) && lx.standNouns[form] {
					t.tailPrep, t.rest = t.rest[len(t.rest)-1], nil
					return found{i: i, end: i + 1, t: t}
				}
			}
		}
	}
	return found{}
}

// isFuture reports whether w is a trigger verb's present form with the
// future prefix س («ستحمل»), not a past form that begins with س («سخر»).
func (lx *lexicon) isFuture(w string) bool {
	w = stripConj(w)
	rest, ok := strings.CutPrefix(w, "س")
	return ok && lx.verbTense[w]&1 == 0 && lx.verbTense[rest]&2 != 0
}

// maxSubjectTokens bounds the words between a verb and the tail it
// carries, so that a tail far on belongs to another verb.
const maxSubjectTokens = 12

// listAfter returns the end of the actor slot that starts at token i and
// of the slots listed with it («مصر والسعودية», «روسيا، إيران وتركيا»),
// or -1 when no actor slot starts there. A list longer than
// maxSubjectTokens is not followed to its end: no tail is read after it.
func listAfter(toks []arabic.Token, i int, slots []slot) int {
	end, group := -1, -1
	for at := i; at-i <= maxSubjectTokens; {
		next := -1
		for _, s := range slots {
			if s.first == at && !s.adjectival() && (group < 0 || s.group == group) {
				next, group = s.end, s.group
				break
			}
		}
		if next < 0 {
			return end
		}
		end, at = next, next
		if at < len(toks) && isComma(toks[at]) {
			at++
		}
	}
	return end
}

// blameAt finds laying the blame on someone, an accusation: «حمّل X Y
// المسؤولية» (a verb of loading with an actor after it and «المسؤولية»
// later in the clause) and «المسؤولية تقع على عاتق Y» (whose agent is the
// speaker, however far before).
func (lx *lexicon) blameAt(toks []arabic.Token, i int, inSlot []bool, slots []slot) (found, bool) {
	accuse := trigger{rel: Accuse, kind: verbTrigger}
	w := stripConj(toks[i].Norm)
	if (lx.blame[w] || lx.blameBearing[w] && blamesTwo(i, inSlot, slots)) && i+2 < len(toks) && actorSoonAfter(i, inSlot) {
		// «حملت الخارجية الأمريكية روسيا "مسؤولية الهجمات"»: a quote may
		// open before the responsibility, and a comma may set off an aside
		// or the blamed («حمل البيت الأبيض، هذا الشهر، طهران مسؤولية»,
		// «حملت الحكومة اليمنية ميليشيات الحوثي، المسؤولية»), but not one
		// that opens another clause with «و».
		for j := i + 2; j < len(toks) && j <= i+16; j++ {
			if isComma(toks[j]) {
				if j+1 < len(toks) && !inSlot[j+1] && strings.HasPrefix(toks[j+1].Norm, "و") && startsWithConj(toks[j+1].Norm) {
					break
				}
				continue
			}
			if toks[j].Kind != arabic.Word && !isQuote(toks[j]) {
				break
			}
			if lx.responsibility[toks[j].Norm] {
				return found{i: i, end: i + 1, t: accuse}, true
			}
		}
		return found{}, false
	}
	if w != "علي" || i+2 >= len(toks) || toks[i+1].Norm != "عاتق" || !inSlot[i+2] {
		return found{}, false
	}
	for j := i - 1; j >= 0 && j >= i-8 && toks[j].Kind == arabic.Word; j-- {
		if lx.responsibility[stripConj(toks[j].Norm)] {
			accuse.kind = nounTrigger
			return found{i: i, end: i + 2, t: accuse, pronoun: true}, true
		}
	}
	return found{}, false
}

// actorSoonAfter reports whether an actor is named within the first words
// after the verb at i: the one who blames, or the blamed, may follow a
// title whose only actor is its nationality («وحمل وزير المواصلات
// الإسرائيلي، يسرائيل كاتس، الرئيس محمود عباس مسؤولية العملية»).
func actorSoonAfter(i int, inSlot []bool) bool {
	for j := i + 1; j < len(inSlot) && j <= i+4; j++ {
		if inSlot[j] {
			return true
		}
	}
	return false
}

// blamesTwo reports whether «تحمل» at i lays the blame rather than bears
// it: its subject an actor right before it («إن الولايات المتحدة تحمل
// روسيا المسؤولية») or two actors after it, the one who blames and the
// blamed («وتحمل مصر إسرائيل المسؤولية»). With one actor after it the
// actor bears the responsibility itself («وتحمل الولايات المتحدة
// المسؤولية»), and the noun «تحمّل» has none before it («ضرورة تحمل
// المجتمع الدولي المسؤولية»).
func blamesTwo(i int, inSlot []bool, slots []slot) bool {
	if i > 0 && inSlot[i-1] {
		return true
	}
	for _, a := range slots {
		if a.first != i+1 || a.adjectival() || a.prep != "" {
			continue
		}
		for _, b := range slots {
			if b.first == a.end && b.group != a.group && !b.adjectival() && b.prep == "" {
				return true
			}
		}
	}
	return false
}

// isNounOf reports whether a word, without its conjunction, is listed as
// a one-word noun trigger of relation rel.
func (lx *lexicon) isNounOf(w string, rel Relation) bool {
	for _, r := range conjReadings(w) {
		for _, t := range lx.triggers[r] {
			if t.kind == nounTrigger && t.rel == rel && len(t.rest) == 0 {
				return true
			}
		}
	}
	return false
}

// adjectiveAfter reports whether token i is an indefinite adjective that
// qualifies a verbal noun before it: one of the usual ones («مدفعي»,
// «جوي», «عنيف») or a nationality («إسرائيلي»). A verb is never followed
// by one.
func (lx *lexicon) adjectiveAfter(toks []arabic.Token, i int, slots []slot) bool {
	if i >= len(toks) || toks[i].Kind != arabic.Word {
		return false
	}
	for _, s := range slots {
		if s.first == i {
			return s.adjectival() && s.end == i+1 && !strings.HasPrefix(toks[i].Norm, "ال")
		}
	}
	return lx.nounAdjectives[toks[i].Norm]
}

// describesObject reports whether w is a verb of describing carrying its
// object pronoun («ووصفتها وزارة الخارجية بأنها منظمة إرهابية»): the one
// described is named before it.
func (lx *lexicon) describesObject(w string) bool {
	for _, reading := range conjReadings(w) {
		if v, ok := arabic.StripObjectPronoun(reading); ok && lx.describe[v] {
			return true
		}
	}
	return false
}

// relObjectAt finds a verb trigger carrying its object pronoun right after
// a relative pronoun: «الذي تتهمه تركيا», «التي هاجمتها إسرائيل».
func (lx *lexicon) relObjectAt(toks []arabic.Token, i int) (found, bool) {
	for _, reading := range conjReadings(toks[i].Norm) {
		verb, ok := arabic.StripObjectPronoun(reading)
		if !ok {
			continue
		}
		for _, t := range lx.triggers[verb] {
			if t.kind == verbTrigger && len(t.rest) == 0 {
				return found{i: i, end: i + 1, t: t, relObject: true}, true
			}
		}
	}
	return found{}, false
}

// hostileObject reports whether a verb of rel names its object as one
// side: the labels a clause-opening verb with an object pronoun is read
// for («وطالبها», «وتتهمها»).
func hostileObject(rel Relation) bool {
	return rel == Accuse || rel == Threaten || rel == Demand || rel == Reject
}

// twoSenses reports whether the verb in w, without its object pronoun, is
// a trigger of two labels: «فهاجمته بريطانيا وفرنسا» may be a war as well
// as words, which only its object tells, and a pronoun hides it.
func (lx *lexicon) twoSenses(w string) bool {
	for _, reading := range conjReadings(w) {
		verb, ok := arabic.StripObjectPronoun(reading)
		if !ok {
			continue
		}
		var first Relation
		for _, t := range lx.triggers[verb] {
			if t.kind != verbTrigger || len(t.rest) > 0 {
				continue
			}
			if first == "" {
				first = t.rel
			} else if t.rel != first {
				return true
			}
		}
	}
	return false
}

// requestWithPronoun reports whether w is a noun of request with a
// possessive pronoun («وطلبه»), spelled like the verb with its object.
func (lx *lexicon) requestWithPronoun(w string) bool {
	for _, reading := range conjReadings(w) {
		if v, ok := arabic.StripObjectPronoun(reading); ok && lx.requestNouns[v] {
			return true
		}
	}
	return false
}

func restMatches(toks []arabic.Token, rest []string) bool {
	_, ok := tailMatch(toks, rest)
	return ok
}

// tailMatch reports whether the words of rest begin toks and how many
// tokens they take. A last word that is a proclitic preposition may be
// written on the next word («يلوح بفرض», «أشاد بجهود»); that word is not
// taken, since it is the verb's object.
func tailMatch(toks []arabic.Token, rest []string) (int, bool) {
	for k, w := range rest {
		if k >= len(toks) {
			return 0, false
		}
		n := toks[k].Norm
		if n == w || stripConj(n) == w {
			continue
		}
		if k == len(rest)-1 && (w == "ب" || w == "ل") && toks[k].Kind == arabic.Word && strings.HasPrefix(n, w) && utf8.RuneCountInString(n) >= utf8.RuneCountInString(w)+2 {
			return k, true
		}
		return 0, false
	}
	return len(rest), true
}

// negatedOrPossible reports whether the trigger is negated («لم يتطرق»),
// merely possible («إمكانية عقد اجتماع», «اجتماع محتمل», «قد يعقد») or
// conditional. Its light verb, if any, counts as part of it.
func (sc *sentenceCtx) negatedOrPossible(f found) bool {
	lx := sc.st.x.lx
	start := f.i
	if j := sc.lightVerb(f); j >= 0 {
		start = j
	}
	if f.t.kind == nounTrigger && start > 0 {
		if w := arabic.Peel(sc.toks[start-1].Norm); lx.anyQuantifier[w[len(w)-1]] {
			return true // «لم يجر أي لقاء», «سترد على أي هجوم»
		}
	}
	for j := start - 1; j >= 0 && j >= start-2; j-- {
		if lx.negation.matchAt(sc.toks, j) > 0 && lx.notNegation.matchAt(sc.toks, j) == 0 {
			return true
		}
	}
	// «لعدم إفراج تركيا عن القس», «بعدم التعاون»: «عدم» with a clitic
	// negates the act as the bare word does.
	if f.t.kind == nounTrigger {
		for _, j := range []int{f.i - 1, start - 1} {
			if j >= 0 && peeledTokenIn(lx.negatingNouns, sc.toks[j]) {
				return true
			}
		}
	}
	// «لن يتم تخصيص مساعدات», «لم تتمكن من إنقاذ», «لن يكون هناك لقاء»:
	// the negation is on an auxiliary that carries the act.
	if j := start - 1; j > 1 && (sc.actMasdar(j) || stripConj(sc.toks[j].Norm) == "من" || lx.existential[sc.toks[j].Norm]) &&
		lx.negatedAux[stripConj(sc.toks[j-1].Norm)] && lx.negation.matchAt(sc.toks, j-2) > 0 && lx.notNegation.matchAt(sc.toks, j-2) == 0 {
		return true
	}
	// «وتنفي طهران ذلك وتتهم إسرائيل بـ»: a verb joined by «و» is an act
	// of its own, as in denied; only after «أن» is it what is denied.
	conjVerb, clause := start == f.i && sc.conjVerbAt(f.i), false
	reach := start - clauseReach
	for j := start - 1; j >= 0 && j >= reach; j-- {
		if sc.toks[j].Kind == arabic.Punct && sc.toks[j].Norm != "\"" {
			// «من المتوقع أن يفرض الرئيس الأميركي، دونالد ترامب، عقوبات»:
			// a name set off by commas is part of the clause.
			if k := sc.slotEndingAt(j); isComma(sc.toks[j]) && k >= 0 && sc.apposed(sc.slots[k]) {
				reach -= j - sc.slots[k].first + 1
				j = sc.slots[k].first
				continue
			}
			break // the possibility was said of another clause
		}
		if j == f.i-1 && !f.relObject && lx.relative[stripConj(sc.toks[j].Norm)] && sc.subjectRightAfter(f) {
			break // «محاولة الانقلاب التي تتهم أنقرة غولن بتدبيرها»: the clause is told as fact
		}
		if w := stripConj(sc.toks[j].Norm); lx.complementizer[w] || lx.saidThat[w] {
			clause = true
		}
		// «نفوا شن بلادهم ضربة»: what is denied is not reported as done.
		if lx.denial[stripConj(sc.toks[j].Norm)] {
			if !conjVerb || clause {
				return true
			}
			break
		}
		if n := lx.modalityBefore.matchAt(sc.toks, j); n > 0 {
			if f.t.kind == passiveTrigger {
				// «فراغ يمكن أن تملأه قوات سوريا الديمقراطية المتحالفة مع
				// الولايات المتحدة»: an alliance named as an attribute
				// stands, whatever may happen to the clause.
				continue
			}
			if stripConj(sc.toks[j].Norm) == "قد" && (!sc.presentVerbAt(j+1) || j+1 == f.i && lx.pastOnly(stripConj(sc.toks[j+1].Norm))) {
				continue // «قد تمت», «وقد تحدث ترامب مع»: already happened
			}
			if start == f.i && sc.verbAfterBeforePhrase(j, f) {
				continue // «وقبل وصوله إلى جنوب أفريقيا زار أوباما كينيا»
			}
			if stripConj(sc.toks[j].Norm) == "قبل" && f.t.rel == Intend && sc.receivesInvitation(f.i) && sc.invitedBy(f) >= 0 {
				continue // «قبل دعوة من كيم»: accepted it, not before it
			}
			return true
		}
	}
	for j := f.end; j < len(sc.toks) && j <= f.end+1; j++ {
		if lx.modalityAfter.matchAt(sc.toks, j) > 0 {
			// «عقدت القمة المرتقبة أمس»: awaited, then held.
			return !lx.awaitAdj[stripConj(sc.toks[j].Norm)] || !awaitable(f.t.rel) || !sc.heldAfterAll(f)
		}
	}
	return sc.denied(start) || sc.refusedAct(f, start) || sc.undecided(start) || sc.warnedOfStrike(f, start) || sc.possibleLater(f) || sc.scheduled(f, start) || sc.otherDay(f, start) || sc.proposed(f, start) || sc.receivedNoGuests(f) || sc.agreedToHold(f) || sc.future(f, start) || sc.awaited(f, start) || sc.toCome(f, start) || sc.calledFor(f) || sc.wanted(f, start)
}

// verbAfterBeforePhrase reports whether the trigger f is a finite verb
// that follows a phrase of «قبل», «قبيل» or «عشية» opening the clause at
// token j: the phrase dates the clause's act, which is told as done. The
// verb of «قبل أن» or of a relative clause inside the phrase is still to
// come, as is a verbal noun spelled like a past verb («قبل يوم من نقل
// السفارة», «قبل أي تفاوض»); «من قبل» names an agent.
func (sc *sentenceCtx) verbAfterBeforePhrase(j int, f found) bool {
	lx := sc.st.x.lx
	if f.t.kind != verbTrigger || !lx.beforeTime[stripConj(sc.toks[j].Norm)] || f.i < j+2 {
		return false
	}
	if j > 0 && sc.toks[j-1].Kind != arabic.Punct {
		return false // «توجهوا قبل ساعات من», «من قبل مجلس الأمن»: not fronted
	}
	if prev := sc.toks[f.i-1]; lx.isPreposition(prev.Norm) || lx.anyQuantifier[stripConj(prev.Norm)] {
		return false
	}
	for k := j + 1; k < f.i; k++ {
		w := stripConj(sc.toks[k].Norm)
		if lx.complementizer[w] || lx.relative[w] {
			return false
		}
	}
	return true
}

// apposed reports whether slot s holds a name set off by a comma after
// its office («الرئيس الأميركي، دونالد ترامب»).
func (sc *sentenceCtx) apposed(s slot) bool {
	for j := s.first + 1; j < s.end; j++ {
		if isComma(sc.toks[j]) {
			return true
		}
	}
	return false
}

// warnedOfStrike reports whether a strike is what a warning is about, the
// first words of its complement: «حذرت موسكو واشنطن من شن هجوم على
// سوريا», «حذر من "الاجتياح الفرنسي"», «حذر من أن هجوم الأسد على إدلب
// سيجعل …». Warned of, it has not happened.
func (sc *sentenceCtx) warnedOfStrike(f found, start int) bool {
	if f.t.rel != Attack || f.t.kind != nounTrigger {
		return false
	}
	lx := sc.st.x.lx
	j := start - 1
	for j >= 0 && isQuote(sc.toks[j]) {
		j--
	}
	if j > 0 && lx.complementizer[stripConj(sc.toks[j].Norm)] {
		j--
	}
	if j < 0 || stripConj(sc.toks[j].Norm) != "من" {
		// «حذر من» is read whole as the trigger.
		return j >= 0 && sc.warnEndsAt(j+1)
	}
	if sc.warnEndsAt(j + 1) {
		return true
	}
	// «حذرت موسكو واشنطن وحلفاءها من»: the warned between the verb and «من».
	others := 0
	for k := j - 1; k >= 0 && k >= j-warnReach; k-- {
		t := sc.toks[k]
		if sc.warnEndsAt(k + 1) {
			return true
		}
		if overlaps(sc.slots, k) || t.Norm == "،" || lx.timeWord(t.Norm) {
			continue
		}
		if t.Kind == arabic.Punct && !isQuote(t) {
			return false
		}
		if others++; others > 1 {
			return false
		}
	}
	return false
}

// warnEndsAt reports whether a trigger of warning ends right before token e.
func (sc *sentenceCtx) warnEndsAt(e int) bool {
	for _, w := range sc.trigs {
		if w.t.warn && w.end == e {
			return true
		}
	}
	return false
}

// undecided reports whether the act ending at token start is what a
// decision not taken was about: «لم يتخذ قرار الإفراج عن القس», «لم تتخذ
// أي قرار بعد بشأن نقل سفارتها».
func (sc *sentenceCtx) undecided(start int) bool {
	lx := sc.st.x.lx
	for j := start - 1; j >= 0 && j >= start-decisionReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) {
			return false
		}
		decision := false
		for _, w := range arabic.Peel(t.Norm) {
			decision = decision || lx.decisionNouns[w]
		}
		if !decision {
			continue
		}
		for k, words := j-1, 0; k >= 0 && words < 3; k-- {
			if isQuote(sc.toks[k]) || lx.anyQuantifier[stripConj(sc.toks[k].Norm)] {
				continue
			}
			if lx.negation.matchAt(sc.toks, k) > 0 && lx.notNegation.matchAt(sc.toks, k) == 0 {
				return true
			}
			words++
		}
		return false
	}
	return false
}

// awaited reports whether a meeting, mediation or deal noun is named as
// still awaited: governed by a word of preparing or awaiting («تمهيدا
// للقمة», «التحضير للقاء», «ترقب العالم قمة», «يعد ترامب لعقد قمة»),
// right after an adjective of expectation («موقع محتمل للقاء»), or
// described by one past its own adjectives and names («القمة التاريخية
// المنتظرة», «قمة مجموعة السبع المرتقبة»). News of a summit to come
// names it so, over and over, before it is held. A past verb of holding
// or a past time says it took place after all («عقدت القمة المرتقبة
// أمس», «التحضير للقمة التي عقدت الأسبوع الماضي»).
func (sc *sentenceCtx) awaited(f found, start int) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	if !awaitable(f.t.rel) {
		return false
	}
	lx := sc.st.x.lx
	stop := func(j int) bool {
		t := sc.toks[j]
		return t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j)
	}
	cue := start > 0 && lx.awaitAdj[stripConj(sc.toks[start-1].Norm)]
	for j, words := start-1, 0; !cue && j >= 0 && words < 3 && !stop(j); j-- {
		if overlaps(sc.slots, j) {
			continue
		}
		cue = sc.peeledIn(lx.awaitNouns, j)
		words++
	}
	for j, words := f.end, 0; !cue && j < len(sc.toks) && words < 3 && !stop(j); j++ {
		if overlaps(sc.slots, j) {
			continue
		}
		w := stripConj(sc.toks[j].Norm)
		if cue = lx.awaitAdj[w]; !cue && !hasArticle(w) {
			break // past the noun's adjectives
		}
		words++
	}
	if !cue {
		return false
	}
	return !sc.heldAfterAll(f)
}

// awaitable reports whether an act of the relation is awaited before it
// is held: a meeting, a mediation, a deal.
func awaitable(r Relation) bool {
	return r == Consult || r == Mediate || r == Agree
}

// heldAfterAll reports whether a meeting named as awaited is told as held:
// by a past verb of holding before it or after it, or a past time after it
// in its clause («عقدت القمة المرتقبة أمس», «التحضير للقمة التي عقدت
// الأسبوع الماضي»).
func (sc *sentenceCtx) heldAfterAll(f found) bool {
	lx := sc.st.x.lx
	if j := sc.lightVerb(f); j >= 0 && lx.held[stripConj(sc.toks[j].Norm)] {
		return true
	}
	// A comma may set off the relative clause («للقمة التاريخية، التي
	// جمعت»), nothing else («ألغى القمة المرتقبة، في مايو الماضي»);
	// another act ends the search.
	for j := f.end; j < len(sc.toks) && j <= f.end+8; j++ {
		t := sc.toks[j]
		if t.Norm == "،" || t.Norm == "," {
			if j+1 < len(sc.toks) && lx.relative[stripConj(sc.toks[j+1].Norm)] {
				continue
			}
			break
		}
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) {
			break
		}
		if !overlaps(sc.slots, j) && lx.held[stripConj(t.Norm)] {
			return true
		}
	}
	return false
}

// future reports whether a meeting, deal, cooperation, fight or withdrawal
// is told in the future tense: «سيلتقي ترامب بوتين», «ستجري واشنطن
// محادثات مع بيونغ يانغ», «سيعملان على التوصل إلى اتفاق», «سوف تنسحب
// القوات». It is announced, not done. As in scheduled, demands, threats,
// support and sanctions announced are acts now, and a stated intent
// («سيسعى إلى لقاء») stays an intent.
func (sc *sentenceCtx) future(f found, start int) bool {
	switch f.t.rel {
	case Consult, Mediate, Agree, Cooperate, Attack, Retreat:
	default:
		return false
	}
	if sc.intentCue(f) >= 0 {
		return false
	}
	lx := sc.st.x.lx
	// futureOf reports whether token j is a verb of the set in the future
	// with س.
	futureOf := func(j int, set func(string) bool) bool {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if rest, ok := strings.CutPrefix(w, "س"); ok && set(rest) {
				return true
			}
		}
		return false
	}
	sameVerb := func(w string) bool {
		for _, t := range lx.triggers[w] {
			if t.kind == verbTrigger && t.rel == f.t.rel {
				return true
			}
		}
		return false
	}
	if f.t.kind == verbTrigger && futureOf(f.i, sameVerb) {
		return true
	}
	// «ستكون المرة الأولى التي يلتقي فيها»: the relative clause names an
	// occasion the future copula says is to come.
	if r := f.i - 1; f.t.kind == verbTrigger && r > 0 && lx.relative[stripConj(sc.toks[r].Norm)] {
		for j := r - 1; j >= 0 && j >= r-copulaReach; j-- {
			if futureOf(j, func(w string) bool { return lx.futureCopula[w] }) {
				return true
			}
		}
	}
	// The scan starts at the trigger, not its light verb, which may be
	// the future verb itself.
	for j := f.i - 1; j >= 0 && j >= start-clauseReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) {
			return false
		}
		if overlaps(sc.slots, j) {
			continue
		}
		if lx.futureParticles[stripConj(t.Norm)] && j >= start-2 {
			return true
		}
		if f.t.kind == nounTrigger && futureOf(j, func(w string) bool {
			return lx.lightVerbs[w] || lx.conclude[w] || lx.futureEffort[w]
		}) {
			return true
		}
	}
	return false
}

// scheduled reports whether an act that takes place at a time is set for a
// time to come: «تشهد القاهرة الأسبوع المقبل اجتماعات», «يلتقي الزعيمان
// غدا في هلسنكي». Demands, threats and offers speak of the future by
// nature, and support or sanctions announced for later are decided now
// («تنقل البرازيل سفارتها الأسبوع المقبل»), so only meetings, deals,
// fighting and withdrawals count.
func (sc *sentenceCtx) scheduled(f found, start int) bool {
	switch f.t.rel {
	case Consult, Mediate, Agree, Attack, Retreat:
	default:
		return false
	}
	// «يعتزم لافروف زيارة تركيا الأسبوع المقبل»: a plan stated for a
	// time to come is an intent, read as such.
	if sc.intentCue(f) >= 0 {
		return false
	}
	lx := sc.st.x.lx
	stop := func(j int) bool {
		t := sc.toks[j]
		return t.Kind == arabic.Punct && !isQuote(t)
	}
	for j, words := start-1, 0; j >= 0 && words < scheduleBefore && !stop(j); j-- {
		if overlaps(sc.slots, j) {
			continue
		}
		if lx.futureTime[stripConj(sc.toks[j].Norm)] {
			return true
		}
		words++
	}
	// «ومن المنتظر أن يزور ظريف قطر», «من المقرر أن يلتقي»: set for later.
	for j := start - 1; j >= 0 && j >= start-clauseReach && !stop(j); j-- {
		if sc.isTriggerAt(j) {
			break
		}
		if lx.plannedClause.matchAt(sc.toks, j) > 0 {
			return true
		}
	}
	for j, words := f.end, 0; j < len(sc.toks) && words < scheduleAfter && !stop(j) && !sc.isTriggerAt(j); j++ {
		if overlaps(sc.slots, j) {
			continue
		}
		if lx.futureTime[stripConj(sc.toks[j].Norm)] {
			return true
		}
		words++
	}
	return false
}

// denied reports whether a word of denial governs the clause that ends at
// token start: «نفت وزارة الخارجية، الخميس، توصل الطرفين لاتفاق»,
// «نافيا عقد اجتماعات», «لا صحة لتقارير عن ضربات». Commas that set off
// the subject or a day do not end the clause; another act does.
func (sc *sentenceCtx) denied(start int) bool {
	lx := sc.st.x.lx
	// «نفت موسكو ضلوعها، واتهمت البريطانيين»: a verb joined by «و» is an
	// act of its own; only after «أن» is it what is denied («نفت أن تكون
	// هاجمت أو هددت»).
	conjVerb, clause := sc.conjVerbAt(start), false
	for j := start - 1; j >= 0 && j >= start-clauseReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return false
		}
		if lx.complementizer[stripConj(t.Norm)] || lx.saidThat[stripConj(t.Norm)] {
			clause = true
		}
		if lx.denial[stripConj(t.Norm)] || lx.denialWords.matchAt(sc.toks, j) > 0 {
			return !conjVerb || clause
		}
		if sc.isTriggerAt(j) {
			return false
		}
	}
	return false
}

// refusedAct reports whether a meeting, talks or cooperation named by a noun
// is what a verb or noun of refusing takes as its object, right before it
// or past the refuser and a masdar of taking part: «رفضت بريطانيا التعاون
// مع موسكو», «رفضا حضور الاجتماع», «رفض بنكان المشاركة في العملية». It did
// not take place. A deal refused («رفضت اتفاقية ترسيم الحدود بين مصر
// وقبرص») was made all the same, so agreements are left alone.
func (sc *sentenceCtx) refusedAct(f found, start int) bool {
	if f.t.kind != nounTrigger || f.t.rel != Consult && f.t.rel != Cooperate && f.t.rel != Intend {
		return false
	}
	lx := sc.st.x.lx
	j := start - 1
	if j >= 0 && stripConj(sc.toks[j].Norm) == "في" && sc.peeledIn(lx.inviteTo, j-1) {
		j -= 2
	} else if sc.peeledIn(lx.inviteTo, j) {
		j--
	}
	// Past the refusers: «رفض بنكان أميركيان المشاركة», «رفض المبعوثان
	// الفرنسي والألماني حضور الاجتماع» (a head their adjectives follow).
	for steps := 0; steps < 3 && j > 0; steps++ {
		k := sc.slotAt(j)
		if k < 0 || sc.slots[k].prep != "" {
			break
		}
		j = sc.slots[k].first - 1
		if sc.slots[k].adjectival() {
			j--
		}
	}
	return sc.peeledIn(lx.refuse, j)
}

// possibleLater reports whether a noun trigger is the subject of a clause
// that says it may or will happen: «المحادثات مع كوريا الشمالية قد تعقد»,
// «اجتماعا سيتم بين فرنسا وإيران».
func (sc *sentenceCtx) possibleLater(f found) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	lx := sc.st.x.lx
	if f.end < len(sc.toks) && lx.planned.matchAt(sc.toks, f.end) > 0 ||
		f.end+1 < len(sc.toks) && lx.relative[sc.toks[f.end].Norm] && lx.planned.matchAt(sc.toks, f.end+1) > 0 {
		return true
	}
	for j := f.end; j < len(sc.toks) && j <= f.end+6; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || sc.isTriggerAt(j) {
			return false
		}
		if sc.st.x.lx.modalityLater[t.Norm] && sc.presentVerbAt(j+1) || sc.st.x.lx.futureLater[stripConj(t.Norm)] {
			return true
		}
	}
	return false
}

// presentVerbAt reports whether token i has the shape of a present-tense
// verb (prefix ي ت ن).
func (sc *sentenceCtx) presentVerbAt(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	w := sc.toks[i].Norm
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasPrefix(w, "ن")
}

// intentCue returns the position of a word of stated intent governing the
// trigger («استعداده للقاء», «التزام باستئناف المحادثات»), or -1.
func (sc *sentenceCtx) intentCue(f found) int {
	// «سيزور بوتين الصين», «سيلتقي ترامب مع يونكر»: a visit or meeting
	// announced in the future is the plan of who is to make it.
	if f.t.rel == Consult && f.t.kind == verbTrigger && sc.futureOfRel(f.i, Consult) {
		return f.i
	}
	// «ستجري واشنطن محادثات مع موسكو», «سوف يعقد قمة مع نظيره»: talks
	// someone is to hold are his plan, as a visit he is to make.
	if f.t.rel == Consult && f.t.kind == nounTrigger {
		if j := sc.futureHold(f); j >= 0 {
			return j
		}
	}
	// A noun's light verb carries the clause («من المقرر أن يعقد الرئيسان
	// قمة», «من المقرر أن يقوم لافروف بزيارة»): the cue is counted back
	// from the verb, past the subject.
	reach := f.i - modalityReach
	if j := sc.lightVerb(f); j >= 0 && f.t.rel != Sanction && sc.lightObject(j, f) {
		reach = min(reach, j-modalityReach)
	}
	if j := sc.holdVerb(f, false); j >= 0 && f.t.rel == Consult {
		reach = min(reach, j-modalityReach)
	}
	for j := f.i - 1; j >= 0 && j >= reach; j-- {
		if j < f.i-modalityReach && sc.toks[j].Kind == arabic.Punct {
			break
		}
		if sc.st.x.lx.intent.matchPeeledAt(sc.toks, j) > 0 {
			return j
		}
	}
	return sc.intentCueOverSubject(f)
}

// futureHold returns the position of a verb of holding in the future
// («ستجري», «وسيعقدان», «سوف يجري») that takes the meeting noun f as its
// object, past its subject and a time, or -1. Another act or the end of a
// clause stops the search.
func (sc *sentenceCtx) futureHold(f found) int {
	return sc.holdVerb(f, true)
}

// holdVerb returns the position of a verb of holding, in the future or
// not as future says, that takes the meeting noun f as its object, or -1.
func (sc *sentenceCtx) holdVerb(f found, future bool) int {
	if f.t.kind != nounTrigger {
		return -1
	}
	lx := sc.st.x.lx
	// hold reports whether token j is a verb of holding, with the future
	// prefix «س» if withS.
	hold := func(j int, withS bool) bool {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if rest, ok := strings.CutPrefix(w, "س"); ok && withS && lx.meetingHold[rest] || !withS && lx.meetingHold[w] {
				return true
			}
		}
		return false
	}
	for j := f.i - 1; j >= 0 && j >= f.i-lightReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) && t.Norm != "،" || sc.isTriggerAt(j) {
			return -1
		}
		if overlaps(sc.slots, j) {
			continue
		}
		if hold(j, true) {
			if future {
				return j
			}
			return -1
		}
		if hold(j, false) {
			if !future || j > 0 && lx.futureParticles[stripConj(sc.toks[j-1].Norm)] {
				return j
			}
			return -1
		}
	}
	return -1
}

// futureOfRel reports whether token j is a verb of relation rel in the
// future with س («سيزور», «وستلتقي»).
func (sc *sentenceCtx) futureOfRel(j int, rel Relation) bool {
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		rest, ok := strings.CutPrefix(w, "س")
		if !ok {
			continue
		}
		for _, t := range sc.st.x.lx.triggers[rest] {
			if t.kind == verbTrigger && t.rel == rel {
				return true
			}
		}
	}
	return false
}

// intentCueOverSubject finds a cue of intent or readiness whose subject
// stands right after it, between it and the act: «ويعتزم ترامب ونظيره الروسي فلاديمير بوتين عقد قمة»,
// «وتعتزم المكسيك، حسب وزير الاقتصاد، فرض رسوم». The actors named, commas,
// times and function words do not count in the reach; another act, or the
// end of a clause, stops it.
func (sc *sentenceCtx) intentCueOverSubject(f found) int {
	lx := sc.st.x.lx
	if f.t.kind != nounTrigger {
		return -1
	}
	others, named, title := 0, false, -1
	for j := f.i - 1; j >= 0 && j >= f.i-clauseReach; j-- {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		switch {
		case overlaps(sc.slots, j):
			named = true
			continue
		case t.Norm == "،" || t.Norm == ",":
			continue
		case t.Kind == arabic.Punct || sc.isTriggerAt(j):
			return -1
		case lx.timeWord(t.Norm) || lx.isFunctionWord(w):
			continue
		}
		// Past the subject only the cue may stand: «نية روسيا تسليم
		// صواريخ إلى سوريا بعد الضربات» names another act in between.
		// Only a cue that says what is meant to come counts: «يسعى»'s
		// efforts and «عرض»'s showing are read within the plain reach.
		if named {
			subject := sc.slotStartingAt(j+1) >= 0 || title == j+1
			if subject && lx.threatIntent.matchPeeledAt(sc.toks, j) > 0 {
				return j
			}
			// «يعتزم الرئيس الفرنسي إيمانويل ماكرون»: one title word
			// may open the subject.
			if title < 0 && strings.HasPrefix(w, "ال") && sc.slotStartingAt(j+1) >= 0 {
				title = j
				continue
			}
			return -1
		}
		if others++; others > modalityReach {
			return -1
		}
	}
	return -1
}

// lightObject reports whether noun trigger f is the object of the light
// verb at j: between them stand only its subject, a time or a place
// («أن يجري بومبيو السبت في الرياض محادثات»), not a clause of its own
// («لفرض إجراءات تقشفية ترتبط باتفاقية»). Sanctions announced are acts
// now, so a sanction's light verb is not followed.
func (sc *sentenceCtx) lightObject(j int, f found) bool {
	lx := sc.st.x.lx
	others := 0
	for k := j + 1; k < f.i; k++ {
		t := sc.toks[k]
		w := stripConj(t.Norm)
		switch {
		case overlaps(sc.slots, k) || lx.timeWord(t.Norm) || lx.isFunctionWord(w) || t.Norm == "،":
		case t.Kind == arabic.Punct || sc.isTriggerAt(k):
			return false
		default:
			others++
		}
	}
	return others <= 2
}

// isComplement reports whether trigger k only says what another act was
// about: a demand's or invitation's content («مطالبا بانسحاب القوات»,
// «وجه دعوة للأسد لعقد قمة»).
func (sc *sentenceCtx) isComplement(trigs []found, k int) bool {
	f := trigs[k]
	if f.t.kind != nounTrigger || k == 0 {
		return false
	}
	p := trigs[k-1]
	// «دعمهما للاتفاق», «انسحبت ... من الاتفاق»: a noun governed by a
	// preposition right after another act is what that act is about;
	// but an act praised is told as done («أشاد بالدعم السعودي لليمن»).
	if sc.governedBy(p, f) {
		return p.t.kind != verbTrigger || !sc.st.x.lx.praiseVerbs[stripConj(sc.toks[p.i].Norm)]
	}
	if p.t.rel != Demand && p.t.rel != Intend {
		return false
	}
	// Words between them other than the actors invited or addressed and
	// the commas and و of their list: «دعت الولايات المتحدة والأردن ومصر
	// لإجراء محادثات». Quotes around the content asked for leave it the
	// content («دعت موسكو إيران وإسرائيل إلى "الحوار"»).
	words := 0
	for j := p.end; j < f.i; j++ {
		t := sc.toks[j]
		switch {
		case overlaps(sc.slots, j), t.Norm == "،" || t.Norm == "," || t.Norm == "و", isQuote(t):
		case t.Kind == arabic.Punct:
			return false
		default:
			words++
		}
	}
	return words <= modalityReach
}

// directed reports whether trigger k is what a call or an urging before it
// asks of its addressee: «حثت الولايات المتحدة حلفاءها على فرض عقوبات على
// إيران», «دعا راخوي الاتحاد الأوروبي في وقت سابق إلى فرض عقوبات», «حضت
// طهران المنظمة على رفض طلبات ترامب». Asked for, the act is not done. The
// first mark after the call opens its content, and the act must stand at
// most a light verb after it: «حثت باريس برلين على التهدئة بعد أن فرضت
// عقوبات» keeps the sanctions, told as done.
func (sc *sentenceCtx) directed(trigs []found, k int) bool {
	f := trigs[k]
	if f.t.rel == Demand || f.t.rel == Intend {
		return false
	}
	// The call is the nearest verb («حثت») or circumstantial («داعيا»)
	// before the act; nouns between it and its mark name the addressee
	// («حثت واشنطن حلفاءها على»). The only verb of intent, «دعا», calls
	// as much as it invites.
	i := k - 1
	for i >= 0 && trigs[i].t.kind == nounTrigger {
		i--
	}
	if i < 0 {
		return false
	}
	p := trigs[i]
	if p.t.rel != Demand && p.t.rel != Intend || p.t.kind != verbTrigger && p.t.kind != circumstantialTrigger {
		return false
	}
	lx := sc.st.x.lx
	others := 0
	for j := p.end; j < f.i; j++ {
		t := sc.toks[j]
		w := stripConj(t.Norm)
		switch {
		case lx.callMarks[w] && !overlaps(sc.slots, j):
			// «طلب من الدول الموقعة على الاتفاق»: the mark is what a
			// participle governs, not the call's content.
			if prev := j - 1; prev >= p.end && !overlaps(sc.slots, prev) && strings.HasPrefix(stripConj(sc.toks[prev].Norm), "الم") {
				return false
			}
			// An act with a subject of its own after the mark is told
			// («دعونا لا ننسى أن إسرائيل انسحبت»).
			for m := j + 1; m < f.i; m++ {
				if overlaps(sc.slots, m) {
					return false
				}
			}
			return f.i-j-1 <= 1 && !sc.punctBetween(j, f.i)
		case overlaps(sc.slots, j) || isComma(t) || lx.timeWord(t.Norm) || lx.isFunctionWord(w):
		case t.Kind == arabic.Punct:
			return false
		default:
			if others++; others > 6 {
				return false
			}
		}
	}
	return false
}

// governedBy reports whether noun trigger f is the object of a preposition
// that follows trigger p: «ب»/«ل» on f right after p, or «من»/«عن» before f
// within a few words of p.
func (sc *sentenceCtx) governedBy(p, f found) bool {
	words := 0
	for j := p.end; j < f.i; j++ {
		if t := sc.toks[j]; t.Kind == arabic.Word && !overlaps(sc.slots, j) {
			words++
		}
	}
	if c := prepClitic(firstClitic(sc.toks[f.i].Norm)); c != "" && words == 0 && !sc.punctBetween(p.end, f.i) {
		return true
	}
	if f.i == 0 || words > 5 {
		return false
	}
	w := stripConj(sc.toks[f.i-1].Norm)
	// «بعد يوم من اجتماع بوتين مع فيدان»: the act is a date, and happened.
	if f.i >= 2 && sc.st.x.lx.timeSpans[stripConj(sc.toks[f.i-2].Norm)] {
		return false
	}
	return sc.st.x.lx.from[w]
}

// toldByClause reports whether noun trigger f is followed by a light verb
// naming who carried it out, not in the future: «الضربات التي شنتها
// أمريكا», but not «العقوبات التي ستفرضها واشنطن».
func (sc *sentenceCtx) toldByClause(f found) bool {
	k := sc.lightVerbAfter(f)
	if k < 0 {
		return false
	}
	lx := sc.st.x.lx
	for j := f.end; j < sc.slots[k].first; j++ {
		w := stripConj(sc.toks[j].Norm)
		if lx.isFuture(w) {
			return false
		}
		// «ستفرضها»: a light verb with its pronoun is no trigger verb.
		if v, ok := arabic.StripObjectPronoun(w); ok {
			if rest, future := strings.CutPrefix(v, "س"); future && lx.lightVerbs[rest] && strings.IndexAny(rest, "يتن") == 0 {
				return false
			}
		}
	}
	return true
}

// isTopic reports whether a noun trigger is what something is about
// («محادثات حول التعاون», «من أجل انسحاب القوات»), not an act.
func (sc *sentenceCtx) isTopic(f found) bool {
	if f.t.rel == Attack && sc.betweenAfter(f) >= 0 {
		return false // «الناجمة عن الحرب بين إسرائيل وحماس»: the war is a fact
	}
	if f.t.kind != nounTrigger {
		return false
	}
	for j := max(f.i-2, 0); j < f.i; j++ {
		if n := sc.st.x.lx.topic.matchPeeledAt(sc.toks, j); n > 0 && j+n == f.i {
			return !sc.expressed(j)
		}
	}
	return false
}

// expressed reports whether the «عن» at token j is the object marker of a
// verb of expressing earlier in its clause («أعربت الولايات المتحدة عن
// تنديدها») or follows a claim of responsibility («أعلنت مسؤوليتها عن»),
// whose subject is the noun's agent.
func (sc *sentenceCtx) expressed(j int) bool {
	if stripConj(sc.toks[j].Norm) != "عن" {
		return false
	}
	// «أعلنت طالبان مسؤوليتها عن الهجوم»: who claims an act did it.
	if j > 0 && sc.st.x.lx.claims[stripConj(sc.toks[j-1].Norm)] {
		return true
	}
	for v := j - 1; v >= 0 && v >= j-agentBefore; v-- {
		t := sc.toks[v]
		// «أعربت مصر، الأربعاء، عن إدانتها»: commas set off a day or an
		// apposition to the subject.
		if t.Kind == arabic.Punct && !isComma(t) || isQuote(t) {
			return false
		}
		if sc.st.x.lx.express[t.Norm] || sc.st.x.lx.express[stripConj(t.Norm)] {
			return true
		}
	}
	return false
}

// isCharge reports whether a noun trigger is what someone is charged with
// or suspected of: right after «متهمين», «بتهمة» («عقوبات على كيانات
// متهمة بالتوسط بين النظام وداعش»).
func (sc *sentenceCtx) isCharge(f found) bool {
	if f.t.kind != nounTrigger || f.i == 0 {
		return false
	}
	return sc.st.x.lx.charged[stripConj(sc.toks[f.i-1].Norm)]
}

// isAnaphoric reports whether a noun trigger is determined by a
// demonstrative («هذا الهجوم», «تلك الاتهامات»): it names an act reported
// elsewhere.
func (sc *sentenceCtx) isAnaphoric(f found) bool {
	if f.t.kind != nounTrigger {
		return false
	}
	j := f.i - 1
	for j >= 0 && isQuote(sc.toks[j]) {
		j--
	}
	return j >= 0 && sc.st.x.lx.anaphoric[stripConj(sc.toks[j].Norm)]
}

// punctBetween reports whether a punctuation mark stands in [from, to).
func (sc *sentenceCtx) punctBetween(from, to int) bool {
	for j := max(from, 0); j < to && j < len(sc.toks); j++ {
		if sc.toks[j].Kind == arabic.Punct {
			return true
		}
	}
	return false
}

// lightVerb returns the index of a light verb («أجرى», «عقد», «شن») that
// takes the noun trigger f as its object, or -1.
func (sc *sentenceCtx) lightVerb(f found) int {
	if f.t.kind != nounTrigger {
		return -1
	}
	for j := f.i - 1; j >= 0 && j >= f.i-6; j-- {
		// «أكد حزب الله أن حرب واشنطن …», «أكد بومبيو أن إيران مستمرة
		// بدعم …»: past «أن», an actor of its own clause, before the act
		// or as its genitive, acts instead of the light verb's subject,
		// who still accuses («أكدت باريس أن القوات السورية تستعد لاستخدام …»).
		if f.t.rel != Accuse && sc.st.x.lx.complementizer[stripConj(sc.toks[j].Norm)] &&
			(sc.firstSlot(j+1, f.i, plain) >= 0 || sc.firstSlot(f.end, f.end+1, plain) >= 0) {
			return -1
		}
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if sc.st.x.lx.lightVerbs[w] || sc.blameByAt(f, w) {
				return j
			}
		}
	}
	return -1
}

// isSurname reports whether the last word of a full name may stand for the
// person later in the article. Particles, pronouns, words of two letters
// («مون جاي إن», «ري يونغ هو») and the words of not_surname («آبي أحمد»,
// «رامي الحمد الله») would turn every later «إن», «أحمد» or «الله» into
// the person.
func (lx *lexicon) isSurname(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && arabic.IsArabicLetter([]rune(w)[0]) &&
		!lx.function[w] && !lx.personal[w] && !lx.notSurname[w]
}

// setMeeting emits a meeting set between two sides that none holds yet:
// «القمة المرتقبة بين ترامب وكيم», «ستعقد قمة بين بوتين وأردوغان», «من
// المقرر أن تعقد قمة بين …». Each side intends it with the other, as with
// «سيعقد ترامب وكيم قمة». Doubt or negation in its clause («احتمال عقد قمة
// بين», «القمة المقبلة بين ترامب وبوتين لن تعقد»), or a past holding
// after all, leaves it to the usual reading.
func (sc *sentenceCtx) setMeeting(f found) bool {
	lx := sc.st.x.lx
	if f.t.rel != Consult || f.t.kind != nounTrigger || f.t.visit || f.t.travel || sc.triggerIn(f, lx.visitNouns) {
		return false
	}
	k := sc.betweenAfter(f)
	if k < 0 || sc.slots[k].first > f.end+2 {
		return false
	}
	group := sc.groupOf(k)
	if countActors(sc.slots, group) < 2 {
		return false
	}
	set := false
	for j := f.end; j < f.end+2 && j < len(sc.toks) && !overlaps(sc.slots, j); j++ {
		w := stripConj(sc.toks[j].Norm)
		if lx.setMeetingAdj[w] {
			set = true
			break
		}
		if !hasArticle(w) {
			break // past the noun's adjectives
		}
	}
	start := f.i
	if j := sc.lightVerb(f); j >= 0 {
		start = j
	}
	if !set {
		set = sc.futureHold(f) >= 0
	}
	for j := start - 1; !set && j >= 0 && j >= start-modalityReach; j-- {
		if lx.planned.matchAt(sc.toks, j) > 0 {
			// «كان من المقرر أن تعقد»: set once, maybe no longer.
			set = !sc.planToldInPast(j)
			break
		}
	}
	if !set || sc.heldAfterAll(f) || sc.calledOff(f) {
		return false
	}
	doubt := func(j int) bool {
		return sc.peeledIn(lx.meetingDoubt, j) || lx.negation.matchAt(sc.toks, j) > 0
	}
	for j := f.i - 1; j >= 0 && j >= f.i-clauseReach; j-- {
		if t := sc.toks[j]; t.Kind == arabic.Punct && !isQuote(t) && !isComma(t) {
			break
		}
		if doubt(j) {
			return false
		}
	}
	last := sc.slots[group[len(group)-1]].end
	for j := last; j < len(sc.toks) && j < last+4; j++ {
		if doubt(j) {
			return false
		}
	}
	for _, a := range group {
		sc.add(Intend, f, []int{a}, others(group, a), Source, Target, confClause-0.1)
	}
	return true
}
