package arabic

import "strings"

// Proclitic forms, in normalized spelling.
const (
	article = "ال"
	lilPref = "لل" // ل + ال with the alef dropped: للأسد = ل + الأسد
)

// Peel returns the readings of a normalized word with its proclitics peeled
// off: the conjunctions و and ف, the prepositions ب, ك and ل, and the article
// ال, alone and combined (وال، بال، لل، فل، وبال). The word itself comes first,
// then ever shorter readings, each at most once. Only prefixes are removed:
// the remainder is never stemmed, so للأسد gives الاسد, not اسد "lion" as a
// stem would. A reading keeps at least two letters.
func Peel(w string) []string {
	out := make([]string, 0, 4)
	out = append(out, w)
	add := func(s string) {
		if runeCount(s) < 2 {
			return
		}
		for _, o := range out {
			if o == s {
				return
			}
		}
		out = append(out, s)
	}
	// Conjunction.
	bases := []string{w}
	if rest, ok := cutPrefixRune(w, "وف"); ok && runeCount(rest) >= 2 {
		add(rest)
		bases = append(bases, rest)
	}
	// Preposition, with لل standing for ل + ال.
	for _, b := range bases {
		if strings.HasPrefix(b, lilPref) && runeCount(b) > 3 {
			add(article + b[len(lilPref):])
			add(b[len("ل"):]) // للقاء is ل + لقاء
			add(b[len(lilPref):])
			continue
		}
		if rest, ok := cutPrefixRune(b, "بكل"); ok && runeCount(rest) >= 2 {
			add(rest)
			if strings.HasPrefix(rest, article) && runeCount(rest) > 3 {
				add(rest[len(article):])
			}
		}
		if strings.HasPrefix(b, article) && runeCount(b) > 3 {
			add(b[len(article):])
		}
	}
	return out
}

// Enclitics are the attached pronouns, longest first so that ها is tried
// before ه.
var enclitics = []string{"هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك"}

// StripPronoun returns w without an attached pronoun (نظيره → نظير,
// زيارته → زياره, قواتها → قوات) and whether one was removed. A feminine ت
// left bare by the pronoun is restored to its normalized ه. The remainder
// keeps at least two letters.
func StripPronoun(w string) (string, bool) {
	for _, e := range enclitics {
		if rest, ok := strings.CutSuffix(w, e); ok && runeCount(rest) >= 3 {
			if t, ok := cutSuffixAny(rest, "ئؤ"); ok {
				return t + "ء", true // لقائه → لقاء
			}
			if t, ok := strings.CutSuffix(rest, "ت"); ok && !strings.HasSuffix(t, "ا") {
				// زيارت → زياره; but not the plural ات of قوات.
				return t + "ه", true
			}
			return rest, true
		}
	}
	return w, false
}

func cutPrefixRune(s, set string) (string, bool) {
	for _, r := range set {
		if p := string(r); strings.HasPrefix(s, p) {
			return s[len(p):], true
		}
	}
	return s, false
}

func cutSuffixAny(s, set string) (string, bool) {
	for _, r := range set {
		if p := string(r); strings.HasSuffix(s, p) {
			return s[:len(s)-len(p)], true
		}
	}
	return s, false
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// thirdPersonObjects are the object pronouns that point back to a noun
// already named, longest first.
var thirdPersonObjects = []string{"هما", "ها", "هم", "ه"}

// StripThirdPersonObject returns a verb without an object pronoun of the
// third person (أقره → أقر, استخدمتها → استخدمت, وجهوها → وجهوا) and
// whether one was removed: the pronoun that makes a verb point back to a
// noun before it. The verb keeps at least two letters.
func StripThirdPersonObject(w string) (string, bool) {
	return stripObject(w, thirdPersonObjects, 2)
}

// StripObjectPronoun returns a verb without the object pronoun attached to
// it (تتهمه → تتهم, هاجمته → هاجمت, اتهموه → اتهموا) and whether one was
// removed. Unlike StripPronoun it keeps a final ت, which on a verb is the
// feminine past, and restores the alef a plural drops before the pronoun.
// The verb keeps at least three letters.
func StripObjectPronoun(w string) (string, bool) {
	return stripObject(w, enclitics, 3)
}

// stripObject removes the first of pronouns that ends w, if at least
// minRest letters stay, and restores the alef a plural verb drops before a
// pronoun (اتهموه → اتهموا).
func stripObject(w string, pronouns []string, minRest int) (string, bool) {
	for _, p := range pronouns {
		rest, ok := strings.CutSuffix(w, p)
		if !ok || runeCount(rest) < minRest {
			continue
		}
		if strings.HasSuffix(rest, "و") {
			return rest + "ا", true
		}
		return rest, true
	}
	return w, false
}
