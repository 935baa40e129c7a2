package extract

import (
	"strings"

	"kg/arabic"
)

// Incidents: most violent acts in the news name no state on either side
// («قتل 18 شخصا في انفجار سيارة مفخخة في بغداد», «خطف مسلحون أربعة
// أوروبيين»). Such an act, when it is reported as having happened, gives
// an attack event with the sides the lexicon knows, or none: no triple
// then, but the event, its trigger and its sentence are kept.

// Confidences of incident events, below those of events with two sides.
const (
	confIncident     = 0.5  // no side known, or one
	confIncidentBoth = 0.55 // author and victims known
)

// Reaches, in tokens, of the incident rules.
const (
	incidentEvidence = 6  // a victim after a verb and its subject
	incidentMeans    = 3  // a means right after a verb: «قتل في غارة», «قتل برصاص»
	incidentTalk     = 4  // a word of talk before the act («التحقيق في مقتل»)
	incidentAuthor   = 10 // «برصاص الجيش» after the act
	incidentYear     = 8  // «اغتيال الحريري عام 2005»: history, not news
	fireReach        = 5  // «أطلق جنود إسرائيليون النار»
)

// incidentWords are the lists of data/incidents.yaml.
type incidentWords struct {
	// verbs holds the past forms of verbs, deaths, wounds and fire by
	// their kind (fireIncident for fire), nouns the masdars and blasts:
	// one look-up a reading, as every word of every sentence is tried.
	verbs, nouns         map[string]incidentKind
	fireObjects          phraseSet
	toward               map[string]bool // «باتجاه»: where fire goes
	carryOut, outcome    map[string]bool // past forms
	victims, counts      map[string]bool
	tolls, since         map[string]bool
	after                map[string]bool // «بعد», «إثر»: the act after it is told as a fact
	acts, attacks, bombs phraseSet
	means, by, approx    phraseSet
	talk, trial, condemn phraseSet
	accidents            phraseSet
	fireNouns            map[string]bool // «إثر إطلاق قوات إسرائيلية النار»: its subject shoots
	among                map[string]bool // «بينهم»: who is among the dead, an aside
	meetFate, fates      map[string]bool // «لقي … مصرعه»
	gunfire              phraseSet       // «برصاص», «بنيران»: sought to the clause's end
	clauseStops          map[string]bool
}

func loadIncidents(name string) (incidentWords, error) {
	var raw struct {
		Verbs     []string `yaml:"verbs"`
		Deaths    []string `yaml:"deaths"`
		Fire      []string `yaml:"fire"`
		FireObj   []string `yaml:"fire_objects"`
		Toward    []string `yaml:"toward"`
		Acts      []string `yaml:"acts"`
		Wounds    []string `yaml:"wounds"`
		Masdars   []string `yaml:"masdars"`
		Blasts    []string `yaml:"blasts"`
		Attacks   []string `yaml:"attacks"`
		CarryOut  []string `yaml:"carry_out"`
		Outcome   []string `yaml:"outcome"`
		Bombs     []string `yaml:"bombs"`
		Means     []string `yaml:"means"`
		By        []string `yaml:"by"`
		Victims   []string `yaml:"victims"`
		Counts    []string `yaml:"counts"`
		Approx    []string `yaml:"approx"`
		Tolls     []string `yaml:"tolls"`
		Since     []string `yaml:"since"`
		After     []string `yaml:"after"`
		Condemn   []string `yaml:"condemn"`
		Talk      []string `yaml:"talk"`
		Trial     []string `yaml:"trial"`
		Accidents []string `yaml:"accidents"`
		FireNouns []string `yaml:"fire_nouns"`
		Among     []string `yaml:"among"`
		MeetFate  []string `yaml:"meet_fate"`
		Fates     []string `yaml:"fates"`
		Gunfire   []string `yaml:"gunfire"`
		Stops     []string `yaml:"clause_stops"`
	}
	if err := decodeData(name, &raw); err != nil {
		return incidentWords{}, err
	}
	verbs := map[string]incidentKind{}
	for _, l := range []struct {
		stems []string
		kind  incidentKind
	}{{raw.Verbs, verbIncident}, {raw.Deaths, deathIncident}, {raw.Wounds, woundIncident}, {raw.Fire, fireIncident}} {
		for _, s := range l.stems {
			for _, f := range conjugate(s, "") { // no present stem: past forms only
				verbs[f.form] = l.kind
			}
		}
	}
	nouns := map[string]incidentKind{}
	for _, l := range []struct {
		words []string
		kind  incidentKind
	}{{raw.Masdars, masdarIncident}, {raw.Blasts, blastIncident}} {
		for _, w := range l.words {
			nouns[arabic.Normalize(w)] = l.kind
		}
	}
	return incidentWords{
		verbs: verbs, nouns: nouns, fireObjects: phrasesOf(raw.FireObj), toward: wordSet(raw.Toward),
		carryOut: pastForms(raw.CarryOut), outcome: pastForms(raw.Outcome),
		victims: wordSet(raw.Victims), counts: wordSet(raw.Counts), tolls: wordSet(raw.Tolls), since: wordSet(raw.Since), after: wordSet(raw.After),
		acts: phrasesOf(raw.Acts), attacks: phrasesOf(raw.Attacks), bombs: phrasesOf(raw.Bombs),
		means: phrasesOf(raw.Means), by: phrasesOf(raw.By), approx: phrasesOf(raw.Approx),
		talk: phrasesOf(raw.Talk), trial: phrasesOf(raw.Trial), condemn: phrasesOf(raw.Condemn), accidents: phrasesOf(raw.Accidents),
		fireNouns: wordSet(raw.FireNouns), among: wordSet(raw.Among),
		meetFate: wordSet(raw.MeetFate), fates: wordSet(raw.Fates),
		gunfire: phrasesOf(raw.Gunfire), clauseStops: wordSet(raw.Stops),
	}, nil
}

// pastForms returns the past forms of verbs given by their past stems.
func pastForms(stems []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range stems {
		for _, f := range conjugate(s, "") {
			m[f.form] = true
		}
	}
	return m
}

// incidentKind tells what a word of an incident is and so what must stand
// near it for the act to be reported.
type incidentKind uint8

const (
	actIncident    incidentKind = iota // «أطلق النار على»: reported by itself
	verbIncident                       // «قتل»: a victim, a count, a name or a means
	deathIncident                      // «استشهد»: a victim, a count or a means
	woundIncident                      // «أصيب»: a means of violence in the clause
	masdarIncident                     // «مقتل»: a victim, a count or a name right after
	blastIncident                      // «انفجار»: a bomb right after
	attackIncident                     // «هجوم»: a verb of carrying it out or of its outcome
	fireIncident                       // «أطلق»: an act when «النار» follows
)

// incidents adds one attack event for the first violent act the sentence
// reports as having happened, unless the sentence has an attack event
// already.
func (sc *sentenceCtx) incidents() {
	if sc.authoredAttack {
		return
	}
	for _, e := range sc.events {
		if e.Relation == Attack {
			return
		}
	}
	iw := &sc.st.x.lx.incidents
	if len(sc.toks) == 0 || isQuestion(sc.toks) || sc.sportSentence() {
		return
	}
	for i := 0; i < len(sc.toks); i++ {
		if sc.toks[i].Kind != arabic.Word || overlaps(sc.slots, i) || sc.otherActAt(i) {
			continue
		}
		end, kind, ok := iw.cueAt(sc.toks, i)
		if !ok {
			continue
		}
		f := found{i: i, end: end, t: trigger{rel: Attack, kind: nounTrigger}}
		if kind != masdarIncident && kind != blastIncident && kind != attackIncident {
			f.t.kind = verbTrigger
		}
		if !sc.reported(f, kind) {
			i = end - 1
			continue
		}
		if !sc.accidentOrHistory() {
			sc.addIncident(f, kind)
		}
		return
	}
}

// otherActAt reports whether token i is part of a trigger of an act other
// than an attack: «هجوما حادا» is a verbal attack, an accusation.
func (sc *sentenceCtx) otherActAt(i int) bool {
	for _, t := range sc.trigs {
		if t.i <= i && i < t.end && t.t.rel != Attack {
			return true
		}
	}
	return false
}

// accidentOrHistory reports whether the sentence names an accident
// («مصرع خمسة أشخاص في حادث سير») or dates itself in a past year
// («اغتيل الحريري في 14 شباط/فبراير 2005»): no assault is reported.
// Checked only once an act is found, as most sentences have none.
func (sc *sentenceCtx) accidentOrHistory() bool {
	iw := &sc.st.x.lx.incidents
	for i, t := range sc.toks {
		if t.Kind == arabic.Number && sc.pastYear(t.Norm) && !sc.sinceYear(i) || t.Kind == arabic.Word && iw.accidents.matchPeeledAt(sc.toks, i) > 0 {
			return true
		}
	}
	return false
}

// sinceYear reports whether the year at i is the start of a span the act
// is measured against («الأكثر دموية منذ 2014», «أكبر حصيلة منذ الحرب
// على غزة عام 2014»), not its date.
func (sc *sentenceCtx) sinceYear(i int) bool {
	for j := i - 1; j >= 0 && j >= i-incidentTalk-2; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct {
			return false
		}
		if stripConj(t.Norm) == "منذ" {
			return true
		}
	}
	return false
}

// cueAt returns the end and kind of a word of an incident at token i.
func (iw *incidentWords) cueAt(toks []arabic.Token, i int) (end int, kind incidentKind, ok bool) {
	if n := iw.acts.matchAt(toks, i); n > 0 {
		return i + n, actIncident, true
	}
	if iw.meetsFate(toks, i) {
		return i + 1, woundIncident, true
	}
	for _, w := range conjReadings(toks[i].Norm) {
		k, ok := iw.verbs[w]
		if !ok {
			continue
		}
		if k != fireIncident {
			return i + 1, k, true
		}
		// «أطلقت قوات الاحتلال النار»: the shooter may come between.
		for j := i + 1; j < len(toks) && j <= i+fireReach && toks[j].Kind != arabic.Punct; j++ {
			if iw.fireObjects.matchAt(toks, j) > 0 {
				return i + 1, actIncident, true
			}
		}
	}
	var buf [6]string
	readings := unarticled(buf[:0], toks[i].Norm)
	// An attack with ال is one reported before («الهجوم»); the sentence
	// that names it so is about its aftermath.
	if n := iw.attacks.match(toks, i, readings); n > 0 {
		return i + n, attackIncident, true
	}
	// A verbal noun with a conjunction or a preposition, not with ال: «بمقتل».
	for _, w := range readings {
		if k, ok := iw.nouns[w]; ok {
			return i + 1, k, true
		}
	}
	return 0, 0, false
}

// meetsFate reports whether token i is «لقي» with a noun of death after
// it in its clause, past the dead: «لقي ثلاثة فلسطينيين مصرعهم».
func (iw *incidentWords) meetsFate(toks []arabic.Token, i int) bool {
	met := false
	for _, w := range conjReadings(toks[i].Norm) {
		met = met || iw.meetFate[w]
	}
	if !met {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+incidentAuthor; j++ {
		if toks[j].Kind == arabic.Punct && !isComma(toks[j]) {
			return false
		}
		for _, w := range conjReadings(toks[j].Norm) {
			if iw.fates[w] {
				return true
			}
		}
	}
	return false
}

// unarticled appends to dst the readings of w with و/ف and then ب/ل
// peeled off, never ال.
func unarticled(dst []string, w string) []string {
	for _, r := range conjReadings(w) {
		dst = append(dst, r)
		for _, p := range [...]string{"ب", "ل"} {
			if rest, ok := strings.CutPrefix(r, p); ok && len(rest) > 2*len(p) && !strings.HasPrefix(rest, "ال") {
				dst = append(dst, rest)
			}
		}
	}
	return dst
}

// reported reports whether the act f is told as having happened: not
// negated, possible, threatened, talked about or condemned, not history
// or a war's toll, and with what its kind needs near it.
func (sc *sentenceCtx) reported(f found, kind incidentKind) bool {
	iw := &sc.st.x.lx.incidents
	if sc.negatedOrPossible(f) || sc.intentCue(f) >= 0 || sc.threatenedAct(f) {
		return false
	}
	// «طالب بتحقيق مستقل بعد قتل عشرات الفلسطينيين»: an act dated by
	// «بعد» or «إثر» is told as a fact; the talk before it is about
	// something else.
	if f.i == 0 || !iw.after[stripConj(sc.toks[f.i-1].Norm)] {
		if sc.talkedAbout(f) {
			return false
		}
		// «أدانت القمة الأعمال الإسرائيلية في غزة حيث قتل 60 فلسطينيا»:
		// «حيث» opens a clause of its own that tells a fact.
		from := 0
		for j := f.i - 1; j >= 0; j-- {
			if sc.toks[j].Norm == "حيث" {
				from = j + 1
				break
			}
		}
		for j := from; j < f.i; j++ {
			if iw.condemn.matchAt(sc.toks, j) > 0 || iw.trial.matchPeeledAt(sc.toks, j) > 0 {
				return false
			}
		}
	}
	if sc.historyOrToll(f) {
		return false
	}
	switch kind {
	case actIncident:
		return true
	case verbIncident:
		return sc.victimAfter(f.end, true) || sc.subjectVictim(f.i) || sc.meansAfter(f.end, incidentMeans) ||
			sc.incidentAuthor(f, kind) >= 0 && sc.victimIn(f.end, incidentEvidence)
	case deathIncident:
		return sc.victimAfter(f.end, false) || sc.meansAfter(f.end, incidentMeans)
	case woundIncident:
		return sc.meansBefore(f.i, incidentEvidence) || sc.meansAfter(f.end, 2*incidentEvidence)
	case masdarIncident:
		// «تصاعد التوتر بعد مقتل متظاهر» is background; «بعد مقتل 52
		// فلسطينيا برصاص الجيش الإسرائيلي», with its author named, dates the
		// clause by a killing told as a fact.
		if f.i > 0 && iw.since[stripConj(sc.toks[f.i-1].Norm)] &&
			!(iw.after[stripConj(sc.toks[f.i-1].Norm)] && sc.incidentAuthor(f, kind) >= 0) {
			return false
		}
		return sc.victimAfter(f.end, false)
	case blastIncident:
		j := f.end
		if j < len(sc.toks) && iw.approx.matchAt(sc.toks, j) > 0 {
			return false
		}
		return j < len(sc.toks) && (iw.bombs.matchPeeledAt(sc.toks, j) > 0 || j+1 < len(sc.toks) && iw.bombs.matchPeeledAt(sc.toks, j+1) > 0)
	case attackIncident:
		return sc.carriedOut(f)
	}
	return false
}

// threatenedAct reports whether the act is the complement of a threat
// («هدد بقتل الرهائن»), as threatOver finds for attack triggers.
func (sc *sentenceCtx) threatenedAct(f found) bool {
	p := -1
	for k, t := range sc.trigs {
		if t.end <= f.i {
			p = k
		}
	}
	if p < 0 || sc.trigs[p].t.rel != Threaten {
		return false
	}
	pair := *sc
	pair.trigs = []found{sc.trigs[p], f}
	k, _ := pair.threatOver(1)
	return k >= 0
}

// talkedAbout reports whether a word of talk governs the act: a trial, an
// investigation, a plan, a threat («التحقيق في مقتل», «المتهمين
// باغتيال»).
func (sc *sentenceCtx) talkedAbout(f found) bool {
	iw := &sc.st.x.lx.incidents
	for j := f.i - 1; j >= 0 && j >= f.i-incidentTalk; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) {
			return false
		}
		if n := iw.talk.matchPeeledAt(sc.toks, j); n > 0 && j+n <= f.i {
			return true
		}
	}
	return false
}

// historyOrToll reports whether the act is dated in a year («اغتيال
// الحريري عام 2005») or counted in thousands («مقتل أكثر من 350 ألف
// شخص»): background, not a new incident.
func (sc *sentenceCtx) historyOrToll(f found) bool {
	iw := &sc.st.x.lx.incidents
	for j := f.end; j < len(sc.toks) && j < f.end+incidentYear; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return false
		}
		if t.Kind == arabic.Number && isYear(t.Norm) || iw.tolls[stripConj(t.Norm)] {
			return true
		}
		// «مقتل عشرات الفلسطينيين وجرح آلاف غيرهم»: the thousands are
		// another act's count.
		if _, _, ok := iw.cueAt(sc.toks, j); ok && j > f.end {
			return false
		}
	}
	return false
}

func isYear(w string) bool {
	y, ok := yearOf(w)
	return ok && y >= 1900 && y <= 2100
}

func yearOf(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		y = 10*y + int(w[i]-'0')
	}
	return y, true
}

// pastYear reports whether w is a year before the article's, or any year
// when the article is undated: a sentence so dated tells history, not
// the news («بعد اغتيال رئيس الوزراء رفيق الحريري عام 2005»).
func (sc *sentenceCtx) pastYear(w string) bool {
	if !isYear(w) {
		return false
	}
	y, _ := yearOf(w)
	d := sc.st.art.Date
	return d.IsZero() || y < d.Year()
}

// victimAt reports whether token j names people an act is done to: a
// count or a victim noun.
func (sc *sentenceCtx) victimAt(j int) bool {
	t := sc.toks[j]
	if t.Kind == arabic.Number {
		return true
	}
	if t.Kind != arabic.Word {
		return false
	}
	iw := &sc.st.x.lx.incidents
	for _, w := range arabic.Peel(t.Norm) {
		if iw.counts[w] || iw.victims[w] {
			return true
		}
		// «مدنيا», «جنديين», «شرطيون»: the singular with its ending.
		for _, suf := range []string{"ا", "ين", "ان", "ون", "ات", "ي"} { // «مسلحي»: owning what follows
			if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 4 && iw.victims[base] {
				return true
			}
		}
	}
	return false
}

// victimAfter reports whether a victim or a count follows token j, past
// a quantity («أكثر من») or a day set off by commas; with names, an actor
// named outright or a nationality counts too («اغتيال خاشقجي», «مقتل
// فلسطيني»).
func (sc *sentenceCtx) victimAfter(j int, names bool) bool {
	iw := &sc.st.x.lx.incidents
	for skipped := 0; j < len(sc.toks) && skipped < 3; skipped++ {
		t := sc.toks[j]
		if n := iw.approx.matchAt(sc.toks, j); n > 0 {
			j += n
			continue
		}
		if t.Norm == "،" || t.Norm == "," || isQuote(t) || sc.st.x.lx.timeWord(t.Norm) {
			j++
			continue
		}
		break
	}
	if j >= len(sc.toks) {
		return false
	}
	if sc.victimAt(j) {
		return true
	}
	if !names {
		return false
	}
	k := sc.slotStartingAt(j)
	return k >= 0 && sc.slots[k].prep == ""
}

// victimIn reports whether a victim or a count stands in the n tokens
// after token j, within its clause: the object of an active verb
// («اغتالت وحدة إسرائيلية ناشطا»).
func (sc *sentenceCtx) victimIn(j, n int) bool {
	for end := j + n; j < end && j < len(sc.toks); j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return false
		}
		if sc.victimAt(j) {
			return true
		}
	}
	return false
}

// subjectVictim reports whether the word right before a verb is its
// subject among the victims: «صحفيا قتل», «الأخير قتل».
func (sc *sentenceCtx) subjectVictim(i int) bool {
	if i == 0 {
		return false
	}
	if sc.victimAt(i - 1) {
		return true
	}
	k := sc.slotEndingAt(i)
	return k >= 0 && sc.slots[k].person
}

// meansAfter reports whether a means of violence («برصاص», «في غارة»,
// «طعنا») stands in the n tokens after token j, within its clause.
func (sc *sentenceCtx) meansAfter(j, n int) bool {
	return sc.meansWithin(j, min(j+n, len(sc.toks)), 1)
}

// meansBefore is meansAfter for the n tokens before token i.
func (sc *sentenceCtx) meansBefore(i, n int) bool {
	return sc.meansWithin(i-1, max(i-n, 0)-1, -1)
}

// meansWithin walks from token j by step until stop (not included) and
// reports whether a means of violence comes before a mark that ends the
// clause.
func (sc *sentenceCtx) meansWithin(j, stop, step int) bool {
	iw := &sc.st.x.lx.incidents
	for ; j != stop; j += step {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			return false
		}
		if iw.means.matchPeeledAt(sc.toks, j) > 0 || iw.by.matchAt(sc.toks, j) > 0 {
			return true
		}
	}
	return false
}

// carriedOut reports whether an attack noun is told as done: a past verb
// of carrying it out or undergoing it before it («شن مسلحون هجوما»,
// «تعرضت دورية لهجوم»), or one of its outcome or occurrence after it
// («هجوم انتحاري أسفر عن», «الهجوم الذي وقع»).
func (sc *sentenceCtx) carriedOut(f found) bool {
	iw := &sc.st.x.lx.incidents
	for j := f.i - 1; j >= 0 && j >= f.i-incidentTalk; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) {
			break
		}
		for _, w := range conjReadings(t.Norm) {
			if iw.carryOut[w] {
				return true
			}
		}
	}
	for j := f.end; j < len(sc.toks) && j < f.end+incidentTalk; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			break
		}
		for _, w := range conjReadings(t.Norm) {
			if iw.outcome[w] {
				return true
			}
		}
	}
	return false
}

// addIncident adds the attack event of act f with its author and victims
// where the lexicon knows them. Unlike add it keeps an event without
// sides: it gives no triple, but it is a reported act.
func (sc *sentenceCtx) addIncident(f found, kind incidentKind) {
	author := sc.incidentAuthor(f, kind)
	victim := sc.incidentVictim(f, kind, author)
	if victim < 0 && author >= 0 && kind == actIncident {
		victim = sc.firedAt(f, author) // «أطلقوا صاروخين صوب إسرائيل»
	}
	e := sc.newEvent(Attack, f, confIncident)
	seen := map[string]bool{}
	for _, side := range []struct {
		k    int
		role Role
	}{{author, Source}, {victim, Target}} {
		if side.k < 0 {
			continue
		}
		for _, k := range sc.groupOf(side.k) {
			s := sc.slots[k]
			for _, id := range s.actors {
				if seen[id] {
					continue
				}
				seen[id] = true
				e.Args = append(e.Args, Argument{Actor: id, Role: side.role, Mention: sc.spanText(s.first, s.end),
					Span: Span{sc.toks[s.first].Start, sc.toks[s.end-1].End}})
			}
		}
	}
	if len(e.Triples()) > 0 {
		e.Confidence = confIncidentBoth
	}
	sc.events = append(sc.events, e)
}

// incidentAuthor returns the slot of who carried out act f, -1 if none
// is named: the actor after «برصاص», «على يد» («برصاص الجيش
// الإسرائيلي», «بنيران قناص إسرائيلي»), the nationality of the attack
// («هجوم إسرائيلي»), the subject of a verb of carrying it out («شنت
// طائرات إسرائيلية غارات»), or of an active verb («اغتالت وحدة
// إسرائيلية ناشطا»).
func (sc *sentenceCtx) incidentAuthor(f found, kind incidentKind) int {
	iw := &sc.st.x.lx.incidents
	limit := f.end + incidentAuthor
	for j := f.end; j < len(sc.toks) && j < limit; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			break
		}
		// «قتل أربعة فلسطينيين، بينهم ثلاثة ناشطين في كتائب القسام، في
		// قصف إسرائيلي»: who is among the dead is an aside.
		if iw.among[stripConj(t.Norm)] {
			limit += sc.asideLength(j)
		}
		if k := sc.shooter(j); k >= 0 {
			return k // «قتل فلسطينيان إثر إطلاق قوات إسرائيلية النار عليهما»
		}
		n := iw.by.matchAt(sc.toks, j)
		if n == 0 {
			continue
		}
		// «برصاص قناص إسرائيلي», «بغارة إسرائيلية»: a word of who or
		// what may stand before the actor.
		// Right after it, ل names the author too: «في كمين للحوثيين».
		// The cue may be the name's first word: «برصاص الاحتلال».
		k := sc.firstSlot(j, j+n+2, func(s slot) bool {
			return !s.adjectival() && (s.prep == "" || s.prep == "ل" && s.first == j+n || s.prep == "ب" && s.first == j || s.prep == "مع" && s.first == j+n) || s.adjectival() && s.adjOf >= j
		})
		if k >= 0 {
			return k
		}
		j += n - 1
	}
	if kind != blastIncident && kind != attackIncident {
		// «قتل ما لا يقل عن 8 من عناصر الحوثي وجرح آخرون، بنيران القوات
		// الحكومية»: the fire named past a long phrase of the dead.
		if j, n := sc.gunfireAfter(f); j >= 0 {
			if k := sc.firstSlot(j+n, j+n+2, func(s slot) bool { return !s.adjectival() && s.prep == "" || s.adjectival() && s.adjOf >= j }); k >= 0 {
				return k
			}
		}
	}
	switch kind {
	case attackIncident, blastIncident:
		// «هجوم إسرائيلي», «قصف مدفعي تركي».
		if k := sc.firstSlot(f.i, f.end+2, func(s slot) bool { return s.adjectival() && s.adjOf >= f.i && s.adjOf < f.end+1 }); k >= 0 {
			return k
		}
		// «شنت طائرات إسرائيلية غارات»: the subject between the verb and the
		// noun; the subject of «تعرض» is struck instead.
		for j := f.i - 1; j >= 0 && j >= f.i-incidentTalk; j-- {
			if w := stripConj(sc.toks[j].Norm); iw.carryOut[w] {
				if sc.st.x.lx.undergo[w] {
					return -1
				}
				return sc.firstSlot(j+1, f.i, func(s slot) bool { return s.prep == "" })
			}
		}
	case actIncident:
		// «أطلقت قوات الاحتلال النار»: the subject after the verb.
		if k := sc.firstSlot(f.end, f.end+fireReach, func(s slot) bool { return s.prep == "" }); k >= 0 && !sc.slots[k].person || k >= 0 && sc.slots[k].adjectival() {
			if sc.fireObjectBetween(f.end, sc.slots[k].first) {
				return -1
			}
			return k
		}
	case verbIncident:
		// «اغتالت وحدة إسرائيلية ناشطا», «قتل الجيش الإسرائيلي فلسطينيا»:
		// a state or a force right after the verb acts; a person there is
		// the one killed («اغتيل خاشقجي»).
		if strings.Contains(sc.toks[f.i].Norm, "اغتيل") {
			return -1
		}
		k := sc.firstSlot(f.end, f.end+2, func(s slot) bool { return s.prep == "" })
		if k < 0 {
			return -1
		}
		s := sc.slots[k]
		switch {
		case !s.adjectival() && !s.person && s.first == f.end:
			return k
		case s.adjectival() && s.adjOf == f.end && sc.isForceNoun(s.adjOf):
			return k
		}
	}
	return -1
}

// gunfireReach is how far in its clause the fire that struck an act's
// victims is sought.
const gunfireReach = 24

// gunfireAfter returns where a cue of fire («برصاص», «بنيران») stands
// after act f in its clause, before another clause opens, and its length;
// -1 if none.
func (sc *sentenceCtx) gunfireAfter(f found) (at, n int) {
	iw := &sc.st.x.lx.incidents
	for j := f.end; j < len(sc.toks) && j < f.end+gunfireReach; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isComma(t) && !isQuote(t) && t.Norm != "(" && t.Norm != ")" {
			break
		}
		if iw.clauseStops[stripConj(t.Norm)] || iw.clauseStops[t.Norm] {
			break
		}
		if n := iw.gunfire.matchAt(sc.toks, j); n > 0 {
			return j, n
		}
	}
	return -1, 0
}

// fireObjectBetween reports whether «النار» stands in [from, to): an
// actor after it is no shooter.
func (sc *sentenceCtx) fireObjectBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if sc.st.x.lx.incidents.fireObjects.matchAt(sc.toks, j) > 0 {
			return true
		}
	}
	return false
}

// isForceNoun reports whether the word at j names a force or a unit that
// acts («وحدة», «قوات», «طائرات»), not people struck.
func (sc *sentenceCtx) isForceNoun(j int) bool {
	fw := &sc.st.x.lx.forces
	for _, w := range arabic.Peel(sc.toks[j].Norm) {
		if fw.means[w] || fw.heads[w] || fw.fighters[w] || w == "وحده" || w == "وحدات" {
			return true
		}
	}
	return false
}

// incidentVictim returns the slot of those act f struck, -1 if none is
// named: the nationality of the victims («مقتل ثلاثة فلسطينيين»,
// «قتل جندي إسرائيلي»), a person killed («اغتيال خاشقجي»), the group
// they belong to («مقتل 10 من عناصر حزب الله»), or the target of an
// attack («هجوم على القوات التركية»).
func (sc *sentenceCtx) incidentVictim(f found, kind incidentKind, author int) (victim int) {
	other := func(k int) int {
		if k < 0 || author >= 0 && (sc.slots[k].group == sc.slots[author].group || sameActors(sc.slots[k], sc.slots[author])) {
			return -1
		}
		return k
	}
	if kind == attackIncident || kind == blastIncident {
		// «تعرضت دورية للجيش الأفغاني لهجوم»: the subject of undergoing.
		for j := f.i - 1; j >= 0 && j >= f.i-incidentTalk; j-- {
			if sc.st.x.lx.undergo[stripConj(sc.toks[j].Norm)] {
				return other(sc.firstSlot(j+1, f.i, func(s slot) bool { return s.prep == "" || s.prep == "ل" }))
			}
		}
		return other(sc.firstSlot(f.end, f.end+incidentTalk, func(s slot) bool { return !s.adjectival() && isTargetPrep(s.prep) }))
	}
	defer func() {
		if victim < 0 && kind != masdarIncident {
			victim = other(sc.deadBefore(f.i))
		}
	}()
	from, to := f.end, f.end+incidentEvidence
	if j, _ := sc.gunfireAfter(f); j > to {
		to = j // the dead named before the fire that struck them
	}
	for j := from; j < to && j < len(sc.toks); j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) {
			to = j
			break
		}
	}
	for k, s := range sc.slots {
		if s.first < from || s.first >= to || k == author {
			continue
		}
		switch {
		case s.adjectival() && s.adjOf >= from-1 && s.adjOf < s.first && sc.victimAt(s.adjOf):
			return other(k) // «جندي إسرائيلي», «ثلاثة فلسطينيين»
		case s.adjectival() && s.first == f.end && s.adjOf == f.end-1:
			return other(k) // «قتل فلسطيني»: the nationality is the one killed
		case !s.adjectival() && s.prep == "" && s.first > from && sc.toks[s.first-1].Kind == arabic.Number && !s.person && !s.place:
			return other(k) // «قتل 61 فلسطينيا»: the nationality of those counted
		case !s.adjectival() && s.prep == "" && s.person && s.first == f.end && kind != deathIncident:
			return other(k) // «اغتيال خاشقجي»
		case !s.adjectival() && s.prep == "من" && s.first > from && sc.victimAt(s.first-1):
			return other(k) // «10 من عناصر حزب الله»: the group is named after the noun
		case !s.adjectival() && s.prep == "من" && s.first > from+1 && sc.victimAt(s.first-2):
			return other(k)
		case !s.adjectival() && s.prep == "" && s.first > from+1 && sc.victimAt(s.first-1) && (stripConj(sc.toks[s.first-2].Norm) == "من" || sc.victimAt(s.first-2)):
			return other(k) // «ثلاثة من مسلحي حزب العمال», «عدد من عناصر ميليشيات الحوثي»: the group owns the victims
		}
	}
	return -1
}

// deadBefore returns the slot of the dead or wounded named right before
// the verb, its subject («إن أربعة فلسطينيين قتلوا برصاص الجيش», «مسعفة
// فلسطينية قتلت», «إن فلسطينيا لقي حتفه»), past «على الأقل»; -1 if none.
func (sc *sentenceCtx) deadBefore(i int) int {
	for i > 0 && (sc.toks[i-1].Norm == "الاقل" || sc.toks[i-1].Norm == "علي" || sc.toks[i-1].Norm == "قد") {
		i-- // «وكان فلسطيني قد لقي مصرعه»
	}
	// «الفلسطينيين الذين قتلوا برصاص الجيش»: the noun the relative is of.
	if i > 1 && sc.st.x.lx.relative[sc.toks[i-1].Norm] {
		i--
	}
	// «محمد أيوب (15 عاما) قتل»: past the age in brackets.
	if i > 0 && sc.toks[i-1].Norm == ")" {
		for j := i - 2; j > 0 && j >= i-5; j-- {
			if sc.toks[j].Norm == "(" {
				i = j
				break
			}
		}
	}
	k := sc.lastSlot(i-1, i, func(slot) bool { return true })
	if k < 0 {
		return -1
	}
	s := sc.slots[k]
	switch {
	case s.person || s.place:
		return -1
	case s.adjectival():
		if s.adjOf >= 0 && s.adjOf < s.first && sc.victimAt(s.adjOf) {
			return k // «مسعفة فلسطينية»
		}
	case s.prep == "من":
		if s.first > 0 && sc.victimAt(s.first-1) {
			return k // «عناصر من الحوثيين»
		}
	case s.prep == "":
		if s.first > 0 && sc.victimAt(s.first-1) && sc.toks[s.first-1].Kind == arabic.Number || len(s.actors) == 1 && sc.st.x.nisbaShaped(s.actors[0], stripConj(sc.toks[s.end-1].Norm)) {
			return k // «171 فلسطينيا», «فلسطينيا»
		}
	}
	return -1
}

// firedAt returns who fire or missiles were sent at: the actor right after
// «على», «باتجاه» or «نحو» past the thing fired, or after one noun that it
// owns («على مواقع لتنظيم داعش»); -1 if none, or if it is the author's side.
func (sc *sentenceCtx) firedAt(f found, author int) int {
	iw := &sc.st.x.lx.incidents
	for j := f.end; j+1 < len(sc.toks) && j < f.end+fireReach+4; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && t.Norm != "," && !isQuote(t) || sc.isTriggerAt(j) {
			return -1
		}
		if overlaps(sc.slots, j) || !iw.toward[stripConj(t.Norm)] {
			continue
		}
		k := sc.firstSlot(j+1, j+3, func(s slot) bool { return !s.adjectival() && (s.first == j+1 || s.prep == "" || s.prep == "ل") })
		if k < 0 {
			// «النار على عناصر من داعش»: the party of those fired at.
			k = sc.firstSlot(j+3, j+4, func(s slot) bool { return s.prep == "من" && sc.membersStruck(s, j+1) })
		}
		if k < 0 && sc.onTarget(j) {
			// «النار على متظاهرين فلسطينيين», «قذائف على أهداف
			// إسرائيلية»: the nationality of those fired at; refugees
			// are no party of their state.
			k = sc.firstSlot(j+2, j+4, func(s slot) bool {
				return s.adjectival() && !sc.st.x.lx.refugees[stripConj(sc.toks[s.adjOf].Norm)] && sc.struckNationals(s, j)
			})
		}
		if k < 0 {
			k = sc.placeFiredAt(j, author) // «صاروخا على جازان»
		}
		if k < 0 || sc.slots[k].person || sc.slots[k].group == sc.slots[author].group || sameActors(sc.slots[k], sc.slots[author]) {
			return -1
		}
		return k
	}
	return -1
}

// shooter returns the subject of a verbal noun of firing at token j, the
// actor between it and what is fired («إطلاق قوات إسرائيلية النار»,
// «بإطلاق الجيش الإسرائيلي الرصاص»); -1 if j holds none.
func (sc *sentenceCtx) shooter(j int) int {
	iw := &sc.st.x.lx.incidents
	var buf [6]string
	fire := false
	for _, r := range unarticled(buf[:0], sc.toks[j].Norm) {
		fire = fire || iw.fireNouns[r]
	}
	if !fire {
		return -1
	}
	k := sc.firstSlot(j+1, j+3, func(s slot) bool {
		return s.prep == "" && !s.person && !s.adjectival() && s.first == j+1 || s.adjectival() && s.adjOf == j+1 && (sc.isForceNoun(s.adjOf) || sc.st.x.lx.forces.soldiers[stripConj(sc.toks[s.adjOf].Norm)])
	})
	if k < 0 || !sc.fireObjectBetween(sc.slots[k].end, sc.slots[k].end+1) {
		return -1
	}
	return k
}

// asideReach is how long an aside on the dead may run («بينهم ثلاثة
// ناشطين في كتائب عز الدين القسام، الجناح العسكري لحركة حماس،»).
const asideReach = 16

// asideLength returns how many tokens the aside opened at j runs to its
// last comma before the act's author is named, 0 if no comma closes it.
func (sc *sentenceCtx) asideLength(j int) int {
	n := 0
	for i := j + 1; i < len(sc.toks) && i <= j+asideReach; i++ {
		t := sc.toks[i]
		if isComma(t) {
			n = i - j
			continue
		}
		if t.Kind == arabic.Punct && !isQuote(t) {
			break
		}
		if sc.st.x.lx.incidents.by.matchAt(sc.toks, i) > 0 {
			break
		}
	}
	return n
}

// placeFiredAt returns the slot of the place fire or missiles were sent at
// right after «على» at j, or after one noun («على مدينة نجران»), standing
// for the group that holds it or the state it is of (see heldTarget and
// foreignStrike); -1 if none or not struck as a foe.
func (sc *sentenceCtx) placeFiredAt(j, author int) int {
	if author < 0 {
		return -1
	}
	striker := sc.stateOf(sc.slots[author])
	for _, h := range sc.held {
		if h.first != j+1 && (h.first != j+2 || overlaps(sc.slots, j+1)) {
			continue
		}
		if h.ground && !sc.foreignStrike(striker, author, h.actors[0]) || !h.ground && (striker == "" || sameActors(h, sc.slots[author])) {
			return -1
		}
		sc.slots = append(sc.slots, h)
		return len(sc.slots) - 1
	}
	return -1
}
