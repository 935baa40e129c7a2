package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/actor"
	"kg/arabic"
)

// maxNameWords bounds an unknown person's name: a given name, one or two
// father's or family names.
const maxNameWords = 4

// introduced reads an unknown person introduced by a title and a
// nationality: «وزير الدفاع السوري علي محمود عباس» names a Syrian defence
// minister the lexicon may not know. The words after the title, up to
// punctuation or any word that cannot be part of a name, are the name; at
// least two are needed. It returns the new actor and the token after the
// name, or false.
func (r *slotResolver) introduced(ms []actor.Mention, from int, title, country string) (actor.Actor, int, bool) {
	if country == "" {
		return actor.Actor{}, 0, false
	}
	nextMention := len(r.toks)
	for _, m := range ms {
		if m.First >= from {
			nextMention = m.First
			break
		}
	}
	for from < len(r.toks) && r.x.lx.honorifics[r.toks[from].Norm] {
		from++ // «الشيخ تميم», «اللواء …»
	}
	end := from
	for end < len(r.toks) && end < nextMention && end-from <= maxNameWords && r.nameWord(end, end == from) {
		end++
		// A family name with the article ends the name («… السوداني»); a
		// word with the article after it is an adjective or a time
		// («… اليوم», «… الأحد»), not more name. «عبد الله» and «أبو
		// الغيط» are one name part.
		if writtenWithArticle(r.toks[end-1].Text) && !(end-1 > from && compoundHead(r.toks[end-2].Norm)) {
			break
		}
	}
	n := end - from
	if n < 2 || n > maxNameWords {
		return actor.Actor{}, 0, false
	}
	var words []string
	for _, t := range r.toks[from:end] {
		words = append(words, t.Text)
	}
	arabicName := strings.Join(words, " ")
	name := r.x.romanize(r.toks[from:end])
	a := actor.Actor{
		ID:      slug(name) + "-" + strings.ToLower(country),
		Name:    name,
		Type:    actor.Person,
		Country: country,
		Arabic:  []string{arabicName},
	}
	if title != "" && title != "leader" {
		a.Roles = []actor.Role{{Title: title, Country: country}}
	}
	return a, end, true
}

// holderSpelled returns who holds the office on the article's day when
// the name after the title is theirs in another spelling or shorter: every
// word of it is a word of one of their names, or one letter off one
// («أحمد بن داغر» for أحمد عبيد بن دغر, «كانغ كيونغ» for كانغ كيونغ وا).
func (r *slotResolver) holderSpelled(title, country, name string) (actor.Actor, bool) {
	h, ok := r.x.lex.Holder(title, country, "", r.day)
	if !ok || title == "" {
		return actor.Actor{}, false
	}
	words := strings.Fields(arabic.Normalize(name))
	for _, known := range h.Arabic {
		kw := strings.Fields(arabic.Normalize(known))
		if len(kw) >= 2 && allNear(words, kw) {
			return h, true
		}
	}
	return actor.Actor{}, false
}

// allNear reports whether each word is one of known, or one letter off a
// known word, one of them four letters or more.
func allNear(words, known []string) bool {
	for _, w := range words {
		if !slices.ContainsFunc(known, func(k string) bool {
			return k == w || max(utf8.RuneCountInString(k), utf8.RuneCountInString(w)) >= 4 && oneEditApart([]rune(w), []rune(k))
		}) {
			return false
		}
	}
	return true
}

// oneEditApart reports whether a becomes b by inserting, deleting or
// replacing one letter.
func oneEditApart(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i < len(a) && string(a[i+1:]) == string(b[i+1:])
	}
	return string(a[i:]) == string(b[i+1:])
}

// nameWord reports whether token i can be part of a person's name: an
// Arabic word that is no particle, preposition, trigger or cue word, and
// carries no preposition; the first must be a known given name, so that
// verbs and nouns after a title are not taken for one.
func (r *slotResolver) nameWord(i int, first bool) bool {
	t := r.toks[i]
	if t.Kind != arabic.Word || !arabic.IsArabicLetter([]rune(t.Text)[0]) {
		return false
	}
	w := t.Norm
	lx := r.x.lx
	if first {
		// A given name right after a title is a name even where the same
		// letters spell a verb or a time (ناصر, صباح); one that normalizes
		// onto a particle must be written as the name (علي, not على).
		if lx.function[w] && strings.HasSuffix(t.Text, "ى") {
			return false
		}
		return lx.givenNames[w]
	}
	// «… والمستشارة», «… وشرحت»: a conjunction starts the next phrase,
	// unless the word is itself a name (وليد, وائل).
	if startsWithConj(w) && !lx.givenNames[w] {
		return false
	}
	if lx.isFunctionWord(w) || lx.lightVerbs[w] || lx.speechVerbs[w] || lx.ownCountry[w] || lx.dual[w] ||
		lx.timeWords[w] || lx.notName[w] || lx.honorifics[w] {
		return false
	}
	if _, ok := lx.triggerAt(r.toks, i); ok {
		return false
	}
	// A preposition written onto a word («للتوعية», «بشأن») marks a phrase,
	// not a name.
	if strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "كال") {
		return false
	}
	return true
}

// writtenWithArticle reports whether a word as written starts with the
// article: plain ال, not the أل/إل/آل of names such as ألكسندر or إلياس,
// which normalization makes look alike.
func writtenWithArticle(text string) bool {
	return strings.HasPrefix(text, "ال")
}

// compoundHead reports whether a name part takes the next word with it:
// عبد الله, أبو الغيط.
func compoundHead(w string) bool {
	return w == "عبد" || w == "ابو" || w == "بن"
}

// romanize spells normalized Arabic words in Latin letters: as the
// lexicon's people spell the word when one does (see latinSpellings), else
// letter by letter by the table in data/romanize.tsv, the article ال
// becoming "al-".
func (x *Arabic) romanize(toks []arabic.Token) string {
	var words []string
	for _, t := range toks {
		w := t.Norm
		prefix := ""
		if rest, ok := strings.CutPrefix(w, "ال"); ok && len([]rune(rest)) >= 2 {
			prefix, w = "al-", rest
		}
		if known, ok := x.spelled[t.Norm]; ok {
			words = append(words, known)
			continue
		}
		var b strings.Builder
		for _, c := range w {
			b.WriteString(x.latin.letters[c])
		}
		s := b.String()
		if s == "" {
			continue
		}
		words = append(words, prefix+strings.ToUpper(s[:1])+s[1:])
	}
	return strings.Join(words, " ")
}

// latinSpellings learns how Arabic name words are spelled in Latin letters
// from the lexicon's people whose Arabic and English names have as many
// words and no compound name («سيرغي لافروف», Sergei Lavrov: سيرغي is
// Sergei), so that a new
// person's known given and family names read as news writes them. The
// spelling most people share wins; ties go to the first in order. A
// spelling that cannot begin the word (see romanization.fits) is not
// learned: the words of «الشيخ أحمد العبد الله» and Ahmad Abdullah
// Al-Ahmad Al-Sabah do not pair off.
func latinSpellings(lex *actor.Lexicon, r romanization) map[string]string {
	counts := map[string]map[string]int{}
	for _, a := range lex.All() {
		if a.Type != actor.Person {
			continue
		}
		latin := strings.Fields(a.Name)
		if !slices.ContainsFunc(latin, notNameWord) {
			for _, name := range a.Arabic {
				words := strings.Fields(arabic.Normalize(name))
				// «عبد الله» is one name in two words, Abdullah one word
				// or two: such names do not align word by word.
				if len(words) != len(latin) || len(words) < 2 || slices.ContainsFunc(words, compoundHead) {
					continue
				}
				for i, w := range words {
					if !r.fits(w, latin[i]) {
						continue
					}
					if counts[w] == nil {
						counts[w] = map[string]int{}
					}
					counts[w][latin[i]]++
				}
			}
		}
	}
	spelled := map[string]string{}
	for w, byLatin := range counts {
		best, n := "", 0
		for l, c := range byLatin {
			if c > n || c == n && l < best {
				best, n = l, c
			}
		}
		spelled[w] = best
	}
	return spelled
}

// notNameWord reports whether a word of an English name is something else
// than letters, hyphens and apostrophes (II, Jr., "(Abu Mazen)"): such names do
// not align word by word.
func notNameWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' {
			return true
		}
	}
	return w == "II" || w == "III"
}

// slug makes an actor id of a Latin name: lower case letters and digits
// joined by hyphens.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(name) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

func loadRomanization(name string) (romanization, error) {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return romanization{}, err
	}
	r := romanization{letters: map[rune]string{}, initials: map[rune]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		letter, rest, ok := strings.Cut(text, "\t")
		latin, others, _ := strings.Cut(rest, "\t")
		rs := []rune(arabic.Normalize(letter))
		if !ok || len(rs) != 1 || latin == "" {
			return romanization{}, fmt.Errorf("%s:%d: want a letter, a tab and its Latin spelling", name, line)
		}
		r.letters[rs[0]] = latin
		r.initials[rs[0]] = latin[:1] + others
	}
	return r, sc.Err()
}

// romanization spells Arabic letters in Latin ones (data/romanize.tsv).
type romanization struct {
	letters  map[rune]string // the plain spelling of each letter
	initials map[rune]string // the Latin letters a name may begin with for a word beginning with the letter
}

// fits reports whether latin may spell the normalized Arabic word w: it
// begins with a letter w's first letter is written with, the article
// aside on both («الجبير», Al-Jubeir). A word of the lexicon's names
// aligned with the wrong word of its English name («الشيخ أحمد», Ahmad)
// does not.
func (r romanization) fits(w, latin string) bool {
	if rest, ok := strings.CutPrefix(w, "ال"); ok && rest != "" {
		w = rest
	}
	l := strings.ToLower(latin)
	for _, article := range []string{"al-", "el-"} {
		if rest, ok := strings.CutPrefix(l, article); ok && rest != "" {
			l = rest
			break
		}
	}
	if w == "" || l == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune(r.initials[first], rune(l[0]))
}
