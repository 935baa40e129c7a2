package extract

import "kg/arabic"

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
