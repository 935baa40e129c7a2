package extract

import (
	"slices"
	"strings"
	"time"

	"kg/actor"
	"kg/arabic"
)

// Slots the reading adds beside the text's own lists stand in a group of
// their own: a base for their kind plus their first token. Kinds that share
// a base never start on one token.
const (
	pairGroup       = 1000 // «البلدين», «واتفقا»: the two sides named before it
	ownCountryGroup = 2000 // «بلاده»: the state of the one named before it
	loneGroup       = 3000 // a surname alone, or a member commas alone set off
	carriedGroup    = 5000 // the first actor of the sentence before, carried on
	speakerGroup    = 6000 // the speaker of the sentence before, on the verb that goes on with it
	sideGroup       = 6000 // forces named by their side («القوات الحكومية»)
	placeGroup      = 7000 // a place struck: held by a group, or a state's ground
	recalledGroup   = 7000 // the author of an act the article told before
	destGroup       = 8000 // where a thing is moved («إلى القدس»)
	impliedGroup    = 4000 // the speaker of the sentence before, on a speech verb with no subject of its own
)

// slot is one place in a sentence that names actors: a name, a title with a
// nationality («الرئيس الروسي»), an institution («وزارة الخارجية الروسية»),
// a capital, a bare nationality adjective, or a word that refers to the last
// two sides («الجانبين»).
type slot struct {
	first, end int      // token range [first, end)
	actors     []string // actor ids: one, or two for a dual reference
	prep       string   // the preposition that governs it, normalized ("" for none)
	adjOf      int      // for a bare nationality adjective, the token of the noun it qualifies; -1 otherwise
	group      int      // slots joined by و or a comma share a group
	title      string   // the office, when a title named it
	person     bool
	// namedBack marks the speaker of the sentence before, named back on a
	// speech verb that opens a clause («وقال البيان إن …», «وأضاف أن …»).
	namedBack bool
	// place marks a state or capital named by its name alone («موسكو»,
	// «بسوريا»): after ب it may be where something happened.
	place bool
	// ground marks a state's city or region («جازان»): only ever struck.
	ground bool
	// people marks a plural nationality read as the people it names
	// («الفلسطينيون» after a verb), not as an adjective.
	people bool
	// rebel marks insurgents named by a common noun («المتمردين»).
	rebel bool
	// anaphor marks a party named by its head noun alone («التنظيم»).
	anaphor bool
	// body marks a body named by its head noun alone («الحلف»).
	body bool
	// office marks a slot a title named («المتحدث باسم الحكومة الفلسطينية»).
	office bool
	// institution marks a slot opened by a state's institution
	// («الخارجية الإماراتية»).
	institution bool
	// articlePair marks a dual that takes the article's most named pair,
	// no pair of its own sentence («الجانبان» far from who they are).
	articlePair bool
	// nameEnd, when not 0, ends the person's name inside a slot that goes
	// on with the person's office («إياد علاوي نائب الرئيس العراقي»).
	nameEnd int
	// org is the organization whose office the slot's person was found by
	// holding («الأمين العام للأمم المتحدة»), when no name followed.
	org string
	// collective, when not 0, is one more than the token of the noun of a
	// group of states the slot is a member of («القوى الست، بريطانيا
	// والصين…»): the members are one side, not sides of each other.
	collective int
}

// adjectival reports whether the slot is a nationality adjective qualifying
// a noun («الوساطة الروسية») rather than naming an actor outright.
func (s slot) adjectival() bool { return s.adjOf >= 0 }

// slotResolver turns gazetteer mentions of one sentence into slots.
type slotResolver struct {
	x    *Arabic
	toks []arabic.Token
	day  time.Time
	// lastTitle is the office of the last person named by a title, the
	// reference of «نظيره» (his counterpart).
	lastTitle string
	lastPair  [2]string
	surnames  map[string]string // see articleState
	newActors []actor.Actor     // people introduced in this sentence (see introduced)
	// introducedSoFar are the people earlier sentences introduced.
	introducedSoFar []actor.Actor
	// lastPerson is the last person named in the article before this
	// sentence, for «بلاده» when the sentence names none.
	lastPerson string
	// homeState returns the state the article is about and lastArmy is the
	// state of the last army it named, for forces named without a state.
	homeState func() string
	lastArmy  string
	// lastCoalition is the last coalition named (see forceSlots).
	lastCoalition string
	// lastParty maps a party or body head («تنظيم», «الاتحاد») to the last
	// party or body named with it (see partyAt, bodyAt); shared with the
	// article until ownsParties, then this sentence's copy.
	lastParty   map[string]string
	ownsParties bool
}

func (r *slotResolver) resolve(ms []actor.Mention) []slot {
	var out []slot
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		s := slot{first: m.First, end: m.End, adjOf: -1, group: len(out)}
		next := func() (actor.Mention, bool) {
			if i+1 < len(ms) && ms[i+1].First == s.end {
				return ms[i+1], true
			}
			return actor.Mention{}, false
		}
		joined := false
		if m.Kind == actor.MentionName && r.adjectiveName(m) {
			continue // «دعم مالي»: financial support, not Mali
		}
		if r.otherBearer(m) {
			if r.surnames != nil {
				r.surnames[r.toks[m.First].Norm] = "" // the bare surname is theirs too
			}
			continue
		}
		if id, ok := r.surname(m); ok {
			if id == "" {
				continue
			}
			m.Kind, m.Actor = actor.MentionName, id
		} else if m.Kind == actor.MentionName && r.x.nisbaShaped(m.Actor, r.toks[m.End-1].Norm) && r.afterFeminineNoun(m.First) && !r.listsStates(ms, i) {
			m.Kind = actor.MentionNisba // «بوساطة روسية»: روسية is the adjective here
		} else if m.Kind == actor.MentionName && r.joinsNisba(out, m) {
			m.Kind, joined = actor.MentionNisba, true // «غارات روسية وسورية»: both states strike
		}
		switch m.Kind {
		case actor.MentionName:
			s.actors = []string{m.Actor}
			if a, ok := r.actor(m.Actor); ok && a.Type == actor.Person {
				s.person = true
			} else if ok && a.Type == actor.State {
				s.place = true
			}
		case actor.MentionMetonym:
			s.actors = []string{m.Actor}
			s.place = true
		case actor.MentionTitle, actor.MentionCounterpart:
			i = r.titleChain(ms, i, &s)
			s.office = true
		case actor.MentionInstitution:
			s.institution = true
			if n, ok := next(); ok && (n.Kind == actor.MentionTitle || n.Kind == actor.MentionCounterpart) {
				// «قوات الرئيس بشار الأسد»: the institution of whoever the
				// title names.
				var t slot
				i = r.titleChain(ms, i+1, &t)
				s.end = max(s.end, t.end)
				if len(t.actors) > 0 {
					s.actors = []string{r.stateOrSelf(t.actors[0], actor.MentionName)}
				}
			} else if ok && n.Kind != actor.MentionInstitution {
				s.actors = []string{r.stateOrSelf(n.Actor, n.Kind)}
				s.end = n.End
				i++
			} else if j := r.loyalTo(m.End); j >= 0 && i+1 < len(ms) && ms[i+1].First == j {
				// «القوات الموالية للأسد», «مجموعات تابعة لإيران»
				n := ms[i+1]
				s.actors = []string{n.Actor}
				if state := r.homePatron(m.End, ms[i+2:]); n.Actor == "" && state != "" {
					s.actors = []string{state} // «للنظام»: a body of no named state
				}
				s.end = n.End
				i++
			} else if state := r.homePatron(m.End, ms[i+1:]); state != "" {
				// «القوات الموالية للنظام», «للحكومة»: the home state's.
				s.actors = []string{state}
				s.end = m.End + 2
			} else if i+1 < len(ms) && ms[i+1].First == m.End+1 && r.toks[m.End].Norm == "في" &&
				(ms[i+1].Kind == actor.MentionName || ms[i+1].Kind == actor.MentionMetonym) {
				// «النظام في سوريا»
				s.actors = []string{r.stateOrSelf(ms[i+1].Actor, ms[i+1].Kind)}
				s.end = ms[i+1].End
				i++
			}
		case actor.MentionNisba:
			if !joined && r.uncountedAccusative(m) || r.givenNameOfPerson(m) {
				continue
			}
			s.actors = []string{m.Actor}
			if n, ok := next(); ok && n.Kind == actor.MentionName && r.isPerson(n.Actor) && r.countryOf(n.Actor) == r.countryOf(m.Actor) {
				// «والتركي خلوصي أكار»: a nationality before a compatriot's
				// name, the title left out after a list's first member.
				s.actors, s.end, s.person = []string{n.Actor}, n.End, true
				i++
			} else if k := len(out) - 1; k >= 0 && out[k].end == m.First && m.Prefix == "و" && pluralCounterpartAt(ms, out[k].first) {
				// «بنظيريه التركي والإيراني»: the second counterpart, a side
				// like the first.
				s.group = out[k].group
				if p, ok := r.x.lex.Holder(out[k].title, r.countryOf(m.Actor), "", r.day); ok && out[k].title != "" {
					s.actors, s.person = []string{p.ID}, true
				}
				out = append(out, s)
				out[len(out)-1].prep = out[k].prep
				continue
			} else if len(out) > 0 && out[len(out)-1].end == m.First && r.qualifiesGroup(out[len(out)-1]) {
				continue // «ميليشيات الحوثي الإيرانية»: it describes the group
			} else if len(out) > 0 && out[len(out)-1].end == m.First && !out[len(out)-1].person {
				// «مسؤولون سوريون وأتراك»: a second nationality joins the first.
				s.group = out[len(out)-1].group

			} else if r.ofCompany(m) {
				continue // «شركة غازبروم الروسية», «"ميرسك" الدنماركية»
			} else if m.Plural && (r.afterVerb(m.First) || r.joinsPeople(out, m)) {
				// «وطالب الفلسطينيون بـ…», «دعا السعوديين إلى …»: a people
				// right after a verb is its subject or object, not an
				// adjective of the verb.
				s.people = true
			} else {
				s.adjOf = r.headNoun(m)
			}
		}
		if len(s.actors) == 0 {
			continue
		}
		if m.Kind == actor.MentionName && !s.person && !s.place {
			if head := r.quotedGroupHead(s.first); head != s.first {
				s.first, m.Prefix = head, firstClitic(r.toks[head].Norm) // «لحركة "حماس"»
			}
		}
		s.prep = r.prepOf(s.first, m)
		out = append(out, s)
	}
	out = r.apposition(out)
	r.collectiveMembers(out)
	out = append(out, r.surnameSlots(out)...)
	out = append(out, r.dualSlots(out)...)
	out = append(out, r.ownCountrySlots(out)...)
	forces, lastArmy, lastCoalition := r.forceSlots(out)
	out, r.lastArmy, r.lastCoalition = append(out, forces...), lastArmy, lastCoalition
	r.group(out)
	return out
}

// collectiveMembers widens the first member of a list of two or more that
// brackets or a comma set off right after a noun of a group of states
// («بين إيران والقوى الست، بريطانيا والصين…», «الدول الأربع (السعودية
// والإمارات…)», «الدول الأربع، وهي مصر والسعودية…») over that noun: the
// members are the party the noun names, so they take its place in the
// sentence, its preposition and the list it joins.
func (r *slotResolver) collectiveMembers(ss []slot) {
	inSlot := covered(ss, len(r.toks))
	for k := 0; k+1 < len(ss); k++ {
		s, n := &ss[k], ss[k+1]
		if s.person || s.adjectival() || s.prep != "" || r.opensWithConj(*s) ||
			n.first < s.end || n.first-s.end > 1 || !r.opensWithConj(n) {
			continue
		}
		sep := s.first - 1
		// «والدول العظمى وهي الولايات المتحدة…»: «وهي» sets the list off
		// as a comma does.
		pronoun := sep > 0 && r.x.lx.memberPronouns[r.toks[sep].Norm]
		if pronoun && sep > 1 && isComma(r.toks[sep-1]) {
			sep--
		}
		if sep < 1 || !pronoun && !isComma(r.toks[sep]) && r.toks[sep].Norm != "(" {
			continue
		}
		// Up to four words may qualify the noun («الست الكبرى»,
		// «العربية الأربع الداعية لمكافحة الإرهاب»).
		for j := sep - 1; j >= 0 && j >= sep-5 && !inSlot[j]; j-- {
			t := r.toks[j]
			if t.Kind == arabic.Punct && t.Norm != "+" {
				break
			}
			head := peeledFormIn(r.x.lx.collectiveHeads, t.Norm)
			if head == "" {
				continue
			}
			s.first = j
			s.prep = r.prepOf(j, actor.Mention{Prefix: strings.TrimSuffix(t.Norm, head)})
			s.collective = j + 1
			// «(الولايات المتحدة، وبريطانيا، والصين…)»: a comma may stand
			// before each «و».
			for m := k + 1; m < len(ss) && r.opensWithConj(ss[m]) && (ss[m].first == ss[m-1].end ||
				ss[m].first == ss[m-1].end+1 && isComma(r.toks[ss[m-1].end])); m++ {
				ss[m].collective = j + 1
			}
			break
		}
	}
}

// pluralCounterpartAt reports whether a plural or dual counterpart
// («نظيريه», «نظرائه») starts at token first.
func pluralCounterpartAt(ms []actor.Mention, first int) bool {
	for _, m := range ms {
		if m.First == first && m.Kind == actor.MentionCounterpart && m.Plural {
			return true
		}
	}
	return false
}

// givenNameOfPerson reports whether the nisba m is a given name spelled
// like it, starting a person's name: before a word that joins a name
// (name_links: «تركي آل الشيخ», «تركي بن طلال») or after an honorific
// («الأمير تركي الفيصل»).
func (r *slotResolver) givenNameOfPerson(m actor.Mention) bool {
	first := m.First
	for first < m.End-1 && r.x.lx.honorifics[stripConj(r.toks[first].Norm)] {
		first++ // the mention may hold the honorific: «الأمير تركي»
	}
	if m.End-first != 1 || !r.x.lx.givenNames[r.toks[first].Norm] {
		return false
	}
	if first > m.First || first > 0 && r.x.lx.honorifics[stripConj(r.toks[first-1].Norm)] {
		return true
	}
	return m.End < len(r.toks) && r.x.lx.nameLinks[r.toks[m.End].Norm]
}

// uncountedAccusative reports whether m is a nisba in the indefinite
// accusative («فلسطينيا», «أمريكيا») that neither follows a count nor
// qualifies an indefinite accusative noun: «قتل 61 فلسطينيا» and «طردت
// ألمانيا دبلوماسيا إيرانيا» name people by their state, but alone the form
// is too often read wrong or is an adverb («المدعومة إيرانيا»).
func (r *slotResolver) uncountedAccusative(m actor.Mention) bool {
	w := stripConj(r.toks[m.First].Norm)
	if m.End-m.First != 1 || !strings.HasSuffix(w, "يا") || hasArticle(w) {
		return false
	}
	for j := m.First - 1; j >= 0 && j >= m.First-2; j-- {
		if r.toks[j].Kind == arabic.Number || r.x.lx.incidents.counts[stripConj(r.toks[j].Norm)] {
			return false // «قتل 61 فلسطينيا», «قتل نحو ستين فلسطينيا»
		}
	}
	if j := m.First - 1; j >= 0 && r.toks[j].Kind == arabic.Word {
		p := r.toks[j].Norm
		return !strings.HasSuffix(p, "ا") || hasArticle(p)
	}
	return true
}

// apposition joins a state named by a title («أمير قطر», «وزير الدولة
// الإماراتي للشؤون الخارجية») and the person of that state named right
// after it («الشيخ تميم بن حمد», «الدكتور أنور قرقاش») into one slot: the
// person. Up to three words (an honorific, the rest of the office) or a
// comma may stand between.
func (r *slotResolver) apposition(ss []slot) []slot {
	out := ss[:0]
	for k := 0; k < len(ss); k++ {
		s := ss[k]
		if k+1 < len(ss) && !s.person && !s.adjectival() && len(s.actors) == 1 && s.title == "" {
			n := ss[k+1]
			if n.person && len(n.actors) == 1 && n.first > s.end-1 && n.first-s.end <= 3 && r.plainGap(s.end, n.first) &&
				(r.stateOrSelf(n.actors[0], actor.MentionName) == s.actors[0] || r.servesOrg(n.actors[0], s.actors[0])) && s.first != s.end-1 {
				n.first, n.prep, n.group = s.first, s.prep, s.group
				out = append(out, n)
				k++
				continue
			}
		}
		if k+1 < len(ss) && r.namedAfterComma(s, ss[k+1]) {
			// «الرئيس الروسي، فلاديمير بوتين،»: title and name are one
			// slot, so the comma after the name closes the apposition and
			// what follows is the verb's object, not a list's next member.
			n := ss[k+1]
			n.first, n.prep, n.group, n.title, n.office = s.first, s.prep, s.group, s.title, s.office
			out = append(out, n)
			k++
			continue
		}
		if n, ok := r.officeNamedBetweenCommas(ss, k, out); ok {
			// «نائب قائد الحرس الثوري الإيراني، حسين سلامي،», «السفيرة
			// الأمريكية لدى الأمم المتحدة، نيكي هايلي،»: the office, its
			// complement and the name are one slot, so the comma after the
			// name closes it and what follows is the verb's object.
			if n.first < s.first {
				out = out[:len(out)-1]
			}
			out = append(out, n)
			k++
			continue
		}
		if k+1 < len(ss) && s.org != "" {
			// «الأمين العام للأمم المتحدة أنطونيو غوتيريش»: the name after
			// the office is who holds it.
			n := ss[k+1]
			if n.person && len(n.actors) == 1 && n.first >= s.end && n.first-s.end <= 1 && r.plainGap(s.end, n.first) && r.servesOrg(n.actors[0], s.org) {
				n.first, n.prep, n.group = s.first, s.prep, s.group
				out = append(out, n)
				k++
				continue
			}
		}
		if k+1 < len(ss) && s.person && len(s.actors) == 1 && !s.adjectival() && r.officeAfter(s, ss[k+1]) && !r.spokesmanOf(ss, k+1) {
			s.nameEnd, s.end = s.end, ss[k+1].end
			out = append(out, s)
			k++
			continue
		}
		out = append(out, s)
	}
	return out
}

// officeNamedBetweenCommas returns person ss[k+1] widened over the office
// before it, when commas set the name off and the office is a body or title
// of the person's own state, right before the name or before a complement
// that ss[k] names («السفيرة الأمريكية لدى الأمم المتحدة، نيكي هايلي،»);
// out holds the slots already kept, the office last when ss[k] is its
// complement.
func (r *slotResolver) officeNamedBetweenCommas(ss []slot, k int, out []slot) (slot, bool) {
	if k+1 >= len(ss) {
		return slot{}, false
	}
	s, n := ss[k], ss[k+1]
	if !n.person || len(n.actors) != 1 || n.first != s.end+1 || !isComma(r.toks[s.end]) ||
		n.end >= len(r.toks) || !isComma(r.toks[n.end]) || s.person || len(s.actors) != 1 {
		return slot{}, false
	}
	home := r.stateOrSelf(n.actors[0], actor.MentionName)
	if home == n.actors[0] {
		return slot{}, false
	}
	office := s
	if r.stateOrSelf(s.actors[0], actor.MentionName) != home || s.adjectival() {
		// «لدى الأمم المتحدة»: a complement of the office before it.
		if s.prep == "" || len(out) == 0 {
			return slot{}, false
		}
		office = out[len(out)-1]
		if office.person || office.adjectival() || len(office.actors) != 1 || s.first-office.end != 1 || office.end > s.first ||
			r.stateOrSelf(office.actors[0], actor.MentionName) != home {
			return slot{}, false
		}
	}
	n.first, n.prep, n.group, n.title, n.office = office.first, office.prep, office.group, office.title, office.office
	return n, true
}

// namedAfterComma reports whether person n, set off by a comma right after
// slot s, names who s's office or name stands for: the same person, or a
// compatriot of the office the lexicon does not list as its holder.
func (r *slotResolver) namedAfterComma(s, n slot) bool {
	if !n.person || len(n.actors) != 1 || len(s.actors) != 1 || s.adjectival() || n.prep != "" ||
		n.first != s.end+1 || !isComma(r.toks[s.end]) {
		return false
	}
	if s.person && s.actors[0] == n.actors[0] {
		return true
	}
	return s.office && s.person && s.title != "" && r.countryOf(s.actors[0]) != "" && r.countryOf(s.actors[0]) == r.countryOf(n.actors[0])
}

// officeAfter reports whether n, right after person p (a comma may stand
// between), is p's own office: a title of p's state whose holder the
// lexicon does not know («يوسف المحمود المتحدث باسم الحكومة الفلسطينية»,
// «منصور العتيبي، مندوب الكويت»). Read apart, the office would stand for
// the state and be taken for the object of the verb.
func (r *slotResolver) officeAfter(p, n slot) bool {
	// Between commas the office may open with words the lexicon lacks
	// («أنور قرقاش، وزير الدولة للشؤون الخارجية الإماراتي،»).
	gap := 1
	if p.end < len(r.toks) && isComma(r.toks[p.end]) && n.end < len(r.toks) && isComma(r.toks[n.end]) {
		gap = 5
	}
	if !(n.office || gap > 1 && n.institution) || len(n.actors) != 1 || n.first < p.end || n.first-p.end > gap || !r.plainGap(p.end, n.first) ||
		n.end-n.first < 2 || n.adjectival() || n.people || n.prep != "" {
		return false
	}
	// «المتحدث باسم التحالف العربي»: a spokesman speaks for a body of any
	// kind, not only for the person's state.
	// Only right after the name or its comma: «نصر الله التقى الناطق
	// باسم الحوثيين» names two sides.
	next := n.first == p.end || n.first == p.end+1 && isComma(r.toks[p.end])
	if next && r.x.lx.spokesmen[r.toks[n.first].Norm] && n.first+1 < n.end && r.toks[n.first+1].Norm == "باسم" && !n.person {
		return true
	}
	return !n.person && r.isState(n.actors[0]) && r.stateOrSelf(p.actors[0], actor.MentionName) == n.actors[0]
}

// spokesmanOf reports whether the spokesman's office ss[k] is followed at
// once by the person who holds it («التقى نصر الله الناطق باسم الحوثيين
// محمد عبد السلام»): the office is that person's, not the one before.
func (r *slotResolver) spokesmanOf(ss []slot, k int) bool {
	return r.x.lx.spokesmen[r.toks[ss[k].first].Norm] && k+1 < len(ss) && ss[k+1].person && ss[k+1].first == ss[k].end
}

// servesOrg reports whether person id held an office of organization org
// («الأمين العام للأمم المتحدة أنطونيو غوتيريش»).
func (r *slotResolver) servesOrg(id, org string) bool {
	a, ok := r.actor(id)
	if !ok {
		return false
	}
	for _, role := range a.Roles {
		if role.Org == org {
			return true
		}
	}
	return false
}

// plainGap reports whether tokens [from, to) are words that are no particle
// or preposition, or commas.
func (r *slotResolver) plainGap(from, to int) bool {
	for _, t := range r.toks[from:to] {
		if t.Norm == "،" || t.Norm == "," {
			continue
		}
		if t.Kind != arabic.Word || r.x.lx.isFunctionWord(t.Norm) && !strings.HasPrefix(t.Norm, "لل") {
			return false
		}
	}
	return true
}

// overlaps reports whether token i lies inside one of the slots.
func overlaps(ss []slot, i int) bool {
	for _, s := range ss {
		if s.first <= i && i < s.end {
			return true
		}
	}
	return false
}

// covered marks the tokens, of n, that lie inside one of the slots: what
// overlaps says of each, in one pass rather than one per token.
func covered(ss []slot, n int) []bool {
	in := make([]bool, n)
	for _, s := range ss {
		for i := max(s.first, 0); i < s.end && i < n; i++ {
			in[i] = true
		}
	}
	return in
}

// surname reports whether a one-word mention is the surname of a person
// named in full earlier in the article. A bare name the lexicon gives to
// someone in office on the day («ترامب») stays theirs when the one named
// earlier holds no office («ميلانيا ترامب»).
func (r *slotResolver) surname(m actor.Mention) (string, bool) {
	if m.End-m.First != 1 || len(r.surnames) == 0 {
		return "", false
	}
	id, ok := r.surnames[strings.TrimPrefix(r.toks[m.First].Norm, m.Prefix)]
	if ok && id != m.Actor && m.Kind == actor.MentionName && r.inOffice(m.Actor) && !r.inOffice(id) {
		return "", false
	}
	return id, ok
}

// otherBearer reports whether a person named by one word comes right after
// a given name that is none of theirs: «إيريك شولتز» is not Olaf Scholz, nor
// «علي المقداد» Faisal Mekdad, but someone else of the same family name.
func (r *slotResolver) otherBearer(m actor.Mention) bool {
	if m.Kind != actor.MentionName || m.End-m.First != 1 || m.Prefix != "" || m.First == 0 {
		return false
	}
	t := r.toks[m.First-1]
	w := stripConj(t.Norm)
	// «على ترامب» normalizes like the name «علي»
	if !r.x.lx.givenNames[w] || r.x.lx.isFunctionWord(w) && !strings.HasSuffix(t.Text, "ي") {
		return false
	}
	// «وصف كيم ترامب»: the word before is the name of someone else the
	// story has named, so these are two people.
	if id := r.surnames[w]; id != "" && id != m.Actor {
		return false
	}
	a, ok := r.actor(m.Actor)
	if !ok || a.Type != actor.Person {
		return false
	}
	// The given names before the surname, a father's name among them
	// («إبراهيم أحمد غندور»): one of them the person's is enough.
	given := []string{w}
	for j := m.First - 2; j >= 0 && j >= m.First-3 && r.x.lx.givenNames[stripConj(r.toks[j].Norm)]; j-- {
		given = append(given, stripConj(r.toks[j].Norm))
	}
	for _, name := range a.Arabic {
		for _, nw := range strings.Fields(arabic.Normalize(name)) {
			if slices.Contains(given, nw) {
				return false
			}
			// Foreign given names have no one Arabic spelling
			// («ألكساندر», «ألكسندر»); Arabic ones do («أحمد», «محمد»).
			if !r.x.lx.arabicScript[a.Country] && slices.ContainsFunc(given, func(g string) bool { return sameSpelled(g, nw) }) {
				return false
			}
		}
	}
	return true
}

// sameSpelled reports whether two transliterations of a foreign name differ
// only in long vowels and in letters that render one sound («شتيفان»,
// «ستيفان»).
func sameSpelled(a, b string) bool {
	sa, sb := consonants(a), consonants(b)
	return len([]rune(sa)) >= 3 && sa == sb
}

// consonants is w without its long vowels and hamza carriers after the first
// letter, with letters that render one foreign sound folded to one.
func consonants(w string) string {
	var b strings.Builder
	for i, c := range []rune(w) {
		if i > 0 && strings.ContainsRune("اويىءئؤ", c) {
			continue
		}
		switch c {
		case 'ش', 'ص':
			c = 'س'
		case 'ط':
			c = 'ت'
		case 'ق':
			c = 'ك'
		case 'غ':
			c = 'ج'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// inOffice reports whether actor id holds an office on the article's day.
func (r *slotResolver) inOffice(id string) bool {
	a, ok := r.actor(id)
	if !ok {
		return false
	}
	for _, role := range a.Roles {
		if role.Holds(r.day) {
			return true
		}
	}
	return false
}

// joinsNisba reports whether a state's name spelled like its nationality
// adjective comes with و right after a nationality adjective on a noun:
// then it is a second adjective of that noun, not a place or a target.
func (r *slotResolver) joinsNisba(out []slot, m actor.Mention) bool {
	if m.Prefix == "" && m.End-m.First == 1 && len(out) > 0 && out[len(out)-1].end == m.First && out[len(out)-1].adjectival() {
		// «تعاونا أمريكيا روسيا»: after an accusative nationality on a
		// noun, «روسيا» is the second one.
		prev := stripConj(r.toks[out[len(out)-1].end-1].Norm)
		w := r.toks[m.First].Norm
		return strings.HasSuffix(prev, "يا") && strings.HasSuffix(w, "يا") && r.x.nisbaShaped(m.Actor, strings.TrimSuffix(w, "ا"))
	}
	if len(out) == 0 || m.Prefix != "و" || m.End-m.First != 1 {
		return false
	}
	prev := out[len(out)-1]
	if prev.end != m.First || !prev.adjectival() && (prev.group == len(out)-1 || !out[prev.group].adjectival()) {
		return false
	}
	return r.x.nisbaShaped(m.Actor, strings.TrimPrefix(r.toks[m.First].Norm, m.Prefix))
}

// ofCompany reports whether nationality adjective m describes a firm or a
// paper: its noun is one («الشركة الروسية») or names one («شركة غازبروم
// الروسية»), or it follows a quoted name («"توتال" الفرنسية»).
func (r *slotResolver) ofCompany(m actor.Mention) bool {
	if closingQuoteAt(r.toks, m.First-1) && m.First > 1 && r.toks[m.First-2].Kind == arabic.Word {
		// A quoted act keeps its author («"الاحتلال" التركي»).
		_, act := r.x.lx.triggerAt(r.toks, m.First-2)
		return !act
	}
	head := r.headNoun(m)
	if head < 0 {
		return false
	}
	isCompany := func(j int) bool {
		for _, w := range arabic.Peel(r.toks[j].Norm) {
			if r.x.lx.companies[w] {
				return true
			}
		}
		return false
	}
	return isCompany(head) || head > 0 && isCompany(head-1)
}

// quotedGroupHead returns where a group's quoted name starts when a noun
// that heads group names stands before its opening quote («حركة "حماس"»,
// «لتنظيم "داعش"»): the noun belongs to the name, as in «حركة حماس», and
// is no object of its own. Otherwise it returns first.
func (r *slotResolver) quotedGroupHead(first int) int {
	if first < 2 || r.toks[first-1].Kind != arabic.Punct || !isQuote(r.toks[first-1]) || closingQuoteAt(r.toks, first-1) {
		return first
	}
	if head := first - 2; r.toks[head].Kind == arabic.Word && peeledWordIn(r.x.lx.forces.groupNouns, r.toks[head].Norm) {
		return head
	}
	return first
}

// closingQuoteAt reports whether toks[i] is a quotation mark that closes a
// quote: «»» or «”», or the second of a pair of «"».
func closingQuoteAt(toks []arabic.Token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Kind != arabic.Punct {
		return false
	}
	switch toks[i].Text {
	case "»", "”":
		return true
	case "\"":
		n := 0
		for j := 0; j < i; j++ {
			if toks[j].Text == "\"" {
				n++
			}
		}
		return n%2 == 1
	}
	return false
}

// adjectiveName reports whether name mention m is a state's name that is
// also an adjective («مالي»), used as one: bare, right after a noun that is
// no head a state's name follows («دعم مالي», but «شمال مالي», «في مالي»,
// «ومالي»).
func (r *slotResolver) adjectiveName(m actor.Mention) bool {
	lx := r.x.lx
	if m.End != m.First+1 || !lx.adjectiveNames[r.toks[m.First].Norm] || m.First == 0 {
		return false
	}
	prev := r.toks[m.First-1]
	if prev.Kind != arabic.Word || lx.isFunctionWord(prev.Norm) {
		return false
	}
	for _, w := range arabic.Peel(prev.Norm) {
		if lx.stateHeads[w] {
			return false
		}
	}
	return true
}

// afterFeminineNoun reports whether the word before token i is a noun an
// adjective in the feminine would qualify: ending in ة or ات, or a broken
// plural of things or groups («فصائل سورية», «مواقع سورية»).
func (r *slotResolver) afterFeminineNoun(i int) bool {
	if i == 0 || r.toks[i-1].Kind != arabic.Word {
		return false
	}
	w := r.toks[i-1].Norm
	if r.x.lx.femininePlurals[w] || r.x.lx.femininePlurals[stripConj(w)] {
		return true
	}
	return (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ات")) && !r.x.lx.isFunctionWord(w)
}

// titleChain resolves a title or «نظيره» at ms[i] with what follows it: a
// nationality or capital («الرئيس الروسي»), an institution of a state
// («رئيس النظام السوري») and a name («… فلاديمير بوتين»). It fills s and
// returns the index of the last mention used.
func (r *slotResolver) titleChain(ms []actor.Mention, i int, s *slot) int {
	m := ms[i]
	s.first, s.end = m.First, m.End
	next := func() (actor.Mention, bool) {
		if i+1 < len(ms) && ms[i+1].First == s.end {
			return ms[i+1], true
		}
		return actor.Mention{}, false
	}
	title := m.Title
	if m.Kind == actor.MentionCounterpart {
		title = r.lastTitle
	}
	country, org := m.Country, m.Org
	if n, ok := next(); ok && org == "" && n.Kind == actor.MentionInstitution && i+2 < len(ms) && ms[i+2].First == n.End &&
		(ms[i+2].Kind == actor.MentionNisba || ms[i+2].Kind == actor.MentionMetonym) {
		s.end = n.End
		i++
	}
	acting := r.skipActing(s)
	if n, ok := next(); ok && org == "" && (n.Kind == actor.MentionNisba && !r.givenNameOfPerson(n) || n.Kind == actor.MentionMetonym) {
		country = r.countryOf(n.Actor)
		s.end = n.End
		i++
	}
	acting = r.skipActing(s) || acting
	// «الرئيس الأمريكي السابق، باراك أوباما»: a former holder is the one
	// named after the word, or no one known, never who holds it on the day.
	former := s.end < len(r.toks) && r.x.lx.former[r.toks[s.end].Norm]
	if former {
		s.end++
		if c := s.end; c < len(r.toks) && (r.toks[c].Norm == "،" || r.toks[c].Norm == ",") && i+1 < len(ms) && ms[i+1].First == c+1 {
			s.end++
		}
	}
	former = former || acting // «رئيس الوزراء بالوكالة»: not the lexicon's holder either
	// «الرئيس الأمريكي كوريا الشمالية», «وزير الخارجية الإماراتي الحوثيين»:
	// a state or a body after a title that already has its country is the
	// object of the clause, not the person.
	n, ok := next()
	if ok && n.Kind == actor.MentionName && country != "" && r.isBody(n.Actor) {
		ok = false
	}
	// «الرئيس السابق لمنظمة الإنتربول»: the body a former office was
	// held in is no name of its holder; it keeps its «لـ».
	if ok && n.Kind == actor.MentionName && former && r.isBody(n.Actor) {
		ok = false
	}
	if ok && n.Kind == actor.MentionName {
		s.actors = []string{n.Actor}
		s.end = n.End
		s.person = r.isPerson(n.Actor)
		// «الأمين العام للأمم المتحدة»: an organization's office names
		// whoever holds it on the day.
		if p, held := r.x.lex.Holder(title, "", n.Actor, r.day); held && !former && title != "" && r.isBody(n.Actor) {
			s.actors, s.person, s.org = []string{p.ID}, true, n.Actor
		}
		i++
	} else if a, end, ok := r.introduced(ms, s.end, title, country); ok {
		if h, ok := r.holderSpelled(title, country, a.Arabic[0]); ok && !former {
			// «رئيس الحكومة اليمنية أحمد بن داغر»: the holder the lexicon
			// knows, spelled another way or shorter.
			s.actors, s.end, s.person = []string{h.ID}, end, true
		} else {
			// A name the lexicon lacks wins over whoever it says held the
			// office: the article knows better.
			s.actors, s.end, s.person = []string{a.ID}, end, true
			r.newActors = append(r.newActors, a)
		}
	} else if title != "" && country != "" {
		if p, ok := r.x.lex.Holder(title, country, "", r.day); ok && !former {
			s.actors = []string{p.ID}
			s.person = true
		} else if st, ok := r.x.lex.StateOf(country); ok {
			s.actors = []string{st.ID}
		}
	} else if m.Kind == actor.MentionCounterpart && title == "" && country != "" {
		// «نظيره التركي» of someone named without a title: the state.
		if st, ok := r.x.lex.StateOf(country); ok {
			s.actors = []string{st.ID}
		}
	} else if title != "" && org != "" {
		// «المبعوث الأممي إلى سوريا»: the organization's officer of the
		// day, or the organization when the lexicon knows none.
		if p, ok := r.x.lex.Holder(title, "", org, r.day); ok && !former {
			s.actors, s.person = []string{p.ID}, true
		} else if !former {
			s.actors = []string{org}
		}
	}
	if s.person && title != "" {
		s.title = title
		r.lastTitle = title
	}
	return i
}

// isBody reports whether id is a known actor that is no person.
func (r *slotResolver) isBody(id string) bool {
	a, ok := r.actor(id)
	return ok && a.Type != actor.Person
}

func (r *slotResolver) isState(id string) bool {
	a, ok := r.actor(id)
	return ok && a.Type == actor.State
}

// listsStates reports whether mention i is followed right away by «و» and
// the name of a state: «مقاطعة السعودية والإمارات والبحرين لقطر» lists
// states, it does not describe the boycott as Saudi.
func (r *slotResolver) listsStates(ms []actor.Mention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].First != ms[i].End || ms[i+1].Kind != actor.MentionName || !strings.HasPrefix(r.toks[ms[i+1].First].Norm, "و") {
		return false
	}
	// «غارات روسية وسورية»: two adjectives of one noun.
	if r.x.nisbaShaped(ms[i+1].Actor, stripConj(r.toks[ms[i+1].End-1].Norm)) || r.x.nisbaShaped(ms[i+1].Actor, r.toks[ms[i+1].End-1].Norm) {
		return false
	}
	a, ok := r.actor(ms[i+1].Actor)
	return ok && a.Type == actor.State
}

func (r *slotResolver) isPerson(id string) bool {
	a, ok := r.actor(id)
	return ok && a.Type == actor.Person
}

// countryOf returns the ISO code of the state an actor id stands for.
func (r *slotResolver) countryOf(id string) string {
	if a, ok := r.actor(id); ok {
		return a.Country
	}
	return ""
}

// stateOrSelf returns the state a person or national body belongs to, so
// that «حكومة الأسد» is Syria; other actors are returned as they are.
func (r *slotResolver) stateOrSelf(id string, k actor.MentionKind) string {
	a, ok := r.actor(id)
	if !ok || a.Type == actor.State || a.Country == "" {
		return id
	}
	if st, ok := r.x.lex.StateOf(a.Country); ok {
		return st.ID
	}
	return id
}

// homePatron returns the article's state when «الموالية ل» at i names
// its own government by a bare noun («للنظام», «للحكومة») that no
// nationality follows («للحكومة اليمنية»); "" otherwise.
func (r *slotResolver) homePatron(i int, rest []actor.Mention) string {
	j := r.loyalTo(i)
	if j < 0 || j >= len(r.toks) || len(rest) > 0 && (rest[0].First == j || rest[0].First == j+1 && rest[0].Kind == actor.MentionNisba) {
		return ""
	}
	for _, w := range arabic.Peel(r.toks[j].Norm) {
		if r.x.lx.forces.patrons[w] {
			return r.homeState()
		}
	}
	return ""
}

// loyalTo returns the index of the token after «الموالية ل»-like words at i,
// or -1.
func (r *slotResolver) loyalTo(i int) int {
	if i < len(r.toks) && r.x.lx.loyal[r.toks[i].Norm] {
		return i + 1
	}
	return -1
}

// headNoun finds the noun a nationality adjective qualifies: the word before
// it, skipping other adjectives («الغارات الجوية الإسرائيلية»). It returns
// -1 when the adjective stands alone (after a preposition, a verb, at the
// start of the sentence).
func (r *slotResolver) headNoun(m actor.Mention) int {
	definite := strings.HasPrefix(stripConj(r.toks[m.First].Norm), "ال") || strings.HasPrefix(stripConj(r.toks[m.First].Norm), "بال") || strings.HasPrefix(stripConj(r.toks[m.First].Norm), "لل")
	first := m.First
	if closingQuoteAt(r.toks, first-1) {
		first-- // «"العدوان" الإسرائيلي»: the quoted word
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		t := r.toks[j]
		if t.Kind != arabic.Word || r.x.lx.isFunctionWord(t.Norm) {
			return -1
		}
		// «المدفعية التركية»: a means of striking that looks like a nisba
		// is the noun qualified.
		if looksAdjective(t.Norm) && j > 0 && r.toks[j-1].Kind == arabic.Word && !r.x.lx.forces.means[stripConj(t.Norm)] {
			continue
		}
		if definite != hasArticle(t.Norm) && !definite {
			return -1
		}
		return j
	}
	return -1
}

func stripConj(w string) string {
	if rs := conjReadings(w); len(rs) > 1 {
		return rs[1]
	}
	return w
}

func hasArticle(w string) bool {
	w = stripConj(w)
	return strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "كال")
}

// tokenHasArticle is hasArticle read off the text as well: «آليات»,
// «ألوية», «بإلكترونية» normalize as if they had the article but carry none.
func tokenHasArticle(t arabic.Token) bool {
	if !hasArticle(t.Norm) {
		return false
	}
	text := strings.TrimPrefix(strings.TrimPrefix(t.Text, "و"), "ف")
	if strings.HasPrefix(text, "لل") {
		return true // «للحوثيين»: ل before the article
	}
	for _, prep := range []string{"ب", "ك"} {
		if rest, ok := strings.CutPrefix(text, prep); ok && writtenWithArticle(rest) {
			return true
		}
	}
	return writtenWithArticle(text)
}

// looksAdjective reports whether a word has the shape of a relational
// adjective (الجوية، العسكري، الرسمية).
func looksAdjective(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون"))
}

// prepOf returns the preposition governing a slot that starts at token i:
// the word before it («مع», «بين», «على»), or a preposition written onto the
// word itself («لروسيا», «بالأسد»).
func (r *slotResolver) prepOf(i int, m actor.Mention) string {
	if p := prepClitic(m.Prefix); p != "" {
		return p
	}
	if i > 0 {
		w := r.toks[i-1].Norm
		// «هددت كل من الولايات المتحدة وفرنسا»: «كل من» opens a list of
		// subjects or objects, no preposition.
		// «حمل كلا من روسيا وسوريا»: the accusative spelling.
		if w == "من" && i > 1 && (stripConj(r.toks[i-2].Norm) == "كل" || stripConj(r.toks[i-2].Norm) == "كلا") {
			return ""
		}
		if r.x.lx.isPreposition(w) {
			return stripConj(w)
		}
		// «بالقرب من موسكو»
		if i > 1 && w == "من" && r.x.lx.locative[stripConj(r.toks[i-2].Norm)] {
			return "في"
		}
		// «المدعومة من قبل واشنطن», «من جانب تركيا»: the agent of a
		// participle, as after a bare «من».
		if i > 1 && r.x.lx.agentNouns[w] && stripConj(r.toks[i-2].Norm) == "من" {
			return "من"
		}
	}
	return ""
}

// prepClitic returns the preposition among the proclitics peeled off a word
// ("وب" → "ب", "لل" → "ل").
func prepClitic(prefix string) string {
	p := strings.TrimPrefix(strings.TrimPrefix(prefix, "و"), "ف")
	switch {
	case strings.HasPrefix(p, "ب"):
		return "ب"
	case strings.HasPrefix(p, "ل"):
		return "ل"
	case strings.HasPrefix(p, "ك"):
		return "ك"
	}
	return ""
}

// dualSlots makes a slot for each word that refers to the last two sides
// named (الجانبين، البلدين، الزعيمان).
func (r *slotResolver) dualSlots(have []slot) []slot {
	var out []slot
	inSlot := covered(have, len(r.toks))
	for i, t := range r.toks {
		if inSlot[i] {
			continue
		}
		w := peeledFormIn(r.x.lx.dual, t.Norm)
		if w == "" {
			continue
		}
		// «البلدان الأوروبية»: with an adjective in the feminine singular
		// the word is a plural, not the two sides.
		if i+1 < len(r.toks) && strings.HasPrefix(r.toks[i+1].Norm, "ال") && strings.HasSuffix(r.toks[i+1].Norm, "يه") {
			continue
		}
		// «حل الدولتين»: after such a noun the dual names a kind of thing.
		if i > 0 && peeledTokenIn(r.x.lx.dualKindHeads, r.toks[i-1]) {
			continue
		}
		pair, ok := r.pairBefore(have, i)
		// «تعزيز التعاون مع البلدين»: after مع the dual is a partner of
		// someone else, not the list's two sides with each other.
		if !ok && prepClitic(strings.TrimSuffix(t.Norm, w)) == "" && (i == 0 || r.toks[i-1].Norm != "مع") {
			pair, ok = r.listPairBefore(have, i)
		}
		if !ok {
			pair = r.lastPair
		}
		fromArticle := !ok
		// «الزعيمان الكوريان»: the adjective names the pair itself; not
		// «الرئيسين الكوريين الجنوبيين», two of one side.
		if i+1 < len(r.toks) {
			if own, named := r.x.lx.dualNisbaPairs[r.toks[i+1].Norm]; named {
				if i+2 < len(r.toks) && strings.HasPrefix(r.toks[i+2].Norm, "ال") && (strings.HasSuffix(r.toks[i+2].Norm, "يين") || strings.HasSuffix(r.toks[i+2].Norm, "يان")) {
					continue
				}
				pair, fromArticle = own, false
			}
		}
		// «الجانبين المصري والليبي», «الجانبين الصناعي والثقافي»:
		// qualified by nisbas, the dual names its sides itself
		// (not «الزعيمان الأمريكي والفرنسي», two people).
		if own, qualified := r.qualifiedDual(have, i); qualified && !r.x.lx.dualPeople[w] {
			pair, fromArticle = own, false
		}
		if pair[0] == "" {
			continue
		}
		if r.x.lx.dualPeople[w] && (!r.isPerson(pair[0]) || !r.isPerson(pair[1])) {
			continue // «وصل روحاني إلى سويسرا ... وقال الرجلان»: not Switzerland
		}
		if r.x.lx.dualStates[w] {
			a, b := r.stateOrSelf(pair[0], actor.MentionName), r.stateOrSelf(pair[1], actor.MentionName)
			if !r.isState(a) || !r.isState(b) || a == b {
				continue // «البلدين» after a person and the UN: no two states
			}
			pair = [2]string{a, b}
		}
		s := slot{first: i, end: i + 1, actors: []string{pair[0], pair[1]}, adjOf: -1, group: pairGroup + i, articlePair: fromArticle}
		s.prep = r.prepOf(i, actor.Mention{Prefix: strings.TrimSuffix(t.Norm, w)})
		out = append(out, s)
	}
	return out
}

// qualifiedDual reports whether the dual at token i is followed by a
// nisba and so refers to no sides named before; when the nisbas are two
// coordinated states («الجانبين الأردني والأمريكي»), they are its pair
// and become its adjectives.
func (r *slotResolver) qualifiedDual(have []slot, i int) (pair [2]string, qualified bool) {
	if i+1 >= len(r.toks) {
		return pair, false
	}
	next := r.toks[i+1].Norm
	if !strings.HasPrefix(next, "ال") || !strings.HasSuffix(next, "ي") || r.x.lx.isFunctionWord(next) || len([]rune(next)) < 5 {
		return pair, false // «البلدين الذي», «الطرفين إلى»
	}
	for k, s := range have {
		if s.first != i+1 || len(s.actors) != 1 {
			continue
		}
		for m, o := range have {
			if o.first == s.end && strings.HasPrefix(r.toks[o.first].Norm, "و") && len(o.actors) == 1 {
				a, b := r.countryOf(s.actors[0]), r.countryOf(o.actors[0])
				// States named by nisba alone, not «الرئيسان الصيني شي
				// جينبينغ والسنغالي ماكي سال», who are named.
				if a != "" && b != "" && a != b && r.isState(s.actors[0]) && r.isState(o.actors[0]) {
					// The nisbas are the dual's adjectives: the dual
					// alone is the sides.
					pair = [2]string{s.actors[0], o.actors[0]}
					have[k].adjOf, have[m].adjOf = i, i
				}
			}
		}
	}
	return pair, true
}

// listPairBefore returns the two sides of a list «X وY» that is the last
// thing the sentence names before token i, when more sides are named
// («بدأ شكري جولة تشمل جنوب السودان وكينيا، تستهدف تعزيز التعاون مع
// البلدين»): the dual takes up the list, not the article's pair.
func (r *slotResolver) listPairBefore(have []slot, i int) ([2]string, bool) {
	var before []slot
	for _, s := range have {
		if s.first < i && !topical(s) {
			before = append(before, s)
		}
	}
	sortSlots(before)
	n := len(before)
	if n < 2 {
		return [2]string{}, false
	}
	a, b := before[n-2], before[n-1]
	if len(a.actors) != 1 || len(b.actors) != 1 || b.first != a.end || !startsWithConj(r.toks[b.first].Norm) {
		return [2]string{}, false
	}
	// «ودعت روسيا وألمانيا وفرنسا البلدين»: the tail of a longer list is
	// no pair.
	if n > 2 && (before[n-3].end == a.first || before[n-3].end+1 == a.first && isComma(r.toks[a.first-1])) {
		return [2]string{}, false
	}
	ca, cb := r.countryOf(a.actors[0]), r.countryOf(b.actors[0])
	if ca == "" || cb == "" || ca == cb || !r.isState(a.actors[0]) || !r.isState(b.actors[0]) {
		return [2]string{}, false
	}
	return [2]string{a.actors[0], b.actors[0]}, true
}

// pairBefore returns the two sides the sentence names before token i,
// the nearer reference of «الطرفان» than the article's pair («تحدث ترامب
// مع محمد بن زايد، واتفق الطرفان», «بعد اجتماعين بين ترمب وكيم، وقع
// الرجلان»): the first actor of each of exactly two states named by
// name, title or «مع», not by an adjective or as where it happened.
func (r *slotResolver) pairBefore(have []slot, i int) ([2]string, bool) {
	return pairOfSides(have, i, r.countryOf)
}

// pairOfSides returns the first actor of each of exactly two sides named in
// slots ss before token i, not as a topic or place; side gives the side an
// actor stands for, "" when unclear (an organization or group).
func pairOfSides(ss []slot, i int, side func(id string) string) ([2]string, bool) {
	var pair [2]string
	var sides []string
	for _, s := range ss {
		if s.first >= i || topical(s) {
			continue
		}
		for _, id := range s.actors {
			c := side(id)
			if c == "" {
				return pair, false
			}
			if slices.Contains(sides, c) {
				continue
			}
			if len(sides) == 2 {
				return pair, false
			}
			pair[len(sides)] = id
			sides = append(sides, c)
		}
	}
	return pair, len(sides) == 2
}

// actor returns a known actor: one of the lexicon's or a person this
// article introduced.
func (r *slotResolver) actor(id string) (actor.Actor, bool) {
	if a, ok := r.x.lex.ByID(id); ok {
		return a, true
	}
	for _, a := range r.introducedSoFar {
		if a.ID == id {
			return a, true
		}
	}
	for _, a := range r.newActors {
		if a.ID == id {
			return a, true
		}
	}
	return actor.Actor{}, false
}

// surnameSlots makes a slot for each word no mention covers that is the
// surname of a person named in full earlier in the article: people the
// lexicon does not know are found again this way.
func (r *slotResolver) surnameSlots(have []slot) []slot {
	if len(r.surnames) == 0 {
		return nil
	}
	var out []slot
	for i, t := range r.toks {
		if t.Kind != arabic.Word || overlaps(have, i) {
			continue
		}
		for _, w := range arabic.Peel(t.Norm) {
			if id, ok := r.surnames[w]; ok {
				if id == "" {
					break // a surname of someone the lexicon does not know
				}
				s := slot{first: i, end: i + 1, actors: []string{id}, adjOf: -1, group: loneGroup + i, person: true}
				s.prep = r.prepOf(i, actor.Mention{Prefix: strings.TrimSuffix(t.Norm, w)})
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// ownCountrySlots makes a slot for «بلاده», «حكومته» (his country, his
// government): the state of the person named last before it.
func (r *slotResolver) ownCountrySlots(have []slot) []slot {
	var out []slot
	inSlot := covered(have, len(r.toks))
	for i, t := range r.toks {
		w := stripConj(t.Norm)
		if inSlot[i] || !r.x.lx.ownCountry[w] && !r.x.lx.ownCountry[strings.TrimPrefix(w, "ب")] && !r.x.lx.ownCountry[strings.TrimPrefix(w, "ل")] {
			continue
		}
		// The nearest person, state or national body named before it in the
		// sentence («رئيسة وزراء بريطانيا ... لبلادها»), else the last
		// person of the article.
		// In a relative clause the antecedent owns it («بوتين الذي تدعم
		// بلاده دمشق»).
		person := r.relativeAntecedent(have, i)
		if person == "" {
			for _, s := range have {
				if s.end <= i && len(s.actors) == 1 && !s.adjectival() && s.prep == "" {
					person = s.actors[0]
				}
			}
		}
		if person == "" {
			person = r.lastPerson
		}
		state := r.stateOrSelf(person, actor.MentionName)
		if a, ok := r.actor(state); person == "" || !ok || a.Type != actor.State {
			continue
		}
		s := slot{first: i, end: i + 1, actors: []string{state}, adjOf: -1, group: ownCountryGroup + i}
		s.prep = r.prepOf(i, actor.Mention{Prefix: strings.TrimSuffix(t.Norm, w)})
		if w != stripConj(t.Norm) || strings.HasPrefix(w, "ب") && !r.x.lx.ownCountry[w] {
			s.prep = "ب"
		}
		out = append(out, s)
	}
	return out
}

// relativeAntecedent returns the one actor named right before a relative
// pronoun that opens, at most three words before token i, the clause token i
// stands in; "" if none.
func (r *slotResolver) relativeAntecedent(have []slot, i int) string {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if r.toks[j].Kind != arabic.Word {
			return ""
		}
		if !r.x.lx.relative[stripConj(r.toks[j].Norm)] {
			continue
		}
		for _, s := range have {
			if s.end == j && len(s.actors) == 1 && !s.adjectival() {
				return s.actors[0]
			}
		}
		return ""
	}
	return ""
}

// group joins slots written as a list: «روسيا وتركيا وإيران», «X، Y و Z».
// A slot joins the one before it when nothing but a conjunction, a comma or
// one noun carrying و («وجهاديي تنظيم الدولة») stands between them. Members
// take the preposition of the first.
func (r *slotResolver) group(ss []slot) {
	sortSlots(ss)
	commaOnly := make([]bool, len(ss))
	for k := 1; k < len(ss); k++ {
		prev, cur := ss[k-1], &ss[k]
		if cur.first < prev.end {
			continue // nested mentions do not form a list
		}
		if prev.adjectival() != cur.adjectival() && !(cur.group == prev.group) {
			continue
		}
		gap := r.toks[prev.end:cur.first]
		joined := false
		switch {
		case cur.group == prev.group:
			joined = true
		case len(gap) == 0 && startsWithConj(r.toks[cur.first].Norm) && !r.spelledWithConj(*cur):
			joined = true
		case len(gap) == 1 && isComma(gap[0]) && prev.person && r.commaWithin(prev) && !r.opensWithConj(*cur):
			// «اتهم وزير خارجية روسيا، سيرغي لافروف، بريطانيا»: the
			// comma closes the apposition; the object follows.
		case len(gap) > 0 && r.x.lx.listCompanions.matchAt(r.toks, prev.end) == len(gap):
			joined = true // «البحرين وإلى جانبها السعودية»
		case len(gap) == 1 && (gap[0].Norm == "،" || gap[0].Norm == "," || gap[0].Norm == "و" || gap[0].Norm == "او"):
			joined = true
		case len(gap) == 1 && startsWithConj(gap[0].Norm) && gap[0].Kind == arabic.Word && !r.x.lx.isFunctionWord(stripConj(gap[0].Norm)) && !r.ownAlly(gap[0].Norm) && !r.x.lx.otherTies[stripConj(gap[0].Norm)] && !r.opensClauseVerb(prev.end):
			// «وجهاديي تنظيم الدولة»; not «بريطانيا وحلفاؤها روسيا»,
			// whose allies are the subject's and the actor after them
			// the object, nor «تحدث مع ماتيس وحذر كوريا الشمالية», where
			// a verb opens a clause of its own, nor «الحليفة لواشنطن
			// وجارة الصين», a tie of another kind.
			joined = true
		case len(gap) == 1 && gap[0].Norm == "،" && r.opensWithConj(*cur):
			joined = true
		}
		if joined {
			if cur.group != prev.group && len(gap) == 1 && isComma(gap[0]) && !r.opensWithConj(*cur) {
				commaOnly[k] = true
			}
			cur.group = prev.group
			if cur.prep == "" || cur.prep == prepClitic("و") {
				cur.prep = prev.prep
			}
		}
	}
	// A list has و before its last member («روسيا، تركيا وإيران»); commas
	// alone set off an apposition or an aside («قرقاش، تركيا، بمراعاة»).
	for k := range ss {
		if !commaOnly[k] {
			continue
		}
		g, hasConj := ss[k].group, false
		for m := range ss {
			if ss[m].group == g && m > 0 && !commaOnly[m] && ss[m-1].group == g {
				hasConj = true
			}
		}
		if !hasConj {
			for m := k; m < len(ss); m++ {
				if ss[m].group == g {
					ss[m].group = loneGroup + m
				}
			}
		}
	}
}

// opensClauseVerb reports whether token i is a verb of a relation, of
// saying, or a light verb, which opens a clause of its own: «وفي ختام
// زيارته إلى موسكو وقع الرئيس المصري اتفاقية» has no list «موسكو و…».
func (r *slotResolver) opensClauseVerb(i int) bool {
	if f, ok := r.x.lx.triggerAt(r.toks, i); ok && f.t.kind == verbTrigger {
		return true
	}
	for _, w := range conjReadings(r.toks[i].Norm) {
		if r.x.lx.lightVerbs[w] {
			return true
		}
	}
	return r.x.lx.isSpeechVerb(stripConj(r.toks[i].Norm))
}

// joinsPeople reports whether the plural nisba m follows, with و, a people
// named as a plain slot right before it («وندد الإسرائيليون والأميركيون»).
func (r *slotResolver) joinsPeople(out []slot, m actor.Mention) bool {
	if len(out) == 0 || !startsWithConj(r.toks[m.First].Norm) {
		return false
	}
	prev := out[len(out)-1]
	return prev.end == m.First && !prev.adjectival() && prev.people
}

// afterVerb reports whether the word before token i is a verb the
// extractor knows as a trigger.
func (r *slotResolver) afterVerb(i int) bool {
	if i == 0 || r.toks[i-1].Kind != arabic.Word {
		return false
	}
	for _, w := range conjReadings(r.toks[i-1].Norm) {
		for _, t := range r.x.lx.triggers[w] {
			if t.kind == verbTrigger && len(t.rest) == 0 {
				return true
			}
		}
	}
	return false
}

// spelledWithConj reports whether slot s opens with a name whose first و
// or ف is its own («واشنطن», «فرنسا»), not a conjunction: right after an
// actor it is the verb's object («طالبت أنقرة واشنطن بتسليم غولن»), not a
// second subject.
func (r *slotResolver) spelledWithConj(s slot) bool {
	ms := r.x.gaz.Find(r.toks[s.first:s.end])
	return len(ms) > 0 && ms[0].First == 0 && ms[0].Prefix == "" &&
		(ms[0].Kind == actor.MentionName || ms[0].Kind == actor.MentionMetonym)
}

// commaWithin reports whether a comma stands inside slot s, as between a
// title and the name it introduces.
func (r *slotResolver) commaWithin(s slot) bool {
	for _, t := range r.toks[s.first:s.end] {
		if t.Norm == "،" || t.Norm == "," {
			return true
		}
	}
	return false
}

// opensWithConj reports whether slot s opens with the conjunction و or ف,
// not with a name spelled with one («فلاديمير بوتين», «واشنطن»): a comma
// before such a name sets it off as an apposition, not a list's last member.
func (r *slotResolver) opensWithConj(s slot) bool {
	return startsWithConj(r.toks[s.first].Norm) && !r.spelledWithConj(s)
}

func startsWithConj(w string) bool {
	return len(conjReadings(w)) > 1
}

func sortSlots(ss []slot) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].first < ss[j-1].first; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}

// ownAlly reports whether w is a plural ally noun carrying a pronoun
// («وحلفاؤها»): it names the allies of someone already named, so it
// cannot take the actor after it as its genitive.
func (r *slotResolver) ownAlly(w string) bool {
	stem, ok := arabic.StripPronoun(stripConj(w))
	return ok && r.x.lx.agentTriggers[stem] && pluralShape(stem) // «وحليفتها موسكو» names her

}
