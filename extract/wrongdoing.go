package extract

import (
	"fmt"
	"strings"

	"kg/arabic"
)

// wrongWords are the lists of data/wrongdoing.yaml: what, said of an actor
// in reported speech, accuses it.
type wrongWords struct {
	verbs      phraseSet       // «ارتكب», «يقف وراء»: conjugated, with the words after them
	words      phraseSet       // «انتهاك», «عدائية», «منظمة إرهابية»
	possessed  map[string]bool // «تصريحات» in «أن تصريحات ماكرون عدائية»
	blocked    map[string]bool // «تعرضت», «تحقق»: the subject is no wrongdoer
	claimVerbs map[string]bool // «خلص», «رأى»: verbs reporting a claim
	consider   map[string]bool // «اعتبر بيسكوف مزاعم كييف قمة السخرية»
	masdars    phraseSet       // «انتهاكات إيران»: the actor after it is the wrongdoer
	attacks    phraseSet       // «عدوان إسرائيل»: an attack noun that accuses its author too
	organs     map[string]bool // «أجهزة» in «أن أجهزة الأمن الروسية أمرت»: a state's own
	speakers   map[string]bool // «المبعوث» in «قال المبعوث الأمريكي»: speaks for a state
	// beforePredicate: words after which a judgement is no predicate
	// («وسط تصعيد خطير»); actComplement: blocked words that may follow an
	// act as its complement («العملية التركية ضد الأكراد»).
	beforePredicate, actComplement map[string]bool
	agentActs                      map[string]bool // «مضايقة» in «مضايقة السلطات السعودية للناشطين»
}

// Words allowed between the accused and the wrongdoing.
const (
	wrongVerbGap = 1 // «أن روسيا قد انتهكت»
	wrongWordGap = 4 // «أن روسيا لديها تاريخ معروف في انتهاك»
)

func loadWrongdoing(name string) (wrongWords, error) {
	var raw struct {
		Verbs      []string `yaml:"verbs"`
		Words      []string `yaml:"words"`
		Possessed  []string `yaml:"possessed"`
		Blocked    []string `yaml:"blocked"`
		ClaimVerbs []string `yaml:"claim_verbs"`
		Consider   []string `yaml:"consider_verbs"`
		Masdars    []string `yaml:"agent_masdars"`
		Attacks    []string `yaml:"agent_attacks"`
		Organs     []string `yaml:"organs"`
		Speakers   []string `yaml:"speakers"`
		Before     []string `yaml:"before_predicate"`
		Complement []string `yaml:"act_complement"`
		AgentActs  []string `yaml:"agent_acts"`
	}
	if err := decodeData(name, &raw); err != nil {
		return wrongWords{}, err
	}
	w := wrongWords{verbs: phraseSet{}, words: phrasesOf(raw.Words), possessed: wordSet(raw.Possessed),
		blocked: wordSet(raw.Blocked), claimVerbs: map[string]bool{}, consider: map[string]bool{},
		masdars: phrasesOf(raw.Masdars), attacks: phrasesOf(raw.Attacks), organs: wordSet(raw.Organs),
		speakers: wordSet(raw.Speakers), beforePredicate: wordSet(raw.Before), actComplement: wordSet(raw.Complement), agentActs: wordSet(raw.AgentActs)}
	for _, v := range raw.Verbs {
		stems, rest, _ := strings.Cut(v, " ")
		past, present, ok := strings.Cut(stems, "|")
		if !ok {
			return wrongWords{}, fmt.Errorf("%s: verb %q is not \"past|present\"", name, v)
		}
		for _, f := range conjugate(past, present) {
			w.verbs.add(f.form + " " + rest)
		}
	}
	var err error
	if w.claimVerbs, err = conjugatedSet(name, raw.ClaimVerbs); err != nil {
		return wrongWords{}, err
	}
	if w.consider, err = conjugatedSet(name, raw.Consider); err != nil {
		return wrongWords{}, err
	}
	return w, nil
}

// isClaimVerb reports whether w is a form of a verb reporting a claim.
func (lx *lexicon) isClaimVerb(w string) bool {
	for _, r := range conjReadings(w) {
		if lx.wrongs.claimVerbs[r] {
			return true
		}
	}
	return false
}

// wrongdoingAt finds wrongdoing said of an actor in what a speaker says:
// «قال مندوب بريطانيا إن روسيا لديها تاريخ في انتهاك القانون الدولي»,
// «خلصت الأمم المتحدة إلى أن الحكومة السورية استخدمت غاز السارين», «قال
// دي مايو إن تصريحات ماكرون عدائية». The actor is the subject of a clause
// a complementizer opens, or the possessor of its subject; a verb of
// wrongdoing follows it closely, a noun or adjective within a few words
// that make it no victim, judge or denier of the wrong.
func (lx *lexicon) wrongdoingAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	if f, ok := lx.wrongSubjectAt(toks, i, slots); ok {
		return f, true
	}
	if f, ok := lx.wrongOwnedAt(toks, i, slots); ok {
		return f, true
	}
	// «إن جرائم إسرائيل»: a word of both lists with no accused before it
	// may still have its author after it.
	return lx.wrongMasdarAt(toks, i, slots)
}

// wrongOwnedGap bounds the words between an act's owner and what is said
// of the act: «إن العملية العسكرية التركية ضد المسلحين الأكراد بمنطقة
// عفرين غير مبررة».
const wrongOwnedGap = 12

// wrongOwnedAt finds a judgement of an act whose owner stands right after
// it, far from the judgement: «قال إن العملية العسكرية التركية ضد
// المسلحين الأكراد غير مبررة», «اعتبر أن هجمات الرئيس الفلبيني على
// الحقوقيين غير مقبولة». The act opens what is said; its owner is its
// genitive or its nationality; the judgement is a bare predicate (no
// article, no preposition before it) with no clause, negation or
// condition between.
func (lx *lexicon) wrongOwnedAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	n := lx.wrongs.words.matchPeeledAt(toks, i)
	if n == 0 || i == 0 || stripConj(toks[i].Norm) != lx.wrongs.peelPredicate(toks[i].Norm) {
		return found{}, false // «بالخطير», «الانتهاكات»: no predicate
	}
	if lx.wrongs.beforePredicate[stripConj(toks[i-1].Norm)] {
		return found{}, false // «وسط تصعيد خطير», «إلى تصعيد خطير»
	}
	for c := i - 1; c >= 0 && i-c <= wrongOwnedGap; c-- {
		w := stripConj(toks[c].Norm)
		if lx.complementizer[w] || lx.wrongs.consider[w] {
			p := c + 1
			for p < i && isQuote(toks[p]) {
				p++
			}
			if p >= i {
				return found{}, false
			}
			if p+1 < i && lx.wrongs.possessed[stripConj(toks[p].Norm)] && lx.wrongs.isPossessed(toks[p+1].Norm) {
				p++ // «إن قرار نقل السفارة الأمريكية»: the act decided
			}
			k := -1
			if lx.wrongs.isPossessed(toks[p].Norm) {
				k = lx.actOwner(toks, slots, p)
			} else if peeledWordIn(lx.wrongs.agentActs, toks[p].Norm) {
				k = lx.actDoer(toks, slots, p)
			}
			if k < 0 || slots[k].end >= i {
				return found{}, false
			}
			for j := slots[k].end; j < i; j++ {
				if !lx.ownedGapWord(toks, j, slots) {
					return found{}, false
				}
			}
			return found{i: i, end: i + n, t: trigger{rel: Accuse, kind: nounTrigger}, wrong: true, dest: slots[k].first}, true
		}
		if toks[c].Kind != arabic.Word && !isQuote(toks[c]) {
			return found{}, false
		}
	}
	return found{}, false
}

// actOwner returns the actor slot owning the act noun at p: its genitive
// right after it («تصريحات بولتن») or its own nationality («العملية
// العسكرية التركية»); not a nationality of a noun inside the act («قرار
// طرد الدبلوماسيين الروس» strikes the Russians). -1 if none.
func (lx *lexicon) actOwner(toks []arabic.Token, slots []slot, p int) int {
	// «العملية العسكرية التركية»: the nationality after an adjective of the
	// act, both with the article.
	adjective := p+1 < len(toks) && hasArticle(stripConj(toks[p].Norm)) && hasArticle(toks[p+1].Norm)
	for k, s := range slots {
		if s.prep != "" {
			continue
		}
		if s.adjectival() && s.adjOf == p || s.first == p+1 || adjective && s.first == p+2 && s.end == p+3 && hasArticle(toks[s.first].Norm) {
			return k
		}
	}
	return -1
}

// actDoer returns the actor slot right after the act noun at p that does
// the act to one named after «ل»: «مضايقة السلطات السعودية للناشطين».
// -1 if none.
func (lx *lexicon) actDoer(toks []arabic.Token, slots []slot, p int) int {
	for k, s := range slots {
		if s.first != p+1 || s.prep != "" || s.adjectival() || s.end >= len(toks) {
			continue
		}
		e := s.end
		if e+1 < len(toks) && strings.HasPrefix(toks[e].Norm, "ال") {
			e++ // «مضايقة السلطات السعودية المتواصلة للناشطات»
		}
		if w := toks[e].Norm; len([]rune(w)) > 3 && strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لا") && !strings.HasPrefix(w, "لم") && !strings.HasPrefix(w, "لن") && !strings.HasPrefix(w, "لدي") {
			return k
		}
	}
	return -1
}

// ownedGapWord reports whether token j may stand between an act's owner and
// the judgement of the act: a word of the act's complement («ضد المسلحين
// الأكراد»), not a clause, negation, condition, denial or another subject.
func (lx *lexicon) ownedGapWord(toks []arabic.Token, j int, slots []slot) bool {
	t := toks[j]
	if isQuote(t) {
		return true
	}
	if t.Kind != arabic.Word {
		return false
	}
	w := stripConj(t.Norm)
	if w != t.Norm && j > 0 && !isQuote(toks[j-1]) {
		return false // «و» opens another clause or act
	}
	if lx.complementizer[w] || lx.relative[w] || lx.negation.matchAt(toks, j) > 0 || lx.denial[w] {
		return false
	}
	if lx.wrongs.blocked[w] && !lx.wrongs.actComplement[w] {
		return false
	}
	for _, s := range slots {
		if s.first == j && s.prep == "" && !s.adjectival() {
			return false // «إن قرار ترامب يجعل إيران …»: another subject
		}
	}
	return true
}

// wrongSubjectAt finds a verb, noun or adjective of wrongdoing whose
// accused stands before it, as wrongdoingAt describes.
func (lx *lexicon) wrongSubjectAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	n := lx.wrongs.verbs.matchAt(toks, i)
	gap := wrongVerbGap
	if n == 0 {
		n, gap = lx.wrongs.words.matchPeeledAt(toks, i), wrongWordGap
	}
	if n == 0 {
		return found{}, false
	}
	j := i - 1 // the word before the wrongdoing, back to the accused
	for ; j >= 0 && i-1-j < gap; j-- {
		if lx.slotEnds(slots, j+1, true) >= 0 {
			break
		}
		if !lx.wrongGapWord(toks, j) {
			return found{}, false
		}
	}
	k := lx.slotEnds(slots, j+1, true)
	if k < 0 {
		return found{}, false
	}
	s := slots[k]
	if s.end == i && hasArticle(stripConj(toks[i].Norm)) && hasArticle(stripConj(toks[i-1].Norm)) {
		// «إن الجيش الروسي المسؤول عن العمليات أعلن»: a word with the
		// article right after a noun phrase with it describes it; after a
		// name it is said of it («إن إيران المسؤولة عن التفجير»).
		return found{}, false
	}
	c := s.first - 1
	if s.adjectival() {
		// «أن أجهزة الأمن الروسية أمرت»: the noun the nationality qualifies,
		// a word or two before it.
		for c = s.first - 1; c > 0 && s.first-c < 3 && !lx.complementizer[stripConj(toks[c].Norm)]; c-- {
			if toks[c].Kind != arabic.Word {
				return found{}, false
			}
		}
		if !lx.wrongs.organs[toks[c+1].Norm] && !lx.wrongs.isPossessed(toks[c+1].Norm) {
			// «أن الصحفي الروسي»: no organ of the state, nor its act or
			// word («أن السياسة الأمريكية عدائية»)
			return found{}, false
		}
	}
	if c > 0 && !s.adjectival() && lx.wrongs.organs[stripConj(toks[c].Norm)] {
		c-- // «أن أجهزة [الأمن الروسية]»
	}
	possessed := c > 0 && lx.wrongs.possessed[stripConj(toks[c].Norm)]
	if possessed {
		c-- // «أن تصريحات ماكرون»
	}
	if c > 0 && lx.copula[toks[c].Norm] {
		c-- // «أن تكون موسكو»
	}
	if c < 0 || !lx.complementizer[stripConj(toks[c].Norm)] && !lx.consideredBy(toks, c, slots) && lx.colonSpeaker(toks, c, slots) < 0 {
		return found{}, false
	}
	return found{i: i, end: i + n, t: trigger{rel: Accuse, kind: nounTrigger}, wrong: true, dest: s.first}, true
}

// peelPredicate returns word without its conjunction and any article or
// preposition prefix a judgement may not carry as a bare predicate.
func (w wrongWords) peelPredicate(word string) string {
	word = stripConj(word)
	for _, p := range []string{"بال", "لل", "ال", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(word, p); ok && len(w.words[rest]) > 0 {
			return rest
		}
	}
	return word
}

// isPossessed reports whether w, with or without the article, is a noun of
// what an actor says or does («التصريحات» in «أن التصريحات التركية»).
func (w wrongWords) isPossessed(word string) bool {
	return peeledWordIn(w.possessed, word)
}

// colonSpeaker returns the actor slot right before a colon at token c (a
// quote may follow it): «لافروف: واشنطن تنتهك القانون الدولي» quotes him.
// -1 if none.
func (lx *lexicon) colonSpeaker(toks []arabic.Token, c int, slots []slot) int {
	if c < 0 {
		return -1 // the accused opens the sentence («التدخلات الإيرانية!»)
	}
	for c > 0 && isQuote(toks[c]) {
		c--
	}
	if toks[c].Norm != ":" {
		return -1
	}
	return lx.slotEnds(slots, c, false)
}

// consideredBy reports whether token c ends the subject of a verb of
// considering right before it: «اعتبر بيسكوف [مزاعم كييف قمة السخرية]»,
// «تعتبر أنقرة [الميليشيات الكردية جماعة إرهابية]».
func (lx *lexicon) consideredBy(toks []arabic.Token, c int, slots []slot) bool {
	for _, s := range slots {
		if s.end == c+1 && s.first > 0 && lx.wrongs.consider[stripConj(toks[s.first-1].Norm)] {
			return true
		}
	}
	return false
}

// wrongMasdarAt finds a noun of wrongdoing with its author after it in
// what a speaker says: «قال إن انتهاكات إيران للاتفاق …», «أكد أن تدخل
// روسيا في الانتخابات …». Its author is accused; a word before it that
// fights, probes or denies the wrong («وقف انتهاكات إيران») is no
// accusation. A nationality adjective names the author too: «قال إن
// الانتهاكات الإسرائيلية …».
func (lx *lexicon) wrongMasdarAt(toks []arabic.Token, i int, slots []slot) (found, bool) {
	n := lx.wrongs.masdars.matchPeeledAt(toks, i)
	if n == 0 {
		return found{}, false
	}
	var target slot
	ok := false
	for _, s := range slots {
		if s.first == i+n && s.prep == "" {
			target, ok = s, true
		}
	}
	if !ok {
		return found{}, false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if lx.complementizer[stripConj(toks[j].Norm)] {
			break // «إن انتهاكات إيران»: what is said starts here
		}
		if toks[j].Kind == arabic.Word && !lx.wrongGapWord(toks, j) {
			return found{}, false
		}
	}
	// «قال إن الانتهاكات الإسرائيلية …»: a nationality on the noun names
	// its author as the genitive does; only right after it, as its own
	// adjective («انتهاكات جسيمة إسرائيلية» is rare and loose).
	if target.adjectival() && (target.adjOf < i || target.adjOf >= i+n) {
		return found{}, false
	}
	return found{i: i, end: i + n, t: trigger{rel: Accuse, kind: nounTrigger}, wrong: true, dest: target.first}, true
}

// slotEnds returns the actor slot with no preposition ending right before
// token end, -1 if none; a nationality adjective only if adjectives count.
func (lx *lexicon) slotEnds(slots []slot, end int, adjectives bool) int {
	for k, s := range slots {
		if s.end == end && s.prep == "" && (adjectives || !s.adjectival()) {
			return k
		}
	}
	return -1
}

// wrongGapWord reports whether token j may stand between an accused actor
// and the wrongdoing said of it: a word, not a negation, a blocking word, a
// complementizer or a trigger of another act.
func (lx *lexicon) wrongGapWord(toks []arabic.Token, j int) bool {
	t := toks[j]
	if isQuote(t) {
		return true // «إن سوريا "ليس لديها الصلاحية"»: the words quoted
	}
	if t.Kind != arabic.Word {
		return false
	}
	w := stripConj(t.Norm)
	if lx.wrongs.blocked[w] || lx.wrongs.blocked[t.Norm] || lx.complementizer[w] || lx.relative[w] {
		return false
	}
	if peeledTokenIn(lx.wrongs.blocked, t) {
		return false // «للتصدي للعدوان الروسي»: a preposition on the blocking word
	}
	if lx.negation.matchAt(toks, j) > 0 || lx.denial[w] {
		return false
	}
	if _, ok := lx.triggerAt(toks, j); ok {
		return false
	}
	return true
}

// wrongdoing builds the accusation of wrongdoing said of an actor: the
// speaker accuses the actor named at f.dest.
func (sc *sentenceCtx) wrongdoing(f found) {
	for _, t := range sc.toks {
		if t.Norm == "؟" || t.Norm == "?" {
			return // a question asks, it does not accuse
		}
	}
	target := sc.slotStartingAt(f.dest)
	if target < 0 {
		return
	}
	c := sc.slots[target].first - 1
	if s := sc.slots[target]; s.adjectival() {
		c = s.adjOf - 1
	}
	for c > 0 && sc.toks[c].Kind == arabic.Word && sc.toks[c].Norm != ":" && !isQuote(sc.toks[c]) && f.dest-c < 4 {
		c-- // past an organ or a possessed noun to the colon
	}
	if agent := sc.st.x.lx.colonSpeaker(sc.toks, c, sc.slots); agent >= 0 {
		if sc.slots[agent].group != sc.slots[target].group && !sameActors(sc.slots[agent], sc.slots[target]) {
			sc.add(Accuse, f, sc.groupOf(agent), sc.groupOf(target), Source, Target, confClause)
		}
		return
	}
	sc.spoken(Accuse, f, target)
}
