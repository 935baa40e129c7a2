package actor

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kg/arabic"
)

// MentionKind tells what a stretch of text names.
type MentionKind uint8

// Kinds of mention. When the same words are several kinds, the earlier kind
// in this list wins (السعودية is the name of Saudi Arabia before it is the
// feminine nisba), and the actors of the others go to Mention.Others.
const (
	MentionName        MentionKind = iota + 1 // an actor's name: بوتين، الأمم المتحدة، حزب الله
	MentionMetonym                            // a state's capital or seat: موسكو، الكرملين
	MentionNisba                              // a state's adjective: الروسي، سوريون، الأتراك
	MentionTitle                              // an office: الرئيس، وزير الخارجية
	MentionCounterpart                        // نظيره: the same office as the person before
	MentionInstitution                        // a body that stands for the state named next: الخارجية، مسؤولون
)

var mentionKindNames = [...]string{"", "name", "metonym", "nisba", "title", "counterpart", "institution"}

func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) && k != 0 {
		return mentionKindNames[k]
	}
	return "unknown"
}

// Mention is a stretch of tokens the gazetteer recognised.
type Mention struct {
	First, End int // token index range [First, End)
	Kind       MentionKind
	Actor      string   // MentionName: the actor's id; MentionNisba and MentionMetonym: the state's id
	Others     []string // other actors the same words name, likeliest first (الأسد: Bashar, then Hafez); shared, do not modify
	Title      string   // MentionTitle: the title key of titles.yaml
	Country    string   // MentionTitle: the country a phrase itself names (المتحدث باسم الكرملين: RUS)
	Org        string   // MentionTitle: the organization whose office a phrase itself names (المبعوث الأممي إلى سوريا: united-nations)
	Plural     bool     // MentionNisba and MentionCounterpart: a plural or dual form (مسؤولون سوريون، نظراؤه)
	Prefix     string   // proclitics peeled off the first token, normalized: "و" of ودمشق, "ب" of بالأسد, "ل" of للأسد (whose ال stays with the name)
}

// Gazetteer finds the actors, nisbas, metonyms, titles, institutions and
// counterparts of the lexicon in tokenized Arabic text. It is safe for
// concurrent use.
type Gazetteer struct {
	mu     sync.RWMutex
	index  map[string][]*phrase // first word → phrases, longest first
	byText map[string]*phrase   // all words → phrase, to merge phrases written alike
	rank   map[string]float64   // actor id → prior, to order Others
}

// phrase is one entry of the gazetteer: normalized words and what they mean.
type phrase struct {
	words   []string
	kind    MentionKind
	actor   string
	others  []string
	title   string
	country string
	org     string
	plural  bool
}

// Gazetteer returns the lexicon's gazetteer, built on first use. Actors
// added later with Add are added to it too.
func (l *Lexicon) Gazetteer() *Gazetteer {
	l.mu.RLock()
	g := l.gaz
	l.mu.RUnlock()
	if g != nil {
		return g
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.gaz == nil {
		l.gaz = newGazetteer(l)
	}
	return l.gaz
}

// newGazetteer builds the gazetteer; the caller holds l.mu.
func newGazetteer(l *Lexicon) *Gazetteer {
	g := &Gazetteer{
		index:  map[string][]*phrase{},
		byText: map[string]*phrase{},
		rank:   map[string]float64{},
	}
	for _, tp := range l.titles.file.Titles {
		for _, s := range tp.Arabic {
			g.put(&phrase{words: phraseWords(s), kind: MentionTitle, title: tp.Key, country: tp.Country, org: tp.Org})
		}
	}
	for _, s := range l.titles.file.Institutions {
		g.put(&phrase{words: phraseWords(s), kind: MentionInstitution})
	}
	for _, s := range l.titles.file.Counterpart.Singular {
		g.put(&phrase{words: phraseWords(s), kind: MentionCounterpart})
	}
	for _, s := range l.titles.file.Counterpart.Plural {
		g.put(&phrase{words: phraseWords(s), kind: MentionCounterpart, plural: true})
	}
	// Ranks first, so that merging orders alike names by them.
	ids := make([]string, 0, len(l.actors))
	for id, a := range l.actors {
		g.rank[id] = prior(a)
		ids = append(ids, id)
	}
	sort.Strings(ids) // a fixed order makes ties come out the same every run
	for _, id := range ids {
		g.addActor(l.actors[id])
	}
	return g
}

// add adds an actor to a built gazetteer.
func (g *Gazetteer) add(a *Actor) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.rank[a.ID] = prior(a)
	g.addActor(a)
}

func (g *Gazetteer) addActor(a *Actor) {
	for _, s := range a.Arabic {
		for _, w := range spellings(phraseWords(s)) {
			g.put(&phrase{words: w, kind: MentionName, actor: a.ID})
		}
	}
	for _, s := range a.Metonyms {
		for _, w := range spellings(phraseWords(s)) {
			g.put(&phrase{words: w, kind: MentionMetonym, actor: a.ID})
		}
	}
	for _, f := range nisbaForms(a.Nisba) {
		g.put(&phrase{words: f.words, kind: MentionNisba, actor: a.ID, plural: f.plural})
	}
}

// phraseWords tokenizes a lexicon phrase the way text is tokenized.
func phraseWords(s string) []string {
	if onlyLettersAndSpaces(s) {
		// The common case, where Tokenize splits at spaces only.
		words := strings.Fields(s)
		for i, w := range words {
			words[i] = arabic.Normalize(w)
		}
		return words
	}
	toks := arabic.Tokenize(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Norm
	}
	return words
}

// joinedPrefixes are the name-forming words news writes both apart from
// and joined to the next word: عبد الله and عبدالله, أبو مازن and أبومازن.
var joinedPrefixes = [...]string{"عبد", "ابو"}

// spellings returns words and, when they hold a compound name of
// joinedPrefixes, the same words with it written the other way, so a lexicon
// entry need not list both.
func spellings(words []string) [][]string {
	out := [][]string{words}
	var alt []string
	changed := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		joined := false
		for _, p := range joinedPrefixes {
			switch {
			case w == p && i+1 < len(words):
				alt = append(alt, p+words[i+1])
				i++
				joined = true
			case strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3:
				alt = append(alt, p, strings.TrimPrefix(w, p))
				joined = true
			}
			if joined {
				break
			}
		}
		if joined {
			changed = true
			continue
		}
		alt = append(alt, w)
	}
	if changed {
		out = append(out, alt)
	}
	return out
}

func onlyLettersAndSpaces(s string) bool {
	for _, r := range s {
		if r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// put adds a phrase, merging it with one written alike: the stronger kind
// keeps the words, and the actors of both are kept, likeliest first.
func (g *Gazetteer) put(p *phrase) {
	if len(p.words) == 0 {
		return
	}
	key := strings.Join(p.words, " ")
	old, ok := g.byText[key]
	if !ok {
		g.byText[key] = p
		// Keep the list longest first, in order of arrival among equals.
		list := g.index[p.words[0]]
		at := sort.Search(len(list), func(i int) bool { return len(list[i].words) < len(p.words) })
		list = slices.Insert(list, at, p)
		g.index[p.words[0]] = list
		return
	}
	// Others is shared with mentions already handed out: build new slices.
	actors := func(ph *phrase) []string {
		if ph.actor == "" {
			return nil
		}
		return append([]string{ph.actor}, ph.others...)
	}
	switch {
	case p.kind < old.kind:
		merged := *p
		merged.others = without(actors(old), p.actor)
		*old = merged
	case p.kind == old.kind && p.actor != "" && p.actor != old.actor && !contains(old.others, p.actor):
		all := append(actors(old), p.actor)
		sort.SliceStable(all, func(i, j int) bool { return g.rank[all[i]] > g.rank[all[j]] })
		old.actor, old.others = all[0], all[1:]
	case p.actor != "" && p.actor != old.actor && !contains(old.others, p.actor):
		old.others = append(append([]string(nil), old.others...), p.actor)
	}
}

func without(list []string, s string) []string {
	out := make([]string, 0, len(list))
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Find returns the mentions in toks, left to right, not overlapping; at
// each token the longest phrase that starts there wins, so قوات سوريا
// الديمقراطية is the SDF and not forces + Syria.
//
// Tokens are compared by their normalized form, whole tokens only. The first
// token of a phrase may carry proclitics (ودمشق، لروسيا، بالأسد، للأسد): it
// matches when one of its arabic.Peel readings is the phrase's first word.
// A reading that lost the article ال matches no phrase written without it,
// so «للأسد» finds الأسد but no entry «أسد», and «أسد» (lion) alone never
// finds الأسد. Names are never stemmed.
func (g *Gazetteer) Find(toks []arabic.Token) []Mention {
	return g.Append(nil, toks)
}

// Append is Find that appends to dst, for callers that reuse a slice.
func (g *Gazetteer) Append(dst []Mention, toks []arabic.Token) []Mention {
	g.mu.RLock()
	defer g.mu.RUnlock()
	for i := 0; i < len(toks); {
		p, reading := g.longestAt(toks, i)
		if p == nil {
			i++
			continue
		}
		dst = append(dst, Mention{
			First: i, End: i + len(p.words),
			Kind: p.kind, Actor: p.actor, Others: p.others,
			Title: p.title, Country: p.country, Org: p.org, Plural: p.plural,
			Prefix: proclitics(toks[i].Norm, reading),
		})
		i += len(p.words)
	}
	return dst
}

// longestAt returns the longest phrase starting at token i, or nil, and the
// reading of the token that matched its first word.
func (g *Gazetteer) longestAt(toks []arabic.Token, i int) (best *phrase, reading string) {
	t := &toks[i]
	if t.Kind != arabic.Word {
		return nil, ""
	}
	best, reading = g.longestFrom(toks, i, t.Norm, nil), t.Norm
	if !mayHaveProclitic(t.Norm) {
		return best, reading
	}
	readings := arabic.Peel(t.Norm)
	for _, r := range readings[1:] {
		if lostArticle(r, readings) {
			continue
		}
		if p := g.longestFrom(toks, i, r, best); p != best {
			best, reading = p, r
		}
	}
	return best, reading
}

// proclitics returns what Peel took off word to leave reading. Peel reads
// لل as ل + ال, so for للأسد → الأسد it is ل.
func proclitics(word, reading string) string {
	if p, ok := strings.CutSuffix(word, reading); ok {
		return p
	}
	tail := strings.TrimPrefix(reading, "ال")
	p, _ := strings.CutSuffix(word, tail)
	return strings.TrimSuffix(p, "ل")
}

// longestFrom returns the longest phrase whose first word is first and
// whose other words follow token i, if longer than best; else best.
func (g *Gazetteer) longestFrom(toks []arabic.Token, i int, first string, best *phrase) *phrase {
	for _, p := range g.index[first] {
		if best != nil && len(p.words) <= len(best.words) {
			break // sorted longest first: nothing longer follows
		}
		if i+len(p.words) > len(toks) {
			continue
		}
		match := true
		for k := 1; k < len(p.words); k++ {
			if toks[i+k].Norm != p.words[k] {
				match = false
				break
			}
		}
		if match {
			return p
		}
	}
	return best
}

// mayHaveProclitic reports whether a normalized word starts with a letter
// Peel removes besides the article: و ف ب ك ل. A word that starts with ال
// only has readings without the article, which match nothing (lostArticle).
func mayHaveProclitic(w string) bool {
	for _, p := range [...]string{"و", "ف", "ب", "ك", "ل"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lostArticle reports whether reading r is another reading without its ال.
func lostArticle(r string, readings []string) bool {
	const al = "ال"
	for _, o := range readings {
		if len(o) == len(r)+len(al) && strings.HasPrefix(o, al) && o[len(al):] == r {
			return true
		}
	}
	return false
}

// nisbaForm is one written form of a nisba.
type nisbaForm struct {
	words  []string
	plural bool
}

// nisbaEndings are the regular endings of a nisba adjective after its ي:
// masculine and feminine singular, the indefinite accusative («قتل 61
// فلسطينيا», «جنديا إسرائيليا»; never with ال, and where it spells the
// state's own name, روسيا, the name wins), then the sound plurals and duals.
var nisbaEndings = []struct {
	suffix     string
	plural     bool
	indefinite bool
}{
	{"", false, false}, {"ه", false, false}, {"ا", false, true},
	{"ون", true, false}, {"ين", true, false}, {"ان", true, false}, {"ات", true, false}, {"تان", true, false}, {"تين", true, false},
}

// nisbaForms spells out a state's nisba list (masculine singular first, then
// feminine, then broken plurals; see lexicon-format.md): every item ending
// in ي is a masculine singular whose regular forms are generated; an item
// that is none of the generated forms is a broken plural. Every form comes
// also with ال on each word.
func nisbaForms(list []string) []nisbaForm {
	var out []nisbaForm
	seen := map[string]bool{}
	push := func(words []string, plural bool) {
		k := strings.Join(words, " ")
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, nisbaForm{words, plural})
	}
	withArticle := func(words []string) []string {
		out := make([]string, len(words))
		for i, w := range words {
			out[i] = "ال" + w
		}
		return out
	}
	var rest [][]string
	for _, s := range list {
		words := phraseWords(s)
		if len(words) == 0 {
			continue
		}
		if !strings.HasSuffix(words[len(words)-1], "ي") || isArticleForm(words, list) {
			rest = append(rest, words)
			continue
		}
		for _, e := range nisbaEndings {
			inflected := make([]string, len(words))
			for i, w := range words {
				if strings.HasSuffix(w, "ي") {
					w += e.suffix
				}
				inflected[i] = w
			}
			push(inflected, e.plural)
			if !e.indefinite {
				push(withArticle(inflected), e.plural)
			}
		}
	}
	for _, words := range rest {
		if seen[strings.Join(words, " ")] {
			continue // a generated form listed again
		}
		push(words, true)
		if !isArticleForm(words, list) {
			push(withArticle(words), true)
		}
	}
	return out
}

// isArticleForm reports whether words are another item of the list with the
// article added (الروسي for روسي).
func isArticleForm(words []string, list []string) bool {
	for _, s := range list {
		other := phraseWords(s)
		if len(other) != len(words) {
			continue
		}
		same := true
		for i := range words {
			if words[i] != "ال"+other[i] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
