package extract

import (
	"maps"
	"strings"
	"time"

	"kg/actor"
	"kg/arabic"
	"kg/article"
)

// forceWords are the phrases of data/forces.yaml: forces whose state only
// the article's context names.
type forceWords struct {
	home, army phraseSet
	// kingdom is the home state called «the kingdom», if in kingdoms.
	kingdom  phraseSet
	kingdoms map[string]bool
	// patrons are the article's own government named without its state,
	// after «الموالية ل» («القوات الموالية للنظام»).
	patrons map[string]bool
	heads   map[string]bool
	// backed: nouns of a fighting force that, unnamed, is the one a
	// backing phrase («بإسناد من التحالف») backs.
	backed     map[string]bool
	titles     map[string]bool
	means      map[string]bool // «طائرات» in «غارات لطائرات التحالف»
	casualties map[string]bool // «مقتل» in «مقتل عشرة من X في غارة»
	soldiers   map[string]bool // «جنود» in «مقتل جنود أتراك»
	fighters   map[string]bool // «مقاتلي» in «معارك مع مقاتلي داعش»
	// groupNouns head a group's quoted name («حركة "حماس"»).
	groupNouns map[string]bool
	// targets are the things of a party an attack hits («مواقع», «مقرات»);
	// members are its people, struck as a part of it («عناصر من داعش»).
	targets      map[string]bool
	targetCounts map[string]bool // «أحد مواقع»
	members      map[string]bool
	// coalition is a coalition named by its head noun alone («التحالف»);
	// coalitions maps a state's id to the coalition at war there.
	coalition  phraseSet
	coalitions map[string]string
	// notAfterCoalition are the words after «التحالف» that make it an
	// alliance between parties, not a coalition's forces («التحالف بين»).
	notAfterCoalition map[string]bool
	// ledBy are the words that name, after a party, the one leading it
	// («التحالف بقيادة السعودية», «التحالف الذي تقوده واشنطن»).
	ledBy map[string]bool
	// invited holds, by "striker ground", when a state's forces fought on
	// the side of the ground's government (see struckTerritory).
	invited   map[string]period
	militants map[string]bool
	// rebels are insurgents named by a common noun; insurgents are the
	// groups they are in a story about a state, and when.
	rebels     phraseSet
	insurgents []periodOf
	// partyHeads head a party's name («تنظيم داعش»); alone and definite
	// they name the last party named with them, also before one of
	// partyEpithets («التنظيم الإرهابي»).
	partyHeads    map[string]bool
	partyEpithets map[string]bool
	// bodyHeads head a body's name («الاتحاد الأوروبي», «حلف
	// الناتو»); alone and definite they name the last body named with
	// them, in any act. bodyOf gives the head of bodies named also
	// without it («الناتو»).
	bodyHeads    map[string]bool
	bodyOf       map[string]string
	bodyEpithets map[string]bool
	// held are places named for the group that holds them, heldBy maps
	// each place to the groups that held it, and when.
	held   phraseSet
	heldBy map[string][]periodOf
	// ground are a state's cities and regions, groundOf maps each to the
	// state; held places are read first.
	ground   phraseSet
	groundOf map[string]string
	// placeHeads are nouns a place's name may follow («مدينة نجران»).
	placeHeads map[string]bool
}

// period is a stretch of time a fact of the world held; a zero end is
// open.
type period struct {
	From time.Time `yaml:"from"`
	To   time.Time `yaml:"to"`
}

// covers reports whether the fact held on day or in the year before it:
// news looks back on what just ended («الهجوم التركي على عفرين» after
// the town fell). An undated story is read as today's news.
func (p period) covers(day time.Time) bool {
	if day.IsZero() {
		return p.To.IsZero()
	}
	return (p.From.IsZero() || !day.Before(p.From)) && (p.To.IsZero() || day.Before(p.To.AddDate(1, 0, 0)))
}

// periodOf ties a fact's subject (a state's or a group's id) to its
// period.
type periodOf struct {
	key, id string // the state or place it is about; the id it names
	period
}

// during returns the id of the first fact about key that covers day, or "".
func during(facts []periodOf, key string, day time.Time) string {
	for _, f := range facts {
		if f.key == key && f.covers(day) {
			return f.id
		}
	}
	return ""
}

func loadForces(name string) (forceWords, error) {
	var raw struct {
		Home   []string          `yaml:"home"`
		King   []string          `yaml:"kingdom"`
		Kings  []string          `yaml:"kingdoms"`
		Army   []string          `yaml:"army"`
		Patron []string          `yaml:"patrons"`
		Heads  []string          `yaml:"heads"`
		Backed []string          `yaml:"backed_heads"`
		Titles []string          `yaml:"titles"`
		Means  []string          `yaml:"means"`
		Casual []string          `yaml:"casualties"`
		Troops []string          `yaml:"soldiers"`
		Fight  []string          `yaml:"fighters"`
		GroupN []string          `yaml:"group_nouns"`
		Target []string          `yaml:"targets"`
		TCount []string          `yaml:"target_counts"`
		Member []string          `yaml:"members"`
		Coal   []string          `yaml:"coalition"`
		Coals  map[string]string `yaml:"coalitions"`
		NotAft []string          `yaml:"not_after_coalition"`
		LedBy  []string          `yaml:"led_by"`
		Invite []struct {
			Striker, Ground string
			period          `yaml:",inline"`
		} `yaml:"invited"`
		Milit  []string          `yaml:"militants"`
		Rebels []string          `yaml:"rebels"`
		PartyH []string          `yaml:"party_heads"`
		PartyE []string          `yaml:"party_epithets"`
		BodyH  []string          `yaml:"body_heads"`
		BodyOf map[string]string `yaml:"body_of"`
		BodyE  []string          `yaml:"body_epithets"`
		Insurg []struct {
			State, Group string
			period       `yaml:",inline"`
		} `yaml:"insurgents"`
		Held []struct {
			Group  string
			Places []string
			period `yaml:",inline"`
		} `yaml:"held"`
		Ground map[string][]string `yaml:"ground"`
		PlaceH []string            `yaml:"place_heads"`
	}
	if err := decodeData(name, &raw); err != nil {
		return forceWords{}, err
	}
	invited := map[string]period{}
	for _, in := range raw.Invite {
		invited[in.Striker+" "+in.Ground] = in.period
	}
	var insurgents []periodOf
	for _, in := range raw.Insurg {
		insurgents = append(insurgents, periodOf{in.State, in.Group, in.period})
	}
	var held []string
	heldBy := map[string][]periodOf{}
	for _, h := range raw.Held {
		for _, p := range h.Places {
			held = append(held, p)
			norm := arabic.Normalize(p)
			heldBy[norm] = append(heldBy[norm], periodOf{norm, h.Group, h.period})
		}
	}
	var ground []string
	groundOf := map[string]string{}
	for state, places := range raw.Ground {
		for _, p := range places {
			ground = append(ground, p)
			groundOf[arabic.Normalize(p)] = state
		}
	}
	bodyOf := map[string]string{}
	for id, head := range raw.BodyOf {
		bodyOf[id] = arabic.Normalize(head)
	}
	return forceWords{
		bodyHeads: wordSet(raw.BodyH), bodyOf: bodyOf, bodyEpithets: wordSet(raw.BodyE),
		home: phrasesOf(raw.Home), army: phrasesOf(raw.Army), patrons: wordSet(raw.Patron),
		kingdom: phrasesOf(raw.King), kingdoms: idSet(raw.Kings),
		heads: wordSet(raw.Heads), backed: wordSet(raw.Backed), titles: wordSet(raw.Titles), means: wordSet(raw.Means),
		casualties: wordSet(raw.Casual), soldiers: wordSet(raw.Troops), fighters: wordSet(raw.Fight),
		groupNouns: wordSet(raw.GroupN),
		targets:    wordSet(raw.Target), targetCounts: wordSet(raw.TCount), members: wordSet(raw.Member),
		coalition: phrasesOf(raw.Coal), coalitions: raw.Coals, notAfterCoalition: wordSet(raw.NotAft),
		ledBy:   wordSet(raw.LedBy),
		invited: invited, militants: wordSet(raw.Milit),
		rebels: phrasesOf(raw.Rebels), insurgents: insurgents,
		partyHeads: wordSet(raw.PartyH), partyEpithets: wordSet(raw.PartyE),
		held: phrasesOf(held), heldBy: heldBy,
		ground: phrasesOf(ground), groundOf: groundOf, placeHeads: wordSet(raw.PlaceH),
	}, nil
}

// Minimum mentions, and lead over the runner-up, for a state to be what an
// article is about: a story that names two states alike is about neither.
const (
	homeMinMentions = 3
	homeLead        = 1.5
)

// homeState returns the state an article is about: the one its title and
// text name most, by name, capital or nisba, or as the home of armed
// groups named («الحوثيين» is a Yemeni story), when it leads clearly; ""
// if none does. A nisba right after a group's name qualifies the group
// («ميليشيات الحوثي الإيرانية») and is not counted.
func (x *Arabic) homeState(a article.Article) string {
	count := map[string]int{}
	for _, text := range []string{a.Title, a.Text} {
		toks := arabic.AppendTokens(nil, text, 0)
		prevEnd, prevGroup := -1, false
		for _, m := range x.lx.dropNotActors(toks, x.gaz.Find(toks)) {
			afterGroup := prevGroup && m.First == prevEnd
			prevEnd, prevGroup = m.End, false
			switch m.Kind {
			case actor.MentionName, actor.MentionNisba, actor.MentionMetonym:
			default:
				continue
			}
			a, ok := x.lex.ByID(m.Actor)
			switch {
			case !ok:
			case a.Type == actor.State && !(afterGroup && m.Kind == actor.MentionNisba):
				count[a.ID]++
			case a.Type == actor.Group && a.Based != "":
				prevGroup = true
				if st, ok := x.lex.StateOf(a.Based); ok {
					count[st.ID]++
				}
			}
		}
	}
	best, first, second := "", 0, 0
	for id, n := range count {
		switch {
		case n > first || n == first && id < best:
			best, first, second = id, n, max(first, second)
		case n > second:
			second = n
		}
	}
	if first < homeMinMentions || float64(first) < homeLead*float64(second) {
		return ""
	}
	return best
}

// forceSlots makes a slot for each force the sentence names without its
// state («قوات الجيش الوطني», «الجيش»): home forces stand for the
// article's state, a bare army for the last army named with its state (a
// story about two states may call either's army «الجيش»), a bare
// coalition for the last coalition named, else the one at war in the
// article's state. It returns the slots and the state of the last army and
// the last coalition the sentence names, or lastArmy and lastCoalition if
// it names none.
func (r *slotResolver) forceSlots(have []slot) ([]slot, string, string) {
	fw := r.x.lx.forces
	lastArmy, lastCoalition := r.lastArmy, r.lastCoalition
	var out []slot
	inSlot := covered(have, len(r.toks))
	next := 0
	for i := 0; i < len(r.toks); i++ {
		for _, s := range have {
			if s.first == i && len(s.actors) == 1 && !s.adjectival() && r.isState(s.actors[0]) && r.armyHead(i) {
				lastArmy = s.actors[0]
			}
			if s.first == i && len(s.actors) == 1 && r.isCoalition(s.actors[0]) {
				lastCoalition = s.actors[0]
			}
			if s.first == i {
				r.noteParty(s, inSlot)
			}
		}
		if i < next || inSlot[i] {
			continue
		}
		firsts := arabic.Peel(r.toks[i].Norm)
		home := fw.home.match(r.toks, i, firsts)
		if home == 0 {
			if k := fw.kingdom.match(r.toks, i, firsts); k > 0 && fw.kingdoms[r.homeState()] {
				home = k
			}
		}
		n := home
		if n == 0 {
			n = fw.army.match(r.toks, i, firsts)
		}
		var state string
		rebel, anaphor, isBody := false, false, false
		switch {
		case home > 0:
			state = r.homeState()
		case n > 0:
			state = lastArmy
		default:
			state, n = lastCoalition, fw.coalition.match(r.toks, i, firsts)
			if n > 0 && state == "" {
				state = fw.coalitions[r.homeState()]
			}
			if n > 0 && (i+n < len(r.toks) && fw.notAfterCoalition[r.toks[i+n].Norm] || !r.coalitionActs(i)) {
				n = 0 // «التحالف بين موسكو وطهران» is an alliance
			}
			if n == 0 {
				// «مواقع المتمردين» in a story about Yemen: the Houthis.
				if n = fw.rebels.match(r.toks, i, firsts); n > 0 {
					state, rebel = during(fw.insurgents, r.homeState(), r.day), true
				}
			}
			if state == "" {
				// «غارات على التنظيم» after «تنظيم داعش»: the group.
				if party, k := r.partyAt(i, firsts); k > 0 {
					state, n, rebel, anaphor = party, k, false, true
				} else if name, k := r.bodyAt(i, firsts); name != "" {
					// An actor may follow: its object («ودعا الحلف روسيا»).
					state, n, rebel, isBody = name, k, false, true
				}
			}
		}
		if n == 0 || state == "" || !isBody && !r.standsAlone(i, n, inSlot) || r.ofTitle(i) {
			continue
		}
		s := slot{first: i, end: i + n, actors: []string{state}, adjOf: -1, group: sideGroup + i, rebel: rebel, anaphor: anaphor, body: isBody}
		s.prep = r.prepOf(i, actor.Mention{Prefix: firstClitic(r.toks[i].Norm)})
		if s.prep == "" && r.afterMeans(i) && r.prepOf(i-1, actor.Mention{}) == "من" {
			// «بإسناد من طائرات التحالف»: the coalition backs, as an actor
			// named after «من» does, and is not the one who strikes;
			// «لمقاتلات التحالف» stays the author of the strike before it.
			s.prep = "من"
		}
		out = append(out, s)
		next = i + n
	}
	return out, lastArmy, lastCoalition
}

// noteParty remembers s as the last party named with the head noun that
// starts it or comes right before it («تنظيم داعش», «حركة "حماس"»,
// «الجماعة الحوثية»), when s names one group or organization.
func (r *slotResolver) noteParty(s slot, inSlot []bool) {
	if len(s.actors) != 1 || s.person || s.adjectival() {
		return
	}
	if a, ok := r.actor(s.actors[0]); !ok || a.Type != actor.Group && a.Type != actor.Organization {
		return
	}
	head := r.partyHead(s.first)
	if head == "" && s.first > 0 && !inSlot[s.first-1] {
		head = r.partyHead(s.first - 1)
		// «وطالبت المنظمة مجلس حقوق الإنسان»: a definite body head is
		// the subject before its object, not the object's name.
		if r.x.lx.forces.bodyHeads[head] && hasArticle(r.toks[s.first-1].Norm) {
			head = ""
		}
	}
	if h := r.x.lx.forces.bodyOf[s.actors[0]]; h != "" {
		head = h // «الناتو» is what «الحلف» points back to
	}
	if head == "" || r.lastParty[head] == s.actors[0] {
		return
	}
	if !r.ownsParties {
		r.lastParty, r.ownsParties = maps.Clone(r.lastParty), true
		if r.lastParty == nil {
			r.lastParty = map[string]string{}
		}
	}
	r.lastParty[head] = s.actors[0]
}

// partyHead returns the party head the word at i is, without its clitics
// and article, or "".
func (r *slotResolver) partyHead(i int) string {
	if r.toks[i].Kind != arabic.Word {
		return ""
	}
	for _, w := range arabic.Peel(r.toks[i].Norm) {
		if r.x.lx.forces.partyHeads[w] || r.x.lx.forces.bodyHeads[strings.TrimPrefix(w, "ال")] {
			return strings.TrimPrefix(w, "ال")
		}
	}
	return ""
}

// bodyAt returns the body a bare definite body head at i
// points back to («وقال الحلف» after «حلف الناتو»), or "", and the length
// of the phrase: the head alone or with an epithet of it («المنظمة
// الحقوقية»). Another adjective after it makes it another body («الاتحاد
// السوفيتي»).
func (r *slotResolver) bodyAt(i int, firsts []string) (string, int) {
	head := definiteHead(firsts, r.x.lx.forces.bodyHeads)
	if head == "" {
		return "", 0
	}
	n := 1
	if j := i + 1; j < len(r.toks) && r.toks[j].Kind == arabic.Word && looksAdjective(r.toks[j].Norm) {
		if !r.x.lx.forces.bodyEpithets[r.toks[j].Norm] {
			return "", 0
		}
		n = 2
	}
	return r.lastParty[head], n
}

// definiteHead returns the first of the readings firsts that is one of
// heads with the article, without it, or "".
func definiteHead(firsts []string, heads map[string]bool) string {
	for _, w := range firsts {
		if rest, ok := strings.CutPrefix(w, "ال"); ok && heads[rest] {
			return rest
		}
	}
	return ""
}

// partyAt returns the party a bare definite party head at i points back
// to, and the length of the phrase: the head alone («مواقع التنظيم») or
// with an epithet of it («التنظيم الإرهابي»). A definite word after it
// other than an epithet makes it another party («الحزب الحاكم»).
func (r *slotResolver) partyAt(i int, firsts []string) (string, int) {
	head := definiteHead(firsts, r.x.lx.forces.partyHeads)
	if head == "" || r.lastParty[head] == "" {
		return "", 0
	}
	// Only a side of fighting (see sentenceCtx.add): after a word of
	// another act («إدانة الحركة للضربة») it would only take the place of
	// the act's true sides.
	if i > 0 {
		if f, ok := r.x.lx.triggerAt(r.toks, i-1); ok && f.t.rel != Attack {
			return "", 0
		}
	}
	n := 1
	if j := i + 1; j < len(r.toks) && r.toks[j].Kind == arabic.Word && r.x.lx.forces.partyEpithets[r.toks[j].Norm] {
		n = 2
	}
	return r.lastParty[head], n
}

// coalitionActs reports whether a bare coalition at token i stands where
// an actor does: first in its clause, after a preposition or a particle,
// carrying one («للتحالف»), after a verb of an act («ويحارب التحالف») or
// a means of striking («مقاتلات التحالف») or a strike («غارات التحالف»).
// After another noun it is
// that noun's owner («جهود التحالف», «أولويات التحالف») and acts in
// nothing the sentence reports.
func (r *slotResolver) coalitionActs(i int) bool {
	if i == 0 || r.toks[i-1].Kind != arabic.Word || prepClitic(firstClitic(r.toks[i].Norm)) != "" {
		return true
	}
	w := stripConj(r.toks[i-1].Norm)
	if r.x.lx.isFunctionWord(w) || r.x.lx.isPreposition(w) || r.x.lx.complementizer[w] {
		return true
	}
	if r.afterMeans(i) {
		return true
	}
	// The owner of a strike is its author: «غارات التحالف», «قصف التحالف».
	f, ok := r.x.lx.triggerAt(r.toks, i-1)
	return ok && (f.t.kind == verbTrigger || f.t.rel == Attack && r.x.lx.isNounOf(r.toks[i-1].Norm, Attack))
}

// afterMeans reports whether the word before token i, without its
// clitics, is a means of striking («طائرات», «مدفعية»).
func (r *slotResolver) afterMeans(i int) bool {
	if i == 0 {
		return false
	}
	return peeledWordIn(r.x.lx.forces.means, r.toks[i-1].Norm)
}

// isCoalition reports whether id is one of the coalitions of
// data/forces.yaml.
func (r *slotResolver) isCoalition(id string) bool {
	for _, c := range r.x.lx.forces.coalitions {
		if c == id {
			return true
		}
	}
	return false
}

// ofTitle reports whether the phrase at i is the genitive of a title
// («قائد الجيش الوطني، المشير خليفة حفتر»): the person is meant, and the
// article may be about another state than the person's.
func (r *slotResolver) ofTitle(i int) bool {
	return i > 0 && r.x.lx.forces.titles[stripConj(r.toks[i-1].Norm)]
}

// armyHead reports whether the word at i, without its clitics, is a noun
// that names an army with the state after it («الجيش الإسرائيلي»).
func (r *slotResolver) armyHead(i int) bool {
	for _, w := range arabic.Peel(r.toks[i].Norm) {
		if r.x.lx.forces.heads[w] {
			return true
		}
	}
	return false
}

// standsAlone reports whether the phrase [i, i+n) is not part of a longer
// name: no slot covers it and no definite word that is no adverb of time
// follows it («الجيش الحر», «القوات المسلحة الليبية»).
func (r *slotResolver) standsAlone(i, n int, inSlot []bool) bool {
	for j := i; j < i+n; j++ {
		if inSlot[j] {
			return false
		}
	}
	if j := i + n; j < len(r.toks) {
		t := r.toks[j]
		// «الميليشيات التي خسرت»: a relative pronoun starts no name.
		if inSlot[j] || t.Kind == arabic.Word && strings.HasPrefix(t.Norm, "ال") && !r.x.lx.timeWords[t.Norm] && !r.x.lx.relative[t.Norm] {
			return false
		}
	}
	return true
}

// heldSlots makes a slot for each place the sentence names that an armed
// group holds («الغوطة الشرقية»), standing for that group as struck, and
// for each city or region of a state («جازان»), standing for the state.
func (r *slotResolver) heldSlots(have []slot) []slot {
	fw := r.x.lx.forces
	inSlot := covered(have, len(r.toks))
	var out []slot
	for i := 0; i < len(r.toks); i++ {
		if inSlot[i] {
			continue
		}
		firsts := arabic.Peel(r.toks[i].Norm)
		n := fw.held.match(r.toks, i, firsts)
		if n == 0 {
			if s, ok := r.groundSlot(i, firsts); ok {
				out = append(out, s)
				i = s.end - 1
			}
			continue
		}
		var words []string
		for j := i; j < i+n; j++ {
			words = append(words, r.toks[j].Norm)
		}
		words[0] = ""
		group := ""
		for _, f := range firsts {
			words[0] = f
			key := strings.Join(words, " ")
			if group = during(fw.heldBy[key], key, r.day); group != "" {
				break
			}
		}
		if group == "" {
			continue
		}
		s := slot{first: i, end: i + n, actors: []string{group}, adjOf: -1, group: placeGroup + i}
		s.prep = r.prepOf(i, actor.Mention{Prefix: firstClitic(r.toks[i].Norm)})
		out = append(out, s)
		i += n - 1
	}
	return out
}

// groundSlot returns the slot of a state's city or region starting at i
// («على جازان»), marked as ground; false if none starts there.
func (r *slotResolver) groundSlot(i int, firsts []string) (slot, bool) {
	fw := r.x.lx.forces
	n := fw.ground.match(r.toks, i, firsts)
	if n == 0 {
		return slot{}, false
	}
	words := make([]string, 0, n)
	for j := i; j < i+n; j++ {
		words = append(words, r.toks[j].Norm)
	}
	for _, f := range firsts {
		words[0] = f
		if state := fw.groundOf[strings.Join(words, " ")]; state != "" {
			s := slot{first: i, end: i + n, actors: []string{state}, adjOf: -1, group: placeGroup + i, ground: true}
			s.prep = r.prepOf(i, actor.Mention{Prefix: firstClitic(r.toks[i].Norm)})
			return s, true
		}
	}
	return slot{}, false
}
