package extract

import (
	"strings"

	"kg/arabic"
)

// backgroundReach is how many tokens after an act's noun a year may stand
// and still date that act: «اتفاق عام 2015», «الاتفاق النووي الإيراني،
// الموقع في 2015», «حرب تموز 2006».
const backgroundReach = 6

// datedLongAgo reports whether the noun of an act is dated by a year at
// least two years before the article's («معاهدة سلام عام 1994», «حرب 2006»
// in a 2018 article): a deal or war named as background, not an
// interaction the article reports. What began then and still goes on
// («تحالف منذ عام 2000», «منذ اندلاع القتال في 2013») is no background.
func (sc *sentenceCtx) datedLongAgo(f found) bool {
	if sc.st.day.IsZero() || sc.sinceOnset(f.i) {
		return false
	}
	lx := sc.st.x.lx
	limit := sc.st.day.Year() - 2
	for j := f.end; j < len(sc.toks) && j < f.end+backgroundReach; j++ {
		t := sc.toks[j]
		switch t.Kind {
		case arabic.Word:
			w := stripConj(t.Norm)
			if lx.ongoingSince[w] {
				return false
			}
			// «ففي عام 2014», «وفي 2016»: a new clause, dated on its own.
			if w != t.Norm && w == "في" {
				return false
			}
		case arabic.Number:
			if y, ok := yearOf(t.Norm); ok && isYear(t.Norm) {
				return y <= limit
			}
		default:
			if t.Norm == "." || t.Norm == "؛" || t.Norm == ":" {
				return false
			}
		}
	}
	return false
}

// sinceOnset reports whether the word at i follows «منذ» and a noun of a
// beginning: «منذ اندلاع القتال».
func (sc *sentenceCtx) sinceOnset(i int) bool {
	lx := sc.st.x.lx
	return i >= 2 && lx.onsetNouns[stripConj(sc.toks[i-1].Norm)] && lx.ongoingSince[stripConj(sc.toks[i-2].Norm)]
}

// verbBackgroundReach is how many tokens after a verb of an act a year may
// stand and still date it: past its subject and object, «احتلتها إسرائيل
// في حرب عام 1967».
const verbBackgroundReach = 8

// verbDatedLongAgo reports whether a past verb of an act is dated, in its
// own clause, by a year at least two years before the article's: «وهاجمت
// ألمانيا النازية بولندا واحتلتها عام 1939» is history the article
// recalls. A comma, a relative or a complementizer opens another clause,
// whose year dates another act («رفضت الاتفاق الذي وقع عام 2015»); a year
// right after a noun dates that noun («اتهموا إسرائيل … خلال حرب 2014»);
// a present verb («ويتهم أردوغان غولن بالوقوف وراء انقلاب في 2016») and
// what goes on since («ومنذ تدخلت روسيا … في 2015») are no history.
func (sc *sentenceCtx) verbDatedLongAgo(f found) bool {
	if f.t.kind != verbTrigger || sc.st.day.IsZero() || presentShaped(stripConj(sc.toks[f.i].Norm)) {
		return false
	}
	lx := sc.st.x.lx
	limit := sc.st.day.Year() - 2
	for j := f.end; j < len(sc.toks) && j < f.end+verbBackgroundReach; j++ {
		t := sc.toks[j]
		switch t.Kind {
		case arabic.Word:
			w := stripConj(t.Norm)
			if lx.ongoingSince[w] || lx.relative[w] || lx.complementizer[w] || w != t.Norm && w == "في" {
				return false
			}
		case arabic.Number:
			y, ok := yearOf(t.Norm)
			if !ok || !isYear(t.Norm) {
				continue
			}
			if j == f.end || !sc.yearLeadAt(j-1) || y > limit {
				return false
			}
			// The year is old: unless the clause goes on since it.
			for k := f.i - 1; k >= 0 && sc.toks[k].Kind != arabic.Punct; k-- {
				if lx.ongoingSince[stripConj(sc.toks[k].Norm)] {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return false
}

// yearLeadAt reports whether the word at i, bare or after «ب», leads a year
// that dates the clause: «عام», «في», a month.
func (sc *sentenceCtx) yearLeadAt(i int) bool {
	lx := sc.st.x.lx
	w := stripConj(sc.toks[i].Norm)
	return lx.yearLeads[w] || strings.HasPrefix(w, "ب") && lx.yearLeads[w[len("ب"):]]
}

// presentShaped reports whether a verb has the shape of the present tense:
// «يتهم», «تتهم»; «تعاونت», whose ت ends it too, is past.
func presentShaped(w string) bool {
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ن") ||
		strings.HasPrefix(w, "ت") && !strings.HasSuffix(w, "ت")
}

// eraReach is how far from an act a past era may stand and still date it:
// past the act's sides, «القصف المتبادل بين ألمانيا والمملكة المتحدة أثناء
// الحرب العالمية الثانية».
const eraReach = 12

// inPastEra reports whether a deed (not a word said: an accusation or a
// demand made now about that era stands) is set during an era long gone,
// in its own clause: after it, or before it with only a comma between
// («وخلال الحرب العالمية الثانية، غزت ألمانيا النازية بولندا»).
func (sc *sentenceCtx) inPastEra(f found) bool {
	switch f.t.rel {
	case Accuse, Demand, Reject, Threaten, Intend:
		return false
	}
	lx := sc.st.x.lx
	era := func(j int) bool {
		return j+1 < len(sc.toks) && lx.eraLeads[stripConj(sc.toks[j].Norm)] && lx.pastEras.matchAt(sc.toks, j+1) > 0
	}
	for j := f.end; j < len(sc.toks) && j < f.end+eraReach; j++ {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && !isQuote(t) || lx.relative[stripConj(t.Norm)] || lx.complementizer[stripConj(t.Norm)] {
			break
		}
		if era(j) {
			return true
		}
	}
	for j := f.i - 1; j >= 0 && j >= f.i-eraReach; j-- {
		t := sc.toks[j]
		if t.Kind == arabic.Punct && t.Norm != "،" && !isQuote(t) {
			break
		}
		if era(j) {
			return true
		}
	}
	return false
}
