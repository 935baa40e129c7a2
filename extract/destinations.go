package extract

import (
	"fmt"
	"strings"

	"kg/arabic"
)

// destinationFrame is an act whose object is implied by where it goes:
// «نقل سفارتها إلى القدس» backs the state whose capital the city is.
type destinationFrame struct {
	rel    Relation
	verbs  map[string]bool // conjugated forms
	nouns  map[string]bool
	things map[string]bool
	to     map[string]string // destination word → actor id
}

// Reach of a destination frame, in tokens.
const (
	thingReach = 5 // act … thing: «تنقل الولايات المتحدة سفارتها»
	destReach  = 8 // thing … to the place: «سفارتها من تل أبيب إلى القدس»
)

func loadDestinations(name string) ([]destinationFrame, error) {
	var entries []struct {
		Rel    Relation          `yaml:"rel"`
		Verbs  []string          `yaml:"verbs"`
		Nouns  []string          `yaml:"nouns"`
		Things []string          `yaml:"things"`
		To     map[string]string `yaml:"to"`
	}
	if err := decodeData(name, &entries); err != nil {
		return nil, err
	}
	var out []destinationFrame
	for i, e := range entries {
		if !e.Rel.Valid() {
			return nil, fmt.Errorf("%s: entry %d: unknown relation %q", name, i+1, e.Rel)
		}
		fr := destinationFrame{rel: e.Rel, verbs: map[string]bool{}, nouns: wordSet(e.Nouns), things: wordSet(e.Things), to: map[string]string{}}
		for _, v := range e.Verbs {
			past, present, ok := strings.Cut(v, "|")
			if !ok {
				return nil, fmt.Errorf("%s: %s: verb %q is not \"past|present\"", name, e.Rel, v)
			}
			for _, f := range conjugate(past, present) {
				fr.verbs[f.form] = true
			}
		}
		for place, id := range e.To {
			fr.to[arabic.Normalize(place)] = id
		}
		out = append(out, fr)
	}
	return out, nil
}

// destinations finds the destination frames of a sentence. Each gives a
// trigger for the act and a slot for the state its destination stands
// for, governed by «إلى»; slots already found are left as they are.
func (lx *lexicon) destinations(toks []arabic.Token, slots []slot) ([]found, []slot) {
	var trigs []found
	var added []slot
	inSlot := covered(slots, len(toks))
	for _, fr := range lx.destFrames {
		for i := range toks {
			kind, ok := fr.actAt(toks[i].Norm)
			if !ok || inSlot[i] {
				continue
			}
			thing := fr.find(toks, i+1, thingReach, func(j int) bool { return fr.isThing(toks[j].Norm) })
			if thing < 0 {
				continue
			}
			dest := fr.find(toks, thing+1, destReach, func(j int) bool { return fr.placeAt(toks, j, lx) != "" })
			if dest < 0 || inSlot[dest] {
				continue
			}
			// The act's span ends before its thing, so that the mover
			// between («تنقل الولايات المتحدة سفارتها») stays a slot of its
			// own and a nationality on the thing («السفارة الأمريكية») is
			// the mover, not the object.
			f := found{i: i, end: i + 1, thing: thing, frame: true, dest: dest, t: trigger{rel: fr.rel, kind: kind}}
			trigs = append(trigs, f)
			added = append(added, slot{first: dest, end: dest + 1, actors: []string{fr.placeAt(toks, dest, lx)}, prep: "الي", adjOf: -1, group: destGroup + dest})
			inSlot[dest] = true
		}
	}
	return trigs, added
}

// actAt reports whether w is the frame's act, as a verb (bare, or with a
// conjunction) or as a verbal noun (with the article or a preposition).
func (fr destinationFrame) actAt(w string) (triggerKind, bool) {
	for ri, r := range arabic.Peel(w) {
		bare := ri == 0 || strings.HasPrefix(w, "و"+r) || strings.HasPrefix(w, "ف"+r)
		if bare && fr.verbs[r] {
			return verbTrigger, true
		}
		if fr.nouns[r] {
			return nounTrigger, true
		}
	}
	return 0, false
}

func (fr destinationFrame) isThing(w string) bool {
	return peeledOrOwnedIn(fr.things, w)
}

// ownedThing reports whether w is a thing of a destination frame carrying
// its owner's pronoun («سفارتها»), not the bare thing («السفارة»).
func (lx *lexicon) ownedThing(w string) bool {
	for _, fr := range lx.destFrames {
		for _, r := range arabic.Peel(w) {
			if fr.things[r] {
				return false
			}
			if s, ok := arabic.StripPronoun(r); ok && fr.things[s] {
				return true
			}
		}
	}
	return false
}

// find returns the first token in [from, from+reach) for which ok holds,
// stopping at punctuation that ends a clause; -1 if none.
func (fr destinationFrame) find(toks []arabic.Token, from, reach int, ok func(int) bool) int {
	for j := from; j < len(toks) && j < from+reach; j++ {
		if toks[j].Kind != arabic.Word {
			if toks[j].Norm == "." || toks[j].Norm == "؛" {
				return -1
			}
			continue
		}
		if ok(j) {
			return j
		}
	}
	return -1
}

// placeAt returns the actor a destination at token j stands for: the place
// after «إلى», or with ل on it («للقدس»); "" if none.
func (fr destinationFrame) placeAt(toks []arabic.Token, j int, lx *lexicon) string {
	w := toks[j].Norm
	if id, ok := fr.to[w]; ok && j > 0 && lx.to[toks[j-1].Norm] {
		return id
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok {
		return fr.to["ال"+rest]
	}
	return ""
}

// mergeTriggers adds the triggers of frames to those found by words, in
// sentence order; a frame gives way to a word trigger on its tokens.
func mergeTriggers(trigs, frames []found) []found {
	for _, f := range frames {
		at, clash := len(trigs), false
		for k, t := range trigs {
			clash = clash || t.i < f.end && f.i < t.end
			if t.i > f.i && at == len(trigs) {
				at = k
			}
		}
		if !clash {
			trigs = append(trigs[:at], append([]found{f}, trigs[at:]...)...)
		}
	}
	return trigs
}
