package actor

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"kg/arabic"
)

// Match is an actor found by Lookup.
type Match struct {
	Actor
	Score float64 // how well the query matched, see Lookup
	Via   string  // the name, alias, Arabic name or id that matched
}

// Scores of the ways a query can match a name. A prior below 0.05 (see
// prior) is added, so ties in how well names matched go to the likelier
// actor.
const (
	scoreExact   = 1.0  // the same name, after folding case, accents and punctuation
	scoreBare    = 0.95 // the same once articles are dropped: "Assad" = "al-Assad" = "الأسد"
	scoreSurname = 0.85 // the query's words are among the name's, and the last words agree
	scoreWords   = 0.8  // the query's words are among the name's
	scoreFuzzy   = 0.7  // spelling variants: minus 0.05 per edit
)

// Lookup finds the actors a user's query names, best first. It takes
// English or Arabic in any case, ignores accents (Erdoğan = Erdogan),
// hyphens and the article al-/el-/ال (Bashar al-Assad, al-Assad, Assad and
// الأسد find the same person), and matches ids. The ranking:
//
//  1. how well a name matched: exactly; exactly without articles; as a
//     subset of the name's words that ends in the surname ("Assad",
//     "Sudani"); as any subset of its words;
//  2. other things equal, the likelier actor: in office now, else by how
//     recently in office, then people before states before organizations
//     before groups (so "Assad" gives Bashar before Hafez).
//
// Only when nothing matches so do spelling variants count: words within a
// small edit distance or with the same consonant skeleton ("Ardogan" finds
// Erdogan). Lookup returns nil when nothing is close; Suggest then offers
// near names.
func (l *Lexicon) Lookup(query string) []Match {
	q := newQueryKey(query)
	if len(q.words) == 0 {
		return nil
	}
	keys := l.lookupIndex(q.arabic)
	l.mu.RLock()
	defer l.mu.RUnlock()
	best := map[*Actor]Match{}
	consider := func(k *nameKey, score float64) {
		score += prior(k.actor)
		if m, ok := best[k.actor]; !ok || score > m.Score {
			best[k.actor] = Match{Actor: *k.actor, Score: score, Via: k.via}
		}
	}
	for i := range *keys {
		k := &(*keys)[i]
		if k.arabic == q.arabic {
			if s := exactScore(&q, k); s > 0 {
				consider(k, s)
			}
		}
	}
	if len(best) == 0 {
		for i := range *keys {
			k := &(*keys)[i]
			if k.arabic == q.arabic {
				if s := fuzzyScore(&q, k); s > 0 {
					consider(k, s)
				}
			}
		}
	}
	out := make([]Match, 0, len(best))
	for _, m := range best {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		// Among equals, the one who held more offices is the likelier
		// meant: «Kim» is Kim Jong-un before a deputy minister Kim.
		if ri, rj := len(out[i].Roles), len(out[j].Roles); ri != rj {
			return ri > rj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// Suggest returns up to n actors whose names are closest to query by edit
// distance, for a "did you mean". Names further than a third of the query's
// length (at least 2 edits) are not offered.
func (l *Lexicon) Suggest(query string, n int) []Actor {
	q := newQueryKey(query)
	if len(q.words) == 0 || n <= 0 {
		return nil
	}
	keys := l.lookupIndex(q.arabic)
	l.mu.RLock()
	defer l.mu.RUnlock()
	limit := max(2, len(q.bareRunes)/3)
	dist := map[*Actor]int{}
	for i := range *keys {
		k := &(*keys)[i]
		if k.arabic != q.arabic {
			continue
		}
		d := editDistance(q.bareRunes, k.bareRunes, limit)
		if len(q.words) == 1 {
			for _, w := range k.wordRunes {
				d = min(d, editDistance(q.bareRunes, w, limit))
			}
		}
		if d > limit {
			continue
		}
		if old, ok := dist[k.actor]; !ok || d < old {
			dist[k.actor] = d
		}
	}
	actors := make([]*Actor, 0, len(dist))
	for a := range dist {
		actors = append(actors, a)
	}
	sort.Slice(actors, func(i, j int) bool {
		a, b := actors[i], actors[j]
		if dist[a] != dist[b] {
			return dist[a] < dist[b]
		}
		if pa, pb := prior(a), prior(b); pa != pb {
			return pa > pb
		}
		return a.ID < b.ID
	})
	out := make([]Actor, 0, min(n, len(actors)))
	for _, a := range actors[:min(n, len(actors))] {
		out = append(out, *a)
	}
	return out
}

// lookupIndex returns the keys of the names in Arabic script or in Latin
// script, building them on first use: a query is only ever compared with
// names in its own script, and a query process needs only one of the two.
// Add extends them under the write lock, so readers hold the read lock while
// they use them.
func (l *Lexicon) lookupIndex(arabic bool) *[]nameKey {
	script := scriptOf(arabic)
	l.mu.RLock()
	idx := l.names
	l.mu.RUnlock()
	if idx != nil && idx.built[script] {
		return &idx.keys[script]
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.names == nil {
		l.names = &nameIndex{familyFirst: map[string]bool{}}
		for _, c := range l.titles.file.FamilyNameFirst {
			l.names.familyFirst[c] = true
		}
	}
	if idx := l.names; !idx.built[script] {
		for _, a := range l.actors {
			idx.addScript(a, script)
		}
		idx.built[script] = true
	}
	return &l.names.keys[script]
}

// nameIndex holds every name of every actor in matching form, by script
// (see scriptOf); a script's keys exist once built is true.
type nameIndex struct {
	keys  [2][]nameKey
	built [2]bool
	// familyFirst are the states whose people's names open with the
	// family name (titles.yaml).
	familyFirst map[string]bool
}

// scriptOf numbers the two scripts of names: 0 Latin, 1 Arabic.
func scriptOf(arabic bool) int {
	if arabic {
		return 1
	}
	return 0
}

type nameKey struct {
	actor *Actor
	via   string // as the lexicon writes it
	// familyFirst: the name's first word is the family name (Kim Jong-un).
	familyFirst bool
	queryKey
}

// add adds the names of a to the scripts already built.
func (idx *nameIndex) add(a *Actor) {
	for script, built := range idx.built {
		if built {
			idx.addScript(a, script)
		}
	}
}

// addScript adds the names of a written in one script.
func (idx *nameIndex) addScript(a *Actor, script int) {
	push := func(s string) {
		if scriptOf(hasArabicLetter(s)) != script {
			return
		}
		if k := newQueryKey(s); len(k.words) > 0 {
			familyFirst := a.Type == Person && idx.familyFirst[a.Country]
			idx.keys[script] = append(idx.keys[script], nameKey{actor: a, via: s, familyFirst: familyFirst, queryKey: k})
		}
	}
	push(a.ID)
	push(a.Name)
	for _, s := range a.Aliases {
		push(s)
	}
	for _, s := range a.Arabic {
		push(s)
	}
}

// queryKey is a name or query in matching form.
type queryKey struct {
	arabic    bool
	full      string   // folded words joined by spaces, articles kept
	bare      string   // the same without articles
	words     []string // the words of bare
	bareRunes []rune
	wordRunes [][]rune
	skeletons []string // consonant skeletons of Latin words
}

// latinArticles are the forms of the Arabic article in transliteration,
// with the sun-letter assimilations (as-Sisi, ash-Sharaa, ad-Dbeibah).
var latinArticles = map[string]bool{
	"al": true, "el": true, "ul": true, "il": true,
	"as": true, "ash": true, "ad": true, "adh": true, "at": true, "ath": true,
	"ar": true, "an": true, "az": true, "es": true, "ed": true, "er": true, "en": true, "ez": true,
}

func newQueryKey(s string) queryKey {
	k := queryKey{arabic: hasArabicLetter(s)}
	var full, bare []string
	if k.arabic {
		for _, w := range strings.FieldsFunc(arabic.Normalize(s), notLetterOrDigit) {
			full = append(full, w)
			if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
				w = w[len("ال"):]
			}
			bare = append(bare, w)
		}
	} else {
		words := strings.Fields(foldLatin(s))
		for wi, w := range words {
			parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' })
			for i, p := range parts {
				full = append(full, p)
				// An article is dropped before a word: al-Assad, el Sisi, "al" alone is kept.
				hyphened := i < len(parts)-1
				alone := len(parts) == 1 && (p == "al" || p == "el") && wi < len(words)-1
				if (hyphened || alone) && latinArticles[p] {
					continue
				}
				bare = append(bare, p)
			}
		}
	}
	if len(bare) == 0 {
		return k
	}
	k.full = strings.Join(full, " ")
	k.bare = strings.Join(bare, " ")
	k.words = bare
	k.bareRunes = []rune(k.bare)
	k.wordRunes = make([][]rune, len(bare))
	for i, w := range bare {
		k.wordRunes[i] = []rune(w)
	}
	if !k.arabic {
		k.skeletons = make([]string, len(bare))
		for i, w := range bare {
			k.skeletons[i] = skeleton(w)
		}
	}
	return k
}

// hasArabicLetter reports whether s is a name or query in Arabic script.
func hasArabicLetter(s string) bool {
	for _, r := range s {
		if arabic.IsArabicLetter(r) {
			return true
		}
	}
	return false
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// foldLatin lower-cases s, strips accents (Erdoğan → erdogan), drops
// apostrophes and ʿayn marks (Khamene'i → khamenei), keeps hyphens, and
// turns other punctuation into spaces.
func foldLatin(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'ı':
			r = 'i'
		case 'ł', 'Ł':
			r = 'l'
		case 'ø', 'Ø':
			r = 'o'
		case 'đ', 'Đ':
			r = 'd'
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		case '\'', '’', '‘', '`', 'ʼ', 'ʿ', 'ʾ', '´':
			continue
		}
		r = unicode.ToLower(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// skeleton is a Latin word's consonants after folding the usual
// transliteration variants (q/k, c/k, w/v, kh/k, sh/s, ou/u, doubled
// letters), so that Ardogan and Erdogan, Muhammad and Mohamed agree.
func skeleton(w string) string {
	var b []byte
	var prev byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			continue
		case 'q', 'c':
			c = 'k'
		case 'w':
			c = 'v'
		case 'h':
			if prev != 0 {
				continue // kh, sh, th, dh, gh: the h only marks the sound
			}
		}
		if c != prev {
			b = append(b, c)
		}
		prev = c
	}
	return string(b)
}

// exactScore rates the non-fuzzy ways q can match k; 0 when none does.
func exactScore(q *queryKey, k *nameKey) float64 {
	switch {
	case q.full == k.full:
		return scoreExact
	case q.bare == k.bare:
		return scoreBare
	case len(q.words) < len(k.words) && subset(q.words, k.words):
		family := k.words[len(k.words)-1]
		if k.familyFirst {
			family = k.words[0]
		}
		if q.words[len(q.words)-1] == family {
			return scoreSurname
		}
		return scoreWords
	}
	return 0
}

func subset(small, big []string) bool {
	for _, w := range small {
		found := false
		for _, x := range big {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// allowedEdits is how many edits a word of n letters may differ by and
// still be a spelling variant.
func allowedEdits(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	case n <= 9:
		return 2
	}
	return 3
}

// fuzzyScore matches every word of q to a different word of k by edit
// distance or consonant skeleton; 0 when some word finds none.
func fuzzyScore(q *queryKey, k *nameKey) float64 {
	if len(q.words) > len(k.words) {
		return 0
	}
	used := make([]bool, len(k.words))
	total := 0.0
	lastAgrees := false
	for i, qw := range q.wordRunes {
		limit := allowedEdits(len(qw))
		best, bestJ := float64(limit+1), -1
		for j, kw := range k.wordRunes {
			if used[j] {
				continue
			}
			d := float64(editDistance(qw, kw, limit))
			// The same consonants (Ardogan ~ Erdogan) are a weaker sign
			// than one wrong letter.
			if d > 1 && !q.arabic && len(q.skeletons[i]) >= 3 && q.skeletons[i] == k.skeletons[j] {
				d = 1.5
			}
			if d < best {
				best, bestJ = d, j
			}
		}
		if bestJ < 0 {
			return 0
		}
		used[bestJ] = true
		total += best
		if i == len(q.words)-1 && bestJ == len(k.words)-1 {
			lastAgrees = true
		}
	}
	// Edits weigh more than the prior (at most 0.045) so that Turkei is
	// Turkey, not a head of state whose name is one letter further; words of
	// the name the query left out weigh a little, so Hezbolah is Hezbollah,
	// not Kata'ib Hezbollah.
	score := scoreFuzzy - 0.1*total - 0.01*float64(len(k.words)-len(q.words))
	if lastAgrees {
		score += 0.02
	}
	return max(score, 0.5)
}

// editDistance is the optimal-string-alignment distance of a and b (edits
// and adjacent transpositions), or limit+1 once it must exceed limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
