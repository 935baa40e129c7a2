package extract

import (
	"slices"
	"strings"

	"kg/actor"
	"kg/arabic"
)

// homonym is a name that spells two actors (see data/homonyms.yaml).
type homonym struct {
	word           string
	reading, other string
	ownSpellings   []string // «عُمان»: written with the vowels of the lexicon's reading
	otherSpellings []string // «عمّان»
	otherBefore    map[string]bool
	otherCues      map[string]bool
	ownCues        map[string]bool
}

func loadHomonyms(name string) ([]homonym, error) {
	var raw []struct {
		Word        string   `yaml:"word"`
		Reading     string   `yaml:"reading"`
		Other       string   `yaml:"other"`
		OwnSpell    []string `yaml:"own_spellings"`
		OtherSpell  []string `yaml:"other_spellings"`
		OtherBefore []string `yaml:"other_before"`
		OtherCues   []string `yaml:"other_cues"`
		OwnCues     []string `yaml:"own_cues"`
	}
	if err := decodeData(name, &raw); err != nil {
		return nil, err
	}
	out := make([]homonym, 0, len(raw))
	for _, h := range raw {
		out = append(out, homonym{word: arabic.Normalize(h.Word), reading: h.Reading, other: h.Other,
			ownSpellings: h.OwnSpell, otherSpellings: h.OtherSpell,
			otherBefore: wordSet(h.OtherBefore), otherCues: wordSet(h.OtherCues), ownCues: wordSet(h.OwnCues)})
	}
	return out, nil
}

// reread gives the mentions of a homonym the other reading where the words
// before it or the article call for it: «بالعاصمة عمان», or «عمان» in a
// story about Jordan that never names the sultanate.
func (st *articleState) reread(toks []arabic.Token, ms []actor.Mention) []actor.Mention {
	for k, m := range ms {
		if m.Kind != actor.MentionName {
			continue
		}
		for i, h := range st.x.lx.homonyms {
			if m.Actor != h.reading || !spells(toks, m, h.word) {
				continue
			}
			text := toks[m.First].Text
			if containsAny(text, h.ownSpellings) || nextTo(ms, k, h.other) {
				continue
			}
			if containsAny(text, h.otherSpellings) || st.otherBefore(toks, m.First, h) || st.articleOther(i) {
				ms[k].Kind, ms[k].Actor, ms[k].Others = actor.MentionMetonym, h.other, nil
			}
		}
	}
	return ms
}

// spells reports whether mention m is written word: one word with its
// clitics peeled, or several («الحكومة الشرعية») after the first's.
func spells(toks []arabic.Token, m actor.Mention, word string) bool {
	if m.End == m.First+1 {
		return slices.Contains(arabic.Peel(toks[m.First].Norm), word)
	}
	words := make([]string, 0, m.End-m.First)
	for _, t := range toks[m.First:m.End] {
		words = append(words, t.Norm)
	}
	words[0] = strings.TrimPrefix(words[0], m.Prefix)
	return strings.Join(words, " ") == word
}

// otherBefore reports whether the word before token i, or the one before
// that past a cue of the other reading, settles homonym h on it.
func (st *articleState) otherBefore(toks []arabic.Token, i int, h homonym) bool {
	in := func(set map[string]bool, j int) bool {
		return j >= 0 && anyIn(arabic.Peel(toks[j].Norm), set)
	}
	return in(h.otherBefore, i-1) || in(h.otherCues, i-1) && in(h.otherBefore, i-2)
}

// articleOther reports whether the article names the other reading of
// homonym i and never its own, read once per article.
func (st *articleState) articleOther(i int) bool {
	if st.homonymOther == nil {
		toks := arabic.AppendTokens(nil, st.art.Text, 0)
		hs := st.x.lx.homonyms
		st.homonymOther = make([]bool, len(hs))
		for k, h := range hs {
			other, own := false, false
			for _, t := range toks {
				ws := arabic.Peel(t.Norm)
				other = other || anyIn(ws, h.otherCues)
				own = own || anyIn(ws, h.ownCues)
			}
			st.homonymOther[k] = other && !own
		}
	}
	return st.homonymOther[i]
}

// nextTo reports whether mention k is listed right beside the name of
// actor id («الأردن وعمان»): then it is not that actor again.
func nextTo(ms []actor.Mention, k int, id string) bool {
	listed := func(a, b actor.Mention) bool { // b joined to a by «و»
		return a.End == b.First && strings.HasPrefix(b.Prefix, "و")
	}
	named := func(m actor.Mention) bool { return m.Kind == actor.MentionName && m.Actor == id }
	return k > 0 && named(ms[k-1]) && listed(ms[k-1], ms[k]) ||
		k+1 < len(ms) && named(ms[k+1]) && listed(ms[k], ms[k+1])
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
