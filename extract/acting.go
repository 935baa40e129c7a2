package extract

import "strings"

// skipActing moves the end of title slot s past a word saying the office
// is held for a time or not yet («رئيس الوزراء بالوكالة», «رئيس الوزراء
// العراقي المكلف») and reports whether there was one. Before a word with
// «بـ» the word is «in charge of» («الوزير المكلف بإيرلندا الشمالية»): the
// title stops there.
func (r *slotResolver) skipActing(s *slot) bool {
	j := s.end
	if j >= len(r.toks) || !r.x.lx.acting[r.toks[j].Norm] {
		return false
	}
	if r.x.lx.inCharge[r.toks[j].Norm] && j+1 < len(r.toks) && strings.HasPrefix(r.toks[j+1].Norm, "ب") {
		return false
	}
	s.end++
	return true
}
