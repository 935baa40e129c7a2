package extract

import (
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"kg/arabic"
)

// modalityWords decide whether an act took place yet and in which sense a
// verb of two senses is meant (data/modality.yaml).
type modalityWords struct {
	assaultTargets map[string]bool // «مواقع», «ناقلة»: what only arms attack
	tradeTargets   map[string]bool // «الواردات»: what only tariffs and sanctions strike
	assaultWeapons map[string]bool // «بالحجارة»: what arms attack with
	assaultAgents  map[string]bool // «القوات», «الطائرات»: who attacks only with arms
	assaultNot     phraseSet       // «مواقع التواصل»: targets of words
	weekdays       map[string]time.Weekday
	weekdayPast    map[string]bool // «منذ», «الماضي»: a day gone by
	now            map[string]bool // «حاليا»: under way
	// presentForms are the present-tense forms of the verbs of acts that
	// happen on a day, and of the verbs that hold an act a noun names.
	presentForms, holdPresent map[string]bool
	proposal                  map[string]bool // «اقترح», «تأييد»: sanctions not imposed yet
	withdrawalAsked           map[string]bool // «ضرورة», «شروط»: a withdrawal not done yet
	pushedTo                  map[string]bool // «لدفعها إلى»: an act someone is pushed to, not done
	receive                   map[string]bool // «استقبل», «استضافة»: a meeting only with guests
	notGuests                 map[string]bool // «المهاجرين», «مياه»: received, but no guests
	receivedThem              map[string]bool // «استقبالهم»: the guests a pronoun names, not the hosts listed
	agreeTo, holdNouns        map[string]bool // «اتفقا على عقد»: a meeting agreed on is to come
	verbalNouns, verbalCues   map[string]bool // «شن هجوما … قائلا»: an attack in words
	armedKinds                map[string]bool // «هجوم صاروخي»: an attack in arms
	purposeHold               map[string]bool // «لعقد قمة»: a meeting held for a purpose is to come
	arrived                   map[string]bool // «وصل … لعقد لقاءات»: held on the visit told
	hopeWords, hopeLinks      map[string]bool // «أمله في نجاح القمة»: only hoped for
	copulaSubject             map[string]bool // «القمة بين … ستكون»: words within a copula's subject
}

func loadModality(name, triggersName string) (modalityWords, error) {
	var raw struct {
		AssaultTargets []string `yaml:"assault_targets"`
		TradeTargets   []string `yaml:"trade_targets"`
		AssaultWeapons []string `yaml:"assault_weapons"`
		AssaultAgents  []string `yaml:"assault_agents"`
		AssaultNot     []string `yaml:"assault_not"`
		Weekdays       []string `yaml:"weekdays"`
		WeekdayPast    []string `yaml:"weekday_past"`
		HoldVerbs      []string `yaml:"hold_verbs"`
		ProposalVerbs  []string `yaml:"proposal_verbs"`
		ProposalNouns  []string `yaml:"proposal_nouns"`
		WithdrawAsked  []string `yaml:"withdrawal_asked"`
		PushedTo       []string `yaml:"pushed_to"`
		ReceiveVerbs   []string `yaml:"receive_verbs"`
		ReceiveNouns   []string `yaml:"receive_nouns"`
		NotGuests      []string `yaml:"received_not_guests"`
		ReceivedThem   []string `yaml:"received_them"`
		AgreeTo        []string `yaml:"agree_to"`
		HoldNouns      []string `yaml:"hold_nouns"`
		VerbalNouns    []string `yaml:"verbal_attack_nouns"`
		VerbalCues     []string `yaml:"verbal_cues"`
		ArmedKinds     []string `yaml:"armed_kinds"`
		NowWords       []string `yaml:"now_words"`
		PurposeHold    []string `yaml:"purpose_hold"`
		Arrived        []string `yaml:"arrived"`
		HopeWords      []string `yaml:"hope_words"`
		HopeLinks      []string `yaml:"hope_links"`
		CopulaSubject  []string `yaml:"copula_subject"`
	}
	var m modalityWords
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return m, fmt.Errorf("read %s: %w", name, err)
	}
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return m, fmt.Errorf("parse %s: %w", name, err)
	}
	if len(raw.Weekdays) != 7 {
		return m, fmt.Errorf("%s: weekdays: want 7 days, got %d", name, len(raw.Weekdays))
	}
	m.assaultTargets = wordSet(raw.AssaultTargets)
	m.tradeTargets = wordSet(raw.TradeTargets)
	m.assaultWeapons = wordSet(raw.AssaultWeapons)
	m.assaultAgents = wordSet(raw.AssaultAgents)
	m.assaultNot = phrasesOf(raw.AssaultNot)
	m.weekdayPast = wordSet(raw.WeekdayPast)
	m.now = wordSet(raw.NowWords)
	m.weekdays = map[string]time.Weekday{}
	for d, spellings := range raw.Weekdays {
		for _, s := range strings.Split(spellings, "|") {
			m.weekdays[arabic.Normalize(strings.TrimSpace(s))] = time.Weekday(d)
		}
	}
	if m.holdPresent, err = presentSet(name, raw.HoldVerbs); err != nil {
		return m, err
	}
	if m.proposal, err = conjugatedSet(name, raw.ProposalVerbs); err != nil {
		return m, err
	}
	for w := range wordSet(raw.ProposalNouns) {
		m.proposal[w] = true
	}
	m.withdrawalAsked = wordSet(raw.WithdrawAsked)
	m.pushedTo = wordSet(raw.PushedTo)
	if m.receive, err = conjugatedSet(name, raw.ReceiveVerbs); err != nil {
		return m, err
	}
	for w := range wordSet(raw.ReceiveNouns) {
		m.receive[w] = true
	}
	m.notGuests = wordSet(raw.NotGuests)
	m.receivedThem = wordSet(raw.ReceivedThem)
	m.purposeHold, m.hopeWords, m.hopeLinks = wordSet(raw.PurposeHold), wordSet(raw.HopeWords), wordSet(raw.HopeLinks)
	m.copulaSubject, m.arrived = wordSet(raw.CopulaSubject), wordSet(raw.Arrived)
	m.holdNouns = wordSet(raw.HoldNouns)
	m.verbalNouns, m.verbalCues, m.armedKinds = wordSet(raw.VerbalNouns), wordSet(raw.VerbalCues), wordSet(raw.ArmedKinds)
	var agreeVerbs, agreeNouns []string
	for _, w := range raw.AgreeTo {
		if strings.Contains(w, "|") {
			agreeVerbs = append(agreeVerbs, w)
		} else {
			agreeNouns = append(agreeNouns, w)
		}
	}
	if m.agreeTo, err = conjugatedSet(name, agreeVerbs); err != nil {
		return m, err
	}
	for w := range wordSet(agreeNouns) {
		m.agreeTo[w] = true
	}
	// The verbs of the acts that happen on a day are the trigger verbs of
	// those relations.
	tdata, err := dataFS.ReadFile(triggersName)
	if err != nil {
		return m, fmt.Errorf("read %s: %w", triggersName, err)
	}
	var entries []struct {
		Rel    Relation `yaml:"rel"`
		Verbs  []string `yaml:"verbs"`
		Travel []string `yaml:"travel"`
		Visit  []string `yaml:"visit"`
	}
	if err := yaml.Unmarshal(tdata, &entries); err != nil {
		return m, fmt.Errorf("parse %s: %w", triggersName, err)
	}
	var verbs []string
	for _, e := range entries {
		if dated(e.Rel) {
			verbs = append(verbs, e.Verbs...)
			verbs = append(verbs, e.Travel...)
			verbs = append(verbs, e.Visit...)
		}
	}
	if m.presentForms, err = presentSet(triggersName, verbs); err != nil {
		return m, err
	}
	return m, nil
}

// dated reports whether acts of the relation take place on a day, so that
// a day to come makes them not yet done (see scheduled).
func dated(rel Relation) bool {
	switch rel {
	case Consult, Mediate, Agree, Attack, Retreat:
		return true
	}
	return false
}

// presentSet conjugates "past|present" verbs and keeps the present forms
// without the future prefix: those whose tense alone does not say when.
func presentSet(name string, list []string) (map[string]bool, error) {
	m := map[string]bool{}
	for _, v := range list {
		past, present, ok := strings.Cut(v, "|")
		if !ok {
			return nil, fmt.Errorf("%s: verb %q is not \"past|present\"", name, v)
		}
		past, _, _ = strings.Cut(strings.TrimSpace(past), " ")
		present, _, _ = strings.Cut(strings.TrimSpace(present), " ")
		pastForms := map[string]bool{}
		for _, f := range conjugate(past, "") {
			pastForms[f.form] = true
		}
		for _, f := range conjugate(past, present) {
			if !pastForms[f.form] && !strings.HasPrefix(f.form, "س") {
				m[f.form] = true
			}
		}
	}
	return m, nil
}

// assaultSense reads a verb of accusing that is also one of attacking
// («هاجم») as an armed attack when a target or a weapon follows it in its
// clause: «هاجمت إسرائيل مواقع للجيش السوري», not «هاجم ترامب الصين».
func (lx *lexicon) assaultSense(toks []arabic.Token, f found) found {
	if f.t.rel != Accuse || f.t.kind != verbTrigger {
		return f
	}
	var armed found
	ok := false
	for _, t := range lx.triggers[stripConj(toks[f.i].Norm)] {
		if t.rel == Attack && t.kind == verbTrigger && len(t.rest) == 0 {
			armed, ok = found{i: f.i, end: f.i + 1, t: t}, true
			break
		}
	}
	if !ok || f.end != f.i+1 {
		return f
	}
	m := lx.modal
	// «هاجمت القوات التركية», «وهاجمت طائرات حربية»: forces and arms
	// do not criticise; a speaker does («هاجم وزير الدفاع»).
	if f.end < len(toks) && m.assaultAgents[stripConj(toks[f.end].Norm)] {
		return armed
	}
	reach := f.end + assaultReach
	for j := f.end; j < len(toks) && j < reach; j++ {
		if toks[j].Kind == arabic.Punct {
			// «هاجمت القوات، صباح الأحد، مواقع …»: a time set off by
			// commas stays in the clause and costs no reach.
			if isComma(toks[j]) && j+1 < len(toks) && lx.timeWord(toks[j+1].Norm) {
				reach++
				continue
			}
			if isComma(toks[j]) && j > 0 && lx.timeWord(toks[j-1].Norm) {
				reach++
				continue
			}
			break
		}
		if lx.timeWord(toks[j].Norm) {
			reach++
		}
		if n := m.assaultNot.matchPeeledAt(toks, j); n > 0 {
			j += n - 1
			continue
		}
		if m.assaultWeapons[stripConj(toks[j].Norm)] {
			return armed
		}
		if peeledTokenIn(m.assaultTargets, toks[j]) {
			return armed
		}
	}
	return f
}

// tradeSense reads a verb of striking or targeting whose object is trade
// («رسوم أخرى تستهدف الواردات الصينية», «عقوبات تضرب الاقتصاد الإيراني»)
// as a sanction: tariffs and embargoes hit goods, arms do not.
func (lx *lexicon) tradeSense(toks []arabic.Token, f found) found {
	if f.t.rel != Attack || f.t.kind != verbTrigger || f.end != f.i+1 {
		return f
	}
	for j := f.end; j < len(toks) && j < f.end+assaultReach; j++ {
		if toks[j].Kind == arabic.Punct {
			break
		}
		if peeledTokenIn(lx.modal.tradeTargets, toks[j]) {
			return found{i: f.i, end: f.end, t: trigger{rel: Sanction, kind: verbTrigger}}
		}
	}
	return f
}

// assaultReach is how far after «هاجم» its target is looked for: past the
// subject, a word of time and the object.
const assaultReach = 6

// holdReach is how far before a noun its verb of holding may stand.
const holdReach = 8

// otherDay reports whether an act told in the present tense is set for
// another day of the week than the article's, so still to come: «يستقبل
// الرئيس الثلاثاء ولي العهد» on a Sunday, «تجمعه الثلاثاء قمة بنظيره».
// The day must stand in the act's own clause, not in a verb of saying's
// before «إن».
func (sc *sentenceCtx) otherDay(f found, start int) bool {
	day := sc.st.art.Date
	// A plan is an intent, not a meeting that has not happened.
	if day.IsZero() || !dated(f.t.rel) || sc.intentCue(f) >= 0 {
		return false
	}
	m := sc.st.x.lx.modal
	present := func(j int, set map[string]bool) bool {
		w := stripConj(sc.toks[j].Norm)
		if set[w] {
			return true
		}
		v, ok := arabic.StripObjectPronoun(w)
		return ok && set[v]
	}
	switch {
	case f.t.kind == verbTrigger:
		if !present(f.i, m.presentForms) {
			return false
		}
	case f.t.kind == nounTrigger:
		held := false
		// Past the verb's subject and the day: «يعقد الزعيمان الثلاثاء قمة».
		for j := f.i - 1; j >= 0 && j >= f.i-holdReach && sc.toks[j].Kind != arabic.Punct && !sc.isTriggerAt(j); j-- {
			if present(j, m.holdPresent) {
				held = true
				break
			}
		}
		// «القمة التي يعقدها الزعيمان الثلاثاء»: held in a relative clause.
		if r := f.end; !held && r+1 < len(sc.toks) && sc.st.x.lx.relative[stripConj(sc.toks[r].Norm)] && present(r+1, m.holdPresent) {
			held = true
		}
		if !held {
			return false
		}
	default:
		return false
	}
	lx := sc.st.x.lx
	// other counts the days named in the clause that are not the
	// article's; one that is («الخميس والجمعة» on a Thursday) says the act
	// is under way.
	other, today := 0, false
	see := func(j int) {
		d, ok := m.weekdays[stripConj(sc.toks[j].Norm)]
		switch {
		case m.now[stripConj(sc.toks[j].Norm)]:
			today = true
		case !ok:
		case d == day.Weekday():
			today = true
		case j > 0 && m.weekdayPast[stripConj(sc.toks[j-1].Norm)],
			j > 1 && stripConj(sc.toks[j-1].Norm) == "يوم" && m.weekdayPast[stripConj(sc.toks[j-2].Norm)],
			j+1 < len(sc.toks) && m.weekdayPast[sc.toks[j+1].Norm]:
			today = true // a day gone by: told as done or going on
		default:
			other++
		}
	}
	for j := start - 1; j >= 0 && j >= start-clauseReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || lx.complementizer[stripConj(t.Norm)] || sc.isTriggerAt(j) {
			break
		}
		see(j)
	}
	// Actors' names do not count towards the reach: «يلتقي الرئيس
	// الأمريكي دونالد ترامب الثلاثاء».
	for j, words := f.end, 0; j < len(sc.toks) && words < scheduleAfter; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || sc.isTriggerAt(j) {
			break
		}
		if overlaps(sc.slots, j) {
			continue
		}
		see(j)
		words++
	}
	return other > 0 && !today
}

// proposalReach is how far before a sanction a word of proposing it may
// stand: the word, its subject of one or two words, «إلى فرض».
const proposalReach = 6

// proposed reports whether a sanction or a withdrawal is what someone
// proposes, backs, calls for or studies, not one done: «تؤيد فرنسا فرض
// عقوبات على روسيا», «اقترحت ألمانيا عقوبات جديدة», «ضرورة انسحاب القوات»,
// or the end someone is pushed to («ضغوطها على الخرطوم لدفعها إلى قطع
// علاقاتها مع بيونغيانغ»).
func (sc *sentenceCtx) proposed(f found, start int) bool {
	m := sc.st.x.lx.modal
	words := m.proposal
	switch {
	case f.t.rel == Retreat:
		// «سحب» after «لا بد من» or «شروط» is read as a verb too.
		words = m.withdrawalAsked
	case f.t.rel != Sanction || f.t.kind != nounTrigger:
		return false
	}
	for j := start - 1; j >= 0 && j >= start-proposalReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," {
			break
		}
		if sc.peeledIn(words, j) || m.pushedTo[stripConj(t.Norm)] {
			return true
		}
		if sc.isTriggerAt(j) {
			break
		}
	}
	return false
}

// receiveReach is how far after a verb of receiving the received stand:
// past its subject, or a list of subjects.
const receiveReach = 5

// receivedNoGuests reports whether a verb or noun of receiving or hosting
// takes people or things that are no guests: «رفضت إيطاليا ومالطا استقبال
// المهاجرين», «تستضيف تركيا ولبنان ملايين اللاجئين». The hosts met no
// one, least of all each other.
func (sc *sentenceCtx) receivedNoGuests(f found) bool {
	if f.t.rel != Consult || f.end != f.i+1 {
		return false
	}
	m := sc.st.x.lx.modal
	if !sc.peeledIn(m.receive, f.i) {
		return false
	}
	if sc.peeledIn(m.receivedThem, f.i) {
		return true
	}
	for j := f.end; j < len(sc.toks) && j < f.end+receiveReach; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct || sc.isTriggerAt(j) {
			break
		}
		if sc.peeledIn(m.notGuests, j) {
			return true
		}
	}
	return false
}

// peeledTokenIn reports whether token t, read with or without its clitics,
// is a word of set.
func peeledTokenIn(set map[string]bool, t arabic.Token) bool {
	return peeledWordIn(set, t.Norm)
}

// peeledWordIn reports whether normalized word w, with its clitics peeled
// off in any of the ways arabic.Peel reads it, is in set.
func peeledWordIn(set map[string]bool, w string) bool {
	return peeledFormIn(set, w) != ""
}

// peeledOrOwnedIn reports whether a reading of normalized word w, with its
// clitics peeled off, is in set, also with an attached pronoun taken off
// («وقوفها», «سفارتها»).
func peeledOrOwnedIn(set map[string]bool, w string) bool {
	for _, r := range arabic.Peel(w) {
		if set[r] {
			return true
		}
		if b, ok := arabic.StripPronoun(r); ok && set[b] {
			return true
		}
	}
	return false
}

// peeledFormIn returns the first reading of normalized word w, with its
// clitics peeled off, that is in set, or "": the caller needs the bare
// form, to know which clitics stood before it.
func peeledFormIn(set map[string]bool, w string) string {
	for _, r := range arabic.Peel(w) {
		if set[r] {
			return r
		}
	}
	return ""
}

// agreeReach is how far before «على» the word of agreeing may stand: past
// the sides that agree.
const agreeReach = 6

// agreedToHold reports whether a meeting is what its sides agree to hold,
// so still to come: «اتفقت الكوريتان على عقد قمة بين زعيمي البلدين»,
// «توافقتا على عقد قمة ثانية».
func (sc *sentenceCtx) agreedToHold(f found) bool {
	if f.t.rel != Consult || f.t.kind != nounTrigger || f.i < 3 {
		return false
	}
	m := sc.st.x.lx.modal
	if !sc.peeledIn(m.holdNouns, f.i-1) || stripConj(sc.toks[f.i-2].Norm) != arabic.Normalize("على") {
		return false
	}
	for j := f.i - 3; j >= 0 && j >= f.i-2-agreeReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," {
			break
		}
		if sc.peeledIn(m.agreeTo, j) {
			return true
		}
	}
	return false
}

// meetingToCome reports whether a meeting is set for another day or agreed
// on, so still to come. Like one called off, its sides stay the pair the
// story is about («اتفقت الكوريتان على عقد قمة … واتفق الزعيمان»).
func (sc *sentenceCtx) meetingToCome(f found) bool {
	if f.t.rel != Consult {
		return false
	}
	start := f.i
	if j := sc.lightVerb(f); j >= 0 {
		start = j
	}
	return sc.agreedToHold(f) || sc.otherDay(f, start)
}

// hopeReach is how many words before a noun a word of hope may stand:
// «أمله في نجاح القمة».
const hopeReach = 4

// copulaSubjectReach is how far after a noun its future copula may stand,
// past the sides of the meeting: «القمة بين كوريا الشمالية وأميركا ستكون».
const copulaSubjectReach = 8

// calledFor reports whether cooperation is named in the construct state
// right after a noun of need, optionally through «ل» or «إلى»: «شدد على
// أهمية تعاون الجانبين», «ضرورة تعاون روسيا وإيران», «بحاجة لتعاون بين
// الإسرائيليين والفلسطينيين». Then it is asked of the parties it names,
// not done (the bare «تعاون» is read as a verb too, which after a noun
// it cannot be); the definite «ضرورة التعاون بين البلدين», which the parties
// themselves stress of their ties, is not.
func (sc *sentenceCtx) calledFor(f found) bool {
	if f.t.rel != Cooperate || f.i == 0 {
		return false
	}
	if hasArticle(sc.toks[f.i].Norm) {
		return false
	}
	lx := sc.st.x.lx
	j := f.i - 1
	if j > 0 && lx.to[stripConj(sc.toks[j].Norm)] {
		j--
	}
	return peeledWordIn(lx.needNouns, sc.toks[j].Norm)
}

// wanted reports whether the act is what a verb of wanting right before it
// names («أنه يريد سحب القوات الأمريكية من سوريا»): wanted, it is not done.
// An intent keeps its triple, a wish being what it reports.
func (sc *sentenceCtx) wanted(f found, start int) bool {
	if f.t.rel == Intend || start == 0 {
		return false
	}
	return sc.st.x.lx.wants[stripConj(sc.toks[start-1].Norm)]
}

// toCome reports whether a meeting, deal or cooperation named by a noun is
// still to come or only hoped for, whatever the tense of its sentence: the
// purpose of holding it («يفكر في مواعيد لعقد قمته مع كيم»), the subject
// of a future copula right before or after it («ستكون القمة بين …
// حدثا تاريخيا», «القمة بين البلدين ستكون»), or what a hope is about
// («أعرب عن أمله في نجاح القمة»). A past verb of holding or past time
// after it says it took place after all.
func (sc *sentenceCtx) toCome(f found, start int) bool {
	if f.t.kind != nounTrigger || !awaitable(f.t.rel) && f.t.rel != Cooperate || sc.intentCue(f) >= 0 {
		return false // a stated intent («السعي لعقد قمة») stays an intent
	}
	lx := sc.st.x.lx
	m := lx.modal
	futureCopula := func(j int) bool {
		for _, w := range arabic.Peel(sc.toks[j].Norm) {
			if rest, ok := strings.CutPrefix(w, "س"); ok && lx.futureCopula[rest] {
				return true
			}
		}
		return false
	}
	stop := func(j int) bool {
		t := sc.toks[j]
		return t.Kind == arabic.Punct && !isQuote(t)
	}
	cue := false
	// The light verb «عقد» may itself be the start of the act.
	if f.i > 0 && f.t.rel == Consult {
		cue = m.purposeHold[stripConj(sc.toks[f.i-1].Norm)] || m.purposeHold[stripConj(sc.toks[start].Norm)]
	}
	// «وصل إلى السعودية لعقد لقاءات»: the meetings of a visit told as made.
	for j := start - 1; cue && j >= 0; j-- {
		cue = !sc.peeledIn(m.arrived, j)
	}
	if start > 0 && !cue {
		cue = futureCopula(start - 1)
	}
	for j := f.end; !cue && j < len(sc.toks) && j <= f.end+copulaSubjectReach && !stop(j) && !sc.isTriggerAt(j); j++ {
		if overlaps(sc.slots, j) {
			continue
		}
		if futureCopula(j) {
			cue = true
			break
		}
		if w := stripConj(sc.toks[j].Norm); !m.copulaSubject[w] && !hasArticle(w) {
			break
		}
	}
	for j, words := start-1, 0; !cue && j >= 0 && words < hopeReach && !stop(j); j-- {
		if overlaps(sc.slots, j) {
			continue
		}
		words++
		if !m.hopeWords[stripConj(sc.toks[j].Norm)] {
			continue
		}
		// «خيبة أمل من القمة» is no hope: the hope is «في» or «أن» it.
		if j+1 < len(sc.toks) {
			next := stripConj(sc.toks[j+1].Norm)
			cue = m.hopeLinks[next] || strings.HasPrefix(next, "ب")
		}
		break
	}
	return cue && !sc.heldAfterAll(f)
}

// verbalReach is how far after «هجوم» a word of saying tells it was made
// in words.
const verbalReach = 12

// launchReach is how far before «هجوم» its verb of launching may stand:
// past a subject with its office and a word of time.
const launchReach = 10

// verbalSense reads an attack noun («هجوم», «هجمات») as criticism when a
// participle or verb of saying, calling or charging follows it in the
// sentence with no target, weapon or armed kind of attack between:
// «شن ترامب هجوما على كومي متهما إياه بالكذب».
func (lx *lexicon) verbalSense(toks []arabic.Token, f found) found {
	if f.t.rel != Attack || f.t.kind != nounTrigger || f.end != f.i+1 {
		return f
	}
	m := lx.modal
	if !peeledTokenIn(m.verbalNouns, toks[f.i]) {
		return f
	}
	// Launched by a verb of striking, or the actor's own («ركز الأسد
	// هجومه»), not an attack the sentence only mentions.
	owned := false
	if _, pron := arabic.StripPronoun(stripConj(toks[f.i].Norm)); pron {
		owned = true
	}
	for j := f.i - 1; j >= 0 && j >= f.i-launchReach && !owned; j-- {
		if toks[j].Norm == "." || toks[j].Norm == "؛" {
			break
		}
		owned = peeledTokenIn(lx.strikeVerbs, toks[j])
	}
	if !owned {
		return f
	}
	for j := f.end; j < len(toks) && j < f.end+verbalReach; j++ {
		t := toks[j]
		if t.Norm == "." || t.Norm == "؛" {
			break
		}
		w := stripConj(t.Norm)
		if m.verbalCues[t.Norm] || m.verbalCues[w] {
			return found{i: f.i, end: f.end, t: trigger{rel: Accuse, kind: nounTrigger}, pronoun: f.pronoun}
		}
		if m.armedAt(t) {
			return f
		}
	}
	return f
}

// armedAt reports whether token t names an armed kind of attack, a weapon
// or a target of assault: what makes an attack noun one of arms.
func (m *modalityWords) armedAt(t arabic.Token) bool {
	if m.assaultWeapons[stripConj(t.Norm)] {
		return true
	}
	for _, r := range arabic.Peel(t.Norm) {
		if m.assaultTargets[r] || m.armedKinds[r] {
			return true
		}
	}
	return false
}
